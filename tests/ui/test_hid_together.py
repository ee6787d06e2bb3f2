"""A keyboard-wedge scanner and a keyboard-like rating keypad on one counter PC: both filters on
the application at once, each taking only what is its own."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit

from devices.keypad import open_keypad
from kiosk.rating_prompt import RatingPrompt
from tests.ui.test_scan_filter import HUMAN_GAP, SCANNER_GAP, HandClock, type_text
from ui.keypad_input import KeypadInput
from ui.scan_filter import ScanFilter


def keypad_key(window, seconds: HandClock, digit: str) -> None:
    """A key of the keypad block (KP_1...), as a HID rating keypad sends it."""
    seconds.advance(HUMAN_GAP)
    QTest.sendKeyEvent(QTest.KeyAction.Click, window, Qt.Key(ord(digit)), digit,
                       Qt.KeyboardModifier.KeypadModifier)


def test_scans_and_ratings_each_reach_their_own_filter(app, qtbot):
    seconds = HandClock()
    now = dt.datetime(2026, 11, 24, 2, 0, tzinfo=dt.UTC)
    scan_filter = ScanFilter(clock=seconds)
    scan_filter.install(app)  # the hub installs the scanner's filter first, then the keypad's
    scans: list[str] = []
    scan_filter.scanned.connect(scans.append)
    keypad_input = KeypadInput(RatingPrompt(clock=lambda: now, debounce_s=0.0),
                               open_keypad("hid?map=KP_1:3,KP_2:2,KP_3:1"))
    keypad_input.start()
    ratings: list[int] = []
    keypad_input.answered.connect(lambda answer: ratings.append(answer.level))
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    qtbot.waitExposed(field)
    field.setFocus()
    window = field.windowHandle()
    try:
        keypad_input.ask("T-1", counter=1)
        type_text(window, seconds, "MAU01-261128-0001\n", SCANNER_GAP)  # a receipt scanned
        assert scans == ["MAU01-261128-0001"] and ratings == []
        keypad_key(window, seconds, "3")  # the citizen presses "Không hài lòng"
        assert ratings == [1] and scans == ["MAU01-261128-0001"]
        keypad_input.ask("T-2", counter=1)
        type_text(window, seconds, "079190001234\n", SCANNER_GAP)  # digits from a scanner: a scan
        assert scans[-1] == "079190001234" and ratings == [1]
        keypad_key(window, seconds, "1")
        assert ratings == [1, 3]
        qtbot.wait(60)
        assert field.text() == ""  # neither a scan nor a rating reached the officer's field
        # nothing asked: the officer's own keys, slow, are the officer's
        keypad_key(window, seconds, "2")
        seconds.advance(HUMAN_GAP)
        QTest.sendKeyEvent(QTest.KeyAction.Click, window, Qt.Key.Key_A, "a", Qt.KeyboardModifier.NoModifier)
        seconds.advance(HUMAN_GAP)  # the pause after the last key: what was held was typing
        qtbot.waitUntil(lambda: field.text() == "2a", timeout=2000)
        assert ratings == [1, 3] and len(scans) == 2
    finally:
        keypad_input.stop()
        scan_filter.uninstall()
        scan_filter.deleteLater()
