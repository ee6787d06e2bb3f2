"""Working hours: periods of a day as settings, and moments as microseconds from local midnight."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from kiosk.calendar.errors import CalendarError
from kiosk.calendar.processing import parse_clock_time
from kiosk.timeutil import LOCAL_TZ

Period = tuple[dt.time, dt.time]
PeriodSetting = Sequence[object] | Mapping[str, object]

DEFAULT_PERIODS: tuple[Period, ...] = (
    (dt.time(7, 0), dt.time(11, 30)),
    (dt.time(13, 30), dt.time(17, 0)),
)
NOON = dt.time(12, 0)
US = 1_000_000
DAY_US = 86_400 * US


def to_local(moment: dt.datetime) -> dt.datetime:
    """``moment`` in Asia/Ho_Chi_Minh.

    Raises:
        ValueError: For a naive datetime.
    """
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"naive datetime {moment.isoformat()}: give an aware datetime")
    return moment.astimezone(LOCAL_TZ)


def parse_periods(raw: Sequence[PeriodSetting]) -> tuple[Period, ...]:
    """Periods from settings: pairs of ``"HH:MM"`` or ``{"start": ..., "end": ...}`` tables."""
    if isinstance(raw, str | bytes) or not isinstance(raw, Sequence):
        raise _bad_periods(raw)
    periods = []
    for item in raw:
        if isinstance(item, Mapping):
            start, end = item.get("start"), item.get("end")
        elif isinstance(item, Sequence) and not isinstance(item, str | bytes) and len(item) == 2:
            start, end = item[0], item[1]
        else:
            raise _bad_periods(item)
        periods.append((parse_clock_time(start, "periods"), parse_clock_time(end, "periods")))
    return tuple(periods)


def check_periods(periods: Sequence[Period]) -> tuple[Period, ...]:
    """The periods in order, refused when empty, reversed or overlapping (``CalendarError``)."""
    ordered = tuple(sorted(periods))
    if not ordered:
        raise CalendarError(
            "Chưa khai báo giờ làm việc (periods rỗng): không có giờ nào để tính thời hạn.",
            "No working hours are set (periods is empty): there is no time to count.",
        )
    for start, end in ordered:
        if any(t.tzinfo is not None for t in (start, end)):
            raise _bad_periods((start, end))
        if not start < end:
            raise CalendarError(
                f"Giờ làm việc {start:%H:%M}–{end:%H:%M} không hợp lệ: giờ bắt đầu phải trước "
                "giờ kết thúc.",
                f"Working period {start:%H:%M}-{end:%H:%M} is not valid: it must start before "
                "it ends.",
            )
    for (s1, e1), (s2, e2) in zip(ordered, ordered[1:], strict=False):
        if s2 < e1:
            raise CalendarError(
                f"Giờ làm việc {s1:%H:%M}–{e1:%H:%M} và {s2:%H:%M}–{e2:%H:%M} chồng lên nhau.",
                f"Working periods {s1:%H:%M}-{e1:%H:%M} and {s2:%H:%M}-{e2:%H:%M} overlap.",
            )
    return ordered


def _bad_periods(value: object) -> CalendarError:
    return CalendarError(
        f'Giờ làm việc “{value}” không hợp lệ; ghi theo dạng [["07:00", "11:30"], '
        '["13:30", "17:00"]].',
        f'Working hours “{value}” are not valid; write them as [["07:00", "11:30"], '
        '["13:30", "17:00"]].',
    )


def time_us(t: dt.time) -> int:
    """A time of day as microseconds from midnight."""
    return ((t.hour * 60 + t.minute) * 60 + t.second) * US + t.microsecond


def moment_us(local: dt.datetime) -> int:
    """A local moment's time of day as microseconds from midnight."""
    return ((local.hour * 60 + local.minute) * 60 + local.second) * US + local.microsecond


def timedelta_us(span: dt.timedelta) -> int:
    """A duration in microseconds."""
    return (span.days * 86_400 + span.seconds) * US + span.microseconds


def at_us(day: dt.date, us: int) -> dt.datetime:
    """The local moment ``us`` microseconds after the midnight starting ``day``."""
    return dt.datetime.combine(day, dt.time(0), LOCAL_TZ) + dt.timedelta(microseconds=us)
