"""Prometheus metrics at /metrics: off unless enabled, behind a bearer token, no personal data.

Two kinds of series:

- counted in the process as requests pass: HTTP requests and latencies by route template,
  changes pushed by outcome, conflicts created, records pulled. With `fallakte-server run --workers N` each
  worker counts its own; `prepare_workers` points them all at one PROMETHEUS_MULTIPROC_DIR
  (prometheus_client's multiprocess mode), so any worker answering a scrape reports the sums.
- read from the database at scrape time: devices by state, last contact and pending records
  per device, live records and open conflicts per team, the server sequence, blobs. These are
  the same whichever worker answers.

Labels hold route templates, outcomes, states, team ids and a short hash of the device id:
never user names, device names, record ids or anything typed by a counsellor.
"""

import contextlib
import hashlib
import hmac
import os
import shutil
import tempfile
import time
from collections.abc import Iterable, Iterator, Mapping, MutableMapping
from datetime import timedelta
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response
from fastapi.routing import APIRoute
from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.core import GaugeMetricFamily, Metric
from prometheus_client.exposition import CONTENT_TYPE_LATEST
from prometheus_client.registry import Collector
from pydantic import BaseModel, ConfigDict
from sqlalchemy import Engine, false, func, select
from starlette.routing import compile_path
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.errors import UserError
from sync.protocol import PushResponse
from sync.server.accounts.auth import LAST_SEEN_RESOLUTION
from sync.server.api.deps import ApiError
from sync.server.storage import tables as t
from sync.server.storage.db import DatabaseBusy, DatabaseUnavailable, as_utc, snapshot

ENV_METRICS = "FALLAKTE_METRICS"
ENV_METRICS_TOKEN = "FALLAKTE_METRICS_TOKEN"  # noqa: S105  (a variable name, not a secret)
ENV_MULTIPROC_DIR = "PROMETHEUS_MULTIPROC_DIR"
METRICS_PATH = "/metrics"
MIN_TOKEN_LENGTH = 32
UNMATCHED_ROUTE = "unmatched"
# Pushes take milliseconds, a first pull of a large team many seconds.
LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0)
DEVICE_STATES = ("active", "revoked", "revoked+wipe")
# last_seen_at is written at most once per LAST_SEEN_RESOLUTION: changes within that window
# after a device's last contact may already be on the device, so they do not count as pending.
PENDING_MARGIN: timedelta = LAST_SEEN_RESOLUTION

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"", "0", "false", "no", "off"}


class MetricsSettings(BaseModel):
    """Whether /metrics is served, and the bearer token a scraper must send."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    enabled: bool = False
    token: str | None = None

    def __repr_args__(self) -> Any:
        yield "enabled", self.enabled
        yield "token", "***" if self.token else None

    @classmethod
    def build(cls, environ: Mapping[str, str] = os.environ) -> "MetricsSettings":
        """From FALLAKTE_METRICS and FALLAKTE_METRICS_TOKEN; an unsafe combination raises UserError."""
        flag = environ.get(ENV_METRICS, "").strip().lower()
        if flag not in _TRUE | _FALSE:
            raise UserError(f"{ENV_METRICS} must be 1 or 0 (got {flag[:20]!r})")
        token = environ.get(ENV_METRICS_TOKEN, "").strip() or None
        if flag in _FALSE:
            return cls(enabled=False, token=None)
        if token is None:
            raise UserError(
                f"{ENV_METRICS}=1 needs {ENV_METRICS_TOKEN}: behind a reverse proxy every "
                "request comes from localhost, so /metrics is never served without a token; "
                "make one with: openssl rand -hex 32"
            )
        if len(token) < MIN_TOKEN_LENGTH or len(set(token)) < 8:
            raise UserError(
                f"{ENV_METRICS_TOKEN} is too weak: at least {MIN_TOKEN_LENGTH} random characters, "
                "e.g. from: openssl rand -hex 32"
            )
        return cls(enabled=True, token=token)


def device_label(device_id: str) -> str:
    """A stable pseudonym for a device in metrics: the first 12 hex digits of sha256(id)."""
    return hashlib.sha256(device_id.encode("utf-8")).hexdigest()[:12]


def multiprocess_dir(environ: Mapping[str, str] = os.environ) -> str | None:
    return environ.get(ENV_MULTIPROC_DIR) or None


class Metrics:
    """The counters of one app instance, in a registry of its own (tests never share state)."""

    def __init__(self, engine: Engine) -> None:
        self.registry = CollectorRegistry()
        self.database = DatabaseCollector(engine)
        self.requests = Counter(
            "fallakte_http_requests",
            "HTTP requests answered, by method, route template and status code",
            ["method", "route", "status"],
            registry=self.registry,
        )
        self.latency = Histogram(
            "fallakte_http_request_duration_seconds",
            "Time from request to the last byte of the response, by method and route template",
            ["method", "route"],
            buckets=LATENCY_BUCKETS,
            registry=self.registry,
        )
        self.pushed = Counter(
            "fallakte_sync_pushed_changes",
            "Changes received in pushes, by outcome (applied, duplicate, rejected, dropped)",
            ["outcome"],
            registry=self.registry,
        )
        self.conflicts_created = Counter(
            "fallakte_sync_conflicts_created",
            "Conflicts recorded by pushes: a concurrent edit lost a field and was kept",
            registry=self.registry,
        )
        self.pulled = Counter(
            "fallakte_sync_pulled_records",
            "Record states sent to devices in pull pages",
            registry=self.registry,
        )
        self.pulled_conflicts = Counter(
            "fallakte_sync_pulled_conflicts",
            "Conflict entries sent to devices in pull pages",
            registry=self.registry,
        )
        self.registry.register(self.database)

    def record_push(self, response: PushResponse) -> None:
        counts: dict[str, int] = {}
        for outcome in response.outcomes:
            counts[outcome.status] = counts.get(outcome.status, 0) + 1
        for status, count in counts.items():
            self.pushed.labels(status).inc(count)

    def record_pull(self, page: Mapping[str, Any]) -> None:
        self.pulled.inc(len(page["records"]))
        self.pulled_conflicts.inc(len(page["conflicts"]))

    def exposition(self) -> bytes:
        """The text format: this process's registry, or every worker's files in multiprocess mode."""
        directory = multiprocess_dir()
        if directory is None:
            return generate_latest(self.registry)
        from prometheus_client import multiprocess

        merged = CollectorRegistry()
        multiprocess.MultiProcessCollector(merged, path=directory)
        merged.register(self.database)
        return generate_latest(merged)


class DatabaseCollector(Collector):
    """Gauges read from the server database when scraped; a database outage gives database_up 0."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def describe(self) -> Iterable[Metric]:
        # Registering must not query the database.
        return []

    def collect(self) -> Iterator[Metric]:
        started = time.perf_counter()
        up = GaugeMetricFamily(
            "fallakte_database_up", "1 if the server database answered the scrape's queries"
        )
        try:
            families = self._read()
        except (DatabaseUnavailable, DatabaseBusy):
            up.add_metric([], 0)
            families = []
        else:
            up.add_metric([], 1)
        yield up
        yield from families
        took = GaugeMetricFamily(
            "fallakte_metrics_database_seconds", "Time the scrape spent reading the database"
        )
        took.add_metric([], time.perf_counter() - started)
        yield took

    def _read(self) -> list[Metric]:
        d, r, c = t.device.c, t.record.c, t.conflict.c
        devices = GaugeMetricFamily(
            "fallakte_devices", "Enrolled devices by state", labels=["state"]
        )
        last_seen = GaugeMetricFamily(
            "fallakte_device_last_seen_timestamp_seconds",
            "Last contact of each active device with the server (Unix time, 1 min resolution); "
            "device = first 12 hex digits of sha256(device id)",
            labels=["device", "team"],
        )
        pending = GaugeMetricFamily(
            "fallakte_device_pending_records",
            "Records of the device's team changed on the server more than a minute after the "
            "device's last contact: roughly what it has yet to pull. Its own unsent changes "
            "stay on the laptop and are not visible to the server",
            labels=["device", "team"],
        )
        records = GaugeMetricFamily(
            "fallakte_records", "Live (not erased) records by team", labels=["team"]
        )
        conflicts = GaugeMetricFamily(
            "fallakte_conflicts_open", "Unresolved conflicts by team", labels=["team"]
        )
        sequence = GaugeMetricFamily(
            "fallakte_server_sequence", "The server's sequence counter (grows with every change)"
        )
        blobs = GaugeMetricFamily("fallakte_blobs", "Attachment contents stored")
        blob_bytes = GaugeMetricFamily("fallakte_blob_bytes", "Bytes of attachment content stored")
        with snapshot(self.engine) as conn:
            by_state = dict.fromkeys(DEVICE_STATES, 0)
            for revoked, wipe, count in conn.execute(
                select(d.revoked_at.is_not(None), d.wipe, func.count()).group_by(
                    d.revoked_at.is_not(None), d.wipe
                )
            ):
                state = "active" if not revoked else ("revoked+wipe" if wipe else "revoked")
                by_state[state] += count
            for state, count in by_state.items():
                devices.add_metric([state], count)
            active = conn.execute(
                select(d.id, d.team_id, d.last_seen_at).where(d.revoked_at.is_(None))
            ).all()
            for row in active:
                label = [device_label(row.id), row.team_id]
                changed = select(func.count()).select_from(t.record).where(r.team_id == row.team_id)
                if row.last_seen_at is not None:
                    seen = as_utc(row.last_seen_at)
                    last_seen.add_metric(label, seen.timestamp())
                    changed = changed.where(r.updated_at > seen + PENDING_MARGIN)
                pending.add_metric(label, conn.execute(changed).scalar_one())
            for team, count in conn.execute(
                select(r.team_id, func.count()).where(r.deleted == false()).group_by(r.team_id)
            ):
                records.add_metric([team], count)
            for team, count in conn.execute(
                select(c.team_id, func.count()).where(c.resolved == false()).group_by(c.team_id)
            ):
                conflicts.add_metric([team], count)
            seq = conn.execute(
                select(t.seq_counter.c.value).where(t.seq_counter.c.id == 1)
            ).scalar()
            sequence.add_metric([], int(seq or 0))
            blob_count, blob_size = conn.execute(
                select(func.count(), func.coalesce(func.sum(t.blob.c.size), 0))
            ).one()
            blobs.add_metric([], blob_count)
            blob_bytes.add_metric([], int(blob_size))
        return [devices, last_seen, pending, records, conflicts, sequence, blobs, blob_bytes]


def route_templates(routers: Iterable[tuple[str, APIRouter]]) -> list[str]:
    """The path templates of these routers' routes under their prefixes, e.g. /api/v1/blobs/{sha256}."""
    return [
        prefix + route.path
        for prefix, api_router in routers
        for route in api_router.routes
        if isinstance(route, APIRoute)
    ]


class MetricsMiddleware:
    """Counts every HTTP request by route template (never the raw path) and status."""

    def __init__(self, app: ASGIApp, metrics: Metrics, templates: Iterable[str]) -> None:
        self.app = app
        self.metrics = metrics
        # Matched here, before routing: middleware further in may hand on a copy of the scope.
        self.templates = [(compile_path(template)[0], template) for template in templates]

    def route_of(self, scope: Scope) -> str:
        path = str(scope.get("path", ""))
        for pattern, template in self.templates:
            if pattern.match(path):
                return template
        # Scanners probe thousands of paths: they all share one label.
        return UNMATCHED_ROUTE

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        method = str(scope.get("method", "GET"))
        route = self.route_of(scope)
        status = 500
        started = time.perf_counter()

        async def send_counted(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
            await send(message)

        try:
            await self.app(scope, receive, send_counted)
        finally:
            self.metrics.requests.labels(method, route, str(status)).inc()
            self.metrics.latency.labels(method, route).observe(time.perf_counter() - started)


async def get_metrics(request: Request) -> Metrics | None:
    metrics: Metrics | None = getattr(request.app.state, "metrics", None)
    return metrics


MetricsDep = Annotated[Metrics | None, Depends(get_metrics)]

router = APIRouter()


@router.get(METRICS_PATH, include_in_schema=False)
def metrics_endpoint(request: Request) -> Response:
    """The Prometheus text format, for a scraper holding FALLAKTE_METRICS_TOKEN."""
    settings: MetricsSettings = request.app.state.metrics_settings
    metrics: Metrics = request.app.state.metrics
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    expected = settings.token or ""
    if (
        scheme.lower() != "bearer"
        or not expected
        or not hmac.compare_digest(given.strip().encode(), expected.encode())
    ):
        raise ApiError(
            401,
            "unauthorized",
            "metrics need the bearer token from FALLAKTE_METRICS_TOKEN",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return Response(
        metrics.exposition(),
        media_type=CONTENT_TYPE_LATEST,
        headers={"Cache-Control": "no-store"},
    )


def prepare_workers(workers: int, environ: MutableMapping[str, str] | None = None) -> Path | None:
    """Before `run` with metrics on: the multiprocess directory the workers count into.

    An operator's PROMETHEUS_MULTIPROC_DIR is used and emptied (files of a previous run would
    add old counts); with more than one worker and none set, a temporary one is made. Returns
    the directory this call made (the caller removes it once the server stops), or None.
    """
    env: MutableMapping[str, str] = os.environ if environ is None else environ
    if not MetricsSettings.build(env).enabled:
        return None
    chosen = multiprocess_dir(env)
    if chosen is not None:
        directory = Path(chosen)
        directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        for stale in directory.glob("*.db"):
            stale.unlink()
        return None
    if workers <= 1:
        return None
    made = Path(tempfile.mkdtemp(prefix="fallakte-metrics-"))
    env[ENV_MULTIPROC_DIR] = str(made)
    return made


def remove_workers_dir(directory: Path | None) -> None:
    if directory is not None:
        with contextlib.suppress(OSError):
            shutil.rmtree(directory)
