"""A rating keypad on a serial port (RS-232, USB-serial, CDC): one byte per key.

One reader thread per keypad owns the port (nothing else touches it). Each received byte goes
through the map; bytes the map does not know (line noise, a keypad configured for another
protocol, CR/LF) are ignored with a log line and kept in :attr:`SerialKeypad.last_raw`, so a
technician can see what the keypad really sends and write the map. Several presses in one read
are delivered one by one, in order; debouncing and "one rating per service event" are the
:class:`kiosk.rating_prompt.RatingPrompt`'s business, not the driver's.

Unplugged: the read fails (USB-serial and ptys both report it), the port is closed, the state
turns ``disconnected`` and the thread sleeps ``reconnect_s`` before reopening *the same path*
(configure ``/dev/serial/by-id/...``: the kernel may give the device another ttyUSBn when it comes
back, the by-id link follows it). Waiting is on an Event, so :meth:`SerialKeypad.stop` is
immediate and nothing busy-loops.
"""

from __future__ import annotations

import logging
import threading

import serial

from devices.discovery import resolve_port
from devices.keypad.factory import CONNECTED, CONNECTING, DISCONNECTED, STOPPED, OnPress, OnState

log = logging.getLogger(__name__)

RAW_KEEP = 64  # bytes of history kept for diagnostics
READ_TIMEOUT_S = 0.5  # the reader wakes this often even if cancel_read is not supported


class SerialKeypad:
    """A serial keypad; see the module docstring.

    Args:
        url: as configured, for logs and the technician screen.
        port: the device path (``/dev/serial/by-id/...``, ``/dev/ttyUSB1``, ``COM3``).
        byte_map: received byte → level (:func:`devices.keypad.factory.parse_map`).
        reconnect_s: pause between attempts to (re)open the port.
    """

    def __init__(self, url: str, port: str, byte_map: dict[int, int], baudrate: int = 9600,
                 reconnect_s: float = 2.0) -> None:
        self.url = url
        self.port = port
        self.byte_map = dict(byte_map)
        self.levels = max(self.byte_map.values())
        self.baudrate = baudrate
        self.reconnect_s = max(0.05, reconnect_s)
        self._state = STOPPED
        self._last_raw = b""
        self.last_error = ""
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._serial: serial.Serial | None = None
        self._on_press: OnPress | None = None
        self._on_state: OnState | None = None

    @property
    def state(self) -> str:
        return self._state

    @property
    def last_raw(self) -> bytes:
        return self._last_raw

    def start(self, on_press: OnPress, on_state: OnState | None = None) -> None:
        if self._thread is not None and self._thread.is_alive():
            raise RuntimeError(f"keypad {self.url} is already started")
        self._on_press, self._on_state = on_press, on_state
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name=f"keypad {self.port}", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 3.0) -> None:
        self._stop.set()
        ser = self._serial
        if ser is not None:
            try:
                ser.cancel_read()  # wakes the blocked read at once (POSIX)
            except (AttributeError, OSError, serial.SerialException):
                pass
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None
        self._set_state(STOPPED)

    # -- the reader thread ----------------------------------------------------------------

    def _run(self) -> None:
        self._set_state(CONNECTING)
        failures = 0
        while not self._stop.is_set():
            ser = self._open(quiet=failures > 0)
            if ser is None:
                failures += 1
                self._stop.wait(self.reconnect_s)
                continue
            failures = 0
            self._serial = ser
            self._set_state(CONNECTED)
            try:
                self._read_until_gone(ser)
            finally:
                self._serial = None
                try:
                    ser.close()
                except (OSError, serial.SerialException):
                    pass
            if not self._stop.is_set():
                self._set_state(DISCONNECTED)
                self._stop.wait(self.reconnect_s)

    def _open(self, quiet: bool) -> serial.Serial | None:
        try:
            return serial.Serial(resolve_port(self.port), self.baudrate, timeout=READ_TIMEOUT_S)
        except (OSError, ValueError, serial.SerialException) as exc:
            self.last_error = str(exc)
            if quiet:
                log.debug("keypad %s: still cannot open %s: %s", self.url, self.port, exc)
            else:
                log.warning("keypad %s: cannot open %s (%s); retrying every %.1f s",
                            self.url, self.port, exc, self.reconnect_s)
            self._set_state(DISCONNECTED)
            return None

    def _read_until_gone(self, ser: serial.Serial) -> None:
        while not self._stop.is_set():
            try:
                data: bytes = ser.read(1)
                if data and ser.in_waiting:
                    data += ser.read(ser.in_waiting)
            except (OSError, serial.SerialException) as exc:
                if not self._stop.is_set():
                    self.last_error = str(exc)
                    log.warning("keypad %s: %s is gone (%s)", self.url, self.port, exc)
                return
            if data:
                self._handle(data)

    def _handle(self, data: bytes) -> None:
        self._last_raw = (self._last_raw + data)[-RAW_KEEP:]
        unknown = bytearray()
        for byte in data:
            level = self.byte_map.get(byte)
            if level is None:
                unknown.append(byte)
                continue
            callback = self._on_press
            if callback is None:
                continue
            try:
                callback(level)
            except Exception:  # a bug downstream must not kill the keypad
                log.exception("keypad %s: the press handler failed", self.url)
        if unknown:
            log.info("keypad %s: ignored %d unknown byte(s): %s", self.url, len(unknown),
                     unknown[:16].hex(" "))

    def _set_state(self, state: str) -> None:
        if state == self._state:
            return
        self._state = state
        log.info("keypad %s: %s", self.url, state)
        callback = self._on_state
        if callback is not None:
            try:
                callback(state)
            except Exception:
                log.exception("keypad %s: the state handler failed", self.url)
