"""The queue on a real SQLite file: numbering, calling order, counter actions, estimates."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from kiosk.errors import KioskError
from kiosk.store.models import OutboxOp, Ticket, TicketEvent
from tests.conftest import local


def test_numbers_follow_the_service_prefix_and_range(ctx, clock):
    a1 = ctx.queue.take_ticket("HT")
    a2 = ctx.queue.take_ticket("ht")
    b1 = ctx.queue.take_ticket("CT")
    assert (a1.number, a2.number, b1.number) == ("A001", "A002", "B001")
    assert a1.status == "waiting" and a1.service == "HT"


def test_numbers_reset_at_local_midnight_not_utc(ctx, clock):
    clock.now = local(2026, 11, 24, 23, 50)  # 16:50 UTC
    assert ctx.queue.take_ticket("HT").number == "A001"
    assert ctx.queue.take_ticket("HT").number == "A002"
    clock.now = local(2026, 11, 25, 0, 5)  # 17:05 UTC, same UTC day, next local day
    t = ctx.queue.take_ticket("HT")
    assert t.number == "A001" and t.local_day == "2026-11-25"


def test_unknown_service_says_which_codes_exist_and_writes_nothing(ctx):
    with pytest.raises(KioskError) as err:
        ctx.queue.take_ticket("XYZ")
    assert "XYZ" in err.value.message("vi") and "HT" in err.value.message("vi")
    with ctx.store.read() as s:
        assert s.scalar(select(func.count()).select_from(Ticket)) == 0
        assert s.scalar(select(func.count()).select_from(OutboxOp)) == 0


def test_range_exhausted_is_refused_without_half_writes(home, clock):
    from kiosk.config import load_config
    from kiosk.wiring import build_context

    text = (home / "config.toml").read_text(encoding="utf-8") if (home / "config.toml").exists() else None
    cfg = load_config()
    text = cfg.path.read_text(encoding="utf-8").replace("range = [1, 999]", "range = [1, 2]", 1)
    cfg.path.write_text(text, encoding="utf-8")
    ctx = build_context(home, clock=clock, config=load_config())
    ctx.queue.take_ticket("HT")
    ctx.queue.take_ticket("HT")
    with pytest.raises(KioskError) as err:
        ctx.queue.take_ticket("HT")
    assert err.value.key == "range_exhausted"
    assert "hết số" in err.value.message("vi")
    with ctx.store.read() as s:
        assert s.scalar(select(func.count()).select_from(Ticket)) == 2
    # the next day starts again
    clock.advance(days=1)
    assert ctx.queue.take_ticket("HT").number == "A001"
    ctx.close()


def test_closed_service_is_refused(home, clock):
    from kiosk.config import load_config
    from kiosk.wiring import build_context

    cfg = load_config()
    text = cfg.path.read_text(encoding="utf-8").replace('name_en = "Land"', 'name_en = "Land"\nopen = false')
    cfg.path.write_text(text, encoding="utf-8")
    ctx = build_context(home, clock=clock, config=load_config())
    with pytest.raises(KioskError) as err:
        ctx.queue.take_ticket("DD")
    assert "Đất đai" in err.value.message("vi") and "tạm ngừng" in err.value.message("vi")
    ctx.close()


def test_unknown_priority_is_refused(ctx):
    with pytest.raises(KioskError) as err:
        ctx.queue.take_ticket("HT", priority="vip")
    assert err.value.key == "unknown_priority"


def test_call_next_serves_only_the_counters_services_in_issue_order(ctx, clock):
    ctx.queue.take_ticket("DD")  # counter 1 does not serve land
    clock.advance(minutes=1)
    first = ctx.queue.take_ticket("CT")
    clock.advance(minutes=1)
    second = ctx.queue.take_ticket("HT")
    called = ctx.queue.call_next(1)
    assert called.id == first.id and called.status == "serving" and called.counter == 1
    called2 = ctx.queue.call_next(1)  # finishes the first, calls the second
    assert called2.id == second.id
    assert ctx.queue.ticket(first.id).status == "done"
    assert ctx.queue.call_next(1) is None  # the land ticket stays for counters 3 and 5
    assert ctx.queue.call_next(3).service == "DD"


def test_priority_policy_one_priority_after_every_two_regular(ctx, clock):
    regular = []
    for _ in range(4):
        regular.append(ctx.queue.take_ticket("HT").number)
        clock.advance(minutes=1)
    p1 = ctx.queue.take_ticket("HT", priority="elderly").number
    clock.advance(minutes=1)
    p2 = ctx.queue.take_ticket("HT", priority="pregnant").number
    order = [ctx.queue.call_next(1).number for _ in range(6)]
    # no priority call yet today, so the first priority ticket goes first, then 2 regular, ...
    assert order == [p1, regular[0], regular[1], p2, regular[2], regular[3]]


def test_waiting_list_explains_the_order(ctx, clock):
    ctx.queue.take_ticket("HT")
    clock.advance(minutes=1)
    ctx.queue.take_ticket("HT", priority="disability")
    entries = ctx.queue.waiting(1, "vi")
    assert entries[0].ticket.priority == "disability"
    assert "Người khuyết tật" in entries[0].reason
    assert entries[1].reason == "Theo thứ tự lấy số."
    assert "Người khuyết tật" not in ctx.queue.waiting(1, "en")[0].reason
    assert "Person with a disability" in ctx.queue.waiting(1, "en")[0].reason


def test_ageing_puts_a_long_wait_first(ctx, clock):
    old = ctx.queue.take_ticket("HT")
    clock.advance(minutes=50)
    ctx.queue.take_ticket("HT", priority="elderly")
    entries = ctx.queue.waiting(1)
    assert entries[0].ticket.id == old.id
    assert "50 phút" in entries[0].reason


def test_recall_is_limited(ctx):
    ctx.queue.take_ticket("HT")
    ctx.queue.call_next(1)
    for n in range(1, ctx.config.queue.recall_limit + 1):
        assert ctx.queue.recall(1).recall_count == n
    with pytest.raises(KioskError) as err:
        ctx.queue.recall(1)
    assert err.value.key == "recall_limit"


def test_no_show_finish_and_nothing_to_act_on(ctx):
    ctx.queue.take_ticket("HT")
    ctx.queue.call_next(2)
    assert ctx.queue.no_show(2).status == "no_show"
    with pytest.raises(KioskError) as err:
        ctx.queue.finish(2)
    assert err.value.key == "no_current_ticket"
    with pytest.raises(KioskError):
        ctx.queue.call_next(99)


def test_transfer_to_another_service_keeps_its_place(ctx, clock):
    t = ctx.queue.take_ticket("HT")
    clock.advance(minutes=5)
    later = ctx.queue.take_ticket("DD")
    ctx.queue.call_next(1)
    moved = ctx.queue.transfer(1, to_service="DD")
    assert moved.status == "waiting" and moved.queue_service == "DD" and moved.number == t.number
    assert ctx.queue.call_next(3).id == t.id  # ahead of the land ticket taken later
    assert ctx.queue.call_next(3).id == later.id


def test_transfer_to_a_counter_is_called_first_there_only(ctx, clock):
    ctx.queue.take_ticket("HT")
    clock.advance(minutes=1)
    waiting = ctx.queue.take_ticket("HT")
    ctx.queue.call_next(1)
    moved = ctx.queue.transfer(1, to_counter=4)
    assert ctx.queue.call_next(2).id == waiting.id  # counter 2 does not get it
    assert ctx.queue.call_next(4).id == moved.id  # counter 4 (no HT) does
    with pytest.raises(KioskError):
        ctx.queue.transfer(4)


def test_park_and_resume(ctx):
    t = ctx.queue.take_ticket("HT")
    other = ctx.queue.take_ticket("HT")
    ctx.queue.call_next(1)
    assert ctx.queue.park(1).status == "parked"
    assert [p.id for p in ctx.queue.parked(1)] == [t.id]
    ctx.queue.call_next(1)
    with pytest.raises(KioskError) as err:
        ctx.queue.resume(1, t.number)
    assert err.value.key == "counter_busy"
    ctx.queue.finish(1)
    assert ctx.queue.resume(1, t.number).status == "serving"
    assert ctx.queue.ticket(other.id).status == "done"


def test_every_change_writes_its_event_and_outbox_op(ctx):
    t = ctx.queue.take_ticket("HT")
    ctx.queue.call_next(1)
    ctx.queue.recall(1)
    ctx.queue.finish(1)
    with ctx.store.read() as s:
        kinds = [k for (k,) in s.execute(select(TicketEvent.kind).order_by(TicketEvent.seq))]
        ops = [o for (o,) in s.execute(select(OutboxOp.op).where(OutboxOp.entity_id == t.id))]
    assert kinds == ["call", "recall", "finish"]
    assert ops == ["issue"]


def test_board_sees_calls_newest_first(ctx, clock):
    ctx.queue.take_ticket("HT")
    ctx.queue.take_ticket("CT")
    ctx.queue.call_next(1)
    clock.advance(seconds=30)
    ctx.queue.call_next(2)
    ctx.queue.recall(2)
    calls = ctx.queue.recent_calls()
    assert [(c.number, c.counter, c.kind) for c in calls] == [
        ("B001", 2, "recall"), ("B001", 2, "call"), ("A001", 1, "call")]
    assert ctx.queue.recent_calls(after_seq=calls[0].seq) == []


def test_estimate_uses_recent_service_times_and_open_counters(ctx, clock):
    # three tickets served in 4 minutes each at counter 1
    for _ in range(3):
        ctx.queue.take_ticket("HT")
    for _ in range(3):
        ctx.queue.call_next(1)
        clock.advance(minutes=4)
    ctx.queue.finish(1)
    for _ in range(4):
        ctx.queue.take_ticket("HT")
    t = ctx.queue.take_ticket("HT")
    assert t.people_ahead == 4
    assert t.estimated_wait_minutes == 16  # 4 people x 4 min, one counter assumed open
    ctx.queue.sign_in(1, "cb01", "1234")
    ctx.queue.sign_in(2, "cb02", "1234")
    t2 = ctx.queue.take_ticket("HT")
    assert t2.people_ahead == 5 and t2.estimated_wait_minutes == 10  # 2 counters open


def test_sign_in_checks_the_pin(ctx):
    with pytest.raises(KioskError) as err:
        ctx.queue.sign_in(1, "cb01", "0000")
    assert err.value.key == "bad_sign_in_left"
    assert ctx.queue.sign_in(1, "cb01", "1234") == "Nguyễn Văn An"
