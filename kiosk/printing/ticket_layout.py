"""The queue ticket as printed on thermal paper (Vietnamese by default)."""

from __future__ import annotations

import datetime as dt

from kiosk.config import Config
from kiosk.messages import t
from kiosk.printing.document import BigNumber, Document, Feed, QRCode, Rule, Text
from kiosk.queue.service import TicketInfo
from kiosk.timeutil import fmt_datetime


def ticket_qr_payload(config: Config, ticket: TicketInfo) -> str:
    """What the ticket's QR carries: enough to follow the queue, no personal data."""
    return f"MOTCUA:T:{config.center_code}:{ticket.local_day}:{ticket.number}:{ticket.id}"


def ticket_document(config: Config, ticket: TicketInfo, lang: str = "vi", reprint: bool = False) -> Document:
    service = config.service(ticket.service)
    doc = Document(kind="ticket")
    if reprint:
        doc.add(Text(t("slip_reprint", lang), align="center", bold=True))
    doc.add(Text(config.center_label(lang), align="center", bold=True))
    if config.sample:
        doc.add(Text(t("sample_mark", lang), align="center"))
    doc.add(Rule())
    doc.add(Text(t("slip_title", lang), align="center", bold=True))
    doc.add(BigNumber(ticket.number))
    doc.add(Text(t("slip_service", lang, name=service.label(lang) if service else ticket.service), align="center", bold=True))
    if ticket.priority:
        category = config.priority_category(ticket.priority)
        doc.add(Text(t("slip_priority", lang, name=category.label(lang) if category else ticket.priority), align="center"))
    doc.add(Text(t("slip_issued", lang, time=fmt_datetime(dt.datetime.fromisoformat(ticket.issued_at))), align="center"))
    if ticket.people_ahead is not None:
        doc.add(Text(t("slip_ahead", lang, n=ticket.people_ahead), align="center"))
    if ticket.estimated_wait_minutes:
        doc.add(Text(t("slip_wait", lang, minutes=ticket.estimated_wait_minutes), align="center"))
    doc.add(QRCode(ticket_qr_payload(config, ticket), size=4))
    doc.add(Text(t("slip_qr", lang), align="center"))
    doc.add(Text(t("slip_where", lang), align="center"))
    doc.add(Feed(2))
    return doc
