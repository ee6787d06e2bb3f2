"""The slip a citizen takes home after filing: the tracking code (text and Code 128), the
category and the dates. Nothing personal: no text, no contact, no dossier code."""

from __future__ import annotations

from kiosk.config import Config
from kiosk.feedback.messages import ft
from kiosk.feedback.views import FeedbackView
from kiosk.messages import t
from kiosk.printing.document import Barcode, Document, Feed, Rule, Text
from kiosk.timeutil import fmt_datetime

KIND = "feedback_slip"


def feedback_slip(config: Config, view: FeedbackView, lang: str = "vi") -> Document:
    """The receipt of a complaint or suggestion, in ``lang`` (Vietnamese by default)."""
    doc = Document(kind=KIND)
    doc.add(Text(config.center_label(lang), align="center", px=18))
    if config.sample and "MẪU" not in config.center_name:
        doc.add(Text(t("sample_mark", lang), align="center", px=18))
    doc.add(Rule())
    doc.add(Text(ft("slip_title", lang), align="center", bold=True))
    doc.add(Text(ft("slip_code", lang), align="center"))
    # double size, not BigNumber: the printer's 4x font fits 8 to 12 characters a line, and a
    # code broken over lines is mistyped; at double size the 16 characters fit 58 mm paper too
    doc.add(Text(view.code, align="center", bold=True, scale=2))
    doc.add(Barcode(view.code))
    doc.add(Rule())
    doc.add(Text(ft("slip_category", lang, value=view.category_words(lang))))
    doc.add(Text(ft("slip_received", lang, value=fmt_datetime(view.received_at))))
    doc.add(Text(ft("slip_due", lang, value=fmt_datetime(view.due_at)), bold=True))
    doc.add(Rule())
    doc.add(Text(ft("slip_lookup", lang), align="center", bold=True))
    doc.add(Text(ft("slip_keep", lang), align="center", px=18))
    doc.add(Feed(1))
    return doc
