"""What the domain needs from the outside world; ``devices/`` and clients implement it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from kiosk.printing.document import Document


@dataclass(frozen=True)
class PrintOutcome:
    ok: bool
    bytes_sent: int = 0
    reason: str = ""
    # where a simulator left its output (PNG, bytes), for people and tests
    artifacts: tuple[str, ...] = ()


class TicketPrinter(Protocol):
    url: str

    def render(self, doc: Document) -> bytes:
        """The exact bytes this printer would be sent for ``doc``."""
        ...

    def send(self, data: bytes, job_id: str) -> PrintOutcome:
        """Send prepared bytes; never raises for device faults, reports them."""
        ...
