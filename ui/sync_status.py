"""A small line that tells officers and technicians how this terminal's link to the server is."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Slot
from PySide6.QtWidgets import QLabel

from kiosk.sync.client import load_device, sync_status
from kiosk.timeutil import fmt_time
from kiosk.wiring import AppContext
from ui.widgets import px_font


class SyncStatusLabel(QLabel):
    """Empty on a standalone terminal; otherwise online/offline, waiting ops and refused ones."""

    def __init__(self, ctx: AppContext, px: int = 16) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName("HeaderClock")
        px_font(self, px, True)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._on_timer_timeout)
        self.timer.start(5000)
        self.refresh()

    def refresh(self) -> None:
        device = load_device(self.ctx.home)
        if device is None:
            self.setText("")
            self.hide()
            return
        st = sync_status(self.ctx.store)
        import datetime as dt

        if st.offline_since:
            since = fmt_time(dt.datetime.fromisoformat(st.offline_since))
            text = self.tr("OFFLINE since %1 · %2 waiting").replace("%1", since).replace("%2", str(st.pending))
        else:
            text = self.tr("Online · %1 waiting").replace("%1", str(st.pending))
        if st.dead_letters:
            text += " · " + self.tr("%1 refused").replace("%1", str(st.dead_letters))
        self.setText(text)
        self.show()

    @Slot()
    def _on_timer_timeout(self) -> None:
        self.refresh()
