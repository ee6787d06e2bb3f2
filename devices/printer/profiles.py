"""What a printer model can do: paper width in dots, enlarged font, native QR, cutter.

Our own entries for the common Vietnamese-market 58/80 mm printers; python-escpos' capability
database describes many more models and is consulted for its feature flags.
"""

from __future__ import annotations

from dataclasses import dataclass


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
}


def get_profile(name: str) -> PrinterProfile:
    try:
        return PROFILES[name]
    except KeyError:
        raise ValueError(
            f"unknown printer profile {name!r}; known: {', '.join(sorted(PROFILES))}"
        ) from None
