"""Rating keypads into the rating prompt: the Qt side of ``devices.keypad``.

:class:`KeypadInput` takes presses from any keypad (a serial keypad calls from its reader thread:
a queued signal brings the level to the GUI thread) and from a HID keypad's keys (an application
event filter, active only while the prompt asks, so the officer's keys and F-shortcuts work the
rest of the time), and offers them to a :class:`kiosk.rating_prompt.RatingPrompt`.
:class:`RatingButtons` is the on-screen fallback: big touch buttons, one per level.

The labels come from :func:`kiosk.rating_prompt.levels_labels` (the domain's wording, in the
screen's language), not from ``tr()``.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QHBoxLayout, QPushButton, QWidget

from devices.keypad import HidKeypad, Keypad
from devices.keypad.factory import normalize_key_name
from kiosk.rating_prompt import RatingAnswer, RatingPrompt, RatingQuestion, levels_labels
from ui.widgets import button, clear_layout

SCREEN_SOURCE = "screen"


def qt_key_name(event: QKeyEvent) -> str:
    """The name a HID map uses for a key: Qt's name in upper case, ``KP_`` on the numeric pad."""
    name = normalize_key_name(QKeySequence(event.key()).toString())
    if event.modifiers() & Qt.KeyboardModifier.KeypadModifier:
        return "KP_" + name
    return name


class KeypadInput(QObject):
    """Presses from a keypad (and the on-screen buttons) to a rating prompt.

    Signals:
        answered(object): the prompt took a :class:`RatingAnswer`; store it.
        ignored(str): a press the prompt refused, with the reason (for the log and technicians).
        expired(): the question closed without an answer.
        device_state_changed(str): the keypad's state (connected, disconnected...).
    """

    answered = Signal(object)
    ignored = Signal(str)
    expired = Signal()
    device_state_changed = Signal(str)
    # emitted from the keypad's own thread; queued to ours
    _keypad_pressed = Signal(int)
    _keypad_state = Signal(str)

    _KEY_EVENTS = (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride)

    def __init__(self, prompt: RatingPrompt, keypad: Keypad | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.prompt = prompt
        self.keypad = keypad
        self._filtering = False
        self._keypad_pressed.connect(self._on_keypad_pressed, Qt.ConnectionType.QueuedConnection)
        self._keypad_state.connect(self._on_keypad_state, Qt.ConnectionType.QueuedConnection)
        self._expiry = QTimer(self)
        self._expiry.setInterval(500)
        self._expiry.timeout.connect(self._on_expiry_timeout)

    def start(self) -> None:
        if self.keypad is not None:
            self.keypad.start(self._keypad_pressed.emit, self._keypad_state.emit)
        app = QApplication.instance()
        if isinstance(self.keypad, HidKeypad) and app is not None and not self._filtering:
            app.installEventFilter(self)
            self._filtering = True

    def stop(self) -> None:
        """Stop the keypad (joins its thread); call before this object goes away."""
        self._expiry.stop()
        if self.keypad is not None:
            self.keypad.stop()
        app = QApplication.instance()
        if self._filtering and app is not None:
            app.removeEventFilter(self)
        self._filtering = False

    def ask(self, ticket_id: str, counter: int, levels: int = 3,
            timeout_s: float = 30.0) -> RatingQuestion:
        """Open the question (after the officer finished ``ticket_id``) and watch its timeout."""
        question = self.prompt.ask(ticket_id, counter, levels, timeout_s)
        self._expiry.start()
        return question

    def offer(self, level: int, source: str) -> RatingAnswer | None:
        answer = self.prompt.offer(level, source)
        if answer is None:
            self.ignored.emit(self.prompt.last_ignored or "")
        else:
            self._expiry.stop()
            self.answered.emit(answer)
        return answer

    def attach(self, buttons: RatingButtons) -> None:
        """Taps on the on-screen buttons count like keypad presses (source ``screen``)."""
        buttons.rated.connect(self._on_buttons_rated)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        keypad = self.keypad
        if (event.type() not in self._KEY_EVENTS or not isinstance(event, QKeyEvent)
                or not isinstance(keypad, HidKeypad)):
            return False
        name = qt_key_name(event)
        if keypad.level_for(name) is None or not self.prompt.asking:
            return False  # not a rating key, or nothing asked: the key is the officer's
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()  # a rating key while asking: no shortcut fires, the KeyPress follows
            return True
        if not event.isAutoRepeat():
            keypad.feed_key(name)  # -> _keypad_pressed, queued
        return True

    @Slot(int)
    def _on_keypad_pressed(self, level: int) -> None:
        self.offer(level, self.keypad.url if self.keypad is not None else "keypad")

    @Slot(str)
    def _on_keypad_state(self, state: str) -> None:
        self.device_state_changed.emit(state)

    @Slot(int)
    def _on_buttons_rated(self, level: int) -> None:
        self.offer(level, SCREEN_SOURCE)

    @Slot()
    def _on_expiry_timeout(self) -> None:
        if self.prompt.expire():
            self.expired.emit()
        if not self.prompt.asking:
            self._expiry.stop()


class RatingButtons(QWidget):
    """The on-screen fallback: one big touch button per level, best on the left.

    Signals:
        rated(int): the level tapped.
    """

    rated = Signal(int)

    def __init__(self, levels: int = 3, lang: str = "vi", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row = QHBoxLayout(self)
        self.row.setSpacing(24)
        self.buttons: dict[int, QPushButton] = {}
        self.set_levels(levels, lang)

    def set_levels(self, levels: int, lang: str = "vi") -> None:
        clear_layout(self.row)
        self.buttons = {}
        for level, text in levels_labels(levels, lang).items():
            btn = button(text, px=28 if levels == 3 else 24, min_height=140,
                         name=f"Rating{level}", on_click=lambda lv=level: self.rated.emit(lv))
            self.buttons[level] = btn
            self.row.addWidget(btn)
