"""Rating a dossier on the citizen's kiosk: scan the receipt (or type its code), three big
buttons, then, if the citizen wishes, the full evaluation one question per screen.

The full evaluation is the per-dossier one of Decree 61 art. 31 with Decision 766/QĐ-TTg: nine
indicators scored 0/1/2 and two (convenience, overall) on the three levels. Their words are the
official Vietnamese texts (``resources/ratings/``): a short title on the screen, the full text
one tap away. Answers stay on this page until the citizen sends them (a review screen first);
leaving the page (Home, idle timeout) forgets them. A public screen: nothing of the applicant is
shown, and a scan that is not one of our receipts is never echoed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from kiosk.errors import KioskError
from kiosk.rating_prompt import levels_labels
from kiosk.ratings import (
    LEVEL_KEYS,
    DossierRatingState,
    Indicator,
    RatingError,
    RatingService,
)
from kiosk.scan import Scan
from ui.keypad_input import RatingButtons
from ui.kiosk.touch import ChoiceRow, TouchKeys, TouchPage, scroller
from ui.widgets import button, clear_layout, label, px_font

if TYPE_CHECKING:
    from ui.kiosk.screen import KioskScreen
    from ui.scan_filter import ScanRouter

# the date and number of a code of this center, typed without the agency part
_SHORT_CODE = re.compile(r"(\d{6})-?(\d{4})")
KIOSK_SOURCE = "kiosk"


class DossierEvaluationPage(TouchPage):
    """Scan or type a dossier code; rate it; optionally answer the full evaluation.

    Signals:
        rated(object): the :class:`kiosk.ratings.RatingView` of the quick rating just stored.
        evaluated(object): the :class:`kiosk.ratings.EvaluationView` just stored.
    """

    rated = Signal(object)
    evaluated = Signal(object)

    ENTRY, QUICK, OFFER, QUESTION, REVIEW, DONE = "entry", "quick", "offer", "question", "review", "done"

    def __init__(self, screen: KioskScreen) -> None:
        super().__init__(screen, self._on_back)
        self.step = self.ENTRY
        self.dossier: DossierRatingState | None = None
        self.answers: dict[str, int] = {}
        self.index = 0
        self.reviewing = False  # a question opened from the review goes back to it
        self.full_text_shown = False
        self.quick_words = ""
        self.done_kind = "rating"  # what the thank-you screen confirms: rating | evaluation
        self._error: Callable[[], str] | None = None
        self._indicators: tuple[Indicator, ...] | None = None

        self.title = label("", 44, True, "Title", Qt.AlignmentFlag.AlignCenter)
        self.hint = label("", 30, False, "", Qt.AlignmentFlag.AlignCenter)
        self.dossier_line = label("", 26, False, "Muted", Qt.AlignmentFlag.AlignCenter)
        self.error = label("", 28, True, "Error")
        self.error.hide()

        # scan or type the receipt's code
        self.entry = QWidget()
        entry = QVBoxLayout(self.entry)
        entry.setContentsMargins(0, 0, 0, 0)
        entry.setSpacing(16)
        self.code = QLineEdit()
        px_font(self.code, 40, True)
        self.code.setMinimumHeight(100)
        self.code.setMaxLength(64)
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.returnPressed.connect(self.submit)
        self.example = label("", 24, False, "Muted", Qt.AlignmentFlag.AlignCenter)
        self.keys = TouchKeys(self.code, ["12345", "67890", "H.-"], px=38, key_height=96)
        self.find_button = button("", 36, 130, "Accent", on_click=self.submit)
        for w in (self.code, self.example, self.keys, self.find_button):
            entry.addWidget(w)

        # the quick rating: three big buttons
        self.quick = RatingButtons(3, screen.lang)
        self._quick_lang = screen.lang
        self._size_quick()
        self.quick.rated.connect(self._on_quick_rated)

        # after the quick rating: the full evaluation, if the citizen wishes
        self.offer = QWidget()
        offer = QVBoxLayout(self.offer)
        offer.setContentsMargins(0, 0, 0, 0)
        offer.setSpacing(24)
        self.thanks = label("", 32, True, "Ok", Qt.AlignmentFlag.AlignCenter)
        self.offer_text = label("", 30, False, "", Qt.AlignmentFlag.AlignCenter)
        self.start_button = button("", 34, 160, "Accent", on_click=self.start_evaluation)
        self.no_button = button("", 30, 120, "Secondary", on_click=self.finish)
        for w in (self.thanks, self.offer_text, self.start_button, self.no_button):
            offer.addWidget(w)

        # one indicator per screen
        self.question = QWidget()
        question = QVBoxLayout(self.question)
        question.setContentsMargins(0, 0, 0, 0)
        question.setSpacing(16)
        self.progress = label("", 26, True, "Muted", Qt.AlignmentFlag.AlignCenter)
        self.indicator_title = label("", 36, True, "Title", Qt.AlignmentFlag.AlignCenter)
        self.full_text_button = button("", 24, 80, "Secondary", on_click=self.toggle_full_text)
        self.full_text = label("", 24, False, "Notice")
        self.full_text.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.official_note = label("", 22, False, "Muted", Qt.AlignmentFlag.AlignCenter)
        choices = QWidget()
        self.choices = QVBoxLayout(choices)
        self.choices.setContentsMargins(0, 0, 0, 0)
        self.choices.setSpacing(18)
        self.choice_rows: dict[int, ChoiceRow] = {}
        self.choice_area = scroller(choices)
        for w in (self.progress, self.indicator_title, self.full_text_button, self.full_text,
                  self.official_note):
            question.addWidget(w)
        question.addWidget(self.choice_area, 1)

        # every answer before sending
        review = QWidget()
        self.review_rows_box = QVBoxLayout(review)
        self.review_rows_box.setContentsMargins(0, 0, 0, 0)
        self.review_rows_box.setSpacing(14)
        self.review_rows: dict[str, ChoiceRow] = {}
        self.review_area = scroller(review)
        self.send_button = button("", 36, 140, "Accent", on_click=self.send)

        # thanks
        self.done_text = label("", 34, True, "Ok", Qt.AlignmentFlag.AlignCenter)
        self.done_button = button("", 36, 140, on_click=self.finish)

        for w in (self.title, self.dossier_line, self.hint, self.error, self.entry, self.quick,
                  self.offer, self.done_text):
            self.column.addWidget(w)
        self.column.addWidget(self.question, 1)
        self.column.addWidget(self.review_area, 1)
        self.column.addWidget(self.send_button)
        self.column.addWidget(self.done_button)
        self.column.addStretch(0)
        self.column.addLayout(self.nav)
        self.retranslate()

    # ------------------------------------------------------------------ services
    @property
    def ratings(self) -> RatingService:
        ctx = self.owner.ctx
        return RatingService(ctx.store, ctx.config, ctx.queue.clock, ctx.queue.terminal, ctx.access)

    @property
    def indicators(self) -> tuple[Indicator, ...]:
        if self._indicators is None:
            self._indicators = self.ratings.criteria()
        return self._indicators

    # ------------------------------------------------------------------ scans
    def claim_scans(self, router: ScanRouter) -> None:
        """Receipts scanned while this page shows come here."""
        router.claim(self, self.handle_scan)

    def handle_scan(self, scan: Scan) -> None:
        self.owner.idle.arm()
        if scan.kind == "dossier" and scan.dossier is not None:
            self.open_dossier(scan.dossier.code, scanned=True)
        elif scan.kind == "code":  # the receipt's QR may be an address ending in the code
            self.open_dossier(scan.text, scanned=True)
        else:  # a queue ticket, an ID card, an unreadable code: never repeated on the screen
            self.show_error(self._not_a_receipt)

    # ------------------------------------------------------------------ steps
    def submit(self) -> None:
        text = self.code.text().strip()
        if not text:
            self.show_error(self._type_the_code)
            return
        m = _SHORT_CODE.fullmatch(text)
        if m is not None:  # only the end of one of this center's codes was typed
            text = f"{self.owner.ctx.config.reception.agency_code}-{m.group(1)}-{m.group(2)}"
        self.open_dossier(text)

    def open_dossier(self, text: str, scanned: bool = False) -> None:
        """A receipt scanned or typed: what this dossier still can be rated on."""
        self.owner.idle.arm()
        try:
            state = self.ratings.dossier(text)
        except KioskError as exc:
            if scanned and exc.key == "rating_not_a_dossier_code":
                self.show_error(self._not_a_receipt)
            else:
                self.show_error(lambda error=exc: error.message(self.lang))
            return
        if state.rated and state.evaluated:
            error = RatingError("evaluation_already_given", code=state.code)
            self.show_error(lambda: error.message(self.lang))
            return
        self.dossier = state
        self.answers = {}
        self.index = 0
        self.reviewing = False
        self.quick_words = ""
        self.code.clear()
        self._go(self.OFFER if state.rated else self.QUICK)

    def rate(self, level: int) -> None:
        """The quick rating (3 best, 1 worst)."""
        state = self.dossier
        if state is None or self.step != self.QUICK:
            return
        self.owner.idle.arm()
        try:
            view = self.ratings.record_dossier_rating(state.code, level, 3, KIOSK_SOURCE)
        except KioskError as exc:
            self.show_error(lambda error=exc: error.message(self.lang))
            return
        self.dossier = DossierRatingState(state.dossier_id, state.code, state.procedure_code,
                                          state.procedure_name, True, state.evaluated)
        self.quick_words = view.label(self.lang)
        self.rated.emit(view)
        self.done_kind = "rating"
        self._go(self.DONE if state.evaluated else self.OFFER)

    def start_evaluation(self) -> None:
        if self.dossier is None:
            return
        self.owner.idle.arm()
        try:
            self.indicators  # noqa: B018 (loaded now: a broken file is said before the first question)
        except KioskError as exc:
            self.show_error(lambda error=exc: error.message(self.lang))
            return
        self.answers = {}
        self.index = 0
        self.reviewing = False
        self._go(self.QUESTION)

    def choose(self, value: int) -> None:
        """An answer to the question on the screen; on to the next one (or the review)."""
        if self.step != self.QUESTION:
            return
        self.owner.idle.arm()
        indicator = self.indicators[self.index]
        self.answers[indicator.key] = value
        if self.reviewing or self.index + 1 >= len(self.indicators):
            self.reviewing = False
            self._go(self.REVIEW)
        else:
            self.index += 1
            self._go(self.QUESTION)

    def open_question(self, index: int) -> None:
        """From the review: change one answer."""
        self.index = index
        self.reviewing = True
        self._go(self.QUESTION)

    def send(self) -> None:
        state = self.dossier
        if state is None or self.step != self.REVIEW:
            return
        self.owner.idle.arm()
        try:
            view = self.ratings.record_evaluation(state.code, dict(self.answers), KIOSK_SOURCE)
        except KioskError as exc:
            self.show_error(lambda error=exc: error.message(self.lang))
            return
        self.evaluated.emit(view)
        self.answers = {}
        self.done_kind = "evaluation"
        self._go(self.DONE)

    def finish(self) -> None:
        """The citizen is done: the kiosk goes home (and forgets this page)."""
        self.owner.go_home()

    def toggle_full_text(self) -> None:
        self.full_text_shown = not self.full_text_shown
        self.owner.idle.arm()
        self.retranslate()

    def reset(self) -> None:
        """Forget the dossier and the answers (the next citizen must not see them)."""
        self.dossier = None
        self.answers = {}
        self.index = 0
        self.reviewing = False
        self.quick_words = ""
        self.done_kind = "rating"
        self._error = None
        self.code.clear()
        self.step = self.ENTRY
        self.full_text_shown = False
        self.retranslate()

    def _go(self, step: str) -> None:
        self.step = step
        self._error = None
        self.full_text_shown = False
        self.retranslate()
        if step == self.QUESTION:
            self.choice_area.verticalScrollBar().setValue(0)

    def _on_back(self) -> None:
        step = self.step
        if step == self.QUESTION and self.reviewing:
            self.reviewing = False
            self._go(self.REVIEW)
        elif step == self.QUESTION and self.index > 0:
            self.index -= 1
            self._go(self.QUESTION)
        elif step == self.QUESTION:
            self._go(self.OFFER)
        elif step == self.REVIEW:
            self.index = len(self.indicators) - 1
            self._go(self.QUESTION)
        elif step == self.ENTRY and self._error is None:
            self.owner.go_home()
        else:
            self.reset()

    def _on_quick_rated(self, level: int) -> None:
        self.rate(level)

    # ------------------------------------------------------------------ errors
    def _type_the_code(self) -> str:
        return self.tr("Please type the dossier code printed on your receipt.")

    def _not_a_receipt(self) -> str:
        return self.tr("This code is not a dossier receipt. Please scan the barcode or QR code "
                       "printed on the receipt you were given at the counter.")

    def show_error(self, sentence: Callable[[], str]) -> None:
        """An error as a sentence; the citizen starts again from the code."""
        self.dossier = None
        self.answers = {}
        self.step = self.ENTRY
        self._error = sentence
        self.retranslate()

    # ------------------------------------------------------------------ words
    def choice_title(self, indicator: Indicator, value: int) -> str:
        if indicator.key in LEVEL_KEYS:
            return levels_labels(3, self.lang)[value]
        return self.tr("Score %1").replace("%1", str(value))

    def choice_detail(self, indicator: Indicator, value: int) -> str:
        if indicator.key in LEVEL_KEYS:
            return ""
        choice = indicator.choice(value)
        return choice.short if choice is not None else ""

    def _size_quick(self) -> None:
        for btn in self.quick.buttons.values():
            px_font(btn, 36, True)
            btn.setMinimumHeight(220)

    def retranslate(self) -> None:
        step = self.step
        self.set_nav_texts(self.tr("◀  Back"), self.tr("Home"))
        if self._quick_lang != self.lang:  # the level words are the domain's, in the screen's language
            self.quick.set_levels(3, self.lang)
            self._size_quick()
            self._quick_lang = self.lang
        titles = {
            self.ENTRY: self.tr("Rate our service"),
            self.QUICK: self.tr("How satisfied are you with how your dossier was handled?"),
            self.OFFER: self.tr("Thank you!"),
            self.QUESTION: self.tr("Evaluation of your dossier"),
            self.REVIEW: self.tr("Check your answers"),
            self.DONE: self.tr("Thank you!"),
        }
        self.title.setText(titles[step])
        self.hint.setText(self.tr("Scan the barcode or QR code on your receipt, or type the dossier code "
                                  "printed on it."))
        self.code.setPlaceholderText(self.tr("Dossier code"))
        self.code.setAccessibleName(self.tr("Dossier code"))
        self.example.setText(self.tr("For example %1. For a dossier filed here, the end is enough: %2.")
                             .replace("%1", f"{self.owner.ctx.config.reception.agency_code}-261124-0001")
                             .replace("%2", "261124-0001"))
        self.keys.set_texts("", self.tr("Clear"))
        self.find_button.setText(self.tr("Continue"))
        self.error.setVisible(self._error is not None)
        self.error.setText(self._error() if self._error is not None else "")
        state = self.dossier
        self.dossier_line.setText(self.tr("Dossier %1: %2").replace("%1", state.code)
                                  .replace("%2", state.procedure_name) if state is not None else "")
        if self.quick_words:
            self.thanks.setText(self.tr("Your rating: %1").replace("%1", self.quick_words))
        else:
            self.thanks.setText(self.tr("You have already rated this dossier."))
        self.offer_text.setText(self.tr("Would you also answer the full evaluation of your dossier? "
                                        "11 short questions, one per screen."))
        self.start_button.setText(self.tr("Answer the full evaluation"))
        self.no_button.setText(self.tr("No, thank you"))
        self.send_button.setText(self.tr("Send my evaluation"))
        self.done_text.setText(self.tr("Your evaluation has been recorded. Thank you for helping us "
                                       "serve you better.") if self.done_kind == "evaluation"
                               else self.tr("Your rating has been recorded. Thank you!"))
        self.done_button.setText(self.tr("Done"))
        self.official_note.setText(self.tr("The questions are the official texts, in Vietnamese."))
        self.official_note.setVisible(step == self.QUESTION and self.lang == "en")
        for widget, shown in (
            (self.entry, step == self.ENTRY), (self.hint, step == self.ENTRY),
            (self.dossier_line, step != self.ENTRY and state is not None),
            (self.quick, step == self.QUICK), (self.offer, step == self.OFFER),
            (self.question, step == self.QUESTION), (self.review_area, step == self.REVIEW),
            (self.send_button, step == self.REVIEW), (self.done_text, step == self.DONE),
            (self.done_button, step == self.DONE),
        ):
            widget.setVisible(shown)
        if step == self.QUESTION:
            self._show_question()
        elif step == self.REVIEW:
            self._show_review()

    def _show_question(self) -> None:
        indicator = self.indicators[self.index]
        self.progress.setText(self.tr("Question %1 of %2").replace("%1", str(self.index + 1))
                              .replace("%2", str(len(self.indicators))))
        self.indicator_title.setText(indicator.short_title)
        self.full_text.setText(indicator.title)
        self.full_text.setVisible(self.full_text_shown)
        self.full_text_button.setText(self.tr("Hide the full text") if self.full_text_shown
                                      else self.tr("Read the full text"))
        clear_layout(self.choices)
        self.choice_rows = {}
        chosen = self.answers.get(indicator.key)
        for choice in indicator.choices:
            title = self.choice_title(indicator, choice.value)
            if chosen == choice.value:
                title = "✓  " + title
            row = ChoiceRow(title, self.choice_detail(indicator, choice.value), px=34)
            row.setMinimumHeight(130)
            row.clicked.connect(lambda v=choice.value: self.choose(v))
            self.choice_rows[choice.value] = row
            self.choices.addWidget(row)
        self.choices.addStretch(1)

    def _show_review(self) -> None:
        clear_layout(self.review_rows_box)
        self.review_rows = {}
        for i, indicator in enumerate(self.indicators):
            value = self.answers.get(indicator.key)
            answer = (self.choice_title(indicator, value) if value is not None
                      else self.tr("Not answered yet"))
            detail = self.choice_detail(indicator, value) if value is not None else ""
            row = ChoiceRow(f"{indicator.number}. {indicator.short_title}",
                            f"{answer}: {detail}" if detail else answer, px=26)
            row.setMinimumHeight(100)
            row.clicked.connect(lambda index=i: self.open_question(index))
            self.review_rows[indicator.key] = row
            self.review_rows_box.addWidget(row)
        self.review_rows_box.addStretch(1)
        self.send_button.setEnabled(len(self.answers) == len(self.indicators))
