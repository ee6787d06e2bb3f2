"""One year of a busy one-stop-shop center in a local store, for the KPI benchmark (not a test).

About 500,000 tickets, 100,000 dossiers (about 300,000 components), 300,000 ratings and some
complaints over the working days of one year, written with ``sqlite3.executemany`` into a store
created by the ordinary migrations (so the report's indexes are there). Distributions:

- citizens arrive through a morning (07:30–11:30) and an afternoon (13:30–16:45) session, more
  in the morning; six services with the sample center's codes, weighted like a real center
  (civil status and certification busiest); 24 counters, 40 officers (two shifts a counter);
- waiting times log-normal (median about 12 minutes, longer at mid-morning), service times
  log-normal by service (4–20 minutes); about 6% no-shows; the rest served;
- dossiers: 90% complete, 7% incomplete, 3% refused; appointment 1–15 working days away by
  field; about 5% of finished dossiers late, most early; those received in the last weeks still
  in processing; 40% with fees, about 45% of the paid ones paid online; 85% fully digitized;
- ratings for about 65% of served tickets, 10% of them on the five-level scale, about 93%
  satisfied (land, construction and investment a little lower);
- about 1,200 complaints and suggestions, 85% answered on time.

Usage: ``python benchmarks/kpi_data.py [PATH] [--year 2025] [--scale 1.0]``; the path defaults to
``$KPI_BENCH_DB`` or ``/tmp/kpi_bench.sqlite``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import os
import random
import sqlite3
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DEFAULT_PATH = Path(os.environ.get("KPI_BENCH_DB", "/tmp/kpi_bench.sqlite"))
CENTER = "MAU-01"
AGENCY = "000.00.00.H99"
UTC_OFFSET = dt.timedelta(hours=7)  # Asia/Ho_Chi_Minh has no DST
# service code, ticket prefix, field code, field name, weight, mean service minutes, working days
SERVICES = [
    ("HT", "A", "hotich", "Hộ tịch", 30, 6.0, 3),
    ("CT", "B", "chungthuc", "Chứng thực", 28, 4.0, 1),
    ("DD", "C", "datdai", "Đất đai", 16, 15.0, 15),
    ("DKKD", "D", "dkkd", "Đăng ký kinh doanh", 12, 12.0, 3),
    ("XD", "E", "xaydung", "Xây dựng", 8, 15.0, 12),
    ("DT", "F", "dautu", "Đầu tư", 6, 20.0, 15),
]
COUNTERS = 24
# counters 1-8 civil status and certification, 9-14 land and construction, 15-20 business and
# investment, 21-24 every service
_GROUPS = {"HT": range(1, 9), "CT": range(1, 9), "DD": range(9, 15), "XD": range(9, 15),
           "DKKD": range(15, 21), "DT": range(15, 21)}
COUNTERS_OF = {code: [*numbers, 21, 22, 23, 24] for code, numbers in _GROUPS.items()}
OFFICERS = [f"cb{i:02d}" for i in range(1, 41)]
SESSIONS = [((7, 30), (11, 30), 1.0), ((13, 30), (16, 45), 0.7)]


def _ts(moment: dt.datetime) -> str:
    """The store's text form of a UTC moment (SQLAlchemy's SQLite DateTime)."""
    return moment.isoformat(" ", "microseconds")


def _uid(rng: random.Random) -> str:
    h = f"{rng.getrandbits(128):032x}"
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{h[16:20]}-{h[20:]}"


def _working_days(year: int) -> list[dt.date]:
    import holidays

    off = holidays.country_holidays("VN", years=year)
    day, out = dt.date(year, 1, 1), []
    while day.year == year:
        if day.weekday() < 5 and day not in off:
            out.append(day)
        day += dt.timedelta(days=1)
    return out


def _add_working_days(days: list[dt.date], index: dict[dt.date, int], day: dt.date, n: int) -> dt.date:
    i = index[day] + n
    if i < len(days):
        return days[i]
    return days[-1] + dt.timedelta(days=(i - len(days) + 1) * 7 // 5 + 1)


def _local(day: dt.date, seconds: float) -> dt.datetime:
    """Seconds after local midnight of ``day``, as a naive UTC datetime."""
    return dt.datetime.combine(day, dt.time()) + dt.timedelta(seconds=seconds) - UTC_OFFSET


def _arrivals(rng: random.Random, per_day: float) -> list[float]:
    """Arrival moments (seconds after local midnight), more in the morning."""
    out: list[float] = []
    total = sum((e[0] * 60 + e[1] - s[0] * 60 - s[1]) * w for s, e, w in SESSIONS)
    for start, end, weight in SESSIONS:
        a, b = (start[0] * 60 + start[1]) * 60, (end[0] * 60 + end[1]) * 60
        n = int(rng.gauss(1, 0.08) * per_day * (b - a) / 60 * weight / total)
        out.extend(rng.uniform(a, b) for _ in range(max(0, n)))
    out.sort()
    return out


def generate(path: Path, year: int = 2025, scale: float = 1.0, seed: int = 7) -> dict[str, int]:
    """Write one year of activity into a fresh store at ``path``; the counts written."""
    from kiosk.store.db import Store

    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    store = Store(path)
    store.migrate()
    store.dispose()
    rng = random.Random(seed)
    days = _working_days(year)
    index = {d: i for i, d in enumerate(days)}
    n_tickets, n_dossiers, n_ratings = int(500_000 * scale), int(100_000 * scale), int(300_000 * scale)
    per_day = n_tickets / len(days)
    weights = [s[4] for s in SERVICES]
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=OFF")
    conn.execute("PRAGMA synchronous=OFF")
    conn.execute("PRAGMA cache_size=-1000000")  # 1 GB: random ids make the unique indexes page a lot
    # a fresh store: its indexes and the report's triggers are set aside while loading (the
    # triggers have nothing to forget yet) and put back after, which is much faster
    ddl = conn.execute("SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') "
                       "AND sql IS NOT NULL AND tbl_name IN ('tickets', 'ratings', 'dossiers', "
                       "'dossier_components', 'feedback')").fetchall()
    for kind, name, _sql in ddl:
        conn.execute(f"DROP {kind.upper()} {name}")
    conn.execute("BEGIN")
    tickets: list[tuple[object, ...]] = []
    served: list[tuple[str, str, int, str, str, str]] = []  # id, service, counter, officer, field, at
    for day in days:
        numbers = dict.fromkeys((s[0] for s in SERVICES), 0)
        for t in _arrivals(rng, per_day):
            code, prefix, fcode, _fname, _w, minutes, _days = rng.choices(SERVICES, weights)[0]
            numbers[code] += 1
            number = numbers[code]
            issued = _local(day, t)
            # busier mid-morning: longer waits
            peak = 1.0 + 0.8 * math.exp(-(((t / 3600) - 9.5) ** 2))
            wait = rng.lognormvariate(math.log(12 * 60), 0.6) * peak
            called = issued + dt.timedelta(seconds=wait)
            counter = rng.choice(COUNTERS_OF[code])
            officer = OFFICERS[((counter - 1) * 2 + (t > 12 * 3600)) % len(OFFICERS)]
            if rng.random() < 0.06:
                status, finished = "no_show", called + dt.timedelta(seconds=rng.uniform(60, 180))
            else:
                status = "done"
                finished = called + dt.timedelta(seconds=max(60.0, rng.lognormvariate(math.log(minutes * 60), 0.45)))
            tid = _uid(rng)
            tickets.append((tid, CENTER, code, code, day.isoformat(), number, f"{prefix}{number:03d}",
                            "elderly" if rng.random() < 0.05 else None, status, _ts(issued), _ts(issued),
                            _ts(called), _ts(finished), counter, None, officer, 0, "bench", 1))
            if status == "done":
                served.append((tid, code, counter, officer, fcode, _ts(finished + dt.timedelta(seconds=20))))
        if len(tickets) > 50_000:
            _insert(conn, "tickets", tickets)
            tickets = []
    _insert(conn, "tickets", tickets)
    total_tickets = conn.execute("SELECT count(*) FROM tickets").fetchone()[0]

    # ratings: a sample of the served tickets
    rng.shuffle(served)
    ratings = []
    for tid, code, counter, officer, fcode, at in served[:n_ratings]:
        levels = 5 if rng.random() < 0.1 else 3
        hard = fcode in ("datdai", "xaydung", "dautu")
        r = rng.random()
        unhappy = 0.10 if hard else 0.055
        if r < unhappy:
            level = rng.randint(1, levels - 2)
        elif r < unhappy + 0.35:
            level = levels - 1
        else:
            level = levels
        ratings.append((_uid(rng), CENTER, f"ticket:{tid}:x", tid, None, counter, officer, code, fcode,
                        level, levels, level >= levels - 1, None, "keypad", at, "bench", 1))
    _insert(conn, "ratings", ratings)

    # dossiers
    procedures = _procedures()
    dossiers, components = [], []
    per_day_d = n_dossiers / len(days)
    seq = 0
    last_day = days[-1]
    for day in days:
        moments = sorted(rng.uniform(7.5 * 3600, 16.75 * 3600) for _ in range(int(rng.gauss(per_day_d, per_day_d * 0.05))))
        daily = 0
        for t in moments:
            seq += 1
            daily += 1
            code, _p, fcode, fname, _w, _m, wdays = rng.choices(SERVICES, weights)[0]
            proc = rng.choice(procedures.get(fcode) or [("1.000000", "Thủ tục mẫu", 3)])
            received = _local(day, t)
            r = rng.random()
            outcome = "complete" if r < 0.90 else ("incomplete" if r < 0.97 else "refused")
            counter = rng.choice(COUNTERS_OF[code])
            officer = OFFICERS[((counter - 1) * 2 + (t > 12 * 3600)) % len(OFFICERS)]
            fee = rng.choice((50_000, 100_000, 200_000, 500_000)) if rng.random() < 0.4 else 0
            appointment = finished = returned = paid_at = None
            fee_state, channel = "none", None
            state = {"complete": "received", "incomplete": "incomplete", "refused": "refused"}[outcome]
            if outcome == "complete":
                due_day = _add_working_days(days, index, day, wdays)
                appointment = _local(due_day, 17 * 3600)
                v = rng.random()
                if v < 0.05:
                    fin_day = _add_working_days(days, index, due_day, rng.randint(1, 6)) if due_day in index \
                        else due_day + dt.timedelta(days=3)
                elif v < 0.40:
                    fin_day = due_day
                else:
                    back = rng.randint(1, max(1, wdays - 1))
                    fin_day = days[max(index[day], index.get(due_day, len(days) - 1) - back)]
                fin = _local(fin_day, rng.uniform(8 * 3600, 16.5 * 3600))
                if fin_day > last_day - dt.timedelta(days=10) and rng.random() < 0.6:
                    state = "processing"  # still in the agencies' hands at the end of the year
                else:
                    finished = max(fin, received + dt.timedelta(minutes=30))
                    state = "returned" if rng.random() < 0.9 else "result_ready"
                    if state == "returned":
                        returned = finished + dt.timedelta(days=rng.randint(0, 5))
                if fee:
                    fee_state = "paid" if rng.random() < 0.97 else "awaiting"
                    if fee_state == "paid":
                        channel = "online" if rng.random() < 0.45 else "counter"
                        paid_at = received + dt.timedelta(hours=rng.uniform(0.1, 48))
            did = _uid(rng)
            dossiers.append((did, CENTER, AGENCY, f"{AGENCY}-{day:%y%m%d}-{daily:04d}", day.isoformat(), daily,
                             proc[0], proc[1], fcode, fname, outcome, state, None, "{}", 1,
                             fee if outcome == "complete" else 0, fee_state, channel,
                             _ts(paid_at) if paid_at else None, _ts(received), _ts(received),
                             _ts(appointment) if appointment else None, _ts(appointment) if appointment else None,
                             None, _ts(finished) if finished else None, _ts(returned) if returned else None,
                             officer, counter, None, "bench", 1))
            digitized = rng.random() < 0.85
            for pos in range(proc[2]):
                got = 1 if (outcome == "complete" or rng.random() < 0.6) else 0
                has_file = got and (digitized or rng.random() < 0.5)
                components.append((_uid(rng), did, f"c{pos}", pos, f"Thành phần {pos + 1}", True, 1, 0, 0, got,
                                   2 if has_file else 0, f"{rng.getrandbits(256):064x}" if has_file else None,
                                   40_000 if has_file else None))
        if len(components) > 60_000:
            _insert(conn, "dossiers", dossiers)
            _insert(conn, "dossier_components", components)
            dossiers, components = [], []
    _insert(conn, "dossiers", dossiers)
    _insert(conn, "dossier_components", components)

    # complaints and suggestions
    feedback = []
    for i in range(int(1200 * scale)):
        day = rng.choice(days)
        received = _local(day, rng.uniform(7.5 * 3600, 17 * 3600))
        due = _local(_add_working_days(days, index, day, 10), 17 * 3600)
        r = rng.random()
        answered = closed = None
        if r < 0.85:
            answered = received + (due - received) * rng.uniform(0.1, 0.95)
            state = "closed" if rng.random() < 0.7 else "answered"
        elif r < 0.95:
            answered = due + dt.timedelta(days=rng.uniform(1, 10))
            state = "answered"
        else:
            state = "assigned"
        if state == "closed" and answered is not None:
            closed = answered + dt.timedelta(days=1)
        feedback.append((_uid(rng), CENTER, f"PA-{day:%y%m%d}-{i:04d}", rng.choice(("procedure", "attitude", "facilities",
                         "suggestion", "other")), "…", None, None, False, None, state, _ts(received), _ts(due),
                         _ts(answered) if answered else None, _ts(closed) if closed else None, None, None, "bench", 1))
    _insert(conn, "feedback", feedback)
    conn.commit()
    for _kind, _name, sql in ddl:
        conn.execute(sql)
    conn.commit()
    conn.execute("ANALYZE")
    conn.commit()
    counts = {table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608
              for table in ("tickets", "ratings", "dossiers", "dossier_components", "feedback")}
    conn.close()
    assert counts["tickets"] == total_tickets
    return counts


def _procedures() -> dict[str, list[tuple[str, str, int]]]:
    import json

    from kiosk.paths import resources_dir

    data = json.loads((resources_dir() / "catalog" / "sample_procedures.json").read_text(encoding="utf-8"))
    out: dict[str, list[tuple[str, str, int]]] = {}
    for p in data["procedures"]:
        out.setdefault(p["field"], []).append((p["code"], p["name"], max(1, len(p.get("components", [])))))
    return out


COLUMNS = {
    "tickets": ("id", "center_code", "service_code", "queue_service", "local_day", "number", "label", "priority",
                "status", "issued_at", "queued_at", "called_at", "finished_at", "counter_number", "target_counter",
                "officer_code", "recall_count", "terminal", "version"),
    "ratings": ("id", "center_code", "event_key", "ticket_id", "dossier_id", "counter_number", "officer_code",
                "service_code", "field_code", "level", "levels", "satisfied", "reason", "source", "at", "terminal",
                "version"),
    "dossiers": ("id", "center_code", "agency_code", "code", "local_day", "seq", "procedure_code", "procedure_name",
                 "field_code", "field_name", "outcome", "state", "reason", "applicant", "sets", "fee_total",
                 "fee_state", "fee_channel", "fee_paid_at", "received_at", "clock_start", "appointment_at",
                 "original_appointment_at", "paused_at", "finished_at", "returned_at", "officer_code",
                 "counter_number", "ticket_id", "terminal", "version"),
    "dossier_components": ("id", "dossier_id", "component_id", "position", "name", "mandatory", "req_originals",
                           "req_certified", "req_photocopies", "received", "pages", "sha256", "file_bytes"),
    "feedback": ("id", "center_code", "code", "category", "text", "contact_phone", "contact_email", "consent",
                 "dossier_code", "state", "received_at", "due_at", "answered_at", "closed_at", "assigned_to",
                 "answer", "terminal", "version"),
}


def _insert(conn: sqlite3.Connection, table: str, rows: list[tuple[object, ...]]) -> None:
    if rows:
        cols = COLUMNS[table]
        conn.executemany(f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",  # noqa: S608
                         rows)


def ensure(path: Path = DEFAULT_PATH, year: int = 2025) -> Path:
    """The cached benchmark store, generated when missing."""
    from kiosk.store.migrate import HEAD, current_revision

    if not path.exists() or current_revision(path) != HEAD:
        t0 = time.perf_counter()
        counts = generate(path, year)
        print(f"generated {path} in {time.perf_counter() - t0:.0f} s: {counts}", file=sys.stderr)
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT_PATH)
    parser.add_argument("--year", type=int, default=2025)
    parser.add_argument("--scale", type=float, default=1.0, help="1.0: 500k tickets, 100k dossiers, 300k ratings")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    t0 = time.perf_counter()
    counts = generate(args.path, args.year, args.scale, args.seed)
    print(f"{args.path}: {counts} in {time.perf_counter() - t0:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
