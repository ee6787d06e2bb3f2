"""The catalog: procedures by code, by field, and by what a citizen types."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from kiosk.catalog.errors import CatalogError, CatalogLookupError, CatalogProblem
from kiosk.catalog.model import Field, Procedure
from kiosk.catalog.search import SearchIndex, words


@dataclass(frozen=True)
class FieldCount:
    """A field and how many procedures of the catalog are in it (unpacks as ``field, count``)."""

    field: Field
    count: int

    def __iter__(self) -> Iterator[Field | int]:
        return iter((self.field, self.count))


class Catalog:
    """An immutable set of procedures with look-ups and search.

    Args:
        procedures: The procedures, in display order. Codes must be unique.
        fields: The fields in display order; fields of procedures not listed are appended in
            order of first appearance. None: the order of first appearance.
        source: Where the data came from (file path), for messages.
        sample: True when this is demonstration data (the sample file says so).
        version: The file's version label.
        note: The file's note (e.g. the sample-data warning).

    Raises:
        CatalogError: Two procedures share a code.
    """

    def __init__(
        self,
        procedures: Sequence[Procedure],
        fields: Sequence[Field] | None = None,
        *,
        source: str = "",
        sample: bool = False,
        version: str = "",
        note: str = "",
    ) -> None:
        self.source = source
        self.sample = sample or any(p.sample for p in procedures)
        self.version = version
        self.note = note
        self._procedures = tuple(procedures)
        self._by_code: dict[str, Procedure] = {}
        problems: list[CatalogProblem] = []
        for index, p in enumerate(self._procedures):
            key = p.code.casefold()
            if key in self._by_code:
                first = self._procedures.index(self._by_code[key])
                problems.append(CatalogProblem("duplicate_code", "code", index=index, code=p.code,
                                               params={"value": p.code, "first": f"procedures[{first}]"}))
            else:
                self._by_code[key] = p
        if problems:
            raise CatalogError(source or "<catalog>", problems)
        ordered: dict[str, Field] = {}
        for f in [*(fields or ()), *(p.field for p in self._procedures)]:
            ordered.setdefault(f.code.casefold(), f)
        self._fields = tuple(ordered.values())
        self._by_field: dict[str, tuple[Procedure, ...]] = {
            key: tuple(p for p in self._procedures if p.field.code.casefold() == key) for key in ordered
        }
        self._index = SearchIndex(self._procedures)

    # ------------------------------------------------------------------ container
    def __len__(self) -> int:
        return len(self._procedures)

    def __iter__(self) -> Iterator[Procedure]:
        return iter(self._procedures)

    def __contains__(self, code: object) -> bool:
        return isinstance(code, str) and self.get(code) is not None

    def __repr__(self) -> str:
        return f"<Catalog {self.source or '(memory)'}: {len(self)} procedures, {len(self._fields)} fields>"

    @property
    def procedures(self) -> tuple[Procedure, ...]:
        """Every procedure, in display order."""
        return self._procedures

    # ------------------------------------------------------------------ look-ups
    def get(self, code: str) -> Procedure | None:
        """The procedure with this code (case and surrounding spaces ignored), or None."""
        if not isinstance(code, str):
            return None
        return self._by_code.get(code.strip().casefold())

    def require(self, code: str) -> Procedure:
        """Like :meth:`get`, for a code a person typed.

        Raises:
            CatalogLookupError: No such code (a sentence in both languages).
        """
        procedure = self.get(code)
        if procedure is None:
            raise CatalogLookupError("unknown_procedure", code=code)
        return procedure

    def fields(self, include_empty: bool = False) -> list[FieldCount]:
        """The fields in display order, each with its number of procedures.

        Args:
            include_empty: Also list declared fields that have no procedure.
        """
        counts = [FieldCount(f, len(self._by_field[f.code.casefold()])) for f in self._fields]
        return counts if include_empty else [fc for fc in counts if fc.count]

    def field(self, text: str) -> Field | None:
        """The field whose code or name is ``text`` (case and tone marks ignored), or None.

        ``"hotich"``, ``"HOTICH"``, ``"Hộ tịch"`` and ``"ho tich"`` all give the same field.
        """
        if not isinstance(text, str):
            return None
        key = text.strip().casefold()
        folded = " ".join(words(text))
        for f in self._fields:
            if f.code.casefold() == key:
                return f
        for f in self._fields:
            if folded and folded in (" ".join(words(f.name)), " ".join(words(f.name_en))):
                return f
        return None

    def require_field(self, text: str) -> Field:
        """Like :meth:`field`, for a field a person typed.

        Raises:
            CatalogLookupError: No such field; the message lists the known ones.
        """
        found = self.field(text)
        if found is None:
            known = ", ".join(f"{f.code} ({f.name})" for f in self._fields)
            raise CatalogLookupError("unknown_catalog_field", value=text, known=known)
        return found

    def by_field(self, field_code: str) -> list[Procedure]:
        """The procedures of a field, in display order ([] for an unknown field).

        Args:
            field_code: The field's code, or its name (see :meth:`field`).
        """
        found = self.field(field_code)
        return list(self._by_field[found.code.casefold()]) if found else []

    def search(self, text: str, *, field: str | None = None, limit: int | None = None) -> list[Procedure]:
        """Procedures matching what was typed, best first (see :mod:`kiosk.catalog.search`).

        Args:
            text: Any string; with or without tone marks; words or a code. Never raises.
            field: Only procedures of this field (code or name); unknown field gives [].
            limit: At most this many results.

        Returns:
            The ranked matches; [] when nothing matches or the query is empty.
        """
        results = self._index.search(text)
        if field is not None:
            wanted = self.field(field)
            if wanted is None:
                return []
            results = [p for p in results if p.field.code.casefold() == wanted.code.casefold()]
        return results if limit is None else results[: max(limit, 0)]

    def select(self, *, field: str | None = None, text: str | None = None) -> list[Procedure]:
        """What a listing shows: all, one field, a search, or a search within a field.

        This is what ``kiosk catalog list [--field F] [--search TEXT]`` needs.

        Raises:
            CatalogLookupError: ``field`` is given and unknown (the message lists the fields).
        """
        if field is not None:
            self.require_field(field)
        if text is not None and text.strip():
            return self.search(text, field=field)
        return self.by_field(field) if field is not None else list(self._procedures)

    def without_components(self) -> list[Procedure]:
        """Procedures intake would refuse because they list no paper."""
        return [p for p in self._procedures if not p.has_components]

    def to_dict(self, procedures: Sequence[Procedure] | None = None) -> dict[str, Any]:
        """The catalog (or a selection of it) in the JSON file's shape."""
        chosen = self._procedures if procedures is None else tuple(procedures)
        used = {p.field.code.casefold() for p in chosen}
        return {
            "sample": self.sample,
            "version": self.version,
            "note": self.note,
            "fields": [f.to_dict() for f in self._fields
                       if procedures is None or f.code.casefold() in used],
            "procedures": [p.to_dict() for p in chosen],
        }
