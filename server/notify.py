"""Wake the event streams of a center as soon as its feed grows (within this server process).

Pushes and claims run on worker threads; streams wait on asyncio events in the server's loop.
On PostgreSQL every transaction that grows a feed also sends ``NOTIFY kiosk_feed, '<center>'``
(delivered at commit); each server process listens on its own connection and wakes its streams,
so a call claimed on one replica reaches a board connected to another at once.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from typing import Any

log = logging.getLogger(__name__)
CHANNEL = "kiosk_feed"

_lock = threading.Lock()
_waiters: dict[str, set[tuple[asyncio.AbstractEventLoop, asyncio.Event]]] = {}


def subscribe(center: str) -> tuple[asyncio.AbstractEventLoop, asyncio.Event]:
    entry = (asyncio.get_running_loop(), asyncio.Event())
    with _lock:
        _waiters.setdefault(center, set()).add(entry)
    return entry


def unsubscribe(center: str, entry: tuple[asyncio.AbstractEventLoop, asyncio.Event]) -> None:
    with _lock:
        _waiters.get(center, set()).discard(entry)


def notify(center: str) -> None:
    with _lock:
        entries = list(_waiters.get(center, ()))
    for loop, event in entries:
        try:
            loop.call_soon_threadsafe(event.set)
        except RuntimeError:  # that loop has closed
            pass


def send_in(session: Any, center: str) -> None:
    """Within a PostgreSQL transaction: tell every replica, once it commits, that ``center`` moved."""
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy import text

        session.execute(text("SELECT pg_notify(:channel, :center)"), {"channel": CHANNEL, "center": center})


def listen_postgres(url: str) -> threading.Event:
    """A thread of this process that turns other replicas' NOTIFYs into local wake-ups.

    Returns the event that stops it.
    """
    import psycopg

    dsn = url.replace("postgresql+psycopg://", "postgresql://")
    stop = threading.Event()

    def run() -> None:
        while not stop.is_set():
            try:
                with psycopg.connect(dsn, autocommit=True, connect_timeout=5) as conn:
                    conn.execute(f"LISTEN {CHANNEL}")
                    while not stop.is_set():
                        for message in conn.notifies(timeout=1.0):
                            notify(message.payload)
            except Exception as exc:  # the database restarted: listen again
                if not stop.is_set():
                    log.warning("LISTEN %s interrupted (%s); again in 1 s", CHANNEL, exc)
                    stop.wait(1.0)

    threading.Thread(target=run, name="pg-listen", daemon=True).start()
    return stop
