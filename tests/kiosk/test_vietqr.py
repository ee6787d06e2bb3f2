"""VietQR codes to pay fees: the payload byte for byte against published codes, every refusal
as a sentence, the QR picture, and the code on form 01 (A4 PDF and thermal slip) of a dossier
with fees, read back the way a bank app would (zxing)."""

from __future__ import annotations

import argparse
import dataclasses
import json
import re
import string
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.payments import (
    MAX_AMOUNT,
    VietQRError,
    check_crc,
    crc16_ccitt_false,
    decode,
    normalise_purpose,
    parse_amount,
    parse_tlv,
    qr_image,
    tlv,
    vietqr_payload,
)
from kiosk.payments.errors import MESSAGES

pdfium = pytest.importorskip("pypdfium2", reason="pypdfium2 (a test dependency) reads the PDFs back")
zxingcpp = pytest.importorskip("zxingcpp", reason="zxing-cpp (a test dependency) decodes the codes")

LABEL = "Quét mã VietQR để nộp phí, lệ phí"

# --------------------------------------------------------------------------- published codes
# Each: the arguments, then the payload its source publishes for them, character for character.
PUBLISHED = [
    pytest.param(
        # vietqr.io, "API tạo mã QR" (v2/generate), request and response samples:
        # https://vietqr.io/en/danh-sach-api/link-tao-ma-nhanh/api-tao-ma-qr
        ("970415", "113366668888", 79000, "Ung Ho Quy Vac Xin"),
        "00020101021238560010A0000007270126000697041501121133666688880208QRIBFTTA5303704"
        "5405790005802VN62220818Ung Ho Quy Vac Xin63043ACF",
        id="vietqr.io-api-sample"),
    pytest.param(
        # github.com/subiz/vietqr README.md: Generate(120000, "970415", "0011001932418",
        # "ủng hộ lũ lụt") — the purpose loses its tone marks on the way
        ("970415", "0011001932418", 120000, "ủng hộ lũ lụt"),
        "00020101021238570010A00000072701270006970415011300110019324180208QRIBFTTA5303704"
        "54061200005802VN62170813ung ho lu lut6304C15C",
        id="subiz-readme-vietnamese-purpose"),
    pytest.param(
        # github.com/subiz/vietqr vietqr_test.go: a static code, no amount, no purpose
        ("970423", "0099999999", None, ""),
        "00020101021138540010A00000072701240006970423011000999999990208QRIBFTTA53037045802VN"
        "6304CBB4",
        id="subiz-test-static"),
    pytest.param(
        # github.com/subiz/vietqr vietqr_test.go: "chuyển khoản" → "chuyen khoan"
        ("970422", "0023457923442", 40123, "chuyển khoản"),
        "00020101021238570010A00000072701270006970422011300234579234420208QRIBFTTA5303704"
        "5405401235802VN62160812chuyen khoan6304722F",
        id="subiz-test-dynamic"),
    pytest.param(
        # npm vietnam-qr-pay 1.1.0 README (libraries.io/npm/vietnam-qr-pay/1.1.0), ACB static
        ("970416", "257678859", None, ""),
        "00020101021138530010A0000007270123000697041601092576788590208QRIBFTTA53037045802VN"
        "6304AE9F",
        id="vietnam-qr-pay-static"),
    pytest.param(
        # npm vietnam-qr-pay 1.1.0 README, ACB with amount and purpose
        ("970416", "257678859", 10000, "Chuyen tien"),
        "00020101021238530010A0000007270123000697041601092576788590208QRIBFTTA5303704"
        "5405100005802VN62150811Chuyen tien630453E6",
        id="vietnam-qr-pay-dynamic"),
]

# NAPAS, "QR code specification for IBFT" v1.5.2, its examples (to an account, to a card), as
# carried by github.com/binhnguyenduc/vietqr-ts tests/compliance/napas-dynamic-account.test.ts
# and many others. They hold a bill number (62/01) we never write: read and CRC-checked only.
NAPAS_TO_ACCOUNT = ("00020101021238570010A00000072701270006970403011300110123456780208QRIBFTTA"
                    "530370454061800005802VN62340107NPS68690819thanh toan don hang63042E2E")
NAPAS_TO_CARD = ("00020101021238600010A00000072701300006970403011697040311012345670208QRIBFTTC"
                 "530370454061800005802VN62340107NPS68690819thanh toan don hang6304A203")


def test_crc16_ccitt_false_check_value():
    # the catalogue's check value of CRC-16/CCITT-FALSE, and its initial value on no data
    assert crc16_ccitt_false(b"123456789") == 0x29B1
    assert crc16_ccitt_false(b"") == 0xFFFF


@pytest.mark.parametrize(("args", "expected"), PUBLISHED)
def test_published_payloads_are_reproduced_exactly(args, expected):
    bank_bin, account, amount, purpose = args
    assert vietqr_payload(bank_bin, account, amount, purpose) == expected
    check_crc(expected)


def test_napas_examples_read_back_and_their_crc_holds():
    account = decode(NAPAS_TO_ACCOUNT)
    assert account == {
        "00": "01", "01": "12",
        "38": {"00": "A000000727", "01": {"00": "970403", "01": "0011012345678"}, "02": "QRIBFTTA"},
        "53": "704", "54": "180000", "58": "VN",
        "62": {"01": "NPS6869", "08": "thanh toan don hang"}, "63": "2E2E",
    }
    card = decode(NAPAS_TO_CARD)
    assert card["38"] == {"00": "A000000727", "01": {"00": "970403", "01": "9704031101234567"},
                          "02": "QRIBFTTC"}
    # and what we write for the same transfer, to the card, is everything but the bill number
    ours = vietqr_payload("970403", "9704031101234567", 180000, "thanh toan don hang", "QRIBFTTC")
    assert ours.split("62")[0] == NAPAS_TO_CARD.split("62")[0]


# --------------------------------------------------------------------------- structure
def test_payload_fields_in_order_and_round_trip():
    payload = vietqr_payload("970436", "0011001234567", 5000, "000.00.00.H99-261124-0001")
    assert payload == (
        "000201" "010212"
        "3857" "0010A000000727" "0127" "0006970436" "01130011001234567" "0208QRIBFTTA"
        "5303704" "54045000" "5802VN"
        "6229" "0825000.00.00.H99-261124-0001"
        "6304" + payload[-4:])
    assert re.fullmatch(r"[0-9A-F]{4}", payload[-4:])
    assert parse_tlv(payload) == {
        "00": "01", "01": "12",
        "38": {"00": "A000000727", "01": {"00": "970436", "01": "0011001234567"}, "02": "QRIBFTTA"},
        "53": "704", "54": "5000", "58": "VN", "62": {"08": "000.00.00.H99-261124-0001"},
        "63": payload[-4:],
    }


@given(
    bank_bin=st.text("0123456789", min_size=6, max_size=6),
    account=st.text(string.ascii_letters + string.digits, min_size=1, max_size=19),
    amount=st.none() | st.integers(1, MAX_AMOUNT),
    purpose=st.text(max_size=60),
    service=st.sampled_from(["QRIBFTTA", "QRIBFTTC"]),
)
def test_any_valid_input_reads_back_with_a_good_crc(bank_bin, account, amount, purpose, service):
    payload = vietqr_payload(bank_bin, account, amount, purpose, service)
    assert payload.isascii()
    tree = decode(payload)
    assert tree["01"] == ("11" if amount is None else "12")
    assert tree["38"] == {"00": "A000000727", "01": {"00": bank_bin, "01": account}, "02": service}
    assert tree.get("54") == (None if amount is None else str(amount))
    text = normalise_purpose(purpose)
    assert tree.get("62") == ({"08": text} if text else None)
    assert len(text) <= 25


def test_purpose_loses_tone_marks_and_special_characters_and_stops_at_25():
    assert normalise_purpose("Đăng ký khai sinh") == "Dang ky khai sinh"
    assert normalise_purpose("  đóng   phí\tlệ\nphí  ") == "dong phi le phi"
    assert normalise_purpose("Phí #12 (hồ sơ); ngày 27/10") == "Phi 12 ho so ngay 27 10"
    assert normalise_purpose("ＡＢＣ１２３") == "ABC123"  # full-width forms fold to ASCII
    assert normalise_purpose("中文") == ""
    assert normalise_purpose("Nộp phí hồ sơ 000.00.06.H56-231027-0361") == "Nop phi ho so 000.00.06.H"
    # a dossier code is exactly 25 characters and passes through unchanged
    assert normalise_purpose("000.00.06.H56-231027-0361") == "000.00.06.H56-231027-0361"
    # decomposed input (NFD) gives the same as composed
    assert normalise_purpose(unicodedata.normalize("NFD", "Nguyễn")) == "Nguyen"
    # nothing left: no tag 62 at all
    assert "62" not in parse_tlv(vietqr_payload("970436", "123", 1000, "!!!"))


# --------------------------------------------------------------------------- refusals
REFUSALS = [
    pytest.param(lambda: vietqr_payload("97043", "0011001234567", 5000), "vietqr_bad_bin",
                 "phải gồm đúng 6 chữ số", "must be exactly 6 digits", id="bin-5-digits"),
    pytest.param(lambda: vietqr_payload("97O436", "0011001234567", 5000), "vietqr_bad_bin",
                 "“97O436”", "“97O436”", id="bin-letter"),
    pytest.param(lambda: vietqr_payload("٩٧٠٤٣٦", "0011001234567", 5000), "vietqr_bad_bin",
                 "6 chữ số", "6 digits", id="bin-arabic-digits"),
    pytest.param(lambda: vietqr_payload("970436", "", 5000), "vietqr_bad_account",
                 "từ 1 đến 19 ký tự", "1 to 19 digits", id="account-empty"),
    pytest.param(lambda: vietqr_payload("970436", "0" * 20, 5000), "vietqr_bad_account",
                 "từ 1 đến 19 ký tự", "1 to 19 digits", id="account-20"),
    pytest.param(lambda: vietqr_payload("970436", "0011 0012", 5000), "vietqr_bad_account",
                 "không có khoảng trắng", "without spaces", id="account-space"),
    pytest.param(lambda: vietqr_payload("970436", "Đức123", 5000), "vietqr_bad_account",
                 "chữ cái không dấu", "unaccented letters", id="account-accent"),
    pytest.param(lambda: vietqr_payload("970436", "123", 5000, service="QRPUSH"), "vietqr_bad_service",
                 "QRIBFTTA (vào tài khoản)", "QRIBFTTA (to an account)", id="service"),
    pytest.param(lambda: vietqr_payload("970436", "123", 0), "vietqr_amount_not_positive",
                 "phải lớn hơn 0 đồng (đang là 0)", "more than 0 dong (it is 0)", id="amount-zero"),
    pytest.param(lambda: vietqr_payload("970436", "123", -5000), "vietqr_amount_not_positive",
                 "(đang là -5000)", "(it is -5000)", id="amount-negative"),
    pytest.param(lambda: vietqr_payload("970436", "123", 5000.0), "vietqr_amount_not_integer",
                 "số nguyên đồng", "whole number of dong", id="amount-float"),
    pytest.param(lambda: vietqr_payload("970436", "123", True), "vietqr_amount_not_integer",
                 "“True”", "“True”", id="amount-bool"),
    pytest.param(lambda: vietqr_payload("970436", "123", MAX_AMOUNT + 1), "vietqr_amount_too_large",
                 "10.000.000.000.000 đồng vượt quá", "10.000.000.000.000 dong is over", id="amount-14-digits"),
    pytest.param(lambda: parse_amount("5.000"), "vietqr_amount_not_integer",
                 "không có dấu chấm hay dấu phẩy", "without dots or commas", id="text-dots"),
    pytest.param(lambda: parse_amount("năm nghìn"), "vietqr_amount_not_integer",
                 "“năm nghìn”", "“năm nghìn”", id="text-words"),
    pytest.param(lambda: parse_amount("-1"), "vietqr_amount_not_positive",
                 "đang là -1", "it is -1", id="text-negative"),
    pytest.param(lambda: tlv("62", "x" * 100), "vietqr_value_too_long",
                 "Trường 62 của mã VietQR dài 100 ký tự", "Field 62 of the VietQR code is 100", id="tlv-100"),
    pytest.param(lambda: parse_tlv(NAPAS_TO_ACCOUNT[:50]), "vietqr_bad_payload",
                 "sai cấu trúc ở vị trí 12", "breaks at position 12", id="parse-truncated"),
    pytest.param(lambda: parse_tlv("000201010X12"), "vietqr_bad_payload",
                 "vị trí 6", "position 6", id="parse-bad-length"),
    pytest.param(lambda: parse_tlv("000201000201"), "vietqr_bad_payload",
                 "vị trí 6", "position 6", id="parse-duplicate-tag"),
    pytest.param(lambda: parse_tlv("   "), "vietqr_bad_payload",
                 "vị trí 0", "position 0", id="parse-empty"),
    pytest.param(lambda: check_crc(NAPAS_TO_ACCOUNT[:-4] + "2E2F"), "vietqr_crc_mismatch",
                 "ghi 2E2F, tính ra 2E2E", "it says 2E2F, it should be 2E2E", id="crc-wrong"),
    pytest.param(lambda: decode(NAPAS_TO_ACCOUNT.replace("180000", "980000")), "vietqr_crc_mismatch",
                 "Hãy quét lại mã", "Scan the code again", id="crc-altered-amount"),
    pytest.param(lambda: check_crc(NAPAS_TO_ACCOUNT[:-8]), "vietqr_no_crc",
                 "6304 và 4 ký tự", "6304 and 4 characters", id="crc-missing"),
]


@pytest.mark.parametrize(("call", "key", "vi", "en"), REFUSALS)
def test_every_refusal_is_a_sentence_in_both_languages(call, key, vi, en):
    with pytest.raises(VietQRError) as caught:
        call()
    err = caught.value
    assert err.key == key
    assert err.exit_code == 10
    assert vi in err.message("vi"), err.message("vi")
    assert en in err.message("en"), err.message("en")
    assert str(err) == err.message("en")
    for text in (err.message("vi"), err.message("en")):
        assert text.rstrip().endswith((".", "!")) and "{" not in text


def test_messages_have_both_languages_with_the_same_placeholders():
    fields = string.Formatter()
    for key, entry in MESSAGES.items():
        assert set(entry) == {"vi", "en"}, key
        names = [{f for _, f, _, _ in fields.parse(entry[lang]) if f} for lang in ("vi", "en")]
        assert names[0] == names[1], key


def test_amount_limits_are_inclusive():
    assert parse_tlv(vietqr_payload("970436", "1", 1))["54"] == "1"
    assert parse_tlv(vietqr_payload("970436", "1", MAX_AMOUNT))["54"] == "9999999999999"
    assert parse_amount(" 5000 ") == 5000


# --------------------------------------------------------------------------- the picture
def test_qr_image_decodes_to_the_exact_payload():
    payload = vietqr_payload("970415", "0011001932418", 120000, "ủng hộ lũ lụt")
    image = qr_image(payload)
    found = [(r.format.name, r.text) for r in zxingcpp.read_barcodes(image)]
    assert found == [("QRCode", payload)]
    # box pixels a module, 4 modules of quiet zone: a small box still scans
    small = qr_image(payload, box=3)
    assert small.width < image.width
    assert [r.text for r in zxingcpp.read_barcodes(small)] == [payload]


# --------------------------------------------------------------------------- form 01
MARITAL = "1.004873"  # Xác nhận tình trạng hôn nhân: 5.000 đ
BIRTH = "1.001193"  # Đăng ký khai sinh: no fee
APPLICANT = {
    "name": "Nguyễn Thị Hồng Nhung", "id_number": "079190001234", "birth_date": "1990-05-17",
    "address": "Số 12 đường Lê Lợi, phường Tân Phong, TP Biên Hòa", "phone": "0912345678",
    "email": "nhung@example.vn",
}


def _vietqr_codes(texts: set[str]) -> list[str]:
    return [t for t in texts if t.startswith("000201") and "A000000727" in t]


def test_form_01_pdf_of_a_dossier_with_fees_carries_the_vietqr_code(ctx, tmp_path):
    from kiosk.dossier.slips import render_form

    view = ctx.dossiers.receive(MARITAL, APPLICANT)
    assert view.fee_total == 5000 and view.fee_state == "awaiting"
    out = render_form(ctx, "01", tmp_path / "form01.pdf", code=view.code)
    with pdfium.PdfDocument(out) as pdf:
        assert len(pdf) == 1
        image = pdf[0].render(scale=200 / 72).to_pil()
        text = unicodedata.normalize("NFC", pdf[0].get_textpage().get_text_range())
    found = [(r.format.name, r.text) for r in zxingcpp.read_barcodes(image)]
    qr_texts = {t for fmt, t in found if fmt == "QRCode"}
    assert len(qr_texts) == 2, found
    (payload,) = _vietqr_codes(qr_texts)
    tree = decode(payload)
    assert tree["54"] == "5000"
    assert tree["62"] == {"08": view.code}
    assert tree["38"] == {"00": "A000000727", "01": {"00": "970436", "01": "0011001234567"},
                          "02": "QRIBFTTA"}
    flat = re.sub(r"\s+", " ", text)
    for expected in (LABEL, "Số tiền: 5.000 đồng", "0011001234567", view.code,
                     "chuyển khoản (VietQR)"):
        assert expected in flat, expected


def test_thermal_form_01_of_a_dossier_with_fees_carries_the_vietqr_code(ctx):
    from devices.printer.escpos_bytes import render_document
    from devices.printer.paper import render_paper
    from devices.printer.profiles import get_profile
    from kiosk.dossier.slips import slip_data
    from kiosk.forms import form01_thermal
    from kiosk.printing.document import QRCode, Text

    view = ctx.dossiers.receive(MARITAL, APPLICANT)
    doc = form01_thermal(slip_data(ctx.config, view, ctx.dossiers.catalog))
    texts = [b.text for b in doc.blocks if isinstance(b, Text)]
    qrs = [b.data for b in doc.blocks if isinstance(b, QRCode)]
    assert LABEL in texts and "Số tiền: 5.000 đồng" in texts
    assert len(_vietqr_codes(set(qrs))) == 1 and len(qrs) == 2
    # the label sits right above its code
    label_at = next(i for i, b in enumerate(doc.blocks) if isinstance(b, Text) and b.text == LABEL)
    assert isinstance(doc.blocks[label_at + 1], QRCode)
    profile = get_profile("generic-80mm")
    paper, unknown = render_paper(render_document(doc, profile), profile.width_dots)
    assert not unknown
    scanned = {r.text for r in zxingcpp.read_barcodes(paper) if r.format.name == "QRCode"}
    (payload,) = _vietqr_codes(scanned)
    assert decode(payload)["54"] == "5000" and decode(payload)["62"] == {"08": view.code}


def test_no_vietqr_code_without_fees_once_paid_or_without_an_account(ctx):
    from kiosk.dossier.slips import slip_data

    catalog = ctx.dossiers.catalog
    with_fee = ctx.dossiers.receive(MARITAL, APPLICANT)
    assert slip_data(ctx.config, with_fee, catalog).dossier.payment_qr
    free = ctx.dossiers.receive(BIRTH, APPLICANT)
    assert free.fee_total == 0
    assert slip_data(ctx.config, free, catalog).dossier.payment_qr == ""
    paid = dataclasses.replace(with_fee, fee_state="paid")
    assert slip_data(ctx.config, paid, catalog).dossier.payment_qr == ""
    for bank in ({"bank_bin": ""}, {"bank_account": ""}):
        config = dataclasses.replace(ctx.config, reception=dataclasses.replace(ctx.config.reception, **bank))
        dossier = slip_data(config, with_fee, catalog).dossier
        assert dossier.payment_qr == "" and dossier.payment_note == ""
        assert dossier.fee_mode == "Nộp trực tiếp tại Bộ phận Một cửa"


def test_a_form_01_without_an_account_draws_a_single_qr(ctx):
    from kiosk.dossier.slips import slip_data
    from kiosk.forms import render_pdf_bytes

    config = dataclasses.replace(ctx.config, reception=dataclasses.replace(ctx.config.reception, bank_bin=""))
    view = ctx.dossiers.receive(MARITAL, APPLICANT)
    pdf_bytes = render_pdf_bytes("01", slip_data(config, view, ctx.dossiers.catalog))
    with pdfium.PdfDocument(pdf_bytes) as pdf:
        image = pdf[0].render(scale=200 / 72).to_pil()
        text = pdf[0].get_textpage().get_text_range()
    qr_texts = {r.text for r in zxingcpp.read_barcodes(image) if r.format.name == "QRCode"}
    assert len(qr_texts) == 1 and not _vietqr_codes(qr_texts)
    assert LABEL not in unicodedata.normalize("NFC", text)


# --------------------------------------------------------------------------- the command
def _run(argv: list[str]) -> int:
    from kiosk.cli_vietqr import add_commands

    parser = argparse.ArgumentParser(prog="kiosk")
    add_commands(parser.add_subparsers(dest="cmd", required=True))
    args = parser.parse_args(argv)
    return int(args.func(args))


def test_cli_prints_the_payload_and_writes_a_png_that_scans(tmp_path, capsys):
    from PIL import Image

    png = tmp_path / "out" / "qr.png"
    assert _run(["vietqr", "--bin", "970415", "--account", "113366668888", "--amount", "79000",
                 "--purpose", "Ung Ho Quy Vac Xin", "--png", str(png)]) == 0
    expected = PUBLISHED[0].values[1]
    assert capsys.readouterr().out.strip() == expected
    with Image.open(png) as image:
        assert [r.text for r in zxingcpp.read_barcodes(image)] == [expected]


def test_cli_uses_the_centers_account_by_default(home, capsys):
    assert _run(["vietqr", "--amount", "5000", "--purpose", "000.00.00.H99-261124-0001"]) == 0
    tree = decode(capsys.readouterr().out.strip())
    assert tree["38"]["01"] == {"00": "970436", "01": "0011001234567"}
    assert tree["54"] == "5000"


def test_cli_decode_prints_the_fields_as_json(capsys):
    assert _run(["vietqr", "--decode", NAPAS_TO_ACCOUNT]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["38"]["01"] == {"00": "970403", "01": "0011012345678"}
    assert out["62"]["08"] == "thanh toan don hang"


@pytest.mark.parametrize(("argv", "key"), [
    (["vietqr", "--bin", "970436", "--account", "123", "--amount", "5.000"], "vietqr_amount_not_integer"),
    (["vietqr", "--bin", "970436", "--account", "123", "--amount=-5"], "vietqr_amount_not_positive"),
    (["vietqr", "--bin", "9704", "--account", "123", "--amount", "5000"], "vietqr_bad_bin"),
    (["vietqr", "--decode", NAPAS_TO_ACCOUNT[:-1] + "F"], "vietqr_crc_mismatch"),
])
def test_cli_refusals_are_kiosk_errors_with_exit_code_10(argv, key):
    with pytest.raises(VietQRError) as caught:
        _run(argv)
    assert caught.value.key == key and caught.value.exit_code == 10


def test_cli_without_any_account_says_where_to_set_one(home, monkeypatch):
    import kiosk.cli_vietqr as cli

    monkeypatch.setattr(cli, "_center_account", lambda: ("", ""))
    with pytest.raises(VietQRError) as caught:
        _run(["vietqr", "--amount", "5000"])
    assert "bank_bin" in caught.value.message("vi") and "--account" in caught.value.message("en")


def test_cli_png_in_an_unwritable_place_is_a_sentence(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(VietQRError) as caught:
        _run(["vietqr", "--bin", "970436", "--account", "123", "--png", str(blocker / "qr.png")])
    assert caught.value.key == "vietqr_png_unwritable"
    assert str(Path(blocker / "qr.png")) in caught.value.message("vi")
