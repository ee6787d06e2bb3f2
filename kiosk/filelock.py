"""One holder at a time of a lock file under ``KIOSK_HOME/run`` (POSIX ``flock``; on a system
without it, no lock). The holder writes its pid into the file, so the next one can say who."""

from __future__ import annotations

import os
from pathlib import Path


class ExclusiveFileLock:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.fd: int | None = None

    def acquire(self) -> int | None:
        """None when this process now holds the lock; else the pid of the holder (0: unknown)."""
        try:
            import fcntl
        except ImportError:
            return None
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            try:
                holder = int(os.read(fd, 32).decode() or 0)
            except ValueError:
                holder = 0
            os.close(fd)
            return holder
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode())
        self.fd = fd
        return None

    def release(self) -> None:
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None


class held_lock:  # noqa: N801 (used as a context manager, like open())
    """``with held_lock(path):`` waits for the lock (POSIX ``flock``), for a short
    read-modify-write of a small file that several processes or threads share."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.fd: int | None = None

    def __enter__(self) -> held_lock:
        try:
            import fcntl
        except ImportError:
            return self
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        fcntl.flock(self.fd, fcntl.LOCK_EX)
        return self

    def __exit__(self, *exc: object) -> None:
        if self.fd is not None:
            os.close(self.fd)  # closing releases the flock
            self.fd = None
