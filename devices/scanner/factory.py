"""Scanners by URL: ``serial:///dev/ttyACM0?baudrate=9600&suffix=%0D``, ``hid``, ``sim://scanner``.

Serial query parameters: ``baudrate`` (9600), ``suffix`` and ``prefix`` (percent-encoded bytes,
e.g. ``%0D``, ``%0D%0A``, ``%02``; or a name: ``cr``, ``lf``, ``crlf``, ``tab``, ``etx``; no
suffix accepts CR, LF or CRLF), ``reconnect`` (seconds between attempts to reopen, 2).
On Windows: ``serial://COM3``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Protocol
from urllib.parse import parse_qs, urlparse

from devices.url_errors import DeviceUrlError, positive_seconds

_NAMED = {"cr": b"\r", "lf": b"\n", "crlf": b"\r\n", "tab": b"\t", "stx": b"\x02", "etx": b"\x03"}
# ASCII digits only: int() would also take "٩٦٠٠", "+9600" or "9_600"
_BAUDRATE = re.compile(r"[0-9]{1,8}")
MAX_BAUDRATE = 10_000_000
# seconds between reopen attempts: a wait longer than an hour is a typo, and threading's wait
# fails on inf (OverflowError, the reader thread dies) and returns at once on nan (it spins)
MAX_RECONNECT_S = 3600.0
# a prefix or suffix is a few bytes of framing; longer is a typo (and would never match)
MAX_AFFIX = 16


class ScannerUrlError(DeviceUrlError):
    """A scanner URL in the configuration that cannot be used; the message is in vi and en."""

    what_vi = "máy quét"
    what_en = "Scanner"
    examples = "serial:///dev/ttyACM0?suffix=cr, hid, sim://scanner"


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


def _bytes_param(url: str, key: str, value: str | None) -> bytes | None:
    if value is None or value == "":
        return None
    named = _NAMED.get(value.lower())
    if named is not None:
        return named
    # the query was decoded as latin-1, so each %XX is one character: back to that byte; a
    # character typed as itself beyond latin-1 ("ệ") is not a byte
    try:
        raw = value.encode("latin-1")
    except UnicodeEncodeError:
        raise ScannerUrlError(url, f"{key}= phải là byte viết %XX (vd. %0D) hoặc cr, lf, crlf, tab, stx, etx",
                              f"{key}= must be bytes written %XX (e.g. %0D) or cr, lf, crlf, tab, stx, etx"
                              ) from None
    if len(raw) > MAX_AFFIX:
        raise ScannerUrlError(url, f"{key}= dài quá {MAX_AFFIX} byte", f"{key}= is longer than {MAX_AFFIX} bytes")
    return raw


def _serial_numbers(url: str, query: dict[str, str]) -> tuple[int, float]:
    baud_text = query.get("baudrate", "9600").strip()
    if not _BAUDRATE.fullmatch(baud_text) or not 0 < int(baud_text) <= MAX_BAUDRATE:
        raise ScannerUrlError(url, f"baudrate phải là số nguyên dương (vd. 9600), không phải {baud_text[:20]!r}",
                              f"baudrate must be a positive whole number (e.g. 9600), not {baud_text[:20]!r}")
    reconnect_text = query.get("reconnect", "2").strip()
    reconnect = positive_seconds(reconnect_text, MAX_RECONNECT_S)
    if reconnect is None:
        raise ScannerUrlError(url, f"reconnect phải là số giây lớn hơn 0, tối đa {MAX_RECONNECT_S:g} "
                                   f"(không phải {reconnect_text[:20]!r})",
                              f"reconnect must be seconds above 0, at most {MAX_RECONNECT_S:g} "
                              f"(not {reconnect_text[:20]!r})")
    return int(baud_text), reconnect


def open_scanner(url: str) -> Scanner:
    """The scanner for ``url``.

    Raises:
        ScannerUrlError: a ValueError saying, in Vietnamese and English, why ``url`` cannot be
            opened (unknown scheme, no port, a bad number or byte); never anything else.
    """
    if not isinstance(url, str):
        raise ScannerUrlError(repr(url), "không phải chuỗi ký tự", "not text")
    try:
        parsed = urlparse(url.strip())
        query = {k: v[-1] for k, v in parse_qs(parsed.query, keep_blank_values=True,
                                                 encoding="latin-1").items()}
    except ValueError as exc:  # "serial://[": Invalid IPv6 URL, and the like
        raise ScannerUrlError(url, f"sai cú pháp địa chỉ ({exc})", f"malformed URL ({exc})") from None
    if parsed.scheme == "hid" or (not parsed.scheme and parsed.path == "hid"):
        return HidScanner(url)
    if parsed.scheme == "sim":
        from devices.scanner.sim import SimulatedScanner

        return SimulatedScanner(url)
    if parsed.scheme == "serial":
        from devices.scanner.serial_scanner import SerialScanner

        # serial:///dev/ttyACM0 (path) or serial://COM3 (Windows: the name lands in netloc)
        port = parsed.netloc + parsed.path if parsed.netloc else parsed.path
        if not port.strip() or "\x00" in port:
            raise ScannerUrlError(url, "không có tên cổng (serial:///dev/ttyACM0)",
                                  "it names no port (serial:///dev/ttyACM0)")
        baudrate, reconnect = _serial_numbers(url, query)
        return SerialScanner(url, port, baudrate=baudrate,
                             suffix=_bytes_param(url, "suffix", query.get("suffix")),
                             prefix=_bytes_param(url, "prefix", query.get("prefix")) or b"",
                             reconnect_interval=reconnect)
    raise ScannerUrlError(url, "loại địa chỉ không hỗ trợ (serial://, hid, sim://scanner)",
                          "unsupported URL (serial://, hid, sim://scanner)")
