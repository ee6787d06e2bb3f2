"""Reading a catalog file (JSON, or CSV) into a :class:`Catalog`, checking everything.

All text is cleaned (control characters removed, NFC, trimmed) on the way in. Every problem of
the file is collected before anything is raised, so one :class:`CatalogError` lists them all.

JSON shape (``resources/catalog/sample_procedures.json`` is a full example)::

    {
      "sample": true, "version": "2026.1", "note": "...",
      "fields": [{"code": "hotich", "name": "Hộ tịch", "name_en": "Civil status"}],
      "procedures": [{
        "code": "1.001193", "name": "Đăng ký khai sinh", "name_en": "Birth registration",
        "field": "hotich",                      # a declared field code, or {"code", "name", ...}
        "level": "toan_trinh",                  # toan_trinh | mot_phan | thong_tin
        "agency_level": "commune",              # optional: commune | district | province | central
        "agency": "Ủy ban nhân dân cấp xã", "result": "Giấy khai sinh (bản chính)",
        "processing": {"amount": 0, "unit": "same_day", "cutoff": "15:00", "note": "..."},
        "fees": [{"name": "...", "amount": 2000, "unit": "trang", "note": "..."}],
        "components": [{"id": "tk", "name": "Tờ khai ...", "originals": 1, "certified_copies": 0,
                        "photocopies": 0, "mandatory": true, "note": ""}],
        "legal_basis": ["Luật Hộ tịch số 60/2014/QH13"],
        "sample": true                          # optional, defaults to the top-level "sample"
      }]
    }

Keys starting with ``_`` or ``$`` are ignored (comments, ``$schema``); any other unknown key is
an error, so that a typo does not silently drop a value.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import Final

from kiosk.catalog.catalog import Catalog
from kiosk.catalog.checks import TOP_KEYS, Checker
from kiosk.catalog.errors import CatalogError, CatalogProblem
from kiosk.catalog.model import Field
from kiosk.paths import resources_dir
from kiosk.textnorm import clean

#: The bundled sample, relative to ``resources/``.
SAMPLE_CATALOG: Final = Path("catalog") / "sample_procedures.json"


def default_catalog_path() -> Path:
    """Where the bundled sample catalog is (source tree or frozen build)."""
    return resources_dir() / SAMPLE_CATALOG


def default_catalog() -> Catalog:
    """The bundled sample catalog (``resources/catalog/sample_procedures.json``).

    Read once and shared (a catalog is immutable) until the file changes.

    Raises:
        CatalogError: The bundled file is missing or broken.
    """
    path = default_catalog_path()
    try:
        stamp = path.stat().st_mtime_ns
    except OSError:
        return load_catalog(path)  # raises, saying what is wrong with the file
    return _cached_catalog(path, stamp)


@lru_cache(maxsize=4)
def _cached_catalog(path: Path, stamp: int) -> Catalog:
    return load_catalog(path)


def load_catalog(path: str | Path) -> Catalog:
    """Read and check a catalog file: ``.json`` (full) or ``.csv`` (see :mod:`kiosk.catalog.csvio`).

    Args:
        path: The file.

    Returns:
        The catalog, every text NFC.

    Raises:
        CatalogError: The file is missing, unreadable, not UTF-8, malformed, or any value in it
            is wrong; the error lists every problem with procedure and field, in both languages.
    """
    path = Path(path)
    source = str(path)
    suffix = path.suffix.casefold()
    if suffix not in (".json", ".csv"):
        raise CatalogError(source, [CatalogProblem("unknown_format")])
    text = read_text(path)
    if suffix == ".csv":
        from kiosk.catalog.csvio import parse_csv

        return parse_csv(text, source)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise CatalogError(source, [CatalogProblem(
            "bad_json", params={"line": exc.lineno, "column": exc.colno, "detail": exc.msg})]) from exc
    except RecursionError as exc:
        raise CatalogError(source, [CatalogProblem(
            "bad_json", params={"line": 1, "column": 1, "detail": "nested too deeply"})]) from exc
    return parse_catalog(data, source)


def read_text(path: Path) -> str:
    """The file's text (UTF-8, with or without BOM), or a :class:`CatalogError` saying why not."""
    source = str(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError as exc:
        raise CatalogError(source, [CatalogProblem("file_not_found")]) from exc
    except OSError as exc:
        raise CatalogError(source, [CatalogProblem(
            "file_unreadable", params={"detail": exc.strerror or exc.__class__.__name__})]) from exc
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CatalogError(source, [CatalogProblem("not_utf8", params={"offset": exc.start})]) from exc


def parse_catalog(data: object, source: str = "<catalog>") -> Catalog:
    """Check already-decoded JSON data and build the catalog.

    Args:
        data: The decoded top-level JSON value.
        source: Named in messages (the file path).

    Raises:
        CatalogError: Every problem found.
    """
    if not isinstance(data, Mapping) or "procedures" not in data:
        raise CatalogError(source, [CatalogProblem("not_catalog_object")])
    check = Checker()
    check.known_keys(data, TOP_KEYS, "")
    sample = check.boolean(data, "sample", "sample", False)
    version = data.get("version", "")
    if isinstance(version, int) and not isinstance(version, bool):
        version = str(version)
    elif not isinstance(version, str):
        check.add("must_be_text", "version")
        version = ""
    note = check.text(data, "note", "note", required=False)
    fields: dict[str, Field] = {}
    for i, raw in enumerate(check.items(data, "fields", "fields")):
        f = check.field(raw, f"fields[{i}]")
        if f is not None:
            if f.code.casefold() in fields:
                check.add("duplicate_field", f"fields[{i}].code", value=f.code)
            fields.setdefault(f.code.casefold(), f)
    raw_procedures = check.items(data, "procedures", "procedures")
    if not raw_procedures and not check.problems:
        check.add("no_procedures", "procedures")
    procedures = [check.procedure(raw, fields, sample, index=i) for i, raw in enumerate(raw_procedures)]
    return check.build(source, procedures, fields, sample=sample, version=clean(version), note=note)
