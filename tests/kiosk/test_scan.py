"""Scans: any bytes become one clean NFC string, and a meaning (or the reason there is none)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.scan import Scan, classify, normalise

NFD = unicodedata.normalize("NFD", "Nguyễn Thị Ánh Tuyết")
NFC = unicodedata.normalize("NFC", NFD)

TICKET_ID = "0193c8a2-7d4e-7b21-9f00-5a1b2c3d4e5f"

# id 079 (Hồ Chí Minh) 2 (2000s, man) 03 (2003) ...; id 001 (Hà Nội) 1 (1900s, woman) 90 (1990)
CCCD_MAN = "079203001234|312345678|Trần Văn Bình|15072003|Nam|12 Lê Lợi, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh|10052021"
CCCD_WOMAN = f"001190012345||{NFD}|01021990|Nữ|Số 5 ngõ 12, Phường Cống Vị, Quận Ba Đình, Hà Nội|20082021"


@pytest.mark.parametrize(("raw", "expected"), [
    (b"MAU01-261128-0001\r\n", "MAU01-261128-0001"),
    ("  \tABC 123\x00\x1b ", "ABC 123"),
    (NFD.encode("utf-8"), NFC),
    (NFD, NFC),
    ("\ufeffHồ sơ", "Hồ sơ"),  # a BOM is a format character
    ("e\u200b\u0301", "é"),  # removing the zero-width space lets the mark compose
    ("Nguyê\u0303n".encode("cp1258"), "Nguyễn"),  # Windows-1258: letter + combining tone mark
    (b"Nguy\xea\xden V\xe3n A", "Nguyễn Văn A"),  # cp1258 "ê" + combining tilde (0xDE)
    ("Hồ sơ".encode() + b"\xff", "Hồ sơ\ufffd"),  # UTF-8 with line noise: marked, not mojibake
    (b"\x81\x8d\x9dOK", "OK"),  # bytes cp1258 leaves undefined are dropped
    (b"", ""),
    (b"\r\n\x00", ""),
])
def test_normalise(raw: bytes | str, expected: str) -> None:
    assert normalise(raw) == expected


@pytest.mark.parametrize(("text", "kind", "reason_part"), [
    ("MAU01-261128-0001", "dossier", ""),
    ("000.00.06.H56-231027-0361", "dossier", ""),
    ("000.00.06.h56-231027-0361", "dossier", ""),  # Caps Lock on a keyboard wedge
    ("MAU01-261331-0001", "unknown", "date"),  # no 31st of the 13th month
    ("MAU01-261128-0000", "unknown", "0000"),
    ("MAU01-261128-001", "code", ""),  # three digits: not ours
    (".MAU01-261128-0001", "code", ""),
    ("1.000948.H38", "code", ""),  # a national procedure code
    (f"https://motcua.example.vn/t/{TICKET_ID}", "ticket", ""),
    (f"https://motcua.example.vn/kiosk/t/{TICKET_ID}/", "ticket", ""),
    ("https://example.com/t/not-a-uuid", "code", ""),
    (f"MOTCUA:T:MAU-01:2026-11-24:A015:{TICKET_ID}", "ticket", ""),
    (f"motcua:t:MAU-01:2026-11-24:a015:{TICKET_ID.upper()}", "ticket", ""),
    ("MOTCUA:T:MAU-01:2026-11-24:A015:nope", "unknown", "ticket"),
    ("MOTCUA:T:MAU-01:2026-13-24:A015:" + TICKET_ID, "unknown", "ticket"),
    ("MOTCUA:X:whatever", "unknown", "MOTCUA"),
    (CCCD_MAN, "cccd", ""),
    (CCCD_WOMAN, "cccd", ""),
    ("079203001234|312345678|Trần Văn Bình|15072003|Nam", "unknown", "missing"),
    ("07920300123|312345678|Trần Văn Bình|15072003|Nam|addr|10052021", "unknown", "12 digits"),
    ("999203001234|312345678|Trần Văn Bình|15072003|Nam|addr|10052021", "unknown", "province"),
    ("079203001234|312345678||15072003|Nam|addr|10052021", "unknown", "name"),
    ("079203001234|312345678|Trần Văn Bình|31022003|Nam|addr|10052021", "unknown", "birth"),
    ("079203001234|312345678|Trần Văn Bình|15072003|Nam|addr|10052001", "unknown", "issue"),
    ("079203001234|312345678|Trần Văn Bình|15071993|Nam|addr|10052021", "unknown", "match"),
    ("079203001234|312345678|Trần Văn Bình|15072003|Nữ|addr|10052021", "unknown", "match"),
    ("ABC|DEF|GHI", "code", ""),  # pipes, but not an ID card
    ("8935049500988", "code", ""),  # EAN-13 on a product
    ("", "unknown", "empty"),
    ("\x00\x01 ", "unknown", "empty"),
    ("Hồ sơ\ufffd", "unknown", "garbled"),
])
def test_classify(text: str, kind: str, reason_part: str) -> None:
    scan = classify(text)
    assert scan.kind == kind, scan
    assert reason_part in scan.reason
    assert bool(scan.reason) == (kind == "unknown")


def test_dossier_fields() -> None:
    scan = classify("000.00.06.h56-231027-0361")
    assert scan.dossier is not None
    assert scan.dossier.code == "000.00.06.H56-231027-0361"
    assert scan.dossier.agency == "000.00.06.H56"
    assert scan.dossier.date == dt.date(2023, 10, 27)
    assert scan.dossier.sequence == 361


def test_ticket_fields_in_both_printed_forms() -> None:
    url = classify(f"https://motcua.example.vn/t/{TICKET_ID}")
    assert url.ticket is not None
    assert url.ticket.ticket_id == TICKET_ID
    assert url.ticket.url == f"https://motcua.example.vn/t/{TICKET_ID}"
    local = classify(f"motcua:t:MAU-01:2026-11-24:a015:{TICKET_ID.upper()}")
    assert local.ticket is not None
    assert local.ticket.ticket_id == TICKET_ID
    assert (local.ticket.center_code, local.ticket.day, local.ticket.number) == (
        "MAU-01", dt.date(2026, 11, 24), "A015")


def test_ticket_qr_as_printed_is_read_back(ctx) -> None:
    from kiosk.printing.ticket_layout import ticket_qr_payload

    ticket = ctx.queue.take_ticket("HT")
    for public_url in (None, "https://motcua.example.vn"):
        config = dataclasses.replace(ctx.config, public_url=public_url)
        scan = classify(normalise(ticket_qr_payload(config, ticket).encode()))
        assert scan.kind == "ticket" and scan.ticket is not None, scan
        assert scan.ticket.ticket_id == ticket.id
        if public_url is None:
            assert scan.ticket.number == ticket.number
            assert scan.ticket.center_code == ctx.config.center_code


def test_cccd_fields_and_private_repr() -> None:
    scan = classify(CCCD_WOMAN)
    data = scan.cccd
    assert data is not None
    assert data.id_number == "001190012345"
    assert data.old_id == ""
    assert data.name == NFC  # the NFD name came out NFC
    assert data.birth_date == dt.date(1990, 2, 1) and data.birth_year == 1990
    assert data.gender == "Nữ"
    assert data.issued == dt.date(2021, 8, 20)
    assert data.address.startswith("Số 5")
    # a log line or a failing assert never carries the citizen's identity
    for shown in (repr(scan), repr(data), str(scan)):
        assert "001190012345" not in shown and "Tuyết" not in shown and "Cống Vị" not in shown
    assert data.masked == "********2345"


def test_cccd_with_year_of_birth_only_and_extra_fields() -> None:
    scan = classify("001048001234||Lò Văn Páo|1948|Nam|Bản Mường|01012022|x|y")
    assert scan.kind == "cccd" and scan.cccd is not None
    assert scan.cccd.birth_date is None and scan.cccd.birth_year == 1948
    assert scan.cccd.extra == ("x", "y")


def _is_nfc_and_clean(text: str) -> bool:
    return (unicodedata.is_normalized("NFC", text) and text == text.strip()
            and not any(unicodedata.category(ch)[0] == "C" for ch in text))


@settings(max_examples=400, deadline=None)
@given(st.binary(max_size=200))
def test_any_bytes_give_a_clean_scan(raw: bytes) -> None:
    text = normalise(raw)
    assert _is_nfc_and_clean(text)
    scan = classify(text)
    assert isinstance(scan, Scan)
    assert _is_nfc_and_clean(scan.text)


@settings(max_examples=400, deadline=None)
@given(st.text(max_size=200))
def test_any_text_gives_a_clean_scan(raw: str) -> None:
    assert _is_nfc_and_clean(normalise(raw))
    assert isinstance(classify(raw), Scan)
    assert normalise(normalise(raw)) == normalise(raw)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["079203001234", "312345678", "", "Nam", "Nữ", "15072003",
                                 "10052021", "1948", "0000", "x", "MOTCUA:T:", "-261128-"]),
                max_size=9))
def test_pipe_separated_near_misses_never_raise(fields: list[str]) -> None:
    assert isinstance(classify("|".join(fields)), Scan)
    assert isinstance(classify(":".join(fields)), Scan)
