"""What the screens, the CLI and the slips read of a dossier (plain data, JSON-ready)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from kiosk.dossier.applicant import Applicant, mask_name
from kiosk.messages import t
from kiosk.store.models import Dossier, DossierComponent, DossierEvent, DossierState


@dataclass(frozen=True)
class ComponentView:
    component_id: str
    name: str
    mandatory: bool
    req_originals: int
    req_certified: int
    req_photocopies: int
    received: int
    pages: int
    sha256: str | None

    @property
    def missing(self) -> bool:
        return self.mandatory and self.received == 0

    @property
    def digitized(self) -> bool:
        return self.received > 0 and self.sha256 is not None

    def counts_received(self) -> tuple[int, int, int]:
        """Originals, certified copies, photocopies received (what the procedure asks, times the
        number of sets brought)."""
        n = self.received
        return self.req_originals * n, self.req_certified * n, self.req_photocopies * n


@dataclass(frozen=True)
class EventView:
    at: dt.datetime
    kind: str
    from_state: str | None
    to_state: str | None
    officer_code: str | None
    note: str
    detail: dict[str, Any]


@dataclass(frozen=True)
class DossierView:
    id: str
    code: str
    agency_code: str
    procedure_code: str
    procedure_name: str
    field_name: str
    outcome: str
    state: str
    reason: str | None
    applicant: Applicant
    sets: int
    fee_total: int
    fee_state: str
    received_at: dt.datetime
    clock_start: dt.datetime | None
    appointment_at: dt.datetime | None
    original_appointment_at: dt.datetime | None
    finished_at: dt.datetime | None
    returned_at: dt.datetime | None
    officer_code: str | None
    counter_number: int | None
    ticket_id: str | None
    components: tuple[ComponentView, ...] = ()
    events: tuple[EventView, ...] = ()
    # how the appointment was worked out (only right after intake)
    explanation: str = field(default="", compare=False)

    @property
    def missing(self) -> tuple[ComponentView, ...]:
        return tuple(c for c in self.components if c.missing)

    @property
    def digitization(self) -> tuple[int, int]:
        """(components received that have their scanned file, components received)."""
        received = [c for c in self.components if c.received > 0]
        return sum(c.digitized for c in received), len(received)

    @property
    def fully_digitized(self) -> bool:
        done, total = self.digitization
        return total > 0 and done == total

    def state_words(self, lang: str = "vi") -> str:
        return t(f"dossier_state_{self.state}", lang)

    def to_json(self, lang: str = "vi", personal: bool = True) -> dict[str, Any]:
        done, total = self.digitization
        return {
            "code": self.code,
            "id": self.id,
            "procedure": {"code": self.procedure_code, "name": self.procedure_name,
                          "field": self.field_name},
            "outcome": self.outcome,
            "state": self.state,
            "state_number": DossierState.NUMBER.get(self.state),
            "state_words": self.state_words(lang),
            "reason": self.reason,
            "applicant": self.applicant.to_json() if personal else {"name": mask_name(self.applicant.name)},
            "sets": self.sets,
            "fees": {"total": self.fee_total, "state": self.fee_state},
            "received_at": _iso(self.received_at),
            "clock_start": _iso(self.clock_start),
            "appointment_at": _iso(self.appointment_at),
            "original_appointment_at": _iso(self.original_appointment_at),
            "finished_at": _iso(self.finished_at),
            "returned_at": _iso(self.returned_at),
            "officer": self.officer_code,
            "counter": self.counter_number,
            "components": [
                {"id": c.component_id, "name": c.name, "mandatory": c.mandatory,
                 "required": {"originals": c.req_originals, "certified_copies": c.req_certified,
                              "photocopies": c.req_photocopies},
                 "received": c.received, "pages": c.pages, "sha256": c.sha256}
                for c in self.components
            ],
            "missing": [c.name for c in self.missing],
            "digitization": {"with_files": done, "received": total},
            "events": [
                {"at": _iso(e.at), "kind": e.kind, "from": e.from_state, "to": e.to_state,
                 "officer": e.officer_code, "note": e.note}
                for e in self.events
            ] if personal else [],
            "explanation": self.explanation,
        }


def _iso(value: dt.datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def view_of(d: Dossier, components: list[DossierComponent], events: list[DossierEvent],
            explanation: str = "") -> DossierView:
    return DossierView(
        id=d.id, code=d.code, agency_code=d.agency_code, procedure_code=d.procedure_code,
        procedure_name=d.procedure_name, field_name=d.field_name, outcome=d.outcome, state=d.state,
        reason=d.reason, applicant=Applicant.from_json(d.applicant or {}), sets=d.sets,
        fee_total=d.fee_total, fee_state=d.fee_state, received_at=d.received_at,
        clock_start=d.clock_start, appointment_at=d.appointment_at,
        original_appointment_at=d.original_appointment_at, finished_at=d.finished_at,
        returned_at=d.returned_at, officer_code=d.officer_code, counter_number=d.counter_number,
        ticket_id=d.ticket_id,
        components=tuple(
            ComponentView(c.component_id, c.name, c.mandatory, c.req_originals, c.req_certified,
                          c.req_photocopies, c.received, c.pages, c.sha256)
            for c in sorted(components, key=lambda c: c.position)),
        events=tuple(EventView(e.at, e.kind, e.from_state, e.to_state, e.officer_code, e.note,
                               e.detail or {}) for e in sorted(events, key=lambda e: e.at)),
        explanation=explanation,
    )
