"""The server database engine (PostgreSQL or a SQLite file), transactions and driver errors mapped."""

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from app.errors import UserError
from app.store.bulk import decode_json
from sync.server.ops.settings import normalise_database_url, safe_url

_SQLITE_PRAGMAS = (
    "PRAGMA foreign_keys = ON",
    "PRAGMA busy_timeout = 10000",
    # WAL with NORMAL loses at most the last transactions on power loss, never consistency.
    "PRAGMA synchronous = NORMAL",
)


class DatabaseUnavailable(UserError):
    """The database cannot be reached or opened; the server answers 503 until it can."""


class DatabaseBusy(UserError):
    """Another transaction held the lock for longer than the busy timeout; worth a retry."""


def utcnow() -> datetime:
    return datetime.now(UTC)


def as_utc(value: datetime) -> datetime:
    """SQLite hands timestamps back without a zone; the server only ever writes UTC."""
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _encode_json(value: Any) -> str:
    try:
        return orjson.dumps(value).decode("utf-8")
    except TypeError:
        # orjson refuses integers beyond 64 bits, which valid JSON from a device may hold.
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _decode_json(text: str | bytes | float) -> Any:
    return decode_json(text)


def make_engine(url: str, *, pool_size: int = 10) -> Engine:
    """An engine for a normalised server URL (see settings.normalise_database_url)."""
    url = normalise_database_url(url)
    if url.startswith("sqlite"):
        return _sqlite_engine(url, pool_size=pool_size)
    return create_engine(
        url,
        pool_size=pool_size,
        max_overflow=pool_size,
        # A worker outlives database restarts and idle-connection reaping by proxies.
        pool_pre_ping=True,
        pool_recycle=1800,
        json_serializer=_encode_json,
        json_deserializer=_decode_json,
        # Statement parameters hold case data and hashes; errors and logs must not show them.
        hide_parameters=True,
        connect_args={"connect_timeout": 10, "application_name": "fallakte-server"},
    )


def _sqlite_engine(url: str, *, pool_size: int) -> Engine:
    database = make_url(url).database
    assert database is not None
    Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    engine = create_engine(
        url,
        pool_size=pool_size,
        max_overflow=pool_size,
        json_serializer=_encode_json,
        json_deserializer=_decode_json,
        hide_parameters=True,
        connect_args={"check_same_thread": False, "timeout": 10},
    )

    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
        # Autocommit at the driver level: we emit BEGIN ourselves (see _begin).
        dbapi_conn.isolation_level = None
        cursor = dbapi_conn.cursor()
        try:
            for pragma in _SQLITE_PRAGMAS:
                cursor.execute(pragma)
            cursor.execute("PRAGMA journal_mode = WAL")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        # Writers take the lock up front: a deferred transaction that later writes can fail
        # with SQLITE_BUSY at once instead of waiting out busy_timeout. Reads opt out.
        deferred = conn.get_execution_options().get("read_only", False)
        conn.exec_driver_sql("BEGIN" if deferred else "BEGIN IMMEDIATE")

    return engine


def translate(exc: BaseException, engine: Engine | None = None) -> BaseException:
    """The environment's fault becomes a UserError with a clear message; bugs stay bugs."""
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    text = str(orig).lower()
    where = f" {safe_url(engine.url)}" if engine is not None else ""
    if "database is locked" in text or "database is busy" in text:
        return DatabaseBusy("the server database is busy; try again in a moment")
    if (
        "could not connect" in text
        or "connection failed" in text
        or "connection refused" in text
        or "connection timeout" in text
        or "server closed the connection" in text
        or "terminating connection" in text
    ):
        return DatabaseUnavailable(f"cannot connect to the database{where}; is it running?")
    if "password authentication failed" in text or "no password supplied" in text:
        return DatabaseUnavailable(f"the database{where} refused the user name or password")
    if "does not exist" in text and "database" in text:
        return DatabaseUnavailable(f"the database{where} does not exist; create it first")
    if "unable to open database" in text or "readonly database" in text:
        return DatabaseUnavailable(f"cannot open the database file{where} for writing")
    if "disk is full" in text or "no space left" in text:
        return DatabaseUnavailable(f"the database{where} is out of disk space")
    return exc


@contextmanager
def translated(engine: Engine | None = None) -> Iterator[None]:
    try:
        yield
    except DBAPIError as exc:
        mapped = translate(exc, engine)
        if mapped is exc:
            raise
        raise mapped from None


@contextmanager
def transaction(engine: Engine) -> Iterator[Connection]:
    """A write transaction (BEGIN IMMEDIATE on SQLite), committed on success."""
    with translated(engine), engine.begin() as conn:
        yield conn


@contextmanager
def snapshot(engine: Engine) -> Iterator[Connection]:
    """A read-only transaction whose statements all see one consistent state of the database."""
    with translated(engine), engine.connect() as conn:
        if engine.dialect.name == "postgresql":
            conn = conn.execution_options(
                isolation_level="REPEATABLE READ", postgresql_readonly=True
            )
        else:
            # In WAL mode a deferred transaction reads one snapshot from its first read on.
            conn = conn.execution_options(read_only=True)
        with conn.begin():
            yield conn
