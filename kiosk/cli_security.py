"""``kiosk technician set-pin|pin-status`` and ``kiosk audit verify|list``."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any


def cmd_set_pin(args: argparse.Namespace) -> int:
    import getpass

    from kiosk.config import ensure_config
    from kiosk.security.pin import check_format
    from kiosk.security.technician import set_technician_pin

    vi = (args.lang or "vi") == "vi"
    pin = args.pin
    if pin is None:
        pin = check_format(getpass.getpass("Mã PIN mới / new PIN: "))
        again = getpass.getpass("Nhập lại / again: ")
        if again.strip() != pin:
            print("Hai lần nhập không khớp; không thay đổi gì." if vi
                  else "The two entries differ; nothing changed.", file=sys.stderr)
            return 10
    set_technician_pin(ensure_config(), pin)
    _audit_settings_change("technician_pin", "terminal.technician_pin_hash")
    print("Đã đặt mã PIN kỹ thuật viên." if vi else "The technician PIN is set.")
    return 0


def _audit_settings_change(action: str, subject: str) -> None:
    """A settings change made at this terminal's shell, in its audit trail (never the value)."""
    from kiosk.audit import record_system
    from kiosk.config import load_config
    from kiosk.paths import kiosk_home
    from kiosk.wiring import database_path

    record_system(database_path(kiosk_home()), load_config().center_code, action, subject, {})


def cmd_pin_status(args: argparse.Namespace) -> int:
    from kiosk.config import load_config
    from kiosk.security.pin import needs_rehash
    from kiosk.security.technician import technician_guard

    stored = load_config().technician_pin_hash
    guard = technician_guard(stored)
    state = guard.state()
    out: dict[str, Any] = {
        "set": bool(stored), "scheme": stored.split("$", 1)[0] if stored else None,
        "needs_rehash": bool(stored) and needs_rehash(stored),
        "failures": state.failures, "locked_minutes": guard.locked_minutes(),
    }
    print(json.dumps(out, ensure_ascii=False))
    return 0


def cmd_audit_verify(args: argparse.Namespace) -> int:
    """Walk the audit chain of every terminal in this database; exit 15 at a broken link."""
    from kiosk.audit import verify
    from kiosk.wiring import build_context

    vi = (args.lang or "vi") == "vi"
    ctx = build_context()
    try:
        with ctx.store.read() as s:
            result = verify(s)
    finally:
        ctx.close()
    if args.json:
        print(json.dumps(result.to_json(), ensure_ascii=False))
    elif result.ok:
        print(f"Nhật ký kiểm tra nguyên vẹn: {result.entries} bản ghi, {result.terminals} máy." if vi
              else f"Audit trail intact: {result.entries} entries, {result.terminals} terminals.")
    else:
        for b in result.breaks:
            print((f"Nhật ký kiểm tra bị sửa: máy {b.terminal}, bản ghi số {b.seq} ({b.entry_id}): "
                   f"{b.reason_vi}.") if vi else
                  (f"Audit trail tampered with: terminal {b.terminal}, entry {b.seq} ({b.entry_id}): "
                   f"{b.reason_en}."), file=sys.stderr)
    return 0 if result.ok else 15


def cmd_audit_list(args: argparse.Namespace) -> int:
    from kiosk.audit import ACTIONS, entries, to_json
    from kiosk.timeutil import fmt_datetime
    from kiosk.wiring import build_context

    vi = (args.lang or "vi") == "vi"
    ctx = build_context()
    try:
        with ctx.store.read() as s:
            rows = entries(s, actor=args.actor, action=args.action, limit=args.limit)
    finally:
        ctx.close()
    for e in reversed(rows):
        if args.json:
            print(json.dumps(to_json(e), ensure_ascii=False))
            continue
        words = ACTIONS.get(e.action, (e.action, e.action))[0 if vi else 1]
        print(f"{fmt_datetime(e.at)}  #{e.seq:<5} {e.actor_role}:{e.actor:<10} {words}: {e.subject}  {e.detail}")
    return 0


def add_commands(sub: Any) -> None:
    """Add ``kiosk technician …`` to the ``kiosk`` command's sub-parsers."""
    tech = sub.add_parser("technician", help="the technician's PIN on this terminal").add_subparsers(
        dest="sub", required=True)
    sp = tech.add_parser("set-pin", help="set the PIN that unlocks the technician screen (4–12 digits)")
    sp.add_argument("--pin", help="the new PIN (asked twice, hidden, when left out)")
    sp.set_defaults(func=cmd_set_pin)
    st = tech.add_parser("pin-status", help="is a PIN set, failures and lockout (JSON)")
    st.set_defaults(func=cmd_pin_status)

    audit = sub.add_parser("audit", help="the audit trail of officers' and technicians' actions").add_subparsers(
        dest="sub", required=True)
    av = audit.add_parser("verify", help="check the hash chain; names the first broken link (exit 15)")
    av.add_argument("--json", action="store_true")
    av.set_defaults(func=cmd_audit_verify)
    al = audit.add_parser("list", help="the latest entries, oldest first")
    al.add_argument("--actor", help="an account code (cb01) or a role (technician, system)")
    al.add_argument("--action", help="sign_in, call, intake, reprint, device_change, ...")
    al.add_argument("--limit", type=int, default=50)
    al.add_argument("--json", action="store_true", help="one JSON object per line")
    al.set_defaults(func=cmd_audit_list)
