"""Vietnamese as text in the printer's own code page (CP1258, TCVN-3), read back from the paper."""

from __future__ import annotations

import dataclasses
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from devices.printer.codepage import (
    TONE_MARKS,
    decode,
    decoding_table,
    encode,
    encode_cp1258,
    encode_tcvn3,
    encoding_table,
)
from devices.printer.escpos_bytes import render_document
from devices.printer.paper import read_paper
from devices.printer.profiles import PrinterProfile, get_profile
from kiosk.printing.document import Document, Rule, Text
from kiosk.printing.ticket_layout import ticket_document

ESC_T = b"\x1bt"
RASTER = b"\x1dv0"
VOWELS = "aăâeêioôơuưy"
TONES = ["", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"]
LOWER = sorted(
    {unicodedata.normalize("NFC", v + t) for v in VOWELS for t in TONES} - set(VOWELS)
    | set("ăâêôơư")
    | {"đ"}
)
UPPER = [ch.upper() for ch in LOWER]
LETTERS = LOWER + UPPER


def _lines(doc: Document) -> list[str]:
    return [b.text for b in doc.blocks if isinstance(b, Text)]


def test_the_134_letters():
    assert len(LOWER) == 67 and len(UPPER) == 67 and len(set(LETTERS)) == 134
    assert all(ord(ch) > 0x7F for ch in LETTERS)


@pytest.mark.parametrize("ch", LETTERS)
def test_every_letter_round_trips_through_cp1258(ch):
    data = encode_cp1258(ch)
    assert data is not None and b"?" not in data
    # one byte, or a base letter of CP1258 and one tone mark
    assert len(data) == 1 or (len(data) == 2 and data[1:].decode("cp1258") in TONE_MARKS)
    assert decode("cp1258", data) == ch


def test_cp1258_keeps_the_letters_own_marks_on_the_base():
    assert encode_cp1258("à") == b"\xe0"  # precomposed in CP1258: as is
    assert encode_cp1258("ấ") == "â\u0301".encode("cp1258")  # not a + circumflex + acute
    assert encode_cp1258("Ợ") == "Ơ\u0323".encode("cp1258")
    assert encode_cp1258("ỹ") == "y\u0303".encode("cp1258")
    assert encode_cp1258("ṏ") is None  # "ö" + tilde would be another letter


@pytest.mark.parametrize("ch", LETTERS)
def test_every_letter_round_trips_through_tcvn3_with_its_capitals_table(ch):
    runs = encode_tcvn3(ch, capitals=True)
    assert runs is not None and len(runs) == 1
    table, data = runs[0]
    assert table == ("tcvn3" if ch in LOWER else "tcvn3-capitals")
    assert len(data) == 1 and data[0] >= 0xA1
    assert decode(table, data) == ch


def test_a_printer_without_the_tcvn3_capitals_table_gets_capitals_as_raster():
    # documented fallback: TCVN-3's lowercase table has no capitals with tone marks, and the
    # printer database shows none of Ă Â Ê Ô Ơ Ư Đ in it either
    for ch in LOWER:
        runs = encode_tcvn3(ch, capitals=False)
        assert runs is not None and decode(*runs[0]) == ch
    for ch in UPPER:
        assert encode_tcvn3(ch, capitals=False) is None


def test_our_tcvn3_tables_agree_with_the_escpos_printer_database():
    from escpos.codepages import CodePages

    for ours, theirs in (("tcvn3", "TCVN-3-1"), ("tcvn3-capitals", "TCVN-3-2")):
        rows = CodePages.get_encoding(theirs)["data"]
        # the database's rows are 0x80-0xFF; it writes Đ as Ð (U+00D0)
        db = {0x80 + k: ch.replace("Ð", "Đ") for k, ch in enumerate("".join(rows)) if ch != " "}
        table = {b: ch for b, ch in decoding_table(ours).items() if b >= 0x80}
        assert table == db, ours
    assert set(encoding_table("tcvn3")) >= set(LOWER)
    assert set(encoding_table("tcvn3-capitals")) >= set(UPPER)


def test_the_epson_table_numbers_are_python_escpos_ones():
    from escpos.printer import Dummy

    pages = {name: int(n) for name, n in Dummy(profile="default").profile.get_code_pages().items()}
    assert get_profile("generic-80mm-cp1258").codepage_table == pages["CP1258"] == 52
    tcvn = get_profile("generic-58mm-tcvn3")
    assert (tcvn.codepage_table, tcvn.codepage_table_capitals) == (
        pages["TCVN-3-1"],
        pages["TCVN-3-2"],
    )


def test_tcvn3_switches_tables_only_where_the_case_changes():
    assert encode_tcvn3("PHIẾU SỐ THỨ TỰ") == [("tcvn3-capitals", b"PHI\xd5U S\xe8 TH\xf8 T\xf9")]
    runs = encode_tcvn3("Ưu tiên: Người")
    assert [t for t, _ in runs or []] == ["tcvn3-capitals", "tcvn3"]
    assert encode_tcvn3("ab 12") == [("tcvn3", b"ab 12")]
    assert encode_tcvn3("") == []


@pytest.mark.parametrize("text", ["Giá 5 €", "Phí — 5.000 đ", "Hà Nội 北京"])
def test_a_character_outside_tcvn3_is_not_encoded(text):
    assert encode(text, "tcvn3") is None


def test_a_character_outside_cp1258_is_not_encoded():
    assert encode("Hà Nội 北京", "cp1258") is None
    assert encode("Phí 5 €", "cp1258") is not None  # € is in CP1258 (0x80)
    assert encode("ký\x00", "cp1258") is None  # control characters never reach the printer


@given(st.text(), st.sampled_from(["cp1258", "tcvn3"]), st.booleans())
def test_encoding_any_text_never_raises_and_reads_back(text, codepage, capitals):
    runs = encode(text, codepage, capitals)
    if runs is None:
        return  # the caller draws the line as raster
    assert all(b >= 0x20 and b != 0x7F for _, data in runs for b in data)
    back = "".join(decode(table, data) for table, data in runs)
    assert unicodedata.normalize("NFC", back) == unicodedata.normalize("NFC", text)


@given(st.text(alphabet=st.sampled_from(LETTERS + list("abc XYZ,.:0123()"))))
def test_vietnamese_text_always_encodes(text):
    assert encode(text, "cp1258") is not None
    assert encode(text, "tcvn3", capitals=True) is not None


@pytest.mark.parametrize(
    "profile",
    ["generic-80mm-cp1258", "generic-80mm-tcvn3", "generic-58mm-cp1258", "generic-58mm-tcvn3"],
)
def test_a_ticket_goes_as_text_in_the_code_page_and_reads_back(ctx, profile):
    prof = get_profile(profile)
    ctx.queue.take_ticket("DKKD", priority="child")
    ticket = ctx.queue.take_ticket("DKKD", priority="child")  # one person ahead: "· chờ khoảng"
    doc = ticket_document(ctx.config, ticket, "vi")
    assert any("·" in line for line in _lines(doc))
    data = render_document(doc, prof)
    hybrid = render_document(doc, get_profile(profile.replace(f"-{prof.vietnamese_codepage}", "")))
    assert len(data) < len(hybrid) // 2
    for number in prof.vietnamese_tables():
        assert ESC_T + bytes([number]) in data
    paper = read_paper(data, prof.width_dots)
    assert paper.unknown == []
    drawn = " ".join(paper.text)
    for line in _lines(doc):
        if prof.vietnamese_codepage == "tcvn3" and "·" in line:
            continue  # the middle dot is not in TCVN-3: that line goes as raster
        assert " ".join(line.split()) in drawn, line
    if prof.vietnamese_codepage == "cp1258":
        assert RASTER not in data  # nothing at all as raster: the number and the QR are native
        assert data.count(ESC_T + b"\x34") == 1  # selected once, python-escpos told so
    else:
        assert data.count(RASTER) == (1 if prof.width_dots == 576 else 2)  # the "·" line


def test_cp1258_and_tcvn3_print_the_same_paper():
    doc = Document(
        "t",
        [
            Text("PHIẾU SỐ THỨ TỰ", align="center", bold=True),
            Rule(),
            Text("Ưu tiên: Người cao tuổi (từ 75 tuổi)"),
            Text("Đăng ký kinh doanh", align="right"),
            Text("Ă Â Ê Ô Ơ Ư Đ ỹ Ỹ"),
        ],
    )
    papers = [
        read_paper(render_document(doc, get_profile(p)))
        for p in ("generic-80mm-cp1258", "generic-80mm-tcvn3")
    ]
    assert (
        papers[0].text
        == papers[1].text
        == [
            "PHIẾU SỐ THỨ TỰ",
            "-" * 48,
            "Ưu tiên: Người cao tuổi (từ 75 tuổi)",
            "Đăng ký kinh doanh",
            "Ă Â Ê Ô Ơ Ư Đ ỹ Ỹ",
        ]
    )
    assert papers[0].image.tobytes() == papers[1].image.tobytes()


def test_a_line_with_a_character_outside_the_code_page_goes_as_raster_alone():
    doc = Document("t", [Text("Lệ phí"), Text("Giá 5 €"), Text("Hà Nội 北京"), Text("Xong")])
    for profile, raster_lines in (("generic-80mm-tcvn3", 2), ("generic-80mm-cp1258", 1)):
        data = render_document(doc, get_profile(profile))
        assert data.count(RASTER) == raster_lines, profile
        paper = read_paper(data)
        assert paper.unknown == []
        assert paper.text[0] == "Lệ phí" and paper.text[-1] == "Xong"
        assert not any("?" in line for line in paper.text)


def test_tcvn3_capitals_go_as_raster_when_the_printer_lacks_their_table():
    lower_only = PrinterProfile(
        "tcvn3-lower", width_dots=576, columns=48, vietnamese_codepage="tcvn3", codepage_table=30
    )
    data = render_document(Document("t", [Text("PHIẾU SỐ"), Text("phiếu số")]), lower_only)
    assert data.count(RASTER) == 1 and ESC_T + b"\x1f" not in data
    assert read_paper(data).text == ["phiếu số"]


def test_a_printer_with_its_own_table_numbers_and_the_paper_that_knows_them():
    other = PrinterProfile(
        "pos5890", width_dots=384, columns=32, vietnamese_codepage="cp1258", codepage_table=94
    )
    data = render_document(Document("t", [Text("Chờ khoảng 12 phút")]), other)
    assert ESC_T + bytes([94]) in data
    paper = read_paper(data, 384, other.vietnamese_tables())
    assert paper.unknown == [] and paper.text == ["Chờ khoảng 12 phút"]
    assert read_paper(data, 384).unknown  # a printer without table 94 would print garbage


def test_double_size_bold_text_in_the_code_page():
    doc = Document("t", [Text("Số thứ tự", bold=True, scale=2)])
    data = render_document(doc, get_profile("generic-80mm-cp1258"))
    assert RASTER not in data
    assert b"\x1b!\x30" in data and b"\x1bE\x01" in data  # double height and width; bold
    assert read_paper(data).text == ["Số thứ tự"]


def test_the_paper_reports_what_a_printer_would_print_as_garbage():
    assert read_paper(b"\x1b@\x1bt\x63abc\n").unknown  # a table the printer lacks
    paper = read_paper(b"\x1b@\x1bt\x1e\xa1\n")  # an empty cell of TCVN-3's lowercase table
    assert paper.unknown and paper.text == ["\ufffd"]
    vietnamese = encode_cp1258("Tiếng Việt à") or b""
    paper = read_paper(b"\x1b@\x1bt\x34" + vietnamese + b"\n\x1b@\xe0\n")  # ESC @: table 0
    assert paper.unknown == [] and paper.text == ["Tiếng Việt à", "α"]


def test_a_profile_must_say_which_table_holds_its_code_page():
    with pytest.raises(ValueError, match="codepage_table"):
        PrinterProfile("x", 576, 48, vietnamese_codepage="cp1258")
    with pytest.raises(ValueError, match="TCVN-3"):
        PrinterProfile(
            "x",
            576,
            48,
            vietnamese_codepage="cp1258",
            codepage_table=52,
            codepage_table_capitals=31,
        )
    with pytest.raises(ValueError, match="0-255"):
        PrinterProfile("x", 576, 48, vietnamese_codepage="tcvn3", codepage_table=300)
    assert get_profile("generic-80mm").vietnamese_tables() == {}
    assert get_profile("generic-80mm-tcvn3").vietnamese_tables() == {
        30: "tcvn3",
        31: "tcvn3-capitals",
    }


def test_raster_only_wins_over_a_code_page():
    profile = dataclasses.replace(get_profile("generic-80mm-cp1258"), name="both", raster_only=True)
    data = render_document(Document("t", [Text("Xin chào")]), profile)
    assert RASTER in data and ESC_T + b"\x34" not in data
