"""Code 128 for receipt printers: the data of ``GS k 73`` with code set C for runs of digits.

A dossier code (``000.00.06.H56-231027-0361``) in code set B alone is 310 modules: 620 dots at
2 dots a module, wider than 80 mm paper (576). Digit pairs in code set C bring it to 288.
"""

from __future__ import annotations

import re

_DIGIT_RUN = re.compile(r"\d{4,}")


def segments(text: str) -> list[tuple[str, str]]:
    """``[(code set, text), ...]``: runs of 4+ digits in C (an odd run leaves its first digit
    in B), the rest in B."""
    out: list[tuple[str, str]] = []
    pos = 0
    for m in _DIGIT_RUN.finditer(text):
        start = m.start() + (len(m.group()) % 2)
        if start > pos:
            out.append(("B", text[pos:start]))
        out.append(("C", text[start:m.end()]))
        pos = m.end()
    if pos < len(text):
        out.append(("B", text[pos:]))
    return out


def escpos_data(text: str) -> bytes:
    """The bytes after ``GS k 73 n``: ``{B`` then characters, ``{C`` then one byte per pair."""
    if any(not 32 <= ord(ch) < 127 for ch in text):
        raise ValueError(f"Code 128 (B/C) takes printable ASCII only: {text!r}")
    data = bytearray()
    for charset, part in segments(text):
        data += b"{" + charset.encode()
        if charset == "C":
            data += bytes(int(part[i:i + 2]) for i in range(0, len(part), 2))
        else:
            data += part.replace("{", "{{").encode("ascii")
    return bytes(data)


def decode_escpos_data(body: bytes) -> str:
    """What ``escpos_data`` encoded (the simulated paper and tests read it back)."""
    out: list[str] = []
    charset = "B"
    i = 0
    while i < len(body):
        b = body[i]
        if b == ord("{") and i + 1 < len(body):
            nxt = chr(body[i + 1])
            if nxt in "ABC":
                charset = nxt
                i += 2
                continue
            if nxt == "{":
                out.append("{")
                i += 2
                continue
        out.append(f"{b:02d}" if charset == "C" else chr(b))
        i += 1
    return "".join(out)


def modules(text: str) -> int:
    """How many modules wide the symbol is (without quiet zones): 11 per symbol, 13 for stop."""
    symbols = 2  # start and check
    for k, (charset, part) in enumerate(segments(text)):
        symbols += (1 if k else 0) + (len(part) // 2 if charset == "C" else len(part))
    return symbols * 11 + 13
