"""Forms of the counter: 01 receipt and appointment, 02 request to supplement, 03 refusal."""

from __future__ import annotations

import datetime as dt

from reportlab.platypus import Flowable, Spacer

from kiosk.forms import fmt
from kiosk.forms.data import Component, FormDataError, SlipData
from kiosk.forms.layout import (
    Signer,
    Styles,
    codes_band,
    columns,
    field,
    fields,
    grid,
    heading,
    para,
    payment_band,
    signatures,
    title,
)
from kiosk.forms.templates import FormTemplate

NOTE_01 = ("Lưu ý: Ông/Bà vui lòng mang theo Giấy tiếp nhận hồ sơ và hẹn trả kết quả này khi đến "
           "nhận kết quả. Tình trạng hồ sơ tra cứu được bằng mã hồ sơ hoặc quét mã QR trên giấy này.")


def slip_date(data: SlipData) -> dt.date:
    """The local day of the slip's date line."""
    return fmt.local_date(data.issued_at or data.dossier.received_at)


def head(data: SlipData, tpl: FormTemplate, st: Styles, codes: bool) -> list[Flowable]:
    """Heading, title and (when asked and there is a code) the codes band."""
    c, d = data.center, data.dossier
    story: list[Flowable] = [heading(c, fmt.place_date_line(c.place, slip_date(data)), st, number=d.slip_number),
                             title(tpl.title, st)]
    if codes and d.code:
        story.append(codes_band(d.code, d.qr_text, st))
    elif d.code:
        story.append(field("Mã hồ sơ", d.code, st, bold_value=True))
    return story


def applicant_lines(data: SlipData, st: Styles, label: str) -> list[Flowable]:
    """Who handed the dossier in, how to reach them, the owner when different, the procedure."""
    a, d = data.applicant, data.dossier
    story: list[Flowable] = [field(label, a.name, st, bold_value=True)]
    ident = [("Số CCCD/Định danh cá nhân", a.id_number)]
    if a.birth_date:
        ident.append(("Ngày sinh", fmt.short_date(a.birth_date)))
    story.append(fields(ident, st))
    story.append(field("Địa chỉ", a.address, st))
    story.append(fields([("Số điện thoại", a.phone), ("Email", a.email)], st))
    if d.owner_name:
        story.append(field("Chủ hồ sơ", d.owner_name, st, bold_value=True))
        if d.owner_address:
            story.append(field("Địa chỉ chủ hồ sơ", d.owner_address, st))
    if d.field_name:
        story.append(field("Lĩnh vực", d.field_name, st))
    procedure = d.procedure_name + (f" (mã thủ tục: {d.procedure_code})" if d.procedure_code else "")
    story.append(field("Nội dung yêu cầu giải quyết", procedure, st, bold_value=True))
    return story


def components_table(items: tuple[Component, ...], st: Styles, with_note: bool = False) -> Flowable:
    """The papers with their counts: STT, name, originals, certified copies, photocopies (note)."""
    header = ["STT", "Tên giấy tờ", "Bản chính", "Bản sao chứng thực", "Bản chụp"]
    fixed: list[float | None] = [11, None, 17, 21, 17]
    if with_note:
        header.append("Ghi chú")
        fixed = [11, None, 15, 19, 15, 38]
    rows = []
    for i, item in enumerate(items, start=1):
        row = [str(i), item.name, str(item.originals), str(item.certified_copies), str(item.photocopies)]
        rows.append([*row, item.note] if with_note else row)
    if not rows:
        rows.append(["", "…………………………", "", "", "", ""][: len(header)])
    return grid(header, rows, columns(st.page.content_width, fixed), st, centred=(0, 2, 3, 4))


def result_place(data: SlipData) -> str:
    """Where the result is collected: the dossier's place, else the center's."""
    return data.dossier.result_place or data.center.result_place


def form01(data: SlipData, tpl: FormTemplate, st: Styles) -> list[Flowable]:
    """Giấy tiếp nhận hồ sơ và hẹn trả kết quả."""
    d = data.dossier
    if d.appointment_at is None:
        raise FormDataError(f"Form 01 needs the return time (dossier.appointment_at) of dossier {d.code}.")
    story = head(data, tpl, st, codes=True)
    story += applicant_lines(data, st, "Tiếp nhận hồ sơ của")
    if d.fee_mode or d.fees:
        story.append(field("Hình thức nộp phí, lệ phí", d.fee_mode, st))
    story.append(para("1. Thành phần hồ sơ nộp gồm:", st.body, bold=True))
    story.append(components_table(d.components, st))
    story.append(Spacer(1, st.page.base * 0.4))
    story.append(field("2. Số lượng hồ sơ", f"{d.sets:02d} (bộ)", st))
    story.append(field("3. Thời gian giải quyết hồ sơ theo quy định", d.processing_time, st))
    story.append(field("4. Thời gian nhận hồ sơ", fmt.clock_time(d.received_at), st))
    story.append(field("5. Thời gian trả kết quả giải quyết hồ sơ", fmt.return_time(d.appointment_at), st,
                       bold_value=True))
    story.append(field("6. Đăng ký nhận kết quả tại", result_place(data), st))
    if d.fees:
        story.append(field("7. Phí, lệ phí (tổng cộng)", fmt.money(d.fee_total), st, bold_value=True))
        for fee in d.fees:
            story.append(para(f"- {fee.label}: {fmt.money(fee.amount)}", st.item))
    else:
        story.append(field("7. Phí, lệ phí", "Không thu", st))
    if d.payment_qr:
        story.append(payment_band(d.payment_qr, d.payment_note, st))
    story.append(para(NOTE_01, st.note))
    story.append(signatures([Signer("NGƯỜI NỘP HỒ SƠ", data.applicant.name),
                             Signer("NGƯỜI TIẾP NHẬN HỒ SƠ", d.officer_name)], st))
    return story


def form02(data: SlipData, tpl: FormTemplate, st: Styles) -> list[Flowable]:
    """Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ: everything missing, at once, in writing."""
    sup = data.supplement
    if sup is None or not sup.missing:
        raise FormDataError("Form 02 needs data.supplement with the papers to add or complete (missing).")
    story = head(data, tpl, st, codes=True)
    story += applicant_lines(data, st, "Hồ sơ của")
    story.append(para("Yêu cầu bổ sung, hoàn thiện hồ sơ gồm những nội dung sau:", st.body, bold=True))
    story.append(components_table(sup.missing, st, with_note=True))
    story.append(Spacer(1, st.page.base * 0.4))
    story.append(field("Lý do", sup.reason, st))
    contact = sup.contact_name or data.dossier.officer_name
    phone = sup.contact_phone or data.center.phone
    story.append(para(
        "Trong quá trình bổ sung, hoàn thiện hồ sơ nếu có vướng mắc, Ông/Bà liên hệ "
        f"{contact or '…………………'}, số điện thoại {phone or '…………………'} để được hướng dẫn./.", st.body))
    story.append(signatures([Signer("NGƯỜI NỘP HỒ SƠ", data.applicant.name),
                             Signer("NGƯỜI HƯỚNG DẪN", data.dossier.officer_name)], st))
    return story


def form03(data: SlipData, tpl: FormTemplate, st: Styles) -> list[Flowable]:
    """Phiếu từ chối tiếp nhận giải quyết hồ sơ, with the reason."""
    if data.refusal is None or not data.refusal.reason:
        raise FormDataError("Form 03 needs data.refusal with the reason for refusing the dossier.")
    story = head(data, tpl, st, codes=False)
    story += applicant_lines(data, st, "Tiếp nhận hồ sơ của")
    story.append(para(
        f"Qua nghiên cứu, đối chiếu với quy định hiện hành, {data.center.name} từ chối tiếp nhận, "
        "giải quyết hồ sơ này với lý do cụ thể như sau:", st.body))
    story.append(para(data.refusal.reason, st.body, bold=True))
    story.append(para("Xin thông báo cho Ông/Bà biết và thực hiện./.", st.body))
    story.append(signatures([Signer("NGƯỜI NỘP HỒ SƠ", data.applicant.name),
                             Signer("NGƯỜI TIẾP NHẬN HỒ SƠ", data.dossier.officer_name)], st))
    return story
