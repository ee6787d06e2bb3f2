"""The terminal's live link to the server for the queue: numbers and claims, with a short timeout.

Unreachable is an answer, not an error: the kiosk then issues from its own offline range and the
counter calls from its local view; sync reconciles when the network is back.
"""

from __future__ import annotations

import datetime as dt
import logging

import httpx

from kiosk.ports import Allocation, ClaimAnswer
from kiosk.sync.client import DeviceIdentity
from kiosk.timeutil import Clock, utc_now

log = logging.getLogger(__name__)


class OnlineLink:
    def __init__(self, device: DeviceIdentity, timeout: float = 1.5,
                 transport: httpx.BaseTransport | None = None, clock: Clock = utc_now) -> None:
        from kiosk.sync.client import server_client

        self.http = server_client(device.server, ca_file=device.ca_file, allow_http=device.allow_http,
                                  timeout=timeout, transport=transport, token=device.token)
        self.local_clock = clock
        self._offset: dt.timedelta | None = None

    def _learn(self, server_time: str, sent: dt.datetime) -> None:
        """Server clock minus ours, halfway through the round trip."""
        received = self.local_clock()
        self._offset = dt.datetime.fromisoformat(server_time) - (sent + (received - sent) / 2)

    def offset(self) -> dt.timedelta:
        """How far this terminal's clock is behind the server's (learned on first use)."""
        if self._offset is None:
            sent = self.local_clock()
            try:
                r = self.http.get("/v1/health")
                self._learn(r.json()["time"], sent)
            except (httpx.HTTPError, KeyError, ValueError):
                return dt.timedelta(0)  # unknown yet: our own clock, until the server answers
        return self._offset or dt.timedelta(0)

    def close(self) -> None:
        self.http.close()

    def allocate(self, service_code: str, local_day: str) -> Allocation | None:
        sent = self.local_clock()
        try:
            r = self.http.post("/v1/allocate", json={"service": service_code, "local_day": local_day})
        except httpx.HTTPError as exc:
            log.warning("server unreachable for a number (%s): issuing offline", exc)
            return None
        if r.status_code == 404 or (r.status_code == 409 and "closed" in r.text):
            log.warning("server refused a number for %s: %s %s", service_code, r.status_code, r.text[:200])
            return Allocation(0, self.local_clock(), refused="closed")
        if r.status_code != 200:
            log.warning("server refused a number for %s: %s %s", service_code, r.status_code, r.text[:200])
            return None
        body = r.json()
        self._learn(body["server_time"], sent)
        return Allocation(int(body["number"]), dt.datetime.fromisoformat(body["server_time"]))

    def claim(self, ticket: dict[str, object], counter: int, officer: str | None,
              event_id: str | None = None, reason: str = "") -> ClaimAnswer:
        try:
            r = self.http.post("/v1/claim", json={"ticket_id": ticket["id"], "version": ticket["version"],
                                                  "counter": counter, "officer": officer,
                                                  "event_id": event_id, "reason": reason[:64]})
        except httpx.HTTPError as exc:
            log.warning("server unreachable to claim %s (%s): calling offline", ticket.get("label"), exc)
            return ClaimAnswer("unreachable")
        if r.status_code != 200:
            log.warning("claim of %s answered %s", ticket.get("label"), r.status_code)
            return ClaimAnswer("unreachable")
        body = r.json()
        return ClaimAnswer("granted" if body["granted"] else "refused", body.get("ticket"))


class NoLink:
    """An enrolled terminal whose server link cannot be opened (plain HTTP refused, its CA file
    gone): it works as when the server is unreachable — numbers from its own offline range,
    calls made locally — so it never issues a number the server also gives."""

    def __init__(self, reason: str) -> None:
        self.reason = reason

    def allocate(self, service_code: str, local_day: str) -> Allocation | None:
        return None

    def claim(self, ticket: dict[str, object], counter: int, officer: str | None,
              event_id: str | None = None, reason: str = "") -> ClaimAnswer:
        return ClaimAnswer("unreachable")

    def offset(self) -> dt.timedelta:
        return dt.timedelta(0)
