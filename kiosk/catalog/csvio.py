"""The catalog as a spreadsheet: one CSV row per procedure.

For people who keep the list in Excel. Columns (header names, any order)::

    code, name, name_en, field, field_name, field_name_en, level, agency_level, agency, result,
    processing_amount, processing_unit, processing_cutoff, processing_note,
    fees, components, legal_basis, sample

* ``field`` is the field's code, ``field_name`` its Vietnamese name (the first row of a field
  names it; later rows must agree).
* ``fees`` and ``components`` hold a JSON list each, exactly as in the JSON file (a cell may be
  empty: no fee / no component).
* ``legal_basis`` holds one text per line inside the cell (Alt+Enter in Excel).
* ``sample`` is ``true``/``false`` (also ``1``/``0``, ``có``/``không``); empty means false.

Separator ``,`` or ``;`` (Excel with Vietnamese regional settings writes ``;``), UTF-8 with or
without BOM. Every row is checked by the same rules as the JSON file.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any, Final

from kiosk.catalog.catalog import Catalog
from kiosk.catalog.checks import Checker
from kiosk.catalog.errors import CatalogError, CatalogProblem
from kiosk.catalog.model import Field
from kiosk.paths import atomic_write_text
from kiosk.textnorm import clean

COLUMNS: Final = ("code", "name", "name_en", "field", "field_name", "field_name_en", "level",
                  "agency_level", "agency", "result", "processing_amount", "processing_unit",
                  "processing_cutoff", "processing_note", "fees", "components", "legal_basis",
                  "sample")
REQUIRED_COLUMNS: Final = ("code", "name", "field", "field_name", "level", "agency", "result",
                           "processing_unit")

_TRUE = {"true", "1", "yes", "có", "x"}
_FALSE = {"false", "0", "no", "không"}


def parse_csv(text: str, source: str = "<csv>") -> Catalog:
    """Check CSV text (one procedure per row) and build the catalog.

    Args:
        text: The whole file, already decoded.
        source: Named in messages (the file path).

    Raises:
        CatalogError: Every problem found, each naming its line and column.
    """
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter, restkey="\x00extra")
    try:
        header = [clean(h or "") for h in (reader.fieldnames or [])]
        reader.fieldnames = header
        missing = [c for c in REQUIRED_COLUMNS if c not in header]
        if missing:
            raise CatalogError(source, [CatalogProblem(
                "csv_missing_columns", params={"columns": ", ".join(missing)})])
        check = Checker()
        for column in header:
            if column and column not in COLUMNS:
                check.add("unknown_key", column, key=column, known=", ".join(COLUMNS))
        fields: dict[str, Field] = {}
        procedures = []
        for row in reader:
            if not any(isinstance(v, str) and v.strip() for v in row.values()):
                continue  # a blank line of separators (spreadsheets leave them)
            line = reader.line_num
            check.index, check.row, check.code = None, line, clean(row.get("code") or "") or None
            raw = _row_to_procedure(row, check)
            procedures.append(check.procedure(raw, fields, False, row=line))
    except csv.Error as exc:
        raise CatalogError(source, [CatalogProblem("bad_csv", params={"detail": str(exc)})]) from exc
    if not procedures and not check.problems:
        check.add("no_procedures")
    return check.build(source, procedures, fields, sample=False, version="", note="")


def _row_to_procedure(row: dict[str, Any], check: Checker) -> dict[str, Any]:
    """A CSV row in the JSON shape (empty cells left out, so defaults and 'required' apply)."""
    cells = {k: v for k, v in row.items() if isinstance(k, str) and k in COLUMNS and isinstance(v, str)}
    if row.get("\x00extra"):
        check.add("bad_csv", "", detail="more cells than header columns")
    value = {k: v for k, v in cells.items() if v.strip()}
    raw: dict[str, Any] = {}
    for key in ("code", "name", "name_en", "level", "agency_level", "agency", "result"):
        if key in value:
            raw[key] = value[key]
    if "field" in value:
        raw["field"] = {"code": value["field"], "name": value.get("field_name", ""),
                        "name_en": value.get("field_name_en", "")}
    processing: dict[str, Any] = {}
    if "processing_unit" in value:
        processing["unit"] = value["processing_unit"]
    if "processing_amount" in value:
        amount = value["processing_amount"].strip()
        processing["amount"] = int(amount) if amount.lstrip("-").isdigit() and amount.isascii() else amount
    if "processing_cutoff" in value:
        processing["cutoff"] = value["processing_cutoff"]
    if "processing_note" in value:
        processing["note"] = value["processing_note"]
    if processing:
        raw["processing"] = processing
    for key in ("fees", "components"):
        if key in value:
            try:
                raw[key] = json.loads(value[key])
            except (json.JSONDecodeError, RecursionError) as exc:
                check.add("bad_json_cell", key, detail=getattr(exc, "msg", "nested too deeply"))
    if "legal_basis" in value:
        raw["legal_basis"] = [line for line in value["legal_basis"].splitlines() if line.strip()]
    if "sample" in value:
        flag = clean(value["sample"]).casefold()
        raw["sample"] = True if flag in _TRUE else False if flag in _FALSE else value["sample"]
    return raw


def catalog_to_csv(catalog: Catalog) -> str:
    """The catalog as CSV text (``,``-separated, no BOM); :func:`parse_csv` reads it back."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for p in catalog:
        cutoff = p.processing_cutoff.strftime("%H:%M") if p.processing_cutoff else ""
        writer.writerow([
            p.code, p.name, p.name_en, p.field.code, p.field.name, p.field.name_en, p.level,
            p.agency_level or "", p.agency, p.result, p.processing_amount, p.processing_unit,
            cutoff, p.processing_note,
            json.dumps([f.to_dict() for f in p.fees], ensure_ascii=False) if p.fees else "",
            json.dumps([c.to_dict() for c in p.components], ensure_ascii=False) if p.components else "",
            "\n".join(p.legal_basis), "true" if p.sample else "false",
        ])
    return out.getvalue()


def write_csv(catalog: Catalog, path: str | Path) -> None:
    """Save the catalog as CSV with a UTF-8 BOM (so Excel shows Vietnamese correctly), atomically."""
    atomic_write_text(Path(path), "\ufeff" + catalog_to_csv(catalog))
