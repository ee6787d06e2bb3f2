"""``kiosk technician set-pin`` and ``kiosk technician pin-status``."""

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
    print("Đã đặt mã PIN kỹ thuật viên." if vi else "The technician PIN is set.")
    return 0


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


def add_commands(sub: Any) -> None:
    """Add ``kiosk technician …`` to the ``kiosk`` command's sub-parsers."""
    tech = sub.add_parser("technician", help="the technician's PIN on this terminal").add_subparsers(
        dest="sub", required=True)
    sp = tech.add_parser("set-pin", help="set the PIN that unlocks the technician screen (4–12 digits)")
    sp.add_argument("--pin", help="the new PIN (asked twice, hidden, when left out)")
    sp.set_defaults(func=cmd_set_pin)
    st = tech.add_parser("pin-status", help="is a PIN set, failures and lockout (JSON)")
    st.set_defaults(func=cmd_pin_status)
