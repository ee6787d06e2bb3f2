"""Times: UTC in the store, Asia/Ho_Chi_Minh on screen and paper."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from zoneinfo import ZoneInfo

LOCAL_TZ = ZoneInfo("Asia/Ho_Chi_Minh")

Clock = Callable[[], dt.datetime]


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def to_local(moment: dt.datetime) -> dt.datetime:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(LOCAL_TZ)


def local_day(moment: dt.datetime) -> dt.date:
    """The local calendar day a moment belongs to (numbers reset at local midnight)."""
    return to_local(moment).date()


def local_midnight_utc(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(0, 0), LOCAL_TZ).astimezone(dt.UTC)


def fmt_time(moment: dt.datetime) -> str:
    return to_local(moment).strftime("%H:%M")


def fmt_datetime(moment: dt.datetime) -> str:
    return to_local(moment).strftime("%H:%M %d/%m/%Y")


def fixed_clock(moment: dt.datetime) -> Clock:
    return lambda: moment
