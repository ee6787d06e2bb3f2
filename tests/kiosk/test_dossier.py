"""Dossier intake on a real SQLite file: outcomes, codes, appointments, states, scanned papers."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import multiprocessing
import re
from pathlib import Path

import pytest
from PIL import Image, ImageDraw
from sqlalchemy import func, select

from kiosk.errors import KioskError
from kiosk.store.models import Dossier, DossierComponent, DossierEvent, OutboxOp
from kiosk.timeutil import LOCAL_TZ
from tests.conftest import local

APPLICANT = {
    "name": "Nguyễn Thị Hồng Nhung", "id_number": "079190001234", "birth_date": "1990-05-17",
    "address": "Số 12 đường Lê Lợi, phường Tân Phong, TP Biên Hòa", "phone": "0912345678",
    "email": "nhung@example.vn",
}
BIRTH = "1.001193"  # Đăng ký khai sinh: same day, 15:00 cut-off; tk and gcs mandatory
MARITAL = "1.004873"  # Xác nhận tình trạng hôn nhân: 3 working days


def counts(ctx) -> tuple[int, int, int, int]:
    with ctx.store.read() as s:
        return (s.scalar(select(func.count()).select_from(Dossier)),
                s.scalar(select(func.count()).select_from(DossierComponent)),
                s.scalar(select(func.count()).select_from(DossierEvent)),
                s.scalar(select(func.count()).select_from(OutboxOp)))


def test_complete_intake_gets_the_days_code_and_its_appointment(ctx, clock):
    clock.now = local(2026, 11, 17, 9, 32)  # Tuesday (24 November is Vietnam Culture Day, a day off from 2026)
    view = ctx.dossiers.receive(BIRTH, APPLICANT, officer="cb01", counter=1)
    assert view.code == "000.00.00.H99-261117-0001"
    assert view.state == "received" and view.outcome == "complete"
    # same day with a 15:00 cut-off: today, at closing
    assert view.appointment_at.astimezone(LOCAL_TZ) == local(2026, 11, 17, 17, 0)
    received = {c.component_id: c.received for c in view.components}
    assert received["tk"] == 1 and received["gcs"] == 1  # mandatory ones, once, by default
    assert not view.missing
    second = ctx.dossiers.receive(MARITAL, APPLICANT)
    assert second.code.endswith("-261117-0002")
    # 3 working days from Tuesday 9:32 (8 h a day): Friday 9:32
    assert second.appointment_at.astimezone(LOCAL_TZ) == local(2026, 11, 20, 9, 32)
    # the province sees it: the dossier's op comes before its event's
    with ctx.store.read() as s:
        ops = [o.entity for o in s.scalars(select(OutboxOp).where(OutboxOp.entity.like("dossier%"))
                                             .order_by(OutboxOp.created_at, OutboxOp.id))]
    assert ops == ["dossier", "dossier_event", "dossier", "dossier_event"]
    shown = ctx.dossiers.show(second.code.lower())
    assert shown.applicant.name == "Nguyễn Thị Hồng Nhung" and shown.events[0].kind == "intake"


def test_after_the_cutoff_the_same_day_procedure_is_due_next_working_day(ctx, clock):
    clock.now = local(2026, 11, 20, 15, 20)  # Friday after 15:00
    view = ctx.dossiers.receive(BIRTH, APPLICANT)
    assert view.appointment_at.astimezone(LOCAL_TZ) == local(2026, 11, 23, 17, 0)  # Monday


def test_incomplete_lists_everything_missing_and_refused_needs_a_reason(ctx, clock):
    view = ctx.dossiers.receive(BIRTH, APPLICANT, {"tk": 1})
    assert view.outcome == "incomplete" and view.state == "incomplete"
    assert [c.name for c in view.missing] == ["Giấy chứng sinh"]
    assert view.appointment_at is None
    before = counts(ctx)
    with pytest.raises(KioskError) as err:
        ctx.dossiers.receive(BIRTH, APPLICANT, outcome="refused")
    assert "lý do" in err.value.message("vi")
    with pytest.raises(KioskError) as err:
        ctx.dossiers.receive(BIRTH, APPLICANT, {"tk": 1}, outcome="complete")
    assert "Giấy chứng sinh" in err.value.message("vi")
    assert counts(ctx) == before  # nothing half-saved
    refused = ctx.dossiers.receive(BIRTH, APPLICANT, outcome="refused",
                                   reason="Không thuộc thẩm quyền giải quyết của UBND cấp xã")
    assert refused.state == "refused" and refused.reason.startswith("Không thuộc")


@pytest.mark.parametrize("applicant, words", [
    ({**APPLICANT, "id_number": "12345"}, "12 chữ số"),
    ({**APPLICANT, "birth_date": "17/05/1990"}, "YYYY-MM-DD"),
    ({**APPLICANT, "name": "  "}, "họ tên"),
    ({**APPLICANT, "email": "not-an-email"}, "thư điện tử"),
    ("a string", "đối tượng JSON"),
])
def test_bad_applicants_are_refused_with_what_to_fix(ctx, applicant, words):
    before = counts(ctx)
    with pytest.raises(KioskError) as err:
        ctx.dossiers.receive(BIRTH, applicant)
    assert words in err.value.message("vi")
    assert counts(ctx) == before


def test_unknown_procedure_component_and_counts(ctx):
    with pytest.raises(KioskError, match="no procedure"):
        ctx.dossiers.receive("9.999999", APPLICANT)
    with pytest.raises(KioskError) as err:
        ctx.dossiers.receive(BIRTH, APPLICANT, {"nope": 1})
    assert "tk" in err.value.message("vi") and "gcs" in err.value.message("vi")
    with pytest.raises(KioskError):
        ctx.dossiers.receive(BIRTH, APPLICANT, {"tk": -1})
    assert counts(ctx)[0] == 0


def _catalog_file(tmp_path: Path, components: list) -> Path:
    from kiosk.catalog import default_catalog

    data = default_catalog().to_dict()
    proc = next(p for p in data["procedures"] if p["code"] == BIRTH)
    proc["components"] = components
    data["procedures"] = [proc]
    path = tmp_path / "catalog.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_a_procedure_without_components_and_a_calendar_without_working_days(home, clock, tmp_path):
    from kiosk.config import load_config
    from kiosk.wiring import build_context

    cfg = load_config()
    overrides = tmp_path / "off.json"
    start = dt.date(2026, 11, 1)
    overrides.write_text(json.dumps({"entries": [
        {"date": (start + dt.timedelta(days=i)).isoformat(), "kind": "off", "reason": "Nghỉ", "source": "test"}
        for i in range(800)]}), encoding="utf-8")
    text = cfg.path.read_text(encoding="utf-8").replace(
        "# catalog_path = \"catalog.json\"", f"catalog_path = \"{_catalog_file(tmp_path, [])}\"")
    cfg.path.write_text(text, encoding="utf-8")
    ctx = build_context(home, clock=clock, config=load_config())
    try:
        with pytest.raises(KioskError) as err:
            ctx.dossiers.receive(BIRTH, APPLICANT)
        assert "chưa có thành phần hồ sơ" in err.value.message("vi")
    finally:
        ctx.close()
    cfg.path.write_text(text.replace(f"catalog_path = \"{tmp_path / 'catalog.json'}\"", "")
                        + "", encoding="utf-8")
    text = cfg.path.read_text(encoding="utf-8").replace(
        "# calendar_overrides_path = \"holiday-overrides.json\"",
        f"calendar_overrides_path = \"{overrides}\"")
    cfg.path.write_text(text, encoding="utf-8")
    ctx = build_context(home, clock=clock, config=load_config())
    try:
        with pytest.raises(KioskError) as err:
            ctx.dossiers.receive(BIRTH, APPLICANT)
        assert "ngày làm việc" in err.value.message("vi")
        assert counts(ctx) == (0, 0, 0, 0)
    finally:
        ctx.close()


def test_the_daily_sequence_restarts_each_day_and_stays_in_the_terminals_range(home, clock):
    from kiosk.config import load_config
    from kiosk.wiring import build_context

    cfg = load_config()
    cfg.path.write_text(cfg.path.read_text(encoding="utf-8").replace(
        "dossier_range = [1, 9999]", "dossier_range = [5000, 5001]"), encoding="utf-8")
    ctx = build_context(home, clock=clock, config=load_config())
    try:
        codes = [ctx.dossiers.receive(BIRTH, APPLICANT).code for _ in range(2)]
        assert [c[-4:] for c in codes] == ["5000", "5001"]
        with pytest.raises(KioskError) as err:
            ctx.dossiers.receive(BIRTH, APPLICANT)
        assert "5001" in err.value.message("vi")
        clock.advance(days=1)
        assert ctx.dossiers.receive(BIRTH, APPLICANT).code.endswith("-261125-5000")
    finally:
        ctx.close()


def _receive_many(home: str, n: int, out) -> None:  # type: ignore[no-untyped-def]
    import os

    os.environ["KIOSK_HOME"] = home
    from kiosk.wiring import build_context

    ctx = build_context(Path(home))
    try:
        out.put([ctx.dossiers.receive(MARITAL, APPLICANT).code for _ in range(n)])
    finally:
        ctx.close()


def test_codes_are_unique_when_four_processes_receive_at_once(home, ctx):
    ctx.store.migrate()
    queue: multiprocessing.Queue = multiprocessing.get_context("spawn").Queue()
    procs = [multiprocessing.get_context("spawn").Process(target=_receive_many, args=(str(home), 10, queue))
             for _ in range(4)]
    for p in procs:
        p.start()
    codes = [c for _ in procs for c in queue.get(timeout=120)]
    for p in procs:
        p.join(60)
    assert len(codes) == 40 and len(set(codes)) == 40
    assert sorted(int(c[-4:]) for c in codes) == list(range(1, 41))


def test_supplement_stops_the_clock_and_the_appointment_moves_by_the_pause(ctx, clock):
    clock.now = local(2026, 11, 17, 8, 0)  # Tuesday
    view = ctx.dossiers.receive(MARITAL, APPLICANT)
    due = view.appointment_at
    clock.now = local(2026, 11, 18, 8, 0)
    ctx.dossiers.transition(view.code, "processing", "cb01")
    paused = ctx.dossiers.transition(view.code, "supplement", "cb01", "Bổ sung bản sao CCCD")
    assert paused.state == "supplement"
    clock.now = local(2026, 11, 19, 8, 0)  # back one working day (8 h) later
    resumed = ctx.dossiers.transition(view.code, "processing", "cb01", "Đã bổ sung")
    assert due == local(2026, 11, 20, 8, 0)  # 3 working days: Friday 8:00
    assert resumed.appointment_at == local(2026, 11, 23, 8, 0)  # and 8 h later: Monday 8:00
    with pytest.raises(KioskError) as err:
        ctx.dossiers.transition(view.code, "returned", "cb01")
    assert "Đang xử lý" in err.value.message("vi")
    done = ctx.dossiers.transition(view.code, "result_ready", "cb01")
    assert done.finished_at is not None
    kinds = [(e.kind, e.to_state) for e in ctx.dossiers.show(view.code).events]
    assert kinds == [("intake", "received"), ("state", "processing"), ("state", "supplement"),
                     ("state", "processing"), ("state", "result_ready")]


def test_a_late_notice_keeps_both_dates_and_shows_in_due_soon(ctx, clock):
    clock.now = local(2026, 11, 17, 8, 0)
    view = ctx.dossiers.receive(MARITAL, APPLICANT)  # due Friday 20th, 8:00
    clock.now = local(2026, 11, 18, 10, 0)
    assert ctx.dossiers.due_soon() == []  # two working days ahead: not yet
    clock.now = local(2026, 11, 19, 10, 0)  # Thursday: one working day before
    assert [d.code for d in ctx.dossiers.due_soon()] == [view.code]
    with pytest.raises(KioskError):  # a new date must be later
        ctx.dossiers.late_notice(view.code, local(2026, 11, 19, 9, 0), "Chờ xác minh", "Phòng Tư pháp")
    late = ctx.dossiers.late_notice(view.code, local(2026, 12, 2, 8, 0), "Chờ xác minh nơi cư trú",
                                    "Phòng Tư pháp", "cb01")
    assert late.original_appointment_at == view.appointment_at
    assert late.appointment_at == local(2026, 12, 2, 8, 0)
    assert ctx.dossiers.due_soon() == []


@pytest.mark.parametrize("text, key", [
    ("hello", "not_a_dossier_code"),
    ("000.00.06.H56-231027-0361", "dossier_other_agency"),
    ("000.00.00.H99-231027-0361", "dossier_not_found"),
])
def test_lookups_that_find_nothing_say_why(ctx, text, key):
    with pytest.raises(KioskError) as err:
        ctx.dossiers.find(text)
    assert err.value.key == key


def test_a_receipt_qr_with_a_tracking_url_finds_the_dossier(ctx):
    view = ctx.dossiers.receive(BIRTH, APPLICANT)
    assert ctx.dossiers.find(f"https://hcc.example.gov.vn/d/{view.code}").id == view.id


def _page(text: str) -> Image.Image:
    img = Image.new("L", (850, 1100), 255)
    ImageDraw.Draw(img).text((80, 80), text, fill=0)
    return img


def test_pages_dropped_in_the_watched_folder_become_the_components_pdf(ctx, tmp_path):
    import pypdfium2 as pdfium

    from kiosk.dossier.files import ScanInbox

    view = ctx.dossiers.receive(BIRTH, APPLICANT)
    inbox = ScanInbox(tmp_path / "inbox")
    _page("to khai 1").save(inbox.folder / "scan-0001.png")
    _page("to khai 2").save(inbox.folder / "scan-0002.png")
    (inbox.folder / "notes.txt").write_text("not a page")
    first, rejected = inbox.poll()
    assert first == [] and rejected == []  # just appeared: the scanner may still be writing
    pages, rejected = inbox.poll()
    assert [p.source for p in pages] == ["scan-0001.png", "scan-0002.png"]
    assert rejected == ["notes.txt"] and (inbox.folder / ".rejected" / "notes.txt").exists()
    assert inbox.poll() == ([], [])  # taken once
    pages[1].rotate(90)
    updated = ctx.dossiers.attach_pages(view.code, "tk", pages, ctx.files, "cb01")
    comp = next(c for c in updated.components if c.component_id == "tk")
    assert comp.pages == 2 and updated.digitization == (1, 2) and not updated.fully_digitized
    stored = ctx.files.path(comp.sha256)
    assert hashlib.sha256(stored.read_bytes()).hexdigest() == comp.sha256
    pdf = pdfium.PdfDocument(str(stored))
    assert len(pdf) == 2
    w0, h0 = pdf[0].get_size()
    w1, h1 = pdf[1].get_size()
    assert h0 > w0 and w1 > h1  # the second page was turned
    pdf.close()
    assert ctx.files.check(comp.sha256) == "ok"
    stored.write_bytes(stored.read_bytes()[:-10] + b"0123456789")
    assert ctx.files.check(comp.sha256) == "corrupt"
    stored.unlink()
    assert ctx.files.check(comp.sha256) == "missing"
    done = ctx.dossiers.attach_pages(view.code, "gcs", [Page_of(_page("giay chung sinh"))], ctx.files)
    assert done.fully_digitized


def Page_of(img):  # noqa: N802 (a constructor-like helper)
    from kiosk.dossier.files import Page

    return Page(img, "test")


def test_dossier_code_shape(ctx):
    view = ctx.dossiers.receive(BIRTH, APPLICANT)
    assert re.fullmatch(r"000\.00\.00\.H99-\d{6}-\d{4}", view.code)


def test_scanned_pages_are_searchable_when_tesseract_is_installed(tmp_path):
    import shutil
    import unicodedata

    import pypdfium2 as pdfium
    from PIL import ImageFont

    from kiosk.dossier.files import Page, ocr_languages, pages_to_pdf
    from kiosk.paths import font_path

    if shutil.which("tesseract") is None or "vie" not in (ocr_languages() or ""):
        pytest.skip("Tesseract with its Vietnamese model is not installed (apt-get install "
                    "tesseract-ocr tesseract-ocr-vie; .ci/run installs them)")
    img = Image.new("L", (1654, 1000), 255)
    draw = ImageDraw.Draw(img)
    draw.text((150, 200), "TỜ KHAI ĐĂNG KÝ KHAI SINH", font=ImageFont.truetype(str(font_path(True)), 48), fill=0)
    draw.text((150, 320), "Họ và tên: Nguyễn Thị Hồng Nhung",
              font=ImageFont.truetype(str(font_path(False)), 40), fill=0)
    path = tmp_path / "scan.pdf"
    path.write_bytes(pages_to_pdf([Page(img)], "scan"))
    doc = pdfium.PdfDocument(str(path))
    text = unicodedata.normalize("NFC", doc[0].get_textpage().get_text_range())
    doc.close()
    assert "ĐĂNG KÝ KHAI SINH" in text and "Nguyễn Thị Hồng Nhung" in text
    path.write_bytes(pages_to_pdf([Page(img)], "scan", ocr=False))  # without OCR: an image only
    doc = pdfium.PdfDocument(str(path))
    assert doc[0].get_textpage().get_text_range().strip() == ""
    doc.close()
