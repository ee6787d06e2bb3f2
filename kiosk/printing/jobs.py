"""Print jobs persisted in the store: queued, sending, done, or failed with a reason.

A ticket is saved before it is printed; a failed job stays visible to the technician and can be
printed again, marked as a reprint so a second paper is never mistaken for a second ticket.
"""

from __future__ import annotations

import builtins
import datetime as dt
import logging
import time

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.errors import KioskError, StoreError
from kiosk.ids import new_id
from kiosk.messages import t
from kiosk.ports import PrintOutcome, TicketPrinter
from kiosk.store.db import Store
from kiosk.store.models import OutboxOp, PrintJob, PrintJobStatus
from kiosk.timeutil import Clock, utc_now

log = logging.getLogger(__name__)


def new_print_job(
    s: Session, ticket_id: str | None, kind: str, device_url: str, now: dt.datetime,
    reprint_of: str | None = None,
) -> PrintJob:
    job = PrintJob(
        id=new_id(), ticket_id=ticket_id, kind=kind, status=PrintJobStatus.QUEUED,
        device_url=device_url, attempts=0, created_at=now, updated_at=now, reprint_of=reprint_of,
    )
    s.add(job)
    s.add(OutboxOp(id=new_id(), entity="print_job", entity_id=job.id, op="queued",
                   payload={"ticket_id": ticket_id, "kind": kind, "device": device_url,
                            "reprint_of": reprint_of}, created_at=now))
    return job


class PrintJobs:
    def __init__(self, store: Store, clock: Clock = utc_now) -> None:
        self.store = store
        self.clock = clock

    def _set(self, job_id: str, status: str, reason: str | None = None, sent: int | None = None) -> None:
        now = self.clock()
        with self.store.write() as s:
            job = s.get(PrintJob, job_id)
            if job is None:
                raise KioskError("unknown_print_job", ref=job_id)
            job.status = status
            job.reason = reason
            job.updated_at = now
            if status == PrintJobStatus.SENDING:
                job.attempts += 1
            if sent is not None:
                job.bytes_sent = sent
            s.add(OutboxOp(id=new_id(), entity="print_job", entity_id=job.id, op=status,
                           payload={"reason": reason, "bytes": sent, "attempts": job.attempts},
                           created_at=now))

    def _record(self, job_id: str, status: str, reason: str | None = None, sent: int | None = None,
                attempts: int = 5) -> bool:
        """Record a job's state, retrying while the database is busy; never raises."""
        for attempt in range(attempts):
            try:
                self._set(job_id, status, reason=reason, sent=sent)
                return True
            except StoreError as exc:
                log.warning("print job %s: cannot record %s yet (%s)", job_id, status, exc.key)
                time.sleep(0.2 * 2 ** attempt)
        log.error("print job %s: state %s could not be recorded; the start-up sweep will mark it", job_id,
                  status)
        return False

    def send(self, job_id: str, printer: TicketPrinter, data: bytes) -> PrintOutcome:
        """Send prepared bytes and record what happened. Never raises: faults are outcomes."""
        if not self._record(job_id, PrintJobStatus.SENDING):
            return PrintOutcome(False, 0, "database busy: not printed")
        try:
            outcome = printer.send(data, job_id)
        except Exception as exc:  # a driver bug must not lose the job's state
            log.exception("printer %s raised while printing job %s", printer.url, job_id)
            outcome = PrintOutcome(False, 0, f"{type(exc).__name__}: {exc}")
        if outcome.ok:
            self._record(job_id, PrintJobStatus.DONE, sent=outcome.bytes_sent)
        else:
            # bytes_sent > 0: part of it may be on paper (an ambiguous failure)
            self._record(job_id, PrintJobStatus.FAILED, reason=outcome.reason or "unknown",
                         sent=outcome.bytes_sent)
        return outcome

    def fail(self, job_id: str, reason: str) -> None:
        """A job that cannot be printed at all (its printout could not be built)."""
        self._record(job_id, PrintJobStatus.FAILED, reason=reason)

    def sweep_interrupted(self, older_than: dt.timedelta = dt.timedelta(minutes=2), lang: str = "vi") -> int:
        """Jobs left queued or sending by a process that stopped: failed, so they can be reprinted."""
        now = self.clock()
        with self.store.write() as s:
            rows = list(s.scalars(select(PrintJob).where(
                PrintJob.status.in_((PrintJobStatus.QUEUED, PrintJobStatus.SENDING)),
                PrintJob.updated_at < now - older_than)))
            for job in rows:
                job.status = PrintJobStatus.FAILED
                job.reason = t("job_interrupted", lang)
                job.updated_at = now
                s.add(OutboxOp(id=new_id(), entity="print_job", entity_id=job.id, op=PrintJobStatus.FAILED,
                               payload={"reason": job.reason, "attempts": job.attempts}, created_at=now))
        return len(rows)

    def get(self, job_id: str) -> PrintJob:
        with self.store.read() as s:
            job = s.get(PrintJob, job_id)
            if job is None:
                raise KioskError("unknown_print_job", ref=job_id)
            s.expunge(job)
            return job

    def list(self, status: str | None = None, limit: int = 50) -> list[PrintJob]:
        with self.store.read() as s:
            # ids are UUIDv7: they break ties between jobs of the same instant in creation order
            q = select(PrintJob).order_by(PrintJob.created_at.desc(), PrintJob.id.desc()).limit(limit)
            if status:
                q = q.where(PrintJob.status == status)
            rows = list(s.scalars(q))
            for r in rows:
                s.expunge(r)
            return rows

    def to_retry(self, device_url: str, since: dt.datetime, kinds: tuple[str, ...] = ("ticket",)) -> builtins.list[PrintJob]:
        """Failed jobs of this printer since ``since`` that nobody has reprinted: oldest first."""
        with self.store.read() as s:
            reprinted = select(PrintJob.reprint_of).where(PrintJob.reprint_of.is_not(None))
            rows = list(s.scalars(select(PrintJob).where(
                PrintJob.status == PrintJobStatus.FAILED, PrintJob.device_url == device_url,
                PrintJob.kind.in_(kinds), PrintJob.created_at >= since, PrintJob.id.not_in(reprinted),
            ).order_by(PrintJob.created_at, PrintJob.id)))
            for r in rows:
                s.expunge(r)
            return rows

    def new_reprint(self, job_id: str, device_url: str) -> PrintJob:
        now = self.clock()
        with self.store.write() as s:
            original = s.get(PrintJob, job_id)
            if original is None:
                raise KioskError("unknown_print_job", ref=job_id)
            job = new_print_job(s, original.ticket_id, original.kind, device_url, now, reprint_of=original.id)
            s.flush()
            s.expunge(job)
            return job
