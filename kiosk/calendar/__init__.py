"""The working calendar and the appointment (return) date of a dossier.

Typical use::

    from kiosk.calendar import ProcessingTime, WorkingCalendar, load_overrides
    calendar = WorkingCalendar.from_settings(saturday_morning=False,
                                             overrides=load_overrides(path))
    due = calendar.appointment(received_at, ProcessingTime.parse({"amount": 5,
                                                                  "unit": "working_days"}))
    print(due.at, due.explain_vi())

The package knows no Qt, no devices and no server (the domain layer).
"""

from __future__ import annotations

from kiosk.calendar.appointment import Appointment, SkippedDay, Verdict, judge
from kiosk.calendar.errors import CalendarError
from kiosk.calendar.hours import DEFAULT_PERIODS, to_local
from kiosk.calendar.overrides import (
    Override,
    default_overrides_path,
    load_overrides,
    parse_overrides,
)
from kiosk.calendar.processing import ProcessingTime, Unit
from kiosk.calendar.public_holidays import (
    PackageHolidays,
    YearHolidays,
    no_public_holidays,
    package_holidays,
)
from kiosk.calendar.working import HORIZON_DAYS, WorkingCalendar

__all__ = [
    "DEFAULT_PERIODS",
    "HORIZON_DAYS",
    "Appointment",
    "CalendarError",
    "Override",
    "PackageHolidays",
    "ProcessingTime",
    "SkippedDay",
    "Unit",
    "Verdict",
    "WorkingCalendar",
    "YearHolidays",
    "default_overrides_path",
    "judge",
    "load_overrides",
    "no_public_holidays",
    "package_holidays",
    "parse_overrides",
    "to_local",
]
