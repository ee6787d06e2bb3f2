"""Keypad presses reach the rating prompt only while it asks; the on-screen buttons rate too."""

from __future__ import annotations

import os
import pty

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLineEdit

from devices.keypad import open_keypad
from devices.keypad.sim import SimulatedKeypad
from kiosk.rating_prompt import RatingPrompt
from ui.keypad_input import KeypadInput, RatingButtons


@pytest.fixture
def inputs(qtbot):
    """Build KeypadInputs; each is stopped (keypad thread joined, filter removed) afterwards."""
    made: list[KeypadInput] = []

    def make(prompt, keypad):
        keypad_input = KeypadInput(prompt, keypad)
        keypad_input.start()
        made.append(keypad_input)
        return keypad_input

    yield make
    for keypad_input in made:
        keypad_input.stop()


def test_sim_presses_reach_the_prompt_only_while_asking(app, qtbot, clock, inputs):
    prompt = RatingPrompt(clock=clock)
    sim = SimulatedKeypad()
    keypad_input = inputs(prompt, sim)
    with qtbot.waitSignal(keypad_input.ignored) as ignored:
        sim.press(3)  # nobody asked
    assert ignored.args == ["no rating is being asked for"]

    keypad_input.ask("T-7", counter=2)
    with qtbot.waitSignal(keypad_input.answered) as answered:
        sim.press(2)
    answer = answered.args[0]
    assert (answer.ticket_id, answer.counter, answer.level, answer.source) == ("T-7", 2, 2, "sim://keypad")

    clock.advance(seconds=5)
    with qtbot.waitSignal(keypad_input.ignored) as ignored:
        sim.press(1)  # one rating per service event
    assert "already answered" in ignored.args[0]
    assert prompt.answer == answer


def test_a_serial_keypad_thread_delivers_through_the_queued_signal(app, qtbot, clock, inputs):
    master, slave = pty.openpty()
    path = os.ttyname(slave)
    os.close(slave)
    try:
        prompt = RatingPrompt(clock=clock)
        keypad = open_keypad(f"serial://{path}?map=31:3,32:2,33:1&reconnect=0.1")
        keypad_input = inputs(prompt, keypad)
        qtbot.waitUntil(lambda: keypad.state == "connected", timeout=5000)
        keypad_input.ask("T-9", counter=5)
        with qtbot.waitSignal(keypad_input.answered, timeout=5000) as answered:
            os.write(master, b"\x00" + b"3")
        assert (answered.args[0].ticket_id, answered.args[0].level) == ("T-9", 1)
    finally:
        os.close(master)
    qtbot.waitUntil(lambda: keypad.state == "disconnected", timeout=5000)


def test_hid_keys_are_ratings_only_while_asking(app, qtbot, clock, inputs):
    prompt = RatingPrompt(clock=clock)
    keypad_input = inputs(prompt, open_keypad("hid?map=KP_1:3,KP_2:2,KP_3:1"))
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_1, Qt.KeyboardModifier.KeypadModifier)
    assert field.text() == "1"  # nothing asked: the key is the officer's

    keypad_input.ask("T-3", counter=1)
    with qtbot.waitSignal(keypad_input.answered) as answered:
        qtbot.keyClick(field, Qt.Key.Key_3, Qt.KeyboardModifier.KeypadModifier)
    assert answered.args[0].level == 1 and answered.args[0].source.startswith("hid")
    assert field.text() == "1"  # swallowed
    qtbot.keyClick(field, Qt.Key.Key_2)  # the main row's 2 is not on the map
    assert field.text() == "12"


def test_a_rating_key_while_asking_does_not_fire_the_counter_shortcut(app, qtbot, clock, inputs):
    prompt = RatingPrompt(clock=clock)
    keypad_input = inputs(prompt, open_keypad("hid?map=F1:3,F2:2,F3:1"))
    field = QLineEdit()
    qtbot.addWidget(field)
    fired: list[str] = []
    shortcut = QShortcut(QKeySequence("F1"), field)
    shortcut.activated.connect(lambda: fired.append("next"))
    field.show()
    field.activateWindow()
    qtbot.waitUntil(field.isActiveWindow)  # shortcuts act on the officer's active window
    qtbot.keyClick(field, Qt.Key.Key_F1)
    assert fired == ["next"]  # not asking: F1 calls the next citizen

    keypad_input.ask("T-4", counter=1)
    with qtbot.waitSignal(keypad_input.answered) as answered:
        qtbot.keyClick(field, Qt.Key.Key_F1)
    assert answered.args[0].level == 3
    assert fired == ["next"]


def test_an_unanswered_question_expires(app, qtbot, clock, inputs):
    prompt = RatingPrompt(clock=clock)
    keypad_input = inputs(prompt, SimulatedKeypad())
    keypad_input.ask("T-5", counter=3, timeout_s=30)
    clock.advance(seconds=31)
    with qtbot.waitSignal(keypad_input.expired, timeout=3000):
        pass
    assert not prompt.asking


def test_rating_buttons_are_big_vietnamese_and_tapping_rates(app, qtbot, clock, inputs):
    buttons = RatingButtons(levels=3, lang="vi")
    qtbot.addWidget(buttons)
    buttons.show()
    assert [b.text() for b in buttons.buttons.values()] == ["Rất hài lòng", "Hài lòng", "Không hài lòng"]
    assert all(b.minimumHeight() >= 120 for b in buttons.buttons.values())
    with qtbot.waitSignal(buttons.rated) as rated:
        qtbot.mouseClick(buttons.buttons[2], Qt.MouseButton.LeftButton)
    assert rated.args == [2]

    prompt = RatingPrompt(clock=clock)
    keypad_input = inputs(prompt, None)
    keypad_input.attach(buttons)
    keypad_input.ask("T-6", counter=4)
    with qtbot.waitSignal(keypad_input.answered) as answered:
        qtbot.mouseClick(buttons.buttons[3], Qt.MouseButton.LeftButton)
    assert (answered.args[0].level, answered.args[0].source) == (3, "screen")

    buttons.set_levels(5, "en")
    assert list(buttons.buttons) == [5, 4, 3, 2, 1]
    assert buttons.buttons[1].text() == "Very dissatisfied"
