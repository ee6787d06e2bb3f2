"""The device indicators in the headers and the scans from a real serial scanner (a pty)."""

from __future__ import annotations

import os
import pty

from kiosk.config import load_config
from kiosk.printing.monitor import PrinterMonitor
from kiosk.wiring import build_context
from tests.devices.fake_escpos import PtyPrinter
from ui.counter.screen import CounterScreen
from ui.devices_hub import BAD, OK, DeviceHub


def _configure(home, printer: str, scanner: str, keypad: str = "none") -> None:
    cfg = load_config()
    text = cfg.path.read_text(encoding="utf-8")
    text = text.replace('printer = "sim://printer"', f'printer = "{printer}"')
    text = text.replace('scanner = "hid"', f'scanner = "{scanner}"')
    text = text.replace('keypad = "none"', f'keypad = "{keypad}"')
    cfg.path.write_text(text, encoding="utf-8")


def test_the_counter_header_says_what_each_device_needs(app, qtbot, home, clock):
    printer = PtyPrinter()
    master, slave = pty.openpty()  # the scanner's end of the cable
    scanner_path = os.ttyname(slave)
    os.close(slave)
    _configure(home, f"serial://{printer.path}", f"serial://{scanner_path}?reconnect=0.05",
               "sim://keypad")
    ctx = build_context(home, clock=clock, config=load_config())
    hub = DeviceHub(ctx, printer_poll_ms=50).start(with_scanner=True, with_keypad=True)
    monitor = PrinterMonitor(ctx.desk, interval=0.05)
    screen = CounterScreen(ctx, 1, lang="vi")
    screen.attach_devices(hub)
    qtbot.addWidget(screen)
    screen.show()
    scans = []
    hub.router.claim(screen, scans.append)
    try:
        monitor.start()
        bar = screen.device_bar
        qtbot.waitUntil(lambda: hub.states.get("printer") is not None
                        and hub.states["printer"].level == OK, timeout=5000)
        assert bar.text_of("printer") == "Máy in sẵn sàng"
        qtbot.waitUntil(lambda: bar.text_of("scanner") == "Máy quét sẵn sàng", timeout=5000)
        qtbot.waitUntil(lambda: bar.text_of("keypad") == "Bàn phím đánh giá sẵn sàng", timeout=5000)

        printer.state = "paper_out"  # the roll ran out
        qtbot.waitUntil(lambda: "hết giấy" in bar.text_of("printer"), timeout=5000)
        assert hub.states["printer"].level == BAD
        assert bar.text_of("printer") == "Máy in hết giấy — thay cuộn giấy mới"

        os.write(master, "CCCD-quét\r".encode())  # a scan arrives wherever the focus is
        qtbot.waitUntil(lambda: len(scans) == 1, timeout=5000)
        assert scans[0].text == "CCCD-quét"

        os.close(master)  # the scanner's cable pulled
        master = -1
        qtbot.waitUntil(lambda: "chưa kết nối" in bar.text_of("scanner"), timeout=5000)
        assert hub.states["scanner"].level == BAD

        printer.state = "ready"  # new roll
        qtbot.waitUntil(lambda: bar.text_of("printer") == "Máy in sẵn sàng", timeout=5000)

        screen.device_bar.set_language("en")
        assert bar.text_of("printer") == "Printer ready"
        assert bar.text_of("scanner").startswith("Scanner not connected")
    finally:
        monitor.stop()
        hub.stop()
        if master >= 0:
            os.close(master)
        ctx.desk.printer.close()
        ctx.close()
        printer.unplug()


def test_a_device_url_that_cannot_be_opened_shows_as_a_fault(app, qtbot, home, clock):
    _configure(home, "sim://printer", "hid", "sim://keypad")
    ctx = build_context(home, clock=clock, config=load_config())
    hub = DeviceHub(ctx)
    try:
        hub._start_keypad("serial:///dev/ttyUSB9?map=zz:9")  # a map no keypad can send
        state = hub.states["keypad"]
        assert state.level == BAD and state.words_vi.startswith("Bàn phím đánh giá lỗi — báo kỹ thuật viên")
        hub._start_scanner("hid")
        assert hub.states["scanner"].words_vi.startswith("Máy quét kiểu bàn phím")
    finally:
        hub.stop()
        ctx.close()
