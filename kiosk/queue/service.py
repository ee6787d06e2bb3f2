"""The queue on one local database: take a number, call, recall, transfer, park, finish.

The same application service serves the kiosk screen, the counter screen, the board and the
CLI. Every change is one ``BEGIN IMMEDIATE`` transaction that also writes the ticket's event and
its outbox op, so a crash leaves either all of it or none of it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from kiosk.audit import AuditTrail
from kiosk.config import Config, Service
from kiosk.errors import KioskError
from kiosk.ids import new_id
from kiosk.ports import QueueCoordinator
from kiosk.printing.jobs import new_print_job
from kiosk.queue.policy import PriorityPolicy, Ranked, Waiting
from kiosk.security.access import Access, Principal, Role
from kiosk.store.db import Store
from kiosk.store.models import (
    CounterSession,
    NumberSequence,
    OutboxOp,
    Ticket,
    TicketEvent,
    TicketStatus,
)
from kiosk.sync.apply import upsert_ticket
from kiosk.textnorm import clean
from kiosk.timeutil import Clock, local_day, local_midnight_utc, utc_now


@dataclass(frozen=True)
class TicketInfo:
    """A ticket as the screens, the printer and ``--json`` see it."""

    id: str
    number: str
    service: str
    service_name: str
    queue_service: str
    priority: str | None
    status: str
    issued_at: str
    local_day: str
    counter: int | None
    recall_count: int
    people_ahead: int | None = None
    estimated_wait_minutes: int | None = None
    print_job_id: str | None = None

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class CallInfo:
    """One call (or recall) for the board."""

    seq: int
    number: str
    counter: int
    kind: str
    at: dt.datetime


@dataclass(frozen=True)
class WaitingEntry:
    ticket: TicketInfo
    queued_at: dt.datetime
    reason: str

if TYPE_CHECKING:
    from kiosk.security.pin import PinGuard

# ticket events that are an officer's action (issuing is the citizen's, not audited)
AUDITED_KINDS = frozenset({"call", "recall", "no_show", "finish", "transfer", "park", "resume"})


class QueueService:
    def __init__(self, store: Store, config: Config, clock: Clock = utc_now, terminal: str = "",
                 coordinator: QueueCoordinator | None = None, access: Access | None = None) -> None:
        self.store = store
        # who acts on this terminal (shared with the other services of the terminal's context)
        self.access = access or Access()
        self.config = config
        self.terminal = terminal
        # the central server when this terminal is enrolled: it hands out numbers and grants calls
        self.coordinator = coordinator
        self.local_clock = clock
        # enrolled terminals stamp times on the server's clock (learned offset), so a kiosk whose
        # clock is minutes off never reorders the center's queue
        self.clock: Clock = self._now
        self.audit = AuditTrail(terminal, lambda: self.config.center_code,
                                lambda: self.access.principal, self.clock)
        self.use_config(config)

    def use_config(self, config: Config) -> None:
        """The center's rules from now on (a configuration reloaded while running)."""
        self.config = config
        self.policy = PriorityPolicy(
            config.queue.priority.every_n_regular, config.queue.priority.ageing_minutes
        )

    def _now(self) -> dt.datetime:
        """This terminal's clock, on the server's timeline when enrolled."""
        now = self.local_clock()
        return now + self.coordinator.offset() if self.coordinator is not None else now

    # ------------------------------------------------------------------ helpers
    def _service(self, code: str) -> Service:
        service = self.config.service(code)
        if service is None:
            known = ", ".join(s.code for s in self.config.services)
            raise KioskError("unknown_service", code=code, known=known)
        return service

    def _counter_services(self, counter: int) -> tuple[str, ...]:
        found = self.config.counter_by_number(counter)
        if found is None:
            known = ", ".join(str(c.number) for c in self.config.counters)
            raise KioskError("unknown_counter", counter=counter, known=known)
        return found.services

    def _info(self, t: Ticket, lang: str = "vi", **extra: Any) -> TicketInfo:
        service = self.config.service(t.service_code)
        return TicketInfo(
            id=t.id,
            number=t.label,
            service=t.service_code,
            service_name=service.label(lang) if service else t.service_code,
            queue_service=t.queue_service,
            priority=t.priority,
            status=t.status,
            issued_at=t.issued_at.isoformat(),
            local_day=t.local_day,
            counter=t.counter_number,
            recall_count=t.recall_count,
            **extra,
        )

    def _event(
        self, s: Session, ticket: Ticket, kind: str, now: dt.datetime, counter: int | None = None,
        officer: str | None = None, event_id: str | None = None, **detail: Any,
    ) -> TicketEvent:
        officer = officer or self.access.principal.code or None
        seq = (s.scalar(select(func.max(TicketEvent.seq))) or 0) + 1
        ticket.version = (ticket.version or 1) + 1
        event = TicketEvent(
            id=event_id or new_id(), seq=seq, ticket_id=ticket.id, kind=kind, at=now,
            counter_number=counter, officer_code=officer, detail=detail,
        )
        s.add(event)
        if kind in AUDITED_KINDS:
            self.audit.record(s, kind, ticket.label, {"ticket_id": ticket.id, "counter": counter,
                                                      "officer": officer, **detail})
        self._outbox(s, "ticket_event", event.id, kind, {
            "ticket_id": ticket.id, "kind": kind, "at": now.isoformat(), "counter": counter,
            "officer": officer, "detail": detail, "ticket": ticket.snapshot(),
        })
        return event

    def _outbox(self, s: Session, entity: str, entity_id: str, op: str, payload: dict[str, Any]) -> None:
        s.add(OutboxOp(id=new_id(), entity=entity, entity_id=entity_id, op=op,
                       payload=payload, created_at=self.clock()))

    def _today(self) -> str:
        return local_day(self.clock()).isoformat()

    # ------------------------------------------------------------------ kiosk
    def take_ticket(
        self, service_code: str, priority: str | None = None, lang: str = "vi",
        printer_url: str | None = None,
    ) -> TicketInfo:
        """Allocate the next number of the service for today and save the ticket.

        With ``printer_url`` the ticket's print job is queued in the same transaction, so a
        ticket never exists without the record that it still has to be printed.
        """
        self.access.require("ticket.take")
        service = self._service(service_code)
        if not service.open:
            raise KioskError("service_closed", name=service.label(lang))
        if priority is not None and self.config.priority_category(priority) is None:
            known = ", ".join(p.code for p in self.config.queue.priority.categories)
            raise KioskError("unknown_priority", code=priority, known=known)
        now = self.clock()
        day = local_day(now).isoformat()
        # online: the server's next number (asked outside the local transaction)
        online = self.coordinator.allocate(service.code, day) if self.coordinator is not None else None
        if online is not None and online.refused:
            raise KioskError("service_closed", name=service.label(lang))
        if online is not None:
            now = online.at  # the server's own time of issue
        with self.store.write() as s:
            if online is not None:
                number = online.number
            else:
                # standalone: the service's own range; enrolled but offline: this kiosk's range
                offline = self.coordinator is not None
                if offline and self.config.offline_range is None:
                    raise KioskError("no_offline_range", name=service.label(lang))
                key = f"{service.code}~offline" if offline else service.code
                first, last = self.config.offline_range if offline else (service.first, service.last)  # type: ignore[misc]
                seq = s.get(NumberSequence, (self.config.center_code, key, day))
                number = max(seq.last_number + 1, first) if seq else first
                if number > last:
                    raise KioskError("range_exhausted", name=service.label(lang), last=service.format_number(last))
                if seq:
                    seq.last_number = number
                else:
                    s.add(NumberSequence(center_code=self.config.center_code, service_code=key,
                                         local_day=day, last_number=number))
            ticket = Ticket(
                id=new_id(), center_code=self.config.center_code, service_code=service.code,
                queue_service=service.code, local_day=day, number=number,
                label=service.format_number(number), priority=priority,
                status=TicketStatus.WAITING, issued_at=now, queued_at=now, recall_count=0,
                terminal=self.terminal or None, version=1,
            )
            s.add(ticket)
            s.flush()
            self._outbox(s, "ticket", ticket.id, "issue", {"ticket": ticket.snapshot()})
            job_id = None
            if printer_url:
                job_id = new_print_job(s, ticket.id, "ticket", printer_url, now).id
            ahead, wait = self._estimate(s, service.code, ticket, now)
        return self._info(ticket, lang, people_ahead=ahead, estimated_wait_minutes=wait,
                          print_job_id=job_id)

    # ------------------------------------------------------------------ estimates
    def _waiting(self, s: Session, services: tuple[str, ...], counter: int | None) -> list[Waiting]:
        """What the policy needs of every ticket waiting for these services (or this counter)."""
        in_line: ColumnElement[bool]
        if counter is None:  # the whole center's view: every waiting ticket of these services
            in_line = Ticket.queue_service.in_(services)
        else:
            in_line = (Ticket.target_counter.is_(None) & Ticket.queue_service.in_(services)) | (
                Ticket.target_counter == counter)
        q = select(Ticket.id, Ticket.label, Ticket.queued_at, Ticket.priority, Ticket.target_counter).where(
            Ticket.center_code == self.config.center_code,
            Ticket.local_day == self._today(),
            Ticket.status == TicketStatus.WAITING,
            in_line,
        )
        return [Waiting(*row) for row in s.execute(q)]

    def _category_labels(self, lang: str) -> dict[str, str]:
        return {p.code: p.label(lang) for p in self.config.queue.priority.categories}

    def _ranked(self, s: Session, services: tuple[str, ...], counter: int | None, lang: str) -> list[Ranked]:
        waiting = self._waiting(s, services, counter)
        since = self._regular_since_priority(s, counter) if counter is not None else self.policy.every_n_regular
        return self.policy.order(waiting, self.clock(), counter=counter, regular_since_priority=since,
                                 category_label=self._category_labels(lang))

    def _regular_since_priority(self, s: Session, counter: int) -> int:
        """Regular calls at this counter since its last priority call today."""
        start = self._today()
        q = (
            select(Ticket.priority)
            .join(TicketEvent, TicketEvent.ticket_id == Ticket.id)
            .where(TicketEvent.kind == "call", TicketEvent.counter_number == counter,
                   Ticket.local_day == start)
            .order_by(TicketEvent.seq.desc())
        )
        count = 0
        for (priority,) in s.execute(q):
            if priority:
                return count
            count += 1
        return max(count, self.policy.every_n_regular)

    def service_minutes(self, s: Session, service_code: str) -> float:
        """Mean service time of the last finished tickets of today, else the configured default."""
        q = (
            select(Ticket.called_at, Ticket.finished_at)
            .where(Ticket.queue_service == service_code, Ticket.local_day == self._today(),
                   Ticket.status == TicketStatus.DONE, Ticket.called_at.is_not(None),
                   Ticket.finished_at.is_not(None))
            .order_by(Ticket.finished_at.desc())
            .limit(self.config.queue.estimate_window)
        )
        durations = [(f - c).total_seconds() / 60 for c, f in s.execute(q) if f and c and f > c]
        if len(durations) >= 3:
            return sum(durations) / len(durations)
        service = self.config.service(service_code)
        if service and service.default_service_minutes:
            return service.default_service_minutes
        return self.config.queue.default_service_minutes

    def open_counters(self, s: Session, service_code: str) -> int:
        serving = {c.number for c in self.config.counters_serving(service_code)}
        since = local_midnight_utc(local_day(self.clock()))
        q = select(CounterSession.counter_number).where(CounterSession.signed_out_at.is_(None),
                                                        CounterSession.signed_in_at >= since)
        open_now = {n for (n,) in s.execute(q)} & serving
        return len(open_now)

    def _estimate(self, s: Session, service_code: str, ticket: Ticket, now: dt.datetime) -> tuple[int, int]:
        ranked = self._ranked(s, (service_code,), None, "vi")
        ids = [r.ticket.id for r in ranked]
        ahead = ids.index(ticket.id) if ticket.id in ids else len(ids)
        counters = max(1, self.open_counters(s, service_code))
        minutes = self.service_minutes(s, service_code)
        wait = math.ceil(ahead * minutes / counters) if ahead else 0
        return ahead, wait

    # ------------------------------------------------------------------ counter
    def waiting(self, counter: int | None = None, lang: str = "vi") -> list[WaitingEntry]:
        """The waiting list in calling order, with why each ticket is where it is."""
        services = (
            self._counter_services(counter) if counter is not None
            else tuple(s.code for s in self.config.services)
        )
        with self.store.read() as s:
            ranked = self._ranked(s, services, counter, lang)
            ids = [r.ticket.id for r in ranked]
            by_id = {t.id: t for t in s.scalars(select(Ticket).where(Ticket.id.in_(ids)))} if ids else {}
            return [
                WaitingEntry(self._info(by_id[r.ticket.id], lang, people_ahead=i), r.ticket.queued_at,
                             r.explain(lang))
                for i, r in enumerate(ranked)
            ]

    def current(self, counter: int, lang: str = "vi") -> TicketInfo | None:
        with self.store.read() as s:
            t = self._current_row(s, counter)
            return self._info(t, lang) if t else None

    def _current_row(self, s: Session, counter: int) -> Ticket | None:
        # not limited to today: a ticket still being served at midnight must stay reachable
        return s.scalars(
            select(Ticket).where(Ticket.counter_number == counter,
                                 Ticket.status == TicketStatus.SERVING,
                                 Ticket.center_code == self.config.center_code)
            .order_by(Ticket.called_at)
        ).first()

    def parked(self, counter: int, lang: str = "vi") -> list[TicketInfo]:
        with self.store.read() as s:
            rows = s.scalars(
                select(Ticket).where(Ticket.counter_number == counter,
                                     Ticket.status == TicketStatus.PARKED,
                                     Ticket.center_code == self.config.center_code)
                .order_by(Ticket.called_at)
            )
            return [self._info(r, lang) for r in rows]

    def call_next(self, counter: int, officer: str | None = None, lang: str = "vi") -> TicketInfo | None:
        """Finish what the counter is serving and call the next ticket by the policy.

        Enrolled terminals first claim the ticket at the server, so two counters never call the
        same one; a refused claim brings the server's view of that ticket and the next one is
        tried. An unreachable server does not stop the counter (the call is made locally).
        """
        officer = self.access.acting("queue.serve", officer)
        services = self._counter_services(counter)
        skip: set[str] = set()
        for _attempt in range(20):
            with self.store.read() as s:
                ranked = [r for r in self._ranked(s, services, counter, lang) if r.ticket.id not in skip]
                snap = s.get_one(Ticket, ranked[0].ticket.id).snapshot() if ranked else None
                reason = ranked[0].reason if ranked else ""
            granted = False
            event_id = new_id()  # the call's id, known to the server from the claim on
            if snap is not None and self.coordinator is not None:
                answer = self.coordinator.claim(snap, counter, officer, event_id, reason)
                if answer.status == "refused":
                    if answer.ticket:
                        with self.store.write() as s:
                            upsert_ticket(s, answer.ticket)
                    skip.add(str(snap["id"]))
                    continue
                granted = answer.status == "granted"
            now = self.clock()
            with self.store.write() as s:
                serving = self._current_row(s, counter)
                if serving is not None and (snap is None or serving.id != snap["id"]):
                    self._finish_row(s, serving, now, counter, officer)
                if snap is None:
                    return None
                t = s.get_one(Ticket, snap["id"])
                if not granted and (t.status != TicketStatus.WAITING or t.version != snap["version"]):
                    continue  # changed meanwhile (another counter on this database): choose again
                t.status = TicketStatus.SERVING
                t.counter_number = counter
                t.target_counter = None
                t.officer_code = officer
                t.called_at = now
                t.recall_count = 0
                t.version = int(snap["version"])  # the event makes it the version the server granted
                self._event(s, t, "call", now, counter, officer, event_id=event_id, reason=reason,
                            priority=t.priority, label=t.label)
                return self._info(t, lang)
        return None

    def recall(self, counter: int, officer: str | None = None, lang: str = "vi") -> TicketInfo:
        officer = self.access.acting("queue.serve", officer)
        now = self.clock()
        with self.store.write() as s:
            t = self._require_current(s, counter)
            limit = self.config.queue.recall_limit
            if t.recall_count >= limit:
                raise KioskError("recall_limit", number=t.label, limit=limit)
            t.recall_count += 1
            self._event(s, t, "recall", now, counter, officer, label=t.label, n=t.recall_count)
            return self._info(t, lang)

    def _require_current(self, s: Session, counter: int) -> Ticket:
        self._counter_services(counter)
        t = self._current_row(s, counter)
        if t is None:
            raise KioskError("no_current_ticket", counter=counter)
        return t

    def no_show(self, counter: int, officer: str | None = None, lang: str = "vi") -> TicketInfo:
        officer = self.access.acting("queue.serve", officer)
        now = self.clock()
        with self.store.write() as s:
            t = self._require_current(s, counter)
            t.status = TicketStatus.NO_SHOW
            t.finished_at = now
            self._event(s, t, "no_show", now, counter, officer)
            return self._info(t, lang)

    def _finish_row(self, s: Session, t: Ticket, now: dt.datetime, counter: int, officer: str | None) -> None:
        t.status = TicketStatus.DONE
        t.finished_at = now
        self._event(s, t, "finish", now, counter, officer)

    def finish(self, counter: int, officer: str | None = None, lang: str = "vi") -> TicketInfo:
        officer = self.access.acting("queue.serve", officer)
        now = self.clock()
        with self.store.write() as s:
            t = self._require_current(s, counter)
            self._finish_row(s, t, now, counter, officer)
            return self._info(t, lang)

    def transfer(
        self, counter: int, *, to_service: str | None = None, to_counter: int | None = None,
        officer: str | None = None, lang: str = "vi",
    ) -> TicketInfo:
        """Send the ticket being served to another service's line or to another counter."""
        officer = self.access.acting("queue.serve", officer)
        if not to_service and to_counter is None:
            raise KioskError("transfer_target_missing")
        if to_service:
            to_service = self._service(to_service).code
        if to_counter is not None:
            self._counter_services(to_counter)
            if to_counter == counter:
                raise KioskError("transfer_to_self", counter=counter)
        now = self.clock()
        with self.store.write() as s:
            t = self._require_current(s, counter)
            t.status = TicketStatus.WAITING
            t.queue_service = to_service or t.queue_service
            t.target_counter = to_counter
            t.counter_number = None
            # keeps its place in line: credited with the time it waited before being called,
            # not with the time it spent at the counter
            waited = (t.called_at - t.queued_at) if t.called_at else dt.timedelta(0)
            t.queued_at = now - max(waited, dt.timedelta(0))
            self._event(s, t, "transfer", now, counter, officer,
                        to_service=to_service, to_counter=to_counter)
            return self._info(t, lang)

    def park(self, counter: int, officer: str | None = None, lang: str = "vi") -> TicketInfo:
        officer = self.access.acting("queue.serve", officer)
        now = self.clock()
        with self.store.write() as s:
            t = self._require_current(s, counter)
            t.status = TicketStatus.PARKED
            self._event(s, t, "park", now, counter, officer)
            return self._info(t, lang)

    def resume(self, counter: int, ticket_ref: str, officer: str | None = None, lang: str = "vi") -> TicketInfo:
        officer = self.access.acting("queue.serve", officer)
        now = self.clock()
        with self.store.write() as s:
            serving = self._current_row(s, counter)
            if serving is not None:
                raise KioskError("counter_busy", counter=counter, number=serving.label)
            t = self._find(s, ticket_ref)
            if t.status != TicketStatus.PARKED or t.counter_number != counter:
                raise KioskError("ticket_not_parked", number=t.label)
            if t.local_day != self._today():
                raise KioskError("ticket_from_another_day", number=t.label, day=t.local_day)
            t.status = TicketStatus.SERVING
            self._event(s, t, "resume", now, counter, officer)
            return self._info(t, lang)

    def _find(self, s: Session, ref: str) -> Ticket:
        t = s.get(Ticket, ref)
        if t is None:
            t = s.scalars(select(Ticket).where(Ticket.label == ref.upper(),
                                               Ticket.local_day == self._today())).first()
        if t is None:
            raise KioskError("unknown_ticket", ref=ref)
        return t

    def ticket(self, ref: str, lang: str = "vi") -> TicketInfo:
        with self.store.read() as s:
            return self._info(self._find(s, ref), lang)

    # ------------------------------------------------------------------ sessions
    def sign_in(self, counter: int, officer_code: str, pin: str) -> str:
        """Check the account's PIN (with the lockout after repeated failures), open the counter's
        session and make the account the principal acting on this terminal; returns its name.

        An unknown code, a disabled account and a wrong PIN are told apart by nobody: each
        counts towards the lockout of the code typed, and each is recorded in the audit trail.
        """
        from kiosk.security.pin import PinError

        self._counter_services(counter)
        code = clean(officer_code or "").strip()[:64]
        officer = self.config.officer(code)
        usable = officer is not None and not officer.disabled
        guard = self.sign_in_guard(code, officer.pin_hash if usable and officer else "")
        try:
            guard.check(pin)
        except PinError as exc:
            with self.store.write() as s:
                self.audit.record(s, "sign_in_failed", code[:32], {"counter": counter,
                                  "why": exc.key}, principal=self.access.base)
            if exc.key == "pin_locked":
                raise KioskError("account_locked", **exc.params) from None
            if exc.key == "pin_wrong":
                raise KioskError("bad_sign_in_left", **exc.params) from None
            raise KioskError("bad_sign_in") from None
        assert officer is not None
        principal = Principal(Role(officer.role), officer.code, officer.name,
                              frozenset({Role.OFFICER}) if officer.role == "manager" else frozenset())
        now = self.clock()
        with self.store.write() as s:
            for open_session in s.scalars(select(CounterSession).where(
                CounterSession.counter_number == counter, CounterSession.signed_out_at.is_(None)
            )):
                open_session.signed_out_at = now
            session = CounterSession(id=new_id(), counter_number=counter,
                                     officer_code=officer.code, signed_in_at=now)
            s.add(session)
            self._outbox(s, "counter_session", session.id, "sign_in",
                         {"counter": counter, "officer": officer.code, "at": now.isoformat()})
            self.audit.record(s, "sign_in", officer.code, {"counter": counter, "role": officer.role},
                              principal=principal)
        self.access.sign_in(principal)
        return officer.name

    def sign_in_guard(self, code: str, stored: str) -> PinGuard:
        """The lockout of one account code on this terminal (a file per code typed, named by a
        hash of it, so unknown codes lock the same way and no code is written in clear)."""
        from kiosk.security.pin import PinGuard, dummy_hash

        name = hashlib.sha256(code.encode("utf-8")).hexdigest()[:20]
        sec = self.config.security
        return PinGuard(stored or dummy_hash(), self.store.path.parent / "run" / f"signin-{name}.lockout.json",
                        max_failures=sec.max_failures, lock_minutes=sec.lock_minutes,
                        clock=self.local_clock, label="sign-in PIN")

    def sign_out(self, counter: int, reason: str = "sign_out") -> None:
        """Close the counter's session; the terminal's base principal acts again. ``reason`` is
        ``session_locked`` when the inactivity lock did it."""
        now = self.clock()
        principal = self.access.principal
        with self.store.write() as s:
            for open_session in s.scalars(select(CounterSession).where(
                CounterSession.counter_number == counter, CounterSession.signed_out_at.is_(None)
            )):
                open_session.signed_out_at = now
                self._outbox(s, "counter_session", open_session.id, "sign_out",
                             {"counter": counter, "at": now.isoformat()})
            if principal != self.access.base:
                self.audit.record(s, reason, principal.code, {"counter": counter}, principal=principal)
        self.access.sign_out()

    # ------------------------------------------------------------------ board
    def recent_calls(self, limit: int = 8, after_seq: int = 0) -> list[CallInfo]:
        """The latest calls and recalls of today, newest first."""
        start = self._today()
        with self.store.read() as s:
            q = (
                select(TicketEvent.seq, Ticket.label, TicketEvent.counter_number, TicketEvent.kind, TicketEvent.at)
                .join(Ticket, Ticket.id == TicketEvent.ticket_id)
                .where(TicketEvent.kind.in_(("call", "recall")), TicketEvent.seq > after_seq,
                       Ticket.local_day == start)
                .order_by(TicketEvent.seq.desc())
                .limit(limit)
            )
            return [CallInfo(seq, label, counter or 0, kind, at) for seq, label, counter, kind, at in s.execute(q)]

    def last_event_seq(self) -> int:
        with self.store.read() as s:
            return s.scalar(select(func.max(TicketEvent.seq))) or 0

    def services_overview(self, lang: str = "vi") -> list[dict[str, Any]]:
        with self.store.read() as s:
            day = self._today()
            counts = dict(s.execute(
                select(Ticket.queue_service, func.count()).where(
                    Ticket.local_day == day, Ticket.status == TicketStatus.WAITING,
                    Ticket.center_code == self.config.center_code,
                ).group_by(Ticket.queue_service)
            ).all())
            issued = {
                code: last for code, last in s.execute(
                    select(NumberSequence.service_code, NumberSequence.last_number).where(
                        NumberSequence.local_day == day,
                        NumberSequence.center_code == self.config.center_code)
                )
            }
            result = []
            for svc in self.config.services:
                result.append({
                    "code": svc.code,
                    "prefix": svc.prefix,
                    "name": svc.label(lang),
                    "open": svc.open,
                    "range": [svc.first, svc.last],
                    "counters": [c.number for c in self.config.counters_serving(svc.code)],
                    "waiting": counts.get(svc.code, 0),
                    "last_issued": svc.format_number(issued[svc.code]) if svc.code in issued else None,
                    "estimated_service_minutes": round(self.service_minutes(s, svc.code), 1),
                })
        return result
