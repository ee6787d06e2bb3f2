"""Touch pieces shared by the kiosk's lookup pages: on-screen keys, tappable rows that wrap, a
page with Back and Home at the bottom."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QScrollArea,
    QScroller,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.catalog import Catalog
from ui.theme import GOLD, INK
from ui.widgets import Retranslatable, button, label

if TYPE_CHECKING:
    from ui.kiosk.screen import KioskScreen

SCROLLBAR_QSS = """
QScrollBar:vertical { width: 28px; background: #dfe5ef; border-radius: 14px; margin: 0 0 0 8px; }
QScrollBar::handle:vertical { background: #0b3d91; border-radius: 10px; min-height: 80px; }
QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical { height: 0; }
QScrollBar::add-page:vertical, QScrollBar::sub-page:vertical { background: none; }
"""


# a key shows it is pressed (the theme's Secondary look has no pressed state of its own)
KEYS_QSS = f"QPushButton#Secondary:pressed {{ background: {GOLD}; color: {INK}; }}"


class TouchKeys(QWidget):
    """A small key pad for one line edit (codes: digits and a few letters); free text uses the
    full keyboard of ``ui.keyboard``. Keys insert text directly (no key events), so a scanner
    filter never mistakes them for a scan, and never take the focus from the field; a physical
    keyboard keeps working too.

    Args:
        target: The field the keys type into.
        rows: One string per row, one key per character.
        lower: Insert letters in lower case (the key shows the capital).
        space: Add a wide space bar.
    """

    def __init__(self, target: QLineEdit, rows: Sequence[str], *, lower: bool = False,
                 space: bool = False, px: int = 30, key_height: int = 84) -> None:
        super().__init__()
        self.target = target
        self.setStyleSheet(KEYS_QSS)
        grid = QVBoxLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(10)
        self.keys: dict[str, QWidget] = {}
        for row in rows:
            line = QHBoxLayout()
            line.setSpacing(10)
            for ch in row:
                text = ch.lower() if lower else ch
                key = button(ch, px, key_height, "Secondary", on_click=lambda s=text: self._type(s))
                key.setMinimumWidth(60)
                self.keys[ch] = key
                line.addWidget(key)
            grid.addLayout(line)
        last = QHBoxLayout()
        last.setSpacing(10)
        self.space = button("", px, key_height, "Secondary", on_click=lambda: self._type(" "))
        self.space.setVisible(space)
        self.backspace = button("⌫", px, key_height, "Secondary", on_click=self._on_backspace)
        self.clear = button("", px, key_height, "Secondary", on_click=self._on_clear)
        last.addWidget(self.space, 3)
        last.addWidget(self.backspace, 1)
        last.addWidget(self.clear, 1)
        grid.addLayout(last)
        for key in (*self.keys.values(), self.space, self.backspace, self.clear):
            key.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def set_texts(self, space: str, clear: str) -> None:
        self.space.setText(space)
        self.clear.setText(clear)

    def _type(self, text: str) -> None:
        self.target.insert(text)

    def _on_backspace(self) -> None:
        self.target.backspace()

    def _on_clear(self) -> None:
        self.target.clear()


class ChoiceRow(QFrame):
    """A tappable card with a title and a line under it that both wrap (a push button's text
    does not, and procedure names run to two hundred characters).

    Signals:
        clicked(): the row was tapped.
    """

    clicked = Signal()

    def __init__(self, title: str, detail: str = "", px: int = 30) -> None:
        super().__init__()
        self.setObjectName("Card")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setMinimumHeight(110)
        box = QVBoxLayout(self)
        box.setContentsMargins(28, 14, 28, 18)
        box.setSpacing(4)
        self.title = label(title, px, True, "Title")
        self.detail = label(detail, px - 6, False, "Muted")
        self.detail.setVisible(bool(detail))
        for lab in (self.title, self.detail):
            lab.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            box.addWidget(lab)
        self.setAccessibleName(title)  # a screen reader reads the row as its title
        self.setAccessibleDescription(detail)

    def _set_pressed(self, pressed: bool) -> None:
        """The pressed look (ui/theme.py: QFrame#Card[pressed="true"]), as a button has."""
        self.setProperty("pressed", pressed)
        self.style().unpolish(self)
        self.style().polish(self)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        if event.button() == Qt.MouseButton.LeftButton:
            self._set_pressed(True)
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt API)
        self._set_pressed(False)
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.clicked.emit()
        super().mouseReleaseEvent(event)


def scroller(content: QWidget) -> QScrollArea:
    """``content`` in a vertical scroll area a finger can drag (kinetic on a touch screen), with a
    scroll bar wide enough to hold."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setStyleSheet(SCROLLBAR_QSS)
    # it takes the room left over; its content never makes the page (or the window) taller
    area.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
    area.setWidget(content)
    QScroller.grabGesture(area.viewport(), QScroller.ScrollerGestureType.TouchGesture)
    return area


def stacked(*lines: tuple[str, int, bool, str]) -> QWidget:
    """Lines that belong together (a caption and its value) close to each other, as one widget
    (``clear_layout`` takes widgets out, not nested layouts); empty lines are left out.

    Args:
        lines: (text, pixel size, bold, object name) each.
    """
    box = QWidget()
    box.setObjectName("Row")  # transparent on a card
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    for text, px, bold, name in lines:
        if text:
            column.addWidget(label(text, px, bold, name))
    return box


def group_thousands(amount: int, lang: str) -> str:
    """``50000`` → ``"50.000"`` (Vietnamese) or ``"50,000"`` (English)."""
    grouped = f"{amount:,}"
    return grouped if lang == "en" else grouped.replace(",", ".")


class TouchPage(Retranslatable):
    """A kiosk page (same margins as the others) with Back and Home at the bottom."""

    def __init__(self, screen: KioskScreen, on_back: Callable[[], None]) -> None:
        super().__init__()
        self.owner = screen
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(48, 40, 48, 40)
        self.column.setSpacing(20)
        self.nav = QHBoxLayout()
        self.nav.setSpacing(24)
        self.back = button("", 30, 120, "Secondary", on_click=on_back)
        self.home_button = button("", 30, 120, "Secondary", on_click=screen.go_home)
        self.nav.addWidget(self.back)
        self.nav.addWidget(self.home_button)

    def set_nav_texts(self, back: str, home: str) -> None:
        """Each page passes its own ``self.tr()`` of them (the translation context is the class)."""
        self.back.setText(back)
        self.home_button.setText(home)

    @property
    def lang(self) -> str:
        return self.owner.lang

    def catalog(self) -> Catalog:
        return self.owner.ctx.dossiers.catalog  # type: ignore[return-value]
