"""Alembic migrations, run at start only when the database is behind.

Importing Alembic costs a few hundred milliseconds; a terminal that starts many times a day
checks the stored revision with plain SQL first and skips Alembic when it is already at head.

Before migrating, the database is copied to ``kiosk.db.pre-migration`` (Vorta does the same). The
upgrade that encrypts personal data (0007) leaves no plain copy behind once it has succeeded: the
database is VACUUMed and its WAL checkpointed and truncated; the copy, taken of the plain-text
database, has its personal values encrypted in place the same way (journal in memory, then
VACUUM), so it stays a copy to restore (the next start migrates it again) without holding them in
clear. A copy that cannot be encrypted is overwritten and deleted.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.errors import KioskError

if TYPE_CHECKING:
    from kiosk.store.db import Store

MIGRATIONS = Path(__file__).resolve().parent.parent / "migrations"
# The newest revision in kiosk/migrations/versions (a test keeps this in step).
HEAD = "0007"
# the revision that encrypts personal data at rest (the copy taken before it is encrypted too)
ENCRYPTED_AT = "0007"

log = logging.getLogger(__name__)


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

    before = current_revision(store.path)
    backup: Path | None = None
    if store.path.exists() and store.path.stat().st_size > 0 and before:
        backup = _backup(store.path)
    command.upgrade(alembic_config(store), revision)
    after = current_revision(store.path)
    if before is not None and after is not None and before < ENCRYPTED_AT <= after:
        _leave_no_plain_copy(store, backup)


def _leave_no_plain_copy(store: Store, backup: Path | None) -> None:
    """After the values were encrypted in place: no old page left in the file or its WAL, and
    the copy taken of the plain-text database encrypted as well."""
    store.write_engine.dispose()
    store.read_engine.dispose()
    conn = sqlite3.connect(store.path, isolation_level=None, timeout=30)
    try:
        conn.execute("PRAGMA secure_delete=ON")
        conn.execute("VACUUM")
        busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        if busy:
            log.warning("the WAL of %s could not be truncated now (another connection reads); the "
                        "nightly housekeeping does it", store.path)
    except sqlite3.Error as exc:  # the values are encrypted; only this clean-up waits for later
        log.warning("VACUUM after encrypting the personal data failed (%s); the nightly housekeeping "
                    "VACUUMs when it is worthwhile", exc)
    finally:
        conn.close()
    if backup is not None:
        _seal_backup(backup, store)
    log.info("personal data encrypted at rest, in the database and its copy %s", backup,
             extra={"event": "personal_data_encrypted"})


def _seal_backup(backup: Path, store: Store) -> None:
    """The copy taken before migrating, with its personal values encrypted (or deleted)."""
    from kiosk.store.crypto_types import seal_plain_values

    try:
        conn = sqlite3.connect(backup, isolation_level=None, timeout=30)
        try:
            # no journal file on disk for this rewrite: it would hold the plain pages
            conn.execute("PRAGMA journal_mode=MEMORY")
            conn.execute("PRAGMA secure_delete=ON")
            conn.execute("BEGIN IMMEDIATE")
            try:
                seal_plain_values(conn, store.keys)
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("VACUUM")
        finally:
            conn.close()
    except (sqlite3.Error, OSError, ValueError, KioskError) as exc:
        log.warning("the pre-migration copy %s could not be encrypted (%s): deleting it", backup, exc)
        _discard(backup)


def _discard(path: Path) -> None:
    """Overwrite ``path`` with zeros, then delete it (on a disk that writes in place the old
    bytes are gone; an SSD may keep them in blocks it remapped: docs/security.md)."""
    try:
        size = path.stat().st_size
        with open(path, "r+b") as fh:
            chunk = b"\0" * (1 << 20)
            left = size
            while left > 0:
                left -= fh.write(chunk[:min(left, len(chunk))])
            fh.flush()
            os.fsync(fh.fileno())
        path.unlink()
    except FileNotFoundError:
        pass  # already gone: nothing left to overwrite
    except OSError as exc:
        log.error("the pre-migration copy %s holds personal data in plain text and could not be "
                  "deleted (%s): delete it by hand", path, exc)


def _backup(path: Path) -> Path:
    """Copy the database before changing its schema (Vorta does the same)."""
    backup = path.with_suffix(path.suffix + ".pre-migration")
    src = sqlite3.connect(path)
    dst = sqlite3.connect(backup)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    return backup
