"""Devices enrol once with a one-time code and then authenticate with their own token.

Only hashes are stored: a stolen database gives neither codes nor tokens. Card data or officer
names are never credentials.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
import time

from sqlalchemy import or_, select, update

from kiosk.ids import new_id
from server.db import ServerDB
from server.models import Center, Device, EnrolmentCode

ROLES = ("kiosk", "counter", "display", "technician")
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud or typed by hand


class AuthError(Exception):
    pass


def digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def normalise_code(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch.isalnum())


def new_enrolment_code(db: ServerDB, center: str, role: str, hours: int = 24) -> str:
    if role not in ROLES:
        raise AuthError(f"unknown role {role!r}; roles: {', '.join(ROLES)}")
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(12))
    now = db.clock()
    with db.session() as s:
        if s.get(Center, center) is None:
            known = ", ".join(s.scalars(select(Center.code)))
            raise AuthError(f"unknown center {center!r}; centers: {known}")
        s.add(EnrolmentCode(code_hash=digest(raw), center_code=center, role=role, created_at=now,
                            expires_at=now + dt.timedelta(hours=hours)))
    return f"{raw[:4]}-{raw[4:8]}-{raw[8:]}"


def enrol(db: ServerDB, code: str, name: str = "") -> tuple[Device, str]:
    """Exchange a one-time code for a device token (returned once, stored hashed)."""
    now = db.clock()
    with db.session() as s:
        row = s.get(EnrolmentCode, digest(normalise_code(code)), with_for_update=True)
        if row is None or row.used_at is not None or row.expires_at < now:
            raise AuthError("invalid, used or expired enrolment code")
        token = secrets.token_urlsafe(32)
        device = Device(id=new_id(), center_code=row.center_code, role=row.role, name=name[:128],
                        token_hash=digest(token), created_at=now)
        s.add(device)
        row.used_at = now
        row.device_id = device.id
    return device, token


_TOKEN_TTL = 5.0  # seconds a known token is trusted without asking the database again
_token_cache: dict[str, tuple[float, Device]] = {}


def cached_device(token: str) -> Device | None:
    """The device of a token seen in the last few seconds (no database: safe on the event loop)."""
    hit = _token_cache.get(digest(token))
    if hit is not None and time.monotonic() - hit[0] < _TOKEN_TTL:
        return hit[1]
    return None


def device_for_token(db: ServerDB, token: str) -> Device:
    """The device of a token; known tokens are cached a few seconds (a revocation takes effect
    within that time), unknown ones always go to the database."""
    hit = cached_device(token)
    if hit is not None:
        return hit
    key = digest(token)
    with db.sessions() as s:
        device = s.scalars(select(Device).where(
            or_(Device.token_hash == key, Device.prev_token_hash == key))).first()
        if device is None or device.revoked_at is not None:
            _token_cache.pop(key, None)
            raise AuthError("unknown or revoked device token")
        s.expunge(device)
    if device.token_hash == key and device.prev_token_hash is not None:
        old = device.prev_token_hash  # the new token is in use: the old one ends here
        with db.session() as s:
            s.execute(update(Device).where(Device.id == device.id, Device.token_hash == key)
                      .values(prev_token_hash=None))
        _token_cache.pop(old, None)
    if len(_token_cache) > 10_000:
        _token_cache.clear()
    _token_cache[key] = (time.monotonic(), device)
    return device


def list_devices(db: ServerDB) -> list[Device]:
    with db.sessions() as s:
        rows = list(s.scalars(select(Device).order_by(Device.center_code, Device.created_at)))
        for r in rows:
            s.expunge(r)
        return rows


def revoke(db: ServerDB, device_id: str) -> Device:
    """A lost or stolen terminal: its token stops working (within the few seconds of the cache)."""
    with db.session() as s:
        device = s.get(Device, device_id)
        if device is None:
            raise AuthError(f"unknown device {device_id!r}")
        if device.revoked_at is None:
            device.revoked_at = db.clock()
        s.flush()
        s.expunge(device)
    for key, (_, cached) in list(_token_cache.items()):
        if cached.id == device_id:
            _token_cache.pop(key, None)
    return device


def rotate(db: ServerDB, device_id: str, *, grace: bool = False, caller: str | None = None) -> str:
    """A new token for a device; returned once. ``grace``: the terminal asked for it itself, so
    its current token keeps working until the new one is first used (the answer may be lost);
    otherwise (an administrator's rotation) the old token stops at once."""
    token = secrets.token_urlsafe(32)
    with db.session() as s:
        device = s.get(Device, device_id, with_for_update=True)
        if device is None or device.revoked_at is not None:
            raise AuthError(f"unknown or revoked device {device_id!r}")
        old, older = device.token_hash, device.prev_token_hash
        # the grace goes to the token the caller holds (after a lost answer, that is the older one)
        kept = caller if caller in (old, older) else old
        device.prev_token_hash = kept if grace else None
        device.token_hash = digest(token)
        device.rotated_at = db.clock()
    for key in (old, older):
        if key and (not grace or key != kept):
            _token_cache.pop(key, None)
    return token
