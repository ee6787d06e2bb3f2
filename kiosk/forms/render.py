"""Render an official slip to PDF: pick the template in force, lay the form out, write it."""

from __future__ import annotations

import datetime as dt
import io
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.platypus import Flowable

from kiosk.forms import fmt
from kiosk.forms.data import FormData, FormDataError, RegisterData, SlipData
from kiosk.forms.followup import form04, form05
from kiosk.forms.layout import Meta, Styles, build, page_for, styles_for
from kiosk.forms.reception import form01, form02, form03
from kiosk.forms.register import form06
from kiosk.forms.templates import DEFAULT_TEMPLATE_SET, FORM_IDS, FormTemplate, template_for

Layout = Callable[[Any, FormTemplate, Styles], list[Flowable]]

# reportlab keeps per-font subsetting state in module globals: one PDF is built at a time
_BUILD_LOCK = threading.Lock()

LAYOUTS: dict[str, Layout] = {"01": form01, "02": form02, "03": form03, "04": form04, "05": form05,
                              "06": form06}


def document_date(form_id: str, data: FormData) -> dt.date:
    """The local day the document bears: it picks the template in force.

    Forms 01-03 and 05: ``issued_at`` or the day received; 04: the notice's ``issued_at``;
    06: ``issued_at`` or the last day of the period.
    """
    if isinstance(data, RegisterData):
        return fmt.local_date(data.issued_at) if data.issued_at else data.period_to
    if form_id == "04" and data.late is not None:
        return fmt.local_date(data.late.issued_at)
    return fmt.local_date(data.issued_at or data.dossier.received_at)


def _check(form_id: str, data: FormData) -> None:
    if form_id not in FORM_IDS:
        raise FormDataError(f"There is no form {form_id!r}; forms are {', '.join(FORM_IDS)}.")
    if form_id == "06" and not isinstance(data, RegisterData):
        raise FormDataError("Form 06 (the register) takes a RegisterData, not a single dossier.")
    if form_id != "06" and not isinstance(data, SlipData):
        raise FormDataError(f"Form {form_id} takes a SlipData (one dossier), not a register.")


def _meta(tpl: FormTemplate, data: FormData, template_set: str) -> Meta:
    if isinstance(data, RegisterData):
        subject = f"{fmt.short_date(data.period_from)} - {fmt.short_date(data.period_to)}"
        footer = f"{tpl.title} · {subject}"
    else:
        subject = data.dossier.code
        footer = f"Mã hồ sơ: {subject}" if subject else ""
    keywords = f"{tpl.legal_basis}; phiên bản {tpl.version}; bộ mẫu {template_set}"
    return Meta(title=tpl.title, author=data.center.name, subject=subject, keywords=keywords, footer=footer)


def render_pdf_bytes(form_id: str, data: FormData, page_size: str = "A4",
                     template_set: str = DEFAULT_TEMPLATE_SET) -> bytes:
    """The PDF of form ``form_id`` as bytes.

    Args:
        form_id: "01".."06".
        data: A :class:`SlipData` for 01-05, a :class:`RegisterData` for 06.
        page_size: "A4" or "A5" (the register is printed in landscape).
        template_set: The center's template set; the template in force on the document's date
            is used (:func:`document_date`).

    Returns:
        The PDF, fonts embedded, with title, author (the center), subject (the dossier code).
        Safe to call from several threads (builds are serialised).

    Raises:
        FormDataError: Unknown form, page size or set; data missing what the form needs. The
            message is a sentence saying what to give.
    """
    _check(form_id, data)
    tpl = template_for(form_id, document_date(form_id, data), template_set)
    page = page_for(page_size, tpl.landscape)
    buffer = io.BytesIO()
    with _BUILD_LOCK:
        story = LAYOUTS[tpl.layout](data, tpl, styles_for(page))
        build(story, page, tpl, _meta(tpl, data, template_set), buffer)
    return buffer.getvalue()


def render_pdf(form_id: str, data: FormData, out: Path | str | BinaryIO, page_size: str = "A4",
               template_set: str = DEFAULT_TEMPLATE_SET) -> None:
    """Render form ``form_id`` and write the PDF to a path or a binary stream.

    The PDF is built in memory first: on an error nothing is written, and a path is replaced
    whole (written beside it, then renamed).

    Args:
        form_id: "01".."06".
        data: A :class:`SlipData` for 01-05, a :class:`RegisterData` for 06.
        out: A file path, or a binary stream open for writing.
        page_size: "A4" or "A5".
        template_set: The center's template set (default "tt01-2018").

    Raises:
        FormDataError: As :func:`render_pdf_bytes`.
        OSError: The file cannot be written.
    """
    pdf = render_pdf_bytes(form_id, data, page_size=page_size, template_set=template_set)
    if isinstance(out, str | Path):
        path = Path(out)
        tmp = path.with_name(f".{path.name}.tmp")
        tmp.write_bytes(pdf)
        tmp.replace(path)
    else:
        out.write(pdf)
