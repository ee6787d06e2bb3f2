"""The byte-level fuzz targets under plain pytest: every seed and every saved crash input
(``tests/fuzz/crashes/<target>-…``) replayed through its target, so a crash found by
``scripts/fuzz.py`` stays a regression test once fixed, and the harnesses themselves keep working
where atheris is not installed."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.fuzz.atheris_targets import TARGETS, seeds

CRASHES = Path(__file__).parent / "crashes"


def _saved() -> list[Path]:
    return sorted(p for p in CRASHES.glob("*") if p.is_file() and p.name.split("-", 1)[0] in TARGETS)


@pytest.mark.parametrize("name", sorted(TARGETS))
def test_seeds_pass_their_target(name: str) -> None:
    assert seeds(name) or name == "config"
    for data in seeds(name):
        TARGETS[name](data)


def test_saved_crash_inputs_no_longer_crash() -> None:
    for path in _saved():  # one test for all: none saved yet is not a skip
        try:
            TARGETS[path.name.split("-", 1)[0]](path.read_bytes())
        except Exception as exc:
            raise AssertionError(f"{path.name} still crashes its target") from exc


def test_every_saved_input_names_a_target() -> None:
    strays = [p.name for p in CRASHES.glob("*") if p.is_file() and p.name != "README.md"
              and p.name.split("-", 1)[0] not in TARGETS]
    assert not strays, f"crash inputs for no known target: {strays}"
