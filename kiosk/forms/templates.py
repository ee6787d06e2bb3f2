"""Versioned form templates: which wording, number and legal basis is in force on a date.

The law changes (Circular 01/2018/TT-VPCP; a 2025 circular is said to renumber the forms,
unconfirmed), so a form is data: a template names its form id, title, the number printed in the
corner, its legal basis, a version and the day it takes effect. A center's configuration picks a
*template set* (``tt01-2018`` by default); within a set the template in force on the document's
date is chosen. The page layout is found by ``layout`` (a renumbered form keeps its layout).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kiosk.forms.data import FormDataError

DEFAULT_TEMPLATE_SET = "tt01-2018"

FORM_IDS = ("01", "02", "03", "04", "05", "06")


@dataclass(frozen=True)
class FormTemplate:
    """One version of one official form.

    Attributes:
        form_id: Our id of the form ("01".."06"), what callers ask for.
        title: The title printed in capitals, e.g. "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ".
        number: The number printed in the top corner, e.g. "Mẫu số 01".
        basis: The legal text issuing the form, e.g. "Thông tư 01/2018/TT-VPCP".
        version: This template's version, e.g. "2018.1".
        effective_from: First day the template is in force.
        template_set: The set it belongs to, e.g. "tt01-2018".
        layout: The page layout drawing it ("01".."06"); defaults to ``form_id``.
        landscape: Printed in landscape (the register).
    """

    form_id: str
    title: str
    number: str
    basis: str
    version: str
    effective_from: dt.date
    template_set: str = DEFAULT_TEMPLATE_SET
    layout: str = ""
    landscape: bool = False

    def __post_init__(self) -> None:
        if not self.layout:
            object.__setattr__(self, "layout", self.form_id)

    @property
    def legal_basis(self) -> str:
        """E.g. "Mẫu số 01 — Thông tư 01/2018/TT-VPCP"."""
        return f"{self.number} — {self.basis}"


_TT01 = "Thông tư 01/2018/TT-VPCP"
# Circular 01/2018/TT-VPCP of 23/11/2018, in force from 08/01/2019 (unconfirmed: check the text;
# a center can register its own set with the dates it has checked)
_TT01_FROM = dt.date(2019, 1, 8)

_REGISTRY: list[FormTemplate] = [
    FormTemplate("01", "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", "Mẫu số 01", _TT01, "2018.1", _TT01_FROM),
    FormTemplate("02", "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ", "Mẫu số 02", _TT01, "2018.1", _TT01_FROM),
    FormTemplate("03", "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ", "Mẫu số 03", _TT01, "2018.1", _TT01_FROM),
    FormTemplate("04", "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ", "Mẫu số 04", _TT01, "2018.1", _TT01_FROM),
    FormTemplate("05", "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ", "Mẫu số 05", _TT01, "2018.1", _TT01_FROM),
    FormTemplate("06", "SỔ THEO DÕI HỒ SƠ", "Mẫu số 06", _TT01, "2018.1", _TT01_FROM, landscape=True),
]


def register_template(template: FormTemplate) -> None:
    """Add a template (e.g. a new circular's set, loaded from the center's data).

    Raises:
        FormDataError: The set already has this form in force from the same day, or the
            layout is unknown.
    """
    if template.layout not in FORM_IDS:
        raise FormDataError(f"Template layout {template.layout!r} is unknown; use one of {', '.join(FORM_IDS)}.")
    for known in _REGISTRY:
        if (known.template_set, known.form_id, known.effective_from) == (
            template.template_set, template.form_id, template.effective_from
        ):
            raise FormDataError(
                f"Set {template.template_set!r} already has form {template.form_id} from {template.effective_from}."
            )
    _REGISTRY.append(template)


def template_sets() -> list[str]:
    """The names of the known template sets, sorted."""
    return sorted({t.template_set for t in _REGISTRY})


def list_templates(template_set: str | None = None) -> list[FormTemplate]:
    """All known templates (of one set when given), by set, form and date."""
    chosen = [t for t in _REGISTRY if template_set is None or t.template_set == template_set]
    return sorted(chosen, key=lambda t: (t.template_set, t.form_id, t.effective_from))


def template_for(form_id: str, on: dt.date, template_set: str = DEFAULT_TEMPLATE_SET) -> FormTemplate:
    """The template of ``form_id`` in force on ``on`` in ``template_set``.

    Args:
        form_id: "01".."06".
        on: The document's date (local).
        template_set: The center's configured set.

    Returns:
        The template with the latest ``effective_from`` not after ``on``.

    Raises:
        FormDataError: No such set or form, or none in force yet on that date.
    """
    if template_set not in template_sets():
        raise FormDataError(
            f"There is no template set {template_set!r}; known sets: {', '.join(template_sets())}."
        )
    candidates = [t for t in _REGISTRY if t.template_set == template_set and t.form_id == form_id]
    if not candidates:
        raise FormDataError(f"Set {template_set!r} has no form {form_id!r}; forms are {', '.join(FORM_IDS)}.")
    in_force = [t for t in candidates if t.effective_from <= on]
    if not in_force:
        first = min(t.effective_from for t in candidates)
        raise FormDataError(
            f"Form {form_id} of set {template_set!r} is in force only from {first:%d/%m/%Y}, not on {on:%d/%m/%Y}."
        )
    return max(in_force, key=lambda t: t.effective_from)
