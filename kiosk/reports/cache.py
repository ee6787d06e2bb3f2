"""Daily aggregates of tickets, ratings and dossiers, computed from the records when a report first
needs a day and kept until a record of that day changes; months and years that are over are kept
summed as well.

Why: one year of a busy center is 500,000 tickets and 300,000 ratings; parsing their times takes
SQLite well over a second on a small PC, every time. A day's aggregates take a few milliseconds to
compute and a few hundred rows to keep, and a year that is over is read from its own sums.

How it stays right: triggers (migration 0005) delete the rows of ``report_fresh_days`` of a day,
its month and its year whenever a ticket, rating, dossier or dossier component of that day is
written; what has no row (or was computed under another
:data:`~kiosk.reports.definitions.DEFINITIONS_VERSION`) is computed again inside a write
transaction, so no write slips between reading the records and marking them fresh. The
aggregates are derived data: deleting them all only costs the next report the time to compute.

What is kept, per local day (Asia/Ho_Chi_Minh), month and year (``grain``, ``period``):

* ``kpi_tickets``: tickets by (center, service, counter, officer): issued, done, no-shows, the
  count and sum of waiting and service seconds;
* ``kpi_ticket_minutes``: how many waits and services lasted each whole minute (rounded up), per
  service, per counter and per officer (``dim``), for the 90th percentiles;
* ``kpi_ratings``: ratings by (center, field, service, counter, officer) and level;
* ``kpi_dossiers``: dossiers by (center, field, counter, officer), by the day received
  (``basis`` received: received, with fees, paid online, digitized, withdrawn or stopped) and by
  the day finished (``basis`` finished: early, on time, late);
* ``kpi_dossier_late`` (days only): one row per dossier that is or may become late (finished
  after its appointment date, or still open), with its appointment and finish dates, for the
  figures taken "at the cut-off".
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from kiosk.reports.definitions import (
    CALLED_STATUSES,
    DEFINITIONS_VERSION,
    ENDED_STATES,
    OPEN_STATES,
)
from kiosk.store.db import Store
from kiosk.timeutil import local_day, local_midnight_utc

SOURCES = ("tickets", "ratings", "dossiers")
#: A write transaction of the refresh holds the database's write lock about this long at most,
#: so that a kiosk issuing a number never waits long behind a report.
CHUNK_SECONDS = 0.04


@dataclass(frozen=True)
class _Table:
    name: str
    keys: tuple[str, ...]
    sums: tuple[str, ...]
    #: a condition that lets the primary key be used (it starts with grain and dim)
    scope: str = ""


TABLES: dict[str, tuple[_Table, ...]] = {
    "tickets": (
        _Table("kpi_tickets", ("center_code", "service_code", "counter_number", "officer_code"),
               ("issued", "done", "no_show", "waited", "wait_s", "served", "service_s")),
        _Table("kpi_ticket_minutes", ("dim", "center_code", "value", "metric", "minute"), ("n",),
               "dim IN ('service', 'counter', 'officer') AND "),
    ),
    "ratings": (
        _Table("kpi_ratings", ("center_code", "field_code", "service_code", "counter_number", "officer_code"),
               ("n", "very", "satisfied", "unsatisfied")),
    ),
    "dossiers": (
        _Table("kpi_dossiers", ("basis", "center_code", "field_code", "counter_number", "officer_code"),
               ("received", "with_fees", "paid_online", "digitized", "ended", "early", "on_time", "late")),
    ),
}


def db_time(moment: dt.datetime) -> str:
    """A moment as the store keeps it (naive UTC text, SQLAlchemy's SQLite format): compared as
    text, so that a day's records are found without parsing every stored time."""
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def day_bounds(day: dt.date) -> tuple[str, str]:
    """The first moment of a local day and of the next, as stored text."""
    return db_time(local_midnight_utc(day)), db_time(local_midnight_utc(day + dt.timedelta(days=1)))


def days_between(first: dt.date, last: dt.date) -> Iterator[dt.date]:
    day = first
    while day <= last:
        yield day
        day += dt.timedelta(days=1)


def _next_month(day: dt.date) -> dt.date:
    return (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)


@dataclass(frozen=True)
class Spans:
    """A range cut into whole years and whole months that are over (read from their sums) and the
    days around them, as text ranges of ``period`` for :func:`grain_union`.

    Attributes:
        years: ``(first, last)`` whole years, or None.
        months: ``(first, last)`` whole months (those of the years included), or None.
    """

    first: dt.date
    last: dt.date
    years: tuple[str, str] | None
    months: tuple[str, str] | None

    def params(self) -> dict[str, str]:
        """The bounds of the five ranges read: years; months before and after the years; days
        before and after the months. An empty range is ``"9"``..``"0"`` (nothing falls in it)."""
        empty = ("9", "0")
        years = self.years or empty
        if self.months is None:
            m1 = m2 = empty
            d1, d2 = (self.first.isoformat(), self.last.isoformat()), empty
        else:
            mlo, mhi = self.months
            if self.years is None:
                m1, m2 = (mlo, mhi), empty
            else:
                m1 = (mlo, f"{int(years[0]) - 1}-12") if mlo < years[0] else empty
                m2 = (f"{int(years[1]) + 1}-01", mhi) if mhi[:4] > years[1] else empty
            first_whole = dt.date.fromisoformat(mlo + "-01")
            after_whole = _next_month(dt.date.fromisoformat(mhi + "-01"))
            d1 = (self.first.isoformat(), (first_whole - dt.timedelta(days=1)).isoformat()) \
                if self.first < first_whole else empty
            d2 = (after_whole.isoformat(), self.last.isoformat()) if after_whole <= self.last else empty
        out: dict[str, str] = {}
        for name, (lo, hi) in (("y", years), ("m1", m1), ("m2", m2), ("d1", d1), ("d2", d2)):
            out[f"{name}lo"], out[f"{name}hi"] = lo, hi
        return out


def spans(first: dt.date, last: dt.date, today: dt.date, *, years: bool = True, months: bool = True) -> Spans:
    """The whole months and whole years of ``first..last`` that are over before ``today``'s month."""
    lo = first if first.day == 1 else _next_month(first)
    end = min(_next_month(last) if (last + dt.timedelta(days=1)).day == 1 else last.replace(day=1),
              today.replace(day=1))  # the first day after the last whole month
    if not months or lo >= end:
        return Spans(first, last, None, None)
    out_months = (f"{lo:%Y-%m}", f"{end - dt.timedelta(days=1):%Y-%m}")
    y_lo = lo.year if lo.month == 1 else lo.year + 1
    y_hi = end.year - 1  # whole when its December is inside
    return Spans(first, last, (str(y_lo), str(y_hi)) if years and y_lo <= y_hi else None, out_months)


def _month_starts(first: dt.date, end: dt.date) -> Iterator[dt.date]:
    day = first
    while day < end:
        yield day
        day = _next_month(day)


def grain_union(table: str, where: str = "") -> str:
    """The rows of ``table`` over a range: whole years, whole months outside them, days outside
    those (``where`` narrows every part, e.g. on ``dim``); each part one range of the primary key.
    The bounds are the parameters of :meth:`Spans.params`."""
    extra = f" AND {where}" if where else ""
    parts = [("year", "y"), ("month", "m1"), ("month", "m2"), ("day", "d1"), ("day", "d2")]
    return " UNION ALL ".join(f"SELECT * FROM {table} WHERE grain = '{grain}'{extra} "
                              f"AND period BETWEEN :{name}lo AND :{name}hi" for grain, name in parts)


# ---------------------------------------------------------------------- one day of one source
_CALLED = ", ".join(f"'{s}'" for s in CALLED_STATUSES)
_TICKET_BASE = f"""
    SELECT center_code, service_code, coalesce(counter_number, 0) AS counter_number,
           coalesce(officer_code, '') AS officer_code, status,
           CASE WHEN called_at IS NOT NULL AND status IN ({_CALLED})
                THEN max(0.0, (julianday(called_at) - julianday(issued_at)) * 86400.0) END AS w,
           CASE WHEN status = 'done' AND called_at IS NOT NULL AND finished_at IS NOT NULL
                THEN max(0.0, (julianday(finished_at) - julianday(called_at)) * 86400.0) END AS sv
    FROM tickets WHERE local_day = :d
"""


def _tickets(s: Session, day: dt.date) -> None:
    d = day.isoformat()
    s.execute(text(f"""
        INSERT INTO kpi_tickets (grain, period, center_code, service_code, counter_number, officer_code, issued,
                                 done, no_show, waited, wait_s, served, service_s)
        SELECT 'day', :d, center_code, service_code, counter_number, officer_code, count(*), sum(status = 'done'),
               sum(status = 'no_show'), count(w), total(w), count(sv), total(sv)
        FROM ({_TICKET_BASE}) GROUP BY center_code, service_code, counter_number, officer_code
    """), {"d": d})
    # whole minutes, rounded up, of each wait and each service, per service, counter and officer
    s.execute(text(f"""
        WITH base AS MATERIALIZED ({_TICKET_BASE}),
        spans(center_code, service_code, counter_number, officer_code, metric, secs) AS (
            SELECT center_code, service_code, counter_number, officer_code, 'wait', w FROM base WHERE w IS NOT NULL
            UNION ALL
            SELECT center_code, service_code, counter_number, officer_code, 'service', sv FROM base
            WHERE sv IS NOT NULL)
        INSERT INTO kpi_ticket_minutes (grain, dim, period, center_code, value, metric, minute, n)
        SELECT 'day', dim, :d, center_code, value, metric, minute, count(*) FROM (
            SELECT 'service' AS dim, center_code, service_code AS value, metric,
                   (CAST(round(secs) AS INTEGER) + 59) / 60 AS minute FROM spans
            UNION ALL
            SELECT 'counter', center_code, CAST(counter_number AS TEXT), metric,
                   (CAST(round(secs) AS INTEGER) + 59) / 60 FROM spans
            UNION ALL
            SELECT 'officer', center_code, officer_code, metric, (CAST(round(secs) AS INTEGER) + 59) / 60
            FROM spans)
        GROUP BY dim, center_code, value, metric, minute
    """), {"d": d})


def _ratings(s: Session, day: dt.date) -> None:
    lo, hi = day_bounds(day)
    s.execute(text("""
        INSERT INTO kpi_ratings (grain, period, center_code, field_code, service_code, counter_number, officer_code,
                                 n, very, satisfied, unsatisfied)
        SELECT 'day', :d, center_code, coalesce(field_code, ''), coalesce(service_code, ''),
               coalesce(counter_number, 0), coalesce(officer_code, ''), count(*), sum(level >= levels),
               sum(level = levels - 1), sum(level <= levels - 2)
        FROM ratings WHERE at >= :lo AND at < :hi
        GROUP BY 3, 4, 5, 6, 7
    """), {"d": day.isoformat(), "lo": lo, "hi": hi})


_ENDED = ", ".join(f"'{s}'" for s in ENDED_STATES)


def _dossiers(s: Session, day: dt.date) -> None:
    d = day.isoformat()
    lo, hi = day_bounds(day)
    s.execute(text("DELETE FROM kpi_dossier_late WHERE day = :d"), {"d": d})
    # by the day received: complete dossiers (form 01), not cancelled entries
    s.execute(text(f"""
        INSERT INTO kpi_dossiers (grain, period, basis, center_code, field_code, counter_number, officer_code,
                                  received, with_fees, paid_online, digitized, ended, early, on_time, late)
        SELECT 'day', :d, 'received', center_code, field_code, coalesce(counter_number, 0),
               coalesce(officer_code, ''), count(*), sum(fee_total > 0),
               sum(fee_total > 0 AND fee_state = 'paid' AND fee_channel = 'online'),
               sum(NOT EXISTS (SELECT 1 FROM dossier_components c
                               WHERE c.dossier_id = d.id AND c.received > 0 AND c.sha256 IS NULL)),
               sum(state IN ({_ENDED})), 0, 0, 0
        FROM dossiers d WHERE local_day = :d AND outcome = 'complete' AND state <> 'cancelled'
        GROUP BY 4, 5, 6, 7
    """), {"d": d})
    # by the day finished, judged by date against the appointment (stored text compared with the
    # day's bounds: no time is parsed)
    s.execute(text("""
        INSERT INTO kpi_dossiers (grain, period, basis, center_code, field_code, counter_number, officer_code,
                                  received, with_fees, paid_online, digitized, ended, early, on_time, late)
        SELECT 'day', :d, 'finished', center_code, field_code, coalesce(counter_number, 0),
               coalesce(officer_code, ''), 0, 0, 0, 0, 0, sum(appointment_at >= :hi),
               sum(appointment_at >= :lo AND appointment_at < :hi), sum(appointment_at < :lo)
        FROM dossiers WHERE finished_at >= :lo AND finished_at < :hi AND outcome = 'complete'
                      AND state <> 'cancelled' AND appointment_at IS NOT NULL
        GROUP BY 4, 5, 6, 7
    """), {"d": d, "lo": lo, "hi": hi})
    # dossiers received this day that are, or may become, late: their dates, for the cut-off
    rows = s.execute(text(f"""
        SELECT id, center_code, field_code, coalesce(counter_number, 0), coalesce(officer_code, ''),
               appointment_at, finished_at, state
        FROM dossiers WHERE local_day = :d AND outcome = 'complete' AND appointment_at IS NOT NULL
                      AND state NOT IN ('cancelled', {_ENDED})
    """), {"d": d}).all()
    late: list[dict[str, Any]] = []
    for did, center, field, counter, officer, appointment, finished, state in rows:
        due = local_day(_parse(appointment))
        done = local_day(_parse(finished)) if finished else None
        if (done is None and state in OPEN_STATES) or (done is not None and done > due):
            late.append({"id": did, "d": d, "c": center, "f": field, "n": counter, "o": officer,
                         "a": due.isoformat(), "x": done.isoformat() if done else None})
    if late:
        s.execute(text("""
            INSERT INTO kpi_dossier_late (dossier_id, day, center_code, field_code, counter_number, officer_code,
                                          appointment_day, finished_day)
            VALUES (:id, :d, :c, :f, :n, :o, :a, :x)
        """), late)


def _parse(value: Any) -> dt.datetime:
    """A stored time (naive UTC text, or a datetime from a typed column) as an aware UTC datetime."""
    moment = value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(str(value))
    return moment.replace(tzinfo=dt.UTC) if moment.tzinfo is None else moment


_DAY = {"tickets": _tickets, "ratings": _ratings, "dossiers": _dossiers}


def _grain(key: str) -> str:
    return {10: "day", 7: "month", 4: "year"}[len(key)]


def _children(key: str) -> list[str]:
    """The days of a month, the months of a year."""
    if len(key) == 4:
        return [f"{key}-{m:02d}" for m in range(1, 13)]
    first = dt.date.fromisoformat(key + "-01")
    return [d.isoformat() for d in days_between(first, _next_month(first) - dt.timedelta(days=1))]


def _compute(s: Session, source: str, key: str) -> None:
    """Compute one day, month or year of one source and mark it fresh."""
    grain = _grain(key)
    for table in TABLES[source]:
        s.execute(text(f"DELETE FROM {table.name} WHERE grain = :g AND {table.scope}period = :p"),
                  {"g": grain, "p": key})
    if grain == "day":
        _DAY[source](s, dt.date.fromisoformat(key))
    else:
        # a part written since the refresh began is computed again first, in this transaction
        parts = _children(key)
        fresh = {p for (p,) in s.execute(text(
            "SELECT period FROM report_fresh_days WHERE source = :s AND period BETWEEN :lo AND :hi AND version = :v"),
            {"s": source, "lo": parts[0], "hi": parts[-1], "v": DEFINITIONS_VERSION})}
        for part in parts:
            if part not in fresh:
                _compute(s, source, part)
        child = "day" if grain == "month" else "month"
        for table in TABLES[source]:
            keys, sums = ", ".join(table.keys), ", ".join(f"sum({c})" for c in table.sums)
            s.execute(text(f"""
                INSERT INTO {table.name} (grain, period, {keys}, {", ".join(table.sums)})
                SELECT :g, :p, {keys}, {sums} FROM {table.name}
                WHERE grain = :child AND {table.scope}period BETWEEN :lo AND :hi GROUP BY {keys}
            """), {"g": grain, "p": key, "child": child, "lo": parts[0], "hi": parts[-1]})
    s.execute(text("""
        INSERT INTO report_fresh_days (source, period, version) VALUES (:s, :k, :v)
        ON CONFLICT (source, period) DO UPDATE SET version = excluded.version
    """), {"s": source, "k": key, "v": DEFINITIONS_VERSION})


# ---------------------------------------------------------------------- refresh
def stale(s: Session, first: dt.date, last: dt.date, today: dt.date) -> list[tuple[str, str]]:
    """What must be computed before a report over ``first..last``: (source, day, month or year),
    days first, then months, then years."""
    last = min(last, today)
    if first > last:
        return []
    # a dossier received before the range may be open and past due at its end: every day since
    # the first dossier is kept
    earliest = s.execute(text("SELECT min(local_day) FROM dossiers")).scalar()
    since = {src: first for src in SOURCES}
    if earliest:
        since["dossiers"] = min(first, dt.date.fromisoformat(str(earliest)))
    fresh = {(src, p) for src, p in s.execute(text(
        "SELECT source, period FROM report_fresh_days WHERE period BETWEEN :lo AND :hi AND version = :v"),
        {"lo": f"{min(since.values()).year}", "hi": last.isoformat(), "v": DEFINITIONS_VERSION})}
    todo = [(src, day.isoformat()) for src in SOURCES for day in days_between(since[src], last)
            if (src, day.isoformat()) not in fresh]
    span = spans(first, last, today)
    rollups: list[str] = []
    if span.months:
        start = dt.date.fromisoformat(span.months[0] + "-01")
        end = _next_month(dt.date.fromisoformat(span.months[1] + "-01"))
        rollups += [f"{d:%Y-%m}" for d in _month_starts(start, end)]
    if span.years:
        rollups += [str(y) for y in range(int(span.years[0]), int(span.years[1]) + 1)]
    todo += [(src, key) for key in rollups for src in SOURCES if (src, key) not in fresh]
    return todo


def refresh(store: Store, first: dt.date, last: dt.date, today: dt.date) -> int:
    """Compute what a report over ``first..last`` needs and is missing; how many days, months and
    years were computed. Short write transactions (:data:`CHUNK_SECONDS`), each marking its work."""
    with store.read() as s:
        todo = stale(s, first, last, today)
    done = 0
    while done < len(todo):
        with store.write() as s:
            started = time.perf_counter()
            while done < len(todo):
                _compute(s, *todo[done])
                done += 1
                if time.perf_counter() - started > CHUNK_SECONDS:
                    break
    return len(todo)


def forget(store: Store, sources: Iterable[str] = SOURCES) -> None:
    """Drop the kept aggregates (they are computed again when next needed)."""
    with store.write() as s:
        for source in sources:
            s.execute(text("DELETE FROM report_fresh_days WHERE source = :s"), {"s": source})
