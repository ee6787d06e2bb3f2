"""SQLite connections set up the way a kiosk that must never lose a ticket needs them.

Every connection: ``busy_timeout``, ``journal_mode=WAL``, ``synchronous=FULL``,
``foreign_keys=ON``, ``secure_delete=ON`` (a value overwritten or deleted is zeroed in the file,
not left in a free page: personal data erased stays erased, even on a SQLite not built with it
on). Writes run in ``BEGIN IMMEDIATE`` transactions (the write lock is taken first, so two
processes allocating numbers serialise instead of failing half-way); reads use deferred
transactions and never block writers.

Personal data is encrypted in its columns (kiosk/store/crypto_types.py) with the keys of the
database's folder (``keys/data.key``: kiosk/security/crypto.py), attached to both engines.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DatabaseError, SQLAlchemyError, StatementError
from sqlalchemy.orm import Session, sessionmaker

from kiosk.errors import StoreError
from kiosk.security.crypto import KeyRing
from kiosk.store.crypto_types import attach_keyring

BUSY_TIMEOUT_MS = 5000


def _engine(path: Path, immediate: bool, extra_pragmas: dict[str, Any]) -> Engine:
    engine = create_engine(f"sqlite:///{path}", future=True)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA secure_delete=ON")
        for key, value in extra_pragmas.items():
            cur.execute(f"PRAGMA {key}={int(value)}")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def translate_error(exc: BaseException) -> StoreError:
    """Tell the operator what happened to the database, in words."""
    orig = getattr(exc, "orig", None)
    if isinstance(orig, StoreError):  # said already (a data key that cannot be used)
        return orig
    text = str(getattr(exc, "orig", exc) or exc).lower()
    if "locked" in text or "busy" in text:
        return StoreError("database_busy")
    if "full" in text or isinstance(exc, OSError) and getattr(exc, "errno", None) == 28:
        return StoreError("disk_full")
    return StoreError("database_error", detail=str(getattr(exc, "orig", exc))[:200])


class Store:
    """The local database file, its migrations, and its two kinds of transaction."""

    def __init__(self, path: Path, *, extra_pragmas: dict[str, Any] | None = None,
                 keys: KeyRing | None = None) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        pragmas = extra_pragmas or {}
        # the key beside the database (KIOSK_HOME/keys for the terminal's), made on first use
        self.keys = keys or KeyRing.for_database(self.path)
        self.write_engine = _engine(self.path, True, pragmas)
        self.read_engine = _engine(self.path, False, pragmas)
        attach_keyring(self.write_engine, self.keys)
        attach_keyring(self.read_engine, self.keys)
        self._write_sessions = sessionmaker(self.write_engine, expire_on_commit=False)
        self._read_sessions = sessionmaker(self.read_engine, expire_on_commit=False)

    def migrate(self) -> None:
        from kiosk.store.migrate import upgrade

        try:
            upgrade(self)
        except (DatabaseError, sqlite3.DatabaseError, OSError) as exc:
            raise translate_error(exc) from exc

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One ``BEGIN IMMEDIATE`` transaction: all of it is written, or none of it."""
        session = self._write_sessions()
        try:
            yield session
            session.commit()
        except SQLAlchemyError as exc:
            session.rollback()
            raise translate_error(exc) from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextmanager
    def read(self) -> Iterator[Session]:
        session = self._read_sessions()
        try:
            yield session
        except DatabaseError as exc:  # busy, or a damaged file: said in words, not a traceback
            raise translate_error(exc) from exc
        except StatementError as exc:  # a data key that cannot be used, said by crypto.py
            if isinstance(exc.orig, StoreError):
                raise exc.orig from None
            raise
        finally:
            # close() ends the read transaction and keeps loaded objects usable (detached);
            # rollback() would expire them
            session.close()

    def dispose(self) -> None:
        self.write_engine.dispose()
        self.read_engine.dispose()
