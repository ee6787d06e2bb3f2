"""The applicant block (``Applicant.parse``: a JSON object from a CLI file or the counter's
form; ``Applicant.from_json``: what the store and the sync feed hold)."""

from __future__ import annotations

import datetime as dt
import unicodedata

from hypothesis import example, given, settings
from hypothesis import strategies as st

from kiosk.dossier.applicant import Applicant, mask_name
from kiosk.errors import KioskError
from tests.fuzz.helpers import ANY_TEXT, assert_kiosk_error

JSON_SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), ANY_TEXT)
JSON = st.recursive(JSON_SCALARS, lambda inner: st.one_of(st.lists(inner, max_size=3),
                                                          st.dictionaries(ANY_TEXT, inner, max_size=3)),
                    max_leaves=8)
VALUES = {
    "name": st.one_of(ANY_TEXT, st.just("Nguyễn Văn An")),
    "id_number": st.one_of(st.from_regex(r"[0-9 ]{8,14}", fullmatch=True), ANY_TEXT, st.just("١٢٣٤٥٦٧٨٩")),
    "birth_date": st.one_of(st.dates().map(dt.date.isoformat), ANY_TEXT,
                            st.sampled_from(["20000101", "2000-W01-1", "2000-02-30", "1899-12-31"])),
    "address": ANY_TEXT,
    "phone": st.one_of(st.from_regex(r"\+?[0-9 .-]{6,17}", fullmatch=True), ANY_TEXT),
    "email": st.one_of(st.emails(), ANY_TEXT),
}
APPLICANT_LIKE = st.fixed_dictionaries({}, optional={k: st.one_of(v, JSON) for k, v in VALUES.items()})


def _check(applicant: Applicant) -> None:
    for key in ("name", "id_number", "address", "phone", "email"):
        value = getattr(applicant, key)
        assert unicodedata.is_normalized("NFC", value)
        assert not any(unicodedata.category(ch)[0] == "C" and ch != " " for ch in value), repr(value)
    assert applicant.id_number.isascii() and len(applicant.id_number) in (9, 12)
    assert applicant.birth_date is not None and dt.date(1900, 1, 1) <= applicant.birth_date <= dt.date.today()


@settings(max_examples=400, deadline=None)
@given(st.one_of(APPLICANT_LIKE, JSON))
@example({"name": "a", "id_number": "١٢٣٤٥٦٧٨٩", "birth_date": "2000-01-01", "address": "x"})
@example({"name": "a", "id_number": "123456789", "birth_date": "2000-W01-1", "address": "x"})
@example({"name": "a", "id_number": "123456789", "birth_date": "20000101", "address": "x"})
def test_parse(raw: object) -> None:
    try:
        applicant = Applicant.parse(raw)
    except KioskError as exc:
        assert exc.key == "applicant_invalid"
        assert_kiosk_error(exc)
        return
    _check(applicant)
    # what is stored reads back the same, and parses again to the same
    assert Applicant.from_json(applicant.to_json()) == applicant
    assert Applicant.parse(applicant.to_json()) == applicant


@settings(max_examples=300, deadline=None)
@given(st.one_of(APPLICANT_LIKE, JSON))
@example({"birth_date": "x"})
@example({"birth_date": 5, "name": ["a"]})
def test_from_json_never_raises(raw: object) -> None:
    applicant = Applicant.from_json(raw)
    assert isinstance(applicant.name, str) and isinstance(applicant.address, str)


@settings(max_examples=300, deadline=None)
@given(ANY_TEXT)
def test_mask_name(name: str) -> None:
    masked = mask_name(name)
    assert len(masked) <= max(len(name), 2) * 2 + 2
