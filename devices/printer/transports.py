"""Transports for real printers: a device file, a TCP socket (port 9100), a serial port.

Serial and TCP links are two-way: they stay open between jobs, answer status requests, and are
opened again after a failure (an unplugged adapter that comes back, a printer switched off and
on). Bytes go out in chunks so that a failure says how much reached the printer. A file or
device path (``/dev/usb/lp0``) is one-way.
"""

from __future__ import annotations

import contextlib
import socket
import time
from abc import abstractmethod
from pathlib import Path
from typing import Any

from devices.printer.base import EscposPrinter
from devices.printer.profiles import PrinterProfile
from devices.printer.status import (
    RECOVER,
    REQUESTS,
    PrinterState,
    PrinterStatus,
    interpret,
    status_request,
)
from kiosk.ports import PrintOutcome

CHUNK = 1024


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
        self.last_sent = data[-256:]
        return PrintOutcome(True, len(data))


class LinkError(Exception):
    """The port or socket failed: closed, unplugged, refused, timed out."""


class StreamPrinter(EscposPrinter):
    """A two-way link kept open between jobs: status before each job, reconnect after failures."""

    bidirectional = True

    def __init__(self, url: str, profile: PrinterProfile, timeout: float = 5.0,
                 status_timeout: float = 0.5) -> None:
        super().__init__(url, profile)
        self.timeout = timeout
        self.status_timeout = status_timeout
        self._conn: Any = None

    @property
    @abstractmethod
    def where(self) -> str:
        """The port or address, for messages."""

    @abstractmethod
    def _open(self) -> Any: ...

    @abstractmethod
    def _write(self, conn: Any, data: bytes, timeout: float) -> int: ...

    @abstractmethod
    def _read(self, conn: Any, n: int, timeout: float) -> bytes: ...

    def _close(self, conn: Any) -> None:
        # closing a link that already failed (unplugged, reset) may fail again: nothing to save
        with contextlib.suppress(Exception):
            conn.close()

    def close(self) -> None:
        with self.lock:
            self._drop()

    def _drop(self) -> None:
        if self._conn is not None:
            self._close(self._conn)
            self._conn = None

    def _connection(self) -> Any:
        if self._conn is None:
            self._conn = self._open()
        return self._conn

    def _drain(self, conn: Any) -> None:
        """Forget bytes left over from an earlier exchange (a late reply, noise)."""
        for _ in range(64):  # bounded: a printer streaming garbage must not hold us here
            if not self._read(conn, 64, 0.0):
                return

    def _status(self) -> PrinterStatus:
        try:
            conn = self._connection()
            self._drain(conn)
            replies: dict[int, int | None] = {}
            for n in REQUESTS:
                self._write(conn, status_request(n), self.timeout)
                self.last_sent = (self.last_sent + status_request(n))[-256:]
                reply = self._read(conn, 1, self.status_timeout)
                replies[n] = reply[0] if reply else None
                self.last_received = (self.last_received + reply)[-64:]
        except (LinkError, OSError) as exc:
            self._drop()
            return PrinterStatus(PrinterState.DISCONNECTED, (), f"{self.where}: {exc}")
        status = interpret(replies)
        if status.state == PrinterState.UNKNOWN and all(v is None for v in replies.values()):
            # the port is there but nothing answers: a powered-off printer behind a live adapter
            # looks the same as a one-way cable; say both
            return PrinterStatus(PrinterState.UNKNOWN, status.replies, "no reply to DLE EOT")
        return status

    def recover(self) -> PrinterStatus:
        with self.lock:
            try:
                self._write(self._connection(), RECOVER, self.timeout)
            except (LinkError, OSError):
                self._drop()
            self.last_status = self._status()
            return self.last_status

    def deliver(self, data: bytes, job_id: str) -> PrintOutcome:
        sent = 0
        try:
            conn = self._connection()
            for k in range(0, len(data), CHUNK):
                sent += self._write(conn, data[k:k + CHUNK], self._write_timeout(min(CHUNK, len(data) - k)))
        except (LinkError, OSError) as exc:
            self._drop()
            return PrintOutcome(False, sent, f"{self.where}: {exc}")
        self.last_sent = (self.last_sent + data)[-256:]
        return PrintOutcome(True, sent)

    def _write_timeout(self, n: int) -> float:
        return self.timeout


class TcpPrinter(StreamPrinter):
    def __init__(self, url: str, profile: PrinterProfile, host: str, port: int, timeout: float = 5.0) -> None:
        super().__init__(url, profile, timeout)
        self.host, self.port = host, port

    @property
    def where(self) -> str:
        return f"{self.host}:{self.port}"

    def _open(self) -> socket.socket:
        try:
            sock = socket.create_connection((self.host, self.port), timeout=self.timeout)
        except OSError as exc:
            raise LinkError(exc.strerror or str(exc)) from exc
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        return sock

    def _write(self, conn: socket.socket, data: bytes, timeout: float) -> int:
        conn.settimeout(timeout)
        try:
            conn.sendall(data)
        except OSError as exc:
            raise LinkError(exc.strerror or str(exc)) from exc
        return len(data)

    def _read(self, conn: socket.socket, n: int, timeout: float) -> bytes:
        conn.settimeout(timeout if timeout > 0 else 0.001)
        try:
            data = conn.recv(n)
        except (TimeoutError, BlockingIOError):
            return b""
        except OSError as exc:
            raise LinkError(exc.strerror or str(exc)) from exc
        if not data and timeout > 0:
            raise LinkError("connection closed by the printer")
        return data


class SerialPrinter(StreamPrinter):
    """A serial port (RS-232, USB-serial adapter): any baud rate, RTS/CTS or XON/XOFF flow control."""

    def __init__(self, url: str, profile: PrinterProfile, port: str, baudrate: int, timeout: float = 5.0,
                 flow: str = "none") -> None:
        super().__init__(url, profile, timeout)
        if flow not in ("none", "rtscts", "xonxoff"):
            raise ValueError(f"flow={flow!r}: none, rtscts or xonxoff")
        self.port, self.baudrate, self.flow = port, baudrate, flow

    @property
    def where(self) -> str:
        return self.port

    def _open(self) -> Any:
        import serial

        from devices.discovery import resolve_port

        try:
            return serial.serial_for_url(resolve_port(self.port), baudrate=self.baudrate, timeout=self.status_timeout,
                                         write_timeout=self.timeout, rtscts=self.flow == "rtscts",
                                         xonxoff=self.flow == "xonxoff")
        except (OSError, serial.SerialException) as exc:
            raise LinkError(str(exc)) from exc

    def _write_timeout(self, n: int) -> float:
        # at 10 bits a byte, give the wire twice the time the bytes need (and never under the timeout)
        return max(self.timeout, 2 * n * 10 / self.baudrate)

    def _write(self, conn: Any, data: bytes, timeout: float) -> int:
        import serial

        conn.write_timeout = timeout
        try:
            written = conn.write(data)
            conn.flush()
        except (OSError, serial.SerialException) as exc:
            raise LinkError(str(exc)) from exc
        return int(written or 0)

    def _read(self, conn: Any, n: int, timeout: float) -> bytes:
        import serial

        try:
            if timeout <= 0:
                waiting = conn.in_waiting
                return bytes(conn.read(min(n, waiting))) if waiting else b""
            conn.timeout = timeout
            deadline = time.monotonic() + timeout
            data = bytes(conn.read(n))
            while len(data) < n and time.monotonic() < deadline:
                data += bytes(conn.read(n - len(data)))
            return data
        except (OSError, serial.SerialException) as exc:
            raise LinkError(str(exc)) from exc


class UsbPrinter(StreamPrinter):
    """A USB printer driven directly (pyusb + libusb), found by VID:PID (and serial number).

    Bulk OUT for the job, bulk IN for status replies. The kernel's ``usblp`` driver is detached
    from the interface while we hold it (or use ``file:///dev/usb/lp0`` to go through it).
    """

    def __init__(self, url: str, profile: PrinterProfile, vid: int, pid: int, serial: str | None = None,
                 timeout: float = 5.0) -> None:
        super().__init__(url, profile, timeout)
        self.vid, self.pid, self.serial = vid, pid, serial

    @property
    def where(self) -> str:
        return f"USB {self.vid:04x}:{self.pid:04x}" + (f" ({self.serial})" if self.serial else "")

    def _open(self) -> Any:
        try:
            import usb.core
            import usb.util
        except ImportError as exc:
            raise LinkError("pyusb is not installed") from exc
        try:
            dev = usb.core.find(idVendor=self.vid, idProduct=self.pid,
                                custom_match=(lambda d: d.serial_number == self.serial) if self.serial else None)
        except usb.core.NoBackendError as exc:
            raise LinkError("libusb is not installed (apt install libusb-1.0-0)") from exc
        except usb.core.USBError as exc:
            raise LinkError(str(exc)) from exc
        if dev is None:
            raise LinkError("không tìm thấy / not found")
        try:
            if dev.is_kernel_driver_active(0):
                dev.detach_kernel_driver(0)
            dev.set_configuration()
            intf = dev.get_active_configuration()[(0, 0)]

            def endpoint(direction: int) -> Any:
                return usb.util.find_descriptor(
                    intf, custom_match=lambda e: usb.util.endpoint_direction(e.bEndpointAddress) == direction)

            out, inp = endpoint(usb.util.ENDPOINT_OUT), endpoint(usb.util.ENDPOINT_IN)
        except (usb.core.USBError, NotImplementedError) as exc:
            raise LinkError(str(exc)) from exc
        if out is None:
            raise LinkError("no bulk OUT endpoint")
        return dev, out, inp

    def _close(self, conn: Any) -> None:
        # releasing a device that was unplugged fails in libusb: it is gone either way
        with contextlib.suppress(Exception):
            import usb.util

            usb.util.dispose_resources(conn[0])

    def _write(self, conn: Any, data: bytes, timeout: float) -> int:
        import usb.core

        try:
            return int(conn[1].write(data, timeout=int(timeout * 1000)))
        except usb.core.USBError as exc:
            raise LinkError(str(exc)) from exc

    def _read(self, conn: Any, n: int, timeout: float) -> bytes:
        import usb.core

        if conn[2] is None:
            return b""  # no IN endpoint: a one-way printer
        try:
            return bytes(conn[2].read(max(n, conn[2].wMaxPacketSize), timeout=max(1, int(timeout * 1000))))[:n]
        except usb.core.USBTimeoutError:
            return b""
        except usb.core.USBError as exc:
            raise LinkError(str(exc)) from exc


class Win32Printer(EscposPrinter):
    """A printer installed in Windows, sent RAW through the spooler (one-way: no status)."""

    def __init__(self, url: str, profile: PrinterProfile, name: str) -> None:
        super().__init__(url, profile)
        self.name = name

    def deliver(self, data: bytes, job_id: str) -> PrintOutcome:
        try:
            import win32print
        except ImportError:
            return PrintOutcome(False, 0, "win32:// cần Windows (pywin32) / needs Windows with pywin32")
        try:
            handle = win32print.OpenPrinter(self.name)
            try:
                win32print.StartDocPrinter(handle, 1, (f"motcua {job_id}", None, "RAW"))
                win32print.StartPagePrinter(handle)
                written = win32print.WritePrinter(handle, data)
                win32print.EndPagePrinter(handle)
                win32print.EndDocPrinter(handle)
            finally:
                win32print.ClosePrinter(handle)
        except Exception as exc:  # pywintypes.error: the spooler's own message
            return PrintOutcome(False, 0, f"{self.name}: {exc}")
        self.last_sent = data[-256:]
        return PrintOutcome(True, int(written))
