"""Plain transports for real printers: a device file, a TCP socket (port 9100), a serial port.

Status polling, reconnection and USB come with the device layer proper; these deliver bytes and
turn every failure into a reason instead of an exception.
"""

from __future__ import annotations

import socket
from pathlib import Path

from devices.printer.base import EscposPrinter
from devices.printer.profiles import PrinterProfile
from kiosk.ports import PrintOutcome


class FilePrinter(EscposPrinter):
    def __init__(self, url: str, profile: PrinterProfile, path: Path) -> None:
        super().__init__(url, profile)
        self.path = path

    def deliver(self, data: bytes, job_id: str) -> PrintOutcome:
        try:
            with open(self.path, "ab") as fh:
                fh.write(data)
                fh.flush()
        except OSError as exc:
            return PrintOutcome(False, 0, f"{self.path}: {exc.strerror or exc}")
        return PrintOutcome(True, len(data))


class TcpPrinter(EscposPrinter):
    def __init__(self, url: str, profile: PrinterProfile, host: str, port: int, timeout: float = 5.0) -> None:
        super().__init__(url, profile)
        self.host, self.port, self.timeout = host, port, timeout

    def deliver(self, data: bytes, job_id: str) -> PrintOutcome:
        try:
            with socket.create_connection((self.host, self.port), timeout=self.timeout) as sock:
                sock.sendall(data)
        except OSError as exc:
            return PrintOutcome(False, 0, f"{self.host}:{self.port}: {exc.strerror or exc}")
        return PrintOutcome(True, len(data))


class SerialPrinter(EscposPrinter):
    def __init__(self, url: str, profile: PrinterProfile, port: str, baudrate: int, timeout: float = 5.0) -> None:
        super().__init__(url, profile)
        self.port, self.baudrate, self.timeout = port, baudrate, timeout

    def deliver(self, data: bytes, job_id: str) -> PrintOutcome:
        import serial

        # at 10 bits a byte, give the wire twice the time the bytes need (and never under 5 s)
        write_timeout = max(self.timeout, 2 * len(data) * 10 / self.baudrate)
        try:
            with serial.Serial(self.port, self.baudrate, timeout=self.timeout, write_timeout=write_timeout) as ser:
                ser.write(data)
                ser.flush()
        except (OSError, serial.SerialException) as exc:
            return PrintOutcome(False, 0, f"{self.port}: {exc}")
        return PrintOutcome(True, len(data))
