"""Routes for push and pull: thin over sync_service, each admitted through its gate.

A push body is read only after the token was checked, and parsed straight into the wire
model: a client without a token cannot make the server parse megabytes of JSON.
"""

import gzip
from typing import Annotated, Any

import orjson
from fastapi import APIRouter, Depends, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from pydantic import ValidationError
from sqlalchemy import Engine

from sync.protocol import (
    DEFAULT_PULL_RECORDS,
    MAX_PAGE_BYTES,
    MAX_PULL_RECORDS,
    PushRequest,
    PushResponse,
)
from sync.server.accounts.auth import DeviceContext, current_device
from sync.server.api.deps import ApiError, EngineDep, SettingsDep
from sync.server.api.gates import Gates
from sync.server.api.routes import errors
from sync.server.ops.metrics import MetricsDep
from sync.server.pushpull import pull as pull_service
from sync.server.pushpull import sync_service

router = APIRouter(tags=["sync"])
DeviceDep = Annotated[DeviceContext, Depends(current_device)]
PUSH_BODY = {
    "requestBody": {
        "required": True,
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/PushRequest"}}},
    }
}


def _parse(body: bytes) -> PushRequest:
    try:
        return PushRequest.model_validate_json(body)
    except ValidationError as exc:
        raise RequestValidationError(
            [{**e, "loc": ("body", *e.get("loc", ()))} for e in exc.errors(include_input=False)]
        ) from None


@router.post(
    "/sync/push",
    response_model=PushResponse,
    responses=errors(401, 409, 413, 422, 426, 503),
    openapi_extra=PUSH_BODY,
)
async def push(
    request: Request,
    device: DeviceDep,
    engine: EngineDep,
    settings: SettingsDep,
    metrics: MetricsDep,
) -> Response:
    pusher = sync_service.Pusher(
        device_id=device.device_id,
        team_id=device.team_id,
        role=device.role,
        username=device.username,
    )
    gates: Gates = request.app.state.gates
    async with gates.pushes.slot():
        parsed = await run_in_threadpool(_parse, await request.body())
        try:
            result = await run_in_threadpool(
                sync_service.push,
                engine,
                pusher,
                parsed,
                max_skew_ms=settings.max_clock_skew_seconds * 1000,
                on_conflicts=metrics.conflicts_created.inc if metrics is not None else None,
            )
        except sync_service.ClockSkewRefused as exc:
            raise ApiError(409, "clock_skew", str(exc)) from None
    if metrics is not None:
        metrics.record_push(result)
    return Response(orjson.dumps(result.model_dump(mode="json")), media_type="application/json")


def _page(
    engine: Engine, team_id: str, cursor: int, limit: int, gzipped: bool
) -> tuple[dict[str, Any], bytes]:
    page = pull_service.pull(
        engine, team_id=team_id, cursor=cursor, limit=limit, max_bytes=MAX_PAGE_BYTES
    )
    body = orjson.dumps(page)
    # Compressed here, in a worker thread: the response middleware would do it on the event
    # loop, where 4 MiB take tens of milliseconds during which nothing else is answered.
    return page, gzip.compress(body, compresslevel=5) if gzipped else body


@router.get("/sync/pull", responses=errors(401, 422, 426, 503))
async def pull(
    request: Request,
    device: DeviceDep,
    engine: EngineDep,
    metrics: MetricsDep,
    cursor: Annotated[int, Query(ge=0, le=2**62)] = 0,
    limit: Annotated[int, Query(ge=1, le=MAX_PULL_RECORDS)] = DEFAULT_PULL_RECORDS,
) -> Response:
    gates: Gates = request.app.state.gates
    gzipped = "gzip" in request.headers.get("accept-encoding", "").lower()
    async with gates.pulls.slot():
        page, body = await run_in_threadpool(_page, engine, device.team_id, cursor, limit, gzipped)
    if metrics is not None:
        metrics.record_pull(page)
    headers = {"Content-Encoding": "gzip", "Vary": "Accept-Encoding"} if gzipped else None
    return Response(body, media_type="application/json", headers=headers)
