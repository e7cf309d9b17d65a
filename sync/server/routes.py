"""HTTP routes besides push, pull and blobs: health and device enrolment."""

from datetime import datetime
from typing import Any, Literal

from fastapi import APIRouter, Depends
from pydantic import BaseModel
from sqlalchemy import text

from sync.protocol import PROTOCOL_VERSION, EnrollRequest, EnrollResponse, ErrorBody
from sync.server.auth import protocol_checked
from sync.server.db import DatabaseBusy, DatabaseUnavailable, snapshot, utcnow
from sync.server.deps import ApiError, EngineDep
from sync.server.devices import enroll
from sync.server.identity import server_id


def errors(*codes: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI entries saying that these statuses carry an ErrorBody."""
    return {code: {"model": ErrorBody} for code in codes}


class HealthResponse(BaseModel):
    status: Literal["ok"]
    database: Literal["ok"]
    protocol: int
    server_time: datetime


router = APIRouter()


@router.get("/health", response_model=HealthResponse, responses=errors(503))
def health(engine: EngineDep) -> HealthResponse:
    try:
        with snapshot(engine) as conn:
            conn.execute(text("SELECT 1"))
    except (DatabaseUnavailable, DatabaseBusy) as exc:
        raise ApiError(503, "database_unavailable", str(exc)) from None
    return HealthResponse(
        status="ok", database="ok", protocol=PROTOCOL_VERSION, server_time=utcnow()
    )


@router.post(
    "/devices/enroll",
    response_model=EnrollResponse,
    responses=errors(401, 409, 426),
    dependencies=[Depends(protocol_checked)],
)
def enroll_device(body: EnrollRequest, engine: EngineDep) -> EnrollResponse:
    enrolment = enroll(
        engine,
        username=body.username,
        password=body.password,
        device_id=body.device_id,
        device_name=body.device_name,
    )
    return EnrollResponse(
        device_id=enrolment.device_id,
        token=enrolment.token,
        team=enrolment.team_id,
        role=enrolment.role,  # type: ignore[arg-type]  # the table's CHECK holds it to the Literal
        device_prefix=enrolment.prefix,
        server_id=server_id(engine),
        server_time=utcnow(),
    )
