"""What the domain needs from the outside world; ``devices/`` and clients implement it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Protocol

from kiosk.printing.document import Document


@dataclass(frozen=True)
class PrintOutcome:
    ok: bool
    bytes_sent: int = 0
    reason: str = ""
    # where a simulator left its output (PNG, bytes), for people and tests
    artifacts: tuple[str, ...] = ()


class DeviceStatus(Protocol):
    """What a device says of itself: a state name, whether it stops jobs, words for people."""

    @property
    def state(self) -> str: ...

    @property
    def blocking(self) -> bool: ...

    def words(self, lang: str = "vi") -> str: ...


class TicketPrinter(Protocol):
    url: str

    def query_status(self) -> DeviceStatus:
        """Ask the printer for its state now (one-way links answer "unknown")."""
        ...

    def close(self) -> None:
        """Let go of the port or socket (opened again on next use)."""
        ...

    def render(self, doc: Document) -> bytes:
        """The exact bytes this printer would be sent for ``doc``."""
        ...

    def send(self, data: bytes, job_id: str) -> PrintOutcome:
        """Send prepared bytes; never raises for device faults, reports them."""
        ...


@dataclass(frozen=True)
class ClaimAnswer:
    """The coordinator's answer to "may this counter call this ticket?"."""

    # granted | refused (someone else has it: ``ticket`` is the server's view) | unreachable
    status: str
    ticket: dict[str, object] | None = None


@dataclass(frozen=True)
class Allocation:
    number: int
    # the server's clock when it handed out the number: tickets from several kiosks are ordered
    # by one clock, whatever each kiosk's own clock says
    at: dt.datetime
    # the server answered but will not give one: "closed" (the province closed the service; the
    # terminal's copy of the configuration is behind) — the kiosk refuses rather than issue offline
    refused: str | None = None


class QueueCoordinator(Protocol):
    """The central server's part of the queue, when the terminal is enrolled."""

    def allocate(self, service_code: str, local_day: str) -> Allocation | None:
        """The next number from the server; None when it cannot be reached in time."""
        ...

    def claim(self, ticket: dict[str, object], counter: int, officer: str | None,
              event_id: str | None = None, reason: str = "") -> ClaimAnswer:
        """Ask to call ``ticket`` (its snapshot) at ``counter``; ``event_id`` names the call."""
        ...

    def offset(self) -> dt.timedelta:
        """The server's clock minus this terminal's (zero when unknown)."""
        ...
