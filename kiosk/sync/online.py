"""The terminal's live link to the server for the queue: numbers and claims, with a short timeout.

Unreachable is an answer, not an error: the kiosk then issues from its own offline range and the
counter calls from its local view; sync reconciles when the network is back.
"""

from __future__ import annotations

import logging

import httpx

from kiosk.ports import ClaimAnswer
from kiosk.sync.client import DeviceIdentity

log = logging.getLogger(__name__)


class OnlineLink:
    def __init__(self, device: DeviceIdentity, timeout: float = 1.5,
                 transport: httpx.BaseTransport | None = None) -> None:
        self.http = httpx.Client(base_url=device.server.rstrip("/"), timeout=timeout, transport=transport,
                                 headers={"Authorization": f"Bearer {device.token}"})

    def close(self) -> None:
        self.http.close()

    def allocate(self, service_code: str, local_day: str) -> int | None:
        try:
            r = self.http.post("/v1/allocate", json={"service": service_code, "local_day": local_day})
        except httpx.HTTPError as exc:
            log.warning("server unreachable for a number (%s): issuing offline", exc)
            return None
        if r.status_code != 200:
            log.warning("server refused a number for %s: %s %s", service_code, r.status_code, r.text[:200])
            return None
        return int(r.json()["number"])

    def claim(self, ticket: dict[str, object], counter: int, officer: str | None) -> ClaimAnswer:
        try:
            r = self.http.post("/v1/claim", json={"ticket_id": ticket["id"], "version": ticket["version"],
                                                  "counter": counter, "officer": officer})
        except httpx.HTTPError as exc:
            log.warning("server unreachable to claim %s (%s): calling offline", ticket.get("label"), exc)
            return ClaimAnswer("unreachable")
        if r.status_code != 200:
            log.warning("claim of %s answered %s", ticket.get("label"), r.status_code)
            return ClaimAnswer("unreachable")
        body = r.json()
        return ClaimAnswer("granted" if body["granted"] else "refused", body.get("ticket"))
