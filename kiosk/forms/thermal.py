"""Form 01 on 80 mm thermal paper (48 columns): the receipt a citizen takes from the counter.

The same facts as the A4 form in a compact order: unit, title, dossier code (text and Code 128),
applicant, procedure, papers, times, place, fees, officer, a QR to track the dossier. The ID
number and birth date are left off: a slip of thermal paper is easily lost.
"""

from __future__ import annotations

from kiosk.forms import fmt
from kiosk.forms.data import FormDataError, SlipData
from kiosk.forms.layout import PAYMENT_LABEL, payment_amount
from kiosk.forms.reception import result_place, slip_date
from kiosk.forms.templates import DEFAULT_TEMPLATE_SET, template_for
from kiosk.printing.document import Barcode, Document, Feed, QRCode, Rule, Text

SMALL = 18  # px of the smaller raster lines (the printer profile's default is 20)


def _counts(originals: int, certified: int, photocopies: int) -> str:
    parts = [(originals, "chính"), (certified, "sao CT"), (photocopies, "chụp")]
    return ", ".join(f"{n} {what}" for n, what in parts if n) or "0"


def form01_thermal(data: SlipData, template_set: str = DEFAULT_TEMPLATE_SET) -> Document:
    """Form 01 as a thermal printout.

    Args:
        data: The dossier as for the A4 form (``dossier.appointment_at`` required).
        template_set: The center's template set (for the title and the form's number).

    Returns:
        A ``Document`` of kind ``form01`` for ``devices/`` to print.

    Raises:
        FormDataError: No return time, or no template in force.
    """
    c, a, d = data.center, data.applicant, data.dossier
    if d.appointment_at is None:
        raise FormDataError(f"Form 01 needs the return time (dossier.appointment_at) of dossier {d.code}.")
    tpl = template_for("01", slip_date(data), template_set)
    doc = Document(kind="form01")
    if c.parent:
        doc.add(Text(c.parent.upper(), align="center", px=SMALL))
    doc.add(Text(c.name.upper(), align="center", bold=True, px=SMALL))
    doc.add(Text(fmt.place_date_line(c.place, slip_date(data)), align="center", px=SMALL))
    doc.add(Rule())
    doc.add(Text(tpl.title, align="center", bold=True))
    doc.add(Text(f"({tpl.legal_basis})", align="center", px=16))
    doc.add(Feed(1))
    doc.add(Barcode(d.code, height=60))
    doc.add(Text(f"Mã hồ sơ: {d.code}", align="center", bold=True))
    doc.add(Rule())
    doc.add(Text(f"Người nộp: {a.name}", bold=True))
    if a.phone:
        doc.add(Text(f"Điện thoại: {a.phone}"))
    if d.owner_name:
        doc.add(Text(f"Chủ hồ sơ: {d.owner_name}"))
    doc.add(Text(f"Thủ tục: {d.procedure_name}"))
    doc.add(Text(f"Thành phần hồ sơ ({d.sets:02d} bộ):"))
    for i, item in enumerate(d.components, start=1):
        counts = _counts(item.originals, item.certified_copies, item.photocopies)
        doc.add(Text(f"{i}. {item.name} ({counts})", px=SMALL))
    if d.processing_time:
        doc.add(Text(f"Thời gian giải quyết: {d.processing_time}", px=SMALL))
    doc.add(Text(f"Nhận lúc: {fmt.clock_time(d.received_at)}"))
    doc.add(Text("Hẹn trả kết quả:", bold=True))
    doc.add(Text(fmt.return_time(d.appointment_at), bold=True))
    place = result_place(data)
    if place:
        doc.add(Text(f"Nhận kết quả tại: {place}", px=SMALL))
    if d.fees:
        mode = f" ({d.fee_mode})" if d.fee_mode else ""
        doc.add(Text(f"Phí, lệ phí: {fmt.money(d.fee_total)}{mode}", px=SMALL))
    if d.payment_qr:
        doc.add(Feed(1))
        doc.add(Text(PAYMENT_LABEL, align="center", bold=True, px=SMALL))
        doc.add(QRCode(d.payment_qr, size=4))
        amount = payment_amount(d.payment_qr)
        if amount:
            doc.add(Text(f"Số tiền: {amount}", align="center", bold=True))
        if d.payment_note:
            doc.add(Text(d.payment_note, align="center", px=SMALL))
        doc.add(Feed(1))
    if d.officer_name:
        doc.add(Text(f"Cán bộ tiếp nhận: {d.officer_name}", px=SMALL))
    doc.add(Rule())
    doc.add(QRCode(d.qr_text, size=4))
    doc.add(Text("Quét mã để tra cứu hồ sơ. Xin mang theo giấy này khi nhận kết quả.", align="center", px=SMALL))
    doc.add(Feed(1))
    return doc
