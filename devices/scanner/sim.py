"""The simulated scanner (``sim://scanner``): scans typed in by a demo, a technician or a test.

It is an ordinary scanner to the rest of the application (same ``start``/``stop``/``state``),
so the screens that react to scans can be shown and tested with nothing plugged in. ``unplug``
and ``plug`` let a demo show how the screens report a missing scanner.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from kiosk.scan import normalise

log = logging.getLogger(__name__)


class SimulatedScanner:
    def __init__(self, url: str = "sim://scanner") -> None:
        self.url = url
        self._lock = threading.Lock()
        self._state = "disconnected"
        self._plugged = True
        self._last_raw = b""
        self._on_scan: Callable[[str], None] | None = None
        self._on_state: Callable[[str], None] | None = None

    @property
    def state(self) -> str:
        with self._lock:
            return self._state

    @property
    def last_raw(self) -> bytes:
        with self._lock:
            return self._last_raw

    def start(self, on_scan: Callable[[str], None],
              on_state: Callable[[str], None] | None = None) -> None:
        self._on_scan, self._on_state = on_scan, on_state
        self._set_state("connected" if self._plugged else "disconnected")

    def stop(self) -> None:
        self._on_scan = None
        self._set_state("disconnected")

    def unplug(self) -> None:
        """The cable is pulled: scans are not delivered until ``plug``."""
        self._plugged = False
        self._set_state("disconnected")

    def plug(self) -> None:
        self._plugged = True
        if self._on_scan is not None:
            self._set_state("connected")

    def feed(self, data: str | bytes) -> bool:
        """Deliver one scan, as the scanner would have read it (``on_scan`` runs on the caller's
        thread). False when nothing was delivered: not started, unplugged, or nothing readable."""
        raw = data if isinstance(data, bytes) else data.encode("utf-8")
        on_scan = self._on_scan
        if on_scan is None or not self._plugged:
            log.info("simulated scanner %s: not started or unplugged, scan dropped", self.url)
            return False
        with self._lock:
            self._last_raw = raw
        text = normalise(raw)
        if not text:
            return False
        on_scan(text)
        return True

    def _set_state(self, state: str) -> None:
        with self._lock:
            changed, self._state = self._state != state, state
        if changed and self._on_state is not None:
            self._on_state(state)
