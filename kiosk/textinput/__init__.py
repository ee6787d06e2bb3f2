"""Vietnamese text entry without Qt: Telex and VNI typing, the letters a long press offers."""

from kiosk.textinput.syllable import Style, tone_index
from kiosk.textinput.telex import (
    METHODS,
    Method,
    accent_variants,
    apply_key,
    is_word_char,
    spell,
    split_word,
    type_keys,
)

__all__ = [
    "METHODS",
    "Method",
    "Style",
    "accent_variants",
    "apply_key",
    "is_word_char",
    "spell",
    "split_word",
    "tone_index",
    "type_keys",
]
