"""Real processes taking tickets at the same moment never get the same number."""

from __future__ import annotations

import json
import multiprocessing as mp
import os
from pathlib import Path

import pytest


def _take_many(home: str, n: int, start: mp.synchronize.Event, out: mp.Queue) -> None:  # type: ignore[name-defined]
    os.environ["KIOSK_HOME"] = home
    from kiosk.config import load_config
    from kiosk.queue.service import QueueService
    from kiosk.store.db import Store

    store = Store(Path(home) / "kiosk.db")
    queue = QueueService(store, load_config())
    start.wait()
    numbers = [queue.take_ticket("HT").number for _ in range(n)]
    out.put(json.dumps(numbers))


@pytest.mark.slow
def test_parallel_processes_never_share_a_number(home):
    from kiosk.config import load_config
    from kiosk.store.db import Store

    load_config()  # writes the sample config
    Store(home / "kiosk.db").migrate()
    ctx = mp.get_context("spawn")
    start = ctx.Event()
    out = ctx.Queue()
    procs = [ctx.Process(target=_take_many, args=(str(home), 40, start, out)) for _ in range(4)]
    for p in procs:
        p.start()
    start.set()
    results = [json.loads(out.get(timeout=120)) for _ in procs]
    for p in procs:
        p.join(timeout=60)
        assert p.exitcode == 0
    numbers = [n for r in results for n in r]
    assert len(numbers) == 160
    assert len(set(numbers)) == 160
    assert sorted(numbers) == [f"A{i:03d}" for i in range(1, 161)]  # and no gaps
