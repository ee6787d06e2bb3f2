"""Rating a dossier at the kiosk: the receipt scanned, three big buttons, then the full
evaluation one question per screen; a second evaluation and bad codes are sentences."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from kiosk.store.models import DossierEvaluation, Rating
from tests.ui.test_kiosk_lookup import CCCD, PERSONAL, texts
from ui.devices_hub import DeviceHub
from ui.kiosk.evaluation import DossierEvaluationPage
from ui.kiosk.screen import KioskScreen

APPLICANT = {"name": "Nguyễn Thị Hồng Nhung", "id_number": "079190001234", "birth_date": "1990-05-17",
             "address": "Số 12 đường Lê Lợi", "phone": "0912345678", "email": "a@b.vn"}
# the citizen's answers, in the order the questions come (chiso1..9, convenience, overall)
ANSWERS = [2, 1, 0, 2, 1, 2, 2, 1, 0, 3, 2]
KEYS = [f"chiso{i}" for i in range(1, 10)] + ["convenience", "overall"]


def _page(qtbot, ctx) -> tuple[KioskScreen, DossierEvaluationPage]:
    """The kiosk with the evaluation page wired in as ui/kiosk/screen.py will wire it."""
    screen = KioskScreen(ctx, "vi")
    qtbot.addWidget(screen)
    screen.resize(1080, 1920)
    page = DossierEvaluationPage(screen)
    screen.stack.addWidget(page)
    screen.show()
    screen.stack.setCurrentWidget(page)
    return screen, page


def _settle() -> None:
    for _ in range(3):  # rows added to a showing layout are shown by queued calls
        QApplication.processEvents()


def tap(qtbot, widget) -> None:
    _settle()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _count(ctx, model) -> int:
    with ctx.store.read() as s:
        return s.scalar(select(func.count()).select_from(model))


def _received(ctx):
    ticket = ctx.queue.take_ticket("HT")
    ctx.queue.call_next(1, officer="cb01")
    view = ctx.dossiers.receive("1.004873", APPLICANT, officer="cb01", counter=1, ticket_id=ticket.id)
    ctx.queue.finish(1, officer="cb01")
    return ticket, view


def _answer_all(qtbot, page, answers=ANSWERS, start: int = 0) -> None:
    for i, value in enumerate(answers, start=start):
        assert page.step == page.QUESTION and page.index == i
        assert page.progress.text() == page.tr("Question %1 of %2").replace("%1", str(i + 1)).replace("%2", "11")
        tap(qtbot, page.choice_rows[value])


def test_scan_rate_and_answer_the_full_evaluation(app, qtbot, ctx):
    ticket, dossier = _received(ctx)
    screen, page = _page(qtbot, ctx)
    hub = DeviceHub(ctx)
    page.claim_scans(hub.router)
    hub.router.submit(dossier.code)  # the receipt's barcode
    qtbot.waitUntil(lambda: page.step == page.QUICK, timeout=3000)
    assert dossier.code in page.dossier_line.text()
    assert [b.text() for b in page.quick.buttons.values()] == ["Rất hài lòng", "Hài lòng", "Không hài lòng"]
    assert min(b.height() for b in page.quick.buttons.values()) >= 200  # big touch targets

    with qtbot.waitSignal(page.rated) as rated:
        tap(qtbot, page.quick.buttons[2])
    assert rated.args[0].level == 2
    with ctx.store.read() as s:
        row = s.scalars(select(Rating)).one()
    assert (row.event_key, row.dossier_id, row.ticket_id) == (f"dossier:{dossier.id}", dossier.id, ticket.id)
    assert (row.officer_code, row.field_code, row.source, row.satisfied) == ("cb01", "hotich", "kiosk", True)
    assert page.step == page.OFFER and "Hài lòng" in page.thanks.text()

    tap(qtbot, page.start_button)
    first = page.indicators[0]
    assert page.indicator_title.text() == first.short_title
    assert not page.full_text.isVisible()
    tap(qtbot, page.full_text_button)  # the official text, one tap away
    assert page.full_text.isVisible() and page.full_text.text().startswith("Chỉ số 1: Tổng thời gian")
    assert page.choice_rows[2].detail.text() == "Tổng thời gian ngắn hơn so với quy định"
    _answer_all(qtbot, page)
    assert page.step == page.REVIEW and page.send_button.isEnabled()
    assert "Rất hài lòng" in page.review_rows["convenience"].detail.text()

    with qtbot.waitSignal(page.evaluated) as evaluated:
        tap(qtbot, page.send_button)
    assert evaluated.args[0].answers == dict(zip(KEYS, ANSWERS, strict=True))
    with ctx.store.read() as s:
        stored = s.scalars(select(DossierEvaluation)).one()
    assert stored.answers == dict(zip(KEYS, ANSWERS, strict=True)) and stored.dossier_id == dossier.id
    assert page.step == page.DONE and page.done_text.isVisible()
    shown = "\n".join(texts(page))
    assert not any(p in shown for p in PERSONAL)  # a public screen: nothing of the applicant

    # the same receipt again: a sentence, nothing more stored
    tap(qtbot, page.done_button)
    assert screen.stack.currentWidget() is screen.home
    screen.stack.setCurrentWidget(page)
    page.code.setText(dossier.code)
    tap(qtbot, page.find_button)
    assert page.step == page.ENTRY and page.error.isVisible()
    assert "đã có phiếu đánh giá đầy đủ" in page.error.text()
    assert _count(ctx, DossierEvaluation) == 1 and _count(ctx, Rating) == 1


def test_already_rated_goes_straight_to_the_evaluation_offer(app, qtbot, ctx):
    _, dossier = _received(ctx)
    screen, page = _page(qtbot, ctx)
    page.open_dossier(dossier.code)
    page.rate(3)
    page.reset()
    page.code.setText(dossier.code[-11:])  # "261124-0001": the end of one of this center's codes
    tap(qtbot, page.find_button)
    assert page.step == page.OFFER
    assert page.thanks.text() == page.tr("You have already rated this dossier.")
    tap(qtbot, page.no_button)  # not now
    assert screen.stack.currentWidget() is screen.home
    assert _count(ctx, Rating) == 1 and _count(ctx, DossierEvaluation) == 0


def test_an_evaluated_dossier_can_still_get_its_quick_rating_once(app, qtbot, ctx):
    _, dossier = _received(ctx)
    _, page = _page(qtbot, ctx)
    page.ratings.record_evaluation(dossier.code, dict(zip(KEYS, ANSWERS, strict=True)))
    page.open_dossier(dossier.code)
    assert page.step == page.QUICK
    tap(qtbot, page.quick.buttons[1])
    assert page.step == page.DONE
    assert page.done_text.text() == page.tr("Your rating has been recorded. Thank you!")
    page.open_dossier(dossier.code)
    assert page.step == page.ENTRY and "đã có phiếu đánh giá đầy đủ" in page.error.text()


def test_an_answer_is_changed_from_the_review_and_back_walks_the_questions(app, qtbot, ctx):
    _, dossier = _received(ctx)
    _, page = _page(qtbot, ctx)
    page.open_dossier(dossier.code)
    tap(qtbot, page.quick.buttons[3])
    tap(qtbot, page.start_button)
    tap(qtbot, page.choice_rows[2])
    tap(qtbot, page.choice_rows[1])
    assert page.index == 2
    tap(qtbot, page.back)
    assert page.index == 1 and page.choice_rows[1].title.text().startswith("✓")  # the answer kept
    tap(qtbot, page.choice_rows[1])
    _answer_all(qtbot, page, [0] * 7 + [3, 3], start=2)  # on from question 3
    assert page.step == page.REVIEW
    tap(qtbot, page.review_rows["chiso4"])  # change one answer
    assert page.step == page.QUESTION and page.index == 3
    tap(qtbot, page.choice_rows[2])
    assert page.step == page.REVIEW and page.answers["chiso4"] == 2
    tap(qtbot, page.send_button)
    with ctx.store.read() as s:
        answers = s.scalars(select(DossierEvaluation)).one().answers
    assert answers["chiso1"] == 2 and answers["chiso4"] == 2 and answers["overall"] == 3


def test_leaving_the_page_forgets_the_answers(app, qtbot, ctx):
    _, dossier = _received(ctx)
    screen, page = _page(qtbot, ctx)
    page.open_dossier(dossier.code)
    tap(qtbot, page.quick.buttons[3])
    tap(qtbot, page.start_button)
    tap(qtbot, page.choice_rows[0])
    page.reset()  # Home or the idle timeout (KioskScreen.go_home resets every page)
    assert page.step == page.ENTRY and page.answers == {} and page.dossier is None
    assert page.dossier_line.text() == "" and dossier.procedure_name not in "\n".join(texts(page))
    assert _count(ctx, DossierEvaluation) == 0


def test_bad_codes_are_sentences_and_an_id_card_is_never_echoed(app, qtbot, ctx):
    _received(ctx)
    _, page = _page(qtbot, ctx)
    tap(qtbot, page.find_button)  # nothing typed
    assert page.error.text() == page.tr("Please type the dossier code printed on your receipt.")
    page.code.setText("000.00.00.H99-261124-0999")
    tap(qtbot, page.find_button)
    assert "Không tìm thấy hồ sơ mã 000.00.00.H99-261124-0999" in page.error.text()
    hub = DeviceHub(ctx)
    page.claim_scans(hub.router)
    hub.router.submit(CCCD)  # the citizen scanned their ID card instead of the receipt
    qtbot.waitUntil(lambda: "không phải" in page.error.text() or "not a dossier" in page.error.text(),
                    timeout=3000)
    assert not any(p in "\n".join(texts(page)) for p in PERSONAL)
    assert _count(ctx, Rating) == 0 and _count(ctx, DossierEvaluation) == 0


def test_english_screen_keeps_the_official_vietnamese_questions(app, qtbot, ctx):
    _, dossier = _received(ctx)
    screen, page = _page(qtbot, ctx)
    screen.set_language("en")
    page.retranslate()
    page.open_dossier(dossier.code)
    assert [b.text() for b in page.quick.buttons.values()] == ["Very satisfied", "Satisfied", "Not satisfied"]
    tap(qtbot, page.quick.buttons[1])
    tap(qtbot, page.start_button)
    assert page.official_note.isVisible()
    assert page.indicator_title.text().startswith("Tổng thời gian")
    assert page.choice_rows[2].title.text() == "Score 2"
