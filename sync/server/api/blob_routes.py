"""Attachment content over HTTP: `PUT /blobs/{sha256}` streams to disk and then into the
database in chunks; `GET /blobs/{sha256}` streams it back, to the uploading team only."""

import hashlib
import tempfile
from typing import IO, Annotated, Any

from fastapi import APIRouter, Path, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import StreamingResponse
from pydantic import BaseModel
from sqlalchemy import Engine
from sqlalchemy.exc import IntegrityError
from starlette.requests import ClientDisconnect

from sync.server.accounts.auth import CurrentDevice
from sync.server.api.deps import ApiError, EngineDep, SettingsDep
from sync.server.api.gates import Gates
from sync.server.api.routes import errors
from sync.server.blobs import blob_ownership, blob_store
from sync.server.storage.db import snapshot, transaction

MAX_BLOB_BYTES = 200 * 1024 * 1024
BLOB_MEDIA_TYPE = "application/octet-stream"
# Below this an upload stays in memory; above it goes to a private temporary file.
_SPOOL_BYTES = 1024 * 1024
Sha256 = Annotated[str, Path(pattern=r"^[0-9a-f]{64}$", description="lowercase hex sha256")]
NOT_FOUND = "the server has no attachment with this sha256"


class BlobStored(BaseModel):
    sha256: str
    size: int
    # Whether this team did not hold the content before (never whether another team does).
    created: bool


router = APIRouter()


def _too_large() -> ApiError:
    return ApiError(
        413, "too_large", f"attachments are limited to {MAX_BLOB_BYTES // (1024 * 1024)} MiB"
    )


def _over_quota(quota: int) -> ApiError:
    return ApiError(
        507,
        "quota_exceeded",
        f"Speicher des Teams voll / the team's attachment storage ({quota // (1024 * 1024)} MiB) "
        "is full: ask the administrator; nothing was lost, the device keeps the file",
    )


def _check_quota(engine: Engine, team_id: str, sha256: str, size: int, quota: int) -> int | None:
    """The content's size if the team holds it already (nothing to read), else None;
    ApiError 507 if taking `size` more bytes would exceed the team's quota."""
    with snapshot(engine) as conn:
        if blob_ownership.holds(conn, team_id, sha256):
            return blob_store.size_of(conn, sha256) or 0
        if blob_ownership.used_bytes(conn, team_id) + size > quota:
            raise _over_quota(quota)
    return None


def _store(
    engine: Engine, team_id: str, sha256: str, source: IO[bytes], size: int, quota: int
) -> bool:
    for attempt in range(2):
        try:
            with transaction(engine) as conn:
                if not blob_ownership.holds(conn, team_id, sha256) and (
                    blob_ownership.used_bytes(conn, team_id) + size > quota
                ):
                    raise _over_quota(quota)
                if blob_store.size_of(conn, sha256) is None:
                    source.seek(0)
                    blob_store.write(conn, sha256, source, size)
                return blob_ownership.grant(conn, team_id, sha256)
        except IntegrityError:
            # The same content uploaded at this moment by another device: stored once, try again.
            if attempt:
                raise
    raise AssertionError("unreachable")


@router.put(
    "/blobs/{sha256}",
    response_model=BlobStored,
    status_code=201,
    responses={200: {"model": BlobStored}, **errors(400, 401, 413, 426, 507)},
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
    settings: SettingsDep,
    caller: CurrentDevice,
) -> BlobStored:
    """Upload an attachment's content; idempotent (200 if this team already holds it).

    The team holds the content only once it sent the bytes themselves: a hash is not enough.
    """
    quota = settings.team_blob_quota_mib * 1024 * 1024
    declared = request.headers.get("content-length", "")
    size_hint = int(declared) if declared.isdigit() else 0
    if size_hint > MAX_BLOB_BYTES:
        raise _too_large()
    held = await run_in_threadpool(_check_quota, engine, caller.team_id, sha256, size_hint, quota)
    if held is not None:
        response.status_code = 200
        return BlobStored(sha256=sha256, size=held, created=False)
    gates: Gates = request.app.state.gates
    async with gates.uploads.slot():
        return await _receive(request, response, engine, caller.team_id, sha256, quota)


async def _receive(
    request: Request, response: Response, engine: Engine, team_id: str, sha256: str, quota: int
) -> BlobStored:
    """Stream the body to a temporary file while hashing it, then into the database."""
    digest = hashlib.sha256()
    size = 0
    with tempfile.SpooledTemporaryFile(max_size=_SPOOL_BYTES) as spool:
        try:
            async for chunk in request.stream():
                size += len(chunk)
                if size > MAX_BLOB_BYTES:
                    raise _too_large()
                digest.update(chunk)
                await run_in_threadpool(spool.write, chunk)
        except ClientDisconnect:
            raise ApiError(400, "incomplete", "the upload broke off; send it again") from None
        if digest.hexdigest() != sha256:
            raise ApiError(
                400,
                "hash_mismatch",
                "the uploaded content does not match its sha256; the upload was damaged, send it again",
            )
        created = await run_in_threadpool(_store, engine, team_id, sha256, spool, size, quota)
    response.status_code = 201 if created else 200
    return BlobStored(sha256=sha256, size=size, created=created)


@router.get(
    "/blobs/{sha256}",
    response_class=Response,
    responses={
        200: {"content": {BLOB_MEDIA_TYPE: {"schema": {"type": "string", "format": "binary"}}}},
        **errors(401, 404, 426),
    },
)
def get_blob(sha256: Sha256, engine: EngineDep, caller: CurrentDevice) -> Any:
    """Fetch content the caller's team uploaded and still names in a live attachment.

    Not found and not yours look the same: knowing a hash reads nothing.
    """
    with snapshot(engine) as conn:
        size = blob_store.size_of(conn, sha256)
        if size is None or not blob_ownership.readable(conn, caller.team_id, sha256):
            raise ApiError(404, "not_found", NOT_FOUND)
    return StreamingResponse(
        blob_store.parts(engine, sha256),
        media_type=BLOB_MEDIA_TYPE,
        # Personal documents: no proxy or browser cache may keep a copy.
        headers={
            "ETag": f'"{sha256}"',
            "Cache-Control": "no-store",
            "Content-Length": str(size),
        },
    )
