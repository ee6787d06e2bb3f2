"""The bulk push path gives exactly what applying the ops one by one gives (property-based)."""

from __future__ import annotations

import datetime as dt
import tempfile
import uuid

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from server import sync
from server.auth import enrol, new_enrolment_code
from server.cli import open_db
from server.models import Change, DeadLetter, ServerTicket

T0 = dt.datetime(2026, 11, 24, 1, 0, tzinfo=dt.UTC)


def _snapshot(tid: str, number: int, version: int, status: str, center: str = "MAU-01") -> dict:
    return {"id": tid, "center_code": center, "service_code": "HT", "queue_service": "HT",
            "local_day": "2026-11-24", "number": number, "label": f"A{number:03d}", "priority": None,
            "status": status, "issued_at": T0.isoformat(), "queued_at": T0.isoformat(), "called_at": None,
            "finished_at": None, "counter_number": None, "target_counter": None, "officer_code": None,
            "recall_count": 0, "terminal": "t", "version": version}


@st.composite
def op_streams(draw):  # type: ignore[no-untyped-def]
    ticket_ids = [str(uuid.UUID(int=i + 1)) for i in range(4)]
    ops = []
    for k in range(draw(st.integers(1, 25))):
        kind = draw(st.sampled_from(["issue", "event", "dup", "bad", "clash", "other_center"]))
        t = draw(st.integers(0, 3))
        version = draw(st.integers(1, 3))
        status = draw(st.sampled_from(["waiting", "serving", "done"]))
        op_id = str(uuid.UUID(int=1000 + k))
        if kind == "dup" and ops:
            ops.append(dict(draw(st.sampled_from(ops))))
        elif kind == "bad":
            ops.append({"id": op_id, "entity": "ticket", "entity_id": "x", "op": "issue", "payload": {"ticket": {}}})
        elif kind == "clash":  # another ticket id with a number already used
            ops.append({"id": op_id, "entity": "ticket", "entity_id": "c", "op": "issue",
                        "payload": {"ticket": _snapshot(str(uuid.UUID(int=500 + k)), t + 1, 1, "waiting")}})
        elif kind == "other_center":
            ops.append({"id": op_id, "entity": "ticket", "entity_id": "o", "op": "issue",
                        "payload": {"ticket": _snapshot(ticket_ids[t], t + 1, 1, "waiting", "X-1")}})
        elif kind == "event":
            ops.append({"id": op_id, "entity": "ticket_event", "entity_id": str(uuid.UUID(int=2000 + k)),
                        "op": "call", "payload": {"kind": "call", "at": T0.isoformat(), "counter": 1,
                                                  "ticket": _snapshot(ticket_ids[t], t + 1, version, status)}})
        else:
            ops.append({"id": op_id, "entity": "ticket", "entity_id": ticket_ids[t], "op": "issue",
                        "payload": {"ticket": _snapshot(ticket_ids[t], t + 1, version, status)}})
    return ops


def _state(db):  # type: ignore[no-untyped-def]
    with db.sessions() as s:
        tickets = sorted((t.id, t.version, t.status, t.number) for t in s.scalars(select(ServerTicket)))
        feed = [(c.seq, c.entity, c.entity_id, c.body) for c in s.scalars(select(Change).order_by(Change.seq))]
        dead = sorted(d.op_id for d in s.scalars(select(DeadLetter)))
    return tickets, feed, dead


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=op_streams(), split=st.integers(1, 10))
def test_bulk_push_equals_one_by_one(ops, split, monkeypatch):
    monkeypatch.setenv("KIOSK_HOME", tempfile.mkdtemp())
    bulk = open_db(f"sqlite:///{tempfile.mkdtemp()}/bulk.db")
    single = open_db(f"sqlite:///{tempfile.mkdtemp()}/single.db")
    dev_b, _ = enrol(bulk, new_enrolment_code(bulk, "MAU-01", "kiosk"))
    dev_s, _ = enrol(single, new_enrolment_code(single, "MAU-01", "kiosk"))
    bulk_results = []
    for k in range(0, len(ops), split):  # batches as a terminal would send them
        bulk_results += sync.push(bulk, dev_b, ops[k:k + split])
    single_results = [sync.apply_op(single, dev_s, op) for op in ops]
    assert [(r.id, r.status) for r in bulk_results] == [(r.id, r.status) for r in single_results]
    t_b, feed_b, dead_b = _state(bulk)
    t_s, feed_s, dead_s = _state(single)
    assert t_b == t_s and dead_b == dead_s
    assert [(a, b, c) for a, b, c, _ in feed_b] == [(a, b, c) for a, b, c, _ in feed_s]
    assert [d["ticket"]["version"] for *_, d in feed_b if "ticket" in d] == \
        [d["ticket"]["version"] for *_, d in feed_s if "ticket" in d]
    bulk.dispose()
    single.dispose()
