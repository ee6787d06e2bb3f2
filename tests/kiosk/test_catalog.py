"""The procedure catalog: the sample is complete and valid, search forgives missing tone marks,
and every mistake in a catalog file is reported with the file, the procedure and the field."""

from __future__ import annotations

import ast
import dataclasses
import datetime as dt
import json
import string
import time
import unicodedata
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from kiosk.catalog import (
    PROCESSING_UNITS,
    SERVICE_LEVELS,
    Catalog,
    CatalogError,
    CatalogLookupError,
    Component,
    Fee,
    Field,
    Procedure,
    catalog_to_csv,
    default_catalog,
    default_catalog_path,
    load_catalog,
    parse_catalog,
    write_csv,
)
from kiosk.catalog.errors import MESSAGES
from kiosk.catalog.model import CODE_RE
from kiosk.catalog.search import fold, words
from kiosk.catalog.text import fees_text, listing, money, processing_text
from kiosk.errors import ConfigError
from kiosk.textnorm import strip_accents

SIX_FIELDS = {"hotich", "chungthuc", "datdai", "xaydung", "dautu", "dkkd"}


@cache
def sample() -> Catalog:
    return default_catalog()


def _procedure(code: str = "1.001193", **overrides: Any) -> dict[str, Any]:
    """A valid procedure in the JSON shape, with some values replaced."""
    raw: dict[str, Any] = {
        "code": code,
        "name": "Đăng ký khai sinh",
        "field": "hotich",
        "level": "toan_trinh",
        "agency": "Ủy ban nhân dân cấp xã",
        "result": "Giấy khai sinh",
        "processing": {"amount": 0, "unit": "same_day", "cutoff": "15:00"},
        "fees": [],
        "components": [{"id": "tk", "name": "Tờ khai đăng ký khai sinh", "originals": 1}],
    }
    raw.update(overrides)
    return raw


def _document(*procedures: dict[str, Any]) -> dict[str, Any]:
    return {"fields": [{"code": "hotich", "name": "Hộ tịch", "name_en": "Civil status"}],
            "procedures": list(procedures)}


def _write(tmp_path: Path, doc: object, name: str = "catalog.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def _load_error(tmp_path: Path, doc: object) -> CatalogError:
    path = _write(tmp_path, doc)
    with pytest.raises(CatalogError) as err:
        load_catalog(path)
    return err.value


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in (*_strings(k), *_strings(v))]
    if isinstance(value, list | tuple):
        return [s for v in value for s in _strings(v)]
    return []


# --------------------------------------------------------------------------- the sample
def test_sample_has_30_procedures_over_the_six_fields_and_says_it_is_sample():
    catalog = sample()
    assert len(catalog) >= 30
    counts = {f.code: n for f, n in catalog.fields()}
    assert set(counts) == SIX_FIELDS
    assert all(n >= 4 for n in counts.values()), counts
    assert [f.name for f, _ in catalog.fields()] == [
        "Hộ tịch", "Chứng thực", "Đất đai", "Xây dựng", "Đầu tư", "Đăng ký kinh doanh"]
    assert catalog.sample and all(p.sample for p in catalog)
    assert "MẪU" in catalog.note and "dichvucong.gov.vn" in catalog.note
    assert default_catalog_path().name == "sample_procedures.json"


def test_every_sample_procedure_is_complete_and_valid():
    for p in sample():
        assert CODE_RE.fullmatch(p.code), p.code
        assert p.name and p.name_en and p.agency and p.result and p.legal_basis, p.code
        assert p.level in SERVICE_LEVELS and p.processing_unit in PROCESSING_UNITS, p.code
        if p.processing_unit == "same_day":
            assert p.processing_amount == 0
        else:
            assert p.processing_amount >= 1
        assert p.has_components and p.mandatory_components, p.code
        ids = [c.id for c in p.components]
        assert len(set(ids)) == len(ids), p.code
        for c in p.components:
            assert c.copies >= 1 and min(c.originals, c.certified_copies, c.photocopies) >= 0
        for fee in p.fees:
            assert isinstance(fee.amount, int) and fee.amount > 0 and fee.name
    assert sample().without_components() == []


def test_all_sample_text_is_nfc_with_full_tone_marks():
    raw = default_catalog_path().read_text(encoding="utf-8")
    assert unicodedata.is_normalized("NFC", raw)
    for text in _strings(sample().to_dict()):
        assert unicodedata.is_normalized("NFC", text), text
        assert text == text.strip() and "\u200b" not in text
    names = {p.name for p in sample()}
    assert {"Đăng ký khai sinh", "Đăng ký khai tử", "Đăng ký kết hôn",
            "Cấp Giấy xác nhận tình trạng hôn nhân", "Đăng ký thành lập hộ kinh doanh"} <= names


def test_processing_keeps_the_shape_the_appointment_calculator_reads():
    birth = sample().require("1.001193")
    assert birth.processing == {"amount": 0, "unit": "same_day", "cutoff": "15:00"}
    assert birth.processing_cutoff == dt.time(15, 0) and birth.is_free
    permit = sample().search("cap giay phep xay dung moi")[0]
    assert permit.processing == {"amount": 15, "unit": "working_days", "cutoff": None}
    copy = sample().require("2.000815")
    assert copy.processing_unit == "same_day"
    assert [(f.amount, f.unit) for f in copy.fees] == [(2000, "trang"), (1000, "trang")]
    assert {p.processing_unit for p in sample()} >= {"same_day", "working_days", "calendar_days"}


def test_display_texts_in_both_languages():
    birth, copy = sample().require("1.001193"), sample().require("2.000815")
    assert processing_text(birth) == "Trong ngày (nhận sau 15:00: trả ngày làm việc tiếp theo)"
    assert processing_text(birth, "en") == "Same day (received after 15:00: next working day)"
    assert fees_text(birth) == "Miễn phí" and fees_text(birth, "en") == "Free"
    assert "2.000 đ/trang" in fees_text(copy) and "2,000 VND/trang" in fees_text(copy, "en")
    assert money(200000) == "200.000 đ"
    assert listing([birth]).startswith("1.001193  Đăng ký khai sinh  [Hộ tịch]")
    assert listing([], "en") == "No procedure matches."


# --------------------------------------------------------------------------- look-ups
def test_get_by_code_and_fields_by_code_or_name():
    catalog = sample()
    assert catalog.get(" 1.001193 ").name == "Đăng ký khai sinh"
    assert catalog.get("9.999999") is None and "1.001193" in catalog
    with pytest.raises(CatalogLookupError) as err:
        catalog.require("9.999999")
    assert "9.999999" in err.value.message_vi and "no procedure" in err.value.message_en
    land = catalog.by_field("datdai")
    assert land and all(p.field.code == "datdai" for p in land)
    assert catalog.by_field("DATDAI") == catalog.by_field("Đất đai") == catalog.by_field("dat dai") == land
    assert catalog.by_field("Land") == land and catalog.by_field("nope") == []
    with pytest.raises(CatalogLookupError) as err:
        catalog.require_field("nope")
    assert "hotich (Hộ tịch)" in err.value.message("vi") and "Fields:" in err.value.message("en")


def test_select_is_what_the_listing_command_needs():
    catalog = sample()
    assert catalog.select() == list(catalog)
    assert catalog.select(field="hotich") == catalog.by_field("hotich")
    assert catalog.select(text="  ") == list(catalog)
    within = catalog.select(field="chungthuc", text="ban sao")
    assert within and all(p.field.code == "chungthuc" for p in within)
    assert catalog.select(field="hotich", text="xay dung") == []
    with pytest.raises(CatalogLookupError):
        catalog.select(field="khong-co")


def test_to_dict_loads_back_to_an_equal_catalog():
    again = parse_catalog(json.loads(json.dumps(sample().to_dict(), ensure_ascii=False)))
    assert list(again) == list(sample())
    assert again.fields() == sample().fields() and again.sample and again.version == sample().version


# --------------------------------------------------------------------------- search
def test_search_without_tone_marks_finds_birth_registration_first():
    results = sample().search("dang ky khai sinh")
    assert results[0].name == "Đăng ký khai sinh"
    assert {p.code for p in results} >= {"1.001193", "1.004884", "1.000689"}


def test_search_by_code_whole_prefix_or_number():
    catalog = sample()
    for query in ("1.001193", " 1.001193 ", "001193", "1.0011"):
        assert catalog.search(query)[0].code == "1.001193", query
    local = Catalog([_model("1.000948.H38", "Thủ tục có mã tỉnh"), _model("1.000949", "Khác")])
    assert [p.code for p in local.search("1.000948.h38")] == ["1.000948.H38"]
    assert local.search("1.000948")[0].code == "1.000948.H38"


def test_search_ignores_case():
    catalog = sample()
    upper, lower, accented = (catalog.search(q) for q in ("DANG KY", "dang ky", "Đăng Ký"))
    assert upper == lower and set(upper) == set(accented) and len(upper) > 10
    for p in upper:
        target = words(f"{p.name} {p.field.name}")
        assert any(w.startswith("dang") for w in target) and any(w.startswith("ky") for w in target)


def test_search_folds_d_bar():
    results = sample().search("dat dai")
    assert set(sample().by_field("datdai")) <= set(results)
    assert "đất đai" in results[0].name
    assert sample().search("ĐẤT ĐAI")[:1] == results[:1]
    assert fold("Đ") == fold("đ") == "d"


def test_search_words_are_prefixes_and_all_must_match():
    catalog = sample()
    assert catalog.search("dang k kh si")[0].code == "1.001193"
    assert [p.code for p in catalog.search("khai sinh lai")] == ["1.004884"]
    assert catalog.search("khai sinh xay dung") == []


def test_no_match_gives_an_empty_list():
    for query in ("xyzzy", "", "   ", "!!!", "1", "1.", "khai sinh zzz", "\u200b"):
        assert sample().search(query) == [], query


def test_search_limit_and_field_filter():
    catalog = sample()
    assert len(catalog.search("dang ky", limit=2)) == 2
    assert catalog.search("dang ky", limit=0) == []
    only = catalog.search("dang ky", field="dkkd")
    assert only and all(p.field.code == "dkkd" for p in only)
    assert catalog.search("dang ky", field="unknown") == []


def test_tone_marks_typed_decide_between_look_alike_names():
    catalog = Catalog([_model("1.000001", "Xác nhận đạt chuẩn"),
                       _model("1.000002", "Xác nhận đất ở của hộ gia đình")])
    assert catalog.search("xac nhan dat")[0].code == "1.000001"  # shorter name first
    assert catalog.search("xác nhận đất")[0].code == "1.000002"  # what was typed first


def test_decomposed_and_zero_width_queries_fold_like_the_nfc_one():
    nfd = unicodedata.normalize("NFD", "Đăng ký khai sinh")
    assert sample().search(nfd) == sample().search("Đăng ký khai sinh")
    assert sample().search("dang ky kh\u200bai sinh")[0].code == "1.001193"  # inside a word: joined


def _model(code: str, name: str, field: Field | None = None) -> Procedure:
    return Procedure(code=code, name=name, field=field or Field("hotich", "Hộ tịch"), level="mot_phan",
                     processing_amount=3, processing_unit="working_days", processing_cutoff=None,
                     agency="UBND cấp xã", result="Kết quả",
                     components=(Component("c1", "Đơn", originals=1),))


@settings(max_examples=300)
@given(st.text())
@example("\ud800")
@example("\x00\x1f\u200b\u0301\u0301")
@example("İ ß ﬁ ǅ Ⅻ ⑴ ½ ٣")
@example("Đ" * 5000)
@example("1." * 300)
@example("a " * 500)
def test_search_never_raises_on_any_text(text):
    results = sample().search(text)
    assert isinstance(results, list) and all(isinstance(p, Procedure) for p in results)
    assert sample().search(text, limit=3) == results[:3]


def test_search_of_something_that_is_not_text_gives_nothing():
    assert sample().search(None) == []  # type: ignore[arg-type]
    assert sample().search(42) == []  # type: ignore[arg-type]


@given(st.sampled_from(sample().procedures), st.sampled_from([str.lower, str.upper, str.title, str]))
def test_a_procedures_own_name_without_tone_marks_finds_it_first(procedure, case):
    query = case(strip_accents(procedure.name))
    assert sample().search(query)[0] is procedure


@given(st.sampled_from(sample().procedures), st.data())
def test_any_leading_words_of_a_name_find_it(procedure, data):
    name_words = words(procedure.name)
    count = data.draw(st.integers(1, len(name_words)))
    cut = [w[: data.draw(st.integers(1, len(w)))] for w in name_words[:count]]
    assert procedure in sample().search(" ".join(cut))


VI_WORDS = ["đăng", "ký", "khai", "sinh", "tử", "kết", "hôn", "chứng", "thực", "bản", "sao", "đất",
            "đai", "xây", "dựng", "giấy", "phép", "hộ", "kinh", "doanh", "cấp", "lại", "đổi",
            "thửa", "nhà", "ở", "riêng", "lẻ", "đầu", "tư", "Ủy", "ban", "QUYỀN", "sử", "dụng"]


@settings(max_examples=100)
@given(st.lists(st.lists(st.sampled_from(VI_WORDS), min_size=1, max_size=8), min_size=1, max_size=6))
def test_in_any_catalog_a_name_folded_finds_its_procedure(names):
    catalog = Catalog([_model(f"1.{i:06d}", " ".join(ws)) for i, ws in enumerate(names)])
    for procedure in catalog:
        found = catalog.search(strip_accents(procedure.name).upper())
        assert procedure in found
        assert fold(found[0].name).split() == fold(procedure.name).split()


def test_search_is_fast_over_five_thousand_procedures():
    base = sample().procedures
    many = [dataclasses.replace(base[i % len(base)], code=f"1.{i:06d}",
                                name=f"{base[i % len(base)].name} (trường hợp {i})") for i in range(5000)]
    start = time.perf_counter()
    catalog = Catalog(many)
    built = time.perf_counter() - start
    queries = ["dang ky khai sinh", "giay phep xay dung", "1.004242", "ho kinh doanh", "chung thuc",
               "xyz", "dat dai", "cap doi giay chung nhan"]
    start = time.perf_counter()
    for query in queries * 5:
        catalog.search(query, limit=20)
    per_query = (time.perf_counter() - start) / (len(queries) * 5)
    # generous bounds for a loaded CI machine; a desktop does ~0.1 s and ~3 ms
    assert built < 3.0 and per_query < 0.05, (built, per_query)


# --------------------------------------------------------------------------- loader errors
def test_duplicate_code_is_refused_naming_file_code_and_both_places(tmp_path):
    err = _load_error(tmp_path, _document(_procedure("1.001193"), _procedure("1.001193", name="Khác")))
    assert [p.key for p in err.problems] == ["duplicate_code"]
    vi, en = err.message_vi, err.message_en
    assert "catalog.json" in vi and "procedures[1] (1.001193) › code" in vi
    assert "bị trùng" in vi and "procedures[0]" in vi
    assert "used twice" in en and "was not loaded" in en
    assert isinstance(err, ConfigError) and err.exit_code == 11 and err.message("en") == en


def test_unknown_unit_is_refused_with_the_valid_ones(tmp_path):
    bad = _procedure(processing={"amount": 5, "unit": "ngay_lam_viec"})
    err = _load_error(tmp_path, _document(bad))
    assert "(1.001193) › processing.unit" in err.message_vi
    assert "“ngay_lam_viec” không hợp lệ" in err.message_vi
    for unit in PROCESSING_UNITS:
        assert unit in err.message_en


def test_negative_counts_are_refused(tmp_path):
    bad = _procedure(components=[{"id": "tk", "name": "Tờ khai", "originals": 1, "photocopies": -2}])
    err = _load_error(tmp_path, _document(bad))
    assert err.problems[0].field == "components[0].photocopies"
    assert "components[0].photocopies: không được là số âm (đang là -2)" in err.message_vi
    assert "must not be negative (it is -2)" in err.message_en


def test_malformed_json_says_where(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('{"procedures": [\n  {"code": "1.001193",}\n]}', encoding="utf-8")
    with pytest.raises(CatalogError) as err:
        load_catalog(path)
    assert "broken.json" in err.value.message_vi and "JSON không hợp lệ ở dòng 2" in err.value.message_vi
    assert "invalid JSON at line 2" in err.value.message_en


@pytest.mark.parametrize(("content", "key", "vi"), [
    (b"\xff\xfe\x00{", "not_utf8", "không phải văn bản UTF-8"),
    (b"[1, 2]", "not_catalog_object", "“procedures”"),
    (b'{"procedures": []}', "no_procedures", "không có thủ tục nào"),
])
def test_files_that_are_not_catalogs(tmp_path, content, key, vi):
    path = tmp_path / "x.json"
    path.write_bytes(content)
    with pytest.raises(CatalogError) as err:
        load_catalog(path)
    assert err.value.problems[0].key == key and vi in err.value.message_vi


def test_missing_file_and_unknown_format(tmp_path):
    with pytest.raises(CatalogError) as err:
        load_catalog(tmp_path / "none.json")
    assert "none.json" in err.value.message_vi and "không tìm thấy tệp" in err.value.message_vi
    with pytest.raises(CatalogError) as err:
        load_catalog(tmp_path / "catalog.xlsx")
    assert ".json" in err.value.message_en and ".csv" in err.value.message_en


def test_default_catalog_follows_the_resources_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("KIOSK_RESOURCES", str(tmp_path))
    with pytest.raises(CatalogError) as err:
        default_catalog()
    assert str(tmp_path / "catalog" / "sample_procedures.json") in err.value.message_vi


def test_every_problem_of_a_file_is_reported_at_once(tmp_path):
    bad = _procedure(
        "1.1193",
        procesing={},
        level="level4",
        field="hotch",
        processing={"amount": 1, "unit": "same_day", "cutoff": "25:00"},
        fees=[{"name": "Lệ phí", "amount": "5.000"}],
        components=[{"id": "tk", "name": "Tờ khai", "originals": True},
                    {"id": "tk", "name": "", "originals": 0},
                    {"id": "c 2", "name": "Giấy", "certified_copies": 1.5}],
        legal_basis="Luật Hộ tịch",
    )
    worse = {"code": "2.000635", "name": "  ", "field": "hotich"}
    err = _load_error(tmp_path, _document(bad, worse))
    fields = {(p.index, p.field): p.key for p in err.problems}
    assert fields == {
        (0, "code"): "bad_code",
        (0, "procesing"): "unknown_key",
        (0, "level"): "not_one_of",
        (0, "field"): "unknown_field",
        (0, "processing.amount"): "same_day_amount",
        (0, "processing.cutoff"): "bad_cutoff",
        (0, "fees[0].amount"): "must_be_int",
        (0, "components[0].originals"): "must_be_int",
        (0, "components[1].id"): "duplicate_component",
        (0, "components[1].name"): "empty_text",
        (0, "components[2].id"): "bad_component_id",
        (0, "components[2].certified_copies"): "must_be_int",
        (0, "legal_basis"): "must_be_list",
        (1, "name"): "empty_text",
        (1, "level"): "required",
        (1, "agency"): "required",
        (1, "result"): "required",
        (1, "processing"): "required",
    }
    vi = err.message_vi
    assert "procesing" in vi and "processing" in vi  # the typo and the valid key
    assert "“hotch” chưa được khai báo" in vi and "hotich" in vi
    assert "25:00" in vi and "HH:MM" in err.message_en


def test_amount_rules_per_unit(tmp_path):
    zero = _procedure(processing={"amount": 0, "unit": "working_days"})
    missing = _procedure("2.000635", processing={"unit": "calendar_days"})
    no_copies = _procedure("1.000656", components=[{"id": "tk", "name": "Tờ khai"}])
    err = _load_error(tmp_path, _document(zero, missing, no_copies))
    assert [p.key for p in err.problems] == ["amount_too_small", "required", "no_copies"]
    assert "phải từ 1 trở lên khi đơn vị là “working_days”" in err.message_vi


def test_processing_rules_match_the_appointment_calculator(tmp_path):
    cutoff = _procedure(processing={"amount": 5, "unit": "working_days", "cutoff": "15:00"})
    huge = _procedure("2.000635", processing={"amount": 50000, "unit": "calendar_days"})
    err = _load_error(tmp_path, _document(cutoff, huge))
    assert [p.key for p in err.problems] == ["cutoff_same_day_only", "amount_too_large"]
    assert "chỉ dùng cho thủ tục trả trong ngày" in err.message_vi and "at most 3660" in err.message_en


def test_every_sample_processing_time_is_accepted_by_the_calendar():
    processing = pytest.importorskip("kiosk.calendar.processing")
    for p in sample():
        parsed = processing.ProcessingTime.parse(p.processing)
        assert (parsed.unit, parsed.amount, parsed.cutoff) == (
            p.processing_unit, p.processing_amount, p.processing_cutoff), p.code


def test_default_catalog_is_read_once_and_shared():
    assert default_catalog() is default_catalog()


def test_long_reports_are_cut_with_a_count(tmp_path):
    doc = _document(*[_procedure(f"1.{i:06d}", level="x") for i in range(50)])
    err = _load_error(tmp_path, doc)
    assert len(err.problems) == 50
    assert "… và 10 lỗi khác." in err.message_vi and "… and 10 more." in err.message_en


def test_text_is_cleaned_to_nfc_on_load(tmp_path):
    name = unicodedata.normalize("NFD", "  Đăng ký\u200b khai sinh\t")
    field = {"code": "hotich", "name": unicodedata.normalize("NFD", "Hộ tịch")}
    catalog = load_catalog(_write(tmp_path, {"procedures": [_procedure(" 1.000948.h38 ", name=name, field=field)]}))
    (procedure,) = catalog
    assert procedure.name == "Đăng ký khai sinh" and procedure.field.name == "Hộ tịch"
    assert procedure.code == "1.000948.H38" and not procedure.sample


def test_a_procedure_without_components_loads_but_is_flagged(tmp_path):
    catalog = load_catalog(_write(tmp_path, _document(_procedure(components=[]), _procedure("2.000635"))))
    assert not catalog.get("1.001193").has_components and catalog.get("2.000635").has_components
    assert [p.code for p in catalog.without_components()] == ["1.001193"]


def test_sample_flag_defaults_to_the_file_and_can_be_set_per_procedure(tmp_path):
    doc = {**_document(_procedure(), _procedure("2.000635", sample=False)), "sample": True, "version": 3}
    catalog = load_catalog(_write(tmp_path, doc))
    assert [p.sample for p in catalog] == [True, False] and catalog.sample and catalog.version == "3"


def test_model_refuses_impossible_values():
    with pytest.raises(ValueError):
        Fee("Lệ phí", -1)
    with pytest.raises(ValueError):
        Component("tk", "Tờ khai", originals=-1)
    with pytest.raises(ValueError):
        dataclasses.replace(_model("1.000001", "Tên"), processing_unit="days")
    with pytest.raises(CatalogError) as err:
        Catalog([_model("1.000001", "A"), _model("1.000001", "B")])
    assert err.value.problems[0].key == "duplicate_code"


def test_every_catalog_message_exists_in_both_languages_with_the_same_placeholders():
    def placeholders(text: str) -> set[str]:
        return {f for _, f, _, _ in string.Formatter().parse(text) if f}

    for key, entry in MESSAGES.items():
        assert set(entry) == {"vi", "en"} and entry["vi"] != entry["en"], key
        assert placeholders(entry["vi"]) == placeholders(entry["en"]), key


# --------------------------------------------------------------------------- CSV
CSV_TEXT = (
    "\ufeffcode;name;field;field_name;level;agency;result;processing_amount;processing_unit;"
    "processing_cutoff;fees;components;legal_basis;sample\n"
    '1.001193;Đăng ký khai sinh;hotich;Hộ tịch;toan_trinh;UBND cấp xã;Giấy khai sinh;;same_day;15:00;;'
    '"[{""id"": ""tk"", ""name"": ""Tờ khai"", ""originals"": 1}]";"Luật Hộ tịch số 60/2014/QH13\n'
    'Nghị định số 123/2015/NĐ-CP";true\n'
    ";;;;;;;;;;;;;\n"
    '2.000815;Chứng thực bản sao từ bản chính;chungthuc;Chứng thực;mot_phan;UBND cấp xã;Bản sao;0;'
    'same_day;;"[{""name"": ""Phí"", ""amount"": 2000, ""unit"": ""trang""}]";'
    '"[{""id"": ""bs"", ""name"": ""Bản sao"", ""photocopies"": 1}]";;\n'
)


def test_csv_with_semicolons_and_json_cells_loads(tmp_path):
    path = tmp_path / "catalog.csv"
    path.write_text(CSV_TEXT, encoding="utf-8")
    catalog = load_catalog(path)
    birth, copy = catalog
    assert birth.processing == {"amount": 0, "unit": "same_day", "cutoff": "15:00"} and birth.sample
    assert birth.legal_basis == ("Luật Hộ tịch số 60/2014/QH13", "Nghị định số 123/2015/NĐ-CP")
    assert birth.components == (Component("tk", "Tờ khai", originals=1),)
    assert copy.fees == (Fee("Phí", 2000, "trang"),) and not copy.sample
    assert [f.name for f, _ in catalog.fields()] == ["Hộ tịch", "Chứng thực"]


def test_csv_round_trip_of_the_sample(tmp_path):
    path = tmp_path / "sample.csv"
    write_csv(sample(), path)
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    again = load_catalog(path)
    assert list(again) == list(sample()) and again.fields() == sample().fields()
    assert catalog_to_csv(again) == catalog_to_csv(sample())


def test_csv_problems_name_the_line_and_column(tmp_path):
    lines = CSV_TEXT.replace('"[{""id"": ""bs""', '"[{id: bs').replace("2.000815", "1.001193")
    path = tmp_path / "bad.csv"
    path.write_text(lines, encoding="utf-8")
    with pytest.raises(CatalogError) as err:
        load_catalog(path)
    vi, en = err.value.message_vi, err.value.message_en
    assert "dòng 5 (1.001193) › components: ô này phải chứa JSON hợp lệ" in vi
    assert "line 5 (1.001193) › code: the procedure code “1.001193” is used twice (first on line 3)" in en


def test_csv_without_required_columns(tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("code,name\n1.001193,Đăng ký khai sinh\n", encoding="utf-8")
    with pytest.raises(CatalogError) as err:
        load_catalog(path)
    assert "thiếu cột bắt buộc: field, field_name, level" in err.value.message_vi


# --------------------------------------------------------------------------- layering
def test_the_catalog_package_imports_no_qt_ui_devices_or_server():
    forbidden = {"PySide6", "ui", "devices", "server"}
    package = Path(__file__).resolve().parents[2] / "kiosk" / "catalog"
    for source in package.glob("*.py"):
        tree = ast.parse(source.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            for name in names:
                assert name.split(".")[0] not in forbidden, (source.name, name)
