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


def upsert_dossier(s: Session, payload: dict[str, Any]) -> str | None:
    """A dossier from the server's feed (received at another counter): the highest version is
    kept, with its components. Returns a clash note when its code is taken here by another one
    (two counter PCs given the same dossier_range): the local one is kept and the clash logged."""
    from kiosk.store.models import Dossier, DossierComponent

    snap = payload.get("dossier") or {}
    if not snap.get("id") or not snap.get("code"):
        return None
    values: dict[str, Any] = {
        k: (dt.datetime.fromisoformat(v) if k in Dossier.TIME_FIELDS and v else v)
        for k, v in snap.items() if k in Dossier.SNAPSHOT_FIELDS}
    dossier = s.get(Dossier, values["id"])
    if dossier is None:
        clash = s.scalars(select(Dossier).where(Dossier.code == values["code"])).first()
        if clash is not None:
            log.error("dossier %s %s from the server clashes with local dossier %s; kept the local one",
                      values["code"], values["id"], clash.id)
            return str(values["code"])
        dossier = Dossier(**values)
        s.add(dossier)
        s.flush()
    elif int(values.get("version") or 0) >= dossier.version:
        for key, value in values.items():
            if key != "id":
                setattr(dossier, key, value)
    else:
        return None
    for comp in payload.get("components") or []:
        if not isinstance(comp, dict) or not comp.get("id"):
            continue
        fields = {k: v for k, v in comp.items() if k in DossierComponent.SNAPSHOT_FIELDS}
        fields["dossier_id"] = dossier.id
        row = s.get(DossierComponent, fields["id"])
        if row is None:
            s.add(DossierComponent(**fields))
        else:
            for key, value in fields.items():
                setattr(row, key, value)
    return None


def add_dossier_event(s: Session, payload: dict[str, Any]) -> None:
    from kiosk.store.models import Dossier, DossierEvent

    event = payload.get("event") or {}
    if not event.get("id") or s.get(DossierEvent, event["id"]) is not None:
        return
    if s.get(Dossier, event.get("dossier_id")) is None:
        return  # its dossier comes in the same feed, earlier; without it there is nothing to attach to
    s.add(DossierEvent(id=event["id"], dossier_id=event["dossier_id"],
                       at=dt.datetime.fromisoformat(event["at"]), kind=str(event.get("kind", "")),
                       from_state=event.get("from_state"), to_state=event.get("to_state"),
                       officer_code=event.get("officer_code"), note=str(event.get("note") or ""),
                       detail=event.get("detail") or {}))
