"""Lockdown of the kiosk: closes and shortcuts consumed, the technician's corner gesture and PIN
(wrong, right, lockout after repeated failures that survives a restart)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

pytestmark = pytest.mark.gui


@pytest.fixture
def locked(app, ctx, qtbot: QtBot):  # type: ignore[no-untyped-def]
    from ui.app import make_role_widget
    from ui.lockdown import install_lockdown

    window = make_role_widget("kiosk", ctx, "vi")
    qtbot.addWidget(window)
    lock = install_lockdown(window, ctx, "vi", go_home=window.go_home)
    lock.hold.setInterval(150)  # the corner is held 3 s on a real kiosk
    window.showFullScreen()
    qtbot.waitExposed(window)
    yield window, lock
    lock.release()
    QApplication.instance().removeEventFilter(lock)
    if lock.session is not None:
        lock.session.end()


def tap(qtbot: QtBot, widget: QPushButton) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_pin(qtbot: QtBot, lock, pin: str) -> None:  # type: ignore[no-untyped-def]
    for d in pin:
        tap(qtbot, lock.pad.digits[d])
    tap(qtbot, lock.pad.ok)


def hold_corner(qtbot: QtBot, window, lock) -> None:  # type: ignore[no-untyped-def]
    target = window.childAt(QPoint(5, 5)) or window
    qtbot.mousePress(target, Qt.MouseButton.LeftButton, pos=target.mapFrom(window, QPoint(5, 5)))
    qtbot.waitUntil(lock.pad.isVisible, timeout=2000)
    qtbot.mouseRelease(target, Qt.MouseButton.LeftButton, pos=target.mapFrom(window, QPoint(5, 5)))


def test_close_is_refused_and_the_window_stays(locked, qtbot: QtBot) -> None:
    window, lock = locked
    assert window.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert window.isFullScreen()
    assert window.close() is False
    assert window.isVisible()
    assert lock.blocked == 1


def test_escape_shortcuts_are_consumed(locked, qtbot: QtBot) -> None:
    window, lock = locked
    fired: list[str] = []
    for seq in ("Alt+F4", "Alt+Tab", "Ctrl+Q", "Ctrl+W", "Ctrl+Esc", "Meta+D", "Ctrl+S"):
        sc = QShortcut(QKeySequence(seq), window)
        sc.setContext(Qt.ShortcutContext.ApplicationShortcut)
        sc.activated.connect(lambda s=seq: fired.append(s))
    for key, mods in ((Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
                      (Qt.Key.Key_Tab, Qt.KeyboardModifier.AltModifier),
                      (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
                      (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
                      (Qt.Key.Key_Escape, Qt.KeyboardModifier.ControlModifier),
                      (Qt.Key.Key_D, Qt.KeyboardModifier.MetaModifier),
                      (Qt.Key.Key_Super_L, Qt.KeyboardModifier.NoModifier)):
        qtbot.keyClick(window, key, mods)
    assert fired == []
    # the control: a harmless shortcut in the same window still fires, so the ones above were
    # stopped by the lockdown, not by a window that takes no shortcuts at all
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert fired == ["Ctrl+S"]
    assert lock.blocked >= 7
    assert window.isVisible()
    # ordinary typing still reaches the screen (a scanner, the on-screen keyboard)
    qtbot.keyClick(window, Qt.Key.Key_A)
    assert lock.blocked >= 7


def test_right_click_does_nothing(locked, qtbot: QtBot) -> None:
    window, lock = locked
    clicked: list[bool] = []
    take = window.findChildren(QPushButton)[0]
    take.clicked.connect(lambda: clicked.append(True))
    qtbot.mouseClick(take, Qt.MouseButton.RightButton)
    assert clicked == []
    assert lock.blocked >= 1


def test_a_short_touch_in_the_corner_opens_nothing(locked, qtbot: QtBot) -> None:
    window, lock = locked
    target = window.childAt(QPoint(5, 5)) or window
    qtbot.mouseClick(target, Qt.MouseButton.LeftButton, pos=target.mapFrom(window, QPoint(5, 5)))
    qtbot.wait(300)
    assert not lock.pad.isVisible()


def test_wrong_then_right_pin_opens_the_technician_screen(locked, qtbot: QtBot) -> None:
    window, lock = locked
    hold_corner(qtbot, window, lock)
    type_pin(qtbot, lock, "1111")
    assert "không đúng" in lock.pad.message.text()
    assert "4" in lock.pad.message.text()  # tries left
    assert lock.session is None
    type_pin(qtbot, lock, "2468")  # the sample center's technician PIN
    qtbot.waitUntil(lambda: lock.session is not None and lock.session.isVisible(), timeout=3000)
    assert not lock.pad.isVisible()
    # while the technician works, the shortcuts are the technician's
    session = lock.session
    tap(qtbot, session.back)
    qtbot.waitUntil(lambda: lock.session is None, timeout=2000)
    assert window.isVisible()
    assert window.stack.currentWidget() is window.home


def test_lockout_after_five_failures_survives_a_restart(locked, ctx, clock, qtbot: QtBot) -> None:
    from kiosk.security.technician import lockout_file, technician_guard

    window, lock = locked
    hold_corner(qtbot, window, lock)
    for _ in range(4):
        type_pin(qtbot, lock, "0000")
    assert "1" in lock.pad.message.text()
    type_pin(qtbot, lock, "0000")
    assert "thử lại sau 5 phút" in lock.pad.message.text()
    # the right PIN is refused while locked
    type_pin(qtbot, lock, "2468")
    assert lock.session is None
    assert "thử lại sau" in lock.pad.message.text()
    assert lockout_file().exists()
    # a new process (a new guard on the same file) is still locked
    fresh = technician_guard(ctx.config.technician_pin_hash, clock=clock)
    assert fresh.locked_minutes() == 5
    # five minutes later the right PIN opens it
    clock.advance(minutes=5, seconds=1)
    type_pin(qtbot, lock, "2468")
    qtbot.waitUntil(lambda: lock.session is not None, timeout=3000)
    assert fresh.state().failures == 0


def test_the_pad_closes_by_itself(locked, qtbot: QtBot) -> None:
    window, lock = locked
    lock.pad.timer.setInterval(200)
    hold_corner(qtbot, window, lock)
    tap(qtbot, lock.pad.digits["2"])
    qtbot.waitUntil(lambda: not lock.pad.isVisible(), timeout=2000)
    assert lock.pad.field.text() == ""


def test_guard_doubles_the_lock_and_never_logs_the_pin(tmp_path, caplog) -> None:  # type: ignore[no-untyped-def]
    from kiosk.security.pin import PinError, PinGuard, hash_pin

    now = [dt.datetime(2026, 11, 28, 1, 0, tzinfo=dt.UTC)]
    guard = PinGuard(hash_pin("987654"), tmp_path / "l.json", max_failures=2, lock_minutes=5,
                     clock=lambda: now[0])
    caplog.set_level("INFO")
    for expected in (5, 10, 20):
        with pytest.raises(PinError):
            guard.check("111111")
        with pytest.raises(PinError) as err:
            guard.check("111112")
        assert err.value.key == "pin_locked"
        assert guard.locked_minutes() == expected
        now[0] += dt.timedelta(minutes=expected)
    guard.check("987654")
    assert guard.state().locks == 0
    assert "987654" not in caplog.text and "111111" not in caplog.text


def test_a_damaged_lockout_file_keeps_the_door_shut(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from kiosk.security.pin import PinError, PinGuard, hash_pin

    state = tmp_path / "l.json"
    state.write_text("{not json", encoding="utf-8")
    guard = PinGuard(hash_pin("2468"), state)
    with pytest.raises(PinError) as err:
        guard.check("2468")
    assert err.value.key == "pin_locked"


def test_pin_hashes() -> None:
    from kiosk.security.pin import hash_pin, needs_rehash, verify_pin

    stored = hash_pin("2468")
    assert stored.startswith("scrypt$16384$8$1$")
    assert verify_pin("2468", stored) and not verify_pin("2469", stored)
    assert hash_pin("2468") != stored  # salted
    assert not needs_rehash(stored)
    legacy = "pbkdf2_sha256$120000$6d6175$be4f143e43048582e32032ed5428f8a40975ccd1453a3eeb7addea5ce3d5360e"
    assert verify_pin("1234", legacy) and needs_rehash(legacy)
    for bad in ("", "garbage", "scrypt$1$2", "scrypt$16384$8$1$zz$00", "md5$x$y"):
        assert not verify_pin("2468", bad)
