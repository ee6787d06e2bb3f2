"""Configuration files (``kiosk.config.load_config``): a config.toml that is mangled, hand-edited
wrong or not TOML at all either loads or is refused with a ConfigError that says what is wrong in
Vietnamese and English; no other exception reaches the technician."""

from __future__ import annotations

import datetime as dt
import tempfile
import tomllib
from pathlib import Path
from typing import Any

import pytest
import tomlkit
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from kiosk.config import Config, load_config
from kiosk.errors import ConfigError
from kiosk.paths import resources_dir
from tests.fuzz.helpers import ANY_TEXT, assert_kiosk_error

SAMPLE_TEXT = (resources_dir() / "sample_center.toml").read_text(encoding="utf-8")
SAMPLE = tomllib.loads(SAMPLE_TEXT)

TOML_SCALAR = st.one_of(
    st.booleans(), st.integers(-(2**63), 2**63 - 1), st.sampled_from([0, 1, -1, 999, 10_000, 2**40]),
    st.floats(allow_nan=True, allow_infinity=True), ANY_TEXT.map(lambda t: "".join(ch for ch in t if not 0xD800 <= ord(ch) <= 0xDFFF)),
    st.sampled_from(["", "serial://[", "sim://printer", "hid", "none", "file://", "http://", "scrypt$1$2$3$x$y"]),
    st.dates(), st.datetimes(), st.times(), st.datetimes(timezones=st.just(dt.UTC)))
TOML_VALUE = st.recursive(TOML_SCALAR, lambda inner: st.one_of(
    st.lists(inner, max_size=3), st.dictionaries(st.text(alphabet="abcxyz_", min_size=1, max_size=6), inner, max_size=3)),
    max_leaves=6)


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix] if prefix else []
    if isinstance(node, dict):
        for k, v in node.items():
            out += _paths(v, (*prefix, k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            out += _paths(v, (*prefix, i))
    return out


PATHS = _paths(SAMPLE)


def _copy(node: Any) -> Any:
    if isinstance(node, dict):
        return {k: _copy(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_copy(v) for v in node]
    return node


@st.composite
def mutated_sample(draw: st.DrawFn) -> str:
    doc = _copy(SAMPLE)
    for _ in range(draw(st.integers(1, 4))):
        path = draw(st.sampled_from(PATHS))
        parent = doc
        try:
            for key in path[:-1]:
                parent = parent[key]
            last = path[-1]
            if draw(st.booleans()) and isinstance(parent, dict):
                parent.pop(last, None)
            else:
                parent[last] = draw(TOML_VALUE)
        except (KeyError, IndexError, TypeError):
            continue  # an earlier mutation changed the shape under this path
    return tomlkit.dumps(doc)


@st.composite
def mangled_text(draw: st.DrawFn) -> bytes:
    raw = bytearray(SAMPLE_TEXT.encode("utf-8"))
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(raw)))
        op = draw(st.sampled_from(["flip", "cut", "insert"]))
        if op == "flip" and at < len(raw):
            raw[at] = draw(st.integers(0, 255))
        elif op == "cut":
            del raw[at:at + draw(st.integers(1, 200))]
        else:
            raw[at:at] = draw(st.one_of(st.binary(max_size=8), st.sampled_from(
                [b"[", b"]]", b"=", b'"', b"'''", b"\n[[services]]\n", b"\n[center]\n", b"\x00", b"\xff"])))
    return bytes(raw)


@pytest.mark.parametrize("text", ["services = []\ncounters = false\n", "officers = -1\n",
                                  "[queue.priority]\ncategories = 5\n"])
def test_regression_a_single_value_where_tables_belong(text: str) -> None:
    """A single value where an array of tables belongs was a TypeError from ``enumerate``."""
    assert _load(text.encode("utf-8")) is None


def _load(content: bytes, center: bytes | None = None) -> Config | None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "config.toml"
        path.write_bytes(content)
        if center is not None:
            (Path(folder) / "center.toml").write_bytes(center)
        try:
            return load_config(path)
        except ConfigError as exc:
            assert_kiosk_error(exc)
            return None


def test_the_sample_loads() -> None:
    assert _load(SAMPLE_TEXT.encode("utf-8")) is not None


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_sample())
def test_mutated_values(text: str) -> None:
    _load(text.encode("utf-8"))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mangled_text())
@example(b"\xff\xfe")
@example(b"[center\n")
@example(b"")
def test_mangled_bytes(content: bytes) -> None:
    _load(content)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(st.sampled_from(["center", "terminal", "devices", "queue", "services", "counters",
                                        "officers", "reception", "retention", "housekeeping", "watchdog"]),
                       TOML_VALUE, max_size=6))
def test_any_document(doc: dict[str, Any]) -> None:
    content = tomlkit.dumps(doc).encode("utf-8")
    _load(content)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(mutated_sample().map(lambda t: t.encode("utf-8")), mangled_text()))
def test_the_servers_center_file(center: bytes) -> None:
    """An enrolled terminal: the center's part (center.toml) comes from the server."""
    _load(SAMPLE_TEXT.encode("utf-8"), center)
