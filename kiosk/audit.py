"""The audit trail: every officer's and technician's action, hash-chained per terminal.

An entry says who (role and account), when (UTC), where (center, terminal, counter in the
detail), what (the action and its subject) and, where it matters, the values before and after.
It is written in the same transaction as the action itself, with an outbox op, so the server
receives the chain too.

Each entry's ``hash`` is SHA-256 over its own fields and the previous entry's hash. Editing an
entry by hand, deleting one or slipping one in breaks the chain at that point, and ``verify``
names the first broken link. What the chain cannot show alone: someone who rewrites every hash
after an edit, or cuts entries off the end, on a terminal that has not synced them yet; the
copy on the server (which never takes an entry twice) is what shows that (docs/security.md).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.ids import new_id
from kiosk.security.access import Principal
from kiosk.store.models import AuditEntry, OutboxOp, SyncState

GENESIS = "0" * 64

# the actions the trail records (what a reader of `kiosk audit list` sees)
ACTIONS = {
    "sign_in": ("Đăng nhập", "Signed in"),
    "sign_in_failed": ("Đăng nhập sai", "Failed sign-in"),
    "sign_out": ("Đăng xuất", "Signed out"),
    "session_locked": ("Khoá phiên do không thao tác", "Session locked (inactivity)"),
    "session_unlocked": ("Mở khoá phiên", "Session unlocked"),
    "call": ("Gọi số", "Called a ticket"),
    "recall": ("Gọi lại", "Recalled"),
    "no_show": ("Vắng mặt", "No-show"),
    "finish": ("Xong", "Finished"),
    "transfer": ("Chuyển", "Transferred"),
    "park": ("Tạm gác", "Parked"),
    "resume": ("Phục vụ tiếp", "Resumed"),
    "intake": ("Tiếp nhận hồ sơ", "Dossier intake"),
    "dossier_state": ("Đổi trạng thái hồ sơ", "Dossier state changed"),
    "dossier_handover": ("Bàn giao hồ sơ", "Dossier handed over"),
    "late_notice": ("Phiếu xin lỗi, hẹn lại", "Late notice"),
    "form_issued": ("In phiếu, mẫu", "Form issued"),
    "reprint": ("In lại", "Reprint"),
    "feedback_state": ("Xử lý phản ánh", "Complaint handled"),
    "settings_change": ("Đổi cài đặt", "Settings changed"),
    "device_change": ("Đổi thiết bị", "Device changed"),
    "technician_pin": ("Đổi PIN kỹ thuật", "Technician PIN changed"),
    "technician_unlock": ("Mở màn hình kỹ thuật", "Technician screen opened"),
    "personal_data_purge": ("Xoá dữ liệu cá nhân hết hạn", "Personal data purged"),
}


def canonical(value: Any) -> str:
    """JSON that hashes the same wherever it is written: sorted keys, no spaces, UTF-8 kept."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)


def _at_text(at: dt.datetime) -> str:
    return at.astimezone(dt.UTC).replace(tzinfo=None).isoformat(timespec="microseconds")


def entry_hash(terminal: str, seq: int, at: dt.datetime, center_code: str, actor_role: str,
               actor: str, action: str, subject: str, detail: str, prev_hash: str) -> str:
    body = canonical([terminal, seq, _at_text(at), center_code, actor_role, actor, action,
                      subject, detail, prev_hash])
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def hash_of(e: AuditEntry) -> str:
    return entry_hash(e.terminal, e.seq, e.at, e.center_code, e.actor_role, e.actor, e.action,
                      e.subject, e.detail, e.prev_hash)


def to_json(e: AuditEntry) -> dict[str, Any]:
    return {"id": e.id, "terminal": e.terminal, "seq": e.seq, "at": e.at.isoformat(),
            "center_code": e.center_code, "actor_role": e.actor_role, "actor": e.actor,
            "action": e.action, "subject": e.subject, "detail": e.detail,
            "prev_hash": e.prev_hash, "hash": e.hash}


def chain_name(s: Session, terminal: str) -> str:
    """This database's chain: the terminal's name and a random suffix chosen once, so two
    terminals with the same host name (a cloned disk image) never share a chain on the server."""
    row = s.get(SyncState, "audit_chain")
    if row is None:
        row = SyncState(key="audit_chain", value=f"{(terminal or 'terminal')[:48]}-{uuid.uuid4().hex[:12]}")
        s.add(row)
        s.flush()
    return row.value


def record(s: Session, *, clock: Callable[[], dt.datetime], terminal: str, center_code: str,
           principal: Principal, action: str, subject: str = "",
           detail: dict[str, Any] | None = None) -> AuditEntry:
    """Append an entry in the caller's write transaction (SQLite's IMMEDIATE transactions
    serialise writers, so two appends never take the same place in the chain)."""
    if action not in ACTIONS:
        raise ValueError(f"unknown audit action {action!r}")
    terminal = chain_name(s, terminal)
    last = s.execute(select(AuditEntry.seq, AuditEntry.hash).where(AuditEntry.terminal == terminal)
                     .order_by(AuditEntry.seq.desc()).limit(1)).first()
    seq, prev = (last[0] + 1, last[1]) if last is not None else (1, GENESIS)
    at = clock().astimezone(dt.UTC)
    text = canonical(detail or {})
    entry = AuditEntry(id=new_id(), terminal=terminal[:64], seq=seq, at=at,
                       center_code=center_code, actor_role=principal.role.value,
                       actor=principal.actor[:64], action=action, subject=subject[:128],
                       detail=text, prev_hash=prev)
    entry.hash = hash_of(entry)
    s.add(entry)
    s.add(OutboxOp(id=new_id(), entity="audit", entity_id=entry.id, op="append",
                   payload=to_json(entry), created_at=at))
    return entry


def changes(before: dict[str, Any], after: dict[str, Any]) -> dict[str, Any]:
    """Only what changed, as {"before": {...}, "after": {...}}."""
    keys = sorted(k for k in set(before) | set(after) if before.get(k) != after.get(k))
    return {"before": {k: before.get(k) for k in keys}, "after": {k: after.get(k) for k in keys}}


@dataclass(frozen=True)
class Break:
    """The first link of a terminal's chain that does not hold."""

    terminal: str
    seq: int
    entry_id: str
    reason_vi: str
    reason_en: str

    def to_json(self) -> dict[str, Any]:
        return {"terminal": self.terminal, "seq": self.seq, "id": self.entry_id,
                "reason_vi": self.reason_vi, "reason_en": self.reason_en}


@dataclass(frozen=True)
class Verification:
    entries: int
    terminals: int
    breaks: tuple[Break, ...]

    @property
    def ok(self) -> bool:
        return not self.breaks

    def to_json(self) -> dict[str, Any]:
        return {"ok": self.ok, "entries": self.entries, "terminals": self.terminals,
                "breaks": [b.to_json() for b in self.breaks]}


def _check_chain(terminal: str, rows: Iterator[AuditEntry]) -> tuple[int, Break | None]:
    expected_seq, prev, count = 1, GENESIS, 0
    for e in rows:
        count += 1
        if e.seq != expected_seq:
            missing = e.seq > expected_seq
            return count, Break(
                terminal, expected_seq if missing else e.seq, e.id,
                f"thiếu bản ghi số {expected_seq} (bị xoá?)" if missing
                else f"số thứ tự {e.seq} lặp lại hoặc bị chèn",
                f"entry {expected_seq} is missing (deleted?)" if missing
                else f"sequence number {e.seq} repeated or inserted")
        if e.prev_hash != prev:
            return count, Break(terminal, e.seq, e.id,
                                "không khớp với bản ghi trước (bị sửa, xoá hoặc chèn)",
                                "does not link to the entry before (edited, deleted or inserted)")
        if hash_of(e) != e.hash:
            return count, Break(terminal, e.seq, e.id,
                                "nội dung đã bị sửa sau khi ghi",
                                "its content was changed after it was written")
        prev, expected_seq = e.hash, expected_seq + 1
    return count, None


def verify(s: Session) -> Verification:
    """Walk every terminal's chain in order; the first broken link of each is reported."""
    terminals = list(s.scalars(select(AuditEntry.terminal).distinct().order_by(AuditEntry.terminal)))
    total, breaks = 0, []
    for terminal in terminals:
        rows = s.scalars(select(AuditEntry).where(AuditEntry.terminal == terminal)
                         .order_by(AuditEntry.seq, AuditEntry.id).execution_options(yield_per=500))
        count, broken = _check_chain(terminal, iter(rows))
        total += count
        if broken is not None:
            breaks.append(broken)
    return Verification(total, len(terminals), tuple(breaks))


def entries(s: Session, *, since: dt.datetime | None = None, actor: str | None = None,
            action: str | None = None, limit: int = 200) -> list[AuditEntry]:
    q = select(AuditEntry)
    if since is not None:
        q = q.where(AuditEntry.at >= since)
    if actor:
        q = q.where(AuditEntry.actor == actor)
    if action:
        q = q.where(AuditEntry.action == action)
    rows = list(s.scalars(q.order_by(AuditEntry.at.desc(), AuditEntry.seq.desc()).limit(limit)))
    for r in rows:
        s.expunge(r)
    return rows


def record_system(db_path: Path, center_code: str, action: str, subject: str,
                  detail: dict[str, Any]) -> None:
    """An entry made by this machine itself (the housekeeping, a command at its shell), outside
    any running context: its own short write transaction."""
    import socket

    from kiosk.security.access import SYSTEM
    from kiosk.store.db import Store
    from kiosk.timeutil import utc_now

    store = Store(db_path)
    try:
        store.migrate()  # a no-op at the current schema; a terminal not started yet gets its file
        with store.write() as s:
            record(s, clock=utc_now, terminal=socket.gethostname(), center_code=center_code,
                   principal=SYSTEM, action=action, subject=subject, detail=detail)
    finally:
        store.dispose()


class AuditTrail:
    """What a service holds to write the trail: this terminal, its center, who acts, the clock."""

    def __init__(self, terminal: str, center_code: Callable[[], str],
                 principal: Callable[[], Principal], clock: Callable[[], dt.datetime]) -> None:
        self.terminal = terminal
        self.center_code = center_code
        self.principal = principal
        self.clock = clock

    def record(self, s: Session, action: str, subject: str = "",
               detail: dict[str, Any] | None = None, principal: Principal | None = None) -> AuditEntry:
        return record(s, clock=self.clock, terminal=self.terminal, center_code=self.center_code(),
                      principal=principal or self.principal(), action=action, subject=subject,
                      detail=detail)
