"""Text a citizen types or a code carries: catalog search queries (any unicode, huge too), the
Telex/VNI engine (any key sequence), VietQR payloads, and the receipt's barcode/QR codes."""

from __future__ import annotations

import unicodedata

from hypothesis import example, given, settings
from hypothesis import strategies as st

from kiosk.catalog import default_catalog
from kiosk.catalog.search import MAX_QUERY_CHARS, fold, words
from kiosk.forms.codes import CODE128_MAX, CodeError, code128_modules, qr_matrix
from kiosk.payments.errors import VietQRError
from kiosk.payments.vietqr import (
    PURPOSE_MAX,
    check_crc,
    decode,
    normalise_purpose,
    parse_amount,
    parse_tlv,
    vietqr_payload,
)
from kiosk.textinput import METHODS, accent_variants, apply_key, spell, type_keys
from tests.fuzz.helpers import ANY_TEXT, assert_kiosk_error

CATALOG = default_catalog()
ALL_CODES = {p.code for p in CATALOG.procedures}


# ---------------------------------------------------------------- search
@settings(max_examples=300, deadline=None)
@given(st.one_of(ANY_TEXT, st.text(alphabet="đăâêôơư aeiouydkhsinhĐĂNG KÝ0123456789.", max_size=60)),
       st.one_of(st.none(), st.integers(-3, 50)))
@example("dang ky khai sinh", None)
@example("\u0301" * 500, 3)
@example("1.001193", None)
def test_search_any_query(text: str, limit: int | None) -> None:
    found = CATALOG.search(text, limit=limit)
    assert all(p.code in ALL_CODES for p in found)
    assert len({p.code for p in found}) == len(found)
    if limit is not None:
        assert len(found) <= max(limit, 0)
    assert CATALOG.search(text, limit=limit) == found  # deterministic
    # only what was typed within the bound counts: a longer query gives the same as its start
    assert CATALOG.search(text + "x" * (MAX_QUERY_CHARS + 1 - len(text)), limit=limit) == \
        CATALOG.search((text + "x" * MAX_QUERY_CHARS)[:MAX_QUERY_CHARS], limit=limit)


@settings(max_examples=10, deadline=None)
@given(st.text(min_size=1, max_size=5), st.integers(10_000, 200_000))
def test_search_huge_queries(chunk: str, repeat: int) -> None:
    """A megabyte typed (or pasted by a wedge scanner) is cut, not searched: no exception, and
    the Hypothesis deadline is the bound on time (fold and the cut are linear)."""
    CATALOG.search(chunk * repeat, limit=10)


@settings(max_examples=300, deadline=None)
@given(ANY_TEXT)
def test_fold(text: str) -> None:
    folded = fold(text)
    assert fold(folded) == folded  # idempotent
    assert all(w == w.lower() or not w.isascii() for w in words(text))
    assert not any(unicodedata.category(ch)[0] in "MC" for ch in folded)


def test_search_rejects_non_text() -> None:
    for value in (None, 5, b"dang ky", ["x"]):
        assert CATALOG.search(value) == []  # type: ignore[arg-type]


# ---------------------------------------------------------------- Telex / VNI
KEYS = st.text(alphabet=st.one_of(st.sampled_from("aAeEoOuUiIyYwWdDsSfFrRxXjJzZ0123456789 bcghklmnpqtv'-"),
                                  st.characters()), max_size=40)


@settings(max_examples=400, deadline=None)
@given(KEYS, st.sampled_from(METHODS), st.sampled_from(["modern", "old"]))
@example("nguyeenx", "telex", "modern")
@example("\u0301w", "telex", "modern")
@example("ddd9999", "vni", "old")
def test_type_any_keys(keys: str, method: str, style: str) -> None:
    text = type_keys(keys, method, style)  # type: ignore[arg-type]
    assert unicodedata.is_normalized("NFC", text)
    # typing key by key gives the same as typing the string
    step = ""
    for k in keys:
        step = apply_key(step, k, method, style)  # type: ignore[arg-type]
    assert step == text


@settings(max_examples=300, deadline=None)
@given(ANY_TEXT.map(lambda t: t[:30]), KEYS.map(lambda t: t[:3]), st.sampled_from(METHODS))
def test_apply_key_to_any_text(word: str, key: str, method: str) -> None:
    out = apply_key(word, key, method)  # type: ignore[arg-type]
    assert unicodedata.is_normalized("NFC", out)
    spell(out.split()[-1] if out.split() else "", method)  # type: ignore[arg-type]


@settings(max_examples=300, deadline=None)
@given(st.characters())
def test_accent_variants(ch: str) -> None:
    variants = accent_variants(unicodedata.normalize("NFC", ch)) if len(unicodedata.normalize("NFC", ch)) == 1 else []
    assert all(unicodedata.is_normalized("NFC", v) for v in variants)


# ---------------------------------------------------------------- VietQR
TLV_ISH = st.lists(st.one_of(
    st.tuples(st.from_regex(r"[0-9]{2}", fullmatch=True), st.text(max_size=12)).map(
        lambda tv: f"{tv[0]}{len(tv[1]):02d}{tv[1]}"),
    st.from_regex(r"[0-9]{0,6}", fullmatch=True), ANY_TEXT.map(lambda t: t[:8])), max_size=8).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.one_of(TLV_ISH, ANY_TEXT, TLV_ISH.map(lambda t: t + "6304")))
@example("")
@example("\u0344" * 27 + "50^")  # atheris: the quoted fragment was not NFC in the message
@example("38" + "99" + "0")
@example("6304")
def test_vietqr_parse_any_text(payload: str) -> None:
    for fn in (parse_tlv, check_crc, decode):
        try:
            fn(payload)
        except VietQRError as exc:
            assert_kiosk_error(exc)


@settings(max_examples=300, deadline=None)
@given(st.from_regex(r"[0-9]{6}", fullmatch=True), st.from_regex(r"[0-9A-Za-z]{1,19}", fullmatch=True),
       st.one_of(st.none(), st.integers(1, 9_999_999_999_999)), ANY_TEXT)
def test_vietqr_round_trip(bank_bin: str, account: str, amount: int | None, purpose: str) -> None:
    payload = vietqr_payload(bank_bin, account, amount, purpose)
    assert payload.isascii()
    tree = decode(payload)
    merchant = tree["38"]
    assert isinstance(merchant, dict) and isinstance(merchant["01"], dict)
    assert merchant["01"]["00"] == bank_bin and merchant["01"]["01"] == account
    assert tree.get("54") == (str(amount) if amount is not None else None)
    text = normalise_purpose(purpose)
    assert len(text) <= PURPOSE_MAX and text.isascii() and normalise_purpose(text) == text
    if text:
        additional = tree["62"]
        assert isinstance(additional, dict) and additional["08"] == text


@settings(max_examples=300, deadline=None)
@given(st.one_of(ANY_TEXT, st.from_regex(r"[+-]?[0-9]{1,20}", fullmatch=True)))
@example("9" * 5000)  # int() of more than 4,300 digits raised a bare ValueError
@example("0" * 5000 + "5")
@example("-" + "9" * 5000)
def test_parse_amount(text: str) -> None:
    try:
        amount = parse_amount(text)
    except VietQRError as exc:
        assert_kiosk_error(exc)
    else:
        assert 1 <= amount <= 9_999_999_999_999


# ---------------------------------------------------------------- receipt codes
@settings(max_examples=200, deadline=None)
@given(st.one_of(ANY_TEXT, st.text(alphabet=st.characters(max_codepoint=127), max_size=60),
                 st.from_regex(r"[0-9A-Z.]{1,13}-[0-9]{6}-[0-9]{4}", fullmatch=True)))
@example("")
@example("ệ")
def test_code128(data: str) -> None:
    try:
        modules = code128_modules(data)
    except CodeError as exc:
        assert "/" in str(exc) and str(exc).strip()
        assert not (1 <= len(data) <= CODE128_MAX and data.isascii())
        return
    assert set(modules) <= {"0", "1"} and modules.startswith("1") and modules.endswith("1")


@settings(max_examples=40, deadline=None)
@given(st.one_of(ANY_TEXT, st.integers(0, 3000).map(lambda n: "x" * n)))
@example("\ud800")
@example("x" * 2332)
def test_qr(data: str) -> None:
    try:
        matrix = qr_matrix(data)
    except CodeError as exc:
        assert "/" in str(exc) and str(exc).strip()
        return
    assert len(matrix) == len(matrix[0]) >= 21 + 8
