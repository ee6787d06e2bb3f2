"""Alembic migrations, run at start only when the database is behind.

Importing Alembic costs a few hundred milliseconds; a terminal that starts many times a day
checks the stored revision with plain SQL first and skips Alembic when it is already at head.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kiosk.store.db import Store

MIGRATIONS = Path(__file__).resolve().parent.parent / "migrations"
# The newest revision in kiosk/migrations/versions (a test keeps this in step).
HEAD = "0005"


def current_revision(path: Path) -> str | None:
    if not path.exists():
        return None
    conn = sqlite3.connect(path, timeout=5)
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.OperationalError:
        return None
    finally:
        conn.close()
    return row[0] if row else None


def alembic_config(store: Store):  # type: ignore[no-untyped-def]
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["engine"] = store.write_engine
    return cfg


def upgrade(store: Store, revision: str = "head") -> None:
    if revision == "head" and current_revision(store.path) == HEAD:
        return
    from alembic import command

    if store.path.exists() and store.path.stat().st_size > 0 and current_revision(store.path):
        _backup(store.path)
    command.upgrade(alembic_config(store), revision)


def _backup(path: Path) -> None:
    """Copy the database before changing its schema (Vorta does the same)."""
    backup = path.with_suffix(path.suffix + ".pre-migration")
    src = sqlite3.connect(path)
    dst = sqlite3.connect(backup)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
