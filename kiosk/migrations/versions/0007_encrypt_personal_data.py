"""encrypt personal data at rest: dossiers.applicant, feedback contacts, outbox payloads

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-28 14:00:00.000000

No schema change: the values written before this version (plain text) are encrypted in place,
a few hundred rows at a time, with the store's key (kiosk/security/crypto.py), in the form
kiosk/store/crypto_types.py reads (``seal_plain_values``). What is encrypted already is left as
it is. The connection has ``secure_delete`` on (kiosk/store/db.py), so an old value is zeroed in
the page it leaves; kiosk/store/migrate.py then VACUUMs, truncates the WAL and encrypts the
``.pre-migration`` copy it took. The downgrade decrypts.
"""

from __future__ import annotations

import logging
import sqlite3

from alembic import op

from kiosk.store.crypto_types import keyring_of, open_sealed_values, seal_plain_values

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

log = logging.getLogger("kiosk.store.migrate")


def _raw() -> sqlite3.Connection:
    """The SQLite connection under Alembic's, in its transaction."""
    conn = op.get_bind().connection.driver_connection
    assert isinstance(conn, sqlite3.Connection)
    return conn


def upgrade() -> None:
    counts = seal_plain_values(_raw(), keyring_of(op.get_bind().dialect))
    log.info("personal data encrypted in place: %s", ", ".join(f"{k}={v}" for k, v in counts.items()),
             extra={"event": "personal_data_sealed", **{k.replace(".", "_"): v for k, v in counts.items()}})


def downgrade() -> None:
    open_sealed_values(_raw(), keyring_of(op.get_bind().dialect))
