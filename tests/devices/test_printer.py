"""Tickets as ESC/POS bytes, printed by the simulator and read back from the picture."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from sqlalchemy import select

from devices.printer import open_printer
from devices.printer.escpos_bytes import render_document
from devices.printer.paper import render_paper
from devices.printer.profiles import get_profile
from devices.printer.raster import render_line
from kiosk.printing.document import Document, Text
from kiosk.printing.ticket_layout import ticket_document, ticket_qr_payload
from kiosk.store.models import PrintJob


def _decode(png: str | Path) -> list[str]:
    with Image.open(png) as img:
        return [r.text for r in zxingcpp.read_barcodes(img.convert("L"))]


def test_ticket_bytes_are_small_and_mostly_native(ctx):
    ticket = ctx.queue.take_ticket("DKKD", priority="child")
    data = ctx.desk.printer.render(ticket_document(ctx.config, ticket))
    assert len(data) < 6 * 1024
    assert b"\x1dv0" in data  # Vietnamese lines as raster
    assert b"\x1d!\x33" + b"" in data or b"\x1d!" in data  # enlarged native number
    assert ticket.number.encode() in data  # the number itself is text, not pixels
    assert b"\x1d(k" in data  # native QR
    assert data.endswith(b"\x1dV\x00")  # cut


def test_simulated_paper_shows_a_qr_that_decodes_to_the_ticket(ctx):
    ticket, outcome = ctx.desk.take_and_print("HT")
    assert outcome.ok
    png = next(p for p in outcome.artifacts if p.endswith(".png"))
    texts = _decode(png)
    assert ticket_qr_payload(ctx.config, ticket) in texts
    raw = next(p for p in outcome.artifacts if p.endswith(".bin"))
    paper, unknown = render_paper(Path(raw).read_bytes())
    assert unknown == []


def test_stacked_vietnamese_marks_are_not_clipped():
    # the marks stand above the capital: the line is taller than the bare letters by their height
    for marked, bare in [("PHIẾU SỐ", "PHIEU SO"), ("MẪU", "MAU"), ("ỖẪỄỮ", "OAEU")]:
        for bold in (False, True):
            assert render_line(marked, 24, bold).height >= render_line(bare, 24, bold).height + 6, marked


def test_58mm_profile_keeps_every_line_inside_the_paper(ctx):
    ticket = ctx.queue.take_ticket("DKKD", priority="child")
    profile = get_profile("generic-58mm")
    data = render_document(ticket_document(ctx.config, ticket), profile)
    i = 0
    while (i := data.find(b"\x1dv0", i)) >= 0:
        width_bytes = data[i + 4] + 256 * data[i + 5]
        assert width_bytes * 8 <= profile.width_dots
        i += 1


def test_unknown_bytes_are_reported_by_the_paper():
    _, unknown = render_paper(b"\x1b@hello\n\x1b\x99\x10")
    assert unknown


def test_printer_fault_keeps_the_ticket_and_the_failed_job(ctx, home):
    (home / "printer-sim").mkdir(exist_ok=True)
    (home / "printer-sim" / "FAULT").write_text("paper_out")
    ticket, outcome = ctx.desk.take_and_print("HT")
    assert not outcome.ok and "out of paper" in outcome.reason and "hết giấy" in outcome.reason
    assert ctx.queue.ticket(ticket.id).status == "waiting"  # the ticket exists and waits
    job = ctx.jobs.get(ticket.print_job_id)
    assert job.status == "failed" and "out of paper" in job.reason
    # the technician puts paper in and reprints: a new job, marked as a reprint
    (home / "printer-sim" / "FAULT").unlink()
    new_id, again = ctx.desk.reprint(job.id)
    assert again.ok
    with ctx.store.read() as s:
        reprint = s.get(PrintJob, new_id)
        assert reprint.reprint_of == job.id and reprint.status == "done"
        assert [j.status for j in s.scalars(select(PrintJob).order_by(PrintJob.created_at))] == ["failed", "done"]
    png = next(p for p in again.artifacts if p.endswith(".png"))
    assert ticket_qr_payload(ctx.config, ctx.queue.ticket(ticket.id)) in _decode(png)


def test_reprint_carries_a_visible_mark(ctx):
    ticket = ctx.queue.take_ticket("HT")
    plain = ctx.desk.printer.render(ticket_document(ctx.config, ticket))
    marked = ctx.desk.printer.render(ticket_document(ctx.config, ticket, reprint=True))
    p1, _ = render_paper(plain)
    p2, _ = render_paper(marked)
    assert p2.height > p1.height  # one more line at the top: BẢN IN LẠI


def test_file_printer_appends_bytes(tmp_path):
    out = tmp_path / "lp0"
    printer = open_printer(f"file://{out}")
    data = printer.render(Document("t", [Text("Xin chào")]))
    assert printer.send(data, "j1").ok
    assert out.read_bytes() == data
    bad = open_printer(f"file://{tmp_path}/missing-dir/lp0")
    outcome = bad.send(data, "j2")
    assert not outcome.ok and "missing-dir" in outcome.reason


def test_tcp_printer_unreachable_is_a_reason_not_an_exception():
    with socket.socket() as s:  # bound, never listening: refused, and no other test's port
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
        outcome = open_printer(f"tcp://127.0.0.1:{port}").send(b"x", "j")
    assert not outcome.ok and str(port) in outcome.reason


def test_unknown_printer_url():
    with pytest.raises(ValueError):
        open_printer("bluetooth://x")


@pytest.mark.parametrize("profile", ["generic-80mm", "generic-58mm-raster"])
def test_code128_barcodes_print_natively_or_as_raster_and_scan_back(profile):
    import zxingcpp

    from devices.printer.paper import render_paper
    from kiosk.printing.document import Barcode

    printer = open_printer("sim://printer?png=0", profile)
    data = printer.render(Document("t", [Barcode("HCM-261128-0042")]))
    assert (b"\x1dkI" in data) == (profile == "generic-80mm")  # GS k 73: the printer draws it
    paper, unknown = render_paper(data, printer.profile.width_dots)
    assert not unknown
    assert [r.text for r in zxingcpp.read_barcodes(paper)] == ["HCM-261128-0042"]


@pytest.mark.parametrize("url, words", [
    ("tcp://10.0.0.5:99999", "cổng"), ("tcp://[", "sai cú pháp"), ("serial:///dev/ttyUSB0?baudrate=x", "baud"),
    ("serial:///dev/ttyUSB0?baudrate=٩٦٠٠", "baud"), ("serial://", "cổng nối tiếp"), ("usb://zz", "usb://VID:PID"),
    ("win32://", "Windows"), ("lpt://1", "không hỗ trợ")])
def test_a_printer_url_that_cannot_be_used_says_why_in_both_languages(url, words):
    import unicodedata

    from devices.printer import open_printer
    from devices.url_errors import PrinterUrlError

    with pytest.raises(PrinterUrlError) as err:
        open_printer(url)
    text = str(err.value)
    assert words in text and "cannot be used" in text and text == unicodedata.normalize("NFC", text)
