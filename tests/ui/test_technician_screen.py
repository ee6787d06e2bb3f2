"""The technician prints a test page and reprints a failed ticket, without freezing the screen."""

from __future__ import annotations

from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt

from devices.printer.paper import render_paper
from ui.technician.screen import TechnicianScreen


def test_test_page_and_reprint_of_a_failed_ticket(app, qtbot, ctx, home):
    fault = home / "printer-sim" / "FAULT"
    fault.parent.mkdir(parents=True, exist_ok=True)
    fault.write_text("paper_out")
    ticket, outcome = ctx.desk.take_and_print("HT")
    assert not outcome.ok
    screen = TechnicianScreen(ctx, "vi")
    qtbot.addWidget(screen)
    screen.show()
    assert "BỊ LỖI" in screen.printer_state.text() and "hết giấy" in screen.printer_state.text()
    assert screen.jobs.item(0, 2).text() == "Lỗi"

    fault.unlink()  # paper is back
    qtbot.mouseClick(screen.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.test_button.isEnabled(), timeout=10000)
    assert screen.printer_state.text() == "Đã in trang thử."
    test_png = sorted((home / "printer-sim").glob("*.png"))[-1]
    with Image.open(test_png) as img:
        assert img.height > 1000  # the alphabet with every tone, QR, number

    screen.tabs.setCurrentIndex(1)  # the print jobs tab
    failed_row = next(r for r in range(screen.jobs.rowCount()) if screen.jobs.item(r, 2).text() == "Lỗi")
    screen.jobs.selectRow(failed_row)
    qtbot.mouseClick(screen.reprint_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.reprint_button.isEnabled() and screen.jobs_message.isVisible(), timeout=10000)
    assert screen.jobs_message.text() == "Đã in lại."
    bins = sorted((home / "printer-sim").glob("*.bin"), key=lambda p: p.stat().st_mtime)
    _, unknown = render_paper(Path(bins[-1]).read_bytes())
    assert unknown == []
    assert any("BẢN IN LẠI" in screen.jobs.item(r, 1).text() for r in range(screen.jobs.rowCount()))


def test_the_technician_sees_the_printers_live_state_and_raw_bytes(app, qtbot, home, clock):
    """A real two-way printer (a fake ESC/POS device on a pty): the state in words, the bytes."""
    from kiosk.config import load_config
    from kiosk.wiring import build_context
    from tests.devices.fake_escpos import PtyPrinter

    fake = PtyPrinter()
    cfg = load_config()
    cfg.path.write_text(cfg.path.read_text(encoding="utf-8").replace(
        'printer = "sim://printer"', f'printer = "serial://{fake.path}"'), encoding="utf-8")
    ctx = build_context(home, clock=clock, config=load_config())
    screen = TechnicianScreen(ctx, "vi")
    qtbot.addWidget(screen)
    screen.show()
    fake.state = "paper_out"
    qtbot.mouseClick(screen.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "hết giấy" in screen.printer_live.text(), timeout=5000)
    assert "10 04 04" in screen.printer_raw.text() and "Byte nhận về" in screen.printer_raw.text()
    fake.state = "ready"
    qtbot.mouseClick(screen.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "sẵn sàng" in screen.printer_live.text(), timeout=5000)
    ctx.desk.printer.close()
    ctx.close()
    fake.unplug()


def test_the_technician_changes_the_printer_and_a_bad_address_changes_nothing(app, qtbot, ctx, home):
    screen = TechnicianScreen(ctx, "vi")
    qtbot.addWidget(screen)
    screen.show()
    assert screen.printer_url.text() == "sim://printer"
    screen.printer_url.setText("bluetooth://máy-in")
    before = ctx.config.path.read_text(encoding="utf-8")
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    assert "Chưa lưu" in screen.setup_message.text() and "bluetooth" in screen.setup_message.text()
    assert ctx.config.path.read_text(encoding="utf-8") == before
    screen.printer_url.setText(f"file://{home / 'out.bin'}")
    screen.printer_profile.setCurrentText("generic-58mm")
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    assert "Đã lưu" in screen.setup_message.text()
    assert ctx.desk.printer.url.startswith("file://") and ctx.config.printer_profile == "generic-58mm"
    assert 'printer_profile = "generic-58mm"' in ctx.config.path.read_text(encoding="utf-8")
    qtbot.mouseClick(screen.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: (home / "out.bin").exists() and (home / "out.bin").stat().st_size > 1000, timeout=10000)
