"""Two-way printers on real links (a pseudo-terminal as the serial port, a TCP socket), against a
fake ESC/POS printer that answers status requests and records what it would print."""

from __future__ import annotations

import time

import pytest

from devices.printer import open_printer
from devices.printer.paper import render_paper
from devices.printer.status import PrinterState, interpret, valid_reply
from kiosk.printing.document import Document, Text
from tests.devices.fake_escpos import REPLIES, PtyPrinter, TcpFakePrinter


@pytest.fixture
def fake():
    printer = PtyPrinter()
    yield printer
    printer.unplug()


def doc() -> Document:
    return Document("t", [Text("Số thứ tự A001 — Hộ tịch", align="center", bold=True)])


def test_status_bytes_are_read_as_the_manual_says():
    assert all(valid_reply(b) for r in REPLIES.values() for b in r.values())
    assert not valid_reply(0xFF) and not valid_reply(0x00)
    states = {name: interpret(dict(r)).state for name, r in REPLIES.items()}
    assert states == {"ready": "ready", "paper_near_end": "paper_near_end", "paper_out": "paper_out",
                      "cover_open": "cover_open", "offline": "offline", "error": "error"}
    assert interpret({1: None, 2: None, 4: None}).state == "unknown"
    assert interpret({1: 0xFF, 2: 0x12, 4: 0x12}).state == "unknown"  # noise is never "ready"


def test_a_ticket_goes_to_a_serial_printer_and_comes_out_on_paper(fake):
    printer = open_printer(f"serial://{fake.path}?baudrate=115200")
    data = printer.render(doc())
    outcome = printer.send(data, "job-1")
    assert outcome.ok and outcome.bytes_sent == len(data)
    deadline = time.monotonic() + 5
    while len(fake.printed) < len(data) and time.monotonic() < deadline:
        time.sleep(0.02)
    assert bytes(fake.printed) == data  # every byte, and no status request mistaken for print data
    assert fake.requests[:3] == [1, 2, 4]  # asked before the job
    paper, unknown = render_paper(bytes(fake.printed))
    assert not unknown and paper.height > 24
    printer.close()


@pytest.mark.parametrize("state", ["paper_out", "cover_open", "offline", "error"])
def test_a_printer_that_cannot_print_gets_no_job_and_says_why(fake, state):
    fake.state = state
    printer = open_printer(f"serial://{fake.path}")
    outcome = printer.send(printer.render(doc()), "job-1")
    assert not outcome.ok and outcome.bytes_sent == 0  # unambiguous: nothing left the host
    assert printer.last_status.state == state
    assert fake.printed == bytearray()
    words = {"paper_out": "hết giấy", "cover_open": "Nắp máy in", "offline": "offline", "error": "báo lỗi"}
    assert words[state] in outcome.reason
    printer.close()


def test_paper_near_end_still_prints_and_warns(fake):
    fake.state = "paper_near_end"
    printer = open_printer(f"serial://{fake.path}")
    assert printer.send(printer.render(doc()), "j").ok
    assert printer.last_status.state == "paper_near_end"
    assert "sắp hết giấy" in printer.last_status.words("vi")
    printer.close()


def test_paper_running_out_during_a_job_is_an_ambiguous_failure(fake):
    fake.paper_out_after = 300
    printer = open_printer(f"serial://{fake.path}")
    data = printer.render(doc())
    outcome = printer.send(data, "j")
    assert not outcome.ok and outcome.bytes_sent == len(data)  # it all left; not all came out
    assert "hết giấy" in outcome.reason
    printer.close()


def test_error_is_cleared_with_dle_enq_2_and_esc_at(fake):
    fake.state = "error"
    printer = open_printer(f"serial://{fake.path}")
    assert printer.query_status().state == "error"
    assert printer.recover().state == "ready"
    assert fake.recoveries == 1
    printer.close()


def test_one_way_or_confused_links_are_unknown_and_still_print(fake):
    printer = open_printer(f"serial://{fake.path}")
    fake.state = "mute"
    status = printer.query_status()
    assert status.state == PrinterState.UNKNOWN and not status.blocking
    fake.state = "garbage"
    assert printer.query_status().state == PrinterState.UNKNOWN
    assert printer.send(printer.render(doc()), "j").ok
    printer.close()


def test_unplugged_then_back_under_a_new_name(tmp_path):
    link = tmp_path / "usb-Printer_0416_5011-if00"  # as /dev/serial/by-id names it
    fake = PtyPrinter(link=link)
    printer = open_printer(f"serial://{link}")
    assert printer.query_status().state == "ready"
    fake.unplug()
    assert printer.query_status().state == PrinterState.DISCONNECTED
    outcome = printer.send(printer.render(doc()), "j")
    assert not outcome.ok and "kết nối" in outcome.reason
    fake.replug()
    assert printer.query_status().state == "ready"
    assert printer.send(printer.render(doc()), "j2").ok
    fake.unplug()
    printer.close()


def test_a_slow_9600_baud_line_gets_the_whole_job(tmp_path):
    fake = PtyPrinter(bytes_per_second=960)  # 9600 baud, 10 bits a byte
    printer = open_printer(f"serial://{fake.path}?baudrate=9600")
    data = printer.render(Document("t", [Text("Chờ đến lượt")]))
    started = time.monotonic()
    assert printer.send(data, "j").ok
    deadline = time.monotonic() + 10
    while len(fake.printed) < len(data) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert bytes(fake.printed) == data
    assert time.monotonic() - started >= len(data) / 960 * 0.5  # it really went at the line's pace
    fake.unplug()
    printer.close()


def test_network_printer_on_port_9100_with_status():
    fake = TcpFakePrinter()
    printer = open_printer(fake.url)
    data = printer.render(doc())
    assert printer.send(data, "a").ok and printer.send(data, "b").ok
    deadline = time.monotonic() + 5
    while len(fake.printed) < 2 * len(data) and time.monotonic() < deadline:
        time.sleep(0.02)
    assert bytes(fake.printed) == data + data
    assert fake.connections == 1  # the link stays open between jobs
    fake.state = "cover_open"
    assert printer.query_status().state == "cover_open"
    fake.close()
    printer.close()
    assert printer.query_status().state == PrinterState.DISCONNECTED


def _kiosk_on(fake, home, clock):  # type: ignore[no-untyped-def]
    from kiosk.config import load_config
    from kiosk.wiring import build_context

    cfg = load_config()
    cfg.path.write_text(cfg.path.read_text(encoding="utf-8").replace(
        'printer = "sim://printer"', f'printer = "serial://{fake.path}?baudrate=115200"'), encoding="utf-8")
    return build_context(home, clock=clock, config=load_config())


def _wait_printed(fake, n: int) -> None:
    deadline = time.monotonic() + 5
    while len(fake.printed) < n and time.monotonic() < deadline:
        time.sleep(0.02)


def test_tickets_that_failed_print_when_the_paper_is_back(fake, home, clock):
    """Paper out: the tickets stand and wait; a new roll: they come out, as they were."""
    from kiosk.printing.monitor import PrinterMonitor
    from kiosk.printing.ticket_layout import ticket_document

    ctx = _kiosk_on(fake, home, clock)
    fake.state = "paper_out"
    seen = []
    monitor = PrinterMonitor(ctx.desk, interval=0.1, on_change=seen.append)
    first, outcome = ctx.desk.take_and_print("HT")
    second, _ = ctx.desk.take_and_print("CT")
    assert not outcome.ok and ctx.jobs.get(first.print_job_id).bytes_sent == 0
    assert monitor.check().state == "paper_out" and fake.printed == bytearray()
    fake.state = "ready"  # the officer puts in a new roll
    assert monitor.check().state == "ready"
    expected = b"".join(ctx.desk.printer.render(ticket_document(ctx.config, ctx.queue.ticket(t.id), "vi"))
                        for t in (first, second))
    _wait_printed(fake, len(expected))
    assert bytes(fake.printed) == expected  # in order, no reprint mark: nothing had come out before
    assert [ctx.jobs.get(t.print_job_id).status for t in (first, second)] == ["done", "done"]
    assert [s.state for s in seen] == ["paper_out", "ready"]
    assert monitor.check().state == "ready" and len(fake.printed) == len(expected)  # never twice
    ctx.desk.printer.close()
    ctx.close()


def test_a_ticket_cut_short_by_the_paper_end_is_printed_again_marked_as_a_reprint(fake, home, clock):
    from kiosk.printing.monitor import PrinterMonitor
    from kiosk.printing.ticket_layout import ticket_document

    ctx = _kiosk_on(fake, home, clock)
    fake.paper_out_after = 500
    ticket, outcome = ctx.desk.take_and_print("HT")
    assert not outcome.ok and ctx.jobs.get(ticket.print_job_id).bytes_sent > 0  # ambiguous
    fake.printed.clear()
    fake.paper_out_after, fake.state = None, "ready"
    PrinterMonitor(ctx.desk).check()
    reprint = ctx.desk.printer.render(ticket_document(ctx.config, ctx.queue.ticket(ticket.id), "vi", reprint=True))
    _wait_printed(fake, len(reprint))
    assert bytes(fake.printed) == reprint  # "BẢN IN LẠI" on top: not mistaken for a second ticket
    assert ctx.jobs.get(ticket.print_job_id).status == "done"
    ctx.desk.printer.close()
    ctx.close()


def test_a_called_ticket_is_not_printed_late(fake, home, clock):
    ctx = _kiosk_on(fake, home, clock)
    fake.state = "paper_out"
    ticket, _ = ctx.desk.take_and_print("HT")
    ctx.queue.call_next(1)  # the officer called it from the list meanwhile
    fake.state = "ready"
    assert ctx.desk.retry_failed() == [] and fake.printed == bytearray()
    ctx.desk.printer.close()
    ctx.close()


def test_usb_and_spooler_printers_say_what_is_missing_instead_of_failing():
    """No such USB device here (and no libusb on CI): a state in words, never an exception."""
    usb = open_printer("usb://0416:5011?serial=ABC")
    status = usb.query_status()
    assert status.state == PrinterState.DISCONNECTED and "USB 0416:5011 (ABC)" in status.detail
    outcome = usb.send(b"\x1b@", "j")
    assert not outcome.ok and outcome.bytes_sent == 0
    with pytest.raises(ValueError):
        open_printer("usb://nonsense")
    spooler = open_printer("win32://EPSON TM-T82 Receipt")
    assert spooler.name == "EPSON TM-T82 Receipt" and spooler.query_status().state == PrinterState.UNKNOWN
    result = spooler.send(b"\x1b@", "j")
    assert not result.ok and "Windows" in result.reason
