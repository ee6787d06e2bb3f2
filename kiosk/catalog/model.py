"""The administrative procedures (thủ tục hành chính, TTHC) a center receives, as plain data.

Everything here is frozen: a catalog is loaded once and shared by the kiosk screen, the counter's
intake check and the receipt. Lists are tuples for that reason (iterate them like lists).

Choices made here, on purpose:

* ``level`` is the **online service level** published on the National Public Service Portal
  (Decree 42/2022/NĐ-CP): ``toan_trinh`` (fully online), ``mot_phan`` (partly online) or
  ``thong_tin`` (information only: filed in person). The level of the agency that decides
  (commune / district / province / central) is the separate, optional ``agency_level``, because
  it changes with reorganisations (district level was removed in 2025) while the procedure stays.
* ``processing`` keeps exactly the shape the appointment calculator reads:
  ``{"amount": int, "unit": "working_days" | "calendar_days" | "working_hours" | "same_day",
  "cutoff": "HH:MM" | None}``. ``same_day`` has amount 0 and is the only unit that may have a
  cut-off: the time of day after which the result is due the next working day (e.g. 15:00).
* A fee's ``amount`` is in VND (integer). A per-unit fee ("2.000 đ/trang") says its unit in
  ``unit``; an empty unit means per dossier. No fees at all means the procedure is free.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any, Final

#: Units of the statutory processing time, as the appointment calculator expects them.
PROCESSING_UNITS: Final = ("working_days", "calendar_days", "working_hours", "same_day")
#: Online service levels (Decree 42/2022/NĐ-CP): fully online, partly online, information only.
SERVICE_LEVELS: Final = ("toan_trinh", "mot_phan", "thong_tin")
#: Levels of the deciding agency (optional; data, since reorganisations move procedures).
AGENCY_LEVELS: Final = ("commune", "district", "province", "central")

#: Guards against typing mistakes (50000 instead of 5), the same as the appointment calculator's
#: (``kiosk.calendar``): ten years of days, or of hours.
MAX_PROCESSING_DAYS: Final = 3660
MAX_PROCESSING_HOURS: Final = MAX_PROCESSING_DAYS * 24

#: National procedure code: ``1.000948``, ``2.000635``, ``1.000948.H38``, ``1.001193.000.00.00.H12``.
CODE_RE: Final = re.compile(r"\d\.\d{6}(\.[A-Z0-9]+)*")
FIELD_CODE_RE: Final = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,31}")
COMPONENT_ID_RE: Final = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,19}")


@dataclass(frozen=True)
class Field:
    """A field of procedures (lĩnh vực), e.g. code ``hotich``, name ``Hộ tịch``."""

    code: str
    name: str
    name_en: str = ""

    def label(self, lang: str = "vi") -> str:
        """The name in ``lang``; Vietnamese when there is no English name."""
        return self.name_en if lang == "en" and self.name_en else self.name

    def to_dict(self) -> dict[str, Any]:
        """As in the JSON file."""
        return {"code": self.code, "name": self.name, "name_en": self.name_en}


@dataclass(frozen=True)
class Fee:
    """One fee or charge (phí, lệ phí) of a procedure.

    Attributes:
        name: What is charged, e.g. ``Lệ phí chứng thực bản sao``.
        amount: VND, a whole number ≥ 0.
        unit: What one ``amount`` pays for (``trang``, ``bản``, ``trường hợp``...); empty for
            once per dossier.
        note: Conditions, caps, exemptions, the text that sets it.
    """

    name: str
    amount: int
    unit: str = ""
    note: str = ""

    def __post_init__(self) -> None:
        if isinstance(self.amount, bool) or not isinstance(self.amount, int) or self.amount < 0:
            raise ValueError(f"fee amount must be a whole number of VND ≥ 0, not {self.amount!r}")

    def to_dict(self) -> dict[str, Any]:
        """As in the JSON file."""
        return {"name": self.name, "amount": self.amount, "unit": self.unit, "note": self.note}


@dataclass(frozen=True)
class Component:
    """One paper of the dossier (thành phần hồ sơ) and how many copies of each kind it takes.

    Attributes:
        id: Short and stable within the procedure (``tk``, ``gcs``, ``c1``): intake records
            and form 02 refer to it.
        name: The paper, as the procedure publishes it.
        originals: Number of originals (bản chính).
        certified_copies: Number of certified copies (bản sao có chứng thực).
        photocopies: Number of plain copies (bản chụp / bản photo).
        mandatory: False for papers only some applicants need ("nếu có", "trường hợp...").
        note: When it is needed, what may replace it, whether originals are only shown.
    """

    id: str
    name: str
    originals: int = 0
    certified_copies: int = 0
    photocopies: int = 0
    mandatory: bool = True
    note: str = ""

    def __post_init__(self) -> None:
        for count in (self.originals, self.certified_copies, self.photocopies):
            if isinstance(count, bool) or not isinstance(count, int) or count < 0:
                raise ValueError(f"component {self.id!r}: copy counts must be whole numbers ≥ 0")

    @property
    def copies(self) -> int:
        """All copies of every kind together."""
        return self.originals + self.certified_copies + self.photocopies

    def to_dict(self) -> dict[str, Any]:
        """As in the JSON file."""
        return {
            "id": self.id,
            "name": self.name,
            "originals": self.originals,
            "certified_copies": self.certified_copies,
            "photocopies": self.photocopies,
            "mandatory": self.mandatory,
            "note": self.note,
        }


@dataclass(frozen=True)
class Procedure:
    """One administrative procedure as the center publishes it.

    Attributes:
        code: National code (``1.001193``, ``1.000948.H38``).
        name: Vietnamese name, NFC.
        field: The field (lĩnh vực) it belongs to.
        level: Online service level, one of :data:`SERVICE_LEVELS`.
        processing_amount: Statutory time, in ``processing_unit`` (0 for ``same_day``).
        processing_unit: One of :data:`PROCESSING_UNITS`.
        processing_cutoff: Received after this time of day counts as the next working day.
        agency: Who decides (text; agencies change names).
        result: What the citizen gets back (``Giấy khai sinh``).
        fees: Fees and charges; empty means free.
        components: Papers of the dossier; empty is allowed here but intake refuses it
            (see :attr:`has_components`).
        legal_basis: The texts it rests on.
        name_en: English name for the English screen (may be empty).
        agency_level: One of :data:`AGENCY_LEVELS`, or None when not said.
        processing_note: Exceptions to the time (verification, financial obligations...).
        sample: True for demonstration data that must not be used as is.
    """

    code: str
    name: str
    field: Field
    level: str
    processing_amount: int
    processing_unit: str
    processing_cutoff: dt.time | None
    agency: str
    result: str
    fees: tuple[Fee, ...] = ()
    components: tuple[Component, ...] = ()
    legal_basis: tuple[str, ...] = ()
    name_en: str = ""
    agency_level: str | None = None
    processing_note: str = ""
    sample: bool = False

    def __post_init__(self) -> None:
        if self.processing_unit not in PROCESSING_UNITS:
            raise ValueError(f"{self.code}: unknown processing unit {self.processing_unit!r}")
        if self.level not in SERVICE_LEVELS:
            raise ValueError(f"{self.code}: unknown service level {self.level!r}")
        ids = [c.id for c in self.components]
        if len(set(ids)) != len(ids):
            raise ValueError(f"{self.code}: component ids must be unique, got {ids}")

    @property
    def processing(self) -> dict[str, Any]:
        """The statutory time as the appointment calculator reads it.

        Returns:
            ``{"amount": int, "unit": str, "cutoff": "HH:MM" | None}``.
        """
        cutoff = self.processing_cutoff.strftime("%H:%M") if self.processing_cutoff else None
        return {"amount": self.processing_amount, "unit": self.processing_unit, "cutoff": cutoff}

    @property
    def has_components(self) -> bool:
        """False when no paper is listed: intake must refuse such a procedure with a message."""
        return bool(self.components)

    @property
    def is_free(self) -> bool:
        """True when no fee is charged (no fee listed, or every listed amount is 0)."""
        return all(f.amount == 0 for f in self.fees)

    @property
    def mandatory_components(self) -> tuple[Component, ...]:
        """The papers every applicant must bring."""
        return tuple(c for c in self.components if c.mandatory)

    def component(self, component_id: str) -> Component | None:
        """The component with this id, or None."""
        return next((c for c in self.components if c.id == component_id), None)

    def label(self, lang: str = "vi") -> str:
        """The name in ``lang``; Vietnamese when there is no English name."""
        return self.name_en if lang == "en" and self.name_en else self.name

    def to_dict(self) -> dict[str, Any]:
        """As in the JSON file (``field`` as its code); loading it back gives an equal procedure."""
        processing: dict[str, Any] = dict(self.processing)
        if self.processing_note:
            processing["note"] = self.processing_note
        return {
            "code": self.code,
            "name": self.name,
            "name_en": self.name_en,
            "field": self.field.code,
            "level": self.level,
            "agency_level": self.agency_level,
            "agency": self.agency,
            "result": self.result,
            "processing": processing,
            "fees": [f.to_dict() for f in self.fees],
            "components": [c.to_dict() for c in self.components],
            "legal_basis": list(self.legal_basis),
            "sample": self.sample,
        }
