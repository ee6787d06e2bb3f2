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

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError

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


class _Raced(Exception):
    """Another request created the day's sequence row between our statements."""


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


def allocate(db: ServerDB, device: Device, service_code: str, local_day: str) -> dict[str, Any]:
    """The next number under the (center, service, day) row's lock: one UPDATE … RETURNING."""
    config = config_of(db, device.center_code)
    code = device.center_code
    service = config.service(service_code)
    if service is None:
        raise QueueRefusal(404, f"unknown service {service_code!r}")
    if not service.open:
        raise QueueRefusal(409, f"service {service.code} is closed")
    last_allowed = service.last
    if config.queue.offline_from is not None:
        last_allowed = min(last_allowed, config.queue.offline_from - 1)
    key = (ServerSequence.center_code == code, ServerSequence.service_code == service.code,
           ServerSequence.local_day == local_day)
    for _attempt in range(3):
        try:
            with db.session() as s:
                number = s.execute(
                    update(ServerSequence).where(*key).where(ServerSequence.last_number < last_allowed)
                    .values(last_number=ServerSequence.last_number + 1).returning(ServerSequence.last_number)
                ).scalar()
                if number is None:
                    row = s.get(ServerSequence, (code, service.code, local_day))
                    if row is not None and row.last_number >= last_allowed:
                        raise QueueRefusal(409, f"range exhausted for {service.code} on {local_day} "
                                                f"(last {last_allowed})")
                    if row is not None:
                        raise _Raced()  # the day's row appeared after our UPDATE looked: again
                    number = service.first  # the day's first number (a racing first raises below)
                    s.add(ServerSequence(center_code=code, service_code=service.code,
                                         local_day=local_day, last_number=number))
                    s.flush()
            return {"service": service.code, "local_day": local_day, "number": number,
                    "label": service.format_number(number), "server_time": db.clock().isoformat()}
        except (IntegrityError, _Raced):
            continue
    raise QueueRefusal(503, "could not allocate a number, try again")


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
