"""The computed appointment (ngày hẹn trả kết quả), its explanation, and on-time judgement."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal, NamedTuple

from kiosk.calendar.processing import ProcessingTime
from kiosk.timeutil import LOCAL_TZ

Verdict = Literal["early", "on_time", "late"]

WEEKDAYS_VI = ("thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật")
WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# Why a weekend day is not worked, as shown in the list of skipped days.
WEEKEND_REASONS = {5: "Thứ Bảy", 6: "Chủ nhật"}


class SkippedDay(NamedTuple):
    """A non-working day the count went over, with why it is one (in Vietnamese)."""

    day: dt.date
    reason: str


@dataclass(frozen=True)
class Appointment:
    """When the result of a dossier is due, and how that was worked out.

    Attributes:
        received_at: When the dossier was received (Asia/Ho_Chi_Minh).
        clock_start: When the processing time began to run: ``received_at`` during working
            hours, else the next opening (after lunch, the next morning, the next working day).
        at: The appointment, always within working hours (a period's closing instant counts)
            (Asia/Ho_Chi_Minh).
        processing: The processing time that was applied.
        skipped: Non-working days from the day received to the appointment day, in order.
        working_time: The working time counted, for ``working_days`` and ``working_hours``;
            ``None`` for the other units.
    """

    received_at: dt.datetime
    clock_start: dt.datetime
    at: dt.datetime
    processing: ProcessingTime
    skipped: tuple[SkippedDay, ...]
    working_time: dt.timedelta | None = None

    @property
    def on(self) -> dt.date:
        """The appointment date (what on-time judgement compares)."""
        return self.at.date()

    @property
    def after_cutoff(self) -> bool:
        """True for a same-day procedure whose clock started at or after its cut-off."""
        cutoff = self.processing.cutoff
        return cutoff is not None and self.clock_start.time() >= cutoff

    def explain_vi(self) -> str:
        """How the appointment was computed, in Vietnamese, one sentence a line."""
        lines = [f"Tiếp nhận hồ sơ: {format_moment_vi(self.received_at)}."]
        duration = self.processing.describe("vi")
        if self.working_time is not None and self.processing.unit == "working_days":
            duration += f" (= {_hours(self.working_time, 'vi')} giờ làm việc)"
        lines.append(f"Thời hạn giải quyết: {duration}.")
        if self.clock_start != self.received_at:
            lines.append(
                "Hồ sơ nhận ngoài giờ làm việc nên thời hạn bắt đầu tính từ "
                f"{format_moment_vi(self.clock_start)}."
            )
        if self.after_cutoff:
            lines.append("Nhận sau giờ chốt nên trả kết quả vào ngày làm việc tiếp theo.")
        if self.skipped:
            days = "; ".join(f"{d:%d/%m/%Y} ({reason})" for d, reason in self.skipped)
            lines.append(f"Không tính {len(self.skipped)} ngày nghỉ: {days}.")
        lines.append(f"Hẹn trả kết quả: {format_moment_vi(self.at)}.")
        return "\n".join(lines)

    def explain_en(self) -> str:
        """The same explanation in English (holiday names stay in Vietnamese)."""
        lines = [f"Received: {format_moment_en(self.received_at)}."]
        duration = self.processing.describe("en")
        if self.working_time is not None and self.processing.unit == "working_days":
            duration += f" (= {_hours(self.working_time, 'en')} working hours)"
        lines.append(f"Processing time: {duration}.")
        if self.clock_start != self.received_at:
            lines.append(
                "Received outside working hours, so the processing time starts at "
                f"{format_moment_en(self.clock_start)}."
            )
        if self.after_cutoff:
            lines.append("Received after the cut-off, so the result is due the next working day.")
        if self.skipped:
            days = "; ".join(
                f"{d:%d/%m/%Y} ({_reason_en(d, reason)})" for d, reason in self.skipped
            )
            lines.append(f"{len(self.skipped)} non-working day(s) not counted: {days}.")
        lines.append(f"Result due: {format_moment_en(self.at)}.")
        return "\n".join(lines)

    def explain(self, lang: str = "vi") -> str:
        """``explain_en()`` for ``"en"``, else ``explain_vi()``."""
        return self.explain_en() if lang == "en" else self.explain_vi()


def judge(finished_on: dt.date, appointment_on: dt.date) -> Verdict:
    """Early, on time or late, comparing dates (not minutes), as provincial systems do.

    Args:
        finished_on: The local date the dossier was finished. An aware ``datetime`` is accepted
            and reduced to its date in Asia/Ho_Chi_Minh.
        appointment_on: The appointment date (same rule for a ``datetime``).

    Returns:
        ``"early"`` before the appointment date, ``"on_time"`` on it, ``"late"`` after it.

    Raises:
        ValueError: For a naive ``datetime`` (its local date is unknown).
    """
    finished, due = _as_local_date(finished_on), _as_local_date(appointment_on)
    if finished < due:
        return "early"
    return "on_time" if finished == due else "late"


def format_moment_vi(moment: dt.datetime) -> str:
    """As on form 01: "9 giờ 32 phút, ngày 27/10/2023 (thứ Sáu)"."""
    local = moment.astimezone(LOCAL_TZ)
    return (
        f"{local.hour} giờ {local.minute:02d} phút, ngày {local:%d/%m/%Y} "
        f"({WEEKDAYS_VI[local.weekday()]})"
    )


def format_moment_en(moment: dt.datetime) -> str:
    """E.g. "09:32, Friday 27/10/2023"."""
    local = moment.astimezone(LOCAL_TZ)
    return f"{local:%H:%M}, {WEEKDAYS_EN[local.weekday()]} {local:%d/%m/%Y}"


def _as_local_date(value: dt.date) -> dt.date:
    if isinstance(value, dt.datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError("a naive datetime has no local date; give an aware datetime or a date")
        return value.astimezone(LOCAL_TZ).date()
    return value


def _hours(span: dt.timedelta, lang: str) -> str:
    hours = span.total_seconds() / 3600
    text = f"{hours:.2f}".rstrip("0").rstrip(".")
    return text if lang == "en" else text.replace(".", ",")


def _reason_en(day: dt.date, reason: str) -> str:
    if reason == WEEKEND_REASONS.get(day.weekday()):
        return WEEKDAYS_EN[day.weekday()]
    return reason
