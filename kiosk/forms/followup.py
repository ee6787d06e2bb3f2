"""Forms that follow a dossier after reception: 04 apology and new date, 05 control slip."""

from __future__ import annotations

import datetime as dt

from reportlab.platypus import Flowable

from kiosk.forms import fmt
from kiosk.forms.data import FormDataError, HandOver, SlipData
from kiosk.forms.layout import (
    Signer,
    Styles,
    codes_band,
    columns,
    field,
    grid,
    heading,
    para,
    signatures,
    title,
)
from kiosk.forms.reception import head, result_place
from kiosk.forms.templates import FormTemplate

CONTROL_ROWS_MIN = 5  # rows on the control slip, blank ones to fill by hand at each hand-over


def form04(data: SlipData, tpl: FormTemplate, st: Styles) -> list[Flowable]:
    """Phiếu xin lỗi và hẹn lại ngày trả kết quả, signed by the head of the center."""
    late, c, d, a = data.late, data.center, data.dossier, data.applicant
    if late is None:
        raise FormDataError("Form 04 needs data.late (number, late unit, reason, original and new appointment).")
    date_line = fmt.place_date_line(c.place, fmt.local_date(late.issued_at))
    story: list[Flowable] = [heading(c, date_line, st, number=late.number, subject=late.subject),
                             title(tpl.title, st)]
    if d.code:
        story.append(codes_band(d.code, d.qr_text, st))
    story.append(para(f"Kính gửi: {a.name}", st.body_center, bold=True))
    if a.address:
        story.append(para(f"Địa chỉ: {a.address}", st.body_center))
    procedure = d.procedure_name + (f" (mã thủ tục: {d.procedure_code})" if d.procedure_code else "")
    story.append(para(
        f"Ngày {fmt.short_date(fmt.local_date(d.received_at))}, {c.name} tiếp nhận hồ sơ đề nghị giải quyết "
        f"thủ tục hành chính: {procedure}.", st.body))
    story.append(field("Mã hồ sơ", d.code, st, bold_value=True))
    story.append(field("Thời hạn trả kết quả giải quyết hồ sơ", fmt.clock_time(late.original_appointment), st))
    story.append(para(
        f"Tuy nhiên đến nay, {late.late_unit} chưa trả kết quả giải quyết hồ sơ của Ông/Bà do:", st.body))
    story.append(para(late.reason, st.body, bold=True))
    place = late.return_place or result_place(data)
    where = f" tại {place}" if place else ""
    story.append(para(
        f"Sự chậm trễ này đã gây phiền hà cho Ông/Bà. {late.late_unit} xin lỗi Ông/Bà và hẹn trả kết quả "
        f"giải quyết hồ sơ vào {fmt.clock_time(late.new_appointment)}{where}.", st.body))
    story.append(para("Mong nhận được sự thông cảm của Ông/Bà./.", st.body))
    signer = Signer(late.signer_title or c.head_title, late.signer_name or c.head_name,
                    hint="(Ký, ghi rõ họ tên và đóng dấu)")
    story.append(signatures([None, signer], st, left_note=["Nơi nhận:", f"- {a.name};", "- Lưu: VT."]))
    return story


def _moment(label: str, moment: dt.datetime | None, person: str, person_label: str) -> str:
    when = fmt.clock_time(moment) if moment else "..... giờ ..... phút, ngày ..../..../........"
    return f"{label}: {when}\n{person_label}: {person or '....................'}"


def _handover_row(i: int, h: HandOver) -> list[str]:
    given = _moment("Giao", h.given_at, h.giver, "Người giao")
    received = _moment("Nhận", h.received_at, h.receiver, "Người nhận")
    return [str(i), h.step, f"{given}\n{received}", h.result, h.note]


def form05(data: SlipData, tpl: FormTemplate, st: Styles) -> list[Flowable]:
    """Phiếu kiểm soát quá trình giải quyết hồ sơ: it travels with the dossier."""
    d = data.dossier
    if not d.code:
        raise FormDataError("Form 05 needs the dossier code (dossier.code).")
    story = head(data, tpl, st, codes=True)
    story.append(para("(Kèm theo Giấy tiếp nhận hồ sơ và hẹn trả kết quả)", st.small_center))
    story.append(field("Tên thủ tục", d.procedure_name + (f" (mã: {d.procedure_code})" if d.procedure_code else ""),
                       st, bold_value=True))
    story.append(field("Người nộp hồ sơ", data.applicant.name, st))
    if d.owner_name:
        story.append(field("Chủ hồ sơ", d.owner_name, st))
    story.append(field("Thời gian nhận hồ sơ", fmt.clock_time(d.received_at), st))
    story.append(field("Thời gian hẹn trả kết quả",
                       fmt.return_time(d.appointment_at) if d.appointment_at else "", st, bold_value=True))
    story.append(field("Cơ quan (bộ phận) giải quyết hồ sơ", d.handling_unit, st))
    rows = [_handover_row(i, h) for i, h in enumerate(data.handovers, start=1)]
    rows += [_handover_row(i, HandOver(step="")) for i in range(len(rows) + 1, CONTROL_ROWS_MIN + 1)]
    header = ["STT", "Tên cơ quan / bước xử lý", "Thời gian giao, nhận hồ sơ",
              "Kết quả giải quyết hồ sơ (Sớm hạn / Đúng hạn / Quá hạn)", "Ghi chú"]
    widths = columns(st.page.content_width, [10, 38, None, 27, 24])
    story.append(para("", st.small))
    story.append(grid(header, rows, widths, st,
                      centred=(0, 3)))
    return story
