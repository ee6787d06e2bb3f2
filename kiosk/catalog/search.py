"""Finding a procedure by what a citizen types, with or without tone marks.

Text is *folded* (control characters dropped, NFC, case-folded, tone marks removed, đ → d) and
cut into words. Every query word must be the start of some word of the procedure (its name, its
English name, its field, or its code): ``"dang ky khai sinh"``, ``"ĐĂNG KÝ"``, ``"dk kh"``... all
work. A query that looks like a code (``1.001193``, ``001193``) also matches codes.

Results are ranked: exact code, code prefix, whole name, name starting with the query, the query
as a phrase inside the name, all words in the name, all words in the English name, then the rest;
within a rank, names whose tone marks match what was typed come first, then shorter names.

The index is built once (folded keys, a sorted vocabulary, posting sets) so that a query over a
few thousand procedures costs a few bisections and set intersections.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Sequence
from typing import NamedTuple

from kiosk.catalog.model import Field, Procedure
from kiosk.textnorm import nfc, strip_accents

#: Longer queries are cut: nobody types more, and it bounds the work.
MAX_QUERY_CHARS = 200
MAX_QUERY_WORDS = 12
#: Distinct characters whose folding is remembered (bounds memory under hostile input).
FOLD_CACHE_LIMIT = 65536

_WORD_RE = re.compile(r"[^\W_]+")
_CODE_QUERY_RE = re.compile(r"[0-9a-z.]+")
_TOP = "\U0010ffff"


class _FoldTable(dict[int, str]):
    """``str.translate`` table folding one character at a time, filled on first use.

    Letters and digits are case-folded and lose their tone marks (đ → d); combining marks
    (tone marks typed as separate characters) and format characters (zero-width ones) vanish,
    so NFC and NFD input fold alike and a zero-width character does not split a word; anything
    else (spaces, punctuation, controls) becomes a space.
    """

    def __missing__(self, codepoint: int) -> str:
        ch = chr(codepoint)
        category = unicodedata.category(ch)
        if category[0] in "LN":
            folded = strip_accents(ch.casefold()).replace("ð", "d")
        elif category[0] == "M" or category == "Cf":
            folded = ""
        else:
            folded = " "
        if len(self) < FOLD_CACHE_LIMIT:
            self[codepoint] = folded
        return folded


_FOLD = _FoldTable()


def fold(text: str) -> str:
    """Text as the search compares it: ``"Đăng KÝ\u200b, khai-sinh"`` → ``"dang ky  khai sinh"``.

    Args:
        text: Any string.

    Returns:
        Lower-case letters and digits without tone marks (đ/Đ as d); every other character a
        space (not collapsed: use :func:`words` for the words).
    """
    return text.translate(_FOLD)


def words(text: str) -> list[str]:
    """The folded words of ``text``: ``"Đăng ký (khai sinh)"`` → ``["dang", "ky", "khai", "sinh"]``."""
    return fold(text).split()


def _exact_words(text: str) -> list[str]:
    """Words with their tone marks kept (lower case, NFC): to prefer what was typed."""
    return _WORD_RE.findall(nfc(text).casefold())


class _Entry(NamedTuple):
    name_key: str
    name_words: tuple[str, ...]
    name_en_words: tuple[str, ...]
    code_key: str
    name_length: int


class SearchIndex:
    """A precomputed index over procedures, answering :meth:`search` quickly.

    Args:
        procedures: The procedures, in catalog order (the last tie-breaker).
    """

    def __init__(self, procedures: Sequence[Procedure]) -> None:
        self._procedures = tuple(procedures)
        self._entries: list[_Entry] = []
        self._exact: dict[int, frozenset[str]] = {}
        postings: dict[str, set[int]] = {}
        by_field: dict[Field, list[int]] = {}
        for i, p in enumerate(self._procedures):
            by_field.setdefault(p.field, []).append(i)
            name_words = tuple(words(p.name))
            name_en_words = tuple(words(p.name_en)) if p.name_en else ()
            self._entries.append(_Entry(" ".join(name_words), name_words, name_en_words,
                                        p.code.casefold(), len(p.name)))
            for word in (*name_words, *name_en_words, *words(p.code)):
                if len(word) >= 3 or not word.isdigit():  # not the "1" of "1.001193"
                    postings.setdefault(word, set()).add(i)
        for f, ids in by_field.items():
            for word in (*words(f.name), *words(f.name_en), *words(f.code)):
                postings.setdefault(word, set()).update(ids)
        self._vocabulary = sorted(postings)
        self._postings = postings

    def __len__(self) -> int:
        return len(self._procedures)

    def search(self, text: str, limit: int | None = None) -> list[Procedure]:
        """Procedures matching ``text``, best first.

        Args:
            text: What was typed. Anything at all: never raises, empty or non-text gives [].
            limit: At most this many results (None: all).

        Returns:
            The matching procedures, ranked.
        """
        if not isinstance(text, str):
            return []
        text = text[:MAX_QUERY_CHARS]
        query_words = words(text)[:MAX_QUERY_WORDS]
        code_query = "".join(text.split()).casefold()
        candidates = self._word_matches(query_words) if query_words else set()
        by_code = self._code_matches(code_query)
        candidates |= by_code.keys()
        if not candidates:
            return []
        phrase = " ".join(query_words)
        typed = [w for w in _exact_words(text) if w != strip_accents(w)]
        ranked = sorted(
            candidates,
            key=lambda i: self._rank(i, query_words, phrase, typed, by_code.get(i)),
        )
        if limit is not None:
            ranked = ranked[: max(limit, 0)]
        return [self._procedures[i] for i in ranked]

    def _prefix_matches(self, prefix: str) -> set[int]:
        start = bisect.bisect_left(self._vocabulary, prefix)
        end = bisect.bisect_left(self._vocabulary, prefix + _TOP, lo=start)
        found: set[int] = set()
        for word in self._vocabulary[start:end]:
            found |= self._postings[word]
        return found

    def _word_matches(self, query_words: list[str]) -> set[int]:
        result: set[int] | None = None
        # the longest (rarest) words first: the intersection shrinks fastest
        for word in sorted(set(query_words), key=len, reverse=True):
            found = self._prefix_matches(word)
            result = found if result is None else result & found
            if not result:
                return set()
        return result or set()

    def _code_matches(self, code_query: str) -> dict[int, int]:
        """Index → rank (0 exact, 1 prefix, 2 inside) for a query that looks like a code."""
        if (len(code_query) < 3 or not any(c.isdigit() for c in code_query)
                or not _CODE_QUERY_RE.fullmatch(code_query)):
            return {}
        found: dict[int, int] = {}
        for i, entry in enumerate(self._entries):
            if entry.code_key == code_query:
                found[i] = 0
            elif entry.code_key.startswith(code_query):
                found[i] = 1
            elif code_query in entry.code_key:
                found[i] = 2
        return found

    def _rank(self, i: int, query_words: list[str], phrase: str, typed: list[str],
              code_rank: int | None) -> tuple[int, int, int, int, int]:
        entry = self._entries[i]
        position = 0
        if code_rank is not None:
            tier = code_rank
        elif phrase and entry.name_key == phrase:
            tier = 3
        elif phrase and entry.name_key.startswith(phrase):
            tier = 4
        elif phrase and (found := f" {entry.name_key}".find(f" {phrase}")) >= 0:
            tier, position = 5, found
        elif _all_prefixed(query_words, entry.name_words):
            tier = 6
        elif _all_prefixed(query_words, entry.name_en_words):
            tier = 7
        else:
            tier = 8
        accents_missed = 0
        if typed:
            exact = self._exact.get(i)
            if exact is None:
                exact = self._exact[i] = frozenset(_exact_words(self._procedures[i].name))
            accents_missed = sum(1 for w in typed if w not in exact)
        return (tier, accents_missed, position, entry.name_length, i)


def _all_prefixed(query_words: list[str], target: tuple[str, ...]) -> bool:
    return all(any(t.startswith(q) for t in target) for q in query_words)
