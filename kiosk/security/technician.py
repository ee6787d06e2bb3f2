"""The technician's PIN on this terminal: set it (into config.toml) and check it with lockout."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from kiosk.paths import kiosk_home
from kiosk.security.pin import PinGuard, check_format, hash_pin
from kiosk.timeutil import utc_now


def lockout_file() -> Path:
    return kiosk_home() / "run" / "technician.lockout.json"


def technician_guard(stored: str, *, clock: Callable[[], dt.datetime] = utc_now,
                     max_failures: int = 5, lock_minutes: int = 5) -> PinGuard:
    return PinGuard(stored, lockout_file(), max_failures=max_failures, lock_minutes=lock_minutes,
                    clock=clock)


def set_technician_pin(config_file: Path, pin: str) -> str:
    """Write the new PIN's hash into ``[terminal] technician_pin_hash`` (comments and everything
    else kept, the whole file checked before it replaces the old one) and clear the lockout.
    Returns the hash. A PIN of the wrong form changes nothing (PinError)."""
    from kiosk.config import save_terminal_table

    stored = hash_pin(check_format(pin))
    save_terminal_table(config_file, "terminal", {"technician_pin_hash": stored})
    lockout_file().unlink(missing_ok=True)
    return stored
