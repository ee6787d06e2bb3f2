"""Rating keypads: serial (byte map), HID (key map, the UI delivers keys) and the simulator."""

from devices.keypad.factory import (
    CONNECTED,
    CONNECTING,
    DISCONNECTED,
    STOPPED,
    HidKeypad,
    Keypad,
    KeypadMapError,
    KeypadUrlError,
    open_keypad,
    parse_key_map,
    parse_map,
)

__all__ = [
    "CONNECTED",
    "CONNECTING",
    "DISCONNECTED",
    "STOPPED",
    "HidKeypad",
    "Keypad",
    "KeypadMapError",
    "KeypadUrlError",
    "open_keypad",
    "parse_key_map",
    "parse_map",
]
