"""The printer test page: every Vietnamese letter with every tone, digits, QR, cut."""

from __future__ import annotations

from kiosk.printing.document import Barcode, BigNumber, Document, Feed, QRCode, Rule, Text

VOWELS = "aăâeêioôơuưy"
TONES = ["", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"]  # sắc huyền hỏi ngã nặng


def vietnamese_alphabet() -> list[str]:
    import unicodedata

    rows = []
    for vowel in VOWELS:
        rows.append(" ".join(unicodedata.normalize("NFC", vowel + tone) for tone in TONES))
        rows.append(" ".join(unicodedata.normalize("NFC", vowel.upper() + tone) for tone in TONES))
    return rows


def test_page(center: str, printer_url: str) -> Document:
    doc = Document(kind="test_page")
    doc.add(Text("TRANG IN THỬ / TEST PAGE", align="center", bold=True))
    doc.add(Text(center, align="center"))
    doc.add(Text(printer_url, align="center"))
    doc.add(Rule())
    doc.add(Text("Đ đ — Bảng chữ cái tiếng Việt đủ dấu:", bold=True))
    for row in vietnamese_alphabet():
        doc.add(Text(row, align="center"))
    doc.add(Rule())
    doc.add(Text("ASCII 0123456789 ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
    doc.add(BigNumber("A015"))
    doc.add(Barcode("MAU01-261128-0001"))
    doc.add(Text("Code 128: MAU01-261128-0001", align="center"))
    doc.add(QRCode("MOTCUA:TEST", size=5))
    doc.add(Feed(1))
    return doc
