"""Rating keypads by URL, their maps, and the HID keypad.

URLs (config ``[devices] keypad``):

- ``serial:///dev/ttyUSB1?baudrate=9600&map=31:3,32:2,33:1&reconnect=2`` — a serial/CDC keypad
  sending one byte per key; ``map`` takes hex bytes to levels. Prefer the stable name
  (``/dev/serial/by-id/...``): it is reopened by that path after an unplug.
- ``hid?map=KP_1:3,KP_2:2,KP_3:1`` — a keypad that is a USB keyboard; ``map`` takes key names
  (Qt's names, upper case: ``F13``, ``1``, ``KP_1`` for the numeric pad) to levels. Qt delivers
  the keys, so the UI owns the event filter; here the map is plain strings.
- ``sim://keypad?levels=5`` — the simulator (``press(level)``), the embedded default.

Levels: the highest level is the best (3 or 5 = Rất hài lòng / very satisfied) and 1 the worst.
A map covers every level of a 3- or 5-level scale; the scale is the map's highest level. The
default serial map is for the common 3-key keypad sending ASCII ``'1' '2' '3'`` from left (smiling
face) to right: ``'1'`` → 3 Rất hài lòng, ``'2'`` → 2 Hài lòng, ``'3'`` → 1 Không hài lòng.
The default HID map uses the numeric pad the same way. Function keys F1–F8 are the counter's
shortcuts: a HID keypad sending them eats those shortcuts while a rating is asked.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Callable
from typing import Protocol, TypeVar
from urllib.parse import parse_qs, urlparse

from devices.url_errors import DeviceUrlError, positive_seconds

log = logging.getLogger(__name__)

OnPress = Callable[[int], None]
OnState = Callable[[str], None]

# the states a keypad reports (the technician screen shows them)
STOPPED, CONNECTING, CONNECTED, DISCONNECTED = "stopped", "connecting", "connected", "disconnected"

DEFAULT_SERIAL_MAP = "31:3,32:2,33:1"
DEFAULT_HID_MAP = "KP_1:3,KP_2:2,KP_3:1"
SCALES = (3, 5)
_EXAMPLE = "map=31:3,32:2,33:1"

_KEY_NAME = re.compile(r"^(?:[!-~]|[A-Z][A-Z0-9_]*)$")
# ASCII only: int() would also take "٣" (Arabic-Indic three), "+1" or "1_0"
_HEX_BYTE = re.compile(r"(?:0[xX])?([0-9A-Fa-f]{1,2})")
_LEVEL = re.compile(r"[0-9]{1,2}")
_WHOLE = re.compile(r"[0-9]{1,8}")
MAX_BAUDRATE = 10_000_000
# seconds between reopen attempts: threading's wait fails on inf (the reader thread dies)
MAX_RECONNECT_S = 3600.0


class Keypad(Protocol):
    """What the UI needs from a rating keypad, whatever it is plugged into."""

    url: str
    levels: int  # 3 or 5: the scale its map covers

    @property
    def state(self) -> str:
        """``stopped``, ``connecting``, ``connected`` or ``disconnected``."""
        ...

    @property
    def last_raw(self) -> bytes:
        """The last bytes (or key name) received, known or not: for the technician."""
        ...

    def start(self, on_press: OnPress, on_state: OnState | None = None) -> None:
        """Deliver each press as a level to ``on_press`` (maybe from a driver thread)."""
        ...

    def stop(self) -> None:
        ...


class KeypadUrlError(DeviceUrlError):
    """A keypad URL in the configuration that cannot be used; the message is in vi and en."""

    what_vi = "bàn phím đánh giá"
    what_en = "Rating keypad"
    examples = "serial:///dev/ttyUSB1?map=31:3,32:2,33:1, hid?map=KP_1:3,KP_2:2,KP_3:1, sim://keypad?levels=5"


class KeypadMapError(ValueError):
    """A keypad map in the configuration that cannot be used; the message is in vi and en."""

    def __init__(self, text: str, vi: str, en: str) -> None:
        self.text = text
        shown = text if len(text) <= 120 else text[:117] + "…"
        super().__init__(unicodedata.normalize("NFC", f"Bảng phím đánh giá {shown!r} không dùng được: {vi}. "
                         f"Invalid rating keypad map {shown!r}: {en}. Ví dụ / e.g. {_EXAMPLE}"))


K = TypeVar("K", int, str)


def _parse_pairs(text: str, parse_key: Callable[[str], K], what_vi: str, what_en: str) -> dict[K, int]:
    mapping: dict[K, int] = {}
    entries = [e.strip() for e in text.split(",") if e.strip()]
    if not entries:
        raise KeypadMapError(text, "trống", "it is empty")
    for entry in entries:
        key_text, sep, level_text = entry.partition(":")
        if not sep:
            raise KeypadMapError(text, f"mục {entry!r} thiếu dấu ':' (phím:mức)",
                                 f"entry {entry!r} lacks ':' (key:level)")
        try:
            key = parse_key(key_text.strip())
        except ValueError:
            raise KeypadMapError(text, f"{key_text.strip()!r} không phải {what_vi}",
                                 f"{key_text.strip()!r} is not {what_en}") from None
        level = int(level_text.strip()) if _LEVEL.fullmatch(level_text.strip()) else 0
        if not 1 <= level <= max(SCALES):
            raise KeypadMapError(text, f"mức {level_text.strip()!r} phải là số từ 1 đến 5",
                                 f"level {level_text.strip()!r} must be a number from 1 to 5")
        if key in mapping:
            raise KeypadMapError(text, f"phím {key_text.strip()!r} có hai lần",
                                 f"key {key_text.strip()!r} appears twice")
        mapping[key] = level
    scale = max(mapping.values())
    if scale not in SCALES or set(mapping.values()) != set(range(1, scale + 1)):
        raise KeypadMapError(text, "các mức phải là 1–3 hoặc 1–5, mỗi mức ít nhất một phím",
                             "levels must be 1–3 or 1–5, each with at least one key")
    return mapping


def _parse_byte(text: str) -> int:
    m = _HEX_BYTE.fullmatch(text)
    if m is None:
        raise ValueError(text)
    return int(m.group(1), 16)


def normalize_key_name(name: str) -> str:
    """Key names compare in upper case (``kp_1`` = ``KP_1``, ``f13`` = ``F13``)."""
    return name.strip().upper()


def _parse_key_name(text: str) -> str:
    name = normalize_key_name(text)
    if not _KEY_NAME.match(name):
        raise ValueError(text)
    return name


def parse_map(text: str) -> dict[int, int]:
    """A serial keypad's map, ``"31:3,32:2,33:1"`` (hex byte → level), checked.

    Raises:
        KeypadMapError: a ValueError whose message says what is wrong, in Vietnamese and English.
    """
    return _parse_pairs(text, _parse_byte, "một byte hex (00–FF)", "a hex byte (00–FF)")


def parse_key_map(text: str) -> dict[str, int]:
    """A HID keypad's map, ``"KP_1:3,KP_2:2,KP_3:1"`` (Qt key name → level), checked."""
    return _parse_pairs(text, _parse_key_name, "tên phím (F13, 1, KP_1…)",
                        "a key name (F13, 1, KP_1…)")


class HidKeypad:
    """A keypad that types like a keyboard. Qt sees the keys; the UI's event filter asks
    :meth:`level_for` and, for a mapped key while a rating is asked, hands it to :meth:`feed_key`.

    A keyboard cannot be seen from here, so its state is ``connected`` once started.
    """

    def __init__(self, url: str, key_map: dict[str, int]) -> None:
        self.url = url
        self.key_map = dict(key_map)
        self.levels = max(self.key_map.values())
        self._on_press: OnPress | None = None
        self._state = STOPPED
        self._last_raw = b""

    @property
    def state(self) -> str:
        return self._state

    @property
    def last_raw(self) -> bytes:
        return self._last_raw

    def start(self, on_press: OnPress, on_state: OnState | None = None) -> None:
        self._on_press = on_press
        self._state = CONNECTED
        if on_state is not None:
            on_state(self._state)

    def stop(self) -> None:
        self._on_press = None
        self._state = STOPPED

    def level_for(self, key_name: str) -> int | None:
        return self.key_map.get(normalize_key_name(key_name))

    def feed_key(self, key_name: str) -> bool:
        """A key from the UI: True when it is a rating key (the UI then swallows it)."""
        level = self.level_for(key_name)
        if level is None:
            return False
        self._last_raw = normalize_key_name(key_name).encode()
        if self._on_press is not None:
            self._on_press(level)
        return True


def _whole(url: str, name: str, text: str, lo: int, hi: int) -> int:
    text = text.strip()
    if not _WHOLE.fullmatch(text) or not lo <= int(text) <= hi:
        raise KeypadUrlError(url, f"{name} phải là số nguyên từ {lo} đến {hi}, không phải {text[:20]!r}",
                             f"{name} must be a whole number from {lo} to {hi}, not {text[:20]!r}")
    return int(text)


def _seconds(url: str, name: str, text: str) -> float:
    text = text.strip()
    value = positive_seconds(text, MAX_RECONNECT_S)
    if value is None:
        raise KeypadUrlError(url, f"{name} phải là số giây lớn hơn 0, tối đa {MAX_RECONNECT_S:g}, "
                                  f"không phải {text[:20]!r}",
                             f"{name} must be seconds above 0, at most {MAX_RECONNECT_S:g}, not {text[:20]!r}")
    return value


def open_keypad(url: str) -> Keypad:
    """The keypad a URL names.

    Raises:
        KeypadUrlError: the URL cannot be used (scheme, port, numbers); KeypadMapError: its map
            cannot be used. Both are ValueErrors whose message is in Vietnamese and English.
    """
    if not isinstance(url, str):
        raise KeypadUrlError(repr(url), "không phải chuỗi ký tự", "not text")
    try:
        parsed = urlparse(url)
        query = {k: v[-1] for k, v in parse_qs(parsed.query).items()}
    except ValueError as exc:  # "serial://[": Invalid IPv6 URL, and the like
        raise KeypadUrlError(url, f"sai cú pháp địa chỉ ({exc})", f"malformed URL ({exc})") from None
    scheme = parsed.scheme or parsed.path  # "hid?map=..." has no scheme
    if scheme == "sim":
        from devices.keypad.sim import SimulatedKeypad

        levels = _whole(url, "levels", query.get("levels", "3"), min(SCALES), max(SCALES))
        if levels not in SCALES:
            raise KeypadUrlError(url, f"sim://keypad?levels= phải là 3 hoặc 5 (đang là {levels})",
                                 f"sim://keypad?levels= must be 3 or 5 (got {levels})")
        return SimulatedKeypad(url, levels)
    if scheme == "hid":
        return HidKeypad(url, parse_key_map(query.get("map", DEFAULT_HID_MAP)))
    if scheme == "serial":
        from devices.keypad.serial_keypad import SerialKeypad

        port = parsed.path if parsed.path else parsed.netloc  # serial://COM3 on Windows
        if not port.strip() or "\x00" in port:
            raise KeypadUrlError(url, "thiếu cổng (serial:///dev/ttyUSB1?map=31:3,32:2,33:1)",
                                 "no port (serial:///dev/ttyUSB1?map=31:3,32:2,33:1)")
        byte_map = parse_map(query.get("map", DEFAULT_SERIAL_MAP))
        return SerialKeypad(url, port, byte_map,
                            baudrate=_whole(url, "baudrate", query.get("baudrate", "9600"), 1, MAX_BAUDRATE),
                            reconnect_s=_seconds(url, "reconnect", query.get("reconnect", "2")))
    raise KeypadUrlError(url, "loại bàn phím không hỗ trợ (serial://…?map=…, hid?map=…, sim://keypad)",
                         "unsupported keypad URL (serial://…?map=…, hid?map=…, sim://keypad)")
