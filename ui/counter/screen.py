"""The reception officer's counter: sign in, call, recall, no-show, transfer, park, resume, finish.

Every action has a keyboard shortcut (F1–F8) shown on its button. The waiting list is in calling
order with the reason for each position, so the priority rule is visible, not a black box.
"""

from __future__ import annotations

import datetime as dt
import logging
import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.errors import KioskError
from kiosk.queue.service import TicketInfo
from kiosk.timeutil import fmt_time
from kiosk.wiring import AppContext
from ui.counter.intake import IntakePage
from ui.counter.rating import CounterRating
from ui.sync_status import SyncStatusLabel
from ui.widgets import Header, Retranslatable, button, card, label

log = logging.getLogger(__name__)


class SignInPage(Retranslatable):
    def __init__(self, screen: CounterScreen) -> None:
        super().__init__()
        self.owner = screen
        outer = QVBoxLayout(self)
        outer.setContentsMargins(300, 60, 300, 60)
        box, layout = card()
        self.title = label("", 30, True, "Title", Qt.AlignmentFlag.AlignCenter)
        self.counter_label = label("", 22, False, "Muted", Qt.AlignmentFlag.AlignCenter)
        self.officer_label = label("", 18, True)
        self.officer = QComboBox()
        self.officer.setMinimumHeight(56)
        for o in screen.ctx.config.officers:
            if not o.disabled:  # an account that left is not offered (and refused if typed)
                self.officer.addItem(f"{o.name} ({o.code})", o.code)
        self.pin_label = label("", 18, True)
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMinimumHeight(56)
        self.pin.setMaxLength(12)
        self.pin.returnPressed.connect(self.submit)
        self.error = label("", 18, True, "Error")
        self.error.hide()
        self.sign_in = button("", 22, 64, on_click=self.submit)
        for w in (self.title, self.counter_label, self.officer_label, self.officer, self.pin_label,
                  self.pin, self.error, self.sign_in):
            layout.addWidget(w)
        outer.addStretch(1)
        outer.addWidget(box)
        outer.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Officer sign-in"))
        self.counter_label.setText(self.tr("Counter %1").replace("%1", str(self.owner.counter)))
        self.officer_label.setText(self.tr("Officer"))
        self.pin_label.setText(self.tr("PIN"))
        self.officer_label.setBuddy(self.officer)
        self.pin_label.setBuddy(self.pin)
        self.sign_in.setText(self.tr("Sign in"))

    def show_locked(self, code: str, minutes: int) -> None:
        """After the inactivity lock: the same officer chosen, a sentence saying why."""
        index = self.officer.findData(code)
        if index >= 0:
            self.officer.setCurrentIndex(index)
        self.error.setText(self.tr("The counter was locked after %1 minutes without use. "
                                   "Enter your PIN to continue.").replace("%1", str(minutes)))
        self.error.show()
        self.pin.clear()
        self.pin.setFocus()

    def submit(self) -> None:
        code = self.officer.currentData()
        try:
            name = self.owner.ctx.queue.sign_in(self.owner.counter, code or "", self.pin.text())
        except KioskError as exc:
            self.error.setText(exc.message(self.owner.lang))
            self.error.show()
            self.pin.clear()
            return
        self.error.hide()
        self.pin.clear()
        self.owner.signed_in(code, name)


class _Activity(QObject):
    """Notes the time of each press, key and touch anywhere in the application."""

    def __init__(self, screen: CounterScreen) -> None:
        super().__init__(screen)
        self.screen = screen

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() in (QEvent.Type.MouseButtonPress, QEvent.Type.KeyPress,
                            QEvent.Type.TouchBegin, QEvent.Type.Wheel):
            self.screen.last_input = self.screen.idle_clock()
        return False


class TransferDialog(QDialog):
    """Choose the service line or the counter the ticket goes to."""

    def __init__(self, screen: CounterScreen) -> None:
        super().__init__(screen)
        self.setWindowTitle(self.tr("Transfer ticket"))
        self.choice: tuple[str | None, int | None] | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(label(self.tr("Transfer to the line of a service"), 20, True, "Title"))
        grid = QGridLayout()
        self.service_buttons: dict[str, QPushButton] = {}
        for i, svc in enumerate(screen.ctx.config.services):
            btn = button(f"{svc.prefix} · {svc.label(screen.lang)}", 18, 60,
                         on_click=lambda code=svc.code: self._pick(code, None))
            self.service_buttons[svc.code] = btn
            grid.addWidget(btn, i // 3, i % 3)
        layout.addLayout(grid)
        layout.addWidget(label(self.tr("…or straight to a counter"), 20, True, "Title"))
        row = QHBoxLayout()
        self.counter_buttons: dict[int, QPushButton] = {}
        for c in screen.ctx.config.counters:
            if c.number == screen.counter:
                continue
            btn = button(c.label(screen.lang), 18, 60, "Secondary",
                         on_click=lambda n=c.number: self._pick(None, n))
            self.counter_buttons[c.number] = btn
            row.addWidget(btn)
        layout.addLayout(row)
        cancel = button(self.tr("Cancel"), 18, 56, "Secondary", on_click=self.reject)
        layout.addWidget(cancel)

    def _pick(self, service: str | None, counter: int | None) -> None:
        self.choice = (service, counter)
        self.accept()


class ServePage(Retranslatable):
    ACTIONS = ("next", "recall", "finish", "no_show", "park", "resume", "transfer", "sign_out",
               "intake")
    KEYS = {"next": "F1", "recall": "F2", "finish": "F3", "no_show": "F4", "park": "F5",
            "resume": "F6", "transfer": "F7", "sign_out": "F8", "intake": "F9"}

    def __init__(self, screen: CounterScreen) -> None:
        super().__init__()
        self.owner = screen
        layout = QHBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 20)
        layout.setSpacing(20)

        left = QVBoxLayout()
        box, inner = card()
        self.now_serving = label("", 18, True, "Muted", Qt.AlignmentFlag.AlignCenter)
        self.number = label("—", 96, True, "Title", Qt.AlignmentFlag.AlignCenter)
        self.detail = label("", 18, False, "", Qt.AlignmentFlag.AlignCenter)
        # the citizen's rating of the last ticket finished here ("Đánh giá: Hài lòng")
        self.rating_line = label("", 16, True, "RatingLine", Qt.AlignmentFlag.AlignCenter)
        self.rating_line.hide()
        for w in (self.now_serving, self.number, self.detail, self.rating_line):
            inner.addWidget(w)
        left.addWidget(box)
        self.message = label("", 16, True, "Notice")
        self.message.hide()
        left.addWidget(self.message)
        grid = QGridLayout()
        grid.setSpacing(10)
        self.buttons: dict[str, QPushButton] = {}
        handlers = {
            "next": screen.call_next, "recall": screen.recall, "finish": screen.finish,
            "no_show": screen.no_show, "park": screen.park, "resume": screen.resume_selected,
            "transfer": screen.transfer, "sign_out": screen.sign_out, "intake": screen.show_intake,
        }
        styles = {"next": "Accent", "no_show": "Danger", "sign_out": "Secondary", "intake": "Accent"}
        for i, action in enumerate(self.ACTIONS):
            btn = button("", 17, 64, styles.get(action, ""), on_click=handlers[action])
            self.buttons[action] = btn
            grid.addWidget(btn, i // 2, i % 2)
            shortcut = QShortcut(QKeySequence(self.KEYS[action]), screen)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(handlers[action])
        self.buttons["next"].setMinimumHeight(90)
        left.addLayout(grid)
        left.addStretch(1)
        layout.addLayout(left, 2)

        # the waiting list; on a one-screen counter the citizen's rating panel takes its place
        # while a rating is asked (set_rating_panel)
        self.right_stack = QStackedWidget()
        self.queue_side = QWidget()
        right = QVBoxLayout(self.queue_side)
        right.setContentsMargins(0, 0, 0, 0)
        self.right_stack.addWidget(self.queue_side)
        self.rating_panel: QWidget | None = None
        self.waiting_title = label("", 18, True, "Title")
        self.table = QTableWidget(0, 5)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.parked_title = label("", 18, True, "Title")
        self.parked = QTableWidget(0, 3)
        self.parked.verticalHeader().hide()
        self.parked.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.parked.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.parked.setMaximumHeight(150)
        self.parked.horizontalHeader().setStretchLastSection(True)
        self.policy = label("", 14, False, "Muted")
        # dossiers about to miss their appointment: shown before their day (form 04 from here)
        self.late_button = button("", 15, 44, "Danger", on_click=screen.show_late)
        self.late_button.hide()
        right.addWidget(self.late_button)
        right.addWidget(self.waiting_title)
        right.addWidget(self.table, 1)
        right.addWidget(self.parked_title)
        right.addWidget(self.parked)
        right.addWidget(self.policy)
        layout.addWidget(self.right_stack, 3)
        self.retranslate()

    def retranslate(self) -> None:
        names = {
            "next": self.tr("Call next"), "recall": self.tr("Recall"), "finish": self.tr("Finish"),
            "no_show": self.tr("No-show"), "park": self.tr("Park"), "resume": self.tr("Resume"),
            "transfer": self.tr("Transfer"), "sign_out": self.tr("Sign out"),
            "intake": self.tr("Receive a dossier"),
        }
        for action, btn in self.buttons.items():
            btn.setText(f"{names[action]}  [{self.KEYS[action]}]")
        self.now_serving.setText(self.tr("Now serving"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("#"), self.tr("Number"), self.tr("Service"), self.tr("Waited"), self.tr("Why this order")])
        self.parked.setHorizontalHeaderLabels([self.tr("Number"), self.tr("Service"), self.tr("Parked since")])
        self.table.setAccessibleName(self.tr("Waiting tickets"))
        self.parked.setAccessibleName(self.tr("Parked tickets"))
        self.policy.setText(self.owner.ctx.queue.policy.summary(self.owner.lang))
        self.refresh()

    def refresh(self) -> None:
        ctx, counter, lang = self.owner.ctx, self.owner.counter, self.owner.lang
        try:
            current = ctx.queue.current(counter, lang)
            waiting = ctx.queue.waiting(counter, lang)
            parked = ctx.queue.parked(counter, lang)
        except KioskError as exc:
            self.show_message(exc.message(lang))
            return
        self.show_current(current)
        now = ctx.queue.clock()
        self.waiting_title.setText(self.tr("Waiting (%n)", "", len(waiting)))
        self.table.setRowCount(len(waiting))
        for row, entry in enumerate(waiting):
            tk = entry.ticket
            waited = int((now - entry.queued_at).total_seconds() // 60)
            cells = [str(row + 1), ("★ " if tk.priority else "") + tk.number, tk.service_name,
                     self.tr("%n min", "", max(0, waited)), entry.reason]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(entry.reason)
                if tk.priority:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        self.parked_title.setText(self.tr("Parked (%n)", "", len(parked)))
        self.parked.setRowCount(len(parked))
        for row, tk in enumerate(parked):
            since = fmt_time(dt.datetime.fromisoformat(tk.issued_at))
            for col, text in enumerate([tk.number, tk.service_name, since]):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, tk.id)
                self.parked.setItem(row, col, item)
        if parked and not self.parked.selectedItems():
            self.parked.selectRow(0)
        try:
            late = len(ctx.dossiers.due_soon())
        except KioskError:
            late = 0
        self.late_button.setText(self.tr("Dossiers late or about to be late: %1").replace("%1", str(late)))
        self.late_button.setVisible(late > 0)
        has_current = current is not None
        for action in ("recall", "finish", "no_show", "park", "transfer"):
            self.buttons[action].setEnabled(has_current)
        self.buttons["resume"].setEnabled(bool(parked) and not has_current)
        self.buttons["next"].setEnabled(bool(waiting) or has_current)

    def show_current(self, tk: TicketInfo | None) -> None:
        if tk is None:
            self.number.setText("—")
            self.detail.setText(self.tr("No ticket at this counter. Press Call next."))
            return
        self.number.setText(tk.number)
        parts = [tk.service_name]
        if tk.priority:
            cat = self.owner.ctx.config.priority_category(tk.priority)
            parts.append("★ " + (cat.label(self.owner.lang) if cat else tk.priority))
        parts.append(self.tr("Recalled %1 of %2 times").replace("%1", str(tk.recall_count)).replace(
            "%2", str(self.owner.ctx.config.queue.recall_limit)))
        self.detail.setText("\n".join(parts))

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def show_rating(self, text: str) -> None:
        """The officer's small line about the citizen's rating (empty: hidden)."""
        self.rating_line.setText(text)
        self.rating_line.setVisible(bool(text))

    def set_rating_panel(self, panel: QWidget) -> None:
        """The citizen's rating panel, shown in place of the waiting list while it asks."""
        self.rating_panel = panel
        self.right_stack.addWidget(panel)

    def show_rating_panel(self, shown: bool) -> None:
        panel = self.rating_panel
        if panel is None:
            return
        panel.setVisible(shown)
        self.right_stack.setCurrentWidget(panel if shown else self.queue_side)

    def selected_parked(self) -> str | None:
        items = self.parked.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None


class CounterScreen(Retranslatable):
    """Signals:
    called(object): the TicketInfo just called (or None when nobody was waiting).
    """

    called = Signal(object)

    def __init__(self, ctx: AppContext, counter: int | None = None, lang: str | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.counter = counter or ctx.config.counter
        self.lang = lang or ctx.config.language
        self.officer: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.header = Header("", 22, ctx.queue.clock)
        self.sync_status = SyncStatusLabel(ctx)
        self.header.extra.addWidget(self.sync_status)
        self.stack = QStackedWidget()
        self.sign_in_page = SignInPage(self)
        self.serve = ServePage(self)
        self.intake = IntakePage(self)
        self.stack.addWidget(self.sign_in_page)
        self.stack.addWidget(self.serve)
        self.stack.addWidget(self.intake)
        # the citizen's rating after each finished ticket (keypad and on-screen buttons)
        self.rating = CounterRating(self)
        layout.addWidget(self.header)
        layout.addWidget(self.stack, 1)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._on_timer_timeout)
        self.timer.start(1500)
        # the inactivity lock: any press, key or touch in the application counts as use
        self.idle_clock = time.monotonic
        self.last_input = self.idle_clock()
        self.activity = _Activity(self)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.activity)
        self.retranslate()

    def lock_after_s(self) -> float:
        return self.ctx.config.security.session_lock_minutes * 60.0

    def check_idle(self) -> bool:
        """Lock the counter when nobody used it for ``[security] session_lock_minutes``: the
        officer's session ends (recorded as locked), the sign-in page asks for a PIN again with
        the same officer chosen. True when it locked now."""
        if self.officer is None or self.idle_clock() - self.last_input < self.lock_after_s():
            return False
        code = self.officer
        try:
            self.ctx.queue.sign_out(self.counter, reason="session_locked")
        except KioskError as exc:  # the database refused: still lock the screen
            log.warning("the counter lock could not be recorded: %s", exc)
            self.ctx.access.sign_out()
        self._leave_session()
        self.sign_in_page.show_locked(code, self.ctx.config.security.session_lock_minutes)
        return True

    def retranslate(self) -> None:
        who = f" — {self.officer_name}" if self.officer else ""
        self.header.title.setText(self.tr("Counter %1").replace("%1", str(self.counter)) + who)

    officer_name = ""
    device_bar = None

    def attach_devices(self, hub) -> None:  # type: ignore[no-untyped-def]
        """Printer, scanner and keypad indicators in the header; scans come to the intake."""
        from ui.devices_hub import attach_device_bar

        self.hub = hub
        self.device_bar = attach_device_bar(self, hub, ("printer", "scanner", "keypad"))
        hub.router.claim(self.intake, self.intake.on_scan)
        self.rating.use_hub(hub)  # the rating question goes to the hub's keypad too

    def show_intake(self) -> None:
        """The dossier intake (F9), for the ticket being served or a walk-in."""
        if self.officer is None:
            return
        self.stack.setCurrentWidget(self.intake)
        self.intake.search.setFocus()

    def show_late(self) -> None:
        from ui.late_dossiers import LateDossiersDialog

        dialog = LateDossiersDialog(self.ctx, self.lang, self.officer, self)
        dialog.exec()
        self.serve.refresh()

    def show_queue(self) -> None:
        if self.officer is not None:
            self.stack.setCurrentWidget(self.serve)
            self.serve.refresh()

    def signed_in(self, code: str, name: str) -> None:
        self.officer = code
        self.officer_name = name
        self.retranslate()
        self.stack.setCurrentWidget(self.serve)
        self.serve.refresh()

    _FAILED = object()

    def _act(self, fn, *args, **kwargs) -> object:  # type: ignore[no-untyped-def]
        """Run a queue action; on a refusal show the sentence and return _FAILED."""
        if self.officer is None:
            return self._FAILED
        try:
            result = fn(self.counter, *args, officer=self.officer, lang=self.lang, **kwargs)
        except KioskError as exc:
            self.serve.show_message(exc.message(self.lang))
            return self._FAILED
        self.serve.show_message("")
        self.serve.refresh()
        return result

    def call_next(self) -> None:
        if self.officer is not None:
            self.rating.close()  # the next citizen: a press no longer rates the last one
            self.serve.show_rating("")
        ticket = self._act(self.ctx.queue.call_next)
        if ticket is self._FAILED:
            return
        if ticket is None:
            self.serve.show_message(self.tr("Nobody is waiting."))
        self.called.emit(ticket)

    def recall(self) -> None:
        self._act(self.ctx.queue.recall)

    def finish(self) -> None:
        ticket = self._act(self.ctx.queue.finish)
        if isinstance(ticket, TicketInfo):
            self.rating.ask(ticket)  # never waits: the officer can call the next one at once

    def no_show(self) -> None:
        self._act(self.ctx.queue.no_show)

    def park(self) -> None:
        self._act(self.ctx.queue.park)

    def resume_selected(self) -> None:
        ref = self.serve.selected_parked()
        if ref:
            self.rating.close()
            self._act(self.ctx.queue.resume, ref)

    def transfer(self) -> None:
        if self.officer is None or self.ctx.queue.current(self.counter) is None:
            return
        dialog = TransferDialog(self)
        if dialog.exec() and dialog.choice:
            service, counter = dialog.choice
            self._act(self.ctx.queue.transfer, to_service=service, to_counter=counter)

    def sign_out(self) -> None:
        if self.officer is None:
            return
        try:
            self.ctx.queue.sign_out(self.counter)
        except KioskError as exc:
            self.serve.show_message(exc.message(self.lang))
            return
        self._leave_session()

    def _leave_session(self) -> None:
        self.rating.close()
        self.serve.show_rating("")
        for dialog in self.findChildren(QDialog):  # a transfer or late list left open
            dialog.reject()
        self.officer = None
        self.officer_name = ""
        self.retranslate()
        self.stack.setCurrentWidget(self.sign_in_page)

    @Slot()
    def _on_timer_timeout(self) -> None:
        if self.officer is None or self.check_idle():
            return
        # new tickets write no events, so the list is read again on every tick (a cheap read)
        self.serve.refresh()

