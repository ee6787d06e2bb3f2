"""Every screen of every role, walked as a screen reader and a finger would: names, target sizes,
pressed looks, kinetic lists; then again with every string doubled (pseudo-localisation)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QLineEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

pytestmark = pytest.mark.gui


def _pressed_look_differs(button: QAbstractButton) -> bool:
    up = button.grab().toImage()
    button.setDown(True)
    QApplication.processEvents()
    down = button.grab().toImage()
    button.setDown(False)
    return up != down


def test_names_targets_pressed_looks_and_kinetic_lists(app) -> None:  # type: ignore[no-untyped-def]
    from ui.a11y import audit, has_kinetic_scrolling, min_target_px
    from ui.screenshots import sample_context, screen_states

    problems: list[str] = []
    styles: dict[str, QAbstractButton] = {}
    seen = 0
    with sample_context("vi") as ctx:
        for name, window in screen_states(ctx, "vi"):
            seen += 1
            kiosk = name.startswith("kiosk")
            problems += [f"{name}: {f}" for f in audit(window, min_px=min_target_px(window) if kiosk else None)]
            for button in window.findChildren(QAbstractButton):
                if button.isVisibleTo(window) and button.isEnabled():
                    styles.setdefault(f"{type(button).__name__}#{button.objectName()}", button)
            if kiosk:
                for area in window.findChildren(QAbstractScrollArea):
                    if area.isVisibleTo(window) and not isinstance(area, QLineEdit) \
                            and not has_kinetic_scrolling(area):
                        problems.append(f"{name}: {type(area).__name__} scrolls without a finger drag")
            for button in list(styles.values()):
                if button.window() is window and button.isVisibleTo(window) \
                        and button.property("checked_pressed") is None:
                    button.setProperty("checked_pressed", True)
                    if not _pressed_look_differs(button):
                        problems.append(f"{name}: {type(button).__name__}#{button.objectName()} "
                                        f"{button.text()[:30]!r} looks the same when pressed")
    assert seen >= 20
    assert len(styles) >= 6  # default, Secondary, Accent, Tile, LangButton, Danger...
    assert problems == [], "\n".join(problems)


def test_pseudo_localised_kiosk_fits_its_screen(app) -> None:  # type: ignore[no-untyped-def]
    """Every translated string doubled: no kiosk button is clipped and no page asks for more
    width than the kiosk's 1080 px portrait screen."""
    from ui.a11y import PseudoTranslator, audit, describe
    from ui.i18n import translations
    from ui.screenshots import sample_context, screen_states
    from ui.theme import WINDOW_SIZE

    problems: list[str] = []
    with sample_context("vi") as ctx:
        # above the real translator (installed by sample_context): the last one installed wins
        pseudo = PseudoTranslator(translations._translator)
        QCoreApplication.installTranslator(pseudo)
        try:
            for name, window in screen_states(ctx, "vi"):
                if not name.startswith("kiosk") or name == "kiosk-12-large-text":
                    continue  # large text is checked in real languages below
                assert any("⟦" in b.text() for b in window.findChildren(QAbstractButton)), name
                problems += [f"{name}: {f}" for f in audit(window, names=False, clipping=True)]
                page = window.stack.currentWidget()
                need = page.minimumSizeHint().width()
                if need > WINDOW_SIZE["kiosk"][0] - 60:
                    widest = max((w for w in page.findChildren(QWidget) if w.isVisibleTo(page)
                                  and not w.findChildren(QWidget)),
                                 key=lambda w: w.minimumSizeHint().width())
                    problems.append(f"{name}: {type(page).__name__} needs {need} px of width "
                                    f"(widest: {describe(widest)}, {widest.minimumSizeHint().width()} px)")
        finally:
            QCoreApplication.removeTranslator(pseudo)
    assert problems == [], "\n".join(problems)


def test_the_audit_finds_what_it_looks_for(app, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    """The checks above can fail: an unnamed field, a small button and a clipped one."""
    from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

    from ui.a11y import audit

    root = QWidget()
    qtbot.addWidget(root)
    box = QVBoxLayout(root)
    field = QLineEdit()
    small = QPushButton("OK")
    small.setFixedSize(40, 30)
    clipped = QPushButton("a label far too long for the room it has on this screen")
    clipped.setFixedWidth(80)
    for w in (field, small, clipped):
        box.addWidget(w)
    root.show()
    qtbot.waitExposed(root)
    kinds = sorted(f.kind for f in audit(root, min_px=57, clipping=True))
    assert kinds == ["clipped", "clipped", "no_name", "too_small", "too_small"]
    field.setAccessibleName("Họ và tên")
    assert "no_name" not in [f.kind for f in audit(root)]


def test_fifteen_millimetres_from_the_physical_dpi(app) -> None:  # type: ignore[no-untyped-def]
    from ui.a11y import min_target_px, physical_dpi

    dpi = physical_dpi()
    assert 50 <= dpi <= 600
    assert min_target_px(mm=25.4) == round(dpi)
    assert min_target_px() == round(15 * dpi / 25.4)


def test_large_text_high_contrast_and_language_go_back_on_idle(app, ctx, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    from ui.app import make_role_widget
    from ui.theme import HIGH_CONTRAST_QSS, QSS

    screen = make_role_widget("kiosk", ctx, "vi")
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)
    title_px = screen.home.welcome.font().pixelSize()
    qtbot.mouseClick(screen.contrast_button, Qt.MouseButton.LeftButton)
    assert screen.large_text
    assert app.styleSheet() == HIGH_CONTRAST_QSS
    assert screen.home.welcome.font().pixelSize() == round(title_px * 1.3)
    assert screen.contrast_button.accessibleName() == "Chữ thường, màu thường"
    # a page filled later gets the large text too
    screen.show_services()
    tile = next(iter(screen.services.buttons.values()))
    assert tile.title.font().pixelSize() == round(36 * 1.3)
    qtbot.mouseClick(screen.lang_button, Qt.MouseButton.LeftButton)
    assert screen.lang == "en"
    # the citizen walks away: the next one finds the default language and normal text
    screen.idle.timer.setInterval(50)
    screen.idle.arm()
    qtbot.waitUntil(lambda: screen.stack.currentWidget() is screen.home, timeout=3000)
    assert screen.lang == "vi" and not screen.large_text
    assert app.styleSheet() == QSS
    assert screen.home.welcome.font().pixelSize() == title_px


def test_language_switched_on_the_home_page_comes_back_on_idle(app, ctx, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    from ui.app import make_role_widget

    screen = make_role_widget("kiosk", ctx, "vi")
    qtbot.addWidget(screen)
    screen.show()
    screen.idle.timer.setInterval(50)
    qtbot.mouseClick(screen.lang_button, Qt.MouseButton.LeftButton)
    assert screen.lang == "en" and screen.home.welcome.text().startswith("Welcome")
    qtbot.waitUntil(lambda: screen.lang == "vi", timeout=3000)
    assert screen.home.welcome.text().startswith("Chào mừng")

