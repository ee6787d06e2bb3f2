"""The dossier code as a Code 128 barcode (python-barcode) and a QR code (qrcode), drawn as
vector rectangles: sharp at any print or render resolution, a few hundred bytes each.

Both keep their quiet zones inside their own box (10 modules either side of the bars, 4 around
the QR) so that nothing the layout puts beside them can touch the code.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

CODE128_QUIET = 10  # modules of white either side (ISO/IEC 15417 asks for 10)
QR_QUIET = 4  # modules of white around a QR code (ISO/IEC 18004)
#: Characters a Code 128 symbol here may hold: a receipt is 80 mm wide, and past this the bars
#: are narrower than a scanner reads (a dossier code is 25).
CODE128_MAX = 48


class CodeError(ValueError):
    """Text that cannot be drawn as a barcode or QR code; the message is in Vietnamese and English."""

    def __init__(self, vi: str, en: str) -> None:
        self.vi, self.en = vi, en
        super().__init__(unicodedata.normalize("NFC", f"{vi} / {en}"))


def _runs(modules: str) -> list[tuple[int, int]]:
    """(start, length) of each run of '1' in a module string."""
    runs: list[tuple[int, int]] = []
    start = -1
    for i, bit in enumerate(modules + "0"):
        if bit == "1" and start < 0:
            start = i
        elif bit != "1" and start >= 0:
            runs.append((start, i - start))
            start = -1
    return runs


@lru_cache(maxsize=256)
def code128_modules(data: str) -> str:
    """The bar pattern of ``data`` as '1' (bar) / '0' (space) modules, without quiet zones.

    python-barcode picks code sets B and C (digits in pairs) to keep the symbol short.

    Raises:
        CodeError: ``data`` is empty, longer than :data:`CODE128_MAX`, or not ASCII (Code 128
            has no other characters).
    """
    from barcode import Code128

    if not isinstance(data, str) or not 1 <= len(data) <= CODE128_MAX or not data.isascii():
        shown = repr(data)[:40]
        raise CodeError(f"không vẽ được mã vạch Code 128 cho {shown}: cần 1–{CODE128_MAX} ký tự ASCII",
                        f"cannot draw a Code 128 barcode of {shown}: it needs 1–{CODE128_MAX} ASCII characters")
    built: list[str] = Code128(data).build()
    return "".join(built)


@lru_cache(maxsize=256)
def qr_matrix(data: str) -> tuple[tuple[bool, ...], ...]:
    """The QR modules of ``data`` (error correction M), quiet zone included.

    Raises:
        CodeError: ``data`` is not text that UTF-8 can carry (a lone surrogate) or is more than
            a QR code holds (about 2,300 bytes at correction M).
    """
    import qrcode
    from qrcode.constants import ERROR_CORRECT_M
    from qrcode.exceptions import DataOverflowError

    if not isinstance(data, str):
        raise CodeError("mã QR cần một chuỗi ký tự", "a QR code needs text")
    try:
        data.encode("utf-8")
    except UnicodeEncodeError:
        raise CodeError("mã QR không chứa được ký tự hỏng (surrogate)",
                        "a QR code cannot hold a broken character (a lone surrogate)") from None
    qr = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=QR_QUIET, box_size=1)
    qr.add_data(data)
    try:
        qr.make(fit=True)
    except (ValueError, DataOverflowError):  # past version 40: "Invalid version (was 41...)"
        raise CodeError(f"nội dung quá dài cho một mã QR ({len(data)} ký tự)",
                        f"too much for one QR code ({len(data)} characters)") from None
    matrix: list[list[bool]] = qr.get_matrix()
    return tuple(tuple(bool(cell) for cell in row) for row in matrix)


class Code128Flowable(Flowable):  # type: ignore[misc]
    """A Code 128 barcode: bars ``module`` wide (narrower only when the space is too narrow)."""

    def __init__(self, data: str, module: float = 0.33 * mm, height: float = 12 * mm,
                 min_module: float = 0.22 * mm) -> None:
        """Prepare the bars.

        Args:
            data: The text to encode (ASCII).
            module: Preferred width of the narrowest bar, in points.
            height: Bar height, in points.
            min_module: Never narrower than this (below it scanners struggle).
        """
        super().__init__()
        self.data = data
        self._pattern = code128_modules(data)
        self._bars = _runs(self._pattern)
        self._preferred = module
        self._minimum = min_module
        self.module = module
        self.height = height
        self.hAlign = "CENTER"

    @property
    def total_modules(self) -> int:
        """Modules across, quiet zones included."""
        return len(self._pattern) + 2 * CODE128_QUIET

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        self.module = max(self._minimum, min(self._preferred, availWidth / self.total_modules))
        self.width = self.module * self.total_modules
        return self.width, self.height

    def draw(self) -> None:
        canv: Any = self.canv
        canv.saveState()
        canv.setFillColorRGB(0, 0, 0)
        x0 = CODE128_QUIET * self.module
        for start, length in self._bars:
            canv.rect(x0 + start * self.module, 0, length * self.module, self.height, stroke=0, fill=1)
        canv.restoreState()


class QRFlowable(Flowable):  # type: ignore[misc]
    """A QR code ``size`` points square (quiet zone included)."""

    def __init__(self, data: str, size: float = 24 * mm) -> None:
        """Prepare the modules.

        Args:
            data: The text to encode (a dossier code or a lookup URL).
            size: Side of the square, quiet zone included, in points.
        """
        super().__init__()
        self.data = data
        self._matrix = qr_matrix(data)
        self.width = self.height = size
        self.hAlign = "CENTER"

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return self.width, self.height

    def draw(self) -> None:
        canv: Any = self.canv
        n = len(self._matrix)
        cell = self.width / n
        canv.saveState()
        canv.setFillColorRGB(0, 0, 0)
        for r, row in enumerate(self._matrix):
            y = self.height - (r + 1) * cell
            for start, length in _runs("".join("1" if dark else "0" for dark in row)):
                # a hair wider than the cell so anti-aliasing leaves no seams between modules
                canv.rect(start * cell, y, length * cell, cell + 0.01, stroke=0, fill=1)
        canv.restoreState()
