"""What every fuzz test checks of a message a person reads, and the shared strategies."""

from __future__ import annotations

import unicodedata

from hypothesis import strategies as st

from kiosk.errors import KioskError

# letters only Vietnamese uses among the Latin scripts: one of them marks the Vietnamese half
_VIETNAMESE = set("ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ")


def assert_bilingual(text: str) -> None:
    """One sentence for a person: NFC, non-empty, Vietnamese, then English after a slash."""
    assert text.strip(), "an empty message"
    assert unicodedata.is_normalized("NFC", text), text
    assert any(ch in _VIETNAMESE for ch in text.lower()), f"no Vietnamese in {text!r}"
    assert "/" in text or "." in text, f"no second language in {text!r}"
    assert "Traceback" not in text


def assert_kiosk_error(exc: KioskError) -> None:
    """A KioskError says it in both languages, and differently."""
    vi, en = exc.message("vi"), exc.message("en")
    assert vi.strip() and en.strip()
    assert vi != en
    assert unicodedata.is_normalized("NFC", vi)
    assert any(ch in _VIETNAMESE for ch in vi.lower()), vi


# text as it arrives from outside: any code point (lone surrogates included), weighted towards
# the characters parsers care about
NASTY = st.sampled_from(["|", ":", "/", "?", "#", "%", "&", "=", "[", "]", "@", "\r", "\n", "\x00",
                         "\ufeff", "\u200b", "\u0301", "\ud800", "\ufffd", "٣", "０", "-", ".", " "])
ANY_TEXT = st.text(alphabet=st.one_of(st.characters(), NASTY), max_size=200)
