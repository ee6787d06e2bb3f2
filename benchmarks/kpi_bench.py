"""KPI report benchmark (not a test): one year of a busy center, reports over the year as a whole,
by field, by counter and by month; p50/p99 over N runs.

The store is generated once by ``benchmarks/kpi_data.py`` (500,000 tickets, 100,000 dossiers,
300,000 ratings) and cached at ``$KPI_BENCH_DB`` (default ``/tmp/kpi_bench.sqlite``). Also
measured: the first report on a store whose daily aggregates were never computed (or were
dropped), and a report right after one ticket of the year changed (that day, its month and its
year are summed again). Target (issue "KPI dashboard and reports"): under 300 ms a report.

Run: ``python benchmarks/kpi_bench.py``; ``KPI_BENCH_RUNS`` sets N (default 30).
"""

from __future__ import annotations

import datetime as dt
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

RUNS = int(os.environ.get("KPI_BENCH_RUNS", "30"))
YEAR = 2025


def main() -> int:
    os.environ.setdefault("KIOSK_HOME", tempfile.mkdtemp(prefix="bench-kpi-"))
    from sqlalchemy import text

    from benchmarks.kpi_data import DEFAULT_PATH, ensure
    from benchmarks.run import pct, print_table
    from kiosk.config import load_config
    from kiosk.reports import kpi_report
    from kiosk.reports.cache import forget
    from kiosk.store.db import Store

    path = ensure(DEFAULT_PATH, YEAR)
    store = Store(path)
    config = load_config()
    first, last = dt.date(YEAR, 1, 1), dt.date(YEAR, 12, 31)
    now = dt.datetime(YEAR + 1, 1, 15, 3, 0, tzinfo=dt.UTC)

    def once(**kw: str) -> float:
        t0 = time.perf_counter()
        kpi_report(store, config, first, last, now=now, **kw)  # type: ignore[arg-type]
        return (time.perf_counter() - t0) * 1000

    forget(store)
    cold = once()
    cases = [("year, whole center", {}), ("year by field", {"group_by": "field"}),
             ("year by counter", {"group_by": "counter"}), ("year by month", {"period": "month"})]
    rows: list[tuple[str, str, str, str]] = []
    for name, kw in cases:
        once(**kw)  # the kept aggregates are read from disk once
        times = [once(**kw) for _ in range(RUNS)]
        rows.append((f"{name}, p50", f"{statistics.median(times):.0f} ms", "< 300 ms", f"{RUNS} runs"))
        rows.append((f"{name}, p99", f"{pct(times, 99):.0f} ms", "< 300 ms", f"max {max(times):.0f} ms"))
    # one ticket of 30 December changes: that day, December and the year are summed again
    with store.write() as s:
        s.execute(text("UPDATE tickets SET status = 'done', finished_at = called_at "
                       "WHERE rowid = (SELECT rowid FROM tickets WHERE local_day = :d LIMIT 1)"),
                  {"d": f"{YEAR}-12-30"})
    changed = once()
    rows.append(("year after a ticket of 30/12 changed", f"{changed:.0f} ms", "",
                 "that day, December and the year summed again, once"))
    # the dashboard during a working day: this month so far, a ticket of today changes each time
    live_now = dt.datetime(YEAR, 12, 30, 9, 0, tzinfo=dt.UTC)  # 16:00 local
    live = []
    for i in range(RUNS):
        with store.write() as s:
            s.execute(text("UPDATE tickets SET recall_count = recall_count, status = status, finished_at = "
                           "finished_at WHERE rowid = (SELECT rowid FROM tickets WHERE local_day = :d LIMIT 1 "
                           "OFFSET :i)"), {"d": f"{YEAR}-12-30", "i": i})
        t0 = time.perf_counter()
        kpi_report(store, config, dt.date(YEAR, 12, 1), dt.date(YEAR, 12, 30), now=live_now)
        live.append((time.perf_counter() - t0) * 1000)
    rows.append(("this month so far, today changed, p50", f"{statistics.median(live):.0f} ms", "< 300 ms",
                 f"today computed again each time; {RUNS} runs"))
    rows.append(("this month so far, today changed, p99", f"{pct(live, 99):.0f} ms", "< 300 ms",
                 f"max {max(live):.0f} ms"))
    rows.append(("first report (aggregates computed)", f"{cold / 1000:.1f} s", "", "once per store"))
    with store.read() as s:
        counts = {t: s.execute(text(f"SELECT count(*) FROM {t}")).scalar() for t in  # noqa: S608
                  ("tickets", "dossiers", "ratings", "kpi_tickets", "kpi_ticket_minutes", "kpi_dossiers")}
    store.dispose()
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print_table(f"KPI report over {YEAR} ({counts['tickets']:,} tickets, {counts['dossiers']:,} dossiers, "
                f"{counts['ratings']:,} ratings). Machine: {platform.machine()}, {os.cpu_count()} cores, "
                f"load {load:.1f}, Python {platform.python_version()}, SQLite "
                f"{__import__('sqlite3').sqlite_version}; {time.strftime('%Y-%m-%d')}", rows)
    print()
    print(f"Kept aggregates: {counts['kpi_tickets']:,} ticket rows, {counts['kpi_ticket_minutes']:,} minute rows, "
          f"{counts['kpi_dossiers']:,} dossier rows.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
