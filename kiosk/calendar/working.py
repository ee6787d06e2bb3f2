"""The working calendar of a center: which days and hours are worked, and counting on them.

Rules (DOMAIN.md "Appointment (return) date", kept as settings, not constants):

* Working hours are a list of local periods, by default 07:00-11:30 and 13:30-17:00. One
  working day is their total (8 hours by default); ``working_days`` are counted in those hours.
* Monday to Friday are worked unless a holiday (``holidays`` package) or an ``off`` override
  says otherwise. Saturday and Sunday are not, except a swapped working day (the package's
  ``weekend_workdays`` or a ``work`` override), which has a weekday's hours, and the Saturday
  mornings of a center that opens them (``saturday_morning``): the parts of the periods before
  noon. Overrides win over the package.
* A moment is *working* when it lies in a period of a working day, its closing instant included
  (an appointment "at 17:00" is within hours). Working time runs from a period's opening up to,
  not from, its closing: a dossier received at 17:00 starts its clock the next working morning.
* Every search for the next working day stops after 365 days with a ``CalendarError``.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Sequence
from decimal import Decimal

from kiosk.calendar.appointment import WEEKEND_REASONS, Appointment, SkippedDay
from kiosk.calendar.errors import CalendarError
from kiosk.calendar.hours import (
    DAY_US,
    DEFAULT_PERIODS,
    NOON,
    US,
    Period,
    PeriodSetting,
    at_us,
    check_periods,
    moment_us,
    parse_periods,
    time_us,
    timedelta_us,
    to_local,
)
from kiosk.calendar.overrides import Override, OverridesInput, parse_overrides
from kiosk.calendar.processing import ProcessingTime
from kiosk.calendar.public_holidays import HolidaySource, no_public_holidays, package_holidays

HORIZON_DAYS = 365
"""How far to look for a working day before declaring the calendar broken."""

_ONE_DAY = dt.timedelta(days=1)
_Schedule = tuple[tuple[int, int], ...]  # periods of one day, in microseconds from midnight


class WorkingCalendar:
    """Working days and hours of one center, in Asia/Ho_Chi_Minh.

    Every method accepts aware datetimes in any zone (converted) and returns local ones;
    a naive datetime raises ``ValueError`` (it is a programming error: which zone?).

    Args:
        periods: The working periods of a weekday, ``(start, end)`` local times.
        saturday_morning: True if the center also opens on Saturday mornings (the parts of
            ``periods`` before noon), unless the Saturday is a holiday.
        overrides: Announced days off and working days, applied on top of the holidays.
        holiday_source: Where public holidays come from; default the ``holidays`` package
            (its per-year tables shared by every calendar of the process).

    Raises:
        CalendarError: When the periods are empty, reversed or overlapping, or Saturday
            mornings are asked for while no period starts before noon.
    """

    def __init__(
        self,
        periods: Sequence[Period] = DEFAULT_PERIODS,
        *,
        saturday_morning: bool = False,
        overrides: Iterable[Override] = (),
        holiday_source: HolidaySource | None = None,
    ) -> None:
        self._periods = check_periods(periods)
        self._saturday_morning = saturday_morning
        self._weekday = tuple((time_us(s), time_us(e)) for s, e in self._periods)
        noon = time_us(NOON)
        self._saturday: _Schedule = (
            tuple((s, min(e, noon)) for s, e in self._weekday if s < noon)
            if saturday_morning
            else ()
        )
        if saturday_morning and not self._saturday:
            raise CalendarError(
                "Đã chọn làm việc sáng thứ Bảy nhưng không có giờ làm việc nào trước 12 giờ.",
                "Saturday mornings are enabled but no working period starts before noon.",
            )
        self._overrides = {o.day: o for o in parse_overrides(list(overrides))}
        self._holidays = holiday_source or package_holidays()
        self._day_length_us = sum(e - s for s, e in self._weekday)
        self._days: dict[dt.date, tuple[_Schedule, str | None]] = {}

    @classmethod
    def from_settings(
        cls,
        periods: Sequence[PeriodSetting] | None = None,
        saturday_morning: bool = False,
        overrides: OverridesInput | None = None,
        *,
        public_holidays: bool = True,
    ) -> WorkingCalendar:
        """Build from plain configuration values (TOML/JSON).

        Args:
            periods: ``[["07:00", "11:30"], ["13:30", "17:00"]]`` or
                ``[{"start": "07:00", "end": "11:30"}, ...]``; ``None`` for the default hours.
            saturday_morning: True if the center opens on Saturday mornings.
            overrides: The override table as distributed (``{"entries": [...]}`` or a list).
            public_holidays: False to ignore the ``holidays`` package (overrides only).

        Returns:
            The calendar.

        Raises:
            CalendarError: With a sentence naming the bad setting.
        """
        if not isinstance(saturday_morning, bool):
            raise CalendarError(
                f"Mục saturday_morning phải là true hoặc false (đang là “{saturday_morning}”).",
                f"saturday_morning must be true or false (got “{saturday_morning}”).",
            )
        parsed = DEFAULT_PERIODS if periods is None else parse_periods(periods)
        return cls(
            parsed,
            saturday_morning=saturday_morning,
            overrides=parse_overrides(overrides),
            holiday_source=None if public_holidays else no_public_holidays,
        )

    # --- settings

    @property
    def periods(self) -> tuple[Period, ...]:
        """The working periods of a weekday, in order."""
        return self._periods

    @property
    def saturday_morning(self) -> bool:
        """True if the center opens on Saturday mornings."""
        return self._saturday_morning

    @property
    def overrides(self) -> tuple[Override, ...]:
        """The override entries in force, by date."""
        return tuple(self._overrides[d] for d in sorted(self._overrides))

    @property
    def working_day_length(self) -> dt.timedelta:
        """The working time of one working day (the weekday periods' total; 8 h by default)."""
        return dt.timedelta(microseconds=self._day_length_us)

    # --- days

    def is_working_day(self, day: dt.date) -> bool:
        """True if the center works (at least part of) ``day``."""
        return bool(self._day(day)[0])

    def day_off_reason(self, day: dt.date) -> str | None:
        """Why ``day`` is not worked, in Vietnamese ("Chủ nhật", "Tết Nguyên Đán"...); ``None``
        on a working day."""
        return self._day(day)[1]

    def working_periods(self, day: dt.date) -> tuple[tuple[dt.datetime, dt.datetime], ...]:
        """The working periods of ``day`` as local datetimes (empty on a day off)."""
        return tuple((at_us(day, s), at_us(day, e)) for s, e in self._day(day)[0])

    def next_working_day(self, day: dt.date) -> dt.date:
        """``day`` itself if worked, else the first working day after it.

        Raises:
            CalendarError: When none of the next 365 days is worked.
        """
        for offset in range(HORIZON_DAYS + 1):
            candidate = day + dt.timedelta(days=offset)
            if self._day(candidate)[0]:
                return candidate
        raise _no_working_day(day)

    def non_working_days(self, first: dt.date, last: dt.date) -> list[SkippedDay]:
        """The days off from ``first`` to ``last`` (both included), with their reasons."""
        result = []
        day = first
        while day <= last:
            reason = self._day(day)[1]
            if reason is not None:
                result.append(SkippedDay(day, reason))
            day += _ONE_DAY
        return result

    # --- moments

    def is_working_moment(self, moment: dt.datetime) -> bool:
        """True if ``moment`` lies in a working period, its opening and closing included."""
        local = to_local(moment)
        t = moment_us(local)
        return any(s <= t <= e for s, e in self._day(local.date())[0])

    def next_working_moment(self, moment: dt.datetime) -> dt.datetime:
        """The first moment at or after ``moment`` from which working time runs.

        ``moment`` itself inside a period (its closing instant excluded); else the next
        opening: 13:30 during lunch, 07:00 before opening, the next working morning after
        closing or on a day off. This is when a dossier's clock starts.

        Raises:
            CalendarError: When none of the next 365 days is worked.
        """
        local = to_local(moment)
        day, t = local.date(), moment_us(local)
        for _ in range(HORIZON_DAYS + 1):
            for s, e in self._day(day)[0]:
                if t < e:
                    return local if t >= s else at_us(day, s)
            day, t = day + _ONE_DAY, 0
        raise _no_working_day(local.date())

    def closing_time(self, day: dt.date) -> dt.datetime:
        """The end of the working hours of ``day``, a working day.

        Raises:
            CalendarError: When ``day`` is not a working day.
        """
        schedule = self._day(day)[0]
        if not schedule:
            raise CalendarError(
                f"Ngày {day:%d/%m/%Y} không phải ngày làm việc.",
                f"{day:%Y-%m-%d} is not a working day.",
            )
        return at_us(day, schedule[-1][1])

    def working_time_between(self, start: dt.datetime, end: dt.datetime) -> dt.timedelta:
        """The working time from ``start`` to ``end`` (zero when ``end`` is not later)."""
        a, b = to_local(start), to_local(end)
        if b <= a:
            return dt.timedelta(0)
        first, last = a.date(), b.date()
        ta, tb = moment_us(a), moment_us(b)
        total = 0
        day = first
        while day <= last:
            low = ta if day == first else 0
            high = tb if day == last else DAY_US
            for s, e in self._day(day)[0]:
                total += max(0, min(e, high) - max(s, low))
            day += _ONE_DAY
        return dt.timedelta(microseconds=total)

    def add_working_time(self, start: dt.datetime, amount: dt.timedelta) -> dt.datetime:
        """The moment when ``amount`` of working time has run from ``start``.

        The result is the earliest such moment, so it can be a closing instant (17:00 of the
        same day rather than 07:00 of the next). A zero ``amount`` returns ``start``.

        Raises:
            ValueError: For a negative ``amount``.
            CalendarError: When 365 days in a row are not worked.
        """
        if amount < dt.timedelta(0):
            raise ValueError("working time to add must not be negative")
        local = to_local(start)
        return self._add_us(local, timedelta_us(amount))

    # --- appointments

    def appointment(self, received_at: dt.datetime, processing: ProcessingTime) -> Appointment:
        """When the result of a dossier received at ``received_at`` is due.

        * The clock starts at ``next_working_moment(received_at)``.
        * ``working_days``/``working_hours``: that much working time is counted from the clock
          start (a working day = ``working_day_length``); fractions round up to a microsecond.
        * ``calendar_days``: N days are added to the clock start's date. The time of day is the
          clock start's, clamped into that day's hours: during a break it moves to the next
          opening, after the day's last closing (a Saturday morning) it becomes that closing, so
          the date never changes. A day off moves the result to the next working day's opening:
          keeping the time of day there would let a dossier received one second after opening
          fall due after one received at closing the same day (both move to the same day).
        * ``same_day``: the closing time of the clock start's day, or, when the clock starts at
          or after the cut-off, the closing time of the next working day.

        Args:
            received_at: When the dossier was received (aware; working hours or not).
            processing: The procedure's processing time.

        Returns:
            The appointment with its clock start and the skipped days off.

        Raises:
            ValueError: For a naive ``received_at``.
            CalendarError: When no working day can be found within 365 days.
        """
        received = to_local(received_at)
        start = self.next_working_moment(received)
        amount, unit = processing.amount, processing.unit
        counted: dt.timedelta | None = None
        if unit == "working_days" or unit == "working_hours":
            base = self._day_length_us if unit == "working_days" else 3600 * US
            span = _scaled(base, amount)
            counted = dt.timedelta(microseconds=span)
            at = self._add_us(start, span)
        elif unit == "calendar_days":
            target = start.date() + dt.timedelta(days=int(amount))
            day = self.next_working_day(target)
            at = self._clamp(day, moment_us(start) if day == target else 0)
        else:
            day = start.date()
            if processing.cutoff is not None and start.time() >= processing.cutoff:
                day = self.next_working_day(day + _ONE_DAY)
            at = self.closing_time(day)
        skipped = tuple(self.non_working_days(received.date(), at.date()))
        return Appointment(received, start, at, processing, skipped, counted)

    def resume_after_pause(
        self, appointment_at: dt.datetime, paused_from: dt.datetime, paused_to: dt.datetime
    ) -> dt.datetime:
        """The appointment after the clock stood still from ``paused_from`` to ``paused_to``
        (a supplement request, state 5).

        The appointment moves later by the working time of the pause, whatever the unit of the
        procedure (days off inside the pause do not count). A pause that begins at or after the
        appointment does not move it: the dossier was already due (form 04 applies).

        Args:
            appointment_at: The appointment before the pause.
            paused_from: When the supplement was requested.
            paused_to: When the complete dossier came back.

        Returns:
            The new appointment (Asia/Ho_Chi_Minh).

        Raises:
            CalendarError: When the pause ends before it begins.
        """
        due, a, b = to_local(appointment_at), to_local(paused_from), to_local(paused_to)
        if b < a:
            raise CalendarError(
                "Thời điểm nhận lại hồ sơ bổ sung không thể trước thời điểm yêu cầu bổ sung.",
                "The supplement cannot come back before it was requested.",
            )
        if a >= due:
            return due
        return self.add_working_time(due, self.working_time_between(a, b))

    # --- internals

    def _day(self, day: dt.date) -> tuple[_Schedule, str | None]:
        known = self._days.get(day)
        if known is None:
            known = self._days[day] = self._classify(day)
        return known

    def _classify(self, day: dt.date) -> tuple[_Schedule, str | None]:
        override = self._overrides.get(day)
        if override is not None:
            return (self._weekday, None) if override.kind == "work" else ((), override.reason)
        year = self._holidays(day.year)
        holiday = year.days_off.get(day)
        weekday = day.weekday()
        if weekday < 5:
            return ((), holiday) if holiday is not None else (self._weekday, None)
        if day in year.weekend_workdays:
            return self._weekday, None
        if holiday is not None:
            return (), holiday
        if weekday == 5 and self._saturday:
            return self._saturday, None
        return (), WEEKEND_REASONS[weekday]

    def _add_us(self, start: dt.datetime, amount: int) -> dt.datetime:
        if amount == 0:
            return start
        day, t = start.date(), moment_us(start)
        remaining = amount
        idle = 0
        while True:
            schedule = self._day(day)[0]
            if schedule:
                idle = 0
            else:
                idle += 1
                if idle > HORIZON_DAYS:
                    raise _no_working_day(day - dt.timedelta(days=HORIZON_DAYS))
            for s, e in schedule:
                if t >= e:
                    continue
                begin = max(s, t)
                available = e - begin
                if remaining <= available:
                    return at_us(day, begin + remaining)
                remaining -= available
            day, t = day + _ONE_DAY, 0

    def _clamp(self, day: dt.date, t: int) -> dt.datetime:
        schedule = self._day(day)[0]
        for s, e in schedule:
            if t <= e:
                return at_us(day, max(s, t))
        return at_us(day, schedule[-1][1])


def _no_working_day(day: dt.date) -> CalendarError:
    return CalendarError(
        f"Không có ngày làm việc nào trong {HORIZON_DAYS} ngày kể từ {day:%d/%m/%Y}: không tính "
        "được ngày hẹn. Xin kiểm tra giờ làm việc và bảng điều chỉnh lịch (ngày nghỉ).",
        f"There is no working day in the {HORIZON_DAYS} days from {day:%Y-%m-%d}: the "
        "appointment cannot be computed. Please check the working hours and the override table.",
    )


def _scaled(base_us: int, amount: int | Decimal) -> int:
    if isinstance(amount, int):
        return base_us * amount
    return math.ceil(Decimal(base_us) * amount)
