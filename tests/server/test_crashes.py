"""Processes killed at the worst moment: the server mid-push, a terminal mid-sync (kill -9)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func, select

from kiosk.config import load_config
from kiosk.store.models import OutboxOp
from kiosk.sync.client import SyncClient, enroll
from kiosk.wiring import build_context
from server.auth import new_enrolment_code
from server.cli import open_db
from server.models import AppliedOp, ServerTicket
from tests.server.conftest import free_port

pytestmark = pytest.mark.slow


_STARTED: list[ServerProcess] = []


@pytest.fixture(autouse=True)
def _no_server_outlives_its_test():  # type: ignore[no-untyped-def]
    """A failed test leaves no server running (its ResourceWarning would fail a later test)."""
    yield
    while _STARTED:
        server = _STARTED.pop()
        if server.proc is not None and server.proc.poll() is None:
            server.kill()


class ServerProcess:
    def __init__(self, url: str, home: Path) -> None:
        self.url, self.home = url, home
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> ServerProcess:
        env = {**os.environ, "KIOSK_HOME": str(self.home)}
        self.proc = subprocess.Popen([sys.executable, "-m", "server", "run", "--db", self.url,
                                      "--port", str(self.port)], env=env,
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _STARTED.append(self)
        deadline = time.monotonic() + 60  # a generous start: other test workers load the machine
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"server exited with {self.proc.returncode} before answering")
            try:
                httpx.get(f"{self.base}/v1/health", timeout=0.5)
                return self
            except httpx.HTTPError:
                time.sleep(0.05)
        raise RuntimeError("server did not start")

    def kill(self) -> None:
        assert self.proc is not None
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(10)


def _kiosk_with_tickets(tmp_path: Path, server: ServerProcess, db, n: int):  # type: ignore[no-untyped-def]
    home = tmp_path / "kiosk"
    home.mkdir()
    os.environ["KIOSK_HOME"] = str(home)
    os.environ["KIOSK_STANDALONE"] = "1"  # issue locally first: a backlog waiting to be pushed
    try:
        ctx = build_context(home, config=load_config())
        for i in range(n):
            ctx.queue.take_ticket(["HT", "CT", "DD"][i % 3])
    finally:
        del os.environ["KIOSK_STANDALONE"]
    device = enroll(home, server.base, new_enrolment_code(db, "MAU-01", "kiosk"), "kiosk")
    return home, ctx, device


def _server_counts(db) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    with db.sessions() as s:
        return (s.scalar(select(func.count()).select_from(ServerTicket)) or 0,
                s.scalar(select(func.count()).select_from(AppliedOp)) or 0)


def test_server_killed_mid_push_then_everything_applied_once(server_db_url, tmp_path):
    db = open_db(server_db_url)
    server = ServerProcess(server_db_url, tmp_path / "srv").start()
    home, ctx, device = _kiosk_with_tickets(tmp_path, server, db, 600)
    with ctx.store.read() as s:
        ops = s.scalar(select(func.count()).select_from(OutboxOp))
    client = SyncClient(ctx.store, device, batch=10)
    first: list = []
    pushing = threading.Thread(target=lambda: first.append(client.run_once()))
    pushing.start()
    deadline = time.monotonic() + 60  # some batches in, however loaded the machine
    while _server_counts(db)[0] < 100 and pushing.is_alive() and time.monotonic() < deadline:
        time.sleep(0.01)
    server.kill()  # mid-push: some batches committed, one maybe committed without an answer
    pushing.join(30)
    assert not first[0].ok and 0 < _server_counts(db)[0] < 600  # it really died half-way
    server.start()
    for _ in range(20):
        report = client.run_once()
        if report.ok and report.pending == 0:
            break
    client.close()
    assert report.ok and report.pending == 0
    assert _server_counts(db) == (600, ops)
    ctx.close()
    server.kill()
    db.dispose()


def test_terminal_killed_mid_sync_then_resumes_without_doubles(server_db_url, tmp_path):
    db = open_db(server_db_url)
    server = ServerProcess(server_db_url, tmp_path / "srv").start()
    home, ctx, device = _kiosk_with_tickets(tmp_path, server, db, 600)
    with ctx.store.read() as s:
        ops = s.scalar(select(func.count()).select_from(OutboxOp))
    env = {**os.environ, "KIOSK_HOME": str(home)}
    proc = subprocess.Popen([sys.executable, "-m", "kiosk", "sync", "--interval", "0.05", "--batch", "5"],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while _server_counts(db)[0] < 100 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)  # the terminal dies wherever it is
    proc.wait(10)
    assert 0 < _server_counts(db)[0] < 600  # it really died half-way
    again = subprocess.run([sys.executable, "-m", "kiosk", "sync", "--once", "--json"], env=env,
                           capture_output=True, text=True, timeout=120)
    assert again.returncode == 0, again.stderr
    assert _server_counts(db) == (600, ops)
    with ctx.store.read() as s:
        statuses = {st for (st,) in s.execute(select(OutboxOp.status))}
    assert statuses <= {"applied", "duplicate"}
    ctx.close()
    server.kill()
    db.dispose()
