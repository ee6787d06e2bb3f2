"""The Qt application shell: bundled font, theme, translations, one role per window."""

from __future__ import annotations

import gc
import logging
import os
import signal
import sys
import threading
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QObject, QTimer, QtMsgType, Slot, qInstallMessageHandler
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QStackedWidget, QTabWidget, QWidget

from kiosk.errors import KioskError
from kiosk.logsetup import set_role
from kiosk.paths import font_path
from kiosk.supervisor import HEARTBEAT_S, GuiStateFile
from kiosk.wiring import AppContext, build_context
from ui.devices_hub import DeviceHub
from ui.i18n import translations
from ui.theme import BASE_PX, QSS, WINDOW_SIZE

log = logging.getLogger(__name__)

FONT_FAMILY = "DejaVu Sans"


def load_fonts() -> str:
    """Register the bundled fonts (never left to the OS) and return the family name."""
    family = FONT_FAMILY
    for bold in (False, True):
        font_id = QFontDatabase.addApplicationFont(str(font_path(bold)))
        if font_id < 0:
            raise RuntimeError(f"cannot load bundled font {font_path(bold)}")
        families = QFontDatabase.applicationFontFamilies(font_id)
        if families:
            family = families[0]
    return family


def _qt_message(mode: QtMsgType, context: object, message: str) -> None:
    """Qt's own warnings go to our log, not to a citizen's screen or an officer's console."""
    if "propagateSizeHints" in message:
        return  # the offscreen platform's note, meaningless to us
    level = logging.DEBUG if mode == QtMsgType.QtDebugMsg else logging.WARNING
    log.log(level, "Qt: %s", message)


class GarbageCollector(QObject):
    """Python's cycle collector runs here, on the GUI thread, every second (as qutebrowser does).

    Left automatic, it runs in whichever thread happens to allocate — the printer monitor, the
    sync, a scanner's reader — and a Qt object it frees there crashes the process (seen: a
    segmentation fault "Garbage-collecting" in the printer monitor's thread).
    """

    def __init__(self, parent: QObject | None = None, interval_ms: int = 1000) -> None:
        super().__init__(parent)
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._timer.start(interval_ms)

    @Slot()
    def _on_timer_timeout(self) -> None:
        threshold = gc.get_threshold()
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > threshold[generation]:
                gc.collect(generation)
                return


_collector: GarbageCollector | None = None


def ensure_app() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    if not app.property("kiosk_ready"):
        family = load_fonts()
        font = QFont(family)
        font.setPixelSize(18)
        app.setFont(font)
        app.setStyleSheet(QSS)
        app.setApplicationName("Kiosk Một cửa")
        app.setProperty("kiosk_ready", True)
        global _collector
        _collector = GarbageCollector(app)
        if "PYTEST_CURRENT_TEST" not in os.environ:  # pytest-qt captures them itself in tests
            qInstallMessageHandler(_qt_message)
    return app


def make_role_widget(role: str, ctx: AppContext, lang: str, counter: int | None = None,
                     hub: DeviceHub | None = None) -> QWidget:
    if role == "kiosk":
        from ui.kiosk.screen import KioskScreen

        widget: QWidget = KioskScreen(ctx, lang)
    elif role == "counter":
        from ui.counter.screen import CounterScreen

        widget = CounterScreen(ctx, counter, lang=lang)
    elif role == "display":
        from ui.display.board import BoardScreen

        widget = BoardScreen(ctx, lang)
    elif role == "technician":
        from ui.technician.screen import TechnicianScreen

        widget = TechnicianScreen(ctx, lang)
    else:
        raise ValueError(role)
    if hub is not None and hasattr(widget, "attach_devices"):
        widget.attach_devices(hub)
    font = widget.font()
    font.setPixelSize(BASE_PX[role])
    widget.setFont(font)
    widget.setWindowTitle(f"Kiosk Một cửa — {role}")
    widget.setProperty("role", role)
    widget.resize(*WINDOW_SIZE[role])
    return widget


def _excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """A bug in a slot is logged; the kiosk stays up for the next citizen."""
    log.critical("unhandled exception in the GUI", exc_info=(kind, exc, tb))


def run_gui(role: str | None = None, lang: str | None = None, counter: int | None = None) -> int:
    app = ensure_app()
    ctx = build_context()
    role = role or ctx.config.role
    set_role(role)
    # who acts before anyone signs in: the citizen at a kiosk, the board, nobody at a counter
    # until an officer signs in, nobody at the technician machine until the technician PIN
    from kiosk.security.access import base_principal

    ctx.access.set_base(base_principal(role))
    lang = lang or ctx.config.language
    translations.set_language(lang)
    sys.excepthook = _excepthook
    if counter is not None and ctx.config.counter_by_number(counter) is None:
        known = ", ".join(str(c.number) for c in ctx.config.counters)
        raise KioskError("unknown_counter", counter=counter, known=known)
    hub = None
    if role != "display":  # scanner, keypad and the printer's state, with their indicators
        hub = DeviceHub(ctx).start(with_scanner=role in ("kiosk", "counter"),
                                   with_keypad=role == "counter")
    widget = make_role_widget(role, ctx, lang, counter, hub)
    if role == "technician":  # its screen opens with the technician PIN, and locks when left
        from kiosk.security.technician import technician_guard
        from ui.lockdown import TechnicianGate

        widget = TechnicianGate(ctx, lang, widget, technician_guard(ctx.config.technician_pin_hash,
                                                                    clock=ctx.queue.clock))
    lock = None
    if role in ("kiosk", "display") and os.environ.get("KIOSK_WINDOWED") != "1":
        # a public screen: no way out for a citizen; a held corner and the technician PIN
        from ui.lockdown import install_lockdown

        lock = install_lockdown(widget, ctx, lang, go_home=getattr(widget, "go_home", None),
                                full_screen=app.platformName() not in ("offscreen", "minimal"))
    if role in ("kiosk", "display") and os.environ.get("KIOSK_WINDOWED") != "1" \
            and app.platformName() not in ("offscreen", "minimal"):
        # without a window manager (a bare kiosk X session) full screen needs the geometry too
        widget.setGeometry(app.primaryScreen().geometry())
        widget.showFullScreen()
    else:
        widget.show()
    quit_on_signals(app)
    state = track_state(ctx, role, widget, app)
    stop = start_sync_thread(ctx)
    watcher = watch_config(ctx, widget)
    monitor = None
    if role != "display":  # the printer's state every few seconds; failed tickets out when it is back
        from kiosk.printing.monitor import PrinterMonitor

        monitor = PrinterMonitor(ctx.desk, lang=lang).start()
    code = app.exec()
    if lock is not None:
        lock.release()
    state.stop()
    watcher.stop()
    if hub is not None:
        hub.stop()
    if monitor is not None:
        monitor.stop()
    ctx.desk.printer.close()
    stop()
    ctx.close()
    return code


def screen_name(widget: QWidget) -> str:
    """``home`` when the role's home screen shows — the first page of its stack (the kiosk's
    home page, the counter's sign-in), the technician's first tab, the board — else the page."""
    stack = getattr(widget, "stack", None)
    if isinstance(stack, QStackedWidget) and stack.count():
        current = stack.currentWidget()
        home = getattr(widget, "home", None)
        at_home = current is home if isinstance(home, QWidget) else stack.currentIndex() == 0
        return "home" if at_home else type(current).__name__
    tabs = getattr(widget, "tabs", None)
    if isinstance(tabs, QTabWidget) and tabs.currentIndex() > 0:
        return f"tab{tabs.currentIndex()}"
    return "home"


def track_state(ctx: AppContext, role: str, widget: QWidget, app: QApplication) -> QTimer:
    """``run/gui.json`` for the watchdog and the support bundle (kiosk/supervisor.py): written
    once the event loop runs and whenever the screen changes, touched every 2 s as the
    heartbeat. A GUI whose supervisor was killed quits (it would come back as a second one)."""
    state = GuiStateFile(ctx.home, role)

    def beat() -> None:
        if state.info.orphaned():
            log.warning("the supervisor of this GUI is gone: quitting")
            app.exit(0)  # not quit(): that asks the windows first, and a locked kiosk says no
            return
        state.update(screen_name(widget))

    timer = QTimer(widget)
    timer.timeout.connect(beat)
    timer.start(int(HEARTBEAT_S * 1000))
    QTimer.singleShot(0, beat)
    return timer


def quit_on_signals(app: QApplication) -> None:
    """SIGTERM (the watchdog stopping the GUI, a shutdown) and SIGINT end the event loop, so the
    GUI closes its devices and database and exits 0. Python runs the handler at the next timer
    (the garbage collector's, every second). ``exit`` rather than ``quit``: Qt's quit() first
    asks every window to close, and the locked-down kiosk refuses, so the GUI would stay up."""
    for name in ("SIGTERM", "SIGINT"):
        signum = getattr(signal, name, None)
        if signum is not None:
            signal.signal(signum, lambda *_: app.exit(0))


def watch_config(ctx: AppContext, widget: QWidget, interval_ms: int = 2000) -> QTimer:
    """Every few seconds: has the configuration changed (sync wrote the center's new file)? The
    screen then shows the new services and names without a restart."""
    def check() -> None:
        if ctx.reload_config():
            if hasattr(widget, "set_language") and hasattr(widget, "lang"):
                widget.set_language(widget.lang)
            elif hasattr(widget, "retranslate"):
                widget.retranslate()

    timer = QTimer(widget)
    timer.timeout.connect(check)
    timer.start(interval_ms)
    return timer


def start_sync_thread(ctx: AppContext) -> Callable[[], None]:
    """When this terminal is enrolled, sync runs beside the screens (never on the GUI thread)."""
    from kiosk.sync.client import SyncClient, load_device

    device = load_device(ctx.home)
    if device is None:
        return lambda: None
    stopping = threading.Event()
    try:
        client = SyncClient(ctx.store, device)
        live = SyncClient(ctx.store, device)  # its own connection: the event stream stays open
    except KioskError as exc:  # plain HTTP refused, CA file gone: work offline, and say why
        from kiosk.sync.client import record_sync_error

        log.error("sync not started: %s", exc)
        record_sync_error(ctx.store, exc.message("en"))
        return lambda: None

    def loop() -> None:
        try:
            client.run_forever(interval=1.0, stop=stopping.is_set)
        finally:
            client.close()

    def listen() -> None:
        try:
            live.listen(stop=stopping.is_set)
        finally:
            live.close()

    threading.Thread(target=loop, name="sync", daemon=True).start()
    threading.Thread(target=listen, name="sync-events", daemon=True).start()
    return stopping.set
