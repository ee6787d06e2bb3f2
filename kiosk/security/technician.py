"""The technician's PIN on this terminal: set it (into config.toml) and check it with lockout."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from kiosk.paths import atomic_write_text, kiosk_home
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
    import tomlkit

    from kiosk.config import load_config
    from kiosk.errors import ConfigError

    pin = check_format(pin)
    stored = hash_pin(pin)
    try:
        doc = tomlkit.parse(config_file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomlkit.exceptions.TOMLKitError) as exc:
        raise ConfigError("config_unreadable", path=str(config_file), detail=str(exc)) from exc
    if "terminal" not in doc:
        doc["terminal"] = tomlkit.table()
    terminal = doc["terminal"]
    terminal["technician_pin_hash"] = stored
    text = tomlkit.dumps(doc)
    probe = config_file.with_name(f".{config_file.name}.check")
    probe.write_text(text, encoding="utf-8")
    try:
        load_config(probe)
    finally:
        probe.unlink(missing_ok=True)
    atomic_write_text(config_file, text)
    lockout_file().unlink(missing_ok=True)
    return stored
