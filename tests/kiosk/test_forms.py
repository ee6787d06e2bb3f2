"""The official slips (forms 01-06) as PDF and form 01 on thermal paper.

Each PDF is read back as a citizen's or an auditor's software would: text extracted with pdfium
(NFC, whitespace collapsed, since lines wrap) must contain the values entered, written out here
literally; page 1 rendered to pixels must give back the dossier code (Code 128) and the tracking
text (QR) through zxing.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import unicodedata
from pathlib import Path

import pytest

from kiosk.forms import (
    Applicant,
    Center,
    Component,
    Dossier,
    Fee,
    FormDataError,
    FormTemplate,
    HandOver,
    LateNotice,
    Refusal,
    RegisterData,
    RegisterRow,
    SlipData,
    Supplement,
    form01_thermal,
    render_pdf,
    render_pdf_bytes,
    template_for,
)
from kiosk.printing.document import Barcode, QRCode, Text

pdfium = pytest.importorskip("pypdfium2", reason="pypdfium2 (a test dependency) reads the PDFs back")
zxingcpp = pytest.importorskip("zxingcpp", reason="zxing-cpp (a test dependency) decodes the codes")

UTC = dt.UTC
CODE = "000.00.06.H56-231027-0361"
TRACKING = "https://dichvucong.example.gov.vn/tra-cuu?ma=000.00.06.H56-231027-0361"
LONG_ADDRESS = ("Số 45/12 đường Phạm Văn Thuận, khu phố 3, phường Tân Mai, thành phố Biên Hòa, "
                "tỉnh Đồng Nai (gần chợ Tân Mai, đối diện trường Tiểu học Nguyễn Du, lối vào hẻm 45)")

CENTER = Center(
    name="Trung tâm Phục vụ hành chính công", parent="UBND tỉnh Đồng Nai", place="Đồng Nai",
    address="Số 1 đường Võ Thị Sáu, phường Thống Nhất", phone="0251 3822 123",
    result_place="Quầy số 3, Trung tâm Phục vụ hành chính công tỉnh Đồng Nai", head_name="Lê Văn Tám",
)
APPLICANT = Applicant(
    name="Nguyễn Thị Hồng Nhung", id_number="075190001234", birth_date=dt.date(1990, 5, 12),
    address=LONG_ADDRESS, phone="0912 345 678", email="nhung.nth@example.vn",
)
COMPONENTS = (
    Component("Tờ khai đăng ký khai sinh theo mẫu", originals=1),
    Component("Giấy chứng sinh do cơ sở y tế cấp", originals=1),
    Component("Giấy chứng nhận kết hôn của cha, mẹ", certified_copies=1, photocopies=2),
)
DOSSIER = Dossier(
    code=CODE, procedure_name="Đăng ký khai sinh", procedure_code="1.001193", field_name="Hộ tịch",
    # 9:32 and 9:00 in Asia/Ho_Chi_Minh (UTC+7), given in UTC
    received_at=dt.datetime(2023, 10, 27, 2, 32, tzinfo=UTC),
    appointment_at=dt.datetime(2023, 11, 3, 2, 0, tzinfo=UTC),
    processing_time="05 ngày làm việc", sets=2, components=COMPONENTS,
    fees=(Fee("Lệ phí đăng ký khai sinh", 50000), Fee("Phí cấp bản sao trích lục", 8000)),
    fee_mode="Nộp trực tiếp tại quầy", officer_name="Trần Văn Bình", tracking=TRACKING,
    handling_unit="Phòng Tư pháp",
)
SLIP = SlipData(
    CENTER, APPLICANT, DOSSIER,
    supplement=Supplement(
        (Component("Bản sao Giấy chứng nhận kết hôn", certified_copies=1, note="Bản đã nộp bị mờ"),),
        reason="Giấy chứng nhận kết hôn nộp kèm không đọc được", contact_name="Phạm Thị Lan",
        contact_phone="0251 3822 124"),
    refusal=Refusal("Hồ sơ không thuộc thẩm quyền giải quyết của cấp tỉnh"),
    late=LateNotice(
        number="15/PXL-TTHCC", late_unit="Phòng Tư pháp", reason="Chờ cơ quan công an xác minh nơi cư trú",
        original_appointment=dt.datetime(2023, 11, 3, 2, 0, tzinfo=UTC),
        new_appointment=dt.datetime(2023, 11, 10, 7, 30, tzinfo=UTC),
        issued_at=dt.datetime(2023, 11, 2, 1, 0, tzinfo=UTC), subject="xin lỗi và hẹn lại ngày trả kết quả"),
    handovers=(
        HandOver("Bộ phận Một cửa chuyển Phòng Tư pháp", dt.datetime(2023, 10, 27, 3, 0, tzinfo=UTC),
                 "Trần Văn Bình", dt.datetime(2023, 10, 27, 3, 15, tzinfo=UTC), "Phạm Thị Lan", "Đúng hạn",
                 "Đủ hồ sơ"),
    ),
)
REGISTER = RegisterData(
    CENTER, dt.date(2023, 10, 1), dt.date(2023, 10, 31), book="01/2023",
    rows=(
        RegisterRow(1, CODE, "Đăng ký khai sinh", "Nguyễn Thị Hồng Nhung", DOSSIER.received_at, 2,
                    "Phường Tân Mai, Biên Hòa", "0912 345 678", DOSSIER.appointment_at, None,
                    "Trần Văn Bình", "Phường Tân Mai"),
        RegisterRow(2, "000.00.06.H56-231030-0007", "Chứng thực bản sao từ bản chính", "Hoàng Đức Thắng",
                    dt.datetime(2023, 10, 30, 8, 5, tzinfo=UTC), 1, "Phường Hố Nai", "0987 000 111",
                    dt.datetime(2023, 10, 30, 9, 0, tzinfo=UTC), dt.datetime(2023, 10, 30, 8, 45, tzinfo=UTC),
                    "Đỗ Thị Huyền", "Phường Hố Nai"),
    ),
)

COMMON = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "UBND TỈNH ĐỒNG NAI",
          "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG"]
EXPECTED = {
    "01": ["Mẫu số 01", "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", "Đồng Nai, ngày 27 tháng 10 năm 2023",
           "Mã hồ sơ: 000.00.06.H56-231027-0361", "Nguyễn Thị Hồng Nhung", "075190001234", "12/05/1990",
           LONG_ADDRESS, "0912 345 678", "nhung.nth@example.vn", "Hộ tịch", "Đăng ký khai sinh", "1.001193",
           "Nộp trực tiếp tại quầy", "Tờ khai đăng ký khai sinh theo mẫu", "Giấy chứng sinh do cơ sở y tế cấp",
           "Giấy chứng nhận kết hôn của cha, mẹ", "Số lượng hồ sơ: 02 (bộ)", "05 ngày làm việc",
           "Thời gian nhận hồ sơ: 9 giờ 32 phút, ngày 27/10/2023",
           "Thời gian trả kết quả giải quyết hồ sơ: Sau 9 giờ 00 phút, ngày 03/11/2023",
           "Quầy số 3, Trung tâm Phục vụ hành chính công tỉnh Đồng Nai",
           "Lệ phí đăng ký khai sinh: 50.000 đồng", "Phí cấp bản sao trích lục: 8.000 đồng", "58.000 đồng",
           "NGƯỜI NỘP HỒ SƠ", "NGƯỜI TIẾP NHẬN HỒ SƠ", "(Ký và ghi rõ họ tên)", "Trần Văn Bình"],
    "02": ["Mẫu số 02", "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ", "Nguyễn Thị Hồng Nhung", "Đăng ký khai sinh",
           "Bản sao Giấy chứng nhận kết hôn", "Bản đã nộp bị mờ",
           "Lý do: Giấy chứng nhận kết hôn nộp kèm không đọc được", "Phạm Thị Lan", "0251 3822 124",
           "Mã hồ sơ: 000.00.06.H56-231027-0361", "Đồng Nai, ngày 27 tháng 10 năm 2023"],
    "03": ["Mẫu số 03", "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ", "Nguyễn Thị Hồng Nhung", "Đăng ký khai sinh",
           "Hồ sơ không thuộc thẩm quyền giải quyết của cấp tỉnh", "NGƯỜI NỘP HỒ SƠ", "NGƯỜI TIẾP NHẬN HỒ SƠ",
           "Trần Văn Bình"],
    "04": ["Mẫu số 04", "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ", "Số: 15/PXL-TTHCC",
           "V/v xin lỗi và hẹn lại ngày trả kết quả", "Đồng Nai, ngày 02 tháng 11 năm 2023",
           "Kính gửi: Nguyễn Thị Hồng Nhung", "Ngày 27/10/2023", "Đăng ký khai sinh", CODE,
           "9 giờ 00 phút, ngày 03/11/2023", "Phòng Tư pháp", "Chờ cơ quan công an xác minh nơi cư trú",
           "14 giờ 30 phút, ngày 10/11/2023", "GIÁM ĐỐC", "Lê Văn Tám"],
    "05": ["Mẫu số 05", "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ", CODE, "Đăng ký khai sinh",
           "Nguyễn Thị Hồng Nhung", "Phòng Tư pháp", "Bộ phận Một cửa chuyển Phòng Tư pháp",
           "Giao: 10 giờ 00 phút, ngày 27/10/2023", "Người giao: Trần Văn Bình",
           "Nhận: 10 giờ 15 phút, ngày 27/10/2023", "Người nhận: Phạm Thị Lan", "Đúng hạn", "Đủ hồ sơ",
           "Sau 9 giờ 00 phút, ngày 03/11/2023"],
    "06": ["Mẫu số 06", "SỔ THEO DÕI HỒ SƠ", "Từ ngày 01/10/2023 đến ngày 31/10/2023", "Quyển số: 01/2023",
           CODE, "000.00.06.H56-231030-0007", "Đăng ký khai sinh", "Chứng thực bản sao từ bản chính",
           "Nguyễn Thị Hồng Nhung", "Hoàng Đức Thắng", "0987 000 111", "27/10/2023 09:32", "03/11/2023 09:00",
           "30/10/2023 15:45", "Đỗ Thị Huyền", "Phường Hố Nai", "Đồng Nai, ngày 31 tháng 10 năm 2023"],
}


def _read(path: Path) -> tuple[str, int]:
    """All text of the PDF (NFC, runs of whitespace as one space) and its page count."""
    with pdfium.PdfDocument(path) as pdf:
        raw = " ".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
        pages = len(pdf)
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", raw)), pages


def _codes(path: Path, dpi: int) -> set[tuple[str, str]]:
    """(format, text) of every barcode zxing finds on page 1 rendered at ``dpi``."""
    with pdfium.PdfDocument(path) as pdf:
        image = pdf[0].render(scale=dpi / 72).to_pil()
    return {(r.format.name, r.text) for r in zxingcpp.read_barcodes(image)}


def _missing(text: str, expected: list[str]) -> list[str]:
    return [value for value in expected if value not in text]


@pytest.mark.parametrize("page_size", ["A4", "A5"])
@pytest.mark.parametrize("form_id", ["01", "02", "03", "04", "05", "06"])
def test_every_entered_value_reads_back_from_the_pdf(form_id, page_size, tmp_path):
    out = tmp_path / f"form{form_id}.pdf"
    render_pdf(form_id, REGISTER if form_id == "06" else SLIP, out, page_size=page_size)
    text, _ = _read(out)
    assert not _missing(text, COMMON + EXPECTED[form_id])


@pytest.mark.parametrize("form_id", ["01", "02", "04", "05"])
def test_the_barcode_gives_the_dossier_code_and_the_qr_the_tracking_text(form_id, tmp_path):
    out = tmp_path / f"form{form_id}.pdf"
    render_pdf(form_id, SLIP, out)
    codes = _codes(out, dpi=150)
    assert ("Code128", CODE) in codes
    assert ("QRCode", TRACKING) in codes


def test_the_qr_carries_the_dossier_code_when_no_tracking_text_is_given(tmp_path):
    slip = dataclasses.replace(SLIP, dossier=dataclasses.replace(DOSSIER, tracking=""))
    out = tmp_path / "form01.pdf"
    render_pdf("01", slip, out)
    assert ("QRCode", CODE) in _codes(out, dpi=150)


def test_a5_is_a5_carries_the_same_text_and_its_codes_decode(tmp_path):
    out = tmp_path / "form01-a5.pdf"
    render_pdf("01", SLIP, out, page_size="A5")
    with pdfium.PdfDocument(out) as pdf:
        width, height = pdf[0].get_size()
    assert (round(width / 72 * 25.4), round(height / 72 * 25.4)) == (148, 210)
    text, _ = _read(out)
    assert not _missing(text, COMMON + EXPECTED["01"])
    for dpi in (150, 200):
        codes = _codes(out, dpi=dpi)
        assert ("Code128", CODE) in codes and ("QRCode", TRACKING) in codes, dpi


def test_many_components_flow_onto_more_pages_and_none_is_lost(tmp_path):
    many = tuple(Component(f"Giấy tờ kèm theo thứ {i:02d} của người đề nghị", originals=1) for i in range(1, 41))
    slip = dataclasses.replace(SLIP, dossier=dataclasses.replace(DOSSIER, components=many))
    out = tmp_path / "form01-long.pdf"
    render_pdf("01", slip, out)
    text, pages = _read(out)
    assert pages >= 2
    assert not _missing(text, [c.name for c in many] + ["Trang 1/", "NGƯỜI TIẾP NHẬN HỒ SƠ"])
    assert text.count("Tên giấy tờ") >= 2  # the table's header repeats on the next page


def test_long_text_wraps_inside_the_page(tmp_path):
    address = " ".join([LONG_ADDRESS] * 3)
    slip = dataclasses.replace(SLIP, applicant=dataclasses.replace(APPLICANT, address=address))
    out = tmp_path / "form01-wide.pdf"
    render_pdf("01", slip, out)
    with pdfium.PdfDocument(out) as pdf:
        for page in pdf:
            width, _ = page.get_size()
            textpage = page.get_textpage()
            rightmost = max(textpage.get_charbox(i)[2] for i in range(textpage.count_chars()))
            assert rightmost <= width - 14 * 72 / 25.4  # inside the 15 mm right margin (1 mm slack)
    text, _ = _read(out)
    assert address in text


def test_decomposed_input_prints_and_copies_as_nfc(tmp_path):
    decomposed = unicodedata.normalize("NFD", "Nguyễn Thị Hồng Nhung")
    slip = dataclasses.replace(SLIP, applicant=dataclasses.replace(APPLICANT, name=decomposed))
    pdf = render_pdf_bytes("01", slip)
    out = tmp_path / "form01.pdf"
    out.write_bytes(pdf)
    with pdfium.PdfDocument(out) as doc:
        raw = doc[0].get_textpage().get_text_range()
    assert unicodedata.is_normalized("NFC", raw)
    assert "Nguyễn Thị Hồng Nhung" in raw


def test_fonts_are_embedded_and_no_other_font_is_used():
    pdf = render_pdf_bytes("01", SLIP)
    assert pdf.count(b"/FontFile2") >= 2  # regular and bold TrueType programs, subset
    base_fonts = re.findall(rb"/BaseFont /([^\s/]+)", pdf)
    assert base_fonts and all(b"DejaVuSans" in name for name in base_fonts), base_fonts


def test_metadata_names_the_form_the_center_and_the_dossier(tmp_path):
    out = tmp_path / "form01.pdf"
    render_pdf("01", SLIP, out)
    with pdfium.PdfDocument(out) as pdf:
        meta = pdf.get_metadata_dict()
    assert meta["Title"] == "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ"
    assert meta["Author"] == "Trung tâm Phục vụ hành chính công"
    assert meta["Subject"] == CODE
    assert "Thông tư 01/2018/TT-VPCP" in meta["Keywords"]


def test_render_to_a_stream_gives_the_same_pdf_as_bytes(tmp_path):
    with open(tmp_path / "out.pdf", "wb") as stream:
        render_pdf("03", SLIP, stream)
    text, pages = _read(tmp_path / "out.pdf")
    assert pages == 1 and "Hồ sơ không thuộc thẩm quyền giải quyết của cấp tỉnh" in text


def test_the_template_in_force_is_chosen_by_date_and_set(tmp_path, monkeypatch):
    from kiosk.forms import templates

    monkeypatch.setattr(templates, "_REGISTRY", list(templates._REGISTRY))
    old = template_for("01", dt.date(2023, 10, 27))
    assert (old.number, old.basis, old.legal_basis) == (
        "Mẫu số 01", "Thông tư 01/2018/TT-VPCP", "Mẫu số 01 — Thông tư 01/2018/TT-VPCP")
    newer = FormTemplate("01", "GIẤY TIẾP NHẬN HỒ SƠ, HẸN TRẢ KẾT QUẢ (MẪU THỬ)", "Mẫu số 01a",
                         "Văn bản thử nghiệm", "2025.1", dt.date(2025, 7, 1))
    templates.register_template(newer)
    renumbered = FormTemplate("01", "GIẤY TIẾP NHẬN (BỘ THỬ)", "Mẫu số 07", "Văn bản khác", "1",
                              dt.date(2020, 1, 1), template_set="bo-thu")
    templates.register_template(renumbered)
    assert template_for("01", dt.date(2025, 6, 30)) == old
    assert template_for("01", dt.date(2025, 7, 1)) == newer
    assert template_for("01", dt.date(2023, 10, 27), "bo-thu") == renumbered
    with pytest.raises(FormDataError, match="only from"):
        template_for("01", dt.date(2018, 1, 1))
    with pytest.raises(FormDataError, match="no template set"):
        template_for("01", dt.date(2023, 10, 27), "khong-co")
    with pytest.raises(FormDataError, match="already has"):
        templates.register_template(newer)
    # the set chosen by the center prints its own number, title and legal basis
    out = tmp_path / "renumbered.pdf"
    render_pdf("01", SLIP, out, template_set="bo-thu")
    text, _ = _read(out)
    assert "Mẫu số 07" in text and "GIẤY TIẾP NHẬN (BỘ THỬ)" in text and "Mẫu số 01" not in text
    received_2025 = dataclasses.replace(DOSSIER, received_at=dt.datetime(2025, 7, 2, 2, 0, tzinfo=UTC))
    render_pdf("01", dataclasses.replace(SLIP, dossier=received_2025), out)
    assert "Mẫu số 01a" in _read(out)[0]


def test_data_a_form_needs_is_asked_for_in_a_sentence():
    bare = SlipData(CENTER, APPLICANT, DOSSIER)
    for form_id, words in (("02", "supplement"), ("03", "refusal"), ("04", "data.late")):
        with pytest.raises(FormDataError, match=words):
            render_pdf_bytes(form_id, bare)
    with pytest.raises(FormDataError, match="appointment_at"):
        render_pdf_bytes("01", dataclasses.replace(bare, dossier=dataclasses.replace(DOSSIER, appointment_at=None)))
    with pytest.raises(FormDataError, match="RegisterData"):
        render_pdf_bytes("06", bare)
    with pytest.raises(FormDataError, match="SlipData"):
        render_pdf_bytes("01", REGISTER)
    with pytest.raises(FormDataError, match="Page size"):
        render_pdf_bytes("01", bare, page_size="Letter")
    with pytest.raises(FormDataError, match="no form"):
        render_pdf_bytes("07", bare)
    with pytest.raises(FormDataError, match="timezone-aware"):
        Dossier(CODE, "Đăng ký khai sinh", received_at=dt.datetime(2023, 10, 27, 9, 32))
    with pytest.raises(FormDataError, match="ends"):
        RegisterData(CENTER, dt.date(2023, 10, 31), dt.date(2023, 10, 1))


def test_dates_follow_the_administrative_style():
    from kiosk.forms import fmt

    assert fmt.long_date(dt.date(2024, 2, 5)) == "ngày 05 tháng 02 năm 2024"
    assert fmt.long_date(dt.date(2024, 3, 27)) == "ngày 27 tháng 3 năm 2024"
    assert fmt.place_date_line("", dt.date(2023, 10, 27)) == "Ngày 27 tháng 10 năm 2023"
    assert fmt.money(1_250_000) == "1.250.000 đồng"
    # 23:30 UTC on 2 November is 06:30 on 3 November in Vietnam
    assert fmt.clock_time(dt.datetime(2023, 11, 2, 23, 30, tzinfo=UTC)) == "6 giờ 30 phút, ngày 03/11/2023"


# --------------------------------------------------------------------------- thermal form 01


def _texts(doc) -> str:
    return " ".join(b.text for b in doc.blocks if isinstance(b, Text))


def test_thermal_form_01_carries_code_times_and_tracking_but_no_id_number():
    doc = form01_thermal(SLIP)
    assert doc.kind == "form01"
    assert [b.data for b in doc.blocks if isinstance(b, Barcode)] == [CODE]
    assert [b.data for b in doc.blocks if isinstance(b, QRCode)] == [TRACKING]
    text = _texts(doc)
    assert not _missing(text, [
        "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG",
        "Mã hồ sơ: 000.00.06.H56-231027-0361", "Nguyễn Thị Hồng Nhung", "Đăng ký khai sinh",
        "Tờ khai đăng ký khai sinh theo mẫu", "9 giờ 32 phút, ngày 27/10/2023",
        "Sau 9 giờ 00 phút, ngày 03/11/2023", "58.000 đồng", "Trần Văn Bình", "Mẫu số 01"])
    assert "075190001234" not in text and "12/05/1990" not in text


def test_thermal_form_01_prints_on_80mm_paper_and_its_qr_scans():
    from devices.printer.escpos_bytes import render_document
    from devices.printer.paper import render_paper
    from devices.printer.profiles import get_profile

    profile = get_profile("generic-80mm")
    paper, unknown = render_paper(render_document(form01_thermal(SLIP), profile), profile.width_dots)
    assert not unknown
    assert ("QRCode", TRACKING) in {(r.format.name, r.text) for r in zxingcpp.read_barcodes(paper)}


def test_thermal_form_01_barcode_scans_from_80mm_paper():
    from devices.printer.escpos_bytes import render_document
    from devices.printer.paper import render_paper
    from devices.printer.profiles import get_profile

    profile = get_profile("generic-80mm")
    paper, _ = render_paper(render_document(form01_thermal(SLIP), profile), profile.width_dots)
    # the printable 72 mm sits between the paper's own margins: that is the quiet zone
    from PIL import ImageOps

    paper = ImageOps.expand(paper, border=32, fill=255)
    assert ("Code128", CODE) in {(r.format.name, r.text) for r in zxingcpp.read_barcodes(paper)}
