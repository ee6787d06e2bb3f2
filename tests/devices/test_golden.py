"""Golden images: the standard ticket and the test page as the printer would put them on paper.

The paper is drawn from the very ESC/POS bytes (``devices.printer.paper``) and compared with the
reviewed images in ``tests/devices/golden/`` (a change in layout, font, raster threshold or
command stream shows up here). Anti-aliasing may differ slightly between FreeType builds, so a
few pixels may move; a real change moves thousands. After a deliberate change, look at the new
images and refresh them with ``KIOSK_UPDATE_GOLDEN=1 make test ARGS=tests/devices/test_golden.py``.
"""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

import pytest
from PIL import Image, ImageChops

from devices.printer import open_printer
from devices.printer.paper import render_paper
from kiosk.printing.test_page import test_page as build_test_page
from kiosk.printing.ticket_layout import ticket_document

GOLDEN = Path(__file__).parent / "golden"
TOLERANCE = 0.003  # share of pixels allowed to differ


def _compare(name: str, paper: Image.Image, tmp_path: Path) -> None:
    path = GOLDEN / f"{name}.png"
    if os.environ.get("KIOSK_UPDATE_GOLDEN") == "1":
        paper.save(path)
    actual = tmp_path / f"{name}.png"
    paper.save(actual)
    with Image.open(path) as golden:
        expected = golden.convert("L")
    assert expected.size == paper.size, f"size {paper.size} != golden {expected.size}; see {actual}"
    diff = ImageChops.difference(expected, paper.convert("L")).point(lambda v: 255 if v > 96 else 0)
    changed = diff.histogram()[255] / (paper.width * paper.height)
    assert changed < TOLERANCE, f"{changed:.2%} of the pixels differ from {path}; see {actual}"


@pytest.mark.parametrize("profile", ["generic-80mm", "generic-58mm"])
def test_the_standard_ticket_matches_its_golden_image(ctx, tmp_path, profile):
    ticket = ctx.queue.take_ticket("DKKD", "child")
    ticket = dataclasses.replace(ticket, id="0193c8a2-7d4e-7b21-9f00-5a1b2c3d4e5f")  # a fixed QR
    printer = open_printer("sim://printer?png=0", profile)
    paper, unknown = render_paper(printer.render(ticket_document(ctx.config, ticket, "vi")),
                                  printer.profile.width_dots)
    assert not unknown
    _compare(f"ticket-{profile}", paper, tmp_path)


def test_the_test_page_matches_its_golden_image(tmp_path):
    printer = open_printer("sim://printer?png=0")
    data = printer.render(build_test_page("Trung tâm Phục vụ hành chính công (MẪU)", "file:///tmp/out.bin"))
    paper, unknown = render_paper(data)
    assert not unknown
    _compare("test-page", paper, tmp_path)
