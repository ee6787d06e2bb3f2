"""Pushing a batch of ops in one transaction with a handful of statements (not one per op).

Same rules as ``server.sync`` (which applies one op at a time and remains the fallback): the op
id is recorded with its effect, a ticket keeps its highest version, a number taken by another
ticket is refused, rejected ops become dead letters, changes get the center's next feed numbers
under the center's row lock. Everything an op needs is read up front in bulk; the ops are then
applied in order in memory, and the result is written with ``executemany`` inserts and updates.
No savepoints: PostgreSQL slows down sharply past 64 subtransactions in one transaction.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from typing import Any

from sqlalchemy import JSON, String, any_, bindparam, insert, select, text, update
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session

from kiosk.store.models import UTCDateTime
from server.models import AppliedOp, Change, DeadLetter, Device, ServerTicket, ServerTicketEvent
from server.sync import (
    BAD_OP_ID,
    FEED_ONLY,
    FOREIGN_EVENT,
    FOREIGN_TICKET,
    INT_MAX,
    TEXT_FIELDS,
    TICKET_FIELDS,
    OpResult,
    Rejected,
    _event_values,
    _Feed,
    _ticket_values,
    clean_id,
    storable,
    unstorable,
)


def _json(values: dict[str, Any]) -> dict[str, Any]:
    return {f: (v.isoformat() if isinstance(v, dt.datetime) else v) for f, v in values.items() if f in TICKET_FIELDS}


def _among(s: Session, column: Any, values: Any) -> Any:
    """``column IN (values)``; on PostgreSQL ``= ANY(array)``: one parameter, one cached plan,
    where an IN list of hundreds is compiled and planned afresh every time."""
    if s.connection().dialect.name == "postgresql":
        return column == any_(bindparam(None, list(values), type_=ARRAY(String)))
    return column.in_(values)


def _converter(column: Any, dialect: Any) -> Callable[[Any], Any]:
    if isinstance(column.type, UTCDateTime):
        return lambda v: column.type.process_bind_param(v, dialect)
    if isinstance(column.type, JSON):
        return lambda v: None if v is None else json.dumps(v, ensure_ascii=False)
    return lambda v: v


def _insert_rows(s: Session, model: Any, rows: list[dict[str, Any]]) -> None:
    """Insert many rows: PostgreSQL's ``COPY … FROM STDIN`` (one statement, the fastest way in),
    elsewhere an ``executemany`` insert."""
    conn = s.connection()
    if conn.dialect.name != "postgresql":
        s.execute(insert(model), rows)
        return
    table = model.__table__
    names = list(rows[0])
    convert = [_converter(table.c[name], conn.dialect) for name in names]
    raw = conn.connection.driver_connection
    assert raw is not None
    with raw.cursor() as cur, cur.copy(f"COPY {table.name} ({', '.join(names)}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row([f(row[name]) for f, name in zip(convert, names, strict=True)])


def _number_key(snap: dict[str, Any]) -> bool:
    """Whether a snapshot's (service, day, number) can be looked up as the table holds them."""
    service, day, number = snap.get("service_code"), snap.get("local_day"), snap.get("number")
    return (isinstance(service, str) and len(service) <= TEXT_FIELDS["service_code"] and "\x00" not in service
            and isinstance(day, str) and len(day) <= TEXT_FIELDS["local_day"] and "\x00" not in day
            and isinstance(number, int) and not isinstance(number, bool) and 0 <= number <= INT_MAX)


def push_batch(s: Session, feed: _Feed, device: Device, ops: list[dict[str, Any]], now: dt.datetime
               ) -> list[OpResult]:
    op_ids = [str(op.get("id") or "") for op in ops]
    done = set(s.scalars(select(AppliedOp.op_id).where(_among(s, AppliedOp.op_id, [i for i in op_ids if clean_id(i)]))))

    # only what the tables can hold is looked up (each op is checked in full below)
    snapshots = [snap if isinstance(snap, dict) and clean_id(snap.get("id")) else None
                 for snap in ((op.get("payload") or {}).get("ticket") if isinstance(op.get("payload"), dict)
                              else None for op in ops)]
    ticket_ids = {snap["id"] for snap in snapshots if snap is not None}
    tickets: dict[str, dict[str, Any]] = {}
    if ticket_ids:
        for row in s.scalars(select(ServerTicket).where(_among(s, ServerTicket.id, ticket_ids))):
            tickets[row.id] = {f: getattr(row, f) for f in TICKET_FIELDS}
    # numbers already taken, for the tickets this batch may create
    keys = {(snap["service_code"], snap["local_day"], snap["number"]) for snap in snapshots
            if snap is not None and snap["id"] not in tickets and _number_key(snap)}
    taken: dict[tuple[Any, Any, Any], str] = {}
    groups: dict[tuple[Any, Any], set[int]] = {}
    for service, day, number in keys:
        groups.setdefault((service, day), set()).add(number)
    if groups and s.connection().dialect.name == "postgresql":
        # one statement: the keys as arrays, joined on the unique index (a probe per key)
        flat = [(service, day, n) for (service, day), numbers in groups.items() for n in numbers]
        rows = s.execute(text(
            "SELECT t.service_code, t.local_day, t.number, t.id FROM tickets t "
            "JOIN unnest(CAST(:services AS text[]), CAST(:days AS text[]), CAST(:numbers AS integer[])) "
            "AS k(service_code, local_day, number) ON t.center_code = :center "
            "AND t.service_code = k.service_code AND t.local_day = k.local_day AND t.number = k.number"),
            {"services": [k[0] for k in flat], "days": [k[1] for k in flat], "numbers": [k[2] for k in flat],
             "center": device.center_code})
        for service, day, number, tid in rows:
            taken[(service, day, number)] = tid
        groups = {}
    for (service, day), numbers in groups.items():
        # one query per (service, day): the unique index's prefix, then index probes per number
        # (mixed IN lists over several columns made PostgreSQL scan the whole day)
        q = select(ServerTicket.number, ServerTicket.id).where(
            ServerTicket.center_code == device.center_code, ServerTicket.service_code == service,
            ServerTicket.local_day == day, ServerTicket.number.in_(numbers))
        for number, tid in s.execute(q):
            taken[(service, day, number)] = tid
    event_ids = [str(op.get("entity_id")) for op in ops
                 if op.get("entity") == "ticket_event" and clean_id(str(op.get("entity_id")))]
    events_here: dict[str, str] = dict(s.execute(select(ServerTicketEvent.id, ServerTicketEvent.center_code).where(
        _among(s, ServerTicketEvent.id, event_ids))).all()) if event_ids else {}

    new_tickets: dict[str, dict[str, Any]] = {}
    changed: set[str] = set()
    new_events: list[dict[str, Any]] = []
    changes: list[dict[str, Any]] = []
    dead: list[dict[str, Any]] = []
    applied: list[dict[str, Any]] = []
    results: list[OpResult] = []
    answered: set[str] = set()

    for op, op_id in zip(ops, op_ids, strict=True):
        if not clean_id(op_id):
            results.append(OpResult(op_id, "rejected", BAD_OP_ID))
            continue
        if op_id in done or op_id in answered:
            results.append(OpResult(op_id, "duplicate"))
            continue
        answered.add(op_id)
        entity, payload = op.get("entity"), op.get("payload")
        out: list[tuple[str, str, dict[str, Any]]] = []
        try:
            why = unstorable(op)
            if why:
                raise Rejected(f"op: {why}")
            if not isinstance(payload, dict):
                raise Rejected("payload: not an object")
            if entity in ("ticket", "ticket_event"):
                values = _ticket_values(payload.get("ticket"), device)
                event_id = str(op.get("entity_id") or "")
                if entity == "ticket_event" and not event_id:
                    raise Rejected("entity_id: missing")
                fields = _event_values(payload, op) if entity == "ticket_event" else {}
                if events_here.get(event_id, device.center_code) != device.center_code:
                    raise Rejected(FOREIGN_EVENT)
                tid = values["id"]
                current = tickets.get(tid)
                if current is not None and current["center_code"] != device.center_code:
                    raise Rejected(FOREIGN_TICKET)
                if current is None:
                    key = (values["service_code"], values["local_day"], values["number"])
                    if key in taken and taken[key] != tid:
                        raise Rejected(f"number {values['label']} of {values['local_day']} is already "
                                       f"ticket {taken[key]}")
                    current = dict(values, origin_device=device.id)
                    tickets[tid] = current
                    new_tickets[tid] = current
                    taken[key] = tid
                elif values["version"] > current["version"]:
                    current.update({k: v for k, v in values.items() if k != "id"})
                    if tid not in new_tickets:
                        changed.add(tid)
                if entity == "ticket":
                    out.append(("ticket", tid, {"ticket": _json(current)}))
                else:
                    if event_id not in events_here:
                        events_here[event_id] = device.center_code
                        new_events.append({
                            "id": event_id, "center_code": device.center_code, "ticket_id": tid,
                            "kind": fields["kind"], "at": fields["at"] or now,
                            "counter_number": fields["counter_number"], "officer_code": fields["officer_code"],
                            "detail": payload.get("detail") or {}, "origin_device": device.id})
                    out.append(("ticket_event", event_id, {
                        "event": {"id": event_id, "ticket_id": tid, "kind": payload.get("kind"),
                                  "at": payload.get("at"), "counter": payload.get("counter"),
                                  "officer": payload.get("officer"), "detail": payload.get("detail") or {}},
                        "ticket": _json(current)}))
            elif entity == "audit":  # its own table (server/audit.py), not the feed
                from server.audit import AuditRejected, store_entry

                try:
                    store_entry(s, device, payload, now)
                except AuditRejected as exc:
                    raise Rejected(str(exc)) from None
            elif entity in FEED_ONLY:
                out.append((str(entity), str(op.get("entity_id")), {"op": op.get("op"), "payload": payload}))
            else:
                raise Rejected(f"unknown entity {entity!r}")
            result = OpResult(op_id, "applied")
        except Rejected as exc:
            result = OpResult(op_id, "rejected", str(exc))
            dead.append({"op_id": op_id, "device_id": device.id, "center_code": device.center_code,
                         "op": storable(op), "reason": str(exc), "at": now})
        for ent, ent_id, body in out:
            changes.append({"center_code": feed.code, "seq": feed.next(), "entity": ent, "entity_id": ent_id,
                            "body": body, "origin_device": device.id, "at": now})
        applied.append({"op_id": op_id, "device_id": device.id, "center_code": device.center_code,
                        "entity": storable(str(entity))[:32], "op": storable(str(op.get("op")))[:32],
                        "result": result.status, "applied_at": now})
        results.append(result)

    if new_tickets:
        _insert_rows(s, ServerTicket, list(new_tickets.values()))
    if changed:
        cols = [f for f in TICKET_FIELDS if f != "id"]
        stmt = update(ServerTicket).where(ServerTicket.id == bindparam("b_id")).values(
            {c: bindparam(f"b_{c}") for c in cols})
        s.connection().execute(stmt, [{"b_id": tid, **{f"b_{c}": tickets[tid][c] for c in cols}}
                                      for tid in changed])
    if new_events:
        _insert_rows(s, ServerTicketEvent, new_events)
    if dead:
        _insert_rows(s, DeadLetter, dead)
    if changes:
        _insert_rows(s, Change, changes)
    if applied:
        _insert_rows(s, AppliedOp, applied)
    return results
