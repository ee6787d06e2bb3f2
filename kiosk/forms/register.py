"""Form 06: the register of dossiers (sổ theo dõi hồ sơ) over a period, in landscape."""

from __future__ import annotations

import datetime as dt

from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable

from kiosk.forms import fmt
from kiosk.forms.data import RegisterData, RegisterRow
from kiosk.forms.layout import FONT, Styles, columns, grid, heading, para, title
from kiosk.forms.templates import FormTemplate

HEADER = ["TT", "Mã hồ sơ", "Tên thủ tục hành chính / trích yếu", "Số bộ", "Tên cá nhân, tổ chức",
          "Địa chỉ, số điện thoại", "Nhận hồ sơ", "Hẹn trả kết quả", "Trả kết quả", "Cán bộ tiếp nhận",
          "Địa bàn"]
# mm on landscape A4 (273 mm between the margins); None: the summary takes the rest
WIDTHS: list[float | None] = [9, 40, None, 10, 30, 50, 18, 18, 18, 24, 22]
BASIS_MM = 273


def _when(moment: dt.datetime | None) -> str:
    if moment is None:
        return ""
    return fmt.short_datetime(moment).replace(" ", "\n")


def _row(r: RegisterRow) -> list[str]:
    contact = "\n".join(part for part in (r.address, r.phone) if part)
    return [str(r.no), r.code, r.summary, str(r.sets), r.owner, contact, _when(r.received_at),
            _when(r.appointment_at), _when(r.returned_at), r.officer, r.locality]


def _widths(data: RegisterData, st: Styles) -> list[float]:
    """Column widths; the code and date columns hold their text on one line (a code split in
    two does not copy out), the summary and address columns give up what they need."""
    widths = columns(st.page.content_width, WIDTHS, BASIS_MM)
    pad = 2 * max(2.0, st.page.base * 0.3) + 1
    size = st.cell.fontSize
    needs = {1: max((pdfmetrics.stringWidth(r.code, FONT, size) for r in data.rows), default=0.0),
             6: pdfmetrics.stringWidth("00/00/0000", FONT, size)}
    needs[7] = needs[8] = needs[6]
    for column, text_width in needs.items():
        short = text_width + pad - widths[column]
        if short > 0:
            widths[column] += short
            for giver in (2, 5):
                widths[giver] -= short / 2
    widths[2] = max(widths[2], 20 * mm)
    widths[5] = max(widths[5], 20 * mm)
    return widths


def form06(data: RegisterData, tpl: FormTemplate, st: Styles) -> list[Flowable]:
    """Sổ theo dõi hồ sơ: one row per dossier, the header repeated on every page."""
    c = data.center
    day = fmt.local_date(data.issued_at) if data.issued_at else data.period_to
    story: list[Flowable] = [heading(c, fmt.place_date_line(c.place, day), st), title(tpl.title, st)]
    period = f"Từ ngày {fmt.short_date(data.period_from)} đến ngày {fmt.short_date(data.period_to)}"
    story.append(para(period, st.body_center))
    if data.book:
        story.append(para(f"Quyển số: {data.book}", st.body_center))
    story.append(para(f"Tổng số hồ sơ: {len(data.rows)}", st.body_center))
    widths = _widths(data, st)
    story.append(grid(HEADER, [_row(r) for r in data.rows], widths, st, centred=(0, 3, 6, 7, 8)))
    return story
