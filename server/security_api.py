"""The device's own security operations: rotating its token."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.concurrency import run_in_threadpool
from pydantic import BaseModel

from server import auth
from server.models import Device


class RotateResponse(BaseModel):
    device_id: str
    token: str


def security_router(device_dep: Callable[..., Any]) -> APIRouter:
    router = APIRouter()
    needs_device = Depends(device_dep)

    @router.post("/v1/token/rotate", response_model=RotateResponse)
    async def rotate_token(request: Request, device: Device = needs_device) -> RotateResponse:
        """A new token for the calling device. The one it used keeps working until the new one
        is first used, so a lost answer does not lock the terminal out."""
        try:
            held = (request.headers.get("authorization") or "").split(" ", 1)[-1].strip()
            token = await run_in_threadpool(auth.rotate, request.app.state.db, device.id, grace=True,
                                            caller=auth.digest(held))
        except auth.AuthError as exc:
            raise HTTPException(401, str(exc)) from exc
        return RotateResponse(device_id=device.id, token=token)

    return router
