"""The simulated rating keypad: the embedded default, for demos and tests.

It behaves like a plugged-in keypad: :meth:`SimulatedKeypad.press` delivers a level to whoever
started it, in the caller's thread (a real keypad calls from its reader thread; the UI adapter
queues either way). :meth:`SimulatedKeypad.unplug` and :meth:`SimulatedKeypad.plug` show the
"disconnected" state on the technician screen without hardware.
"""

from __future__ import annotations

import logging

from devices.keypad.factory import CONNECTED, DISCONNECTED, STOPPED, OnPress, OnState

log = logging.getLogger(__name__)


class SimulatedKeypad:
    def __init__(self, url: str = "sim://keypad", levels: int = 3) -> None:
        self.url = url
        self.levels = levels
        self._state = STOPPED
        self._last_raw = b""
        self._plugged = True
        self._on_press: OnPress | None = None
        self._on_state: OnState | None = None

    @property
    def state(self) -> str:
        return self._state

    @property
    def last_raw(self) -> bytes:
        return self._last_raw

    def start(self, on_press: OnPress, on_state: OnState | None = None) -> None:
        self._on_press, self._on_state = on_press, on_state
        self._set_state(CONNECTED if self._plugged else DISCONNECTED)

    def stop(self) -> None:
        self._on_press = None
        self._set_state(STOPPED)
        self._on_state = None

    def press(self, level: int) -> bool:
        """Press the key of ``level`` (any number: the prompt judges the range); False when the
        keypad is stopped or unplugged and the press went nowhere."""
        # what the default serial keypad would have sent for this level ('1' for the best)
        self._last_raw = str(self.levels + 1 - level).encode() if 1 <= level <= self.levels else b"?"
        if self._state != CONNECTED or self._on_press is None:
            log.info("sim keypad: press %s went nowhere (%s)", level, self._state)
            return False
        self._on_press(level)
        return True

    def unplug(self) -> None:
        self._plugged = False
        if self._state == CONNECTED:
            self._set_state(DISCONNECTED)

    def plug(self) -> None:
        self._plugged = True
        if self._state == DISCONNECTED:
            self._set_state(CONNECTED)

    def _set_state(self, state: str) -> None:
        if state != self._state:
            self._state = state
            if self._on_state is not None:
                self._on_state(state)
