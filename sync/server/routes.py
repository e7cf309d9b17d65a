"""HTTP routes besides push and pull: health, device enrolment, content-addressed blobs."""

import hashlib
from datetime import datetime
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Path, Request, Response
from fastapi.concurrency import run_in_threadpool
from pydantic import BaseModel
from sqlalchemy import Engine, Select, insert, select, text
from sqlalchemy.exc import IntegrityError

from sync.protocol import PROTOCOL_VERSION, EnrollRequest, EnrollResponse, ErrorBody
from sync.server import tables as t
from sync.server.auth import CurrentDevice, current_device, protocol_checked
from sync.server.db import DatabaseBusy, DatabaseUnavailable, snapshot, transaction, utcnow
from sync.server.deps import ApiError, EngineDep
from sync.server.devices import enroll
from sync.server.identity import server_id

MAX_BLOB_BYTES = 200 * 1024 * 1024
BLOB_MEDIA_TYPE = "application/octet-stream"
Sha256 = Annotated[str, Path(pattern=r"^[0-9a-f]{64}$", description="lowercase hex sha256")]


def errors(*codes: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI entries saying that these statuses carry an ErrorBody."""
    return {code: {"model": ErrorBody} for code in codes}


class HealthResponse(BaseModel):
    status: Literal["ok"]
    database: Literal["ok"]
    protocol: int
    server_time: datetime


class BlobStored(BaseModel):
    sha256: str
    size: int
    created: bool


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


def _stored_size(engine: Engine, sha256: str) -> int | None:
    with snapshot(engine) as conn:
        size: int | None = conn.execute(
            select(t.blob.c.size).where(t.blob.c.sha256 == sha256)
        ).scalar()
    return size


def _store_blob(engine: Engine, sha256: str, content: bytes) -> bool:
    try:
        with transaction(engine) as conn:
            if conn.execute(select(t.blob.c.sha256).where(t.blob.c.sha256 == sha256)).first():
                return False
            conn.execute(
                insert(t.blob).values(
                    sha256=sha256, size=len(content), content=content, created_at=utcnow()
                )
            )
    except IntegrityError:
        # The same content uploaded concurrently by another device: stored once, all is well.
        return False
    return True


@router.put(
    "/blobs/{sha256}",
    response_model=BlobStored,
    status_code=201,
    responses={200: {"model": BlobStored}, **errors(400, 401, 413, 426)},
    dependencies=[Depends(current_device)],
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {BLOB_MEDIA_TYPE: {"schema": {"type": "string", "format": "binary"}}},
        }
    },
)
async def put_blob(
    sha256: Sha256,
    request: Request,
    response: Response,
    engine: EngineDep,
) -> BlobStored:
    """Upload an attachment's content; idempotent (200 if the server already has it)."""
    stored = await run_in_threadpool(_stored_size, engine, sha256)
    if stored is not None:
        # Content-addressed: what is stored already has this hash, the body adds nothing.
        response.status_code = 200
        return BlobStored(sha256=sha256, size=stored, created=False)
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_BLOB_BYTES:
        raise _too_large()
    digest = hashlib.sha256()
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BLOB_BYTES:
            raise _too_large()
        digest.update(chunk)
        chunks.append(chunk)
    if digest.hexdigest() != sha256:
        raise ApiError(
            400,
            "hash_mismatch",
            "the uploaded content does not match its sha256; the upload was damaged, send it again",
        )
    created = await run_in_threadpool(_store_blob, engine, sha256, b"".join(chunks))
    response.status_code = 201 if created else 200
    return BlobStored(sha256=sha256, size=size, created=created)


def _team_attachment(sha256: str, team_id: str) -> Select[Any]:
    record = t.record
    return select(record.c.id).where(
        record.c.team_id == team_id,
        record.c.entity == "attachment",
        record.c.deleted.is_(False),
        record.c.fields["sha256"].as_string() == sha256,
    )


def _too_large() -> ApiError:
    return ApiError(
        413, "too_large", f"attachments are limited to {MAX_BLOB_BYTES // (1024 * 1024)} MiB"
    )


@router.get(
    "/blobs/{sha256}",
    response_class=Response,
    responses={
        200: {"content": {BLOB_MEDIA_TYPE: {"schema": {"type": "string", "format": "binary"}}}},
        **errors(401, 404, 426),
    },
)
def get_blob(sha256: Sha256, engine: EngineDep, caller: CurrentDevice) -> Response:
    """Fetch an attachment's content by its sha256, if a live attachment of the caller's team has it.

    Content is stored once for all teams; without this check a device of one team could fetch
    another team's document whose hash it learnt. Not found and not yours look the same.
    """
    with snapshot(engine) as conn:
        content = conn.execute(
            select(t.blob.c.content).where(
                t.blob.c.sha256 == sha256, _team_attachment(sha256, caller.team_id).exists()
            )
        ).scalar()
    if content is None:
        raise ApiError(404, "not_found", "the server has no attachment with this sha256")
    return Response(
        content=bytes(content),
        media_type=BLOB_MEDIA_TYPE,
        # Personal documents: no proxy or browser cache may keep a copy.
        headers={"ETag": f'"{sha256}"', "Cache-Control": "no-store"},
    )
