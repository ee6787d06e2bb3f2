"""The printer every transport shares: render with a profile, send bytes, report faults."""

from __future__ import annotations

from abc import ABC, abstractmethod

from devices.printer.escpos_bytes import render_document
from devices.printer.profiles import PrinterProfile
from kiosk.ports import PrintOutcome
from kiosk.printing.document import Document


class EscposPrinter(ABC):
    """Renders documents for ``profile``; subclasses deliver the bytes."""

    def __init__(self, url: str, profile: PrinterProfile) -> None:
        self.url = url
        self.profile = profile

    def render(self, doc: Document) -> bytes:
        return render_document(doc, self.profile)

    @abstractmethod
    def send(self, data: bytes, job_id: str) -> PrintOutcome:
        """Deliver ``data``; report faults in the outcome, never raise for them."""
