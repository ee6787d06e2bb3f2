"""The Qt binding must not leak or drop references: a kiosk runs for months in one process."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QWidget

pytestmark = pytest.mark.gui


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12 on")
def test_calls_returning_nothing_keep_none_alive(app) -> None:  # type: ignore[no-untyped-def]
    """PySide6 6.12.0 on Python 3.11 dropped a reference to None on each such call; after enough
    of them the interpreter aborts ("none_dealloc"). pyproject.toml keeps that version out."""
    widget = QWidget()
    before = sys.getrefcount(None)
    for _ in range(2000):
        assert widget.parentWidget() is None
        widget.layout()
    after = sys.getrefcount(None)
    # other threads may take or drop a few references meanwhile; a leak is thousands
    assert abs(after - before) < 200, f"None lost {before - after} references in 4000 calls"
