"""The rating question at a counter: when a press counts, and for which service event.

A citizen's press on the rating keypad (serial, HID or on-screen) is only worth something when it
is tied to the ticket and the counter that served them (DOMAIN.md, "Satisfaction"). So a press is
accepted only while a question is open: the officer finishes a ticket, the counter asks, the first
press within the timeout is the answer. Everything else is ignored, with the reason logged:
presses while nothing is asked (the previous citizen leaning on the keypad), levels the question
does not have, mechanical bounce and repeated presses (one rating per service event).

Times come from an injectable clock returning aware datetimes (:data:`kiosk.timeutil.Clock`, the
same port the queue uses): the answer's ``at`` goes to the store as it is, and tests move one
``MovableClock`` for the queue and the prompt alike. The price is that a wall-clock jump (NTP)
stretches or shortens an open question; a question lasts seconds, so that is accepted.

Storing the answer is not done here: the caller persists the :class:`RatingAnswer`.
No Qt and no device imports (an import-linter contract): adapters in ``ui/`` feed the levels in.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from dataclasses import dataclass
from enum import StrEnum

from kiosk.timeutil import Clock, utc_now

log = logging.getLogger(__name__)

#: the scales a counter may ask on: three levels (the quick rating) or five (some surveys)
SCALES = (3, 5)
DEFAULT_DEBOUNCE_S = 1.0
DEFAULT_TIMEOUT_S = 30.0

# best first; the level is the number (3 or 5 = best, 1 = worst)
_LABELS: dict[tuple[int, str], tuple[str, ...]] = {
    (3, "vi"): ("Rất hài lòng", "Hài lòng", "Không hài lòng"),
    (3, "en"): ("Very satisfied", "Satisfied", "Not satisfied"),
    (5, "vi"): ("Rất hài lòng", "Hài lòng", "Bình thường", "Không hài lòng", "Rất không hài lòng"),
    (5, "en"): ("Very satisfied", "Satisfied", "Neutral", "Not satisfied", "Very dissatisfied"),
}


def levels_labels(levels: int, lang: str = "vi") -> dict[int, str]:
    """Labels of a scale, keyed by level, best first (``{3: "Rất hài lòng", 2: ..., 1: ...}``).

    Level ``levels`` is the best and 1 the worst, on both scales, so that "(Rất hài lòng + Hài
    lòng) / all" of the satisfaction rate reads the two top levels whatever the scale. Unknown
    languages fall back to Vietnamese, the default of every screen.
    """
    if levels not in SCALES:
        raise ValueError(f"thang đánh giá {levels} mức không có / no {levels}-level scale (3 or 5)")
    words = _LABELS.get((levels, lang)) or _LABELS[(levels, "vi")]
    return {levels - i: word for i, word in enumerate(words)}


class PromptState(StrEnum):
    IDLE = "idle"  # nothing asked (yet, or the last question was cancelled)
    ASKING = "asking"  # a question is open: the first valid press is the answer
    ANSWERED = "answered"  # the answer was taken; further presses are ignored
    EXPIRED = "expired"  # nobody answered within the timeout


@dataclass(frozen=True)
class RatingAnswer:
    """One citizen's rating of one service event (a finished ticket at a counter)."""

    ticket_id: str
    counter: int
    level: int
    levels: int
    source: str  # where the press came from: "serial:///dev/ttyUSB1", "hid", "screen", "sim://keypad"
    at: dt.datetime


@dataclass(frozen=True)
class RatingQuestion:
    """The open question: which service event a press would rate, and until when."""

    ticket_id: str
    counter: int
    levels: int
    asked_at: dt.datetime
    deadline: dt.datetime


class RatingPrompt:
    """The state machine behind "how satisfied were you?" at one counter.

    Thread-safe (one lock): the UI calls it on the GUI thread, but nothing breaks if a driver
    thread calls :meth:`offer` directly.

    Args:
        clock: returns aware datetimes; the answer's ``at`` and every timing decision use it.
        debounce_s: a press within this many seconds of the last accepted press is a bounce of
            that press (keypad contacts bounce, people press twice), even across questions: a
            quick officer who finishes the next ticket at once does not get the previous
            citizen's bounce as the new one's rating.
    """

    def __init__(self, clock: Clock = utc_now, debounce_s: float = DEFAULT_DEBOUNCE_S) -> None:
        self.clock = clock
        self.debounce = dt.timedelta(seconds=debounce_s)
        self._lock = threading.Lock()
        self._state = PromptState.IDLE
        self._question: RatingQuestion | None = None
        self._answer: RatingAnswer | None = None
        self._last_accepted_at: dt.datetime | None = None
        #: why the last press was ignored (None when it was accepted): for logs, tests, technicians
        self.last_ignored: str | None = None

    # -- the question ---------------------------------------------------------------------

    def ask(self, ticket_id: str, counter: int, levels: int = 3,
            timeout_s: float = DEFAULT_TIMEOUT_S) -> RatingQuestion:
        """Open the question for a ticket just finished at ``counter``.

        A question still open is replaced: the officer moved on, and a press now rates the new
        service event, never the old one.
        """
        if levels not in SCALES:
            raise ValueError(f"thang đánh giá {levels} mức không có / no {levels}-level scale (3 or 5)")
        if timeout_s <= 0:
            raise ValueError(f"timeout_s must be positive (got {timeout_s})")
        now = self.clock()
        question = RatingQuestion(ticket_id, counter, levels, now,
                                  now + dt.timedelta(seconds=timeout_s))
        with self._lock:
            if self._state is PromptState.ASKING and self._question is not None:
                log.info("rating for ticket %s at counter %s not given: the counter moved on",
                         self._question.ticket_id, self._question.counter)
            self._question, self._answer = question, None
            self._state = PromptState.ASKING
        return question

    def cancel(self) -> None:
        """Close the question without an answer (the officer called the next citizen)."""
        with self._lock:
            if self._state is PromptState.ASKING:
                self._state = PromptState.IDLE

    def expire(self) -> bool:
        """Close the question if its time is up; True when this call closed it.

        :attr:`state` does the same on every read; a UI timer calls this to take the
        question off the screen.
        """
        with self._lock:
            return self._expire_locked(self.clock())

    @property
    def state(self) -> PromptState:
        with self._lock:
            self._expire_locked(self.clock())
            return self._state

    @property
    def asking(self) -> bool:
        return self.state is PromptState.ASKING

    @property
    def question(self) -> RatingQuestion | None:
        """The last question asked (open, answered or expired); None before the first."""
        return self._question

    @property
    def answer(self) -> RatingAnswer | None:
        """The answer to the last question, once taken."""
        return self._answer

    # -- presses --------------------------------------------------------------------------

    def offer(self, level: int, source: str) -> RatingAnswer | None:
        """A press of ``level`` from ``source``: the answer if it counts, else None (reason logged
        and kept in :attr:`last_ignored`)."""
        now = self.clock()
        with self._lock:
            self._expire_locked(now)
            reason = self._refusal(level, now)
            if reason is not None:
                self.last_ignored = reason
                log.info("rating press %s from %s ignored: %s", level, source, reason)
                return None
            question = self._question
            assert question is not None  # _refusal checked it
            answer = RatingAnswer(question.ticket_id, question.counter, level, question.levels,
                                  source, now)
            self._answer, self._last_accepted_at = answer, now
            self._state = PromptState.ANSWERED
            self.last_ignored = None
        log.info("rating %s/%s for ticket %s at counter %s (from %s)", level, answer.levels,
                 answer.ticket_id, answer.counter, source)
        return answer

    def _refusal(self, level: int, now: dt.datetime) -> str | None:
        last = self._last_accepted_at
        if last is not None and last <= now < last + self.debounce:
            return "bounce (within the debounce window of the last accepted press)"
        if self._state is PromptState.ANSWERED:
            return "already answered (one rating per service event)"
        if self._state is PromptState.EXPIRED:
            return "the question timed out"
        if self._state is not PromptState.ASKING or self._question is None:
            return "no rating is being asked for"
        if isinstance(level, bool) or not isinstance(level, int) or not 1 <= level <= self._question.levels:
            return f"level {level!r} is not on the {self._question.levels}-level scale"
        return None

    def _expire_locked(self, now: dt.datetime) -> bool:
        question = self._question
        if self._state is PromptState.ASKING and question is not None and now >= question.deadline:
            self._state = PromptState.EXPIRED
            log.info("rating for ticket %s at counter %s not given within the time",
                     question.ticket_id, question.counter)
            return True
        return False
