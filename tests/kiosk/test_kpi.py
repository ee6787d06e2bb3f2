"""The KPI report against a fixture computed by hand: a handful of tickets, ratings, dossiers and
complaints with known times around Tuesday 10 March 2026 (Viet Nam), some of them on the other
side of midnight in UTC. Every expected figure below is worked out in the comments, not with the
report's own functions."""

from __future__ import annotations

import argparse
import datetime as dt
import io
from pathlib import Path

import pytest
from sqlalchemy import text, update

from kiosk.reports import (
    FIGURES,
    MESSAGES,
    ReportError,
    kpi_report,
    target_for,
    write_pdf,
    write_xlsx,
)
from kiosk.store.db import Store
from kiosk.store.models import Dossier, DossierComponent, Feedback, Rating, Ticket
from tests.conftest import local

DAY = dt.date(2026, 3, 10)
NOW = local(2026, 3, 12, 10, 0)
CENTER = "MAU-01"


def _t(s: object, n: int, service: str, day: str, issued: dt.datetime, called: dt.datetime | None,
       finished: dt.datetime | None, status: str, counter: int | None, officer: str | None) -> None:
    s.add(Ticket(center_code=CENTER, service_code=service, queue_service=service, local_day=day, number=n,  # type: ignore[attr-defined]
                 label=f"X{n:03d}", status=status, issued_at=issued, queued_at=issued, called_at=called,
                 finished_at=finished, counter_number=counter, officer_code=officer))


def _r(s: object, key: str, at: dt.datetime, level: int, levels: int, field: str | None, service: str | None,
       counter: int, officer: str) -> None:
    s.add(Rating(center_code=CENTER, event_key=key, counter_number=counter, officer_code=officer,  # type: ignore[attr-defined]
                 service_code=service, field_code=field, level=level, levels=levels,
                 satisfied=level >= levels - 1, source="test", at=at))


def _d(s: object, code: str, day: str, field: str, counter: int, officer: str, received: dt.datetime, *,
       outcome: str = "complete", state: str = "processing", appointment: dt.datetime | None = None,
       finished: dt.datetime | None = None, fee: int = 0, fee_state: str = "none", channel: str | None = None,
       files: tuple[tuple[int, bool], ...] = ()) -> None:
    d = Dossier(center_code=CENTER, agency_code="A", code=code, local_day=day, seq=int(code[-2:]),
                procedure_code="1.000001", procedure_name="P", field_code=field, field_name=field,
                outcome=outcome, state=state, received_at=received, appointment_at=appointment,
                finished_at=finished, fee_total=fee, fee_state=fee_state, fee_channel=channel,
                counter_number=counter, officer_code=officer)
    s.add(d)  # type: ignore[attr-defined]
    s.flush()  # type: ignore[attr-defined]
    for i, (received_sets, has_file) in enumerate(files):
        s.add(DossierComponent(dossier_id=d.id, component_id=f"c{i}", name=f"c{i}", received=received_sets,  # type: ignore[attr-defined]
                               sha256="ab" * 32 if has_file else None))


def _f(s: object, code: str, received: dt.datetime, due: dt.datetime, answered: dt.datetime | None = None,
       closed: dt.datetime | None = None) -> None:
    s.add(Feedback(center_code=CENTER, code=code, category="other", text="…", state="received",  # type: ignore[attr-defined]
                   received_at=received, due_at=due, answered_at=answered, closed_at=closed))


@pytest.fixture
def store(tmp_path: Path) -> Store:
    st = Store(tmp_path / "kpi.db")
    st.migrate()
    with st.write() as s:
        d10, d11 = "2026-03-10", "2026-03-11"
        # tickets of 10/03: A is taken at 06:45 local time, still 9 March in UTC
        _t(s, 1, "CT", d10, local(2026, 3, 10, 6, 45), local(2026, 3, 10, 7, 5), local(2026, 3, 10, 7, 9),
           "done", 2, "cb01")  # A: waited 20:00, served 4:00
        _t(s, 2, "HT", d10, local(2026, 3, 10, 8, 0), local(2026, 3, 10, 8, 10), local(2026, 3, 10, 8, 16),
           "done", 1, "cb01")  # B: 10:00, 6:00
        _t(s, 3, "HT", d10, local(2026, 3, 10, 8, 5), local(2026, 3, 10, 8, 25), local(2026, 3, 10, 8, 30),
           "done", 1, "cb01")  # C: 20:00, 5:00
        _t(s, 4, "DD", d10, local(2026, 3, 10, 8, 10), local(2026, 3, 10, 8, 40), local(2026, 3, 10, 8, 55),
           "done", 3, "cb02")  # D: 30:00, 15:00
        _t(s, 5, "DD", d10, local(2026, 3, 10, 9, 0), local(2026, 3, 10, 9, 4) + dt.timedelta(seconds=30),
           local(2026, 3, 10, 9, 6), "no_show", 3, "cb02")  # E: 4:30, absent
        _t(s, 6, "HT", d10, local(2026, 3, 10, 16, 50), None, None, "waiting", None, None)  # F: never called
        _t(s, 7, "HT", d11, local(2026, 3, 11, 7, 0), local(2026, 3, 11, 7, 30), local(2026, 3, 11, 7, 40),
           "done", 1, "cb01")  # 11/03: not in a report of 10/03
        # ratings: R1 at 06:30 local is 9 March in UTC; R7 at 00:15 on 11 March is still 10 March in UTC
        _r(s, "r1", local(2026, 3, 10, 6, 30), 3, 3, "hotich", "HT", 1, "cb01")  # very satisfied
        _r(s, "r2", local(2026, 3, 10, 8, 20), 2, 3, "hotich", "HT", 1, "cb01")  # satisfied
        _r(s, "r3", local(2026, 3, 10, 9, 0), 1, 3, "datdai", "DD", 3, "cb02")  # not satisfied
        _r(s, "r4", local(2026, 3, 10, 9, 10), 3, 3, "datdai", "DD", 3, "cb02")  # very satisfied
        _r(s, "r5", local(2026, 3, 10, 10, 0), 4, 5, None, "CT", 2, "cb01")  # 4 of 5: satisfied; field from CT
        _r(s, "r6", local(2026, 3, 10, 10, 30), 3, 5, "datdai", "DD", 3, "cb02")  # 3 of 5 (neutral): not
        _r(s, "r7", local(2026, 3, 11, 0, 15), 1, 3, "hotich", "HT", 1, "cb01")  # 11 March
        # dossiers
        _d(s, "D-01", d10, "hotich", 1, "cb01", local(2026, 3, 10, 8, 20), state="returned",
           appointment=local(2026, 3, 10, 17, 0), finished=local(2026, 3, 10, 15, 0),
           files=((1, True), (1, True)))  # on time, digitized
        _d(s, "D-02", d10, "datdai", 3, "cb02", local(2026, 3, 10, 8, 50), state="result_ready",
           appointment=local(2026, 3, 20, 17, 0), finished=local(2026, 3, 10, 16, 0), fee=100_000,
           fee_state="paid", channel="online", files=((1, True), (1, False)))  # early, a paper not scanned
        _d(s, "D-03", d10, "datdai", 3, "cb02", local(2026, 3, 10, 9, 30), appointment=local(2026, 3, 11, 9, 0),
           fee=50_000, fee_state="paid", channel="counter", files=((0, False),))  # open, due 11/03
        _d(s, "D-04", d10, "hotich", 1, "cb01", local(2026, 3, 10, 9, 40), outcome="incomplete",
           state="incomplete", files=((1, True),))  # form 02: not received
        _d(s, "D-05", "2026-03-02", "datdai", 3, "cb02", local(2026, 3, 2, 9, 0),
           appointment=local(2026, 3, 5, 17, 0), files=((1, True),))  # open since 5 March: past due
        _d(s, "D-06", "2026-03-03", "hotich", 1, "cb01", local(2026, 3, 3, 9, 0), state="returned",
           appointment=local(2026, 3, 9, 17, 0), finished=local(2026, 3, 10, 0, 30),
           files=((1, True),))  # finished 00:30 on 10/03 (9 March in UTC): late
        _d(s, "D-07", d10, "chungthuc", 2, "cb01", local(2026, 3, 10, 10, 0), state="cancelled",
           appointment=local(2026, 3, 10, 17, 0), files=((1, False),))  # entered by mistake
        _d(s, "D-08", d10, "hotich", 1, "cb01", local(2026, 3, 10, 11, 0), state="withdrawn",
           appointment=local(2026, 3, 12, 17, 0), files=((1, True),))  # withdrawn by the citizen
        # complaints
        _f(s, "F1", local(2026, 3, 10, 9, 0), local(2026, 3, 24, 17, 0), answered=local(2026, 3, 11, 10, 0))
        _f(s, "F2", local(2026, 3, 10, 10, 0), local(2026, 3, 10, 16, 0), answered=local(2026, 3, 10, 15, 0))
        _f(s, "F3", local(2026, 3, 10, 11, 0), local(2026, 3, 10, 14, 0), answered=local(2026, 3, 10, 15, 30))
        _f(s, "F4", local(2026, 3, 10, 12, 0), local(2026, 3, 10, 13, 0))
        _f(s, "F5", local(2026, 3, 11, 6, 30), local(2026, 3, 20, 17, 0))  # 11/03 local, 10/03 in UTC
        _f(s, "F6", local(2026, 3, 10, 6, 0), local(2026, 3, 20, 17, 0), closed=local(2026, 3, 10, 8, 0))
    yield st
    st.dispose()


def _report(store: Store, config: object, first: dt.date = DAY, last: dt.date = DAY, **kw: object):  # type: ignore[no-untyped-def]
    return kpi_report(store, config, first, last, now=NOW, **kw)  # type: ignore[arg-type]


def _v(report, key: str) -> float | None:  # type: ignore[no-untyped-def]
    return report.figure(key).value


def test_the_whole_center_on_one_day_matches_the_hand_computed_figures(store, config):
    r = _report(store, config)
    # tickets A–F: issued 6, served A B C D, absent E
    assert (_v(r, "tickets_issued"), _v(r, "tickets_served"), _v(r, "tickets_no_show")) == (6, 4, 1)
    # waits of the tickets called (A B C D E): 1200 + 600 + 1200 + 1800 + 270 s = 5070 s / 5 = 16.9 min
    assert _v(r, "wait_mean") == pytest.approx(16.9)
    # in whole minutes rounded up: 20 10 20 30 5 → sorted 5 10 20 20 30; rank ⌈0.9·5⌉ = 5 → 30
    assert _v(r, "wait_p90") == 30
    # services of A B C D: 240 + 360 + 300 + 900 s = 1800 s / 4 = 7.5 min; minutes 4 6 5 15 → rank 4 → 15
    assert _v(r, "service_mean") == pytest.approx(7.5)
    assert _v(r, "service_p90") == 15
    # ratings R1–R6 (R7 is 11 March): very R1 R4, satisfied R2 R5 (4 of 5), not R3 R6 (3 of 5)
    assert [_v(r, k) for k in ("ratings_total", "ratings_very", "ratings_satisfied", "ratings_unsatisfied")] \
        == [6, 2, 2, 2]
    assert _v(r, "satisfaction_rate") == pytest.approx(400 / 6)
    assert r.figure("satisfaction_rate").target == 95 and r.figure("satisfaction_rate").met is False
    # received: D-01 D-02 D-03 D-08 (D-04 incomplete, D-07 cancelled, D-05 D-06 another day)
    assert _v(r, "dossiers_received") == 4
    # finished on 10/03: D-01 on time, D-02 early, D-06 late (00:30 local, 9 March in UTC)
    assert [_v(r, k) for k in ("dossiers_finished", "dossiers_early", "dossiers_on_time", "dossiers_late")] \
        == [3, 1, 1, 1]
    assert _v(r, "on_time_rate") == pytest.approx(200 / 3)
    # at the end of 10/03: D-05 open and due 05/03; D-03 is due 11/03, D-08 withdrawn
    assert _v(r, "dossiers_overdue_open") == 1
    # digitized: D-01 yes, D-02 no, D-03 yes (no paper brought), D-08 yes → 3 / 4
    assert _v(r, "digitization_rate") == pytest.approx(75.0)
    # fees: D-02 (online) and D-03 (counter) → 1 / 2
    assert (_v(r, "dossiers_with_fees"), _v(r, "dossiers_paid_online"), _v(r, "online_payment_rate")) == (2, 1, 50.0)
    assert r.figure("online_payment_rate").target == 50  # Directive 16: 50% from 2025
    # complaints of 10/03: F1 F2 F3 F4 F6 (F5 is 11 March local); on time F2 F6 (closed); late F3;
    # open past due F4; F1 is answered only on 11/03, after the cut-off, and not due yet
    assert [_v(r, k) for k in ("feedback_received", "feedback_on_time", "feedback_overdue")] == [5, 2, 2]
    assert _v(r, "feedback_on_time_rate") == pytest.approx(50.0)


def test_decision_766_scores_what_this_terminal_measures_and_marks_the_rest(store, config):
    scores = {s.key: s for s in _report(store, config).total.scores}
    assert [scores[k].max_points for k in ("transparency", "progress", "online_services", "digitization",
                                           "satisfaction", "online_payment")] == [18, 20, 12, 22, 18, 10]
    assert not scores["transparency"].measurable and scores["transparency"].points is None
    assert not scores["online_services"].measurable
    assert "không đo được" in scores["transparency"].display("vi")
    assert "not measurable" in scores["online_services"].display("en")
    # progress: 4 received, D-08 withdrawn, none of the others late at the cut-off → 3 / 4 × 20
    assert scores["progress"].points == pytest.approx(15.0)
    assert scores["digitization"].points == pytest.approx(16.5)  # 75% × 22
    assert scores["satisfaction"].points == pytest.approx(round(400 / 6 / 95 * 18, 2))  # full from 95%
    assert scores["online_payment"].points == pytest.approx(10.0)  # 50% ≥ 30%


def test_days_are_viet_nam_days_not_utc_days(store, config):
    before = _report(store, config, dt.date(2026, 3, 9), dt.date(2026, 3, 9))
    # A (06:45 local), R1 (06:30), F6 (06:00) and D-06's finish (00:30) are 9 March in UTC, 10 March here
    assert [_v(before, k) for k in ("tickets_issued", "ratings_total", "feedback_received", "dossiers_finished")] \
        == [0, 0, 0, 0]
    after = _report(store, config, dt.date(2026, 3, 11), dt.date(2026, 3, 11))
    # R7 (00:15 on 11/03) and F5 (06:30) are 10 March in UTC
    assert _v(after, "ratings_total") == 1 and _v(after, "ratings_unsatisfied") == 1
    assert _v(after, "feedback_received") == 1 and _v(after, "tickets_issued") == 1


def test_split_by_day_gives_one_row_a_day(store, config):
    r = _report(store, config, dt.date(2026, 3, 9), dt.date(2026, 3, 11), period="day")
    assert [row.period_key for row in r.rows] == ["2026-03-09", "2026-03-10", "2026-03-11"]
    assert [row.value("tickets_issued") for row in r.rows] == [0, 6, 1]
    assert [row.value("ratings_total") for row in r.rows] == [0, 6, 1]
    assert r.figure("tickets_issued").value == 7
    # overdue at each day's end: D-05 (due 5/3) on all three; D-03 (due 11/3) not yet at the end of 11/03
    assert [row.value("dossiers_overdue_open") for row in r.rows] == [1, 1, 1]


def test_grouped_by_field(store, config):
    rows = {row.group_key: row for row in _report(store, config, group_by="field").rows}
    # service HT is hotich, CT chungthuc, DD datdai (by name in the catalog)
    assert {k: rows[k].value("tickets_issued") for k in rows if rows[k].value("tickets_issued")} == \
        {"hotich": 3, "chungthuc": 1, "datdai": 2}
    # hotich R1 R2 → 100%; datdai R3 R4 R6 → 1/3; chungthuc R5 (field from its service) → 100%
    assert rows["hotich"].value("satisfaction_rate") == pytest.approx(100.0)
    assert rows["datdai"].value("satisfaction_rate") == pytest.approx(100 / 3)
    assert rows["chungthuc"].value("satisfaction_rate") == pytest.approx(100.0)
    # land's target is 90%, civil status's 95%
    assert rows["datdai"].figures["satisfaction_rate"].target == 90
    assert rows["hotich"].figures["satisfaction_rate"].target == 95
    assert rows["datdai"].label("vi") == "Đất đai" and rows["datdai"].label("en") == "Land"
    # D-02 early (datdai); D-01 on time, D-06 late (hotich)
    assert (rows["datdai"].value("dossiers_early"), rows["hotich"].value("dossiers_late")) == (1, 1)
    assert rows["hotich"].value("on_time_rate") == pytest.approx(50.0)
    # complaints name no field
    assert rows["hotich"].value("feedback_received") is None
    assert rows["hotich"].figures["feedback_received"].not_split


def test_grouped_by_counter(store, config):
    rows = {row.group_key: row for row in _report(store, config, group_by="counter").rows}
    # counter 1: B C (waits 10, 20 min); 2: A (20); 3: D E (30, 4.5); F never called (counter 0)
    assert rows["1"].value("wait_mean") == pytest.approx(15.0)
    assert rows["1"].value("wait_p90") == 20
    assert rows["3"].value("wait_mean") == pytest.approx((1800 + 270) / 2 / 60)
    assert rows["3"].value("wait_p90") == 30
    assert rows["2"].value("service_p90") == 4
    assert rows["0"].value("tickets_issued") == 1 and rows["0"].value("wait_mean") is None
    assert rows["3"].value("ratings_total") == 3
    assert list(rows) == ["0", "1", "2", "3"]


def test_grouped_by_officer(store, config):
    rows = {row.group_key: row for row in _report(store, config, group_by="officer").rows}
    # cb01: A B C (waits 20, 10, 20) and ratings R1 R2 R5; cb02: D E and R3 R4 R6
    assert rows["cb01"].value("tickets_served") == 3
    assert rows["cb01"].value("wait_mean") == pytest.approx(50 / 3)
    assert rows["cb01"].value("satisfaction_rate") == pytest.approx(100.0)
    assert rows["cb02"].value("satisfaction_rate") == pytest.approx(100 / 3)
    assert rows["cb02"].figures["satisfaction_rate"].target == 95  # an officer has the general target
    assert rows["cb01"].label("vi") == "Nguyễn Văn An (cb01)"


def test_on_time_rate_is_100_when_nothing_was_finished(store, config):
    r = _report(store, config, dt.date(2026, 3, 12), dt.date(2026, 3, 12))
    assert _v(r, "dossiers_finished") == 0
    assert _v(r, "on_time_rate") == 100.0
    assert _v(r, "satisfaction_rate") is None  # no rating: left empty, not 0 nor 100
    assert _v(r, "feedback_on_time_rate") == 100.0


def test_an_end_before_the_start_is_refused_with_a_sentence(store, config):
    with pytest.raises(ReportError) as err:
        _report(store, config, dt.date(2026, 3, 10), dt.date(2026, 3, 9))
    assert err.value.exit_code == 10
    assert "trước ngày bắt đầu 10/03/2026" in err.value.message("vi")
    assert "before it starts on 10/03/2026" in err.value.message("en")
    with pytest.raises(ReportError) as err:
        _report(store, config, group_by="service")
    assert "field" in err.value.message("en")


def test_the_cache_forgets_a_day_when_one_of_its_records_changes(store, config):
    assert _v(_report(store, config), "tickets_served") == 4
    with store.write() as s:  # F is called and served
        s.execute(update(Ticket).where(Ticket.number == 6, Ticket.local_day == "2026-03-10").values(
            status="done", called_at=local(2026, 3, 10, 17, 0), finished_at=local(2026, 3, 10, 17, 30),
            counter_number=1))
        _r(s, "r8", local(2026, 3, 10, 17, 31), 1, 3, "hotich", "HT", 1, "cb01")
        s.execute(update(DossierComponent).where(DossierComponent.component_id == "c1",
                                                 DossierComponent.sha256.is_(None)).values(sha256="cd" * 32))
    r = _report(store, config)
    assert _v(r, "tickets_served") == 5 and _v(r, "ratings_total") == 7
    assert _v(r, "digitization_rate") == pytest.approx(100.0)  # D-02's second paper now has its file


def test_whole_months_read_from_their_sums_give_the_same_figures(store, config):
    first, last = dt.date(2026, 3, 1), dt.date(2026, 3, 31)
    by_days = kpi_report(store, config, first, last, now=local(2026, 3, 31, 20, 0))  # March not over
    by_month = kpi_report(store, config, first, last, now=local(2026, 4, 2, 9, 0))  # March over: its sums
    with store.read() as s:
        kept = {p for (p,) in s.execute(text("SELECT period FROM report_fresh_days WHERE source = 'tickets'"))}
    assert "2026-03" in kept
    for key in ("tickets_issued", "wait_mean", "wait_p90", "service_p90", "satisfaction_rate", "dossiers_received",
                "on_time_rate", "digitization_rate", "online_payment_rate"):
        assert by_month.figure(key).value == pytest.approx(by_days.figure(key).value), key


def test_targets_and_thresholds_are_data_with_their_period():
    assert target_for("satisfaction_rate", DAY, "datdai").value == 90  # type: ignore[union-attr]
    assert target_for("satisfaction_rate", DAY, "hotich").value == 95  # type: ignore[union-attr]
    assert "16-CT/TU" in target_for("satisfaction_rate", DAY).source  # type: ignore[union-attr]
    assert target_for("online_payment_rate", dt.date(2024, 6, 1)).value == 30  # type: ignore[union-attr]
    assert target_for("online_payment_rate", dt.date(2025, 6, 1)).value == 50  # type: ignore[union-attr]


def test_every_message_has_both_languages_with_the_same_placeholders():
    import string

    for key, entry in MESSAGES.items():
        fields = [{f for _, f, _, _ in string.Formatter().parse(entry[lang]) if f} for lang in ("vi", "en")]
        assert fields[0] == fields[1], key


def _pdf_text(path: Path) -> str:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        return "\n".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    finally:
        pdf.close()


def test_the_pdf_reads_back_with_vietnamese_names_values_and_definitions(store, config, tmp_path):
    path = write_pdf(_report(store, config, group_by="field"), tmp_path / "kpi.pdf")
    words = " ".join(_pdf_text(path).split())
    for expected in ("BÁO CÁO CHỈ SỐ PHỤC VỤ", "Tỷ lệ hài lòng", "66,7%", "Thời gian chờ: 90% công dân",
                     "30 phút", "Tỷ lệ giải quyết đúng hạn", "Đất đai", "Tiến độ giải quyết", "15,0 / 20",
                     "không đo được từ dữ liệu của máy này", "Không tính:", "Chỉ thị 16-CT/TU"):
        assert expected in words, expected
    english = " ".join(_pdf_text(write_pdf(_report(store, config), tmp_path / "en.pdf", "en")).split())
    assert "Satisfaction rate" in english and "66.7%" in english


def test_the_xlsx_reads_back_with_every_figure_and_a_sheet_per_grouping(store, config, tmp_path):
    from openpyxl import load_workbook

    path = write_xlsx(_report(store, config, group_by="counter"), tmp_path / "kpi.xlsx")
    wb = load_workbook(io.BytesIO(path.read_bytes()))
    assert wb.sheetnames == ["Chỉ số", "Quầy", "Định nghĩa"]
    figures = {row[0]: row for row in wb["Chỉ số"].iter_rows(values_only=True) if row and row[0]}
    assert figures["Tỷ lệ hài lòng"][1] == pytest.approx(66.67)
    assert figures["Tỷ lệ hài lòng"][3] == 95
    assert "Không tính" in figures["Tỷ lệ hài lòng"][5]
    assert figures["Số phiếu thứ tự đã cấp"][1] == 6
    assert figures["Tiến độ giải quyết"][1] == 15.0
    rows = list(wb["Quầy"].iter_rows(values_only=True))
    assert [r[3] for r in rows[1:]] == ["0", "1", "2", "3"]
    assert len(list(wb["Định nghĩa"].iter_rows())) == 1 + len(FIGURES)


def test_the_command_line_prints_json_and_writes_files(home, config, tmp_path, capsys, monkeypatch):
    import json

    from kiosk.cli_report import add_commands
    from kiosk.wiring import build_context

    monkeypatch.setenv("KIOSK_STANDALONE", "1")
    ctx = build_context(home, config=config)
    with ctx.store.write() as s:
        _t(s, 1, "HT", "2026-03-10", local(2026, 3, 10, 8, 0), local(2026, 3, 10, 8, 10), local(2026, 3, 10, 8, 16),
           "done", 1, "cb01")
    ctx.close()
    parser = argparse.ArgumentParser()
    add_commands(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["report", "kpi", "--from", "2026-03-10", "--to", "2026-03-10", "--json"])
    assert args.func(args) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["total"]["figures"]["tickets_served"]["value"] == 1
    assert out["definitions"]["wait_p90"]["definition"]["en"].startswith("The 90th percentile")
    pdf = tmp_path / "r.pdf"
    args = parser.parse_args(["report", "kpi", "--from", "2026-03-10", "--to", "2026-03-10", "--group-by", "field",
                              "--pdf", str(pdf)])
    assert args.func(args) == 0 and pdf.read_bytes().startswith(b"%PDF")
    args = parser.parse_args(["report", "kpi", "--from", "2026-03-11", "--to", "2026-03-10"])
    with pytest.raises(ReportError):
        args.func(args)
