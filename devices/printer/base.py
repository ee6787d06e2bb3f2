"""The printer every transport shares: render with a profile, check status, send bytes, report.

Before each job a two-way printer is asked for its status (``DLE EOT 1/2/4``): a job is not sent
to a printer that is out of paper, open or offline (nothing would come out, and the job waits for
the printer to come back). A one-way link (a file, a spooler) reports "unknown" and sends anyway.
Every outcome says how many bytes reached the wire: a failure after some bytes is *ambiguous*
(part of the ticket may be on paper), and its retry is marked as a reprint.
"""

from __future__ import annotations

import threading
from abc import ABC, abstractmethod

from devices.printer.escpos_bytes import render_document
from devices.printer.profiles import PrinterProfile
from devices.printer.status import PrinterState, PrinterStatus
from kiosk.ports import PrintOutcome
from kiosk.printing.document import Document


class EscposPrinter(ABC):
    """Renders documents for ``profile``; subclasses deliver the bytes."""

    def __init__(self, url: str, profile: PrinterProfile) -> None:
        self.url = url
        self.profile = profile
        # one job (or status exchange) at a time on the wire, whichever thread asks
        self.lock = threading.Lock()
        self.last_status = PrinterStatus(PrinterState.UNKNOWN)
        # the last bytes exchanged, for the technician's diagnostics (sent, received)
        self.last_sent = b""
        self.last_received = b""

    def render(self, doc: Document) -> bytes:
        return render_document(doc, self.profile)

    def send(self, data: bytes, job_id: str) -> PrintOutcome:
        """Deliver ``data`` (one job at a time); faults are reported in the outcome."""
        with self.lock:
            status = self._status()
            self.last_status = status
            if status.blocking:
                return PrintOutcome(False, 0, status.reason())
            outcome = self.deliver(data, job_id)
            if outcome.ok and self.bidirectional:
                after = self._status()  # the paper ran out or the cover opened during the job
                self.last_status = after
                if after.blocking:
                    return PrintOutcome(False, outcome.bytes_sent, after.reason(), outcome.artifacts)
            return outcome

    def query_status(self) -> PrinterStatus:
        """Ask the printer now (the idle poll, the technician's screen)."""
        with self.lock:
            self.last_status = self._status()
            return self.last_status

    def recover(self) -> PrinterStatus:
        """After an error: clear it (``DLE ENQ 2``) and initialise (``ESC @``), then ask again."""
        return self.query_status()

    bidirectional = False

    def _status(self) -> PrinterStatus:
        """Under the lock: the printer's status (one-way links cannot know it)."""
        return PrinterStatus(PrinterState.UNKNOWN, (), "one-way link")

    def close(self) -> None:  # noqa: B027 (one-way printers hold nothing open)
        """Release the port or socket (it is opened again on next use)."""

    @abstractmethod
    def deliver(self, data: bytes, job_id: str) -> PrintOutcome:
        """Put ``data`` on the wire; report faults in the outcome, never raise for them."""
