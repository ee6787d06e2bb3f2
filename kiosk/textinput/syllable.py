"""Vietnamese syllables as a typing engine sees them: letters without their tone, the tone apart,
the parts of a syllable (onset, vowel nucleus, final), whether a word can still become a syllable,
and which vowel carries the tone.

A syllable is written onset + nucleus + final: ``ngh`` + ``iê`` + ``ng``. ``qu`` and ``gi`` are
onsets when a vowel follows them (``qu``+``a``, ``gi``+``a``); ``gi`` alone or before a final is
``g`` + ``i`` (``gì``, ``gìn``).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

Style = Literal["modern", "old"]

# index = tone: 0 none (ngang), 1 sắc, 2 huyền, 3 hỏi, 4 ngã, 5 nặng
TONE_MARKS = ("", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323")
_TONE_OF_MARK = {mark: tone for tone, mark in enumerate(TONE_MARKS) if mark}

VOWELS = frozenset("aăâeêioôơuưy")
# a letter with a mark of its own (not a tone) → the plain letter
BASE = {"ă": "a", "â": "a", "ê": "e", "ô": "o", "ơ": "o", "ư": "u", "đ": "d"}
MARKED = frozenset(BASE)
CIRCUMFLEX, BREVE, HORN = "^", "(", "+"
_WITH = {("a", CIRCUMFLEX): "â", ("e", CIRCUMFLEX): "ê", ("o", CIRCUMFLEX): "ô",
         ("a", BREVE): "ă", ("o", HORN): "ơ", ("u", HORN): "ư"}

ONSETS = frozenset({
    "", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh",
    "nh", "p", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x",
})
# "k" ends a few place names of the Central Highlands (Đắk Lắk)
FINALS = frozenset({"", "c", "ch", "m", "n", "ng", "nh", "p", "t", "k"})
STOPS = frozenset({"c", "ch", "p", "t", "k"})  # after them only sắc or nặng

# nucleus → (may end the syllable, may take a final consonant)
NUCLEI: dict[str, tuple[bool, bool]] = {}
for _group, _flags in (
    ("a e ê i o ô ơ u ư y oa oe uê uy", (True, True)),
    ("ă â iê yê uô ươ uyê uâ oă oo", (False, True)),
    ("ai ao au ay âu ây eo êu ia iu oi ôi ơi ui ưi ưu ua ưa uơ "
     "iêu yêu oai oay oeo uây uôi ươi ươu uya uyu", (True, False)),
):
    for _n in _group.split():
        NUCLEI[_n] = _flags


def base(letter: str) -> str:
    """The letter without its own mark: ``ơ`` → ``o``, ``đ`` → ``d``."""
    return BASE.get(letter, letter)


def with_mark(letter: str, mark: str) -> str | None:
    """``letter`` with ``mark`` (CIRCUMFLEX, BREVE or HORN) instead of any it had; None when
    that letter takes no such mark."""
    return _WITH.get((base(letter), mark))


@dataclass(frozen=True)
class Letters:
    """A word taken apart: lower-case letters without tone, which were capitals, and the tone."""

    letters: tuple[str, ...]
    upper: tuple[bool, ...]
    tone: int

    @property
    def text(self) -> str:
        return "".join(self.letters)

    @property
    def marked(self) -> bool:
        """Whether the word carries anything a Vietnamese keyboard put there."""
        return self.tone != 0 or any(letter in MARKED for letter in self.letters)


def decompose(word: str) -> Letters:
    """Take ``word`` (any normalisation) apart. A tone is taken from Vietnamese vowels only, so
    ``ñ`` stays a letter of its own."""
    letters: list[str] = []
    upper: list[bool] = []
    tone = 0
    for ch in unicodedata.normalize("NFC", word):
        parts = unicodedata.normalize("NFD", ch)
        bare = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONE_OF_MARK))
        if bare != ch and bare.lower() in VOWELS:
            tone = next(_TONE_OF_MARK[c] for c in reversed(parts) if c in _TONE_OF_MARK)
            ch = bare
        letters.append(ch.lower())
        upper.append(ch != ch.lower())
    return Letters(tuple(letters), tuple(upper), tone)


@dataclass(frozen=True)
class Parts:
    """A syllable's parts; ``start`` is where its nucleus begins."""

    onset: str
    nucleus: str
    final: str
    start: int


@lru_cache(maxsize=4096)
def split(text: str) -> Parts | None:
    """``text`` (lower case, no tone) as onset + nucleus + final; None when it has two groups of
    vowels (it cannot be one syllable). A word without a vowel is all onset."""
    i = 0
    while i < len(text) and text[i] not in VOWELS:
        i += 1
    j = i
    while j < len(text) and text[j] in VOWELS:
        j += 1
    if any(ch in VOWELS for ch in text[j:]):
        return None
    onset, nucleus = text[:i], text[i:j]
    if len(nucleus) > 1 and ((onset == "q" and nucleus[0] == "u") or (onset == "g" and nucleus[0] == "i")):
        onset, nucleus, i = onset + nucleus[0], nucleus[1:], i + 1
    return Parts(onset, nucleus, text[j:], i)


def _fits(typed: str, nucleus: str) -> bool:
    """``typed`` is ``nucleus`` with some of its marks not typed yet (``uo`` fits ``ươ``)."""
    return len(typed) == len(nucleus) and all(
        t == n or t == base(n) for t, n in zip(typed, nucleus, strict=True))


@lru_cache(maxsize=1024)
def _completed(nucleus: str, has_final: bool) -> str:
    """The nucleus ``nucleus`` is on its way to (itself when it is one already)."""
    candidates = [n for n, (_, takes_final) in NUCLEI.items() if _fits(nucleus, n)
                  and (takes_final or not has_final)]
    if nucleus in candidates or not candidates:
        return nucleus
    return candidates[0]


def plausible(letters: Sequence[str], tone: int) -> bool:
    """Whether the letters (lower case, no tone) with ``tone`` are a Vietnamese syllable or can
    still become one as more keys come (``nguye`` → ``nguyên``). Words without a vowel (``HĐND``)
    pass: abbreviations are typed too."""
    parts = split("".join(letters))
    if parts is None:
        return False
    if not parts.nucleus:
        return True
    onset_ok = parts.onset in ONSETS or (parts.onset == "q" and parts.nucleus == "u")
    if not onset_ok or parts.final not in FINALS:
        return False
    if tone in (2, 3, 4) and parts.final in STOPS:
        return False
    return _nucleus_ok(parts.nucleus, bool(parts.final))


@lru_cache(maxsize=1024)
def _nucleus_ok(typed: str, has_final: bool) -> bool:
    return any(_fits(typed, n) and (takes_final or not has_final)
               for n, (_, takes_final) in NUCLEI.items())


def tone_index(letters: Sequence[str], style: Style = "modern") -> int | None:
    """Where the tone goes, by the rules of the 2018 spelling (``style="modern"``: ``hoà``,
    ``khoẻ``, ``thuý``) or the older ones (``"old"``: ``hòa``, ``khỏe``, ``thúy``):

    - a vowel with a mark of its own takes it (``ươ`` → ``ơ``, ``uyê`` → ``ê``);
    - else, before a final consonant, the nucleus's last vowel (``hoàn``, ``huỳnh``);
    - else one vowel takes it; of three, the middle one (``ngoài``, ``khuỷu``); of two, the first
      (``mái``, ``múa``), except ``oa``, ``oe``, ``uy`` in the modern style.

    ``qu`` and ``gi`` before a vowel are consonants (``quả``, ``giá``). None without a vowel.
    """
    parts = split("".join(letters))
    if parts is None or not parts.nucleus:
        return None
    typed = parts.nucleus
    nucleus = _completed(typed, bool(parts.final))
    marked = [k for k, letter in enumerate(nucleus) if letter in MARKED]
    if marked:
        k = marked[-1]
    elif parts.final:
        k = len(typed) - 1
    elif len(typed) == 2:
        k = 1 if style == "modern" and typed in ("oa", "oe", "uy") else 0
    elif len(typed) == 3:
        k = 1
    else:
        k = len(typed) - 1
    return parts.start + min(k, len(typed) - 1)


def compose(word: Letters, style: Style = "modern") -> str:
    """The word put back together, its tone on the vowel the rules choose, NFC."""
    at = tone_index(word.letters, style) if word.tone else None
    out = []
    for k, (letter, upper) in enumerate(zip(word.letters, word.upper, strict=True)):
        ch = unicodedata.normalize("NFC", letter + TONE_MARKS[word.tone]) if k == at else letter
        out.append(ch.upper() if upper else ch)
    return "".join(out)
