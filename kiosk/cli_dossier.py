"""``kiosk catalog``, ``kiosk dossier``, ``kiosk due-date`` and ``kiosk forms``: reception
without the screen, for scripts, bulk import and tests."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.errors import KioskError
from kiosk.timeutil import LOCAL_TZ

if TYPE_CHECKING:
    from kiosk.wiring import AppContext


def _lang(args: argparse.Namespace) -> str:
    from kiosk.cli import _lang as lang

    return lang(args)


def _print_json(obj: Any) -> None:
    print(json.dumps(obj, ensure_ascii=False, default=str))


def _local(moment: dt.datetime | None) -> str:
    return moment.astimezone(LOCAL_TZ).strftime("%H:%M %d/%m/%Y") if moment else "—"


def parse_local(text: str, *, end_of_day: bool = False) -> dt.datetime:
    """"YYYY-MM-DD HH:MM" or "YYYY-MM-DD", local time (Asia/Ho_Chi_Minh), as an aware datetime."""
    value = text.strip()
    try:
        if len(value) == 10:
            day = dt.date.fromisoformat(value)
            return dt.datetime.combine(day, dt.time(23, 59) if end_of_day else dt.time(0, 0), LOCAL_TZ)
        moment = dt.datetime.fromisoformat(value.replace("T", " "))
    except ValueError:
        raise KioskError("bad_date", text=value[:40]) from None
    return moment.replace(tzinfo=LOCAL_TZ) if moment.tzinfo is None else moment


def _context() -> AppContext:
    from kiosk.cli import _ctx

    return _ctx()


# ---------------------------------------------------------------------- catalog
def cmd_catalog_list(args: argparse.Namespace) -> int:
    from kiosk.config import load_config
    from kiosk.dossier.setup import catalog_for

    catalog = catalog_for(load_config().reception)
    procedures = catalog.select(field=args.field, text=args.search)
    if args.json:
        _print_json(catalog.to_dict(procedures))
        return 0
    lang = _lang(args)
    for p in procedures:
        fee = sum(f.amount for f in p.fees)
        fee_text = f"{fee:,}".replace(",", ".") + " đ" if fee else ("miễn phí" if lang == "vi" else "free")
        print(f"{p.code:<16} {p.field.label(lang):<22} {p.label(lang)} · {_processing(p, lang)} · {fee_text}")
    if not procedures:
        print("Không có thủ tục nào khớp." if lang == "vi" else "No procedure matches.")
    return 0


def _processing(p: Any, lang: str) -> str:
    from kiosk.calendar import ProcessingTime

    try:
        return ProcessingTime.parse(p.processing).describe(lang)
    except KioskError:
        return str(p.processing)


# ---------------------------------------------------------------------- dossiers
def _components(items: list[str] | None) -> dict[str, int] | None:
    if not items:
        return None
    out: dict[str, int] = {}
    for item in items:
        cid, sep, count = item.partition("=")
        if not sep:
            count = "1"
        try:
            out[cid.strip()] = int(count)
        except ValueError:
            raise KioskError("bad_component_count", component=cid.strip(), count=count) from None
    return out


def cmd_dossier_receive(args: argparse.Namespace) -> int:
    path = Path(args.applicant)
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise KioskError("file_unreadable", path=str(path), detail=str(exc)) from exc
    ctx = _context()
    try:
        view = ctx.dossiers.receive(args.procedure, raw, _components(args.component),
                                    args.outcome, args.reason or "", officer=args.officer,
                                    counter=args.counter)
    finally:
        ctx.close()
    return _show(view, args)


def cmd_dossier_show(args: argparse.Namespace) -> int:
    ctx = _context()
    try:
        view = ctx.dossiers.show(args.code)
    finally:
        ctx.close()
    return _show(view, args)


def cmd_dossier_move(args: argparse.Namespace) -> int:
    ctx = _context()
    try:
        view = ctx.dossiers.transition(args.code, args.state, args.officer, args.note or "", _lang(args))
    finally:
        ctx.close()
    return _show(view, args)


def cmd_dossier_late(args: argparse.Namespace) -> int:
    ctx = _context()
    try:
        view = ctx.dossiers.late_notice(args.code, parse_local(args.new_date, end_of_day=False),
                                        args.reason, args.unit, args.officer)
    finally:
        ctx.close()
    return _show(view, args)


def cmd_dossier_handover(args: argparse.Namespace) -> int:
    ctx = _context()
    try:
        view = ctx.dossiers.handover(args.code, args.giver, args.receiver, args.agency, args.note or "",
                                     args.officer)
    finally:
        ctx.close()
    return _show(view, args)


def cmd_dossier_due_soon(args: argparse.Namespace) -> int:
    ctx = _context()
    try:
        views = ctx.dossiers.due_soon()
        now = ctx.queue.clock()
    finally:
        ctx.close()
    lang = _lang(args)
    if args.json:
        _print_json([{**v.to_json(lang, personal=False), "late": bool(v.appointment_at and v.appointment_at < now)}
                     for v in views])
        return 0
    for v in views:
        mark = "QUÁ HẠN" if v.appointment_at and v.appointment_at < now else "sắp đến hạn"
        if lang != "vi":
            mark = "LATE" if mark == "QUÁ HẠN" else "due soon"
        print(f"{v.code}  {_local(v.appointment_at)}  {mark}  {v.procedure_name}")
    return 0


def cmd_forms_print(args: argparse.Namespace) -> int:
    from kiosk.desk import print_document
    from kiosk.dossier.slips import check_form_applies, slip_data
    from kiosk.forms import form01_thermal

    ctx = _context()
    try:
        view = ctx.dossiers.show(args.dossier)
        check_form_applies("01", view)
        doc = form01_thermal(slip_data(ctx.config, view, ctx.dossiers.catalog))
        outcome = print_document(ctx.jobs, ctx.desk.printer, doc, "form01")
    finally:
        ctx.desk.printer.close()
        ctx.close()
    for artifact in outcome.artifacts:
        print(artifact)
    if not outcome.ok:
        print(outcome.reason, file=sys.stderr)
        return 13
    return 0


def cmd_dossier_attach(args: argparse.Namespace) -> int:
    from PIL import UnidentifiedImageError

    from kiosk.dossier.files import read_pages

    ctx = _context()
    try:
        pages = [page for name in args.files for page in read_pages(Path(name))]
        view = ctx.dossiers.attach_pages(args.code, args.component, pages, ctx.files, args.officer)
    except (OSError, UnidentifiedImageError, ValueError) as exc:
        raise KioskError("file_unreadable", path=" ".join(args.files), detail=str(exc)) from exc
    finally:
        ctx.close()
    return _show(view, args)


def _show(view: Any, args: argparse.Namespace) -> int:
    lang = _lang(args)
    if args.json:
        _print_json(view.to_json(lang))
        return 0
    vi = lang == "vi"
    print(f"{'Mã hồ sơ' if vi else 'Dossier'}: {view.code}")
    print(f"{'Thủ tục' if vi else 'Procedure'}: {view.procedure_name} ({view.procedure_code})")
    print(f"{'Người nộp' if vi else 'Applicant'}: {view.applicant.name}")
    print(f"{'Trạng thái' if vi else 'State'}: {view.state_words(lang)}")
    if view.reason:
        print(f"{'Lý do' if vi else 'Reason'}: {view.reason}")
    if view.appointment_at:
        print(f"{'Hẹn trả' if vi else 'Appointment'}: {_local(view.appointment_at)}")
    if view.missing:
        print(("Còn thiếu" if vi else "Missing") + ": " + "; ".join(c.name for c in view.missing))
    done, total = view.digitization
    print(f"{'Số hóa' if vi else 'Digitized'}: {done}/{total}")
    return 0


# ---------------------------------------------------------------------- due date
def cmd_due_date(args: argparse.Namespace) -> int:
    from kiosk.config import load_config
    from kiosk.dossier.service import DossierService
    from kiosk.dossier.setup import calendar_for, catalog_for

    reception = load_config().reception
    procedure = catalog_for(reception).get(args.procedure.strip())
    if procedure is None:
        raise KioskError("unknown_procedure", code=args.procedure)
    received = parse_local(args.received)
    appointment = calendar_for(reception).appointment(received, DossierService._processing(procedure))
    lang = _lang(args)
    if args.json:
        _print_json({
            "procedure": procedure.code, "received_at": received.isoformat(),
            "clock_start": appointment.clock_start.isoformat(), "appointment_at": appointment.at.isoformat(),
            "processing": procedure.processing,
            "skipped": [{"date": d.day.isoformat(), "reason": d.reason} for d in appointment.skipped],
            "explanation": appointment.explain(lang),
        })
        return 0
    print(f"{procedure.name} ({procedure.code})")
    print(appointment.explain(lang))
    return 0


# ---------------------------------------------------------------------- forms
def cmd_forms_render(args: argparse.Namespace) -> int:
    from kiosk.dossier.slips import render_form

    ctx = _context()
    try:
        first = parse_local(args.date_from).date() if args.date_from else None
        last = parse_local(args.date_to).date() if args.date_to else None
        out = render_form(ctx, args.form, Path(args.out), code=args.dossier, first=first, last=last,
                          size=args.size)
    finally:
        ctx.close()
    print(out)
    return 0


def add_commands(sub: Any) -> None:
    cat = sub.add_parser("catalog", help="the procedure catalog").add_subparsers(dest="sub", required=True)
    clist = cat.add_parser("list", help="procedures with their codes")
    clist.add_argument("--field", help="a field's code or name (hotich, 'Hộ tịch')")
    clist.add_argument("--search", help="words of the name, with or without tone marks, or a code")
    clist.add_argument("--json", action="store_true")
    clist.set_defaults(func=cmd_catalog_list)

    dos = sub.add_parser("dossier", help="dossiers at the counter").add_subparsers(dest="sub", required=True)
    rec = dos.add_parser("receive", help="take in a dossier: complete, incomplete or refused")
    rec.add_argument("--procedure", required=True, help="the procedure's national code")
    rec.add_argument("--applicant", required=True, help="JSON file: name, id_number, birth_date, address, phone, email")
    rec.add_argument("--component", action="append", metavar="ID=COUNT",
                     help="a component received, and how many sets (repeat; none: every mandatory once)")
    rec.add_argument("--outcome", choices=["complete", "incomplete", "refused"])
    rec.add_argument("--reason", help="why refused, or what to complete")
    rec.add_argument("--officer", default=os.environ.get("KIOSK_OFFICER"))
    rec.add_argument("--counter", type=int)
    rec.add_argument("--json", action="store_true")
    rec.set_defaults(func=cmd_dossier_receive)
    show = dos.add_parser("show", help="a dossier, its state, appointment and papers")
    show.add_argument("code")
    show.add_argument("--json", action="store_true")
    show.set_defaults(func=cmd_dossier_show)
    move = dos.add_parser("move", help="move a dossier to another state (recorded for form 05)")
    move.add_argument("code")
    move.add_argument("state", choices=["processing", "supplement", "awaiting_fees", "withdrawn",
                                        "stopped", "result_ready", "returned", "cancelled"])
    move.add_argument("--note")
    move.add_argument("--officer", default=os.environ.get("KIOSK_OFFICER"))
    move.add_argument("--json", action="store_true")
    move.set_defaults(func=cmd_dossier_move)
    late = dos.add_parser("late", help="the result will be late: a new date and why (form 04)")
    late.add_argument("code")
    late.add_argument("--new-date", required=True, help='"YYYY-MM-DD HH:MM" (local time)')
    late.add_argument("--reason", required=True)
    late.add_argument("--unit", default="", help="the unit that is late")
    late.add_argument("--officer", default=os.environ.get("KIOSK_OFFICER"))
    late.add_argument("--json", action="store_true")
    late.set_defaults(func=cmd_dossier_late)
    hand = dos.add_parser("handover", help="hand the dossier to another agency or step (form 05)")
    hand.add_argument("code")
    hand.add_argument("--agency", required=True, help="the agency or step, e.g. 'Phòng Tư pháp'")
    hand.add_argument("--giver", required=True)
    hand.add_argument("--receiver", required=True)
    hand.add_argument("--note")
    hand.add_argument("--officer", default=os.environ.get("KIOSK_OFFICER"))
    hand.add_argument("--json", action="store_true")
    hand.set_defaults(func=cmd_dossier_handover)
    soon = dos.add_parser("due-soon", help="dossiers late or due within the warning")
    soon.add_argument("--json", action="store_true")
    soon.set_defaults(func=cmd_dossier_due_soon)
    att = dos.add_parser("attach", help="scanned pages (PNG/JPEG/TIFF/PDF) as one component's PDF")
    att.add_argument("code")
    att.add_argument("--component", required=True)
    att.add_argument("files", nargs="+")
    att.add_argument("--officer", default=os.environ.get("KIOSK_OFFICER"))
    att.add_argument("--json", action="store_true")
    att.set_defaults(func=cmd_dossier_attach)

    due = sub.add_parser("due-date", help="the appointment for a procedure received at a time")
    due.add_argument("--procedure", required=True)
    due.add_argument("--received", required=True, help='"YYYY-MM-DD HH:MM" (local time)')
    due.add_argument("--json", action="store_true")
    due.set_defaults(func=cmd_due_date)

    forms = sub.add_parser("forms", help="official slips as PDF").add_subparsers(dest="sub", required=True)
    ren = forms.add_parser("render", help="forms 01–05 of a dossier; 06 (register) of a period")
    ren.add_argument("form", choices=["01", "02", "03", "04", "05", "06"])
    ren.add_argument("--dossier", help="the dossier code (forms 01–05)")
    ren.add_argument("--from", dest="date_from", help="YYYY-MM-DD (form 06)")
    ren.add_argument("--to", dest="date_to", help="YYYY-MM-DD (form 06)")
    ren.add_argument("--size", choices=["A4", "A5"], default="A4")
    ren.add_argument("--out", required=True)
    ren.set_defaults(func=cmd_forms_render)
    prn = forms.add_parser("print", help="form 01 on this terminal's receipt printer")
    prn.add_argument("form", choices=["01"])
    prn.add_argument("--dossier", required=True)
    prn.set_defaults(func=cmd_forms_print)
