"""The server's tables (PostgreSQL in production, SQLite for a one-machine center)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, BigInteger, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from kiosk.store.models import UTCDateTime


class ServerBase(DeclarativeBase):
    pass


class Center(ServerBase):
    __tablename__ = "centers"

    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    config_toml: Mapped[str] = mapped_column(Text)
    # the last change number of this center's feed; the row is locked while a change is written,
    # so change numbers of a center commit in order and a pull cursor never skips one
    change_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())


class Device(ServerBase):
    __tablename__ = "devices"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    center_code: Mapped[str] = mapped_column(ForeignKey("centers.code"))
    role: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(128), default="")
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    last_seen_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    revoked_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    # the token before the last rotation, still accepted until the new one is first used (an
    # answer lost on the way must not lock the terminal out)
    prev_token_hash: Mapped[str | None] = mapped_column(String(64), nullable=True)
    rotated_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class EnrolmentCode(ServerBase):
    __tablename__ = "enrolment_codes"

    code_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    center_code: Mapped[str] = mapped_column(ForeignKey("centers.code"))
    role: Mapped[str] = mapped_column(String(16))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    expires_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    used_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    device_id: Mapped[str | None] = mapped_column(String(36), nullable=True)


class AppliedOp(ServerBase):
    """Every op id the server has answered, recorded in the same transaction as its effect."""

    __tablename__ = "applied_ops"

    op_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    device_id: Mapped[str] = mapped_column(String(36))
    center_code: Mapped[str] = mapped_column(String(32))
    entity: Mapped[str] = mapped_column(String(32))
    op: Mapped[str] = mapped_column(String(32))
    result: Mapped[str] = mapped_column(String(16))
    applied_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())


class DeadLetter(ServerBase):
    """An op the server refused, kept whole with the reason, for a technician to look at."""

    __tablename__ = "dead_letters"

    op_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    device_id: Mapped[str] = mapped_column(String(36))
    center_code: Mapped[str] = mapped_column(String(32))
    op: Mapped[dict[str, Any]] = mapped_column(JSON)
    reason: Mapped[str] = mapped_column(Text)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime())


class ServerTicket(ServerBase):
    """The shared queue: the latest version of every ticket of every center."""

    __tablename__ = "tickets"
    __table_args__ = (
        UniqueConstraint("center_code", "service_code", "local_day", "number", name="uq_server_ticket_number"),
        Index("ix_server_tickets_day", "center_code", "local_day", "status"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    center_code: Mapped[str] = mapped_column(String(32))
    service_code: Mapped[str] = mapped_column(String(16))
    queue_service: Mapped[str] = mapped_column(String(16))
    local_day: Mapped[str] = mapped_column(String(10))
    number: Mapped[int] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(String(16))
    priority: Mapped[str | None] = mapped_column(String(32), nullable=True)
    status: Mapped[str] = mapped_column(String(16))
    issued_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    queued_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    called_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    finished_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    counter_number: Mapped[int | None] = mapped_column(Integer, nullable=True)
    target_counter: Mapped[int | None] = mapped_column(Integer, nullable=True)
    officer_code: Mapped[str | None] = mapped_column(String(32), nullable=True)
    recall_count: Mapped[int] = mapped_column(Integer, default=0)
    terminal: Mapped[str | None] = mapped_column(String(64), nullable=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    origin_device: Mapped[str] = mapped_column(String(36))


class ServerTicketEvent(ServerBase):
    __tablename__ = "ticket_events"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    center_code: Mapped[str] = mapped_column(String(32))
    ticket_id: Mapped[str] = mapped_column(String(36))
    kind: Mapped[str] = mapped_column(String(16))
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    counter_number: Mapped[int | None] = mapped_column(Integer, nullable=True)
    officer_code: Mapped[str | None] = mapped_column(String(32), nullable=True)
    detail: Mapped[dict[str, Any]] = mapped_column(JSON)
    origin_device: Mapped[str] = mapped_column(String(36))


class Change(ServerBase):
    """The per-center feed terminals pull from, in commit order."""

    __tablename__ = "changes"
    __table_args__ = (UniqueConstraint("center_code", "seq", name="uq_change_seq"),)

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True,
                                    autoincrement=True)
    center_code: Mapped[str] = mapped_column(String(32))
    seq: Mapped[int] = mapped_column(BigInteger)
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[str] = mapped_column(String(36))
    body: Mapped[dict[str, Any]] = mapped_column(JSON)
    origin_device: Mapped[str | None] = mapped_column(String(36), nullable=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime())


class ServerSequence(ServerBase):
    """Numbers the server has handed out per (center, service, local day), under the center lock."""

    __tablename__ = "number_sequences"

    center_code: Mapped[str] = mapped_column(String(32), primary_key=True)
    service_code: Mapped[str] = mapped_column(String(16), primary_key=True)
    local_day: Mapped[str] = mapped_column(String(10), primary_key=True)
    last_number: Mapped[int] = mapped_column(Integer)


class ServerAuditEntry(ServerBase):
    """A terminal's audit trail as it arrived (kiosk/audit.py): one row per entry, never
    changed; an entry sent again with other content is refused (it was rewritten on the
    terminal), and ``kiosk-server audit verify`` walks each terminal's chain."""

    __tablename__ = "audit_log"
    __table_args__ = (UniqueConstraint("center_code", "terminal", "seq", name="uq_server_audit_seq"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    center_code: Mapped[str] = mapped_column(String(32))
    terminal: Mapped[str] = mapped_column(String(64))
    seq: Mapped[int] = mapped_column(Integer)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    actor_role: Mapped[str] = mapped_column(String(16))
    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(48))
    subject: Mapped[str] = mapped_column(String(128))
    detail: Mapped[str] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    origin_device: Mapped[str] = mapped_column(String(36))
    received_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
