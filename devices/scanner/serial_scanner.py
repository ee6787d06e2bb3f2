"""Serial and USB-CDC barcode scanners: a reader thread that frames, cleans and reconnects.

A scanner in serial mode sends each code followed by a suffix (CR by default on most models),
sometimes preceded by a prefix. The wire is not kind: a frame arrives in pieces (USB packets,
a slow 9600-baud link), two frames arrive in one read, line noise or a scanner set to another
code page sends bytes that are not UTF-8, and the cable is pulled. Each of these must end in a
clean scan, a log line, or the state ``disconnected`` — never in a dead thread.

All traffic with one scanner goes through its one reader thread (as Electrum does with its
hardware wallets). ``on_scan`` is called on that thread with the normalised text; the UI adapts
it to Qt (``ui.scan_filter.ScanRouter.submit`` is thread-safe).

After an unplug the thread reopens the same path every ``reconnect_interval`` seconds (waiting
on an event, so ``stop`` ends the wait at once and nothing spins). Give a stable path — udev's
``/dev/serial/by-id/usb-…`` link — and a scanner that comes back as ``ttyACM1`` instead of
``ttyACM0`` is found again under the same name.
"""

from __future__ import annotations

import errno
import logging
import threading
from collections.abc import Callable
from typing import Any

import serial

from devices.discovery import resolve_port
from kiosk.scan import normalise

log = logging.getLogger(__name__)

CONNECTED = "connected"
DISCONNECTED = "disconnected"

# errnos that mean "the device is not there (yet)" rather than "something is wrong"
_ABSENT = {errno.ENOENT, errno.ENODEV, errno.ENXIO, errno.EIO}


class SerialScanner:
    """A scanner on a serial port (``/dev/ttyACM0``, ``/dev/serial/by-id/…``, ``COM3``).

    Args:
        url: the device URL it was opened from (shown to technicians).
        port: the path (or pyserial URL) to open.
        baudrate: the port's speed (USB-CDC scanners ignore it).
        suffix: the bytes ending a frame; None accepts CR, LF or CRLF.
        prefix: bytes starting a frame, removed; a frame without them is noise and is dropped.
        reconnect_interval: seconds between attempts to reopen the port.
        read_timeout: the longest a read blocks, so ``stop`` is noticed even without
            ``cancel_read``.
        max_frame: bytes without a suffix after which the buffer is dropped as noise.
    """

    def __init__(self, url: str, port: str, *, baudrate: int = 9600, suffix: bytes | None = None,
                 prefix: bytes = b"", reconnect_interval: float = 2.0, read_timeout: float = 0.2,
                 max_frame: int = 4096) -> None:
        if suffix == b"":
            raise ValueError("suffix must not be empty (None accepts CR, LF or CRLF)")
        self.url = url
        self.port = port
        self.baudrate = baudrate
        self.suffix = suffix
        self.prefix = prefix
        self.reconnect_interval = reconnect_interval
        self.read_timeout = read_timeout
        self.max_frame = max_frame
        self._lock = threading.Lock()
        self._state = DISCONNECTED
        self._last_raw = b""
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self._serial: Any = None  # the open pyserial port, only while the reader has one
        self._on_scan: Callable[[str], None] = lambda text: None
        self._on_state: Callable[[str], None] | None = None

    # ------------------------------------------------------------------ public
    @property
    def state(self) -> str:
        """``connected``, ``disconnected`` or ``error: <reason>``."""
        with self._lock:
            return self._state

    @property
    def last_raw(self) -> bytes:
        """The last frame's bytes as they came off the wire, suffix included (for technicians)."""
        with self._lock:
            return self._last_raw

    def start(self, on_scan: Callable[[str], None],
              on_state: Callable[[str], None] | None = None) -> None:
        """Start the reader thread; ``on_scan(text)`` and ``on_state(state)`` are called on it."""
        if self._thread is not None and self._thread.is_alive():
            raise RuntimeError(f"scanner {self.url} already started")
        self._on_scan = on_scan
        self._on_state = on_state
        self._stopping.clear()
        self._thread = threading.Thread(target=self._run, name=f"scanner {self.port}", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 2.0) -> None:
        """Stop the reader and close the port (waits up to ``timeout`` for the thread)."""
        self._stopping.set()
        port = self._serial
        if port is not None:
            try:
                port.cancel_read()  # wakes a blocked read at once where the platform can
            except Exception:  # the port may be closing under us: the read timeout is enough
                pass
        thread, self._thread = self._thread, None
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout)
        self._set_state(DISCONNECTED)

    # ------------------------------------------------------------------ reader thread
    def _set_state(self, state: str) -> None:
        with self._lock:
            changed, self._state = self._state != state, state
        if changed:
            log.info("scanner %s: %s", self.url, state)
            if self._on_state is not None:
                try:
                    self._on_state(state)
                except Exception:
                    log.exception("scanner %s: the state callback failed", self.url)

    def _open(self) -> Any:
        try:
            port = serial.serial_for_url(resolve_port(self.port), do_not_open=True, baudrate=self.baudrate,
                                         timeout=self.read_timeout)
            try:
                port.exclusive = True  # a second program reading the same scanner loses scans
            except (ValueError, AttributeError):  # not offered by every platform and URL type
                pass
            port.open()
            port.reset_input_buffer()  # whatever sat there while nobody listened is stale
        except (OSError, serial.SerialException, ValueError) as exc:
            code = getattr(exc, "errno", None)
            if code in _ABSENT or (code is None and "No such file" in str(exc)):
                self._set_state(DISCONNECTED)
            else:
                self._set_state(f"error: không mở được {self.port} / cannot open {self.port}: {exc}")
            return None
        return port

    def _run(self) -> None:
        while not self._stopping.is_set():
            port = self._open()
            if port is None:
                self._stopping.wait(self.reconnect_interval)
                continue
            self._serial = port
            self._set_state(CONNECTED)
            buffer = bytearray()
            try:
                while not self._stopping.is_set():
                    chunk = port.read(max(1, port.in_waiting))
                    if chunk:
                        buffer += chunk
                        self._frames(buffer)
            except (OSError, serial.SerialException) as exc:
                if not self._stopping.is_set():
                    log.warning("scanner %s: unplugged or failed: %s", self.url, exc)
                    self._set_state(DISCONNECTED)
            finally:
                self._serial = None
                try:
                    port.close()
                except (OSError, serial.SerialException):
                    pass
            if buffer:
                log.warning("scanner %s: %d bytes of an unfinished frame dropped", self.url,
                            len(buffer))
            self._stopping.wait(self.reconnect_interval)

    def _next_frame(self, buffer: bytearray) -> tuple[bytes, bytes] | None:
        """Take the first complete frame off ``buffer``: (frame, frame with its suffix)."""
        if self.suffix is not None:
            end = buffer.find(self.suffix)
            if end < 0:
                return None
            cut = end + len(self.suffix)
        else:
            ends = [i for i in (buffer.find(b"\r"), buffer.find(b"\n")) if i >= 0]
            if not ends:
                return None
            end = min(ends)
            cut = end + 1
            if buffer[end:end + 2] == b"\r\n":
                cut += 1
        frame, raw = bytes(buffer[:end]), bytes(buffer[:cut])
        del buffer[:cut]
        return frame, raw

    def _frames(self, buffer: bytearray) -> None:
        while (taken := self._next_frame(buffer)) is not None:
            self._deliver(*taken)
        if len(buffer) > self.max_frame:
            log.warning("scanner %s: %d bytes without a suffix dropped as noise", self.url,
                        len(buffer))
            buffer.clear()

    def _deliver(self, frame: bytes, raw: bytes) -> None:
        if not frame.strip():
            return  # the LF of a CRLF when the suffix is CR, a stray terminator
        with self._lock:
            self._last_raw = raw
        if self.prefix:
            start = frame.find(self.prefix)
            if start < 0:
                log.warning("scanner %s: a frame without the prefix %r dropped (%d bytes)",
                            self.url, self.prefix, len(frame))
                return
            frame = frame[start + len(self.prefix):]
        try:
            frame.decode("utf-8")
        except UnicodeDecodeError:
            # the content may be personal (an ID card): its length and first bytes only
            log.warning("scanner %s: a frame that is not UTF-8 (%d bytes, starts %s)", self.url,
                        len(frame), frame[:8].hex(" "))
        text = normalise(frame)
        if not text:
            log.warning("scanner %s: a frame with nothing readable dropped (%d bytes)", self.url,
                        len(frame))
            return
        try:
            self._on_scan(text)
        except Exception:
            log.exception("scanner %s: the scan callback failed", self.url)
