"""The working calendar and the appointment (return) date (DOMAIN.md "Appointment (return) date").

Directed cases are worked out by hand from the rules; the property tests compare with an
oracle written independently here: day kinds straight from the ``holidays`` package and the
override JSON read with ``json``, working time summed with datetime arithmetic per period.
"""

from __future__ import annotations

import datetime as dt
import json
import time
from decimal import Decimal
from functools import cache
from pathlib import Path

import holidays
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.calendar import (
    CalendarError,
    ProcessingTime,
    WorkingCalendar,
    default_overrides_path,
    judge,
    load_overrides,
    parse_overrides,
)
from kiosk.timeutil import LOCAL_TZ

H = dt.timedelta(hours=1)
FULL = ((dt.time(7), dt.time(11, 30)), (dt.time(13, 30), dt.time(17)))
MORNING = ((dt.time(7), dt.time(11, 30)),)
OVERRIDES_FILE = default_overrides_path()
RAW_OVERRIDES = json.loads(OVERRIDES_FILE.read_text(encoding="utf-8"))
OVERRIDE_KINDS = {dt.date.fromisoformat(e["date"]): e["kind"] for e in RAW_OVERRIDES["entries"]}
PACKAGE = holidays.country_holidays("VN", years=range(2019, 2032))

CAL = WorkingCalendar.from_settings(overrides=RAW_OVERRIDES)
CAL_SAT = WorkingCalendar.from_settings(saturday_morning=True, overrides=RAW_OVERRIDES)
PACKAGE_ONLY = WorkingCalendar.from_settings()
PACKAGE_ONLY_SAT = WorkingCalendar.from_settings(saturday_morning=True)


def at(y: int, m: int, d: int, hh: int = 0, mm: int = 0) -> dt.datetime:
    return dt.datetime(y, m, d, hh, mm, tzinfo=LOCAL_TZ)


def wd(amount: int | str) -> ProcessingTime:
    return ProcessingTime.parse({"amount": amount, "unit": "working_days"})


def cd(amount: int) -> ProcessingTime:
    return ProcessingTime.parse({"amount": amount, "unit": "calendar_days"})


def same_day(cutoff: str | None = "15:00") -> ProcessingTime:
    return ProcessingTime.parse({"unit": "same_day", "cutoff": cutoff})


# --- the oracle


@cache
def oracle_periods(day: dt.date, saturday_morning: bool) -> tuple[tuple[dt.time, dt.time], ...]:
    kind = OVERRIDE_KINDS.get(day)
    if kind is not None:
        return FULL if kind == "work" else ()
    if PACKAGE.is_working_day(day):  # a weekday that is no holiday, or a swapped weekend day
        return FULL
    if saturday_morning and day.weekday() == 5 and day not in PACKAGE:
        return MORNING
    return ()


def oracle_working_time(a: dt.datetime, b: dt.datetime, saturday_morning: bool) -> dt.timedelta:
    a, b = a.astimezone(LOCAL_TZ), b.astimezone(LOCAL_TZ)
    total = dt.timedelta(0)
    day = a.date()
    while day <= b.date():
        for start, end in oracle_periods(day, saturday_morning):
            lo = max(a, dt.datetime.combine(day, start, LOCAL_TZ))
            hi = min(b, dt.datetime.combine(day, end, LOCAL_TZ))
            total += max(dt.timedelta(0), hi - lo)
        day += dt.timedelta(days=1)
    return total


def oracle_within_hours(moment: dt.datetime, saturday_morning: bool) -> bool:
    local = moment.astimezone(LOCAL_TZ)
    return any(s <= local.time() <= e for s, e in oracle_periods(local.date(), saturday_morning))


# --- directed cases: the clock start


def test_received_friday_afternoon_one_working_day_is_due_monday_same_time() -> None:
    due = CAL.appointment(at(2025, 3, 7, 16, 30), wd(1))
    assert due.clock_start == at(2025, 3, 7, 16, 30)
    assert due.at == at(2025, 3, 10, 16, 30)
    assert [(d, r) for d, r in due.skipped] == [
        (dt.date(2025, 3, 8), "Thứ Bảy"),
        (dt.date(2025, 3, 9), "Chủ nhật"),
    ]


@pytest.mark.parametrize(
    ("received", "clock_start", "due"),
    [
        # lunch; 13:30-17:00 gives 3.5 h, Wednesday 07:00-11:30 the other 4.5 h
        (at(2025, 3, 11, 12, 0), at(2025, 3, 11, 13, 30), at(2025, 3, 12, 11, 30)),
        (at(2025, 3, 11, 6, 15), at(2025, 3, 11, 7, 0), at(2025, 3, 11, 17, 0)),  # before opening
        (at(2025, 3, 11, 17, 45), at(2025, 3, 12, 7, 0), at(2025, 3, 12, 17, 0)),  # after closing
        (at(2025, 3, 11, 17, 0), at(2025, 3, 12, 7, 0), at(2025, 3, 12, 17, 0)),  # at closing
        (at(2025, 3, 11, 11, 30), at(2025, 3, 11, 13, 30), at(2025, 3, 12, 11, 30)),
        (at(2025, 3, 8, 10, 0), at(2025, 3, 10, 7, 0), at(2025, 3, 10, 17, 0)),  # a Saturday
    ],
)
def test_clock_start_outside_working_hours(
    received: dt.datetime, clock_start: dt.datetime, due: dt.datetime
) -> None:
    result = CAL.appointment(received, wd(1))
    assert (result.clock_start, result.at) == (clock_start, due)
    assert "ngoài giờ làm việc" in result.explain_vi()


def test_any_zone_is_converted_and_the_result_is_local() -> None:
    due = CAL.appointment(dt.datetime(2025, 3, 7, 9, 30, tzinfo=dt.UTC), wd(1))
    assert due.received_at == at(2025, 3, 7, 16, 30)
    assert due.at == at(2025, 3, 10, 16, 30)
    assert due.at.utcoffset() == 7 * H


def test_naive_datetimes_are_refused() -> None:
    naive = dt.datetime(2025, 3, 7, 9, 30)
    with pytest.raises(ValueError, match="naive"):
        CAL.appointment(naive, wd(1))
    for call in (CAL.is_working_moment, CAL.next_working_moment):
        with pytest.raises(ValueError):
            call(naive)


# --- directed cases: days and swaps


def test_saturday_morning_center_counts_the_morning_only() -> None:
    # Friday 16:00-17:00 (1 h), Saturday 07:00-11:30 (4.5 h), Monday 07:00-09:30 (2.5 h)
    assert CAL_SAT.appointment(at(2025, 3, 7, 16), wd(1)).at == at(2025, 3, 10, 9, 30)
    assert CAL.appointment(at(2025, 3, 7, 16), wd(1)).at == at(2025, 3, 10, 16)
    assert CAL_SAT.next_working_moment(at(2025, 3, 8, 10)) == at(2025, 3, 8, 10)
    assert CAL_SAT.next_working_moment(at(2025, 3, 8, 12)) == at(2025, 3, 10, 7)
    assert CAL_SAT.is_working_day(dt.date(2025, 3, 8))
    assert not CAL_SAT.is_working_day(dt.date(2025, 3, 9))
    assert not CAL.is_working_day(dt.date(2025, 3, 8))


def test_saturday_morning_center_is_closed_on_a_saturday_holiday() -> None:
    # 1 May 2027 (International Labor Day) is a Saturday
    assert not CAL_SAT.is_working_day(dt.date(2027, 5, 1))
    assert "Lao động" in (CAL_SAT.day_off_reason(dt.date(2027, 5, 1)) or "")


def test_tet_2026_is_skipped() -> None:
    for calendar in (CAL, PACKAGE_ONLY):
        due = calendar.appointment(at(2026, 2, 13, 10), wd(1))
        # Friday 10:00-17:00 gives 5 h; the next working day is Monday 23 February
        assert due.at == at(2026, 2, 23, 10)
        assert [d for d, _ in due.skipped] == [dt.date(2026, 2, d) for d in range(14, 23)]
        reasons = dict(due.skipped)
        assert "Tết Nguyên Đán" in reasons[dt.date(2026, 2, 17)]
    assert PACKAGE_ONLY.day_off_reason(dt.date(2026, 2, 17)) == "Tết Nguyên Đán"


def test_civil_service_tet_block_closes_the_saturday_morning_center() -> None:
    # the 9-day block (14-22 Feb 2026) comes from the override table, not from the package
    assert PACKAGE_ONLY_SAT.is_working_day(dt.date(2026, 2, 14))
    assert not CAL_SAT.is_working_day(dt.date(2026, 2, 14))
    assert not CAL_SAT.is_working_day(dt.date(2026, 2, 21))


def test_the_package_knows_the_swapped_saturday_of_august_2026() -> None:
    assert PACKAGE.is_working_day(dt.date(2026, 8, 22))
    assert not PACKAGE.is_working_day(dt.date(2026, 8, 31))
    assert PACKAGE_ONLY.is_working_day(dt.date(2026, 8, 22))
    assert not PACKAGE_ONLY.is_working_day(dt.date(2026, 8, 31))
    assert "22/08/2026" in (PACKAGE_ONLY.day_off_reason(dt.date(2026, 8, 31)) or "")


@pytest.mark.parametrize(
    ("work", "off"), [((2026, 8, 22), (2026, 8, 31)), ((2024, 5, 4), (2024, 4, 29))]
)
def test_the_override_table_alone_carries_the_swaps(
    work: tuple[int, int, int], off: tuple[int, int, int]
) -> None:
    overrides_only = WorkingCalendar.from_settings(overrides=RAW_OVERRIDES, public_holidays=False)
    assert overrides_only.is_working_day(dt.date(*work))
    assert not overrides_only.is_working_day(dt.date(*off))
    assert overrides_only.day_off_reason(dt.date(*off)) == next(
        e["reason"] for e in RAW_OVERRIDES["entries"] if e["date"] == dt.date(*off).isoformat()
    )


def test_appointments_across_the_august_2026_swap() -> None:
    # Friday 16:00-17:00 (1 h), then the swapped Saturday with a weekday's hours (7 h)
    assert CAL.appointment(at(2026, 8, 21, 16), wd(1)).at == at(2026, 8, 22, 16)
    due = CAL.appointment(at(2026, 8, 28, 16), wd(1))
    assert due.at == at(2026, 9, 3, 16)
    assert [d for d, _ in due.skipped] == [
        dt.date(2026, 8, 29),
        dt.date(2026, 8, 30),
        dt.date(2026, 8, 31),
        dt.date(2026, 9, 1),
        dt.date(2026, 9, 2),
    ]


def test_the_2024_swap() -> None:
    assert CAL.appointment(at(2024, 5, 3, 16), wd(1)).at == at(2024, 5, 4, 16)
    # Friday 26 April: 1 h, then 27 April - 1 May are all off
    assert CAL.appointment(at(2024, 4, 26, 16), wd(1)).at == at(2024, 5, 2, 16)


def test_a_work_override_beats_a_package_holiday() -> None:
    calendar = WorkingCalendar.from_settings(
        overrides=[{"date": "2027-09-03", "kind": "work", "reason": "Thử", "source": "test"}]
    )
    assert not PACKAGE_ONLY.is_working_day(dt.date(2027, 9, 3))
    assert calendar.is_working_day(dt.date(2027, 9, 3))


def test_the_package_agrees_day_by_day_without_overrides() -> None:
    day = dt.date(2020, 1, 1)
    while day < dt.date(2031, 1, 1):
        assert PACKAGE_ONLY.is_working_day(day) == PACKAGE.is_working_day(day), day
        day += dt.timedelta(days=1)


# --- directed cases: the other units


def test_calendar_days_landing_on_sunday_move_to_monday() -> None:
    due = CAL.appointment(at(2025, 3, 5, 9), cd(4))  # Wednesday + 4 = Sunday 9 March
    # Monday's opening: keeping 09:00 would put a dossier received on Wednesday at 09:00 after
    # one received on Thursday at 08:00 (Thursday + 4 = Monday 08:00)
    assert due.at == at(2025, 3, 10, 7)
    assert due.at <= CAL.appointment(at(2025, 3, 6, 8), cd(4)).at
    assert due.working_time is None


def test_calendar_days_landing_on_an_open_saturday_keep_the_date() -> None:
    # Tuesday 14:00 + 4 days = Saturday 14:00, after that Saturday's 11:30 closing
    assert CAL_SAT.appointment(at(2025, 3, 4, 14), cd(4)).at == at(2025, 3, 8, 11, 30)
    assert CAL.appointment(at(2025, 3, 4, 14), cd(4)).at == at(2025, 3, 10, 7)


def test_calendar_days_count_from_the_clock_start() -> None:
    # received Friday evening: the clock starts Monday 07:00; Monday + 2 = Wednesday
    assert CAL.appointment(at(2025, 3, 7, 18), cd(2)).at == at(2025, 3, 12, 7)


@pytest.mark.parametrize(
    ("received", "processing", "due"),
    [
        (at(2025, 3, 11, 14, 59), same_day(), at(2025, 3, 11, 17)),
        (at(2025, 3, 11, 15, 0), same_day(), at(2025, 3, 12, 17)),
        (at(2025, 3, 7, 15, 30), same_day(), at(2025, 3, 10, 17)),  # Friday after the cut-off
        (at(2025, 3, 11, 16, 59), same_day(None), at(2025, 3, 11, 17)),
        (at(2025, 3, 11, 17, 30), same_day(), at(2025, 3, 12, 17)),  # clock starts next morning
        (at(2025, 3, 11, 12, 0), same_day(), at(2025, 3, 11, 17)),  # lunch: clock at 13:30
    ],
)
def test_same_day_and_its_cutoff(
    received: dt.datetime, processing: ProcessingTime, due: dt.datetime
) -> None:
    assert CAL.appointment(received, processing).at == due


def test_same_day_after_cutoff_is_explained() -> None:
    text = CAL.appointment(at(2025, 3, 11, 15, 0), same_day()).explain_vi()
    assert "sau giờ chốt" in text


@pytest.mark.parametrize(
    ("amount", "due"),
    [("1.5", at(2025, 3, 11, 11, 30)), ("2.5", at(2025, 3, 11, 14, 30)), (7, at(2025, 3, 12, 9))],
)
def test_working_hours(amount: int | str, due: dt.datetime) -> None:
    processing = ProcessingTime.parse({"amount": amount, "unit": "working_hours"})
    assert CAL.appointment(at(2025, 3, 11, 10), processing).at == due


def test_half_a_working_day_is_four_hours() -> None:
    due = CAL.appointment(at(2025, 3, 11, 13, 30), wd("0.5"))
    # 13:30-17:00 gives 3.5 h, the last half hour is Wednesday 07:00-07:30
    assert due.at == at(2025, 3, 12, 7, 30)
    assert due.working_time == 4 * H


def test_custom_hours_set_the_length_of_a_working_day() -> None:
    calendar = WorkingCalendar.from_settings(
        periods=[{"start": "07:30", "end": "11:30"}, {"start": "13:30", "end": "17:00"}]
    )
    assert calendar.working_day_length == 7.5 * H
    assert CAL.working_day_length == 8 * H
    assert calendar.appointment(at(2025, 3, 11, 7, 30), wd(2)).at == at(2025, 3, 12, 17)


# --- explanation and judgement


def test_explanation_in_both_languages() -> None:
    due = CAL.appointment(at(2025, 3, 7, 16, 30), wd(1))
    vi = due.explain_vi()
    assert "Tiếp nhận hồ sơ: 16 giờ 30 phút, ngày 07/03/2025 (thứ Sáu)." in vi
    assert "Hẹn trả kết quả: 16 giờ 30 phút, ngày 10/03/2025 (thứ Hai)." in vi
    assert "1 ngày làm việc (= 8 giờ làm việc)" in vi
    assert "08/03/2025 (Thứ Bảy); 09/03/2025 (Chủ nhật)" in vi
    en = due.explain_en()
    assert "1 working day (= 8 working hours)" in en
    assert "08/03/2025 (Saturday)" in en and "Monday 10/03/2025" in en
    assert due.explain("en") == en and due.explain() == vi


@pytest.mark.parametrize(
    ("finished", "due", "verdict"),
    [
        (dt.date(2025, 3, 9), dt.date(2025, 3, 10), "early"),
        (dt.date(2025, 3, 10), dt.date(2025, 3, 10), "on_time"),
        (dt.date(2025, 3, 11), dt.date(2025, 3, 10), "late"),
        # compared by date: 16:59 on the appointment day is on time even after a 09:00 appointment
        (at(2025, 3, 10, 16, 59), at(2025, 3, 10, 9), "on_time"),
        # 23:30 UTC on the 9th is 06:30 on the 10th in Vietnam
        (dt.datetime(2025, 3, 9, 23, 30, tzinfo=dt.UTC), dt.date(2025, 3, 10), "on_time"),
    ],
)
def test_judge_by_date(finished: dt.date, due: dt.date, verdict: str) -> None:
    assert judge(finished, due) == verdict


# --- pauses


def test_pause_moves_the_appointment_by_the_working_time_paused() -> None:
    due = at(2025, 3, 17, 16, 30)
    # Tuesday 09:00 to Wednesday 09:00 is one working day (8 h)
    assert CAL.resume_after_pause(due, at(2025, 3, 11, 9), at(2025, 3, 12, 9)) == at(
        2025, 3, 18, 16, 30
    )
    # Friday 16:00 to Monday 08:00: 2 working hours; Monday 10:00 + 2 h = 14:00 (lunch skipped)
    assert CAL.resume_after_pause(at(2025, 3, 17, 10), at(2025, 3, 14, 16), at(2025, 3, 17, 8)) == (
        at(2025, 3, 17, 14)
    )
    # a pause within a weekend costs nothing
    assert CAL.resume_after_pause(due, at(2025, 3, 15, 9), at(2025, 3, 16, 9)) == due


def test_pause_after_the_appointment_does_not_move_it() -> None:
    due = at(2025, 3, 10, 16, 30)
    assert CAL.resume_after_pause(due, at(2025, 3, 11, 9), at(2025, 3, 14, 9)) == due


def test_a_pause_that_ends_before_it_begins_is_refused() -> None:
    with pytest.raises(CalendarError) as caught:
        CAL.resume_after_pause(at(2025, 3, 10, 16), at(2025, 3, 9, 9), at(2025, 3, 8, 9))
    assert "bổ sung" in caught.value.message("vi")


# --- failure modes


def test_no_working_day_in_365_days_is_an_error_not_a_hang() -> None:
    blocked = [
        {
            "date": (dt.date(2030, 1, 1) + dt.timedelta(days=i)).isoformat(),
            "kind": "off",
            "reason": "Đóng cửa",
            "source": "test",
        }
        for i in range(400)
    ]
    calendar = WorkingCalendar.from_settings(overrides=blocked)
    started = time.perf_counter()
    for received, processing in [
        (at(2029, 12, 31, 18), wd(1)),  # the clock never starts
        (at(2029, 12, 31, 16), wd(2)),  # the clock starts, then never finds another hour
        (at(2029, 12, 31, 9), cd(3)),
        (at(2029, 12, 31, 16), same_day()),
    ]:
        with pytest.raises(CalendarError) as caught:
            calendar.appointment(received, processing)
        assert "Không có ngày làm việc nào trong 365 ngày" in caught.value.message("vi")
        assert "no working day" in caught.value.message("en")
    assert time.perf_counter() - started < 2


@pytest.mark.parametrize(
    "settings_kwargs",
    [
        {"periods": []},
        {"periods": [["11:30", "07:00"]]},
        {"periods": [["07:00", "12:00"], ["11:00", "17:00"]]},
        {"periods": [["7h", "11:30"]]},
        {"periods": "07:00-11:30"},
        {"periods": [["13:30", "17:00"]], "saturday_morning": True},
        {"saturday_morning": "yes"},
        {"overrides": [{"date": "2026-02-30", "kind": "off", "reason": "x", "source": "y"}]},
        {"overrides": [{"date": "2026-02-03", "kind": "holiday", "reason": "x", "source": "y"}]},
        {"overrides": [{"date": "2026-02-03", "kind": "off", "reason": " ", "source": "y"}]},
        {
            "overrides": [
                {"date": "2026-02-03", "kind": "off", "reason": "x", "source": "y"},
                {"date": "2026-02-03", "kind": "work", "reason": "x", "source": "y"},
            ]
        },
        {"overrides": {"entries": "2026-02-03"}},
    ],
)
def test_bad_settings_give_a_sentence(settings_kwargs: dict[str, object]) -> None:
    with pytest.raises(CalendarError) as caught:
        WorkingCalendar.from_settings(**settings_kwargs)  # type: ignore[arg-type]
    vi, en = caught.value.message("vi"), caught.value.message("en")
    assert vi != en and vi.endswith(".") and en.endswith(".")


def test_years_the_package_does_not_cover_are_refused() -> None:
    with pytest.raises(CalendarError, match="no public-holiday data for 2101"):
        CAL.appointment(at(2101, 3, 1, 9), wd(1))


@pytest.mark.parametrize(
    ("data", "words"),
    [
        ({"amount": 5, "unit": "weeks"}, "đơn vị thời hạn"),
        ({"amount": 0, "unit": "working_days"}, "lớn hơn 0"),
        ({"amount": -2, "unit": "calendar_days"}, "lớn hơn 0"),
        ({"amount": "2.5", "unit": "calendar_days"}, "số nguyên"),
        ({"amount": "năm", "unit": "working_days"}, "không phải là một số"),
        ({"amount": True, "unit": "working_days"}, "không phải là một số"),
        ({"amount": float("nan"), "unit": "working_days"}, "không phải là một số"),
        ({"amount": 50000, "unit": "working_days"}, "quá dài"),
        ({"unit": "working_days"}, "Thiếu số lượng"),
        ({"amount": 5, "unit": "working_days", "cutoff": "15:00"}, "chỉ dùng cho"),
        ({"amount": 3, "unit": "same_day"}, "0 hoặc 1"),
        ({"unit": "same_day", "cutoff": "25:00"}, "Giờ “25:00”"),
        ({"amount": 5, "unit": "working_days", "cut_off": "15:00"}, "cut_off"),
    ],
)
def test_bad_processing_times_give_a_vietnamese_sentence(
    data: dict[str, object], words: str
) -> None:
    with pytest.raises(CalendarError) as caught:
        ProcessingTime.parse(data)
    assert words in caught.value.message("vi")
    assert caught.value.message("en") == str(caught.value)


def test_processing_time_parsing() -> None:
    assert ProcessingTime.parse({"amount": 5, "unit": "working_days"}) == ProcessingTime(
        5, "working_days"
    )
    assert ProcessingTime.parse({"amount": "0,5", "unit": "working_days"}).amount == Decimal("0.5")
    assert ProcessingTime.parse({"amount": 1.5, "unit": "working_hours"}).amount == Decimal("1.5")
    parsed = ProcessingTime.parse({"amount": 0, "unit": "same_day", "cutoff": "15:00"})
    assert parsed.cutoff == dt.time(15) and parsed.is_same_day
    assert ProcessingTime.parse({"amount": 15, "unit": "calendar_days"}).describe() == "15 ngày"
    with pytest.raises(CalendarError):
        ProcessingTime(Decimal("0"), "working_hours")


def test_the_shipped_override_table() -> None:
    assert "SAMPLE DATA" in RAW_OVERRIDES["note"] and "CẦN XÁC NHẬN" in RAW_OVERRIDES["note"]
    entries = load_overrides(OVERRIDES_FILE)
    assert len(entries) == len(RAW_OVERRIDES["entries"])
    assert entries == parse_overrides(RAW_OVERRIDES)
    assert all(e.reason and e.source and not e.confirmed for e in entries)
    assert {e.day for e in entries} >= {dt.date(2024, 5, 4), dt.date(2024, 4, 29)}


def test_an_unreadable_override_file_gives_a_sentence(tmp_path: Path) -> None:
    bad = tmp_path / "overrides.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(CalendarError) as caught:
        load_overrides(bad)
    assert "Không đọc được bảng điều chỉnh lịch" in caught.value.message("vi")


# --- properties

ANCHORS = [
    dt.date(2024, 4, 24),
    dt.date(2024, 4, 30),
    dt.date(2025, 1, 22),
    dt.date(2025, 4, 24),
    dt.date(2025, 8, 28),
    dt.date(2026, 2, 9),
    dt.date(2026, 4, 23),
    dt.date(2026, 8, 18),
    dt.date(2026, 8, 27),
    dt.date(2026, 11, 20),
    dt.date(2026, 12, 28),
]
ZONES = [dt.UTC, LOCAL_TZ, dt.timezone(dt.timedelta(hours=-5)), dt.timezone(dt.timedelta(hours=9))]

days = st.one_of(
    st.builds(
        lambda anchor, offset: anchor + dt.timedelta(days=offset),
        st.sampled_from(ANCHORS),
        st.integers(0, 12),
    ),
    st.dates(dt.date(2024, 1, 1), dt.date(2027, 12, 31)),
)
received_times = st.builds(
    lambda day, seconds, zone: (
        dt.datetime.combine(day, dt.time(0), LOCAL_TZ) + dt.timedelta(seconds=seconds)
    ).astimezone(zone),
    days,
    # every second of the day, with the edges of the periods drawn often
    st.one_of(
        st.integers(0, 86_399),
        st.sampled_from([7 * 3600, 11 * 3600 + 1800, 13 * 3600 + 1800, 17 * 3600, 15 * 3600]),
    ),
    st.sampled_from(ZONES),
)
counted = st.one_of(
    st.builds(lambda n: ProcessingTime(n, "working_days"), st.integers(1, 30)),
    st.builds(lambda n: ProcessingTime(Decimal(n) / 2, "working_days"), st.integers(1, 9)),
    st.builds(lambda n: ProcessingTime(n, "working_hours"), st.integers(1, 60)),
)
processing_times = st.one_of(
    counted,
    st.builds(lambda n: ProcessingTime(n, "calendar_days"), st.integers(1, 45)),
    st.builds(
        lambda c: ProcessingTime(0, "same_day", c),
        st.one_of(st.none(), st.sampled_from([dt.time(11), dt.time(15), dt.time(16, 30)])),
    ),
)
calendars = st.sampled_from([(CAL, False), (CAL_SAT, True)])
quick = settings(max_examples=150, deadline=None)


@quick
@given(calendars, received_times, processing_times)
def test_the_appointment_is_a_working_moment_after_the_clock_start(
    calendar: tuple[WorkingCalendar, bool], received: dt.datetime, processing: ProcessingTime
) -> None:
    cal, saturday = calendar
    due = cal.appointment(received, processing)
    assert oracle_within_hours(due.at, saturday)
    assert cal.is_working_moment(due.at)
    assert due.at.tzinfo is LOCAL_TZ
    assert received <= due.clock_start <= due.at
    # no working time is lost before the clock starts, and it starts in working hours
    assert oracle_working_time(received, due.clock_start, saturday) == dt.timedelta(0)
    assert oracle_working_time(due.clock_start, due.clock_start + dt.timedelta(seconds=1), saturday)
    first, last = received.astimezone(LOCAL_TZ).date(), due.at.date()
    expected_skipped = [
        first + dt.timedelta(days=i)
        for i in range((last - first).days + 1)
        if not oracle_periods(first + dt.timedelta(days=i), saturday)
    ]
    assert [d for d, _ in due.skipped] == expected_skipped


@quick
@given(calendars, received_times, counted)
def test_working_time_counted_is_exactly_the_statutory_time(
    calendar: tuple[WorkingCalendar, bool], received: dt.datetime, processing: ProcessingTime
) -> None:
    cal, saturday = calendar
    due = cal.appointment(received, processing)
    per_unit = 8 * H if processing.unit == "working_days" else H
    statutory = per_unit * float(processing.amount)
    assert oracle_working_time(due.clock_start, due.at, saturday) == statutory


@quick
@given(calendars, received_times, st.integers(1, 45))
def test_calendar_days_are_never_short_and_stop_at_the_first_working_day(
    calendar: tuple[WorkingCalendar, bool], received: dt.datetime, n: int
) -> None:
    cal, saturday = calendar
    due = cal.appointment(received, ProcessingTime(n, "calendar_days"))
    target = due.clock_start.date() + dt.timedelta(days=n)
    assert due.at.date() >= target >= received.astimezone(LOCAL_TZ).date() + dt.timedelta(days=n)
    day = target
    while day < due.at.date():
        assert not oracle_periods(day, saturday), day
        day += dt.timedelta(days=1)
    # the time of day is kept when it lies within the hours of the target day
    same_time = dt.datetime.combine(target, due.clock_start.time(), LOCAL_TZ)
    if due.at.date() == target and oracle_within_hours(same_time, saturday):
        assert due.at == same_time


@quick
@given(calendars, received_times, st.sampled_from([None, dt.time(11), dt.time(15)]))
def test_same_day_is_due_at_a_closing_time(
    calendar: tuple[WorkingCalendar, bool], received: dt.datetime, cutoff: dt.time | None
) -> None:
    cal, saturday = calendar
    due = cal.appointment(received, ProcessingTime(0, "same_day", cutoff))
    assert due.at.time() == oracle_periods(due.at.date(), saturday)[-1][1]
    if cutoff is None or due.clock_start.time() < cutoff:
        assert due.at.date() == due.clock_start.date()
    else:
        assert due.at.date() > due.clock_start.date()
        day = due.clock_start.date() + dt.timedelta(days=1)
        while day < due.at.date():
            assert not oracle_periods(day, saturday)
            day += dt.timedelta(days=1)


@quick
@given(calendars, received_times, received_times, processing_times)
def test_a_later_reception_is_never_due_earlier(
    calendar: tuple[WorkingCalendar, bool],
    first: dt.datetime,
    second: dt.datetime,
    processing: ProcessingTime,
) -> None:
    cal, _ = calendar
    early, late = sorted((first, second))
    assert cal.appointment(early, processing).at <= cal.appointment(late, processing).at


@quick
@given(calendars, received_times, st.integers(0, 20 * 24 * 60), st.integers(0, 20 * 24 * 60))
def test_a_pause_moves_the_appointment_by_its_working_time(
    calendar: tuple[WorkingCalendar, bool], received: dt.datetime, start_min: int, length_min: int
) -> None:
    cal, saturday = calendar
    due = cal.appointment(received, ProcessingTime(10, "working_days")).at
    paused_from = received + dt.timedelta(minutes=start_min)
    paused_to = paused_from + dt.timedelta(minutes=length_min)
    moved = cal.resume_after_pause(due, paused_from, paused_to)
    if paused_from >= due:
        assert moved == due
    else:
        paused = oracle_working_time(paused_from, paused_to, saturday)
        assert oracle_working_time(due, moved, saturday) == paused
        assert moved >= due and oracle_within_hours(moved, saturday)


@quick
@given(received_times)
def test_next_working_moment_is_the_first_working_instant(received: dt.datetime) -> None:
    nxt = CAL.next_working_moment(received)
    assert nxt >= received
    assert oracle_working_time(received, nxt, False) == dt.timedelta(0)
    assert oracle_working_time(nxt, nxt + dt.timedelta(microseconds=1), False) > dt.timedelta(0)
