"""Push and pull: every op applied at most once, every change in one ordered feed per center.

Each pushed op is applied in its own transaction that first locks the center's row. The op id is
recorded in that same transaction (applied, or rejected with its dead letter), so a retried op is
answered ``duplicate`` and never applied twice. Changes get the next number of the center's feed
while the lock is held, so feed numbers commit in order and a pull cursor can never skip one.
"""

from __future__ import annotations

import datetime as dt
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
REQUIRED_TICKET = ("id", "center_code", "service_code", "local_day", "number", "label", "status",
                   "issued_at", "queued_at", "version")
STATUSES = {"waiting", "serving", "parked", "done", "no_show"}


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


def _time(value: Any, field: str) -> dt.datetime | None:
    if value is None:
        return None
    try:
        moment = dt.datetime.fromisoformat(str(value))
    except ValueError as exc:
        raise Rejected(f"{field}: not an ISO 8601 time ({value!r})") from exc
    if moment.tzinfo is None:
        raise Rejected(f"{field}: time without a timezone ({value!r})")
    return moment.astimezone(dt.UTC)


def _ticket_values(snapshot: Any, device: Device) -> dict[str, Any]:
    if not isinstance(snapshot, dict):
        raise Rejected("payload.ticket: missing")
    missing = [f for f in REQUIRED_TICKET if snapshot.get(f) in (None, "")]
    if missing:
        raise Rejected(f"payload.ticket: missing {', '.join(missing)}")
    if snapshot["center_code"] != device.center_code:
        raise Rejected(f"ticket of center {snapshot['center_code']!r} pushed by a device of "
                       f"{device.center_code!r}")
    if snapshot["status"] not in STATUSES:
        raise Rejected(f"payload.ticket.status: unknown {snapshot['status']!r}")
    values: dict[str, Any] = {}
    for field in TICKET_FIELDS:
        value = snapshot.get(field)
        values[field] = _time(value, field) if field in TIME_FIELDS else value
    for field in ("number", "version", "recall_count"):
        if not isinstance(values[field] or 0, int) or isinstance(values[field], bool):
            raise Rejected(f"payload.ticket.{field}: not an integer")
    values["recall_count"] = values["recall_count"] or 0
    return values


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
        if s.get(ServerTicketEvent, event_id) is None:
            s.add(ServerTicketEvent(
                id=event_id, center_code=device.center_code, ticket_id=ticket.id,
                kind=str(payload.get("kind") or op.get("op")), at=_time(payload.get("at"), "at") or utc_now(),
                counter_number=payload.get("counter"), officer_code=payload.get("officer"),
                detail=payload.get("detail") or {}, origin_device=device.id,
            ))
        body = {"event": {"id": event_id, "ticket_id": ticket.id, "kind": payload.get("kind"),
                          "at": payload.get("at"), "counter": payload.get("counter"),
                          "officer": payload.get("officer"), "detail": payload.get("detail") or {}},
                "ticket": _ticket_json(ticket)}
        return [("ticket_event", event_id, body)]
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
    if not op_id or len(op_id) > 36:
        return OpResult(op_id, "rejected", "op id missing or too long")
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
                         op=op, reason=str(exc), at=now))
    for entity, entity_id, body in changes:
        s.add(Change(center_code=feed.code, seq=feed.next(), entity=entity,
                     entity_id=entity_id, body=body, origin_device=device.id, at=now))
    s.add(AppliedOp(op_id=op_id, device_id=device.id, center_code=device.center_code,
                    entity=str(op.get("entity"))[:32], op=str(op.get("op"))[:32],
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
    with db.sessions() as s:
        rows = list(s.scalars(
            select(Change).where(Change.center_code == device.center_code, Change.seq > cursor)
            .order_by(Change.seq).limit(limit + 1)
        ))
    more = len(rows) > limit
    rows = rows[:limit]
    changes = [{"seq": r.seq, "entity": r.entity, "id": r.entity_id, "body": r.body,
                "origin": r.origin_device} for r in rows]
    return changes, (rows[-1].seq if rows else cursor), more
