"""The technician machine opens with the technician PIN and locks again when left alone."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from kiosk.security.access import NOBODY, TECHNICIAN, AccessDenied
from kiosk.store.models import AuditEntry
from tests.ui.test_lockdown import tap, type_pin


@pytest.fixture
def gate(app, qtbot, ctx, clock):  # type: ignore[no-untyped-def]
    from kiosk.security.technician import technician_guard
    from ui.app import make_role_widget
    from ui.lockdown import TechnicianGate

    screen = make_role_widget("technician", ctx, "vi")
    window = TechnicianGate(ctx, "vi", screen, technician_guard(ctx.config.technician_pin_hash, clock=clock),
                            idle_ms=400)
    qtbot.addWidget(window)
    window.resize(1366, 900)
    window.show()
    return window


def test_nothing_opens_without_the_pin_and_the_services_refuse_too(gate, ctx, qtbot) -> None:
    assert gate.stack.currentWidget() is gate.cover
    assert ctx.access.principal == NOBODY
    with pytest.raises(AccessDenied):
        ctx.save_devices({"printer_profile": "generic-58mm"})
    tap(qtbot, gate.open_button)
    assert gate.pad.isVisible()
    type_pin(qtbot, gate, "1111")
    assert "không đúng" in gate.pad.message.text()
    assert gate.stack.currentWidget() is gate.cover and ctx.access.principal == NOBODY


def test_the_pin_opens_it_and_idleness_locks_it_again(gate, ctx, qtbot) -> None:
    tap(qtbot, gate.open_button)
    with qtbot.waitSignal(gate.opened, timeout=3000):
        type_pin(qtbot, gate, "2468")  # the sample center's technician PIN
    assert gate.stack.currentWidget() is gate.screen_widget and ctx.access.principal == TECHNICIAN
    ctx.save_devices({"printer_profile": "generic-58mm"})  # the technician may
    qtbot.mouseClick(gate.screen_widget, Qt.MouseButton.LeftButton)  # use keeps it open
    with qtbot.waitSignal(gate.locked, timeout=3000):
        pass  # 0.4 s without a touch
    assert gate.stack.currentWidget() is gate.cover and ctx.access.principal == NOBODY
    with pytest.raises(AccessDenied):
        ctx.save_devices({"printer_profile": "generic-80mm"})
    with ctx.store.read() as s:
        actions = [(e.action, e.actor_role) for e in s.scalars(select(AuditEntry).order_by(AuditEntry.seq))]
    assert actions == [("technician_unlock", "technician"), ("device_change", "technician"),
                       ("session_locked", "technician")]
