"""The center's accounts (officers, managers, administrators), kept by the server.

Accounts live in the center's configuration (``[[officers]]``), which the server sends to every
terminal of the center: an account added, a PIN changed or an account disabled here reaches the
counters on their next sync. The PIN is stored only as its salted scrypt hash.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import tomlkit
from sqlalchemy import select

from kiosk.config import ACCOUNT_ROLE_NAMES
from kiosk.errors import KioskError
from kiosk.security.pin import check_format, hash_pin
from server.db import ServerDB
from server.models import Center


class AccountError(Exception):
    """Refused: the message says why, in Vietnamese and English."""


@dataclass(frozen=True)
class Account:
    code: str
    name: str
    role: str
    disabled: bool

    def to_json(self) -> dict[str, Any]:
        return {"code": self.code, "name": self.name, "role": self.role, "disabled": self.disabled}


def _center_toml(db: ServerDB, center: str) -> str:
    with db.sessions() as s:
        row = s.scalars(select(Center).where(Center.code == center)).first()
        if row is None:
            known = ", ".join(s.scalars(select(Center.code)))
            raise AccountError(f"Không có trung tâm / unknown center {center!r} (có / known: {known})")
        return row.config_toml


def list_accounts(db: ServerDB, center: str) -> list[Account]:
    doc = tomlkit.parse(_center_toml(db, center))
    return [Account(str(o.get("code", "")), str(o.get("name", "")), str(o.get("role", "officer")),
                    bool(o.get("disabled", False))) for o in doc.get("officers", [])]


def set_account(db: ServerDB, center: str, code: str, *, name: str | None = None,
                role: str | None = None, pin: str | None = None,
                disabled: bool | None = None) -> Account:
    """Add an account or change one; the center's whole configuration is checked with the
    terminals' own rules before it is stored and sent down."""
    from server.centers import load_center

    code = code.strip()
    if not code or len(code) > 32:
        raise AccountError("Mã tài khoản phải có 1–32 ký tự / the account code must be 1–32 characters")
    if role is not None and role not in ACCOUNT_ROLE_NAMES:
        raise AccountError(f"Vai trò là một trong / the role is one of: {', '.join(ACCOUNT_ROLE_NAMES)}")
    doc = tomlkit.parse(_center_toml(db, center))
    officers = doc.get("officers")
    if officers is None:
        officers = tomlkit.aot()
        doc["officers"] = officers
    entry = next((o for o in officers if str(o.get("code", "")) == code), None)
    if entry is None:
        if not name or pin is None:
            raise AccountError("Tài khoản mới cần --name và mã PIN / a new account needs --name and a PIN")
        entry = tomlkit.table()
        entry["code"] = code
        officers.append(entry)
        entry = officers[-1]
    if name is not None:
        entry["name"] = name.strip()
    if role is not None:
        entry["role"] = role
    if pin is not None:
        try:
            entry["pin_hash"] = hash_pin(check_format(pin))
        except KioskError as exc:  # the PIN's form (4–12 digits)
            raise AccountError(f"{exc.message('vi')} / {exc.message('en')}") from exc
    if disabled is not None:
        if disabled:
            entry["disabled"] = True
        elif "disabled" in entry:
            del entry["disabled"]
    text = tomlkit.dumps(doc)
    try:
        load_center(db, text, f"{center}: accounts")
    except KioskError as exc:  # the terminals' rules refuse it (ConfigError): nothing stored
        raise AccountError(exc.message("vi")) from exc
    return next(a for a in list_accounts(db, center) if a.code == code)
