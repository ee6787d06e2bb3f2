"""Typed SQLAlchemy models of the local store. Times are UTC; ids are UUIDv7 strings."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from kiosk.ids import new_id
from kiosk.store.crypto_types import (
    DOSSIER_APPLICANT,
    FEEDBACK_EMAIL,
    FEEDBACK_PHONE,
    OUTBOX_PAYLOAD,
    EncryptedJSON,
    EncryptedString,
)


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Aware datetimes in, aware UTC datetimes out; stored as naive UTC."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the store; use UTC-aware datetimes")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        return value.replace(tzinfo=dt.UTC) if value is not None else None


class Base(DeclarativeBase):
    pass


def _snapshot(row: object, fields: tuple[str, ...]) -> dict[str, Any]:
    """A row as JSON-ready values (times in ISO 8601, UTC): what sync carries."""
    out: dict[str, Any] = {}
    for name in fields:
        value = getattr(row, name)
        out[name] = value.isoformat() if isinstance(value, dt.datetime) else value
    return out


class TicketStatus:
    WAITING = "waiting"
    SERVING = "serving"
    PARKED = "parked"
    DONE = "done"
    NO_SHOW = "no_show"
    ALL = (WAITING, SERVING, PARKED, DONE, NO_SHOW)


class Ticket(Base):
    __tablename__ = "tickets"
    __table_args__ = (
        UniqueConstraint("center_code", "service_code", "local_day", "number", name="uq_ticket_number"),
        Index("ix_tickets_status_day", "center_code", "local_day", "status"),
        Index("ix_tickets_local_day", "local_day"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    center_code: Mapped[str] = mapped_column(String(32))
    # the service whose number series issued the ticket (the label never changes)
    service_code: Mapped[str] = mapped_column(String(16))
    # the service whose line the ticket is in now (changes on transfer)
    queue_service: Mapped[str] = mapped_column(String(16))
    local_day: Mapped[str] = mapped_column(String(10))
    number: Mapped[int] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(String(16))
    priority: Mapped[str | None] = mapped_column(String(32), nullable=True)
    status: Mapped[str] = mapped_column(String(16), default=TicketStatus.WAITING)
    issued_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    # the moment the ticket entered its current line (issue, or back in line after transfer)
    queued_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    called_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    finished_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    counter_number: Mapped[int | None] = mapped_column(Integer, nullable=True)
    target_counter: Mapped[int | None] = mapped_column(Integer, nullable=True)
    officer_code: Mapped[str | None] = mapped_column(String(32), nullable=True)
    recall_count: Mapped[int] = mapped_column(Integer, default=0)
    terminal: Mapped[str | None] = mapped_column(String(64), nullable=True)
    # bumped by every change; sync keeps the highest version of a ticket
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    SNAPSHOT_FIELDS = (
        "id", "center_code", "service_code", "queue_service", "local_day", "number", "label",
        "priority", "status", "issued_at", "queued_at", "called_at", "finished_at",
        "counter_number", "target_counter", "officer_code", "recall_count", "terminal", "version",
    )

    def snapshot(self) -> dict[str, Any]:
        """The whole row as JSON-ready values (times in ISO 8601, UTC)."""
        return _snapshot(self, self.SNAPSHOT_FIELDS)


class TicketEvent(Base):
    """Everything that happened to a ticket; the board's calls and the audit of the queue."""

    __tablename__ = "ticket_events"
    __table_args__ = (Index("ix_events_at", "at"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    seq: Mapped[int] = mapped_column(Integer, unique=True)
    ticket_id: Mapped[str] = mapped_column(ForeignKey("tickets.id"))
    kind: Mapped[str] = mapped_column(String(16))
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    counter_number: Mapped[int | None] = mapped_column(Integer, nullable=True)
    officer_code: Mapped[str | None] = mapped_column(String(32), nullable=True)
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class NumberSequence(Base):
    """Last number issued per (center, service, local day); updated under the write lock."""

    __tablename__ = "number_sequences"

    center_code: Mapped[str] = mapped_column(String(32), primary_key=True)
    service_code: Mapped[str] = mapped_column(String(16), primary_key=True)
    local_day: Mapped[str] = mapped_column(String(10), primary_key=True)
    last_number: Mapped[int] = mapped_column(Integer)


class PrintJobStatus:
    QUEUED = "queued"
    SENDING = "sending"
    DONE = "done"
    FAILED = "failed"


class PrintJob(Base):
    __tablename__ = "print_jobs"
    __table_args__ = (Index("ix_print_jobs_status", "status"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    ticket_id: Mapped[str | None] = mapped_column(ForeignKey("tickets.id"), nullable=True)
    kind: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(16), default=PrintJobStatus.QUEUED)
    device_url: Mapped[str] = mapped_column(String(255))
    reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    reprint_of: Mapped[str | None] = mapped_column(String(36), nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    bytes_sent: Mapped[int | None] = mapped_column(Integer, nullable=True)


class CounterSession(Base):
    __tablename__ = "counter_sessions"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    counter_number: Mapped[int] = mapped_column(Integer)
    officer_code: Mapped[str] = mapped_column(String(32))
    signed_in_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    signed_out_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class OutboxStatus:
    PENDING = "pending"
    APPLIED = "applied"
    DUPLICATE = "duplicate"
    REJECTED = "rejected"


class OutboxOp(Base):
    """A change waiting to be pushed to the central server, written with the change itself."""

    __tablename__ = "outbox"
    __table_args__ = (Index("ix_outbox_status", "status", "created_at"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str] = mapped_column(String(36))
    op: Mapped[str] = mapped_column(String(32))
    # encrypted whole: dossier and complaint ops repeat personal data (kiosk/store/crypto_types.py)
    payload: Mapped[dict[str, Any]] = mapped_column(EncryptedJSON(OUTBOX_PAYLOAD))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    sent_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    # pending until the server answers; rejected ops stay as dead letters for the technician
    status: Mapped[str] = mapped_column(String(16), default=OutboxStatus.PENDING, server_default="pending")
    reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class SyncState(Base):
    """Small key/value facts of the sync: pull cursor, last success, offline since, last error."""

    __tablename__ = "sync_state"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class DossierState:
    """A dossier's state; the number is the one provincial systems use (DOMAIN.md)."""

    RECEIVED = "received"  # 2 Được tiếp nhận
    REFUSED = "refused"  # 3 Không được tiếp nhận (form 03)
    INCOMPLETE = "incomplete"  # form 02 issued at the counter: not received, nothing counts
    PROCESSING = "processing"  # 4 Đang xử lý
    SUPPLEMENT = "supplement"  # 5 Yêu cầu bổ sung giấy tờ (the clock stops)
    AWAITING_FEES = "awaiting_fees"  # 6 Yêu cầu thực hiện nghĩa vụ tài chính
    WITHDRAWN = "withdrawn"  # 7 Công dân yêu cầu rút hồ sơ
    STOPPED = "stopped"  # 8 Dừng xử lý
    RESULT_READY = "result_ready"  # 9 Đã xử lý xong
    RETURNED = "returned"  # 10 Đã trả kết quả
    CANCELLED = "cancelled"  # entered by mistake, cancelled by the officer
    ALL = (RECEIVED, REFUSED, INCOMPLETE, PROCESSING, SUPPLEMENT, AWAITING_FEES, WITHDRAWN,
           STOPPED, RESULT_READY, RETURNED, CANCELLED)
    NUMBER = {RECEIVED: 2, REFUSED: 3, PROCESSING: 4, SUPPLEMENT: 5, AWAITING_FEES: 6,
              WITHDRAWN: 7, STOPPED: 8, RESULT_READY: 9, RETURNED: 10}


class Dossier(Base):
    """One dossier brought to the counter (hồ sơ), whatever the outcome of its intake."""

    __tablename__ = "dossiers"
    __table_args__ = (
        UniqueConstraint("code", name="uq_dossier_code"),
        Index("ix_dossiers_state", "center_code", "state"),
        Index("ix_dossiers_received", "center_code", "received_at"),
        Index("ix_dossiers_local_day", "local_day"),
        Index("ix_dossiers_finished", "finished_at"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    center_code: Mapped[str] = mapped_column(String(32))
    agency_code: Mapped[str] = mapped_column(String(32))
    # {agency}-{yyMMdd}-{NNNN}: a label with its own uniqueness rule, not the identity
    code: Mapped[str] = mapped_column(String(64))
    local_day: Mapped[str] = mapped_column(String(10))
    seq: Mapped[int] = mapped_column(Integer)
    procedure_code: Mapped[str] = mapped_column(String(64))
    procedure_name: Mapped[str] = mapped_column(Text)
    field_code: Mapped[str] = mapped_column(String(64), default="")
    field_name: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[str] = mapped_column(String(16))  # complete | incomplete | refused
    state: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    # name, id_number, birth_date, address, phone, email (personal data: encrypted at rest)
    applicant: Mapped[dict[str, Any]] = mapped_column(EncryptedJSON(DOSSIER_APPLICANT), default=dict)
    sets: Mapped[int] = mapped_column(Integer, default=1)
    fee_total: Mapped[int] = mapped_column(Integer, default=0)
    # none | awaiting | paid
    fee_state: Mapped[str] = mapped_column(String(16), default="none")
    # how the fee was paid once paid: online (VietQR, portal) | counter (cash, card at the counter)
    fee_channel: Mapped[str | None] = mapped_column(String(16), nullable=True)
    fee_paid_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    received_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    clock_start: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    appointment_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    # the first appointment, kept when form 04 sets a new one
    original_appointment_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    # the clock stopped for a supplement request since this moment (None: running)
    paused_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    finished_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    returned_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    officer_code: Mapped[str | None] = mapped_column(String(32), nullable=True)
    counter_number: Mapped[int | None] = mapped_column(Integer, nullable=True)
    ticket_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    terminal: Mapped[str | None] = mapped_column(String(64), nullable=True)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    SNAPSHOT_FIELDS = (
        "id", "center_code", "agency_code", "code", "local_day", "seq", "procedure_code",
        "procedure_name", "field_code", "field_name", "outcome", "state", "reason", "applicant",
        "sets", "fee_total", "fee_state", "fee_channel", "fee_paid_at", "received_at", "clock_start", "appointment_at",
        "original_appointment_at", "paused_at", "finished_at", "returned_at", "officer_code",
        "counter_number", "ticket_id", "terminal", "version",
    )
    TIME_FIELDS = frozenset({"received_at", "clock_start", "appointment_at", "original_appointment_at",
                             "paused_at", "finished_at", "returned_at", "fee_paid_at"})

    def snapshot(self) -> dict[str, Any]:
        return _snapshot(self, self.SNAPSHOT_FIELDS)


class DossierComponent(Base):
    """A paper of the dossier: what the procedure asks, what was received, its scanned file."""

    __tablename__ = "dossier_components"
    __table_args__ = (UniqueConstraint("dossier_id", "component_id", name="uq_dossier_component"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    dossier_id: Mapped[str] = mapped_column(ForeignKey("dossiers.id"))
    component_id: Mapped[str] = mapped_column(String(64))
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(Text)
    mandatory: Mapped[bool] = mapped_column(default=True)
    req_originals: Mapped[int] = mapped_column(Integer, default=0)
    req_certified: Mapped[int] = mapped_column(Integer, default=0)
    req_photocopies: Mapped[int] = mapped_column(Integer, default=0)
    # sets received (0: not brought); the counts of each kind follow from it
    received: Mapped[int] = mapped_column(Integer, default=0)
    # the component's scanned pages as one PDF (content-addressed under KIOSK_HOME/files)
    pages: Mapped[int] = mapped_column(Integer, default=0)
    sha256: Mapped[str | None] = mapped_column(String(64), nullable=True)
    file_bytes: Mapped[int | None] = mapped_column(Integer, nullable=True)

    SNAPSHOT_FIELDS = ("id", "dossier_id", "component_id", "position", "name", "mandatory",
                       "req_originals", "req_certified", "req_photocopies", "received", "pages",
                       "sha256", "file_bytes")

    def snapshot(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self.SNAPSHOT_FIELDS}


class DossierEvent(Base):
    """Everything that happened to a dossier: intake, transitions, hand-overs (form 05), forms."""

    __tablename__ = "dossier_events"
    __table_args__ = (Index("ix_dossier_events_dossier", "dossier_id", "at"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    dossier_id: Mapped[str] = mapped_column(ForeignKey("dossiers.id"))
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    kind: Mapped[str] = mapped_column(String(16))  # intake | state | handover | form | late | file
    from_state: Mapped[str | None] = mapped_column(String(16), nullable=True)
    to_state: Mapped[str | None] = mapped_column(String(16), nullable=True)
    officer_code: Mapped[str | None] = mapped_column(String(32), nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)

    def snapshot(self) -> dict[str, Any]:
        return {"id": self.id, "dossier_id": self.dossier_id, "at": self.at.isoformat(),
                "kind": self.kind, "from_state": self.from_state, "to_state": self.to_state,
                "officer_code": self.officer_code, "note": self.note, "detail": self.detail}


class DossierSequence(Base):
    """Last dossier number per (agency, local day); taken under the write lock."""

    __tablename__ = "dossier_sequences"

    agency_code: Mapped[str] = mapped_column(String(32), primary_key=True)
    local_day: Mapped[str] = mapped_column(String(10), primary_key=True)
    last_number: Mapped[int] = mapped_column(Integer)


class Rating(Base):
    """One citizen's rating of one service event (a finished ticket), or of a dossier at the kiosk.

    ``event_key`` makes it one rating per service event: ``ticket:<ticket id>:<finish event id>``
    at a counter, ``dossier:<dossier id>`` for a dossier rated at the kiosk.
    """

    __tablename__ = "ratings"
    __table_args__ = (
        UniqueConstraint("event_key", name="uq_rating_event"),
        Index("ix_ratings_at", "center_code", "at"),
        Index("ix_ratings_at_only", "at"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    center_code: Mapped[str] = mapped_column(String(32))
    event_key: Mapped[str] = mapped_column(String(120))
    ticket_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    dossier_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    counter_number: Mapped[int | None] = mapped_column(Integer, nullable=True)
    officer_code: Mapped[str | None] = mapped_column(String(32), nullable=True)
    service_code: Mapped[str | None] = mapped_column(String(16), nullable=True)
    field_code: Mapped[str | None] = mapped_column(String(64), nullable=True)
    # level on its scale: ``levels`` (3 or 5) is the best, 1 the worst
    level: Mapped[int] = mapped_column(Integer)
    levels: Mapped[int] = mapped_column(Integer)
    # the two top levels of either scale (Rất hài lòng, Hài lòng)
    satisfied: Mapped[bool] = mapped_column()
    # after "Không hài lòng": waited_too_long | attitude | extra_papers | unclear_guidance | other
    reason: Mapped[str | None] = mapped_column(String(32), nullable=True)
    source: Mapped[str] = mapped_column(String(255))
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    terminal: Mapped[str | None] = mapped_column(String(64), nullable=True)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    SNAPSHOT_FIELDS = ("id", "center_code", "event_key", "ticket_id", "dossier_id", "counter_number",
                       "officer_code", "service_code", "field_code", "level", "levels", "satisfied",
                       "reason", "source", "at", "terminal", "version")

    def snapshot(self) -> dict[str, Any]:
        return _snapshot(self, self.SNAPSHOT_FIELDS)


class DossierEvaluation(Base):
    """The full per-dossier evaluation (nine 0/1/2 indicators, convenience and overall), filled
    at the kiosk by scanning the receipt (domain/satisfaction_criteria_vi.json)."""

    __tablename__ = "dossier_evaluations"
    __table_args__ = (UniqueConstraint("dossier_id", name="uq_evaluation_dossier"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    center_code: Mapped[str] = mapped_column(String(32))
    dossier_id: Mapped[str] = mapped_column(String(36))
    # {"chiso1": 2, ..., "chiso9": 0, "convenience": 3, "overall": 2}
    answers: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    source: Mapped[str] = mapped_column(String(64), default="kiosk")


class FeedbackState:
    RECEIVED = "received"
    CLASSIFIED = "classified"
    ASSIGNED = "assigned"
    ANSWERED = "answered"
    CLOSED = "closed"
    ALL = (RECEIVED, CLASSIFIED, ASSIGNED, ANSWERED, CLOSED)


class Feedback(Base):
    """A complaint or suggestion (phản ánh, kiến nghị) with its tracking code and due date."""

    __tablename__ = "feedback"
    __table_args__ = (
        UniqueConstraint("code", name="uq_feedback_code"),
        Index("ix_feedback_state", "center_code", "state", "due_at"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    center_code: Mapped[str] = mapped_column(String(32))
    # the tracking code printed on the slip
    code: Mapped[str] = mapped_column(String(40))
    # procedure | attitude | facilities | suggestion | other
    category: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text)
    # personal data: only with consent; encrypted at rest (the lengths are the plain values')
    contact_phone: Mapped[str | None] = mapped_column(EncryptedString(FEEDBACK_PHONE, 32), nullable=True)
    contact_email: Mapped[str | None] = mapped_column(EncryptedString(FEEDBACK_EMAIL, 255), nullable=True)
    consent: Mapped[bool] = mapped_column(default=False)
    dossier_code: Mapped[str | None] = mapped_column(String(64), nullable=True)
    state: Mapped[str] = mapped_column(String(16), default=FeedbackState.RECEIVED)
    received_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    due_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    answered_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    closed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    assigned_to: Mapped[str | None] = mapped_column(String(120), nullable=True)
    answer: Mapped[str | None] = mapped_column(Text, nullable=True)
    terminal: Mapped[str | None] = mapped_column(String(64), nullable=True)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    SNAPSHOT_FIELDS = ("id", "center_code", "code", "category", "text", "contact_phone",
                       "contact_email", "consent", "dossier_code", "state", "received_at", "due_at",
                       "answered_at", "closed_at", "assigned_to", "answer", "terminal", "version")

    def snapshot(self) -> dict[str, Any]:
        return _snapshot(self, self.SNAPSHOT_FIELDS)


class FeedbackEvent(Base):
    __tablename__ = "feedback_events"
    __table_args__ = (Index("ix_feedback_events", "feedback_id", "at"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    feedback_id: Mapped[str] = mapped_column(ForeignKey("feedback.id"))
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    from_state: Mapped[str | None] = mapped_column(String(16), nullable=True)
    to_state: Mapped[str] = mapped_column(String(16))
    officer_code: Mapped[str | None] = mapped_column(String(32), nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")


class FeedbackSequence(Base):
    """Last tracking number per (center, local day)."""

    __tablename__ = "feedback_sequences"

    center_code: Mapped[str] = mapped_column(String(32), primary_key=True)
    local_day: Mapped[str] = mapped_column(String(10), primary_key=True)
    last_number: Mapped[int] = mapped_column(Integer)


# the KPI report's summary tables, in the same metadata
from kiosk.store import report_models as _report_models  # noqa: E402,F401


class AuditEntry(Base):
    """One officer's or technician's action, chained to the entry before it on this terminal.

    ``hash`` is SHA-256 over the entry's own fields and ``prev_hash`` (kiosk/audit.py), so an
    entry edited, inserted or deleted by hand breaks the chain from there on; the chain is synced
    to the server, where a copy rewritten on the terminal no longer matches.
    """

    __tablename__ = "audit_log"
    __table_args__ = (UniqueConstraint("terminal", "seq", name="uq_audit_terminal_seq"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    terminal: Mapped[str] = mapped_column(String(64))
    seq: Mapped[int] = mapped_column(Integer)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    center_code: Mapped[str] = mapped_column(String(32))
    actor_role: Mapped[str] = mapped_column(String(16))
    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(48))
    subject: Mapped[str] = mapped_column(String(128), default="")
    detail: Mapped[str] = mapped_column(Text, default="{}")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
