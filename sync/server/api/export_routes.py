"""Admin API for the server-side exports, role admin only (they reach every team):

    GET /admin/exports/indicators?from=DATE&to=DATE[&format=xlsx|pdf|csv|json][&language=de|en]
    GET /admin/exports/cases[?format=xlsx|csv]            (pseudonymised; csv comes zipped)
    GET /admin/exports/persons/{id}[?language=de|en]      (access export, GDPR Art. 15, zipped)

The same code as `fallakte-server export …`. Each file is built in a private temporary folder
that is removed once the response is sent (or the build failed), and each export writes one
audit event naming the admin, never the content.
"""

import shutil
import tempfile
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path as FilePath
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Path, Query
from fastapi.responses import FileResponse
from sqlalchemy import Engine
from starlette.background import BackgroundTask

from app.errors import UserError
from app.reports.definitions import DefinitionsError
from app.reports.write import MEDIA_TYPES, write_report
from sync.server.accounts.auth import DeviceContext, require_role
from sync.server.api.deps import ApiError, EngineDep
from sync.server.api.routes import errors
from sync.server.exports import export_audit

router = APIRouter(tags=["admin"])
AdminDevice = Annotated[DeviceContext, Depends(require_role("admin"))]
Language = Annotated[Literal["de", "en"], Query(description="language of labels and texts")]
ZIP = "application/zip"


@contextmanager
def _workdir() -> Iterator[FilePath]:
    """A private folder (0700) that lives until the response is sent; removed at once on failure."""
    folder = FilePath(tempfile.mkdtemp(prefix="fallakte-export-"))
    try:
        yield folder
    except BaseException as exc:
        shutil.rmtree(folder, ignore_errors=True)
        if isinstance(exc, OSError):  # e.g. a full disk: say so, the caller can try again
            raise ApiError(
                503,
                "export_failed",
                f"Export nicht geschrieben / the export could not be written: {exc.strerror}",
            ) from None
        if isinstance(exc, UserError):
            raise ApiError(503, "export_failed", str(exc)) from None
        raise


def _send(folder: FilePath, path: FilePath, media_type: str) -> FileResponse:
    return FileResponse(
        path,
        media_type=media_type,
        filename=path.name,
        background=BackgroundTask(shutil.rmtree, folder, ignore_errors=True),
        headers={"Cache-Control": "no-store"},
    )


def _zip(folder: FilePath, name: str, members: list[FilePath], base: FilePath) -> FilePath:
    archive = folder / name
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as out:
        for member in members:
            out.write(member, member.relative_to(base).as_posix())
    return archive


@router.get(
    "/admin/exports/indicators",
    response_class=FileResponse,
    responses={**errors(401, 403, 422, 426, 503), 200: {"description": "the report file"}},
)
def export_indicators(
    caller: AdminDevice,
    engine: EngineDep,
    period_from: Annotated[date, Query(alias="from", description="first day (YYYY-MM-DD)")],
    period_to: Annotated[date, Query(alias="to", description="last day, included")],
    format: Literal["xlsx", "pdf", "csv", "json"] = "xlsx",
    language: Language = "de",
    threshold: Annotated[int | None, Query(ge=1, le=1000)] = None,
) -> FileResponse:
    """The indicator report over all teams, small counts hidden, as `fallakte-server export indicators`."""
    from sync.server.exports.indicators.report import server_report

    if period_from > period_to:
        raise ApiError(422, "invalid_period", "Beginn nach Ende / 'from' is after 'to'")
    with _workdir() as folder:
        try:
            report = server_report(
                engine, period_from=period_from, period_to=period_to, threshold=threshold
            )
        except DefinitionsError as exc:
            raise ApiError(503, "definitions_invalid", str(exc)) from None
        path = folder / f"indicators-{period_from}-{period_to}.{format}"
        write_report(report, path, fmt=format, language=language)
        _audit(engine, caller, export_audit.indicators_detail(period_from, period_to, format))
        return _send(folder, path, MEDIA_TYPES[format])


@router.get(
    "/admin/exports/cases",
    response_class=FileResponse,
    responses={
        **errors(401, 403, 422, 426, 503),
        200: {"description": "xlsx, or csv files zipped"},
    },
)
def export_cases(
    caller: AdminDevice,
    engine: EngineDep,
    format: Literal["xlsx", "csv"] = "xlsx",
) -> FileResponse:
    """The pseudonymised case-level export, as `fallakte-server export cases --pseudonymised`."""
    from sync.server.exports.cases.cases import export_cases as write_cases
    from sync.server.exports.cases.pseudonymise import export_key

    try:
        key = export_key()
    except UserError as exc:
        raise ApiError(503, "export_key_missing", str(exc)) from None
    with _workdir() as folder:
        files = folder / "files"
        files.mkdir()
        path = files / f"cases.{format}"
        counts = write_cases(engine, path, key=key, fmt=format)
        if format == "csv":
            path = _zip(folder, "cases-csv.zip", sorted(files.iterdir()), files)
        _audit(engine, caller, export_audit.cases_detail(counts, format))
        return _send(folder, path, MEDIA_TYPES["xlsx"] if format == "xlsx" else ZIP)


@router.get(
    "/admin/exports/persons/{person_id}",
    response_class=FileResponse,
    responses={**errors(401, 403, 404, 422, 426), 200: {"description": "a zip archive"}},
)
def export_person(
    person_id: Annotated[str, Path(min_length=1, max_length=100, description="the person's id")],
    caller: AdminDevice,
    engine: EngineDep,
    language: Language = "de",
    organisation: Annotated[str, Query(max_length=500, description="letterhead")] = "",
) -> FileResponse:
    """Everything held about one person (GDPR Art. 15), as `fallakte-server export person`."""
    from sync.server.exports.access.collect import UnknownPerson, collect
    from sync.server.exports.access.render import write_export
    from sync.server.storage.db import utcnow

    try:
        export = collect(engine, person_id)
    except UnknownPerson:
        raise ApiError(
            404, "not_found", "keine solche Person / no person with this id (unknown or erased)"
        ) from None
    with _workdir() as folder:
        files = folder / "files"
        files.mkdir(mode=0o700)
        written = write_export(
            export, files, language=language, now=utcnow(), organisation=organisation
        )
        path = _zip(folder, "access-export.zip", written, files)
        export_audit.record_access_export(
            engine, person_id=person_id, actor=export_audit.api_actor(caller.username)
        )
        return _send(folder, path, ZIP)


def _audit(engine: Engine, caller: DeviceContext, detail: str) -> None:
    export_audit.record_export(engine, actor=export_audit.api_actor(caller.username), detail=detail)
