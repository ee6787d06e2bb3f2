"""What the board says, the Vietnamese way: numbers as words, letters as Vietnamese names.

"A015 → quầy 3" is announced "Mời công dân có số thứ tự A, mười lăm, đến quầy số ba" —
never "O-O-one".
"""

from __future__ import annotations

import re

DIGITS = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]

# How the Vietnamese alphabet's letters are read aloud.
LETTERS = {
    "A": "a", "B": "bê", "C": "xê", "D": "dê", "Đ": "đê", "E": "e", "F": "ép", "G": "giê",
    "H": "hát", "I": "i", "J": "gi", "K": "ca", "L": "e lờ", "M": "em mờ", "N": "en nờ",
    "O": "o", "P": "pê", "Q": "quy", "R": "e rờ", "S": "ét xì", "T": "tê", "U": "u",
    "V": "vê", "W": "vê kép", "X": "ích xì", "Y": "i dài", "Z": "dét",
}


def _below_thousand(n: int, full: bool) -> str:
    """0 < n < 1000; ``full`` when a higher group precedes (then 'không trăm', 'linh')."""
    hundreds, rest = divmod(n, 100)
    tens, units = divmod(rest, 10)
    words: list[str] = []
    if hundreds or full:
        words += [DIGITS[hundreds], "trăm"]
    if tens == 0:
        if units:
            if hundreds or full:
                words.append("linh")
            words.append(DIGITS[units])
        return " ".join(words)
    if tens == 1:
        words.append("mười")
    else:
        words += [DIGITS[tens], "mươi"]
    if units == 1:
        words.append("mốt" if tens > 1 else "một")
    elif units == 4:
        words.append("tư" if tens > 1 else "bốn")
    elif units == 5:
        words.append("lăm")
    elif units:
        words.append(DIGITS[units])
    return " ".join(words)


def number_words(n: int) -> str:
    """Vietnamese words for 0 <= n < 1,000,000,000."""
    if n < 0 or n >= 1_000_000_000:
        raise ValueError(n)
    if n == 0:
        return "không"
    groups = [(n // 1_000_000, "triệu"), (n // 1000 % 1000, "nghìn"), (n % 1000, "")]
    words: list[str] = []
    for value, unit in groups:
        if value:
            words.append(_below_thousand(value, full=bool(words)))
            if unit:
                words.append(unit)
    return " ".join(words)


def spoken_label(label: str) -> str:
    """'A015' -> 'A, mười lăm'; 'BC120' -> 'bê xê, một trăm hai mươi'."""
    match = re.fullmatch(r"([A-ZĐ]*)(\d+)", label.strip().upper())
    if not match:
        return label
    letters, digits = match.groups()
    spoken_letters = " ".join(LETTERS.get(ch, ch) for ch in letters)
    # a single vowel letter reads as itself, but written uppercase it is clearer to engines
    if letters in ("A", "E", "I", "O", "U", "Y"):
        spoken_letters = letters
    number = number_words(int(digits))
    return f"{spoken_letters}, {number}" if spoken_letters else number


def announcement_text(label: str, counter: int) -> str:
    """The sentence shown under the board's newest call (numbers as digits)."""
    return f"Mời công dân có số thứ tự {label} đến quầy số {counter}"


def announcement_speech(label: str, counter: int) -> str:
    """The same sentence written for a speech engine (numbers as words)."""
    return f"Mời công dân có số thứ tự {spoken_label(label)}, đến quầy số {number_words(counter)}."
