"""Scanner payloads (``kiosk.scan``): whatever the bytes, ``normalise`` and ``classify`` never
raise, and what they give back keeps its promises."""

from __future__ import annotations

import datetime as dt
import unicodedata
import uuid

from hypothesis import example, given, settings
from hypothesis import strategies as st

from kiosk.scan import REPLACEMENT, Scan, classify, normalise
from tests.fuzz.helpers import ANY_TEXT, assert_bilingual

KINDS = {"dossier", "ticket", "cccd", "code", "unknown"}


def _check_clean(text: str) -> None:
    assert unicodedata.is_normalized("NFC", text)
    assert not any(unicodedata.category(ch)[0] == "C" for ch in text), repr(text)
    assert text == text.strip()


def _check_scan(scan: Scan) -> None:
    assert scan.kind in KINDS
    _check_clean(scan.text)
    if scan.kind == "unknown":
        assert_bilingual(scan.reason)
    else:
        assert scan.reason == ""
    assert (scan.dossier is not None) == (scan.kind == "dossier")
    assert (scan.ticket is not None) == (scan.kind == "ticket")
    assert (scan.cccd is not None) == (scan.kind == "cccd")
    if scan.cccd is not None:
        c = scan.cccd
        assert len(c.id_number) == 12 and c.id_number.isascii() and c.id_number.isdigit()
        assert c.name and c.issued.year >= c.birth_year
        assert c.id_number not in repr(scan) and c.name not in repr(scan)
    if scan.dossier is not None:
        assert 1 <= scan.dossier.sequence <= 9999
    if scan.ticket is not None:
        assert str(uuid.UUID(scan.ticket.ticket_id)) == scan.ticket.ticket_id
    repr(scan)


@settings(max_examples=400, deadline=None)
@given(st.binary(max_size=300))
@example(b"\xff\xfe\x00")
@example("Hồ sơ".encode() + b"\xff")
@example(b"\x81\x8d\x9d")
def test_normalise_any_bytes(raw: bytes) -> None:
    text = normalise(raw)
    _check_clean(text)
    assert normalise(text) == text  # idempotent
    assert normalise(bytearray(raw)) == text


@settings(max_examples=400, deadline=None)
@given(ANY_TEXT)
@example("e\u200b\u0301")
@example("\u0301a")  # a mark with nothing before it
@example("\ud800")
def test_normalise_any_text(raw: str) -> None:
    text = normalise(raw)
    _check_clean(text)
    assert normalise(text) == text


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.binary(max_size=300), ANY_TEXT))
def test_classify_anything(raw: bytes | str) -> None:
    text = normalise(raw)
    scan = classify(text)
    _check_scan(scan)
    # stable: classifying the raw text, the normalised text or the scan's own text agrees
    assert classify(scan.text) == scan
    if isinstance(raw, str):
        assert classify(raw) == scan
    if REPLACEMENT in text:
        assert scan.kind == "unknown"


# ---------------------------------------------------------------- shaped like our payloads
DIGITS = st.text(alphabet="0123456789", min_size=0, max_size=14)
FIELD = st.one_of(DIGITS, ANY_TEXT.map(lambda t: t[:30]),
                  st.sampled_from(["Nam", "Nữ", "nam", "NỮ", "", " ", "0000", "00001990", "29022000",
                                   "31122099", "01011870", "1869"]))


@st.composite
def cccd_like(draw: st.DrawFn) -> str:
    """A chip ID card QR, mostly well formed, with faults where they hurt."""
    province = draw(st.integers(0, 120))
    year = draw(st.integers(1850, 2120))
    century_gender = draw(st.integers(0, 9))
    id_number = draw(st.one_of(
        st.just(f"{province:03d}{century_gender}{year % 100:02d}{draw(st.integers(0, 999999)):06d}"),
        DIGITS))
    birth = draw(st.one_of(st.dates(dt.date(1, 1, 1), dt.date(9999, 12, 31)).map(lambda d: d.strftime("%d%m") + f"{d.year:04d}"),
                           st.just(f"{year:04d}"), st.just(f"0000{year:04d}"), FIELD))
    issued = draw(st.one_of(st.dates(dt.date(1, 1, 1), dt.date(9999, 12, 31)).map(lambda d: d.strftime("%d%m") + f"{d.year:04d}"),
                            FIELD))
    fields = [id_number, draw(FIELD), draw(FIELD), birth, draw(FIELD), draw(FIELD), issued]
    fields += draw(st.lists(FIELD, max_size=4))
    cut = draw(st.integers(1, len(fields)))
    return "|".join(fields[:cut])


@settings(max_examples=500, deadline=None)
@given(cccd_like())
@example("079203001234|312345678|Trần Văn Bình|15072003|Nam|12 Lê Lợi|10052021")
@example("079203001234||X|0000|Nam|a|10052021")
@example("079203001234||X|00002003|Nam|a|01010001")
@example("000203001234||X|15072003|Nam|a|10052021")
def test_cccd_qr(text: str) -> None:
    scan = classify(text)
    _check_scan(scan)
    # the same scan arriving as bytes (a lone surrogate has no UTF-8 form: text only)
    if not any(0xD800 <= ord(ch) <= 0xDFFF for ch in text):
        assert classify(normalise(text.encode("utf-8"))) == scan


@st.composite
def ticket_or_dossier_like(draw: st.DrawFn) -> str:
    tid = draw(st.one_of(st.uuids().map(str), ANY_TEXT.map(lambda t: t[:40])))
    day = draw(st.one_of(st.dates().map(dt.date.isoformat), ANY_TEXT.map(lambda t: t[:12])))
    center = draw(st.one_of(st.just("MAU01"), ANY_TEXT.map(lambda t: t[:12])))
    number = draw(st.one_of(st.just("A015"), ANY_TEXT.map(lambda t: t[:6])))
    prefix = draw(st.sampled_from(["MOTCUA:T:", "motcua:t:", "MOTCUA:", "MOTCUA:X:"]))
    url = draw(st.sampled_from(["https://q.example.vn", "http://h", "HTTPS://h:8443/base", "ftp://x"]))
    agency = draw(st.one_of(st.just("000.00.06.H56"), st.from_regex(r"[A-Za-z0-9.]{0,16}", fullmatch=True)))
    return draw(st.sampled_from([
        f"{prefix}{center}:{day}:{number}:{tid}",
        f"{url}/t/{tid}",
        f"{url}/t/{tid}/?x=1#y",
        f"{agency}-{draw(st.from_regex(r'[0-9]{6}', fullmatch=True))}-{draw(st.from_regex(r'[0-9]{4}', fullmatch=True))}",
    ]))


@settings(max_examples=250, deadline=None)
@given(ticket_or_dossier_like())
@example("MAU01-000229-0001")  # 2000-02-29: a leap day
@example("MAU01-010229-0001")  # 2001-02-29: not a day
@example("MAU01-261128-0000")
@example("MOTCUA:T:::::")
def test_ticket_and_dossier_codes(text: str) -> None:
    scan = classify(text)
    _check_scan(scan)
    if scan.dossier is not None:
        # the canonical code classifies to the same dossier
        again = classify(scan.dossier.code)
        assert again.dossier == scan.dossier
