"""The queue ticket as printed on thermal paper (Vietnamese by default)."""

from __future__ import annotations

import datetime as dt

from kiosk.config import Config
from kiosk.messages import t
from kiosk.printing.document import BigNumber, Document, Feed, QRCode, Rule, Text
from kiosk.queue.service import TicketInfo
from kiosk.timeutil import fmt_datetime


def ticket_qr_payload(config: Config, ticket: TicketInfo) -> str:
    """What the ticket's QR carries: no personal data. With a central server, the address of the
    ticket's page (position and wait, live); without one, a code the kiosk's lookup reads."""
    if config.public_url:
        return f"{config.public_url}/t/{ticket.id}"
    return f"MOTCUA:T:{config.center_code}:{ticket.local_day}:{ticket.number}:{ticket.id}"


def ticket_document(config: Config, ticket: TicketInfo, lang: str = "vi", reprint: bool = False) -> Document:
    service = config.service(ticket.service)
    doc = Document(kind="ticket")
    if reprint:
        doc.add(Text(t("slip_reprint", lang), align="center", bold=True))
    doc.add(Text(config.center_label(lang), align="center", px=18))
    if config.sample and "MẪU" not in config.center_name:
        doc.add(Text(t("sample_mark", lang), align="center", px=18))
    doc.add(Rule())
    doc.add(Text(t("slip_title", lang), align="center", bold=True))
    doc.add(BigNumber(ticket.number))
    name = service.label(lang) if service else ticket.service
    doc.add(Text(name, align="center", bold=True, px=24))
    if ticket.priority:
        category = config.priority_category(ticket.priority)
        doc.add(Text(t("slip_priority", lang, name=category.label(lang) if category else ticket.priority),
                     align="center"))
    # digits and punctuation only: printed as native text
    doc.add(Text(fmt_datetime(dt.datetime.fromisoformat(ticket.issued_at)), align="center"))
    if ticket.people_ahead == 0:
        doc.add(Text(t("slip_next", lang), align="center"))
    elif ticket.people_ahead is not None:
        doc.add(Text(t("slip_ahead_wait", lang, n=ticket.people_ahead,
                       minutes=ticket.estimated_wait_minutes or 0), align="center"))
    doc.add(QRCode(ticket_qr_payload(config, ticket), size=4))
    doc.add(Text(t("slip_qr", lang), align="center", px=18))
    doc.add(Feed(1))
    return doc
