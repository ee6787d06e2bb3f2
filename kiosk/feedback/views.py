"""What screens, the CLI and the slip read of a complaint (plain data, JSON-ready).

Two views: :class:`FeedbackView` is what a public screen may show (category, state, dates, the
answer), never the text, the contact details or the dossier it concerns; :class:`FeedbackDetail`
adds those for the officers who handle it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields
from typing import Any

from kiosk.feedback.messages import ft
from kiosk.store.models import Feedback, FeedbackEvent, FeedbackState

CATEGORIES = ("procedure", "attitude", "facilities", "suggestion", "other")
# a complaint is still waiting for its answer in these states
OPEN_STATES = (FeedbackState.RECEIVED, FeedbackState.CLASSIFIED, FeedbackState.ASSIGNED)


def category_words(category: str, lang: str = "vi") -> str:
    """"Thủ tục hành chính" for ``procedure``; an unknown key as it is."""
    key = f"category_{category}"
    return ft(key, lang) if category in CATEGORIES else category


def state_words(state: str, lang: str = "vi") -> str:
    """"Đã tiếp nhận" for ``received``; an unknown state (newer than this terminal) as it is."""
    return ft(f"state_{state}", lang) if state in FeedbackState.ALL else state


@dataclass(frozen=True)
class FeedbackView:
    """A complaint as a public screen may show it: no text, no contact data."""

    code: str
    category: str
    state: str
    received_at: dt.datetime
    due_at: dt.datetime
    answered_at: dt.datetime | None
    closed_at: dt.datetime | None
    answer: str | None

    @property
    def answered(self) -> bool:
        return self.state in (FeedbackState.ANSWERED, FeedbackState.CLOSED) and bool(self.answer)

    def is_overdue(self, now: dt.datetime) -> bool:
        """Still waiting for its answer and past its due time."""
        return self.state in OPEN_STATES and now > self.due_at

    def category_words(self, lang: str = "vi") -> str:
        return category_words(self.category, lang)

    def state_words(self, lang: str = "vi") -> str:
        return state_words(self.state, lang)

    def to_json(self, lang: str = "vi", now: dt.datetime | None = None) -> dict[str, Any]:
        out: dict[str, Any] = {
            "code": self.code,
            "category": self.category,
            "category_words": self.category_words(lang),
            "state": self.state,
            "state_words": self.state_words(lang),
            "received_at": _iso(self.received_at),
            "due_at": _iso(self.due_at),
            "answered": self.answered,
            "answered_at": _iso(self.answered_at),
            "closed_at": _iso(self.closed_at),
            "answer": self.answer,
        }
        if now is not None:
            out["overdue"] = self.is_overdue(now)
        return out


@dataclass(frozen=True)
class EventView:
    at: dt.datetime
    from_state: str | None
    to_state: str
    officer_code: str | None
    note: str


@dataclass(frozen=True)
class FeedbackDetail(FeedbackView):
    """A complaint as the officers handling it see it (personal data included)."""

    id: str = ""
    text: str = ""
    contact_phone: str | None = None
    contact_email: str | None = None
    consent: bool = False
    dossier_code: str | None = None
    assigned_to: str | None = None
    terminal: str | None = None
    events: tuple[EventView, ...] = ()

    @property
    def public(self) -> FeedbackView:
        """Only what a public screen may show."""
        return FeedbackView(**{f.name: getattr(self, f.name) for f in fields(FeedbackView)})

    def to_json(self, lang: str = "vi", now: dt.datetime | None = None) -> dict[str, Any]:
        return super().to_json(lang, now) | {
            "id": self.id,
            "text": self.text,
            "contact": {"phone": self.contact_phone, "email": self.contact_email,
                        "consent": self.consent},
            "dossier_code": self.dossier_code,
            "assigned_to": self.assigned_to,
            "terminal": self.terminal,
            "events": [{"at": _iso(e.at), "from": e.from_state, "to": e.to_state,
                        "officer": e.officer_code, "note": e.note} for e in self.events],
        }


def _iso(value: dt.datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def detail_of(row: Feedback, events: list[FeedbackEvent]) -> FeedbackDetail:
    return FeedbackDetail(
        code=row.code, category=row.category, state=row.state, received_at=row.received_at,
        due_at=row.due_at, answered_at=row.answered_at, closed_at=row.closed_at,
        answer=row.answer, id=row.id, text=row.text, contact_phone=row.contact_phone,
        contact_email=row.contact_email, consent=row.consent, dossier_code=row.dossier_code,
        assigned_to=row.assigned_to, terminal=row.terminal,
        events=tuple(EventView(e.at, e.from_state, e.to_state, e.officer_code, e.note)
                     for e in sorted(events, key=lambda e: e.at)),
    )
