"""Taking a ticket at the kiosk: saved first, bytes ready, then printed (or the failure kept)."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from kiosk.config import Config
from kiosk.errors import KioskError
from kiosk.messages import t
from kiosk.ports import PrintOutcome, TicketPrinter
from kiosk.printing.document import Document
from kiosk.printing.jobs import PrintJobs
from kiosk.printing.ticket_layout import ticket_document
from kiosk.queue.service import QueueService, TicketInfo

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class IssuedTicket:
    ticket: TicketInfo
    data: bytes
    # why there is nothing to print (the printout could not be built); empty when fine
    error: str = ""


class TicketDesk:
    def __init__(self, config: Config, queue: QueueService, jobs: PrintJobs, printer: TicketPrinter) -> None:
        self.config = config
        self.queue = queue
        self.jobs = jobs
        self.printer = printer

    def take(self, service_code: str, priority: str | None = None, lang: str = "vi") -> IssuedTicket:
        """Save the ticket (with its queued print job) and prepare the printer bytes.

        Once the ticket is saved nothing here raises: a printout that cannot be built fails its
        job (the ticket stands, the technician reprints).
        """
        ticket = self.queue.take_ticket(service_code, priority, lang, printer_url=self.printer.url)
        try:
            data = self.printer.render(ticket_document(self.config, ticket, lang))
        except Exception as exc:
            log.exception("ticket %s saved but its printout could not be built", ticket.number)
            reason = t("render_failed", lang, detail=f"{type(exc).__name__}: {exc}")
            if ticket.print_job_id:
                self.jobs.fail(ticket.print_job_id, reason)
            return IssuedTicket(ticket, b"", reason)
        return IssuedTicket(ticket, data)

    def print(self, issued: IssuedTicket) -> PrintOutcome:
        assert issued.ticket.print_job_id is not None
        if issued.error:
            return PrintOutcome(False, 0, issued.error)
        outcome = self.jobs.send(issued.ticket.print_job_id, self.printer, issued.data)
        if not outcome.ok:
            log.warning("ticket %s saved but not printed: %s", issued.ticket.number, outcome.reason)
        return outcome

    def take_and_print(
        self, service_code: str, priority: str | None = None, lang: str = "vi"
    ) -> tuple[TicketInfo, PrintOutcome]:
        issued = self.take(service_code, priority, lang)
        return issued.ticket, self.print(issued)

    def retry_failed(self, lang: str = "vi", within: dt.timedelta = dt.timedelta(hours=12)) -> list[PrintOutcome]:
        """The printer is back: print today's failed tickets again, in order, on their own jobs.

        A job that failed before any byte left (paper out, cover open) prints as it was; one that
        failed after some bytes (part of it may be on paper) prints marked BẢN IN LẠI, so a
        second paper is never taken for a second ticket. Stops at the first failure.
        """
        outcomes = []
        for job in self.jobs.to_retry(self.printer.url, self.jobs.clock() - within):
            if job.ticket_id is None:
                continue
            ticket = self.queue.ticket(job.ticket_id, lang)
            if ticket.status not in ("waiting", "parked"):
                continue  # already called or gone: a paper now would only confuse
            ambiguous = (job.bytes_sent or 0) > 0
            try:
                data = self.printer.render(ticket_document(self.config, ticket, lang, reprint=ambiguous))
            except Exception as exc:  # its printout cannot be built: the technician's, not a retry's
                log.exception("ticket %s: printout could not be built again", ticket.number)
                self.jobs.fail(job.id, t("render_failed", lang, detail=f"{type(exc).__name__}: {exc}"))
                continue
            outcome = self.jobs.send(job.id, self.printer, data)
            outcomes.append(outcome)
            if not outcome.ok:
                break
        return outcomes

    def reprint(self, job_id: str, lang: str = "vi") -> tuple[str, PrintOutcome]:
        """Print a job's ticket again, marked BẢN IN LẠI; returns the new job's id. The reprint
        is recorded in the audit trail (who, which ticket, which job)."""
        self.queue.access.require("print.reprint")
        original = self.jobs.get(job_id)
        if original.ticket_id is None:
            raise KioskError("unknown_print_job", ref=job_id)
        ticket = self.queue.ticket(original.ticket_id, lang)
        job = self.jobs.new_reprint(job_id, self.printer.url)
        with self.queue.store.write() as s:
            self.queue.audit.record(s, "reprint", ticket.number,
                                    {"ticket_id": ticket.id, "job": job_id, "new_job": job.id})
        data = self.printer.render(ticket_document(self.config, ticket, lang, reprint=True))
        return job.id, self.jobs.send(job.id, self.printer, data)


def print_document(jobs: PrintJobs, printer: TicketPrinter, doc: Document, kind: str) -> PrintOutcome:
    """Queue and print any printout (a receipt, a checklist, the test page) as a persisted job:
    the job is saved before a byte goes out, and a failure is recorded with its reason."""
    from kiosk.printing.jobs import new_print_job

    now = jobs.clock()
    with jobs.store.write() as s:
        job_id = new_print_job(s, None, kind, printer.url, now).id
    try:
        data = printer.render(doc)
    except Exception as exc:  # a printout that cannot be built fails its job, with the reason
        jobs.fail(job_id, f"render: {exc}")
        raise
    return jobs.send(job_id, printer, data)


def print_test_page(ctx_config: Config, printer: TicketPrinter, jobs: PrintJobs) -> PrintOutcome:
    """Queue and print the device test page (a persisted job like any other)."""
    from kiosk.printing.test_page import test_page

    return print_document(jobs, printer, test_page(ctx_config.center_label("vi"), printer.url), "test_page")
