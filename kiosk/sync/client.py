"""The terminal's side of sync: enrol once, push the outbox in order, pull the center's feed.

- Push: pending outbox ops, oldest first, in batches; each answered op is marked applied,
  duplicate or rejected (kept as a dead letter with the reason, never dropped, never blocking).
  An op whose answer was lost is simply sent again: the server answers ``duplicate``.
- Pull: changes after the stored cursor, applied together with the new cursor in one local
  transaction; the cursor only moves forward. A ticket keeps its highest version.
- Status: last success, offline since, last error, pending and dead-letter counts.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import random
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kiosk.errors import KioskError
from kiosk.store.db import Store
from kiosk.store.models import (
    OutboxOp,
    OutboxStatus,
    SyncState,
    Ticket,
)
from kiosk.sync.apply import (
    SyncPayloadError,
    add_dossier_event,
    add_ticket_event,
    upsert_dossier,
    upsert_ticket,
)
from kiosk.timeutil import Clock, utc_now

log = logging.getLogger(__name__)

DEVICE_FILE = "device.json"


@dataclass(frozen=True)
class DeviceIdentity:
    server: str
    device_id: str
    center: str
    role: str
    token: str
    # the CA certificate (PEM) the server's certificate must chain to; empty: the system's CAs
    ca_file: str = ""
    # plain http:// to a server not on this machine (a test bench on a closed network only)
    allow_http: bool = False


_LOOPBACK_NAMES = {"localhost", "localhost.localdomain"}


def is_loopback(host: str) -> bool:
    import ipaddress

    host = host.strip("[]").lower()
    if host in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def server_client(server: str, *, ca_file: str = "", allow_http: bool = False, timeout: float = 10.0,
                  transport: httpx.BaseTransport | None = None, token: str | None = None) -> httpx.Client:
    """An HTTP client to the central server: HTTPS, verified against ``ca_file`` (or the
    system's CAs); plain HTTP only to this machine itself or when ``allow_http`` says so.

    Raises:
        KioskError: ``plain_http_refused`` or ``ca_file_unusable``: nothing is sent.
    """
    import ssl

    url = httpx.URL(server.rstrip("/"))
    verify: ssl.SSLContext | bool = True
    if url.scheme == "http":
        if not (allow_http or is_loopback(url.host)):
            raise KioskError("plain_http_refused", server=server)
    elif url.scheme != "https":
        raise KioskError("plain_http_refused", server=server)
    elif ca_file:
        try:
            verify = ssl.create_default_context(cafile=ca_file)
        except (OSError, ssl.SSLError) as exc:
            raise KioskError("ca_file_unusable", path=ca_file, detail=str(exc)) from exc
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return httpx.Client(base_url=str(url), timeout=timeout, transport=transport, verify=verify,
                        headers=headers)


def write_center_config(home: Path, toml_text: str) -> bool:
    """The center's configuration from the server, kept beside this terminal's own settings.

    Validated first; a configuration this terminal cannot read is logged and left aside (the
    previous one stays). A running terminal takes it up within seconds (``reload_config``).
    """
    import tomllib

    from kiosk.config import CENTER_FILE, parse_config
    from kiosk.errors import ConfigError

    try:
        parse_config(tomllib.loads(toml_text), home / CENTER_FILE)
    except (tomllib.TOMLDecodeError, ConfigError) as exc:
        log.error("center configuration from the server refused: %s", exc)
        return False
    from kiosk.paths import atomic_write_text

    atomic_write_text(home / CENTER_FILE, toml_text)
    return True


def device_path(home: Path) -> Path:
    return home / DEVICE_FILE


def load_device(home: Path) -> DeviceIdentity | None:
    path = device_path(home)
    if not path.exists():
        return None
    raw = json.loads(path.read_text(encoding="utf-8"))
    known = set(DeviceIdentity.__dataclass_fields__)
    return DeviceIdentity(**{k: v for k, v in raw.items() if k in known})


def save_device(home: Path, device: DeviceIdentity) -> Path:
    """Write the token readable by this user only (0600), atomically."""
    path = device_path(home)
    tmp = path.with_suffix(".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(asdict(device), fh)
    os.chmod(tmp, 0o600)
    os.replace(tmp, path)
    return path


def enroll(home: Path, server: str, code: str, name: str = "", transport: httpx.BaseTransport | None = None,
           ca_file: str = "", allow_http: bool = False) -> DeviceIdentity:
    server = server.rstrip("/")
    if ca_file:
        ca_file = str(Path(ca_file).resolve())
    try:
        with server_client(server, ca_file=ca_file, allow_http=allow_http, transport=transport) as client:
            r = client.post("/v1/enroll", json={"code": code, "name": name})
    except httpx.HTTPError as exc:
        raise KioskError("sync_unreachable", server=server, detail=str(exc)) from exc
    if r.status_code != 200:
        raise KioskError("enrol_refused", detail=r.json().get("detail", r.text) if r.headers.get(
            "content-type", "").startswith("application/json") else r.text)
    body = r.json()
    device = DeviceIdentity(server, body["device_id"], body["center"], body["role"], body["token"],
                            ca_file, allow_http)
    save_device(home, device)
    return device


def rotate_token(home: Path, device: DeviceIdentity, transport: httpx.BaseTransport | None = None,
                 ) -> DeviceIdentity:
    """Ask the server for a new token and keep it (device.json, 0600). The server accepts the old
    token until the new one is first used, so an answer lost on the way locks nobody out: the
    next rotation (or the old token) still works."""
    from dataclasses import replace

    try:
        with server_client(device.server, ca_file=device.ca_file, allow_http=device.allow_http,
                           transport=transport, token=device.token) as client:
            r = client.post("/v1/token/rotate")
    except httpx.HTTPError as exc:
        raise KioskError("sync_unreachable", server=device.server, detail=str(exc)) from exc
    if r.status_code == 401:
        raise KioskError("device_revoked")
    if r.status_code != 200:
        raise KioskError("sync_unreachable", server=device.server, detail=f"{r.status_code} {r.text[:200]}")
    new = replace(device, token=str(r.json()["token"]))
    save_device(home, new)
    log.info("device token rotated", extra={"event": "token_rotated"})
    return new


def record_sync_error(store: Store, message: str) -> None:
    """A sync that cannot even start (a refused server address, a missing CA file): said in the
    terminal's sync status like any failed sync."""
    with store.write() as s:
        SyncClient._set(s, "last_error", message[:300])


class DeviceRevoked(Exception):
    """The server no longer accepts this terminal's token: a technician must enrol it again."""


@dataclass
class SyncReport:
    pushed: int = 0
    duplicates: int = 0
    rejected: int = 0
    pulled: int = 0
    pending: int = 0
    dead_letters: int = 0
    cursor: int = 0
    ok: bool = True
    error: str | None = None
    last_success_at: str | None = None
    offline_since: str | None = None


def sync_status(store: Store) -> SyncReport:
    """What the local store says of the link: no network, cheap enough for a screen's timer."""
    def get(s: Session, key: str) -> str | None:
        row = s.get(SyncState, key)
        return row.value if row else None

    with store.read() as s:
        pending = s.scalar(select(func.count()).select_from(OutboxOp)
                           .where(OutboxOp.status == OutboxStatus.PENDING)) or 0
        dead = s.scalar(select(func.count()).select_from(OutboxOp)
                        .where(OutboxOp.status == OutboxStatus.REJECTED)) or 0
        error = get(s, "last_error")
        return SyncReport(pending=pending, dead_letters=dead, cursor=int(get(s, "cursor") or 0),
                          last_success_at=get(s, "last_success_at"), offline_since=get(s, "offline_since"),
                          error=error, ok=error is None)


class SyncClient:
    def __init__(self, store: Store, device: DeviceIdentity, clock: Clock = utc_now, batch: int = 500,
                 transport: httpx.BaseTransport | None = None, timeout: float = 10.0) -> None:
        self.store = store
        self.device = device
        self.clock = clock
        self.batch = batch
        self.http = server_client(device.server, ca_file=device.ca_file, allow_http=device.allow_http,
                                  timeout=timeout, transport=transport, token=device.token)

    def close(self) -> None:
        self.http.close()

    def _send(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        """A request; a 401 is answered by reading device.json again first: the token may have
        been rotated by another process (`kiosk rotate-token`) since this client started."""
        r = self.http.request(method, url, **kwargs)
        if r.status_code == 401 and self._reload_token():
            r = self.http.request(method, url, **kwargs)
        return r

    def _reload_token(self) -> bool:
        fresh = load_device(self.store.path.parent)
        if fresh is None or fresh.token == self.device.token or fresh.device_id != self.device.device_id:
            return False
        self.device = fresh
        self.http.headers["Authorization"] = f"Bearer {fresh.token}"
        log.info("device token changed on disk: using the new one")
        return True

    # ------------------------------------------------------------------ state
    @staticmethod
    def _get(s: Session, key: str) -> str | None:
        row = s.get(SyncState, key)
        return row.value if row else None

    @staticmethod
    def _set(s: Session, key: str, value: str | None) -> None:
        row = s.get(SyncState, key)
        if value is None:
            if row is not None:
                s.delete(row)
        elif row is None:
            s.add(SyncState(key=key, value=value))
        else:
            row.value = value

    def status(self) -> SyncReport:
        return sync_status(self.store)

    # ------------------------------------------------------------------ blobs
    def upload_blob(self, path: Path, chunk: int = 256 * 1024) -> str:
        """Send a file as a content-addressed blob, resuming where the server stopped.

        Returns its SHA-256 once the server has checked the whole; raises httpx.HTTPError
        otherwise (the op that needs it then waits, and nothing local is deleted).
        """
        digest = hashlib.sha256()
        with open(path, "rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                digest.update(block)
        sha, size = digest.hexdigest(), path.stat().st_size
        r = self.http.get(f"/v1/blobs/{sha}")
        r.raise_for_status()
        state = r.json()
        with open(path, "rb") as fh:
            while not state["complete"]:
                fh.seek(state["size"])
                r = self.http.patch(f"/v1/blobs/{sha}", params={"offset": state["size"], "length": size},
                                    content=fh.read(chunk))
                r.raise_for_status()
                state = r.json()
        return sha

    def _upload_needed(self, op: OutboxOp) -> None:
        for blob in (op.payload or {}).get("blobs") or []:
            sha = self.upload_blob(Path(blob["path"]))
            if sha != blob.get("sha256"):
                raise ValueError(f"{blob['path']} changed since it was recorded (sha256 {sha})")

    # ------------------------------------------------------------------ push
    def push(self, report: SyncReport) -> None:
        while True:
            with self.store.read() as s:
                ops = list(s.scalars(select(OutboxOp).where(OutboxOp.status == OutboxStatus.PENDING)
                                     .order_by(OutboxOp.created_at, OutboxOp.id).limit(self.batch)))
            if not ops:
                return
            # files first: an op that names a blob goes only once the server holds the blob
            for k, op in enumerate(ops):
                try:
                    self._upload_needed(op)
                except (OSError, ValueError) as exc:  # its file is gone or changed: never sendable
                    with self.store.write() as s:
                        row = s.get(OutboxOp, op.id)
                        if row is not None:
                            row.status, row.reason = OutboxStatus.REJECTED, f"file: {exc}"[:300]
                    report.rejected += 1
                    ops = ops[:k]
                    break
                except httpx.HTTPError:
                    if k == 0:
                        raise
                    ops = ops[:k]  # the ops before it go now, in order; it waits for its file
                    break
            if not ops:
                continue
            body = {"ops": [{"id": o.id, "entity": o.entity, "entity_id": o.entity_id, "op": o.op,
                             "payload": o.payload, "created_at": o.created_at.isoformat()} for o in ops]}
            r = self._send("POST", "/v1/push", json=body)
            if r.status_code == 401:
                raise DeviceRevoked(r.json().get("detail", "unauthorized"))
            if r.status_code != 200:
                raise httpx.HTTPStatusError(f"push answered {r.status_code}: {r.text[:200]}",
                                            request=r.request, response=r)
            results = {x["id"]: x for x in r.json()["results"]}
            now = self.clock()
            with self.store.write() as s:
                for op in ops:
                    row = s.get(OutboxOp, op.id)
                    answer = results.get(op.id)
                    if row is None or answer is None:
                        continue  # unanswered: stays pending, sent again next time
                    row.attempts += 1
                    row.status = answer["status"]
                    row.reason = answer.get("reason")
                    row.sent_at = now
                    if answer["status"] == OutboxStatus.APPLIED:
                        report.pushed += 1
                    elif answer["status"] == OutboxStatus.DUPLICATE:
                        report.duplicates += 1
                    else:
                        report.rejected += 1
                        log.warning("op %s (%s/%s) rejected by the server: %s", op.id, op.entity, op.op,
                                    answer.get("reason"))
            if len(ops) < self.batch:
                return

    # ------------------------------------------------------------------ pull
    def pull(self, report: SyncReport) -> None:
        while True:
            with self.store.read() as s:
                cursor = int(self._get(s, "cursor") or 0)
            r = self._send("GET", "/v1/pull", params={"cursor": cursor, "limit": 500})
            if r.status_code == 401:
                raise DeviceRevoked(r.json().get("detail", "unauthorized"))
            if r.status_code != 200:
                raise httpx.HTTPStatusError(f"pull answered {r.status_code}: {r.text[:200]}",
                                            request=r.request, response=r)
            body = r.json()
            with self.store.write() as s:
                stored = int(self._get(s, "cursor") or 0)
                if stored != cursor:
                    continue  # another sync ran meanwhile; read again from its cursor
                for change in body["changes"]:
                    self._apply_change(s, change)
                if body["cursor"] > cursor:  # only ever forward
                    self._set(s, "cursor", str(body["cursor"]))
            report.pulled += len(body["changes"])
            report.cursor = max(cursor, body["cursor"])
            if not body["more"]:
                return

    def apply_live(self, change: dict[str, Any]) -> bool:
        """One change pushed by the server's event stream; False when there is a gap to pull."""
        seq = int(change.get("seq") or 0)
        with self.store.write() as s:
            cursor = int(self._get(s, "cursor") or 0)
            if seq <= cursor:
                return True  # already here (pulled meanwhile)
            if seq != cursor + 1:
                return False  # something in between was missed: the caller pulls
            self._apply_change(s, change)
            self._set(s, "cursor", str(seq))
        return True

    def listen(self, stop: Any = None, read_timeout: float = 30.0) -> None:
        """Follow the server's event stream (SSE) until ``stop()``; reconnects with backoff.

        Each change is applied as it arrives, so a board shows a call made at another counter
        within a fraction of a second; a gap in the numbers falls back to a pull.
        """
        failures = 0
        while stop is None or not stop():
            try:
                # catch up first in batches (a board that was off for a day would otherwise apply
                # thousands of changes one transaction each before showing the next call)
                self.pull(SyncReport())
                with self.store.read() as s:
                    cursor = int(self._get(s, "cursor") or 0)
                headers = {"Last-Event-ID": str(cursor), "Accept": "text/event-stream"}
                timeout = httpx.Timeout(10.0, read=read_timeout)
                with self.http.stream("GET", "/v1/events", headers=headers, timeout=timeout) as r:
                    if r.status_code != 200:
                        raise httpx.HTTPStatusError(f"events answered {r.status_code}", request=r.request,
                                                    response=r)
                    failures = 0
                    data: list[str] = []
                    for line in r.iter_lines():
                        if stop is not None and stop():
                            return
                        if line.startswith("data:"):
                            data.append(line[5:].strip())
                        elif line == "" and data:
                            change = json.loads("\n".join(data))
                            data = []
                            if not self.apply_live(change):
                                self.pull(SyncReport())
            except (httpx.HTTPError, ValueError, KeyError, DeviceRevoked) as exc:
                failures += 1
                log.info("event stream interrupted (%s); reconnecting", exc)
                time.sleep(min(30.0, 0.5 * 2 ** failures) * random.uniform(0.5, 1.0))

    def _apply_change(self, s: Session, change: dict[str, Any]) -> None:
        if not isinstance(change, dict) or not isinstance(change.get("body") or {}, dict):
            raise SyncPayloadError("change", "*", "không phải một đối tượng JSON", "not a JSON object")
        entity, data = change.get("entity"), change.get("body") or {}
        if entity == "center_config" and isinstance(data.get("config_toml"), str):
            write_center_config(self.store.path.parent, data["config_toml"])
            return
        if entity == "dossier":
            clash = upsert_dossier(s, data.get("payload") or {})
            if clash:
                self._set(s, "last_clash", clash)
            return
        if entity == "dossier_event":
            add_dossier_event(s, data.get("payload") or {})
            return
        if entity in ("ticket", "ticket_event"):
            ticket = self._upsert_ticket(s, data.get("ticket") or {})
            event = data.get("event")
            if entity == "ticket_event" and event and ticket is not None:
                add_ticket_event(s, ticket, event)  # checked like the ticket (SyncPayloadError)

    def _upsert_ticket(self, s: Session, snap: dict[str, Any]) -> Ticket | None:
        ticket, clash = upsert_ticket(s, snap)
        if clash:
            self._set(s, "last_clash", clash)
        return ticket

    # ------------------------------------------------------------------ cycle
    def run_once(self) -> SyncReport:
        report = SyncReport()
        try:
            self.push(report)
            self.pull(report)
        except (httpx.HTTPError, KeyError, ValueError, DeviceRevoked) as exc:
            report.ok = False
            report.error = (f"REVOKED: {exc} — enrol this terminal again (kiosk enroll)"
                            if isinstance(exc, DeviceRevoked) else f"{type(exc).__name__}: {exc}")[:300]
            now = self.clock().isoformat()
            with self.store.write() as s:
                if self._get(s, "offline_since") is None:
                    self._set(s, "offline_since", now)
                self._set(s, "last_error", report.error)
            log.warning("sync failed: %s", report.error)
        else:
            now = self.clock().isoformat()
            with self.store.write() as s:
                self._set(s, "last_success_at", now)
                self._set(s, "offline_since", None)
                self._set(s, "last_error", None)
        status = self.status()
        report.pending, report.dead_letters = status.pending, status.dead_letters
        report.cursor = status.cursor
        report.last_success_at, report.offline_since = status.last_success_at, status.offline_since
        return report

    def run_forever(self, interval: float = 2.0, max_backoff: float = 60.0, stop: Any = None) -> None:
        """Sync every ``interval`` seconds; after failures wait longer (exponential, with jitter)."""
        failures = 0
        while stop is None or not stop():
            report = self.run_once()
            failures = 0 if report.ok else failures + 1
            delay = interval if report.ok else min(max_backoff, interval * 2 ** failures)
            time.sleep(delay * random.uniform(0.5, 1.0) if failures else delay)

