"""No device reads or writes another center's data, over real HTTP, on SQLite and PostgreSQL.

Two centers on one server, MAU-01 (A) and MAU-02 (B), a device enrolled in each. B's data is
made through the API by B's own device, with distinctive private values (an officer's code, a
terminal's name, a citizen's name in a dossier). A's device then tries every way in: the feed,
the event stream, its center's settings, blob status and upload, number allocation, claims on
B's tickets, pushed ops naming B's center or B's ids. Afterwards B's rows in the DATABASE are
compared with what they were before: each test would fail on a server that used anything but
the device's own center.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
import uuid
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from kiosk.paths import resources_dir
from server import sync
from server.auth import device_for_token, new_enrolment_code
from server.centers import load_center
from server.models import (
    AppliedOp,
    Center,
    Change,
    DeadLetter,
    ServerSequence,
    ServerTicket,
    ServerTicketEvent,
)

A, B = "MAU-01", "MAU-02"
DAY = "2026-11-24"
# what only B has: none of it may ever reach A's device
B_OFFICER = "cb-bimat-b"
B_TERMINAL = "kiosk-b-bimat"
B_CITIZEN = "Nguyễn Thị Bí Mật"
B_CENTER_NAME = "Trung tâm Phục vụ hành chính công B (MẪU)"


@dataclass
class Two:
    url: str
    db: Any
    a: httpx.Client  # A's device
    b: httpx.Client  # B's device
    b_waiting: str  # B's ticket still waiting (version 1)
    b_serving: str  # B's ticket called by B's officer (version 2)
    b_event: str  # the call event of b_serving
    b_blob: bytes  # a file B sent whole
    secrets: tuple[str, ...]  # B's ids and private values


def _snapshot(tid: str, center: str, number: int, version: int = 1, status: str = "waiting",
              **extra: Any) -> dict[str, Any]:
    at = "2026-11-24T01:00:00+00:00"
    return {"id": tid, "center_code": center, "service_code": "HT", "queue_service": "HT", "local_day": DAY,
            "number": number, "label": f"A{number:03d}", "priority": None, "status": status, "issued_at": at,
            "queued_at": at, "called_at": None, "finished_at": None, "counter_number": None,
            "target_counter": None, "officer_code": None, "recall_count": 0, "terminal": "kiosk-1",
            "version": version, **extra}


def _op(entity: str, payload: dict[str, Any], entity_id: str | None = None, op: str = "issue") -> dict[str, Any]:
    return {"id": str(uuid.uuid4()), "entity": entity, "entity_id": entity_id or str(uuid.uuid4()), "op": op,
            "payload": payload}


def _device(url: str, db: Any, center: str, role: str, name: str) -> httpx.Client:
    r = httpx.post(f"{url}/v1/enroll", json={"code": new_enrolment_code(db, center, role), "name": name})
    assert r.status_code == 200 and r.json()["center"] == center, r.text
    return httpx.Client(base_url=url, headers={"Authorization": f"Bearer {r.json()['token']}"}, timeout=15)


def _push(client: httpx.Client, *ops: dict[str, Any]) -> list[dict[str, Any]]:
    r = client.post("/v1/push", json={"ops": list(ops)})
    assert r.status_code == 200, r.text
    results: list[dict[str, Any]] = r.json()["results"]
    return results


@pytest.fixture
def two(live_server) -> Any:  # type: ignore[no-untyped-def]
    text = (resources_dir() / "sample_center.toml").read_text(encoding="utf-8")
    second = text.replace(f'code = "{A}"', f'code = "{B}"', 1).replace(
        'name = "Trung tâm Phục vụ hành chính công (MẪU)"', f'name = "{B_CENTER_NAME}"', 1)
    assert f'code = "{B}"' in second and B_CENTER_NAME in second
    load_center(live_server.db, second, "center B")
    a = _device(live_server.url, live_server.db, A, "counter", "counter-a")
    b = _device(live_server.url, live_server.db, B, "counter", B_TERMINAL)
    # B's own activity, through the API
    assert b.post("/v1/allocate", json={"service": "HT", "local_day": DAY}).status_code == 200
    waiting, serving, event = str(uuid.uuid4()), str(uuid.uuid4()), str(uuid.uuid4())
    called = _snapshot(serving, B, 2, version=2, status="serving", counter_number=3, officer_code=B_OFFICER,
                       terminal=B_TERMINAL, called_at="2026-11-24T01:05:00+00:00")
    results = _push(
        b,
        _op("ticket", {"ticket": _snapshot(waiting, B, 1, terminal=B_TERMINAL)}, waiting),
        _op("ticket_event", {"ticket": called, "kind": "call", "at": "2026-11-24T01:05:00+00:00", "counter": 3,
                             "officer": B_OFFICER, "detail": {"reason": "bimat"}}, event, "call"),
        _op("dossier", {"applicant": {"name": B_CITIZEN, "id_number": "001099000001"}}, op="receive"),
    )
    assert [r["status"] for r in results] == ["applied"] * 3, results
    blob = os.urandom(5000)
    sha = hashlib.sha256(blob).hexdigest()
    r = b.patch(f"/v1/blobs/{sha}", params={"offset": 0, "length": len(blob)}, content=blob)
    assert r.json() == {"sha256": sha, "complete": True, "size": len(blob)}
    yield Two(live_server.url, live_server.db, a, b, waiting, serving, event, blob,
              (waiting, serving, event, B_OFFICER, B_TERMINAL, B_CITIZEN, "001099000001", B_CENTER_NAME, B))
    a.close()
    b.close()


def _rows(s: Any, model: Any, center: str, order: Any) -> list[dict[str, Any]]:
    return [{c.key: getattr(r, c.key) for c in model.__table__.columns}
            for r in s.scalars(select(model).where(model.center_code == center).order_by(order))]


def center_state(db: Any, center: str) -> dict[str, Any]:
    """Every row of a center, as plain values (compared whole before and after)."""
    with db.sessions() as s:
        row = s.get(Center, center)
        return {
            "center": (row.name, row.config_toml, row.change_seq),
            "tickets": _rows(s, ServerTicket, center, ServerTicket.id),
            "events": _rows(s, ServerTicketEvent, center, ServerTicketEvent.id),
            "changes": _rows(s, Change, center, Change.seq),
            "numbers": _rows(s, ServerSequence, center, ServerSequence.service_code),
            "applied": _rows(s, AppliedOp, center, AppliedOp.op_id),
            "dead": _rows(s, DeadLetter, center, DeadLetter.op_id),
        }


def _leaks(text: str, two: Two) -> list[str]:
    return [secret for secret in two.secrets if secret in text]


def test_a_device_pulls_only_its_own_centers_feed(two: Two) -> None:
    r = two.a.get("/v1/pull", params={"cursor": 0, "limit": 2000})
    assert r.status_code == 200
    changes = r.json()["changes"]
    assert changes and all(c["entity"] == "center_config" for c in changes)  # A has nothing else yet
    assert _leaks(r.text, two) == []
    # B's feed numbers are no way into B's feed either
    b_seq = center_state(two.db, B)["center"][2]
    for cursor in range(b_seq + 1):
        page = two.a.get("/v1/pull", params={"cursor": cursor})
        assert page.status_code == 200 and _leaks(page.text, two) == []
    # while B's device, with the same request, gets B's
    assert B_CITIZEN in two.b.get("/v1/pull", params={"cursor": 0}).text


def _read_stream(client: httpx.Client, seconds: float, **params: Any) -> str:
    seen = ""
    deadline = time.monotonic() + seconds
    with client.stream("GET", "/v1/events", params=params, timeout=httpx.Timeout(10, read=seconds)) as r:
        assert r.status_code == 200
        try:
            for chunk in r.iter_text():
                seen += chunk
                if time.monotonic() > deadline:
                    break
        except httpx.ReadTimeout:
            pass  # the stream stayed quiet for the whole read time: everything it sent is in `seen`
    return seen


def test_the_event_stream_carries_only_its_own_centers_changes(two: Two) -> None:
    import threading

    # B keeps working while A listens: B's new changes wake B's streams, never A's
    def b_works() -> None:
        time.sleep(0.3)
        _push(two.b, _op("dossier", {"applicant": {"name": B_CITIZEN}}, op="receive"))

    worker = threading.Thread(target=b_works)
    worker.start()
    seen = _read_stream(two.a, 2.0, cursor=0)
    worker.join()
    assert "event: change" in seen and '"center_config"' in seen  # the stream works: A's own feed
    assert _leaks(seen, two) == []
    assert B_CITIZEN in _read_stream(two.b, 1.0, cursor=0)  # B's stream has it


def test_a_device_gets_its_own_centers_settings(two: Two) -> None:
    r = two.a.get("/v1/center")
    assert r.status_code == 200 and r.json()["code"] == A
    assert _leaks(r.text, two) == []


def test_numbers_are_allocated_in_the_devices_own_center_whatever_the_body_says(two: Two) -> None:
    before = center_state(two.db, B)
    numbers = []
    for body in ({"service": "HT", "local_day": DAY},
                 {"service": "HT", "local_day": DAY, "center": B, "center_code": B}):
        r = two.a.post("/v1/allocate", json=body)
        assert r.status_code == 200, r.text
        numbers.append(r.json()["number"])
    assert numbers[1] == numbers[0] + 1  # A's own series, one after the other
    assert center_state(two.db, B) == before  # B's series did not move
    with two.db.sessions() as s:
        assert s.get(ServerSequence, (A, "HT", DAY)).last_number == numbers[1]


def test_a_claim_on_another_centers_ticket_reveals_and_changes_nothing(two: Two) -> None:
    before = center_state(two.db, B)
    for ticket_id, version in ((two.b_waiting, 1), (two.b_serving, 2), (two.b_serving, 1)):
        r = two.a.post("/v1/claim", json={"ticket_id": ticket_id, "version": version, "counter": 1,
                                          "officer": "cb01", "event_id": str(uuid.uuid4()), "reason": "x"})
        assert r.status_code == 200, r.text
        assert r.json()["ticket"] is None, r.text  # as for a ticket the server does not know
        assert _leaks(r.text, two) == []
    # reusing B's event id as the claim's event on a ticket of A's own
    mine = str(uuid.uuid4())
    assert _push(two.a, _op("ticket", {"ticket": _snapshot(mine, A, 7)}, mine))[0]["status"] == "applied"
    r = two.a.post("/v1/claim", json={"ticket_id": mine, "version": 1, "counter": 1, "event_id": two.b_event})
    assert r.status_code == 200 and r.json()["granted"]
    assert center_state(two.db, B) == before
    with two.db.sessions() as s:
        assert s.get(ServerTicketEvent, two.b_event).center_code == B


def test_ops_naming_another_centers_records_are_rejected_and_b_is_unchanged(two: Two) -> None:
    before = center_state(two.db, B)
    theirs = _snapshot(two.b_waiting, A, 1, version=99, status="done", officer_code="cb01")
    own_new = str(uuid.uuid4())
    ops = [
        # a ticket of B's center, new id
        _op("ticket", {"ticket": _snapshot(str(uuid.uuid4()), B, 50)}),
        # B's ticket id, under A's center code and a higher version: would overwrite B's ticket
        _op("ticket", {"ticket": theirs}, two.b_waiting),
        # the same as a ticket event
        _op("ticket_event", {"ticket": theirs, "kind": "finish", "at": "2026-11-24T02:00:00+00:00"},
            str(uuid.uuid4()), "finish"),
        # B's ticket under B's code in a ticket event
        _op("ticket_event", {"ticket": _snapshot(two.b_serving, B, 2, version=9, status="done")},
            str(uuid.uuid4()), "finish"),
        # B's event id on a ticket of A's own
        _op("ticket_event", {"ticket": _snapshot(own_new, A, 60), "kind": "call", "counter": 1},
            two.b_event, "call"),
    ]
    results = _push(two.a, *ops)
    assert [r["status"] for r in results] == ["rejected"] * len(ops), results
    for r in results:  # the reasons echo what A sent, nothing of B's
        assert not {B_OFFICER, B_TERMINAL, B_CITIZEN} & set((r["reason"] or "").split()), r
        assert all(private not in (r["reason"] or "") for private in (B_OFFICER, B_TERMINAL, B_CITIZEN))
    # an op whose payload names B stays in A's feed
    feed_only = _op("rating", {"center_code": B, "center": B, "score": 5})
    assert _push(two.a, feed_only)[0]["status"] == "applied"
    assert center_state(two.db, B) == before
    with two.db.sessions() as s:
        assert s.scalars(select(Change.center_code).where(Change.entity_id == feed_only["entity_id"])).all() == [A]
        dead = s.scalars(select(DeadLetter).where(DeadLetter.op_id.in_([o["id"] for o in ops]))).all()
        assert {d.center_code for d in dead} == {A} and len(dead) == len(ops)


def test_the_one_by_one_path_rejects_another_centers_ids_too(two: Two) -> None:
    """``sync.apply_op``: what the server falls back to when a whole batch fails."""
    device = device_for_token(two.db, two.a.headers["Authorization"].split(" ", 1)[1])
    before = center_state(two.db, B)
    theirs = _snapshot(two.b_waiting, A, 1, version=99, status="done")
    for op in (_op("ticket", {"ticket": theirs}, two.b_waiting),
               _op("ticket_event", {"ticket": theirs, "kind": "finish"}, str(uuid.uuid4()), "finish"),
               _op("ticket_event", {"ticket": _snapshot(str(uuid.uuid4()), A, 61)}, two.b_event, "call"),
               _op("ticket", {"ticket": _snapshot(str(uuid.uuid4()), B, 51)})):
        result = sync.apply_op(two.db, device, op)
        assert result.status == "rejected", result
    assert center_state(two.db, B) == before


def test_blob_status_and_uploads_are_per_center(two: Two) -> None:
    sha = hashlib.sha256(two.b_blob).hexdigest()
    assert two.a.get(f"/v1/blobs/{sha}").json() == {"sha256": sha, "complete": False, "size": 0}
    # A's half-sent copy is its own: B's stays complete, and A must send every byte
    r = two.a.patch(f"/v1/blobs/{sha}", params={"offset": 0, "length": len(two.b_blob)}, content=two.b_blob[:100])
    assert r.json() == {"sha256": sha, "complete": False, "size": 100}
    assert two.b.get(f"/v1/blobs/{sha}").json()["complete"] is True
    # a blob A started is no hint for B either
    other = os.urandom(3000)
    other_sha = hashlib.sha256(other).hexdigest()
    two.a.patch(f"/v1/blobs/{other_sha}", params={"offset": 0, "length": len(other)}, content=other[:10])
    assert two.b.get(f"/v1/blobs/{other_sha}").json() == {"sha256": other_sha, "complete": False, "size": 0}
    # A sends the rest: A has it now too, the bytes are checked as always
    r = two.a.patch(f"/v1/blobs/{sha}", params={"offset": 100, "length": len(two.b_blob)}, content=two.b_blob[100:])
    assert r.json() == {"sha256": sha, "complete": True, "size": len(two.b_blob)}
    assert two.b.get(f"/v1/blobs/{sha}").json()["complete"] is True


def test_the_public_page_of_another_centers_ticket_shows_nothing_private(two: Two) -> None:
    for ticket_id in (two.b_waiting, two.b_serving):
        for lang in ("vi", "en"):
            page = httpx.get(f"{two.url}/t/{ticket_id}", params={"lang": lang})  # no token: it is public
            assert page.status_code == 200
            assert "A002" in page.text or "A001" in page.text
            for private in (B_OFFICER, B_TERMINAL, B_CITIZEN, two.b_event, "bimat", "origin", "token"):
                assert private not in page.text, (private, lang)


def test_a_revoked_device_of_a_center_reads_nothing(two: Two) -> None:
    from server.auth import revoke

    device = device_for_token(two.db, two.b.headers["Authorization"].split(" ", 1)[1])
    revoke(two.db, device.id)
    for method, path in (("GET", "/v1/pull"), ("GET", "/v1/center"), ("GET", "/v1/events"),
                         ("POST", "/v1/push")):
        r = two.b.request(method, path, json={"ops": []} if method == "POST" else None)
        assert r.status_code == 401 and _leaks(r.text, two) == [], (path, r.text)
    assert json.loads(two.a.get("/v1/center").text)["code"] == A  # the other center's device works on
