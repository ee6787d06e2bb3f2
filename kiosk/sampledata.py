"""Realistic activity for demos, screenshots and benchmarks: a day at a one-stop-shop.

Citizens arrive through the morning and afternoon sessions (more in the morning), take numbers
for the sample services (some with priority), officers sign in, call, serve, mark no-shows and
occasionally recall. Everything goes through the same QueueService the screens use, with a
simulated clock, so the records are what the real screens would have written.
"""

from __future__ import annotations

import datetime as dt
import heapq
import random
from dataclasses import dataclass

from kiosk.config import Config
from kiosk.errors import KioskError
from kiosk.queue.service import QueueService
from kiosk.store.db import Store
from kiosk.timeutil import LOCAL_TZ, utc_now

SESSIONS = [((7, 30), (11, 30), 1.0), ((13, 30), (16, 45), 0.7)]


@dataclass
class _SimClock:
    now: dt.datetime

    def __call__(self) -> dt.datetime:
        return self.now


@dataclass
class SampleSummary:
    days: int
    tickets: int
    served: int
    no_shows: int
    waiting: int


def fill(store: Store, config: Config, days: int = 1, seed: int = 1, until: dt.datetime | None = None) -> SampleSummary:
    rng = random.Random(seed)
    until = until or utc_now()
    last_day = until.astimezone(LOCAL_TZ).date()
    clock = _SimClock(until)
    queue = QueueService(store, config, clock, terminal="sample-data")
    summary = SampleSummary(days, 0, 0, 0, 0)
    officers = [o.code for o in config.officers] or ["sample"]
    for offset in range(days - 1, -1, -1):
        day = last_day - dt.timedelta(days=offset)
        if day.weekday() >= 5 and offset:
            continue  # past weekends are closed; today is simulated whatever the day
        _one_day(queue, config, clock, rng, day, until, officers, summary)
    summary.waiting = len(queue.waiting())
    return summary


def _at(day: dt.date, hm: tuple[int, int]) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(*hm), LOCAL_TZ).astimezone(dt.UTC)


def _one_day(queue: QueueService, config: Config, clock: _SimClock, rng: random.Random, day: dt.date,
             until: dt.datetime, officers: list[str], summary: SampleSummary) -> None:
    services = [s for s in config.services if s.open]
    weights = [5, 4, 3, 2, 1, 1][: len(services)] + [1] * max(0, len(services) - 6)
    categories = [c.code for c in config.queue.priority.categories]
    events: list[tuple[dt.datetime, int, str, object]] = []
    for start, end, intensity in SESSIONS:
        t = _at(day, start)
        stop = _at(day, end)
        while t < stop:
            t += dt.timedelta(seconds=rng.expovariate(intensity / 130))
            if t < stop and t <= until:
                service = rng.choices(services, weights)[0].code
                priority = rng.choice(categories) if categories and rng.random() < 0.08 else None
                heapq.heappush(events, (t, 0, "arrive", (service, priority)))
    open_at = _at(day, (7, 30))
    for i, counter in enumerate(config.counters):
        heapq.heappush(events, (open_at + dt.timedelta(seconds=i * 7), 1, "free", counter.number))
        clock.now = min(open_at, until)
        officer = officers[i % len(officers)]
        with queue.store.write() as s:
            from kiosk.store.models import CounterSession

            s.add(CounterSession(counter_number=counter.number, officer_code=officer, signed_in_at=clock.now,
                                 signed_out_at=None if day == until.astimezone(LOCAL_TZ).date() else _at(day, (17, 0))))
    close = _at(day, (17, 0))
    serving: dict[int, str] = {}
    while events:
        t, _, kind, data = heapq.heappop(events)
        if t > until or t > close:
            break
        clock.now = t
        if kind == "arrive":
            service, priority = data  # type: ignore[misc]
            try:
                queue.take_ticket(service, priority)
                summary.tickets += 1
            except KioskError:
                pass
            continue
        counter = int(data)  # type: ignore[call-overload]
        if counter in serving:
            if serving.pop(counter) == "no_show":
                queue.no_show(counter)
                summary.no_shows += 1
            else:
                queue.finish(counter)
                summary.served += 1
        if not queue.waiting(counter):
            heapq.heappush(events, (t + dt.timedelta(minutes=2), 1, "free", counter))
            continue
        called = queue.call_next(counter)
        if called is None:
            continue
        svc = config.service(called.queue_service)
        mean = (svc.default_service_minutes if svc and svc.default_service_minutes else config.queue.default_service_minutes)
        if rng.random() < 0.07:
            serving[counter] = "no_show"
            if rng.random() < 0.5:
                clock.now = t + dt.timedelta(seconds=45)
                queue.recall(counter)
            duration = dt.timedelta(minutes=2)
        else:
            serving[counter] = "serve"
            duration = dt.timedelta(minutes=max(1.5, rng.lognormvariate(0, 0.45) * mean))
        heapq.heappush(events, (t + duration, 1, "free", counter))
