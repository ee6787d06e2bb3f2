"""Lockdown of a public screen (the kiosk, the board): no way out for a citizen.

- The window is full screen, frameless and kept on top; if something takes it out of full
  screen it goes back.
- Closing it is refused (the window's close button, Alt+F4 when it reaches the application);
  Alt+Tab, Alt+Esc, Ctrl+Esc, the Windows/Super keys, Ctrl+W, Ctrl+Q, F11 and the menu key are
  consumed; so are right clicks and context menus, everywhere in the application.
  A window manager's own shortcuts never reach an application: the kiosk image disables them
  (docs/deployment.md).
- The way in for a technician: hold a finger on the top-left corner for a few seconds; a PIN pad
  opens; the right PIN (salted scrypt, locked for a while after repeated failures, see
  :mod:`kiosk.security.pin`) opens the technician screen above the kiosk. It closes by its own
  button or after a few idle minutes, and the kiosk is locked again, back on its home screen.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QMouseEvent, QTouchEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.errors import KioskError
from kiosk.security.pin import PinGuard
from ui.widgets import button, card, label

if TYPE_CHECKING:
    from kiosk.wiring import AppContext

log = logging.getLogger(__name__)

# keys a citizen could use to leave, switch or close (with any modifier)
BLOCKED_KEYS = {
    Qt.Key.Key_Super_L, Qt.Key.Key_Super_R, Qt.Key.Key_Meta, Qt.Key.Key_Menu, Qt.Key.Key_F11,
    Qt.Key.Key_Hyper_L, Qt.Key.Key_Hyper_R, Qt.Key.Key_Launch0, Qt.Key.Key_Close,
}
_ALT = Qt.KeyboardModifier.AltModifier
_CTRL = Qt.KeyboardModifier.ControlModifier
_META = Qt.KeyboardModifier.MetaModifier


def is_escape_shortcut(event: QKeyEvent) -> bool:
    """A key press that would close, switch or leave the application."""
    key = Qt.Key(event.key())
    mods = event.modifiers()
    if key in BLOCKED_KEYS:
        return True
    if mods & (_ALT | _META):  # Alt+F4, Alt+Tab, Alt+Esc, Super+anything
        return True
    if mods & _CTRL and key in (Qt.Key.Key_Escape, Qt.Key.Key_W, Qt.Key.Key_Q, Qt.Key.Key_F4,
                                Qt.Key.Key_Tab):
        return True
    return False


class PinPad(QFrame):
    """The technician's PIN pad, over the whole window (digits only, the PIN shown as dots).

    Signals:
        unlocked(): the right PIN.
        closed(): cancelled, timed out, or unlocked.
    """

    unlocked = Signal()
    closed = Signal()

    def __init__(self, parent: QWidget, guard: PinGuard, timeout_ms: int = 30_000) -> None:
        super().__init__(parent)
        self.setObjectName("PinOverlay")
        self.setStyleSheet("QFrame#PinOverlay { background: rgba(7, 42, 102, 215); }"
                           "QWidget#PinRow, QWidget#PinKeys { background: transparent; }")
        self.guard = guard
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        box, inner = card()
        box.setMaximumWidth(640)
        self.title = label("", 34, True, "Title")
        self.field = QLineEdit()
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setReadOnly(True)
        self.field.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.field.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.field.setMinimumHeight(90)
        self.message = label("", 24, False, "Muted")
        self.message.setWordWrap(True)
        inner.addWidget(self.title)
        inner.addWidget(self.field)
        inner.addWidget(self.message)
        pad = QWidget()
        pad.setObjectName("PinKeys")
        grid = QGridLayout(pad)
        grid.setSpacing(12)
        self.digits: dict[str, object] = {}
        for i, d in enumerate("123456789"):
            key = self._key(d, lambda d=d: self._type(d))
            grid.addWidget(key, i // 3, i % 3)
        self.backspace = self._key("⌫", self._backspace, "Secondary")
        grid.addWidget(self.backspace, 3, 0)
        grid.addWidget(self._key("0", lambda: self._type("0")), 3, 1)
        self.ok = self._key("", self.submit, "Accent")
        grid.addWidget(self.ok, 3, 2)
        inner.addWidget(pad)
        self.cancel = button("", 26, 90, "Secondary", on_click=self.close_pad)
        self.cancel.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        inner.addWidget(self.cancel)
        row = QWidget()
        row.setObjectName("PinRow")
        h = QHBoxLayout(row)
        h.addStretch(1)
        h.addWidget(box)
        h.addStretch(1)
        outer.addWidget(row)
        outer.addStretch(1)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(timeout_ms)
        self.timer.timeout.connect(self.close_pad)
        self.retranslate()

    def _key(self, text: str, on_click: Callable[[], None], name: str = ""):  # type: ignore[no-untyped-def]
        key = button(text, 40, 110, name, on_click=on_click)
        key.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        key.setMinimumWidth(150)
        if text.isdigit():
            self.digits[text] = key
            key.setAccessibleName(text)
        return key

    def retranslate(self) -> None:
        self.title.setText(self.tr("Technician PIN"))
        self.ok.setText(self.tr("Open"))
        self.cancel.setText(self.tr("Cancel"))
        self.backspace.setAccessibleName(self.tr("Delete the last digit"))
        self.field.setAccessibleName(self.tr("PIN entered"))
        if not self.message.text():
            self.message.setText(self.tr("For technicians only. Citizens: touch Cancel."))

    def open_pad(self) -> None:
        self.field.clear()
        self.message.setText("")
        self.retranslate()
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.show()
        self.raise_()
        self.timer.start()
        minutes = self.guard.locked_minutes()
        if minutes:
            self.message.setText(self.tr("Too many wrong PINs. Try again in %1 minutes.")
                                 .replace("%1", str(minutes)))

    def _type(self, digit: str) -> None:
        self.timer.start()
        if len(self.field.text()) < 12:
            self.field.setText(self.field.text() + digit)

    def _backspace(self) -> None:
        self.timer.start()
        self.field.setText(self.field.text()[:-1])

    def submit(self) -> None:
        self.timer.start()
        pin = self.field.text()
        self.field.clear()
        try:
            self.guard.check(pin)
        except KioskError as exc:
            from ui.i18n import translations

            self.message.setText(exc.message(translations.lang))
            return
        self.unlocked.emit()
        self.close_pad()

    def close_pad(self) -> None:
        self.timer.stop()
        self.field.clear()
        self.hide()
        self.closed.emit()


def technician_acts(ctx: AppContext, action: str = "technician_unlock", subject: str = "") -> None:
    """The technician PIN accepted (the technician acts from now on), or the session locked:
    in the audit trail. A database that refuses the write (a full disk) is logged and does not
    keep the technician out."""
    from kiosk.security.access import TECHNICIAN

    if action == "technician_unlock":
        ctx.access.sign_in(TECHNICIAN)
    try:
        with ctx.store.write() as s:
            ctx.queue.audit.record(s, action, subject, {}, principal=TECHNICIAN)
    except KioskError as exc:
        log.warning("technician %s not recorded in the audit trail: %s", action, exc)


class TechnicianSession(QWidget):
    """The technician screen opened from a locked kiosk, with a bar to go back (or to quit the
    application for maintenance). It closes by itself after ``idle_ms`` without input.

    Signals:
        finished(): the technician went back (or the session timed out).
    """

    finished = Signal()

    def __init__(self, ctx: AppContext, lang: str, idle_ms: int = 5 * 60_000) -> None:
        super().__init__()
        from ui.technician.screen import TechnicianScreen

        self.setObjectName("TechnicianSession")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        bar = QWidget()
        bar.setObjectName("Header")
        row = QHBoxLayout(bar)
        self.caption = label("", 22, True, "HeaderTitle")
        self.back = button("", 20, 64, "Accent", on_click=self.end)
        self.quit = button("", 20, 64, "Danger", on_click=self.quit_app)
        row.addWidget(self.caption, 1)
        row.addWidget(self.back)
        row.addWidget(self.quit)
        layout.addWidget(bar)
        self.ctx = ctx
        self.screen_widget = TechnicianScreen(ctx, lang)
        layout.addWidget(self.screen_widget, 1)
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.setInterval(idle_ms)
        self.idle.timeout.connect(self.end)
        self._ending = False
        self.retranslate()

    def retranslate(self) -> None:
        self.caption.setText(self.tr("Technician mode — the kiosk is paused"))
        self.back.setText(self.tr("Back to the kiosk"))
        self.quit.setText(self.tr("Quit the application"))

    def start(self) -> None:
        """The technician acts on this terminal until the session ends (recorded in the audit)."""
        technician_acts(self.ctx)
        self.idle.start()
        QApplication.instance().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() in (QEvent.Type.MouseButtonPress, QEvent.Type.KeyPress,
                            QEvent.Type.TouchBegin):
            self.idle.start()
        return False

    def end(self) -> None:
        if self._ending:
            return
        self._ending = True
        self.idle.stop()
        QApplication.instance().removeEventFilter(self)
        self.ctx.access.sign_out()
        log.info("technician session ended")
        self.finished.emit()

    def quit_app(self) -> None:
        log.info("technician quit the application")
        self.end()
        QApplication.instance().exit(0)  # a clean exit: the watchdog does not restart it


class Lockdown(QObject):
    """Locks ``window`` down (see the module's description) and owns the technician's way in.

    Args:
        window: The role's top-level widget.
        guard: Checks the technician PIN.
        open_technician: Makes the technician session (None: the corner gesture does nothing).
        full_screen: Full screen, frameless, on top (off for a windowed developer run: the rest
            still applies).
        hold_ms: How long the corner must be held.
        corner_px: The corner's size.

    Signals:
        technician_opened(), technician_closed()
    """

    technician_opened = Signal()
    technician_closed = Signal()

    def __init__(self, window: QWidget, guard: PinGuard,
                 open_technician: Callable[[], TechnicianSession] | None = None, *,
                 full_screen: bool = True, hold_ms: int = 3000, corner_px: int = 90) -> None:
        super().__init__(window)
        self.window = window
        self.guard = guard
        self.open_technician = open_technician
        self.full_screen = full_screen
        self.corner_px = corner_px
        self.session: TechnicianSession | None = None
        self.blocked = 0  # events consumed (for the log and the tests)
        self._allow_close = False
        self.hold = QTimer(self)
        self.hold.setSingleShot(True)
        self.hold.setInterval(hold_ms)
        self.hold.timeout.connect(self.ask_pin)
        self.pad = PinPad(window, guard)
        self.pad.hide()
        self.pad.unlocked.connect(self._on_pad_unlocked)
        if full_screen:
            window.setWindowFlags(window.windowFlags() | Qt.WindowType.FramelessWindowHint
                                  | Qt.WindowType.WindowStaysOnTopHint)
        window.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    # ------------------------------------------------------------------ the filter
    def _in_locked_window(self, watched: QObject) -> bool:
        if not isinstance(watched, QWidget):
            return watched is QApplication.instance()
        top = watched.window()
        return top is self.window

    def _corner(self) -> QRect:
        return QRect(0, 0, self.corner_px, self.corner_px)

    def _window_pos(self, watched: QObject, pos: QPoint) -> QPoint:
        if isinstance(watched, QWidget):
            return watched.mapTo(self.window, pos) if watched is not self.window else pos
        return pos

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        kind = event.type()
        if kind == QEvent.Type.Close and watched is self.window:
            if self._allow_close:
                return False
            assert isinstance(event, QCloseEvent)
            event.ignore()
            self._count("close")
            return True
        if kind in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride, QEvent.Type.KeyRelease):
            assert isinstance(event, QKeyEvent)
            if self.session is None and is_escape_shortcut(event):
                # an accepted ShortcutOverride is what keeps Qt's shortcut map from firing
                event.accept()
                if kind == QEvent.Type.KeyPress:
                    self._count(f"key {event.key():#x} mods {event.modifiers().value:#x}")
                return True
            return False
        if kind == QEvent.Type.ContextMenu and self.session is None:
            self._count("context menu")
            return True
        if kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
                    QEvent.Type.MouseButtonDblClick, QEvent.Type.MouseMove):
            assert isinstance(event, QMouseEvent)
            if (event.button() == Qt.MouseButton.RightButton
                    or event.buttons() & Qt.MouseButton.RightButton) and self.session is None:
                if kind == QEvent.Type.MouseButtonPress:
                    self._count("right click")
                return True
            if self._in_locked_window(watched) and isinstance(watched, QWidget):
                self._track_corner(kind, self._window_pos(watched, event.position().toPoint()))
            return False
        if kind in (QEvent.Type.TouchBegin, QEvent.Type.TouchEnd, QEvent.Type.TouchUpdate,
                    QEvent.Type.TouchCancel):
            assert isinstance(event, QTouchEvent)
            if self._in_locked_window(watched) and isinstance(watched, QWidget) and event.points():
                pos = self._window_pos(watched, event.points()[0].position().toPoint())
                mapped = {QEvent.Type.TouchBegin: QEvent.Type.MouseButtonPress,
                          QEvent.Type.TouchUpdate: QEvent.Type.MouseMove}.get(
                              kind, QEvent.Type.MouseButtonRelease)
                self._track_corner(mapped, pos)
            return False
        if kind == QEvent.Type.WindowStateChange and watched is self.window and self.full_screen:
            if not self.window.isFullScreen() and self.window.isVisible():
                QTimer.singleShot(0, self.window.showFullScreen)
        return False

    def _count(self, what: str) -> None:
        self.blocked += 1
        log.info("lockdown: %s consumed", what)

    def _track_corner(self, kind: QEvent.Type, pos: QPoint) -> None:
        if self.session is not None or self.pad.isVisible():
            return
        in_corner = self._corner().contains(pos)
        if kind == QEvent.Type.MouseButtonPress:
            if in_corner:
                self.hold.start()
            else:
                self.hold.stop()
        elif kind == QEvent.Type.MouseMove:
            if not in_corner:
                self.hold.stop()
        else:
            self.hold.stop()

    # ------------------------------------------------------------------ the way in
    def ask_pin(self) -> None:
        log.info("technician gesture: PIN pad opened")
        self.pad.open_pad()

    def _on_pad_unlocked(self) -> None:
        if self.open_technician is None:
            return
        self.session = self.open_technician()
        self.session.finished.connect(self._on_session_finished)
        if self.full_screen:
            self.session.setWindowFlags(self.session.windowFlags()
                                        | Qt.WindowType.FramelessWindowHint
                                        | Qt.WindowType.WindowStaysOnTopHint)
            self.session.setGeometry(self.window.geometry())
            self.session.showFullScreen()
        else:
            self.session.resize(self.window.size())
            self.session.show()
        self.session.raise_()
        self.session.activateWindow()
        self.session.start()
        log.info("technician session opened")
        self.technician_opened.emit()

    def _on_session_finished(self) -> None:
        session, self.session = self.session, None
        if session is not None:
            session.hide()
            session.deleteLater()
        self.window.raise_()
        self.window.activateWindow()
        self.technician_closed.emit()

    def release(self) -> None:
        """Let the window close (the application is quitting on purpose)."""
        self._allow_close = True


def install_lockdown(window: QWidget, ctx: AppContext, lang: str, *, full_screen: bool = True,
                     go_home: Callable[[], None] | None = None) -> Lockdown:
    """Lock a public screen down; the technician PIN from the terminal's configuration."""
    from kiosk.security.technician import technician_guard

    guard = technician_guard(ctx.config.technician_pin_hash, clock=ctx.queue.clock)

    def open_technician() -> TechnicianSession:
        from ui.i18n import translations

        return TechnicianSession(ctx, translations.lang or lang)

    lock = Lockdown(window, guard, open_technician, full_screen=full_screen)
    if go_home is not None:
        lock.technician_closed.connect(go_home)
    app = QApplication.instance()
    if app is not None:
        app.aboutToQuit.connect(lock.release)
    return lock


class TechnicianGate(QWidget):
    """The technician machine: device settings, reports and the audit open with the technician
    PIN (the same scrypt hash and lockout as the kiosk's corner), and lock again after
    ``idle_ms`` without a press, key or touch. While locked nobody acts on the terminal: the
    services refuse too, not only this screen.

    Signals:
        opened(), locked(): the technician screen was opened or locked again.
    """

    opened = Signal()
    locked = Signal()

    def __init__(self, ctx: AppContext, lang: str, screen: QWidget, guard: PinGuard,
                 idle_ms: int = 10 * 60_000) -> None:
        super().__init__()
        from kiosk.security.access import NOBODY

        self.ctx = ctx
        self.setObjectName("TechnicianGate")
        ctx.access.set_base(NOBODY)
        self.stack = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        cover = QWidget()
        cover_layout = QVBoxLayout(cover)
        box, inner = card()
        box.setMinimumWidth(640)
        box.setMaximumWidth(760)
        self.title = label("", 30, True, "Title")
        self.title.setWordWrap(True)
        self.note = label("", 20, False, "Muted")
        self.note.setWordWrap(True)
        self.open_button = button("", 24, 80, "Accent", on_click=self.ask_pin)
        for w in (self.title, self.note, self.open_button):
            inner.addWidget(w)
        row = QWidget()
        h = QHBoxLayout(row)
        h.addStretch(1)
        h.addWidget(box)
        h.addStretch(1)
        cover_layout.addStretch(1)
        cover_layout.addWidget(row)
        cover_layout.addStretch(1)
        self.cover = cover
        self.screen_widget = screen
        self.stack.addWidget(cover)
        self.stack.addWidget(screen)
        self.pad = PinPad(self, guard)
        self.pad.hide()
        self.pad.unlocked.connect(self.open_screen)
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.setInterval(idle_ms)
        self.idle.timeout.connect(self.lock)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Technician workstation — locked"))
        self.note.setText(self.tr("Devices, settings, reports and the audit trail open with the "
                                  "technician PIN. The screen locks again after 10 minutes without use."))
        self.open_button.setText(self.tr("Unlock with the technician PIN"))
        inner_retranslate = getattr(getattr(self, "screen_widget", None), "retranslate", None)
        if callable(inner_retranslate):
            inner_retranslate()

    def ask_pin(self) -> None:
        self.pad.open_pad()

    def open_screen(self) -> None:
        technician_acts(self.ctx)
        self.stack.setCurrentWidget(self.screen_widget)
        self.idle.start()
        QApplication.instance().installEventFilter(self)
        self.opened.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() in (QEvent.Type.MouseButtonPress, QEvent.Type.KeyPress,
                            QEvent.Type.TouchBegin, QEvent.Type.Wheel):
            self.idle.start()
        return False

    def lock(self) -> None:
        if self.stack.currentWidget() is self.cover:
            return
        self.idle.stop()
        QApplication.instance().removeEventFilter(self)
        technician_acts(self.ctx, "session_locked", "technician")
        self.ctx.access.sign_out()
        self.stack.setCurrentWidget(self.cover)
        self.locked.emit()
