"""The local store: SQLite (WAL, synchronous=FULL, BEGIN IMMEDIATE for writes)."""

from kiosk.store.db import Store

__all__ = ["Store"]
