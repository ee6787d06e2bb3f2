"""The central server's HTTP API fuzzed from its own OpenAPI spec (schemathesis), over real HTTP on
loopback, on SQLite and on real PostgreSQL.

- With a valid device token every operation answers without a 5xx, and as its spec says
  (schemathesis's positive and negative data).
- Without a token, with a malformed one or with a revoked device's token, every operation but the
  public ones (health, enrolment) refuses with 401/403. The operations come from the spec: an
  endpoint added later without a token check fails here.
- Pushed tickets and ticket events whose fields have any JSON type, size or range: no 5xx, and
  the feed and the ticket's public page still answer (the spec only says ``payload`` is an
  object, so schemathesis alone seldom builds a ticket).

docs/openapi.json is the spec the server serves (tests/server/test_openapi.py checks it).
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

schemathesis = pytest.importorskip(
    "schemathesis", reason="schemathesis is not installed (pip install -e '.[test]'): the API fuzz does not run")

import requests  # noqa: E402  (schemathesis's own HTTP client)
from schemathesis.checks import not_a_server_error  # noqa: E402
from schemathesis.specs.openapi.checks import content_type_conformance, response_schema_conformance  # noqa: E402

from server.auth import enrol, new_enrolment_code, revoke  # noqa: E402
from server.sync import TICKET_FIELDS  # noqa: E402
from tests.server.conftest import LiveServer, database_url  # noqa: E402

pytestmark = pytest.mark.slow  # a minute of requests: started first on pytest-xdist workers

SPEC = Path(__file__).resolve().parents[2] / "docs" / "openapi.json"
schema = schemathesis.openapi.from_path(SPEC)
PUBLIC = ["GET /v1/health", "POST /v1/enroll"]  # the only operations open without a token
# not status_code_conformance: the spec does not list 401, 403, 404, 409 or 413 yet; not
# negative_data_rejection: it counts an unknown extra header as invalid data, which HTTP allows
CHECKS = [not_a_server_error, response_schema_conformance, content_type_conformance]
EXAMPLES = int(os.environ.get("KIOSK_FUZZ_EXAMPLES", "30"))  # per operation and database


@dataclass
class Api:
    url: str
    db: Any
    token: str  # a counter's, of MAU-01
    revoked: str  # a revoked device's token
    session: requests.Session


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def api(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Api]:
    """One server per database for the whole module (a new one per example would be minutes)."""
    root = tmp_path_factory.mktemp(f"fuzz-{request.param}")
    with database_url(request.param, root, "kiosk_fuzz") as url:
        yield from _serve(url, root)


def _serve(url: str, root: Path) -> Iterator[Api]:
    from server.cli import open_db

    db = open_db(url)
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("KIOSK_BLOBS", str(root / "blobs"))
        server = LiveServer(db).start()
    _, token = enrol(db, new_enrolment_code(db, "MAU-01", "counter"), "fuzz")
    gone, revoked = enrol(db, new_enrolment_code(db, "MAU-01", "counter"), "stolen")
    revoke(db, gone.id)
    session = requests.Session()
    try:
        yield Api(server.url, db, token, revoked, session)
    finally:
        session.close()
        server.stop()
        db.dispose()


STREAM = "/v1/events"
# rotating replaces the token the other cases use: each of its cases gets a device of its own
ROTATE = "/v1/token/rotate"


def _timeout(case: Any) -> float:
    # the event stream never ends: schemathesis reads it for this long, then closes it
    return 0.5 if case.path == STREAM else 15.0


def _with_token(case: Any, token: str) -> None:
    """The spec declares the Authorization header (FastAPI's Header parameter), so schemathesis
    generates one: replace it with the valid token, else most cases would only test a 401."""
    case.headers = {k: v for k, v in (case.headers or {}).items() if k.lower() != "authorization"}
    case.headers["Authorization"] = f"Bearer {token}"


def _call_with_a_valid_token(case: Any, api: Api) -> None:
    _with_token(case, api.token)
    response = case.call_and_validate(base_url=api.url, session=api.session, checks=CHECKS,
                                      timeout=_timeout(case))
    assert response.status_code != 401, response.text[:300]


@schema.exclude(path=[STREAM, ROTATE]).parametrize()
@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_with_a_valid_token_no_operation_answers_5xx_or_off_spec(case: Any, api: Api) -> None:
    _call_with_a_valid_token(case, api)


@schema.include(path=ROTATE).parametrize()
@settings(max_examples=5, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_with_a_valid_token_rotation_answers_a_working_token(case: Any, api: Api) -> None:
    _, token = enrol(api.db, new_enrolment_code(api.db, "MAU-01", "counter"), "rotating")
    _with_token(case, token)
    response = case.call_and_validate(base_url=api.url, session=api.session, checks=CHECKS, timeout=15.0)
    if case.method.upper() != "POST":  # schemathesis tries the methods the spec does not list too
        assert response.status_code == 405
        return
    assert response.status_code == 200, (response.status_code, response.text[:300])
    new = {"Authorization": f"Bearer {response.json()['token']}"}
    assert api.session.get(f"{api.url}/v1/pull", headers=new, timeout=15).status_code == 200


@schema.include(path=STREAM).parametrize()
@settings(max_examples=max(5, EXAMPLES // 4), deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_with_a_valid_token_the_event_stream_answers_without_5xx(case: Any, api: Api) -> None:
    """Each example waits out the stream's read time: fewer of them."""
    _call_with_a_valid_token(case, api)


def _refused_headers(api: Api) -> list[dict[str, str] | None]:
    basic = base64.b64encode(f"fuzz:{api.token}".encode()).decode()
    return [
        None,  # no Authorization header at all
        {"Authorization": ""},
        {"Authorization": "Bearer"},
        {"Authorization": "Bearer "},
        {"Authorization": api.token},  # no scheme
        {"Authorization": f"Basic {basic}"},
        {"Authorization": f"Bearer {api.token[:-1]}"},  # one character short
        {"Authorization": f"Bearer {api.token}x"},
        {"Authorization": f"Bearer {api.token.upper()}"},
        {"Authorization": f"Bearer {api.revoked}"},  # a revoked device (a stolen terminal)
    ]


def _undecodable(response: Any) -> bool:
    """A refusal of a body that is no JSON at all (400 or 422 json_invalid), which FastAPI
    answers before the token is looked at: nothing was done and nothing of the center is said."""
    try:
        detail = response.json()["detail"]
    except (ValueError, KeyError, TypeError):
        return False
    if response.status_code == 400:
        return detail == "There was an error parsing the body"
    return (response.status_code == 422 and isinstance(detail, list) and bool(detail)
            and all(e.get("type") == "json_invalid" for e in detail))


@schema.exclude(name=PUBLIC).parametrize()
@settings(max_examples=max(5, EXAMPLES // 4), deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_without_a_valid_token_every_private_operation_refuses(case: Any, api: Api) -> None:
    case.headers = {k: v for k, v in (case.headers or {}).items() if k.lower() != "authorization"}
    refused = {401, 403}
    if case.method.upper() != case.operation.method.upper():
        refused.add(405)  # schemathesis also tries methods the path does not have (TRACE, PUT…)
    for headers in _refused_headers(api):
        response = case.call(base_url=api.url, session=api.session, headers=headers, timeout=_timeout(case))
        if _undecodable(response):
            continue  # FastAPI reads the body before any dependency runs: bytes that are no JSON at all
        assert response.status_code in refused, (
            f"{case.method} {case.path} with Authorization={headers}: {response.status_code} {response.text[:300]}")
        assert "Traceback" not in response.text


def test_the_spec_lists_the_operations_the_token_checks_cover() -> None:
    """Guards the exclusion above: the public list names real operations, everything else is private."""
    operations = {f"{op.method.upper()} {op.path}" for op in (r.ok() for r in schema.get_all_operations())}
    assert set(PUBLIC) <= operations
    assert len(operations - set(PUBLIC)) >= 8  # center, push, pull, events, blobs ×2, allocate, claim


# ---------------------------------------------------------------- pushed tickets of any shape

T0 = dt.datetime(2026, 11, 24, 1, 0, tzinfo=dt.UTC)
_json_scalars = (st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False)
                 | st.text(max_size=40))
_json = st.recursive(_json_scalars, lambda inner: st.lists(inner, max_size=3)
                     | st.dictionaries(st.text(max_size=8), inner, max_size=3), max_leaves=6)
_edges = st.sampled_from([
    -1, 0, 2**31 - 1, 2**31, 2**63 - 1, 2**63, -(2**63) - 1, 10**30, "", " ", "x" * 17, "x" * 37, "x" * 300,
    "2026-11-24", "24/11/2026", "9999-12-31T23:59:59-14:00", "0001-01-01T00:00:00+14:00",
    "2026-11-24T08:00:00", "2026-11-24T08:00:00+07:00", "\x00", "ẞ" * 20, [], {}, True, 1.5,
])
_odd = _edges | _json


def _snapshot(number: int) -> dict[str, Any]:
    return {"id": str(uuid.uuid4()), "center_code": "MAU-01", "service_code": "HT", "queue_service": "HT",
            "local_day": "2026-11-24", "number": number, "label": f"A{number:03d}", "priority": None,
            "status": "waiting", "issued_at": T0.isoformat(), "queued_at": T0.isoformat(), "called_at": None,
            "finished_at": None, "counter_number": None, "target_counter": None, "officer_code": None,
            "recall_count": 0, "terminal": "kiosk-1", "version": 1}


@st.composite
def _ops(draw: st.DrawFn) -> list[dict[str, Any]]:
    ops = []
    for _ in range(draw(st.integers(1, 3))):
        snap = _snapshot(draw(st.integers(1, 10_000)))
        for field in draw(st.lists(st.sampled_from(TICKET_FIELDS), unique=True, max_size=4)):
            if draw(st.booleans()):
                snap[field] = draw(_odd)
            else:
                del snap[field]
        entity = draw(st.sampled_from(["ticket", "ticket_event"]))
        payload: dict[str, Any] = {"ticket": snap}
        if entity == "ticket_event":
            for key in draw(st.lists(st.sampled_from(["kind", "at", "counter", "officer", "detail"]),
                                     unique=True)):
                payload[key] = draw(_odd)
        ops.append({"id": str(uuid.uuid4()), "entity": entity, "entity_id": str(uuid.uuid4()),
                    "op": draw(st.sampled_from(["issue", "call", "x" * 32])), "payload": payload})
    return ops


@given(ops=_ops())
@settings(max_examples=EXAMPLES * 2, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
def test_pushed_tickets_of_any_shape_never_answer_5xx(api: Api, ops: list[dict[str, Any]]) -> None:
    auth = {"Authorization": f"Bearer {api.token}"}
    with httpx.Client(base_url=api.url, headers=auth, timeout=15) as http:
        r = http.post("/v1/push", json={"ops": ops})
        assert r.status_code < 500, f"{r.text[:300]} for {json.dumps(ops)[:3000]}"
        if r.status_code == 200:
            assert [x["status"] for x in r.json()["results"]] and all(
                x["status"] in ("applied", "rejected", "duplicate") for x in r.json()["results"])
        assert http.get("/v1/pull", params={"cursor": 0, "limit": 2000}).status_code == 200
        for op in ops:
            ticket_id = op["payload"]["ticket"].get("id")
            if isinstance(ticket_id, str) and ticket_id.strip("/") and "?" not in ticket_id and "#" not in ticket_id:
                page = http.get(f"/t/{quote(ticket_id, safe='')}")  # a URL can carry any id quoted
                assert page.status_code in (200, 404), page.text[:500]


# ---------------------------------------------------------------- what the fuzz found (plain)

def _token(db: Any, center: str = "MAU-01") -> dict[str, str]:
    _, token = enrol(db, new_enrolment_code(db, center, "counter"), "regression")
    return {"Authorization": f"Bearer {token}"}


def test_a_cursor_past_every_feed_number_is_an_empty_page_not_a_500(live_server) -> None:  # type: ignore[no-untyped-def]
    """Found by schemathesis: GET /v1/pull?cursor=898056181878210297856 (SQLite: OverflowError)."""
    auth = _token(live_server.db)
    r = httpx.get(f"{live_server.url}/v1/pull", params={"cursor": 10**21}, headers=auth)
    assert r.status_code == 200 and r.json()["changes"] == [] and not r.json()["more"]
    with httpx.stream("GET", f"{live_server.url}/v1/events", params={"cursor": 10**21}, headers=auth,
                      timeout=httpx.Timeout(10, read=1.5)) as stream:
        assert stream.status_code == 200
        with pytest.raises(httpx.ReadTimeout):
            for _ in stream.iter_raw():
                pytest.fail("no change is past every feed number")


def test_ops_the_tables_cannot_hold_are_each_rejected_and_the_rest_applied(live_server) -> None:  # type: ignore[no-untyped-def]
    """Found by the push fuzz: a ticket id or service that is a list (TypeError: unhashable),
    numbers past INTEGER, texts past their column, NUL characters, times beyond year 9999, NaN:
    each one a 500 for the whole batch (on PostgreSQL a database error) before."""
    from sqlalchemy import select

    from server.models import DeadLetter, ServerTicket, ServerTicketEvent

    def ticket(**changes: Any) -> dict[str, Any]:
        return {**_snapshot(len(ops) + 1), **changes}

    def op(entity: str, payload: dict[str, Any], op_id: str | None = None) -> dict[str, Any]:
        return {"id": op_id or str(uuid.uuid4()), "entity": entity, "entity_id": str(uuid.uuid4()), "op": "issue",
                "payload": payload}

    ops: list[dict[str, Any]] = []
    for bad in ({"id": ["x"]}, {"service_code": []}, {"number": 2**31}, {"number": 10**30}, {"version": 2**63},
                {"label": "x" * 17}, {"officer_code": "cb\x0001"}, {"terminal": {"a": 1}},
                {"issued_at": "9999-12-31T23:59:59-14:00"}, {"queued_at": 5}, {"status": []},
                {"local_day": "24/11/2026"}, {"queue_service": None}, {"counter_number": "3"}):
        ops.append(op("ticket", {"ticket": ticket(**bad)}))
    for event in ({"kind": "x" * 17}, {"counter": "3"}, {"officer": "x" * 33}, {"at": "0001-01-01T00:00:00+14:00"}):
        ops.append(op("ticket_event", {"ticket": ticket(), **event}))
    ops.append(op("rating", {"note": "a\x00b"}))
    ops.append(op("rating", {"score": 5}, "op\x00id"))
    good = ticket()
    ops.append(op("ticket", {"ticket": good}))
    ops.append(op("rating", {"score": 12345}))
    body = json.dumps({"ops": ops}).replace("12345", "NaN")  # not JSON, but Python's json reads it
    r = httpx.post(f"{live_server.url}/v1/push", content=body,
                   headers={**_token(live_server.db), "Content-Type": "application/json"})
    assert r.status_code == 200, r.text
    statuses = [x["status"] for x in r.json()["results"]]
    assert statuses == ["rejected"] * (len(ops) - 2) + ["applied", "rejected"], r.json()
    with live_server.db.sessions() as s:
        assert [t.id for t in s.scalars(select(ServerTicket))] == [good["id"]]
        assert s.scalars(select(ServerTicketEvent)).all() == []
        dead = s.scalars(select(DeadLetter)).all()
        assert len(dead) == len(ops) - 2  # all but the good one and the op whose id has a NUL
    # the feed and the dead letters still read
    assert httpx.get(f"{live_server.url}/v1/pull", headers=_token(live_server.db)).status_code == 200


def test_nul_characters_in_a_claim_an_enrolment_or_a_ticket_page_are_refused(live_server) -> None:  # type: ignore[no-untyped-def]
    """PostgreSQL's text holds no NUL: refused as bad input (422/404), never a database error."""
    auth = _token(live_server.db)
    r = httpx.post(f"{live_server.url}/v1/claim", headers=auth,
                   json={"ticket_id": "a\x00b", "version": 1, "counter": 1})
    assert r.status_code == 422
    r = httpx.post(f"{live_server.url}/v1/claim", headers=auth,
                   json={"ticket_id": "ab", "version": 1, "counter": 1, "officer": "\x00"})
    assert r.status_code == 422
    code = new_enrolment_code(live_server.db, "MAU-01", "kiosk")
    assert httpx.post(f"{live_server.url}/v1/enroll", json={"code": code, "name": "k\x00"}).status_code == 422
    assert httpx.post(f"{live_server.url}/v1/enroll", json={"code": code, "name": "k"}).status_code == 200
    assert httpx.get(f"{live_server.url}/t/a%00b").status_code == 404
