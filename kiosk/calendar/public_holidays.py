"""Public holidays of Vietnam from the ``holidays`` package, looked up once per year.

The package computes the Labor Code days (solar and lunar), the compensatory days off when a
holiday falls on a weekend (``(nghỉ bù)``), and the one-off swaps it knows of: the weekday off
(``Ngày nghỉ (thay cho ngày ...)``) and the Saturday worked instead (its ``weekend_workdays``,
which its own ``is_working_day()`` honours). Announcements newer than the installed package come
through the override table instead (``kiosk.calendar.overrides``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache

from kiosk.calendar.errors import CalendarError


@dataclass(frozen=True)
class YearHolidays:
    """What the package says about one year.

    Attributes:
        days_off: Holidays and compensatory or swapped days off, with their Vietnamese names.
        weekend_workdays: Saturdays or Sundays worked in exchange for a weekday off.
    """

    days_off: Mapping[dt.date, str]
    weekend_workdays: frozenset[dt.date]


HolidaySource = Callable[[int], YearHolidays]
"""Gives the holidays of a year; raises ``CalendarError`` for a year it does not cover."""


def no_public_holidays(year: int) -> YearHolidays:
    """A source with no holidays at all (for a calendar made of overrides only, and tests)."""
    return YearHolidays({}, frozenset())


class PackageHolidays:
    """The ``holidays`` package's Vietnamese calendar (names in Vietnamese), cached per year.

    Args:
        country: ISO country code given to ``holidays.country_holidays``.
    """

    def __init__(self, country: str = "VN") -> None:
        self._country = country
        self._years: dict[int, YearHolidays] = {}

    def __call__(self, year: int) -> YearHolidays:
        """The holidays of ``year`` (computed on first use).

        Raises:
            CalendarError: When the package has no data for that year.
        """
        cached = self._years.get(year)
        if cached is None:
            cached = self._years[year] = self._load(year)
        return cached

    def _load(self, year: int) -> YearHolidays:
        import holidays

        # The next year too: a swap listed under it may move work onto a Saturday of this year
        # (e.g. 2 January 2015 off, worked on Saturday 27 December 2014).
        table = holidays.country_holidays(self._country, years=(year, year + 1), language="vi")
        if not table.start_year <= year <= table.end_year:
            raise CalendarError(
                f"Không có dữ liệu ngày nghỉ lễ cho năm {year} (chỉ có từ {table.start_year} "
                f"đến {table.end_year}); không tính được ngày hẹn.",
                f"There is no public-holiday data for {year} (only {table.start_year} to "
                f"{table.end_year}); the appointment cannot be computed.",
            )
        days_off = {day: str(name) for day, name in table.items() if day.year == year}
        workdays = frozenset(
            day for day in table.weekend_workdays if day.year == year and day not in days_off
        )
        return YearHolidays(days_off, workdays)


@cache
def package_holidays(country: str = "VN") -> PackageHolidays:
    """The process-wide ``PackageHolidays`` of ``country``: calendars built again from new
    settings share its per-year tables."""
    return PackageHolidays(country)
