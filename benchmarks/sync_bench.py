"""Benchmarks of the central server (not tests): push throughput, number allocation under load.

Runs a real server (uvicorn, loopback) on real PostgreSQL (a database created and dropped here;
KIOSK_TEST_PG as in the tests), or on SQLite with BENCH_DB=sqlite.
Targets (issue 3): push >= 5,000 ops/s, allocation >= 500 tickets/s with 20 clients.
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.run import pct, print_table  # noqa: E402

N_OPS = int(os.environ.get("BENCH_OPS", "50000"))
N_ALLOC = int(os.environ.get("BENCH_ALLOC", "4000"))
PG_ADMIN = os.environ.get("KIOSK_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")


def make_db() -> tuple[str, object]:
    if os.environ.get("BENCH_DB") == "sqlite":
        return f"sqlite:///{tempfile.mkdtemp()}/bench.db", lambda: None
    import psycopg

    name = f"kiosk_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')

    def drop() -> None:
        with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    base = PG_ADMIN.rsplit("/", 1)[0].replace("postgresql://", "postgresql+psycopg://")
    return f"{base}/{name}", drop


def ticket_op(i: int, device_center: str, day: str) -> dict:
    now = dt.datetime(2026, 11, 24, 1, 0, tzinfo=dt.UTC) + dt.timedelta(seconds=i)
    tid = str(uuid.uuid4())
    # the six services of the sample center; each day's numbers go up per service
    service = ["HT", "CT", "DD", "DKKD", "XD", "DT"][i % 6]
    snap = {"id": tid, "center_code": device_center, "service_code": service, "queue_service": service,
            "local_day": day, "number": i // 6 + 1, "label": f"{service}{i // 6 + 1:05d}", "priority": None, "status": "waiting",
            "issued_at": now.isoformat(), "queued_at": now.isoformat(), "called_at": None, "finished_at": None,
            "counter_number": None, "target_counter": None, "officer_code": None, "recall_count": 0,
            "terminal": "bench", "version": 1}
    return {"id": str(uuid.uuid4()), "entity": "ticket", "entity_id": tid, "op": "issue", "payload": {"ticket": snap}}


def ticket_life(i: int, center: str, day: str) -> list[dict]:
    """A ticket's three ops as a kiosk and a counter push them: issued, called, finished."""
    issue = ticket_op(i, center, day)
    snap = issue["payload"]["ticket"]
    ops = [issue]
    for version, (kind, status) in enumerate((("call", "serving"), ("finish", "done")), start=2):
        at = (dt.datetime.fromisoformat(snap["issued_at"]) + dt.timedelta(minutes=5 * version)).isoformat()
        snap = dict(snap, status=status, version=version, counter_number=1,
                    called_at=snap["called_at"] or at, finished_at=at if kind == "finish" else None)
        event = str(uuid.uuid4())
        ops.append({"id": str(uuid.uuid4()), "entity": "ticket_event", "entity_id": event, "op": kind,
                    "payload": {"ticket": snap, "kind": kind, "at": at, "counter": 1, "officer": "cb01",
                                "detail": {}}})
    return ops


def call_to_board(url: str, db) -> tuple[str, str, str, str]:  # type: ignore[no-untyped-def]
    """A counter calls; how long until the board's own database shows the call (event stream)."""
    from kiosk.config import load_config
    from kiosk.sync.client import SyncClient, enroll
    from kiosk.wiring import build_context
    from server.auth import new_enrolment_code

    root = Path(tempfile.mkdtemp(prefix="bench-terminals-"))
    ctxs = {}
    for role in ("kiosk", "counter", "display"):
        home = root / role
        home.mkdir()
        os.environ["KIOSK_HOME"] = str(home)
        device = enroll(home, url, new_enrolment_code(db, "MAU-01", role), role)
        ctx = build_context(home, config=load_config())
        ctxs[role] = (ctx, SyncClient(ctx.store, device))
    kiosk, sync_k = ctxs["kiosk"]
    counter, sync_c = ctxs["counter"]
    board, sync_b = ctxs["display"]
    n = int(os.environ.get("BENCH_CALLS", "100"))
    for i in range(n):
        kiosk.queue.take_ticket(["HT", "CT"][i % 2])
    sync_k.run_once()
    sync_c.run_once()
    stop = threading.Event()
    listener = threading.Thread(target=sync_b.listen, kwargs={"stop": stop.is_set, "read_timeout": 2.0})
    listener.start()
    time.sleep(0.5)
    latencies = []
    seen = board.queue.last_event_seq()
    for _ in range(n):
        t0 = time.perf_counter()
        called = counter.queue.call_next(1)
        if called is None:
            break
        while True:
            calls = board.queue.recent_calls(after_seq=seen)
            if calls:
                seen = calls[0].seq
                break
            time.sleep(0.002)
        latencies.append((time.perf_counter() - t0) * 1000)
    stop.set()
    listener.join(10)
    for ctx, client in ctxs.values():
        client.close()
        ctx.close()
    return ("call at a counter → on the board's database", f"p50 {statistics.median(latencies):.0f} ms",
            "p99 < 300 ms", f"p99 {pct(latencies, 99):.0f} ms over {len(latencies)} calls (claim, event "
                            "stream, local apply; the board's screen reads its database every 150 ms)")


def main() -> int:
    os.environ.setdefault("KIOSK_HOME", tempfile.mkdtemp(prefix="bench-server-"))
    import subprocess

    from server.auth import enrol, new_enrolment_code
    from server.cli import open_db
    from tests.server.conftest import free_port

    url, drop = make_db()
    db = open_db(url)
    port = free_port()
    # the server in its own process, as in production (the clients here would share its GIL)
    workers = os.environ.get("BENCH_WORKERS", "1")
    proc = subprocess.Popen([sys.executable, "-m", "server", "run", "--db", url, "--port", str(port),
                             "--workers", workers],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    class _Server:
        url = f"http://127.0.0.1:{port}"

        def stop(self) -> None:
            proc.terminate()
            proc.wait(10)

    server = _Server()
    for _ in range(200):
        try:
            httpx.get(f"{server.url}/v1/health", timeout=1)
            break
        except httpx.HTTPError:
            time.sleep(0.05)
    rows: list[tuple[str, str, str, str]] = []
    try:
        _, token = enrol(db, new_enrolment_code(db, "MAU-01", "kiosk"))
        headers = {"Authorization": f"Bearer {token}"}
        with httpx.Client(base_url=server.url, headers=headers, timeout=60) as client:
            done = 0
            for batch in (100, 500, 1000):
                n = N_OPS // 3
                ops = [ticket_op(done + i, "MAU-01", "2026-11-24") for i in range(n)]
                latencies = []
                t0 = time.perf_counter()
                for k in range(0, n, batch):
                    b0 = time.perf_counter()
                    r = client.post("/v1/push", json={"ops": ops[k:k + batch]})
                    r.raise_for_status()
                    latencies.append((time.perf_counter() - b0) * 1000)
                elapsed = time.perf_counter() - t0
                done += n
                rows.append((f"push, batches of {batch}", f"{n / elapsed:,.0f} ops/s",
                             ">= 5,000 ops/s", f"{n:,} ops, p99 batch {pct(latencies, 99):.0f} ms"))

            # a day's real mix: each ticket issued, called and finished (updates, events, feed)
            n = N_OPS // 3
            ops = [op for i in range(n // 3) for op in ticket_life(i, "MAU-01", "2026-11-26")]
            latencies = []
            t0 = time.perf_counter()
            for k in range(0, len(ops), 500):
                b0 = time.perf_counter()
                client.post("/v1/push", json={"ops": ops[k:k + 500]}).raise_for_status()
                latencies.append((time.perf_counter() - b0) * 1000)
            elapsed = time.perf_counter() - t0
            rows.append(("push, batches of 500, issue + call + finish", f"{len(ops) / elapsed:,.0f} ops/s",
                         ">= 5,000 ops/s", f"{len(ops):,} ops, p99 batch {pct(latencies, 99):.0f} ms"))

        day = "2026-11-25"
        per_client = N_ALLOC // 20
        latencies: list[float] = []
        lock = threading.Lock()
        numbers: list[tuple[str, int]] = []

        services = ["HT", "CT", "DD", "DKKD", "XD", "DT"]  # the sample center's six lines

        def allocate(i: int) -> None:
            with httpx.Client(base_url=server.url, headers=headers, timeout=60) as c:
                for _ in range(per_client):
                    a0 = time.perf_counter()
                    r = c.post("/v1/allocate", json={"service": services[i % 6], "local_day": day})
                    if r.status_code != 200:
                        raise RuntimeError(f"allocate answered {r.status_code}: {r.text}")
                    with lock:
                        latencies.append((time.perf_counter() - a0) * 1000)
                        numbers.append((services[i % 6], r.json()["number"]))

        threads = [threading.Thread(target=allocate, args=(i,)) for i in range(20)]
        t0 = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        elapsed = time.perf_counter() - t0
        unique = len(set(numbers)) == len(numbers)
        rows.append(("ticket numbers, 20 concurrent clients", f"{len(numbers) / elapsed:,.0f} tickets/s",
                     ">= 500 tickets/s", f"{len(numbers)} numbers, p99 {pct(latencies, 99):.0f} ms, "
                     f"p50 {statistics.median(latencies):.0f} ms, all distinct: {unique}"))

        rows.append(call_to_board(server.url, db))
    finally:
        server.stop()
        db.dispose()  # type: ignore[attr-defined]
        drop()  # type: ignore[operator]
    backend = "SQLite" if url.startswith("sqlite") else "PostgreSQL"
    print_table(f"Server on {backend}, uvicorn {workers} worker(s), loopback, clients on the same 2 cores; "
                f"{time.strftime('%Y-%m-%d')}", rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
