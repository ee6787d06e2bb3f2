"""Printer status replies (DLE EOT 1, 2, 4): whatever a printer, a confused adapter or line noise
answers, the status is one of the known states with words in both languages, never "ready" on a
reply that is not a status byte, and never an exception."""

from __future__ import annotations

import socket
import threading

from hypothesis import example, given, settings
from hypothesis import strategies as st

from devices.printer.profiles import get_profile
from devices.printer.status import (
    REQUESTS,
    STATE_WORDS,
    PrinterState,
    interpret,
    status_request,
    valid_reply,
)
from devices.printer.transports import TcpPrinter
from tests.fuzz.helpers import assert_bilingual

REPLY = st.one_of(st.none(), st.integers(0, 255),
                  st.integers(0, 255).map(lambda b: (b & 0b0110_1100) | 0b0001_0010))  # valid ones


def _check(status, replies: dict[int, int | None]) -> None:  # type: ignore[no-untyped-def]
    assert status.state in STATE_WORDS
    assert_bilingual(status.reason())
    for lang in ("vi", "en", "xx"):
        assert status.words(lang).strip()
    answered = [b for b in replies.values() if b is not None]
    if not answered or not all(valid_reply(b) for b in answered):
        assert status.state == PrinterState.UNKNOWN
    if status.state == PrinterState.READY:
        assert all(valid_reply(b) for b in answered)


@settings(max_examples=500, deadline=None)
@given(st.dictionaries(st.sampled_from(REQUESTS), REPLY))
@example({1: 0x12, 2: 0x12, 4: 0x12})
@example({1: 0xFF})
@example({})
def test_interpret(replies: dict[int, int | None]) -> None:
    _check(interpret(replies), replies)


class _Printer(threading.Thread):
    """A TCP "printer" on loopback that answers each DLE EOT n with the given bytes."""

    def __init__(self, answers: dict[int, bytes], noise: bytes) -> None:
        super().__init__(daemon=True)
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        self.answers, self.noise = answers, noise

    def run(self) -> None:
        try:
            conn, _ = self.server.accept()
        except OSError:  # closed before the printer connected
            return
        with conn:
            try:
                self._serve(conn)
            except OSError:  # the kiosk closed the link while we answered: what printers see too
                return

    def _serve(self, conn: socket.socket) -> None:
        conn.sendall(self.noise)  # a late reply or garbage before the first request
        got = b""
        while chunk := conn.recv(64):
            got += chunk
            while (at := got.find(b"\x10\x04")) >= 0 and len(got) >= at + 3:
                n = got[at + 2]
                got = got[at + 3:]
                conn.sendall(self.answers.get(n, b""))


@settings(max_examples=60, deadline=None)
@given(st.fixed_dictionaries({n: st.one_of(st.just(b""), st.binary(min_size=1, max_size=3),
                                           REPLY.filter(lambda b: b is not None).map(lambda b: bytes([b])))
                              for n in REQUESTS}),
       st.binary(max_size=100))
def test_status_over_a_real_socket(answers: dict[int, bytes], noise: bytes) -> None:
    fake = _Printer(answers, noise)
    fake.start()
    printer = TcpPrinter(f"tcp://127.0.0.1:{fake.port}", get_profile("generic-80mm"), "127.0.0.1", fake.port,
                         timeout=2.0)
    printer.status_timeout = 0.05
    try:
        status = printer.query_status()
    finally:
        printer.close()
        fake.server.close()
        fake.join(5)
    # a reply is read as its first byte only when it came back in time; either way: a known state
    assert status.state in STATE_WORDS
    assert_bilingual(status.reason())
    assert status.state != PrinterState.DISCONNECTED or status.detail


def test_status_requests_are_the_three_we_use() -> None:
    assert [status_request(n) for n in REQUESTS] == [b"\x10\x04\x01", b"\x10\x04\x02", b"\x10\x04\x04"]
