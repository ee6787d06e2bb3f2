"""``kiosk feedback``: complaints and suggestions (phản ánh, kiến nghị) without the screen — file
one, show it, move it on, list the overdue ones — for officers, scripts and tests."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
from typing import TYPE_CHECKING, Any

from kiosk.feedback import (
    CATEGORIES,
    TEXT_MAX,
    TEXT_MIN,
    FeedbackDetail,
    FeedbackService,
    FeedbackView,
)
from kiosk.store.models import FeedbackState
from kiosk.timeutil import LOCAL_TZ

if TYPE_CHECKING:
    from kiosk.wiring import AppContext


def _lang(args: argparse.Namespace) -> str:
    from kiosk.cli import _lang as lang

    return lang(args)


def _context() -> AppContext:
    from kiosk.cli import _ctx

    return _ctx()


def _print_json(obj: Any) -> None:
    print(json.dumps(obj, ensure_ascii=False, default=str))


def _local(moment: dt.datetime | None) -> str:
    return moment.astimezone(LOCAL_TZ).strftime("%H:%M %d/%m/%Y") if moment else "—"


def cmd_feedback_file(args: argparse.Namespace) -> int:
    ctx = _context()
    try:
        service = FeedbackService.for_context(ctx)
        view = service.file(args.category, args.text, phone=args.phone, email=args.email,
                            consent=args.consent, dossier_code=args.dossier)
        now = ctx.queue.clock()
    finally:
        ctx.close()
    return _show(view, args, now)


def cmd_feedback_show(args: argparse.Namespace) -> int:
    ctx = _context()
    try:
        service = FeedbackService.for_context(ctx)
        view: FeedbackView = service.show(args.code) if args.full else service.find(args.code)
        now = ctx.queue.clock()
    finally:
        ctx.close()
    return _show(view, args, now)


def cmd_feedback_move(args: argparse.Namespace) -> int:
    ctx = _context()
    try:
        view = FeedbackService.for_context(ctx).transition(
            args.code, args.state, args.officer, args.note or "", assigned_to=args.assigned_to,
            answer=args.answer)
        now = ctx.queue.clock()
    finally:
        ctx.close()
    return _show(view, args, now)


def cmd_feedback_overdue(args: argparse.Namespace) -> int:
    ctx = _context()
    try:
        now = ctx.queue.clock()
        views = FeedbackService.for_context(ctx).overdue(now)
    finally:
        ctx.close()
    lang = _lang(args)
    if args.json:
        _print_json([v.public.to_json(lang, now) | {"assigned_to": v.assigned_to} for v in views])
        return 0
    vi = lang == "vi"
    for v in views:
        who = v.assigned_to or ("chưa giao" if vi else "not assigned")
        print(f"{v.code}  {_local(v.due_at)}  {v.state_words(lang)}  {v.category_words(lang)}  {who}")
    if not views:
        print("Không có phản ánh nào quá hạn." if vi else "No complaint is overdue.")
    return 0


def _show(view: FeedbackView, args: argparse.Namespace, now: dt.datetime) -> int:
    lang = _lang(args)
    if args.json:
        _print_json(view.to_json(lang, now))
        return 0
    vi = lang == "vi"
    print(f"{'Mã phản ánh' if vi else 'Code'}: {view.code}")
    print(f"{'Nhóm' if vi else 'Category'}: {view.category_words(lang)}")
    print(f"{'Trạng thái' if vi else 'State'}: {view.state_words(lang)}")
    print(f"{'Tiếp nhận' if vi else 'Received'}: {_local(view.received_at)}")
    due = _local(view.due_at)
    if view.is_overdue(now):
        due += "  (QUÁ HẠN)" if vi else "  (OVERDUE)"
    print(f"{'Hạn trả lời' if vi else 'Answer due'}: {due}")
    if isinstance(view, FeedbackDetail):
        if view.assigned_to:
            print(f"{'Giao cho' if vi else 'Assigned to'}: {view.assigned_to}")
        if view.dossier_code:
            print(f"{'Hồ sơ' if vi else 'Dossier'}: {view.dossier_code}")
        contact = ", ".join(c for c in (view.contact_phone, view.contact_email) if c)
        print(f"{'Liên hệ' if vi else 'Contact'}: {contact or '—'}")
        print(f"{'Nội dung' if vi else 'Text'}:\n{view.text}")
    if view.answer:
        print(f"{'Trả lời' if vi else 'Answer'} ({_local(view.answered_at)}):\n{view.answer}")
    return 0


def add_commands(sub: Any) -> None:
    fb = sub.add_parser("feedback", help="complaints and suggestions (phản ánh, kiến nghị)")
    cmds = fb.add_subparsers(dest="sub", required=True)
    file = cmds.add_parser("file", help="file a complaint or suggestion; prints its tracking code")
    file.add_argument("--category", required=True, choices=list(CATEGORIES))
    file.add_argument("--text", required=True, help=f"what happened ({TEXT_MIN}–{TEXT_MAX} characters)")
    file.add_argument("--phone", help="a phone number to answer on (needs --consent)")
    file.add_argument("--email", help="an e-mail address to answer to (needs --consent)")
    file.add_argument("--consent", action="store_true",
                      help="the sender agrees the Center uses the contact to answer")
    file.add_argument("--dossier", help="the dossier code it concerns, if any")
    file.add_argument("--json", action="store_true")
    file.set_defaults(func=cmd_feedback_file)
    show = cmds.add_parser("show", help="a complaint by its code: state, due date, answer")
    show.add_argument("code")
    show.add_argument("--full", action="store_true",
                      help="also the text, contact and dossier (for the officers handling it)")
    show.add_argument("--json", action="store_true")
    show.set_defaults(func=cmd_feedback_show)
    move = cmds.add_parser("move", help="move a complaint one step on")
    move.add_argument("code")
    move.add_argument("state", choices=[s for s in FeedbackState.ALL if s != FeedbackState.RECEIVED])
    move.add_argument("--note")
    move.add_argument("--assigned-to", help="who handles it (with 'assigned')")
    move.add_argument("--answer", help="the answer's text (with 'answered')")
    move.add_argument("--officer", default=os.environ.get("KIOSK_OFFICER"))
    move.add_argument("--json", action="store_true")
    move.set_defaults(func=cmd_feedback_move)
    late = cmds.add_parser("overdue", help="complaints not answered by their due date")
    late.add_argument("--json", action="store_true")
    late.set_defaults(func=cmd_feedback_overdue)
