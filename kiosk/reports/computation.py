"""The KPI report: figures per period and group, read with SQL from the daily aggregates.

Typical use::

    from kiosk.reports import kpi_report
    report = kpi_report(ctx.store, ctx.config, dt.date(2025, 1, 1), dt.date(2025, 12, 31),
                        group_by="field", period="month")
    report.figure("satisfaction_rate").value      # the whole year, the whole center
    for row in report.rows: ...                   # one per month and field

The days of the range are Viet Nam's local days. What every figure counts is in
:mod:`kiosk.reports.definitions`; the daily aggregates it is read from are kept by
:mod:`kiosk.reports.cache` (brought up to date first, for the days the report needs).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING, Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from kiosk.reports.cache import db_time, grain_union, refresh, spans
from kiosk.reports.definitions import (
    CENTER_ONLY,
    FIGURES,
    GROUPINGS,
    PERIODS,
    score_rules_for,
    target_for,
)
from kiosk.reports.messages import ReportError
from kiosk.reports.model import Figure, KpiReport, KpiRow, Score
from kiosk.security.access import Access
from kiosk.store.db import Store
from kiosk.timeutil import local_day, local_midnight_utc, utc_now

if TYPE_CHECKING:
    from kiosk.catalog import Catalog
    from kiosk.config import Config

#: The longest range a report covers (ten years and a few leap days).
MAX_DAYS = 3660


# ---------------------------------------------------------------------- periods
@dataclass(frozen=True)
class Bucket:
    """One period of the report: its key, its days (clipped to the range) and its cut-off."""

    key: str
    first: dt.date
    last: dt.date
    cutoff_day: dt.date
    cutoff: dt.datetime


def bucket_key(day: dt.date, period: str | None) -> str:
    """The key of the period ``day`` falls in; the same text the SQL below computes."""
    if period is None:
        return ""
    if period == "day":
        return day.isoformat()
    if period == "week":
        return (day - dt.timedelta(days=day.weekday())).isoformat()
    if period == "month":
        return f"{day:%Y-%m}"
    if period == "quarter":
        return f"{day.year}-Q{(day.month + 2) // 3}"
    return f"{day.year}"


def bucket_sql(period: str | None, column: str) -> str:
    """The SQL of :func:`bucket_key` over a ``YYYY-MM-DD`` (or ``YYYY-MM``) text column."""
    if period is None:
        return "''"
    if period == "day":
        return column
    if period == "week":
        return f"date({column}, '-6 days', 'weekday 1')"
    if period == "month":
        return f"substr({column}, 1, 7)"
    if period == "quarter":
        return f"substr({column}, 1, 4) || '-Q' || ((CAST(substr({column}, 6, 2) AS INTEGER) + 2) / 3)"
    return f"substr({column}, 1, 4)"


def buckets(first: dt.date, last: dt.date, period: str | None, now: dt.datetime) -> list[Bucket]:
    """The periods of ``first..last``, in order; each cut at the end of its last day or ``now``."""
    out: list[Bucket] = []
    today = local_day(now)
    day = first
    while day <= last:
        key = bucket_key(day, period)
        end = day
        while end < last and bucket_key(end + dt.timedelta(days=1), period) == key:
            end += dt.timedelta(days=1)
        cutoff = min(local_midnight_utc(end + dt.timedelta(days=1)), now)
        out.append(Bucket(key, day, end, min(end, today), cutoff))
        day = end + dt.timedelta(days=1)
    return out


# ---------------------------------------------------------------------- groups
class Labels:
    """Names of groups, and the field of each queue service (by its name in the catalog)."""

    def __init__(self, config: Config, catalog: Catalog | None) -> None:
        self.config = config
        self.catalog = catalog
        self.service_field: dict[str, str] = {}
        if catalog is not None:
            for service in config.services:
                found = catalog.field(service.name) or catalog.field(service.name_en) or catalog.field(service.code)
                if found is not None:
                    self.service_field[service.code] = found.code

    def group(self, kind: str | None, key: str) -> dict[str, str]:
        if kind is None:
            return {"vi": "Toàn trung tâm", "en": "Whole center"}
        if kind == "center":
            if key == self.config.center_code:
                return {"vi": self.config.center_label("vi"), "en": self.config.center_label("en")}
            return {"vi": key, "en": key}
        if kind == "counter":
            number = int(key) if key.isdigit() else 0
            if number == 0:
                return {"vi": "(không gắn với quầy nào)", "en": "(no counter)"}
            counter = self.config.counter_by_number(number)
            if counter is not None:
                return {"vi": counter.label("vi"), "en": counter.label("en")}
            return {"vi": f"Quầy {number}", "en": f"Counter {number}"}
        if kind == "officer":
            if not key:
                return {"vi": "(không rõ cán bộ)", "en": "(officer unknown)"}
            officer = self.config.officer(key)
            name = f"{officer.name} ({key})" if officer is not None else key
            return {"vi": name, "en": name}
        # field
        if not key:
            return {"vi": "(không rõ lĩnh vực)", "en": "(field unknown)"}
        found = self.catalog.field(key) if self.catalog is not None else None
        if found is not None:
            return {"vi": found.label("vi"), "en": found.label("en")}
        service = self.config.service(key)
        if service is not None:
            return {"vi": service.label("vi"), "en": service.label("en")}
        return {"vi": key, "en": key}

    def order(self, kind: str | None, key: str) -> tuple[int, str]:
        """Sort key: catalog order of fields, counters by number, officers as configured."""
        if kind == "counter":
            return (int(key) if key.isdigit() else 0, key)
        if kind == "field" and self.catalog is not None:
            codes = [fc.field.code for fc in self.catalog.fields(include_empty=True)]
            return (codes.index(key) if key in codes else len(codes), key)
        if kind == "officer":
            codes = [o.code for o in self.config.officers]
            return (codes.index(key) if key in codes else len(codes), key)
        return (0, key)


@dataclass
class _Agg:
    issued: int = 0
    done: int = 0
    no_show: int = 0
    waited: int = 0
    wait_s: float = 0.0
    served: int = 0
    service_s: float = 0.0
    wait_p90: int | None = None
    service_p90: int | None = None
    ratings: int = 0
    very: int = 0
    satisfied: int = 0
    unsatisfied: int = 0
    received: int = 0
    with_fees: int = 0
    paid_online: int = 0
    digitized: int = 0
    ended: int = 0
    early: int = 0
    on_time: int = 0
    late: int = 0
    cohort_late: int = 0
    overdue_open: int = 0
    fb_received: int = 0
    fb_on_time: int = 0
    fb_overdue: int = 0

    def has_data(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))


class _Reader:
    """The SQL of one report: every query takes a period kind and a grouping."""

    def __init__(self, s: Session, first: dt.date, last: dt.date, today: dt.date, labels: Labels) -> None:
        self.s = s
        self.first, self.last, self.today = first, last, today
        self.params: dict[str, Any] = {"a": first.isoformat(), "b": last.isoformat()}
        cases = []
        for i, (service, field_code) in enumerate(sorted(labels.service_field.items())):
            cases.append(f"WHEN :svc{i} THEN :fld{i}")
            self.params[f"svc{i}"] = service
            self.params[f"fld{i}"] = field_code
        self._cases = " ".join(cases)

    def _field_of(self, service_column: str) -> str:
        if not self._cases:
            return service_column
        return f"(CASE {service_column} {self._cases} ELSE {service_column} END)"

    def _group(self, kind: str | None, table: str) -> str:
        if kind is None:
            return "''"
        if kind == "center":
            return "center_code"
        if kind == "counter":
            return "CAST(counter_number AS TEXT)"
        if kind == "officer":
            return "officer_code"
        if table == "tickets":
            return self._field_of("service_code")
        if table == "ratings":
            return f"(CASE WHEN field_code <> '' THEN field_code ELSE {self._field_of('service_code')} END)"
        return "field_code"

    def collect(self, period: str | None, kind: str | None, bks: Sequence[Bucket]) -> dict[tuple[str, str], _Agg]:
        out: dict[tuple[str, str], _Agg] = {}

        def agg(b: str, g: str) -> _Agg:
            return out.setdefault((str(b), str(g)), _Agg())

        b = bucket_sql(period, "period")
        p = {**self.params, **spans(self.first, self.last, self.today, years=period in (None, "year"),
                                    months=period in (None, "month", "quarter", "year")).params()}
        sql = (f"SELECT {b}, {self._group(kind, 'tickets')}, sum(issued), sum(done), sum(no_show), sum(waited), "
               f"sum(wait_s), sum(served), sum(service_s) FROM ({grain_union('kpi_tickets', '')}) "
               f"GROUP BY 1, 2")
        for bk, g, issued, done, no_show, waited, wait_s, served, service_s in self.s.execute(text(sql), p):
            a = agg(bk, g)
            a.issued, a.done, a.no_show, a.waited = issued, done, no_show, waited
            a.wait_s, a.served, a.service_s = wait_s, served, service_s
        for bk, g, metric, minute in self._percentiles(period, kind, p):
            setattr(agg(bk, g), "wait_p90" if metric == "wait" else "service_p90", minute)
        sql = (f"SELECT {b}, {self._group(kind, 'ratings')}, sum(n), sum(very), sum(satisfied), sum(unsatisfied) "
               f"FROM ({grain_union('kpi_ratings', '')}) GROUP BY 1, 2")
        for bk, g, n, very, satisfied, unsatisfied in self.s.execute(text(sql), p):
            a = agg(bk, g)
            a.ratings, a.very, a.satisfied, a.unsatisfied = n, very, satisfied, unsatisfied
        sql = (f"SELECT basis, {b}, {self._group(kind, 'dossiers')}, sum(received), sum(with_fees), "
               f"sum(paid_online), sum(digitized), sum(ended), sum(early), sum(on_time), sum(late) "
               f"FROM ({grain_union('kpi_dossiers', '')}) GROUP BY 1, 2, 3")
        for row in self.s.execute(text(sql), p):
            a = agg(row[1], row[2])
            if row[0] == "received":
                a.received, a.with_fees, a.paid_online, a.digitized, a.ended = row[3:8]
            else:
                a.early, a.on_time, a.late = row[8:11]
        self._at_cutoff(kind, bks, agg)
        return out

    def _percentiles(self, period: str | None, kind: str | None, params: dict[str, Any]) -> Iterable[Any]:
        """The 90th percentile (nearest rank) of the whole minutes of waits and services."""
        dim = {"counter": "counter", "officer": "officer"}.get(kind or "", "service")
        g = {None: "''", "center": "center_code", "field": self._field_of("value")}.get(kind, "value")
        sql = f"""
            WITH h AS (
                SELECT {bucket_sql(period, 'period')} AS b, {g} AS g, metric, minute, sum(n) AS n
                FROM ({grain_union('kpi_ticket_minutes', 'dim = :dim')})
                GROUP BY 1, 2, 3, 4),
            c AS (
                SELECT b, g, metric, minute,
                       sum(n) OVER (PARTITION BY b, g, metric ORDER BY minute ROWS UNBOUNDED PRECEDING) AS cum,
                       sum(n) OVER (PARTITION BY b, g, metric) AS tot
                FROM h)
            SELECT b, g, metric, min(minute) FROM c WHERE tot > 0 AND cum * 10 >= tot * 9 GROUP BY 1, 2, 3
        """
        return self.s.execute(text(sql), {**params, "dim": dim})

    def _at_cutoff(self, kind: str | None, bks: Sequence[Bucket], agg: Any) -> None:
        """Dossiers late at each period's cut-off, and complaints handled on time or overdue."""
        values, params = [], dict(self.params)
        for i, bk in enumerate(bks):
            lo, hi = db_time(local_midnight_utc(bk.first)), db_time(local_midnight_utc(bk.last + dt.timedelta(days=1)))
            values.append(f"(:k{i}, :lo{i}, :hi{i}, :cut{i}, :tlo{i}, :thi{i}, :tcut{i})")
            params.update({f"k{i}": bk.key, f"lo{i}": bk.first.isoformat(), f"hi{i}": bk.last.isoformat(),
                           f"cut{i}": bk.cutoff_day.isoformat(), f"tlo{i}": lo, f"thi{i}": hi,
                           f"tcut{i}": db_time(bk.cutoff)})
        cte = f"WITH bk(b, lo, hi, cut, tlo, thi, tcut) AS (VALUES {', '.join(values)}) "
        g = self._group(kind, "dossiers")
        # received in the period and late at its cut-off (finished late, or open past the appointment)
        sql = cte + (f"SELECT bk.b, {g}, count(*) FROM bk JOIN kpi_dossier_late l ON l.day BETWEEN bk.lo AND bk.hi "
                     f"AND l.appointment_day < bk.cut GROUP BY 1, 2")
        for b, grp, n in self.s.execute(text(sql), params):
            agg(b, grp).cohort_late = n
        # open at the cut-off past the appointment, whenever received
        sql = cte + (f"SELECT bk.b, {g}, count(*) FROM bk JOIN kpi_dossier_late l ON l.appointment_day < bk.cut "
                     f"AND (l.finished_day IS NULL OR l.finished_day > bk.cut) GROUP BY 1, 2")
        for b, grp, n in self.s.execute(text(sql), params):
            agg(b, grp).overdue_open = n
        if kind not in (None, "center"):
            return  # a complaint names no field, counter or officer
        g = "''" if kind is None else "f.center_code"
        sql = cte + f"""
            SELECT bk.b, {g}, count(*),
                   sum(h IS NOT NULL AND h <= f.due_at AND h <= bk.tcut),
                   sum((h IS NOT NULL AND h <= bk.tcut AND h > f.due_at)
                       OR ((h IS NULL OR h > bk.tcut) AND f.due_at < bk.tcut))
            FROM bk JOIN (SELECT center_code, received_at, due_at,
                                 coalesce(min(answered_at, closed_at), answered_at, closed_at) AS h FROM feedback) f
              ON f.received_at >= bk.tlo AND f.received_at < bk.thi
            GROUP BY 1, 2"""
        for b, grp, n, on_time, overdue in self.s.execute(text(sql), params):
            a = agg(b, grp)
            a.fb_received, a.fb_on_time, a.fb_overdue = n, on_time or 0, overdue or 0


# ---------------------------------------------------------------------- figures
def _rate(part: float, whole: float) -> float | None:
    return part / whole * 100.0 if whole else None


def _figures(a: _Agg, day: dt.date, kind: str | None, group: str) -> dict[str, Figure]:
    field = group if kind == "field" else None
    finished = a.early + a.on_time + a.late
    fb_judged = a.fb_on_time + a.fb_overdue
    split = kind in (None, "center")
    values: dict[str, float | None] = {
        "tickets_issued": a.issued, "tickets_served": a.done, "tickets_no_show": a.no_show,
        "wait_mean": a.wait_s / a.waited / 60.0 if a.waited else None,
        "wait_p90": a.wait_p90,
        "service_mean": a.service_s / a.served / 60.0 if a.served else None,
        "service_p90": a.service_p90,
        "ratings_total": a.ratings, "ratings_very": a.very, "ratings_satisfied": a.satisfied,
        "ratings_unsatisfied": a.unsatisfied,
        "satisfaction_rate": _rate(a.very + a.satisfied, a.ratings),
        "dossiers_received": a.received, "dossiers_finished": finished, "dossiers_early": a.early,
        "dossiers_on_time": a.on_time, "dossiers_late": a.late, "dossiers_overdue_open": a.overdue_open,
        "on_time_rate": _rate(a.early + a.on_time, finished) if finished else 100.0,
        "digitization_rate": _rate(a.digitized, a.received),
        "dossiers_with_fees": a.with_fees, "dossiers_paid_online": a.paid_online,
        "online_payment_rate": _rate(a.paid_online, a.with_fees),
        "feedback_received": a.fb_received if split else None,
        "feedback_on_time": a.fb_on_time if split else None,
        "feedback_overdue": a.fb_overdue if split else None,
        "feedback_on_time_rate": (_rate(a.fb_on_time, fb_judged) if fb_judged else 100.0) if split else None,
    }
    out: dict[str, Figure] = {}
    for d in FIGURES:
        target = target_for(d.key, day, field)
        out[d.key] = Figure(d.key, values[d.key], target.value if target else None,
                            target.source if target else "", not_split=d.key in CENTER_ONLY and not split)
    return out


def _scores(a: _Agg, figures: dict[str, Figure], day: dt.date) -> tuple[Score, ...]:
    out = []
    for rule in score_rules_for(day):
        if rule.method == "none":
            out.append(Score(rule.key, None, rule.points))
        elif rule.method == "formula":  # progress: the cohort received in the period, at the cut-off
            ok = a.received - a.ended - a.cohort_late
            ratio = max(0.0, ok / a.received) if a.received else 1.0
            out.append(Score(rule.key, round(ratio * rule.points, 2), rule.points, ratio * 100.0))
        else:
            rate = figures[rule.figure].value
            points = None if rate is None else round(min(1.0, rate / rule.full_at) * rule.points, 2)
            out.append(Score(rule.key, points, rule.points, rate))
    return tuple(out)


# ---------------------------------------------------------------------- the report
def check_request(date_from: dt.date, date_to: dt.date, group_by: str | None, period: str | None) -> None:
    """Refuse a report that cannot be made, with a sentence saying what to choose."""
    if date_to < date_from:
        raise ReportError("report_bad_period", date_from=f"{date_from:%d/%m/%Y}", date_to=f"{date_to:%d/%m/%Y}")
    days = (date_to - date_from).days + 1
    if days > MAX_DAYS:
        raise ReportError("report_period_too_long", days=days, limit=MAX_DAYS)
    if group_by is not None and group_by not in GROUPINGS:
        raise ReportError("report_unknown_group_by", value=group_by, known=", ".join(GROUPINGS))
    if period is not None and period not in PERIODS:
        raise ReportError("report_unknown_period", value=period, known=", ".join(PERIODS))


def _default_catalog(config: Config) -> Catalog | None:
    from kiosk.errors import KioskError

    try:
        from kiosk.dossier.setup import catalog_for

        return catalog_for(config.reception)
    except (KioskError, OSError):
        return None


def kpi_report(
    store: Store, config: Config, date_from: dt.date, date_to: dt.date, *,
    group_by: str | None = None, period: str | None = None, now: dt.datetime | None = None,
    catalog: Catalog | None = None, access: Access | None = None,
) -> KpiReport:
    """Every figure over ``date_from..date_to`` (local days, inclusive), for the whole center and,
    when asked, per period and per group.

    Args:
        store: The local store (the aggregates it keeps are brought up to date first).
        config: The center's configuration (names of counters, officers, services).
        date_from, date_to: The range, in Viet Nam's local days.
        group_by: ``None``, ``"center"``, ``"field"``, ``"counter"`` or ``"officer"``.
        period: ``None`` (the range as one), ``"day"``, ``"week"``, ``"month"``, ``"quarter"``,
            ``"year"``.
        now: The moment of the report (default: now); the cut-off of a period not over yet.
        catalog: The procedure catalog (field names, the field of each service); by default
            the configured one.
        access: Who asks (the terminal's context); must be allowed ``report.read``.

    Raises:
        ReportError: ``date_to`` before ``date_from``, a range over :data:`MAX_DAYS`, an
            unknown grouping or period.
        StoreError: The database could not be read or written (busy, disk full).
    """
    if access is not None:
        access.require("report.read")
    check_request(date_from, date_to, group_by, period)
    now = now or utc_now()
    today = local_day(now)
    labels = Labels(config, catalog if catalog is not None else _default_catalog(config))
    refresh(store, date_from, date_to, today)
    whole = buckets(date_from, date_to, None, now)
    split = buckets(date_from, date_to, period, now)
    with store.read() as s:
        reader = _Reader(s, date_from, date_to, today, labels)
        totals = reader.collect(None, None, whole)
        parts = reader.collect(period, group_by, split) if (period or group_by) else {}

    def row(bk: Bucket, kind: str | None, group: str, a: _Agg) -> KpiRow:
        figures = _figures(a, bk.last, kind, group)
        return KpiRow(bk.key, bk.first, bk.last, group, labels.group(kind, group), bk.cutoff, figures,
                      _scores(a, figures, bk.last))

    total = row(whole[0], None, "", totals.get(("", ""), _Agg()))
    rows: list[KpiRow] = []
    if parts or period or group_by:
        for bk in split:
            groups = sorted({g for (b, g), a in parts.items() if b == bk.key and a.has_data()},
                            key=lambda g: labels.order(group_by, g))
            if group_by is None:
                groups = [""]
            for g in groups:
                rows.append(row(bk, group_by, g, parts.get((bk.key, g), _Agg())))
    return KpiReport(config.center_code, {"vi": config.center_label("vi"), "en": config.center_label("en")},
                     date_from, date_to, group_by, period, now, total, tuple(rows))
