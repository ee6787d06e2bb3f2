"""The rating question after F3 on the real counter screen: a serial keypad on a pty, the
on-screen buttons, the reason after "Không hài lòng", and an officer who is never blocked."""

from __future__ import annotations

import os
import pty

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from kiosk.config import load_config
from kiosk.store.models import Rating
from kiosk.wiring import build_context
from tests.ui.test_counter_screen import _signed_in
from ui.counter.rating import CounterRating, RatingPanel
from ui.devices_hub import DeviceHub

APPLICANT = {"name": "Trần Văn Bình", "id_number": "001085001234", "birth_date": "1985-03-02",
             "address": "Thôn 3, xã Mẫu", "phone": "0987654321", "email": ""}


def _keypad_config(home, keypad: str) -> None:
    cfg = load_config()
    text = cfg.path.read_text(encoding="utf-8")
    assert 'keypad = "none"' in text
    cfg.path.write_text(text.replace('keypad = "none"', f'keypad = "{keypad}"'), encoding="utf-8")


def _ratings(ctx) -> list[Rating]:
    with ctx.store.read() as s:
        return list(s.scalars(select(Rating).order_by(Rating.at)))


def _count(ctx) -> int:
    with ctx.store.read() as s:
        return s.scalar(select(func.count()).select_from(Rating))


def _fast(screen) -> None:
    """The panel's thank-you and reason waits in milliseconds, for the test."""
    screen.rating.thanks_ms = 30
    screen.rating.reason_ms = 30


@pytest.fixture
def serial_keypad(home):
    """A serial rating keypad on a pty: the test writes its bytes to ``master``."""
    master, slave = pty.openpty()
    path = os.ttyname(slave)
    os.close(slave)
    _keypad_config(home, f"serial://{path}?map=31:3,32:2,33:1&reconnect=0.05")
    yield master
    try:
        os.close(master)
    except OSError:
        pass


def test_finish_then_a_keypad_press_stores_the_rating_with_officer_and_dossier(
        app, qtbot, home, clock, serial_keypad):
    ctx = build_context(home, clock=clock, config=load_config())
    hub = DeviceHub(ctx).start(with_scanner=False, with_keypad=True)
    try:
        ticket = ctx.queue.take_ticket("HT")
        screen = _signed_in(qtbot, ctx)
        screen.attach_devices(hub)
        keypad_input = hub.keypad_input
        qtbot.waitUntil(lambda: keypad_input.keypad.state == "connected", timeout=5000)

        # the previous citizen leaning on the keypad: nothing is asked, nothing is stored
        with qtbot.waitSignal(keypad_input.ignored, timeout=5000) as ignored:
            os.write(serial_keypad, b"\x31")
        assert ignored.args == ["no rating is being asked for"]

        qtbot.keyClick(screen, Qt.Key.Key_F1)  # the citizen comes to counter 1
        assert ctx.queue.current(1).id == ticket.id
        dossier = ctx.dossiers.receive("1.004873", APPLICANT, officer="cb01", counter=1, ticket_id=ticket.id)
        clock.advance(minutes=6)
        qtbot.keyClick(screen, Qt.Key.Key_F3)  # finish: the question opens
        assert ctx.queue.ticket(ticket.id).status == "done"
        assert screen.rating.asking and screen.rating.is_open
        panel = screen.rating.panel
        assert panel.isVisible() and screen.serve.right_stack.currentWidget() is panel
        assert panel.buttons.buttons[3].text() == "Rất hài lòng"
        assert ticket.number in panel.subtitle.text()

        with qtbot.waitSignal(screen.rating.recorded, timeout=5000) as recorded:
            os.write(serial_keypad, b"\x31")  # the keypad's "very satisfied" key
        view = recorded.args[0]
        [row] = _ratings(ctx)
        assert (row.level, row.levels, row.satisfied) == (3, 3, True)
        assert (row.officer_code, row.counter_number, row.ticket_id) == ("cb01", 1, ticket.id)
        assert (row.dossier_id, row.field_code, row.service_code) == (dossier.id, "hotich", "HT")
        assert row.source.startswith("serial://") and row.id == view.id
        assert "Rất hài lòng" in screen.serve.rating_line.text()
        assert screen.serve.rating_line.isVisible()

        clock.advance(seconds=5)  # past the debounce: a real second press of the same event
        with qtbot.waitSignal(keypad_input.ignored, timeout=5000) as ignored:
            os.write(serial_keypad, b"\x33")
        assert "already answered" in ignored.args[0]
        assert _count(ctx) == 1
    finally:
        hub.stop()
        ctx.close()


def test_not_satisfied_on_the_screen_then_a_reason_tap(app, qtbot, ctx, clock):
    ticket = ctx.queue.take_ticket("CT")
    screen = _signed_in(qtbot, ctx)
    _fast(screen)
    screen.rating.reason_ms = 5000  # the citizen takes a moment to choose
    qtbot.keyClick(screen, Qt.Key.Key_F1)
    qtbot.keyClick(screen, Qt.Key.Key_F3)
    panel = screen.rating.panel
    assert panel.hint.text() == panel.tr("Touch one button.")  # no keypad here
    with qtbot.waitSignal(screen.rating.recorded):
        qtbot.mouseClick(panel.buttons.buttons[1], Qt.MouseButton.LeftButton)
    assert panel.step == RatingPanel.REASONS and panel.reasons_box.isVisible()
    assert [b.text() for b in panel.reason_buttons.values()] == [
        "Chờ quá lâu", "Thái độ của cán bộ", "Yêu cầu thêm giấy tờ", "Hướng dẫn chưa rõ ràng", "Lý do khác"]
    assert not panel.buttons.isVisible()  # one rating per service event
    with qtbot.waitSignal(screen.rating.recorded) as recorded:
        qtbot.mouseClick(panel.reason_buttons["attitude"], Qt.MouseButton.LeftButton)
    assert recorded.args[0].reason == "attitude"
    [row] = _ratings(ctx)
    assert (row.level, row.satisfied, row.reason, row.source) == (1, False, "attitude", "screen")
    assert (row.ticket_id, row.officer_code, row.dossier_id) == (ticket.id, "cb01", None)
    assert "Không hài lòng — Thái độ của cán bộ" in screen.serve.rating_line.text()
    assert panel.step == RatingPanel.THANKS
    qtbot.waitUntil(lambda: not screen.rating.is_open, timeout=3000)
    assert screen.serve.right_stack.currentWidget() is screen.serve.queue_side  # the list is back


def test_a_satisfied_tap_closes_with_thanks_and_asks_no_reason(app, qtbot, ctx):
    ctx.queue.take_ticket("HT")
    screen = _signed_in(qtbot, ctx)
    _fast(screen)
    qtbot.keyClick(screen, Qt.Key.Key_F1)
    qtbot.keyClick(screen, Qt.Key.Key_F3)
    panel = screen.rating.panel
    with qtbot.waitSignal(screen.rating.closed, timeout=3000):
        qtbot.mouseClick(panel.buttons.buttons[2], Qt.MouseButton.LeftButton)
        assert panel.step == RatingPanel.THANKS and panel.thanks.text() == "Hài lòng"
        assert not panel.reasons_box.isVisible()
    assert [r.level for r in _ratings(ctx)] == [2]
    assert "Hài lòng" in screen.serve.rating_line.text()


def test_calling_the_next_citizen_closes_the_question(app, qtbot, home, clock):
    _keypad_config(home, "sim://keypad")
    ctx = build_context(home, clock=clock, config=load_config())
    hub = DeviceHub(ctx).start(with_scanner=False, with_keypad=True)
    try:
        first = ctx.queue.take_ticket("HT")
        second = ctx.queue.take_ticket("HT")
        screen = _signed_in(qtbot, ctx)
        screen.attach_devices(hub)
        keypad_input, sim = hub.keypad_input, hub.keypad_input.keypad
        qtbot.keyClick(screen, Qt.Key.Key_F1)
        qtbot.keyClick(screen, Qt.Key.Key_F3)
        assert screen.rating.asking
        assert screen.rating.panel.hint.text() == screen.rating.panel.tr(
            "Touch one button, or press a key on the rating keypad.")
        qtbot.keyClick(screen, Qt.Key.Key_F1)  # the officer does not wait for the rating
        assert ctx.queue.current(1).id == second.id
        assert not screen.rating.asking and not screen.rating.is_open
        assert screen.serve.right_stack.currentWidget() is screen.serve.queue_side
        clock.advance(seconds=3)
        with qtbot.waitSignal(keypad_input.ignored) as ignored:
            sim.press(3)  # the next citizen's press rates nothing yet
        assert ignored.args == ["no rating is being asked for"]
        assert _count(ctx) == 0

        qtbot.keyClick(screen, Qt.Key.Key_F3)  # now the second ticket is finished and asked
        with qtbot.waitSignal(screen.rating.recorded) as recorded:
            sim.press(2)
        assert recorded.args[0].ticket_id == second.id
        assert [r.ticket_id for r in _ratings(ctx)] == [second.id]
        assert first.id != second.id
    finally:
        hub.stop()
        ctx.close()


def test_an_unanswered_question_closes_on_time(app, qtbot, ctx, clock):
    ctx.queue.take_ticket("HT")
    screen = _signed_in(qtbot, ctx)
    qtbot.keyClick(screen, Qt.Key.Key_F1)
    qtbot.keyClick(screen, Qt.Key.Key_F3)
    assert screen.serve.rating_line.text() == screen.rating.tr("Rating: waiting for the citizen…")
    clock.advance(seconds=31)
    with qtbot.waitSignal(screen.rating.closed, timeout=3000):
        pass
    assert screen.serve.rating_line.text() == screen.rating.tr("Rating: not given")
    assert _count(ctx) == 0


def test_on_a_second_screen_the_panel_never_takes_the_officers_keys(app, qtbot, ctx, clock):
    ctx.queue.take_ticket("HT")
    ctx.queue.take_ticket("HT")
    screen = _signed_in(qtbot, ctx)
    screen.rating.panel.setParent(None)  # the embedded one makes way for the test's
    screen.rating.panel.deleteLater()
    screen.rating = CounterRating(screen, placement="window")
    panel = screen.rating.panel
    qtbot.keyClick(screen, Qt.Key.Key_F1)
    qtbot.keyClick(screen, Qt.Key.Key_F3)
    assert panel.isVisible() and panel.isWindow()
    assert screen.isActiveWindow()  # shown without taking the focus
    with qtbot.waitSignal(screen.rating.recorded):
        qtbot.mouseClick(panel.buttons.buttons[3], Qt.MouseButton.LeftButton)
    assert screen.isActiveWindow()
    qtbot.keyClick(screen, Qt.Key.Key_F1)  # F-keys still reach the counter
    assert ctx.queue.current(1) is not None and not panel.isVisible()
    assert [r.level for r in _ratings(ctx)] == [3]


def test_a_refused_rating_is_a_sentence_for_the_officer(app, qtbot, ctx, clock):
    ticket = ctx.queue.take_ticket("HT")
    screen = _signed_in(qtbot, ctx)
    _fast(screen)
    qtbot.keyClick(screen, Qt.Key.Key_F1)
    qtbot.keyClick(screen, Qt.Key.Key_F3)
    # the same service event rated meanwhile by another way (a second terminal on this database)
    from kiosk.rating_prompt import RatingAnswer

    screen.rating.service.record(RatingAnswer(ticket.id, 1, 2, 3, "sim://keypad", clock.now))
    with qtbot.waitSignal(screen.rating.closed, timeout=3000):
        qtbot.mouseClick(screen.rating.panel.buttons.buttons[3], Qt.MouseButton.LeftButton)
    assert "một lần" in screen.serve.rating_line.text()  # "mỗi lượt chỉ đánh giá một lần"
    assert [r.level for r in _ratings(ctx)] == [2]
