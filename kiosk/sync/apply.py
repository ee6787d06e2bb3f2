"""Applying the server's view of a ticket to the local store (pull, refused claims).

What the server sends is outside input like any other: every value is checked against the
column it goes into (type, length, aware ISO 8601 times, 64-bit integers, text UTF-8 can store)
before it touches the session, and a change that does not fit raises :class:`SyncPayloadError`
(a ValueError, so the sync loop's ``except ValueError`` reports it and retries later) with the
entity, the field and what is wrong in Vietnamese and English. Nothing is written from a change
that fails: the caller's transaction rolls back.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import unicodedata
from typing import Any

from sqlalchemy import JSON, Boolean, Integer, String, TypeDecorator, func, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from kiosk.store.models import Base, NumberSequence, Ticket, TicketEvent, UTCDateTime

log = logging.getLogger(__name__)

TIME_FIELDS = {"issued_at", "queued_at", "called_at", "finished_at"}
INT64 = (-(2**63), 2**63 - 1)
# an ISO 8601 time as snapshot() writes it; fromisoformat alone would also take week dates
_ISO_TIME = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9:.,+\-Z]{5,40}")


class SyncPayloadError(ValueError):
    """A change from the server that cannot be applied; the message is in Vietnamese and English."""

    def __init__(self, entity: str, field: str, vi: str, en: str) -> None:
        self.entity, self.field = entity, field
        super().__init__(unicodedata.normalize("NFC", f"Dữ liệu đồng bộ {entity}.{field} không dùng được: {vi} / "
                                               f"Synced {entity}.{field} cannot be applied: {en}"))


def _storable(entity: str, key: str, text: str) -> str:
    if "\x00" in text:
        raise SyncPayloadError(entity, key, "chứa ký tự NUL", "contains a NUL character")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise SyncPayloadError(entity, key, "chứa ký tự hỏng (surrogate)",
                               "contains a broken character (a lone surrogate)") from None
    return text


def _aware_time(value: object) -> dt.datetime | None:
    """An ISO 8601 time with its offset that converts to UTC (0001-01-01T00:00+01:00 does not);
    None for anything else."""
    if not isinstance(value, str) or not _ISO_TIME.fullmatch(value):
        return None
    try:
        when = dt.datetime.fromisoformat(value)
        if when.tzinfo is None or when.utcoffset() is None:
            return None
        when.astimezone(dt.UTC)
    except (ValueError, OverflowError):
        return None
    return when


def _time(entity: str, key: str, value: object) -> dt.datetime:
    when = _aware_time(value)
    if when is not None:
        return when
    raise SyncPayloadError(entity, key, f"cần thời điểm ISO 8601 có múi giờ, không phải {str(value)[:40]!r}",
                           f"needs an ISO 8601 time with its offset, not {str(value)[:40]!r}")


def _json_ok(value: object, depth: int = 0) -> bool:
    """JSON the store can write back: dicts with text keys, lists, text, numbers, bools, None."""
    if depth > 32:
        return False
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return False
        return True
    if value is None or isinstance(value, bool | int | float):
        return True
    if isinstance(value, list):
        return all(_json_ok(v, depth + 1) for v in value)
    if isinstance(value, dict):
        return all(isinstance(k, str) and _json_ok(k) and _json_ok(v, depth + 1) for k, v in value.items())
    return False


def _value(model: type[Base], entity: str, key: str, value: object) -> object:
    """``value`` checked against ``model``'s column ``key`` (see the module's docstring)."""
    column = model.__table__.columns[key]
    if value is None:
        if column.nullable:
            return None
        raise SyncPayloadError(entity, key, "không được để trống", "must not be empty")
    kind = column.type
    if isinstance(kind, UTCDateTime):
        return _time(entity, key, value)
    if isinstance(kind, TypeDecorator):  # encrypted at rest: what goes in is the plain type's
        kind = kind.impl_instance
    if isinstance(kind, Boolean):
        if isinstance(value, bool):
            return value
        raise SyncPayloadError(entity, key, "cần true hoặc false", "needs true or false")
    if isinstance(kind, Integer):
        if isinstance(value, int) and not isinstance(value, bool) and INT64[0] <= value <= INT64[1]:
            return value
        raise SyncPayloadError(entity, key, f"cần số nguyên 64 bit, không phải {str(value)[:40]!r}",
                               f"needs a 64-bit whole number, not {str(value)[:40]!r}")
    if isinstance(kind, JSON):
        if isinstance(value, dict) and _json_ok(value):
            return value
        raise SyncPayloadError(entity, key, "cần một đối tượng JSON", "needs a JSON object")
    if isinstance(kind, String):  # Text too
        if not isinstance(value, str):
            raise SyncPayloadError(entity, key, f"cần chuỗi ký tự, không phải {type(value).__name__}",
                                   f"needs text, not {type(value).__name__}")
        if kind.length is not None and len(value) > kind.length:
            raise SyncPayloadError(entity, key, f"dài quá {kind.length} ký tự",
                                   f"longer than {kind.length} characters")
        return _storable(entity, key, value)
    raise SyncPayloadError(entity, key, "loại cột không rõ", "unknown column type")  # pragma: no cover


def _required(model: type[Base]) -> tuple[str, ...]:
    """The columns an inserted row must be given: not nullable and without a default."""
    return tuple(c.key for c in model.__table__.columns
                 if not c.nullable and c.default is None and c.server_default is None)


def check_snapshot(model: type[Base], entity: str, snap: object, fields: tuple[str, ...],
                   insert: bool) -> dict[str, Any]:
    """The ``fields`` of ``snap`` checked against ``model``'s columns (unknown keys ignored).

    Raises:
        SyncPayloadError: ``snap`` is not an object, a value does not fit its column, or (for
            ``insert``) a column the row needs is missing.
    """
    if not isinstance(snap, dict):
        raise SyncPayloadError(entity, "*", "không phải một đối tượng JSON", "not a JSON object")
    values = {k: _value(model, entity, k, v) for k, v in snap.items() if k in fields}
    if insert:
        for key in _required(model):
            if key in fields and key not in values:
                raise SyncPayloadError(entity, key, "thiếu", "is missing")
    return values


def _id(entity: str, snap: dict[str, Any], key: str = "id") -> str | None:
    """The row id of a snapshot: None when there is none (nothing to apply)."""
    value = snap.get(key)
    if value is None or value == "":
        return None
    return str(_value(Ticket, entity, "id", value))  # every id column is a String(36)


def _flush(s: Session, entity: str) -> None:
    """Constraints (a duplicate paper, a foreign key) fail here, said as what the server sent."""
    try:
        s.flush()
    except SQLAlchemyError as exc:
        raise SyncPayloadError(entity, "*", f"không ghi được vào cơ sở dữ liệu ({type(exc).__name__})",
                               f"cannot be written to the database ({type(exc).__name__})") from None


def upsert_ticket(s: Session, snap: dict[str, Any]) -> tuple[Ticket | None, str | None]:
    """Keep the highest version of a ticket; returns the row and a clash note (or None).

    At an equal version the server's copy wins: two counters that called the same ticket while
    cut off from the server both made version n+1, the server kept the first to arrive, and every
    terminal must end with that one (a later version from anyone still goes on top of it).

    Raises:
        SyncPayloadError: ``snap`` does not fit the store (see the module's docstring).
    """
    if not isinstance(snap, dict):
        raise SyncPayloadError("ticket", "*", "không phải một đối tượng JSON", "not a JSON object")
    ticket_id = _id("ticket", snap)
    if ticket_id is None:
        return None, None
    ticket = s.get(Ticket, ticket_id)
    values = check_snapshot(Ticket, "ticket", snap, Ticket.SNAPSHOT_FIELDS, insert=ticket is None)
    if ticket is None:
        clash = s.scalars(select(Ticket).where(
            Ticket.center_code == values["center_code"], Ticket.service_code == values["service_code"],
            Ticket.local_day == values["local_day"], Ticket.number == values["number"])).first()
        if clash is not None:
            log.error("ticket %s %s from the server clashes with local ticket %s; kept the local one",
                      values["label"], values["id"], clash.id)
            return None, f"{values['label']} {values['local_day']}"
        ticket = Ticket(**values)
        s.add(ticket)
        _flush(s, "ticket")
    elif int(values.get("version") or 0) >= ticket.version:
        for key, value in values.items():
            if key != "id":
                setattr(ticket, key, value)
        # now, not at the next query's autoflush: a number or day that collides with another
        # ticket must fail as the payload's fault, not as a database error later
        _flush(s, "ticket")
    # numbers issued elsewhere are taken: a standalone sequence continues after them
    seq = s.get(NumberSequence, (ticket.center_code, ticket.service_code, ticket.local_day))
    if seq is None:
        s.add(NumberSequence(center_code=ticket.center_code, service_code=ticket.service_code,
                             local_day=ticket.local_day, last_number=ticket.number))
    elif seq.last_number < ticket.number:
        seq.last_number = ticket.number
    _flush(s, "ticket")
    return ticket, None


def add_ticket_event(s: Session, ticket: Ticket, event: object) -> None:
    """A ticket's event from the server's feed (``{id, kind, at, counter, officer, detail}``),
    added once.

    Raises:
        SyncPayloadError: ``event`` does not fit the store.
    """
    if not isinstance(event, dict):
        raise SyncPayloadError("ticket_event", "*", "không phải một đối tượng JSON", "not a JSON object")
    event_id = _id("ticket_event", event)
    if event_id is None or s.get(TicketEvent, event_id) is not None:
        return
    values = check_snapshot(TicketEvent, "ticket_event", {
        "kind": event.get("kind") or "", "at": event.get("at"), "counter_number": event.get("counter"),
        "officer_code": event.get("officer"), "detail": event.get("detail") or {},
    }, ("kind", "at", "counter_number", "officer_code", "detail"), insert=True)
    seq = (s.scalar(select(func.max(TicketEvent.seq))) or 0) + 1
    s.add(TicketEvent(id=event_id, seq=seq, ticket_id=ticket.id, **values))
    _flush(s, "ticket_event")


def upsert_dossier(s: Session, payload: dict[str, Any]) -> str | None:
    """A dossier from the server's feed (received at another counter): the highest version is
    kept, with its components. Returns a clash note when its code is taken here by another one
    (two counter PCs given the same dossier_range): the local one is kept and the clash logged."""
    from kiosk.store.models import Dossier, DossierComponent

    if not isinstance(payload, dict):
        raise SyncPayloadError("dossier", "*", "không phải một đối tượng JSON", "not a JSON object")
    snap = payload.get("dossier") or {}
    if not isinstance(snap, dict):
        raise SyncPayloadError("dossier", "*", "không phải một đối tượng JSON", "not a JSON object")
    dossier_id = _id("dossier", snap)
    if dossier_id is None or not snap.get("code"):
        return None
    dossier = s.get(Dossier, dossier_id)
    values = check_snapshot(Dossier, "dossier", snap, Dossier.SNAPSHOT_FIELDS, insert=dossier is None)
    components = payload.get("components") or []
    if not isinstance(components, list):
        raise SyncPayloadError("dossier", "components", "cần một danh sách", "needs a list")
    if dossier is None:
        clash = s.scalars(select(Dossier).where(Dossier.code == values["code"])).first()
        if clash is not None:
            log.error("dossier %s %s from the server clashes with local dossier %s; kept the local one",
                      values["code"], values["id"], clash.id)
            return str(values["code"])
        dossier = Dossier(**values)
        s.add(dossier)
        _flush(s, "dossier")
    elif int(values.get("version") or 0) >= dossier.version:
        for key, value in values.items():
            if key != "id":
                setattr(dossier, key, value)
        _flush(s, "dossier")  # a code taken by another dossier fails here, as the payload's fault
    else:
        return None
    for comp in components:
        if not isinstance(comp, dict):
            continue
        comp_id = _id("dossier_component", comp)
        if comp_id is None:
            continue
        row = s.get(DossierComponent, comp_id)
        fields = check_snapshot(DossierComponent, "dossier_component", {**comp, "dossier_id": dossier.id},
                                DossierComponent.SNAPSHOT_FIELDS, insert=row is None)
        if row is None:
            s.add(DossierComponent(**fields))
        else:
            for key, value in fields.items():
                setattr(row, key, value)
        _flush(s, "dossier_component")
    return None


def add_dossier_event(s: Session, payload: dict[str, Any]) -> None:
    from kiosk.store.models import Dossier, DossierEvent

    if not isinstance(payload, dict):
        raise SyncPayloadError("dossier_event", "*", "không phải một đối tượng JSON", "not a JSON object")
    event = payload.get("event") or {}
    if not isinstance(event, dict):
        raise SyncPayloadError("dossier_event", "*", "không phải một đối tượng JSON", "not a JSON object")
    event_id = _id("dossier_event", event)
    if event_id is None or s.get(DossierEvent, event_id) is not None:
        return
    dossier_id = _id("dossier_event", event, "dossier_id")
    if dossier_id is None or s.get(Dossier, dossier_id) is None:
        return  # its dossier comes in the same feed, earlier; without it there is nothing to attach to
    values = check_snapshot(DossierEvent, "dossier_event", {
        "at": event.get("at"), "kind": str(event.get("kind", "")), "from_state": event.get("from_state"),
        "to_state": event.get("to_state"), "officer_code": event.get("officer_code"),
        "note": str(event.get("note") or ""), "detail": event.get("detail") or {},
    }, ("at", "kind", "from_state", "to_state", "officer_code", "note", "detail"), insert=True)
    s.add(DossierEvent(id=event_id, dossier_id=dossier_id, **values))
    _flush(s, "dossier_event")
