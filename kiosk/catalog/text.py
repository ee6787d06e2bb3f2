"""How a procedure's time, fees and papers read on a screen, a receipt or a terminal.

Vietnamese first, English second, both complete. Amounts use the Vietnamese grouping
(``2.000 đ``) in Vietnamese and ``2,000 VND`` in English.
"""

from __future__ import annotations

from collections.abc import Sequence

from kiosk.catalog.model import Component, Fee, Procedure

_UNIT_WORDS = {
    "working_days": ("ngày làm việc", "working day", "working days"),
    "calendar_days": ("ngày", "day", "days"),
    "working_hours": ("giờ làm việc", "working hour", "working hours"),
}


def money(amount: int, lang: str = "vi") -> str:
    """``2000`` → ``"2.000 đ"`` (vi) or ``"2,000 VND"`` (en)."""
    grouped = f"{amount:,}"
    return f"{grouped} VND" if lang == "en" else f"{grouped.replace(',', '.')} đ"


def processing_text(procedure: Procedure, lang: str = "vi") -> str:
    """The statutory time in words, e.g. ``"15 ngày làm việc"`` or ``"Trong ngày (nhận sau
    15:00: trả ngày làm việc tiếp theo)"``."""
    cutoff = procedure.processing_cutoff.strftime("%H:%M") if procedure.processing_cutoff else None
    amount, unit = procedure.processing_amount, procedure.processing_unit
    if unit == "same_day":
        base = "Same day" if lang == "en" else "Trong ngày"
    else:
        vi, en_one, en_many = _UNIT_WORDS[unit]
        base = f"{amount} {en_one if amount == 1 else en_many}" if lang == "en" else f"{amount} {vi}"
    if cutoff:
        base += (f" (received after {cutoff}: next working day)" if lang == "en"
                 else f" (nhận sau {cutoff}: trả ngày làm việc tiếp theo)")
    return base


def fee_text(fee: Fee, lang: str = "vi") -> str:
    """One fee, e.g. ``"Lệ phí chứng thực: 2.000 đ/trang"``."""
    amount = ("free" if lang == "en" else "miễn") if fee.amount == 0 else money(fee.amount, lang)
    per = f"/{fee.unit}" if fee.unit and fee.amount else ""
    return f"{fee.name}: {amount}{per}"


def fees_text(procedure: Procedure, lang: str = "vi") -> str:
    """All fees on one line, or ``"Miễn phí"`` / ``"Free"``."""
    if procedure.is_free:
        return "Free" if lang == "en" else "Miễn phí"
    return "; ".join(fee_text(f, lang) for f in procedure.fees if f.amount)


def copies_text(component: Component, lang: str = "vi") -> str:
    """Counts of one paper, e.g. ``"1 bản chính, 1 bản chụp"``."""
    names = (("original", "originals"), ("certified copy", "certified copies"),
             ("photocopy", "photocopies")) if lang == "en" else (
             ("bản chính",) * 2, ("bản sao chứng thực",) * 2, ("bản chụp",) * 2)
    counts = (component.originals, component.certified_copies, component.photocopies)
    return ", ".join(f"{n} {name[0] if n == 1 else name[1]}" for n, name in zip(counts, names, strict=True) if n)


def listing(procedures: Sequence[Procedure], lang: str = "vi") -> str:
    """A plain-text table for a terminal: code, name, field, time, fees; one line each."""
    if not procedures:
        return "Không có thủ tục nào phù hợp." if lang != "en" else "No procedure matches."
    width = max(len(p.code) for p in procedures)
    lines = [
        f"{p.code:<{width}}  {p.label(lang)}  [{p.field.label(lang)}]  "
        f"{processing_text(p, lang)}  ·  {fees_text(p, lang)}"
        for p in procedures
    ]
    return "\n".join(lines)
