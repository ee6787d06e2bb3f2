"""The on-screen keyboard of the kiosk: docked in a page's layout (never a window over it), shown
while a text field of that page has the focus, hidden when none has.

Layouts: Vietnamese QWERTY typing through the Telex or VNI engine (``kiosk.textinput``) with a key
to switch to plain English letters; English QWERTY when the screen is in English; Latin letters
with ``@ . - _`` for e-mail addresses and codes; a number pad for phone and ID numbers. A field
chooses its layout by a property, ``field.setProperty("keyboard", "digits" | "phone" | "latin" |
"text")``, or by its input method hints (``ImhDigitsOnly``, ``ImhDialableCharactersOnly``,
``ImhEmailCharactersOnly``, ``ImhLatinOnly``).

Keys never take the focus and insert text directly (a scanner filter never mistakes them for a
scan); a physical keyboard keeps working. A long press on a vowel (or d) offers its marked forms.
Keys are at least 15 mm square on the screen's physical DPI.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QPoint, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFontMetrics, QGuiApplication, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.textinput import METHODS, Method, Style, accent_variants, apply_key, split_word
from ui.a11y import min_target_px
from ui.theme import GOLD, INK, NAVY, NAVY_DARK
from ui.widgets import label, px_font

TEXT, LATIN, DIGITS, PHONE = "text", "latin", "digits", "phone"
LONG_PRESS_MS = 500
VARIANTS_PER_ROW = 6  # a letter with its six tones

# one entry per key: a character, or a named key in angle brackets
_LETTERS = ("1234567890", "qwertyuiop", "asdfghjkl", ("<shift>", *"zxcvbnm", "<backspace>"))
LAYOUTS: dict[str, tuple[Sequence[str], ...]] = {
    TEXT: (*_LETTERS, ("<mode>", ",", ".", "<space>", "-", "?", "<clear>")),
    LATIN: (*_LETTERS, ("@", ".", "-", "_", "<clear>")),
    DIGITS: ("123", "456", "789", ("<clear>", "0", "<backspace>")),
    PHONE: ("123", "456", "789", ("+", "0", "<backspace>"), ("<clear>",)),
}
_STRETCH = {"space": 6, "mode": 2, "clear": 2, "shift": 2, "backspace": 2}
_ACCENTED = frozenset("aeiouyd")

KEYBOARD_QSS = f"""
QPushButton#Key {{
    background: white; color: {NAVY}; border: 3px solid {NAVY}; border-radius: 12px; padding: 0;
}}
QPushButton#Key:pressed {{ background: {GOLD}; color: {INK}; border-color: {NAVY_DARK}; }}
QPushButton#KeyOn {{
    background: {NAVY}; color: white; border: 3px solid {NAVY}; border-radius: 12px; padding: 0;
}}
QPushButton#KeyOn:pressed {{ background: {GOLD}; color: {INK}; }}
QFrame#AccentPopup {{ background: #dfe5ef; border: 3px solid {NAVY}; border-radius: 16px; }}
"""


def _utf16_len(text: str) -> int:
    """Qt counts positions in UTF-16 units."""
    return len(text.encode("utf-16-le")) // 2


def _before(text: str, position: int) -> str:
    """``text`` up to the Qt cursor ``position``."""
    return text.encode("utf-16-le")[: position * 2].decode("utf-16-le", errors="ignore")


class KeyButton(QPushButton):
    """One key: never takes the focus; with ``long_press``, holding it emits ``held`` and the
    tap that ends the hold types nothing.

    Signals:
        tapped(str): the key was tapped (its ``key``).
        held(object): the key was held down (this button).
    """

    tapped = Signal(str)
    held = Signal(object)

    def __init__(self, key: str, text: str = "", *, long_press: bool = False, px: int = 30) -> None:
        super().__init__(text or key)
        self.key = key
        self.setObjectName("Key")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAutoDefault(False)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        px_font(self, px, True)
        self._base_px = px
        self.setProperty("fixed_font", True)  # its own size: the text is fitted to the key
        self._was_held = False
        self._hold = QTimer(self)
        self._hold.setSingleShot(True)
        self._hold.setInterval(LONG_PRESS_MS)
        self._hold.timeout.connect(self._on_hold_timeout)
        if long_press:
            self.pressed.connect(self._on_self_pressed)
            self.released.connect(self._hold.stop)
        self.clicked.connect(self._on_self_clicked)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt API)
        super().setText(text)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._fit()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        # the text shrinks to the key (a long translation of "Clear" must not widen the row)
        hint = super().sizeHint()
        return QSize(min(hint.width(), max(self.minimumWidth(), 1)), hint.height())

    def _fit(self) -> None:
        """The largest font, up to the key's own size, in which its text fits its width."""
        room = self.width() - 12
        font = self.font()
        px = self._base_px
        font.setPixelSize(px)
        while px > 10 and QFontMetrics(font).horizontalAdvance(self.text()) > room:
            px -= 1
            font.setPixelSize(px)
        if self.font().pixelSize() != px:
            self.setFont(font)

    def set_on(self, on: bool) -> None:
        """Shown as switched on (shift, the mode key)."""
        self.setObjectName("KeyOn" if on else "Key")
        self.style().unpolish(self)
        self.style().polish(self)

    @Slot()
    def _on_self_pressed(self) -> None:
        self._was_held = False
        self._hold.start()

    @Slot()
    def _on_hold_timeout(self) -> None:
        self._was_held = True
        self.held.emit(self)

    @Slot()
    def _on_self_clicked(self) -> None:
        if self._was_held:
            self._was_held = False
            return
        self.tapped.emit(self.key)


class AccentPopup(QFrame):
    """A row (or rows) of marked letters over the held key, inside the window.

    Signals:
        picked(str): a letter was chosen.
    """

    picked = Signal(str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("AccentPopup")
        self.setStyleSheet(KEYBOARD_QSS)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(12, 12, 12, 12)
        self.grid.setSpacing(8)
        self.buttons: dict[str, KeyButton] = {}
        self.close_button: KeyButton | None = None
        self.hide()

    def open(self, variants: Sequence[str], anchor: QWidget, size: int, close_name: str,
             key_name: str) -> None:
        """Show ``variants`` above ``anchor`` (below it when there is no room above)."""
        window = anchor.window()
        if self.parentWidget() is not window:
            self.setParent(window)
        while self.grid.count():
            item = self.grid.takeAt(0)
            if (widget := item.widget()) is not None:
                widget.hide()
                widget.deleteLater()
        self.buttons = {}
        for i, variant in enumerate(variants):
            key = KeyButton(variant)
            key.setFixedSize(size, size)
            key.setAccessibleName(key_name.replace("%1", variant))
            key.tapped.connect(self._on_key_tapped)
            self.buttons[variant] = key
            self.grid.addWidget(key, i // VARIANTS_PER_ROW, i % VARIANTS_PER_ROW)
        self.close_button = KeyButton("", "✕")
        self.close_button.setFixedSize(size, size)
        self.close_button.setAccessibleName(close_name)
        self.close_button.tapped.connect(self._on_close_tapped)
        self.grid.addWidget(self.close_button, 0, VARIANTS_PER_ROW)
        self.adjustSize()
        corner = anchor.mapTo(window, QPoint(0, 0))
        x = corner.x() + anchor.width() // 2 - self.width() // 2
        x = max(0, min(x, window.width() - self.width()))
        y = corner.y() - self.height() - 8
        if y < 0:
            y = corner.y() + anchor.height() + 8
        self.move(x, y)
        self.show()
        self.raise_()

    @Slot(str)
    def _on_key_tapped(self, letter: str) -> None:
        self.hide()
        self.picked.emit(letter)

    @Slot(str)
    def _on_close_tapped(self, _key: str) -> None:
        self.hide()


class OnScreenKeyboard(QWidget):
    """The keyboard for the text fields of a page: add it to the page's layout (at the bottom)
    and ``watch()`` the widgets whose fields it serves.

    Args:
        language: The screen's language, ``"vi"`` (Vietnamese typing) or ``"en"`` (plain letters).
        method: ``"telex"`` or ``"vni"``.
        style: Tone placement, ``"modern"`` (hoà) or ``"old"`` (hòa).

    Signals:
        typed(): a key changed the field's text.
    """

    typed = Signal()

    def __init__(self, *, language: str = "vi", method: Method = "telex", style: Style = "modern",
                 px: int = 30, min_key_height: int = 80, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Keyboard")
        self.setStyleSheet(KEYBOARD_QSS)
        self.language = language
        self.method: Method = method
        self.style_: Style = style
        self.vietnamese = language == "vi"
        self.shifted = False
        self.target: QLineEdit | QPlainTextEdit | None = None
        self.layout_name = TEXT
        self.min_key_height = min_key_height
        self._roots: list[QWidget] = []
        self._waiting_release = False
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 8, 0, 0)
        column.setSpacing(8)
        self.hint = label("", 22, False, "Muted")
        column.addWidget(self.hint)
        self.pads: dict[str, QWidget] = {}
        self.keys: dict[str, dict[str, KeyButton]] = {}
        for name, rows in LAYOUTS.items():
            pad = self._pad(name, rows, px)
            pad.hide()
            self.pads[name] = pad
            column.addWidget(pad)
        self.pads[TEXT].show()
        self.popup = AccentPopup(self)  # moves to the window when it opens: gone with us
        self.popup.picked.connect(self._on_popup_picked)
        self.destroyed.connect(self.popup.deleteLater)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_app_focus_changed)
        self.hide()
        self.retranslate()

    # ------------------------------------------------------------------ building
    def _pad(self, name: str, rows: tuple[Sequence[str], ...], px: int) -> QWidget:
        pad = QWidget()
        grid = QVBoxLayout(pad)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(8)
        keys: dict[str, KeyButton] = {}
        for row in rows:
            line_widget = QWidget()
            line = QHBoxLayout(line_widget)
            line.setContentsMargins(0, 0, 0, 0)
            line.setSpacing(8)
            for entry in row:
                special = entry.startswith("<") and len(entry) > 1
                key_name = entry.strip("<>") if special else entry
                key = KeyButton(key_name, "" if special else entry,
                                long_press=name == TEXT and key_name in _ACCENTED, px=px)
                key.tapped.connect(self._on_key_tapped)
                key.held.connect(self._on_key_held)
                if key_name == "backspace":  # held down, it keeps deleting
                    key.setAutoRepeat(True)
                    key.setAutoRepeatDelay(LONG_PRESS_MS)
                    key.setAutoRepeatInterval(90)
                keys[key_name] = key
                wide = special and name in (TEXT, LATIN)  # a pad's keys are all alike
                line.addWidget(key, _STRETCH.get(key_name, 1) if wide else 1)
            grid.addWidget(line_widget)
        self.keys[name] = keys
        if name in (DIGITS, PHONE):  # a pad, not a keyboard stretched over the width
            holder = QWidget()
            centre = QHBoxLayout(holder)
            centre.setContentsMargins(0, 0, 0, 0)
            centre.addStretch(1)
            centre.addWidget(pad, 3)
            centre.addStretch(1)
            return holder
        return pad

    def key(self, name: str) -> KeyButton:
        """A key of the layout shown: a character (``"a"``, ``"@"``) or ``"shift"``,
        ``"backspace"``, ``"space"``, ``"clear"``, ``"mode"``."""
        return self.keys[self.layout_name][name]

    def all_keys(self) -> list[KeyButton]:
        return [key for keys in self.keys.values() for key in keys.values()]

    def key_size(self) -> int:
        """The smallest side of a key, in pixels: 15 mm on this screen (its physical DPI, or 96
        when it reports nonsense)."""
        return min_target_px(self)

    def _apply_sizes(self) -> None:
        side = self.key_size()
        for key in self.all_keys():
            key.setMinimumSize(side, max(side, self.min_key_height))

    # ------------------------------------------------------------------ settings
    def set_language(self, language: str) -> None:
        """The screen's language: Vietnamese typing for ``"vi"``, plain letters otherwise (a
        choice made with the mode key holds until the language changes)."""
        if language != self.language:
            self.language = language
            self.vietnamese = language == "vi"
            self.retranslate()

    def set_method(self, method: Method) -> None:
        if method not in METHODS:
            raise ValueError(f"unknown input method {method!r}")
        self.method = method
        self.retranslate()

    def watch(self, *roots: QWidget) -> None:
        """Serve the text fields inside ``roots`` (or the fields themselves)."""
        self._roots.extend(roots)
        self._follow(QApplication.focusWidget())

    def layout_for(self, field: QWidget) -> str:
        # (asked only when set: PySide 6.12 on Python 3.11 loses a reference to None each time a
        # call returns nothing)
        named = b"keyboard" in [bytes(n) for n in field.dynamicPropertyNames()]
        kind = field.property("keyboard") if named else None
        if kind in LAYOUTS:
            return str(kind)
        if kind == "email":
            return LATIN
        hints = field.inputMethodHints()
        hint = Qt.InputMethodHint
        if hints & (hint.ImhDigitsOnly | hint.ImhFormattedNumbersOnly):
            return DIGITS
        if hints & hint.ImhDialableCharactersOnly:
            return PHONE
        if hints & (hint.ImhEmailCharactersOnly | hint.ImhUrlCharactersOnly | hint.ImhLatinOnly):
            return LATIN
        return TEXT

    def composing(self) -> bool:
        """Whether letters go through the Vietnamese engine."""
        return self.layout_name == TEXT and self.vietnamese

    # ------------------------------------------------------------------ following the focus
    def _field(self, widget: QWidget | None) -> QLineEdit | QPlainTextEdit | None:
        """The watched text field ``widget`` is (or is part of, as a text edit's viewport)."""
        root = next((r for r in self._roots if widget is not None
                     and (r is widget or r.isAncestorOf(widget))), None)
        while widget is not None and root is not None:
            if isinstance(widget, QLineEdit | QPlainTextEdit):
                return None if widget.isReadOnly() else widget
            widget = None if widget is root else widget.parentWidget()
        return None

    @Slot(QWidget, QWidget)
    def _on_app_focus_changed(self, _old: QWidget | None, now: QWidget | None) -> None:
        self._follow(now)

    def _follow(self, now: QWidget | None) -> None:
        field = self._field(now)
        if field is not None:
            self._attach(field)
            return
        if self.target is None and self.isHidden():
            return
        if QGuiApplication.mouseButtons() != Qt.MouseButton.NoButton:
            # a finger on a button that took the focus: hiding now would move that button
            # from under it; wait until it lifts
            if not self._waiting_release:
                self._waiting_release = True
                QApplication.instance().installEventFilter(self)
            return
        self.dismiss()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if self._waiting_release and event.type() in (QEvent.Type.MouseButtonRelease,
                                                      QEvent.Type.TouchEnd):
            self._waiting_release = False
            QApplication.instance().removeEventFilter(self)
            QTimer.singleShot(0, self, self._on_release_timeout)
        return super().eventFilter(watched, event)

    @Slot()
    def _on_release_timeout(self) -> None:
        self._follow(QApplication.focusWidget())

    def _attach(self, field: QLineEdit | QPlainTextEdit) -> None:
        self.target = field
        self._show_layout(self.layout_for(field))
        if self.isHidden():
            self._apply_sizes()
            self.show()
        QTimer.singleShot(0, self, self._on_shown_timeout)

    def dismiss(self) -> None:
        """Hide the keyboard (no field has the focus)."""
        self.target = None
        self.popup.hide()
        self._set_shift(False)
        self.hide()

    @Slot()
    def _on_shown_timeout(self) -> None:
        """The field stays in sight above the keyboard (inside a scroll area, scrolled to)."""
        field = self.target
        if field is None:
            return
        top = self.window().layout()
        if top is not None:
            top.activate()
        parent = field.parentWidget()
        while parent is not None:
            if isinstance(parent, QScrollArea) and parent.widget() is not None \
                    and parent.widget().isAncestorOf(field):
                parent.ensureWidgetVisible(field, 20, 20)
            parent = parent.parentWidget()

    def _show_layout(self, name: str) -> None:
        if name != self.layout_name:
            self.popup.hide()
            self._set_shift(False)
        for pad_name, pad in self.pads.items():  # hidden first: never two pads' height at once
            if pad_name != name:
                pad.hide()
        self.pads[name].show()
        self.layout_name = name
        self.retranslate()

    # ------------------------------------------------------------------ keys
    @Slot(str)
    def _on_key_tapped(self, key: str) -> None:
        self.popup.hide()
        actions = {"shift": lambda: self._set_shift(not self.shifted), "backspace": self._backspace,
                   "clear": self._clear, "mode": self._toggle_mode, "space": lambda: self._type(" ")}
        action = actions.get(key) if len(key) > 1 else None
        if action is not None:
            action()
        else:
            self._type(key)

    @Slot(object)
    def _on_key_held(self, key: KeyButton) -> None:
        letter = key.key.upper() if self.shifted else key.key
        side = max(self.key_size(), self.min_key_height)
        self.popup.open(accent_variants(letter), key, side, self.tr("Close"), self.tr("Key %1"))

    @Slot(str)
    def _on_popup_picked(self, letter: str) -> None:
        self._set_shift(False)
        self._insert(letter)

    def _type(self, ch: str) -> None:
        if self.target is None:
            return
        if self.shifted and ch.isalpha():
            ch = ch.upper()
            self._set_shift(False)
        if self.composing():
            self._compose(ch)
        else:
            self._insert(ch)

    def _compose(self, key: str) -> None:
        """The word before the cursor, through the engine, back in its place."""
        field = self.target
        if isinstance(field, QLineEdit):
            if field.hasSelectedText():
                field.del_()
            pos = field.cursorPosition()
            _, word = split_word(_before(field.text(), pos))
            new = apply_key(word, key, self.method, self.style_)
            if word:
                field.setSelection(pos - _utf16_len(word), _utf16_len(word))
            field.insert(new)
        elif isinstance(field, QPlainTextEdit):
            cursor = field.textCursor()
            if cursor.hasSelection():
                cursor.removeSelectedText()
            _, word = split_word(_before(cursor.block().text(), cursor.positionInBlock()))
            new = apply_key(word, key, self.method, self.style_)
            pos = cursor.position()
            cursor.setPosition(pos - _utf16_len(word))
            cursor.setPosition(pos, cursor.MoveMode.KeepAnchor)
            cursor.insertText(new)
            field.setTextCursor(cursor)
        self.typed.emit()

    def _insert(self, text: str) -> None:
        field = self.target
        if isinstance(field, QLineEdit):
            field.insert(text)
        elif isinstance(field, QPlainTextEdit):
            field.insertPlainText(text)
        else:
            return
        self.typed.emit()

    def _backspace(self) -> None:
        field = self.target
        if isinstance(field, QLineEdit):
            field.backspace()
        elif isinstance(field, QPlainTextEdit):
            cursor = field.textCursor()
            cursor.deletePreviousChar()
            field.setTextCursor(cursor)
        else:
            return
        self.typed.emit()

    def _clear(self) -> None:
        if self.target is not None:
            self.target.clear()
            self.typed.emit()

    def _toggle_mode(self) -> None:
        self.vietnamese = not self.vietnamese
        self.retranslate()

    def _set_shift(self, on: bool) -> None:
        self.shifted = on
        for keys in self.keys.values():
            for name, key in keys.items():
                if len(name) == 1 and name.isalpha():
                    key.setText(name.upper() if on else name)
            if "shift" in keys:
                keys["shift"].set_on(on)

    # ------------------------------------------------------------------ words
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        names = {
            "shift": ("⇧", self.tr("Capital letter")),
            "backspace": ("⌫", self.tr("Backspace")),
            "space": (self.tr("Space"), self.tr("Space")),
            "clear": (self.tr("Clear"), self.tr("Clear")),
        }
        for keys in self.keys.values():
            for name, key in keys.items():
                if name in names:
                    text, spoken = names[name]
                    key.setText(text)
                    key.setAccessibleName(spoken)
                elif name != "mode":
                    key.setAccessibleName(self.tr("Key %1").replace("%1", name))
            if "mode" in keys:
                mode = keys["mode"]
                mode.setText("VI" if self.vietnamese else "EN")
                mode.set_on(self.vietnamese)
                mode.setAccessibleName(self.tr("Vietnamese typing, touch for English letters")
                                       if self.vietnamese else
                                       self.tr("English letters, touch for Vietnamese typing"))
        if self.shifted:
            self._set_shift(True)
        hints = {
            "telex": self.tr("Marks: aa â, aw ă, ee ê, oo ô, ow ơ, uw ư, dd đ. Tones after the "
                             "letters: s sắc, f huyền, r hỏi, x ngã, j nặng. Or hold a vowel."),
            "vni": self.tr("Marks: 6 â ê ô, 7 ơ ư, 8 ă, 9 đ. Tones after the letters: 1 sắc, "
                           "2 huyền, 3 hỏi, 4 ngã, 5 nặng, 0 none. Or hold a vowel."),
        }
        self.hint.setText(hints[self.method] if self.composing() else "")
        self.hint.setVisible(self.composing())
