"""A model of a center's network storm, explored by Hypothesis (stateful).

Two kiosks, two counters and a board, each with its own SQLite file and its own link to one real
server (uvicorn on loopback, SQLite and PostgreSQL). Between each terminal and the server sits a
network that can be down, lose a request, lose the answer after the server committed, deliver a
request twice, or hold a request back and deliver it late, after newer ones (reordered, delayed).
Each terminal's clock is off by a few minutes of its own. Hypothesis draws the sequence of tickets,
calls, finishes, syncs, outages and faults.

After every step: no two tickets of a service and day share a number on the server, no pull
cursor moved back, no op was rejected. At the end, with the network healed: every op of every
terminal applied exactly once, every terminal holds the server's tickets exactly, and no ticket
was called by two counters that could both reach the server.
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
from pathlib import Path

import httpx
import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    rule,
    run_state_machine_as_test,
)
from sqlalchemy import func, select

from kiosk.config import load_config
from kiosk.store.models import OutboxOp, SyncState, Ticket
from kiosk.sync.client import SyncClient, enroll
from kiosk.sync.online import OnlineLink
from kiosk.wiring import build_context
from server.auth import new_enrolment_code
from server.centers import load_center
from server.models import AppliedOp, DeadLetter, Device, ServerTicket, ServerTicketEvent

pytestmark = pytest.mark.slow

FAULTS = ["ok", "drop_request", "drop_response", "duplicate", "hold"]


class Network(httpx.HTTPTransport):
    """One terminal's link: up or down; the next requests' faults drawn by the test."""

    def __init__(self) -> None:
        super().__init__()
        self.up = True
        self.faults: list[str] = []
        self.held: list[httpx.Request] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if not self.up:
            raise httpx.ConnectError("network down (simulated)", request=request)
        fault = self.faults.pop(0) if self.faults else "ok"
        if fault == "drop_request":
            raise httpx.ConnectError("request lost (simulated)", request=request)
        if fault == "hold":  # in flight for a long time: the terminal gives up; it arrives later
            request.read()
            self.held.append(request)
            raise httpx.ReadTimeout("no answer in time (simulated)", request=request)
        response = super().handle_request(request)
        response.read()
        if fault == "drop_response":
            raise httpx.ReadTimeout("answer lost (simulated)", request=request)
        if fault == "duplicate":
            super().handle_request(request).read()
        self.deliver_late()  # what was held back arrives after this newer request
        return response

    def deliver_late(self) -> None:
        while self.held and self.up:
            late = self.held.pop(0)
            try:
                super().handle_request(late).read()
            except httpx.HTTPError:
                pass


class Terminal:
    def __init__(self, root: Path, name: str, role: str, center: str, center_text: str, live_server,  # type: ignore[no-untyped-def]
                 clock, offline_range: tuple[int, int] | None = None, counter: int | None = None) -> None:
        self.name, self.role, self.counter = name, role, counter
        self.home = root / name
        self.home.mkdir(parents=True)
        os.environ["KIOSK_HOME"] = str(self.home)
        text = center_text
        if offline_range:
            text = text.replace("offline_range = [900, 999]", f"offline_range = [{offline_range[0]}, {offline_range[1]}]")
        (self.home / "config.toml").write_text(text, encoding="utf-8")
        config = load_config(self.home / "config.toml")
        device = enroll(self.home, live_server.url, new_enrolment_code(live_server.db, center, role), name)
        self.skew = dt.timedelta(0)
        self.net = Network()

        def own_clock() -> dt.datetime:
            return clock() + self.skew

        self.ctx = build_context(self.home, clock=own_clock, config=config)
        if self.ctx.queue.coordinator is not None:
            self.ctx.queue.coordinator.close()
        self.link = OnlineLink(device, transport=self.net, clock=own_clock)
        self.ctx.queue.coordinator = self.link
        self.sync = SyncClient(self.ctx.store, device, own_clock, batch=4, transport=self.net)
        self.device_id = device.device_id
        self.last_cursor = 0

    def cursor(self) -> int:
        with self.ctx.store.read() as s:
            row = s.get(SyncState, "cursor")
            return int(row.value) if row else 0

    def close(self) -> None:
        self.sync.close()
        self.link.close()
        self.ctx.close()


_centers = itertools.count(1)


class CenterStorm(RuleBasedStateMachine):
    live_server = None  # set by the test
    root: Path
    clock = None

    def __init__(self) -> None:
        super().__init__()
        n = next(_centers)
        self.center = f"STORM-{os.getpid() % 1000}-{n}"
        sample = (Path(__file__).resolve().parents[2] / "resources" / "sample_center.toml").read_text(encoding="utf-8")
        text = sample.replace('code = "MAU-01"', f'code = "{self.center}"', 1)
        load_center(self.live_server.db, text, "storm")
        root = self.root / self.center
        srv, clock = self.live_server, self.clock
        self.kiosks = [Terminal(root, "kiosk-a", "kiosk", self.center, text, srv, clock, (900, 949)),
                       Terminal(root, "kiosk-b", "kiosk", self.center, text, srv, clock, (950, 999))]
        self.counters = [Terminal(root, f"counter-{c}", "counter", self.center, text, srv, clock, counter=c)
                         for c in (1, 2)]
        self.board = Terminal(root, "board", "display", self.center, text, srv, clock)
        self.terminals = [*self.kiosks, *self.counters, self.board]
        self.taken: set[str] = set()
        self.online_calls: dict[str, set[int]] = {}

    # ------------------------------------------------------------------ the citizens and officers
    @initialize(n=st.integers(1, 4))
    def morning(self, n: int) -> None:
        """The day starts with a few tickets every terminal already knows of."""
        for i in range(n):
            self.take_ticket(i % 2, ["HT", "CT"][i % 2])
        self.everyone_syncs()

    # each action says whether its terminal reaches the server at that moment (the link stays so)
    def _link(self, terminal: Terminal, online: bool) -> None:
        terminal.net.up = online
        if online:
            terminal.net.deliver_late()

    @rule(k=st.integers(0, 1), service=st.sampled_from(["HT", "CT"]), online=st.booleans())
    def take_ticket(self, k: int, service: str, online: bool = True) -> None:
        self._link(self.kiosks[k], online)
        self.taken.add(self.kiosks[k].ctx.queue.take_ticket(service).id)

    @rule(c=st.integers(0, 1), online=st.booleans(), refresh=st.booleans())
    def call_next(self, c: int, online: bool = True, refresh: bool = False) -> None:
        counter = self.counters[c]
        self._link(counter, online)
        if refresh:  # the counter's own sync thread ran just before the officer pressed "call"
            counter.sync.run_once()
        reachable = online and not counter.net.faults
        called = counter.ctx.queue.call_next(counter.counter)
        if called is not None and reachable:
            self.online_calls.setdefault(called.id, set()).add(counter.counter)

    @rule(c=st.integers(0, 1), online=st.booleans())
    def finish(self, c: int, online: bool = True) -> None:
        counter = self.counters[c]
        self._link(counter, online)
        if counter.ctx.queue.current(counter.counter) is not None:
            counter.ctx.queue.finish(counter.counter)

    # ------------------------------------------------------------------ the network and the clocks
    @rule(t=st.integers(0, 4), faults=st.lists(st.sampled_from(FAULTS), max_size=4))
    def sync(self, t: int, faults: list[str]) -> None:
        terminal = self.terminals[t]
        terminal.net.faults = list(faults)
        terminal.sync.run_once()

    @rule()
    def everyone_syncs(self) -> None:
        """Each terminal runs a clean cycle in turn (those whose link is down fail theirs)."""
        for terminal in self.terminals:
            terminal.net.faults = []
            terminal.sync.run_once()

    @rule(t=st.integers(0, 4))
    def reconnect(self, t: int) -> None:
        self._link(self.terminals[t], True)

    @rule(t=st.integers(0, 4), minutes=st.integers(-5, 5))
    def skew(self, t: int, minutes: int) -> None:
        self.terminals[t].skew = dt.timedelta(minutes=minutes)

    @rule(seconds=st.integers(1, 600))
    def time_passes(self, seconds: int) -> None:
        self.clock.advance(seconds=seconds)  # type: ignore[attr-defined]

    # ------------------------------------------------------------------ always true
    @invariant()
    def numbers_are_unique_and_cursors_only_move_forward(self) -> None:
        with self.live_server.db.sessions() as s:
            doubled = s.execute(
                select(ServerTicket.service_code, ServerTicket.local_day, ServerTicket.number, func.count())
                .where(ServerTicket.center_code == self.center)
                .group_by(ServerTicket.service_code, ServerTicket.local_day, ServerTicket.number)
                .having(func.count() > 1)).all()
            dead = s.scalars(select(DeadLetter.reason).where(DeadLetter.center_code == self.center)).all()
        assert not doubled, doubled
        assert not dead, dead
        for terminal in self.terminals:
            cursor = terminal.cursor()
            assert cursor >= terminal.last_cursor, (terminal.name, cursor, terminal.last_cursor)
            terminal.last_cursor = cursor

    # ------------------------------------------------------------------ after the storm
    def teardown(self) -> None:
        try:
            self._settle_and_check()
        finally:
            for terminal in self.terminals:
                terminal.close()

    def _settle_and_check(self) -> None:
        for terminal in self.terminals:
            terminal.net.up, terminal.net.faults = True, []
            terminal.net.deliver_late()
        for _round in range(2):  # pushes first, then every terminal pulls what the others pushed
            for terminal in self.terminals:
                report = terminal.sync.run_once()
                assert report.ok and report.pending == 0 and report.rejected == 0, (terminal.name, report)
        db = self.live_server.db
        with db.sessions() as s:
            devices = {d for (d,) in s.execute(select(Device.id).where(Device.center_code == self.center))}
            applied = s.execute(select(AppliedOp.op_id, AppliedOp.result)
                                .where(AppliedOp.device_id.in_(devices))).all()
            server_tickets = {t.id: t for t in s.scalars(
                select(ServerTicket).where(ServerTicket.center_code == self.center))}
            calls = s.execute(select(ServerTicketEvent.ticket_id, ServerTicketEvent.counter_number)
                              .where(ServerTicketEvent.center_code == self.center,
                                     ServerTicketEvent.kind == "call")).all()
        # every op of every terminal recorded once on the server, and answered applied or duplicate
        local_ops: set[str] = set()
        for terminal in self.terminals:
            with terminal.ctx.store.read() as s:
                rows = s.execute(select(OutboxOp.id, OutboxOp.status)).all()
            assert {status for _, status in rows} <= {"applied", "duplicate"}, terminal.name
            local_ops |= {op_id for op_id, _ in rows}
        assert len(applied) == len({op_id for op_id, _ in applied})
        assert {op_id for op_id, _ in applied} == local_ops
        assert {r for _, r in applied} <= {"applied"}  # a duplicate is answered, never recorded twice
        # every ticket taken reached the server, and every terminal converged to its state
        assert set(server_tickets) == self.taken
        expected = {tid: (t.label, t.status, t.version, t.counter_number) for tid, t in server_tickets.items()}
        for terminal in self.terminals:
            with terminal.ctx.store.read() as s:
                local = {t.id: (t.label, t.status, t.version, t.counter_number)
                         for t in s.scalars(select(Ticket).where(Ticket.center_code == self.center))}
            assert local == expected, terminal.name
        # a ticket called by two counters that both reached the server would be a double call
        for ticket_id, counters in self.online_calls.items():
            assert len(counters) == 1, (ticket_id, counters)
        assert all(t in server_tickets for t, _ in calls)


def test_a_center_in_a_network_storm_converges_exactly_once(live_server, tmp_path, clock):
    CenterStorm.live_server = live_server
    CenterStorm.root = tmp_path
    CenterStorm.clock = clock
    examples = int(os.environ.get("KIOSK_STORM_EXAMPLES", "12"))
    run_state_machine_as_test(CenterStorm, settings=settings(
        max_examples=examples, stateful_step_count=30, deadline=None, derandomize=False,
        suppress_health_check=list(HealthCheck)))


def test_two_offline_counters_calling_the_same_ticket_end_agreeing(live_server, tmp_path, clock):
    """The one conflict the network can cause: both calls are kept in the history, one wins the ticket."""
    CenterStorm.live_server, CenterStorm.root, CenterStorm.clock = live_server, tmp_path, clock
    storm = CenterStorm()
    storm.take_ticket(0, "HT")
    storm.everyone_syncs()
    storm.call_next(0, online=False)  # both counters lose the server, both call the only ticket
    clock.advance(seconds=5)
    storm.call_next(1, online=False)
    storm.reconnect(3)
    storm.sync(3, [])  # counter 2 comes back first: its call reaches the server first
    storm.teardown()
