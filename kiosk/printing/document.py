"""A printout described without any printer in mind: lines, a big number, QR, cut.

``devices/`` turns it into ESC/POS bytes for a given printer profile (and the simulator into a
picture). Text is NFC; alignment is ``left``, ``center`` or ``right``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from kiosk.textnorm import nfc

Align = Literal["left", "center", "right"]


@dataclass(frozen=True)
class Text:
    text: str
    align: Align = "left"
    bold: bool = False
    # 1 = normal; 2 = double (for headings)
    scale: int = 1
    # pixel height when drawn as raster (None: the printer profile's text size)
    px: int | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "text", nfc(self.text))


@dataclass(frozen=True)
class BigNumber:
    """The ticket number: ASCII, printed with the printer's own enlarged font."""

    text: str
    align: Align = "center"


@dataclass(frozen=True)
class QRCode:
    data: str
    align: Align = "center"
    # module size in dots
    size: int = 5


@dataclass(frozen=True)
class Barcode:
    """A Code 128 barcode (dossier codes, receipts): native on every ESC/POS printer."""

    data: str
    align: Align = "center"
    # bar height in dots
    height: int = 60


@dataclass(frozen=True)
class Rule:
    """A horizontal separator."""


@dataclass(frozen=True)
class Feed:
    lines: int = 1


Block = Text | BigNumber | QRCode | Barcode | Rule | Feed


@dataclass
class Document:
    kind: str
    blocks: list[Block] = field(default_factory=list)
    cut: bool = True

    def add(self, block: Block) -> Document:
        self.blocks.append(block)
        return self
