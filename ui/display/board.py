"""The waiting-room board: the newest call large and highlighted, the last ones below, by voice.

It reads new calls from the store every half second (the central server's live events replace
the polling when the terminal syncs). Each call is shown at once; its announcement waits its turn.
"""

from __future__ import annotations

from PySide6.QtCore import QPropertyAnimation, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QFrame, QGraphicsOpacityEffect, QHBoxLayout, QVBoxLayout

from kiosk.errors import KioskError
from kiosk.queue.service import CallInfo
from kiosk.speech import announcement_speech, announcement_text
from kiosk.timeutil import fmt_time
from kiosk.wiring import AppContext
from ui.display.announcer import Announcer, make_engine
from ui.sync_status import SyncStatusLabel
from ui.widgets import Header, Retranslatable, label

ROWS = 6


class CallRow(QFrame):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("CallRow")
        row = QHBoxLayout(self)
        row.setContentsMargins(28, 10, 28, 10)
        self.number = label("", 60, True)
        self.arrow = label("→", 48, True, "", Qt.AlignmentFlag.AlignCenter)
        self.counter = label("", 48, True, "", Qt.AlignmentFlag.AlignRight)
        self.time = label("", 28, False, "", Qt.AlignmentFlag.AlignRight)
        for w in (self.number, self.arrow, self.counter, self.time):
            w.setWordWrap(False)
        row.addWidget(self.number, 3)
        row.addWidget(self.arrow, 1)
        row.addWidget(self.counter, 3)
        row.addWidget(self.time, 2)


class BoardScreen(Retranslatable):
    """Signals:
    shown(object): a CallInfo just put on the board.
    """

    shown = Signal(object)

    def __init__(self, ctx: AppContext, lang: str | None = None, announcer: Announcer | None = None,
                 poll_ms: int = 150) -> None:
        super().__init__()
        self.ctx = ctx
        self.lang = lang or ctx.config.language
        self.setObjectName("Board")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        if announcer is None:
            engine, why = make_engine(ctx.config.voice)
            announcer = Announcer(engine, why)
        self.announcer = announcer
        self.announcer.setParent(self)
        self.calls: list[CallInfo] = []
        self.last_seq = 0

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.header = Header(ctx.config.center_label(self.lang), 40, ctx.queue.clock)
        self.sync_status = SyncStatusLabel(ctx, 18)
        self.header.extra.addWidget(self.sync_status)
        layout.addWidget(self.header)
        body = QHBoxLayout()
        body.setContentsMargins(40, 30, 40, 30)
        body.setSpacing(40)
        self.latest = QFrame()
        self.latest.setObjectName("Latest")
        latest_layout = QVBoxLayout(self.latest)
        latest_layout.setContentsMargins(40, 40, 40, 40)
        self.latest_title = label("", 44, True, "", Qt.AlignmentFlag.AlignCenter)
        self.latest_number = label("—", 240, True, "", Qt.AlignmentFlag.AlignCenter)
        self.latest_counter = label("", 96, True, "", Qt.AlignmentFlag.AlignCenter)
        self.latest_text = label("", 34, False, "", Qt.AlignmentFlag.AlignCenter)
        for w in (self.latest_title, self.latest_number, self.latest_counter, self.latest_text):
            latest_layout.addWidget(w)
        self._flash = QGraphicsOpacityEffect(self.latest)
        self._flash.setOpacity(1.0)  # Qt's default is 0.7, a dull gold
        self.latest.setGraphicsEffect(self._flash)
        self._anim = QPropertyAnimation(self._flash, b"opacity", self)
        self._anim.setDuration(1200)
        self._anim.setKeyValues([(0.0, 1.0), (0.25, 0.35), (0.5, 1.0), (0.75, 0.35), (1.0, 1.0)])
        body.addWidget(self.latest, 5)
        right = QVBoxLayout()
        right.setSpacing(14)
        self.recent_title = label("", 40, True)
        right.addWidget(self.recent_title)
        self.rows = [CallRow() for _ in range(ROWS)]
        for row in self.rows:
            right.addWidget(row)
        right.addStretch(1)
        body.addLayout(right, 4)
        layout.addLayout(body, 1)
        self.ticker = label("", 30, False, "", Qt.AlignmentFlag.AlignCenter)
        self.ticker.setContentsMargins(20, 10, 20, 20)
        layout.addWidget(self.ticker)

        self.timer = QTimer(self)
        self.timer.timeout.connect(self._on_timer_timeout)
        self.timer.start(poll_ms)
        self.load_initial()
        self.retranslate()

    def retranslate(self) -> None:
        self.latest_title.setText(self.tr("Now calling"))
        self.recent_title.setText(self.tr("Recent calls"))
        self.ticker.setText(self.tr("Please watch for your number and go to the counter shown. "
                                    "Priority: elderly, people with disabilities, pregnant women, small children."))
        self.render()

    def load_initial(self) -> None:
        """Show today's last calls without announcing them again (e.g. after a restart)."""
        try:
            self.calls = self.ctx.queue.recent_calls(ROWS + 1)
        except KioskError:
            self.calls = []
        self.last_seq = self.calls[0].seq if self.calls else 0

    def poll(self) -> list[CallInfo]:
        try:
            new = self.ctx.queue.recent_calls(50, after_seq=self.last_seq)
        except KioskError:
            return []
        for call in reversed(new):  # oldest first
            self.last_seq = max(self.last_seq, call.seq)
            self.calls.insert(0, call)
            self.announcer.announce(announcement_speech(call.number, call.counter))
            self.shown.emit(call)
        del self.calls[ROWS + 1:]
        if new:
            self.render()
            self._anim.stop()
            self._anim.start()
        return new

    def render(self) -> None:
        if self.calls:
            top = self.calls[0]
            self.latest_number.setText(top.number)
            self.latest_counter.setText("→ " + self.tr("Counter %1").replace("%1", str(top.counter)))
            self.latest_text.setText(announcement_text(top.number, top.counter) if self.lang == "vi"
                                     else self.tr("Citizen with number %1, please go to counter %2")
                                     .replace("%1", top.number).replace("%2", str(top.counter)))
        else:
            self.latest_number.setText("—")
            self.latest_counter.setText("")
            self.latest_text.setText(self.tr("No calls yet today"))
        for i, row in enumerate(self.rows):
            if i + 1 < len(self.calls):
                call = self.calls[i + 1]
                row.number.setText(call.number)
                row.counter.setText(self.tr("Counter %1").replace("%1", str(call.counter)))
                row.time.setText(fmt_time(call.at))
                row.setVisible(True)
            else:
                row.setVisible(False)

    @Slot()
    def _on_timer_timeout(self) -> None:
        self.poll()
