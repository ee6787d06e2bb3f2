"""The citizen's kiosk driven by taps."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from kiosk.store.models import Ticket
from ui.kiosk.screen import KioskScreen


def _screen(qtbot, ctx) -> KioskScreen:
    screen = KioskScreen(ctx, "vi")
    qtbot.addWidget(screen)
    screen.resize(1080, 1920)
    screen.show()
    return screen


def tap(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_take_a_ticket_with_three_taps(app, qtbot, ctx):
    screen = _screen(qtbot, ctx)
    assert screen.home.take_button.text().startswith("Lấy số thứ tự")
    assert screen.home.take_button.height() >= 120  # a large touch target
    tap(qtbot, screen.home.take_button)
    assert screen.stack.currentWidget() is screen.services
    with qtbot.waitSignal(screen.print_finished, timeout=10000) as printed:
        with qtbot.waitSignal(screen.ticket_issued) as issued:
            tap(qtbot, screen.services.buttons["CT"])
            tap(qtbot, screen.priority.regular)
    ticket = issued.args[0].ticket
    assert printed.args[0].ok
    assert screen.stack.currentWidget() is screen.ticket
    assert screen.ticket.number.text() == "B001"
    assert "Xin mời nhận phiếu" in screen.ticket.status.text()
    with ctx.store.read() as s:
        row = s.scalars(select(Ticket)).one()
    assert row.id == ticket.id and row.label == "B001" and row.priority is None


def test_priority_category_is_recorded(app, qtbot, ctx):
    screen = _screen(qtbot, ctx)
    tap(qtbot, screen.home.take_button)
    tap(qtbot, screen.services.buttons["HT"])
    with qtbot.waitSignal(screen.print_finished, timeout=10000):
        tap(qtbot, screen.priority.category_buttons["pregnant"])
    assert "Phụ nữ mang thai" in screen.ticket.priority.text()
    assert ctx.queue.waiting()[0].ticket.priority == "pregnant"


def test_idle_timeout_returns_home(app, qtbot, ctx):
    screen = _screen(qtbot, ctx)
    screen.idle.timer.setInterval(300)
    tap(qtbot, screen.home.take_button)
    assert screen.stack.currentWidget() is screen.services
    qtbot.waitUntil(lambda: screen.stack.currentWidget() is screen.home, timeout=3000)


def test_a_touch_restarts_the_idle_clock(app, qtbot, ctx):
    screen = _screen(qtbot, ctx)
    screen.idle.timer.setInterval(600)
    tap(qtbot, screen.home.take_button)
    for _ in range(4):
        qtbot.wait(250)
        qtbot.mouseClick(screen.services.title, Qt.MouseButton.LeftButton)
        assert screen.stack.currentWidget() is screen.services
    qtbot.waitUntil(lambda: screen.stack.currentWidget() is screen.home, timeout=3000)


def test_one_tap_to_english_and_back_home_in_vietnamese(app, qtbot, ctx):
    screen = _screen(qtbot, ctx)
    tap(qtbot, screen.lang_button)
    assert screen.home.take_button.text().startswith("Take a queue number")
    tap(qtbot, screen.home.take_button)
    assert screen.services.title.text() == "Choose a service"
    assert "Certification" in screen.services.buttons["CT"].text()
    tap(qtbot, screen.services.back)
    assert screen.home.take_button.text().startswith("Lấy số thứ tự")  # next citizen: Vietnamese


def test_printer_fault_still_shows_the_number_and_where_to_go(app, qtbot, ctx, home):
    (home / "printer-sim").mkdir(exist_ok=True)
    (home / "printer-sim" / "FAULT").write_text("paper_out")
    screen = _screen(qtbot, ctx)
    tap(qtbot, screen.home.take_button)
    tap(qtbot, screen.services.buttons["HT"])
    with qtbot.waitSignal(screen.print_finished, timeout=10000) as printed:
        tap(qtbot, screen.priority.regular)
    assert not printed.args[0].ok
    assert screen.ticket.number.text() == "A001"
    assert "quầy hướng dẫn" in screen.ticket.status.text()
    assert ctx.jobs.list("failed")


def test_refused_ticket_shows_a_sentence(app, qtbot, home, clock):
    from kiosk.config import load_config
    from kiosk.wiring import build_context

    cfg = load_config()
    cfg.path.write_text(cfg.path.read_text(encoding="utf-8").replace("range = [1, 999]", "range = [1, 1]", 1),
                        encoding="utf-8")
    ctx = build_context(home, clock=clock, config=load_config())
    ctx.queue.take_ticket("HT")
    screen = _screen(qtbot, ctx)
    tap(qtbot, screen.home.take_button)
    tap(qtbot, screen.services.buttons["HT"])
    tap(qtbot, screen.priority.regular)
    assert screen.stack.currentWidget() is screen.services
    assert "hết số thứ tự" in screen.services.error.text()
    ctx.close()


def test_a_new_center_configuration_shows_without_a_restart(app, qtbot, ctx, home):
    """Sync writes the center's file; the running kiosk shows the renamed and closed services."""
    from ui.app import watch_config

    screen = _screen(qtbot, ctx)
    timer = watch_config(ctx, screen, interval_ms=100)
    tap(qtbot, screen.home.take_button)
    assert "Chứng thực" in screen.services.buttons["CT"].text()
    own = (home / "config.toml").read_text(encoding="utf-8")
    (home / "center.toml").write_text(
        own.replace('name = "Chứng thực"', 'name = "Chứng thực bản sao"')
        .replace('name_en = "Land"', 'name_en = "Land"\nopen = false'), encoding="utf-8")
    qtbot.waitUntil(lambda: "Chứng thực bản sao" in screen.services.buttons["CT"].text(), timeout=5000)
    assert not screen.services.buttons["DD"].isEnabled()  # closed: shown, but cannot be taken
    assert ctx.queue.config.service("CT").name == "Chứng thực bản sao"
    # a broken file from anywhere does not take the kiosk down: the running configuration stays
    (home / "center.toml").write_text("[center\nbroken", encoding="utf-8")
    qtbot.wait(400)
    assert ctx.config.service("CT").name == "Chứng thực bản sao"
    timer.stop()
