"""Complaints and suggestions (phản ánh, kiến nghị): filed at the kiosk, tracked by a printed
code, answered within a number of working days.

As for dossiers: every check runs before anything is written (a refusal stores nothing), and
every change is one write transaction with its outbox op, so the province sees every complaint
exactly once. Contact details are kept only with the sender's consent (Decree 13/2023/NĐ-CP).

Rules:

* Tracking code ``PAKN-{yyMMdd}-{NNNN}``: the local day of filing and a daily number, taken under
  the database's write lock inside this terminal's range (``terminal.dossier_range``, the same
  split between terminals as the dossier numbers).
* Due: the ``reception.feedback_due_days``-th working day after the day of filing, at the close
  of that day's working hours (the day of filing itself is not counted).
* States: received → classified → assigned → answered → closed, one step at a time; an assigned
  complaint may be assigned again to someone else; "answered" needs the answer's text.
"""

from __future__ import annotations

import builtins
import datetime as dt
import re
from typing import TYPE_CHECKING, Any

from sqlalchemy import literal_column, select
from sqlalchemy.orm import Session

from kiosk.audit import AuditTrail
from kiosk.calendar import WorkingCalendar
from kiosk.config import Config
from kiosk.dossier.service import parse_code as parse_dossier_code
from kiosk.feedback.messages import FeedbackError, ft
from kiosk.feedback.views import (
    CATEGORIES,
    OPEN_STATES,
    FeedbackDetail,
    FeedbackView,
    detail_of,
    state_words,
)
from kiosk.ids import new_id
from kiosk.security.access import Access
from kiosk.store.db import Store
from kiosk.store.models import Feedback, FeedbackEvent, FeedbackSequence, FeedbackState, OutboxOp
from kiosk.textnorm import clean
from kiosk.timeutil import Clock, local_day, to_local, utc_now

if TYPE_CHECKING:
    from kiosk.wiring import AppContext

PREFIX = "PAKN"
CODE = re.compile(rf"^{PREFIX}-(?P<day>\d{{6}})-(?P<seq>\d{{4}})$")
TEXT_MIN = 10
TEXT_MAX = 2000
ANSWER_MAX = 4000
EMAIL_MAX = 254

F = FeedbackState
TRANSITIONS: dict[str, tuple[str, ...]] = {
    F.RECEIVED: (F.CLASSIFIED,),
    F.CLASSIFIED: (F.ASSIGNED,),
    F.ASSIGNED: (F.ANSWERED, F.ASSIGNED),  # answered, or handed to someone else
    F.ANSWERED: (F.CLOSED,),
    F.CLOSED: (),
}

_LINE_BREAK = re.compile(r"\r\n|[\n\r\v\f\x85\u2028\u2029]")
_PHONE_SEPARATORS = re.compile(r"[ .\-()]")
_PHONES = (
    re.compile(r"0[1-9]\d{8}"),  # mobile (and any 10-digit national number)
    re.compile(r"02\d{9}"),  # landline: 02x area code and 8 digits
    re.compile(r"\+84[1-9]\d{8}"),
    re.compile(r"\+842\d{9}"),
)
_EMAIL = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    r"@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}")


# ---------------------------------------------------------------------- checks (no writes)
def parse_feedback_code(text: str) -> re.Match[str] | None:
    """The code's parts when ``text`` is a tracking code (any case, surrounding spaces)."""
    return CODE.match(text.strip().upper())


def clean_text(text: str) -> str:
    """Each line cleaned (NFC, control characters removed), line breaks kept, no more than one
    empty line in a row, trimmed."""
    lines: list[str] = []
    for line in _LINE_BREAK.split(text.replace("\t", " ")):
        line = clean(line)
        if line or (lines and lines[-1]):
            lines.append(line)
    return "\n".join(lines).strip()


def check_category(category: str) -> str:
    key = category.strip().lower()
    if key not in CATEGORIES:
        raise FeedbackError("unknown_category", value=category.strip()[:40],
                            known=", ".join(CATEGORIES))
    return key


def check_text(text: str) -> str:
    """The complaint's text as it will be stored; refused (never cut) when too short or long."""
    body = clean_text(text)
    if len(body) < TEXT_MIN:
        raise FeedbackError("text_too_short", count=len(body), minimum=TEXT_MIN)
    if len(body) > TEXT_MAX:
        raise FeedbackError("text_too_long", count=len(body), maximum=TEXT_MAX)
    return body


def check_phone(phone: str | None) -> str | None:
    """``0912 345 678`` → ``0912345678``; ``+84…`` kept in that form; empty → None."""
    raw = clean(phone or "")
    if not raw:
        return None
    number = _PHONE_SEPARATORS.sub("", raw)
    if not any(p.fullmatch(number) for p in _PHONES):
        raise FeedbackError("bad_phone")
    return number


def check_email(email: str | None) -> str | None:
    """The address with its domain in lower case; empty → None."""
    raw = clean(email or "")
    if not raw:
        return None
    if len(raw) > EMAIL_MAX or not _EMAIL.fullmatch(raw):
        raise FeedbackError("bad_email")
    local, _, domain = raw.rpartition("@")
    return f"{local}@{domain.lower()}"


def check_contact(phone: str | None, email: str | None,
                  consent: bool) -> tuple[str | None, str | None, bool]:
    """(phone, e-mail, consent) as stored: contact details only with consent."""
    if (clean(phone or "") or clean(email or "")) and consent is not True:
        raise FeedbackError("contact_without_consent")
    number, address = check_phone(phone), check_email(email)
    return number, address, bool(number or address)


def check_dossier_code(code: str | None) -> str | None:
    """A dossier code's shape (it need not be known to this terminal); empty → None."""
    raw = clean(code or "")
    if not raw:
        return None
    if parse_dossier_code(raw) is None:
        raise FeedbackError("bad_dossier_code")
    return raw.upper()


def check_state(state: str) -> str:
    if state not in F.ALL:
        raise FeedbackError("unknown_feedback_state", value=state[:40], known=", ".join(F.ALL))
    return state


def _both(make: Any) -> dict[str, str]:
    """A parameter in both languages (the error is rendered later, in the reader's)."""
    return {"vi": make("vi"), "en": make("en")}


# ---------------------------------------------------------------------- the service
class FeedbackService:
    """File, find, move on and list complaints and suggestions.

    Args:
        store: The terminal's database.
        config: The terminal's configuration (center code, days to answer, number range).
        calendar: The center's working calendar.
        clock: Now (UTC).
        terminal: This terminal's name, stamped on what it files.
    """

    def __init__(self, store: Store, config: Config, calendar: WorkingCalendar,
                 clock: Clock = utc_now, terminal: str = "", access: Access | None = None) -> None:
        self.store = store
        self.access = access or Access()
        self.audit = AuditTrail(terminal, lambda: self.config.center_code,
                                lambda: self.access.principal, clock)
        self.config = config
        self.calendar = calendar
        self.clock = clock
        self.terminal = terminal

    @classmethod
    def for_context(cls, ctx: AppContext) -> FeedbackService:
        """The service of a running terminal (its store, configuration, calendar and clock)."""
        return cls(ctx.store, ctx.config, ctx.dossiers.calendar, ctx.queue.clock, ctx.queue.terminal,
                   ctx.access)

    def due_for(self, received_at: dt.datetime) -> dt.datetime:
        """The ``feedback_due_days``-th working day after the day of ``received_at``, at the
        close of its working hours (UTC).

        Raises:
            CalendarError: When the calendar has no working day within a year.
        """
        day = to_local(received_at).date()
        for _ in range(self.config.reception.feedback_due_days):
            day = self.calendar.next_working_day(day + dt.timedelta(days=1))
        return self.calendar.closing_time(day).astimezone(dt.UTC)

    # ------------------------------------------------------------------ filing
    def file(self, category: str, text: str, phone: str | None = None, email: str | None = None,
             consent: bool = False, dossier_code: str | None = None) -> FeedbackView:
        """Take in a complaint or suggestion; returns what the citizen may see of it (its code,
        category, state and due time).

        Raises:
            FeedbackError: An unknown category, a text too short or too long, contact details
                without consent or in a wrong form, a malformed dossier code, the day's numbers
                used up. Nothing is stored then.
            CalendarError: A calendar without working days.
            StoreError: The database could not be written.
        """
        self.access.require("feedback.file")
        category = check_category(category)
        body = check_text(text)
        number, address, consented = check_contact(phone, email, consent)
        dossier = check_dossier_code(dossier_code)
        now = self.clock()
        due = self.due_for(now)  # before writing: a calendar error saves nothing
        with self.store.write() as s:
            day = local_day(now)
            seq = self._next_seq(s, day)
            row = Feedback(
                id=new_id(), center_code=self.config.center_code,
                code=f"{PREFIX}-{day:%y%m%d}-{seq:04d}", category=category, text=body,
                contact_phone=number, contact_email=address, consent=consented,
                dossier_code=dossier, state=F.RECEIVED, received_at=now, due_at=due,
                terminal=self.terminal or None, version=1,
            )
            s.add(row)
            s.flush()
            event = self._event(s, row, None, F.RECEIVED, None, "", now)
            self._push(s, row, event, "filed")
            return detail_of(row, [event]).public

    def _next_seq(self, s: Session, day: dt.date) -> int:
        """The day's next number of this center, inside this terminal's range (under the
        database's write lock: two filings at once never get the same one)."""
        center = self.config.center_code
        first, last = self.config.reception.sequence_range
        row = s.get(FeedbackSequence, (center, day.isoformat()))
        number = max(row.last_number + 1, first) if row else first
        if number > last:
            raise FeedbackError("feedback_range_exhausted", last=last)
        if row:
            row.last_number = number
        else:
            s.add(FeedbackSequence(center_code=center, local_day=day.isoformat(), last_number=number))
        return number

    def _event(self, s: Session, row: Feedback, from_state: str | None, to_state: str,
               officer: str | None, note: str, at: dt.datetime) -> FeedbackEvent:
        event = FeedbackEvent(id=new_id(), feedback_id=row.id, at=at, from_state=from_state,
                              to_state=to_state, officer_code=officer, note=note)
        s.add(event)
        s.flush()
        return event

    def _push(self, s: Session, row: Feedback, event: FeedbackEvent, op: str) -> None:
        """The change for the province: the complaint as it now is, with the event that made it."""
        s.add(OutboxOp(id=new_id(), entity="feedback", entity_id=row.id, op=op,
                       payload={"feedback": row.snapshot(),
                                "event": {"id": event.id, "feedback_id": row.id,
                                          "at": event.at.isoformat(), "from_state": event.from_state,
                                          "to_state": event.to_state,
                                          "officer_code": event.officer_code, "note": event.note}},
                       created_at=self.clock()))

    # ------------------------------------------------------------------ reading
    def _row(self, s: Session, text: str) -> Feedback:
        # whatever a scanner read off the slip: the code, or an address ending in it
        candidate = text.strip().rstrip("/").rsplit("/", 1)[-1].rsplit("=", 1)[-1]
        if parse_feedback_code(candidate) is None:
            raise FeedbackError("not_a_feedback_code", text=text.strip()[:40])
        code = candidate.strip().upper()
        row = s.scalars(select(Feedback).where(Feedback.code == code)).first()
        if row is None:
            raise FeedbackError("feedback_not_found", code=code)
        return row

    @staticmethod
    def _detail(s: Session, row: Feedback) -> FeedbackDetail:
        events = s.scalars(select(FeedbackEvent).where(FeedbackEvent.feedback_id == row.id)
                           .order_by(FeedbackEvent.at, literal_column("rowid")))
        return detail_of(row, list(events))

    def find(self, code: str) -> FeedbackView:
        """What a public screen may show of the complaint with this code (any case).

        Raises:
            FeedbackError: Not a tracking code, or no complaint with that code.
        """
        self.access.require("dossier.lookup")
        with self.store.read() as s:
            return self._detail(s, self._row(s, code)).public

    def show(self, code: str) -> FeedbackDetail:
        """The whole complaint, for the officers handling it (personal data included)."""
        self.access.require("feedback.handle")
        with self.store.read() as s:
            return self._detail(s, self._row(s, code))

    def list(self, state: str | None = None) -> builtins.list[FeedbackDetail]:
        """Complaints in the order they were filed, of one state or all."""
        self.access.require("feedback.handle")
        query = select(Feedback).order_by(Feedback.received_at, Feedback.code)
        if state is not None:
            query = query.where(Feedback.state == check_state(state))
        with self.store.read() as s:
            return [self._detail(s, row) for row in s.scalars(query)]

    def overdue(self, now: dt.datetime | None = None) -> builtins.list[FeedbackDetail]:
        """Complaints not answered (nor closed) whose due time has passed, most overdue first."""
        self.access.require("feedback.handle")
        moment = now or self.clock()
        query = (select(Feedback).where(Feedback.state.in_(OPEN_STATES), Feedback.due_at < moment)
                 .order_by(Feedback.due_at, Feedback.code))
        with self.store.read() as s:
            return [self._detail(s, row) for row in s.scalars(query)]

    # ------------------------------------------------------------------ handling
    def transition(self, code: str, to_state: str, officer: str | None = None, note: str = "",
                   assigned_to: str | None = None, answer: str | None = None) -> FeedbackDetail:
        """Move a complaint one step on, recorded with time, officer and note.

        Raises:
            FeedbackError: An unknown state, a step not allowed from the present state, no answer
                for "answered", nobody named for "assigned", an answer or assignee with another
                state, an unknown code. Nothing is changed then.
        """
        self.access.require("feedback.handle")
        check_state(to_state)
        reply = clean_text(answer or "")
        assignee = clean(assigned_to or "")
        if to_state == F.ANSWERED:
            if not reply:
                raise FeedbackError("answer_required")
            if len(reply) > ANSWER_MAX:
                raise FeedbackError("answer_too_long", count=len(reply), maximum=ANSWER_MAX)
        elif reply:
            raise FeedbackError("answer_only_when_answering")
        if to_state == F.ASSIGNED:
            if not assignee:
                raise FeedbackError("assignee_required")
        elif assignee:
            raise FeedbackError("assignee_only_when_assigning")
        now = self.clock()
        with self.store.write() as s:
            row = self._row(s, code)
            allowed = TRANSITIONS.get(row.state, ())
            if to_state not in allowed:
                before = row.state
                raise FeedbackError(
                    "feedback_bad_transition", code=row.code,
                    state=_both(lambda lang: state_words(before, lang)),
                    to=_both(lambda lang: state_words(to_state, lang)),
                    next=_both(lambda lang: ft("feedback_next_step", lang,
                                               to=state_words(allowed[0], lang))
                               if allowed else ft("feedback_finished", lang)))
            before = row.state
            row.state = to_state
            if to_state == F.ASSIGNED:
                row.assigned_to = assignee
            elif to_state == F.ANSWERED:
                row.answer = reply
                row.answered_at = now
            elif to_state == F.CLOSED:
                row.closed_at = now
            row.version += 1
            event = self._event(s, row, before, to_state, officer, clean_text(note or ""), now)
            self._push(s, row, event, "state")
            self.audit.record(s, "feedback_state", row.code, {
                "officer": officer, "before": {"state": before}, "after": {"state": to_state},
                **({"assigned_to": assignee} if assignee else {})})
            s.flush()
            return self._detail(s, row)
