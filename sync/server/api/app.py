"""The FastAPI application: routes under /api/v1, middleware, and every error as an ErrorBody."""

import importlib
import logging
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import APIRouter, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy import Engine
from starlette.exceptions import HTTPException
from starlette.middleware.gzip import DEFAULT_EXCLUDED_CONTENT_TYPES, GZipMiddleware

from app import __version__
from app.errors import UserError
from sync.protocol import API_PREFIX, ErrorBody, PushRequest
from sync.server.accounts.enrol_throttle import EnrolThrottle
from sync.server.api import (
    admin_routes,
    blob_routes,
    directory_routes,
    erasure_routes,
    export_routes,
    lease_routes,
    routes,
    user_routes,
)
from sync.server.api.body_limits import BodyLimitMiddleware
from sync.server.api.deps import ApiError
from sync.server.api.gates import Gates
from sync.server.api.middleware import (
    RESPONSE_HEADERS,
    SERVER_TIME_HEADER,
    GzipRequestMiddleware,
    ServerTimeMiddleware,
    server_time,
)
from sync.server.ops.metrics import Metrics, MetricsMiddleware, MetricsSettings, route_templates
from sync.server.ops.metrics import router as metrics_router
from sync.server.ops.settings import ServerSettings
from sync.server.storage.db import DatabaseBusy, DatabaseUnavailable, make_engine

log = logging.getLogger("fallakte.server")

SYNC_ROUTES_MODULE = "sync.server.api.sync_routes"
_STATUS_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    406: "not_acceptable",
    411: "length_required",
    413: "too_large",
    415: "unsupported_media_type",
    429: "too_many_requests",
}
_MAX_FIELDS_NAMED = 5
GIL_SWITCH_INTERVAL_S = 0.001


def create_app(
    settings: ServerSettings,
    *,
    engine: Engine | None = None,
    metrics: MetricsSettings | None = None,
) -> FastAPI:
    """The server application; it owns (and disposes) its engine unless one is passed in.

    /metrics is served only if `metrics` (default: from the environment) enables it.
    """
    metrics = metrics if metrics is not None else MetricsSettings.build()
    owned = engine is None
    db = engine if engine is not None else make_engine(settings.database_url)

    # /health has a pool of its own (one connection): pushes and pulls holding every
    # connection of the main pool must not make the server look down.
    health_db = make_engine(settings.database_url, pool_size=1) if owned else db

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        # Worker threads building pages hold the GIL; the event loop, which answers every other
        # request (health included), gets it back after 1 ms instead of Python's default 5 ms.
        sys.setswitchinterval(GIL_SWITCH_INTERVAL_S)
        yield
        if owned:
            db.dispose()
            health_db.dispose()

    app = FastAPI(
        title="Fallakte server",
        version=__version__,
        description="Sync server for Fallakte devices; every error body is an ErrorBody.",
        # The schema names every route and field: served only where an operator enables it.
        openapi_url="/openapi.json" if settings.openapi else None,
        # The interactive docs load scripts from a CDN; an office server should not.
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.engine = db
    app.state.health_engine = health_db
    app.state.settings = settings
    app.state.gates = Gates.build(max_hashes=settings.max_concurrent_hashes)
    app.state.enrol_throttle = EnrolThrottle(
        per_user=settings.enrol_failures_per_user,
        per_address=settings.enrol_failures_per_address,
    )
    routers = [(API_PREFIX, routes.router), (API_PREFIX, blob_routes.router)]
    routers.append((API_PREFIX, admin_routes.router))
    routers.append((API_PREFIX, erasure_routes.router))
    routers.append((API_PREFIX, export_routes.router))
    routers.append((API_PREFIX, user_routes.router))
    routers.append((API_PREFIX, directory_routes.router))
    routers.append((API_PREFIX, lease_routes.router))
    sync_router = _sync_router()
    if sync_router is not None:
        routers.append((API_PREFIX, sync_router))
    app.state.metrics_settings = metrics
    app.state.metrics = Metrics(db) if metrics.enabled else None
    if metrics.enabled:
        routers.append(("", metrics_router))
    for prefix, router in routers:
        app.include_router(router, prefix=prefix)
    _install_error_handlers(app)
    _describe_push_body(app)
    app.add_middleware(GzipRequestMiddleware)
    # Outside the inflating one: it counts the bytes as they arrive on the wire.
    app.add_middleware(BodyLimitMiddleware)
    # Blobs are served as octet-stream and are mostly compressed already (PDF, JPEG).
    app.add_middleware(
        GZipMiddleware,
        minimum_size=1024,
        compresslevel=5,
        exclude_content_types=(*DEFAULT_EXCLUDED_CONTENT_TYPES, blob_routes.BLOB_MEDIA_TYPE),
    )
    app.add_middleware(ServerTimeMiddleware)
    if app.state.metrics is not None:
        # Outermost: the latency includes compression and every other middleware.
        app.add_middleware(
            MetricsMiddleware, metrics=app.state.metrics, templates=route_templates(routers)
        )
    return app


def _sync_router() -> APIRouter | None:
    """Push and pull, once that module exists; the app works with or without it."""
    try:
        module = importlib.import_module(SYNC_ROUTES_MODULE)
    except ModuleNotFoundError as exc:
        if exc.name == SYNC_ROUTES_MODULE:
            return None
        raise
    router: APIRouter = module.router
    return router


def _describe_push_body(app: FastAPI) -> None:
    """The push route reads its body itself (after the token check): its schema is added here."""
    build = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = build()
            models = PushRequest.model_json_schema(ref_template="#/components/schemas/{model}")
            components = schema.setdefault("components", {}).setdefault("schemas", {})
            components.update(models.pop("$defs", {}))
            components["PushRequest"] = models
        return app.openapi_schema or {}

    app.openapi = openapi  # type: ignore[method-assign]


def error_response(
    status: int, code: str, message: str, headers: dict[str, str] | None = None
) -> JSONResponse:
    body = ErrorBody(code=code, message=message).model_dump()
    # Set here too: the 500 handler runs outside the middleware that adds it elsewhere.
    extra = {k.decode(): v.decode() for k, v in RESPONSE_HEADERS}
    return JSONResponse(
        body, status, headers={**(headers or {}), **extra, SERVER_TIME_HEADER: server_time()}
    )


def schema_names(app: FastAPI) -> frozenset[str]:
    """Every field and parameter name the API declares: the only names an error may repeat."""
    found: set[str] = {"body", "query", "path", "header", "cookie"}

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for key in ("properties",):
                found.update(node.get(key, {}) or {})
            if "name" in node and "in" in node:
                found.add(str(node["name"]))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(app.openapi())
    return frozenset(found)


def validation_message(exc: RequestValidationError, known: frozenset[str] = frozenset()) -> str:
    """Which fields are wrong and how, never what was sent: a name the client made up (an
    unknown field, a key of a map) is not repeated, only that there is one."""
    problems = []
    for error in exc.errors()[:_MAX_FIELDS_NAMED]:
        kind = str(error.get("type", "invalid"))
        loc = list(error.get("loc", ()))
        parts = []
        for index, part in enumerate(loc):
            unknown = kind == "extra_forbidden" and index == len(loc) - 1
            if isinstance(part, int) or (not unknown and str(part) in known):
                parts.append(str(part))
            else:
                parts.append("<unknown field>" if unknown else "<key>")
        where = ".".join(parts) or "request"
        problems.append(f"{where} ({kind.replace('_', ' ')})")
    more = len(exc.errors()) - _MAX_FIELDS_NAMED
    suffix = f"; and {more} more" if more > 0 else ""
    return "invalid request: " + "; ".join(problems) + suffix


def _install_error_handlers(app: FastAPI) -> None:
    async def api_error(_request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, ApiError)
        return error_response(exc.status_code, exc.code, exc.message, dict(exc.headers or {}))

    async def http_error(_request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, HTTPException)
        code = _STATUS_CODES.get(exc.status_code, "http_error")
        detail = exc.detail if isinstance(exc.detail, str) else code.replace("_", " ")
        return error_response(exc.status_code, code, detail, dict(exc.headers or {}))

    async def invalid_request(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, RequestValidationError)
        known = getattr(request.app.state, "schema_names", None)
        if known is None:
            known = request.app.state.schema_names = schema_names(request.app)
        return error_response(422, "invalid_request", validation_message(exc, known))

    async def database_down(_request: Request, exc: Exception) -> JSONResponse:
        busy = isinstance(exc, DatabaseBusy)
        return error_response(
            503,
            "database_busy" if busy else "database_unavailable",
            str(exc),
            {"Retry-After": "1" if busy else "10"},
        )

    async def user_error(_request: Request, exc: Exception) -> JSONResponse:
        # UserError messages are written to be shown and never hold personal data.
        return error_response(400, "bad_request", str(exc))

    async def internal_error(request: Request, exc: Exception) -> JSONResponse:
        log.error(
            "internal error on %s %s (%s)", request.method, request.url.path, type(exc).__name__
        )
        return error_response(
            500,
            "internal_error",
            "interner Serverfehler / internal server error; see the server log",
        )

    handlers: dict[Any, Any] = {
        ApiError: api_error,
        HTTPException: http_error,
        RequestValidationError: invalid_request,
        DatabaseUnavailable: database_down,
        DatabaseBusy: database_down,
        UserError: user_error,
        Exception: internal_error,
    }
    for exc_class, handler in handlers.items():
        app.add_exception_handler(exc_class, handler)
