"""Dossier intake on the counter screen: the three outcomes, a CCCD scan from a real serial
scanner (a pty), pages dropped into the watched folder, and the slips read back from the PDF."""

from __future__ import annotations

import os
import pty
import unicodedata

import pypdfium2 as pdfium
from PIL import Image, ImageDraw
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSpinBox

from kiosk.config import load_config
from kiosk.wiring import build_context
from tests.ui.test_counter_screen import _signed_in
from ui.devices_hub import DeviceHub

# a CCCD QR as chip ID cards carry it (invented person): id|old id|name|dob|gender|address|issued
CCCD = "079190001234|272345678|Nguyễn Thị Hồng Nhung|17051990|Nữ|Số 12 đường Lê Lợi, phường Tân Phong, TP Biên Hòa|01072021"


def _pdf_text(path) -> str:
    doc = pdfium.PdfDocument(str(path))
    try:
        text = "".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
    finally:
        doc.close()
    return " ".join(unicodedata.normalize("NFC", text).split())


def _intake(qtbot, ctx):
    screen = _signed_in(qtbot, ctx)
    qtbot.keyClick(screen, Qt.Key.Key_F9)
    assert screen.stack.currentWidget() is screen.intake
    return screen, screen.intake


def _scan_id_card(qtbot, screen, ctx) -> None:
    """The ID card's QR through the app's scan router, as any configured scanner delivers it."""
    hub = DeviceHub(ctx)
    screen.attach_devices(hub)
    screen._test_hub = hub  # kept alive with the screen
    hub.router.submit(CCCD)
    qtbot.waitUntil(lambda: screen.intake.fields["name"].text() == "Nguyễn Thị Hồng Nhung", timeout=3000)


def _choose(qtbot, page, words: str, code: str) -> None:
    page.search.clear()
    qtbot.keyClicks(page.search, words)
    items = [page.results.item(i) for i in range(page.results.count())]
    match = next(i for i in items if i.data(Qt.ItemDataRole.UserRole) == code)
    page.results.setCurrentItem(match)
    assert page.procedure is not None and page.procedure.code == code


def _count(page, component: str, value: int) -> None:
    spin = page.findChild(QSpinBox, f"count_{component}")
    spin.setValue(value)


def test_complete_with_the_id_card_scanned_on_a_real_serial_scanner(app, qtbot, home, clock):
    master, slave = pty.openpty()
    path = os.ttyname(slave)
    os.close(slave)
    cfg = load_config()
    cfg.path.write_text(cfg.path.read_text(encoding="utf-8").replace(
        'scanner = "hid"', f'scanner = "serial://{path}?reconnect=0.05"'), encoding="utf-8")
    ctx = build_context(home, clock=clock, config=load_config())
    hub = DeviceHub(ctx).start(with_scanner=True)
    try:
        ctx.queue.take_ticket("HT")
        screen = _signed_in(qtbot, ctx)
        screen.attach_devices(hub)
        qtbot.keyClick(screen, Qt.Key.Key_F1)  # the citizen comes to the counter
        qtbot.keyClick(screen, Qt.Key.Key_F9)
        page = screen.intake
        _choose(qtbot, page, "dang ky khai sinh", "1.001193")
        qtbot.waitUntil(lambda: hub.states.get("scanner") is not None
                        and hub.states["scanner"].state == "connected", timeout=5000)
        os.write(master, (CCCD + "\r").encode())
        qtbot.waitUntil(lambda: page.fields["name"].text() == "Nguyễn Thị Hồng Nhung", timeout=5000)
        assert page.fields["id_number"].text() == "079190001234"
        assert page.fields["birth_date"].text() == "17/05/1990"
        qtbot.keyClicks(page.fields["phone"], "0912345678")
        qtbot.mouseClick(page.complete_button, Qt.MouseButton.LeftButton)
        view = page.result
        assert view is not None and view.state == "received", page.message.text()
        assert view.code in page.outcome.text()
        assert view.ticket_id == ctx.queue.current(1).id
        assert view.applicant.phone == "0912345678" and view.officer_code == "cb01"
        assert not page.pay_qr.isVisibleTo(page) and page.payment_payload == ""  # a free procedure
        text = _pdf_text(page.slip_path())
        assert "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ" in text
        assert "Nguyễn Thị Hồng Nhung" in text and view.code in text and "Đăng ký khai sinh" in text
        # the next dossier starts clean; a finished one cannot be saved twice
        qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
        assert page.result is None and page.fields["name"].text() == ""
    finally:
        hub.stop()
        os.close(master)
        ctx.close()


def test_incomplete_lists_what_is_missing_on_form_02(app, qtbot, ctx):
    screen, page = _intake(qtbot, ctx)
    _choose(qtbot, page, "khai sinh", "1.001193")
    _scan_id_card(qtbot, screen, ctx)
    _count(page, "gcs", 0)  # no birth certificate from the hospital
    qtbot.mouseClick(page.complete_button, Qt.MouseButton.LeftButton)
    assert page.result is None and "Giấy chứng sinh" in page.message.text()  # not complete
    qtbot.mouseClick(page.incomplete_button, Qt.MouseButton.LeftButton)
    view = page.result
    assert view is not None and view.state == "incomplete"
    assert [c.name for c in view.missing] == ["Giấy chứng sinh"]
    text = _pdf_text(page.slip_path())
    assert "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ" in text and "Giấy chứng sinh" in text


def test_refused_needs_a_reason_and_prints_form_03(app, qtbot, ctx):
    screen, page = _intake(qtbot, ctx)
    _choose(qtbot, page, "khai sinh", "1.001193")
    _scan_id_card(qtbot, screen, ctx)
    qtbot.mouseClick(page.refuse_button, Qt.MouseButton.LeftButton)
    assert page.result is None and "lý do" in page.message.text()
    reason = "Nơi cư trú không thuộc phạm vi giải quyết của cơ quan"
    page.reason.setPlainText(reason)
    qtbot.mouseClick(page.refuse_button, Qt.MouseButton.LeftButton)
    assert page.result is not None and page.result.state == "refused"
    text = _pdf_text(page.slip_path())
    assert "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ" in text and reason in text


def test_a_dossier_with_a_fee_shows_its_vietqr_code_at_the_counter(app, qtbot, ctx):
    from kiosk.payments import parse_tlv

    screen, page = _intake(qtbot, ctx)
    _choose(qtbot, page, "tinh trang hon nhan", "1.004873")  # a 5.000 đồng fee
    _scan_id_card(qtbot, screen, ctx)
    qtbot.mouseClick(page.complete_button, Qt.MouseButton.LeftButton)
    assert page.result is not None and page.pay_qr.isVisibleTo(page)
    fields = parse_tlv(page.payment_payload)
    assert fields["54"] == "5000" and fields["62"]["08"] == page.result.code


def test_a_bad_id_card_scan_and_bad_applicant_data_change_nothing(app, qtbot, ctx):
    from kiosk.scan import classify

    screen, page = _intake(qtbot, ctx)
    _choose(qtbot, page, "khai sinh", "1.001193")
    page.on_scan(classify("079190001234|x|Nguyễn Văn A|99999999|Nam|Hà Nội|01072021"))
    assert page.fields["name"].text() == "" and "CCCD" in page.message.text()
    page.fields["name"].setText("Nguyễn Văn A")
    page.fields["id_number"].setText("123")
    qtbot.mouseClick(page.complete_button, Qt.MouseButton.LeftButton)
    assert page.result is None and "12 chữ số" in page.message.text()
    assert ctx.dossiers.between(__import__("datetime").date(2000, 1, 1),
                                __import__("datetime").date(2100, 1, 1)) == []


def _page_image(text: str) -> Image.Image:
    img = Image.new("L", (850, 1100), 255)
    ImageDraw.Draw(img).text((80, 80), text, fill=0)
    return img


def test_pages_dropped_into_the_watched_folder_are_attached_hashed_and_counted(app, qtbot, ctx, home):
    import hashlib

    screen, page = _intake(qtbot, ctx)
    _choose(qtbot, page, "khai sinh", "1.001193")
    page.on_scan(__import__("kiosk.scan", fromlist=["classify"]).classify(CCCD))
    inbox = home / "scan-inbox"
    qtbot.waitUntil(lambda: page.inbox is not None and inbox.is_dir(), timeout=3000)
    page.table.selectRow(1)  # Giấy chứng sinh
    assert page.selected_component() == "gcs"
    _page_image("giay chung sinh p1").save(inbox / "0001.png")
    _page_image("giay chung sinh p2").save(inbox / "0002.png")
    qtbot.waitUntil(lambda: page.table.item(1, 3).text() == "2", timeout=6000)
    assert [page.page_list.item(i).text() for i in range(page.page_list.count())] == ["1", "2"]
    # dragged: the second page first (the list's model moves the row, as a drag does)
    from PySide6.QtCore import QModelIndex

    assert page.page_list.model().moveRow(QModelIndex(), 1, QModelIndex(), 0)
    qtbot.waitUntil(lambda: [p.source for p in page.draft.pages["gcs"]] == ["0002.png", "0001.png"],
                    timeout=2000)
    page.page_list.setCurrentRow(1)
    qtbot.mouseClick(page.rotate_button, Qt.MouseButton.LeftButton)  # 0001.png turned
    _page_image("a page scanned by mistake").save(inbox / "0004.png")
    qtbot.waitUntil(lambda: page.table.item(1, 3).text() == "3", timeout=6000)
    page.page_list.setCurrentRow(2)
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert page.table.item(1, 3).text() == "2"
    page.table.selectRow(0)  # the form: one page
    _page_image("to khai").save(inbox / "0003.png")
    qtbot.waitUntil(lambda: page.table.item(0, 3).text() == "1", timeout=6000)
    assert page.table.item(1, 3).text() == "2"
    qtbot.mouseClick(page.complete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.saving_pages, timeout=60000)  # OCR takes seconds a page
    assert page.result.fully_digitized and "2/2" in page.outcome.text().replace(" of ", "/")
    view = ctx.dossiers.show(page.result.code)
    comps = {c.component_id: c for c in view.components}
    assert comps["gcs"].pages == 2 and comps["tk"].pages == 1
    for c in (comps["gcs"], comps["tk"]):
        assert hashlib.sha256(ctx.files.path(c.sha256).read_bytes()).hexdigest() == c.sha256
    assert view.digitization == (2, 2) and view.fully_digitized
    pdf = pdfium.PdfDocument(str(ctx.files.path(comps["gcs"].sha256)))
    sizes = [pdf[i].get_size() for i in range(len(pdf))]
    pdf.close()
    assert sizes[0][1] > sizes[0][0] and sizes[1][0] > sizes[1][1]  # 0002 upright, 0001 turned
    assert sorted(p.name for p in (inbox / ".taken").iterdir()) == ["0001.png", "0002.png", "0003.png",
                                                                    "0004.png"]
