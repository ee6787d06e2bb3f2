"""Summary tables of the KPI report (migration 0005): derived data, recomputed from the records
when triggers mark a day stale (kiosk/reports/cache.py). Imported by kiosk.store.models so that
the metadata holds them."""

from __future__ import annotations

from sqlalchemy import Float, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from kiosk.store.models import Base


class ReportFreshDay(Base):
    """A day (YYYY-MM-DD), month (YYYY-MM) or year (YYYY) of one source whose KPI aggregates are
    up to date; triggers of migration 0005 delete the row when a record of that day changes
    (kiosk/reports/cache.py)."""

    __tablename__ = "report_fresh_days"
    __table_args__ = {"sqlite_with_rowid": False}

    source: Mapped[str] = mapped_column(String(16), primary_key=True)
    period: Mapped[str] = mapped_column(String(10), primary_key=True)
    version: Mapped[int] = mapped_column(Integer)


class KpiTickets(Base):
    """Tickets of a day, month or year by (center, service, counter, officer): derived data."""

    __tablename__ = "kpi_tickets"
    __table_args__ = {"sqlite_with_rowid": False}

    grain: Mapped[str] = mapped_column(String(5), primary_key=True)
    period: Mapped[str] = mapped_column(String(10), primary_key=True)
    center_code: Mapped[str] = mapped_column(String(32), primary_key=True)
    service_code: Mapped[str] = mapped_column(String(16), primary_key=True)
    counter_number: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    officer_code: Mapped[str] = mapped_column(String(32), primary_key=True)
    issued: Mapped[int] = mapped_column(Integer)
    done: Mapped[int] = mapped_column(Integer)
    no_show: Mapped[int] = mapped_column(Integer)
    waited: Mapped[int] = mapped_column(Integer)
    wait_s: Mapped[float] = mapped_column(Float)
    served: Mapped[int] = mapped_column(Integer)
    service_s: Mapped[float] = mapped_column(Float)


class KpiTicketMinutes(Base):
    """How many waits / services lasted each whole minute, per service, counter or officer."""

    __tablename__ = "kpi_ticket_minutes"
    __table_args__ = {"sqlite_with_rowid": False}

    grain: Mapped[str] = mapped_column(String(5), primary_key=True)
    dim: Mapped[str] = mapped_column(String(8), primary_key=True)
    period: Mapped[str] = mapped_column(String(10), primary_key=True)
    center_code: Mapped[str] = mapped_column(String(32), primary_key=True)
    value: Mapped[str] = mapped_column(String(32), primary_key=True)
    metric: Mapped[str] = mapped_column(String(8), primary_key=True)
    minute: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    n: Mapped[int] = mapped_column(Integer)


class KpiRatings(Base):
    """Ratings of a day, month or year by (center, field, service, counter, officer) and level."""

    __tablename__ = "kpi_ratings"
    __table_args__ = {"sqlite_with_rowid": False}

    grain: Mapped[str] = mapped_column(String(5), primary_key=True)
    period: Mapped[str] = mapped_column(String(10), primary_key=True)
    center_code: Mapped[str] = mapped_column(String(32), primary_key=True)
    field_code: Mapped[str] = mapped_column(String(64), primary_key=True)
    service_code: Mapped[str] = mapped_column(String(16), primary_key=True)
    counter_number: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    officer_code: Mapped[str] = mapped_column(String(32), primary_key=True)
    n: Mapped[int] = mapped_column(Integer)
    very: Mapped[int] = mapped_column(Integer)
    satisfied: Mapped[int] = mapped_column(Integer)
    unsatisfied: Mapped[int] = mapped_column(Integer)


class KpiDossiers(Base):
    """Dossiers of a day, month or year by the day received or finished (``basis``)."""

    __tablename__ = "kpi_dossiers"
    __table_args__ = {"sqlite_with_rowid": False}

    grain: Mapped[str] = mapped_column(String(5), primary_key=True)
    period: Mapped[str] = mapped_column(String(10), primary_key=True)
    basis: Mapped[str] = mapped_column(String(8), primary_key=True)
    center_code: Mapped[str] = mapped_column(String(32), primary_key=True)
    field_code: Mapped[str] = mapped_column(String(64), primary_key=True)
    counter_number: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    officer_code: Mapped[str] = mapped_column(String(32), primary_key=True)
    received: Mapped[int] = mapped_column(Integer)
    with_fees: Mapped[int] = mapped_column(Integer)
    paid_online: Mapped[int] = mapped_column(Integer)
    digitized: Mapped[int] = mapped_column(Integer)
    ended: Mapped[int] = mapped_column(Integer)
    early: Mapped[int] = mapped_column(Integer)
    on_time: Mapped[int] = mapped_column(Integer)
    late: Mapped[int] = mapped_column(Integer)


class KpiDossierLate(Base):
    """A dossier that is or may become late: its appointment and finish dates (local)."""

    __tablename__ = "kpi_dossier_late"
    __table_args__ = (Index("ix_kpi_dossier_late_day", "day"), Index("ix_kpi_dossier_late_due", "appointment_day"))

    dossier_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    day: Mapped[str] = mapped_column(String(10))
    center_code: Mapped[str] = mapped_column(String(32))
    field_code: Mapped[str] = mapped_column(String(64))
    counter_number: Mapped[int] = mapped_column(Integer)
    officer_code: Mapped[str] = mapped_column(String(32))
    appointment_day: Mapped[str] = mapped_column(String(10))
    finished_day: Mapped[str | None] = mapped_column(String(10), nullable=True)
