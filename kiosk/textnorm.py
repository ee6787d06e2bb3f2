"""Text normalisation at every entry point: NFC, no control characters, trimmed."""

from __future__ import annotations

import unicodedata


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def clean(text: str) -> str:
    """Control and format characters removed, then NFC, surrounding whitespace trimmed.

    In that order: a zero-width character between a letter and its tone mark would otherwise
    keep them apart through NFC and leave decomposed text behind once removed.
    """
    text = "".join(ch for ch in text if unicodedata.category(ch)[0] != "C" or ch in " ")
    return nfc(text).strip()


def strip_accents(text: str) -> str:
    """'Đăng ký' -> 'Dang ky' (for searching without tone marks)."""
    text = nfc(text).replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")


def is_ascii(text: str) -> bool:
    return all(ord(ch) < 128 for ch in text)
