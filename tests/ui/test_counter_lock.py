"""A counter left alone locks: the officer's session ends and only a PIN brings it back."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from kiosk.security.access import NOBODY, AccessDenied
from kiosk.store.models import AuditEntry
from ui.counter.screen import CounterScreen


class Ticking:
    """The screen's idle clock, moved by the test (seconds)."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _signed_in(qtbot, ctx, idle: Ticking) -> CounterScreen:
    ctx.access.set_base(NOBODY)  # a counter terminal: nobody acts before a sign-in
    screen = CounterScreen(ctx, 1, "vi")
    screen.idle_clock = idle
    qtbot.addWidget(screen)
    screen.show()
    page = screen.sign_in_page
    page.officer.setCurrentIndex(page.officer.findData("cb02"))
    qtbot.keyClicks(page.pin, "1234")
    qtbot.mouseClick(page.sign_in, Qt.MouseButton.LeftButton)
    assert screen.stack.currentWidget() is screen.serve
    return screen


def test_the_counter_locks_after_the_configured_minutes_without_use(app, qtbot, ctx):
    idle = Ticking()
    ctx.queue.take_ticket("HT")
    screen = _signed_in(qtbot, ctx, idle)
    assert ctx.config.security.session_lock_minutes == 5
    idle.now += 4 * 60
    screen._on_timer_timeout()
    assert screen.stack.currentWidget() is screen.serve  # 4 minutes: still open
    qtbot.mouseClick(screen.serve.table.viewport(), Qt.MouseButton.LeftButton)  # the officer works
    idle.now += 4 * 60
    screen._on_timer_timeout()
    assert screen.stack.currentWidget() is screen.serve  # counted from the last touch
    idle.now += 61
    screen._on_timer_timeout()
    assert screen.stack.currentWidget() is screen.sign_in_page
    page = screen.sign_in_page
    assert page.officer.currentData() == "cb02"  # the same officer, asked for the PIN again
    assert "5 phút" in page.error.text() and page.error.isVisibleTo(screen)
    # the service refuses too: a script or a stray shortcut cannot call the next ticket
    assert ctx.access.principal == NOBODY
    with pytest.raises(AccessDenied):
        ctx.queue.call_next(1)
    qtbot.keyClick(screen, Qt.Key.Key_F1)
    assert ctx.queue.current(1) is None
    with ctx.store.read() as s:
        actions = [(e.action, e.actor) for e in s.scalars(select(AuditEntry).order_by(AuditEntry.seq))]
        locked = s.scalars(select(AuditEntry).where(AuditEntry.action == "session_locked")).one()
    assert actions == [("sign_in", "cb02"), ("session_locked", "cb02")]
    assert json.loads(locked.detail) == {"counter": 1}
    # the PIN opens it again
    qtbot.keyClicks(page.pin, "1234")
    qtbot.mouseClick(page.sign_in, Qt.MouseButton.LeftButton)
    assert screen.stack.currentWidget() is screen.serve
    assert ctx.queue.call_next(1) is not None


def test_a_signed_out_counter_does_not_lock_again_and_a_wrong_pin_stays_locked(app, qtbot, ctx):
    idle = Ticking()
    screen = _signed_in(qtbot, ctx, idle)
    idle.now += 10 * 60
    screen._on_timer_timeout()
    assert screen.stack.currentWidget() is screen.sign_in_page
    idle.now += 10 * 60
    assert screen.check_idle() is False  # nobody signed in: nothing to lock
    page = screen.sign_in_page
    qtbot.keyClicks(page.pin, "0000")
    qtbot.mouseClick(page.sign_in, Qt.MouseButton.LeftButton)
    assert screen.stack.currentWidget() is screen.sign_in_page
    assert "Còn 4 lần thử" in page.error.text()
