"""The officer's counter: sign in, then every action by its keyboard shortcut."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from ui.counter.screen import CounterScreen


def _signed_in(qtbot, ctx, counter: int = 1) -> CounterScreen:
    screen = CounterScreen(ctx, counter, "vi")
    qtbot.addWidget(screen)
    screen.show()
    page = screen.sign_in_page
    page.officer.setCurrentIndex(0)
    qtbot.keyClicks(page.pin, "1234")
    qtbot.mouseClick(page.sign_in, Qt.MouseButton.LeftButton)
    assert screen.stack.currentWidget() is screen.serve
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)  # shortcuts act on the officer's active window
    return screen


def test_wrong_pin_is_refused(app, qtbot, ctx):
    screen = CounterScreen(ctx, 1, "vi")
    qtbot.addWidget(screen)
    screen.show()
    qtbot.keyClicks(screen.sign_in_page.pin, "9999")
    qtbot.keyClick(screen.sign_in_page.pin, Qt.Key.Key_Return)
    assert screen.stack.currentWidget() is screen.sign_in_page
    assert "không đúng" in screen.sign_in_page.error.text()


def test_officer_calls_next_by_f1_and_serves(app, qtbot, ctx, clock):
    first = ctx.queue.take_ticket("HT")
    clock.advance(minutes=1)
    second = ctx.queue.take_ticket("CT", priority="elderly")
    screen = _signed_in(qtbot, ctx)
    assert screen.serve.table.rowCount() == 2
    assert screen.serve.table.item(0, 1).text() == "★ " + second.number  # priority marked
    with qtbot.waitSignal(screen.called) as called:
        qtbot.keyClick(screen, Qt.Key.Key_F1)
    assert called.args[0].id == second.id
    assert screen.serve.number.text() == second.number
    assert ctx.queue.current(1).id == second.id
    qtbot.keyClick(screen, Qt.Key.Key_F2)  # recall
    assert ctx.queue.current(1).recall_count == 1
    qtbot.keyClick(screen, Qt.Key.Key_F5)  # park
    assert [p.id for p in ctx.queue.parked(1)] == [second.id]
    qtbot.keyClick(screen, Qt.Key.Key_F1)  # next: the regular ticket
    assert ctx.queue.current(1).id == first.id
    qtbot.keyClick(screen, Qt.Key.Key_F4)  # no-show
    assert ctx.queue.ticket(first.id).status == "no_show"
    qtbot.keyClick(screen, Qt.Key.Key_F6)  # resume the parked one
    assert ctx.queue.current(1).id == second.id
    qtbot.keyClick(screen, Qt.Key.Key_F3)  # finish
    assert ctx.queue.ticket(second.id).status == "done"
    qtbot.keyClick(screen, Qt.Key.Key_F1)
    assert "Không còn ai" in screen.serve.message.text()


def test_transfer_dialog_sends_the_ticket_to_another_line(app, qtbot, ctx):
    t = ctx.queue.take_ticket("HT")
    screen = _signed_in(qtbot, ctx)
    qtbot.keyClick(screen, Qt.Key.Key_F1)

    def pick() -> None:
        dialog = QApplication.activeModalWidget()
        dialog.service_buttons["DD"].click()

    QTimer.singleShot(200, pick)
    qtbot.keyClick(screen, Qt.Key.Key_F7)
    moved = ctx.queue.ticket(t.id)
    assert moved.status == "waiting" and moved.queue_service == "DD"
    assert ctx.queue.call_next(3).id == t.id


def test_sign_out_by_f8(app, qtbot, ctx):
    screen = _signed_in(qtbot, ctx)
    qtbot.keyClick(screen, Qt.Key.Key_F8)
    assert screen.stack.currentWidget() is screen.sign_in_page
    with ctx.store.read() as s:
        from sqlalchemy import select

        from kiosk.store.models import CounterSession

        assert all(x.signed_out_at is not None for x in s.scalars(select(CounterSession)))
