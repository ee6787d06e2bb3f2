"""``kiosk-server``: run the central server, list centers, make enrolment codes."""

from __future__ import annotations

import argparse
import json
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

    from server.app import create_app

    db = open_db(args.db)
    print(f"kiosk-server: {db.url.split('@')[-1]} on http://{args.host}:{args.port}", flush=True)
    if args.workers > 1:  # one process per core; the database is the only shared state
        import os

        os.environ["KIOSK_SERVER_DB"] = db.url
        db.dispose()
        uvicorn.run("server.app:app_from_env", factory=True, workers=args.workers, host=args.host,
                    port=args.port, log_level="warning", limit_concurrency=args.max_connections)
        return 0
    uvicorn.run(create_app(db), host=args.host, port=args.port, log_level="warning",
                limit_concurrency=args.max_connections)
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
    run.set_defaults(func=cmd_run)
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
