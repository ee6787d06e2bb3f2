"""Rating keypads: maps, the simulator, and the serial keypad on real pseudo-terminals.

The fake keypad is the master side of a pty: whatever it "types" arrives on the slave, which the
driver opens by path with pyserial like a /dev/ttyUSB device. Closing the master is pulling the
plug; a symlink re-pointed to a new pty is the device coming back under another name behind a
stable /dev/serial/by-id path.
"""

from __future__ import annotations

import logging
import os
import pty
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from devices.keypad import (
    CONNECTED,
    DISCONNECTED,
    STOPPED,
    HidKeypad,
    KeypadMapError,
    open_keypad,
    parse_key_map,
    parse_map,
)
from devices.keypad.serial_keypad import SerialKeypad
from devices.keypad.sim import SimulatedKeypad

WAIT_S = 5.0  # generous: a loaded CI machine must not make these flaky


def wait_until(condition: Callable[[], bool], timeout: float = WAIT_S) -> None:
    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise AssertionError("condition not met in time")
        time.sleep(0.01)


class FakeKeypad:
    """A keypad at the far end of a pty: it types bytes, slowly if asked, and can be unplugged."""

    def __init__(self) -> None:
        self.master, slave = pty.openpty()
        self.path = os.ttyname(slave)
        os.close(slave)  # the driver opens it by name, as it would /dev/ttyUSB1
        self.plugged = True

    def type(self, data: bytes, delay_s: float = 0.0) -> None:
        if delay_s:
            for i in range(len(data)):
                os.write(self.master, data[i:i + 1])
                time.sleep(delay_s)
        else:
            os.write(self.master, data)

    def unplug(self) -> None:
        if self.plugged:
            os.close(self.master)
            self.plugged = False


class Recorder:
    """Presses and states as the driver delivers them (from its own thread)."""

    def __init__(self) -> None:
        self.presses: list[int] = []
        self.states: list[str] = []
        self.lock = threading.Lock()

    def press(self, level: int) -> None:
        with self.lock:
            self.presses.append(level)

    def state(self, state: str) -> None:
        with self.lock:
            self.states.append(state)


@pytest.fixture
def fake() -> Iterator[FakeKeypad]:
    keypad = FakeKeypad()
    yield keypad
    keypad.unplug()


@pytest.fixture
def started() -> Iterator[Callable[[str], tuple[SerialKeypad, Recorder]]]:
    """Start keypads by URL; every one is stopped (thread joined) after the test."""
    opened: list[SerialKeypad] = []

    def start(url: str) -> tuple[SerialKeypad, Recorder]:
        keypad = open_keypad(url)
        assert isinstance(keypad, SerialKeypad)
        rec = Recorder()
        keypad.start(rec.press, rec.state)
        opened.append(keypad)
        return keypad, rec

    yield start
    for keypad in opened:
        keypad.stop()


def _url(path: str | Path, extra: str = "") -> str:
    return f"serial://{path}?map=31:3,32:2,33:1&reconnect=0.1{extra}"


# -- maps -----------------------------------------------------------------------------------


def test_parse_map_reads_hex_bytes_to_levels():
    assert parse_map("31:3,32:2,33:1") == {0x31: 3, 0x32: 2, 0x33: 1}
    assert parse_map(" 0x41:5, 42:4,43:3 ,44:2,45:1,46:1") == {
        0x41: 5, 0x42: 4, 0x43: 3, 0x44: 2, 0x45: 1, 0x46: 1}


@pytest.mark.parametrize("text", [
    "", "31:3,32:2", "31:3,32:2,33", "zz:3,32:2,33:1", "131:3,32:2,33:1", "31:3,31:2,33:1",
    "31:3,32:2,33:0", "31:4,32:3,33:2,34:1", "31:x,32:2,33:1", "31:6,32:2,33:1",
])
def test_a_bad_map_is_refused_with_a_sentence_in_both_languages(text):
    with pytest.raises(KeypadMapError) as info:
        parse_map(text)
    message = str(info.value)
    assert "không dùng được" in message and "Invalid rating keypad map" in message
    assert "map=31:3,32:2,33:1" in message  # an example of a good one


def test_key_maps_are_key_names_in_upper_case():
    assert parse_key_map("f1:3,F2:2,kp_3:1") == {"F1": 3, "F2": 2, "KP_3": 1}
    assert parse_key_map("1:3,2:2,3:1") == {"1": 3, "2": 2, "3": 1}
    with pytest.raises(KeypadMapError):
        parse_key_map("F1:3,F 2:2,F3:1")


def test_urls_open_the_right_keypads():
    hid = open_keypad("hid?map=F13:3,F14:2,F15:1")
    assert isinstance(hid, HidKeypad) and hid.key_map == {"F13": 3, "F14": 2, "F15": 1}
    assert isinstance(open_keypad("hid"), HidKeypad)
    sim = open_keypad("sim://keypad?levels=5")
    assert isinstance(sim, SimulatedKeypad) and sim.levels == 5
    serial_keypad = open_keypad("serial:///dev/ttyUSB1?baudrate=9600&map=41:3,42:2,43:1")
    assert isinstance(serial_keypad, SerialKeypad)
    assert (serial_keypad.port, serial_keypad.baudrate, serial_keypad.levels) == ("/dev/ttyUSB1", 9600, 3)
    default = open_keypad("serial:///dev/ttyUSB1")
    assert isinstance(default, SerialKeypad)
    assert default.byte_map == {0x31: 3, 0x32: 2, 0x33: 1}  # '1' (left, smiling) is the best
    with pytest.raises(ValueError, match="unsupported keypad URL"):
        open_keypad("tcp://10.0.0.5:9100")
    with pytest.raises(KeypadMapError):
        open_keypad("serial:///dev/ttyUSB1?map=31:3")


def test_hid_keypad_maps_key_names_and_lets_other_keys_through():
    hid = open_keypad("hid?map=KP_1:3,KP_2:2,KP_3:1")
    assert isinstance(hid, HidKeypad)
    rec = Recorder()
    hid.start(rec.press, rec.state)
    assert hid.state == CONNECTED
    assert hid.feed_key("kp_2") is True
    assert hid.feed_key("F1") is False  # not a rating key: the UI passes it on
    assert rec.presses == [2] and hid.last_raw == b"KP_2"
    hid.stop()
    assert hid.state == STOPPED


def test_simulator_presses_only_while_started_and_plugged():
    sim = SimulatedKeypad(levels=3)
    rec = Recorder()
    assert sim.press(3) is False
    sim.start(rec.press, rec.state)
    assert sim.press(3) is True and sim.last_raw == b"1"
    sim.unplug()
    assert sim.press(2) is False and sim.state == DISCONNECTED
    sim.plug()
    assert sim.press(1) is True
    sim.stop()
    assert rec.presses == [3, 1]
    assert rec.states == [CONNECTED, DISCONNECTED, CONNECTED, STOPPED]


# -- the serial keypad on a pty ---------------------------------------------------------------


def test_a_single_press_arrives_as_its_level(fake, started):
    keypad, rec = started(_url(fake.path))
    wait_until(lambda: keypad.state == CONNECTED)
    fake.type(b"1")
    wait_until(lambda: rec.presses == [3])
    assert keypad.last_raw == b"1"


def test_garbage_is_ignored_logged_and_kept_for_the_technician(fake, started, caplog):
    caplog.set_level(logging.INFO, logger="devices.keypad.serial_keypad")
    keypad, rec = started(_url(fake.path))
    wait_until(lambda: keypad.state == CONNECTED)
    fake.type(b"\x00\xff\x1b[A\x03\x11\r\n")  # noise, an escape sequence, ^C, XON, CR LF
    fake.type(b"2")
    wait_until(lambda: rec.presses == [2])
    assert keypad.last_raw.startswith(b"\x00\xff\x1b[A\x03\x11")
    assert keypad.last_raw.endswith(b"2")
    assert any("unknown byte" in r.getMessage() and "00 ff" in r.getMessage() for r in caplog.records)
    assert keypad.state == CONNECTED


def test_several_presses_in_one_write_all_arrive_in_order(fake, started):
    keypad, rec = started(_url(fake.path))
    wait_until(lambda: keypad.state == CONNECTED)
    fake.type(b"123\xee321" * 20)
    wait_until(lambda: len(rec.presses) >= 120)
    assert rec.presses == [3, 2, 1, 1, 2, 3] * 20


def test_a_slow_link_with_partial_writes(fake, started):
    keypad, rec = started(_url(fake.path, "&baudrate=1200"))
    wait_until(lambda: keypad.state == CONNECTED)
    fake.type(b"3\xfa1", delay_s=0.15)  # a byte at a time, each in a read of its own
    fake.type(b"2")
    wait_until(lambda: len(rec.presses) >= 3)
    assert rec.presses == [1, 3, 2]


def test_unplug_turns_disconnected_and_nothing_crashes(fake, started):
    keypad, rec = started(_url(fake.path))
    wait_until(lambda: keypad.state == CONNECTED)
    fake.type(b"1")
    wait_until(lambda: rec.presses == [3])
    fake.unplug()
    wait_until(lambda: keypad.state == DISCONNECTED)
    assert keypad.last_error  # the reason, for the technician screen
    assert rec.states[:3] == ["connecting", CONNECTED, DISCONNECTED]


def test_replugged_under_a_new_name_behind_a_stable_path_it_reconnects(tmp_path, started):
    first = FakeKeypad()
    stable = tmp_path / "by-id" / "usb-Rating_Keypad_0001-if00"
    stable.parent.mkdir()
    stable.symlink_to(first.path)
    second: FakeKeypad | None = None
    try:
        keypad, rec = started(_url(stable))
        wait_until(lambda: keypad.state == CONNECTED)
        first.type(b"1")
        wait_until(lambda: rec.presses == [3])
        first.unplug()
        wait_until(lambda: keypad.state == DISCONNECTED)
        second = FakeKeypad()  # the device comes back, maybe as another /dev/pts/N
        tmp_link = stable.with_name("new-link")
        tmp_link.symlink_to(second.path)
        os.replace(tmp_link, stable)  # udev re-points the by-id link
        wait_until(lambda: keypad.state == CONNECTED)
        second.type(b"3")
        wait_until(lambda: rec.presses == [3, 1])
        assert rec.states.count(CONNECTED) == 2
    finally:
        first.unplug()
        if second is not None:
            second.unplug()


def test_a_missing_port_is_retried_on_a_timer_not_in_a_busy_loop(tmp_path, started, caplog):
    caplog.set_level(logging.DEBUG, logger="devices.keypad.serial_keypad")

    def attempts() -> list[logging.LogRecord]:
        return [r for r in caplog.records if "cannot open" in r.getMessage()]

    begun = time.monotonic()
    keypad, rec = started(f"serial://{tmp_path / 'no-such-tty'}?reconnect=0.2")
    wait_until(lambda: len(attempts()) >= 4)
    # four attempts need three pauses of 0.2 s, however fast or loaded the machine
    assert time.monotonic() - begun >= 0.55
    assert keypad.state == DISCONNECTED
    assert sum(r.levelno == logging.WARNING for r in attempts()) == 1  # said once, not every time
    begun = time.monotonic()
    keypad.stop()
    assert time.monotonic() - begun < 2.0  # the wait is interruptible
    assert keypad.state == STOPPED


def test_stop_while_connected_ends_the_reader_thread(fake, started):
    keypad, rec = started(_url(fake.path))
    wait_until(lambda: keypad.state == CONNECTED)
    begun = time.monotonic()
    keypad.stop()
    assert time.monotonic() - begun < 2.0
    assert keypad.state == STOPPED
    assert not any(t.name == f"keypad {fake.path}" for t in threading.enumerate())
