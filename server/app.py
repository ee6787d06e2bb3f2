"""The HTTP API (versioned under /v1). Everything but /v1/health and the tickets' public pages (/t/<id>) needs a device token."""

from __future__ import annotations

import asyncio
import json
import os
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Header, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, StreamingResponse
from pydantic import AfterValidator, BaseModel, Field
from starlette.concurrency import run_in_threadpool

from kiosk import __version__
from kiosk.paths import kiosk_home
from server import auth, notify, public, queue, sync
from server.blobs import BlobError, BlobStore
from server.centers import config_for_role
from server.db import ServerDB
from server.models import Center, Device

# an idle event stream looks at the feed this often even without a wake-up (other replicas)
FEED_POLL = 1.0
# an open event stream checks its token again this often (a revocation ends it)
TOKEN_RECHECK_S = 5.0


def _no_nul(value: str) -> str:
    if "\x00" in value:  # PostgreSQL's text cannot hold it: refused here, not by a database error
        raise ValueError("NUL character")
    return value


Text = Annotated[str, AfterValidator(_no_nul)]  # the same JSON schema as str


class EnrolRequest(BaseModel):
    code: Text = Field(min_length=4, max_length=64)
    name: Text = Field(default="", max_length=128)


class EnrolResponse(BaseModel):
    device_id: str
    token: str
    center: str
    role: str


class Op(BaseModel):
    id: str = Field(min_length=1, max_length=36)
    entity: str = Field(max_length=32)
    entity_id: str = Field(default="", max_length=36)
    op: str = Field(max_length=32)
    payload: dict[str, Any]
    created_at: str = ""


class PushRequest(BaseModel):
    ops: list[Op] = Field(max_length=1000)


class OpResultModel(BaseModel):
    id: str
    status: str
    reason: str | None = None


class PushResponse(BaseModel):
    results: list[OpResultModel]


class PullResponse(BaseModel):
    changes: list[dict[str, Any]]
    cursor: int
    more: bool


class AllocateRequest(BaseModel):
    service: str = Field(min_length=1, max_length=16)
    local_day: str = Field(pattern=r"^\d{4}-\d{2}-\d{2}$")


class AllocateResponse(BaseModel):
    service: str
    local_day: str
    number: int
    label: str
    server_time: str


class ClaimRequest(BaseModel):
    ticket_id: Text = Field(min_length=1, max_length=36)
    version: int = Field(ge=1)
    counter: int = Field(ge=1, le=999)
    officer: Text | None = Field(default=None, max_length=32)
    # the id the counter gives its call event: the server records the call at once (boards see it
    # now), and the counter's own op for it later is a duplicate
    event_id: Text | None = Field(default=None, max_length=36)
    reason: Text = Field(default="", max_length=64)


class ClaimResponse(BaseModel):
    granted: bool
    ticket: dict[str, Any] | None = None


class CenterResponse(BaseModel):
    code: str
    name: str
    config_toml: str


class Health(BaseModel):
    status: str
    version: str
    time: str


async def current_device(request: Request, authorization: Annotated[str | None, Header()] = None) -> Device:
    if not authorization or not authorization.lower().startswith("bearer "):
        raise HTTPException(401, "device token required (Authorization: Bearer …)")
    token = authorization.split(" ", 1)[1].strip()
    known = auth.cached_device(token)  # most requests: no thread, no database
    if known is not None:
        return known
    try:
        return await run_in_threadpool(auth.device_for_token, request.app.state.db, token)
    except auth.AuthError as exc:
        raise HTTPException(401, str(exc)) from exc


DeviceDep = Annotated[Device, Depends(current_device)]


class BlobStatus(BaseModel):
    sha256: str
    complete: bool
    size: int


def create_app(db: ServerDB, blobs: BlobStore | None = None) -> FastAPI:
    app = FastAPI(
        title="Kiosk Một cửa — central server",
        version="1",
        description="Enrolment, sync (push/pull) and the shared queue of the one-stop-shop kiosks.",
    )
    app.state.db = db
    app.state.stop_listening = (notify.listen_postgres(db.url) if db.url.startswith("postgresql")
                                else None)  # other replicas' changes wake this process's streams
    blob_store = blobs or BlobStore(Path(os.environ.get("KIOSK_BLOBS") or kiosk_home() / "blobs"))

    @app.get("/v1/health", response_model=Health)
    def health() -> Health:
        return Health(status="ok", version=__version__, time=db.clock().isoformat())

    @app.post("/v1/enroll", response_model=EnrolResponse)
    def enroll(body: EnrolRequest) -> EnrolResponse:
        try:
            device, token = auth.enrol(db, body.code, body.name)
        except auth.AuthError as exc:
            raise HTTPException(403, str(exc)) from exc
        return EnrolResponse(device_id=device.id, token=token, center=device.center_code, role=device.role)

    @app.get("/v1/center", response_model=CenterResponse)
    def center(device: DeviceDep) -> CenterResponse:
        with db.sessions() as s:
            row = s.get(Center, device.center_code)
            assert row is not None
            return CenterResponse(code=row.code, name=row.name,
                                  config_toml=config_for_role(row.config_toml, device.role))

    @app.post("/v1/push", response_model=PushResponse)
    def push(body: PushRequest, device: DeviceDep) -> PushResponse:
        results = sync.push(db, device, [op.model_dump() for op in body.ops])
        notify.notify(device.center_code)
        return PushResponse(results=[OpResultModel(id=r.id, status=r.status, reason=r.reason) for r in results])

    @app.get("/v1/pull", response_model=PullResponse)
    def pull(device: DeviceDep, cursor: Annotated[int, Query(ge=0)] = 0,
             limit: Annotated[int, Query(ge=1, le=2000)] = 500) -> PullResponse:
        changes, new_cursor, more = sync.pull(db, device, cursor, limit)
        return PullResponse(changes=changes, cursor=new_cursor, more=more)

    @app.get("/v1/events", response_class=StreamingResponse,
             responses={200: {"content": {"text/event-stream": {}}}})
    async def events(request: Request, device: DeviceDep, last_event_id: Annotated[int, Header(ge=0)] = 0,
                     cursor: Annotated[int | None, Query(ge=0)] = None) -> StreamingResponse:
        """The center's feed as server-sent events (``id`` = feed number); resume with Last-Event-ID.
        The token is checked again every few seconds: a revoked or replaced token ends the stream."""
        start = cursor if cursor is not None else last_event_id
        token = (request.headers.get("authorization") or "").split(" ", 1)[-1].strip()

        async def stream() -> AsyncIterator[str]:
            position = start
            waiter = notify.subscribe(device.center_code)
            quiet = 0.0
            checked = time.monotonic()
            try:
                while True:
                    if time.monotonic() - checked >= TOKEN_RECHECK_S:
                        try:
                            await run_in_threadpool(auth.device_for_token, db, token)
                        except auth.AuthError:
                            yield "event: revoked\ndata: {}\n\n"
                            return
                        checked = time.monotonic()
                    waiter[1].clear()
                    changes, position, _more = await run_in_threadpool(sync.pull, db, device, position, 200)
                    for change in changes:
                        body = json.dumps(change, ensure_ascii=False)
                        yield f"id: {change['seq']}\nevent: change\ndata: {body}\n\n"
                    if changes:
                        quiet = 0.0
                        continue
                    try:
                        await asyncio.wait_for(waiter[1].wait(), timeout=FEED_POLL)
                    except TimeoutError:
                        quiet += FEED_POLL
                        if quiet >= 15:  # a comment keeps proxies and the client's read timeout happy
                            quiet = 0.0
                            yield ": keep-alive\n\n"
            finally:
                notify.unsubscribe(device.center_code, waiter)

        return StreamingResponse(stream(), media_type="text/event-stream",
                                 headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})

    @app.get("/t/{ticket_id}", response_class=HTMLResponse, include_in_schema=False)
    def ticket_page(ticket_id: str, lang: str | None = None,
                    accept_language: Annotated[str, Header()] = "") -> HTMLResponse:
        """The page a ticket's QR opens: public (no token), nothing personal on it."""
        chosen = lang if lang in ("vi", "en") else ("en" if accept_language.lower().startswith("en") else "vi")
        data = public.ticket_status(db, ticket_id[:36])
        return HTMLResponse(public.ticket_page(data, ticket_id[:36], chosen), status_code=200 if data else 404,
                            headers={"Cache-Control": "no-store"})

    @app.get("/v1/blobs/{sha256}", response_model=BlobStatus)
    def blob_status(sha256: str, device: DeviceDep) -> BlobStatus:
        """How much of a blob the server has (resume an upload from ``size``)."""
        try:
            complete, size = blob_store.status(sha256, device.center_code)
        except BlobError as exc:
            raise HTTPException(exc.status, exc.reason) from exc
        return BlobStatus(sha256=sha256, complete=complete, size=size)

    @app.patch("/v1/blobs/{sha256}", response_model=BlobStatus)
    async def blob_append(sha256: str, request: Request, device: DeviceDep,
                          offset: Annotated[int, Query(ge=0)], length: Annotated[int, Query(ge=1)]) -> BlobStatus:
        """Append a chunk at ``offset`` of a blob of ``length`` bytes; checked by SHA-256 when whole."""
        chunk = await request.body()
        if len(chunk) > 8 * 1024 * 1024:
            raise HTTPException(413, "chunks of at most 8 MiB")
        try:
            complete, size = await run_in_threadpool(blob_store.append, sha256, device.center_code, offset, length,
                                                     chunk)
        except BlobError as exc:
            raise HTTPException(exc.status, exc.reason) from exc
        return BlobStatus(sha256=sha256, complete=complete, size=size)

    @app.post("/v1/allocate", response_model=AllocateResponse)
    def allocate(body: AllocateRequest, device: DeviceDep) -> AllocateResponse:
        try:
            return AllocateResponse(**queue.allocate(db, device, body.service.upper(), body.local_day))
        except queue.QueueRefusal as exc:
            raise HTTPException(exc.status, exc.reason) from exc

    @app.post("/v1/claim", response_model=ClaimResponse)
    def claim(body: ClaimRequest, device: DeviceDep) -> ClaimResponse:
        result = queue.claim(db, device, body.ticket_id, body.version, body.counter, body.officer,
                             body.event_id, body.reason)
        notify.notify(device.center_code)
        return ClaimResponse(granted=result.granted, ticket=result.ticket)

    from server.security_api import security_router

    app.include_router(security_router(current_device))
    return app


def app_from_env() -> FastAPI:
    """For ``uvicorn --factory`` with several worker processes (KIOSK_SERVER_DB names the database)."""
    import os

    return create_app(ServerDB(os.environ["KIOSK_SERVER_DB"]))
