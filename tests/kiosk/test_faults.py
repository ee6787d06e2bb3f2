"""Faults found in review: each of these failed before its fix."""

from __future__ import annotations

import datetime as dt
import sqlite3
import threading

import pytest

from kiosk.errors import KioskError
from kiosk.store.models import PrintJob
from tests.conftest import local


def test_printout_that_cannot_be_built_fails_its_job_and_keeps_the_ticket(ctx, monkeypatch):
    def broken(doc):
        raise RuntimeError("font file unreadable")

    monkeypatch.setattr(ctx.desk.printer, "render", broken)  # the fault: a printout cannot be built
    issued = ctx.desk.take("HT")
    outcome = ctx.desk.print(issued)
    assert not outcome.ok and "font file unreadable" in outcome.reason
    assert ctx.queue.ticket(issued.ticket.id).status == "waiting"
    job = ctx.jobs.get(issued.ticket.print_job_id)
    assert job.status == "failed" and "không tạo được nội dung in" in job.reason


def test_busy_database_after_printing_still_records_done(home, config, clock, monkeypatch):
    import kiosk.store.db as db
    from kiosk.wiring import build_context

    monkeypatch.setattr(db, "BUSY_TIMEOUT_MS", 200)
    ctx = build_context(home, clock=clock, config=config)
    issued = ctx.desk.take("HT")
    holder = sqlite3.connect(home / "kiosk.db", isolation_level=None, check_same_thread=False)
    printer_cls = type(ctx.desk.printer)
    real_deliver = printer_cls.deliver

    def deliver_then_lock(self, data, job_id):
        outcome = real_deliver(self, data, job_id)
        holder.execute("BEGIN IMMEDIATE")  # another process holds the write lock as we finish
        threading.Timer(0.8, lambda: holder.execute("ROLLBACK")).start()
        return outcome

    monkeypatch.setattr(printer_cls, "deliver", deliver_then_lock)
    outcome = ctx.desk.print(issued)
    assert outcome.ok
    assert ctx.jobs.get(issued.ticket.print_job_id).status == "done"
    holder.close()
    ctx.close()


def test_jobs_left_behind_by_a_stopped_process_are_marked_failed(ctx, clock):
    issued = ctx.queue.take_ticket("HT", printer_url="sim://printer")  # queued, never sent
    assert ctx.jobs.sweep_interrupted() == 0  # too recent: may still be printing
    clock.advance(minutes=5)
    assert ctx.jobs.sweep_interrupted() == 1
    job = ctx.jobs.get(issued.print_job_id)
    assert job.status == "failed" and "gián đoạn" in job.reason


def test_a_ticket_served_across_midnight_stays_reachable(ctx, clock):
    clock.now = local(2026, 11, 24, 23, 50)
    late = ctx.queue.take_ticket("HT")
    ctx.queue.call_next(1)
    clock.now = local(2026, 11, 25, 0, 10)
    assert ctx.queue.current(1).id == late.id
    ctx.queue.take_ticket("HT")
    ctx.queue.call_next(1)  # finishes yesterday's ticket first
    assert ctx.queue.ticket(late.id).status == "done"


def test_yesterdays_parked_ticket_cannot_be_resumed_today(ctx, clock):
    clock.now = local(2026, 11, 24, 16, 50)
    t = ctx.queue.take_ticket("HT")
    ctx.queue.call_next(1)
    ctx.queue.park(1)
    clock.now = local(2026, 11, 25, 8, 0)
    assert [p.id for p in ctx.queue.parked(1)] == [t.id]  # still visible, so it can be dealt with
    with pytest.raises(KioskError) as err:
        ctx.queue.resume(1, t.id)
    assert err.value.key == "ticket_from_another_day"


def test_transfer_credits_waiting_time_not_service_time(ctx, clock):
    t = ctx.queue.take_ticket("HT")
    clock.advance(minutes=10)
    ctx.queue.call_next(1)
    clock.advance(minutes=40)  # a long service
    ctx.queue.take_ticket("DD")
    ctx.queue.transfer(1, to_service="DD")
    entries = ctx.queue.waiting(3)
    moved = next(e for e in entries if e.ticket.id == t.id)
    assert moved.queued_at == clock.now - dt.timedelta(minutes=10)
    assert "Đã chờ" not in moved.reason  # not promoted by ageing for time spent at the counter
    with pytest.raises(KioskError) as err:
        ctx.queue.call_next(1)
        ctx.queue.transfer(1, to_counter=1)
    assert err.value.key in ("transfer_to_self", "no_current_ticket")


def test_transfer_to_own_counter_is_refused(ctx):
    ctx.queue.take_ticket("HT")
    ctx.queue.call_next(1)
    with pytest.raises(KioskError) as err:
        ctx.queue.transfer(1, to_counter=1)
    assert err.value.key == "transfer_to_self"


def test_center_view_lists_tickets_transferred_to_a_counter(ctx):
    t = ctx.queue.take_ticket("HT")
    ctx.queue.call_next(1)
    ctx.queue.transfer(1, to_counter=4)
    assert [e.ticket.id for e in ctx.queue.waiting()] == [t.id]


def test_sessions_left_open_yesterday_do_not_count_as_open_counters(ctx, clock):
    ctx.queue.sign_in(1, "cb01", "1234")
    ctx.queue.sign_in(2, "cb02", "1234")
    clock.advance(days=1)
    with ctx.store.read() as s:
        assert ctx.queue.open_counters(s, "HT") == 0


def test_print_job_ids_break_ties_in_creation_order(ctx):
    first = ctx.desk.take("HT").ticket.print_job_id
    second = ctx.desk.take("HT").ticket.print_job_id
    assert [j.id for j in ctx.jobs.list()][:2] == [second, first]
    assert isinstance(ctx.jobs.get(first), PrintJob)
