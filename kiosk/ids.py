"""Identities are UUIDv7 (time-ordered); printed numbers are labels, not identities."""

from __future__ import annotations

import uuid6


def new_id() -> str:
    return str(uuid6.uuid7())
