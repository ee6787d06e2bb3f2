"""What every official slip shares: fonts, page sizes, styles, the heading with the national
motto, the title, the codes band, labelled lines, tables and signature blocks, and the page
template (form number in the top corner, page numbers at the foot).

The bundled DejaVu Sans is registered once per process and embedded (subset) in every PDF, so
every Vietnamese letter prints and the text copies out as NFC Vietnamese.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4, A5, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from kiosk.forms.codes import Code128Flowable, QRFlowable
from kiosk.forms.data import Center
from kiosk.forms.fmt import money
from kiosk.forms.templates import FormTemplate
from kiosk.paths import font_path

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
PAGE_SIZES = ("A4", "A5")
MOTTO_1 = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO_2 = "Độc lập - Tự do - Hạnh phúc"
SIGN_HINT = "(Ký và ghi rõ họ tên)"


@lru_cache(maxsize=1)
def register_fonts() -> None:
    """Register DejaVu Sans (regular, bold) with reportlab, once per process."""
    from reportlab.lib.fonts import addMapping

    pdfmetrics.registerFont(TTFont(FONT, str(font_path(bold=False))))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(font_path(bold=True))))
    # no oblique face is bundled: <i> falls back to the upright faces
    addMapping(FONT, 0, 0, FONT)
    addMapping(FONT, 1, 0, FONT_BOLD)
    addMapping(FONT, 0, 1, FONT)
    addMapping(FONT, 1, 1, FONT_BOLD)


@dataclass(frozen=True)
class Page:
    """A page size with its margins and type size (points)."""

    name: str
    width: float
    height: float
    left: float
    right: float
    top: float
    bottom: float
    base: float

    @property
    def content_width(self) -> float:
        """Width between the margins."""
        return self.width - self.left - self.right

    @property
    def scale(self) -> float:
        """Type size relative to portrait A4 (sizes of codes and gaps follow it)."""
        return self.base / 10.0


def page_for(name: str, is_landscape: bool = False) -> Page:
    """The page ``A4`` or ``A5``, portrait or landscape (the register)."""
    if name not in PAGE_SIZES:
        from kiosk.forms.data import FormDataError

        raise FormDataError(f"Page size {name!r} is not supported; use one of {', '.join(PAGE_SIZES)}.")
    size = A4 if name == "A4" else A5
    if is_landscape:
        w, h = landscape(size)
        base = 8.0 if name == "A4" else 6.5
        return Page(name, w, h, 12 * mm, 12 * mm, 14 * mm, 12 * mm, base)
    w, h = size
    if name == "A4":
        return Page(name, w, h, 20 * mm, 15 * mm, 15 * mm, 13 * mm, 10.0)
    return Page(name, w, h, 12 * mm, 10 * mm, 10 * mm, 9 * mm, 8.0)


class Styles:
    """The paragraph styles of one page size."""

    def __init__(self, page: Page) -> None:
        b = page.base
        self.page = page
        self.body = ParagraphStyle("body", fontName=FONT, fontSize=b, leading=b * 1.3, spaceAfter=b * 0.2)
        self.body_center = ParagraphStyle("body_center", parent=self.body, alignment=TA_CENTER)
        self.item = ParagraphStyle("item", parent=self.body, leftIndent=b * 1.2, spaceAfter=0)
        self.small = ParagraphStyle("small", parent=self.body, fontSize=b * 0.85, leading=b * 1.1, spaceAfter=0)
        self.note = ParagraphStyle("note", parent=self.small, spaceBefore=b * 0.4)
        self.small_center = ParagraphStyle("small_center", parent=self.small, alignment=TA_CENTER)
        self.head = ParagraphStyle("head", parent=self.body, alignment=TA_CENTER, spaceAfter=0,
                                   leading=b * 1.25)
        self.head_bold = ParagraphStyle("head_bold", parent=self.head, fontName=FONT_BOLD)
        self.title = ParagraphStyle("title", parent=self.body, fontName=FONT_BOLD, fontSize=b * 1.3,
                                    leading=b * 1.65, alignment=TA_CENTER, spaceBefore=b * 0.5,
                                    spaceAfter=b * 0.5)
        self.cell = ParagraphStyle("cell", parent=self.body, fontSize=b * 0.92, leading=b * 1.15,
                                   spaceAfter=0, alignment=TA_LEFT)
        self.cell_center = ParagraphStyle("cell_center", parent=self.cell, alignment=TA_CENTER)
        self.cell_head = ParagraphStyle("cell_head", parent=self.cell_center, fontName=FONT_BOLD)


@lru_cache(maxsize=8)
def styles_for(page: Page) -> Styles:
    """The styles of ``page`` (built once per page size)."""
    register_fonts()
    return Styles(page)


def esc(text: str) -> str:
    """Text made safe for reportlab's paragraph markup; a newline becomes a line break."""
    return escape(text).replace("\n", "<br/>")


def para(text: str, style: ParagraphStyle, bold: bool = False) -> Paragraph:
    """A paragraph of plain ``text`` (escaped), bold when asked."""
    body = esc(text)
    return Paragraph(f"<b>{body}</b>" if bold else body, style)


def field(label: str, value: str, st: Styles, bold_value: bool = False, dots: bool = True) -> Paragraph:
    """"Label: value" on one wrapping line; an empty value prints a dotted blank to fill by hand."""
    shown = esc(value) if value else ("…………………………" if dots else "")
    if value and bold_value:
        shown = f"<b>{shown}</b>"
    return Paragraph(f"{esc(label)}: {shown}", st.body)


def fields(pairs: Sequence[tuple[str, str]], st: Styles) -> Paragraph:
    """Several "Label: value" on one line (e.g. phone and e-mail), spaced apart."""
    parts = [f"{esc(label)}: {esc(value) if value else '…………'}" for label, value in pairs]
    return Paragraph("&nbsp;&nbsp;&nbsp;&nbsp;".join(parts), st.body)


class HRule(Flowable):  # type: ignore[misc]
    """A short centred line under a heading (as under the motto and the unit's name)."""

    def __init__(self, width: float, thickness: float = 0.6) -> None:
        super().__init__()
        self.line_width = width
        self.thickness = thickness
        self.hAlign = "CENTER"

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.width = min(self.line_width, availWidth)
        return self.width, self.thickness + 4

    def draw(self) -> None:
        canv: Any = self.canv
        canv.setLineWidth(self.thickness)
        canv.line(0, 1, self.width, 1)


def _fit(text: str, font: str, size: float, width: float) -> float:
    """``size`` or smaller, so that ``text`` fits on one line of ``width``."""
    needed = pdfmetrics.stringWidth(text, font, size)
    return size if needed <= width else size * width / needed


def heading(center: Center, date_line: str, st: Styles, number: str = "", subject: str = "") -> Table:
    """The unit on the left, the national motto on the right, then "Số:" and the place and date."""
    page = st.page
    left_w = page.content_width * 0.45
    right_w = page.content_width - left_w
    b = page.base
    m1 = _fit(MOTTO_1, FONT_BOLD, b, right_w - 6)
    m2 = _fit(MOTTO_2, FONT_BOLD, b * 1.05, right_w - 6)
    motto1 = ParagraphStyle("m1", parent=st.head_bold, fontSize=m1, leading=m1 * 1.3)
    motto2 = ParagraphStyle("m2", parent=st.head_bold, fontSize=m2, leading=m2 * 1.3)
    unit_name = center.name.upper()
    left: list[Flowable] = []
    if center.parent:
        left.append(para(center.parent.upper(), st.head))
    left.append(para(unit_name, st.head_bold))
    left.append(HRule(min(left_w * 0.4, pdfmetrics.stringWidth(unit_name, FONT_BOLD, b))))
    right = [para(MOTTO_1, motto1), para(MOTTO_2, motto2),
             HRule(pdfmetrics.stringWidth(MOTTO_2, FONT_BOLD, m2))]
    below_left: list[Flowable] = []
    if number:
        below_left.append(para(f"Số: {number}", st.body_center))
    if subject:
        below_left.append(para(f"V/v {subject}", st.small_center))
    rows = [[left, right], [below_left, para(date_line, st.body_center)]]
    table = Table(rows, colWidths=[left_w, right_w])
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (0, 0), (-1, -1), "CENTER"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 1), (-1, 1), b * 0.5),
    ]))
    return table


def title(text: str, st: Styles) -> Paragraph:
    """The form's title, bold capitals, centred."""
    return para(text, st.title, bold=True)


def codes_band(code: str, qr_text: str, st: Styles) -> Table:
    """The QR for tracking on the left, the Code 128 barcode and the code as text on the right."""
    page = st.page
    qr_side = (24 if page.name == "A4" else 19) * mm
    qr_col = qr_side + 10 * mm
    bar_col = page.content_width - qr_col
    bars = Code128Flowable(code, height=(11 if page.name == "A4" else 9) * mm)
    right = [bars, Spacer(1, 1.5 * mm), para(f"Mã hồ sơ: {code}", st.body_center, bold=True)]
    left = [QRFlowable(qr_text, qr_side), para("Quét mã để tra cứu", st.small_center)]
    table = Table([[left, right]], colWidths=[qr_col, bar_col])
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("ALIGN", (0, 0), (-1, -1), "CENTER"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ]))
    return table


PAYMENT_LABEL = "Quét mã VietQR để nộp phí, lệ phí"


def payment_amount(payload: str) -> str:
    """The amount a VietQR payload asks for (its tag 54), as printed: "58.000 đồng"; empty for
    a static code (the payer types the amount) or a payload that cannot be read."""
    from kiosk.payments import VietQRError, parse_tlv

    try:
        amount = parse_tlv(payload).get("54")
    except VietQRError:
        return ""
    return money(int(amount)) if isinstance(amount, str) and amount.isdigit() else ""


def payment_band(payload: str, note: str, st: Styles) -> KeepTogether:
    """The VietQR code to pay the fees, its label, the amount it asks for and a note beside it;
    kept whole.

    Args:
        payload: The VietQR payload the QR encodes.
        note: A line under the amount (the account, the transfer's content); may be empty.
        st: Styles of the page.
    """
    page = st.page
    amount = payment_amount(payload)
    qr_side = (30 if page.name == "A4" else 24) * mm
    qr_col = qr_side + 6 * mm
    right: list[Flowable] = [para(PAYMENT_LABEL, st.body, bold=True)]
    if amount:
        right.append(field("Số tiền", amount, st, bold_value=True))
    if note:
        right.append(para(note, st.small))
    table = Table([[QRFlowable(payload, qr_side), right]], colWidths=[qr_col, page.content_width - qr_col])
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("ALIGN", (0, 0), (0, 0), "CENTER"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("BOX", (0, 0), (-1, -1), 0.5, colors.black),
        ("LEFTPADDING", (1, 0), (1, 0), page.base * 0.5),
    ]))
    return KeepTogether([Spacer(1, page.base * 0.3), table])


def grid(header: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float], st: Styles,
         centred: Sequence[int] = ()) -> Table:
    """A ruled table whose cells wrap; the header row repeats on every page it spans."""
    head = [para(h, st.cell_head) for h in header]
    body = [[para(v, st.cell_center if i in centred else st.cell) for i, v in enumerate(row)] for row in rows]
    pad = max(2.0, st.page.base * 0.3)
    table = Table([head, *body], colWidths=list(widths), repeatRows=1)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.93, 0.93, 0.93)),
        ("TOPPADDING", (0, 0), (-1, -1), pad), ("BOTTOMPADDING", (0, 0), (-1, -1), pad),
        ("LEFTPADDING", (0, 0), (-1, -1), pad), ("RIGHTPADDING", (0, 0), (-1, -1), pad),
    ]))
    return table


def columns(content_width: float, fixed: Sequence[float | None], basis_mm: float = 175) -> list[float]:
    """Column widths: the given ones in mm on a ``basis_mm`` wide page (portrait A4's 175 mm),
    scaled to ``content_width``; ``None`` columns share the rest."""
    factor = content_width / (basis_mm * mm)
    widths = [w * mm * factor if w is not None else None for w in fixed]
    rest = content_width - sum(w for w in widths if w is not None)
    flexible = sum(1 for w in widths if w is None)
    return [w if w is not None else rest / flexible for w in widths]


@dataclass(frozen=True)
class Signer:
    """One signature block: a role in capitals, the hint, room to sign, the printed name."""

    role: str
    name: str = ""
    hint: str = SIGN_HINT


def signatures(signers: Sequence[Signer | None], st: Styles, left_note: Sequence[str] = ()) -> KeepTogether:
    """Signature blocks side by side (``None`` leaves a column empty); kept on one page.

    Args:
        signers: One block per column, left to right.
        st: Styles of the page.
        left_note: Lines printed small in an empty first column (e.g. "Nơi nhận:").
    """
    cells: list[list[Flowable]] = []
    for signer in signers:
        if signer is None:
            cells.append([para(line, st.small) for line in left_note])
            continue
        cells.append([para(signer.role, st.body_center, bold=True), para(signer.hint, st.small_center),
                      Spacer(1, (15 if st.page.name == "A4" else 10) * mm), para(signer.name, st.body_center, bold=True)])
    width = st.page.content_width / max(1, len(cells))
    table = Table([cells], colWidths=[width] * len(cells))
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("FONTNAME", (0, 0), (-1, -1), FONT)]))
    return KeepTogether([Spacer(1, st.page.base * 0.5), table])


@dataclass(frozen=True)
class Meta:
    """What goes into the PDF's document information."""

    title: str
    author: str
    subject: str
    keywords: str
    footer: str


def _canvas_class(page: Page, footer: str) -> type[Any]:
    """A canvas that writes "Trang i/n" (and ``footer``) at the foot of every page."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                size = page.base * 0.7
                self.setFont(FONT, size)
                self.setFillColorRGB(0.35, 0.35, 0.35)
                y = page.bottom * 0.5
                if footer:
                    self.drawString(page.left, y, footer)
                self.drawRightString(page.width - page.right, y, f"Trang {number}/{total}")
                super().showPage()
            super().save()

    return NumberedCanvas


def build(story: list[Flowable], page: Page, template: FormTemplate, meta: Meta, out: BinaryIO) -> None:
    """Lay ``story`` out on ``page`` and write the PDF to ``out``.

    The form's number ("Mẫu số 01") is printed in the top right corner of the first page.
    """
    register_fonts()

    def first_page(canv: Any, doc: Any) -> None:
        canv.saveState()
        canv.setFont(FONT_BOLD, page.base * 0.9)
        canv.drawRightString(page.width - page.right, page.height - page.top * 0.6, template.number)
        canv.restoreState()

    doc = SimpleDocTemplate(
        out, pagesize=(page.width, page.height), leftMargin=page.left, rightMargin=page.right,
        topMargin=page.top, bottomMargin=page.bottom, title=meta.title, author=meta.author,
        subject=meta.subject, keywords=meta.keywords, creator="motcua-kiosk", lang="vi-VN",
        initialFontName=FONT, initialFontSize=page.base,
    )
    doc.build(story, onFirstPage=first_page, canvasmaker=_canvas_class(page, meta.footer))
