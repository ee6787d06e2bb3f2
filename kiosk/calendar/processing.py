"""The statutory processing time of a procedure (thời hạn giải quyết), as configured data."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Literal, get_args

from kiosk.calendar.errors import CalendarError

Unit = Literal["working_days", "calendar_days", "working_hours", "same_day"]
UNITS: tuple[Unit, ...] = get_args(Unit)

# A guard against typing mistakes (50000 instead of 5), not a legal limit: ten years.
MAX_DAYS = 3660
MAX_HOURS = MAX_DAYS * 24

_UNIT_VI: dict[Unit, str] = {
    "working_days": "ngày làm việc",
    "calendar_days": "ngày",
    "working_hours": "giờ làm việc",
    "same_day": "trong ngày",
}
_UNIT_EN: dict[Unit, str] = {
    "working_days": "working days",
    "calendar_days": "calendar days",
    "working_hours": "working hours",
    "same_day": "same day",
}
_KEYS = frozenset({"amount", "unit", "cutoff"})


@dataclass(frozen=True)
class ProcessingTime:
    """How long a procedure may take, counted from the moment the clock starts.

    Attributes:
        amount: How many units; more than 0 (``Decimal`` allowed, e.g. 0.5 working day), whole
            for calendar days; 0 or 1 for ``same_day`` (both mean "within the day").
        unit: ``working_days`` (counted as working hours, one day = the length of a weekday's
            working hours), ``calendar_days`` (every day counts), ``working_hours``, or
            ``same_day``.
        cutoff: Only for ``same_day``: a dossier whose clock starts at or after this local time
            is returned the next working day. ``None``: no cut-off.

    Raises:
        CalendarError: When a value is outside these rules (from the constructor too).
    """

    amount: int | Decimal
    unit: Unit
    cutoff: dt.time | None = None

    def __post_init__(self) -> None:
        amount = self.amount
        if isinstance(amount, bool) or not isinstance(amount, int | Decimal):
            raise _bad_amount(amount)
        if isinstance(amount, Decimal) and not amount.is_finite():
            raise _bad_amount(amount)
        if self.unit not in UNITS:
            raise CalendarError(
                f"Đơn vị thời hạn “{self.unit}” không hợp lệ. Dùng một trong: {', '.join(UNITS)}.",
                f"Unknown processing-time unit “{self.unit}”. Use one of: {', '.join(UNITS)}.",
            )
        if self.unit == "same_day":
            if amount not in (0, 1):
                raise CalendarError(
                    f"Thủ tục giải quyết trong ngày chỉ nhận số lượng 0 hoặc 1 (đang là {amount}).",
                    f"A same-day processing time takes an amount of 0 or 1 (got {amount}).",
                )
        elif amount <= 0:
            raise CalendarError(
                f"Thời hạn giải quyết phải lớn hơn 0 {_UNIT_VI[self.unit]} (đang là {amount}).",
                f"The processing time must be more than 0 {_UNIT_EN[self.unit]} (got {amount}).",
            )
        limit = MAX_HOURS if self.unit == "working_hours" else MAX_DAYS
        if amount > limit:
            raise CalendarError(
                f"Thời hạn {amount} {_UNIT_VI[self.unit]} quá dài (tối đa {limit}); "
                "xin kiểm tra lại cấu hình thủ tục.",
                f"A processing time of {amount} {_UNIT_EN[self.unit]} is too long (at most "
                f"{limit}); please check the procedure's settings.",
            )
        if self.unit == "calendar_days" and amount != int(amount):
            raise CalendarError(
                f"Thời hạn tính theo ngày phải là số nguyên (đang là {amount}).",
                f"A processing time in calendar days must be a whole number (got {amount}).",
            )
        if self.cutoff is not None:
            if self.unit != "same_day":
                raise CalendarError(
                    "Giờ chốt nhận hồ sơ (cutoff) chỉ dùng cho thủ tục giải quyết trong ngày.",
                    "A cut-off time only applies to same-day procedures.",
                )
            if not isinstance(self.cutoff, dt.time) or self.cutoff.tzinfo is not None:
                raise CalendarError(
                    f"Giờ chốt “{self.cutoff}” không hợp lệ; ghi theo dạng GG:PP, ví dụ 15:00.",
                    f"Cut-off “{self.cutoff}” is not valid; write it as HH:MM, e.g. 15:00.",
                )

    @classmethod
    def parse(cls, data: Mapping[str, object]) -> ProcessingTime:
        """Build from configuration, e.g. ``{"amount": 5, "unit": "working_days"}``.

        Args:
            data: ``amount`` (int, decimal string or number; may be omitted for ``same_day``),
                ``unit``, and optionally ``cutoff`` as ``"HH:MM"`` (or a ``datetime.time``).

        Returns:
            The processing time.

        Raises:
            CalendarError: With a sentence naming the bad field.
        """
        if not isinstance(data, Mapping):
            raise CalendarError(
                "Thời hạn giải quyết phải là một bảng gồm amount, unit (và cutoff nếu có).",
                "A processing time must be a table with amount, unit (and optionally cutoff).",
            )
        unknown = sorted(str(k) for k in data if k not in _KEYS)
        if unknown:
            raise CalendarError(
                f"Thời hạn giải quyết có trường không biết: {', '.join(unknown)} "
                "(chỉ dùng amount, unit, cutoff).",
                f"Unknown field(s) in the processing time: {', '.join(unknown)} "
                "(only amount, unit, cutoff).",
            )
        unit = data.get("unit")
        if not isinstance(unit, str) or unit not in UNITS:
            raise CalendarError(
                f"Thiếu hoặc sai đơn vị thời hạn (unit = “{unit}”). Dùng một trong: "
                f"{', '.join(UNITS)}.",
                f"Missing or unknown processing-time unit (unit = “{unit}”). Use one of: "
                f"{', '.join(UNITS)}.",
            )
        if "amount" not in data and unit == "same_day":
            raw_amount: object = 0
        elif "amount" not in data:
            raise CalendarError(
                "Thiếu số lượng thời hạn giải quyết (amount).",
                "The processing time has no amount.",
            )
        else:
            raw_amount = data["amount"]
        cutoff_raw = data.get("cutoff")
        cutoff = None if cutoff_raw is None else parse_clock_time(cutoff_raw, "cutoff")
        return cls(_parse_amount(raw_amount), unit, cutoff)

    @property
    def is_same_day(self) -> bool:
        """True for a procedure returned within the day."""
        return self.unit == "same_day"

    def describe(self, lang: str = "vi") -> str:
        """A short text such as "5 ngày làm việc" / "5 working days"."""
        if self.unit == "same_day":
            if self.cutoff is None:
                return "trong ngày" if lang != "en" else "same day"
            clock = _fmt_clock(self.cutoff, lang)
            if lang == "en":
                return f"same day (received before {clock})"
            return f"trong ngày (nhận trước {clock})"
        if lang == "en":
            name = _UNIT_EN[self.unit]
            return f"{_fmt_amount(self.amount, lang)} {name[:-1] if self.amount == 1 else name}"
        return f"{_fmt_amount(self.amount, lang)} {_UNIT_VI[self.unit]}"


def parse_clock_time(value: object, field: str) -> dt.time:
    """A local time of day from ``"HH:MM"`` (or ``"HH:MM:SS"``) or a ``datetime.time``.

    Args:
        value: The configured value.
        field: Its name, quoted in the error.

    Returns:
        A naive ``datetime.time`` (a time of day in Asia/Ho_Chi_Minh).

    Raises:
        CalendarError: When the value is not such a time.
    """
    if isinstance(value, dt.time) and value.tzinfo is None:
        return value
    if isinstance(value, str):
        text = value.strip()
        parts = text.split(":")
        if 2 <= len(parts) <= 3 and all(p.isdigit() and len(p) <= 2 for p in parts):
            hour, minute, *rest = (int(p) for p in parts)
            second = rest[0] if rest else 0
            if hour < 24 and minute < 60 and second < 60:
                return dt.time(hour, minute, second)
    raise CalendarError(
        f"Giờ “{value}” ở mục {field} không hợp lệ; ghi theo dạng GG:PP, ví dụ 07:00.",
        f"The time “{value}” in {field} is not valid; write it as HH:MM, e.g. 07:00.",
    )


def _parse_amount(value: object) -> int | Decimal:
    if isinstance(value, bool):
        raise _bad_amount(value)
    if isinstance(value, int | Decimal):
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            raise _bad_amount(value)
        value = repr(value)
    if isinstance(value, str):
        try:
            number = Decimal(value.strip().replace(",", "."))
        except InvalidOperation:
            raise _bad_amount(value) from None
        if not number.is_finite():
            raise _bad_amount(value)
        return int(number) if number == number.to_integral_value() else number
    raise _bad_amount(value)


def _bad_amount(value: object) -> CalendarError:
    return CalendarError(
        f"Số lượng thời hạn “{value}” không phải là một số hợp lệ.",
        f"The processing-time amount “{value}” is not a valid number.",
    )


def _fmt_amount(amount: int | Decimal, lang: str) -> str:
    text = format(amount.normalize(), "f") if isinstance(amount, Decimal) else str(amount)
    return text if lang == "en" else text.replace(".", ",")


def _fmt_clock(value: dt.time, lang: str) -> str:
    if lang == "en":
        return value.strftime("%H:%M")
    return f"{value.hour} giờ {value.minute:02d} phút"
