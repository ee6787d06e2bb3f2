"""Fixtures: a fresh KIOSK_HOME per test with the sample center, a movable clock."""

from __future__ import annotations

import datetime as dt
import importlib.util
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from kiosk.config import Config, load_config
from kiosk.timeutil import LOCAL_TZ

HAS_QT = importlib.util.find_spec("PySide6") is not None


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/ui/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.gui)
            if not HAS_QT:
                item.add_marker(pytest.mark.skip(reason="PySide6 is not installed (the no-Qt job)"))


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


@pytest.fixture
def ctx(home: Path, config: Config, clock: MovableClock) -> Iterator[object]:
    from kiosk.wiring import build_context

    context = build_context(home, clock=clock, config=config)
    yield context
    context.close()


def write_config(home: Path, text: str) -> Path:
    path = home / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path
