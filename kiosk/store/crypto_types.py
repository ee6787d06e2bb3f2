"""Column types that keep personal data encrypted in the database (kiosk/security/crypto.py).

The key comes from the engine the value goes through: :class:`kiosk.store.db.Store` attaches
its :class:`~kiosk.security.crypto.KeyRing` to its engines' dialect (:func:`attach_keyring`), so
two stores in one process (tests, a restore beside the live database) each use their own keys and
nothing global is set. A value already encrypted, or written before encryption existed (plain
text), reads; what is written is always encrypted.

* :class:`EncryptedJSON` — a JSON value, sealed whole; stored as a JSON string holding the
  ciphertext, so the column stays ``JSON`` in the schema. No JSON path operators: SQL cannot see
  inside, and a query that tried would silently match nothing, so it fails to compile instead.
* :class:`EncryptedString` — text; NULL stays NULL and ``""`` stays ``""`` (nothing to hide), so
  ``COALESCE(col, '') != ''`` still tells a filled value from an empty one. ``length`` is the
  longest *plain* value (what callers check); the stored ciphertext is longer, which SQLite
  does not mind.

Raw sqlite3 code (housekeeping, the migration) reads and writes the same stored forms with
:func:`open_json`, :func:`seal_json`, :func:`open_text`, :func:`seal_text`;
:func:`seal_plain_values` encrypts in place what an older version wrote in plain text (migration
0007, and the copy kiosk/store/migrate.py takes before migrating).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from typing import Any

from sqlalchemy import JSON, Engine, String
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator, TypeEngine

from kiosk.security.crypto import KeyRing, is_sealed

_ATTR = "kiosk_keyring"

# the columns whose values are encrypted, as their associated data names them
DOSSIER_APPLICANT = "dossiers.applicant"
OUTBOX_PAYLOAD = "outbox.payload"
FEEDBACK_PHONE = "feedback.contact_phone"
FEEDBACK_EMAIL = "feedback.contact_email"
JSON_COLUMNS = ((DOSSIER_APPLICANT, "dossiers", "applicant"), (OUTBOX_PAYLOAD, "outbox", "payload"))
TEXT_COLUMNS = ((FEEDBACK_PHONE, "feedback", "contact_phone"), (FEEDBACK_EMAIL, "feedback", "contact_email"))


def attach_keyring(engine: Engine, keys: KeyRing) -> None:
    """Values through ``engine`` are sealed and opened with ``keys``."""
    setattr(engine.dialect, _ATTR, keys)


def keyring_of(dialect: Dialect) -> KeyRing:
    keys = getattr(dialect, _ATTR, None)
    if not isinstance(keys, KeyRing):
        raise RuntimeError("an encrypted column used through an engine without a key ring: open the "
                           "database with kiosk.store.db.Store (or attach_keyring)")
    return keys


class EncryptedJSON(TypeDecorator[Any]):
    """A JSON value encrypted whole (see the module's docstring)."""

    impl = JSON
    cache_ok = True
    hashable = False
    # plain comparisons only: no JSON index/path operators on ciphertext
    comparator_factory = TypeEngine.Comparator

    def __init__(self, column: str) -> None:
        super().__init__()
        self.column = column

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        if value is None:
            return None
        return keyring_of(dialect).encrypt(json.dumps(value, ensure_ascii=False), self.column)

    def process_result_value(self, value: Any, dialect: Dialect) -> Any:
        if is_sealed(value):
            return json.loads(keyring_of(dialect).decrypt(value, self.column))
        return value  # written before encryption (plain JSON)


class EncryptedString(TypeDecorator[str]):
    """Text encrypted; NULL and ``""`` kept as they are (see the module's docstring)."""

    impl = String
    cache_ok = True

    def __init__(self, column: str, length: int | None = None) -> None:
        super().__init__(length)
        self.column = column

    @property
    def plain_length(self) -> int | None:
        """The longest plain value (the stored ciphertext is longer)."""
        length = getattr(self.impl_instance, "length", None)
        return int(length) if length is not None else None

    def process_bind_param(self, value: str | None, dialect: Dialect) -> str | None:
        if value is None or value == "":
            return value
        return keyring_of(dialect).encrypt(value, self.column)

    def process_result_value(self, value: str | None, dialect: Dialect) -> str | None:
        if is_sealed(value):
            assert value is not None
            return keyring_of(dialect).decrypt(value, self.column)
        return value


# ---------------------------------------------------------------------- raw sqlite3
def seal_json(keys: KeyRing, column: str, value: Any) -> str:
    """The text :class:`EncryptedJSON` stores for ``value``."""
    return json.dumps(keys.encrypt(json.dumps(value, ensure_ascii=False), column))


def seal_json_text(keys: KeyRing, column: str, text: object) -> str:
    """The text :class:`EncryptedJSON` stores for the JSON document ``text`` (not parsed)."""
    plain = text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text)
    return json.dumps(keys.encrypt(plain, column))


def open_json(keys: KeyRing, column: str, stored: str | bytes | None) -> Any:
    """The value of a stored :class:`EncryptedJSON` (plain JSON of old rows too)."""
    if stored is None:
        return None
    value = json.loads(stored)
    if is_sealed(value):
        return json.loads(keys.decrypt(value, column))
    return value


def json_is_sealed(stored: str | bytes | None) -> bool:
    """True when a stored JSON value is encrypted (NULL counts: nothing to encrypt)."""
    if stored is None:
        return True
    text = stored.decode("utf-8", "replace") if isinstance(stored, bytes) else stored
    return text.startswith('"') and is_sealed(text[1:])


def seal_text(keys: KeyRing, column: str, value: str | None) -> str | None:
    """The text :class:`EncryptedString` stores for ``value``."""
    if value is None or value == "" or is_sealed(value):
        return value
    return keys.encrypt(value, column)


def open_text(keys: KeyRing, column: str, stored: str | None) -> str | None:
    if is_sealed(stored):
        assert stored is not None
        return keys.decrypt(stored, column)
    return stored


# ---------------------------------------------------------------------- in place, every row
BATCH = 500


def _rewrite(conn: sqlite3.Connection, table: str, column: str,
             change: Callable[[Any], Any | None]) -> int:
    """``change(stored)`` (the new stored value, or None to leave it) over every row of ``table``,
    in id order, a batch at a time, in the caller's transaction. Returns the rows changed."""
    exists = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)).fetchone()
    if not exists:
        return 0  # a copy of a database older than the table
    changed = 0
    after = ""
    while True:
        rows = conn.execute(f"SELECT id, {column} FROM {table} WHERE id > ? ORDER BY id LIMIT {BATCH}",
                            (after,)).fetchall()
        if not rows:
            return changed
        updates = []
        for row_id, stored in rows:
            after = row_id
            new = change(stored)
            if new is not None:
                updates.append((new, row_id))
        conn.executemany(f"UPDATE {table} SET {column} = ? WHERE id = ?", updates)
        changed += len(updates)


def seal_plain_values(conn: sqlite3.Connection, keys: KeyRing) -> dict[str, int]:
    """Encrypt every personal value still in plain text (rows encrypted already are left as they
    are, so an interrupted run finishes the work when started again). Counts per column."""
    counts: dict[str, int] = {}
    for context, table, column in JSON_COLUMNS:
        def seal(stored: Any, context: str = context) -> str | None:
            # the stored JSON text as it is (not parsed: even a damaged value is hidden)
            return None if json_is_sealed(stored) else seal_json_text(keys, context, stored)
        counts[context] = _rewrite(conn, table, column, seal)
    for context, table, column in TEXT_COLUMNS:
        def seal_one(stored: Any, context: str = context) -> str | None:
            new = seal_text(keys, context, stored)
            return new if new != stored else None
        counts[context] = _rewrite(conn, table, column, seal_one)
    return counts


def open_sealed_values(conn: sqlite3.Connection, keys: KeyRing) -> dict[str, int]:
    """Decrypt every personal value in place (the downgrade of migration 0007)."""
    counts: dict[str, int] = {}
    for context, table, column in JSON_COLUMNS:
        def open_one(stored: Any, context: str = context) -> str | None:
            if stored is None or not json_is_sealed(stored):
                return None
            return json.dumps(open_json(keys, context, stored))
        counts[context] = _rewrite(conn, table, column, open_one)
    for context, table, column in TEXT_COLUMNS:
        def open_plain(stored: Any, context: str = context) -> str | None:
            new = open_text(keys, context, stored)
            return new if new != stored else None
        counts[context] = _rewrite(conn, table, column, open_plain)
    return counts
