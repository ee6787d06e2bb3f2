"""The on-screen keyboard: real taps on its keys type Vietnamese into the complaint form through
the Telex (or VNI) engine; it follows the focus, picks its layout from the field, offers marked
letters on a long press, and its keys are big enough for a finger."""

from __future__ import annotations

import unicodedata

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.a11y import min_target_px
from ui.keyboard import DIGITS, LATIN, PHONE, TEXT, OnScreenKeyboard
from ui.kiosk.feedback import FeedbackPage
from ui.kiosk.screen import KioskScreen
from ui.theme import GOLD

NAME = "Nguyễn Thị Hường"
# Telex taps for it: "^" is the shift key, " " the space bar
NAME_TAPS = "^nguyeenx ^thij ^huwowngf"


def tap(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def tap_keys(qtbot, keyboard: OnScreenKeyboard, taps: str) -> None:
    for ch in taps:
        tap(qtbot, keyboard.key({"^": "shift", " ": "space"}.get(ch, ch)))


def feedback_page(qtbot, ctx, lang: str = "vi") -> tuple[KioskScreen, FeedbackPage]:
    screen = KioskScreen(ctx, lang)
    qtbot.addWidget(screen)
    page = FeedbackPage(screen)
    screen.stack.addWidget(page)
    screen.resize(1080, 1920)
    screen.show()
    qtbot.waitUntil(screen.isActiveWindow)
    screen.stack.setCurrentWidget(page)
    page.start()
    return screen, page


def window_with(qtbot, *fields: QWidget, language: str = "vi") -> tuple[QWidget, OnScreenKeyboard]:
    """A plain window: the fields, then the keyboard under them."""
    window = QWidget()
    column = QVBoxLayout(window)
    for field in fields:
        column.addWidget(field)
    keyboard = OnScreenKeyboard(language=language)
    column.addWidget(keyboard)
    keyboard.watch(window)
    qtbot.addWidget(window)
    window.resize(1080, 1400)
    window.show()
    qtbot.waitUntil(window.isActiveWindow)
    return window, keyboard


def on_window(widget: QWidget) -> QRect:
    return QRect(widget.mapTo(widget.window(), QPoint(0, 0)), widget.size())


def test_a_vietnamese_name_typed_by_taps_in_the_complaint_form(app, qtbot, ctx):
    screen, page = feedback_page(qtbot, ctx)
    keyboard = page.keyboard
    assert keyboard.isHidden()  # no text field yet
    tap(qtbot, page.category_buttons["attitude"])
    assert page.text.hasFocus() and keyboard.isVisible() and keyboard.layout_name == TEXT
    changes = []
    keyboard.typed.connect(lambda: changes.append(page.text.toPlainText()))
    tap_keys(qtbot, keyboard, NAME_TAPS)
    text = page.text.toPlainText()
    assert text == NAME and unicodedata.is_normalized("NFC", text)
    assert len(changes) == len(NAME_TAPS.replace("^", "")) and changes[-1] == NAME
    assert not keyboard.shifted  # the shift key works for one letter
    # the field stays in sight: the keyboard is under it, in the page, not over it
    assert keyboard.window() is screen and keyboard.parentWidget() is page
    assert not on_window(page.text).intersects(on_window(keyboard))
    assert on_window(page.text).bottom() < on_window(keyboard).top()
    # a tone typed after moving the cursor back into a word lands on that word
    cursor = page.text.textCursor()
    cursor.setPosition(len("Nguyễn Thị"))
    page.text.setTextCursor(cursor)
    tap(qtbot, keyboard.key("x"))
    assert page.text.toPlainText() == "Nguyễn Thĩ Hường"
    tap(qtbot, keyboard.key("j"))
    assert page.text.toPlainText() == NAME
    tap(qtbot, keyboard.key("backspace"))
    assert page.text.toPlainText() == "Nguyễn Th Hường"
    tap(qtbot, keyboard.key("clear"))
    assert page.text.toPlainText() == ""


def test_telex_fixes_marks_typed_late_and_gives_english_back(app, qtbot):
    field = QLineEdit()
    _, keyboard = window_with(qtbot, field)
    tap(qtbot, field)
    tap_keys(qtbot, keyboard, "dduowngf tiesng text")
    assert field.text() == "đường tiếng text"
    field.setText(unicodedata.normalize("NFD", "Nguyên"))  # a scanner may type decomposed text
    tap(qtbot, keyboard.key("x"))
    assert field.text() == "Nguyễn" and unicodedata.is_normalized("NFC", field.text())
    field.setText("hoa")
    field.setSelection(1, 2)  # a selection is replaced, as on a physical keyboard
    tap(qtbot, keyboard.key("a"))
    assert field.text() == "ha"


def test_a_long_press_on_a_vowel_offers_its_marked_letters(app, qtbot, ctx):
    _, page = feedback_page(qtbot, ctx)
    page.choose_category("other")
    keyboard = page.keyboard
    tap_keys(qtbot, keyboard, "^th")
    key = keyboard.key("a")
    qtbot.mousePress(key, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(keyboard.popup.isVisible, timeout=2000)
    qtbot.mouseRelease(key, Qt.MouseButton.LeftButton)
    assert page.text.toPlainText() == "Th"  # the held key typed nothing
    popup = keyboard.popup
    assert list(popup.buttons) == list("aáàảãạăắằẳẵặâấầẩẫậ")
    assert popup.window() is page.window() and popup.isVisible()
    assert not on_window(popup).intersects(on_window(key))  # above the key, not under the finger
    assert all(b.focusPolicy() == Qt.FocusPolicy.NoFocus for b in popup.buttons.values())
    assert all(b.accessibleName() for b in popup.buttons.values())
    tap(qtbot, popup.buttons["ắ"])
    assert page.text.toPlainText() == "Thắ" and not popup.isVisible()
    tap_keys(qtbot, keyboard, "ng")
    assert page.text.toPlainText() == "Thắng"
    # capitals after shift; the close key takes the row away without typing
    tap(qtbot, keyboard.key("shift"))
    qtbot.mousePress(keyboard.key("d"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    qtbot.mouseRelease(keyboard.key("d"), Qt.MouseButton.LeftButton)
    assert list(popup.buttons) == ["D", "Đ"]
    tap(qtbot, popup.close_button)
    assert not popup.isVisible() and page.text.toPlainText() == "Thắng"
    assert keyboard.shifted  # nothing typed yet: the capital is still to come
    # a quick tap on a vowel just types it
    tap(qtbot, keyboard.key("space"))
    tap(qtbot, keyboard.key("o"))
    assert page.text.toPlainText() == "Thắng O" and not popup.isVisible()


def test_the_contact_fields_get_a_phone_pad_and_latin_letters(app, qtbot, ctx):
    _, page = feedback_page(qtbot, ctx)
    page.choose_category("procedure")
    page.text.setPlainText("Thời gian chờ nộp hồ sơ đất đai quá lâu.")
    tap(qtbot, page.next_button)
    assert page.current() == page.CONTACT
    keyboard = page.keyboard
    tap(qtbot, page.phone)
    assert keyboard.isVisible() and keyboard.layout_name == PHONE
    assert keyboard.pads[PHONE].isVisible() and not keyboard.pads[TEXT].isVisible()
    tap_keys(qtbot, keyboard, "+84987654321")
    assert page.phone.text() == "+84987654321"
    with pytest.raises(KeyError):
        keyboard.key("a")  # no letters on a phone pad
    tap(qtbot, page.email)
    assert keyboard.layout_name == LATIN
    tap_keys(qtbot, keyboard, "nguyen.an@example.vn")
    assert page.email.text() == "nguyen.an@example.vn"  # no Telex in an address: "nguyen" stays
    tap(qtbot, page.dossier)
    assert keyboard.layout_name == LATIN
    # every field stays in sight above the keyboard
    for field in (page.phone, page.email, page.dossier):
        field.setFocus()
        qtbot.waitUntil(lambda f=field: not f.visibleRegion().isEmpty())
        assert on_window(field).bottom() < on_window(keyboard).top()


def test_a_field_chooses_its_layout_by_property_or_hints(app, qtbot):
    by_property, digits, phone, email, free = (QLineEdit() for _ in range(5))
    by_property.setProperty("keyboard", "digits")
    digits.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
    phone.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
    email.setInputMethodHints(Qt.InputMethodHint.ImhEmailCharactersOnly)
    _, keyboard = window_with(qtbot, by_property, digits, phone, email, free)
    for field, layout in ((by_property, DIGITS), (digits, DIGITS), (phone, PHONE), (email, LATIN),
                          (free, TEXT)):
        tap(qtbot, field)
        assert keyboard.layout_name == layout
    tap(qtbot, digits)
    tap_keys(qtbot, keyboard, "0790")
    assert digits.text() == "0790"  # an ID number


def test_the_keyboard_shows_with_a_field_focused_and_hides_without(app, qtbot, ctx):
    field = QLineEdit()
    other = QPushButton("Tiếp tục")
    outside = QLineEdit()  # not in the watched widget
    window = QWidget()
    column = QVBoxLayout(window)
    watched = QWidget()
    QVBoxLayout(watched).addWidget(field)
    keyboard = OnScreenKeyboard()
    for w in (watched, other, outside, keyboard):
        column.addWidget(w)
    keyboard.watch(watched)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(window.isActiveWindow)
    assert keyboard.isVisible() == field.hasFocus()  # the window gives its first field the focus
    outside.setFocus()
    assert keyboard.isHidden()
    tap(qtbot, field)
    assert keyboard.isVisible() and keyboard.target is field
    field.clearFocus()
    assert keyboard.isHidden() and keyboard.target is None
    tap(qtbot, field)
    tap(qtbot, outside)  # (hidden once the finger lifts, see below)
    qtbot.waitUntil(keyboard.isHidden)
    # a button that takes the focus: the keyboard waits for the finger to lift before it goes,
    # so the button does not move from under it
    tap(qtbot, field)
    qtbot.mousePress(other, Qt.MouseButton.LeftButton)
    assert other.hasFocus() and keyboard.isVisible()
    qtbot.mouseRelease(other, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(keyboard.isHidden)
    # keys never take the focus
    tap(qtbot, field)
    tap(qtbot, keyboard.key("a"))
    assert field.hasFocus() and field.text() == "a"


def test_the_complaint_form_hides_the_keyboard_off_its_text_steps(app, qtbot, ctx):
    _, page = feedback_page(qtbot, ctx)
    page.choose_category("facilities")
    assert page.keyboard.isVisible()
    page.text.setPlainText("Phòng chờ thiếu ghế ngồi vào buổi sáng.")
    page.reset()  # Home or the idle timeout: back to the categories
    qtbot.waitUntil(page.keyboard.isHidden)
    page.show_lookup()  # the code lookup keeps its own code keys
    page.code.setFocus()
    assert page.keyboard.isHidden()


def test_a_field_in_a_scroll_area_is_scrolled_into_sight(app, qtbot):
    content = QWidget()
    inner = QVBoxLayout(content)
    filler = QLabel("…")
    filler.setMinimumHeight(1500)
    field = QLineEdit()
    inner.addWidget(filler)
    inner.addWidget(field)
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setWidget(content)
    window, keyboard = window_with(qtbot, area)
    window.resize(1080, 1000)
    field.setFocus()
    qtbot.waitUntil(lambda: not field.visibleRegion().isEmpty())
    assert keyboard.isVisible()
    assert on_window(field).bottom() < on_window(keyboard).top()


def test_english_screens_type_plain_letters_and_the_mode_key_switches(app, qtbot, ctx):
    screen, page = feedback_page(qtbot, ctx, "en")
    page.choose_category("other")
    keyboard = page.keyboard
    assert keyboard.layout_name == TEXT and not keyboard.composing()
    assert keyboard.key("mode").text() == "EN" and keyboard.hint.isHidden()
    tap_keys(qtbot, keyboard, "^nguyeenx was ")
    assert page.text.toPlainText() == "Nguyeenx was "
    tap(qtbot, keyboard.key("mode"))
    assert keyboard.composing() and keyboard.key("mode").text() == "VI"
    assert keyboard.hint.isVisible() and "dd đ" in keyboard.hint.text()
    tap_keys(qtbot, keyboard, "^nguyeenx")
    assert page.text.toPlainText() == "Nguyeenx was Nguyễn"
    page.go_to(page.TEXT)  # the choice holds on the page
    assert keyboard.composing()
    screen.set_language("vi")  # the screen's language sets the typing again
    qtbot.waitUntil(lambda: keyboard.language == "vi")
    assert keyboard.composing() and keyboard.key("mode").text() == "VI"
    screen.set_language("en")
    qtbot.waitUntil(lambda: not keyboard.composing())
    assert keyboard.key("mode").text() == "EN"


def test_vni_typing(app, qtbot, ctx):
    _, page = feedback_page(qtbot, ctx)
    page.choose_category("other")
    keyboard = page.keyboard
    keyboard.set_method("vni")
    assert "9 đ" in keyboard.hint.text()
    tap_keys(qtbot, keyboard, "^nguye6n4 ^thi5 ^hu7o7ng2, pho2ng 2")
    assert page.text.toPlainText() == "Nguyễn Thị Hường, phòng 2"
    with pytest.raises(ValueError):
        keyboard.set_method("qwerty")  # type: ignore[arg-type]


def test_keys_are_big_never_take_focus_show_a_press_and_have_names(app, qtbot):
    field = QLineEdit()
    _, keyboard = window_with(qtbot, field)
    tap(qtbot, field)
    side = keyboard.key_size()
    dpi = keyboard.screen().physicalDotsPerInch()
    assert side == min_target_px(keyboard) == round(15 / 25.4 * (dpi if 50 <= dpi <= 600 else 96))
    assert side >= 56  # 15 mm at 96 DPI or more
    for name in (TEXT, LATIN, DIGITS, PHONE):
        tap(qtbot, field)
        field.setProperty("keyboard", name)
        field.clearFocus()
        tap(qtbot, field)
        QApplication.processEvents()
        for key in keyboard.keys[name].values():
            assert key.width() >= side and key.height() >= side, (name, key.key)
            assert key.focusPolicy() == Qt.FocusPolicy.NoFocus
            assert key.accessibleName(), key.key
    assert keyboard.keys[TEXT]["a"].accessibleName() == keyboard.tr("Key %1").replace("%1", "a")
    assert keyboard.keys[TEXT]["backspace"].accessibleName() == keyboard.tr("Backspace")
    # pressed, a key looks different
    key = keyboard.keys[LATIN]["q"]
    up = key.grab().toImage()
    qtbot.mousePress(key, Qt.MouseButton.LeftButton)
    down = key.grab().toImage()
    qtbot.mouseRelease(key, Qt.MouseButton.LeftButton)
    middle = (8, key.height() // 2)
    assert QColor(up.pixel(*middle)) == QColor("white")
    assert QColor(down.pixel(*middle)) == QColor(GOLD) and not key.isDown()


def test_the_terminal_chooses_vni_in_its_config(app, qtbot, ctx):
    from dataclasses import replace

    ctx.config = replace(ctx.config, input_method="vni")
    _, page = feedback_page(qtbot, ctx)
    page.choose_category("other")
    assert page.keyboard.method == "vni"
    tap_keys(qtbot, page.keyboard, "^ha2 ^no65i")
    assert page.text.toPlainText() == "Hà Nội"


def test_an_unknown_input_method_is_refused_in_the_config(tmp_path):
    from kiosk.config import load_config
    from kiosk.errors import ConfigError
    from kiosk.paths import resources_dir

    text = (resources_dir() / "sample_center.toml").read_text(encoding="utf-8")
    path = tmp_path / "config.toml"
    path.write_text(text.replace('input_method = "telex"', 'input_method = "qwerty"'), encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_config(path)
    assert "terminal.input_method" in err.value.message()
