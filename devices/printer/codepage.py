"""Vietnamese text as bytes of a printer's own code page: CP1258 or TCVN-3.

Some printers hold a Vietnamese character table in their firmware. When the printer profile
declares one, a line of Vietnamese goes as text (one byte or two per letter) instead of a raster
image (some hundred bytes per letter's column of dots).

CP1258 (Windows Vietnamese) has the vowels with circumflex, breve and horn (â ê ô ơ ư ă), đ and
about half of the toned vowels precomposed; the other letters are a base letter followed by one
of five combining tone marks (U+0300, U+0301, U+0303, U+0309, U+0323), which the printer draws
over the letter before it. Python's ``cp1258`` codec only maps the precomposed characters, so
each letter is first tried as is, and otherwise split into its base letter (recomposed with its
non-tone marks: ``ấ`` -> ``â`` + U+0301, not ``a`` + U+0302 + U+0301 as NFD would give) and its
tone mark.

TCVN-3 is the 8-bit "ABC" font encoding of TCVN 5712:1993 (VN3): printable ASCII, then the
lowercase letters precomposed in 0xA8-0xFE. It has no room for the capitals with tone marks;
the fonts came in pairs, the second (".VnTimeH") drawing capitals in the same cells. Epson-
compatible printers follow the pairing with two code tables, "TCVN-3-1" (lowercase, ESC t 30)
and "TCVN-3-2" (capitals, ESC t 31), and a line switches between them as it goes. The cells are
those of TCVN 5712:1993 VN3 (the lowercase positions agree with X11's and glibc's TCVN5712-1
tables) and are checked against python-escpos' capability database (escpos-printer-db,
``TCVN-3-1``/``TCVN-3-2``), which also gives the capitals' cells: Ă Â Đ at 0xA1, 0xA2, 0xA7 and
Ê Ô Ơ Ư at 0xAA-0xAD. That database shows no capitals in the lowercase table (VN3 fonts put
Ă Â Ê Ô Ơ Ư Đ at 0xA1-0xA7), so they are only taken from the capitals table: a printer whose
profile declares no capitals table prints lines with Vietnamese capitals as raster.

A text that a table cannot hold (``€`` in TCVN-3, a CJK ideograph anywhere, a control
character) is not encoded at all (``None``): the caller draws that line as raster, so a
Vietnamese letter is never printed as ``?``.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from functools import cache
from typing import Literal

# a character table the printer may hold, by what is in it
CodeTable = Literal["cp1258", "tcvn3", "tcvn3-capitals"]
Codepage = Literal["cp1258", "tcvn3"]
# a stretch of text in one table: select the table (ESC t n), then send the bytes
Run = tuple[CodeTable, bytes]

TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")  # huyền, sắc, ngã, hỏi, nặng

# TCVN 5712:1993 VN3: each byte from 0xA8 with its lowercase letter (and, in the capitals
# table, the same cell's capital), in code order; the capitals table's own cells for Ă Â Đ follow
# fmt: off
_TCVN3_CELLS: tuple[tuple[int, str, str], ...] = tuple(
    (code, lower, lower.upper())
    for code, lower in [
        (0xA8, "ă"), (0xA9, "â"), (0xAA, "ê"), (0xAB, "ô"), (0xAC, "ơ"), (0xAD, "ư"), (0xAE, "đ"),
        (0xB5, "à"), (0xB6, "ả"), (0xB7, "ã"), (0xB8, "á"), (0xB9, "ạ"),
        (0xBB, "ằ"), (0xBC, "ẳ"), (0xBD, "ẵ"), (0xBE, "ắ"),
        (0xC6, "ặ"), (0xC7, "ầ"), (0xC8, "ẩ"), (0xC9, "ẫ"), (0xCA, "ấ"), (0xCB, "ậ"),
        (0xCC, "è"), (0xCE, "ẻ"), (0xCF, "ẽ"), (0xD0, "é"), (0xD1, "ẹ"),
        (0xD2, "ề"), (0xD3, "ể"), (0xD4, "ễ"), (0xD5, "ế"), (0xD6, "ệ"),
        (0xD7, "ì"), (0xD8, "ỉ"), (0xDC, "ĩ"), (0xDD, "í"), (0xDE, "ị"),
        (0xDF, "ò"), (0xE1, "ỏ"), (0xE2, "õ"), (0xE3, "ó"), (0xE4, "ọ"),
        (0xE5, "ồ"), (0xE6, "ổ"), (0xE7, "ỗ"), (0xE8, "ố"), (0xE9, "ộ"),
        (0xEA, "ờ"), (0xEB, "ở"), (0xEC, "ỡ"), (0xED, "ớ"), (0xEE, "ợ"),
        (0xEF, "ù"), (0xF1, "ủ"), (0xF2, "ũ"), (0xF3, "ú"), (0xF4, "ụ"),
        (0xF5, "ừ"), (0xF6, "ử"), (0xF7, "ữ"), (0xF8, "ứ"), (0xF9, "ự"),
        (0xFA, "ỳ"), (0xFB, "ỷ"), (0xFC, "ỹ"), (0xFD, "ý"), (0xFE, "ỵ"),
    ]
)
# fmt: on
# in TCVN-3-2 Ă Â Đ sit in VN3's capital cells, not in the cells of ă â đ (escpos-printer-db)
_TCVN3_CAPITAL_CELLS = {"Ă": 0xA1, "Â": 0xA2, "Đ": 0xA7}
_ASCII = {chr(c): c for c in range(0x20, 0x7F)}


@cache
def encoding_table(table: CodeTable) -> Mapping[str, int]:
    """TCVN-3 tables: each character the table holds -> its byte (printable ASCII included)."""
    if table == "cp1258":
        raise ValueError("cp1258 is encoded with Python's codec (see encode_cp1258)")
    cells = dict(_ASCII)
    for code, lower, upper in _TCVN3_CELLS:
        if table == "tcvn3":
            cells[lower] = code
        else:
            cells[upper] = _TCVN3_CAPITAL_CELLS.get(upper, code)
    return cells


@cache
def decoding_table(table: CodeTable) -> Mapping[int, str]:
    """Each byte from 0x20 that prints a character in ``table`` -> that character."""
    if table == "cp1258":
        decoded = {
            code: _decode_cp1258(bytes([code])) for code in range(0x20, 0x100) if code != 0x7F
        }
        return {code: ch for code, ch in decoded.items() if ch is not None}
    return {code: ch for ch, code in encoding_table(table).items()}


def encode_cp1258(text: str) -> bytes | None:
    """``text`` in CP1258 with decomposed tone marks, or ``None`` if a character has no place."""
    out = bytearray()
    for ch in text:
        encoded = _cp1258_char(ch)
        if encoded is None:
            return None
        out += encoded
    return bytes(out)


def encode_tcvn3(text: str, capitals: bool = True) -> list[Run] | None:
    """``text`` as runs in the TCVN-3 tables (lowercase, and capitals when the printer has that
    table), switching tables as few times as it can; ``None`` if a character has no place.

    Printable ASCII is in both tables and stays in the table of the letter before it (or after
    it, at the start of the text).
    """
    lower = encoding_table("tcvn3")
    upper = encoding_table("tcvn3-capitals") if capitals else {}
    runs: list[Run] = []
    table: CodeTable | None = None
    buf = bytearray()
    for ch in text:
        if ch in _ASCII:
            buf.append(_ASCII[ch])
            continue
        if ch in lower:
            want: CodeTable = "tcvn3"
        elif ch in upper:
            want = "tcvn3-capitals"
        else:
            return None
        if table is not None and want != table:
            runs.append((table, bytes(buf)))
            buf = bytearray()
        table = want
        buf.append((lower if want == "tcvn3" else upper)[ch])
    if buf:  # an all-ASCII text stays in the lowercase table
        runs.append((table or "tcvn3", bytes(buf)))
    return runs


def encode(text: str, codepage: Codepage, capitals: bool = True) -> list[Run] | None:
    """``text`` as runs of (code table, bytes), or ``None`` when it must go as raster.

    ``capitals``: the printer also has TCVN-3's capitals table (ignored for CP1258).
    """
    if codepage == "cp1258":
        data = encode_cp1258(text)
        return None if data is None else [("cp1258", data)]
    return encode_tcvn3(text, capitals)


def decode(table: CodeTable, data: bytes) -> str:
    """The text the printer prints for ``data`` in ``table`` (NFC; U+FFFD for an empty cell)."""
    chars = decoding_table(table)
    return unicodedata.normalize("NFC", "".join(chars.get(b, "\ufffd") for b in data))


def _cp1258_char(ch: str) -> bytes | None:
    if unicodedata.category(ch)[0] == "C":  # control, format, unassigned, private use
        return None
    direct = _encode_cp1258(ch)
    if direct is not None:
        return direct
    marks = unicodedata.normalize("NFD", ch)
    tones = [m for m in marks if m in TONE_MARKS]
    # the base letter keeps its other marks: "ấ" -> "â" + acute (NFD alone: a + ^ + acute)
    base = unicodedata.normalize("NFC", "".join(m for m in marks if m not in TONE_MARKS))
    if len(tones) != 1 or len(base) != 1:
        return None
    # the mark goes last: for "ṏ" (o, tilde, diaeresis) "ö" + tilde would be another letter
    if unicodedata.normalize("NFD", base + tones[0]) != marks:
        return None
    return _encode_cp1258(base + tones[0])


def _encode_cp1258(text: str) -> bytes | None:
    try:
        return text.encode("cp1258")
    except UnicodeEncodeError:
        return None


def _decode_cp1258(data: bytes) -> str | None:
    try:
        return data.decode("cp1258")
    except UnicodeDecodeError:
        return None
