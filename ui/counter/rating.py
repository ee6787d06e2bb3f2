"""The rating question after the officer finishes a ticket (F3): keypad and on-screen buttons.

When a ticket is finished, the counter asks "how satisfied were you?" for that service event:
on the rating keypad the device hub opened (serial, HID, simulated), and on a citizen-facing
panel with big buttons. Both feed the same :class:`kiosk.rating_prompt.RatingPrompt`, so the
first answer wins and every later press is ignored. The answer is stored at once
(:class:`kiosk.ratings.RatingService`, tied to ticket, counter, officer and dossier); after
"Không hài lòng" the panel asks why, with one tap.

The officer is never blocked: the panel takes no keyboard focus, every F-key keeps working, and
calling the next citizen (F1) closes an open question; a press then rates nothing until the next
ticket is finished. With a second screen (the one facing the citizen) the panel opens there in
full; with one screen it takes the place of the waiting list until the question closes.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QGridLayout, QPushButton, QVBoxLayout, QWidget

from kiosk.errors import KioskError
from kiosk.queue.service import TicketInfo
from kiosk.rating_prompt import RatingAnswer, RatingPrompt, levels_labels
from kiosk.ratings import (
    COUNTER_LEVELS,
    COUNTER_TIMEOUT_S,
    REASONS,
    RatingService,
    RatingView,
    reason_label,
)
from ui.keypad_input import SCREEN_SOURCE, KeypadInput, RatingButtons
from ui.widgets import Retranslatable, button, card, label, px_font

if TYPE_CHECKING:
    from ui.counter.screen import CounterScreen

log = logging.getLogger(__name__)

#: how long "thank you" stays, and how long the reason buttons wait for a tap (milliseconds)
THANKS_MS = 4000
REASON_MS = 20000


class RatingPanel(Retranslatable):
    """What the citizen sees: the question with one big button per level, then thanks, or after
    "Không hài lòng" one big button per reason.

    Signals:
        reason_chosen(str): a reason's code was tapped.
        skipped(): the citizen declined to give a reason.
    """

    reason_chosen = Signal(str)
    skipped = Signal()

    ASKING, REASONS, THANKS = "asking", "reasons", "thanks"

    def __init__(self, lang: str, levels: int = COUNTER_LEVELS, parent: QWidget | None = None,
                 large: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("RatingPanel")
        self.lang = lang
        self.levels = levels
        # a screen of its own (facing the citizen) gets bigger type than a column of the counter's
        self.button_px, self.button_height = (40, 200) if large else (24, 130)
        self.step = self.ASKING
        self.number = ""
        self.counter = 0
        self.with_keypad = False
        self.rated_words = ""
        outer = QVBoxLayout(self)
        margin = 48 if large else 0
        outer.setContentsMargins(margin, margin, margin, margin)
        box, inner = card()
        inner.setSpacing(18)
        scale = 1.5 if large else 1.0
        self.title = label("", int(30 * scale), True, "Title", Qt.AlignmentFlag.AlignCenter)
        self.subtitle = label("", int(20 * scale), False, "Muted", Qt.AlignmentFlag.AlignCenter)
        self.buttons = RatingButtons(levels, lang)
        self._size_buttons()
        self.hint = label("", int(18 * scale), False, "Muted", Qt.AlignmentFlag.AlignCenter)
        self.thanks = label("", int(26 * scale), True, "Ok", Qt.AlignmentFlag.AlignCenter)
        self.reasons_box = QWidget()
        self.reasons_box.setObjectName("Row")
        grid = QGridLayout(self.reasons_box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(14)
        self.reason_buttons: dict[str, QPushButton] = {}
        for i, code in enumerate(REASONS):
            btn = button("", int(22 * scale), int(96 * scale), "Secondary",
                         on_click=lambda c=code: self.reason_chosen.emit(c))
            self.reason_buttons[code] = btn
            grid.addWidget(btn, i // 2, i % 2)
        self.skip = button("", int(20 * scale), int(80 * scale), "Secondary", on_click=self.skipped.emit)
        grid.addWidget(self.skip, len(REASONS) // 2, len(REASONS) % 2)
        for w in (self.title, self.subtitle, self.buttons, self.hint, self.thanks, self.reasons_box):
            inner.addWidget(w)
        outer.addStretch(1)
        outer.addWidget(box)
        outer.addStretch(1)
        self.retranslate()

    def _size_buttons(self) -> None:
        for btn in self.buttons.buttons.values():
            px_font(btn, self.button_px, True)
            btn.setMinimumHeight(self.button_height)
            btn.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def ask(self, number: str, counter: int, with_keypad: bool) -> None:
        self.number, self.counter, self.with_keypad = number, counter, with_keypad
        self.rated_words = ""
        self.step = self.ASKING
        self.retranslate()

    def show_reasons(self, rated_words: str) -> None:
        self.rated_words = rated_words
        self.step = self.REASONS
        self.retranslate()

    def show_thanks(self, rated_words: str = "") -> None:
        self.rated_words = rated_words or self.rated_words
        self.step = self.THANKS
        self.retranslate()

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.buttons.set_levels(self.levels, lang)
        self._size_buttons()
        self.retranslate()

    def retranslate(self) -> None:
        step = self.step
        if step == self.REASONS:
            self.title.setText(self.tr("We are sorry. What did not go well?"))
        elif step == self.THANKS:
            self.title.setText(self.tr("Thank you for your rating!"))
        else:
            self.title.setText(self.tr("How satisfied are you with our service?"))
        self.subtitle.setText(self.tr("Ticket %1 at counter %2").replace("%1", self.number)
                              .replace("%2", str(self.counter)))
        self.hint.setText(self.tr("Touch one button, or press a key on the rating keypad.")
                          if self.with_keypad else self.tr("Touch one button."))
        self.thanks.setText(self.rated_words)
        for code, btn in self.reason_buttons.items():
            btn.setText(reason_label(code, self.lang))
        self.skip.setText(self.tr("Skip"))
        self.buttons.setVisible(step == self.ASKING)
        self.hint.setVisible(step == self.ASKING)
        self.subtitle.setVisible(step == self.ASKING)
        self.thanks.setVisible(step != self.ASKING and bool(self.rated_words))
        self.reasons_box.setVisible(step == self.REASONS)


class CounterRating(QObject):
    """The rating question of one counter: asks, stores, tells the officer.

    Args:
        screen: the counter screen (its context, counter, language and serve page).
        placement: ``"auto"`` (a window on the second screen when there is one, else in the
            serve page), ``"window"`` or ``"embedded"``.

    Signals:
        recorded(object): a :class:`kiosk.ratings.RatingView` just stored (or its reason added).
        closed(): the question and the panel closed (answered, timed out, or the officer moved on).
    """

    recorded = Signal(object)
    closed = Signal()

    def __init__(self, screen: CounterScreen, placement: str = "auto") -> None:
        super().__init__(screen)
        self.screen = screen
        ctx = screen.ctx
        self.service = RatingService(ctx.store, ctx.config, ctx.queue.clock, ctx.queue.terminal, ctx.access)
        self.levels = COUNTER_LEVELS
        self.timeout_s = COUNTER_TIMEOUT_S
        self.thanks_ms = THANKS_MS
        self.reason_ms = REASON_MS
        # on-screen buttons only, when no keypad is configured (or the hub is not attached)
        self.screen_input = KeypadInput(RatingPrompt(ctx.queue.clock), None, self)
        self.hub = None
        self.asked_input: KeypadInput | None = None
        self.ticket_id: str | None = None
        self.last: RatingView | None = None
        self._wired: list[KeypadInput] = []
        self._open = False
        if placement == "auto":
            placement = "window" if len(QGuiApplication.screens()) > 1 else "embedded"
        self.placement = placement
        if placement == "window":
            self.panel = RatingPanel(screen.lang, self.levels, screen, large=True)
            self.panel.setWindowFlags(Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint
                                      | Qt.WindowType.WindowDoesNotAcceptFocus
                                      | Qt.WindowType.WindowStaysOnTopHint)
            self.panel.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        else:
            self.panel = RatingPanel(screen.lang, self.levels)
            screen.serve.set_rating_panel(self.panel)
        self.panel.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for btn in self.panel.findChildren(QPushButton):
            btn.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a tap never takes the officer's keys
        self.panel.hide()
        self.panel.buttons.rated.connect(self._on_buttons_rated)
        self.panel.reason_chosen.connect(self._on_panel_reason_chosen)
        self.panel.skipped.connect(self._on_panel_skipped)
        self._close_timer = QTimer(self)
        self._close_timer.setSingleShot(True)
        self._close_timer.timeout.connect(self._on_close_timer_timeout)

    # ------------------------------------------------------------------ inputs
    def use_hub(self, hub) -> None:  # type: ignore[no-untyped-def]
        """Ask on the hub's keypad from now on (when it has one)."""
        self.hub = hub

    @property
    def keypad_input(self) -> KeypadInput:
        """Where the next question goes: the hub's keypad, else the on-screen buttons alone."""
        hub_input = getattr(self.hub, "keypad_input", None) if self.hub is not None else None
        return hub_input if hub_input is not None else self.screen_input

    def _wire(self, keypad_input: KeypadInput) -> None:
        if keypad_input in self._wired:
            return
        keypad_input.answered.connect(self._on_input_answered)
        keypad_input.expired.connect(self._on_input_expired)
        keypad_input.destroyed.connect(self._on_input_destroyed)
        self._wired.append(keypad_input)

    @property
    def is_open(self) -> bool:
        """The panel is showing (asking, asking why, or saying thank you)."""
        return self._open

    @property
    def asking(self) -> bool:
        return self.asked_input is not None and self.asked_input.prompt.asking

    # ------------------------------------------------------------------ the question
    def ask(self, ticket: TicketInfo) -> None:
        """The officer finished ``ticket``: ask its citizen (a question still open is replaced)."""
        self._close_timer.stop()
        keypad_input = self.keypad_input
        self._wire(keypad_input)
        if self.asked_input is not None and self.asked_input is not keypad_input:
            self.asked_input.prompt.cancel()
        self.asked_input = keypad_input
        self.ticket_id = ticket.id
        self.last = None
        keypad_input.ask(ticket.id, self.screen.counter, self.levels, self.timeout_s)
        self.panel.ask(ticket.number, self.screen.counter, keypad_input is not self.screen_input)
        self._show_panel()
        self._tell_officer(self.tr("Rating: waiting for the citizen…"))

    def close(self) -> None:
        """The officer moved on (next citizen, resume, sign out): the question is closed."""
        if self.asked_input is not None:
            self.asked_input.prompt.cancel()
        if self.ticket_id is not None and self.last is None:
            self._tell_officer("")  # asked, never answered: nothing to say about it
        self.ticket_id = None
        self._close_panel()

    def set_language(self, lang: str) -> None:
        self.panel.set_language(lang)

    def _show_panel(self) -> None:
        if self.placement == "window":
            screens = QGuiApplication.screens()
            mine = self.screen.screen()
            target = next((s for s in reversed(screens) if s is not mine), screens[-1] if screens else None)
            if target is not None:
                self.panel.setGeometry(target.geometry())
            self.panel.show()
        else:
            self.screen.serve.show_rating_panel(True)
        self._open = True

    def _close_panel(self) -> None:
        self._close_timer.stop()
        was_open, self._open = self._open, False
        if self.placement == "window":
            self.panel.hide()
        else:
            self.screen.serve.show_rating_panel(False)
        if was_open:
            self.closed.emit()

    def _tell_officer(self, text: str) -> None:
        self.screen.serve.show_rating(text)

    def _store(self, answer: RatingAnswer) -> RatingView | None:
        try:
            return self.service.record(answer)
        except KioskError as exc:  # refused, or the database is busy or full: said in words
            log.warning("rating of ticket %s not stored: %s", answer.ticket_id, exc.message("en"))
            self._tell_officer(exc.message(self.screen.lang))
            return None

    def _officer_words(self, view: RatingView) -> str:
        words = view.label(self.screen.lang)
        if view.reason:
            words += " — " + view.reason_label(self.screen.lang)
        return self.tr("Rating: %1").replace("%1", words)

    # ------------------------------------------------------------------ slots
    @Slot(int)
    def _on_buttons_rated(self, level: int) -> None:
        if self.asked_input is not None:
            self.asked_input.offer(level, SCREEN_SOURCE)

    @Slot(object)
    def _on_input_answered(self, answer: RatingAnswer) -> None:
        if answer.ticket_id != self.ticket_id:
            return  # an answer to a question this counter no longer asks
        view = self._store(answer)
        if view is None:
            self._close_panel()
            return
        self.last = view
        self._tell_officer(self._officer_words(view))
        self.recorded.emit(view)
        words = levels_labels(view.levels, self.panel.lang)[view.level]
        if view.level == 1:  # the worst: why, with one tap
            self.panel.show_reasons(words)
            self._close_timer.start(self.reason_ms)
        else:
            self.panel.show_thanks(words)
            self._close_timer.start(self.thanks_ms)

    @Slot()
    def _on_input_expired(self) -> None:
        if self.ticket_id is None or self.asked_input is None or self.asked_input.prompt.answer is not None:
            return
        question = self.asked_input.prompt.question
        if question is None or question.ticket_id != self.ticket_id:
            return
        self._tell_officer(self.tr("Rating: not given"))
        self._close_panel()

    @Slot(str)
    def _on_panel_reason_chosen(self, reason: str) -> None:
        view = self.last
        if view is None or self.panel.step != RatingPanel.REASONS:
            return
        try:
            view = self.service.add_reason(view.id, reason)
        except KioskError as exc:
            log.warning("reason for rating %s not stored: %s", view.id, exc.message("en"))
        else:
            self.last = view
            self._tell_officer(self._officer_words(view))
            self.recorded.emit(view)
        self.panel.show_thanks()
        self._close_timer.start(self.thanks_ms)

    @Slot()
    def _on_panel_skipped(self) -> None:
        self.panel.show_thanks()
        self._close_timer.start(self.thanks_ms)

    @Slot()
    def _on_close_timer_timeout(self) -> None:
        self._close_panel()

    @Slot(QObject)
    def _on_input_destroyed(self, obj: QObject) -> None:
        self._wired = [w for w in self._wired if w is not obj]
        if self.asked_input is obj:
            self.asked_input = None
