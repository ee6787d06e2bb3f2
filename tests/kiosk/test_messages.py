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
