"""Scanners by URL: ``serial:///dev/ttyACM0?baudrate=9600&suffix=%0D``, ``hid``, ``sim://scanner``.

Serial query parameters: ``baudrate`` (9600), ``suffix`` and ``prefix`` (percent-encoded bytes,
e.g. ``%0D``, ``%0D%0A``, ``%02``; or a name: ``cr``, ``lf``, ``crlf``, ``tab``, ``etx``; no
suffix accepts CR, LF or CRLF), ``reconnect`` (seconds between attempts to reopen, 2).
On Windows: ``serial://COM3``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol
from urllib.parse import parse_qs, urlparse

_NAMED = {"cr": b"\r", "lf": b"\n", "crlf": b"\r\n", "tab": b"\t", "stx": b"\x02", "etx": b"\x03"}


class Scanner(Protocol):
    """What the application sees of any scanner."""

    url: str

    @property
    def state(self) -> str:
        """``connected``, ``disconnected``, ``error: <reason>``, or ``hid`` (keyboard wedge)."""
        ...

    @property
    def last_raw(self) -> bytes:
        """The last scan's bytes as received (diagnostics)."""
        ...

    def start(self, on_scan: Callable[[str], None],
              on_state: Callable[[str], None] | None = None) -> None:
        """Begin delivering normalised scans to ``on_scan`` (possibly on another thread)."""
        ...

    def stop(self) -> None:
        ...


class HidScanner:
    """A keyboard-wedge scanner: it types, so its scans come through the Qt event filter
    (``ui.scan_filter.ScanFilter``), not through this object. It is here so that the technician
    screen and the wiring can treat every configured scanner alike."""

    state = "hid"
    last_raw = b""

    def __init__(self, url: str = "hid") -> None:
        self.url = url

    def start(self, on_scan: Callable[[str], None],
              on_state: Callable[[str], None] | None = None) -> None:
        if on_state is not None:
            on_state(self.state)

    def stop(self) -> None:
        """Nothing to let go of: the keys are the Qt filter's (it is uninstalled by its owner)."""


def _bytes_param(value: str | None) -> bytes | None:
    if value is None or value == "":
        return None
    named = _NAMED.get(value.lower())
    # the query was decoded as latin-1, so each %XX is one character: back to that byte
    return named if named is not None else value.encode("latin-1")


def open_scanner(url: str) -> Scanner:
    """The scanner for ``url``; ValueError for a URL this cannot open."""
    parsed = urlparse(url.strip())
    if parsed.scheme == "hid" or (not parsed.scheme and parsed.path == "hid"):
        return HidScanner(url)
    query = {k: v[-1] for k, v in parse_qs(parsed.query, keep_blank_values=True,
                                             encoding="latin-1").items()}
    if parsed.scheme == "sim":
        from devices.scanner.sim import SimulatedScanner

        return SimulatedScanner(url)
    if parsed.scheme == "serial":
        from devices.scanner.serial_scanner import SerialScanner

        # serial:///dev/ttyACM0 (path) or serial://COM3 (Windows: the name lands in netloc)
        port = parsed.netloc + parsed.path if parsed.netloc else parsed.path
        if not port:
            raise ValueError(f"scanner URL {url!r} names no port (serial:///dev/ttyACM0)")
        try:
            baudrate = int(query.get("baudrate", "9600"))
            reconnect = float(query.get("reconnect", "2"))
        except ValueError as exc:
            raise ValueError(f"scanner URL {url!r}: {exc}") from None
        if baudrate <= 0 or reconnect <= 0:
            raise ValueError(f"scanner URL {url!r}: baudrate and reconnect must be positive")
        return SerialScanner(url, port, baudrate=baudrate, suffix=_bytes_param(query.get("suffix")),
                             prefix=_bytes_param(query.get("prefix")) or b"",
                             reconnect_interval=reconnect)
    raise ValueError(f"unsupported scanner URL {url!r} (serial://, hid, sim://scanner)")
