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
