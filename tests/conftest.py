"""Fixtures: a fresh KIOSK_HOME per test with the sample center, a movable clock."""

from __future__ import annotations

import datetime as dt
import importlib.util
import os
from collections.abc import Generator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import pytest

from kiosk.config import Config, load_config
from kiosk.timeutil import LOCAL_TZ

HAS_QT = importlib.util.find_spec("PySide6") is not None


XDIST_WORKER = os.environ.get("PYTEST_XDIST_WORKER")  # gw0, gw1… in a pytest-xdist worker


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/ui/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.gui)
            if not HAS_QT:
                item.add_marker(pytest.mark.skip(reason="PySide6 is not installed (the no-Qt job)"))
    if XDIST_WORKER:
        # with workers (make test): the minute-long tests first, so that they start on different
        # workers and none is left alone at the end; the tests that must run alone last, when
        # the other workers have only short tests left to finish. Every worker sorts alike.
        def rank(item: pytest.Item) -> int:
            return (0 if item.get_closest_marker("slow") else 1) + (2 if item.get_closest_marker("alone") else 0)

        items.sort(key=rank)


@pytest.fixture(scope="session", autouse=True)
def _default_kiosk_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Code under test that falls back to the real per-user data directory (no KIOSK_HOME: a
    printer opened without a home, a subprocess started without one) writes into this worker's
    own temporary folder instead: never into the user's data, never into another worker's."""
    if os.environ.get("KIOSK_HOME"):
        yield
        return
    os.environ["KIOSK_HOME"] = str(tmp_path_factory.mktemp("default-kiosk-home"))
    yield
    os.environ.pop("KIOSK_HOME", None)


class _AloneLock:
    """A readers-writer lock shared by the pytest-xdist workers of one run (POSIX flock on two
    files in the run's common temporary folder): every test holds it shared, a test marked
    ``alone`` holds it exclusive, so no other worker's test runs beside it. The gate makes the
    other workers wait behind an exclusive request instead of overtaking it test after test."""

    def __init__(self, folder: Path) -> None:
        self.gate: IO[bytes] = open(folder / "alone.gate", "a+b")  # noqa: SIM115 (closed at exit)
        self.tests: IO[bytes] = open(folder / "alone.tests", "a+b")  # noqa: SIM115

    def acquire(self, exclusive: bool) -> None:
        import fcntl

        fcntl.flock(self.gate, fcntl.LOCK_EX)
        try:
            fcntl.flock(self.tests, fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH)
        finally:
            fcntl.flock(self.gate, fcntl.LOCK_UN)

    def release(self) -> None:
        import fcntl

        fcntl.flock(self.tests, fcntl.LOCK_UN)

    def close(self) -> None:
        self.gate.close()
        self.tests.close()


_ALONE: list[_AloneLock] = []


def pytest_sessionstart(session: pytest.Session) -> None:
    if XDIST_WORKER and importlib.util.find_spec("fcntl") is not None:
        # each worker's basetemp is <the run's basetemp>/popen-gwN: the parent is the run's own
        folder = session.config._tmp_path_factory.getbasetemp().parent  # type: ignore[attr-defined]
        _ALONE.append(_AloneLock(folder))


def pytest_sessionfinish(session: pytest.Session) -> None:
    while _ALONE:
        _ALONE.pop().close()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None) -> Generator[None, object, object]:
    if not _ALONE:
        return (yield)
    _ALONE[0].acquire(exclusive=item.get_closest_marker("alone") is not None)
    try:
        return (yield)
    finally:
        _ALONE[0].release()


@dataclass
class MovableClock:
    """A clock the test moves by hand (the queue's clock port)."""

    now: dt.datetime

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **kwargs: float) -> None:
        self.now += dt.timedelta(**kwargs)


def local(y: int, m: int, d: int, hh: int, mm: int = 0) -> dt.datetime:
    return dt.datetime(y, m, d, hh, mm, tzinfo=LOCAL_TZ).astimezone(dt.UTC)


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    h = tmp_path / "home"
    h.mkdir()
    monkeypatch.setenv("KIOSK_HOME", str(h))
    monkeypatch.delenv("KIOSK_LANG", raising=False)
    return h


@pytest.fixture
def config(home: Path) -> Config:
    return load_config()


@pytest.fixture
def clock() -> MovableClock:
    # a Tuesday morning, local time
    return MovableClock(local(2026, 11, 24, 8, 0))


@pytest.fixture(scope="session")
def migrated_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty kiosk database at the newest migration, made once per session (worker): ``ctx``
    starts from a copy, as a terminal restarting on an up-to-date database does (the store
    checks the revision and skips Alembic). Migrating a new file is tested in test_store.py."""
    import sqlite3

    from kiosk.store.db import Store
    from kiosk.wiring import database_path

    path = database_path(tmp_path_factory.mktemp("migrated"))
    store = Store(path)
    store.migrate()
    store.dispose()
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # everything in the file itself
    finally:
        conn.close()
    return path


@pytest.fixture
def ctx(home: Path, config: Config, clock: MovableClock, migrated_database: Path) -> Iterator[object]:
    import shutil

    from kiosk.wiring import build_context, database_path

    shutil.copyfile(migrated_database, database_path(home))
    context = build_context(home, clock=clock, config=config)
    yield context
    context.close()


def write_config(home: Path, text: str) -> Path:
    path = home / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(autouse=True)
def _drop_log_handlers() -> Iterator[None]:
    """A test that runs ``kiosk.cli.main`` in-process installs the application's log handlers on
    the root logger; they would keep writing into that test's folder for the rest of the worker."""
    yield
    import logging

    from kiosk.logsetup import _MARK

    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, _MARK, False)]:
        root.removeHandler(handler)
        handler.close()
