"""The printer every transport shares: render with a profile, send bytes, report faults."""

from __future__ import annotations

import threading
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
        # one job at a time on the wire, whichever thread sends it
        self.lock = threading.Lock()

    def render(self, doc: Document) -> bytes:
        return render_document(doc, self.profile)

    def send(self, data: bytes, job_id: str) -> PrintOutcome:
        """Deliver ``data`` (one job at a time); faults are reported in the outcome."""
        with self.lock:
            return self.deliver(data, job_id)

    @abstractmethod
    def deliver(self, data: bytes, job_id: str) -> PrintOutcome:
        """Put ``data`` on the wire; report faults in the outcome, never raise for them."""
