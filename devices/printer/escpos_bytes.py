"""Document -> ESC/POS bytes, built with python-escpos on its ``Dummy`` printer.

ASCII lines, the big ticket number (``GS !``) and QR codes (``GS ( k``) go native; lines with
Vietnamese letters go as 1-bit raster (``GS v 0``) drawn with the bundled font, cropped to their
ink and centred with ``ESC a`` so a ticket stays a few KB. On a printer whose profile declares a
working Vietnamese code page (CP1258 or TCVN-3, ``devices.printer.codepage``) they go as text in
it instead, after ``ESC t n``; a line with a character outside that code page still goes as
raster.
"""

from __future__ import annotations

import copy
from typing import Any

from PIL import Image

from devices.printer.codepage import CodeTable, Run, encode
from devices.printer.profiles import PrinterProfile
from devices.printer.raster import code128_image, render_line, wrap
from kiosk.printing.document import Barcode, BigNumber, Document, Feed, QRCode, Rule, Text
from kiosk.textnorm import is_ascii

FEED_DOTS = b"\x1bJ"  # ESC J n: print and feed n dots
SELECT_TABLE = b"\x1bt"  # ESC t n: select character code table n


def render_document(doc: Document, profile: PrinterProfile) -> bytes:
    from escpos.printer import Dummy

    p = Dummy(profile=profile.escpos_profile)
    # tell python-escpos the paper width (its own database leaves generic printers "Unknown")
    data = copy.deepcopy(p.profile.profile_data)
    data["media"]["width"]["pixels"] = profile.width_dots
    p.profile.profile_data = data
    p.hw("INIT")
    for block in doc.blocks:
        if isinstance(block, Text):
            _text(p, block, profile)
        elif isinstance(block, BigNumber) and profile.raster_only:
            p.set(align=block.align)
            p.image(_big_raster(block.text, profile), impl="bitImageRaster", center=False)
        elif isinstance(block, BigNumber):
            p.set(align=block.align, bold=True, custom_size=True, width=4, height=4)
            p.text(block.text + "\n")
            p.set(normal_textsize=True, bold=False)
        elif isinstance(block, QRCode):
            p.set(align=block.align)
            if profile.native_qr:
                p.qr(block.data, native=True, size=block.size)
            else:
                _qr_raster(p, block, profile)
        elif isinstance(block, Barcode):
            _barcode(p, block, profile)
        elif isinstance(block, Rule):
            p.set(align="left", bold=False)
            p.text("-" * profile.columns + "\n")
        elif isinstance(block, Feed):
            p.ln(block.lines)
    if doc.cut:
        if profile.cutter:
            p.cut()
        else:
            p.ln(6)
    return bytes(p.output)


def _text(p, block: Text, profile: PrinterProfile) -> None:  # type: ignore[no-untyped-def]
    width_chars = profile.columns // block.scale
    if is_ascii(block.text) and not profile.raster_only:
        p.set(align=block.align, bold=block.bold, double_width=block.scale > 1,
              double_height=block.scale > 1, normal_textsize=block.scale == 1)
        for line in _wrap_ascii(block.text, width_chars):
            p.text(line + "\n")
        p.set(normal_textsize=True, bold=False)
        return
    encoded = None if profile.raster_only else _encode_lines(block.text, width_chars, profile)
    if encoded is not None:
        p.set(align=block.align, bold=block.bold, double_width=block.scale > 1,
              double_height=block.scale > 1, normal_textsize=block.scale == 1)
        for runs in encoded:
            for table, data in runs:
                _select_table(p, _table_number(table, profile))
                p._raw(data)
            p._raw(b"\n")
        p.set(normal_textsize=True, bold=False)
        return
    px = block.px or profile.text_px * block.scale
    p.set(align=block.align if profile.raster_honours_align else "left")
    for line in wrap(block.text, px, profile.width_dots - 8, bold=block.bold):
        img = render_line(line, px, bold=block.bold, threshold=profile.threshold)
        if not profile.raster_honours_align:
            img = _pad(img, block.align, profile.width_dots)
        p._raw(FEED_DOTS + bytes([max(1, px // 4)]))  # ESC J n: space above the line
        p.image(img, impl="bitImageRaster", center=False)


def _encode_lines(text: str, width_chars: int, profile: PrinterProfile) -> list[list[Run]] | None:
    """The wrapped lines of ``text`` in the profile's Vietnamese code page, or ``None`` (no code
    page, or a character outside it: the whole text then goes as raster, wrapped as raster)."""
    if profile.vietnamese_codepage is None:
        return None
    lines = []
    for line in _wrap_ascii(text, width_chars):
        runs = encode(line, profile.vietnamese_codepage,
                      capitals=profile.codepage_table_capitals is not None)
        if runs is None:
            return None
        lines.append(runs)
    return lines


def _table_number(table: CodeTable, profile: PrinterProfile) -> int:
    number = profile.codepage_table_capitals if table == "tcvn3-capitals" else profile.codepage_table
    assert number is not None, f"{profile.name}: no code table for {table}"  # encode() saw to it
    return number


def _select_table(p: Any, number: int) -> None:
    """ESC t n unless the printer is in table n already; python-escpos' own encoder is told which
    table that is (by its name in its capability database), or that it does not know, so it
    selects its own table again before the next text it writes."""
    pages = {name: int(n) for name, n in p.magic.encoder.codepages.items()}
    current = pages.get(p.magic.encoding) if p.magic.encoding else None
    if current != number:
        p._raw(SELECT_TABLE + bytes([number]))
    names = [name for name, n in pages.items() if n == number and name != "Unknown"]
    p.magic.encoding = names[0] if len(names) == 1 else None


def _barcode(p, block: Barcode, profile: PrinterProfile) -> None:  # type: ignore[no-untyped-def]
    """Code 128 (GS k 73) with code set C for digit runs, bars 2 dots per module, no
    human-readable line (the document prints the code as text itself, in our font). A code too
    wide for the paper at 2 dots a module is left out: the slip's QR code and text carry it."""
    from devices.printer.code128 import escpos_data, modules

    width = modules(block.data) * 2
    if width > profile.width_dots:
        return
    if profile.raster_only:
        quiet = max(0, min(20, (profile.width_dots - width) // 2))
        p.set(align=block.align)
        p.image(code128_image(block.data, block.height, quiet=quiet), impl="bitImageRaster", center=False)
        return
    data = escpos_data(block.data)
    p.set(align=block.align)
    # GS H 0: no human-readable line; GS h: height; GS w 2: module width; GS k 73 n data
    p._raw(b"\x1dH\x00" + b"\x1dh" + bytes([max(1, min(255, block.height))]) + b"\x1dw\x02"
           + b"\x1dkI" + bytes([len(data)]) + data)
    p.ln(1)


def _big_raster(text: str, profile: PrinterProfile) -> Image.Image:
    """The ticket number as an image as tall as GS ! 4x4 (about 160 dots), narrower paper permitting."""
    px = 160
    img = render_line(text, px, bold=True, threshold=profile.threshold)
    if img.width > profile.width_dots - 8:
        px = px * (profile.width_dots - 8) // img.width
        img = render_line(text, px, bold=True, threshold=profile.threshold)
    return img


def _wrap_ascii(text: str, width: int) -> list[str]:
    words, lines, line = text.split(), [], ""
    for word in words:
        if len(line) + len(word) + (1 if line else 0) > width and line:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    if line:
        lines.append(line)
    return lines or [""]


def _pad(img: Image.Image, align: str, width: int) -> Image.Image:
    canvas = Image.new("1", (width, img.height), 1)
    x = {"left": 0, "center": (width - img.width) // 2, "right": width - img.width}[align]
    canvas.paste(img, (max(0, x), 0))
    return canvas


def _qr_raster(p, block: QRCode, profile: PrinterProfile) -> None:  # type: ignore[no-untyped-def]
    import qrcode

    qr = qrcode.QRCode(border=1, box_size=block.size, error_correction=qrcode.constants.ERROR_CORRECT_M)
    qr.add_data(block.data)
    img = qr.make_image().get_image().convert("1")
    p.image(img, impl="bitImageRaster", center=False)
