"""Device input: scanner and keypad URLs from the configuration, the bytes a serial scanner or
keypad sends. URLs fail only with the project's own ValueError (a sentence in Vietnamese and
English); bytes never raise out of the driver and are framed the same however the wire cuts them."""

from __future__ import annotations

import math
from urllib.parse import quote

from hypothesis import example, given, settings
from hypothesis import strategies as st

from devices.keypad.factory import (
    DEFAULT_SERIAL_MAP,
    KeypadMapError,
    KeypadUrlError,
    open_keypad,
    parse_key_map,
    parse_map,
)
from devices.keypad.serial_keypad import RAW_KEEP, SerialKeypad
from devices.scanner.factory import ScannerUrlError, open_scanner
from devices.scanner.serial_scanner import SerialScanner
from kiosk.scan import normalise
from tests.fuzz.helpers import ANY_TEXT, NASTY, assert_bilingual

URL_PART = st.text(alphabet=st.one_of(st.sampled_from("abcdefxyz019%:/?&=#[]@.,+-_ \t"), NASTY,
                                      st.characters()), max_size=30)
QUERY_VALUE = st.one_of(URL_PART, st.sampled_from(["", "0", "-1", "inf", "nan", "1e400", "9600", "٩٦٠٠",
                                                   "0.05", "cr", "CRLF", "%0D", "%0D%0A", "%FF", "%", "ệ"]))
QUERY_KEY = st.sampled_from(["baudrate", "reconnect", "suffix", "prefix", "map", "levels", "x"])
SCHEMES = st.sampled_from(["serial://", "serial:///dev/ttyACM0", "serial://COM3", "hid", "hid://", "sim://scanner",
                           "sim://keypad", "usb://", "tcp://", "", "serial:", "SERIAL://", "serial://["])


@st.composite
def device_urls(draw: st.DrawFn) -> str:
    base = draw(SCHEMES) + draw(st.one_of(st.just(""), URL_PART))
    pairs = draw(st.lists(st.tuples(QUERY_KEY, QUERY_VALUE), max_size=4))
    if not pairs:
        return base
    return base + "?" + "&".join(f"{k}={v}" for k, v in pairs)


@settings(max_examples=600, deadline=None)
@given(st.one_of(device_urls(), ANY_TEXT))
@example("serial://[")
@example("serial:///dev/x?suffix=ệ")
@example("serial:///dev/x?reconnect=inf")
@example("serial:///dev/x?reconnect=nan")
@example("serial:///dev/x?baudrate=٩٦٠٠")
def test_open_scanner(url: str) -> None:
    try:
        scanner = open_scanner(url)
    except ScannerUrlError as exc:
        assert_bilingual(str(exc))
        return
    if isinstance(scanner, SerialScanner):
        assert math.isfinite(scanner.reconnect_interval) and 0 < scanner.reconnect_interval <= 3600
        assert scanner.baudrate > 0 and scanner.port
        assert scanner.suffix is None or 0 < len(scanner.suffix) <= 16
    assert scanner.state in ("disconnected", "hid", "connected")


@settings(max_examples=600, deadline=None)
@given(st.one_of(device_urls(), ANY_TEXT))
@example("sim://keypad?levels=x")
@example("serial:///dev/x?reconnect=inf")
@example("serial://[")
@example("serial:///x?map=٣:3,2:2,3:1")
@example("serial:///x?map=1:٣,2:2,3:1")
def test_open_keypad(url: str) -> None:
    try:
        keypad = open_keypad(url)
    except (KeypadUrlError, KeypadMapError) as exc:
        assert_bilingual(str(exc))
        return
    assert keypad.levels in (3, 5)
    if isinstance(keypad, SerialKeypad):
        assert math.isfinite(keypad.reconnect_s) and 0 < keypad.reconnect_s <= 3600
        assert all(0 <= b <= 255 for b in keypad.byte_map)


MAP_ENTRY = st.one_of(
    st.tuples(st.one_of(st.integers(0, 255).map(lambda b: f"{b:02x}"), st.integers(0, 255).map(lambda b: f"0x{b:X}"),
                        URL_PART), st.one_of(st.integers(-1, 7).map(str), URL_PART)).map(":".join),
    URL_PART)


@settings(max_examples=500, deadline=None)
@given(st.lists(MAP_ENTRY, max_size=6).map(",".join))
@example(DEFAULT_SERIAL_MAP)
@example("٣:3,2:2,3:1")
def test_parse_map(text: str) -> None:
    try:
        mapping = parse_map(text)
    except KeypadMapError as exc:
        assert_bilingual(str(exc))
        return
    assert all(isinstance(b, int) and 0 <= b <= 255 for b in mapping)
    levels = set(mapping.values())
    assert levels in ({1, 2, 3}, {1, 2, 3, 4, 5})
    # the map written back canonically parses to the same
    assert parse_map(",".join(f"{b:02x}:{lvl}" for b, lvl in mapping.items())) == mapping


@settings(max_examples=300, deadline=None)
@given(st.lists(MAP_ENTRY, max_size=6).map(",".join))
@example("KP_1:3,KP_2:2,KP_3:1")
def test_parse_key_map(text: str) -> None:
    try:
        mapping = parse_key_map(text)
    except KeypadMapError as exc:
        assert_bilingual(str(exc))
        return
    assert all(name == name.upper() and name.isascii() for name in mapping)


# ---------------------------------------------------------------- bytes off the wire
def _cut(data: bytes, cuts: list[int]) -> list[bytes]:
    points = sorted({c % (len(data) + 1) for c in cuts})
    pieces, last = [], 0
    for p in points:
        pieces.append(data[last:p])
        last = p
    pieces.append(data[last:])
    return [p for p in pieces if p]


AFFIX = st.one_of(st.none(), st.sampled_from([b"\r", b"\n", b"\r\n", b"\x03", b"\x00"]), st.binary(min_size=1, max_size=3))
WIRE = st.lists(st.one_of(st.binary(max_size=20), st.sampled_from([b"\r", b"\n", b"\r\n", b"\x02", b"\x03"]),
                          st.text(max_size=10).map(lambda t: t.encode("utf-8"))), max_size=20).map(b"".join)


@settings(max_examples=400, deadline=None)
@given(AFFIX, st.one_of(st.just(b""), st.binary(min_size=1, max_size=2)), WIRE,
       st.lists(st.integers(0, 10_000), max_size=8), st.booleans())
def test_serial_scanner_framing(suffix: bytes | None, prefix: bytes, wire: bytes, cuts: list[int],
                                failing_callback: bool) -> None:
    def framed(pieces: list[bytes]) -> tuple[list[str], bytes]:
        scanner = SerialScanner("fuzz", "/dev/null", suffix=suffix, prefix=prefix, max_frame=64)
        got: list[str] = []

        def on_scan(text: str) -> None:
            got.append(text)
            if failing_callback:
                raise RuntimeError("a bug downstream")

        scanner._on_scan = on_scan
        buffer = bytearray()
        for piece in pieces:
            buffer += piece
            scanner._frames(buffer)
            assert len(buffer) <= 64 + len(piece)
        return got, bytes(buffer)

    whole, rest = framed([wire])
    for text in whole:
        assert text and normalise(text) == text
    if len(wire) <= 64:
        # however the wire cuts it, the same scans (bounded buffer: no noise drop in between)
        assert framed(_cut(wire, cuts)) == (whole, rest)


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.integers(0, 255), st.integers(1, 5), min_size=1, max_size=8),
       st.lists(st.binary(max_size=40), max_size=6), st.booleans())
def test_serial_keypad_bytes(byte_map: dict[int, int], reads: list[bytes], failing_callback: bool) -> None:
    keypad = SerialKeypad("fuzz", "/dev/null", byte_map)
    presses: list[int] = []

    def on_press(level: int) -> None:
        presses.append(level)
        if failing_callback:
            raise RuntimeError("a bug downstream")

    keypad._on_press = on_press
    for data in reads:
        keypad._handle(data)
    everything = b"".join(reads)
    assert presses == [byte_map[b] for b in everything if b in byte_map]
    assert keypad.last_raw == everything[-RAW_KEEP:]


def test_scanner_url_bytes_are_percent_encoded() -> None:
    """The suffix a URL spells is the byte the scanner sends, for every byte value."""
    for byte in range(256):
        url = f"serial:///dev/ttyACM0?suffix={quote(bytes([byte]))}"
        scanner = open_scanner(url)
        assert isinstance(scanner, SerialScanner)
        assert scanner.suffix == (bytes([byte]) if bytes([byte]) not in (b"",) else None)
