"""Applying the server's view of a ticket to the local store (pull, refused claims)."""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.store.models import NumberSequence, Ticket

log = logging.getLogger(__name__)

TIME_FIELDS = {"issued_at", "queued_at", "called_at", "finished_at"}


def upsert_ticket(s: Session, snap: dict[str, Any]) -> tuple[Ticket | None, str | None]:
    """Keep the highest version of a ticket; returns the row and a clash note (or None).

    At an equal version the server's copy wins: two counters that called the same ticket while
    cut off from the server both made version n+1, the server kept the first to arrive, and every
    terminal must end with that one (a later version from anyone still goes on top of it).
    """
    if not snap.get("id"):
        return None, None
    values: dict[str, Any] = {k: (dt.datetime.fromisoformat(v) if k in TIME_FIELDS and v else v)
                              for k, v in snap.items() if k in Ticket.SNAPSHOT_FIELDS}
    ticket = s.get(Ticket, values["id"])
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
        s.flush()
    elif int(values.get("version") or 0) >= ticket.version:
        for key, value in values.items():
            if key != "id":
                setattr(ticket, key, value)
    # numbers issued elsewhere are taken: a standalone sequence continues after them
    seq = s.get(NumberSequence, (ticket.center_code, ticket.service_code, ticket.local_day))
    if seq is None:
        s.add(NumberSequence(center_code=ticket.center_code, service_code=ticket.service_code,
                             local_day=ticket.local_day, last_number=ticket.number))
    elif seq.last_number < ticket.number:
        seq.last_number = ticket.number
    return ticket, None
