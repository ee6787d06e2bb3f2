"""Slow work (printing, speech) off the GUI thread; results come back as signals on it.

As in Anki: the worker never touches widgets; ``done`` or ``failed`` is emitted and Qt delivers
it to the receiver's (GUI) thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class _Signals(QObject):
    """Signals:
    done(object): the function's result.
    failed(str): the exception's text (already logged).
    """

    done = Signal(object)
    failed = Signal(str)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:
            log.exception("background task failed")
            self._emit(self.signals.failed, f"{type(exc).__name__}: {exc}")
        else:
            self._emit(self.signals.done, result)

    @staticmethod
    def _emit(signal: Any, value: object) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # the application is shutting down: nobody is left to tell
            log.info("background task finished after its receiver was gone")


_pool: QThreadPool | None = None


def pool() -> QThreadPool:
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(2)
    return _pool


def run_in_background(
    fn: Callable[[], Any], on_done: Callable[[Any], None], on_failed: Callable[[str], None],
    receiver: QObject,
) -> None:
    """Run ``fn`` on the pool; ``on_done``/``on_failed`` must be slots of ``receiver`` (a QObject
    living in the GUI thread), so Qt queues the call to that thread."""
    task = _Task(fn)
    task.setAutoDelete(False)
    _live.add(task)
    task.signals.done.connect(on_done)
    task.signals.failed.connect(on_failed)
    task.signals.done.connect(lambda *_: _live.discard(task))
    task.signals.failed.connect(lambda *_: _live.discard(task))
    pool().start(task)


_live: set[_Task] = set()
