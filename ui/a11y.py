"""Touch and accessibility rules every screen keeps, and the audit that checks them.

- **Kinetic scrolling** on every list and scroll area (QScroller): a finger drags the content
  and flicks it, as on a phone. On the kiosk and the board a mouse-button drag does it too (a
  touch screen's driver often sends mouse events); on an officer's PC only real touch does, so a
  mouse still selects text and table rows.
- **Targets at least 15 mm** on the kiosk, from the screen's physical DPI (:func:`min_target_px`).
- **Accessible names** on every control (what a screen reader says; also how tests and UI
  automation find them). Qt names a button or a label by its text; an icon-only button, a line
  edit and a list need one set (:func:`audit` finds those that lack one).
- **Press feedback**: every button style has a ``:pressed`` look (ui/theme.py), checked by
  rendering a button up and down.
- **Large text and high contrast** (:func:`set_large_text`): every font on the screen grows by
  a factor and the high-contrast style sheet replaces the normal one; the kiosk leaves the mode
  when the citizen walks away.
- **Pseudo-localisation** (:class:`PseudoTranslator`): every translated string doubled in
  length, to find text that would be clipped in a longer language; :func:`audit` reports
  buttons and labels whose text does not fit.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, QTranslator
from PySide6.QtGui import QAccessible, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScroller,
    QScrollerProperties,
    QTextEdit,
    QWidget,
)

MIN_TARGET_MM = 15.0
_FALLBACK_DPI = 96.0


def physical_dpi(widget: QWidget | None = None) -> float:
    """The screen's physical dots per inch; a value no real screen has (virtual and offscreen
    screens report 0 or nonsense) falls back to 96."""
    screen = widget.screen() if widget is not None else QGuiApplication.primaryScreen()
    dpi = screen.physicalDotsPerInch() if screen is not None else 0.0
    return dpi if 50.0 <= dpi <= 600.0 else _FALLBACK_DPI


def min_target_px(widget: QWidget | None = None, mm: float = MIN_TARGET_MM) -> int:
    """The smallest side, in pixels, of a touch target ``mm`` millimetres wide on this screen."""
    return round(mm * physical_dpi(widget) / 25.4)


# ---------------------------------------------------------------------- kinetic scrolling
def enable_kinetic_scrolling(root: QWidget, *, mouse_drag: bool) -> int:
    """QScroller on every scroll area and list under ``root`` (``root`` included). Returns how
    many were newly set up; calling it again after new widgets appeared is cheap."""
    gesture = (QScroller.ScrollerGestureType.LeftMouseButtonGesture if mouse_drag
               else QScroller.ScrollerGestureType.TouchGesture)
    areas = root.findChildren(QAbstractScrollArea)
    if isinstance(root, QAbstractScrollArea):
        areas.append(root)
    count = 0
    for area in areas:
        if isinstance(area, QLineEdit | QComboBox):
            continue
        viewport = area.viewport()
        if viewport.property("kinetic"):
            continue
        QScroller.grabGesture(viewport, gesture)
        scroller = QScroller.scroller(viewport)
        props = scroller.scrollerProperties()
        # no overshoot past the ends (it reads as a broken list to many people), a quick stop
        props.setScrollMetric(QScrollerProperties.ScrollMetric.OvershootDragResistanceFactor, 0.0)
        props.setScrollMetric(QScrollerProperties.ScrollMetric.OvershootScrollDistanceFactor, 0.0)
        props.setScrollMetric(QScrollerProperties.ScrollMetric.DecelerationFactor, 0.3)
        props.setScrollMetric(QScrollerProperties.ScrollMetric.HorizontalOvershootPolicy,
                              QScrollerProperties.OvershootPolicy.OvershootAlwaysOff)
        props.setScrollMetric(QScrollerProperties.ScrollMetric.VerticalOvershootPolicy,
                              QScrollerProperties.OvershootPolicy.OvershootAlwaysOff)
        scroller.setScrollerProperties(props)
        if isinstance(area, QAbstractItemView):
            # scroll by pixels, or a flick jumps row by row
            area.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
            area.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        viewport.setProperty("kinetic", True)
        count += 1
    return count


def has_kinetic_scrolling(area: QAbstractScrollArea) -> bool:
    return QScroller.hasScroller(area.viewport())


# ---------------------------------------------------------------------- large text, contrast
def set_large_text(root: QWidget, on: bool, factor: float = 1.3) -> None:
    """Every font under ``root`` ``factor`` times larger (or back), remembering each widget's
    own size; widgets made later are scaled when this is called again (the kiosk calls it on
    every page change)."""
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if w.property("fixed_font"):
            continue  # it sizes its own text (a keyboard key)
        base = w.property("base_px")
        font = w.font()
        if base is None:
            if font.pixelSize() <= 0:
                continue
            base = font.pixelSize()
            w.setProperty("base_px", base)
        want = round(int(base) * factor) if on else int(base)
        if font.pixelSize() != want:
            font.setPixelSize(want)
            w.setFont(font)


# ---------------------------------------------------------------------- pseudo-localisation
class PseudoTranslator(QTranslator):
    """Doubles every translated string (``wrapped`` in brackets, to see where a string starts
    and ends): a screen that survives it survives any real language. It sits above the real
    translator, whose text it doubles."""

    def __init__(self, real: QTranslator | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.real = real

    def translate(self, context: str, source: str, disambiguation: str | None = None,  # type: ignore[override]
                  n: int = -1) -> str:
        text = self.real.translate(context, source, disambiguation, n) if self.real else ""
        text = text or source
        if not text.strip():
            return text
        lines = [f"⟦{line} {line}⟧" if line.strip() else line for line in text.split("\n")]
        return "\n".join(lines)

    def isEmpty(self) -> bool:  # noqa: N802 (Qt API)
        return False


# ---------------------------------------------------------------------- the audit
@dataclass(frozen=True)
class Finding:
    kind: str  # no_name | too_small | clipped
    widget: str
    detail: str

    def __str__(self) -> str:
        return f"{self.kind}: {self.widget} — {self.detail}"


CONTROLS = (QAbstractButton, QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractItemView,
            QAbstractSpinBox)


def _is_part(widget: QWidget) -> bool:
    """A piece of a bigger control that the bigger control names (a table's header, a spin
    box's line edit, a scroll bar's buttons)."""
    parent = widget.parentWidget()
    return (isinstance(widget, QHeaderView) or isinstance(parent, QAbstractSpinBox | QComboBox)
            or widget.objectName().startswith("qt_"))


def accessible_name(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.text(QAccessible.Text.Name).strip() if iface is not None else ""


def describe(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, QAbstractButton | QLabel) else ""
    name = widget.objectName()
    parent = widget.parentWidget()
    where = type(parent).__name__ if parent is not None else ""
    return f"{type(widget).__name__}{'#' + name if name else ''} {text[:30]!r} in {where}"


def visible_controls(root: QWidget) -> list[QWidget]:
    return [w for w in root.findChildren(QWidget)
            if isinstance(w, CONTROLS) and not _is_part(w) and w.isVisibleTo(root) and w.width() > 0]


def audit(root: QWidget, *, min_px: int | None = None, names: bool = True,
          clipping: bool = False) -> list[Finding]:
    """Problems on what ``root`` shows now: controls without an accessible name, touch targets
    smaller than ``min_px`` (None: not checked) and, with ``clipping``, text that does not fit
    its button or label."""
    found: list[Finding] = []
    for w in visible_controls(root):
        if names and not accessible_name(w):
            found.append(Finding("no_name", describe(w), "no accessible name"))
        if min_px is not None and isinstance(w, QAbstractButton) and w.focusPolicy() is not None:
            if min(w.width(), w.height()) < min_px:
                found.append(Finding("too_small", describe(w),
                                     f"{w.width()}×{w.height()} px < {min_px} px"))
        if clipping and isinstance(w, QAbstractButton) and w.text():
            if w.sizeHint().width() > w.width() + 1:
                found.append(Finding("clipped", describe(w),
                                     f"needs {w.sizeHint().width()} px, has {w.width()}"))
    if clipping:
        for lab in root.findChildren(QLabel):
            if not lab.isVisibleTo(root) or not lab.text() or lab.width() <= 0:
                continue
            if lab.wordWrap():
                need = lab.heightForWidth(lab.width())
                if need > lab.height() + 1:
                    found.append(Finding("clipped", describe(lab),
                                         f"needs {need} px high, has {lab.height()}"))
            elif lab.sizeHint().width() > lab.width() + 1 and lab.pixmap().isNull():
                found.append(Finding("clipped", describe(lab),
                                     f"needs {lab.sizeHint().width()} px, has {lab.width()}"))
    return found


def process_events(times: int = 3) -> None:
    for _ in range(times):
        QApplication.processEvents()
