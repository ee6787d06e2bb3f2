"""Telex and VNI typing without state: the word before the cursor and one key give the new word.

Being stateless, it works with cursor moves, backspace and text typed earlier: the word is read
again from the field at each key.

Telex: ``aa`` â, ``aw`` ă, ``ee`` ê, ``oo`` ô, ``ow`` ơ, ``uw`` ư, ``uow`` ươ, ``w`` alone ư,
``dd`` đ; tones ``s`` sắc, ``f`` huyền, ``r`` hỏi, ``x`` ngã, ``j`` nặng, ``z`` removes it.
VNI: ``6`` â ê ô, ``7`` ơ ư, ``8`` ă, ``9`` đ; tones ``1``–``5`` in the same order, ``0`` removes.

The rules, for words that are not Vietnamese:

1. A key changes the word only when the result is a Vietnamese syllable, or can still become one
   as more keys come; otherwise it is typed as itself (``s`` after ``hou`` gives ``hous``).
2. The same change twice takes it back and types the key: ``á``+``s`` → ``as``, ``â``+``a`` →
   ``aa``, ``đ``+``d`` → ``dd``.
3. A letter that leaves a marked word no longer Vietnamese gives the word back as the keys that
   spell it: ``tẽ``+``t`` → ``text``, ``Sám``+``u`` → ``Samsu`` (``Samsung`` types as itself).
   A word without marks is never changed: English without Telex keys types as it is.
4. In Telex the vowel keys ``a e o`` add a circumflex only while no final consonant follows
   (``banana`` stays), ``w`` and the tones work before or after the final (``tiengs``,
   ``dduowngf``); ``w`` is ``ư`` only at the start of a word (``bw`` stays), and ``d`` becomes
   ``đ`` after a ``d`` at the start (``dd``, ``HĐND``) or on a syllable's ``d`` (``dung``+``d``).
5. ``uơ`` becomes ``ươ`` when a final or ``i``/``u`` follows (``thuở``, ``đương``, ``người``),
   and a toned ``ie``/``ye``/``uye`` before a final is written ``iê``/``yê``/``uyê``
   (``tiesng`` → ``tiếng``): those are the only spellings Vietnamese has.
"""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from functools import lru_cache
from typing import Literal

from kiosk.textinput.syllable import (
    BREVE,
    CIRCUMFLEX,
    HORN,
    TONE_MARKS,
    VOWELS,
    Letters,
    Style,
    base,
    compose,
    decompose,
    plausible,
    split,
    with_mark,
)

Method = Literal["telex", "vni"]
METHODS: tuple[Method, ...] = ("telex", "vni")

# the keys that do something, by method: tones (0 takes the tone off), marks, the stroke of đ
_TONES: dict[str, dict[str, int]] = {
    "telex": {"s": 1, "f": 2, "r": 3, "x": 4, "j": 5, "z": 0},
    "vni": {"1": 1, "2": 2, "3": 3, "4": 4, "5": 5, "0": 0},
}
_MARKS: dict[str, dict[str, dict[str, str]]] = {
    "telex": {"a": {"a": CIRCUMFLEX}, "e": {"e": CIRCUMFLEX}, "o": {"o": CIRCUMFLEX},
              "w": {"a": BREVE, "o": HORN, "u": HORN}},
    "vni": {"6": {"a": CIRCUMFLEX, "e": CIRCUMFLEX, "o": CIRCUMFLEX}, "7": {"o": HORN, "u": HORN},
            "8": {"a": BREVE}},
}
_STROKE = {"telex": "d", "vni": "9"}
_SPELL = {
    "telex": {"â": "aa", "ă": "aw", "ê": "ee", "ô": "oo", "ơ": "ow", "ư": "uw", "đ": "dd"},
    "vni": {"â": "a6", "ă": "a8", "ê": "e6", "ô": "o6", "ơ": "o7", "ư": "u7", "đ": "d9"},
}
_TONE_KEYS = {"telex": " sfrxj", "vni": " 12345"}
_FAMILIES = {"a": "aăâ", "e": "eê", "i": "i", "o": "oôơ", "u": "uư", "y": "y"}


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def is_word_char(ch: str) -> bool:
    """A letter, or a combining mark that belongs to one (NFD text)."""
    return ch.isalpha() or unicodedata.category(ch) in ("Mn", "Mc")


def split_word(text: str) -> tuple[str, str]:
    """``text`` as (everything before the last word, the last word): the word is the run of
    letters at the end (``"Chị Hư"`` → ``("Chị ", "Hư")``)."""
    i = len(text)
    while i > 0 and is_word_char(text[i - 1]):
        i -= 1
    return text[:i], text[i:]


def apply_key(word: str, key: str, method: Method = "telex", style: Style = "modern") -> str:
    """The text after typing ``key`` at the end of ``word``, NFC.

    Args:
        word: The word before the cursor (letters since the last non-letter); longer text works
            too, only its last word is changed.
        key: One key (a longer string is typed key by key).
        method: ``"telex"`` or ``"vni"``.
        style: Where tones go on ``oa``, ``oe``, ``uy``: ``"modern"`` (``hoà``) or ``"old"``
            (``hòa``).
    """
    if method not in METHODS:
        raise ValueError(f"unknown input method {method!r}")
    text = nfc(word)
    for k in nfc(key):
        head, last = split_word(text)
        text = nfc(head + _apply(last, k, method, style))
    return text


def type_keys(keys: str, method: Method = "telex", style: Style = "modern") -> str:
    """What typing ``keys`` one by one into an empty field gives: ``"Nguyeenx Thij"`` →
    ``"Nguyễn Thị"``."""
    return apply_key("", keys, method, style)


def spell(word: str, method: Method = "telex") -> str:
    """The keys that type ``word`` (marks after their letter, the tone at the end); what a word
    is given back as when it stops being Vietnamese (rule 3)."""
    w = decompose(word)
    table = _SPELL[method]
    out = []
    for k, (letter, upper) in enumerate(zip(w.letters, w.upper, strict=True)):
        keys = table.get(letter, letter)
        if method == "telex" and letter == "ư" and k == 0:
            keys = "w"  # a word that began with a lone w
        out.append(keys.upper() if upper else keys)
    if w.tone:
        toned = next((ch for ch in nfc(word) if decompose(ch).tone), "")
        key = _TONE_KEYS[method][w.tone]
        out.append(key.upper() if toned.isupper() else key)
    return "".join(out)


def accent_variants(ch: str) -> list[str]:
    """The letters a long press on ``ch`` offers: a vowel with every mark and tone (``a`` → a á
    à ả ã ạ ă ắ … ậ, in rows of six), ``d`` → d đ; capitals for a capital. Other characters:
    just themselves."""
    ch = nfc(ch)
    if len(ch) != 1:
        raise ValueError(f"one character expected, not {ch!r}")
    w = decompose(ch)
    letter, upper = base(w.letters[0]), w.upper[0]
    if letter == "d":
        found = ["d", "đ"]
    elif letter in _FAMILIES:
        found = [nfc(v + mark) for v in _FAMILIES[letter] for mark in TONE_MARKS]
    else:
        return [ch]
    return [v.upper() for v in found] if upper else found


# ---------------------------------------------------------------------- one key
@lru_cache(maxsize=8192)
def _apply(word: str, key: str, method: Method, style: Style) -> str:
    k = key.lower()
    if k in _TONES[method]:
        return _tone(word, decompose(word), _TONES[method][k], key, method, style)
    if k in _MARKS[method]:
        return _mark(word, decompose(word), _MARKS[method][k], key, method, style)
    if k == _STROKE[method]:
        return _stroke(word, decompose(word), key, method, style)
    return _append(word, key, method, style)


def _typed(word: str, key: str, method: Method, style: Style) -> str:
    """The key could not change the word: it is typed as itself."""
    return _append(word, key, method, style)


def _append(word: str, key: str, method: Method, style: Style) -> str:
    """A plain letter at the end of the word (rules 3 and 5)."""
    if not is_word_char(key):
        return word + key
    w = decompose(word)
    grown = _complete(Letters((*w.letters, key.lower()), (*w.upper, key != key.lower()), w.tone))
    if plausible(grown.letters, grown.tone):
        return compose(grown, style)
    if w.marked:
        return spell(word, method) + key
    return word + key


def _complete(w: Letters) -> Letters:
    """Rule 5: the only spellings Vietnamese has for ``uơ`` and a toned ``ie`` before a final."""
    parts = split(w.text)
    if parts is None or not parts.nucleus:
        return w
    letters = list(w.letters)
    n = parts.nucleus
    at = n.find("uơ")
    if at >= 0 and (parts.final or at + 2 < len(n)):
        letters[parts.start + at] = "ư"
    if w.tone and ((parts.final and n in ("ie", "ye", "uye")) or n in ("ieu", "yeu")):
        letters[parts.start + n.index("e")] = "ê"
    return replace(w, letters=tuple(letters))


def _tone(word: str, w: Letters, tone: int, key: str, method: Method, style: Style) -> str:
    parts = split(w.text)
    if parts is None or not parts.nucleus or not plausible(w.letters, w.tone):
        return _typed(word, key, method, style)
    if tone == 0:  # z, 0: off with the tone
        return compose(replace(w, tone=0), style) if w.tone else _typed(word, key, method, style)
    if w.tone == tone:  # the same tone again: off, and the key typed
        return compose(replace(w, tone=0), style) + key
    toned = _complete(replace(w, tone=tone))
    if plausible(toned.letters, tone):
        return compose(toned, style)
    return _typed(word, key, method, style)


def _mark(word: str, w: Letters, marks: dict[str, str], key: str, method: Method,
          style: Style) -> str:
    parts = split(w.text)
    telex_w = method == "telex" and key.lower() == "w"
    if telex_w and not word:
        return "Ư" if key.isupper() else "ư"
    if telex_w and w.text == "ư":
        return key  # w, then w again: a w
    if parts is None or not parts.nucleus or not plausible(w.letters, w.tone):
        return _typed(word, key, method, style)
    if method == "telex" and not telex_w and parts.final:
        return _typed(word, key, method, style)  # rule 4: "banana"
    start, end = parts.start, parts.start + len(parts.nucleus)
    letters = list(w.letters)
    if HORN in marks.values():
        for i in range(start, end - 1):
            if base(letters[i]) == "u" and base(letters[i + 1]) == "o":
                return _horn_pair(w, i, end, bool(parts.final), key, style) or _typed(
                    word, key, method, style)
    targets = [i for i in range(start, end) if base(letters[i]) in marks]
    for i in reversed(targets):  # the mark is there already: off, and the key typed
        if with_mark(letters[i], marks[base(letters[i])]) == letters[i]:
            letters[i] = base(letters[i])
            return compose(replace(w, letters=tuple(letters)), style) + key
    for i in reversed(targets):
        changed = list(w.letters)
        changed[i] = with_mark(letters[i], marks[base(letters[i])]) or letters[i]
        if plausible(changed, w.tone):
            return compose(replace(w, letters=tuple(changed)), style)
    return _typed(word, key, method, style)


def _horn_pair(w: Letters, i: int, end: int, has_final: bool, key: str, style: Style) -> str | None:
    """``uo`` + horn → ``ươ`` (``uơ`` while nothing follows, as in ``thuở``); again → ``uo``."""
    letters = list(w.letters)
    if letters[i + 1] == "ơ":
        letters[i], letters[i + 1] = "u", "o"
        return compose(replace(w, letters=tuple(letters)), style) + key
    open_end = i + 2 == end and not has_final
    letters[i] = "u" if open_end and letters[i] == "u" else "ư"
    letters[i + 1] = "ơ"
    if not plausible(letters, w.tone):
        return None
    return compose(replace(w, letters=tuple(letters)), style)


def _stroke(word: str, w: Letters, key: str, method: Method, style: Style) -> str:
    """``d`` → ``đ`` (Telex ``dd``, VNI ``d9``), and back."""
    letters = list(w.letters)
    has_vowel = any(letter in VOWELS for letter in letters)
    doubled = len(letters) > 1 and letters[-2] in ("d", "đ")
    if letters and not has_vowel and not doubled and letters[-1] in ("d", "đ"):
        undo = letters[-1] == "đ"
        letters[-1] = "d" if undo else "đ"
        return compose(replace(w, letters=tuple(letters)), style) + (key if undo else "")
    parts = split(w.text)
    if (has_vowel and parts is not None and parts.onset in ("d", "đ")
            and plausible(letters, w.tone)):
        undo = letters[0] == "đ"
        letters[0] = "d" if undo else "đ"
        return compose(replace(w, letters=tuple(letters)), style) + (key if undo else "")
    return _typed(word, key, method, style)
