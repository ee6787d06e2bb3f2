"""Properties of the calling policy (pure, no database)."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from kiosk.queue.policy import PriorityPolicy, Waiting

T0 = dt.datetime(2026, 11, 24, 1, 0, tzinfo=dt.UTC)

tickets = st.lists(
    st.tuples(st.integers(0, 40), st.booleans()), min_size=0, max_size=30
).map(lambda xs: [
    Waiting(id=f"t{i}", label=f"A{i:03d}", queued_at=T0 + dt.timedelta(minutes=m),
            priority="elderly" if p else None)
    for i, (m, p) in enumerate(xs)
])


@given(tickets, st.integers(0, 5), st.integers(0, 60), st.integers(0, 10))
def test_order_is_a_permutation_with_a_reason_each(waiting, n, ageing, since):
    policy = PriorityPolicy(n, ageing)
    now = T0 + dt.timedelta(minutes=45)
    ranked = policy.order(waiting, now, regular_since_priority=since)
    assert sorted(r.ticket.id for r in ranked) == sorted(w.id for w in waiting)
    assert all(r.explain("vi") and r.explain("en") for r in ranked)


@given(tickets, st.integers(1, 5))
def test_without_ageing_at_most_n_regular_between_priority_calls(waiting, n):
    ranked = PriorityPolicy(n, 0).order(waiting, T0, regular_since_priority=n)
    run = 0
    priority_left = sum(1 for w in waiting if w.priority)
    for r in ranked:
        if r.ticket.priority:
            priority_left -= 1
            run = 0
        else:
            run += 1
            assert run <= n or priority_left == 0


@given(tickets)
def test_each_group_keeps_its_issue_order(waiting):
    ranked = PriorityPolicy(2, 0).order(waiting, T0)
    for group in (True, False):
        times = [r.ticket.queued_at for r in ranked if bool(r.ticket.priority) == group]
        assert times == sorted(times)


def test_strict_priority_when_n_is_zero():
    w = [Waiting("a", "A001", T0), Waiting("b", "A002", T0 + dt.timedelta(minutes=1), "elderly")]
    assert [r.ticket.id for r in PriorityPolicy(0, 0).order(w, T0)] == ["b", "a"]
    assert "always first" in PriorityPolicy(0, 30).summary("en")
