"""Printers by URL: sim://printer, file:///path, tcp://host:9100, serial:///dev/ttyUSB0?baudrate=N,
usb://VID:PID[?serial=S], win32://Printer Name."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import parse_qs, urlparse

from devices.printer.base import EscposPrinter
from devices.printer.profiles import get_profile
from devices.url_errors import PrinterUrlError
from kiosk.paths import kiosk_home

_DIGITS = re.compile(r"[0-9]{1,8}")  # ASCII only: int() would also take "٩٦٠٠" or "9_600"


def _number(url: str, text: str, what_vi: str, what_en: str, lo: int, hi: int) -> int:
    if not _DIGITS.fullmatch(text) or not lo <= int(text) <= hi:
        raise PrinterUrlError(url, f"{what_vi} phải là số từ {lo} đến {hi} (đang là {text!r})",
                              f"the {what_en} must be a number {lo}–{hi} (got {text!r})")
    return int(text)


def open_printer(url: str, profile_name: str = "generic-80mm", home: Path | None = None) -> EscposPrinter:
    """The printer a URL names. A URL that cannot be used raises :class:`PrinterUrlError` (a
    ValueError) with a sentence in Vietnamese and English; an unknown profile a ValueError."""
    try:
        parsed = urlparse(url)
        port_text = parsed.netloc.rsplit(":", 1)[1] if parsed.scheme == "tcp" and ":" in parsed.netloc \
            and not parsed.netloc.endswith("]") else None
    except ValueError as exc:  # "Invalid IPv6 URL" and the like, in English only
        raise PrinterUrlError(url, "địa chỉ sai cú pháp", f"malformed ({exc})") from None
    query = {k: v[-1] for k, v in parse_qs(parsed.query).items()}
    profile = get_profile(query.get("profile", profile_name))
    if parsed.scheme == "sim":
        from devices.printer.simulator import SimulatedPrinter

        out = Path(query["dir"]) if "dir" in query else (home or kiosk_home()) / "printer-sim"
        return SimulatedPrinter(url, profile, out, fault=query.get("fault"),
                                png=query.get("png", "1") != "0")
    if parsed.scheme == "file":
        from devices.printer.transports import FilePrinter

        return FilePrinter(url, profile, Path(parsed.path))
    if parsed.scheme == "tcp":
        from devices.printer.transports import TcpPrinter

        tcp_port = _number(url, port_text, "cổng", "port", 1, 65535) if port_text else 9100
        return TcpPrinter(url, profile, parsed.hostname or "127.0.0.1", tcp_port)
    if parsed.scheme == "serial":
        from devices.printer.transports import SerialPrinter

        # serial:///dev/ttyUSB0, serial://COM3 (Windows), serial://usb:VID:PID[:serial] (stable id)
        port = parsed.netloc + parsed.path if parsed.netloc else parsed.path
        if not port:
            raise PrinterUrlError(url, "thiếu cổng nối tiếp", "it names no serial port")
        baudrate = _number(url, query.get("baudrate", "19200"), "tốc độ baud", "baud rate", 300, 10_000_000)
        return SerialPrinter(url, profile, port, baudrate, flow=query.get("flow", "none"))
    if parsed.scheme == "usb":
        from devices.printer.transports import UsbPrinter

        ids = (parsed.netloc or parsed.path.strip("/")).split(":")
        try:
            vid, pid = int(ids[0], 16), int(ids[1], 16)
        except (IndexError, ValueError):
            raise PrinterUrlError(url, "cần usb://VID:PID (hệ 16)", "usb://VID:PID (hex) is needed") from None
        return UsbPrinter(url, profile, vid, pid, serial=query.get("serial"))
    if parsed.scheme == "win32":
        from urllib.parse import unquote

        from devices.printer.transports import Win32Printer

        name = unquote(url.split("://", 1)[1].split("?", 1)[0])
        if not name:
            raise PrinterUrlError(url, "cần tên máy in như Windows hiển thị",
                                  "the printer's name as Windows shows it is needed")
        return Win32Printer(url, profile, name)
    raise PrinterUrlError(url, "loại địa chỉ không hỗ trợ", "an unsupported kind of URL")
