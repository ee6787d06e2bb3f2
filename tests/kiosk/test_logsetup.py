"""Structured logs (kiosk/logsetup.py): one JSON object per line, rotated, safe for two writers."""

from __future__ import annotations

import json
import logging
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.logsetup import (
    JsonFormatter,
    SharedRotatingFileHandler,
    human_line,
    log_files,
    read_records,
    set_role,
    setup_logging,
)


@pytest.fixture
def logger(tmp_path: Path) -> Iterator[tuple[logging.Logger, Path]]:
    path = tmp_path / "logs" / "cli.jsonl"
    handler = SharedRotatingFileHandler(path)
    handler.setFormatter(JsonFormatter())
    log = logging.getLogger("kiosk.test.logsetup")
    log.propagate = False
    log.setLevel(logging.INFO)
    log.addHandler(handler)
    yield log, path
    log.removeHandler(handler)
    handler.close()
    set_role(None)


def test_a_line_is_json_with_utc_time_level_logger_pid_role_and_extras(logger):
    log, path = logger
    set_role("counter")
    log.warning("quầy %d: đã gọi số %s", 3, "A015", extra={"event": "called", "counter": 3})
    try:
        raise ValueError("hỏng")
    except ValueError:
        log.exception("không in được")
    lines = path.read_text(encoding="utf-8").splitlines()
    assert "quầy 3: đã gọi số A015" in lines[0]  # Vietnamese readable, not \\u escapes
    first, second = (json.loads(line) for line in lines)
    assert list(first)[:6] == ["ts", "level", "logger", "message", "pid", "role"]
    assert first["ts"].endswith("Z") and len(first["ts"]) == len("2026-11-24T01:02:03.456Z")
    assert (first["level"], first["logger"], first["role"]) == ("WARNING", "kiosk.test.logsetup", "counter")
    assert first["event"] == "called" and first["counter"] == 3 and "exc" not in first
    assert second["level"] == "ERROR" and "ValueError: hỏng" in second["exc"]
    assert "Traceback" in second["exc"]
    text = human_line(second)
    assert "ERROR" in text and "kiosk.test.logsetup [counter" in text and "không in được" in text
    assert "\n    Traceback" in text


def test_the_file_rotates_by_size_and_keeps_five(tmp_path):
    path = tmp_path / "logs" / "kiosk.jsonl"
    handler = SharedRotatingFileHandler(path, max_bytes=2_000, backups=5)
    handler.setFormatter(JsonFormatter())
    log = logging.getLogger("kiosk.test.rotate")
    log.propagate = False
    log.addHandler(handler)
    try:
        for i in range(300):
            log.warning("dòng %04d %s", i, "x" * 40)
    finally:
        log.removeHandler(handler)
        handler.close()
    files = log_files(tmp_path, "kiosk")
    assert [p.name for p in files] == [f"kiosk.jsonl.{n}" for n in (5, 4, 3, 2, 1)] + ["kiosk.jsonl"]
    assert all(p.stat().st_size < 2_200 for p in files)
    numbers = [int(r["message"].split()[1]) for p in files for r in read_records(p)]
    assert numbers == sorted(numbers) and numbers[-1] == 299  # oldest first, nothing reordered


WRITER = """
import logging, sys
from pathlib import Path
from kiosk.logsetup import JsonFormatter, SharedRotatingFileHandler
h = SharedRotatingFileHandler(Path(sys.argv[1]), max_bytes=20_000, backups=100)
h.setFormatter(JsonFormatter())
log = logging.getLogger("w")
log.addHandler(h)
for i in range(600):
    log.warning("%s %d %s", sys.argv[2], i, "y" * 60)
"""


def test_two_processes_writing_and_rotating_the_same_file_lose_nothing(tmp_path):
    path = tmp_path / "logs" / "cli.jsonl"
    path.parent.mkdir()
    writers = [subprocess.Popen([sys.executable, "-c", WRITER, str(path), name]) for name in ("a", "b")]
    assert [w.wait(60) for w in writers] == [0, 0]
    files = log_files(tmp_path, "cli")
    assert len(files) > 5  # it did rotate, many times
    # each file about the size asked (a writer that kept writing into a file the other had
    # already rotated away, as the standard handler does, would double some)
    assert all(p.stat().st_size < 21_000 for p in files)
    seen: dict[str, set[int]] = {"a": set(), "b": set()}
    for p in files:
        for line in p.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)  # no line torn or mixed with another
            who, number, _ = record["message"].split()
            seen[who].add(int(number))
    assert seen == {"a": set(range(600)), "b": set(range(600))}


def test_setting_up_again_replaces_the_handler_and_kinds_have_their_own_file(tmp_path):
    root = logging.getLogger()
    before = list(root.handlers)
    level = root.level
    try:
        first = setup_logging("cli", home=tmp_path)
        second = setup_logging("supervisor", home=tmp_path, role="kiosk", stderr_level=logging.ERROR)
        ours = [h for h in root.handlers if h not in before]
        assert len(ours) == 2  # the file and the console; the first file handler is gone
        assert first.name == "cli.jsonl" and second.name == "supervisor.jsonl"
        logging.getLogger("kiosk.x").info("xin chào")
        assert [r["message"] for r in read_records(second)] == ["xin chào"]
        assert [r["role"] for r in read_records(second)] == ["kiosk"]
        assert not first.exists() or not first.read_text()
    finally:
        for h in [h for h in root.handlers if h not in before]:
            root.removeHandler(h)
            h.close()
        root.setLevel(level)
        set_role(None)


def test_a_line_that_is_not_json_is_still_read(tmp_path):
    path = tmp_path / "logs" / "kiosk.jsonl"
    path.parent.mkdir()
    path.write_text('{"message": "ok", "level": "INFO"}\nold plain line\n\n', encoding="utf-8")
    assert [r["message"] for r in read_records(path)] == ["ok", "old plain line"]
    assert human_line({"message": "old plain line"}).endswith(": old plain line")
