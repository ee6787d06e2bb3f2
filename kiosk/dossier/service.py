"""Dossier intake and life: the three outcomes, the daily code, the appointment, the states.

Every change is one write transaction with its outbox ops (the province sees every record,
exactly once), and every check runs before anything is written: a refusal changes nothing.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.audit import AuditTrail
from kiosk.calendar import ProcessingTime, WorkingCalendar
from kiosk.config import Config
from kiosk.dossier.applicant import Applicant, mask_name
from kiosk.dossier.files import FileStore, Page, pages_to_pdf
from kiosk.dossier.views import DossierView, view_of
from kiosk.errors import KioskError
from kiosk.ids import new_id
from kiosk.security.access import Access
from kiosk.store.db import Store
from kiosk.store.models import (
    Dossier,
    DossierComponent,
    DossierEvent,
    DossierSequence,
    DossierState,
    OutboxOp,
)
from kiosk.timeutil import Clock, local_day, to_local, utc_now

OUTCOMES = ("complete", "incomplete", "refused")
# {agency}-{yyMMdd}-{NNNN}
CODE = re.compile(r"^(?P<agency>[A-Z0-9]{1,4}(?:\.[A-Z0-9]{1,4}){1,5})-(?P<day>\d{6})-(?P<seq>\d{4})$")

S = DossierState
# where a dossier may go from each state (an officer's or the processing unit's action)
TRANSITIONS: dict[str, tuple[str, ...]] = {
    S.RECEIVED: (S.PROCESSING, S.SUPPLEMENT, S.AWAITING_FEES, S.WITHDRAWN, S.STOPPED, S.RESULT_READY,
                 S.CANCELLED),
    S.PROCESSING: (S.SUPPLEMENT, S.AWAITING_FEES, S.WITHDRAWN, S.STOPPED, S.RESULT_READY),
    S.SUPPLEMENT: (S.PROCESSING, S.WITHDRAWN, S.STOPPED),
    S.AWAITING_FEES: (S.PROCESSING, S.WITHDRAWN, S.STOPPED, S.RESULT_READY),
    S.STOPPED: (S.PROCESSING,),
    S.RESULT_READY: (S.RETURNED,),
    S.RETURNED: (),
    S.WITHDRAWN: (),
    S.REFUSED: (),
    S.INCOMPLETE: (),
    S.CANCELLED: (),
}
FINISHED = (S.RESULT_READY, S.RETURNED)


class ProcedureLike(Protocol):
    """What intake needs of a catalog procedure (``kiosk.catalog.Procedure``)."""

    code: str
    name: str

    @property
    def components(self) -> Any: ...

    @property
    def fees(self) -> Any: ...


class CatalogLike(Protocol):
    def get(self, code: str) -> Any: ...


@dataclass(frozen=True)
class LateNotice:
    """Form 04's facts: the new date, why, and who is late."""

    new_appointment: dt.datetime
    reason: str
    late_unit: str


def parse_code(text: str) -> re.Match[str] | None:
    return CODE.match(text.strip().upper())


# dossier events that are an officer's action, by the audit trail's name for them
_AUDIT_ACTIONS = {"intake": "intake", "state": "dossier_state", "handover": "dossier_handover",
                  "late": "late_notice", "file": "dossier_state"}
# never copied into the audit trail (the trail outlives the dossier's personal data)
_PERSONAL = frozenset({"applicant", "name", "id_number", "address", "phone", "email", "birth_date"})


def masked(view: DossierView) -> DossierView:
    """The view a reader without the right to personal data gets: the name masked, the rest of
    the applicant's fields empty (Decree 13/2023: only what the reader needs)."""
    from dataclasses import replace

    return replace(view, applicant=Applicant(mask_name(view.applicant.name), "", None, "", "", ""))


class DossierService:
    def __init__(self, store: Store, config: Config, catalog: CatalogLike,
                 calendar: WorkingCalendar, clock: Clock = utc_now, terminal: str = "",
                 access: Access | None = None) -> None:
        self.store = store
        self.access = access or Access()
        self.audit = AuditTrail(terminal, lambda: self.config.center_code,
                                lambda: self.access.principal, clock)
        self.config = config
        self.catalog = catalog
        self.calendar = calendar
        self.clock = clock
        self.terminal = terminal

    # ------------------------------------------------------------------ intake
    def receive(
        self,
        procedure_code: str,
        applicant: Applicant | Mapping[str, Any],
        components: Mapping[str, int] | None = None,
        outcome: str | None = None,
        reason: str = "",
        officer: str | None = None,
        counter: int | None = None,
        ticket_id: str | None = None,
        sets: int = 1,
        received_at: dt.datetime | None = None,
    ) -> DossierView:
        """Take in a dossier; returns it with its code (and appointment when complete).

        ``components`` maps component ids to the number of sets received (0: not brought);
        None: every mandatory component once. ``outcome`` None: complete when nothing
        mandatory is missing, else incomplete.

        Raises:
            KioskError: unknown procedure or component, a procedure without components, an
                applicant with problems, "complete" with papers missing, no reason for a
                refusal, the day's numbers used up, a calendar without working days.
        """
        officer = self.access.acting("dossier.receive", officer)
        procedure = self.catalog.get(procedure_code.strip())
        if procedure is None:
            raise KioskError("unknown_procedure", code=procedure_code)
        if not list(procedure.components):
            raise KioskError("procedure_without_components", name=procedure.name)
        person = applicant if isinstance(applicant, Applicant) else Applicant.parse(applicant)
        counts = self._counts(procedure, components)
        missing = [c.name for c in procedure.components if c.mandatory and counts[c.id] == 0]
        if outcome is None:
            outcome = "incomplete" if missing else "complete"
        if outcome not in OUTCOMES:
            raise KioskError("unknown_outcome", outcome=outcome)
        reason = reason.strip()
        if outcome == "complete" and missing:
            raise KioskError("complete_but_missing", missing="; ".join(missing))
        if outcome == "refused" and not reason:
            raise KioskError("reason_required", what={"vi": "từ chối tiếp nhận", "en": "refusal"})
        if outcome == "incomplete" and not missing and not reason:
            raise KioskError("reason_required", what={"vi": "cần bổ sung, hoàn thiện gì",
                                                      "en": "what must be completed"})
        if not 1 <= sets <= 99:
            raise KioskError("bad_component_count", component="sets", count=sets)
        now = received_at or self.clock()
        appointment = None
        if outcome == "complete":  # computed before writing: a calendar error saves nothing
            appointment = self.calendar.appointment(now, self._processing(procedure))
        fee_total = sum(int(getattr(f, "amount", 0) or 0) for f in procedure.fees)
        state = {"complete": S.RECEIVED, "incomplete": S.INCOMPLETE, "refused": S.REFUSED}[outcome]
        field = getattr(procedure, "field", None)
        with self.store.write() as s:
            day = local_day(now)
            seq = self._next_seq(s, day)
            agency = self.config.reception.agency_code
            dossier = Dossier(
                id=new_id(), center_code=self.config.center_code, agency_code=agency,
                code=f"{agency}-{day:%y%m%d}-{seq:04d}", local_day=day.isoformat(), seq=seq,
                procedure_code=procedure.code, procedure_name=procedure.name,
                field_code=str(getattr(field, "code", "") or ""),
                field_name=str(getattr(field, "name", "") or ""),
                outcome=outcome, state=state, reason=reason or None, applicant=person.to_json(),
                sets=sets, fee_total=fee_total,
                fee_state="awaiting" if fee_total and outcome == "complete" else "none",
                received_at=now,
                clock_start=appointment.clock_start if appointment else None,
                appointment_at=appointment.at if appointment else None,
                officer_code=officer, counter_number=counter, ticket_id=ticket_id,
                terminal=self.terminal or None, version=1,
            )
            s.add(dossier)
            s.flush()
            rows = []
            for i, comp in enumerate(procedure.components):
                row = DossierComponent(
                    id=new_id(), dossier_id=dossier.id, component_id=comp.id, position=i,
                    name=comp.name, mandatory=bool(comp.mandatory),
                    req_originals=int(comp.originals), req_certified=int(comp.certified_copies),
                    req_photocopies=int(comp.photocopies), received=counts[comp.id], pages=0)
                s.add(row)
                rows.append(row)
            event = self._event(s, dossier, "intake", None, state, officer,
                                reason, {"outcome": outcome, "missing": missing})
            self._push(s, dossier, rows, event)
            explanation = appointment.explain_vi() if appointment else ""
            return view_of(dossier, rows, [event], explanation)

    def _counts(self, procedure: ProcedureLike, given: Mapping[str, int] | None) -> dict[str, int]:
        known = {c.id: c for c in procedure.components}
        if given is None:
            return {cid: (1 if c.mandatory else 0) for cid, c in known.items()}
        counts = dict.fromkeys(known, 0)
        for cid, count in given.items():
            if cid not in known:
                raise KioskError("unknown_component", name=procedure.name, component=cid,
                                 known=", ".join(known))
            if isinstance(count, bool) or not isinstance(count, int) or not 0 <= count <= 99:
                raise KioskError("bad_component_count", component=cid, count=count)
            counts[cid] = count
        return counts

    @staticmethod
    def _processing(procedure: Any) -> ProcessingTime:
        cutoff = getattr(procedure, "processing_cutoff", None)
        return ProcessingTime.parse({"amount": procedure.processing_amount,
                                     "unit": procedure.processing_unit,
                                     "cutoff": cutoff.strftime("%H:%M") if cutoff else None})

    def _next_seq(self, s: Session, day: dt.date) -> int:
        """The day's next number for this agency, inside this terminal's range (under the
        database's write lock: two intakes at once never get the same one)."""
        agency = self.config.reception.agency_code
        first, last = self.config.reception.sequence_range
        row = s.get(DossierSequence, (agency, day.isoformat()))
        number = max(row.last_number + 1, first) if row else first
        if number > last:
            raise KioskError("dossier_range_exhausted", last=last)
        if row:
            row.last_number = number
        else:
            s.add(DossierSequence(agency_code=agency, local_day=day.isoformat(), last_number=number))
        return number

    def _event(self, s: Session, dossier: Dossier, kind: str, from_state: str | None,
               to_state: str | None, officer: str | None, note: str = "",
               detail: dict[str, Any] | None = None, at: dt.datetime | None = None) -> DossierEvent:
        officer = officer or self.access.principal.code or None
        event = DossierEvent(id=new_id(), dossier_id=dossier.id, at=at or self.clock(), kind=kind,
                             from_state=from_state, to_state=to_state, officer_code=officer,
                             note=note, detail=detail or {})
        s.add(event)
        s.flush()
        action = _AUDIT_ACTIONS.get(kind)
        if action is not None:
            self.audit.record(s, action, dossier.code, {
                "event_id": event.id, "officer": officer, "counter": dossier.counter_number,
                "before": {"state": from_state}, "after": {"state": to_state},
                **({"outcome": dossier.outcome} if kind == "intake" else {}),
                # officers' free text may name a citizen: its length only (the trail is kept for good)
                **({"note_chars": len(note)} if note and kind != "intake" else {}),
                **{k: v for k, v in (detail or {}).items() if k not in _PERSONAL}})
        return event

    def _push(self, s: Session, dossier: Dossier, components: list[DossierComponent] | None,
              event: DossierEvent, blobs: list[dict[str, str]] | None = None) -> None:
        """The outbox ops of one change: the dossier (when it changed) before its event, so a
        terminal pulling the feed always has the dossier an event belongs to."""
        if components is not None:
            s.add(OutboxOp(id=new_id(), entity="dossier", entity_id=dossier.id, op="upsert",
                           payload={"dossier": dossier.snapshot(),
                                    "components": [c.snapshot() for c in components]},
                           created_at=self.clock()))
        s.add(OutboxOp(id=new_id(), entity="dossier_event", entity_id=event.id, op=event.kind,
                       payload={"event": event.snapshot(), "dossier_code": dossier.code,
                                # the sync sends these files first (content-addressed, resumable);
                                # a file gone or changed makes the op a dead letter, never dropped
                                **({"blobs": blobs} if blobs else {})},
                       created_at=self.clock()))

    # ------------------------------------------------------------------ reading
    def _row(self, s: Session, code: str) -> Dossier:
        m = parse_code(code)
        if m is None:
            raise KioskError("not_a_dossier_code", text=code.strip()[:64])
        dossier = s.scalars(select(Dossier).where(Dossier.code == code.strip().upper())).first()
        if dossier is None:
            if m.group("agency") != self.config.reception.agency_code:
                raise KioskError("dossier_other_agency", code=code.strip().upper(),
                                 agency=m.group("agency"))
            raise KioskError("dossier_not_found", code=code.strip().upper())
        return dossier

    @staticmethod
    def _components(s: Session, d: Dossier) -> list[DossierComponent]:
        return list(s.scalars(select(DossierComponent).where(DossierComponent.dossier_id == d.id)))

    def _view(self, s: Session, d: Dossier) -> DossierView:
        comps = list(s.scalars(select(DossierComponent).where(DossierComponent.dossier_id == d.id)))
        events = list(s.scalars(select(DossierEvent).where(DossierEvent.dossier_id == d.id)))
        return view_of(d, comps, events)

    def _for_reader(self, view: DossierView) -> DossierView:
        return view if self.access.can("personal.read") else masked(view)

    def show(self, code: str) -> DossierView:
        """A dossier by its code; a reader without the right to personal data (the citizen at
        the kiosk) sees the applicant's name masked and nothing else of them."""
        self.access.require("dossier.lookup")
        with self.store.read() as s:
            return self._for_reader(self._view(s, self._row(s, code)))

    def find(self, text: str) -> DossierView:
        """A dossier from whatever a scanner read off a receipt (the code, a URL ending in it)."""
        candidate = text.strip().rstrip("/").rsplit("/", 1)[-1].rsplit("=", 1)[-1]
        return self.show(candidate)

    def between(self, first: dt.date, last: dt.date) -> list[DossierView]:
        """Dossiers received from ``first`` to ``last`` (local days, inclusive), in order."""
        self.access.require("dossier.list")
        with self.store.read() as s:
            rows = s.scalars(select(Dossier).where(
                Dossier.local_day >= first.isoformat(), Dossier.local_day <= last.isoformat(),
            ).order_by(Dossier.received_at, Dossier.seq))
            return [self._for_reader(self._view(s, d)) for d in rows]

    def due_soon(self, now: dt.datetime | None = None) -> list[DossierView]:
        """Dossiers still in the agencies' hands that are late, or will be within the warning
        (``reception.late_warning_days`` working days before the appointment day)."""
        self.access.require("dossier.list")
        now = now or self.clock()
        today = to_local(now).date()
        horizon = today
        for _ in range(self.config.reception.late_warning_days):
            horizon = self.calendar.next_working_day(horizon + dt.timedelta(days=1))
        open_states = (S.RECEIVED, S.PROCESSING, S.AWAITING_FEES, S.STOPPED)
        with self.store.read() as s:
            rows = s.scalars(select(Dossier).where(Dossier.state.in_(open_states),
                                                   Dossier.appointment_at.is_not(None))
                             .order_by(Dossier.appointment_at))
            return [self._for_reader(self._view(s, d)) for d in rows
                    if d.appointment_at is not None and to_local(d.appointment_at).date() <= horizon]

    # ------------------------------------------------------------------ life
    def transition(self, code: str, to_state: str, officer: str | None = None, note: str = "",
                   lang: str = "vi") -> DossierView:
        """Move a dossier on (each move recorded with time, officer and note: form 05).

        A supplement request stops the clock; the complete papers coming back start it again
        and move the appointment by the working time it stood still.
        """
        officer = self.access.acting("dossier.change", officer)
        now = self.clock()
        with self.store.write() as s:
            d = self._row(s, code)
            if to_state not in TRANSITIONS.get(d.state, ()):
                from kiosk.messages import t

                raise KioskError("dossier_bad_transition", code=d.code,
                                 state=t(f"dossier_state_{d.state}", lang),
                                 to=t(f"dossier_state_{to_state}", lang)
                                 if to_state in S.ALL else to_state)
            before = d.state
            detail: dict[str, Any] = {}
            if to_state == S.SUPPLEMENT:
                d.paused_at = now
            elif before == S.SUPPLEMENT and d.paused_at is not None and d.appointment_at is not None:
                new_at = self.calendar.resume_after_pause(d.appointment_at, d.paused_at, now)
                detail = {"paused_from": d.paused_at.isoformat(), "appointment_before": d.appointment_at.isoformat(),
                          "appointment_after": new_at.isoformat()}
                d.appointment_at = new_at
                d.paused_at = None
            if to_state in FINISHED and d.finished_at is None:
                d.finished_at = now
            if to_state == S.RETURNED:
                d.returned_at = now
            d.state = to_state
            d.version += 1
            event = self._event(s, d, "state", before, to_state, officer, note.strip(), detail, at=now)
            self._push(s, d, self._components(s, d), event)
            s.flush()
            return self._view(s, d)

    def handover(self, code: str, giver: str, receiver: str, agency: str, note: str = "",
                 officer: str | None = None) -> DossierView:
        """A hand-over between agencies (one row of form 05), judged against the appointment."""
        officer = self.access.acting("dossier.change", officer)
        now = self.clock()
        with self.store.write() as s:
            d = self._row(s, code)
            result = ""
            if d.appointment_at is not None:
                from kiosk.calendar import judge

                result = judge(to_local(now).date(), to_local(d.appointment_at).date())
            event = self._event(s, d, "handover", d.state, d.state, officer, note.strip(),
                                {"giver": giver, "receiver": receiver, "agency": agency, "result": result},
                                at=now)
            self._push(s, d, None, event)
            return self._view(s, d)

    def late_notice(self, code: str, new_appointment: dt.datetime, reason: str, late_unit: str,
                    officer: str | None = None) -> DossierView:
        """Form 04: the result will be late; the dossier keeps both dates."""
        officer = self.access.acting("dossier.change", officer)
        reason = reason.strip()
        if not reason:
            raise KioskError("reason_required", what={"vi": "lý do trễ hạn", "en": "why it is late"})
        with self.store.write() as s:
            d = self._row(s, code)
            if d.appointment_at is None:
                from kiosk.messages import t

                raise KioskError("dossier_not_received", code=d.code, state=t(f"dossier_state_{d.state}"))
            if new_appointment <= d.appointment_at:
                from kiosk.timeutil import fmt_datetime

                raise KioskError("late_date_not_later", new=fmt_datetime(new_appointment),
                                 old=fmt_datetime(d.appointment_at))
            before = d.appointment_at
            if d.original_appointment_at is None:
                d.original_appointment_at = before
            d.appointment_at = new_appointment
            d.version += 1
            event = self._event(s, d, "late", d.state, d.state, officer, reason,
                                {"late_unit": late_unit.strip(), "appointment_before": before.isoformat(),
                                 "appointment_after": new_appointment.isoformat()})
            self._push(s, d, self._components(s, d), event)
            s.flush()
            return self._view(s, d)

    def attach_pages(self, code: str, component_id: str, pages: list[Page], files: FileStore,
                     officer: str | None = None) -> DossierView:
        """A component's scanned pages saved as one PDF (content-addressed) and counted."""
        view = self.show(code)
        name = next((c.name for c in view.components if c.component_id == component_id), component_id)
        data = pages_to_pdf(pages, f"{view.code} — {name}")
        digest, size = files.put(data)
        return self.record_file(code, component_id, digest, size, len(pages), officer,
                                blob_path=files.path(digest))

    def record_file(self, code: str, component_id: str, sha256: str, size: int, pages: int,
                    officer: str | None = None, blob_path: Path | None = None) -> DossierView:
        """A component's scanned PDF was stored (content-addressed): the dossier counts it."""
        officer = self.access.acting("dossier.change", officer)
        with self.store.write() as s:
            d = self._row(s, code)
            comp = s.scalars(select(DossierComponent).where(
                DossierComponent.dossier_id == d.id, DossierComponent.component_id == component_id)).first()
            if comp is None:
                raise KioskError("unknown_component", name=d.procedure_name, component=component_id,
                                 known=", ".join(c.component_id for c in s.scalars(
                                     select(DossierComponent).where(DossierComponent.dossier_id == d.id))))
            comp.sha256, comp.file_bytes, comp.pages = sha256, size, pages
            d.version += 1
            event = self._event(s, d, "file", d.state, d.state, officer, comp.name,
                                {"component": component_id, "sha256": sha256, "pages": pages, "bytes": size})
            blobs = [{"path": str(blob_path), "sha256": sha256}] if blob_path is not None else None
            self._push(s, d, self._components(s, d), event, blobs)
            s.flush()
            return self._view(s, d)
