"""Terminals' audit trails on the server: kept as they arrived, never rewritten.

Each entry pushed by a terminal is checked against its own hash (an entry edited before it was
synced does not match) and stored once under (center, terminal, seq). The same entry sent again
is a duplicate; an entry at the same place with other content is refused as a dead letter: the
terminal's copy was rewritten after the server had it. The center is the device's, never the
payload's (a terminal writes only into its own center).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.audit import GENESIS, Break, Verification, entry_hash
from server.models import Device, ServerAuditEntry

_TEXT = {"id": 36, "terminal": 64, "actor_role": 16, "actor": 64, "action": 48, "subject": 128,
         "prev_hash": 64, "hash": 64}


class AuditRejected(Exception):
    """The entry cannot be stored as it is (the sync makes it a dead letter with this reason)."""


def _fields(payload: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, size in _TEXT.items():
        value = payload.get(key)
        # the subject may be empty (a technician opening the screen concerns no record)
        if not isinstance(value, str) or (not value and key != "subject") or len(value) > size:
            raise AuditRejected(f"audit {key}: missing or not text of at most {size} characters")
        out[key] = value
    detail = payload.get("detail")
    if not isinstance(detail, str) or len(detail) > 100_000:
        raise AuditRejected("audit detail: not text")
    out["detail"] = detail
    seq = payload.get("seq")
    if isinstance(seq, bool) or not isinstance(seq, int) or not 1 <= seq < 2**31:
        raise AuditRejected("audit seq: not a positive integer")
    out["seq"] = seq
    try:
        at = dt.datetime.fromisoformat(str(payload.get("at")))
    except ValueError:
        raise AuditRejected("audit at: not an ISO 8601 time") from None
    if at.tzinfo is None:
        raise AuditRejected("audit at: no time zone")
    out["at"] = at.astimezone(dt.UTC)
    out["center_code"] = str(payload.get("center_code") or "")
    return out


def store_entry(s: Session, device: Device, payload: dict[str, Any], now: dt.datetime) -> bool:
    """Keep one pushed entry; False when the server already had exactly this entry."""
    f = _fields(payload)
    if entry_hash(f["terminal"], f["seq"], f["at"], f["center_code"], f["actor_role"], f["actor"],
                  f["action"], f["subject"], f["detail"], f["prev_hash"]) != f["hash"]:
        raise AuditRejected(f"audit entry {f['seq']} of {f['terminal']}: its hash does not match "
                            "its content (edited on the terminal before it was sent)")
    if f["center_code"] != device.center_code:
        raise AuditRejected(f"audit entry of center {f['center_code']!r} sent by a terminal of "
                            f"{device.center_code!r}")
    same_place = s.scalars(select(ServerAuditEntry).where(
        ServerAuditEntry.center_code == device.center_code, ServerAuditEntry.terminal == f["terminal"],
        ServerAuditEntry.seq == f["seq"])).first()
    if f["terminal"] == SERVER_CHAIN:
        raise AuditRejected(f"audit chain {SERVER_CHAIN} is the server's own")
    owner = s.scalars(select(ServerAuditEntry.origin_device).where(
        ServerAuditEntry.center_code == device.center_code,
        ServerAuditEntry.terminal == f["terminal"]).limit(1)).first()
    if owner is not None and owner != device.id:
        raise AuditRejected(f"audit chain {f['terminal']} belongs to another device of the center")
    held = same_place or s.get(ServerAuditEntry, f["id"])
    if held is not None:
        if held.hash == f["hash"] and held.id == f["id"]:
            return False
        raise AuditRejected(f"audit entry {f['seq']} of {f['terminal']} differs from the copy the "
                            "server holds (the terminal's trail was rewritten)")
    s.add(ServerAuditEntry(**{k: v for k, v in f.items() if k != "center_code"},
                           center_code=device.center_code, origin_device=device.id, received_at=now))
    s.flush()
    return True


def verify(s: Session, center: str | None = None) -> Verification:
    """Each terminal's chain as the server holds it; a gap is reported only where entries
    after it have arrived (a terminal still syncing has no gap yet)."""
    q = select(ServerAuditEntry.center_code, ServerAuditEntry.terminal).distinct()
    if center:
        q = q.where(ServerAuditEntry.center_code == center)
    total, breaks = 0, []
    chains = list(s.execute(q.order_by(ServerAuditEntry.center_code, ServerAuditEntry.terminal)))
    for center_code, terminal in chains:
        prev, expected = GENESIS, 1
        for e in s.scalars(select(ServerAuditEntry).where(
                ServerAuditEntry.center_code == center_code, ServerAuditEntry.terminal == terminal)
                .order_by(ServerAuditEntry.seq)):
            total += 1
            name = f"{center_code}/{terminal}"
            if e.seq != expected:
                breaks.append(Break(name, expected, e.id, f"thiếu bản ghi số {expected}",
                                    f"entry {expected} is missing"))
                break
            if e.prev_hash != prev:
                breaks.append(Break(name, e.seq, e.id, "không khớp với bản ghi trước",
                                    "does not link to the entry before"))
                break
            if entry_hash(e.terminal, e.seq, e.at, e.center_code, e.actor_role, e.actor, e.action,
                          e.subject, e.detail, e.prev_hash) != e.hash:
                breaks.append(Break(name, e.seq, e.id, "nội dung đã bị sửa trên máy chủ",
                                    "its content was changed on the server"))
                break
            prev, expected = e.hash, expected + 1
    return Verification(total, len(chains), tuple(breaks))


SERVER_CHAIN = "kiosk-server"


def _accounts(toml_text: str) -> dict[str, dict[str, Any]]:
    import tomllib

    try:
        raw = tomllib.loads(toml_text)
    except tomllib.TOMLDecodeError:
        return {}
    return {str(o.get("code")): {"role": o.get("role", "officer"), "disabled": bool(o.get("disabled")),
                                 "pin": o.get("pin_hash", "")}
            for o in raw.get("officers", []) if isinstance(o, dict)}


def account_changes(before: str, after: str) -> dict[str, list[str]]:
    """Which accounts a new configuration adds, removes, re-roles, disables or re-PINs (codes
    only, never a hash)."""
    old, new = _accounts(before), _accounts(after)
    out = {"added": sorted(set(new) - set(old)), "removed": sorted(set(old) - set(new)),
           "role_changed": sorted(c for c in set(old) & set(new) if old[c]["role"] != new[c]["role"]),
           "disabled_changed": sorted(c for c in set(old) & set(new) if old[c]["disabled"] != new[c]["disabled"]),
           "pin_changed": sorted(c for c in set(old) & set(new) if old[c]["pin"] != new[c]["pin"])}
    return {k: v for k, v in out.items() if v}


def record_server_change(s: Session, center: str, action: str, subject: str, detail: dict[str, Any],
                         now: dt.datetime, actor: str = "administrator") -> ServerAuditEntry:
    """An administrator's change made on the server (accounts, a center's configuration), in
    the center's ``kiosk-server`` chain, hashed like a terminal's entries. The caller holds the
    center's row lock, so two changes never take the same place."""
    from kiosk.audit import canonical

    last = s.scalars(select(ServerAuditEntry).where(
        ServerAuditEntry.center_code == center, ServerAuditEntry.terminal == SERVER_CHAIN)
        .order_by(ServerAuditEntry.seq.desc()).limit(1)).first()
    seq, prev = (last.seq + 1, last.hash) if last is not None else (1, GENESIS)
    text = canonical(detail)
    at = now.astimezone(dt.UTC)
    from kiosk.ids import new_id

    entry = ServerAuditEntry(id=new_id(), center_code=center, terminal=SERVER_CHAIN, seq=seq, at=at,
                             actor_role="administrator", actor=actor[:64], action=action,
                             subject=subject[:128], detail=text, prev_hash=prev,
                             hash=entry_hash(SERVER_CHAIN, seq, at, center, "administrator", actor[:64],
                                             action, subject[:128], text, prev),
                             origin_device="server", received_at=now)
    s.add(entry)
    return entry
