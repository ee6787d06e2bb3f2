"""What a printer model can do: paper width in dots, enlarged font, native QR, cutter, and a
Vietnamese code page if it has a working one.

Our own entries for the common Vietnamese-market 58/80 mm printers; python-escpos' capability
database describes many more models and is consulted for its feature flags.

Code table numbers (``ESC t n``) differ between firmwares. Epson's numbering, which python-escpos'
database gives for its "default" profile and the TM-T20II/TM-T88V/TM-L90 families, is 30 for
TCVN-3 lowercase ("TCVN-3-1"), 31 for TCVN-3 capitals ("TCVN-3-2") and 52 for CP1258; the same
database lists CP1258 as 27 or 94 on the Chinese POS-5890/NT-5890K class and 35 on the RP326.
Declare a code page only after the printer's self-test page shows it with the tone marks over
their letters (a CP1258 table that prints the marks beside the letter is of no use).
"""

from __future__ import annotations

from dataclasses import dataclass

from devices.printer.codepage import Codepage, CodeTable


@dataclass(frozen=True)
class PrinterProfile:
    name: str
    width_dots: int
    # characters per line in font A (12x24)
    columns: int
    escpos_profile: str = "default"
    native_qr: bool = True
    cutter: bool = True
    # GS v 0 raster honours ESC a justification (most Epson-compatible printers do);
    # when False, raster lines are padded to the paper width instead (more bytes)
    raster_honours_align: bool = True
    # threshold (0-255) when turning anti-aliased glyphs into 1-bit dots
    threshold: int = 150
    # pixel height of raster text lines (font A is 24 dots; 20 keeps a ticket near 5 KB)
    text_px: int = 20
    # everything as raster (text, the big number, QR): for printers whose fonts or native
    # commands cannot be trusted; several times the bytes of the hybrid path
    raster_only: bool = False
    # a Vietnamese code page the printer has: lines with Vietnamese letters then go as text in it
    # (lines with a character outside it still go as raster)
    vietnamese_codepage: Codepage | None = None
    # ESC t n that selects it (for TCVN-3: the lowercase table)
    codepage_table: int | None = None
    # TCVN-3 only: ESC t n of the capitals table; None = the printer has none, and lines with a
    # Vietnamese capital go as raster
    codepage_table_capitals: int | None = None

    def __post_init__(self) -> None:
        tables = [t for t in (self.codepage_table, self.codepage_table_capitals) if t is not None]
        if any(not 0 <= t <= 255 for t in tables):
            raise ValueError(f"printer profile {self.name!r}: code tables are 0-255 (ESC t n)")
        if self.vietnamese_codepage is not None and self.codepage_table is None:
            raise ValueError(f"printer profile {self.name!r}: {self.vietnamese_codepage} needs "
                             "codepage_table, the n of ESC t n on this printer")
        if self.codepage_table_capitals is not None and self.vietnamese_codepage != "tcvn3":
            raise ValueError(f"printer profile {self.name!r}: a capitals table is TCVN-3's")

    def vietnamese_tables(self) -> dict[int, CodeTable]:
        """ESC t n -> the Vietnamese code table it selects on this printer (empty if none)."""
        if self.vietnamese_codepage is None or self.codepage_table is None:
            return {}
        tables: dict[int, CodeTable] = {self.codepage_table: self.vietnamese_codepage}
        if self.codepage_table_capitals is not None:
            tables[self.codepage_table_capitals] = "tcvn3-capitals"
        return tables


PROFILES: dict[str, PrinterProfile] = {
    "generic-80mm": PrinterProfile("generic-80mm", width_dots=576, columns=48),
    "generic-58mm": PrinterProfile("generic-58mm", width_dots=384, columns=32),
    "generic-80mm-noqr": PrinterProfile("generic-80mm-noqr", width_dots=576, columns=48, native_qr=False),
    "generic-80mm-raster": PrinterProfile(
        "generic-80mm-raster", width_dots=576, columns=48, native_qr=False, raster_only=True
    ),
    "generic-58mm-raster": PrinterProfile(
        "generic-58mm-raster", width_dots=384, columns=32, native_qr=False, raster_only=True
    ),
    "generic-80mm-pad": PrinterProfile(
        "generic-80mm-pad", width_dots=576, columns=48, raster_honours_align=False
    ),
    # Epson-numbered Vietnamese code pages (see the module docstring)
    "generic-80mm-cp1258": PrinterProfile(
        "generic-80mm-cp1258", width_dots=576, columns=48, vietnamese_codepage="cp1258",
        codepage_table=52,
    ),
    "generic-58mm-cp1258": PrinterProfile(
        "generic-58mm-cp1258", width_dots=384, columns=32, vietnamese_codepage="cp1258",
        codepage_table=52,
    ),
    "generic-80mm-tcvn3": PrinterProfile(
        "generic-80mm-tcvn3", width_dots=576, columns=48, vietnamese_codepage="tcvn3",
        codepage_table=30, codepage_table_capitals=31,
    ),
    "generic-58mm-tcvn3": PrinterProfile(
        "generic-58mm-tcvn3", width_dots=384, columns=32, vietnamese_codepage="tcvn3",
        codepage_table=30, codepage_table_capitals=31,
    ),
}


def get_profile(name: str) -> PrinterProfile:
    try:
        return PROFILES[name]
    except KeyError:
        raise ValueError(
            f"unknown printer profile {name!r}; known: {', '.join(sorted(PROFILES))}"
        ) from None
