"""``kiosk-server``: run the central server, list centers, make enrolment codes."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence

from kiosk.paths import kiosk_home
from server.db import ServerDB


def default_db_url() -> str:
    return f"sqlite:///{kiosk_home() / 'server.db'}"


def open_db(url: str | None) -> ServerDB:
    from server.centers import ensure_sample_center

    db = ServerDB(url or default_db_url())
    db.migrate()
    ensure_sample_center(db)
    return db


def cmd_run(args: argparse.Namespace) -> int:
    import uvicorn

    from kiosk.sync.client import is_loopback
    from server.app import create_app

    if bool(args.cert) != bool(args.key):
        print("Cần cả --cert và --key / give both --cert and --key", file=sys.stderr)
        return 2
    for path in (args.cert, args.key):
        if path and not os.path.isfile(path):
            print(f"Không có tệp / no such file: {path}", file=sys.stderr)
            return 2
    if not args.cert and not (args.allow_http or is_loopback(args.host)):
        print(f"Không phục vụ HTTP thường trên {args.host}: dùng --cert/--key (HTTPS), hoặc "
              f"--allow-http nếu chỉ là mạng thử nghiệm khép kín.\n"
              f"Refusing plain HTTP on {args.host}: give --cert/--key (HTTPS), or --allow-http on a "
              f"closed test network only.", file=sys.stderr)
        return 2
    tls = {"ssl_certfile": args.cert, "ssl_keyfile": args.key} if args.cert else {}
    db = open_db(args.db)
    scheme = "https" if args.cert else "http"
    print(f"kiosk-server: {db.url.split('@')[-1]} on {scheme}://{args.host}:{args.port}", flush=True)
    if args.workers > 1:  # one process per core; the database is the only shared state
        os.environ["KIOSK_SERVER_DB"] = db.url
        db.dispose()
        uvicorn.run("server.app:app_from_env", factory=True, workers=args.workers, host=args.host,
                    port=args.port, log_level="warning", limit_concurrency=args.max_connections, **tls)
        return 0
    uvicorn.run(create_app(db), host=args.host, port=args.port, log_level="warning",
                limit_concurrency=args.max_connections, **tls)
    return 0


def cmd_centers(args: argparse.Namespace) -> int:
    from server.centers import list_centers

    centers = list_centers(open_db(args.db))
    if args.json:
        print(json.dumps({"centers": [{"code": c.code, "name": c.name, "change_seq": c.change_seq}
                                      for c in centers]}, ensure_ascii=False))
    else:
        for c in centers:
            print(f"{c.code}\t{c.name}")
    return 0


def cmd_enroll(args: argparse.Namespace) -> int:
    from server.auth import AuthError, new_enrolment_code

    try:
        code = new_enrolment_code(open_db(args.db), args.center, args.role, args.hours)
    except AuthError as exc:
        print(f"Không tạo được mã đăng ký / cannot make an enrolment code: {exc}", file=sys.stderr)
        return 2
    print(f"Mã đăng ký một lần cho {args.role} của {args.center} (hết hạn sau {args.hours} giờ) / "
          f"one-time enrolment code: {code}")
    return 0


def cmd_center_config(args: argparse.Namespace) -> int:
    from pathlib import Path

    from kiosk.errors import ConfigError
    from server.centers import load_center

    path = Path(args.file)
    try:
        center = load_center(open_db(args.db), path.read_text(encoding="utf-8"), str(path))
    except (OSError, ConfigError) as exc:
        message = exc.message("vi") if isinstance(exc, ConfigError) else str(exc)
        print(message, file=sys.stderr)
        return 11
    print(f"Đã cập nhật cấu hình trung tâm {center.code}; các máy sẽ nhận khi đồng bộ / "
          f"center configuration updated; terminals receive it on their next sync")
    return 0


def cmd_devices(args: argparse.Namespace) -> int:
    from server.auth import list_devices

    rows = [{"id": d.id, "center": d.center_code, "role": d.role, "name": d.name,
             "enrolled_at": d.created_at.isoformat(),
             "revoked_at": d.revoked_at.isoformat() if d.revoked_at else None}
            for d in list_devices(open_db(args.db))]
    if args.json:
        print(json.dumps({"devices": rows}, ensure_ascii=False))
    else:
        for r in rows:
            state = f"THU HỒI / REVOKED {r['revoked_at']}" if r["revoked_at"] else "ok"
            print(f"{r['id']}  {r['center']:10s} {r['role']:10s} {r['name']:20s} {state}")
    return 0


def cmd_revoke(args: argparse.Namespace) -> int:
    from server.auth import AuthError, revoke

    try:
        device = revoke(open_db(args.db), args.device)
    except AuthError as exc:
        print(f"Không thu hồi được / cannot revoke: {exc}", file=sys.stderr)
        return 2
    print(f"Đã thu hồi khóa của máy {device.id} ({device.role}, {device.center_code}) / token revoked")
    return 0


def cmd_rotate(args: argparse.Namespace) -> int:
    from server.auth import AuthError, rotate

    try:
        token = rotate(open_db(args.db), args.device)
    except AuthError as exc:
        print(f"Không đổi được khóa / cannot rotate: {exc}", file=sys.stderr)
        return 2
    print(json.dumps({"device_id": args.device, "token": token}))
    return 0


def cmd_audit(args: argparse.Namespace) -> int:
    """Walk every terminal's audit chain the server holds; exit 15 at a broken link."""
    from server.audit import verify

    db = open_db(args.db)
    with db.sessions() as s:
        result = verify(s, args.center)
    if args.json:
        print(json.dumps(result.to_json(), ensure_ascii=False))
    else:
        print(f"{result.entries} bản ghi / entries, {result.terminals} máy / terminals")
        for b in result.breaks:
            print(f"{b.terminal} #{b.seq}: {b.reason_vi} / {b.reason_en}", file=sys.stderr)
    return 0 if result.ok else 15


def cmd_account_set(args: argparse.Namespace) -> int:
    import getpass

    from server.accounts import AccountError, set_account

    pin = args.pin
    if args.ask_pin:
        pin = getpass.getpass("Mã PIN mới / new PIN: ")
        if getpass.getpass("Nhập lại / again: ") != pin:
            print("Hai lần nhập không khớp; không thay đổi gì / the two entries differ; nothing changed",
                  file=sys.stderr)
            return 2
    disabled = True if args.disable else False if args.enable else None
    try:
        account = set_account(open_db(args.db), args.center, args.code, name=args.name, role=args.role,
                              pin=pin, disabled=disabled)
    except AccountError as exc:
        print(f"Không lưu được / not saved: {exc}", file=sys.stderr)
        return 2
    print(json.dumps(account.to_json(), ensure_ascii=False))
    return 0


def cmd_account_list(args: argparse.Namespace) -> int:
    from server.accounts import AccountError, list_accounts

    try:
        accounts = list_accounts(open_db(args.db), args.center)
    except AccountError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    for a in accounts:
        print(json.dumps(a.to_json(), ensure_ascii=False))
    return 0


def cmd_dead_letters(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from server.models import DeadLetter

    db = open_db(args.db)
    with db.sessions() as s:
        rows = [{"op_id": d.op_id, "device": d.device_id, "center": d.center_code, "reason": d.reason,
                 "at": d.at.isoformat(), "op": d.op} for d in s.scalars(select(DeadLetter).order_by(DeadLetter.at))]
    if args.json:
        print(json.dumps({"dead_letters": rows}, ensure_ascii=False))
    else:
        for r in rows:
            print(f"{r['at']}  {r['center']}  {r['op_id']}  {r['reason']}")
        if not rows:
            print("Không có thao tác nào bị từ chối / no rejected ops")
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="kiosk-server", description="Central server of the one-stop-shop kiosks")
    sub = p.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="serve the API")
    run.add_argument("--db", help="database URL (default: SQLite under KIOSK_HOME), e.g. "
                                  "postgresql+psycopg://localhost/kiosk")
    run.add_argument("--host", default="127.0.0.1")
    run.add_argument("--port", type=int, default=8700)
    run.add_argument("--max-connections", type=int, default=1000)
    run.add_argument("--workers", type=int, default=1, help="worker processes (one per core)")
    run.add_argument("--cert", help="TLS certificate chain (PEM): serve HTTPS")
    run.add_argument("--key", help="the certificate's private key (PEM)")
    run.add_argument("--allow-http", action="store_true",
                     help="plain HTTP on an address other than loopback (a closed test network only)")
    run.set_defaults(func=cmd_run)
    rot = sub.add_parser("rotate", help="a new token for a terminal, printed once (the old one stops at once)")
    rot.add_argument("--db")
    rot.add_argument("device")
    rot.set_defaults(func=cmd_rotate)
    acc = sub.add_parser("account", help="the center's accounts: officers, managers, administrators"
                         ).add_subparsers(dest="sub", required=True)
    aset = acc.add_parser("set", help="add an account or change one; terminals get it on their next sync")
    aset.add_argument("--db")
    aset.add_argument("center")
    aset.add_argument("code")
    aset.add_argument("--name")
    aset.add_argument("--role", choices=["officer", "manager", "administrator"])
    aset.add_argument("--pin", help="the new PIN (4–12 digits); --ask-pin to type it hidden")
    aset.add_argument("--ask-pin", action="store_true")
    aset.add_argument("--disable", action="store_true", help="the person left: refused at sign-in")
    aset.add_argument("--enable", action="store_true")
    aset.set_defaults(func=cmd_account_set)
    alist = acc.add_parser("list", help="the center's accounts (JSON lines, no PIN hashes)")
    alist.add_argument("--db")
    alist.add_argument("center")
    alist.set_defaults(func=cmd_account_list)
    aud = sub.add_parser("audit", help="terminals' audit trails as the server holds them")
    aud.add_argument("--db")
    aud.add_argument("--center")
    aud.add_argument("--json", action="store_true")
    aud.set_defaults(func=cmd_audit)
    centers = sub.add_parser("centers", help="centers the server knows")
    centers.add_argument("--db")
    centers.add_argument("--json", action="store_true")
    centers.set_defaults(func=cmd_centers)
    enroll = sub.add_parser("enroll", help="a one-time enrolment code for a terminal")
    enroll.add_argument("center")
    enroll.add_argument("--role", required=True, choices=["kiosk", "counter", "display", "technician"])
    enroll.add_argument("--hours", type=int, default=24)
    enroll.add_argument("--db")
    enroll.set_defaults(func=cmd_enroll)
    center = sub.add_parser("center-config", help="load or update a center's configuration (TOML)")
    center.add_argument("file")
    center.add_argument("--db")
    center.set_defaults(func=cmd_center_config)
    devices = sub.add_parser("devices", help="enrolled terminals")
    devices.add_argument("--db")
    devices.add_argument("--json", action="store_true")
    devices.set_defaults(func=cmd_devices)
    revoke = sub.add_parser("revoke", help="revoke a terminal's token (lost or stolen terminal)")
    revoke.add_argument("device")
    revoke.add_argument("--db")
    revoke.set_defaults(func=cmd_revoke)
    dead = sub.add_parser("dead-letters", help="ops the server refused, with the reason")
    dead.add_argument("--db")
    dead.add_argument("--json", action="store_true")
    dead.set_defaults(func=cmd_dead_letters)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return int(args.func(args) or 0)


if __name__ == "__main__":
    sys.exit(main())
