"""The manager's KPI dashboard shows the figures of a small fixture worked out by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from kiosk.store.models import Dossier, Rating, Ticket
from tests.conftest import local

DAY = dt.date(2026, 11, 23)  # the Monday before the test clock's Tuesday


@pytest.fixture
def filled(ctx):
    with ctx.store.write() as s:
        for n, (service, counter, officer, issued, called, finished, status) in enumerate([
            ("HT", 1, "cb01", (8, 0), (8, 12), (8, 20), "done"),  # waited 12 min, served 8
            ("DD", 3, "cb02", (8, 30), (9, 0), (9, 10), "done"),  # waited 30, served 10
            ("HT", 1, "cb01", (9, 0), (9, 20), (9, 22), "no_show"),  # waited 20, absent
        ], start=1):
            s.add(Ticket(center_code="MAU-01", service_code=service, queue_service=service, local_day=DAY.isoformat(),
                         number=n, label=f"A{n:03d}", status=status, issued_at=local(2026, 11, 23, *issued),
                         queued_at=local(2026, 11, 23, *issued), called_at=local(2026, 11, 23, *called),
                         finished_at=local(2026, 11, 23, *finished), counter_number=counter, officer_code=officer))
        for key, level, field, counter, officer in (("r1", 3, "hotich", 1, "cb01"), ("r2", 1, "datdai", 3, "cb02")):
            s.add(Rating(center_code="MAU-01", event_key=key, counter_number=counter, officer_code=officer,
                         field_code=field, level=level, levels=3, satisfied=level >= 2, source="test",
                         at=local(2026, 11, 23, 10, 0)))
        s.add(Dossier(center_code="MAU-01", agency_code="A", code="D-1", local_day=DAY.isoformat(), seq=1,
                      procedure_code="1.000001", procedure_name="P", field_code="hotich", outcome="complete",
                      state="returned", received_at=local(2026, 11, 23, 8, 15),
                      appointment_at=local(2026, 11, 24, 17, 0), finished_at=local(2026, 11, 23, 15, 0)))
    return ctx


def _dashboard(qtbot, ctx, group: int = 0):
    from ui.technician.dashboard import KpiDashboard

    w = KpiDashboard(ctx, "vi")
    qtbot.addWidget(w)
    w.background = False
    w.set_custom_range(DAY, DAY)
    w.group.setCurrentIndex(group)
    w.refresh()
    return w


def test_dashboard_shows_figures_that_match_a_hand_computed_fixture(app, qtbot, filled):
    w = _dashboard(qtbot, filled)
    shown = {key: card.value.text() for key, card in w.cards.items()}
    assert shown["tickets_issued"] == "3"
    assert shown["tickets_served"] == "2"
    assert shown["tickets_no_show"] == "1"
    assert shown["wait_mean"] == "20,7 phút"  # (12 + 30 + 20) / 3
    assert shown["wait_p90"] == "30 phút"  # 12 20 30: rank ⌈0.9 × 3⌉ = 3
    assert shown["service_mean"] == "9,0 phút"  # (8 + 10) / 2
    assert shown["service_p90"] == "10 phút"
    assert shown["satisfaction_rate"] == "50,0%"  # one very satisfied, one not
    assert shown["on_time_rate"] == "100,0%"  # finished the day before its appointment
    assert shown["dossiers_received"] == "1"
    # Decision 766: progress 20 + digitization 22 (no paper to scan) + satisfaction 50/95 × 18 = 51.47
    # of 60 (online payment: no dossier with fees, not counted)
    assert shown["score766"] == "51,5 / 60"
    card = w.cards["satisfaction_rate"]
    assert "Rất hài lòng + Hài lòng" in card.toolTip()
    assert "95%" in card.target.text() and "red" not in card.value.styleSheet()  # a colour code, not a word
    assert card.definition.isHidden()
    card.help.click()
    assert not card.definition.isHidden() and "Không tính" in card.definition.text()
    # whole center: the satisfaction chart goes by field, with both targets
    assert w.satisfaction_chart.labels == ["Hộ tịch", "Đất đai"]
    assert w.satisfaction_chart.values == [100.0, 0.0]
    assert [t for t, _ in w.satisfaction_chart.targets] == [95.0, 90.0]
    assert w.satisfaction_chart.good == [True, False]
    # waiting p90 per counter: counter 1 (12, 20 → 20), counter 3 (30)
    assert w.wait_chart.labels == ["1", "3"] and w.wait_chart.values == [20, 30]
    w.grab()  # the charts paint


def test_grouped_by_counter_the_table_has_a_row_a_counter_and_exports_land_in_reports(app, qtbot, filled):
    w = _dashboard(qtbot, filled, group=2)
    # the dossier was taken in without a counter: a row of its own
    assert [w.table.item(r, 0).text() for r in range(w.table.rowCount())] == [
        "(không gắn với quầy nào)", "Quầy 1", "Quầy 3"]
    assert w.table.item(1, 3).text() == "20 phút"  # counter 1: waits 12 and 20, p90 20
    w.pdf_button.click()
    pdf = filled.home / "reports" / "kpi-20261123-20261123-counter.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    assert str(pdf) in w.message.text()
    w.xlsx_button.click()
    assert (filled.home / "reports" / "kpi-20261123-20261123-counter.xlsx").exists()


def test_the_report_is_read_off_the_gui_thread_and_a_bad_range_is_a_sentence(app, qtbot, filled):
    from ui.technician.dashboard import KpiDashboard

    w = KpiDashboard(filled, "vi")
    qtbot.addWidget(w)
    w.set_custom_range(DAY, DAY)
    w.refresh()
    qtbot.waitUntil(lambda: w.report is not None, timeout=10_000)
    assert w.cards["tickets_issued"].value.text() == "3"
    w.set_custom_range(DAY, DAY - dt.timedelta(days=1))
    w.refresh()
    qtbot.waitUntil(lambda: not w.message.isHidden(), timeout=10_000)
    assert "trước ngày bắt đầu" in w.message.text()


def test_preset_periods_end_today(app, qtbot, filled):
    from ui.technician.dashboard import PERIODS, KpiDashboard

    w = KpiDashboard(filled, "vi")
    qtbot.addWidget(w)
    today = dt.date(2026, 11, 24)  # the test clock
    expected = {"today": today, "week": dt.date(2026, 11, 23), "month": dt.date(2026, 11, 1),
                "quarter": dt.date(2026, 10, 1), "year": dt.date(2026, 1, 1)}
    for kind, first in expected.items():
        w.period.setCurrentIndex(PERIODS.index(kind))
        assert w.period_range() == (first, today)
        assert not w.date_from.isEnabled()
