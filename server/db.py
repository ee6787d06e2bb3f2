"""Server database: PostgreSQL by URL (psycopg 3), or a SQLite file for a one-machine center."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from kiosk.timeutil import Clock, utc_now

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def make_engine(url: str, immediate: bool = True) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 30})

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
            dbapi_conn.isolation_level = None
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA busy_timeout=30000")
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=FULL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.close()

        @event.listens_for(engine, "begin")
        def _on_begin(conn: Any) -> None:
            # writes take the lock first; reads never wait for it (and never hold it)
            conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

        return engine
    # no pre-ping (a round trip per request): a connection broken by a database restart fails one
    # request, SQLAlchemy then discards the whole pool, and terminals retry
    # plans made for the actual values: psycopg prepares a statement after a few runs, and
    # PostgreSQL's generic plan for "= ANY(:array)", chosen while a table was still small,
    # scanned the whole tickets table once it had grown (70 ms per batch instead of 1)
    return create_engine(url, pool_size=10, max_overflow=20, pool_recycle=3600,
                         connect_args={"options": "-c plan_cache_mode=force_custom_plan"})


class ServerDB:
    def __init__(self, url: str) -> None:
        self.url = url
        # the center's one clock (tests set their own); terminals align their timestamps on it
        self.clock: Clock = utc_now
        self.engine = make_engine(url)
        self.read_engine = make_engine(url, immediate=False) if url.startswith("sqlite") else self.engine
        self._write_sessions = sessionmaker(self.engine, expire_on_commit=False)
        # for reading: on SQLite a deferred transaction that never blocks or holds the write lock
        self.sessions = sessionmaker(self.read_engine, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back on any error."""
        with self._write_sessions() as s, s.begin():
            yield s

    @contextmanager
    def autocommit(self) -> Iterator[Connection]:
        """A connection whose every statement is its own transaction (one round trip, no BEGIN).

        On SQLite (one process, no network) a plain write transaction does the same job.
        """
        if self.engine.dialect.name == "sqlite":
            with self.engine.begin() as conn:
                yield conn
            return
        with self.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            yield conn

    def migrate(self) -> None:
        from alembic import command
        from alembic.config import Config

        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS))
        cfg.attributes["engine"] = self.engine
        command.upgrade(cfg, "head")

    def dispose(self) -> None:
        self.engine.dispose()
        self.read_engine.dispose()
