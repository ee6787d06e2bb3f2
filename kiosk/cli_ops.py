"""Operations from the command line: the watchdog of ``kiosk run``, ``kiosk housekeeping``,
``kiosk support-bundle`` and ``kiosk logs`` (docs/operations.md)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any


def _lang(args: argparse.Namespace) -> str:
    from kiosk.cli import _lang as lang

    return lang(args)


def _print_json(obj: Any) -> None:
    print(json.dumps(obj, ensure_ascii=False, default=str))


# ---------------------------------------------------------------------- kiosk run
def supervise(args: argparse.Namespace) -> int:
    """``kiosk run``: the configuration checked once, one supervisor per KIOSK_HOME, then the
    GUI as a child process, restarted when it crashes (kiosk/supervisor.py)."""
    from kiosk.config import load_config
    from kiosk.housekeeping import Scheduler
    from kiosk.logsetup import set_role
    from kiosk.ops_messages import OpsError
    from kiosk.paths import kiosk_home
    from kiosk.supervisor import InstanceLock, Supervisor, child_command

    home = kiosk_home()
    config = load_config()  # a configuration that does not read is told now, once (exit 11)
    set_role(args.role or config.role)
    lock = InstanceLock(home)
    holder = lock.acquire()
    if holder is not None:
        raise OpsError("already_running", pid=holder or "?", home=str(home))
    try:
        supervisor = Supervisor(child_command(args.lang, args.role, args.counter), home,
                                hang_timeout=config.ops.watchdog.hang_timeout_s,
                                tick=Scheduler(home).tick)
        return supervisor.run()
    finally:
        lock.release()


# ---------------------------------------------------------------------- housekeeping
def cmd_housekeeping(args: argparse.Namespace) -> int:
    from kiosk.config import load_config
    from kiosk.housekeeping import is_due, last_run, latest_slot, run_housekeeping, vacuum_allowed
    from kiosk.ops_messages import OpsError, ot
    from kiosk.paths import kiosk_home
    from kiosk.timeutil import fmt_datetime, utc_now

    home = kiosk_home()
    config = load_config()
    lang = _lang(args)
    hk = config.ops.housekeeping
    now = utc_now()
    if args.now:
        vacuum = not args.no_vacuum
    else:
        previous = last_run(home)
        if not is_due(now, previous, hk.daily_at):
            upcoming = latest_slot(now, hk.daily_at) + dt.timedelta(days=1)
            if args.json:
                _print_json({"due": False, "last_run": previous, "next": upcoming})
            else:
                print(ot("housekeeping_not_due", lang,
                         last=fmt_datetime(previous) if previous else ot("never", lang),
                         next=fmt_datetime(upcoming)))
            return 0
        vacuum = vacuum_allowed(now, hk.daily_at) and not args.no_vacuum
    report = run_housekeeping(home, config, vacuum=vacuum)
    if args.json:
        _print_json(report.to_json())
    else:
        for step in report.steps:
            counts = ", ".join(f"{k}={v}" for k, v in step.counts.items() if v)
            print(f"{'OK  ' if step.ok else 'FAIL'} {step.name:14s} {step.seconds * 1000:7.0f} ms  "
                  f"{counts}{'  ' + step.detail if step.detail else ''}".rstrip())
    if not report.ok:
        failed = ", ".join(s.name for s in report.steps if not s.ok)
        print(OpsError("housekeeping_step_failed", steps=failed).message(lang), file=sys.stderr)
        return 12
    return 0


# ---------------------------------------------------------------------- support bundle
def cmd_support_bundle(args: argparse.Namespace) -> int:
    from kiosk.ops_messages import OpsError
    from kiosk.paths import kiosk_home
    from kiosk.support_bundle import build_bundle

    out = Path(args.out).expanduser() if args.out else None
    try:
        path = build_bundle(kiosk_home(), out, self_test=args.self_test)
    except OSError as exc:
        raise OpsError("bundle_unwritable", path=str(out or ""), detail=str(exc)) from exc
    print(path)
    return 0


# ---------------------------------------------------------------------- logs
def cmd_logs(args: argparse.Namespace) -> int:
    from kiosk.logsetup import KINDS, human_line, log_files, read_records
    from kiosk.paths import kiosk_home

    home = kiosk_home()
    kinds = [args.kind] if args.kind else list(KINDS)
    records: list[dict[str, Any]] = []
    for kind in kinds:
        mine: list[dict[str, Any]] = []
        for path in reversed(log_files(home, kind)):  # newest file first, until there are enough
            mine = [*read_records(path), *mine]
            if len(mine) >= args.lines:
                break
        records.extend(mine[-args.lines:])
    records.sort(key=lambda r: str(r.get("ts", "")))
    if args.level:
        order = ["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"]
        floor = order.index(args.level)
        records = [r for r in records if str(r.get("level")) not in order
                   or order.index(str(r.get("level"))) >= floor]
    for record in records[-args.lines:]:
        if args.json:
            _print_json(record)
        else:
            print(human_line(record))
    return 0


# ---------------------------------------------------------------------- parser
def add_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    hk = sub.add_parser("housekeeping", help="the daily tidy-up: old logs, personal data past its "
                                             "retention, KPI summaries, VACUUM/ANALYZE")
    hk.add_argument("--now", action="store_true", help="run now, even if not due (VACUUM included)")
    hk.add_argument("--no-vacuum", action="store_true", help="everything but VACUUM (opening hours)")
    hk.add_argument("--json", action="store_true")
    hk.set_defaults(func=cmd_housekeeping)

    sb = sub.add_parser("support-bundle", help="a zip for the support team: logs, configuration "
                                               "without secrets, versions, state, row counts")
    sb.add_argument("--out", help="the zip file, or a folder for it (default KIOSK_HOME/support/)")
    sb.add_argument("--self-test", action="store_true", help="include `kiosk self-test` (a few seconds)")
    sb.set_defaults(func=cmd_support_bundle)

    lg = sub.add_parser("logs", help="the last log lines, readable")
    lg.add_argument("--kind", choices=["kiosk", "supervisor", "cli"], help="one log (default: all)")
    lg.add_argument("-n", "--lines", type=int, default=50)
    lg.add_argument("--level", choices=["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"])
    lg.add_argument("--json", action="store_true")
    lg.set_defaults(func=cmd_logs)
