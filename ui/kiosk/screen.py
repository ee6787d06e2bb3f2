"""The citizen's touch kiosk: home, choose a service, priority or not, the ticket.

Signals flow one way: a tap calls the TicketDesk (the ticket is saved and its bytes prepared on
the GUI thread in a few milliseconds), the ticket shows at once, and printing runs in the
background; a printer fault never hides the number from the citizen.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.desk import IssuedTicket
from kiosk.errors import KioskError
from kiosk.messages import t
from kiosk.ports import PrintOutcome
from kiosk.printing.ticket_layout import ticket_qr_payload
from kiosk.timeutil import fmt_datetime
from kiosk.wiring import AppContext
from ui.a11y import enable_kinetic_scrolling, set_large_text
from ui.i18n import translations
from ui.kiosk.evaluation import DossierEvaluationPage
from ui.kiosk.feedback import FeedbackPage
from ui.kiosk.lookup import DossierLookupPage
from ui.kiosk.procedures import ProcedureDetailPage, ProcedureSearchPage
from ui.tasks import run_in_background
from ui.widgets import (
    Header,
    Retranslatable,
    TileButton,
    button,
    card,
    clear_layout,
    label,
    qr_pixmap,
)


class IdleWatcher(QObject):
    """Fires ``idle`` after ``seconds`` without a touch, click or key anywhere in the app.

    Signals:
        idle(): nobody has touched the kiosk for the configured time.
    """

    idle = Signal()
    _INPUT = {
        QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin, QEvent.Type.KeyPress,
        QEvent.Type.Wheel, QEvent.Type.TouchUpdate,
    }

    def __init__(self, seconds: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(seconds * 1000)
        self.timer.timeout.connect(self.idle)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() in self._INPUT and self.timer.isActive():
            self.timer.start()
        return False

    def arm(self) -> None:
        self.timer.start()

    def disarm(self) -> None:
        self.timer.stop()


class KioskPage(Retranslatable):
    """One page of the kiosk: a column with generous margins for touch."""

    def __init__(self, screen: KioskScreen, spacing: int = 24) -> None:
        super().__init__()
        self.owner = screen
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(48, 40, 48, 40)
        self.column.setSpacing(spacing)


class HomePage(KioskPage):
    def __init__(self, screen: KioskScreen) -> None:
        super().__init__(screen, spacing=32)
        layout = self.column
        self.welcome = label("", 44, True, "Title", Qt.AlignmentFlag.AlignCenter)
        self.subtitle = label("", 30, False, "Muted", Qt.AlignmentFlag.AlignCenter)
        self.take_button = TileButton(44, 360, "Accent", on_click=screen.show_services)
        # the lookups, rating and feedback: secondary tiles under the main one, two a row
        # (their two lines wrap: a long translation must not widen the page past the screen)
        self.procedures_button = TileButton(30, 130, "Secondary", on_click=screen.show_procedures)
        self.lookup_button = TileButton(30, 130, "Secondary", on_click=screen.show_lookup)
        self.rate_button = TileButton(30, 130, "Secondary", on_click=screen.show_evaluation)
        self.feedback_button = TileButton(30, 130, "Secondary", on_click=screen.show_feedback)
        self.secondary_tiles = [self.procedures_button, self.lookup_button, self.rate_button,
                                self.feedback_button]
        # a widget that owns its grid (a parentless layout handed to addLayout was freed twice)
        self.tiles = QWidget()
        tiles = QGridLayout(self.tiles)
        tiles.setContentsMargins(0, 0, 0, 0)
        tiles.setSpacing(24)
        for i, tile in enumerate(self.secondary_tiles):
            tiles.addWidget(tile, i // 2, i % 2)
        info, info_layout = card()
        self.info_title = label("", 30, True, "Title")
        self.waiting_labels = QVBoxLayout()
        info_layout.addWidget(self.info_title)
        info_layout.addLayout(self.waiting_labels)
        layout.addWidget(self.welcome)
        layout.addWidget(self.subtitle)
        layout.addSpacing(24)
        layout.addWidget(self.take_button)
        layout.addWidget(self.tiles)
        layout.addSpacing(24)
        layout.addWidget(info)
        steps, steps_layout = card()
        self.steps_title = label("", 30, True, "Title")
        self.steps = [label("", 28) for _ in range(3)]
        steps_layout.addWidget(self.steps_title)
        for step in self.steps:
            steps_layout.addWidget(step)
        layout.addWidget(steps)
        self.steps_card = steps
        layout.addStretch(1)
        self.footer = label("", 24, False, "Muted", Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.footer)
        self.retranslate()

    def set_compact(self, compact: bool) -> None:
        """Portrait kiosks show everything; a landscape screen drops the how-to card."""
        self.steps_card.setVisible(not compact)
        self.take_button.setMinimumHeight(220 if compact else 360)
        self.take_button.setMaximumHeight(220 if compact else 360)
        for tile in self.secondary_tiles:
            tile.setMinimumHeight(120 if compact else 130)

    def retranslate(self) -> None:
        self.welcome.setText(self.tr("Welcome to the one-stop-shop counter"))
        self.subtitle.setText(self.tr("Touch the button below to take a queue number"))
        self.take_button.set_texts(self.tr("Take a queue number"), self.tr("Choose your service and get a ticket"))
        self.procedures_button.set_texts(self.tr("Look up a procedure"), self.tr("Papers, time, fees"))
        self.lookup_button.set_texts(self.tr("Look up your dossier"), self.tr("Scan your receipt"))
        self.rate_button.set_texts(self.tr("Rate us"), self.tr("Scan your receipt"))
        self.feedback_button.set_texts(self.tr("Complaints and suggestions"),
                                       self.tr("Send one, or follow one with its code"))
        self.info_title.setText(self.tr("People waiting now"))
        self.steps_title.setText(self.tr("How it works"))
        for i, text in enumerate([
            self.tr("1. Choose the field of your dossier"),
            self.tr("2. Take your printed ticket"),
            self.tr("3. Wait until the board and the voice call your number"),
        ]):
            self.steps[i].setText(text)
        self.footer.setText(self.tr("Need help? Please ask at the help desk."))
        self.refresh()

    def refresh(self) -> None:
        clear_layout(self.waiting_labels)
        try:
            overview = self.owner.ctx.queue.services_overview(self.owner.lang)
        except KioskError:
            return
        for svc in overview:
            row = QWidget()
            row.setObjectName("Row")
            h = QHBoxLayout(row)
            h.setContentsMargins(0, 0, 0, 0)
            h.addWidget(label(f"{svc['prefix']} · {svc['name']}", 28))
            h.addWidget(label(self.tr("%n waiting", "", svc["waiting"]), 28, True, "", Qt.AlignmentFlag.AlignRight))
            self.waiting_labels.addWidget(row)


class ServicePage(KioskPage):
    def __init__(self, screen: KioskScreen) -> None:
        super().__init__(screen)
        layout = self.column
        self.title = label("", 44, True, "Title", Qt.AlignmentFlag.AlignCenter)
        self.error = label("", 28, True, "Error")
        self.error.hide()
        self.grid = QGridLayout()
        self.grid.setSpacing(24)
        self.buttons: dict[str, TileButton] = {}
        self.back = button("", 30, 120, "Secondary", on_click=screen.go_home)
        layout.addWidget(self.title)
        layout.addWidget(self.error)
        layout.addLayout(self.grid)
        layout.addStretch(1)
        layout.addWidget(self.back)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Choose a service"))
        self.back.setText(self.tr("◀  Back"))
        self.refresh()

    def refresh(self) -> None:
        clear_layout(self.grid)
        self.buttons.clear()
        try:
            overview = self.owner.ctx.queue.services_overview(self.owner.lang)
        except KioskError as exc:
            self.show_error(exc.message(self.owner.lang))
            return
        for i, svc in enumerate(overview):
            state = self.tr("%n waiting", "", svc["waiting"]) if svc["open"] else self.tr("Not issuing numbers now")
            btn = TileButton(36, 240, "Tile", on_click=lambda code=svc["code"]: self.owner.choose_service(code))
            btn.set_texts(f"{svc['prefix']} · {svc['name']}", state)
            btn.setEnabled(bool(svc["open"]))
            self.buttons[svc["code"]] = btn
            self.grid.addWidget(btn, i // 2, i % 2)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))


class PriorityPage(KioskPage):
    def __init__(self, screen: KioskScreen) -> None:
        super().__init__(screen)
        layout = self.column
        self.title = label("", 44, True, "Title", Qt.AlignmentFlag.AlignCenter)
        self.service_label = label("", 32, False, "Muted", Qt.AlignmentFlag.AlignCenter)
        self.regular = TileButton(38, 200, on_click=lambda: screen.take(None))
        self.note = label("", 26, False, "Muted", Qt.AlignmentFlag.AlignCenter)
        self.categories = QVBoxLayout()
        self.categories.setSpacing(20)
        self.category_buttons: dict[str, TileButton] = {}
        self.back = button("", 30, 120, "Secondary", on_click=screen.show_services)
        layout.addWidget(self.title)
        layout.addWidget(self.service_label)
        layout.addSpacing(16)
        layout.addWidget(self.regular)
        layout.addSpacing(16)
        layout.addWidget(self.note)
        layout.addLayout(self.categories)
        layout.addStretch(1)
        layout.addWidget(self.back)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Do you belong to a priority group?"))
        self.regular.set_texts(self.tr("No — take a regular number"))
        self.note.setText(self.tr("Priority groups (officers may ask for proof):"))
        self.back.setText(self.tr("◀  Back"))
        self.refresh()

    def refresh(self) -> None:
        svc = self.owner.ctx.config.service(self.owner.chosen_service or "")
        self.service_label.setText(svc.label(self.owner.lang) if svc else "")
        clear_layout(self.categories)
        self.category_buttons.clear()
        for cat in self.owner.ctx.config.queue.priority.categories:
            btn = TileButton(32, 130, "Accent", on_click=lambda code=cat.code: self.owner.take(code))
            btn.set_texts("★  " + cat.label(self.owner.lang))
            self.category_buttons[cat.code] = btn
            self.categories.addWidget(btn)


class TicketPage(KioskPage):
    def __init__(self, screen: KioskScreen) -> None:
        super().__init__(screen, spacing=20)
        self.issued: IssuedTicket | None = None
        self.print_state = "printing"
        self.print_reason = ""
        layout = self.column
        box, inner = card()
        self.heading = label("", 34, True, "Muted", Qt.AlignmentFlag.AlignCenter)
        self.number = label("", 220, True, "Title", Qt.AlignmentFlag.AlignCenter)
        self.service = label("", 40, True, "", Qt.AlignmentFlag.AlignCenter)
        self.priority = label("", 30, False, "", Qt.AlignmentFlag.AlignCenter)
        self.details = label("", 30, False, "", Qt.AlignmentFlag.AlignCenter)
        self.qr = QLabel()
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr_caption = label("", 24, False, "Muted", Qt.AlignmentFlag.AlignCenter)
        for w in (self.heading, self.number, self.service, self.priority, self.details, self.qr, self.qr_caption):
            inner.addWidget(w)
        self.where = label("", 30, True, "Notice", Qt.AlignmentFlag.AlignCenter)
        self.status = label("", 30, True, "Ok", Qt.AlignmentFlag.AlignCenter)
        self.done = button("", 36, 140, on_click=screen.go_home)
        layout.addWidget(box)
        layout.addWidget(self.where)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(self.done)
        self.retranslate()

    def set_compact(self, compact: bool) -> None:
        """On a landscape screen the number and the QR shrink so everything stays visible."""
        font = self.number.font()
        font.setPixelSize(150 if compact else 220)
        self.number.setFont(font)
        self.qr_box = 5 if compact else 7
        if self.issued is not None:
            self.qr.setPixmap(qr_pixmap(ticket_qr_payload(self.owner.ctx.config, self.issued.ticket), self.qr_box))

    qr_box = 7

    def show_ticket(self, issued: IssuedTicket) -> None:
        self.issued = issued
        self.print_state = "printing"
        self.print_reason = ""
        self.qr.setPixmap(qr_pixmap(ticket_qr_payload(self.owner.ctx.config, issued.ticket), self.qr_box))
        self.retranslate()

    def set_print_result(self, ok: bool, reason: str) -> None:
        self.print_state = "printed" if ok else "failed"
        self.print_reason = reason
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Your queue number"))
        self.where.setText(self.tr("Please take a seat in the waiting area and watch the board. "
                                   "Your number will be called on the screen and by voice."))
        self.qr_caption.setText(self.tr("Scan to follow the queue on your phone"))
        self.done.setText(self.tr("Done"))
        if self.issued is None:
            return
        tk = self.issued.ticket
        lang = self.owner.lang
        self.number.setText(tk.number)
        service = self.owner.ctx.config.service(tk.service)
        self.service.setText(service.label(lang) if service else tk.service_name)
        cat = self.owner.ctx.config.priority_category(tk.priority) if tk.priority else None
        self.priority.setText(self.tr("Priority: %1").replace("%1", cat.label(lang)) if cat else "")
        self.priority.setVisible(cat is not None)
        issued = fmt_datetime(dt.datetime.fromisoformat(tk.issued_at))
        lines = [self.tr("Issued at %1").replace("%1", issued),
                 self.tr("%n people ahead of you", "", tk.people_ahead or 0)]
        if tk.estimated_wait_minutes:
            lines.append(self.tr("Estimated wait: about %n minutes", "", tk.estimated_wait_minutes))
        self.details.setText("\n".join(lines))
        if self.print_state == "printing":
            self.status.setObjectName("Notice")
            self.status.setText(self.tr("Printing your ticket…"))
        elif self.print_state == "printed":
            self.status.setObjectName("Ok")
            self.status.setText(self.tr("Please take your printed ticket below."))
        else:
            self.status.setObjectName("Error")
            self.status.setText(t("print_failed", lang, reason=self.print_reason))
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)


class KioskScreen(Retranslatable):
    """Signals:
    ticket_issued(object): an IssuedTicket, once saved (before printing).
    print_finished(object): the PrintOutcome of the last ticket.
    """

    ticket_issued = Signal(object)
    print_finished = Signal(object)

    def __init__(self, ctx: AppContext, lang: str | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.default_lang = lang or ctx.config.language
        self.lang = self.default_lang
        self.chosen_service: str | None = None
        self.idle = IdleWatcher(ctx.config.idle_timeout_s, self)
        self.idle.idle.connect(self._on_idle_idle)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.header = Header(ctx.config.center_label(self.lang), 30, ctx.queue.clock)
        self.lang_button = button("", 26, 90, "LangButton", on_click=self.toggle_language)
        self.lang_button.setMinimumWidth(200)
        # large text and high contrast, for a citizen who sees poorly; off again on idle
        self.large_text = False
        self.contrast_button = button("", 26, 90, "LangButton", on_click=self.toggle_large_text)
        self.contrast_button.setMinimumWidth(110)
        self.header.extra.addWidget(self.contrast_button)
        self.header.extra.addWidget(self.lang_button)
        self.stack = QStackedWidget()
        self.home = HomePage(self)
        self.services = ServicePage(self)
        self.priority = PriorityPage(self)
        self.ticket = TicketPage(self)
        self.procedures = ProcedureSearchPage(self)
        self.procedure = ProcedureDetailPage(self)
        self.lookup = DossierLookupPage(self)
        self.feedback = FeedbackPage(self)
        self.evaluation = DossierEvaluationPage(self)
        for page in (self.home, self.services, self.priority, self.ticket, self.procedures, self.procedure,
                     self.lookup, self.feedback, self.evaluation):
            self.stack.addWidget(page)
        self.refresher = QTimer(self)
        self.refresher.timeout.connect(self._on_refresher_timeout)
        self.refresher.start(5000)
        layout.addWidget(self.header)
        # on a landscape screen the pages keep a readable column in the middle
        self.stack.setMaximumWidth(1280)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.stack, 100)
        row.addStretch(1)
        layout.addLayout(row, 1)
        self.stack.currentChanged.connect(self._on_stack_current_changed)
        enable_kinetic_scrolling(self, mouse_drag=True)
        self.retranslate()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        # the window may be taller than its screen when the content asks for more: use the smaller
        height = min(event.size().height(), self.screen().geometry().height())
        self.home.set_compact(height < 1300)
        self.ticket.set_compact(height < 1300)
        super().resizeEvent(event)

    def retranslate(self) -> None:
        self.lang_button.setText("English" if self.lang == "vi" else "Tiếng Việt")
        self.lang_button.setAccessibleName("Switch to English" if self.lang == "vi"
                                           else "Chuyển sang tiếng Việt")
        self.contrast_button.setText("Aa−" if self.large_text else "Aa+")
        self.contrast_button.setAccessibleName(
            self.tr("Normal text and colours") if self.large_text
            else self.tr("Large text and high contrast"))
        self.header.title.setText(self.ctx.config.center_label(self.lang))

    # -------------------------------------------------------------- navigation
    device_bar = None

    def attach_devices(self, hub) -> None:  # type: ignore[no-untyped-def]
        """The printer's and scanner's indicators in the header; scans come to the pages."""
        from ui.devices_hub import attach_device_bar

        self.hub = hub
        self.device_bar = attach_device_bar(self, hub, ("printer", "scanner"), 18)
        self.lookup.claim_scans(hub.router, self.home)
        self.feedback.claim_scans(hub.router, self.home, self.lookup._on_home_scan)
        self.evaluation.claim_scans(hub.router)

    def set_language(self, lang: str) -> None:
        self.lang = lang
        translations.set_language(lang)
        if self.device_bar is not None:
            self.device_bar.set_language(lang)
        # Qt posts LanguageChange events; the citizen must see the new language at once
        for page in (self, self.home, self.services, self.priority, self.ticket, self.procedures,
                     self.procedure, self.lookup, self.feedback, self.evaluation):
            page.retranslate()

    def toggle_language(self) -> None:
        self.set_language("en" if self.lang == "vi" else "vi")
        self.idle.arm()  # back to the default language when the citizen walks away

    def set_large_text_mode(self, on: bool) -> None:
        from ui.theme import HIGH_CONTRAST_QSS, QSS

        if on == self.large_text:
            return
        self.large_text = on
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.setStyleSheet(HIGH_CONTRAST_QSS if on else QSS)
        set_large_text(self, on)
        self.retranslate()

    def toggle_large_text(self) -> None:
        self.set_large_text_mode(not self.large_text)
        self.idle.arm()

    @Slot(int)
    def _on_stack_current_changed(self, _index: int) -> None:
        # pages fill their lists when shown: new rows get the large text and the finger scrolling
        if self.large_text:
            set_large_text(self, True)
        enable_kinetic_scrolling(self, mouse_drag=True)

    def go_home(self) -> None:
        self.idle.disarm()
        self.chosen_service = None
        for page in (self.procedures, self.procedure, self.lookup, self.feedback, self.evaluation):
            page.reset()  # the next citizen sees nothing of this one's search or dossier
        if self.lang != self.default_lang:
            self.set_language(self.default_lang)
        self.set_large_text_mode(False)
        self.home.refresh()
        self.stack.setCurrentWidget(self.home)

    def show_services(self) -> None:
        self.services.show_error("")
        self.services.refresh()
        self.stack.setCurrentWidget(self.services)
        self.idle.arm()

    def show_evaluation(self) -> None:
        self.evaluation.reset()
        self.stack.setCurrentWidget(self.evaluation)
        self.idle.arm()

    def show_feedback(self) -> None:
        self.feedback.start()
        self.stack.setCurrentWidget(self.feedback)
        self.idle.arm()

    def show_procedures(self) -> None:
        self.procedures.refresh()
        self.stack.setCurrentWidget(self.procedures)
        self.idle.arm()

    def show_procedure(self, code: str) -> None:
        procedure = self.ctx.dossiers.catalog.get(code)
        if procedure is None:
            return
        self.procedure.show_procedure(procedure)
        self.stack.setCurrentWidget(self.procedure)
        self.idle.arm()

    def show_lookup(self) -> None:
        self.stack.setCurrentWidget(self.lookup)
        self.idle.arm()

    def choose_service(self, code: str) -> None:
        self.chosen_service = code
        if not self.ctx.config.queue.priority.categories:
            self.take(None)
            return
        self.priority.refresh()
        self.stack.setCurrentWidget(self.priority)
        self.idle.arm()

    def take(self, priority: str | None) -> None:
        """Save the ticket and show it; printing continues in the background."""
        assert self.chosen_service is not None
        try:
            issued = self.ctx.desk.take(self.chosen_service, priority, self.lang)
        except KioskError as exc:
            self.show_services()
            self.services.show_error(exc.message(self.lang))
            return
        self.ticket.show_ticket(issued)
        self.stack.setCurrentWidget(self.ticket)
        self.idle.arm()
        self.ticket_issued.emit(issued)
        job = issued.ticket.print_job_id
        run_in_background(lambda: (job, self.ctx.desk.print(issued)), self._on_print_done,
                          self._on_print_failed, self)

    def _showing_job(self, job: str | None) -> bool:
        shown = self.ticket.issued
        return (self.stack.currentWidget() is self.ticket and shown is not None
                and shown.ticket.print_job_id == job)

    @Slot(object)
    def _on_print_done(self, result: tuple[str | None, PrintOutcome]) -> None:
        job, outcome = result
        if self._showing_job(job):  # a slow printer's answer never lands on the next citizen's ticket
            self.ticket.set_print_result(outcome.ok, outcome.reason)
        self.print_finished.emit(outcome)

    @Slot(str)
    def _on_print_failed(self, reason: str) -> None:
        # a bug in the print path (already logged): the job itself is marked by PrintJobs
        if self.ticket.issued is not None and self.stack.currentWidget() is self.ticket:
            self.ticket.set_print_result(False, reason)
        self.print_finished.emit(PrintOutcome(False, 0, reason))

    @Slot()
    def _on_idle_idle(self) -> None:
        self.go_home()

    @Slot()
    def _on_refresher_timeout(self) -> None:
        """Waiting counts move while the kiosk sits on its home page."""
        if self.stack.currentWidget() is self.home:
            self.home.refresh()
