"""HTTP routes besides push, pull and blobs: health and device enrolment."""

import asyncio
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from typing import Any, Literal

from fastapi import APIRouter, Depends, Request
from fastapi.concurrency import run_in_threadpool
from pydantic import BaseModel
from sqlalchemy import Engine, text

from sync.protocol import PROTOCOL_VERSION, EnrollRequest, EnrollResponse, ErrorBody
from sync.server.accounts.auth import protocol_checked
from sync.server.accounts.devices import enroll
from sync.server.accounts.enrol_throttle import EnrolThrottle
from sync.server.api.deps import ApiError, EngineDep, HealthEngineDep
from sync.server.api.gates import Gates
from sync.server.storage.db import DatabaseBusy, DatabaseUnavailable, snapshot, utcnow
from sync.server.storage.identity import server_id


def errors(*codes: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI entries saying that these statuses carry an ErrorBody."""
    return {code: {"model": ErrorBody} for code in codes}


class HealthResponse(BaseModel):
    status: Literal["ok"]
    database: Literal["ok"]
    protocol: int
    server_time: datetime


router = APIRouter()


# Health has a thread of its own: a queue of pushes and pulls in the shared worker threads
# must not make the monitoring think the server is down.
_HEALTH = ThreadPoolExecutor(max_workers=1, thread_name_prefix="fallakte-health")


def _database_ok(engine: Engine) -> None:
    with snapshot(engine) as conn:
        conn.execute(text("SELECT 1"))


@router.get("/health", response_model=HealthResponse, responses=errors(503))
async def health(engine: HealthEngineDep) -> HealthResponse:
    try:
        await asyncio.get_running_loop().run_in_executor(_HEALTH, _database_ok, engine)
    except (DatabaseUnavailable, DatabaseBusy) as exc:
        raise ApiError(503, "database_unavailable", str(exc)) from None
    return HealthResponse(
        status="ok", database="ok", protocol=PROTOCOL_VERSION, server_time=utcnow()
    )


def _address(request: Request) -> str:
    # Behind the reverse proxy uvicorn puts the laptop's address here (X-Forwarded-For,
    # trusted from the proxy on 127.0.0.1 only).
    return request.client.host if request.client else "unknown"


@router.post(
    "/devices/enroll",
    response_model=EnrollResponse,
    responses=errors(401, 409, 422, 426, 429, 503),
    dependencies=[Depends(protocol_checked)],
)
async def enroll_device(body: EnrollRequest, request: Request, engine: EngineDep) -> EnrollResponse:
    """Enrol this device: user name and password in, a device token out.

    Failed attempts per user name and per address lead to a lockout (429 with Retry-After);
    password checks are admitted a few at a time (503 with Retry-After when too many wait).
    """
    throttle: EnrolThrottle = request.app.state.enrol_throttle
    address = _address(request)
    wait = throttle.retry_after(body.username, address)
    if wait is not None:
        raise ApiError(
            429,
            "too_many_attempts",
            f"Zu viele Fehlversuche / too many failed sign-ins: try again in {wait} s",
            headers={"Retry-After": str(wait)},
        )
    gates: Gates = request.app.state.gates
    try:
        enrolment = await gates.hash(
            enroll,
            engine,
            username=body.username,
            password=body.password,
            device_id=body.device_id,
            device_name=body.device_name,
        )
    except ApiError as exc:
        if exc.code == "bad_credentials":
            throttle.failed(body.username, address)
        raise
    throttle.succeeded(body.username)
    return EnrollResponse(
        device_id=enrolment.device_id,
        token=enrolment.token,
        team=enrolment.team_id,
        role=enrolment.role,  # type: ignore[arg-type]  # the table's CHECK holds it to the Literal
        device_prefix=enrolment.prefix,
        server_id=await run_in_threadpool(server_id, engine),
        server_time=utcnow(),
    )
