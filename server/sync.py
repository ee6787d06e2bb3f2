"""Push and pull: every op applied at most once, every change in one ordered feed per center.

Each pushed op is applied in its own transaction that first locks the center's row. The op id is
recorded in that same transaction (applied, or rejected with its dead letter), so a retried op is
answered ``duplicate`` and never applied twice. Changes get the next number of the center's feed
while the lock is held, so feed numbers commit in order and a pull cursor can never skip one.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from kiosk.timeutil import utc_now
from server.db import ServerDB
from server.models import (
    AppliedOp,
    Center,
    Change,
    DeadLetter,
    Device,
    ServerTicket,
    ServerTicketEvent,
)
from server.notify import send_in

TICKET_FIELDS = (
    "id", "center_code", "service_code", "queue_service", "local_day", "number", "label",
    "priority", "status", "issued_at", "queued_at", "called_at", "finished_at",
    "counter_number", "target_counter", "officer_code", "recall_count", "terminal", "version",
)
TIME_FIELDS = {"issued_at", "queued_at", "called_at", "finished_at"}
REQUIRED_TICKET = ("id", "center_code", "service_code", "queue_service", "local_day", "number", "label",
                   "status", "issued_at", "queued_at", "version")
STATUSES = {"waiting", "serving", "parked", "done", "no_show"}
# what a ticket's text and number fields may hold: the columns' own limits (PostgreSQL refuses
# more, and a database error would fail the whole batch instead of this one op)
TEXT_FIELDS = {"id": 36, "center_code": 32, "service_code": 16, "queue_service": 16, "local_day": 10,
               "label": 16, "priority": 32, "status": 16, "officer_code": 32, "terminal": 64}
INT_FIELDS = ("number", "counter_number", "target_counter", "recall_count", "version")
INT_MAX = 2**31 - 1  # INTEGER columns
BIGINT_MAX = 2**63 - 1  # feed numbers (BIGINT)
BAD_OP_ID = "op id missing, too long or not text"
# the ids are global: another center's ticket or event keeps its own, whatever a device sends
FOREIGN_TICKET = "payload.ticket.id: already in use"
FOREIGN_EVENT = "entity_id: already in use"


# kept in the feed as pushed, for the province's view and for other terminals to apply
FEED_ONLY = ("print_job", "counter_session", "dossier", "dossier_event", "rating",
             "dossier_evaluation", "feedback")


class Rejected(Exception):
    """The op can never be applied as it is: it goes to the dead letters with this reason."""


@dataclass(frozen=True)
class OpResult:
    id: str
    status: str  # applied | duplicate | rejected
    reason: str | None = None


def clean_id(value: Any) -> bool:
    """An id the tables can hold (36 characters of text at most, no NUL)."""
    return isinstance(value, str) and 0 < len(value) <= 36 and "\x00" not in value


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def _time(value: Any, field: str) -> dt.datetime | None:
    if value is None:
        return None
    if not isinstance(value, str) or "\x00" in value:
        raise Rejected(f"{field}: not an ISO 8601 time ({_short(value)})")
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError as exc:
        raise Rejected(f"{field}: not an ISO 8601 time ({_short(value)})") from exc
    if moment.tzinfo is None:
        raise Rejected(f"{field}: time without a timezone ({_short(value)})")
    try:
        return moment.astimezone(dt.UTC)
    except OverflowError as exc:  # 9999-12-31T23:00-14:00 is in year 10000 in UTC
        raise Rejected(f"{field}: time out of range ({_short(value)})") from exc


def _text(value: Any, field: str, longest: int) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or len(value) > longest or "\x00" in value:
        raise Rejected(f"{field}: not a text of at most {longest} characters ({_short(value)})")
    return value


def _integer(value: Any, field: str, lowest: int = 0) -> int | None:
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool) or not lowest <= value <= INT_MAX:
        raise Rejected(f"{field}: not an integer in {lowest}..{INT_MAX} ({_short(value)})")
    return value


def _ticket_values(snapshot: Any, device: Device) -> dict[str, Any]:
    if not isinstance(snapshot, dict):
        raise Rejected("payload.ticket: missing")
    missing = [f for f in REQUIRED_TICKET if snapshot.get(f) in (None, "")]
    if missing:
        raise Rejected(f"payload.ticket: missing {', '.join(missing)}")
    if snapshot["center_code"] != device.center_code:
        raise Rejected(f"ticket of center {_short(snapshot['center_code'])} pushed by a device of "
                       f"{device.center_code!r}")
    if not isinstance(snapshot["status"], str) or snapshot["status"] not in STATUSES:
        raise Rejected(f"payload.ticket.status: unknown {_short(snapshot['status'])}")
    values: dict[str, Any] = {}
    for field in TICKET_FIELDS:
        value = snapshot.get(field)
        where = f"payload.ticket.{field}"
        if field in TIME_FIELDS:
            values[field] = _time(value, where)
        elif field in INT_FIELDS:
            values[field] = _integer(value, where, 1 if field == "version" else 0)
        else:
            values[field] = _text(value, where, TEXT_FIELDS[field])
    try:
        dt.date.fromisoformat(values["local_day"])
    except ValueError as exc:
        raise Rejected(f"payload.ticket.local_day: not a date ({_short(values['local_day'])})") from exc
    values["recall_count"] = values["recall_count"] or 0
    return values


def _event_values(payload: dict[str, Any], op: dict[str, Any]) -> dict[str, Any]:
    """A ticket event's own fields, checked as its columns need them."""
    kind = payload.get("kind") or op.get("op")
    counter = payload.get("counter")
    return {"kind": _text(kind if isinstance(kind, str) else str(kind), "payload.kind", 16),
            "at": _time(payload.get("at"), "payload.at"),
            "counter_number": _integer(counter, "payload.counter"),
            "officer_code": _text(payload.get("officer"), "payload.officer", 32)}


def unstorable(value: Any) -> str | None:
    """Why a pushed op cannot be kept as it is (None: it can): JSON has no NaN or infinity, and
    PostgreSQL's text holds no NUL character."""
    if isinstance(value, float) and not math.isfinite(value):
        return "NaN or infinity (not JSON)"
    if isinstance(value, str) and "\x00" in value:
        return "NUL character"
    if isinstance(value, dict):
        items: Any = [*value.keys(), *value.values()]
    elif isinstance(value, list | tuple):
        items = value
    else:
        return None
    for item in items:
        why = unstorable(item)
        if why:
            return why
    return None


def storable(value: Any) -> Any:
    """The op as a dead letter can keep it: NaN and infinities as text, NUL as U+FFFD."""
    if isinstance(value, float) and not math.isfinite(value):
        return repr(value)
    if isinstance(value, str):
        return value.replace("\x00", "\ufffd")
    if isinstance(value, dict):
        return {storable(k): storable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [storable(v) for v in value]
    return value


def _ticket_json(t: ServerTicket) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for field in TICKET_FIELDS:
        value = getattr(t, field)
        out[field] = value.isoformat() if isinstance(value, dt.datetime) else value
    return out


def _upsert_ticket(s: Session, device: Device, snapshot: Any) -> ServerTicket:
    """Keep the highest version of a ticket (ties: the one already here)."""
    values = _ticket_values(snapshot, device)
    ticket = s.get(ServerTicket, values["id"])
    if ticket is not None and ticket.center_code != device.center_code:
        raise Rejected(FOREIGN_TICKET)
    if ticket is None:
        clash = s.scalars(select(ServerTicket).where(
            ServerTicket.center_code == values["center_code"],
            ServerTicket.service_code == values["service_code"],
            ServerTicket.local_day == values["local_day"],
            ServerTicket.number == values["number"],
        )).first()
        if clash is not None:
            raise Rejected(f"number {values['label']} of {values['local_day']} is already ticket {clash.id}")
        ticket = ServerTicket(**values, origin_device=device.id)
        s.add(ticket)
        s.flush()
    elif values["version"] > ticket.version:
        for field, value in values.items():
            if field != "id":
                setattr(ticket, field, value)
    return ticket


def _apply(s: Session, device: Device, op: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    """Apply one op; return the changes for the center's feed."""
    entity, payload = op.get("entity"), op.get("payload")
    why = unstorable(op)
    if why:
        raise Rejected(f"op: {why}")
    if not isinstance(payload, dict):
        raise Rejected("payload: not an object")
    if entity == "ticket":
        ticket = _upsert_ticket(s, device, payload.get("ticket"))
        return [("ticket", ticket.id, {"ticket": _ticket_json(ticket)})]
    if entity == "ticket_event":
        ticket = _upsert_ticket(s, device, payload.get("ticket"))
        event_id = str(op.get("entity_id") or "")
        if not event_id:
            raise Rejected("entity_id: missing")
        fields = _event_values(payload, op)
        existing = s.get(ServerTicketEvent, event_id)
        if existing is not None and existing.center_code != device.center_code:
            raise Rejected(FOREIGN_EVENT)
        if existing is None:
            s.add(ServerTicketEvent(
                id=event_id, center_code=device.center_code, ticket_id=ticket.id,
                kind=fields["kind"], at=fields["at"] or utc_now(),
                counter_number=fields["counter_number"], officer_code=fields["officer_code"],
                detail=payload.get("detail") or {}, origin_device=device.id,
            ))
        body = {"event": {"id": event_id, "ticket_id": ticket.id, "kind": payload.get("kind"),
                          "at": payload.get("at"), "counter": payload.get("counter"),
                          "officer": payload.get("officer"), "detail": payload.get("detail") or {}},
                "ticket": _ticket_json(ticket)}
        return [("ticket_event", event_id, body)]
    if entity == "audit":  # kept in its own table, not sent down to other terminals
        from server.audit import AuditRejected, store_entry

        try:
            store_entry(s, device, payload, utc_now())
        except AuditRejected as exc:
            raise Rejected(str(exc)) from None
        return []
    if entity in FEED_ONLY:
        # kept in the feed for the province's view; terminals ignore what they do not use
        return [(entity, str(op.get("entity_id")), {"op": op.get("op"), "payload": payload})]
    raise Rejected(f"unknown entity {entity!r}")


class _Feed:
    """The center's feed numbers while its row is locked: counted here, written once at the end."""

    def __init__(self, center: Center) -> None:
        self.code = center.code
        self.seq = center.change_seq

    def next(self) -> int:
        self.seq += 1
        return self.seq

    def save(self, s: Session) -> None:
        s.execute(update(Center).where(Center.code == self.code).values(change_seq=self.seq))


def _apply_in(s: Session, feed: _Feed, device: Device, op: dict[str, Any], now: dt.datetime) -> OpResult:
    """One op inside an open transaction that holds the center's lock."""
    op_id = str(op.get("id") or "")
    if not clean_id(op_id):
        return OpResult(op_id, "rejected", BAD_OP_ID)
    if s.get(AppliedOp, op_id) is not None:
        return OpResult(op_id, "duplicate")
    try:
        with s.begin_nested():
            changes = _apply(s, device, op)
        result = OpResult(op_id, "applied")
    except Rejected as exc:
        changes = []
        result = OpResult(op_id, "rejected", str(exc))
        s.add(DeadLetter(op_id=op_id, device_id=device.id, center_code=device.center_code,
                         op=storable(op), reason=str(exc), at=now))
    for entity, entity_id, body in changes:
        s.add(Change(center_code=feed.code, seq=feed.next(), entity=entity,
                     entity_id=entity_id, body=body, origin_device=device.id, at=now))
    s.add(AppliedOp(op_id=op_id, device_id=device.id, center_code=device.center_code,
                    entity=storable(str(op.get("entity")))[:32], op=storable(str(op.get("op")))[:32],
                    result=result.status, applied_at=now))
    s.flush()
    s.expunge_all()  # keeps each flush small in a batch of a thousand ops
    return result


def _locked_center(s: Session, device: Device) -> Center:
    return s.scalars(select(Center).where(Center.code == device.center_code).with_for_update()).one()


def apply_op(db: ServerDB, device: Device, op: dict[str, Any]) -> OpResult:
    """One op in its own transaction (retried: a racing copy of it is then a duplicate)."""
    for _attempt in range(3):
        try:
            with db.session() as s:
                feed = _Feed(_locked_center(s, device))
                result = _apply_in(s, feed, device, op, db.clock())
                feed.save(s)
                send_in(s, device.center_code)
                return result
        except IntegrityError:
            continue
    return OpResult(str(op.get("id") or ""), "rejected", "could not be applied after 3 attempts")


def push(db: ServerDB, device: Device, ops: list[dict[str, Any]]) -> list[OpResult]:
    """Apply ops in the order sent; a rejected op does not stop the ones after it.

    The whole batch goes in one transaction (one commit, one lock, bulk statements: see
    ``server.batch``); should the batch fail as a whole (a racing duplicate of the same op from a
    retry), every op is applied again on its own.
    """
    try:
        from server.batch import push_batch

        with db.session() as s:
            feed = _Feed(_locked_center(s, device))
            results = push_batch(s, feed, device, ops, db.clock())
            feed.save(s)
            send_in(s, device.center_code)
        return results
    except IntegrityError:
        return [apply_op(db, device, op) for op in ops]


def pull(db: ServerDB, device: Device, cursor: int, limit: int = 500) -> tuple[list[dict[str, Any]], int, bool]:
    """Changes of the device's center after ``cursor``, oldest first."""
    limit = max(1, min(limit, 2000))
    cursor = min(cursor, BIGINT_MAX)  # past every feed number (SQLite refuses larger integers)
    with db.sessions() as s:
        rows = list(s.scalars(
            select(Change).where(Change.center_code == device.center_code, Change.seq > cursor)
            .order_by(Change.seq).limit(limit + 1)
        ))
    more = len(rows) > limit
    rows = rows[:limit]
    changes = [{"seq": r.seq, "entity": r.entity, "id": r.entity_id, "body": _for_device(r, device),
                "origin": r.origin_device} for r in rows]
    return changes, (rows[-1].seq if rows else cursor), more


def _for_device(row: Change, device: Device) -> Any:
    """A change as this device may see it: the center's configuration without the accounts' PIN
    hashes for a terminal that signs nobody in (server/centers.py)."""
    if row.entity != "center_config" or not isinstance(row.body, dict):
        return row.body
    from server.centers import config_for_role

    text = row.body.get("config_toml")
    return {**row.body, "config_toml": config_for_role(text, device.role)} if isinstance(text, str) else row.body
