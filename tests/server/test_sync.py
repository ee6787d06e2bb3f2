"""Terminals and the central server over real HTTP: enrolment, push, pull, exactly once."""

from __future__ import annotations

import stat

import httpx
import pytest
from sqlalchemy import func, select

from kiosk.errors import KioskError
from kiosk.store.models import OutboxOp
from kiosk.sync.client import SyncClient, enroll, load_device
from server.auth import new_enrolment_code
from server.models import AppliedOp, DeadLetter, ServerTicket
from tests.server.conftest import _OPEN, terminal  # noqa: E402


def test_health_is_open_everything_else_needs_a_token(live_server):
    assert httpx.get(f"{live_server.url}/v1/health").json()["status"] == "ok"
    assert httpx.get(f"{live_server.url}/v1/pull").status_code == 401
    r = httpx.post(f"{live_server.url}/v1/push", json={"ops": []}, headers={"Authorization": "Bearer nope"})
    assert r.status_code == 401


def test_enrolment_code_is_one_time_and_token_is_private(live_server, tmp_path, clock, monkeypatch):
    home = tmp_path / "k"
    home.mkdir()
    code = new_enrolment_code(live_server.db, "MAU-01", "kiosk")
    device = enroll(home, live_server.url, code.lower(), "kiosk-1")  # case and dashes forgiven
    assert device.center == "MAU-01" and device.role == "kiosk"
    mode = stat.S_IMODE((home / "device.json").stat().st_mode)
    assert mode == 0o600
    assert load_device(home).token == device.token
    with pytest.raises(KioskError) as err:
        enroll(tmp_path, live_server.url, code)
    assert err.value.key == "enrol_refused"


def test_tickets_calls_and_board_converge_across_terminals(live_server, tmp_path, clock):
    kiosk, kiosk_sync = terminal(tmp_path, "kiosk", live_server, "kiosk", clock)
    counter, counter_sync = terminal(tmp_path, "counter", live_server, "counter", clock)
    board, board_sync = terminal(tmp_path, "board", live_server, "display", clock)

    t1 = kiosk.queue.take_ticket("HT")
    t2 = kiosk.queue.take_ticket("CT", priority="elderly")
    report = kiosk_sync.run_once()
    assert report.ok and report.pushed == 2 and report.pending == 0

    assert counter_sync.run_once().pulled == 3  # the center's configuration and the two tickets
    assert [e.ticket.number for e in counter.queue.waiting(1)] == ["B001", "A001"]
    called = counter.queue.call_next(1, "cb01")
    assert called.id == t2.id
    assert counter_sync.run_once().pushed == 2  # the call, and its entry in the audit trail

    board_sync.run_once()
    calls = board.queue.recent_calls()
    assert [(c.number, c.counter) for c in calls] == [("B001", 1)]

    # the kiosk learns that B001 is being served, and numbers continue after what exists
    kiosk_sync.run_once()
    assert kiosk.queue.ticket(t2.id).status == "serving"
    assert kiosk.queue.ticket(t1.id).status == "waiting"
    with live_server.db.sessions() as s:
        assert s.scalar(select(func.count()).select_from(ServerTicket)) == 2
        assert s.get(ServerTicket, t2.id).status == "serving"


def test_a_retried_batch_is_answered_duplicate_and_applied_once(live_server, tmp_path, clock):
    kiosk, sync = terminal(tmp_path, "kiosk", live_server, "kiosk", clock)
    kiosk.queue.take_ticket("HT")
    with kiosk.store.read() as s:
        ops = [{"id": o.id, "entity": o.entity, "entity_id": o.entity_id, "op": o.op, "payload": o.payload}
               for o in s.scalars(select(OutboxOp))]
    first = sync.http.post("/v1/push", json={"ops": ops}).json()["results"]  # the answer is read
    again = sync.http.post("/v1/push", json={"ops": ops}).json()["results"]
    assert [r["status"] for r in first] == ["applied"] * len(ops)
    assert [r["status"] for r in again] == ["duplicate"] * len(ops)
    with live_server.db.sessions() as s:
        assert s.scalar(select(func.count()).select_from(ServerTicket)) == 1
        assert s.scalar(select(func.count()).select_from(AppliedOp)) == len(ops)


def test_a_bad_op_goes_to_the_dead_letters_and_does_not_block_the_rest(live_server, tmp_path, clock):
    kiosk, sync = terminal(tmp_path, "kiosk", live_server, "kiosk", clock)
    t = kiosk.queue.take_ticket("HT")
    with kiosk.store.write() as s:  # an op another center's data slipped into
        op = s.scalars(select(OutboxOp)).first()
        bad = dict(op.payload)
        bad["ticket"] = dict(bad["ticket"], center_code="OTHER-99")
        s.add(OutboxOp(id="01bad000-0000-7000-8000-000000000000", entity="ticket", entity_id="x", op="issue",
                       payload=bad, created_at=op.created_at))
    kiosk.queue.take_ticket("HT")
    report = sync.run_once()
    assert report.ok and report.rejected == 1 and report.pushed >= 2 and report.dead_letters == 1
    with live_server.db.sessions() as s:
        dead = s.get(DeadLetter, "01bad000-0000-7000-8000-000000000000")
        assert "OTHER-99" in dead.reason
        assert s.get(ServerTicket, t.id) is not None


class FlakyTransport(httpx.HTTPTransport):
    """The network at the edge of the world: loses requests, and answers after the server committed."""

    def __init__(self, pattern: list[str]) -> None:
        super().__init__()
        self.pattern = pattern
        self.calls = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        fault = self.pattern[self.calls % len(self.pattern)]
        self.calls += 1
        if fault == "drop_request":
            raise httpx.ConnectError("connection refused (simulated)", request=request)
        response = super().handle_request(request)
        if fault == "drop_response":
            response.read()
            raise httpx.ReadTimeout("response lost (simulated)", request=request)
        if fault == "duplicate":
            super().handle_request(request).read()  # the same request arrives twice
        return response


def test_lost_requests_and_lost_answers_still_apply_every_op_exactly_once(live_server, tmp_path, clock):
    kiosk, _ = terminal(tmp_path, "kiosk", live_server, "kiosk", clock)
    device = load_device(tmp_path / "kiosk")
    flaky = SyncClient(kiosk.store, device, clock, batch=3,
                       transport=FlakyTransport(["drop_response", "ok", "drop_request", "duplicate", "ok"]))
    _OPEN.append(flaky)
    taken = [kiosk.queue.take_ticket("HT").id for _ in range(10)]
    for _ in range(30):
        report = flaky.run_once()
        if report.ok and report.pending == 0:
            break
    assert report.pending == 0
    with live_server.db.sessions() as s:
        assert s.scalar(select(func.count()).select_from(ServerTicket)) == 10
        assert {t for (t,) in s.execute(select(ServerTicket.id))} == set(taken)
    with kiosk.store.read() as s:
        statuses = {st for (st,) in s.execute(select(OutboxOp.status))}
    assert statuses <= {"applied", "duplicate"}
    assert report.ok and report.offline_since is None


def test_offline_is_reported_and_recovered(live_server, tmp_path, clock):
    kiosk, sync = terminal(tmp_path, "kiosk", live_server, "kiosk", clock)
    kiosk.queue.take_ticket("HT")
    live_server.stop()  # the network is pulled
    report = sync.run_once()
    assert not report.ok and report.pending == 1 and report.offline_since
    kiosk.queue.take_ticket("HT")  # the kiosk keeps working
    assert sync.status().pending == 2


def test_a_revoked_terminal_stops_syncing_and_says_so(live_server, tmp_path, clock):
    from server.auth import list_devices, revoke

    kiosk, sync = terminal(tmp_path, "kiosk", live_server, "kiosk", clock)
    assert sync.run_once().ok
    device = next(d for d in list_devices(live_server.db) if d.role == "kiosk")
    revoke(live_server.db, device.id)
    kiosk.queue.take_ticket("HT")  # the kiosk keeps working (offline range)
    report = sync.run_once()
    assert not report.ok and "REVOKED" in report.error and report.pending >= 1
    assert "REVOKED" in sync.status().error


def test_the_centers_configuration_reaches_every_terminal(live_server, tmp_path, clock):
    from kiosk.config import load_config
    from server.centers import load_center

    kiosk, sync = terminal(tmp_path, "kiosk", live_server, "kiosk", clock)
    sync.run_once()
    home = kiosk.home
    assert (home / "center.toml").exists()  # the sample center, as the server has it
    # the province renames a service and closes another; the terminal's own settings stay its own
    own = (home / "config.toml").read_text(encoding="utf-8").replace('language = "vi"', 'language = "en"')
    (home / "config.toml").write_text(own, encoding="utf-8")
    center_text = own.replace('name = "Chứng thực"', 'name = "Chứng thực bản sao"').replace(
        'name_en = "Land"', 'name_en = "Land"\nopen = false')
    load_center(live_server.db, center_text.replace('language = "en"', 'language = "vi"'), "province")
    report = sync.run_once()
    assert report.ok and report.pulled >= 1
    config = load_config(home / "config.toml")
    assert config.service("CT").name == "Chứng thực bản sao" and not config.service("DD").open
    assert config.language == "en"  # [terminal] is this machine's, not the center's
    # a configuration the terminal cannot read is refused; the previous one stays
    load_center_raw = live_server.db
    with load_center_raw.session() as s:
        from sqlalchemy import select

        from server.models import Center, Change

        center = s.scalars(select(Center)).first()
        center.change_seq += 1
        s.add(Change(center_code=center.code, seq=center.change_seq, entity="center_config",
                     entity_id=center.code, body={"config_toml": "[center\\nbroken"}, at=clock()))
    assert sync.run_once().ok
    assert load_config(home / "config.toml").service("CT").name == "Chứng thực bản sao"


def test_a_service_closed_by_the_province_is_refused_before_the_kiosk_hears_of_it(live_server, tmp_path, clock):
    """The server says "closed": the kiosk refuses, it does not issue from its offline range."""
    import pytest

    from kiosk.errors import KioskError
    from kiosk.paths import resources_dir
    from server.centers import load_center

    kiosk, sync = terminal(tmp_path, "kiosk", live_server, "kiosk", clock)
    sync.run_once()
    text = (resources_dir() / "sample_center.toml").read_text(encoding="utf-8")
    load_center(live_server.db, text.replace('name_en = "Civil status"', 'name_en = "Civil status"\nopen = false'))
    with pytest.raises(KioskError) as refused:
        kiosk.queue.take_ticket("HT")
    assert "tạm ngừng" in refused.value.message("vi")
    assert kiosk.queue.waiting() == []
    assert sync.run_once().ok and kiosk.reload_config()  # the new configuration arrives and is taken up
    assert not kiosk.queue.config.service("HT").open
    assert kiosk.queue.take_ticket("CT").number == "B001"
