"""The kiosk's two lookups: procedures (search, browse, print the checklist) and dossiers (scan or
type the receipt's code; only a masked name on the screen)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QWidget

from kiosk.messages import t
from kiosk.timeutil import to_local
from ui.kiosk.screen import KioskScreen
from ui.theme import GOLD

APPLICANT = {"name": "Nguyễn Thị Hồng Nhung", "id_number": "079190001234", "birth_date": "1990-05-17",
             "address": "Số 12 đường Lê Lợi", "phone": "0912345678", "email": "a@b.vn"}
PERSONAL = ["Nguyễn Thị Hồng Nhung", "Hồng Nhung", "079190001234", "1990", "17/05", "Lê Lợi", "Số 12",
            "0912345678", "a@b.vn"]
# the chip ID card's QR of the same person (a citizen may scan the wrong paper)
CCCD = "079190001234||Nguyễn Thị Hồng Nhung|17051990|Nữ|Số 12 đường Lê Lợi|01012021"


def _screen(qtbot, ctx) -> KioskScreen:
    screen = KioskScreen(ctx, "vi")
    qtbot.addWidget(screen)
    screen.resize(1080, 1920)
    screen.show()
    return screen


def tap(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def texts(widget: QWidget) -> list[str]:
    """Everything a person could read on ``widget`` (shown or not), tooltips included."""
    found = [widget.toolTip(), widget.accessibleName()]
    for child in widget.findChildren(QWidget):
        found += [child.toolTip(), child.accessibleName(), child.windowTitle()]
        if isinstance(child, QLabel | QAbstractButton):
            found.append(child.text())
        elif isinstance(child, QLineEdit):
            found += [child.text(), child.placeholderText()]
    return [s for s in found if s]


def shown_texts(widget: QWidget) -> str:
    for _ in range(3):  # widgets added to a showing layout are shown by queued calls (nested: two)
        QApplication.processEvents()
    return "\n".join(lab.text() for lab in widget.findChildren(QLabel) if lab.isVisibleTo(widget))


# ---------------------------------------------------------------------------------- procedures
def test_search_without_tone_marks_finds_birth_registration_and_its_papers(app, qtbot, ctx):
    screen = _screen(qtbot, ctx)
    assert screen.home.procedures_button.height() >= 120  # a large touch target
    tap(qtbot, screen.home.procedures_button)
    page = screen.procedures
    assert screen.stack.currentWidget() is page
    qtbot.keyClicks(page.search, "dang ky khai sinh")
    assert page.shown_codes[0] == "1.001193"
    assert page.rows["1.001193"].title.text() == "Đăng ký khai sinh"
    tap(qtbot, page.rows["1.001193"])
    detail = screen.procedure
    assert screen.stack.currentWidget() is detail
    shown = shown_texts(detail)
    assert detail.name.text() == "Đăng ký khai sinh"
    for paper in ("1. Tờ khai đăng ký khai sinh theo mẫu", "2. Giấy chứng sinh", "1 bản chính"):
        assert paper in shown
    mark = detail.tr("(if applicable)")
    assert f"thủ tục) {mark}" in shown  # the optional paper (a power of attorney) is marked
    assert "Tờ khai đăng ký khai sinh theo mẫu " + mark not in shown
    assert "Trong ngày (nhận trước 15 giờ 00 phút)" in shown  # processing time in words
    assert detail.tr("Free") in shown.split("\n")
    assert "Ủy ban nhân dân cấp xã" in shown and "Giấy khai sinh (bản chính)" in shown


def test_on_screen_keys_type_and_fees_read_in_dong(app, qtbot, ctx):
    screen = _screen(qtbot, ctx)
    screen.show_procedures()
    page = screen.procedures
    for key in "HKD":
        tap(qtbot, page.keys.keys[key])
    assert page.search.text() == "hkd"
    tap(qtbot, page.keys.backspace)
    tap(qtbot, page.keys.space)
    assert page.search.text() == "hk "
    tap(qtbot, page.keys.clear)
    assert page.search.text() == ""
    # the keys never take the focus from the box and show when they are pressed
    keys = [*page.keys.keys.values(), page.keys.space, page.keys.backspace, page.keys.clear]
    assert all(k.focusPolicy() == Qt.FocusPolicy.NoFocus for k in keys)
    key = page.keys.keys["Q"]
    up = key.grab().toImage()
    qtbot.mousePress(key, Qt.MouseButton.LeftButton)
    down = key.grab().toImage()
    qtbot.mouseRelease(key, Qt.MouseButton.LeftButton)
    middle = (8, key.height() // 2)
    assert QColor(up.pixel(*middle)) == QColor("white")
    assert QColor(down.pixel(*middle)) == QColor(GOLD) and page.search.text() == "q"
    tap(qtbot, page.keys.clear)
    qtbot.keyClicks(page.search, "cong ty trach nhiem")
    tap(qtbot, page.rows["9.000602"])
    shown = shown_texts(screen.procedure)
    assert "Lệ phí đăng ký doanh nghiệp: 50.000" in shown
    assert "100.000" in shown and "3 ngày làm việc" in shown


def test_browsing_a_field_lists_only_that_field(app, qtbot, ctx):
    screen = _screen(qtbot, ctx)
    tap(qtbot, screen.home.procedures_button)
    page = screen.procedures
    catalog = ctx.dossiers.catalog
    assert page.shown_codes == [f.code for f, _ in catalog.fields()]
    tap(qtbot, page.rows["datdai"])
    expected = [p.code for p in catalog.by_field("datdai")]
    assert page.shown_codes == expected and len(expected) == 6
    assert all(catalog.get(code).field.code == "datdai" for code in page.shown_codes)
    qtbot.keyClicks(page.search, "giay chung nhan")  # a search inside the field
    assert page.shown_codes and all(catalog.get(c).field.code == "datdai" for c in page.shown_codes)
    tap(qtbot, page.back)  # clears the search: the field's list again
    assert page.shown_codes == expected
    tap(qtbot, page.back)  # all fields
    assert "hotich" in page.shown_codes
    tap(qtbot, page.back)
    assert screen.stack.currentWidget() is screen.home


def test_checklist_prints_on_the_receipt_printer(app, qtbot, ctx, home):
    screen = _screen(qtbot, ctx)
    screen.show_procedure("1.001193")
    detail = screen.procedure
    with qtbot.waitSignal(detail.print_finished, timeout=10000) as printed:
        tap(qtbot, detail.print_button)
        assert not detail.print_button.isEnabled()  # printing: no second paper by a double tap
    outcome = printed.args[0]
    assert outcome.ok
    pngs = [Path(a) for a in outcome.artifacts if a.endswith(".png")]
    assert pngs and pngs[0].parent == home / "printer-sim" and pngs[0].stat().st_size > 0
    assert detail.status.objectName() == "Ok" and detail.status.isVisible()
    assert detail.print_button.isEnabled()
    job = ctx.jobs.list()[0]
    assert (job.kind, job.status) == ("checklist", "done")


def test_printer_fault_is_a_sentence_and_the_list_stays(app, qtbot, ctx, home):
    (home / "printer-sim").mkdir(exist_ok=True)
    (home / "printer-sim" / "FAULT").write_text("paper_out")
    screen = _screen(qtbot, ctx)
    screen.show_procedure("1.001193")
    detail = screen.procedure
    with qtbot.waitSignal(detail.print_finished, timeout=10000) as printed:
        tap(qtbot, detail.print_button)
    assert not printed.args[0].ok
    assert detail.status.objectName() == "Error"
    sentence = detail.status.text()
    assert sentence == detail.tr("The printer could not print the list just now. "
                                 "You can read it on this screen, or ask at the help desk.")
    assert "Traceback" not in sentence and "paper" not in sentence
    assert screen.stack.currentWidget() is detail and "Giấy chứng sinh" in shown_texts(detail)
    assert detail.print_button.isEnabled()
    assert ctx.jobs.list("failed")[0].kind == "checklist"


def test_english_screen_and_back_home_in_vietnamese(app, qtbot, ctx):
    screen = _screen(qtbot, ctx)
    screen.show_procedure("1.001193")
    screen.set_language("en")
    assert screen.procedure.name.text() == "Birth registration"
    assert "Same day (received before 15:00)" in shown_texts(screen.procedure)
    tap(qtbot, screen.procedure.home_button)
    assert screen.lang == "vi" and screen.stack.currentWidget() is screen.home
    assert screen.procedure.procedure is None and screen.procedures.search.text() == ""


# ---------------------------------------------------------------------------------- dossiers
def test_typed_code_shows_masked_name_and_appointment_and_no_personal_data(app, qtbot, ctx):
    view = ctx.dossiers.receive("1.001193", APPLICANT)
    assert view.appointment_at is not None
    screen = _screen(qtbot, ctx)
    assert screen.home.lookup_button.height() >= 120
    tap(qtbot, screen.home.lookup_button)
    page = screen.lookup
    assert screen.stack.currentWidget() is page
    qtbot.keyClicks(page.code, view.code.lower())
    tap(qtbot, page.find_button)
    assert page.view is not None and page.view.code == view.code
    shown = shown_texts(page)
    assert "Nguyễn T. H. N." in shown
    assert view.code in shown and "Đăng ký khai sinh" in shown
    assert view.state_words("vi") in shown
    due = to_local(view.appointment_at)
    assert page.when(view.appointment_at) in shown and f"{due:%d/%m/%Y}" in shown
    assert ctx.config.reception.collect_place in shown
    assert t("fee_state_none", "vi") in shown
    everything = "\n".join(texts(screen))
    for personal in PERSONAL:
        assert personal not in everything, personal


def test_the_appointment_reads_in_hours_and_minutes(app, qtbot, ctx):
    view = ctx.dossiers.receive("1.004873", APPLICANT)  # 3 working days, with a fee
    screen = _screen(qtbot, ctx)
    screen.show_lookup()
    page = screen.lookup
    page.look_up(view.code)
    due = to_local(view.appointment_at)
    expected = (page.tr("%1:%2 on %3").replace("%1", str(due.hour))
                .replace("%2", f"{due.minute:02d}").replace("%3", f"{due:%d/%m/%Y}"))
    assert expected in shown_texts(page)
    amount = page.tr("%1 VND").replace("%1", "5.000")  # "5.000 đồng"
    assert f"{amount} — {t('fee_state_awaiting', 'vi')}" in shown_texts(page)
    assert not page.notice.isVisible()  # on time: no apology


def test_only_the_end_of_the_code_typed_on_the_keypad(app, qtbot, ctx):
    view = ctx.dossiers.receive("1.001193", APPLICANT)
    screen = _screen(qtbot, ctx)
    screen.show_lookup()
    page = screen.lookup
    for key in view.code.rsplit("-", 2)[1] + "-" + view.code[-4:]:
        tap(qtbot, page.keys.keys[key])
    tap(qtbot, page.find_button)
    assert page.view is not None and page.view.code == view.code


def test_a_scan_through_the_router_reaches_the_page(app, qtbot, ctx):
    from ui.devices_hub import DeviceHub

    view = ctx.dossiers.receive("1.001193", APPLICANT)
    screen = _screen(qtbot, ctx)
    hub = DeviceHub(ctx)
    screen.attach_devices(hub)
    screen.show_lookup()
    with qtbot.waitSignal(screen.lookup.shown, timeout=3000) as shown:
        hub.router.submit(view.code)
    assert shown.args[0].code == view.code
    assert "Nguyễn T. H. N." in shown_texts(screen.lookup)
    # the next citizen scans on the home page: the lookup opens with the result
    tap(qtbot, screen.lookup.home_button)
    assert screen.lookup.view is None and "Nguyễn T. H. N." not in shown_texts(screen.lookup)
    with qtbot.waitSignal(screen.lookup.shown, timeout=3000):
        hub.router.submit(f"https://dichvucong.example.vn/d/{view.code}")
    assert screen.stack.currentWidget() is screen.lookup and screen.lookup.view.code == view.code
    hub.stop()


def test_garbage_scans_and_unknown_codes_are_sentences(app, qtbot, ctx):
    from ui.devices_hub import DeviceHub

    screen = _screen(qtbot, ctx)
    hub = DeviceHub(ctx)
    screen.attach_devices(hub)
    screen.show_lookup()
    page = screen.lookup
    for scan in ("@@garbage##", CCCD, "000.00.00.H99-261332-0001"):
        with qtbot.waitSignal(page.shown, timeout=3000):
            hub.router.submit(scan)
        assert page.error.isVisible() and page.error.text() == page._not_a_receipt()
        assert not any(p in "\n".join(texts(screen)) for p in PERSONAL)
    agency = ctx.config.reception.agency_code
    for typed, expected in [
        ("xyz", t("not_a_dossier_code", "vi", text="xyz")),
        (f"{agency}-261124-0999", t("dossier_not_found", "vi", code=f"{agency}-261124-0999")),
        ("000.00.06.H56-231027-0361", t("dossier_other_agency", "vi", code="000.00.06.H56-231027-0361",
                                         agency="000.00.06.H56")),
    ]:
        page.code.setText(typed)
        tap(qtbot, page.find_button)
        assert page.view is None and page.error.isVisible() and page.error.text() == expected
    with qtbot.waitSignal(page.shown, timeout=3000):  # another agency's receipt, scanned
        hub.router.submit("000.00.06.H56-231027-0361")
    assert "000.00.06.H56" in page.error.text()
    hub.stop()


def test_a_late_dossier_is_said_politely_and_a_ready_one_invites(app, qtbot, ctx, clock):
    view = ctx.dossiers.receive("1.004873", APPLICANT)
    clock.advance(days=14)
    screen = _screen(qtbot, ctx)
    screen.show_lookup()
    page = screen.lookup
    page.look_up(view.code)
    assert page.notice.isVisible() and page.notice.objectName() == "Notice"
    assert page.notice.text() == page.notice_text(page.view)[1]
    assert page.is_late(page.view)
    ctx.dossiers.transition(view.code, "result_ready")
    page.look_up(view.code)
    assert not page.is_late(page.view)
    assert page.notice.objectName() == "Ok" and ctx.config.reception.collect_place in page.notice.text()


def test_idle_timeout_forgets_the_dossier(app, qtbot, ctx):
    view = ctx.dossiers.receive("1.001193", APPLICANT)
    screen = _screen(qtbot, ctx)
    screen.idle.timer.setInterval(300)
    tap(qtbot, screen.home.lookup_button)
    screen.lookup.look_up(view.code)
    assert screen.lookup.view is not None
    qtbot.waitUntil(lambda: screen.stack.currentWidget() is screen.home, timeout=3000)
    assert screen.lookup.view is None and screen.lookup.code.text() == ""
    assert "Nguyễn T. H. N." not in "\n".join(texts(screen))


def test_a_dossier_with_an_unpaid_fee_shows_its_vietqr_code(app, qtbot, ctx):
    import zxingcpp
    from PIL import Image

    from kiosk.payments import parse_tlv

    view = ctx.dossiers.receive("1.004873", APPLICANT)  # a 5.000 đồng fee
    screen = _screen(qtbot, ctx)
    tap(qtbot, screen.home.lookup_button)
    page = screen.lookup
    qtbot.keyClicks(page.code, view.code)
    tap(qtbot, page.find_button)
    assert page.pay_box.isVisibleTo(page)
    qimg = page.pay_qr.pixmap().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    img = Image.frombuffer("L", (qimg.width(), qimg.height()), bytes(qimg.constBits()),
                           "raw", "L", qimg.bytesPerLine(), 1)
    payloads = [r.text for r in zxingcpp.read_barcodes(img)]
    assert payloads == [page.payment_payload]
    fields = parse_tlv(payloads[0])
    assert fields["54"] == "5000" and fields["62"]["08"] == view.code
    assert fields["38"]["01"]["00"] == ctx.config.reception.bank_bin
    free = ctx.dossiers.receive("1.001193", APPLICANT)  # free: no code
    tap(qtbot, page.again)
    qtbot.keyClicks(page.code, free.code)
    tap(qtbot, page.find_button)
    assert not page.pay_box.isVisibleTo(page) and page.payment_payload == ""
