"""Scans into the screens: the keyboard-wedge filter and the router.

A keyboard-wedge (HID) scanner is a keyboard that types very fast: a burst of characters a few
milliseconds apart, then Enter. ``ScanFilter`` watches every key the window system delivers and
tells such a burst from a person typing by the time between keys. A scan is swallowed (the
focused field never sees it, so a code does not land in the citizen's name field) and emitted
as one string; typing reaches the field unchanged.

A key cannot be given back once delivered, so the first keys of every burst are held until it is
known what they are: when the next key comes too late (or the short timer sees the pause), the
held keys are re-delivered to the window they were meant for, in order, and the field receives
them as if nothing had happened — a person sees at most ``max_gap`` of delay. With a ``prefix``
configured only bursts that start with it are held, so ordinary typing is never delayed.

The filter looks at key events only where the window system delivers them, to the ``QWindow``.
There each key is seen once (an event propagating from a child widget to its parents would
otherwise be seen again) and keys that our own code sends to a widget (the on-screen keyboard)
are never mistaken for a scanner. Shortcuts are matched by Qt before that point: a scanner never
types the function keys and Ctrl combinations the screens use as shortcuts.

``ScanRouter`` gathers scans from the filter and from serial scanners (whose reader threads call
``submit``; a queued signal carries the text to the GUI thread), classifies them
(``kiosk.scan``) and hands each to the screen that has claimed scans and is showing, wherever
the keyboard focus is: the kiosk's dossier lookup, the counter's intake.
"""

from __future__ import annotations

import logging
import math
import time
import weakref
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

from devices.scanner import Scanner
from kiosk.scan import Scan, classify, normalise

log = logging.getLogger(__name__)

_MODIFIER_KEYS = frozenset({
    Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_AltGr, Qt.Key.Key_Meta,
    Qt.Key.Key_CapsLock, Qt.Key.Key_NumLock, Qt.Key.Key_Super_L, Qt.Key.Key_Super_R,
})
# a scanner's characters come with Shift (capitals) or from the keypad, never with Ctrl or Alt
_TEXT_MODIFIERS = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier


@dataclass
class _Held:
    """A key withheld: what is needed to make the same event again (not the event itself, whose
    C++ object belongs to Qt and is gone once the filter returns; a clone's ownership between
    Qt and Python is murky, and a double free of one crashed the process at exit)."""

    window: QObject
    type: QEvent.Type
    key: int
    modifiers: Qt.KeyboardModifier
    text: str
    autorepeat: bool

    @classmethod
    def of(cls, window: QObject, event: QKeyEvent) -> _Held:
        return cls(window, event.type(), event.key(), event.modifiers(), event.text(), event.isAutoRepeat())

    def event(self) -> QKeyEvent:
        return QKeyEvent(self.type, self.key, self.modifiers, self.text, self.autorepeat)


class ScanFilter(QObject):
    """The keyboard-wedge scanner, as an application-wide event filter.

    Args:
        clock: seconds, monotonic (injectable: tests drive the timing).
        max_gap: the longest pause between two keys of one scan, in seconds.
        min_length: the fewest characters a scan has (prefix not counted).
        suffix_keys: the keys that end a scan (Enter by default; some scanners send Tab).
        prefix: a character the scanner is set to send first; "" for none.

    Signals:
        scanned(str): a scan, normalised; its keys never reached the focused widget.
    """

    scanned = Signal(str)

    def __init__(self, parent: QObject | None = None, *,
                 clock: Callable[[], float] = time.monotonic, max_gap: float = 0.030,
                 min_length: int = 4,
                 suffix_keys: Iterable[Qt.Key] = (Qt.Key.Key_Return, Qt.Key.Key_Enter),
                 prefix: str = "", max_length: int = 4096) -> None:
        super().__init__(parent)
        self.clock = clock
        self.max_gap = max_gap
        self.min_length = min_length
        self.suffix_keys = frozenset(int(k) for k in suffix_keys)
        self.prefix = prefix
        self.max_length = max_length
        self._held: list[_Held] = []
        self._chars: list[str] = []
        self._last = 0.0
        self._replaying = False
        # releases of keys whose press was part of a scan: swallowed when they come
        self._swallow_release: set[int] = set()
        self._app: QCoreApplication | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timer_timeout)

    # ------------------------------------------------------------------ public
    def install(self, app: QCoreApplication) -> None:
        """Watch every key of ``app``."""
        self._app = app
        app.installEventFilter(self)

    def uninstall(self) -> None:
        """Stop watching; held keys are delivered first."""
        self.flush()
        if self._app is not None:
            self._app.removeEventFilter(self)
            self._app = None

    def flush(self) -> None:
        """Deliver the held keys now, to the windows they were meant for, in order."""
        self._timer.stop()
        held, self._held, self._chars = self._held, [], []
        if not held:
            return
        self._replaying = True
        try:
            for item in held:
                if shiboken6.isValid(item.window):
                    QCoreApplication.sendEvent(item.window, item.event())
        finally:
            self._replaying = False

    # ------------------------------------------------------------------ the filter
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        etype = event.type()
        if etype == QEvent.Type.KeyPress or etype == QEvent.Type.KeyRelease:
            if self._replaying or not watched.isWindowType():
                return False
            try:
                if etype == QEvent.Type.KeyPress:
                    return self._on_press(watched, event)  # type: ignore[arg-type]
                return self._on_release(watched, event)  # type: ignore[arg-type]
            except Exception:  # a bug here must not eat the keyboard
                log.exception("scan filter failed; keys delivered as typed")
                self.flush()
                return False
        if etype == QEvent.Type.MouseButtonPress and self._held:
            self.flush()  # keys typed before a click arrive before it
        return False

    def _on_press(self, window: QObject, event: QKeyEvent) -> bool:
        key = event.key()
        if key in _MODIFIER_KEYS:
            return False  # Shift before a capital: harmless to deliver, not part of the timing
        now = self.clock()
        if self._held and now - self._last > self.max_gap:
            self.flush()  # a pause: what was held was typing
        if event.isAutoRepeat():
            self.flush()
            return False
        if key in self.suffix_keys:
            text = self._burst_text()
            if text is None:
                self.flush()
                return False
            self._accept_scan(key)
            self.scanned.emit(text)
            return True
        text = event.text()
        printable = (len(text) == 1 and text.isprintable()
                     and not event.modifiers() & ~_TEXT_MODIFIERS)
        if not printable:
            self.flush()
            return False
        if not self._held and self.prefix and text != self.prefix:
            return False  # with a prefix, typing is never held
        self._held.append(_Held.of(window, event))
        self._chars.append(text)
        self._last = now
        if len(self._chars) > self.max_length:
            self.flush()
        else:
            self._timer.start(math.ceil(self.max_gap * 1000) + 1)
        return True

    def _on_release(self, window: QObject, event: QKeyEvent) -> bool:
        if self._held:  # keep releases in order with the presses they follow
            self._held.append(_Held.of(window, event))
            return True
        key = event.key()
        if key in self._swallow_release and not event.isAutoRepeat():
            self._swallow_release.discard(key)
            return True
        return False

    def _burst_text(self) -> str | None:
        """The scan the held keys make, or None when they are not one."""
        chars = "".join(self._chars)
        if self.prefix:
            if not chars.startswith(self.prefix):
                return None
            chars = chars[len(self.prefix):]
        text = normalise(chars)
        return text if len(chars) >= self.min_length and text else None

    def _accept_scan(self, suffix_key: int) -> None:
        self._timer.stop()
        pressed: set[int] = {suffix_key}
        for item in self._held:
            if item.type == QEvent.Type.KeyPress:
                pressed.add(item.key)
            else:
                pressed.discard(item.key)
        self._swallow_release |= pressed
        self._held, self._chars = [], []

    @Slot()
    def _on_timer_timeout(self) -> None:
        if not self._held:
            return
        left = self.max_gap - (self.clock() - self._last)
        if left < 0:
            self.flush()
        else:
            self._timer.start(math.ceil(left * 1000) + 1)


class ScanRouter(QObject):
    """Every scan, from every scanner, to the screen that wants it.

    A screen calls ``claim(self, handler)``; each scan goes to the most recent claimant that is
    alive and visible (a screen hidden in a stack does not get it), wherever the focus is.
    ``submit`` may be called from any thread.

    Signals:
        scanned(str): every scan, normalised, on the GUI thread.
        unclaimed(object): a ``kiosk.scan.Scan`` no showing screen wanted (say so to the user).
        device_state(str, str): a scanner's URL and its new state (for the technician screen).
    """

    scanned = Signal(str)
    unclaimed = Signal(object)
    device_state = Signal(str, str)
    _arrived = Signal(str)
    _state_arrived = Signal(str, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # queued even from the GUI thread: a scan is handled after the event that produced it
        self._arrived.connect(self._on_self_arrived, Qt.ConnectionType.QueuedConnection)
        self._state_arrived.connect(self.device_state, Qt.ConnectionType.QueuedConnection)
        self._claims: list[tuple[weakref.ref[QWidget], Callable[[Scan], None]]] = []
        self._scanners: list[Scanner] = []

    def submit(self, text: str) -> None:
        """A scan from anywhere (any thread): handled on the router's thread."""
        self._arrived.emit(text)

    def attach_filter(self, scan_filter: ScanFilter) -> None:
        scan_filter.scanned.connect(self.submit)

    def attach_scanner(self, scanner: Scanner) -> None:
        """Start ``scanner`` with its scans and states coming here."""
        url = scanner.url
        self._scanners.append(scanner)
        scanner.start(self.submit, lambda state: self._state_arrived.emit(url, state))

    def stop(self) -> None:
        """Stop the attached scanners (at shutdown)."""
        for scanner in self._scanners:
            scanner.stop()
        self._scanners.clear()

    def claim(self, widget: QWidget, handler: Callable[[Scan], None]) -> None:
        """``widget`` wants scans while it is showing; ``handler`` gets them classified."""
        self.release(widget)
        self._claims.append((weakref.ref(widget), handler))

    def release(self, widget: QWidget) -> None:
        self._claims = [(ref, h) for ref, h in self._claims
                        if ref() is not None and ref() is not widget]

    @Slot(str)
    def _on_self_arrived(self, text: str) -> None:
        text = normalise(text)
        if not text:
            return
        self.scanned.emit(text)
        scan = classify(text)
        for ref, handler in reversed(self._claims):
            widget = ref()
            if widget is None or not shiboken6.isValid(widget) or not widget.isVisible():
                continue
            handler(scan)
            return
        self.unclaimed.emit(scan)
