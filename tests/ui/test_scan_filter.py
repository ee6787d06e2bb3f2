"""The keyboard-wedge filter and the scan router, with real key events through the window system
(QTest on the QWindow, as a keyboard's keys arrive) and a clock the test moves by hand."""

from __future__ import annotations

import os
import pty
import threading
import unicodedata

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QStackedWidget, QVBoxLayout, QWidget

from devices.scanner import open_scanner
from ui.scan_filter import ScanFilter, ScanRouter

SCANNER_GAP = 0.004  # a scanner types a key every few milliseconds
HUMAN_GAP = 0.18  # a fast typist


class HandClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class Form(QWidget):
    """A screen with a text field that has the focus."""

    def __init__(self) -> None:
        super().__init__()
        self.field = QLineEdit(self)
        self.other = QLineEdit(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.field)
        layout.addWidget(self.other)
        self.returns = 0
        self.field.returnPressed.connect(self._count_return)

    def _count_return(self) -> None:
        self.returns += 1


@pytest.fixture
def clock() -> HandClock:  # overrides the queue's clock fixture: seconds, not datetimes
    return HandClock()


@pytest.fixture
def form(app, qtbot) -> Form:
    widget = Form()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.field.setFocus()
    return widget


@pytest.fixture
def make_filter(app, clock):
    made: list[ScanFilter] = []

    def make(**kwargs) -> tuple[ScanFilter, list[str]]:
        scan_filter = ScanFilter(clock=clock, **kwargs)
        scan_filter.install(app)
        got: list[str] = []
        scan_filter.scanned.connect(got.append)
        made.append(scan_filter)
        return scan_filter, got

    yield make
    for scan_filter in made:
        scan_filter.uninstall()
        scan_filter.deleteLater()  # gone with the test, not at interpreter exit after the QApplication


def press(window, clock: HandClock, ch: str, gap: float) -> None:
    """One key as a keyboard delivers it; capitals come with Shift, as a wedge types them."""
    clock.advance(gap)
    if ch == "\n":
        QTest.sendKeyEvent(QTest.KeyAction.Click, window, Qt.Key.Key_Return, "\r",
                           Qt.KeyboardModifier.NoModifier)
        return
    shifted = ch.isupper()
    modifier = Qt.KeyboardModifier.ShiftModifier if shifted else Qt.KeyboardModifier.NoModifier
    if shifted:
        QTest.keyPress(window, Qt.Key.Key_Shift, Qt.KeyboardModifier.ShiftModifier)
    QTest.sendKeyEvent(QTest.KeyAction.Click, window, Qt.Key(ord(ch.upper())), ch, modifier)
    if shifted:
        QTest.keyRelease(window, Qt.Key.Key_Shift, Qt.KeyboardModifier.NoModifier)


def type_text(window, clock: HandClock, text: str, gap: float) -> None:
    for ch in text:
        press(window, clock, ch, gap)


def test_a_scanner_burst_is_a_scan_and_never_reaches_the_field(form, make_filter, clock, qtbot):
    _, got = make_filter()
    type_text(form.windowHandle(), clock, "MAU01-261128-0001\n", SCANNER_GAP)
    assert got == ["MAU01-261128-0001"]
    qtbot.wait(60)  # longer than the gap in real time: nothing held comes out later
    assert form.field.text() == ""
    assert form.returns == 0  # the Enter was the scanner's, too


def test_slow_typing_passes_through_in_order(form, make_filter, clock, qtbot):
    _, got = make_filter()
    type_text(form.windowHandle(), clock, "Nguyen Van A\n", HUMAN_GAP)
    qtbot.waitUntil(lambda: form.returns == 1, timeout=3000)
    assert form.field.text() == "Nguyen Van A"
    assert got == []


def test_a_burst_without_a_suffix_is_given_back_after_the_pause(form, make_filter, clock, qtbot):
    _, got = make_filter()
    type_text(form.windowHandle(), clock, "abcdef", SCANNER_GAP)
    assert form.field.text() == ""  # held: it could still become a scan
    clock.advance(1.0)  # the pause; the filter's timer notices it
    qtbot.waitUntil(lambda: form.field.text() == "abcdef", timeout=3000)
    assert got == []


def test_a_pause_then_more_keys_delivers_the_held_ones_first(form, make_filter, clock):
    _, got = make_filter()
    window = form.windowHandle()
    type_text(window, clock, "ab", SCANNER_GAP)
    type_text(window, clock, "c", HUMAN_GAP)  # the late key releases the held ones, in order
    type_text(window, clock, "d\n", HUMAN_GAP)
    assert form.field.text() == "abcd"
    assert form.returns == 1 and got == []


def test_a_short_burst_is_typing(form, make_filter, clock):
    _, got = make_filter(min_length=4)
    type_text(form.windowHandle(), clock, "12\n", SCANNER_GAP)
    assert form.field.text() == "12"
    assert form.returns == 1 and got == []


def test_a_suffix_that_comes_too_late_is_typing(form, make_filter, clock):
    _, got = make_filter()
    window = form.windowHandle()
    type_text(window, clock, "ABCD1234", SCANNER_GAP)
    press(window, clock, "\n", HUMAN_GAP)
    assert form.field.text() == "ABCD1234"
    assert form.returns == 1 and got == []


def test_typing_then_a_scan_in_the_same_field(form, make_filter, clock, qtbot):
    _, got = make_filter()
    window = form.windowHandle()
    type_text(window, clock, "ho so", HUMAN_GAP)
    clock.advance(1.0)
    type_text(window, clock, "000.00.06.H56-231027-0361\n", SCANNER_GAP)
    clock.advance(1.0)
    type_text(window, clock, "!", HUMAN_GAP)
    clock.advance(1.0)  # the last key is held until the pause shows it was typed
    qtbot.waitUntil(lambda: form.field.text() == "ho so!", timeout=3000)
    assert got == ["000.00.06.H56-231027-0361"]
    assert form.returns == 0


def test_with_a_prefix_typing_is_never_held(form, make_filter, clock, qtbot):
    _, got = make_filter(prefix="]")
    window = form.windowHandle()
    type_text(window, clock, "xyzw", SCANNER_GAP)  # fast, but no prefix: straight through
    assert form.field.text() == "xyzw"
    type_text(window, clock, "]C1234\n", SCANNER_GAP)
    assert got == ["C1234"]
    type_text(window, clock, "]", HUMAN_GAP)  # a person typing the prefix character
    clock.advance(1.0)
    qtbot.waitUntil(lambda: form.field.text() == "xyzw]", timeout=3000)
    assert got == ["C1234"]


def test_a_tab_suffix_and_the_focus_elsewhere(form, make_filter, clock):
    _, got = make_filter(suffix_keys=(Qt.Key.Key_Tab,))
    form.other.setFocus()
    window = form.windowHandle()
    type_text(window, clock, "8935049500988", SCANNER_GAP)
    clock.advance(SCANNER_GAP)
    QTest.keyClick(window, Qt.Key.Key_Tab)
    assert got == ["8935049500988"]
    assert form.other.text() == "" and form.other.hasFocus()  # the Tab did not move the focus


def test_keys_our_code_sends_to_a_widget_are_not_judged(form, make_filter, clock):
    # the on-screen keyboard sends its keys to the widget: they are never a scan
    _, got = make_filter()
    for ch in "1234":
        QTest.keyClick(form.field, Qt.Key(ord(ch)))
    QTest.keyClick(form.field, Qt.Key.Key_Return)
    assert form.field.text() == "1234" and form.returns == 1 and got == []


# --------------------------------------------------------------------------- the router
class Screen(QWidget):
    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name
        self.scans: list = []

    def on_scan(self, scan) -> None:
        self.scans.append(scan)


@pytest.fixture
def screens(app, qtbot):
    stack = QStackedWidget()
    qtbot.addWidget(stack)
    lookup, intake = Screen("lookup"), Screen("intake")
    stack.addWidget(lookup)
    stack.addWidget(intake)
    stack.show()
    qtbot.waitExposed(stack)
    return stack, lookup, intake


def test_the_showing_screen_gets_the_scan_from_another_thread(screens, qtbot):
    stack, lookup, intake = screens
    router = ScanRouter(stack)
    router.claim(lookup, lookup.on_scan)
    router.claim(intake, intake.on_scan)
    stack.setCurrentWidget(lookup)  # the intake screen claimed last but is hidden
    worker = threading.Thread(target=router.submit, args=("MAU01-261128-0001",))
    with qtbot.waitSignal(router.scanned, timeout=3000) as blocker:
        worker.start()
    worker.join()
    assert blocker.args == ["MAU01-261128-0001"]
    assert [s.kind for s in lookup.scans] == ["dossier"] and intake.scans == []

    stack.setCurrentWidget(intake)
    with qtbot.waitSignal(router.scanned, timeout=3000):
        router.submit(unicodedata.normalize("NFD", "079203001234|312345678|Trần Văn Bình|"
                                                   "15072003|Nam|12 Lê Lợi|10052021"))
    assert [s.kind for s in intake.scans] == ["cccd"]
    assert intake.scans[0].cccd.name == "Trần Văn Bình"

    router.release(intake)
    stack.hide()
    with qtbot.waitSignal(router.unclaimed, timeout=3000) as blocker:
        router.submit("8935049500988")
    assert blocker.args[0].kind == "code"
    assert len(lookup.scans) == 1 and len(intake.scans) == 1


def test_the_wedge_scan_reaches_the_screen_whatever_has_the_focus(form, screens, make_filter,
                                                                   clock, qtbot):
    stack, lookup, _ = screens
    scan_filter, _ = make_filter()
    router = ScanRouter(stack)
    router.attach_filter(scan_filter)
    router.claim(lookup, lookup.on_scan)
    form.field.setFocus()
    type_text(form.windowHandle(), clock, "MAU01-261128-0002\n", SCANNER_GAP)
    qtbot.waitUntil(lambda: len(lookup.scans) == 1, timeout=3000)
    assert lookup.scans[0].dossier.sequence == 2
    assert form.field.text() == ""


def test_a_serial_scanner_on_a_pty_through_the_router(screens, qtbot):
    stack, lookup, _ = screens
    master, slave = pty.openpty()
    path = os.ttyname(slave)
    os.close(slave)
    router = ScanRouter(stack)
    router.claim(lookup, lookup.on_scan)
    states: list[tuple[str, str]] = []
    router.device_state.connect(lambda url, state: states.append((url, state)))
    url = f"serial://{path}?suffix=%0D&reconnect=0.05"
    router.attach_scanner(open_scanner(url))
    try:
        qtbot.waitUntil(lambda: (url, "connected") in states, timeout=3000)
        os.write(master, b"MOTCUA:T:MAU-01:2026-11-24:A015:0193c8a2-7d4e-7b21-9f00-5a1b2c3d4e5f\r")
        qtbot.waitUntil(lambda: len(lookup.scans) == 1, timeout=3000)
        assert lookup.scans[0].kind == "ticket" and lookup.scans[0].ticket.number == "A015"
        os.close(master)
        master = -1
        qtbot.waitUntil(lambda: (url, "disconnected") in states, timeout=3000)
    finally:
        router.stop()
        if master >= 0:
            os.close(master)


def test_the_simulated_scanner_through_the_router(screens, qtbot):
    stack, lookup, _ = screens
    router = ScanRouter(stack)
    router.claim(lookup, lookup.on_scan)
    scanner = open_scanner("sim://scanner")
    router.attach_scanner(scanner)
    scanner.feed("MAU01-261128-0003")
    qtbot.waitUntil(lambda: len(lookup.scans) == 1, timeout=3000)
    assert lookup.scans[0].kind == "dossier"
    router.stop()
