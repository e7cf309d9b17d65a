"""Routes for push and pull: thin over sync_service, pull answered with pre-serialised JSON."""

from typing import Annotated

import orjson
from fastapi import APIRouter, Depends, Query
from fastapi.responses import Response

from sync.protocol import (
    DEFAULT_PULL_RECORDS,
    MAX_PAGE_BYTES,
    MAX_PULL_RECORDS,
    PushRequest,
    PushResponse,
)
from sync.server import pull as pull_service
from sync.server import sync_service
from sync.server.auth import DeviceContext, current_device
from sync.server.deps import ApiError, EngineDep, SettingsDep
from sync.server.metrics import MetricsDep

router = APIRouter(tags=["sync"])
DeviceDep = Annotated[DeviceContext, Depends(current_device)]


@router.post("/sync/push", response_model=PushResponse)
def push(
    request: PushRequest,
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
    try:
        result = sync_service.push(
            engine,
            pusher,
            request,
            max_skew_ms=settings.max_clock_skew_seconds * 1000,
            on_conflicts=metrics.conflicts_created.inc if metrics is not None else None,
        )
    except sync_service.ClockSkewRefused as exc:
        raise ApiError(409, "clock_skew", str(exc)) from None
    if metrics is not None:
        metrics.record_push(result)
    return Response(orjson.dumps(result.model_dump(mode="json")), media_type="application/json")


@router.get("/sync/pull")
def pull(
    device: DeviceDep,
    engine: EngineDep,
    metrics: MetricsDep,
    cursor: Annotated[int, Query(ge=0, le=2**62)] = 0,
    limit: Annotated[int, Query(ge=1, le=MAX_PULL_RECORDS)] = DEFAULT_PULL_RECORDS,
) -> Response:
    page = pull_service.pull(
        engine, team_id=device.team_id, cursor=cursor, limit=limit, max_bytes=MAX_PAGE_BYTES
    )
    if metrics is not None:
        metrics.record_pull(page)
    return Response(orjson.dumps(page), media_type="application/json")
