"""Officers see the terminal's link to the server: offline since when, how much waits to be sent."""

from __future__ import annotations

import socket

from kiosk.sync.client import DeviceIdentity, SyncClient, save_device
from ui.counter.screen import CounterScreen


def test_counter_header_says_offline_and_what_waits(app, qtbot, ctx, home):
    standalone = CounterScreen(ctx, 1, "vi")
    qtbot.addWidget(standalone)
    assert standalone.sync_status.isHidden()  # not enrolled: nothing to say

    with socket.socket() as s:  # an address where no server answers (held: no other test's)
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
        device = DeviceIdentity(f"http://127.0.0.1:{port}", "dev-1", "MAU-01", "counter", "token")
        save_device(home, device)
        ctx.queue.take_ticket("HT")
        client = SyncClient(ctx.store, device, timeout=1)
        assert not client.run_once().ok
        client.close()
    screen = CounterScreen(ctx, 1, "vi")
    qtbot.addWidget(screen)
    text = screen.sync_status.text()
    assert "MẤT KẾT NỐI" in text and "chờ gửi" in text and not screen.sync_status.isHidden()
