"""Printers by URL: sim://printer, file:///path, tcp://host:9100, serial:///dev/ttyUSB0?baudrate=N,
usb://VID:PID[?serial=S], win32://Printer Name."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qs, urlparse

from devices.printer.base import EscposPrinter
from devices.printer.profiles import get_profile
from kiosk.paths import kiosk_home


def open_printer(url: str, profile_name: str = "generic-80mm", home: Path | None = None) -> EscposPrinter:
    parsed = urlparse(url)
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

        return TcpPrinter(url, profile, parsed.hostname or "127.0.0.1", parsed.port or 9100)
    if parsed.scheme == "serial":
        from devices.printer.transports import SerialPrinter

        # serial:///dev/ttyUSB0, serial://COM3 (Windows), serial://usb:VID:PID[:serial] (stable id)
        port = parsed.netloc + parsed.path if parsed.netloc else parsed.path
        if not port:
            raise ValueError(f"printer URL {url!r} names no port (serial:///dev/ttyUSB0)")
        return SerialPrinter(url, profile, port, int(query.get("baudrate", 19200)),
                             flow=query.get("flow", "none"))
    if parsed.scheme == "usb":
        from devices.printer.transports import UsbPrinter

        ids = (parsed.netloc or parsed.path.strip("/")).split(":")
        try:
            vid, pid = int(ids[0], 16), int(ids[1], 16)
        except (IndexError, ValueError):
            raise ValueError(f"{url!r}: usb://VID:PID (hex), e.g. usb://0416:5011") from None
        return UsbPrinter(url, profile, vid, pid, serial=query.get("serial"))
    if parsed.scheme == "win32":
        from urllib.parse import unquote

        from devices.printer.transports import Win32Printer

        name = unquote(url.split("://", 1)[1].split("?", 1)[0])
        if not name:
            raise ValueError(f"{url!r}: win32://<printer name as Windows shows it>")
        return Win32Printer(url, profile, name)
    raise ValueError(f"unsupported printer URL {url!r} (sim://, file://, tcp://, serial://, usb://, win32://)")
