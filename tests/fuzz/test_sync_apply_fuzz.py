"""Sync payloads on the terminal side (``kiosk.sync.apply``): what the server sends down in a
pull is applied to a real SQLite store, or refused with SyncPayloadError (Vietnamese / English)
and nothing written; no other exception, whatever the JSON."""

from __future__ import annotations

import datetime as dt
import json
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from kiosk.store.db import Store
from kiosk.store.models import (
    Dossier,
    DossierComponent,
    DossierEvent,
    NumberSequence,
    Ticket,
    TicketEvent,
)
from kiosk.sync.apply import (
    SyncPayloadError,
    add_dossier_event,
    add_ticket_event,
    upsert_dossier,
    upsert_ticket,
)
from tests.fuzz.helpers import ANY_TEXT, assert_bilingual

NOW = "2026-03-02T01:30:00+00:00"


def ticket_snapshot(**changes: Any) -> dict[str, Any]:
    snap = {"id": str(uuid.uuid4()), "center_code": "MAU-01", "service_code": "HT", "queue_service": "HT",
            "local_day": "2026-03-02", "number": 15, "label": "A015", "priority": None, "status": "waiting",
            "issued_at": NOW, "queued_at": NOW, "called_at": None, "finished_at": None, "counter_number": None,
            "target_counter": None, "officer_code": None, "recall_count": 0, "terminal": "k1", "version": 1}
    return {**snap, **changes}


def dossier_payload(**changes: Any) -> dict[str, Any]:
    snap = {"id": str(uuid.uuid4()), "center_code": "MAU-01", "agency_code": "000.00.06.H56",
            "code": f"000.00.06.H56-260302-{uuid.uuid4().int % 10000:04d}", "local_day": "2026-03-02", "seq": 1,
            "procedure_code": "1.001193", "procedure_name": "Đăng ký khai sinh", "field_code": "HT",
            "field_name": "Hộ tịch", "outcome": "complete", "state": "received", "reason": None,
            "applicant": {"name": "Nguyễn Văn An"}, "sets": 1, "fee_total": 0, "fee_state": "none",
            "fee_channel": None, "fee_paid_at": None, "received_at": NOW, "clock_start": NOW,
            "appointment_at": None, "original_appointment_at": None, "paused_at": None, "finished_at": None,
            "returned_at": None, "officer_code": "CB01", "counter_number": 1, "ticket_id": None,
            "terminal": "c1", "version": 1}
    comp = {"id": str(uuid.uuid4()), "component_id": "to-khai", "position": 0, "name": "Tờ khai", "mandatory": True,
            "req_originals": 1, "req_certified": 0, "req_photocopies": 0, "received": 1, "pages": 0,
            "sha256": None, "file_bytes": None}
    return {"dossier": {**snap, **changes}, "components": [comp]}


JSON_SCALAR = st.one_of(st.none(), st.booleans(), st.integers(), st.sampled_from([2**63, -(2**63) - 1, 2**64]),
                        st.floats(), ANY_TEXT,
                        st.sampled_from(["", "2026-03-02", "2026-03-02T01:30:00", "2026-W01-1T00:00+00:00",
                                         "0001-01-01T00:00:00+01:00", "9999-12-31T23:59:59-05:00", "x" * 300,
                                         "2026-03-02T01:30:00Z", "\x00"]))
JSON = st.recursive(JSON_SCALAR, lambda inner: st.one_of(st.lists(inner, max_size=3),
                                                         st.dictionaries(ANY_TEXT, inner, max_size=3)), max_leaves=6)


@pytest.fixture(scope="module")
def store() -> Iterator[Store]:
    with tempfile.TemporaryDirectory() as folder:
        s = Store(Path(folder) / "kiosk.db")
        s.migrate()
        yield s
        s.dispose()


def _counts(store: Store) -> tuple[int, ...]:
    with store.read() as s:
        return tuple(s.scalar(select(func.count()).select_from(m)) or 0
                     for m in (Ticket, TicketEvent, NumberSequence, Dossier, DossierComponent, DossierEvent))


def _apply(store: Store, fn: Any, *args: Any) -> bool:
    """True when applied; False when refused (and then nothing was written)."""
    before = _counts(store)
    try:
        with store.write() as s:
            fn(s, *args)
    except SyncPayloadError as exc:
        assert_bilingual(str(exc))
        assert _counts(store) == before
        return False
    return True


@st.composite
def mutated(draw: st.DrawFn, base: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for key in draw(st.lists(st.sampled_from(sorted(base)), max_size=3, unique=True)):
        if draw(st.booleans()):
            out.pop(key)
        else:
            out[key] = draw(JSON)
    return out


SETTINGS = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@SETTINGS
@given(st.one_of(st.builds(ticket_snapshot).flatmap(mutated), JSON))
@example({"id": "t1"})
@example({"id": 5})
@example(ticket_snapshot(issued_at="2026-03-02T01:30:00"))  # naive: the store refuses those
@example(ticket_snapshot(number=2**64))
@example(ticket_snapshot(label="\ud800"))
def test_upsert_ticket(store: Store, snap: Any) -> None:
    if _apply(store, upsert_ticket, snap) and isinstance(snap, dict) and snap.get("id"):
        with store.read() as s:
            row = s.get(Ticket, str(snap["id"]))
            if row is not None:  # None: a clash with a local ticket, kept
                assert row.issued_at.tzinfo is not None
                json.dumps(row.snapshot())  # what it sends on is JSON again


@SETTINGS
@given(st.one_of(st.builds(ticket_snapshot).flatmap(mutated), JSON), st.one_of(
    st.fixed_dictionaries({"id": st.uuids().map(str), "kind": JSON, "at": JSON, "counter": JSON, "officer": JSON,
                           "detail": JSON}), JSON))
def test_ticket_event(store: Store, snap: Any, event: Any) -> None:
    def both(s: Any) -> None:
        ticket, _ = upsert_ticket(s, snap)
        if ticket is not None:
            add_ticket_event(s, ticket, event)

    _apply(store, both)


@SETTINGS
@given(st.one_of(
    st.builds(dossier_payload).flatmap(lambda p: mutated(p["dossier"]).map(lambda d: {**p, "dossier": d})),
    st.builds(dossier_payload).flatmap(lambda p: mutated(p["components"][0]).map(lambda c: {**p, "components": [c, c]})),
    st.builds(dossier_payload).map(lambda p: {**p, "components": [{**p["components"][0], "id": str(uuid.uuid4())}
                                                                  for _ in range(2)]}),
    JSON))
@example({"dossier": [], "components": 5})
@example(dossier_payload(applicant=[1]))
def test_upsert_dossier(store: Store, payload: Any) -> None:
    _apply(store, upsert_dossier, payload)


@SETTINGS
@given(st.fixed_dictionaries({"id": st.one_of(st.uuids().map(str), JSON), "at": JSON, "kind": JSON, "note": JSON,
                              "from_state": JSON, "to_state": JSON, "officer_code": JSON, "detail": JSON}),
       st.booleans())
def test_dossier_event(store: Store, event: dict[str, Any], known_dossier: bool) -> None:
    if known_dossier:
        payload = dossier_payload()
        assert _apply(store, upsert_dossier, payload)
        event = {**event, "dossier_id": payload["dossier"]["id"]}
    _apply(store, add_dossier_event, {"event": event})


def test_regression_an_update_that_takes_another_tickets_number(store: Store) -> None:
    """atheris (sync_apply): an update moving a ticket onto another's number failed at the next
    query's autoflush as a StoreError (a KioskError the sync loop does not catch: its thread
    died); now the update is flushed at once and refused as the payload's fault."""
    a = ticket_snapshot(service_code="QQ", number=15)
    b = ticket_snapshot(service_code="QQ", number=16)
    assert _apply(store, upsert_ticket, a) and _apply(store, upsert_ticket, b)
    assert not _apply(store, upsert_ticket, {**b, "number": 15, "version": 2})
    with store.read() as s:
        assert s.get(Ticket, b["id"]).number == 16


def test_a_well_formed_feed_is_applied(store: Store) -> None:
    """The refusals above are not everything being refused: the real shapes go in."""
    snap = ticket_snapshot(service_code="ZZ", local_day="2030-01-01")  # no clash with the fuzzed ones
    assert _apply(store, upsert_ticket, snap)
    payload = dossier_payload()
    assert _apply(store, upsert_dossier, payload)
    event = {"id": str(uuid.uuid4()), "dossier_id": payload["dossier"]["id"], "at": NOW, "kind": "intake"}
    assert _apply(store, add_dossier_event, {"event": event})
    with store.read() as s:
        assert s.get(Ticket, snap["id"]).issued_at == dt.datetime(2026, 3, 2, 1, 30, tzinfo=dt.UTC)
        assert s.get(DossierEvent, event["id"]) is not None
        assert len(s.scalars(select(DossierComponent).where(
            DossierComponent.dossier_id == payload["dossier"]["id"])).all()) == 1
