"""The daily tidy-up of a terminal (``kiosk housekeeping``), run by the supervisor of ``kiosk run``.

Steps, each timed and logged with its counts; one that fails does not stop the others:

1. ``logs`` — log files not written for ``housekeeping.log_days`` are deleted (rotated ones, the
   old ``kiosk.log`` of earlier versions); ``crash-gui.log`` is kept under 2 MB.
2. ``personal_data`` — what ``[retention]`` (kiosk/config_ops.py) says has been kept long
   enough is erased: the applicant's fields of dossiers that *ended* (returned, refused,
   incomplete, withdrawn, cancelled) that many days ago become empty; a complaint's contact
   phone and e-mail, once it was answered or closed, become NULL. Only once the server has the
   record: one with an op still unacknowledged in the outbox (pending, or refused and waiting
   for a technician) keeps its data and is counted, with a warning. The records, their states,
   dates and every statistic stay. Idempotent: what is already empty is not counted again, nor
   written. The values are encrypted (kiosk/store/crypto_types.py, the key of
   kiosk/security/crypto.py): the applicant is decrypted, emptied and encrypted again.
   ``secure_delete`` is on for these writes, so the old values do not linger in free pages.
3. ``sync_ops`` — operations the server acknowledged are deleted after
   ``retention.sent_sync_ops_days``, and at once for records past their retention (their
   payloads repeat the personal data). Unsent and refused ones are never touched (they still
   have to reach the server or a technician); how many of those still carry personal data of
   erased records is logged.
4. ``files`` — pages left in the scan inbox (``.taken``/``.rejected``), the simulated printer's
   pictures, and, only when ``retention.dossier_files_days`` is set, this terminal's copy of
   ended dossiers' scanned PDFs (never one a younger dossier or an unsent operation needs).
5. ``reports`` — the KPI report's summary tables brought up to date (a first report on a
   large store otherwise spends half a minute computing them).
6. ``database`` — ``ANALYZE`` (bounded by ``analysis_limit``), ``PRAGMA optimize``, ``VACUUM``
   when at least ``housekeeping.vacuum_free_percent`` of the file is free pages *and* VACUUM is
   allowed, then a WAL checkpoint.

The purge is local: this terminal's copy only. The dossier as a legal record lives with the
agency and the central server, which keeps the change feed it was sent and has its own rules;
nothing is pushed to the outbox for an erasure (docs/operations.md).

The GUI holding the database: every write here is a short ``BEGIN IMMEDIATE`` transaction
(a few hundred rows, or :data:`kiosk.reports.cache.CHUNK_SECONDS` of work) on a connection
with a 30 s ``busy_timeout``, so a ticket being issued waits milliseconds. VACUUM is the
exception — it holds the write lock for as long as it copies the database — so it only runs
at the scheduled hour (``housekeeping.daily_at``, default 02:00 Asia/Ho_Chi_Minh, and the
three hours after it) or when a technician asks (``kiosk housekeeping --now``); a run caught up
at the next start of a terminal that was off at night leaves it for a night the terminal is
on. (No ``VACUUM INTO``: nothing here needs a copy.)

When: the supervisor looks every minute (the first time 30 s after the GUI came up); the run
is due when the last one (``run/housekeeping.json``) is older than the latest scheduled time.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import re
import sqlite3
import threading
import time
from collections.abc import Callable, Collection, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.config_ops import HousekeepingConfig, RetentionConfig
from kiosk.filelock import ExclusiveFileLock
from kiosk.paths import atomic_write_text
from kiosk.security.crypto import KeyRing
from kiosk.store.crypto_types import DOSSIER_APPLICANT, OUTBOX_PAYLOAD, open_json, seal_json
from kiosk.timeutil import LOCAL_TZ, local_day, utc_now

if TYPE_CHECKING:
    from kiosk.config import Config

log = logging.getLogger("kiosk.housekeeping")

STATE_FILE = "housekeeping.json"
LOCK_FILE = "housekeeping.lock"
BUSY_TIMEOUT_MS = 30_000
CHUNK = 200  # rows per write transaction
VACUUM_WINDOW = dt.timedelta(hours=3)  # after daily_at: VACUUM allowed in a scheduled run
CRASH_LOG_MAX = 2_000_000
ANALYSIS_LIMIT = 1000

# a dossier in one of these states will not change again: its applicant is no longer needed here
ENDED_DOSSIER_STATES = ("returned", "refused", "incomplete", "withdrawn", "cancelled")
ENDED_FEEDBACK_STATES = ("answered", "closed")
ACKED_OPS = ("applied", "duplicate")
PRINTER_OUTPUT = (".png", ".bin", ".pdf")
NEEDS_DATABASE = ("personal_data", "sync_ops", "reports", "database")
_SHA = re.compile(r"\b[0-9a-f]{64}\b")


@dataclass
class Step:
    name: str
    ok: bool = True
    seconds: float = 0.0
    counts: dict[str, int] = field(default_factory=dict)
    detail: str = ""


@dataclass
class Report:
    started_at: str
    finished_at: str = ""
    vacuum_allowed: bool = False
    steps: list[Step] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return all(s.ok for s in self.steps)

    def step(self, name: str) -> Step | None:
        return next((s for s in self.steps if s.name == name), None)

    def to_json(self) -> dict[str, Any]:
        return {**asdict(self), "ok": self.ok}


# ---------------------------------------------------------------------- schedule
def latest_slot(now: dt.datetime, at: dt.time) -> dt.datetime:
    """The latest moment at or before ``now`` when the clock in Viet Nam read ``at`` (UTC)."""
    local = now.astimezone(LOCAL_TZ)
    slot = dt.datetime.combine(local.date(), at, LOCAL_TZ)
    if slot > local:
        slot -= dt.timedelta(days=1)
    return slot.astimezone(dt.UTC)


def is_due(now: dt.datetime, last_run: dt.datetime | None, at: dt.time) -> bool:
    """Due when it never ran, or last ran before the latest scheduled time (a missed night
    included: a terminal switched off at 02:00 catches up at its next start)."""
    return last_run is None or last_run < latest_slot(now, at)


def vacuum_allowed(now: dt.datetime, at: dt.time) -> bool:
    """Within :data:`VACUUM_WINDOW` after the scheduled time (nobody is being served)."""
    return now - latest_slot(now, at) <= VACUUM_WINDOW


def state_path(home: Path) -> Path:
    return home / "run" / STATE_FILE


def read_state(home: Path) -> dict[str, Any]:
    try:
        data = json.loads(state_path(home).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def last_run(home: Path) -> dt.datetime | None:
    value = read_state(home).get("last_run")
    try:
        moment = dt.datetime.fromisoformat(str(value)) if value else None
    except ValueError:
        return None
    return moment if moment is None or moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def _record(home: Path, report: Report, started: dt.datetime) -> None:
    previous = read_state(home)
    db = report.step("database")
    vacuumed = bool(db and db.counts.get("vacuumed"))
    state = {
        "last_run": started.isoformat(timespec="seconds"),
        "finished_at": report.finished_at,
        "ok": report.ok,
        "last_vacuum": report.finished_at if vacuumed else previous.get("last_vacuum"),
        "vacuum_pending": bool(db and db.counts.get("vacuum_pending")),
        "steps": [asdict(s) for s in report.steps],
    }
    path = state_path(home)
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_text(path, json.dumps(state, ensure_ascii=False, indent=1) + "\n")


class _RunLock:
    """``run/housekeeping.lock``: one housekeeping at a time."""

    def __init__(self, home: Path) -> None:
        self.lock = ExclusiveFileLock(home / "run" / LOCK_FILE)

    def __enter__(self) -> _RunLock:
        if self.lock.acquire() is not None:
            from kiosk.ops_messages import OpsError

            raise OpsError("housekeeping_running")
        return self

    def __exit__(self, *exc: object) -> None:
        self.lock.release()


# ---------------------------------------------------------------------- the run
STEPS = ("logs", "personal_data", "sync_ops", "files", "reports", "database")


def run_housekeeping(home: Path, config: Config, *, now: dt.datetime | None = None,
                     vacuum: bool = True, record: bool = True,
                     steps: Collection[str] = STEPS) -> Report:
    """Every step (see the module's docstring); the report of what each did.

    Args:
        home: KIOSK_HOME.
        config: The terminal's configuration (its ``ops`` tables).
        now: The moment retention is measured from (default: now).
        vacuum: Whether VACUUM may run (it still runs only when worthwhile).
        record: Write ``run/housekeeping.json`` (the schedule's memory).
        steps: The steps to run (default: all, :data:`STEPS`).

    Raises:
        OpsError: Another housekeeping is running (``housekeeping_running``).
    """
    started = utc_now()
    now = now or started
    report = Report(started_at=started.isoformat(timespec="seconds"), vacuum_allowed=vacuum)
    retention = config.ops.retention
    hk = config.ops.housekeeping
    db_path = home / "kiosk.db"
    migrated = _database_ready(db_path)
    keys = KeyRing.for_database(db_path)  # the store's own (kiosk/store/db.py)
    work: dict[str, Callable[[], dict[str, int]]] = {
        "logs": lambda: prune_logs(home / "logs", now, hk.log_days),
        "personal_data": lambda: _audited_purge(db_path, config, _with_db(db_path, lambda c: purge_personal_data(
            c, retention, now, keys, standalone=not (home / "device.json").exists()))),
        "sync_ops": lambda: _with_db(db_path, lambda c: prune_sync_ops(c, retention, now)),
        "files": lambda: prune_files(home, config, now, db_path if migrated else None, keys),
        "reports": lambda: warm_reports(db_path, now),
        "database": lambda: _with_db(db_path, lambda c: tune_database(c, hk, vacuum)),
    }
    with _RunLock(home):
        log.info("housekeeping started", extra={"event": "housekeeping_start", "vacuum_allowed": vacuum})
        for name in STEPS:
            if name not in steps:
                continue
            if name in NEEDS_DATABASE and not migrated:
                report.steps.append(Step(name, True, 0.0, {}, "no database at the current schema yet"))
                continue
            _step(report, name, work[name])
        report.finished_at = utc_now().isoformat(timespec="seconds")
        if record:
            _record(home, report, started)
        level = logging.INFO if report.ok else logging.ERROR
        log.log(level, "housekeeping %s: %s", "done" if report.ok else "done with failures",
                "; ".join(f"{s.name}{'' if s.ok else ' FAILED'} {_counts_text(s.counts)}".strip()
                          for s in report.steps),
                extra={"event": "housekeeping_done", "ok": report.ok,
                       "steps": {s.name: {"ok": s.ok, "seconds": round(s.seconds, 3), **s.counts}
                                 for s in report.steps}})
    return report


def _counts_text(counts: dict[str, int]) -> str:
    return ", ".join(f"{k}={v}" for k, v in counts.items() if v)


def _step(report: Report, name: str, fn: Callable[[], dict[str, int]]) -> None:
    started = time.perf_counter()
    step = Step(name)
    try:
        step.counts = fn()
    except Exception as exc:  # one step failing never stops the others
        log.exception("housekeeping step %s failed", name)
        step.ok = False
        step.detail = f"{type(exc).__name__}: {exc}"[:300]
    step.seconds = time.perf_counter() - started
    report.steps.append(step)


def _database_ready(path: Path) -> bool:
    """The database exists at the schema this version knows (the GUI migrates it; never here,
    beside a GUI that may be migrating at the same moment)."""
    from kiosk.store.migrate import HEAD, current_revision

    return path.exists() and current_revision(path) == HEAD


def connect(path: Path) -> sqlite3.Connection:
    """A connection for housekeeping: explicit transactions, a long busy timeout (it waits for
    the GUI's short writes, never the other way round for long)."""
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA synchronous=FULL")
    return conn


def _with_db(path: Path, fn: Callable[[sqlite3.Connection], dict[str, int]]) -> dict[str, int]:
    conn = connect(path)
    try:
        return fn(conn)
    finally:
        conn.close()


def _db_time(moment: dt.datetime) -> str:
    """As SQLAlchemy stores an aware time in SQLite (naive UTC text), comparable as text."""
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def _placeholders(values: tuple[str, ...]) -> str:
    return ", ".join("?" for _ in values)


# ---------------------------------------------------------------------- 1. logs
def prune_logs(folder: Path, now: dt.datetime, days: int) -> dict[str, int]:
    """Delete files of the logs folder not written for ``days`` days (never a kind's current
    file); cut ``crash-gui.log`` down to its last half when it passed 2 MB."""
    from kiosk.logsetup import KINDS, LOCK_NAME, SUFFIX
    from kiosk.supervisor import CRASH_FILE

    counts = {"deleted": 0, "bytes": 0, "crash_log_trimmed": 0}
    if not folder.is_dir():
        return counts
    keep = {f"{kind}{SUFFIX}" for kind in KINDS} | {CRASH_FILE, LOCK_NAME}
    limit = now.timestamp() - days * 86400
    for path in folder.iterdir():
        if not path.is_file() or path.name in keep:
            continue
        try:
            stat = path.stat()
            if stat.st_mtime < limit:
                path.unlink()
                counts["deleted"] += 1
                counts["bytes"] += stat.st_size
        except OSError as exc:
            log.warning("cannot delete old log %s: %s", path.name, exc)
    crash = folder / CRASH_FILE
    try:
        if crash.stat().st_size > CRASH_LOG_MAX:
            with open(crash, "rb") as fh:
                fh.seek(-CRASH_LOG_MAX // 2, os.SEEK_END)
                tail = fh.read()
            # the GUI appends to it (O_APPEND): a rewrite in place keeps its descriptor valid
            with open(crash, "r+b") as fh:
                fh.write(b"--- (older traces removed by housekeeping)\n" + tail)
                fh.truncate()
            counts["crash_log_trimmed"] = 1
    except OSError:  # a crash log that cannot be trimmed now is trimmed the next night
        pass
    return counts


# ---------------------------------------------------------------------- 2. personal data
_DOSSIER_ENDED_AT = ("COALESCE(d.returned_at, (SELECT max(e.at) FROM dossier_events e "
                     "WHERE e.dossier_id = d.id), d.received_at)")
_FEEDBACK_ENDED_AT = "COALESCE(f.closed_at, f.answered_at, f.received_at)"


def _groups(days_by_field: dict[str, int]) -> dict[int, list[str]]:
    """Fields with the same number of days together (0: kept for ever, left out)."""
    out: dict[int, list[str]] = {}
    for name, days in days_by_field.items():
        if days > 0:
            out.setdefault(days, []).append(name)
    return out


def _begin(conn: sqlite3.Connection) -> None:
    conn.execute("BEGIN IMMEDIATE")


def unsynced_dossiers(conn: sqlite3.Connection) -> set[str]:
    """Dossiers the server does not have as they are here: an op of theirs (the dossier's, or one
    of its events') not acknowledged yet — pending, or refused and waiting for a technician."""
    acked = _placeholders(ACKED_OPS)
    return {str(r[0]) for r in conn.execute(
        f"SELECT o.entity_id FROM outbox o WHERE o.status NOT IN ({acked}) AND o.entity = 'dossier' "
        f"UNION SELECT e.dossier_id FROM outbox o JOIN dossier_events e ON e.id = o.entity_id "
        f"WHERE o.status NOT IN ({acked}) AND o.entity = 'dossier_event'", (*ACKED_OPS, *ACKED_OPS))}


_UNSYNCED_FEEDBACK = (f"SELECT o.entity_id FROM outbox o WHERE o.entity = 'feedback' "
                      f"AND o.status NOT IN ({_placeholders(ACKED_OPS)})")


def _audited_purge(db_path: Path, config: Config, counts: dict[str, int]) -> dict[str, int]:
    """A purge that erased something goes into the audit trail too (counts, never values)."""
    erased = {k: v for k, v in counts.items() if not k.endswith("_not_synced") and v}
    if erased:
        from kiosk.audit import record_system

        record_system(db_path, config.center_code, "personal_data_purge", "retention", erased)
    return counts


def purge_personal_data(conn: sqlite3.Connection, retention: RetentionConfig, now: dt.datetime,
                        keys: KeyRing, *, standalone: bool = False) -> dict[str, int]:
    """Erase what ``retention`` says is old enough; counts per field (see the module's docstring).

    Only records that ended (:data:`ENDED_DOSSIER_STATES`, :data:`ENDED_FEEDBACK_STATES`) long
    enough ago *and* that the server has (no op of theirs left unacknowledged in the outbox): a
    record whose last change has not reached the server keeps its data until it has. Those are
    counted (``dossiers_not_synced``, ``feedback_not_synced``), never erased. The applicant is
    encrypted (kiosk/store/crypto_types.py): each candidate is decrypted, its fields past their
    retention emptied, and written back encrypted only when something was emptied. Counts only
    reach the log, never a value.

    ``standalone``: this terminal is not enrolled with a server (the embedded default); there is
    nowhere to sync to, so "synced" is not asked for (else its data would be kept for ever).
    """
    conn.execute("PRAGMA secure_delete=ON")
    counts: dict[str, int] = {}
    states = ENDED_DOSSIER_STATES
    unsynced = set() if standalone else unsynced_dossiers(conn)
    unsynced_feedback = (_UNSYNCED_FEEDBACK.replace("WHERE o.entity", "WHERE 0 AND o.entity")
                         if standalone else _UNSYNCED_FEEDBACK)
    waiting: set[str] = set()
    for days, names in _groups(retention.applicant_fields()).items():
        cutoff = _db_time(now - dt.timedelta(days=days))
        # in id order from where the last chunk ended: one pass over the table in all
        query = (f"SELECT d.id, d.applicant FROM dossiers d WHERE d.id > ? "
                 f"AND d.state IN ({_placeholders(states)}) "
                 f"AND {_DOSSIER_ENDED_AT} < ? ORDER BY d.id LIMIT {CHUNK}")
        after = ""
        while True:
            _begin(conn)
            try:
                rows = conn.execute(query, (after, *states, cutoff)).fetchall()
                for dossier_id, stored in rows:
                    after = max(after, dossier_id)
                    applicant = open_json(keys, DOSSIER_APPLICANT, stored)
                    if not isinstance(applicant, dict):
                        continue
                    filled = [n for n in names if applicant.get(n) not in (None, "")]
                    if not filled:
                        continue
                    if dossier_id in unsynced:
                        waiting.add(dossier_id)
                        continue
                    for name in filled:
                        applicant[name] = ""
                        counts[f"applicant_{name}"] = counts.get(f"applicant_{name}", 0) + 1
                    conn.execute("UPDATE dossiers SET applicant = ? WHERE id = ?",
                                 (seal_json(keys, DOSSIER_APPLICANT, applicant), dossier_id))
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            if not rows:
                break
    fstates = ENDED_FEEDBACK_STATES
    waiting_feedback: set[str] = set()
    for days, names in _groups(retention.feedback_fields()).items():
        cutoff = _db_time(now - dt.timedelta(days=days))
        for name in names:
            # the stored value is ciphertext, but NULL and "" stay as they are (crypto_types.py)
            past = (f"SELECT f.id FROM feedback f WHERE f.state IN ({_placeholders(fstates)}) "
                    f"AND {_FEEDBACK_ENDED_AT} < ? AND COALESCE(f.{name}, '') != ''")
            statement = (f"UPDATE feedback SET {name} = NULL WHERE id IN ({past} "
                         f"AND f.id NOT IN ({unsynced_feedback}) LIMIT {CHUNK})")
            key = name.replace("contact_", "feedback_")
            while True:
                _begin(conn)
                try:
                    changed = conn.execute(statement, (*fstates, cutoff, *ACKED_OPS)).rowcount
                    conn.execute("COMMIT")
                except BaseException:
                    conn.execute("ROLLBACK")
                    raise
                if changed <= 0:
                    break
                counts[key] = counts.get(key, 0) + changed
            waiting_feedback.update(str(r[0]) for r in conn.execute(
                f"{past} AND f.id IN ({unsynced_feedback})", (*fstates, cutoff, *ACKED_OPS)))
    if counts:
        log.info("personal data past its retention erased: %s", _counts_text(counts),
                 extra={"event": "retention_purge", **counts})
    if waiting or waiting_feedback:
        counts["dossiers_not_synced"] = len(waiting)
        counts["feedback_not_synced"] = len(waiting_feedback)
        log.warning("personal data past its retention kept until the server has the record: %d dossiers, "
                    "%d complaints with changes not yet acknowledged", len(waiting), len(waiting_feedback),
                    extra={"event": "retention_waits_for_sync", "dossiers": len(waiting),
                           "feedback": len(waiting_feedback)})
    return counts


def _past_retention(retention: RetentionConfig, now: dt.datetime) -> tuple[str, tuple[Any, ...]]:
    """SQL (and its parameters) selecting the ids of dossiers and complaints some of whose
    personal data is past its retention: their acknowledged sync ops go."""
    parts: list[str] = []
    params: list[Any] = []
    dossier_days = [d for d in retention.applicant_fields().values() if d > 0]
    if dossier_days:
        parts.append(f"SELECT d.id FROM dossiers d WHERE d.state IN ({_placeholders(ENDED_DOSSIER_STATES)}) "
                     f"AND {_DOSSIER_ENDED_AT} < ?")
        params += [*ENDED_DOSSIER_STATES, _db_time(now - dt.timedelta(days=min(dossier_days)))]
    feedback_days = [d for d in retention.feedback_fields().values() if d > 0]
    if feedback_days:
        parts.append(f"SELECT f.id FROM feedback f WHERE f.state IN ({_placeholders(ENDED_FEEDBACK_STATES)}) "
                     f"AND {_FEEDBACK_ENDED_AT} < ?")
        params += [*ENDED_FEEDBACK_STATES, _db_time(now - dt.timedelta(days=min(feedback_days)))]
    return " UNION ALL ".join(parts), tuple(params)


def prune_sync_ops(conn: sqlite3.Connection, retention: RetentionConfig,
                   now: dt.datetime) -> dict[str, int]:
    conn.execute("PRAGMA secure_delete=ON")
    counts = {"acknowledged_deleted": 0, "of_erased_records": 0, "unsent_with_personal_data": 0}
    acked = _placeholders(ACKED_OPS)
    if retention.sent_sync_ops_days > 0:
        cutoff = _db_time(now - dt.timedelta(days=retention.sent_sync_ops_days))
        counts["acknowledged_deleted"] = _delete_chunks(
            conn, f"DELETE FROM outbox WHERE id IN (SELECT id FROM outbox WHERE status IN ({acked}) "
                  f"AND sent_at < ? LIMIT 1000)", (*ACKED_OPS, cutoff))
    ids_sql, ids_params = _past_retention(retention, now)
    if ids_sql:
        counts["of_erased_records"] = _delete_chunks(
            conn, f"DELETE FROM outbox WHERE id IN (SELECT id FROM outbox WHERE status IN ({acked}) "
                  f"AND entity IN ('dossier', 'feedback') AND entity_id IN ({ids_sql}) LIMIT 1000)",
            (*ACKED_OPS, *ids_params))
        counts["unsent_with_personal_data"] = int(conn.execute(
            f"SELECT count(*) FROM outbox WHERE status NOT IN ({acked}) "
            f"AND entity IN ('dossier', 'feedback') AND entity_id IN ({ids_sql})",
            (*ACKED_OPS, *ids_params)).fetchone()[0])
        if counts["unsent_with_personal_data"]:
            log.warning("%d unsent or refused sync operations still carry personal data of records past "
                        "their retention (they must reach the server, or a technician, first)",
                        counts["unsent_with_personal_data"], extra={"event": "retention_unsent"})
    return counts


def _delete_chunks(conn: sqlite3.Connection, statement: str, params: tuple[Any, ...]) -> int:
    total = 0
    while True:
        _begin(conn)
        try:
            changed = conn.execute(statement, params).rowcount
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        if changed <= 0:
            return total
        total += changed


# ---------------------------------------------------------------------- 4. files
def _old_files(folder: Path, limit: float, suffixes: tuple[str, ...] | None = None) -> Iterator[Path]:
    if not folder.is_dir():
        return
    for path in folder.iterdir():
        try:
            if (path.is_file() and (suffixes is None or path.suffix.lower() in suffixes)
                    and path.stat().st_mtime < limit):
                yield path
        except OSError:
            continue


def _unlink_all(paths: Iterator[Path] | list[Path]) -> int:
    n = 0
    for path in paths:
        try:
            path.unlink()
            n += 1
        except OSError as exc:
            log.warning("cannot delete %s: %s", path, exc)
    return n


def prune_files(home: Path, config: Config, now: dt.datetime, db_path: Path | None,
                keys: KeyRing | None = None) -> dict[str, int]:
    retention = config.ops.retention
    counts = {"scan_inbox": 0, "printer_output": 0, "dossier_files": 0}
    if retention.scan_inbox_days > 0:
        inbox = config.reception.scan_inbox or home / "scan-inbox"
        limit = now.timestamp() - retention.scan_inbox_days * 86400
        for sub in (".taken", ".rejected"):
            counts["scan_inbox"] += _unlink_all(list(_old_files(inbox / sub, limit)))
    if retention.printer_output_days > 0:
        limit = now.timestamp() - retention.printer_output_days * 86400
        counts["printer_output"] = _unlink_all(list(_old_files(home / "printer-sim", limit, PRINTER_OUTPUT)))
    if retention.dossier_files_days > 0 and db_path is not None:
        counts["dossier_files"] = _prune_dossier_files(home, db_path, retention.dossier_files_days, now,
                                                       keys or KeyRing.for_database(db_path))
    if any(counts.values()):
        log.info("old files deleted: %s", _counts_text(counts), extra={"event": "files_pruned", **counts})
    return counts


def _prune_dossier_files(home: Path, db_path: Path, days: int, now: dt.datetime, keys: KeyRing) -> int:
    """This terminal's copies of scanned papers of dossiers that ended ``days`` ago — except a
    file a younger (or open) dossier shares, or an unsent sync op still has to upload."""
    from kiosk.dossier.setup import file_store

    cutoff = _db_time(now - dt.timedelta(days=days))
    states = ENDED_DOSSIER_STATES
    old_sql = (f"SELECT d.id FROM dossiers d WHERE d.state IN ({_placeholders(states)}) "
               f"AND {_DOSSIER_ENDED_AT} < ?")
    conn = connect(db_path)
    try:
        old = {r[0] for r in conn.execute(
            f"SELECT DISTINCT sha256 FROM dossier_components WHERE sha256 IS NOT NULL "
            f"AND dossier_id IN ({old_sql})", (*states, cutoff))}
        needed = {r[0] for r in conn.execute(
            f"SELECT DISTINCT sha256 FROM dossier_components WHERE sha256 IS NOT NULL "
            f"AND dossier_id NOT IN ({old_sql})", (*states, cutoff))}
        # unsent ops are few; their payloads are encrypted (kiosk/store/crypto_types.py)
        for (stored,) in conn.execute(
                f"SELECT payload FROM outbox WHERE status NOT IN ({_placeholders(ACKED_OPS)})", ACKED_OPS):
            payload = open_json(keys, OUTBOX_PAYLOAD, stored)
            if isinstance(payload, dict) and payload.get("blobs"):
                needed.update(_SHA.findall(json.dumps(payload)))
    finally:
        conn.close()
    files = file_store(home)
    return _unlink_all([p for p in (files.path(sha) for sha in sorted(old - needed)) if p.exists()])


# ---------------------------------------------------------------------- 5. reports
def warm_reports(db_path: Path, now: dt.datetime) -> dict[str, int]:
    """Bring the KPI summary tables up to date from the first record to yesterday."""
    from sqlalchemy import text

    from kiosk.reports.cache import refresh
    from kiosk.reports.computation import MAX_DAYS
    from kiosk.store.db import Store

    store = Store(db_path)
    try:
        with store.read() as s:
            firsts = [s.execute(text(q)).scalar() for q in (
                "SELECT min(local_day) FROM tickets", "SELECT min(local_day) FROM dossiers",
                "SELECT date(min(at), '+7 hours') FROM ratings")]
        days = [dt.date.fromisoformat(str(d)[:10]) for d in firsts if d]
        today = local_day(now)
        last = today - dt.timedelta(days=1)
        if not days:
            return {"computed": 0}
        first = max(min(days), today - dt.timedelta(days=MAX_DAYS - 1))
        if first > last:
            return {"computed": 0}
        return {"computed": refresh(store, first, last, today)}
    finally:
        store.dispose()


# ---------------------------------------------------------------------- 6. database
def tune_database(conn: sqlite3.Connection, hk: HousekeepingConfig, vacuum: bool) -> dict[str, int]:
    counts: dict[str, int] = {}
    conn.execute(f"PRAGMA analysis_limit={ANALYSIS_LIMIT}")
    conn.execute("ANALYZE")
    conn.execute("PRAGMA optimize")
    counts["analyzed"] = 1
    pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
    free = int(conn.execute("PRAGMA freelist_count").fetchone()[0])
    counts["pages"], counts["free_pages"] = pages, free
    worthwhile = pages > 0 and free * 100 >= hk.vacuum_free_percent * pages
    if worthwhile and vacuum:
        started = time.perf_counter()
        conn.execute("VACUUM")
        counts["vacuumed"] = 1
        counts["vacuum_ms"] = int((time.perf_counter() - started) * 1000)
        counts["pages_after"] = int(conn.execute("PRAGMA page_count").fetchone()[0])
    elif worthwhile:
        counts["vacuum_pending"] = 1
    busy, wal_pages, _done = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    counts["wal_pages"] = int(wal_pages)
    counts["checkpoint_busy"] = int(busy)
    return counts


# ---------------------------------------------------------------------- the schedule
class Scheduler:
    """The supervisor's daily housekeeping: :meth:`tick` (about once a minute) starts a run in
    a thread when one is due; a configuration that does not read is logged and skipped."""

    def __init__(self, home: Path, clock: Callable[[], dt.datetime] = utc_now,
                 load: Callable[[], Config] | None = None) -> None:
        self.home = home
        self.clock = clock
        self.load = load
        self.thread: threading.Thread | None = None
        self._config_problem = ""

    def tick(self) -> bool:
        """True when a run was started."""
        if self.thread is not None and self.thread.is_alive():
            return False
        from kiosk.errors import ConfigError

        try:
            if self.load is not None:
                config = self.load()
            else:
                from kiosk.config import load_config

                config = load_config(self.home / "config.toml")
        except ConfigError as exc:
            if str(exc) != self._config_problem:
                self._config_problem = str(exc)
                log.error("housekeeping skipped: the configuration does not read: %s", exc)
            return False
        hk = config.ops.housekeeping
        now = self.clock()
        if not hk.enabled or not is_due(now, last_run(self.home), hk.daily_at):
            return False
        allowed = vacuum_allowed(now, hk.daily_at)
        self.thread = threading.Thread(target=self._run, args=(config, allowed), name="housekeeping",
                                       daemon=True)
        self.thread.start()
        return True

    def _run(self, config: Config, allowed: bool) -> None:
        from kiosk.errors import KioskError

        try:
            run_housekeeping(self.home, config, vacuum=allowed)
        except KioskError as exc:
            log.warning("housekeeping not run: %s", exc)
        except Exception:
            log.exception("housekeeping failed")
