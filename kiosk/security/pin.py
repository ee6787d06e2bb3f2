"""PINs stored as salted scrypt hashes, and the lockout after repeated wrong PINs.

A hash reads ``scrypt$n$r$p$salt_hex$digest_hex``; hashes made by earlier versions
(``pbkdf2_sha256$iterations$salt$digest``) still verify, and :func:`needs_rehash` says to replace
them. scrypt (RFC 7914) is memory-hard: n=2**14, r=8 takes 16 MB and about 50 ms per try on a
kiosk PC, which makes guessing a 6-digit PIN offline slow, while a person at the screen waits
nothing they notice. The PIN itself never reaches a log.

The lockout is kept in a small JSON file (``KIOSK_HOME/run/<name>.lockout.json``) written
atomically, so killing the application does not clear it: after ``max_failures`` wrong PINs in a
row the PIN is refused for ``lock_minutes``, doubling with each further lock (capped at a day).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kiosk.errors import TableError
from kiosk.timeutil import utc_now

log = logging.getLogger(__name__)

SCRYPT_N = 2**14
SCRYPT_R = 8
SCRYPT_P = 1
_MAXMEM = 64 * 1024 * 1024


class PinError(TableError):
    """A PIN refused or that cannot be set (exit code 10)."""

    MESSAGES = {
        "pin_format": {
            "vi": "Mã PIN phải gồm từ 4 đến 12 chữ số.",
            "en": "The PIN must be 4 to 12 digits.",
        },
        "pin_wrong": {
            "vi": "Mã PIN không đúng. Còn {left} lần thử trước khi bị khóa.",
            "en": "Wrong PIN. {left} tries left before the PIN is locked.",
        },
        "pin_locked": {
            "vi": "Đã nhập sai quá nhiều lần. Hãy thử lại sau {minutes} phút.",
            "en": "Too many wrong PINs. Try again in {minutes} minutes.",
        },
        "pin_not_set": {
            "vi": "Máy này chưa đặt mã PIN kỹ thuật viên. Hãy chạy `kiosk technician set-pin` "
                  "trên máy.",
            "en": "No technician PIN is set on this machine. Run `kiosk technician set-pin` on it.",
        },
    }


def check_format(pin: str) -> str:
    pin = pin.strip()
    if not pin.isdigit() or not pin.isascii() or not 4 <= len(pin) <= 12:
        raise PinError("pin_format")
    return pin


def hash_pin(pin: str, *, salt: bytes | None = None, n: int = SCRYPT_N, r: int = SCRYPT_R,
             p: int = SCRYPT_P) -> str:
    """A new salted scrypt hash of ``pin`` (16 random bytes of salt)."""
    salt = salt if salt is not None else os.urandom(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=n, r=r, p=p, maxmem=_MAXMEM, dklen=32)
    return f"scrypt${n}${r}${p}${salt.hex()}${digest.hex()}"


def verify_pin(pin: str, stored: str) -> bool:
    """True when ``pin`` matches ``stored`` (scrypt, or the older PBKDF2 form); a malformed
    hash never matches. Compared in constant time."""
    try:
        scheme, *fields = stored.split("$")
        if scheme == "scrypt":
            n, r, p, salt, digest = fields
            actual = hashlib.scrypt(pin.encode(), salt=bytes.fromhex(salt), n=int(n), r=int(r),
                                    p=int(p), maxmem=_MAXMEM, dklen=len(bytes.fromhex(digest)))
        elif scheme == "pbkdf2_sha256":
            iterations, salt, digest = fields
            actual = hashlib.pbkdf2_hmac("sha256", pin.encode(), bytes.fromhex(salt), int(iterations))
        else:
            return False
    except (ValueError, MemoryError):
        return False
    return hmac.compare_digest(actual.hex(), digest)


def is_pin_hash(stored: str) -> bool:
    return stored.startswith(("scrypt$", "pbkdf2_sha256$"))


def needs_rehash(stored: str) -> bool:
    """An older or weaker hash that should be replaced the next time the PIN is set."""
    if not stored.startswith("scrypt$"):
        return True
    try:
        _, n, r, _p, _salt, _digest = stored.split("$")
        return int(n) < SCRYPT_N or int(r) < SCRYPT_R
    except ValueError:
        return True


@dataclass
class LockState:
    failures: int = 0
    locks: int = 0
    locked_until: dt.datetime | None = None


class PinGuard:
    """Checks PINs against one stored hash and locks out after repeated failures.

    Args:
        stored: The hash (empty: no PIN set, every attempt refused with ``pin_not_set``).
        state_file: Where the failure count survives restarts.
        max_failures: Wrong PINs in a row before the lock.
        lock_minutes: The first lock's length; each further lock doubles it (at most a day).
        clock: UTC now (tests move it).
    """

    def __init__(self, stored: str, state_file: Path, *, max_failures: int = 5,
                 lock_minutes: int = 5, clock: Callable[[], dt.datetime] = utc_now,
                 label: str = "technician PIN") -> None:
        self.label = label
        self.stored = stored
        self.state_file = state_file
        self.max_failures = max_failures
        self.lock_minutes = lock_minutes
        self.clock = clock

    # ------------------------------------------------------------------ state on disk
    def state(self) -> LockState:
        try:
            raw = json.loads(self.state_file.read_text(encoding="utf-8"))
            until = raw.get("locked_until")
            return LockState(int(raw.get("failures", 0)), int(raw.get("locks", 0)),
                             dt.datetime.fromisoformat(until) if until else None)
        except FileNotFoundError:
            return LockState()
        except (OSError, ValueError, TypeError, AttributeError):
            # a damaged file must not open the door: treat it as one lock's worth of failures
            log.warning("lockout file %s unreadable; counting it as locked", self.state_file)
            return LockState(self.max_failures, 1, self.clock() + dt.timedelta(minutes=self.lock_minutes))

    def _save(self, state: LockState) -> None:
        from kiosk.paths import atomic_write_text

        self.state_file.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_text(self.state_file, json.dumps({
            "failures": state.failures, "locks": state.locks,
            "locked_until": state.locked_until.isoformat() if state.locked_until else None}))

    # ------------------------------------------------------------------ checking
    def locked_minutes(self) -> int:
        """Minutes left of a lock (0: not locked)."""
        until = self.state().locked_until
        if until is None:
            return 0
        left = (until - self.clock()).total_seconds()
        return max(0, -int(-left // 60)) if left > 0 else 0

    def check(self, pin: str) -> None:
        """Returns when ``pin`` is right; raises :class:`PinError` (wrong, locked, not set).
        Attempts at once (threads, processes) are taken one after another, so each counts."""
        if not self.stored:
            raise PinError("pin_not_set")
        from kiosk.filelock import held_lock

        with held_lock(self.state_file.with_name(self.state_file.name + ".lock")):
            self._check(pin)

    def _check(self, pin: str) -> None:
        minutes = self.locked_minutes()
        if minutes:
            raise PinError("pin_locked", minutes=minutes)
        state = self.state()
        if verify_pin(pin.strip(), self.stored):
            if state.failures or state.locks:
                self._save(LockState())
            log.info("%s accepted", self.label)
            return
        state.failures += 1
        if state.failures >= self.max_failures:
            minutes = min(self.lock_minutes * 2**state.locks, 24 * 60)
            state.locks += 1
            state.failures = 0
            state.locked_until = self.clock() + dt.timedelta(minutes=minutes)
            self._save(state)
            log.warning("%s locked for %d min after %d wrong tries", self.label, minutes,
                        self.max_failures)
            raise PinError("pin_locked", minutes=minutes)
        self._save(state)
        log.warning("wrong %s (%d of %d)", self.label, state.failures, self.max_failures)
        raise PinError("pin_wrong", left=self.max_failures - state.failures)


_DUMMY: list[str] = []


def dummy_hash() -> str:
    """A hash no PIN is known to match: an unknown account is checked against it, so it takes
    as long and locks the same way as a known one."""
    if not _DUMMY:
        _DUMMY.append(hash_pin(os.urandom(16).hex()[:12].translate(str.maketrans("abcdef", "012345"))))
    return _DUMMY[0]
