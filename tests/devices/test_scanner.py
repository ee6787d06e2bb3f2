"""Serial scanners on real pseudo-terminals: the test holds the master end and types like a
scanner would (frames in pieces, several at once, noise, a pulled cable); the driver under test
opens the slave end by path, exactly as it opens /dev/ttyACM0."""

from __future__ import annotations

import logging
import os
import pty
import threading
import time
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from devices.scanner import HidScanner, open_scanner
from devices.scanner.serial_scanner import SerialScanner
from devices.scanner.sim import SimulatedScanner

TIMEOUT = 5.0  # generous: a loaded CI machine; a passing test takes milliseconds


def wait_for(condition: Callable[[], bool], what: str, timeout: float = TIMEOUT) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.005)


class FakeScanner:
    """The device end of a pseudo-terminal. Only the driver keeps the slave open, as with a real
    serial device; closing the master is pulling the cable."""

    def __init__(self) -> None:
        self.master, slave = pty.openpty()
        self.path = os.ttyname(slave)
        os.close(slave)

    def type(self, data: bytes) -> None:
        os.write(self.master, data)

    def unplug(self) -> None:
        if self.master >= 0:
            os.close(self.master)
            self.master = -1


class Scans:
    """What the driver delivered, from its reader thread."""

    def __init__(self) -> None:
        self.items: list[str] = []
        self.states: list[str] = []
        self.lock = threading.Lock()

    def on_scan(self, text: str) -> None:
        with self.lock:
            self.items.append(text)

    def on_state(self, state: str) -> None:
        with self.lock:
            self.states.append(state)

    def wait(self, n: int) -> list[str]:
        wait_for(lambda: len(self.items) >= n, f"{n} scans (got {self.items})")
        return list(self.items)


@pytest.fixture
def fake() -> Iterator[FakeScanner]:
    device = FakeScanner()
    yield device
    device.unplug()


@pytest.fixture
def running() -> Iterator[Callable[..., tuple[SerialScanner, Scans]]]:
    started: list[SerialScanner] = []

    def start(url: str) -> tuple[SerialScanner, Scans]:
        scanner = open_scanner(url)
        assert isinstance(scanner, SerialScanner)
        scans = Scans()
        scanner.start(scans.on_scan, scans.on_state)
        started.append(scanner)
        return scanner, scans

    yield start
    for scanner in started:
        scanner.stop()


def connected(scanner: SerialScanner) -> None:
    wait_for(lambda: scanner.state == "connected", f"connected (state {scanner.state!r})")


def test_one_frame(fake, running):
    scanner, scans = running(f"serial://{fake.path}?baudrate=9600&suffix=%0D")
    connected(scanner)
    fake.type(b"MAU01-261128-0001\r")
    assert scans.wait(1) == ["MAU01-261128-0001"]
    assert scanner.last_raw == b"MAU01-261128-0001\r"


def test_a_frame_split_across_slow_writes(fake, running):
    scanner, scans = running(f"serial://{fake.path}")
    connected(scanner)
    fake.type(b"MAU01-2611")
    time.sleep(0.3)  # longer than the driver's read timeout: it sees two separate reads
    fake.type(b"28-0001")
    time.sleep(0.05)
    fake.type(b"\r")
    assert scans.wait(1) == ["MAU01-261128-0001"]
    # a 1200-baud link: one byte at a time
    for byte in b"SLOW-LINK\n":
        fake.type(bytes([byte]))
        time.sleep(0.008)
    assert scans.wait(2)[1] == "SLOW-LINK"


def test_several_frames_in_one_write_with_any_line_ending(fake, running):
    scanner, scans = running(f"serial://{fake.path}")
    connected(scanner)
    fake.type(b"AAAA\rBBBB\r\nCCCC\nDDDD\r\n\r\n")
    assert scans.wait(4) == ["AAAA", "BBBB", "CCCC", "DDDD"]
    time.sleep(0.1)
    assert len(scans.items) == 4  # no empty scans from the CRLFs


def test_vietnamese_nfd_comes_out_nfc(fake, running):
    scanner, scans = running(f"serial://{fake.path}")
    connected(scanner)
    name = "Nguyễn Thị Ánh Tuyết"
    fake.type(unicodedata.normalize("NFD", name).encode("utf-8") + b"\r")
    assert scans.wait(1) == [unicodedata.normalize("NFC", name)]


def test_garbage_is_survived(fake, running, caplog):
    caplog.set_level(logging.WARNING, logger="devices.scanner")
    scanner, scans = running(f"serial://{fake.path}?suffix=cr")
    scanner.max_frame = 64
    connected(scanner)
    fake.type(b"\x00\x01\x1b\r")  # nothing readable: dropped with a log line
    fake.type(b"\xff\xfe\xc3(garbage\r")  # not UTF-8: still a clean string
    fake.type("Hồ sơ".encode() + b"\x80\r")  # UTF-8 with line noise
    texts = scans.wait(2)
    assert texts[0] and "\x00" not in texts[0] and texts[0].endswith("garbage")
    assert texts[1] == "Hồ sơ\ufffd"
    # a stream that never ends a frame is dropped, and the next frame is read whole
    fake.type(b"\x55" * 200)
    wait_for(lambda: any("dropped as noise" in r.getMessage() for r in caplog.records),
             "the noise to be dropped")
    # a CR first: what is left of the noise (if the last read was short) ends as a scan of its own
    fake.type(b"\rGOOD1\r")
    wait_for(lambda: "GOOD1" in scans.items, f"GOOD1 whole (got {scans.items})")
    assert scanner.state == "connected"
    assert any("nothing readable" in r.getMessage() for r in caplog.records)


def test_prefix_and_suffix(fake, running):
    scanner, scans = running(f"serial://{fake.path}?prefix=%02&suffix=%03")
    connected(scanner)
    fake.type(b"\x02ABC123\x03zz\x02DEF456\x03")  # noise before a prefix is dropped
    fake.type(b"NOPREFIX\x03\x02GHI789\x03")  # a frame without the prefix is dropped
    assert scans.wait(3) == ["ABC123", "DEF456", "GHI789"]


def test_unplug_is_reported_and_stop_is_prompt(fake, running):
    scanner, scans = running(f"serial://{fake.path}?reconnect=0.05")
    connected(scanner)
    fake.type(b"BEFORE\r")
    scans.wait(1)
    fake.unplug()
    wait_for(lambda: scanner.state == "disconnected", "disconnected")
    assert scans.states[:2] == ["connected", "disconnected"]
    began = time.monotonic()
    scanner.stop()
    assert time.monotonic() - began < 2.0
    assert scanner.state == "disconnected"


def test_replugged_under_a_new_name_behind_a_stable_link(tmp_path, running):
    # /dev/serial/by-id/usb-… is a link udev re-points when the scanner comes back as ttyACM1
    link = tmp_path / "usb-Scanner_1234-if00"
    scanner, scans = running(f"serial://{link}?reconnect=0.05")
    # not plugged in yet: waits on the timer, no error
    time.sleep(0.2)
    assert scanner.state == "disconnected"
    first = FakeScanner()
    link.symlink_to(first.path)
    connected(scanner)
    first.type(b"ONE1\r")
    assert scans.wait(1) == ["ONE1"]
    first.unplug()
    wait_for(lambda: scanner.state == "disconnected", "disconnected")
    second = FakeScanner()
    try:
        tmp_link = tmp_path / "new-link"
        tmp_link.symlink_to(second.path)
        os.replace(tmp_link, link)
        connected(scanner)
        second.type(b"TWO2\r")
        assert scans.wait(2) == ["ONE1", "TWO2"]
    finally:
        second.unplug()


def test_replugged_under_a_new_name_found_by_usb_id(monkeypatch, running):
    """``serial://usb:VID:PID:serial``: each reconnect asks the OS which port has that id now.
    The OS's port list is the edge of the world (replaced here); the ports are real ptys."""
    from serial.tools import list_ports, list_ports_common

    plugged: list[list_ports_common.ListPortInfo] = []

    def port_info(path: str, serial_number: str) -> list_ports_common.ListPortInfo:
        info = list_ports_common.ListPortInfo(path, skip_link_detection=True)
        info.vid, info.pid, info.serial_number = 0x0483, 0x5740, serial_number
        return info

    monkeypatch.setattr(list_ports, "comports", lambda *a, **k: list(plugged))
    scanner, scans = running("serial://usb:0483:5740:SCAN-A?reconnect=0.05")
    time.sleep(0.2)
    assert scanner.state == "disconnected"  # not plugged in: waits, no error
    other = FakeScanner()  # same model, another unit: never taken for ours
    first = FakeScanner()
    plugged[:] = [port_info(other.path, "SCAN-B"), port_info(first.path, "SCAN-A")]
    connected(scanner)
    other.type(b"NOTOURS\r")
    first.type(b"ONE1\r")
    assert scans.wait(1) == ["ONE1"]
    first.unplug()
    plugged[:] = [port_info(other.path, "SCAN-B")]
    wait_for(lambda: scanner.state == "disconnected", "disconnected")
    second = FakeScanner()  # back under another name
    try:
        plugged.append(port_info(second.path, "SCAN-A"))
        connected(scanner)
        second.type(b"TWO2\r")
        assert scans.wait(2) == ["ONE1", "TWO2"]
    finally:
        second.unplug()
        other.unplug()


def test_a_path_that_is_not_a_serial_port_is_an_error(tmp_path: Path, running):
    not_a_tty = tmp_path / "plain-file"
    not_a_tty.write_bytes(b"")
    scanner, _ = running(f"serial://{not_a_tty}?reconnect=0.05")
    wait_for(lambda: scanner.state.startswith("error:"), f"an error (state {scanner.state!r})")
    assert str(not_a_tty) in scanner.state


def test_a_failing_callback_does_not_kill_the_reader(fake):
    scanner = SerialScanner("serial://test", fake.path)
    got: list[str] = []

    def on_scan(text: str) -> None:
        got.append(text)
        if text == "BOOM":
            raise RuntimeError("a screen's bug")

    scanner.start(on_scan)
    try:
        connected(scanner)
        fake.type(b"BOOM\rAFTER\r")
        wait_for(lambda: got == ["BOOM", "AFTER"], "both scans")
        assert scanner.state == "connected"
    finally:
        scanner.stop()


# --------------------------------------------------------------------------- the factory
@pytest.mark.parametrize(("url", "port", "suffix", "prefix", "baud"), [
    ("serial:///dev/ttyACM0?baudrate=9600&suffix=%0D", "/dev/ttyACM0", b"\r", b"", 9600),
    ("serial:///dev/ttyACM0", "/dev/ttyACM0", None, b"", 9600),
    ("serial:///dev/ttyUSB1?baudrate=115200&suffix=crlf&prefix=%02", "/dev/ttyUSB1", b"\r\n",
     b"\x02", 115200),
    ("serial://COM3?suffix=%09", "COM3", b"\t", b"", 9600),
])
def test_serial_urls(url, port, suffix, prefix, baud):
    scanner = open_scanner(url)
    assert isinstance(scanner, SerialScanner)
    assert (scanner.port, scanner.suffix, scanner.prefix, scanner.baudrate) == (port, suffix,
                                                                                prefix, baud)
    assert scanner.state == "disconnected"  # nothing opened until start


@pytest.mark.parametrize("url", ["tcp://1.2.3.4:9", "serial://", "serial:///dev/x?baudrate=fast",
                                 "serial:///dev/x?reconnect=0", "usb://0416:5011"])
def test_bad_urls(url):
    with pytest.raises(ValueError):
        open_scanner(url)


def test_hid_is_the_qt_filters_business():
    for url in ("hid", "hid://"):
        scanner = open_scanner(url)
        assert isinstance(scanner, HidScanner)
        states: list[str] = []
        scanner.start(lambda text: None, states.append)
        assert scanner.state == "hid" and states == ["hid"] and scanner.last_raw == b""
        scanner.stop()


def test_simulated_scanner():
    scanner = open_scanner("sim://scanner")
    assert isinstance(scanner, SimulatedScanner)
    got: list[str] = []
    states: list[str] = []
    assert not scanner.feed("EARLY")  # not started
    scanner.start(got.append, states.append)
    assert scanner.feed(unicodedata.normalize("NFD", "  Hồ sơ 1\r\n"))
    assert got == ["Hồ sơ 1"]
    assert scanner.last_raw == unicodedata.normalize("NFD", "  Hồ sơ 1\r\n").encode()
    scanner.unplug()
    assert not scanner.feed("LOST") and got == ["Hồ sơ 1"]
    scanner.plug()
    assert scanner.feed(b"MAU01-261128-0001")
    assert not scanner.feed(b"\x00")  # nothing readable
    scanner.stop()
    assert states == ["connected", "disconnected", "connected", "disconnected"]
    assert got == ["Hồ sơ 1", "MAU01-261128-0001"]
