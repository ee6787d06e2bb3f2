"""Vietnamese text as 1-bit raster with the bundled font, sharp and cropped to its ink.

Thermal printers' code pages rarely hold Vietnamese with all its tone marks, so lines with
Vietnamese letters are drawn: anti-aliased at 4x, scaled down, then thresholded, which keeps the
tone marks (dấu) of small text apart from their vowels.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from kiosk.paths import font_path


@lru_cache(maxsize=16)
def _font(path: Path, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(path), size)


@lru_cache(maxsize=512)
def wrap(text: str, px: int, max_width: int, bold: bool = False) -> tuple[str, ...]:
    """Split ``text`` into lines that fit ``max_width`` dots."""
    font = _font(font_path(bold), px)
    words = text.split()
    lines: list[str] = []
    line = ""
    for word in words:
        candidate = f"{line} {word}".strip()
        if font.getlength(candidate) <= max_width or not line:
            line = candidate
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    return tuple(lines) or ("",)


@lru_cache(maxsize=512)
def render_line(text: str, px: int, bold: bool = False, threshold: int = 150) -> Image.Image:
    """One line of text as a 1-bit image (ink is black, 0), cropped to the ink.

    Vietnamese capitals carry two marks above (Ẫ, Ế): the canvas leaves room above the
    font's ascent so they are never clipped. Lines repeat on every ticket (center, title,
    service), so results are cached; callers must not modify the returned image.
    """
    scale = 4
    font = _font(font_path(bold), px * scale)
    ascent, descent = font.getmetrics()
    top = ascent // 3
    width = int(font.getlength(text)) + 2 * scale
    height = top + ascent + descent
    big = Image.new("L", (max(width, scale), height), 255)
    ImageDraw.Draw(big).text((scale, top), text, font=font, fill=0)
    small = big.resize((max(1, big.width // scale), max(1, height // scale)), Image.Resampling.LANCZOS)
    mono = small.point(lambda v: 0 if v < threshold else 255, mode="1")
    bbox = Image.eval(mono.convert("L"), lambda v: 255 - v).getbbox()
    if bbox:
        # cropped to the ink on all sides: the spacing between lines is a paper feed (3 bytes),
        # not rows of blank pixels
        mono = mono.crop(bbox)
    return mono


def code128_image(text: str, height: int, module: int = 2, quiet: int = 10) -> Image.Image:
    """Code 128 bars as a 1-bit image with ``quiet`` white dots each side (raster printers, the
    simulated paper)."""
    import barcode

    modules = barcode.get("code128", text).build()[0]
    img = Image.new("1", (len(modules) * module + 2 * quiet, height), 1)
    for k, bit in enumerate(modules):
        if bit == "1":
            img.paste(0, (quiet + k * module, 0, quiet + (k + 1) * module, height))
    return img
