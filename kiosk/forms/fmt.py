"""How the slips write times, dates and money (Vietnamese administrative style)."""

from __future__ import annotations

import datetime as dt

from kiosk.timeutil import to_local


def clock_time(moment: dt.datetime) -> str:
    """"9 giờ 32 phút, ngày 27/10/2023" (local time; hour not padded, minutes padded)."""
    local = to_local(moment)
    return f"{local.hour} giờ {local.minute:02d} phút, ngày {local:%d/%m/%Y}"


def return_time(moment: dt.datetime) -> str:
    """"Sau 9 giờ 00 phút, ngày 03/11/2023": the result is ready from that time on."""
    return f"Sau {clock_time(moment)}"


def short_date(day: dt.date) -> str:
    """"03/11/2023"."""
    return f"{day:%d/%m/%Y}"


def short_datetime(moment: dt.datetime) -> str:
    """"27/10/2023 09:32" (local), for the cells of the register."""
    return f"{to_local(moment):%d/%m/%Y %H:%M}"


def long_date(day: dt.date) -> str:
    """"ngày 03 tháng 11 năm 2023", as Decree 30/2020/NĐ-CP writes dates in documents.

    Days below 10 and the months 1 and 2 take a leading zero; the other months do not
    ("ngày 27 tháng 3 năm 2024", "ngày 05 tháng 02 năm 2024").
    """
    month = f"{day.month:02d}" if day.month <= 2 else str(day.month)
    return f"ngày {day.day:02d} tháng {month} năm {day.year}"


def place_date_line(place: str, day: dt.date) -> str:
    """"Đồng Nai, ngày 27 tháng 10 năm 2023" ("Ngày 27 tháng 10 năm 2023" with no place)."""
    text = long_date(day)
    return f"{place}, {text}" if place else text[0].upper() + text[1:]


def local_date(moment: dt.datetime) -> dt.date:
    """The calendar day of ``moment`` in Asia/Ho_Chi_Minh."""
    return to_local(moment).date()


def money(amount: int) -> str:
    """"50.000 đồng" (dots between thousands)."""
    sign = "-" if amount < 0 else ""
    return f"{sign}{abs(amount):,} đồng".replace(",", ".")

