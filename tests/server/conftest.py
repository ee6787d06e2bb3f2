"""A real central server on a free loopback port, on SQLite and on real PostgreSQL.

PostgreSQL: 127.0.0.1:5432 (trust auth), a fresh database per test, dropped afterwards. A machine
without PostgreSQL skips only those variants and says why; KIOSK_REQUIRE_PG=1 (set by CI) turns
that skip into a failure.
"""

from __future__ import annotations

import os
import socket
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

PG_ADMIN = os.environ.get("KIOSK_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")


def _pg_available() -> str | None:
    try:
        import psycopg

        with psycopg.connect(PG_ADMIN, connect_timeout=3):
            return None
    except Exception as exc:  # no server, no driver: say which
        return f"PostgreSQL not reachable at {PG_ADMIN}: {exc}"


@contextmanager
def database_url(kind: str, folder: Path, prefix: str = "kiosk_test") -> Iterator[str]:
    """A fresh server database: SQLite in ``folder``, or a PostgreSQL database made for the
    block and dropped after it (skipped, with the reason, where there is none; a failure with
    KIOSK_REQUIRE_PG=1)."""
    if kind == "sqlite":
        yield f"sqlite:///{folder / 'server.db'}"
        return
    why = _pg_available()
    if why:
        if os.environ.get("KIOSK_REQUIRE_PG") == "1":
            pytest.fail(why + " (KIOSK_REQUIRE_PG=1)")
        pytest.skip(why)
    import psycopg

    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    base = PG_ADMIN.rsplit("/", 1)[0].replace("postgresql://", "postgresql+psycopg://")
    try:
        yield f"{base}/{name}"
    finally:
        with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", "postgresql"])
def server_db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    with database_url(request.param, tmp_path) as url:
        yield url


@pytest.fixture
def server_db(server_db_url: str, home: Path, clock):  # type: ignore[no-untyped-def]
    from server.cli import open_db

    db = open_db(server_db_url)
    db.clock = clock  # one moving clock for the server and the terminals of a test
    yield db
    db.dispose()


_RESERVED: list[socket.socket] = []


def free_port() -> int:
    """A loopback port that stays this test's until it ends, even across a server's restart.

    A socket bound with SO_REUSEADDR but never listening holds the port: the kernel hands it to
    no other bind(0) or outgoing connection (another pytest-xdist worker, another test run on the
    machine), a connection to it is refused as to a closed port, and a server here (uvicorn and
    asyncio set SO_REUSEADDR too) can still listen on it, stop, and listen again. Released
    after the test (``_release_ports``, and ``live_server`` for tests elsewhere that import it).
    """
    s = socket.socket()
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind(("127.0.0.1", 0))
    _RESERVED.append(s)
    return int(s.getsockname()[1])


def release_ports() -> None:
    while _RESERVED:
        _RESERVED.pop().close()


@pytest.fixture(autouse=True)
def _release_ports() -> Iterator[None]:
    yield
    release_ports()


class LiveServer:
    def __init__(self, db, port: int | None = None) -> None:  # type: ignore[no-untyped-def]
        self.db = db
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self._make()

    def _make(self) -> None:
        import uvicorn

        from server.app import create_app

        self.app = create_app(self.db)
        config = uvicorn.Config(self.app, host="127.0.0.1", port=self.port, log_level="warning")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def restart(self) -> LiveServer:
        """The server comes back on the same address (after a crash or a network cut)."""
        self._make()
        return self.start()

    def start(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("server did not start")
            time.sleep(0.02)
        return self

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(10)
        if self.app.state.stop_listening is not None:
            self.app.state.stop_listening.set()


@pytest.fixture
def live_server(server_db) -> Iterator[LiveServer]:
    server = LiveServer(server_db).start()
    yield server
    server.stop()
    release_ports()


_OPEN: list = []


@pytest.fixture(autouse=True)
def _close_terminals():
    yield
    while _OPEN:
        _OPEN.pop().close()


def terminal(root: Path, name: str, live_server, role: str, clock, offline_range=None):  # type: ignore[no-untyped-def]
    """A terminal with its own KIOSK_HOME, enrolled with the live server (and online link)."""
    from kiosk.config import load_config
    from kiosk.sync.client import SyncClient, enroll
    from kiosk.wiring import build_context
    from server.auth import new_enrolment_code

    home = root / name
    home.mkdir()
    os.environ["KIOSK_HOME"] = str(home)
    config = load_config()
    if offline_range is not None:
        text = config.path.read_text(encoding="utf-8").replace(
            "offline_range = [900, 999]", f"offline_range = [{offline_range[0]}, {offline_range[1]}]")
        config.path.write_text(text, encoding="utf-8")
        config = load_config()
    code = new_enrolment_code(live_server.db, "MAU-01", role)
    device = enroll(home, live_server.url, code, name)
    ctx = build_context(home, clock=clock, config=config)
    client = SyncClient(ctx.store, device, clock)
    _OPEN.extend([ctx, client])
    return ctx, client
