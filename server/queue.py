"""The shared queue when terminals are online: numbers handed out by the server, calls claimed.

- ``allocate``: the next number of (center, service, local day) under the center's row lock,
  below ``queue.offline_from`` (the numbers above are each kiosk's offline range).
- ``claim``: a counter asks to call a ticket; the server grants it only if the ticket is still
  waiting at the version the counter saw, so two counters never call the same ticket.
"""

from __future__ import annotations

import time
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import select

from kiosk.config import Config, parse_config
from server.db import ServerDB
from server.models import Center, Change, Device, ServerSequence, ServerTicket, ServerTicketEvent
from server.notify import send_in
from server.sync import _ticket_json


class QueueRefusal(Exception):
    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason


@lru_cache(maxsize=64)
def _config(toml_text: str, code: str) -> Config:
    return parse_config(tomllib.loads(toml_text), Path(f"center:{code}"))


def center_config(center: Center) -> Config:
    return _config(center.config_toml, center.code)


_config_cache: dict[str, tuple[float, Config]] = {}


def config_of(db: ServerDB, code: str, ttl: float = 5.0) -> Config:
    """A center's configuration, read again at most every few seconds."""
    hit = _config_cache.get(code)
    if hit is not None and time.monotonic() - hit[0] < ttl:
        return hit[1]
    with db.sessions() as s:
        center = s.get(Center, code)
        assert center is not None
        config = center_config(center)
    _config_cache[code] = (time.monotonic(), config)
    return config


def _next_number(service: str, center: str, local_day: str, first: int, last_allowed: int,
                 dialect: str) -> Any:
    """One statement: the day's first number, or the next one while below ``last_allowed``.

    ``INSERT … ON CONFLICT DO UPDATE … WHERE … RETURNING`` takes the row's lock inside the
    database for the statement only: no round trip to the client while it is held.
    """
    from sqlalchemy.dialects import postgresql, sqlite

    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    seq = ServerSequence
    return (insert(seq).values(center_code=center, service_code=service, local_day=local_day, last_number=first)
            .on_conflict_do_update(index_elements=[seq.center_code, seq.service_code, seq.local_day],
                                   set_={"last_number": seq.last_number + 1}, where=seq.last_number < last_allowed)
            .returning(seq.last_number))


def forget_config(code: str) -> None:
    """A center's configuration changed here: the next request reads it again (other server
    processes within the few seconds of their cache)."""
    _config_cache.pop(code, None)


def allocate(db: ServerDB, device: Device, service_code: str, local_day: str) -> dict[str, Any]:
    """The next number of (center, service, local day), atomically, in a single statement."""
    config = config_of(db, device.center_code)
    service = config.service(service_code)
    if service is None:
        raise QueueRefusal(404, f"unknown service {service_code!r}")
    if not service.open:
        raise QueueRefusal(409, f"service {service.code} is closed")
    last_allowed = service.last
    if config.queue.offline_from is not None:
        last_allowed = min(last_allowed, config.queue.offline_from - 1)
    if service.first > last_allowed:
        raise QueueRefusal(409, f"no numbers for {service.code} below queue.offline_from")
    stmt = _next_number(service.code, device.center_code, local_day, service.first, last_allowed,
                        db.engine.dialect.name)
    with db.autocommit() as conn:
        number = conn.execute(stmt).scalar()
    if number is None:
        raise QueueRefusal(409, f"range exhausted for {service.code} on {local_day} (last {last_allowed})")
    return {"service": service.code, "local_day": local_day, "number": number,
            "label": service.format_number(number), "server_time": db.clock().isoformat()}


@dataclass(frozen=True)
class Claim:
    granted: bool
    ticket: dict[str, Any] | None


def claim(db: ServerDB, device: Device, ticket_id: str, version: int, counter: int,
          officer: str | None, event_id: str | None = None, reason: str = "") -> Claim:
    now = db.clock()
    with db.session() as s:
        center = s.scalars(select(Center).where(Center.code == device.center_code).with_for_update()).one()
        ticket = s.get(ServerTicket, ticket_id)
        if ticket is None or ticket.center_code != center.code:
            # not pushed yet: issued offline by a kiosk, unknown to every other counter too
            return Claim(True, None)
        if ticket.status != "waiting" or ticket.version != version:
            return Claim(False, _ticket_json(ticket))
        ticket.status = "serving"
        ticket.counter_number = counter
        ticket.target_counter = None
        ticket.officer_code = officer
        ticket.called_at = now
        ticket.recall_count = 0
        ticket.version = version + 1  # the version the counter's own call will carry
        snapshot = _ticket_json(ticket)
        center.change_seq += 1
        if event_id and s.get(ServerTicketEvent, event_id) is None:
            detail = {"reason": reason, "priority": ticket.priority, "label": ticket.label}
            s.add(ServerTicketEvent(id=event_id, center_code=center.code, ticket_id=ticket.id, kind="call",
                                    at=now, counter_number=counter, officer_code=officer, detail=detail,
                                    origin_device=device.id))
            event = {"id": event_id, "ticket_id": ticket.id, "kind": "call", "at": now.isoformat(),
                     "counter": counter, "officer": officer, "detail": detail}
            s.add(Change(center_code=center.code, seq=center.change_seq, entity="ticket_event",
                         entity_id=event_id, body={"event": event, "ticket": snapshot},
                         origin_device=device.id, at=now))
        else:
            s.add(Change(center_code=center.code, seq=center.change_seq, entity="ticket", entity_id=ticket.id,
                         body={"ticket": snapshot}, origin_device=device.id, at=now))
        send_in(s, center.code)
        return Claim(True, snapshot)
