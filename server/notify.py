"""Wake the event streams of a center as soon as its feed grows (within this server process).

Pushes and claims run on worker threads; streams wait on asyncio events in the server's loop.
Another replica's changes are found by the streams' periodic look (every second) until
PostgreSQL LISTEN/NOTIFY carries them across replicas.
"""

from __future__ import annotations

import asyncio
import threading

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
