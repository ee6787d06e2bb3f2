"""``kiosk report kpi``: the center's KPI report without the screen, as text, JSON, PDF or XLSX."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from kiosk.cli_dossier import _context, _lang, _print_json, parse_local


def cmd_report_kpi(args: argparse.Namespace) -> int:
    from kiosk.reports import FIGURES, kpi_report, write_pdf, write_xlsx

    date_from = parse_local(args.date_from).date()
    date_to = parse_local(args.date_to).date()
    lang = _lang(args)
    ctx = _context()
    try:
        report = kpi_report(ctx.store, ctx.config, date_from, date_to, access=ctx.access, group_by=args.group_by, period=args.period,
                            now=ctx.queue.clock())
    finally:
        ctx.close()
    if args.json:
        _print_json(report.to_dict())
        return 0
    if args.pdf or args.xlsx:
        if args.pdf:
            print(write_pdf(report, Path(args.pdf), lang))
        if args.xlsx:
            print(write_xlsx(report, Path(args.xlsx), lang))
        return 0
    vi = lang != "en"
    print(report.center_name["vi" if vi else "en"])
    print(("Kỳ báo cáo" if vi else "Period") + f": {date_from:%d/%m/%Y} – {date_to:%d/%m/%Y}  ({report.cutoff_words(lang)})")
    for d in FIGURES:
        f = report.figure(d.key)
        target = f"  [{' '.join(x for x in (f.target_display(lang), f.status(lang)) if x)}]" \
            if f.target is not None else ""
        print(f"  {d.name(lang):<44} {f.display(lang):>14}{target}")
    for s in report.total.scores:
        print(f"  766 · {s.rule.name(lang):<36} {s.display(lang)}")
    if report.rows:
        keys = ("tickets_issued", "wait_p90", "satisfaction_rate", "dossiers_received", "on_time_rate")
        print()
        print(f"  {'':<24} {'':<26} " + " ".join(f"{k[:14]:>14}" for k in keys))
        for r in report.rows:
            print(f"  {r.period_label(lang, report.period):<24} {r.label(lang)[:26]:<26} "
                  + " ".join(f"{r.figures[k].display(lang):>14}" for k in keys))
    return 0


def add_commands(sub: Any) -> None:
    rep = sub.add_parser("report", help="reports of the center").add_subparsers(dest="sub", required=True)
    kpi = rep.add_parser("kpi", help="queue, satisfaction, dossiers, complaints, online payment, Decision 766")
    kpi.add_argument("--from", dest="date_from", required=True, help="first day, YYYY-MM-DD (local)")
    kpi.add_argument("--to", dest="date_to", required=True, help="last day, YYYY-MM-DD (local, included)")
    kpi.add_argument("--group-by", choices=["center", "field", "counter", "officer"])
    kpi.add_argument("--period", choices=["day", "week", "month", "quarter", "year"])
    out = kpi.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="everything, with the definitions, as JSON")
    out.add_argument("--pdf", metavar="FILE", help="write the report as PDF (charts, definitions)")
    out.add_argument("--xlsx", metavar="FILE", help="write the report as a spreadsheet")
    kpi.set_defaults(func=cmd_report_kpi)
