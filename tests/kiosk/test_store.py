"""The store under faults: pragmas, disk full, database locked, migrations."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kiosk.errors import KioskError, StoreError
from kiosk.queue.service import QueueService
from kiosk.store.db import Store
from kiosk.store.migrate import HEAD, MIGRATIONS
from kiosk.store.models import Base, NumberSequence, OutboxOp, Ticket


def test_every_connection_is_wal_full_sync_with_foreign_keys(tmp_path):
    store = Store(tmp_path / "k.db")
    store.migrate()
    with store.read() as s:
        conn = s.connection()
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000


def test_head_constant_matches_the_newest_migration():
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    assert ScriptDirectory.from_config(cfg).get_current_head() == HEAD


def test_migrations_build_exactly_the_models_schema(tmp_path):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    store = Store(tmp_path / "k.db")
    store.migrate()
    with store.write_engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_disk_full_is_a_clear_message_and_nothing_is_half_written(tmp_path, config, clock):
    path = tmp_path / "full.db"
    Store(path).migrate()
    pages = sqlite3.connect(path).execute("PRAGMA page_count").fetchone()[0]
    # the file may not grow beyond a few pages: SQLite answers SQLITE_FULL as on a full disk
    store = Store(path, extra_pragmas={"max_page_count": pages + 2})
    queue = QueueService(store, config, clock)
    issued = 0
    with pytest.raises(StoreError) as err:
        for _ in range(5000):
            queue.take_ticket("HT")
            issued += 1
    assert err.value.key == "disk_full"
    assert "Ổ đĩa đã đầy" in err.value.message("vi")
    with store.read() as s:
        assert s.scalar(select(func.count()).select_from(Ticket)) == issued
        seq = s.get(NumberSequence, (config.center_code, "HT", queue._today()))
        assert (seq.last_number if seq else 0) == issued  # the counter did not run ahead
        assert s.scalar(select(func.count()).select_from(OutboxOp)) == issued


def test_locked_database_is_reported_not_crashed(tmp_path, config, clock, monkeypatch):
    import kiosk.store.db as db

    monkeypatch.setattr(db, "BUSY_TIMEOUT_MS", 200)
    path = tmp_path / "busy.db"
    store = Store(path)
    store.migrate()
    queue = QueueService(store, config, clock)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another process holds the write lock
    try:
        with pytest.raises(StoreError) as err:
            queue.take_ticket("HT")
        assert err.value.key == "database_busy"
        assert "đang bận" in err.value.message("vi")
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert queue.take_ticket("HT").number == "A001"  # nothing was consumed by the failure


def test_a_database_of_the_first_release_upgrades_with_a_backup(tmp_path):
    from kiosk.store.migrate import current_revision, upgrade

    path = tmp_path / "old.db"
    store = Store(path)
    upgrade(store, "0001")  # the schema as the first release left it
    old = sqlite3.connect(path)
    old.execute(
        "INSERT INTO tickets (id, center_code, service_code, queue_service, local_day, number, label, status, "
        "issued_at, queued_at, recall_count) VALUES ('t1', 'C', 'HT', 'HT', '2026-11-24', 1, 'A001', 'waiting', "
        "'2026-11-24 01:00:00', '2026-11-24 01:00:00', 0)")
    old.commit()
    old.close()
    store.migrate()
    assert current_revision(path) == HEAD
    assert Path(str(path) + ".pre-migration").exists()
    with store.read() as s:
        ticket = s.get(Ticket, "t1")
        assert ticket.label == "A001" and ticket.version == 1


def test_kiosk_error_for_unknown_counter_lists_counters(ctx):
    with pytest.raises(KioskError) as err:
        ctx.queue.waiting(42)
    assert "1, 2, 3, 4, 5" in err.value.message("en")
