"""Every domain message exists in Vietnamese and English with the same placeholders."""

from __future__ import annotations

import string

from kiosk.messages import MESSAGES


def _fields(text: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(text) if f}


def test_both_languages_same_placeholders():
    for key, entry in MESSAGES.items():
        assert set(entry) == {"vi", "en"}, key
        assert entry["vi"] and entry["en"], key
        assert _fields(entry["vi"]) == _fields(entry["en"]), key
        assert entry["vi"] != entry["en"] or not any(c.isalpha() for c in entry["vi"]), key


def test_clean_gives_nfc_even_when_a_zero_width_character_splits_a_tone_mark():
    import unicodedata

    from kiosk.textnorm import clean

    out = clean("  Tr\u00e2\u200b\u0300n\x07 Văn ")
    assert out == "Trần Văn" and unicodedata.is_normalized("NFC", out)
