"""Complaints and suggestions (phản ánh, kiến nghị) at the citizen's kiosk: file one in three
steps and take the slip with its tracking code; or type or scan that code to see the state,
the due date and the answer.

Personal data (Decree 13/2023/NĐ-CP): a phone number or an e-mail address is taken only with the
explicit consent box ticked, never printed on the slip and never shown again; the lookup shows
the category, state, dates and answer only. A scanned ID card is never echoed. Leaving the page
(Home, idle timeout) forgets everything typed.

The slip prints in the background through the kiosk's print path (a persisted job); a printer
fault is a sentence, and the code stays on the screen.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.desk import print_document
from kiosk.dossier import parse_code as parse_dossier_code
from kiosk.errors import KioskError
from kiosk.feedback import (
    CATEGORIES,
    TEXT_MAX,
    FeedbackService,
    FeedbackView,
    category_words,
    check_text,
    clean_text,
    feedback_slip,
    parse_feedback_code,
)
from kiosk.ports import PrintOutcome
from kiosk.scan import Scan
from kiosk.timeutil import to_local
from ui.keyboard import OnScreenKeyboard
from ui.kiosk.touch import TouchKeys, TouchPage, scroller, stacked
from ui.tasks import run_in_background
from ui.widgets import card, clear_layout, label, px_font, wrap_button

if TYPE_CHECKING:
    from ui.kiosk.screen import KioskScreen
    from ui.scan_filter import ScanRouter

log = logging.getLogger(__name__)

FIELD_QSS = ("QPlainTextEdit { background: white; border: 2px solid #b8c3d6; border-radius: 10px; "
             "padding: 8px; } QPlainTextEdit:focus { border-color: #0b3d91; }")
CONSENT_QSS = "QCheckBox::indicator { width: 56px; height: 56px; }"
# the date and number of a tracking code, typed without "PAKN"
_SHORT_CODE = re.compile(r"(?:PAKN-?)?(\d{6})-?(\d{4})", re.IGNORECASE)


def _slip_code(scan: Scan) -> str | None:
    """The tracking code a scan carries (the code, or an address ending in it), else None."""
    tail = scan.text.strip().rstrip("/").rsplit("/", 1)[-1].rsplit("=", 1)[-1]
    return tail if parse_feedback_code(tail) is not None else None


class ConsentBox(QFrame):
    """The consent: a large tick box and its sentence, both tappable (a check box's own text
    does not wrap)."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("Card")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        row = QHBoxLayout(self)
        row.setContentsMargins(24, 16, 24, 16)
        row.setSpacing(20)
        self.check = QCheckBox()
        self.check.setStyleSheet(CONSENT_QSS)
        self.check.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.text = label("", 26, True)
        self.text.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        row.addWidget(self.check, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.text, 1)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.check.toggle()
        super().mouseReleaseEvent(event)


class FeedbackPage(TouchPage):
    """File a complaint or suggestion (category, text, optional contact and dossier), print its
    slip; or look one up by its code.

    Signals:
        filed(object): the FeedbackView just filed (saved; the slip is printing).
        print_finished(object): the PrintOutcome of the slip (a failure too).
        shown(object): the FeedbackView looked up (None when an error is shown instead).
    """

    filed = Signal(object)
    print_finished = Signal(object)
    shown = Signal(object)

    CATEGORY, TEXT, CONTACT, DONE, LOOKUP = range(5)

    def __init__(self, screen: KioskScreen) -> None:
        super().__init__(screen, self._on_back)
        self.category: str | None = None
        self.view: FeedbackView | None = None  # filed, or looked up
        self.print_state = ""  # "" | printing | printed | failed
        self._print_seq = 0
        self._error: Callable[[], str] | None = None
        self.title = label("", 44, True, "Title", Qt.AlignmentFlag.AlignCenter)
        self.step = label("", 26, False, "Muted", Qt.AlignmentFlag.AlignCenter)
        self.error = label("", 28, True, "Error")
        self.error.hide()
        # one keyboard for the text and the contact steps, under them: it shows while one of
        # their fields has the focus and never covers it
        self.keyboard = OnScreenKeyboard(language=screen.lang,
                                         method=getattr(screen.ctx.config, "input_method", "telex"))
        self.steps = QStackedWidget()
        for build in (self._category_step, self._text_step, self._contact_step, self._done_step,
                      self._lookup_step):
            self.steps.addWidget(build())
        self.steps.currentChanged.connect(self._on_steps_current_changed)
        self._on_steps_current_changed(self.steps.currentIndex())
        self.keyboard.watch(self.steps.widget(self.TEXT), self.steps.widget(self.CONTACT))
        for w in (self.title, self.step, self.error):
            self.column.addWidget(w)
        self.column.addWidget(self.steps, 1)
        self.column.addWidget(self.keyboard)
        self.column.addLayout(self.nav)
        self.retranslate()

    # ------------------------------------------------------------------ building the steps
    def _category_step(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(20)
        self.category_buttons: dict[str, QPushButton] = {}
        for key in CATEGORIES:
            btn = wrap_button("", 36, 130, "Tile", on_click=lambda k=key: self.choose_category(k))
            self.category_buttons[key] = btn
            box.addWidget(btn)
        box.addStretch(1)
        self.lookup_hint = label("", 26, False, "Muted", Qt.AlignmentFlag.AlignCenter)
        self.to_lookup = wrap_button("", 30, 120, "Secondary", on_click=self.show_lookup)
        box.addWidget(self.lookup_hint)
        box.addWidget(self.to_lookup)
        return page

    def _text_step(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(14)
        self.chosen = label("", 30, True, "", Qt.AlignmentFlag.AlignCenter)
        self.text = QPlainTextEdit()
        self.text.setStyleSheet(FIELD_QSS)
        px_font(self.text, 30)
        self.text.setMinimumHeight(240)
        self.text.textChanged.connect(self._on_text_text_changed)
        self.counter = label("", 22, False, "Muted", Qt.AlignmentFlag.AlignRight)
        self.next_button = wrap_button("", 34, 120, "Accent", on_click=self.submit_text)
        for w in (self.chosen, self.text, self.counter, self.next_button):
            box.addWidget(w)
        box.addStretch(1)
        return page

    def _contact_step(self) -> QWidget:
        content = QWidget()
        box = QVBoxLayout(content)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(12)
        self.contact_hint = label("", 26, False, "Muted")
        self.phone_caption = label("", 24, True)
        self.phone = self._line(32)
        self.email_caption = label("", 24, True)
        self.email = self._line(254)
        self.consent = ConsentBox()
        self.dossier_caption = label("", 24, True)
        self.dossier = self._line(64)
        # the keyboard's layout for each: a phone pad, Latin letters with @ and ., Latin letters
        self.phone.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
        self.email.setInputMethodHints(Qt.InputMethodHint.ImhEmailCharactersOnly)
        self.dossier.setInputMethodHints(Qt.InputMethodHint.ImhLatinOnly)
        for w in (self.contact_hint, self.phone_caption, self.phone, self.email_caption, self.email,
                  self.consent, self.dossier_caption, self.dossier):
            box.addWidget(w)
        box.addStretch(1)
        page = QWidget()
        outer = QVBoxLayout(page)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(14)
        outer.addWidget(scroller(content), 1)
        self.send_button = wrap_button("", 34, 120, "Accent", on_click=self.send)
        outer.addWidget(self.send_button)
        return page

    def _line(self, limit: int) -> QLineEdit:
        field = QLineEdit()
        px_font(field, 32, True)
        field.setMinimumHeight(84)
        field.setMaxLength(limit)
        return field

    def _done_step(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(20)
        frame, inner = card()
        self.done_heading = label("", 32, True, "Ok", Qt.AlignmentFlag.AlignCenter)
        self.code_caption = label("", 26, False, "Muted", Qt.AlignmentFlag.AlignCenter)
        self.code_label = label("", 64, True, "Title", Qt.AlignmentFlag.AlignCenter)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.done_rows = QVBoxLayout()
        self.done_rows.setSpacing(12)
        self.done_hint = label("", 26, True, "", Qt.AlignmentFlag.AlignCenter)
        for w in (self.done_heading, self.code_caption, self.code_label):
            inner.addWidget(w)
        inner.addLayout(self.done_rows)
        inner.addWidget(self.done_hint)
        self.print_status = label("", 28, True, "Notice", Qt.AlignmentFlag.AlignCenter)
        self.print_status.hide()
        self.finish = wrap_button("", 34, 130, on_click=self.owner.go_home)
        box.addWidget(frame)
        box.addWidget(self.print_status)
        box.addStretch(1)
        box.addWidget(self.finish)
        return page

    def _lookup_step(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(16)
        self.lookup_entry = QWidget()
        entry = QVBoxLayout(self.lookup_entry)
        entry.setContentsMargins(0, 0, 0, 0)
        entry.setSpacing(16)
        self.lookup_help = label("", 28, False, "", Qt.AlignmentFlag.AlignCenter)
        self.code = QLineEdit()
        px_font(self.code, 40, True)
        self.code.setMinimumHeight(100)
        self.code.setMaxLength(64)
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.returnPressed.connect(self.submit_code)
        self.code_example = label("", 24, False, "Muted", Qt.AlignmentFlag.AlignCenter)
        self.code_keys = TouchKeys(self.code, ["12345", "67890", "PAKN-"], px=38, key_height=96)
        self.find_button = wrap_button("", 36, 130, "Accent", on_click=self.submit_code)
        for w in (self.lookup_help, self.code, self.code_example, self.code_keys, self.find_button):
            entry.addWidget(w)
        box.addWidget(self.lookup_entry)
        self.notice = label("", 28, True, "Notice")
        self.notice.hide()
        content = QWidget()
        holder = QVBoxLayout(content)
        holder.setContentsMargins(0, 0, 0, 0)
        holder.setSpacing(20)
        frame, inner = card()
        self.rows = QVBoxLayout()
        self.rows.setSpacing(18)
        inner.addLayout(self.rows)
        holder.addWidget(self.notice)
        holder.addWidget(frame)
        holder.addStretch(1)
        self.result = scroller(content)
        self.result.hide()
        self.again = wrap_button("", 32, 120, on_click=self.reset_lookup)
        self.again.hide()
        box.addWidget(self.result, 1)
        box.addWidget(self.again)
        box.addStretch(0)
        return page

    # ------------------------------------------------------------------ flow
    def service(self) -> FeedbackService:
        return FeedbackService.for_context(self.owner.ctx)

    def current(self) -> int:
        return self.steps.currentIndex()

    def go_to(self, step: int) -> None:
        self._error = None
        self.steps.setCurrentIndex(step)
        self.retranslate()
        self.owner.idle.arm()

    def start(self) -> None:
        """A fresh page for a new citizen: step 1."""
        self.reset()
        self.owner.idle.arm()

    def reset(self) -> None:
        """Forget everything typed, filed or looked up (the next citizen must see none of it)."""
        self._print_seq += 1  # a slip still printing no longer speaks to this screen
        self.category = None
        self.view = None
        self.print_state = ""
        self._error = None
        for field in (self.phone, self.email, self.dossier, self.code):
            field.clear()
        self.text.clear()
        self.consent.check.setChecked(False)
        self.steps.setCurrentIndex(self.CATEGORY)
        self.retranslate()

    def choose_category(self, key: str) -> None:
        self.category = key
        self.go_to(self.TEXT)
        self.text.setFocus()

    def submit_text(self) -> None:
        try:
            check_text(self.text.toPlainText())
        except KioskError as exc:
            self.show_error(lambda error=exc: error.message(self.lang))
            return
        self.go_to(self.CONTACT)

    def send(self) -> None:
        """File the complaint; the slip prints in the background, the code shows at once."""
        if self.category is None:
            self.go_to(self.CATEGORY)
            return
        try:
            view = self.service().file(
                self.category, self.text.toPlainText(), phone=self.phone.text(),
                email=self.email.text(), consent=self.consent.check.isChecked(),
                dossier_code=self.dossier.text())
        except KioskError as exc:
            back = {"unknown_category": self.CATEGORY, "text_too_short": self.TEXT,
                    "text_too_long": self.TEXT}.get(exc.key, self.CONTACT)
            if back != self.current():
                self.go_to(back)
            self.show_error(lambda error=exc: error.message(self.lang))
            return
        # what was typed is not kept on the screen once saved
        self.text.clear()
        for field in (self.phone, self.email, self.dossier):
            field.clear()
        self.consent.check.setChecked(False)
        self.view = view
        self.go_to(self.DONE)
        self.filed.emit(view)
        self._print(view)

    def _print(self, view: FeedbackView) -> None:
        doc = feedback_slip(self.owner.ctx.config, view, self.lang)
        jobs, printer = self.owner.ctx.desk.jobs, self.owner.ctx.desk.printer
        self._print_seq += 1
        seq = self._print_seq

        def work() -> tuple[int, PrintOutcome]:
            try:
                return seq, print_document(jobs, printer, doc, doc.kind)
            except Exception as exc:  # a bug or an unbuildable printout: a sentence, never a traceback
                log.exception("feedback slip %s not printed", view.code)
                return seq, PrintOutcome(False, 0, f"{type(exc).__name__}: {exc}")

        self.print_state = "printing"
        self.retranslate()
        run_in_background(work, self._on_print_done, self._on_print_failed, self)

    @Slot(object)
    def _on_print_done(self, result: tuple[int, PrintOutcome]) -> None:
        seq, outcome = result
        if not outcome.ok:
            log.warning("feedback slip not printed: %s", outcome.reason)
        if seq == self._print_seq:  # still the same citizen
            self.print_state = "printed" if outcome.ok else "failed"
            self.retranslate()
        self.print_finished.emit(outcome)

    @Slot(str)
    def _on_print_failed(self, reason: str) -> None:
        # work() catches everything; this is the last guard
        self.print_state = "failed"
        self.retranslate()
        self.print_finished.emit(PrintOutcome(False, 0, reason))

    def _on_back(self) -> None:
        step = self.current()
        if step == self.LOOKUP and (self.view is not None or self._error is not None):
            self.reset_lookup()
        elif step in (self.TEXT, self.CONTACT):
            self.go_to(step - 1)
        elif step == self.LOOKUP:
            self.go_to(self.CATEGORY)
        else:
            self.owner.go_home()

    @Slot(int)
    def _on_steps_current_changed(self, index: int) -> None:
        """Only the step shown counts for the page's height (with the keyboard open, the tallest
        hidden step would push the page past the screen)."""
        for i in range(self.steps.count()):
            page = self.steps.widget(i)
            page.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred if i == index
                               else QSizePolicy.Policy.Ignored)

    @Slot()
    def _on_text_text_changed(self) -> None:
        self._show_counter()

    # ------------------------------------------------------------------ lookup
    def show_lookup(self) -> None:
        """The second mode: type or scan a tracking code."""
        self.reset_lookup()
        self.go_to(self.LOOKUP)

    def reset_lookup(self) -> None:
        self.view = None
        self._error = None
        self.code.clear()
        self.retranslate()

    def submit_code(self) -> None:
        text = self.code.text().strip()
        if not text:
            self.show_error(self._type_the_code)
            return
        m = _SHORT_CODE.fullmatch(text)
        self.look_up(f"PAKN-{m.group(1)}-{m.group(2)}" if m else text)

    def look_up(self, text: str, scanned: bool = False) -> None:
        try:
            view = self.service().find(text)
        except KioskError as exc:
            if scanned and exc.key == "not_a_feedback_code":
                self.show_error(self._not_a_slip)
            else:
                self.show_error(lambda error=exc: error.message(self.lang))
            return
        self.view = view
        self._error = None
        self.code.clear()
        self.retranslate()
        self.owner.idle.arm()
        self.shown.emit(view)

    def show_error(self, sentence: Callable[[], str]) -> None:
        if self.current() == self.LOOKUP:
            self.view = None
        self._error = sentence
        self.retranslate()
        if self.current() == self.LOOKUP:
            self.shown.emit(None)

    def is_overdue(self, view: FeedbackView) -> bool:
        return view.is_overdue(self.owner.ctx.queue.clock())

    # ------------------------------------------------------------------ scans
    def claim_scans(self, router: ScanRouter, home: QWidget | None = None,
                    fallback: Callable[[Scan], None] | None = None) -> None:
        """Scans while this page shows come here: a complaint slip is looked up, a dossier
        receipt fills the dossier code, anything else is a sentence (never echoed).

        With ``home``: a slip scanned on the home page opens this page with its answer, and
        every other scan there goes to ``fallback`` (the dossier lookup's home handler, whose
        claim on ``home`` this one replaces: call it after the lookup's ``claim_scans``).
        """
        router.claim(self, self.handle_scan)
        if home is not None:
            router.claim(home, lambda scan: self._on_home_scan(scan, fallback))

    def _on_home_scan(self, scan: Scan, fallback: Callable[[Scan], None] | None) -> None:
        if _slip_code(scan) is None:
            if fallback is not None:
                fallback(scan)
            return
        self.start()
        self.owner.stack.setCurrentWidget(self)
        self.handle_scan(scan)

    def handle_scan(self, scan: Scan) -> None:
        self.owner.idle.arm()
        step = self.current()
        tail = _slip_code(scan)
        if tail is not None:
            if step in (self.TEXT, self.CONTACT):
                self.show_error(self._finish_first)
                return
            if step != self.LOOKUP:
                self.show_lookup()
            self.look_up(tail, scanned=True)
        elif scan.kind == "dossier" and scan.dossier is not None and parse_dossier_code(scan.dossier.code):
            if step == self.LOOKUP:
                self.show_error(self._dossier_not_slip)
                return
            self.dossier.setText(scan.dossier.code)
            self._error = None
            self.retranslate()
        else:  # an ID card, a queue ticket, something else: never repeated on the screen
            self.show_error(self._not_a_slip if step == self.LOOKUP else self._not_a_receipt)

    # ------------------------------------------------------------------ words
    def _type_the_code(self) -> str:
        return self.tr("Please type the code printed on your slip.")

    def _not_a_slip(self) -> str:
        return self.tr("This code is not a complaint slip. Please scan the barcode printed on the "
                       "slip you were given.")

    def _not_a_receipt(self) -> str:
        return self.tr("This code is not a dossier receipt. If your complaint is about a dossier, "
                       "scan the barcode on its receipt.")

    def _dossier_not_slip(self) -> str:
        return self.tr("This is a dossier receipt. To follow a dossier, touch Home, then "
                       "“Look up your dossier”.")

    def _finish_first(self) -> str:
        return self.tr("This is a complaint slip. To look it up, first send this complaint or go "
                       "back to the start.")

    def when(self, moment: dt.datetime) -> str:
        local = to_local(moment)
        return (self.tr("%1:%2 on %3").replace("%1", str(local.hour))
                .replace("%2", f"{local.minute:02d}").replace("%3", f"{local:%d/%m/%Y}"))

    def category_label(self, key: str) -> str:
        """The category's name in the screen's language (the domain's words, as on the slip)."""
        return category_words(key, self.lang)

    def lines(self, view: FeedbackView) -> list[tuple[str, str]]:
        """(caption, value) rows of a complaint as the public may see it."""
        rows = [
            (self.tr("Tracking code"), view.code),
            (self.tr("Category"), self.category_label(view.category)),
            (self.tr("Status"), view.state_words(self.lang)),
            (self.tr("Received"), self.when(view.received_at)),
            (self.tr("Answer due"), self.when(view.due_at)),
        ]
        if view.answer:
            rows.append((self.tr("Answer"), view.answer))
        return rows

    def _show_counter(self) -> None:
        count = len(clean_text(self.text.toPlainText()))
        self.counter.setText(self.tr("%1 of %2 characters").replace("%1", str(count))
                             .replace("%2", str(TEXT_MAX)))
        self.counter.setObjectName("Error" if count > TEXT_MAX else "Muted")
        self.counter.style().unpolish(self.counter)
        self.counter.style().polish(self.counter)

    def _set_style(self, widget: QLabel, name: str, text: str) -> None:
        widget.setObjectName(name)
        widget.setText(text)
        widget.style().unpolish(widget)
        widget.style().polish(widget)
        widget.setVisible(bool(text))

    def retranslate(self) -> None:
        self.set_nav_texts(self.tr("◀  Back"), self.tr("Home"))
        self.keyboard.set_language(self.lang)
        step = self.current()
        titles = {self.LOOKUP: self.tr("Look up a complaint or suggestion")}
        self.title.setText(titles.get(step, self.tr("Complaints and suggestions")))
        numbers = {self.CATEGORY: 1, self.TEXT: 2, self.CONTACT: 3}
        self.step.setText(self.tr("Step %1 of 3").replace("%1", str(numbers[step])) if step in numbers else "")
        self.step.setVisible(step in numbers)
        self.error.setVisible(self._error is not None)
        self.error.setText(self._error() if self._error is not None else "")
        # step 1
        for key, btn in self.category_buttons.items():
            btn.setText(self.category_label(key))
        self.lookup_hint.setText(self.tr("Already sent one? Follow it with the code on your slip."))
        self.to_lookup.setText(self.tr("Look up a complaint or suggestion"))
        # step 2
        self.chosen.setText(self.tr("What happened? What do you suggest?") + "\n"
                            + (self.category_label(self.category) if self.category else ""))
        self.text.setPlaceholderText(self.tr("Write here with the keys below (at least 10 characters)."))
        self.text.setAccessibleName(self.tr("Your complaint or suggestion"))
        self._show_counter()
        self.next_button.setText(self.tr("Next  ▶"))
        # step 3
        self.contact_hint.setText(self.tr("Leave your phone number or e-mail address if you want an "
                                          "answer from the Center. Both are optional: you can also "
                                          "follow your complaint with the code on the slip."))
        self.phone_caption.setText(self.tr("Phone number (optional)"))
        self.email_caption.setText(self.tr("E-mail address (optional)"))
        self.consent.text.setText(self.tr("I agree that the Center may use this phone number or "
                                          "e-mail address to answer my complaint."))
        self.dossier_caption.setText(self.tr("Dossier code, if it is about a dossier (optional): "
                                             "type it or scan your receipt"))
        self.phone.setPlaceholderText("09xx xxx xxx")
        self.email.setPlaceholderText(self.tr("name@example.vn"))
        self.dossier.setPlaceholderText(f"{self.owner.ctx.config.reception.agency_code}-261124-0001")
        self.send_button.setText(self.tr("Send"))
        # step 4
        self._retranslate_done()
        # lookup
        self.lookup_help.setText(self.tr("Scan the barcode on your slip, or type the code printed on it."))
        self.code.setPlaceholderText(self.tr("Tracking code"))
        self.code.setAccessibleName(self.tr("Tracking code"))
        self.code_example.setText(self.tr("For example %1. The end is enough: %2.")
                                  .replace("%1", "PAKN-261124-0001").replace("%2", "261124-0001"))
        self.code_keys.set_texts("", self.tr("Clear"))
        self.find_button.setText(self.tr("Look up"))
        self.again.setText(self.tr("Look up another code"))
        self._retranslate_lookup()

    def _retranslate_done(self) -> None:
        self.done_heading.setText(self.tr("Your complaint has been received. Thank you."))
        self.code_caption.setText(self.tr("Your tracking code"))
        self.done_hint.setText(self.tr("Look it up with this code at the kiosk."))
        self.finish.setText(self.tr("Done"))
        clear_layout(self.done_rows)
        view = self.view
        filed = view is not None and self.current() == self.DONE
        self.code_label.setText(view.code if filed and view else "")
        if filed and view is not None:
            for caption, value in self.lines(view)[1:2] + self.lines(view)[3:5]:
                self.done_rows.addWidget(stacked((caption, 24, True, "Muted"), (value, 30, True, "")))
        texts = {
            "printing": ("Notice", self.tr("Printing your slip…")),
            "printed": ("Ok", self.tr("Please take your slip below.")),
            "failed": ("Error", self.tr("The printer could not print your slip just now. Please note "
                                        "your code %1, or ask at the help desk.")
                       .replace("%1", view.code if view else "")),
        }
        name, text = texts.get(self.print_state, ("Notice", ""))
        self._set_style(self.print_status, name, text if filed else "")

    def _retranslate_lookup(self) -> None:
        view = self.view if self.current() == self.LOOKUP else None
        clear_layout(self.rows)
        self.lookup_entry.setVisible(view is None)
        self.result.setVisible(view is not None)
        self.again.setVisible(view is not None)
        self.notice.hide()
        if view is None:
            return
        for i, (caption, value) in enumerate(self.lines(view)):
            self.rows.addWidget(stacked((caption, 24, True, "Muted"), (value, 36 if i == 2 else 30, True, "")))
        if self.is_overdue(view):
            self._set_style(self.notice, "Notice", self.tr(
                "We are sorry: the answer is past its due date. Please ask at the help desk."))
        elif view.answered:
            self._set_style(self.notice, "Ok", self.tr("The Center has answered: please read the answer below."))
