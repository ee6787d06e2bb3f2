"""The official slips of the one-stop counter (forms 01-06 of Circular 01/2018/TT-VPCP) as PDF,
and form 01 for the thermal printer.

Public API::

    render_pdf(form_id, data, out, page_size="A4", template_set="tt01-2018") -> None
    render_pdf_bytes(form_id, data, page_size="A4", template_set="tt01-2018") -> bytes
    form01_thermal(data, template_set="tt01-2018") -> kiosk.printing.document.Document
    template_for(form_id, on, template_set="tt01-2018") -> FormTemplate

Forms 01-05 take a :class:`SlipData`, form 06 a :class:`RegisterData` (see ``data.py``).
"""

from __future__ import annotations

from kiosk.forms.data import (
    Applicant,
    Center,
    Component,
    Dossier,
    Fee,
    FormData,
    FormDataError,
    HandOver,
    LateNotice,
    Refusal,
    RegisterData,
    RegisterRow,
    SlipData,
    Supplement,
)
from kiosk.forms.render import document_date, render_pdf, render_pdf_bytes
from kiosk.forms.templates import (
    DEFAULT_TEMPLATE_SET,
    FORM_IDS,
    FormTemplate,
    list_templates,
    register_template,
    template_for,
    template_sets,
)
from kiosk.forms.thermal import form01_thermal

__all__ = [
    "DEFAULT_TEMPLATE_SET",
    "FORM_IDS",
    "Applicant",
    "Center",
    "Component",
    "Dossier",
    "Fee",
    "FormData",
    "FormDataError",
    "FormTemplate",
    "HandOver",
    "LateNotice",
    "Refusal",
    "RegisterData",
    "RegisterRow",
    "SlipData",
    "Supplement",
    "document_date",
    "form01_thermal",
    "register_template",
    "render_pdf",
    "render_pdf_bytes",
    "template_for",
    "template_sets",
    "list_templates",
]
