"""Code 128 as our printers get it: code set C for digit runs, read back by a real decoder."""

from __future__ import annotations

import zxingcpp
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import ImageOps

from devices.printer.code128 import decode_escpos_data, escpos_data, modules
from devices.printer.escpos_bytes import render_document
from devices.printer.paper import read_paper
from devices.printer.profiles import get_profile
from kiosk.printing.document import Barcode, Document

ASCII = st.text(alphabet=st.characters(min_codepoint=32, max_codepoint=126), min_size=1, max_size=40)


@given(ASCII)
@settings(max_examples=200, deadline=None)
def test_any_printable_text_round_trips_through_the_escpos_data(text):
    assert decode_escpos_data(escpos_data(text)) == text


def test_a_dossier_code_fits_80mm_paper_and_scans_from_it():
    code = "000.00.06.H56-231027-0361"
    assert modules(code) * 2 <= 576 < 310 * 2  # code set B alone would not fit
    profile = get_profile("generic-80mm")
    paper = read_paper(render_document(Document("t", [Barcode(code)]), profile), profile.width_dots)
    assert paper.unknown == []
    found = zxingcpp.read_barcodes(ImageOps.expand(paper.image, border=32, fill=255))
    assert [(r.format.name, r.text) for r in found] == [("Code128", code)]


def test_a_code_too_wide_for_58mm_paper_is_left_out_not_cut():
    profile = get_profile("generic-58mm")
    data = render_document(Document("t", [Barcode("000.00.06.H56-231027-0361")]), profile)
    assert b"\x1dkI" not in data
    short = render_document(Document("t", [Barcode("A015-261128")]), profile)
    assert b"\x1dkI" in short
