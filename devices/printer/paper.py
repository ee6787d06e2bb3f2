"""What a thermal printer would put on paper for a stream of ESC/POS bytes.

The simulated printer uses this to turn the very bytes it was sent into a PNG, so the picture
shows what the real printer would print (not what we meant to send). It understands the subset
of ESC/POS that python-escpos emits for our documents and reports anything else, like a printer
that prints garbage for bytes it does not know.

Text is read in the code table selected with ``ESC t n`` (Epson's numbering unless told
otherwise, see ``EPSON_TABLES``), the Vietnamese ones included: a CP1258 tone mark is drawn over
the letter before it, as the printer does, and the text of each printed line is kept
(``Paper.text``) so tests can read the paper back.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field

from PIL import Image, ImageDraw, ImageFont

from devices.printer.codepage import CodeTable, decoding_table
from kiosk.paths import resources_dir


class UnknownCommand(ValueError):
    pass


# ESC t n -> the character table the printer then prints in: Epson's numbering, as in
# python-escpos' capability database ("default" profile); a Python codec or one of ours
EPSON_TABLES: dict[int, str] = {
    0: "cp437", 2: "cp850", 3: "cp860", 4: "cp863", 5: "cp865", 16: "cp1252", 17: "cp866",
    18: "cp852", 19: "cp858", 30: "tcvn3", 31: "tcvn3-capitals", 52: "cp1258",
}
_OURS: dict[str, CodeTable] = {"cp1258": "cp1258", "tcvn3": "tcvn3", "tcvn3-capitals": "tcvn3-capitals"}


@dataclass
class Paper:
    """What came out: the paper as a grayscale image, the commands the printer did not know
    (empty if none), and the text of each printed text line (not of raster lines), as read."""

    image: Image.Image
    unknown: list[str]
    text: list[str]


@dataclass
class _State:
    align: int = 0
    bold: bool = False
    width_mul: int = 1
    height_mul: int = 1
    qr_data: bytes = b""
    qr_size: int = 3
    qr_ec: int = 48
    bar_height: int = 162
    bar_width: int = 3
    rows: list[Image.Image] = field(default_factory=list)
    line: str = ""
    cuts: int = 0
    table: int = 0
    text: list[str] = field(default_factory=list)


CHAR_W, CHAR_H = 12, 24


def _mono_font(size: int) -> ImageFont.FreeTypeFont:
    path = resources_dir() / "fonts" / "DejaVuSans.ttf"
    return ImageFont.truetype(str(path), size)


def render_paper(data: bytes, width_dots: int = 576) -> tuple[Image.Image, list[str]]:
    """The printed paper as a grayscale image, and the unknown commands met (empty if none)."""
    paper = read_paper(data, width_dots)
    return paper.image, paper.unknown


def read_paper(data: bytes, width_dots: int = 576,
               code_tables: Mapping[int, str] | None = None) -> Paper:
    """The paper a printer with ``code_tables`` (ESC t n -> table; Epson's if None) prints.

    A printer profile's own numbers for its Vietnamese tables: ``profile.vietnamese_tables()``.
    """
    tables = {**EPSON_TABLES, **(code_tables or {})}
    st = _State()
    unknown: list[str] = []
    i = 0
    n = len(data)

    def flush_line() -> None:
        # a tone mark sent after its letter (CP1258) is printed over it: one cell
        text = unicodedata.normalize("NFC", st.line)
        st.line = ""
        if text:
            st.text.append(text)
        h = CHAR_H * st.height_mul
        img = Image.new("L", (width_dots, h), 255)
        if text:
            # font A: 12x24 cells, scaled by the size multipliers, one glyph per cell
            cell_w, cell_h = CHAR_W * st.width_mul, h
            font = _mono_font(int(20 * st.height_mul))
            line_img = Image.new("L", (max(1, cell_w * len(text)), cell_h), 255)
            for k, ch in enumerate(text):
                # the printer's font A is monospaced: a wide letter (m, W) is narrowed into its cell
                natural = int(font.getlength(ch)) + 2
                # a capital's stacked marks (Ấ, Ỗ) rise above the cell: the printer's font
                # draws such letters shorter, here the glyph is squeezed into the cell
                stroke = 1 if st.bold else 0
                top = min(0, int(font.getbbox(ch, stroke_width=stroke)[1])) if ord(ch) > 0x7F else 0
                glyph = Image.new("L", (max(natural, CHAR_W * st.height_mul), cell_h - top), 255)
                ImageDraw.Draw(glyph).text((1, -top), ch, font=font, fill=0,
                                           stroke_width=stroke, stroke_fill=0)
                if glyph.size != (cell_w, cell_h):
                    glyph = glyph.resize((cell_w, cell_h))
                line_img.paste(glyph, (k * cell_w, 0))
            img.paste(line_img, (_x(st.align, line_img.width, width_dots), 0))
        st.rows.append(img)

    def paste_block(block: Image.Image) -> None:
        img = Image.new("L", (width_dots, block.height), 255)
        img.paste(block.convert("L"), (_x(st.align, block.width, width_dots), 0))
        st.rows.append(img)

    while i < n:
        b = data[i]
        if b == 0x0A:  # LF
            flush_line()
            i += 1
        elif b == 0x1B:  # ESC
            cmd = data[i + 1] if i + 1 < n else None
            if cmd == ord("@"):
                st.align, st.bold, st.width_mul, st.height_mul, st.table = 0, False, 1, 1, 0
                i += 2
            elif cmd == ord("a"):
                st.align = data[i + 2] % 48 if data[i + 2] >= 48 else data[i + 2]
                i += 3
            elif cmd == ord("E"):
                st.bold = bool(data[i + 2] & 1)
                i += 3
            elif cmd == ord("!"):
                mode = data[i + 2]
                st.bold = bool(mode & 0x08)
                st.height_mul = 2 if mode & 0x10 else 1
                st.width_mul = 2 if mode & 0x20 else 1
                i += 3
            elif cmd == ord("J"):
                if st.line:
                    flush_line()
                st.rows.append(Image.new("L", (width_dots, max(1, data[i + 2])), 255))
                i += 3
            elif cmd == ord("d"):
                for _ in range(data[i + 2]):
                    flush_line()
                i += 3
            elif cmd == ord("t"):
                st.table = data[i + 2] if i + 2 < n else 0
                if st.table not in tables:
                    unknown.append(f"ESC t {st.table} (a code table this printer lacks) at {i}")
                i += 3
            elif cmd in (ord("M"), ord("-"), ord("G"), ord("{"), ord("R")):
                i += 3
            else:
                unknown.append(f"ESC {cmd!r} at {i}")
                i += 2
        elif b == 0x1D:  # GS
            cmd = data[i + 1] if i + 1 < n else None
            if cmd == ord("!"):
                size = data[i + 2]
                st.width_mul = (size >> 4) + 1
                st.height_mul = (size & 0x0F) + 1
                i += 3
            elif cmd == ord("v") and data[i + 2] == ord("0"):
                xl, xh, yl, yh = data[i + 4 : i + 8]
                wbytes = xl + 256 * xh
                height = yl + 256 * yh
                raw = data[i + 8 : i + 8 + wbytes * height]
                img = Image.frombytes("1", (wbytes * 8, height), bytes(x ^ 0xFF for x in raw))
                paste_block(img)
                i += 8 + wbytes * height
            elif cmd == ord("(") and data[i + 2] == ord("k"):
                plen = data[i + 3] + 256 * data[i + 4]
                body = data[i + 5 : i + 5 + plen]
                cn, fn = body[0], body[1]
                if cn == 49 and fn == 67:
                    st.qr_size = body[2]
                elif cn == 49 and fn == 69:
                    st.qr_ec = body[2]
                elif cn == 49 and fn == 80:
                    st.qr_data = bytes(body[3:])
                elif cn == 49 and fn == 81:
                    paste_block(_qr_image(st.qr_data, st.qr_size, st.qr_ec))
                i += 5 + plen
            elif cmd == ord("V"):
                flush_line() if st.line else None
                st.cuts += 1
                cut = Image.new("L", (width_dots, 12), 255)
                d = ImageDraw.Draw(cut)
                for x in range(0, width_dots, 16):
                    d.line((x, 6, x + 8, 6), fill=128)
                st.rows.append(cut)
                i += 3 if data[i + 2] in (0, 1, 48, 49) else 4
            elif cmd == ord("h"):
                st.bar_height = max(1, data[i + 2])
                i += 3
            elif cmd == ord("w"):
                st.bar_width = max(1, min(6, data[i + 2]))
                i += 3
            elif cmd == ord("k"):
                m = data[i + 2]
                if m < 65:  # function A: NUL-terminated
                    end = data.index(0, i + 3) if 0 in data[i + 3:] else n
                    body, i = data[i + 3:end], end + 1
                else:
                    length = data[i + 3]
                    body, i = data[i + 4:i + 4 + length], i + 4 + length
                if m == 73:
                    if st.line:
                        flush_line()
                    paste_block(_code128_image(bytes(body), st.bar_width, st.bar_height))
                else:
                    unknown.append(f"GS k {m} (barcode type) at {i}")
            elif cmd in (ord("B"), ord("b"), ord("L"), ord("W"), ord("H"), ord("f")):
                i += 3
            else:
                unknown.append(f"GS {cmd!r} at {i}")
                i += 2
        elif b < 0x20 and b not in (0x09, 0x0D):
            unknown.append(f"control 0x{b:02x} at {i}")
            i += 1
        else:
            if b != 0x0D:
                ch = _char(tables.get(st.table, "cp437"), b)
                if ch is None:
                    unknown.append(f"byte 0x{b:02x} (empty in code table {st.table}) at {i}")
                st.line += ch or "\ufffd"
            i += 1
    if st.line:
        flush_line()
    height = sum(r.height for r in st.rows) + 16
    paper = Image.new("L", (width_dots + 32, height), 255)
    y = 8
    for row in st.rows:
        paper.paste(row, (16, y))
        y += row.height
    return Paper(paper, unknown, st.text)


def _char(table: str, code: int) -> str | None:
    """The character byte ``code`` prints in ``table`` (None: an empty cell)."""
    ours = _OURS.get(table)
    if ours is not None:
        return decoding_table(ours).get(code)
    try:
        return bytes([code]).decode(table)
    except UnicodeDecodeError:
        return None


def _x(align: int, w: int, width: int) -> int:
    if align == 1:
        return max(0, (width - w) // 2)
    if align == 2:
        return max(0, width - w)
    return 0


def _code128_image(body: bytes, module: int, height: int) -> Image.Image:
    """GS k 73 data: "{B" characters, "{C" digit pairs as bytes (what our printers get)."""
    from devices.printer.code128 import decode_escpos_data
    from devices.printer.raster import code128_image

    text = decode_escpos_data(body)
    return code128_image(text, height, module, quiet=0).convert("L")


def _qr_image(data: bytes, module: int, ec: int) -> Image.Image:
    import qrcode

    levels = {48: qrcode.constants.ERROR_CORRECT_L, 49: qrcode.constants.ERROR_CORRECT_M,
              50: qrcode.constants.ERROR_CORRECT_Q, 51: qrcode.constants.ERROR_CORRECT_H}
    qr = qrcode.QRCode(border=2, box_size=max(1, module), error_correction=levels.get(ec, levels[48]))
    qr.add_data(data.decode("utf-8", errors="replace"))
    image: Image.Image = qr.make_image().get_image().convert("L")
    return image
