"""Structured logs under ``KIOSK_HOME/logs``: one JSON object per line, rotated by size.

One file per kind of process, so that each file normally has one writer:

* ``kiosk.jsonl`` — the GUI (the child of ``kiosk run``, or ``kiosk run --no-watchdog``);
* ``supervisor.jsonl`` — the watchdog of ``kiosk run`` and the daily housekeeping it runs;
* ``cli.jsonl`` — every other command (``kiosk ticket take``, ``kiosk sync``…).

Each file rotates at 2 MB and keeps 5 old ones (``kiosk.jsonl.1`` … ``.5``): at most 12 MB per
kind, months of a kiosk's life. Two CLI commands can still run at once; the handler below makes
that safe: the size is read from the file on disk, rotation is done under a lock file, and a
process that finds the file rotated by another reopens the new one. The daily housekeeping
deletes log files older than ``housekeeping.log_days``.

A line: ``{"ts": "2026-11-24T01:02:03.456Z", "level": "ERROR", "logger": "kiosk.supervisor",
"message": "…", "pid": 1234, "role": "kiosk", …extra fields…, "exc": "Traceback…"}`` — UTC
time first, Vietnamese kept readable (not ``\\u`` escapes); ``kiosk logs`` prints them as plain
lines in local time.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import logging.handlers
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

KINDS = ("kiosk", "supervisor", "cli")
SUFFIX = ".jsonl"
MAX_BYTES = 2_000_000
BACKUPS = 5
LOCK_NAME = ".rotate.lock"

_role: str | None = None

# attributes every LogRecord has: anything else was given with ``extra=`` and is written too
_STANDARD = frozenset(vars(logging.LogRecord("", 0, "", 0, "", None, None))) | {"message", "asctime"}


def set_role(role: str | None) -> None:
    """The terminal's role, written on every line from now on (known once the config is read)."""
    global _role
    _role = role


def log_dir(home: Path) -> Path:
    return home / "logs"


def log_path(home: Path, kind: str) -> Path:
    if kind not in KINDS:
        raise ValueError(kind)
    return log_dir(home) / f"{kind}{SUFFIX}"


def utc_stamp(seconds: float) -> str:
    moment = dt.datetime.fromtimestamp(seconds, dt.UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


class JsonFormatter(logging.Formatter):
    """A record as one line of JSON (see the module's docstring)."""

    def format(self, record: logging.LogRecord) -> str:
        out: dict[str, Any] = {
            "ts": utc_stamp(record.created),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            "pid": record.process,
            "role": _role,
        }
        for key, value in vars(record).items():
            if key not in _STANDARD and not key.startswith("_") and key not in out:
                out[key] = value
        if record.exc_info:
            out["exc"] = self.formatException(record.exc_info)
        elif record.exc_text:
            out["exc"] = record.exc_text
        if record.stack_info:
            out["stack"] = self.formatStack(record.stack_info)
        return json.dumps(out, ensure_ascii=False, default=str)


class SharedRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A size-rotated file that more than one process may append to.

    The standard handler decides from its own stream position and renames the file under the
    other writers' feet. Here: the size is the file's on disk; rotation happens under an
    exclusive lock (``logs/.rotate.lock``, POSIX) after checking again that the file still needs
    it; a writer whose open file is no longer the one at the path (rotated by another process)
    reopens it before writing. Where a rename is refused (Windows, the file open elsewhere) the
    rotation waits for a later line instead of failing.
    """

    def __init__(self, path: Path, max_bytes: int = MAX_BYTES, backups: int = BACKUPS) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        super().__init__(path, maxBytes=max_bytes, backupCount=backups, encoding="utf-8", delay=True)
        self._lock_path = path.parent / LOCK_NAME

    def _reopen_if_moved(self) -> None:
        if self.stream is None:
            return
        try:
            on_disk = os.stat(self.baseFilename)
            mine = os.fstat(self.stream.fileno())
        except OSError:
            on_disk = None
            mine = None
        if on_disk is None or mine is None or (on_disk.st_ino, on_disk.st_dev) != (mine.st_ino, mine.st_dev):
            self.stream.close()
            self.stream = None  # reopened by emit()

    def emit(self, record: logging.LogRecord) -> None:
        self._reopen_if_moved()
        super().emit(record)

    def shouldRollover(self, record: logging.LogRecord) -> bool:  # noqa: N802 (logging API)
        if self.maxBytes <= 0:
            return False
        try:
            size = os.stat(self.baseFilename).st_size
        except OSError:
            return False
        return size >= self.maxBytes

    def doRollover(self) -> None:  # noqa: N802 (logging API)
        with _FileLock(self._lock_path):
            try:
                still_big = os.stat(self.baseFilename).st_size >= self.maxBytes
            except OSError:
                still_big = False
            if not still_big:  # another process rotated it meanwhile: write to the new file
                if self.stream is not None:
                    self.stream.close()
                    self.stream = None
                return
            try:
                super().doRollover()
            except OSError:  # a rename refused (Windows): keep writing, try again later
                if self.stream is None:
                    self.stream = self._open()


class _FileLock:
    """An exclusive lock on a file (POSIX ``flock``; elsewhere no lock)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.fd: int | None = None

    def __enter__(self) -> _FileLock:
        try:
            import fcntl
        except ImportError:
            return self
        try:
            self.fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
            fcntl.flock(self.fd, fcntl.LOCK_EX)
        except OSError:
            if self.fd is not None:
                os.close(self.fd)
            self.fd = None
        return self

    def __exit__(self, *exc: object) -> None:
        if self.fd is not None:
            os.close(self.fd)  # closing releases the lock
            self.fd = None


# marks the handlers this module installed, so a second set-up replaces them
_MARK = "_kiosk_logsetup"


def setup_logging(kind: str = "cli", *, home: Path | None = None, role: str | None = None,
                  level: int = logging.INFO, stderr_level: int | None = None) -> Path:
    """Log to ``KIOSK_HOME/logs/<kind>.jsonl`` (and, when ``stderr_level`` is given, plain lines
    of that level and above to stderr). Calling it again replaces what it installed before.

    Returns:
        The log file's path (told to the user when something unexpected happens).

    Raises:
        OSError: The logs folder cannot be created.
    """
    if home is None:
        from kiosk.paths import kiosk_home

        home = kiosk_home()
    path = log_path(home, kind)
    path.parent.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, _MARK, False)]:
        root.removeHandler(old)
        old.close()
    handler = SharedRotatingFileHandler(path)
    handler.setFormatter(JsonFormatter())
    setattr(handler, _MARK, True)
    root.addHandler(handler)
    if stderr_level is not None:
        console = logging.StreamHandler(sys.stderr)
        console.setLevel(stderr_level)
        console.setFormatter(logging.Formatter("kiosk: %(message)s"))
        setattr(console, _MARK, True)
        root.addHandler(console)
    root.setLevel(level)
    if role is not None:
        set_role(role)
    return path


# ---------------------------------------------------------------------- reading
def read_records(path: Path) -> Iterator[dict[str, Any]]:
    """The records of one log file, oldest first; a line that is not JSON comes as its text."""
    try:
        fh = open(path, encoding="utf-8", errors="replace")
    except OSError:
        return
    with fh:
        for line in fh:
            line = line.strip()
            if not line:
                continue
            try:
                record = json.loads(line)
            except ValueError:
                record = None
            yield record if isinstance(record, dict) else {"message": line}


def log_files(home: Path, kind: str) -> list[Path]:
    """A kind's files, oldest first (``kiosk.jsonl.5`` … ``kiosk.jsonl``)."""
    base = log_path(home, kind)
    rotated = sorted((p for p in base.parent.glob(base.name + ".*") if p.suffix[1:].isdigit()),
                     key=lambda p: -int(p.suffix[1:]))
    return [*rotated, base] if base.exists() else rotated


def human_line(record: dict[str, Any]) -> str:
    """``2026-11-24 08:01:02 ERROR kiosk.supervisor [kiosk 1234]: message`` in local time."""
    from kiosk.timeutil import LOCAL_TZ

    ts = str(record.get("ts", ""))
    try:
        shown = dt.datetime.fromisoformat(ts.replace("Z", "+00:00")).astimezone(LOCAL_TZ)
        when = shown.strftime("%Y-%m-%d %H:%M:%S")
    except ValueError:
        when = ts or "?"
    who = " ".join(str(x) for x in (record.get("role"), record.get("pid")) if x)
    head = f"{when} {record.get('level', ''):7s} {record.get('logger', '')}" + (f" [{who}]" if who else "")
    text = f"{head}: {record.get('message', '')}"
    if record.get("exc"):
        text += "\n    " + str(record["exc"]).replace("\n", "\n    ")
    return text
