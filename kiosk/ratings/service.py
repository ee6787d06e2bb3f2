"""Ratings: one per service event at a counter, one per dossier at the kiosk, and the full
per-dossier evaluation.

A rating is worth most when tied to the ticket, the counter, the officer and the dossier
(DOMAIN.md, "Satisfaction"), so :meth:`RatingService.record` looks them up itself from the ticket
the question was asked for: the officer who finished it, the line it was in, and the dossier
received for it (its field: đất đai, xây dựng and đầu tư have their own 90% target).

One rating per service event: ``event_key`` is ``ticket:<ticket id>:<finish event id>`` at a
counter and ``dossier:<dossier id>`` at the kiosk, unique in the store; a second one is refused
with a sentence and nothing is written. Every write is one transaction with its outbox op.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.config import Config
from kiosk.dossier.service import parse_code
from kiosk.ids import new_id
from kiosk.rating_prompt import SCALES, RatingAnswer, levels_labels
from kiosk.ratings.criteria import (
    ANSWER_KEYS,
    LEVEL_KEYS,
    LEVELS,
    POINTS,
    Indicator,
    load_criteria,
)
from kiosk.ratings.errors import RatingError
from kiosk.security.access import Access
from kiosk.store.db import Store
from kiosk.store.models import (
    Dossier,
    DossierEvaluation,
    DossierState,
    OutboxOp,
    Rating,
    Ticket,
    TicketEvent,
)
from kiosk.timeutil import Clock, utc_now

#: the counter's question: the three-level quick rating, open for 30 seconds
COUNTER_LEVELS = 3
COUNTER_TIMEOUT_S = 30.0

#: why "Không hài lòng", one tap each (best asked in this order)
REASONS: dict[str, dict[str, str]] = {
    "waited_too_long": {"vi": "Chờ quá lâu", "en": "Waited too long"},
    "attitude": {"vi": "Thái độ của cán bộ", "en": "The officer's attitude"},
    "extra_papers": {"vi": "Yêu cầu thêm giấy tờ", "en": "Asked for extra papers"},
    "unclear_guidance": {"vi": "Hướng dẫn chưa rõ ràng", "en": "Unclear guidance"},
    "other": {"vi": "Lý do khác", "en": "Another reason"},
}


def reason_label(reason: str, lang: str = "vi") -> str:
    """A reason's words (the code itself when unknown, e.g. from a newer terminal)."""
    words = REASONS.get(reason)
    return (words.get(lang) or words["vi"]) if words else reason


def is_satisfied(level: int, levels: int) -> bool:
    """The two top levels of either scale (Rất hài lòng, Hài lòng) count as satisfied."""
    return level >= levels - 1


def _check_level(level: object, levels: object) -> tuple[int, int]:
    if isinstance(levels, bool) or not isinstance(levels, int) or levels not in SCALES:
        raise RatingError("rating_bad_scale", levels=levels)
    if isinstance(level, bool) or not isinstance(level, int) or not 1 <= level <= levels:
        raise RatingError("rating_bad_level", level=level, levels=levels)
    return level, levels


def _check_reason(reason: str) -> None:
    if reason not in REASONS:
        raise RatingError("rating_reason_unknown", reason=str(reason)[:40], known=", ".join(REASONS))


@dataclass(frozen=True)
class RatingView:
    """One stored rating, as screens, the CLI and reports read it."""

    id: str
    event_key: str
    ticket_id: str | None
    dossier_id: str | None
    counter: int | None
    officer: str | None
    service: str | None
    field: str | None
    level: int
    levels: int
    satisfied: bool
    reason: str | None
    source: str
    at: dt.datetime

    def label(self, lang: str = "vi") -> str:
        """"Hài lòng" (the level's words on its scale)."""
        return levels_labels(self.levels, lang)[self.level]

    def reason_label(self, lang: str = "vi") -> str:
        return reason_label(self.reason, lang) if self.reason else ""


def _view(r: Rating) -> RatingView:
    return RatingView(r.id, r.event_key, r.ticket_id, r.dossier_id, r.counter_number,
                      r.officer_code, r.service_code, r.field_code, r.level, r.levels,
                      r.satisfied, r.reason, r.source, r.at)


@dataclass(frozen=True)
class EvaluationView:
    """A stored per-dossier evaluation."""

    id: str
    dossier_id: str
    dossier_code: str
    answers: dict[str, int]
    at: dt.datetime
    source: str


@dataclass(frozen=True)
class DossierRatingState:
    """What the kiosk needs to know before asking: which dossier, and what is already given.

    No personal data: the applicant is not in it (a public screen).
    """

    dossier_id: str
    code: str
    procedure_code: str
    procedure_name: str
    rated: bool
    evaluated: bool


_INDICATOR_WORDS = {"vi": "chỉ số {n}", "en": "indicator {n}"}
_LEVEL_ITEM = {"convenience": {"vi": "chỉ số 10 (mức độ thuận tiện)", "en": "indicator 10 (convenience)"},
               "overall": {"vi": "chỉ số 11 (đánh giá tổng thể)", "en": "indicator 11 (overall)"}}


def _item_words(key: str) -> dict[str, str]:
    if key in _LEVEL_ITEM:
        return _LEVEL_ITEM[key]
    n = key.removeprefix("chiso")
    return {lang: text.format(n=n) for lang, text in _INDICATOR_WORDS.items()}


class RatingService:
    """Stores ratings and evaluations, each with its outbox op, in one transaction.

    Args:
        store: the local database.
        config: the center (its code goes on every row).
        clock: aware datetimes; kiosk ratings and evaluations are stamped with it.
        terminal: this machine's name, kept on each rating.
    """

    def __init__(self, store: Store, config: Config, clock: Clock = utc_now, terminal: str = "",
                 access: Access | None = None) -> None:
        self.store = store
        self.access = access or Access()
        self.config = config
        self.clock = clock
        self.terminal = terminal

    # ------------------------------------------------------------------ helpers
    def _outbox(self, s: Session, entity: str, entity_id: str, op: str, payload: dict[str, Any]) -> None:
        s.add(OutboxOp(id=new_id(), entity=entity, entity_id=entity_id, op=op, payload=payload,
                       created_at=self.clock()))

    def _taken(self, s: Session, event_key: str) -> bool:
        return s.scalar(select(Rating.id).where(Rating.event_key == event_key)) is not None

    @staticmethod
    def _dossier_of_ticket(s: Session, ticket_id: str) -> Dossier | None:
        """The dossier received for a ticket: a complete intake before an incomplete or refused
        one, the latest first; cancelled ones (entered by mistake) do not count."""
        rows = list(s.scalars(select(Dossier).where(Dossier.ticket_id == ticket_id,
                                                     Dossier.state != DossierState.CANCELLED)))
        rows.sort(key=lambda d: (d.outcome == "complete", d.received_at), reverse=True)
        return rows[0] if rows else None

    @staticmethod
    def _code(text: str) -> str:
        # a scanner may read the receipt's QR as an address ending in the code
        candidate = text.strip().rstrip("/").rsplit("/", 1)[-1].rsplit("=", 1)[-1].strip().upper()
        if parse_code(candidate) is None:
            raise RatingError("rating_not_a_dossier_code", text=text.strip()[:64])
        return candidate

    def _dossier(self, s: Session, text: str) -> Dossier:
        code = self._code(text)
        dossier = s.scalars(select(Dossier).where(Dossier.code == code)).first()
        if dossier is None:
            raise RatingError("rating_dossier_not_found", code=code)
        if dossier.state == DossierState.CANCELLED:
            raise RatingError("rating_dossier_cancelled", code=code)
        return dossier

    # ------------------------------------------------------------------ the counter
    def record(self, answer: RatingAnswer, officer: str | None = None,
               reason: str | None = None) -> RatingView:
        """Store the citizen's answer to the counter's question.

        Args:
            answer: the prompt's answer (ticket, counter, level on its scale, source, time).
            officer: who served; by default the officer who finished the ticket.
            reason: one of :data:`REASONS` when already known (only for an unsatisfied rating).

        Raises:
            RatingError: a level not on the scale, an unknown or unfinished ticket, a reason
                with a satisfied rating, or this service event already rated. Nothing is stored.
        """
        self.access.require("rating.give")
        level, levels = _check_level(answer.level, answer.levels)
        satisfied = is_satisfied(level, levels)
        if reason is not None:
            _check_reason(reason)
            if satisfied:
                raise RatingError("rating_reason_satisfied",
                                  label={lang: levels_labels(levels, lang)[level] for lang in ("vi", "en")})
        source = (answer.source or "").strip()[:255]
        if not source:
            raise RatingError("rating_bad_source")
        with self.store.write() as s:
            ticket = s.get(Ticket, answer.ticket_id)
            if ticket is None:
                raise RatingError("rating_unknown_ticket", ticket=answer.ticket_id)
            finish = s.scalars(select(TicketEvent).where(
                TicketEvent.ticket_id == ticket.id, TicketEvent.kind == "finish",
            ).order_by(TicketEvent.seq.desc())).first()
            if finish is None:
                raise RatingError("rating_ticket_not_finished", number=ticket.label)
            key = f"ticket:{ticket.id}:{finish.id}"
            if self._taken(s, key):
                raise RatingError("rating_already_given")
            dossier = self._dossier_of_ticket(s, ticket.id)
            row = Rating(
                id=new_id(), center_code=self.config.center_code, event_key=key,
                ticket_id=ticket.id, dossier_id=dossier.id if dossier else None,
                counter_number=answer.counter,
                officer_code=officer or finish.officer_code or ticket.officer_code,
                service_code=ticket.queue_service,
                field_code=(dossier.field_code or None) if dossier else None,
                level=level, levels=levels, satisfied=satisfied, reason=reason, source=source,
                at=answer.at, terminal=self.terminal or None, version=1,
            )
            s.add(row)
            s.flush()
            self._outbox(s, "rating", row.id, "record", {"rating": row.snapshot()})
            return _view(row)

    def add_reason(self, rating_id: str, reason: str) -> RatingView:
        """The one tap after "Không hài lòng": why.

        Raises:
            RatingError: unknown rating or reason, a satisfied rating, a reason already given.
        """
        _check_reason(reason)
        with self.store.write() as s:
            row = s.get(Rating, rating_id)
            if row is None:
                raise RatingError("rating_not_found", rating=rating_id)
            if row.satisfied:
                raise RatingError("rating_reason_satisfied",
                                  label={lang: levels_labels(row.levels, lang)[row.level]
                                         for lang in ("vi", "en")})
            if row.reason is not None:
                raise RatingError("rating_reason_given")
            row.reason = reason
            row.version += 1
            s.flush()
            self._outbox(s, "rating", row.id, "reason", {"rating": row.snapshot()})
            return _view(row)

    def get(self, rating_id: str) -> RatingView:
        with self.store.read() as s:
            row = s.get(Rating, rating_id)
            if row is None:
                raise RatingError("rating_not_found", rating=rating_id)
            return _view(row)

    def for_ticket(self, ticket_id: str) -> list[RatingView]:
        """Every rating of a ticket's service events (at the counter), oldest first."""
        with self.store.read() as s:
            rows = s.scalars(select(Rating).where(Rating.ticket_id == ticket_id,
                                                  Rating.event_key.startswith("ticket:"))
                             .order_by(Rating.at))
            return [_view(r) for r in rows]

    # ------------------------------------------------------------------ the kiosk
    def dossier(self, code: str) -> DossierRatingState:
        """The dossier a receipt names, and whether it was already rated and evaluated.

        Raises:
            RatingError: not a dossier code, no such dossier, a cancelled one.
        """
        with self.store.read() as s:
            d = self._dossier(s, code)
            evaluated = s.scalar(select(DossierEvaluation.id).where(
                DossierEvaluation.dossier_id == d.id)) is not None
            return DossierRatingState(d.id, d.code, d.procedure_code, d.procedure_name,
                                      self._taken(s, f"dossier:{d.id}"), evaluated)

    def record_dossier_rating(self, dossier_code: str, level: int, levels: int = 3,
                              source: str = "kiosk") -> RatingView:
        """The quick rating of a dossier at the kiosk (the receipt scanned), one per dossier.

        The rating carries what the dossier knows: its ticket, counter, officer and field.

        Raises:
            RatingError: a level not on the scale, a bad or unknown code, already rated.
        """
        self.access.require("rating.give")
        level, levels = _check_level(level, levels)
        source = (source or "").strip()[:255]
        if not source:
            raise RatingError("rating_bad_source")
        now = self.clock()
        with self.store.write() as s:
            d = self._dossier(s, dossier_code)
            key = f"dossier:{d.id}"
            if self._taken(s, key):
                raise RatingError("dossier_already_rated", code=d.code)
            ticket = s.get(Ticket, d.ticket_id) if d.ticket_id else None
            row = Rating(
                id=new_id(), center_code=self.config.center_code, event_key=key,
                ticket_id=d.ticket_id, dossier_id=d.id, counter_number=d.counter_number,
                officer_code=d.officer_code,
                service_code=ticket.queue_service if ticket is not None else None,
                field_code=d.field_code or None, level=level, levels=levels,
                satisfied=is_satisfied(level, levels), reason=None, source=source, at=now,
                terminal=self.terminal or None, version=1,
            )
            s.add(row)
            s.flush()
            self._outbox(s, "rating", row.id, "record", {"rating": row.snapshot(), "dossier_code": d.code})
            return _view(row)

    def criteria(self) -> tuple[Indicator, ...]:
        """The eleven questions of the full evaluation, in the order they are asked."""
        return load_criteria()

    @staticmethod
    def check_answers(answers: Mapping[str, object]) -> dict[str, int]:
        """A complete evaluation: every indicator answered, each within its range.

        Raises:
            RatingError: unknown items, missing answers (all listed), a value out of range.
        """
        if not isinstance(answers, Mapping):
            raise RatingError("evaluation_missing", count=len(ANSWER_KEYS),
                              missing={lang: ", ".join(_item_words(k)[lang] for k in ANSWER_KEYS)
                                       for lang in ("vi", "en")})
        unknown = [str(k) for k in answers if k not in ANSWER_KEYS]
        if unknown:
            raise RatingError("evaluation_unknown", unknown=", ".join(sorted(unknown))[:200])
        missing = [k for k in ANSWER_KEYS if k not in answers or answers[k] is None]
        if missing:
            raise RatingError("evaluation_missing", count=len(ANSWER_KEYS),
                              missing={lang: ", ".join(_item_words(k)[lang] for k in missing)
                                       for lang in ("vi", "en")})
        out: dict[str, int] = {}
        for key in ANSWER_KEYS:
            value = answers[key]
            allowed = LEVELS if key in LEVEL_KEYS else POINTS
            if isinstance(value, bool) or not isinstance(value, int) or value not in allowed:
                words = {"vi": ", ".join(map(str, allowed[:-1])) + f" hoặc {allowed[-1]}",
                         "en": ", ".join(map(str, allowed[:-1])) + f" or {allowed[-1]}"}
                raise RatingError("evaluation_bad_value", item=_item_words(key),
                                  value=repr(value)[:20], allowed=words)
            out[key] = value
        return out

    def record_evaluation(self, dossier_code: str, answers: Mapping[str, object],
                          source: str = "kiosk") -> EvaluationView:
        """The full evaluation of a dossier: ``chiso1``..``chiso9`` (0/1/2), ``convenience`` and
        ``overall`` (1..3, 3 = Rất hài lòng). One per dossier.

        Raises:
            RatingError: incomplete or out-of-range answers, a bad or unknown code, already
                evaluated. Nothing is stored.
        """
        self.access.require("rating.give")
        clean_answers = self.check_answers(answers)
        source = (source or "").strip()[:64] or "kiosk"
        now = self.clock()
        with self.store.write() as s:
            d = self._dossier(s, dossier_code)
            if s.scalar(select(DossierEvaluation.id).where(DossierEvaluation.dossier_id == d.id)) is not None:
                raise RatingError("evaluation_already_given", code=d.code)
            row = DossierEvaluation(id=new_id(), center_code=self.config.center_code,
                                    dossier_id=d.id, answers=clean_answers, at=now, source=source)
            s.add(row)
            s.flush()
            self._outbox(s, "dossier_evaluation", row.id, "record", {
                "evaluation": {"id": row.id, "center_code": row.center_code, "dossier_id": d.id,
                               "answers": clean_answers, "at": now.isoformat(), "source": source,
                               "terminal": self.terminal or None},
                "dossier_code": d.code,
            })
            return EvaluationView(row.id, d.id, d.code, dict(clean_answers), now, source)
