"""A dossier about to miss its appointment shows at the counter a day before; form 04 is issued."""

from __future__ import annotations

import unicodedata

import pypdfium2 as pdfium
from PySide6.QtCore import Qt

from tests.conftest import local
from tests.ui.test_counter_screen import _signed_in
from ui.late_dossiers import LateDossiers

APPLICANT = {"name": "Lê Thị Cúc", "id_number": "001185001234", "birth_date": "1985-01-09",
             "address": "Tổ 5, phường Mẫu", "phone": "", "email": ""}


def test_due_tomorrow_shows_at_the_counter_and_form_04_keeps_both_dates(app, qtbot, ctx, clock, monkeypatch):
    monkeypatch.setattr("ui.late_dossiers.QDesktopServices.openUrl", lambda url: True)
    clock.now = local(2026, 11, 17, 8, 0)  # Tuesday
    view = ctx.dossiers.receive("1.004873", APPLICANT)  # 3 working days: Friday 20th 8:00
    screen = _signed_in(qtbot, ctx)
    screen.serve.refresh()
    assert not screen.serve.late_button.isVisible()
    clock.now = local(2026, 11, 19, 9, 0)  # Thursday: one working day before
    screen.serve.refresh()
    assert screen.serve.late_button.isVisible() and "1" in screen.serve.late_button.text()
    panel = LateDossiers(ctx, "vi", "cb01")
    qtbot.addWidget(panel)
    assert panel.table.rowCount() == 1 and panel.table.item(0, 0).text() == view.code
    qtbot.mouseClick(panel.issue_button, Qt.MouseButton.LeftButton)
    assert "lý do" in panel.message.text()  # a reason is required; nothing changed
    assert ctx.dossiers.show(view.code).original_appointment_at is None
    panel.reason.setText("Chờ kết quả xác minh nơi cư trú")
    panel.unit.setText("Phòng Tư pháp")
    new_at = panel.new_appointment()
    assert new_at > view.appointment_at
    qtbot.mouseClick(panel.issue_button, Qt.MouseButton.LeftButton)
    after = ctx.dossiers.show(view.code)
    assert after.original_appointment_at == view.appointment_at and after.appointment_at == new_at
    pdf = pdfium.PdfDocument(str(ctx.home / "slips" / f"{view.code}-04.pdf"))
    text = " ".join(unicodedata.normalize("NFC", pdf[0].get_textpage().get_text_range()).split())
    pdf.close()
    assert "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ" in text
    assert "Chờ kết quả xác minh nơi cư trú" in text and "Phòng Tư pháp" in text
    assert "08 giờ 00 phút, ngày 20/11/2026" in text or "8 giờ 00 phút, ngày 20/11/2026" in text
    assert panel.table.rowCount() == 0  # no longer about to be late
