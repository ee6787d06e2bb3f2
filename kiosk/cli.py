"""The ``kiosk`` command: the GUI, and the same application services for scripts.

Errors are sentences in the configured language (Vietnamese by default) on stderr with a
non-zero exit code; an unexpected failure is logged under KIOSK_HOME/logs, never dumped raw.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.errors import KioskError

if TYPE_CHECKING:
    from kiosk.wiring import AppContext

log = logging.getLogger("kiosk")


def _lang(args: argparse.Namespace) -> str:
    return getattr(args, "lang", None) or os.environ.get("KIOSK_LANG") or _config_lang()


def _config_lang() -> str:
    try:
        from kiosk.config import load_config

        return load_config().language
    except KioskError:
        return "vi"


def _print_json(obj: Any) -> None:
    print(json.dumps(obj, ensure_ascii=False, indent=None, default=str))


def _ctx() -> AppContext:
    from kiosk.wiring import build_context

    return build_context()


# ---------------------------------------------------------------------- commands
def _no_qt(detail: object) -> str:
    return ("Thiếu thư viện giao diện (PySide6): hãy chạy `make run` để cài đặt.\n"
            f"The GUI libraries (PySide6) are missing: run `make run` to install them. ({detail})")


def _gui_in_process(args: argparse.Namespace) -> bool:
    """``kiosk run --no-watchdog`` / KIOSK_NO_WATCHDOG=1, and the supervisor's own child."""
    from kiosk.supervisor import ENV_NO_WATCHDOG

    return bool(getattr(args, "no_watchdog", False)) or os.environ.get(ENV_NO_WATCHDOG) == "1"


def cmd_run(args: argparse.Namespace) -> int:
    """The GUI: under its watchdog (kiosk/supervisor.py, no Qt in this process), or in-process."""
    import importlib.util

    in_process = _gui_in_process(args)
    if not in_process and importlib.util.find_spec("PySide6") is None:
        raise SystemExit(_no_qt("PySide6 not installed"))
    if (sys.platform.startswith("linux") and not os.environ.get("DISPLAY")
            and not os.environ.get("WAYLAND_DISPLAY") and not os.environ.get("QT_QPA_PLATFORM")):
        raise SystemExit(
            "Không tìm thấy màn hình (biến DISPLAY trống). Hãy chạy trong phiên đồ họa, hoặc dùng "
            "`xvfb-run make run`, hoặc QT_QPA_PLATFORM=offscreen để chạy không màn hình.\n"
            "No display found (DISPLAY is empty). Run inside a graphical session, or use "
            "`xvfb-run make run`, or QT_QPA_PLATFORM=offscreen to run without a screen."
        )
    if not in_process:
        from kiosk.cli_ops import supervise

        return supervise(args)
    from kiosk.paths import kiosk_home
    from kiosk.supervisor import child_prepare

    child_prepare(kiosk_home())
    try:
        from ui.app import run_gui
    except ImportError as exc:
        # a restart would not bring the library back: exit 11, which the watchdog does not retry
        print(_no_qt(exc), file=sys.stderr)
        return 11
    return run_gui(role=args.role, lang=args.lang, counter=args.counter)


def cmd_ticket_take(args: argparse.Namespace) -> int:
    ctx = _ctx()
    lang = _lang(args)
    ticket, outcome = ctx.desk.take_and_print(args.service, args.priority, lang)
    if args.json:
        _print_json(ticket.to_json() | {"printed": outcome.ok, "print_error": outcome.reason or None,
                                         "print_output": list(outcome.artifacts)})
    else:
        print(f"{ticket.number}  {ticket.service_name}  "
              f"({'đang chờ trước' if lang == 'vi' else 'ahead'}: {ticket.people_ahead}, "
              f"~{ticket.estimated_wait_minutes} {'phút' if lang == 'vi' else 'min'})")
        for path in outcome.artifacts:
            print(path)
    if not outcome.ok:
        from kiosk.messages import t

        print(t("print_failed", lang, reason=outcome.reason), file=sys.stderr)
        return 13
    return 0


def _counter_action(action: Callable[..., Any], args: argparse.Namespace) -> int:
    lang = _lang(args)
    ticket = action(lang=lang)
    if args.json:
        _print_json(ticket.to_json() if ticket is not None else None)
    elif ticket is None:
        print("Không còn ai đang chờ." if lang == "vi" else "Nobody is waiting.")
    else:
        print(f"{ticket.number}  {ticket.service_name}  {ticket.status}")
    return 0


def cmd_queue_call(args: argparse.Namespace) -> int:
    ctx = _ctx()
    return _counter_action(lambda lang: ctx.queue.call_next(args.counter, args.officer, lang), args)


def cmd_queue_simple(name: str) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        ctx = _ctx()
        method = getattr(ctx.queue, name)
        return _counter_action(lambda lang: method(args.counter, args.officer, lang), args)

    return run


def cmd_queue_transfer(args: argparse.Namespace) -> int:
    ctx = _ctx()
    return _counter_action(
        lambda lang: ctx.queue.transfer(args.counter, to_service=args.to_service,
                                        to_counter=args.to_counter, officer=args.officer, lang=lang),
        args,
    )


def cmd_queue_resume(args: argparse.Namespace) -> int:
    ctx = _ctx()
    return _counter_action(lambda lang: ctx.queue.resume(args.counter, args.ticket, args.officer, lang), args)


def cmd_queue_list(args: argparse.Namespace) -> int:
    ctx = _ctx()
    lang = _lang(args)
    entries = ctx.queue.waiting(args.counter, lang)
    if args.json:
        _print_json({
            "counter": args.counter,
            "policy": ctx.queue.policy.summary(lang),
            "waiting": [e.ticket.to_json() | {"position": i + 1, "reason": e.reason}
                        for i, e in enumerate(entries)],
        })
        return 0
    print(ctx.queue.policy.summary(lang))
    for i, e in enumerate(entries, 1):
        mark = "★" if e.ticket.priority else " "
        print(f"{i:3d}. {mark} {e.ticket.number:6s} {e.ticket.service_name:24s} {e.reason}")
    if not entries:
        print("Không còn ai đang chờ." if lang == "vi" else "Nobody is waiting.")
    return 0


def cmd_queue_services(args: argparse.Namespace) -> int:
    ctx = _ctx()
    lang = _lang(args)
    services = ctx.queue.services_overview(lang)
    if args.json:
        _print_json({"center": ctx.config.center_code, "services": services})
        return 0
    for s in services:
        state = "" if s["open"] else ("  [tạm ngừng]" if lang == "vi" else "  [closed]")
        counters = ", ".join(str(c) for c in s["counters"])
        print(f"{s['code']:6s} {s['prefix']:3s} {s['name']:26s} quầy/counters {counters:14s} "
              f"chờ/waiting {s['waiting']}{state}")
    return 0


def cmd_print_jobs(args: argparse.Namespace) -> int:
    ctx = _ctx()
    jobs = ctx.jobs.list(args.status)
    rows = [{"id": j.id, "ticket_id": j.ticket_id, "kind": j.kind, "status": j.status,
             "reason": j.reason, "attempts": j.attempts, "bytes": j.bytes_sent,
             "reprint_of": j.reprint_of, "created_at": j.created_at.isoformat()} for j in jobs]
    if args.json:
        _print_json({"jobs": rows})
    else:
        for r in rows:
            print(f"{r['id']}  {r['kind']:8s} {r['status']:8s} {r['reason'] or ''}")
    return 0


def cmd_print_reprint(args: argparse.Namespace) -> int:
    ctx = _ctx()
    lang = _lang(args)
    job_id, outcome = ctx.desk.reprint(args.job, lang)
    if args.json:
        _print_json({"job": job_id, "printed": outcome.ok, "print_error": outcome.reason or None,
                     "print_output": list(outcome.artifacts)})
    else:
        print(job_id, "OK" if outcome.ok else outcome.reason)
    return 0 if outcome.ok else 13


def cmd_devices_list(args: argparse.Namespace) -> int:
    from kiosk.wiring import found_devices

    ctx = _ctx()
    found, notes = found_devices()
    printer = ctx.desk.printer
    status = printer.query_status()
    configured = [{"device": "printer", "url": printer.url, "state": status.state,
                   "words": status.words(_lang(args))}]
    if args.json:
        _print_json({"configured": configured, "found": found, "notes": notes})
        return 0
    vi = _lang(args) == "vi"
    print("Thiết bị đã cấu hình:" if vi else "Configured devices:")
    for c in configured:
        print(f"  {c['device']:8s} {c['url']:40s} {c['words']}")
    print("Cổng và máy in tìm thấy:" if vi else "Ports and printers found:")
    for f in found:
        ident = ":".join(x for x in (f["vid_pid"], f["serial_number"]) if x)
        print(f"  {f['device']:24s} {ident:24s} {f['description']}  {f['stable_path']}")
    if not found:
        print("  (không có / none)")
    for note in notes:
        print(f"  ({note})")
    return 0


def _devices_test_input(args: argparse.Namespace, ctx: AppContext) -> int:
    """A scanner or keypad: wait for one scan or press, say what it was."""
    from kiosk.scan import classify
    from kiosk.wiring import watch_device

    lang = _lang(args)
    kind = args.device
    url = args.url or (ctx.config.scanner_url if kind == "scanner" else ctx.config.keypad_url)
    if url in ("none", "hid"):
        hint = {"vi": "không có thiết bị nối tiếp để thử (HID: quét vào một ô nhập bất kỳ)",
                "en": "no serial device to test (HID: scan into any text field)"}
        print(f"{kind} = {url!r}: {hint['vi' if lang == 'vi' else 'en']}", file=sys.stderr)
        return 11
    if not args.json:
        print(("Xin quét một mã / bấm một phím trong " if lang == "vi" else "Scan a code / press a key within ")
              + f"{args.timeout:g} s ({url})", flush=True)
    state, scans, levels = watch_device(kind, url, args.timeout)
    found = [{"text": text, "kind": classify(text).kind} for text in scans]
    if args.json:
        _print_json({"device": kind, "url": url, "state": state, "scans": found, "levels": levels})
    else:
        print(f"{url}: {state}")
        for f in found:
            print(f"  {f['kind']}: {f['text']}")
        for level in levels:
            print(f"  {'mức' if lang == 'vi' else 'level'} {level}")
    return 0 if scans or levels else 13


def cmd_devices_test(args: argparse.Namespace) -> int:
    from kiosk.desk import print_test_page
    from kiosk.wiring import open_printer_url

    ctx = _ctx()
    if args.device != "printer":
        return _devices_test_input(args, ctx)
    lang = _lang(args)
    printer = (open_printer_url(args.printer, args.profile or ctx.config.printer_profile, ctx.home)
               if args.printer else ctx.desk.printer)
    status = printer.query_status()
    outcome = print_test_page(ctx.config, printer, ctx.jobs)
    after = getattr(printer, "last_status", status)
    if args.json:
        _print_json({"printer": printer.url, "state": after.state, "status": after.words(lang),
                     "printed": outcome.ok, "bytes": outcome.bytes_sent, "print_error": outcome.reason or None,
                     "print_output": list(outcome.artifacts)})
    else:
        print(f"{printer.url}: {after.words(lang)}")
        if outcome.ok:
            print(("Đã in trang thử" if lang == "vi" else "Test page printed") + f" ({outcome.bytes_sent} B)")
        else:
            print(("Không in được: " if lang == "vi" else "Not printed: ") + outcome.reason)
        for path in outcome.artifacts:
            print(path)
    printer.close()
    return 0 if outcome.ok else 13


def cmd_sample_data(args: argparse.Namespace) -> int:
    from kiosk.sampledata import fill

    ctx = _ctx()
    if not ctx.config.sample and not args.force:
        raise KioskError("sample_data_refused", path=str(ctx.config.path))
    summary = fill(ctx.store, ctx.config, days=args.days, seed=args.seed)
    print(f"days={summary.days} tickets={summary.tickets} served={summary.served} "
          f"no_shows={summary.no_shows} waiting={summary.waiting}")
    return 0


def cmd_enroll(args: argparse.Namespace) -> int:
    from kiosk.paths import kiosk_home
    from kiosk.sync.client import device_path, enroll

    home = kiosk_home()
    device = enroll(home, args.server, args.code, args.name or "", ca_file=args.ca_file or "",
                    allow_http=args.allow_http)
    lang = _lang(args)
    if lang == "vi":
        print(f"Đã đăng ký: máy {device.device_id}, vai trò {device.role}, trung tâm {device.center}. "
              f"Khóa lưu tại {device_path(home)} (chỉ người dùng này đọc được).")
    else:
        print(f"Enrolled: device {device.device_id}, role {device.role}, center {device.center}. "
              f"Token stored in {device_path(home)} (readable by this user only).")
    return 0


def cmd_rotate_token(args: argparse.Namespace) -> int:
    from kiosk.paths import kiosk_home
    from kiosk.sync.client import load_device, rotate_token

    home = kiosk_home()
    device = load_device(home)
    if device is None:
        raise KioskError("not_enrolled")
    rotate_token(home, device)
    print("Đã đổi khóa của máy; khóa cũ hết hiệu lực khi khóa mới được dùng lần đầu." if _lang(args) == "vi"
          else "This terminal's token was replaced; the old one ends when the new one is first used.")
    return 0


def cmd_sync(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from kiosk.sync.client import SyncClient, load_device

    ctx = _ctx()
    device = load_device(ctx.home)
    if device is None:
        raise KioskError("not_enrolled")
    client = SyncClient(ctx.store, device, batch=args.batch)
    try:
        if not args.once:
            client.run_forever(interval=args.interval)
            return 0
        report = client.run_once()
    finally:
        client.close()
    if args.json:
        _print_json(asdict(report))
    else:
        state = "OK" if report.ok else f"LỖI / ERROR: {report.error}"
        print(f"{state} — pushed {report.pushed}, duplicates {report.duplicates}, rejected {report.rejected}, "
              f"pulled {report.pulled}, pending {report.pending}, dead letters {report.dead_letters}, "
              f"cursor {report.cursor}")
    return 0 if report.ok else 14


def cmd_self_test(args: argparse.Namespace) -> int:
    from kiosk.selftest import CheckResult, domain_checks, print_results

    results = list(domain_checks())
    try:
        from ui.selftest import gui_checks
    except ImportError as exc:
        results.append(CheckResult("gui", False, f"PySide6 missing: {exc}", 0.0))
    else:
        results.extend(gui_checks())
    return print_results(results)


def cmd_screenshots(args: argparse.Namespace) -> int:
    from ui.screenshots import take_screenshots

    paths = take_screenshots(Path(args.out), args.lang or "vi", scale=args.scale)
    for p in paths:
        print(p)
    return 0


def cmd_hash_pin(args: argparse.Namespace) -> int:
    import getpass

    from kiosk.config import hash_pin

    pin = args.pin or getpass.getpass("PIN: ")
    if not pin.isdigit() or not 4 <= len(pin) <= 12:
        raise SystemExit("Mã PIN phải gồm 4–12 chữ số. / The PIN must be 4–12 digits.")
    print(hash_pin(pin))
    return 0


# ---------------------------------------------------------------------- parser
def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="kiosk", description="Kiosk Một cửa — one-stop-shop kiosk")
    p.add_argument("--lang", choices=["vi", "en"], help="language of messages (default: config)")
    sub = p.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="start the GUI")
    run.add_argument("--role", choices=["kiosk", "counter", "display", "technician"])
    run.add_argument("--counter", type=int, help="counter number (counter role; default from config)")
    run.add_argument("--no-watchdog", action="store_true",
                     help="run the GUI in this process, without the watchdog that restarts it "
                          "(also KIOSK_NO_WATCHDOG=1)")
    run.set_defaults(func=cmd_run)

    sub.add_parser("self-test", help="check database, translations, font, devices, screens").set_defaults(
        func=cmd_self_test)

    shots = sub.add_parser("screenshots", help="render every screen of every role to PNG")
    shots.add_argument("--out", required=True)
    shots.add_argument("--scale", type=float, default=1.0,
                       help="size of the pictures (0.5: half, as the README's)")
    shots.set_defaults(func=cmd_screenshots)

    ticket = sub.add_parser("ticket", help="queue tickets").add_subparsers(dest="sub", required=True)
    take = ticket.add_parser("take", help="take a number for a service (saved, then printed)")
    take.add_argument("service")
    take.add_argument("--priority")
    take.add_argument("--json", action="store_true")
    take.set_defaults(func=cmd_ticket_take)

    queue = sub.add_parser("queue", help="the queue at the counters").add_subparsers(dest="sub", required=True)
    for name, func, helptext in [
        ("call", cmd_queue_call, "call the next ticket to a counter"),
        ("recall", cmd_queue_simple("recall"), "call the current ticket again"),
        ("no-show", cmd_queue_simple("no_show"), "mark the current ticket as absent"),
        ("finish", cmd_queue_simple("finish"), "finish serving the current ticket"),
        ("park", cmd_queue_simple("park"), "set the current ticket aside"),
    ]:
        c = queue.add_parser(name, help=helptext)
        c.add_argument("--counter", type=int, required=True)
        c.add_argument("--officer")
        c.add_argument("--json", action="store_true")
        c.set_defaults(func=func)
    resume = queue.add_parser("resume", help="serve a parked ticket again")
    resume.add_argument("--counter", type=int, required=True)
    resume.add_argument("ticket", help="ticket number (e.g. A015) or id")
    resume.add_argument("--officer")
    resume.add_argument("--json", action="store_true")
    resume.set_defaults(func=cmd_queue_resume)
    transfer = queue.add_parser("transfer", help="send the current ticket to another service or counter")
    transfer.add_argument("--counter", type=int, required=True)
    transfer.add_argument("--to-service")
    transfer.add_argument("--to-counter", type=int)
    transfer.add_argument("--officer")
    transfer.add_argument("--json", action="store_true")
    transfer.set_defaults(func=cmd_queue_transfer)
    qlist = queue.add_parser("list", help="the waiting list in calling order, with reasons")
    qlist.add_argument("--counter", type=int)
    qlist.add_argument("--json", action="store_true")
    qlist.set_defaults(func=cmd_queue_list)
    services = queue.add_parser("services", help="services: codes, prefixes, counters")
    services.add_argument("--json", action="store_true")
    services.set_defaults(func=cmd_queue_services)

    prn = sub.add_parser("print", help="print jobs").add_subparsers(dest="sub", required=True)
    jobs = prn.add_parser("jobs", help="list print jobs")
    jobs.add_argument("--status", choices=["queued", "sending", "done", "failed"])
    jobs.add_argument("--json", action="store_true")
    jobs.set_defaults(func=cmd_print_jobs)
    reprint = prn.add_parser("reprint", help="print a job again (marked BẢN IN LẠI)")
    reprint.add_argument("job")
    reprint.add_argument("--json", action="store_true")
    reprint.set_defaults(func=cmd_print_reprint)

    dev = sub.add_parser("devices", help="printers, scanners, keypads").add_subparsers(dest="sub", required=True)
    dlist = dev.add_parser("list", help="ports and printers plugged in, and the configured devices' state")
    dlist.add_argument("--json", action="store_true")
    dlist.set_defaults(func=cmd_devices_list)
    dtest = dev.add_parser("test", help="check a device: the printer prints its test page")
    dtest.add_argument("device", choices=["printer", "scanner", "keypad"])
    dtest.add_argument("--url", help="a scanner or keypad URL instead of the configured one")
    dtest.add_argument("--timeout", type=float, default=20.0, help="seconds to wait for a scan or a press")
    dtest.add_argument("--printer", help="a printer URL instead of the configured one, e.g. file:///tmp/out.bin")
    dtest.add_argument("--profile", help="printer profile (generic-80mm, generic-58mm, ...-raster)")
    dtest.add_argument("--json", action="store_true")
    dtest.set_defaults(func=cmd_devices_test)

    sample = sub.add_parser("sample-data", help="fill the local database with realistic activity")
    sample.add_argument("--days", type=int, default=1)
    sample.add_argument("--seed", type=int, default=1)
    sample.add_argument("--force", action="store_true", help="even when the config is not the sample center")
    sample.set_defaults(func=cmd_sample_data)

    enr = sub.add_parser("enroll", help="enrol this terminal with the central server (once)")
    enr.add_argument("--server", required=True, help="e.g. https://motcua.example.gov.vn:8700")
    enr.add_argument("--code", required=True, help="the one-time code from `kiosk-server enroll`")
    enr.add_argument("--name", help="a name for this terminal (shown to technicians)")
    enr.add_argument("--ca-file", help="the CA certificate (PEM) the server's certificate must chain to")
    enr.add_argument("--allow-http", action="store_true",
                     help="plain http:// to another machine (a closed test network only)")
    enr.set_defaults(func=cmd_enroll)

    rot = sub.add_parser("rotate-token", help="replace this terminal's token with a new one (the old one stops working)")
    rot.set_defaults(func=cmd_rotate_token)

    syn = sub.add_parser("sync", help="push the outbox and pull the center's changes")
    syn.add_argument("--once", action="store_true", help="one cycle, then report and exit")
    syn.add_argument("--json", action="store_true")
    syn.add_argument("--interval", type=float, default=2.0, help="seconds between cycles")
    syn.add_argument("--batch", type=int, default=500, help="ops per push request (smaller on a slow link)")
    syn.set_defaults(func=cmd_sync)

    from kiosk.cli_dossier import add_commands
    from kiosk.cli_feedback import add_commands as add_feedback
    from kiosk.cli_ops import add_commands as add_ops
    from kiosk.cli_report import add_commands as add_report
    from kiosk.cli_security import add_commands as add_security
    from kiosk.cli_vietqr import add_commands as add_vietqr

    add_commands(sub)
    add_vietqr(sub)
    add_feedback(sub)
    add_report(sub)
    add_ops(sub)
    add_security(sub)

    officer = sub.add_parser("officer", help="officers").add_subparsers(dest="sub", required=True)
    hp = officer.add_parser("hash-pin", help="make a pin_hash for config.toml")
    hp.add_argument("--pin")
    hp.set_defaults(func=cmd_hash_pin)
    return p


def setup_logging(args: argparse.Namespace | None = None) -> Path:
    """JSON lines under KIOSK_HOME/logs (kiosk/logsetup.py): ``kiosk.jsonl`` for the GUI,
    ``supervisor.jsonl`` for the watchdog of ``kiosk run`` (its warnings on stderr too),
    ``cli.jsonl`` for every other command."""
    from kiosk.logsetup import setup_logging as setup

    if args is not None and getattr(args, "func", None) is cmd_run:
        if _gui_in_process(args):
            return setup("kiosk", role=args.role)
        return setup("supervisor", role=args.role, stderr_level=logging.WARNING)
    return setup("cli")


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        log_path = setup_logging(args)
    except OSError as exc:
        print(f"Không ghi được thư mục dữ liệu / cannot write the data folder: {exc}", file=sys.stderr)
        return 12
    try:
        return int(args.func(args) or 0)
    except KioskError as exc:
        log.info("refused: %s", exc)
        print(exc.message(_lang(args) if not isinstance(exc, _config_errors()) else (args.lang or "vi")),
              file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `kiosk … | head`: the reader has what it wanted
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception:
        log.exception("unexpected failure in %s", " ".join(sys.argv))
        print(f"Lỗi không mong đợi; chi tiết đã ghi vào {log_path}. Xin báo kỹ thuật viên.\n"
              f"Unexpected error; details were written to {log_path}.", file=sys.stderr)
        return 1


def _config_errors() -> tuple[type, ...]:
    from kiosk.errors import ConfigError

    return (ConfigError,)


if __name__ == "__main__":
    sys.exit(main())
