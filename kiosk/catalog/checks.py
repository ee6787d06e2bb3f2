"""The rules a catalog's values must follow, checked one value at a time.

:class:`Checker` turns raw JSON-shaped values into model objects and records every problem
(with the procedure and the field) instead of stopping at the first; the JSON and CSV readers
both use it, so a rule is written once.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any, Final

from kiosk.catalog.catalog import Catalog
from kiosk.catalog.errors import CatalogError, CatalogProblem
from kiosk.catalog.model import (
    AGENCY_LEVELS,
    CODE_RE,
    COMPONENT_ID_RE,
    FIELD_CODE_RE,
    MAX_PROCESSING_DAYS,
    MAX_PROCESSING_HOURS,
    PROCESSING_UNITS,
    SERVICE_LEVELS,
    Component,
    Fee,
    Field,
    Procedure,
)
from kiosk.textnorm import clean

TOP_KEYS: Final = ("sample", "version", "note", "fields", "procedures")
FIELD_KEYS: Final = ("code", "name", "name_en")
PROCEDURE_KEYS: Final = ("code", "name", "name_en", "field", "level", "agency_level", "agency",
                         "result", "processing", "fees", "components", "legal_basis", "sample")
PROCESSING_KEYS: Final = ("amount", "unit", "cutoff", "note")
FEE_KEYS: Final = ("name", "amount", "unit", "note")
COMPONENT_KEYS: Final = ("id", "name", "originals", "certified_copies", "photocopies",
                         "mandatory", "note")

_CUTOFF_RE = re.compile(r"(\d{1,2}):(\d{2})")
_MISSING: Final = object()


class Checker:
    """Collects problems while turning raw values into model objects.

    The current procedure (``index``/``row``/``code``) is remembered so each problem names it.
    """

    def __init__(self) -> None:
        self.problems: list[CatalogProblem] = []
        self.index: int | None = None
        self.row: int | None = None
        self.code: str | None = None
        self.seen_codes: dict[str, tuple[int | None, int | None]] = {}

    def add(self, message_key: str, field: str = "", /, **params: object) -> None:
        """Record a problem at the current procedure."""
        self.problems.append(CatalogProblem(message_key, field, index=self.index, row=self.row,
                                            code=self.code, params=params))

    # ------------------------------------------------------------------ values
    def known_keys(self, obj: Mapping[str, Any], allowed: tuple[str, ...], path: str) -> None:
        """Flag keys that are not in ``allowed`` (except ``_comment``-like and ``$schema``)."""
        for key in obj:
            if not isinstance(key, str) or (key not in allowed and not key.startswith(("_", "$"))):
                self.add("unknown_key", _join(path, str(key)), key=key, known=", ".join(allowed))

    def text(self, obj: Mapping[str, Any], key: str, path: str, required: bool = True) -> str:
        """A cleaned text value; "" (and a problem when required) if missing or empty."""
        value = obj.get(key, _MISSING)
        if value is _MISSING or value is None:
            if required:
                self.add("required", path)
            return ""
        if not isinstance(value, str):
            self.add("must_be_text", path)
            return ""
        cleaned = clean(value)
        if required and not cleaned:
            self.add("empty_text", path)
        return cleaned

    def integer(self, obj: Mapping[str, Any], key: str, path: str, default: int | None = 0) -> int:
        """A whole number ≥ 0 (``default`` when missing; a problem when missing and no default)."""
        value = obj.get(key, _MISSING)
        if value is _MISSING or value is None:
            if default is None:
                self.add("required", path)
                return 0
            return default
        if isinstance(value, bool) or not isinstance(value, int):
            if isinstance(value, float) and value.is_integer():
                value = int(value)
            else:
                self.add("must_be_int", path, value=value)
                return 0
        if value < 0:
            self.add("negative", path, value=value)
            return 0
        return value

    def boolean(self, obj: Mapping[str, Any], key: str, path: str, default: bool) -> bool:
        """True or false (``default`` when missing)."""
        value = obj.get(key, _MISSING)
        if value is _MISSING or value is None:
            return default
        if not isinstance(value, bool):
            self.add("must_be_bool", path, value=value)
            return default
        return value

    def items(self, obj: Mapping[str, Any], key: str, path: str) -> list[Any]:
        """A list value ([] when missing)."""
        value = obj.get(key, _MISSING)
        if value is _MISSING or value is None:
            return []
        if not isinstance(value, list):
            self.add("must_be_list", path)
            return []
        return value

    def mapping(self, value: object, path: str) -> Mapping[str, Any] | None:
        """``value`` when it is an object, else None and a problem."""
        if not isinstance(value, Mapping):
            self.add("must_be_object", path)
            return None
        return value

    def one_of(self, value: str, allowed: tuple[str, ...], path: str) -> bool:
        """Whether ``value`` is allowed (a problem when not; an empty value was reported already)."""
        if value and value not in allowed:
            self.add("not_one_of", path, value=value, allowed=", ".join(allowed))
            return False
        return bool(value)

    # ------------------------------------------------------------------ model objects
    def field(self, raw: object, path: str) -> Field | None:
        """A field declaration ``{"code", "name", "name_en"}``."""
        obj = self.mapping(raw, path)
        if obj is None:
            return None
        self.known_keys(obj, FIELD_KEYS, path)
        code = self.text(obj, "code", _join(path, "code"))
        name = self.text(obj, "name", _join(path, "name"))
        name_en = self.text(obj, "name_en", _join(path, "name_en"), required=False)
        if code and not FIELD_CODE_RE.fullmatch(code):
            self.add("bad_field_code", _join(path, "code"), value=code)
            return None
        return Field(code, name, name_en) if code and name else None

    def procedure(self, raw: object, fields: dict[str, Field], default_sample: bool,
                  index: int | None = None, row: int | None = None) -> Procedure | None:
        """One procedure; None when anything in it is wrong (the problems are recorded)."""
        self.index, self.row, self.code = index, row, None
        before = len(self.problems)
        obj = self.mapping(raw, "")
        if obj is None:
            return None
        if isinstance(obj.get("code"), str):
            self.code = clean(obj["code"]).upper() or None
        self.known_keys(obj, PROCEDURE_KEYS, "")
        code = self.text(obj, "code", "code").upper()
        if code and not CODE_RE.fullmatch(code):
            self.add("bad_code", "code", value=code)
        elif code in self.seen_codes:
            first_index, first_row = self.seen_codes[code]
            if first_row is not None:
                self.add("duplicate_code_row", "code", value=code, first=first_row)
            else:
                self.add("duplicate_code", "code", value=code, first=f"procedures[{first_index}]")
        elif code:
            self.seen_codes[code] = (index, row)
        name = self.text(obj, "name", "name")
        name_en = self.text(obj, "name_en", "name_en", required=False)
        field = self._procedure_field(obj.get("field", _MISSING), fields)
        level = self.text(obj, "level", "level")
        self.one_of(level, SERVICE_LEVELS, "level")
        agency_level = self.text(obj, "agency_level", "agency_level", required=False) or None
        if agency_level:
            self.one_of(agency_level, AGENCY_LEVELS, "agency_level")
        agency = self.text(obj, "agency", "agency")
        result = self.text(obj, "result", "result")
        amount, unit, cutoff, processing_note = self._processing(obj.get("processing", _MISSING))
        fees = tuple(f for i, raw_fee in enumerate(self.items(obj, "fees", "fees"))
                     if (f := self._fee(raw_fee, f"fees[{i}]")) is not None)
        components = self._components(self.items(obj, "components", "components"))
        legal_basis: list[str] = []
        for i, item in enumerate(self.items(obj, "legal_basis", "legal_basis")):
            text = self.text({"v": item}, "v", f"legal_basis[{i}]")
            if text:
                legal_basis.append(text)
        sample = self.boolean(obj, "sample", "sample", default_sample)
        if len(self.problems) > before or field is None:
            return None
        return Procedure(
            code=code, name=name, field=field, level=level, processing_amount=amount,
            processing_unit=unit, processing_cutoff=cutoff, agency=agency, result=result,
            fees=fees, components=components, legal_basis=tuple(legal_basis), name_en=name_en,
            agency_level=agency_level, processing_note=processing_note, sample=sample,
        )

    def _procedure_field(self, value: object, fields: dict[str, Field]) -> Field | None:
        known = ", ".join(f.code for f in fields.values()) or "—"
        if value is _MISSING or value is None:
            self.add("required", "field")
            return None
        if isinstance(value, str):
            found = fields.get(clean(value).casefold())
            if found is None:
                self.add("unknown_field", "field", value=clean(value), known=known)
            return found
        inline = self.field(value, "field")
        if inline is None:
            return None
        declared = fields.setdefault(inline.code.casefold(), inline)
        if declared.name != inline.name:
            self.add("field_name_conflict", "field.name", value=inline.code,
                     first=declared.name, second=inline.name)
        return declared

    def _processing(self, value: object) -> tuple[int, str, dt.time | None, str]:
        if value is _MISSING or value is None:
            self.add("required", "processing")
            return 0, "", None, ""
        obj = self.mapping(value, "processing")
        if obj is None:
            return 0, "", None, ""
        self.known_keys(obj, PROCESSING_KEYS, "processing")
        unit = self.text(obj, "unit", "processing.unit")
        self.one_of(unit, PROCESSING_UNITS, "processing.unit")
        if unit == "same_day":
            amount = self.integer(obj, "amount", "processing.amount", default=0)
            if amount != 0:
                self.add("same_day_amount", "processing.amount", value=amount)
        else:
            before = len(self.problems)
            amount = self.integer(obj, "amount", "processing.amount", default=None)
            if len(self.problems) == before and amount < 1 and unit in PROCESSING_UNITS:
                self.add("amount_too_small", "processing.amount", unit=unit, value=amount)
        limit = MAX_PROCESSING_HOURS if unit == "working_hours" else MAX_PROCESSING_DAYS
        if amount > limit:
            self.add("amount_too_large", "processing.amount", value=amount, limit=limit)
        cutoff = self._cutoff(obj.get("cutoff"))
        if cutoff is not None and unit in PROCESSING_UNITS and unit != "same_day":
            self.add("cutoff_same_day_only", "processing.cutoff", unit=unit)
        note = self.text(obj, "note", "processing.note", required=False)
        return amount, unit, cutoff, note

    def _cutoff(self, value: object) -> dt.time | None:
        if value is None or value == "":
            return None
        if not isinstance(value, str):
            self.add("bad_cutoff", "processing.cutoff", value=value)
            return None
        match = _CUTOFF_RE.fullmatch(clean(value))
        if not match or int(match[1]) > 23 or int(match[2]) > 59:
            self.add("bad_cutoff", "processing.cutoff", value=clean(value))
            return None
        return dt.time(int(match[1]), int(match[2]))

    def _fee(self, raw: object, path: str) -> Fee | None:
        obj = self.mapping(raw, path)
        if obj is None:
            return None
        before = len(self.problems)
        self.known_keys(obj, FEE_KEYS, path)
        name = self.text(obj, "name", _join(path, "name"))
        amount = self.integer(obj, "amount", _join(path, "amount"), default=None)
        unit = self.text(obj, "unit", _join(path, "unit"), required=False)
        note = self.text(obj, "note", _join(path, "note"), required=False)
        return Fee(name, amount, unit, note) if len(self.problems) == before else None

    def _components(self, raws: list[Any]) -> tuple[Component, ...]:
        components: list[Component] = []
        seen: set[str] = set()
        for i, raw in enumerate(raws):
            path = f"components[{i}]"
            obj = self.mapping(raw, path)
            if obj is None:
                continue
            before = len(self.problems)
            self.known_keys(obj, COMPONENT_KEYS, path)
            cid = self.text(obj, "id", _join(path, "id"))
            if cid and not COMPONENT_ID_RE.fullmatch(cid):
                self.add("bad_component_id", _join(path, "id"), value=cid)
            elif cid in seen:
                self.add("duplicate_component", _join(path, "id"), value=cid)
            seen.add(cid)
            name = self.text(obj, "name", _join(path, "name"))
            originals = self.integer(obj, "originals", _join(path, "originals"))
            certified = self.integer(obj, "certified_copies", _join(path, "certified_copies"))
            photocopies = self.integer(obj, "photocopies", _join(path, "photocopies"))
            if len(self.problems) == before and originals + certified + photocopies == 0:
                self.add("no_copies", path)
            mandatory = self.boolean(obj, "mandatory", _join(path, "mandatory"), True)
            note = self.text(obj, "note", _join(path, "note"), required=False)
            if len(self.problems) == before:
                components.append(Component(cid, name, originals, certified, photocopies,
                                            mandatory=mandatory, note=note))
        return tuple(components)

    # ------------------------------------------------------------------ the end
    def build(self, source: str, procedures: list[Procedure | None], fields: dict[str, Field],
              *, sample: bool, version: str, note: str) -> Catalog:
        """The catalog; raises :class:`CatalogError` with every problem if there was any."""
        if self.problems:
            raise CatalogError(source, self.problems)
        return Catalog([p for p in procedures if p is not None], list(fields.values()),
                       source=source, sample=sample, version=version, note=note)


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key
