"""Appointment-date benchmark (not a test): time to compute one appointment (ngày hẹn).

10,000 varied cases (seeded): received at any minute of any day of 2024-2027 (working hours or
not, weekends, Tết, swapped days), the four units with realistic amounts (1-30 working days,
1-45 calendar days, 1-40 working hours, same day with or without a 15:00 cut-off), centers with
and without Saturday mornings, with the shipped override table. The package's import is timed
apart; then caches start cold (the first lookup of each year builds its holiday table, of each
date its schedule) and the warm run repeats the same cases.

Run with ``.venv/bin/python benchmarks/due_date_bench.py`` (``BENCH_CASES`` to change the count).
"""

from __future__ import annotations

import datetime as dt
import os
import platform
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.run import pct, print_table  # noqa: E402

N_CASES = int(os.environ.get("BENCH_CASES", "10000"))


def main() -> int:
    from kiosk.calendar import (
        ProcessingTime,
        WorkingCalendar,
        default_overrides_path,
        load_overrides,
    )
    from kiosk.timeutil import LOCAL_TZ

    rng = random.Random(20260217)
    overrides = load_overrides(default_overrides_path())
    calendars = [
        WorkingCalendar.from_settings(overrides=overrides),
        WorkingCalendar.from_settings(saturday_morning=True, overrides=overrides),
    ]
    first_day = dt.date(2024, 1, 1)
    span_days = (dt.date(2027, 12, 31) - first_day).days
    processing = [
        *(ProcessingTime(n, "working_days") for n in range(1, 31)),
        *(ProcessingTime(n, "calendar_days") for n in range(1, 46)),
        *(ProcessingTime(n, "working_hours") for n in range(1, 41)),
        ProcessingTime(0, "same_day"),
        ProcessingTime(0, "same_day", dt.time(15)),
    ]
    cases = [
        (
            rng.choice(calendars),
            dt.datetime.combine(
                first_day + dt.timedelta(days=rng.randrange(span_days)), dt.time(0), LOCAL_TZ
            )
            + dt.timedelta(minutes=rng.randrange(24 * 60)),
            rng.choice(processing),
        )
        for _ in range(N_CASES)
    ]

    t0 = time.perf_counter()
    import holidays  # noqa: F401  (imported on the first lookup otherwise: timed apart)

    rows = [("import of the holidays package (once)", f"{time.perf_counter() - t0:.3f} s", "", "")]
    for label, target in (("cold caches", "< 2 s"), ("warm caches", "< 1 s")):
        per_case: list[float] = []
        started = time.perf_counter()
        for calendar, received, proc in cases:
            t0 = time.perf_counter_ns()
            calendar.appointment(received, proc)
            per_case.append((time.perf_counter_ns() - t0) / 1000)
        total = time.perf_counter() - started
        rows.append(
            (
                f"{N_CASES:,} appointments, {label}",
                f"{total:.3f} s total",
                target,
                f"p50 {statistics.median(per_case):.1f} µs, p99 {pct(per_case, 99):.1f} µs, "
                f"max {max(per_case):.0f} µs per case",
            )
        )
    print_table(
        f"Appointment dates; {platform.machine()}, Python {platform.python_version()}; "
        f"{time.strftime('%Y-%m-%d')}",
        rows,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
