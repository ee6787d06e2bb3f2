"""Complaints and suggestions at the kiosk: filed in three steps, the slip printed with its code
(read back from the simulated printer's picture), then found by that code on the same page."""

from __future__ import annotations

from pathlib import Path

import zxingcpp
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from sqlalchemy import func, select

from kiosk.feedback import FeedbackError, FeedbackService, parse_feedback_code
from kiosk.store.models import Feedback
from tests.conftest import local
from ui.kiosk.feedback import FeedbackPage
from ui.kiosk.screen import KioskScreen

PHONE, EMAIL = "0987654321", "nhung@example.vn"
CCCD = "079190001234||Nguyễn Thị Hồng Nhung|17051990|Nữ|Số 12 đường Lê Lợi|01012021"


def _page(qtbot, ctx) -> tuple[KioskScreen, FeedbackPage]:
    screen = KioskScreen(ctx, "vi")
    qtbot.addWidget(screen)
    page = FeedbackPage(screen)
    screen.stack.addWidget(page)
    screen.resize(1080, 1920)
    screen.show()
    qtbot.waitUntil(screen.isActiveWindow)  # the focus (and with it the keyboard) needs it
    screen.stack.setCurrentWidget(page)
    page.start()
    return screen, page


def tap(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def texts(widget: QWidget) -> str:
    """Everything a person could read on ``widget`` (shown or not)."""
    found = []
    for child in widget.findChildren(QWidget):
        if isinstance(child, QLabel | QAbstractButton):
            found.append(child.text())
        elif isinstance(child, QLineEdit):
            found += [child.text(), child.placeholderText()]
        elif isinstance(child, QPlainTextEdit):
            found.append(child.toPlainText())
    return "\n".join(s for s in found if s)


def shown_texts(widget: QWidget) -> str:
    for _ in range(3):
        QApplication.processEvents()
    return "\n".join(lab.text() for lab in widget.findChildren(QLabel) if lab.isVisibleTo(widget))


def stored(ctx) -> int:
    with ctx.store.read() as s:
        return s.scalar(select(func.count()).select_from(Feedback))


def type_keys(qtbot, keyboard, text: str) -> None:
    """Taps on the on-screen keyboard, one per character (" " is the space bar)."""
    for ch in text:
        tap(qtbot, keyboard.key("space" if ch == " " else ch))


def test_feedback_filed_at_the_kiosk_and_found_by_its_code(app, qtbot, ctx, clock, home):
    clock.now = local(2026, 11, 20, 10, 0)  # a Friday: due ten working days later, Mon 7/12
    screen, page = _page(qtbot, ctx)
    assert page.current() == page.CATEGORY
    assert all(b.height() >= 120 for b in page.category_buttons.values())  # large touch targets
    assert page.category_buttons["facilities"].text() == "Cơ sở vật chất"
    tap(qtbot, page.category_buttons["facilities"])
    assert page.current() == page.TEXT
    # step 2: typed on the screen's keyboard in Telex, tone marks included ("ghế": g h e e s)
    keys = page.keyboard
    assert keys.isVisible() and keys.layout_name == "text"  # the text field has the focus
    type_keys(qtbot, keys, "thieeus ghees")
    assert page.text.toPlainText() == "thiếu ghế"
    tap(qtbot, keys.key("backspace"))
    tap(qtbot, keys.key("backspace"))
    assert page.text.toPlainText() == "thiếu g"
    tap(qtbot, keys.key("clear"))
    tap(qtbot, keys.key("shift"))
    type_keys(qtbot, keys, "p")
    assert page.text.toPlainText() == "P" and not keys.shifted  # one capital, then small letters
    page.text.insertPlainText("hòng chờ thiếu ghế ngồi vào buổi sáng.")  # (a physical keyboard)
    tap(qtbot, page.next_button)
    assert page.current() == page.CONTACT
    # step 3: a phone number without the consent ticked is refused, with the reason
    tap(qtbot, page.phone)
    assert page.keyboard.layout_name == "phone"
    type_keys(qtbot, page.keyboard, PHONE)
    assert page.phone.text() == PHONE
    tap(qtbot, page.email)
    assert page.keyboard.layout_name == "latin"
    type_keys(qtbot, page.keyboard, EMAIL)
    assert page.email.text() == EMAIL and page.phone.text() == PHONE
    tap(qtbot, page.send_button)
    assert page.current() == page.CONTACT and page.error.isVisible()
    assert page.error.text() == FeedbackError("contact_without_consent").message("vi")
    assert stored(ctx) == 0
    tap(qtbot, page.consent)
    assert page.consent.check.isChecked()
    # step 4: saved, the code on the screen at once, the slip printing in the background
    with qtbot.waitSignal(page.print_finished, timeout=10000) as printed:
        with qtbot.waitSignal(page.filed, timeout=3000) as filed:
            tap(qtbot, page.send_button)
    view = filed.args[0]
    assert parse_feedback_code(view.code) and view.code == "PAKN-261120-0001"
    assert page.current() == page.DONE and page.code_label.text() == view.code
    outcome = printed.args[0]
    assert outcome.ok
    pngs = [Path(a) for a in outcome.artifacts if a.endswith(".png")]
    assert pngs and pngs[0].parent == home / "printer-sim"
    codes = [r.text for r in zxingcpp.read_barcodes(Image.open(pngs[0]).convert("L"))
             if r.format.name == "Code128"]
    assert codes == [view.code]
    assert page.print_status.objectName() == "Ok" and page.print_status.isVisible()
    assert ctx.jobs.list()[0].kind == "feedback_slip"
    detail = FeedbackService.for_context(ctx).show(codes[0])
    assert detail.text == "Phòng chờ thiếu ghế ngồi vào buổi sáng."
    assert (detail.contact_phone, detail.contact_email, detail.consent) == (PHONE, EMAIL, True)
    everything = texts(screen)
    assert PHONE not in everything and EMAIL not in everything  # not kept on the screen
    # the citizen comes back and types the end of the code from the slip
    page.start()
    tap(qtbot, page.to_lookup)
    assert page.current() == page.LOOKUP
    for key in codes[0].removeprefix("PAKN-"):
        tap(qtbot, page.code_keys.keys[key])
    with qtbot.waitSignal(page.shown, timeout=3000) as shown:
        tap(qtbot, page.find_button)
    assert shown.args[0].code == view.code
    result = shown_texts(page)
    assert view.code in result and "Cơ sở vật chất" in result
    assert "Đã tiếp nhận" in result and page.when(view.due_at) in result and "07/12/2026" in result
    assert not page.notice.isVisible()
    for personal in (PHONE, EMAIL, "thiếu ghế"):
        assert personal not in texts(screen)
    # the Center answers; late is said, then the answer is read
    clock.now = local(2026, 12, 8, 8, 0)
    page.look_up(view.code)
    assert page.notice.isVisible() and page.notice.objectName() == "Notice" and page.is_overdue(page.view)
    svc = FeedbackService.for_context(ctx)
    svc.transition(view.code, "classified", "cb01")
    svc.transition(view.code, "assigned", "cb01", assigned_to="Văn phòng")
    svc.transition(view.code, "answered", "cb01", answer="Đã bổ sung 20 ghế ở phòng chờ.")
    page.look_up(view.code.lower())
    result = shown_texts(page)
    assert "Đã trả lời" in result and "Đã bổ sung 20 ghế ở phòng chờ." in result
    assert page.notice.objectName() == "Ok"


def test_a_printer_fault_is_a_sentence_and_the_code_stays(app, qtbot, ctx, home):
    (home / "printer-sim").mkdir(exist_ok=True)
    (home / "printer-sim" / "FAULT").write_text("paper_out")
    screen, page = _page(qtbot, ctx)
    page.choose_category("procedure")
    page.text.setPlainText("Thời gian chờ nộp hồ sơ đất đai quá lâu.")
    page.submit_text()
    with qtbot.waitSignal(page.print_finished, timeout=10000) as printed:
        page.send()
    assert not printed.args[0].ok
    code = page.view.code
    assert page.print_status.objectName() == "Error" and page.print_status.isVisible()
    sentence = page.print_status.text()
    assert code in sentence and "paper" not in sentence and "Traceback" not in sentence
    assert page.code_label.text() == code and page.current() == page.DONE
    assert ctx.jobs.list("failed")[0].kind == "feedback_slip"
    assert FeedbackService.for_context(ctx).find(code).state == "received"  # saved all the same


def test_too_long_a_text_is_refused_not_cut(app, qtbot, ctx):
    screen, page = _page(qtbot, ctx)
    page.choose_category("suggestion")
    page.text.setPlainText(("Góp ý. " * 1500)[:9_999] + "!")
    assert page.counter.objectName() == "Error"
    assert page.counter.text() == page.tr("%1 of %2 characters").replace("%1", "10000").replace("%2", "2000")
    tap(qtbot, page.next_button)
    assert page.current() == page.TEXT and page.error.isVisible()
    assert "10000" in page.error.text() and len(page.text.toPlainText()) == 10_000
    tap(qtbot, page.back)
    assert page.current() == page.CATEGORY
    tap(qtbot, page.back)
    assert screen.stack.currentWidget() is screen.home


def test_scans_fill_the_dossier_look_up_a_slip_and_never_echo_an_id_card(app, qtbot, ctx):
    from ui.devices_hub import DeviceHub

    filed = FeedbackService.for_context(ctx).file("attitude", "Nhân viên hướng dẫn rất nhiệt tình.")
    screen, page = _page(qtbot, ctx)
    hub = DeviceHub(ctx)
    page.claim_scans(hub.router)
    page.choose_category("procedure")
    page.text.setPlainText("Hồ sơ của tôi bị trả lại hai lần.")
    page.submit_text()
    hub.router.submit("000.00.00.H99-261124-0007")  # a dossier receipt: its code, shape only
    qtbot.waitUntil(lambda: page.dossier.text() == "000.00.00.H99-261124-0007", timeout=3000)
    hub.router.submit(CCCD)
    qtbot.waitUntil(page.error.isVisible, timeout=3000)
    assert page.error.text() == page._not_a_receipt()
    assert "079190001234" not in texts(screen) and "Hồng Nhung" not in texts(screen)
    hub.router.submit(filed.code)  # a slip in the middle of a complaint: finish first
    qtbot.waitUntil(lambda: page.error.text() == page._finish_first(), timeout=3000)
    assert page.current() == page.CONTACT
    # a new citizen scans a slip on the first step: the lookup opens with it
    page.start()
    with qtbot.waitSignal(page.shown, timeout=3000) as shown:
        hub.router.submit(filed.code.lower())
    assert page.current() == page.LOOKUP and shown.args[0].code == filed.code
    assert "Thái độ phục vụ" in shown_texts(page)
    assert "Nhân viên hướng dẫn" not in texts(screen)  # the text itself is never shown
    with qtbot.waitSignal(page.shown, timeout=3000) as shown:
        hub.router.submit(CCCD)
    assert shown.args[0] is None and page.error.text() == page._not_a_slip()
    assert "079190001234" not in texts(screen)
    hub.stop()


def test_a_slip_scanned_on_the_home_page_opens_its_answer_and_receipts_still_reach_the_lookup(
        app, qtbot, ctx):
    from ui.devices_hub import DeviceHub

    filed = FeedbackService.for_context(ctx).file("facilities", "Phòng chờ thiếu ghế ngồi.")
    dossier = ctx.dossiers.receive("1.001193", {"name": "Nguyễn Văn An", "id_number": "079190001234",
                                                "birth_date": "1990-05-17", "address": "Số 1 Lê Lợi"})
    screen, page = _page(qtbot, ctx)
    hub = DeviceHub(ctx)
    screen.attach_devices(hub)  # the dossier lookup claims the home page first
    page.claim_scans(hub.router, screen.home, screen.lookup._on_home_scan)
    screen.go_home()
    with qtbot.waitSignal(page.shown, timeout=3000) as shown:
        hub.router.submit(filed.code)
    assert screen.stack.currentWidget() is page and page.current() == page.LOOKUP
    assert shown.args[0].code == filed.code
    screen.go_home()
    with qtbot.waitSignal(screen.lookup.shown, timeout=3000) as shown:
        hub.router.submit(dossier.code)
    assert screen.stack.currentWidget() is screen.lookup and shown.args[0].code == dossier.code
    hub.stop()


def test_reset_forgets_everything_typed(app, qtbot, ctx):
    screen, page = _page(qtbot, ctx)
    page.choose_category("other")
    page.text.setPlainText("Một điều riêng tư của tôi.")
    page.submit_text()
    page.phone.setText(PHONE)
    page.email.setText(EMAIL)
    page.consent.check.setChecked(True)
    page.dossier.setText("000.00.00.H99-261124-0007")
    page.reset()
    assert page.current() == page.CATEGORY and page.category is None
    assert not page.consent.check.isChecked()
    for secret in (PHONE, EMAIL, "riêng tư", "261124-0007"):
        assert secret not in texts(screen)
    assert stored(ctx) == 0


def test_unknown_and_malformed_codes_are_sentences(app, qtbot, ctx):
    screen, page = _page(qtbot, ctx)
    page.show_lookup()
    tap(qtbot, page.find_button)
    assert page.error.text() == page._type_the_code()
    page.code.setText("xyz")
    tap(qtbot, page.find_button)
    assert page.error.text() == FeedbackError("not_a_feedback_code", text="xyz").message("vi")
    page.code.setText("261124-0999")
    tap(qtbot, page.find_button)
    assert page.error.text() == FeedbackError("feedback_not_found", code="PAKN-261124-0999").message("vi")
    assert page.view is None and not page.result.isVisible()
    tap(qtbot, page.back)  # clears the error
    assert page.error.isHidden() and page.current() == page.LOOKUP
    tap(qtbot, page.back)
    assert page.current() == page.CATEGORY
