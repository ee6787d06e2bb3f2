"""The shared queue: server numbers when online, each kiosk's own range offline, calls claimed."""

from __future__ import annotations

import threading
import time

from sqlalchemy import func, select

from server.models import ServerTicket
from tests.server.conftest import terminal


def test_online_kiosks_share_one_number_series(live_server, tmp_path, clock):
    a, _ = terminal(tmp_path, "kiosk-a", live_server, "kiosk", clock)
    b, _ = terminal(tmp_path, "kiosk-b", live_server, "kiosk", clock, offline_range=(950, 999))
    numbers = [a.queue.take_ticket("HT").number, b.queue.take_ticket("HT").number,
               a.queue.take_ticket("HT").number, b.queue.take_ticket("CT").number]
    assert numbers == ["A001", "A002", "A003", "B001"]  # no sync in between: the server allocated


def test_offline_kiosks_issue_from_their_own_ranges_and_everything_merges(live_server, tmp_path, clock):
    a, sync_a = terminal(tmp_path, "kiosk-a", live_server, "kiosk", clock, offline_range=(900, 949))
    b, sync_b = terminal(tmp_path, "kiosk-b", live_server, "kiosk", clock, offline_range=(950, 999))
    counter, sync_c = terminal(tmp_path, "counter", live_server, "counter", clock)
    a.queue.take_ticket("HT")  # A001, online
    live_server.stop()  # the network is down for both kiosks
    clock.advance(minutes=1)
    offline = [a.queue.take_ticket("HT").number, b.queue.take_ticket("HT").number,
               a.queue.take_ticket("HT").number, b.queue.take_ticket("HT").number]
    assert offline == ["A900", "A950", "A901", "A951"]
    assert not sync_a.run_once().ok
    live_server.restart()
    clock.advance(minutes=1)
    assert b.queue.take_ticket("HT").number == "A002"  # online again: the server's series goes on
    for sync in (sync_a, sync_b, sync_a, sync_b, sync_c):
        report = sync.run_once()
        assert report.ok and report.rejected == 0
    with live_server.db.sessions() as s:
        labels = sorted(label for (label,) in s.execute(select(ServerTicket.label)))
    assert labels == ["A001", "A002", "A900", "A901", "A950", "A951"]
    # the counter sees every ticket, in the order they were taken (not by number)
    assert [e.ticket.number for e in counter.queue.waiting(1)] == ["A001", "A900", "A950", "A901", "A951", "A002"]


def test_two_counters_calling_at_once_never_call_the_same_ticket(live_server, tmp_path, clock):
    kiosk, sync_k = terminal(tmp_path, "kiosk", live_server, "kiosk", clock)
    c1, sync_1 = terminal(tmp_path, "counter-1", live_server, "counter", clock)
    c2, sync_2 = terminal(tmp_path, "counter-2", live_server, "counter", clock)
    for _ in range(12):
        kiosk.queue.take_ticket("HT")
    sync_k.run_once()
    sync_1.run_once()
    sync_2.run_once()
    called: dict[int, list[str]] = {1: [], 2: []}
    start = threading.Barrier(2)

    def serve(ctx, counter: int) -> None:  # type: ignore[no-untyped-def]
        start.wait()
        while (t := ctx.queue.call_next(counter)) is not None:
            called[counter].append(t.id)
            time.sleep(0.01)  # the officer greets the citizen; the other counter calls meanwhile

    threads = [threading.Thread(target=serve, args=(c1, 1)), threading.Thread(target=serve, args=(c2, 2))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    everyone = called[1] + called[2]
    assert len(everyone) == 12 and len(set(everyone)) == 12  # each ticket called exactly once
    assert called[1] and called[2]  # both counters worked
    for sync in (sync_1, sync_2, sync_k):
        assert sync.run_once().ok
    with live_server.db.sessions() as s:
        serving_or_done = s.scalar(select(func.count()).select_from(ServerTicket)
                                   .where(ServerTicket.status.in_(("serving", "done"))))
    assert serving_or_done == 12


def test_a_kiosk_whose_clock_is_ten_minutes_late_does_not_jump_the_queue(live_server, tmp_path, clock):
    import datetime as dt

    class LateClock:  # this kiosk's hardware clock runs ten minutes behind
        def __call__(self):  # type: ignore[no-untyped-def]
            return clock() - dt.timedelta(minutes=10)

    a, sync_a = terminal(tmp_path, "kiosk-a", live_server, "kiosk", clock, offline_range=(900, 949))
    b, sync_b = terminal(tmp_path, "kiosk-b", live_server, "kiosk", LateClock(), offline_range=(950, 999))
    counter, sync_c = terminal(tmp_path, "counter", live_server, "counter", clock)
    order = []
    order.append(a.queue.take_ticket("HT").number)
    clock.advance(minutes=1)
    order.append(b.queue.take_ticket("HT").number)  # its own clock says 10 minutes earlier
    clock.advance(minutes=1)
    order.append(a.queue.take_ticket("HT").number)
    live_server.stop()
    clock.advance(minutes=1)
    order.append(b.queue.take_ticket("HT").number)  # offline: its clock, corrected by what it learned
    clock.advance(minutes=1)
    order.append(a.queue.take_ticket("HT").number)
    live_server.restart()
    for sync in (sync_a, sync_b, sync_c):
        assert sync.run_once().ok
    assert order == ["A001", "A002", "A003", "A950", "A900"]
    assert [e.ticket.number for e in counter.queue.waiting(1)] == order


def test_a_call_reaches_the_board_through_the_event_stream(live_server, tmp_path, clock):
    kiosk, sync_k = terminal(tmp_path, "kiosk", live_server, "kiosk", clock)
    counter, sync_c = terminal(tmp_path, "counter", live_server, "counter", clock)
    board, sync_b = terminal(tmp_path, "board", live_server, "display", clock)
    kiosk.queue.take_ticket("HT")
    sync_k.run_once()
    sync_c.run_once()
    stop = threading.Event()
    listening = threading.Thread(target=sync_b.listen, kwargs={"stop": stop.is_set, "read_timeout": 2.0})
    listening.start()
    try:
        time.sleep(0.3)  # the stream is open; the board has not pulled anything itself
        called = counter.queue.call_next(1)  # claimed at the server, the call recorded there at once
        deadline = time.monotonic() + 5
        while not board.queue.recent_calls() and time.monotonic() < deadline:
            time.sleep(0.02)
        calls = board.queue.recent_calls()
        assert [(c.number, c.counter) for c in calls] == [(called.number, 1)]
        # the counter's own op for the same call, pushed later, is not a second call
        sync_c.run_once()
        time.sleep(0.3)
        assert len(board.queue.recent_calls()) == 1
    finally:
        stop.set()
        listening.join(10)


def test_a_call_on_one_replica_reaches_a_board_on_another(live_server, tmp_path, clock, server_db_url,
                                                          monkeypatch):
    """Two server processes on one PostgreSQL: LISTEN/NOTIFY wakes the other one's streams."""
    import pytest

    if not server_db_url.startswith("postgresql"):
        pytest.skip("replicas share a PostgreSQL database (the SQLite server is one process)")
    import server.app as server_app
    from tests.server.test_crashes import ServerProcess

    monkeypatch.setattr(server_app, "FEED_POLL", 60.0)  # without a notification nothing would come
    from kiosk.timeutil import utc_now

    clock.now = utc_now()  # the other replica runs on the real clock
    stop = threading.Event()
    listening = threading.Thread(target=lambda: None)
    listening.start()
    replica = ServerProcess(server_db_url, tmp_path / "replica").start()
    try:
        kiosk, sync_k = terminal(tmp_path, "kiosk", live_server, "kiosk", clock)
        board, sync_b = terminal(tmp_path, "board", live_server, "display", clock)
        counter, sync_c = terminal(tmp_path, "counter", live_server, "counter", clock)
        kiosk.queue.take_ticket("HT")
        sync_k.run_once()
        sync_c.run_once()
        # the counter talks to the other replica
        from kiosk.sync.online import OnlineLink

        device = sync_c.device.__class__(replica.base, sync_c.device.device_id, sync_c.device.center,
                                         sync_c.device.role, sync_c.device.token)
        counter.queue.coordinator.close()
        counter.queue.coordinator = OnlineLink(device, clock=clock)
        listening = threading.Thread(target=sync_b.listen, kwargs={"stop": stop.is_set, "read_timeout": 30.0})
        listening.start()
        time.sleep(0.5)
        called = counter.queue.call_next(1)
        deadline = time.monotonic() + 10
        while not board.queue.recent_calls() and time.monotonic() < deadline:
            time.sleep(0.02)
        assert [c.number for c in board.queue.recent_calls()] == [called.number]
    finally:
        stop.set()
        sync_b.http.close()  # the board hangs up (its stream would otherwise wait 30 s)
        listening.join(10)
        counter.queue.coordinator.close()
        replica.kill()


def test_the_first_numbers_of_a_day_asked_at_once_are_all_given(live_server):
    """Kiosks opening at 7:30 all ask for the day's first number at the same moment."""
    import httpx

    from server.auth import enrol, new_enrolment_code

    _, token = enrol(live_server.db, new_enrolment_code(live_server.db, "MAU-01", "kiosk"))
    headers = {"Authorization": f"Bearer {token}"}
    answers: list[tuple[int, object]] = []
    lock = threading.Lock()
    for day in range(1, 9):
        start = threading.Barrier(8)

        def ask(day: int = day, start: threading.Barrier = start) -> None:
            with httpx.Client(base_url=live_server.url, headers=headers, timeout=30) as c:
                start.wait()
                r = c.post("/v1/allocate", json={"service": "HT", "local_day": f"2026-12-{day:02d}"})
                with lock:
                    answers.append((r.status_code, r.json().get("number", r.text)))

        threads = [threading.Thread(target=ask) for _ in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert [a for a in answers if a[0] != 200] == []
    assert sorted(n for _, n in answers) == sorted(list(range(1, 9)) * 8)


def test_the_server_stops_below_the_offline_ranges_and_says_so(live_server):
    import httpx

    from kiosk.paths import resources_dir
    from server.auth import enrol, new_enrolment_code
    from server.centers import load_center

    text = (resources_dir() / "sample_center.toml").read_text(encoding="utf-8")
    load_center(live_server.db, text.replace("offline_from = 900", "offline_from = 4")
                .replace("offline_range = [900, 999]", "offline_range = [4, 999]"))
    _, token = enrol(live_server.db, new_enrolment_code(live_server.db, "MAU-01", "kiosk"))
    with httpx.Client(base_url=live_server.url, headers={"Authorization": f"Bearer {token}"}) as c:
        def ask(day: str) -> httpx.Response:
            return c.post("/v1/allocate", json={"service": "HT", "local_day": day})

        assert [ask("2026-12-01").json()["number"] for _ in range(3)] == [1, 2, 3]
        refused = ask("2026-12-01")
        assert refused.status_code == 409 and "range exhausted" in refused.json()["detail"]
        assert ask("2026-12-02").json()["label"] == "A001"  # a new day starts again at the first number
        assert c.post("/v1/allocate", json={"service": "ZZ", "local_day": "2026-12-01"}).status_code == 404
