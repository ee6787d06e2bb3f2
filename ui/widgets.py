"""Shared building blocks: header bar with clock, cards, big buttons, QR pixmaps."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QImage, QPaintEvent, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    QVBoxLayout,
    QWidget,
)

from kiosk.timeutil import to_local, utc_now


def px_font(widget: QWidget, px: int, bold: bool = False) -> None:
    font = widget.font()
    font.setPixelSize(px)
    font.setBold(bold)
    widget.setFont(font)


def label(text: str = "", px: int = 24, bold: bool = False, name: str = "",
          align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft) -> QLabel:
    lab = QLabel(text)
    px_font(lab, px, bold)
    lab.setWordWrap(True)
    # room above the font's ascent for stacked Vietnamese marks (Ẫ, Ấ, Ỗ)
    lab.setContentsMargins(0, max(2, px // 6), 0, 0)
    lab.setAlignment(align | Qt.AlignmentFlag.AlignVCenter)
    if name:
        lab.setObjectName(name)
    return lab


def button(text: str = "", px: int = 28, min_height: int = 120, name: str = "",
           on_click: Callable[[], None] | None = None) -> QPushButton:
    btn = QPushButton(text)
    px_font(btn, px, True)
    btn.setMinimumHeight(min_height)
    btn.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    btn.setCursor(Qt.CursorShape.PointingHandCursor)
    if name:
        btn.setObjectName(name)
    if on_click is not None:
        # clicked(bool) would otherwise land in the callback's first default argument
        btn.clicked.connect(lambda _checked=False: on_click())
    return btn


class TileButton(QPushButton):
    """A push button whose title and line under it wrap (a QPushButton's own text never wraps,
    so a long translation would widen the whole page past the screen). The labels let the
    button's presses through, so it clicks, presses and styles as any button; its accessible
    name is its two lines.
    """

    def __init__(self, px: int = 30, min_height: int = 130, name: str = "",
                 on_click: Callable[[], None] | None = None) -> None:
        super().__init__()
        if name:
            self.setObjectName(name)
        self.setMinimumHeight(min_height)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        box = QVBoxLayout(self)
        box.setContentsMargins(20, 10, 20, 10)
        box.setSpacing(2)
        self.title = label("", px, True, "TileText", Qt.AlignmentFlag.AlignCenter)
        self.detail = label("", px - 4, False, "TileText", Qt.AlignmentFlag.AlignCenter)
        for lab in (self.title, self.detail):
            lab.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            box.addWidget(lab)
        if on_click is not None:
            self.clicked.connect(lambda _checked=False: on_click())

    def set_texts(self, title: str, detail: str = "") -> None:
        self.setText(f"{title}\n{detail}" if detail else title)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt API)
        """The first line is the title, the rest the line under it. The button's own text stays
        what it says (tests, automation) but is not painted."""
        title, _, detail = text.partition("\n")
        self.title.setText(title)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        super().setText(text)
        self.setAccessibleName(f"{title}. {detail}" if detail else title)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        """The button's face only (background, border, pressed look); the labels are the text."""
        painter = QStylePainter(self)
        option = QStyleOptionButton()
        self.initStyleOption(option)
        option.text = ""
        painter.drawControl(QStyle.ControlElement.CE_PushButton, option)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(200, max(self.minimumHeight(), self.layout().sizeHint().height()))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt API)
        return QSize(120, max(self.minimumHeight(), self.layout().minimumSize().height()))

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt API)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt API)
        return max(self.minimumHeight(), self.layout().totalHeightForWidth(width))


def wrap_button(text: str = "", px: int = 28, min_height: int = 120, name: str = "",
                on_click: Callable[[], None] | None = None) -> TileButton:
    """:func:`button` whose text wraps instead of widening the page (any kiosk button whose
    text is a sentence, or may become one in another language)."""
    btn = TileButton(px, min_height, name, on_click)
    btn.title.setContentsMargins(0, 0, 0, 0)
    if text:
        btn.setText(text)
    return btn


def clear_layout(layout: QLayout) -> None:
    """Take every widget out of ``layout`` now (deleteLater alone leaves them visible until the
    event loop runs again)."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget()
        if widget is not None:
            widget.hide()
            widget.setParent(None)
            widget.deleteLater()


def card() -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setObjectName("Card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(28, 24, 28, 24)
    layout.setSpacing(12)
    return frame, layout


def qr_pixmap(data: str, box: int = 8) -> QPixmap:
    import qrcode

    qr = qrcode.QRCode(border=2, box_size=box)
    qr.add_data(data)
    img = qr.make_image().get_image().convert("L")
    qimg = QImage(img.tobytes(), img.width, img.height, img.width, QImage.Format.Format_Grayscale8)
    return QPixmap.fromImage(qimg.copy())


class Header(QWidget):
    """Navy bar: center name on the left, live local clock on the right, room for buttons."""

    def __init__(self, title: str, px: int, clock: Callable[[], dt.datetime] = utc_now) -> None:
        super().__init__()
        self.setObjectName("Header")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._clock = clock
        row = QHBoxLayout(self)
        row.setContentsMargins(32, 18, 32, 18)
        self.title = label(title, px, True, "HeaderTitle")
        self.clock_label = label("", px, True, "HeaderClock", Qt.AlignmentFlag.AlignRight)
        self.clock_label.setWordWrap(False)
        self.extra = QHBoxLayout()
        row.addWidget(self.title, 1)
        row.addLayout(self.extra)
        row.addWidget(self.clock_label)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._tick)
        self._timer.start(1000)
        self._tick()

    def _tick(self) -> None:
        self.clock_label.setText(to_local(self._clock()).strftime("%H:%M  %d/%m/%Y"))


class Retranslatable(QWidget):
    """A screen whose texts are set in ``retranslate()``, called again on a language change."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every visible text with self.tr()."""
