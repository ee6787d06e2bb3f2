"""A device URL from the configuration that cannot be used: one message in Vietnamese and
English, NFC (the URL is the person's own text), with examples of what works."""

from __future__ import annotations

import math
import unicodedata


class DeviceUrlError(ValueError):
    """Subclasses say which device (``what_vi``, ``what_en``) and give ``examples``."""

    what_vi = "thiết bị"
    what_en = "Device"
    examples = ""

    def __init__(self, url: str, vi: str, en: str) -> None:
        self.url = url
        shown = url if len(url) <= 120 else url[:117] + "…"
        super().__init__(unicodedata.normalize(
            "NFC", f"Địa chỉ {self.what_vi} {shown!r} không dùng được: {vi}. "
                   f"{self.what_en} URL {shown!r} cannot be used: {en}. Ví dụ / e.g. {self.examples}"))


class PrinterUrlError(DeviceUrlError):
    what_vi = "máy in"
    what_en = "Printer"
    examples = ("sim://printer, tcp://10.0.0.50:9100, serial:///dev/ttyUSB0?baudrate=19200, "
                "usb://0416:5011, win32://Máy in hoá đơn")


def positive_seconds(text: str, maximum: float) -> float | None:
    """``text`` as a number of seconds above 0 and at most ``maximum``; None otherwise (not a
    number, non-ASCII digits, nan, inf: threading's waits die on inf and spin on nan)."""
    text = text.strip()
    try:
        value = float(text) if text.isascii() else math.nan
    except ValueError:
        return None
    return value if 0 < value <= maximum else None  # False for nan too
