"""This terminal's devices at run time, and the small indicator per device in a screen's header.

The hub opens the configured scanner (a serial one on its own thread, or the keyboard-wedge
filter over the whole application) and keypad, routes every scan to the screen that wants it
(:class:`ui.scan_filter.ScanRouter`), and watches each device's state: the printer's as its
monitor last read it, the scanner's and keypad's as their drivers report it. The bar shows a dot
and a word per device; when something is wrong, the sentence that says what to do
("Máy in hết giấy — thay cuộn giấy mới").
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLabel, QWidget

from kiosk.messages import t
from kiosk.rating_prompt import RatingPrompt
from kiosk.wiring import AppContext
from ui.keypad_input import KeypadInput
from ui.scan_filter import ScanFilter, ScanRouter
from ui.widgets import px_font

log = logging.getLogger(__name__)

OK, WARN, BAD = "ok", "warn", "bad"


@dataclass(frozen=True)
class DeviceState:
    """One device's state as people read it."""

    kind: str  # printer | scanner | keypad
    state: str  # the driver's own word (ready, paper_out, connected, disconnected, hid...)
    level: str  # ok | warn | bad
    words_vi: str
    words_en: str

    def words(self, lang: str) -> str:
        return self.words_en if lang == "en" else self.words_vi


def describe(kind: str, state: str, printer_words: tuple[str, str] | None = None,
             blocking: bool = False) -> DeviceState:
    """The state of a device in both languages, with how serious it is."""
    if kind == "printer" and printer_words is not None:
        level = BAD if blocking else (OK if state == "ready" else WARN)
        return DeviceState(kind, state, level, *printer_words)
    device = {lang: t(f"dev_{kind}", lang) for lang in ("vi", "en")}
    if state in ("connected", "ready"):
        key, level, detail = "dev_ready", OK, ""
    elif state == "hid":
        key, level, detail = "dev_hid", OK, ""
    elif state in ("disconnected", "stopped", "connecting"):
        key, level, detail = "dev_disconnected", BAD, ""
    elif state.startswith("error"):
        key, level, detail = "dev_error", BAD, state.partition(":")[2].strip()
    else:
        key, level, detail = "dev_unknown", WARN, ""
    vi, en = (t(key, lang, device=device[lang], detail=detail) for lang in ("vi", "en"))
    return DeviceState(kind, state, level, vi, en)


class DeviceHub(QObject):
    """The scanner, keypad and printer states of this terminal, and the scan router.

    Signals:
        changed(object): a :class:`DeviceState` whose state changed (on the GUI thread).
    """

    changed = Signal(object)
    _keypad_state = Signal(str)

    def __init__(self, ctx: AppContext, parent: QObject | None = None,
                 printer_poll_ms: int = 2000) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.router = ScanRouter(self)
        self.scan_filter: ScanFilter | None = None
        self.keypad_input: KeypadInput | None = None
        self.states: dict[str, DeviceState] = {}
        self.router.device_state.connect(self._on_router_device_state)
        self._printer_timer = QTimer(self)
        self._printer_timer.timeout.connect(self._on_printer_timer_timeout)
        self._printer_poll_ms = printer_poll_ms

    def start(self, with_scanner: bool = True, with_keypad: bool = False) -> DeviceHub:
        """Open the configured devices (a device that cannot be opened is shown as such)."""
        config = self.ctx.config
        if with_scanner and config.scanner_url != "none":
            self._start_scanner(config.scanner_url)
        if with_keypad and config.keypad_url != "none":
            self._start_keypad(config.keypad_url)
        self._on_printer_timer_timeout()
        self._printer_timer.start(self._printer_poll_ms)
        return self

    def stop(self) -> None:
        self._printer_timer.stop()
        self.router.stop()
        if self.scan_filter is not None:
            self.scan_filter.uninstall()
            self.scan_filter = None
        if self.keypad_input is not None:
            self.keypad_input.stop()
            self.keypad_input = None

    def _start_scanner(self, url: str) -> None:
        from devices.scanner import open_scanner

        if url == "hid" or url.startswith("hid?"):
            app = QApplication.instance()
            if app is not None:
                self.scan_filter = ScanFilter(self)
                self.scan_filter.install(app)
                self.router.attach_filter(self.scan_filter)
            self._set(describe("scanner", "hid"))
            return
        try:
            scanner = open_scanner(url)
        except ValueError as exc:
            self._set(describe("scanner", f"error: {exc}"))
            return
        self.router.attach_scanner(scanner)

    def _start_keypad(self, url: str) -> None:
        from devices.keypad import open_keypad

        try:
            keypad = open_keypad(url)
        except ValueError as exc:
            self._set(describe("keypad", f"error: {exc}"))
            return
        self.keypad_input = KeypadInput(RatingPrompt(self.ctx.queue.clock), keypad, self)
        self.keypad_input.device_state_changed.connect(self._on_keypad_input_device_state_changed)
        self.keypad_input.start()

    def _set(self, state: DeviceState) -> None:
        if self.states.get(state.kind) == state:
            return
        self.states[state.kind] = state
        log.info("%s: %s", state.kind, state.words_en)
        self.changed.emit(state)

    @Slot(str, str)
    def _on_router_device_state(self, url: str, state: str) -> None:
        self._set(describe("scanner", state))

    @Slot(str)
    def _on_keypad_input_device_state_changed(self, state: str) -> None:
        self._set(describe("keypad", state))

    @Slot()
    def _on_printer_timer_timeout(self) -> None:
        # the monitor thread asks the printer; here only its last answer is read (never blocks)
        status = getattr(self.ctx.desk.printer, "last_status", None)
        if status is None:
            self._set(describe("printer", "unknown"))
            return
        self._set(describe("printer", status.state, (status.words("vi"), status.words("en")),
                           status.blocking))


class DeviceStatusBar(QWidget):
    """A dot and a short word per device; the full sentence when a device needs someone."""

    COLORS = {OK: "#2e9e5b", WARN: "#e0a100", BAD: "#d93025"}

    def __init__(self, hub: DeviceHub, lang: str = "vi", px: int = 16,
                 kinds: tuple[str, ...] = ("printer", "scanner", "keypad")) -> None:
        super().__init__()
        self.hub = hub
        self.lang = lang
        self.kinds = kinds
        self._labels: dict[str, QLabel] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(14)
        for kind in kinds:
            lab = QLabel()
            lab.setObjectName("HeaderClock")
            lab.setTextFormat(Qt.TextFormat.RichText)
            px_font(lab, px, True)
            lab.hide()
            row.addWidget(lab)
            self._labels[kind] = lab
        hub.changed.connect(self._on_hub_changed)
        for state in hub.states.values():
            self._show(state)

    def set_language(self, lang: str) -> None:
        self.lang = lang
        for state in self.hub.states.values():
            self._show(state)

    def text_of(self, kind: str) -> str:
        """What the indicator says now (plain text; for tests and accessibility)."""
        lab = self._labels.get(kind)
        return lab.accessibleName() if lab is not None and lab.isVisibleTo(self) else ""

    def _show(self, state: DeviceState) -> None:
        lab = self._labels.get(state.kind)
        if lab is None:
            return
        words = state.words(self.lang)
        short = t(f"dev_{state.kind}", self.lang)
        # all is well: a green dot and the device's name; otherwise what to do, in full
        text = short if state.level == OK else words
        color = self.COLORS[state.level]
        lab.setText(f'<span style="color:{color}">●</span> {_escape(text)}')
        lab.setToolTip(words)
        lab.setAccessibleName(words)
        lab.show()

    @Slot(object)
    def _on_hub_changed(self, state: DeviceState) -> None:
        self._show(state)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def attach_device_bar(screen: QWidget, hub: DeviceHub, kinds: tuple[str, ...],
                      px: int = 16) -> DeviceStatusBar:
    """Put the device indicators in ``screen``'s header (left of its other header items)."""
    bar = DeviceStatusBar(hub, getattr(screen, "lang", "vi"), px, kinds)
    header = screen.header  # type: ignore[attr-defined]
    header.extra.insertWidget(0, bar)
    return bar
