"""Complaints and suggestions on a real SQLite file: the daily code, the due date in working days,
the states, what a public screen may see, bad input refused with nothing stored, the CLI."""

from __future__ import annotations

import argparse
import dataclasses
import json
import re
import string
import unicodedata

import pytest
from sqlalchemy import func, select

from kiosk.cli_feedback import add_commands
from kiosk.feedback import (
    MESSAGES,
    FeedbackDetail,
    FeedbackError,
    FeedbackService,
    FeedbackView,
    feedback_slip,
)
from kiosk.feedback.messages import ft
from kiosk.printing.document import Barcode, Text
from kiosk.store.models import Feedback, FeedbackEvent, FeedbackSequence, OutboxOp
from kiosk.timeutil import LOCAL_TZ
from tests.conftest import local

TEXT = "Phòng chờ tầng 1 thiếu ghế ngồi vào buổi sáng thứ Hai."


def service(ctx, due_days: int | None = None) -> FeedbackService:
    config = ctx.config
    if due_days is not None:
        config = dataclasses.replace(config, reception=dataclasses.replace(
            config.reception, feedback_due_days=due_days))
    return FeedbackService(ctx.store, config, ctx.dossiers.calendar, ctx.queue.clock, "kiosk-1")


def counts(ctx) -> tuple[int, int, int, int]:
    with ctx.store.read() as s:
        return (s.scalar(select(func.count()).select_from(Feedback)),
                s.scalar(select(func.count()).select_from(FeedbackEvent)),
                s.scalar(select(func.count()).select_from(FeedbackSequence)),
                s.scalar(select(func.count()).select_from(OutboxOp).where(OutboxOp.entity == "feedback")))


def due_local(view: FeedbackView):
    return view.due_at.astimezone(LOCAL_TZ)


# ---------------------------------------------------------------------------------- filing
def test_filed_complaint_gets_the_days_code_its_due_date_and_goes_to_the_province(ctx, clock):
    clock.now = local(2026, 11, 20, 10, 0)  # a Friday
    svc = service(ctx)
    assert ctx.config.reception.feedback_due_days == 10  # the sample center
    view = svc.file("facilities", TEXT)
    assert view.code == "PAKN-261120-0001"
    assert (view.category, view.state, view.answered) == ("facilities", "received", False)
    assert view.received_at == clock.now
    # ten working days after Friday 20/11, by hand: Mon 23 (1), Tue 24 is Vietnam Culture Day (off),
    # Wed 25 (2), Thu 26 (3), Fri 27 (4), Mon 30 (5), Tue 1/12 (6), Wed 2 (7), Thu 3 (8), Fri 4 (9),
    # Mon 7 (10): at the close of that day's hours
    assert due_local(view) == local(2026, 12, 7, 17, 0)
    assert svc.file("procedure", TEXT).code == "PAKN-261120-0002"
    clock.now = local(2026, 11, 21, 0, 5)  # local midnight passed: numbers start again
    assert svc.file("other", TEXT).code == "PAKN-261121-0001"
    assert counts(ctx) == (3, 3, 2, 3)
    with ctx.store.read() as s:
        op = s.scalars(select(OutboxOp).where(OutboxOp.entity == "feedback")
                       .order_by(OutboxOp.created_at, OutboxOp.id)).first()
        event = s.scalars(select(FeedbackEvent)).first()
    assert op.op == "filed" and op.payload["feedback"]["code"] == "PAKN-261120-0001"
    assert op.payload["feedback"]["text"] == TEXT and op.payload["feedback"]["terminal"] == "kiosk-1"
    assert op.payload["event"]["to_state"] == "received" and op.payload["event"]["from_state"] is None
    assert (event.from_state, event.to_state) == (None, "received")


@pytest.mark.parametrize(("received", "days", "expected"), [
    # Friday afternoon, 2 days: the weekend and Tuesday 24/11 (a holiday) are skipped
    (local(2026, 11, 20, 16, 59), 2, local(2026, 11, 25, 17, 0)),
    # filed on the holiday itself (the kiosk is open): Wed 25 (1), Thu 26 (2)
    (local(2026, 11, 24, 8, 0), 2, local(2026, 11, 26, 17, 0)),
    # Saturday evening, 1 day: Monday, at closing
    (local(2026, 11, 28, 19, 0), 1, local(2026, 11, 30, 17, 0)),
    # a Thursday after closing: the filing day never counts, Friday is the first
    (local(2026, 11, 26, 17, 30), 1, local(2026, 11, 27, 17, 0)),
    # Saturday 22/8/2026 is a working day, swapped for Monday 31/8: it counts
    (local(2026, 8, 21, 9, 0), 1, local(2026, 8, 22, 17, 0)),
    # National Day: Mon 31/8 (the swap), Tue 1/9 and Wed 2/9 off: Thu 3 (1), Fri 4 (2), Mon 7 (3)
    (local(2026, 8, 28, 9, 0), 3, local(2026, 9, 7, 17, 0)),
])
def test_due_date_counts_working_days_after_the_filing_day(ctx, clock, received, days, expected):
    clock.now = received
    view = service(ctx, due_days=days).file("suggestion", TEXT)
    assert due_local(view) == expected


def test_text_is_cleaned_and_contact_kept_only_with_consent(ctx):
    svc = service(ctx)
    dirty = "  Phòng chờ\x00 thiếu ghế\u200b ngồi\x07.\r\n\r\n\r\n\tDòng hai.\x1b  "
    view = svc.file("facilities", dirty, phone="0912 345 678", email="Nhung@Example.VN", consent=True,
                    dossier_code="000.00.00.h99-261124-0001")
    detail = svc.show(view.code)
    assert detail.text == "Phòng chờ thiếu ghế ngồi.\n\nDòng hai."
    assert (detail.contact_phone, detail.contact_email, detail.consent) == (
        "0912345678", "Nhung@example.vn", True)
    assert detail.dossier_code == "000.00.00.H99-261124-0001"  # need not be a dossier of ours
    # decomposed Vietnamese (a keyboard wedge) is stored composed
    nfd = "Nhân viên hướng dẫn rất nhiệt tình"
    stored = svc.show(svc.file("attitude", unicodedata.normalize("NFD", nfd)).code).text
    assert stored == nfd and unicodedata.is_normalized("NFC", stored)
    # consent without contact keeps nothing, and says so
    quiet = svc.show(svc.file("other", TEXT, consent=True).code)
    assert (quiet.contact_phone, quiet.contact_email, quiet.consent) == (None, None, False)


@pytest.mark.parametrize(("phone", "stored"), [
    ("0912345678", "0912345678"), ("091.234.5678", "0912345678"), ("+84 912 345 678", "+84912345678"),
    ("028 3823 4567", "02838234567"), ("+84 28 3823 4567", "+842838234567"),
])
def test_vietnamese_phone_formats(ctx, phone, stored):
    svc = service(ctx)
    assert svc.show(svc.file("other", TEXT, phone=phone, consent=True).code).contact_phone == stored


@pytest.mark.parametrize(("kwargs", "key"), [
    ({"category": "complaint"}, "unknown_category"),
    ({"category": ""}, "unknown_category"),
    ({"text": "x" * 10_000}, "text_too_long"),
    ({"text": "Ghế\x00\x01\x02 hỏng"}, "text_too_short"),  # 8 characters once cleaned
    ({"text": "\u200b" * 50}, "text_too_short"),
    ({"phone": "0912345678"}, "contact_without_consent"),
    ({"email": "a@b.vn"}, "contact_without_consent"),
    ({"phone": "098765432", "consent": True}, "bad_phone"),  # 9 digits
    ({"phone": "1912345678", "consent": True}, "bad_phone"),
    ({"phone": "+8498765432", "consent": True}, "bad_phone"),
    ({"phone": "0987654321x", "consent": True}, "bad_phone"),
    ({"email": "nhung@", "consent": True}, "bad_email"),
    ({"email": "nhung@example", "consent": True}, "bad_email"),
    ({"email": "a b@example.vn", "consent": True}, "bad_email"),
    ({"dossier_code": "079190001234"}, "bad_dossier_code"),  # an ID number is no dossier code
    ({"dossier_code": "PAKN-261124-0001"}, "bad_dossier_code"),
])
def test_bad_input_is_refused_with_a_sentence_and_nothing_stored(ctx, kwargs, key):
    args = {"category": "facilities", "text": TEXT} | kwargs
    with pytest.raises(FeedbackError) as caught:
        service(ctx).file(**args)
    assert caught.value.key == key
    for lang in ("vi", "en"):
        sentence = caught.value.message(lang)
        assert sentence.endswith(".") and "{" not in sentence
        # contact data is personal: never repeated in a sentence (its English text is logged)
        for value in (kwargs.get("phone"), kwargs.get("email")):
            assert not value or value not in sentence
    assert counts(ctx) == (0, 0, 0, 0)


def test_ten_thousand_characters_are_refused_not_cut(ctx):
    text = ("Góp ý. " * 1500)[:9_999] + "!"
    assert len(text) == 10_000
    with pytest.raises(FeedbackError) as caught:
        service(ctx).file("suggestion", text)
    assert "dài 10000 ký tự, quá 2000 ký tự" in caught.value.message("vi")
    assert "2000" in caught.value.message("en") and "cut" in caught.value.message("en")
    text = "a" * 2000  # the most there may be
    assert len(service(ctx).show(service(ctx).file("suggestion", text).code).text) == 2000


def test_the_days_numbers_stay_in_this_terminals_range(ctx, clock):
    config = dataclasses.replace(ctx.config, reception=dataclasses.replace(
        ctx.config.reception, sequence_range=(5000, 5001)))
    svc = FeedbackService(ctx.store, config, ctx.dossiers.calendar, clock)
    assert [svc.file("other", TEXT).code[-4:] for _ in range(2)] == ["5000", "5001"]
    with pytest.raises(FeedbackError) as caught:
        svc.file("other", TEXT)
    assert caught.value.key == "feedback_range_exhausted"
    assert counts(ctx)[0] == 2


# ---------------------------------------------------------------------------------- looking up
def test_find_is_case_insensitive_and_shows_no_personal_data(ctx):
    svc = service(ctx)
    code = svc.file("attitude", TEXT, phone="0912345678", email="a@b.vn", consent=True,
                    dossier_code="000.00.00.H99-261124-0001").code
    for typed in (code.lower(), f"  {code}  ", f"https://dichvucong.example.vn/pakn/{code}"):
        view = svc.find(typed)
        assert type(view) is FeedbackView and view.code == code
    public = json.dumps(svc.find(code).to_json("vi"), ensure_ascii=False)
    for personal in ("0912345678", "a@b.vn", TEXT, "H99"):
        assert personal not in public
    assert svc.find(code).state_words("vi") == "Đã tiếp nhận"
    assert svc.find(code).category_words("vi") == "Thái độ phục vụ"
    assert isinstance(svc.show(code), FeedbackDetail) and svc.show(code).contact_email == "a@b.vn"


def test_not_a_code_and_not_found_are_sentences(ctx):
    svc = service(ctx)
    with pytest.raises(FeedbackError) as caught:
        svc.find("xin chào")
    assert caught.value.message("vi") == ft("not_a_feedback_code", "vi", text="xin chào")
    assert "PAKN-261124-0001" in caught.value.message("en")
    with pytest.raises(FeedbackError) as caught:
        svc.find("pakn-261124-0999")
    assert caught.value.key == "feedback_not_found"
    assert "PAKN-261124-0999" in caught.value.message("vi")


# ---------------------------------------------------------------------------------- handling
def test_a_complaint_goes_through_its_states_one_step_at_a_time(ctx, clock):
    svc = service(ctx)
    code = svc.file("procedure", TEXT).code
    clock.advance(hours=1)
    assert svc.transition(code, "classified", "cb01", "thuộc lĩnh vực hộ tịch").state == "classified"
    assigned = svc.transition(code, "assigned", "cb01", assigned_to="Phòng Tư pháp")
    assert assigned.assigned_to == "Phòng Tư pháp"
    # handed on to someone else
    assert svc.transition(code, "assigned", "cb01", assigned_to="Bà Lan").assigned_to == "Bà Lan"
    clock.advance(days=2)
    answered = svc.transition(code, "answered", "cb02", answer="  Trung tâm đã bổ sung 10 ghế.\x00 ")
    assert answered.answer == "Trung tâm đã bổ sung 10 ghế."
    assert answered.answered_at == clock.now and answered.answered
    closed = svc.transition(code, "closed", "cb02")
    assert closed.closed_at == clock.now
    assert [(e.from_state, e.to_state) for e in closed.events] == [
        (None, "received"), ("received", "classified"), ("classified", "assigned"),
        ("assigned", "assigned"), ("assigned", "answered"), ("answered", "closed")]
    assert closed.events[1].officer_code == "cb01" and closed.events[1].note == "thuộc lĩnh vực hộ tịch"
    view = svc.find(code)  # the citizen sees the answer
    assert view.state_words("vi") == "Đã kết thúc" and view.answer == "Trung tâm đã bổ sung 10 ghế."
    with ctx.store.read() as s:
        ops = list(s.scalars(select(OutboxOp).where(OutboxOp.entity == "feedback")))
        row = s.scalars(select(Feedback)).one()
    assert len(ops) == 6 and row.version == 6
    assert {o.payload["feedback"]["state"] for o in ops} == {
        "received", "classified", "assigned", "answered", "closed"}


@pytest.mark.parametrize(("steps", "to", "kwargs", "key"), [
    ([], "answered", {"answer": "Đã xử lý."}, "feedback_bad_transition"),  # skips steps
    ([], "closed", {}, "feedback_bad_transition"),
    ([], "received", {}, "feedback_bad_transition"),
    (["classified"], "classified", {}, "feedback_bad_transition"),
    (["classified", "assigned"], "answered", {}, "answer_required"),
    (["classified", "assigned"], "answered", {"answer": " \x00 "}, "answer_required"),
    (["classified", "assigned"], "answered", {"answer": "x" * 4001}, "answer_too_long"),
    (["classified"], "assigned", {}, "assignee_required"),
    ([], "classified", {"answer": "Đã xử lý."}, "answer_only_when_answering"),
    ([], "classified", {"assigned_to": "Bà Lan"}, "assignee_only_when_assigning"),
    ([], "reopened", {}, "unknown_feedback_state"),
    (["classified", "assigned", "answered", "closed"], "assigned", {"assigned_to": "Bà Lan"},
     "feedback_bad_transition"),
])
def test_illegal_moves_are_refused_and_change_nothing(ctx, steps, to, kwargs, key):
    svc = service(ctx)
    code = svc.file("procedure", TEXT).code
    extra = {"assigned": {"assigned_to": "Phòng Tư pháp"}, "answered": {"answer": "Đã xử lý."}}
    for step in steps:
        svc.transition(code, step, "cb01", **extra.get(step, {}))
    before = counts(ctx), svc.show(code)
    with pytest.raises(FeedbackError) as caught:
        svc.transition(code, to, "cb01", **kwargs)
    assert caught.value.key == key
    assert (counts(ctx), svc.show(code)) == before
    assert "{" not in caught.value.message("vi") and "{" not in caught.value.message("en")


def test_a_bad_move_names_the_next_step(ctx):
    svc = service(ctx)
    code = svc.file("procedure", TEXT).code
    with pytest.raises(FeedbackError) as caught:
        svc.transition(code, "answered", answer="Đã xử lý.")
    assert caught.value.message("vi") == (
        f"Phản ánh {code} đang ở trạng thái “Đã tiếp nhận”, không chuyển sang “Đã trả lời” được. "
        "Bước tiếp theo: “Đã phân loại”.")
    assert "“Classified”" in caught.value.message("en")


def test_overdue_lists_what_is_not_answered_by_its_due_date(ctx, clock):
    clock.now = local(2026, 11, 20, 10, 0)
    svc = service(ctx, due_days=2)  # due Wed 25/11 17:00
    late, answered, closed = (svc.file("other", TEXT).code for _ in range(3))
    clock.now = local(2026, 11, 23, 9, 0)
    fresh = svc.file("other", TEXT).code  # due Thu 26/11 17:00 (Tue 24 is a holiday)
    for code in (answered, closed):
        svc.transition(code, "classified")
        svc.transition(code, "assigned", assigned_to="Phòng Tư pháp")
        svc.transition(code, "answered", answer="Đã xử lý.")
    svc.transition(closed, "closed")
    svc.transition(late, "classified")
    assert svc.overdue(local(2026, 11, 25, 17, 0)) == []  # at the due time itself: not yet
    clock.now = local(2026, 11, 25, 17, 1)
    assert [v.code for v in svc.overdue()] == [late]
    assert svc.find(late).is_overdue(clock.now) and not svc.find(fresh).is_overdue(clock.now)
    assert not svc.find(answered).is_overdue(clock.now)
    assert [v.code for v in svc.overdue(local(2026, 12, 1, 8, 0))] == [late, fresh]
    assert [v.code for v in svc.list("answered")] == [answered]
    assert [v.code for v in svc.list()] == [late, answered, closed, fresh]
    with pytest.raises(FeedbackError):
        svc.list("nonsense")


# ---------------------------------------------------------------------------------- slip, words
def test_the_slip_carries_the_code_and_dates_and_nothing_personal(ctx, clock):
    clock.now = local(2026, 11, 20, 10, 0)
    svc = service(ctx)
    view = svc.file("facilities", TEXT, phone="0912345678", consent=True,
                    dossier_code="000.00.00.H99-261124-0001")
    doc = feedback_slip(ctx.config, view, "vi")
    texts = [b.text for b in doc.blocks if isinstance(b, Text)]
    assert "PHIẾU TIẾP NHẬN PHẢN ÁNH, KIẾN NGHỊ" in texts and view.code in texts
    assert [b.data for b in doc.blocks if isinstance(b, Barcode)] == [view.code]
    assert "Nhóm: Cơ sở vật chất" in texts and "Tra cứu bằng mã này tại ki-ốt" in texts
    assert "Ngày tiếp nhận: 10:00 20/11/2026" in texts and "Hạn trả lời: 17:00 07/12/2026" in texts
    everything = "\n".join(texts)
    for personal in ("0912345678", TEXT, "H99-261124"):
        assert personal not in everything


def test_every_message_has_both_languages_with_the_same_placeholders():
    fields = string.Formatter()
    for key, entry in MESSAGES.items():
        assert set(entry) == {"vi", "en"}, key
        names = [{f for _, f, _, _ in fields.parse(entry[lang]) if f} for lang in ("vi", "en")]
        assert names[0] == names[1], key


# ---------------------------------------------------------------------------------- CLI
def run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="kiosk")
    parser.add_argument("--lang")
    add_commands(parser.add_subparsers(dest="cmd", required=True))
    args = parser.parse_args(argv)
    return int(args.func(args))


def test_cli_files_shows_moves_and_lists_overdue(home, capsys, monkeypatch):
    monkeypatch.setenv("KIOSK_STANDALONE", "1")
    assert run(["feedback", "file", "--category", "facilities", "--text", TEXT, "--phone", "0912345678",
                "--consent", "--json"]) == 0
    filed = json.loads(capsys.readouterr().out)
    code = filed["code"]
    assert re.fullmatch(r"PAKN-\d{6}-0001", code) and filed["state"] == "received"
    assert filed["overdue"] is False and "0912345678" not in json.dumps(filed)
    assert run(["--lang", "vi", "feedback", "show", code.lower()]) == 0
    shown = capsys.readouterr().out
    assert f"Mã phản ánh: {code}" in shown and "Cơ sở vật chất" in shown and "0912345678" not in shown
    assert run(["feedback", "show", code, "--full", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["contact"]["phone"] == "0912345678"
    assert run(["feedback", "move", code, "classified", "--note", "cơ sở vật chất"]) == 0
    assert run(["feedback", "move", code, "assigned", "--assigned-to", "Phòng Hành chính"]) == 0
    capsys.readouterr()
    with pytest.raises(FeedbackError) as caught:
        run(["feedback", "move", code, "answered"])
    assert caught.value.key == "answer_required" and caught.value.exit_code == 10
    assert run(["--lang", "en", "feedback", "move", code, "answered", "--answer", "Thêm 10 ghế."]) == 0
    out = capsys.readouterr().out
    assert "State: Answered" in out and "Thêm 10 ghế." in out
    assert run(["--lang", "en", "feedback", "overdue"]) == 0
    assert capsys.readouterr().out.strip() == "No complaint is overdue."
    assert run(["feedback", "overdue", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
