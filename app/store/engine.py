"""SQLCipher connections under SQLAlchemy: raw key first, then the pragmas; driver errors mapped."""

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import QueuePool

from app.errors import DiskFull, StoreBusy, StoreCorrupt, UserError
from app.store.bulk import decode_json, encode_json

_PRAGMAS = (
    "PRAGMA foreign_keys = ON",
    "PRAGMA busy_timeout = 10000",
    # Erased content is overwritten, not left in free pages.
    "PRAGMA secure_delete = ON",
    # Sorts and temp indexes stay in RAM instead of temp files.
    "PRAGMA temp_store = MEMORY",
    "PRAGMA synchronous = NORMAL",
    "PRAGMA cache_size = -65536",
)


def memory_security() -> bool:
    """SQLCipher's heap wiping and locking; off unless FALLAKTE_CIPHER_MEMORY_SECURITY=on.

    Measured on the demo dataset it makes saves 2x and searches 6x slower, and in
    a Python process it protects little: every decrypted value is copied into
    Python strings that are never wiped. See docs/ARCHITECTURE.md ("Keys").
    Once on, SQLCipher keeps it on for the life of the process.
    """
    return os.environ.get("FALLAKTE_CIPHER_MEMORY_SECURITY", "off").strip().lower() in (
        "on",
        "1",
        "true",
    )


def connect_raw(path: Path, data_key: bytes) -> Any:
    """A sqlcipher3 connection keyed with the raw 256-bit key, verified and configured."""
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        # The key must be the first statement on the connection.
        conn.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        if memory_security():
            conn.execute("PRAGMA cipher_memory_security = ON")
        for pragma in _PRAGMAS:
            conn.execute(pragma)
        if conn.execute("PRAGMA journal_mode = WAL").fetchone()[0].lower() != "wal":
            raise StoreCorrupt(f"{path.name}: could not switch to WAL journal")
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        raise translate(exc, path.name) from None
    except BaseException:
        conn.close()
        raise
    return conn


def make_engine(path: Path, data_key: bytes) -> Engine:
    engine = create_engine(
        "sqlite://",
        creator=lambda: connect_raw(path, data_key),
        poolclass=QueuePool,
        pool_size=4,
        max_overflow=4,
        pool_pre_ping=False,
        json_serializer=encode_json,
        json_deserializer=decode_json,
    )

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        # The driver runs in autocommit mode; we open transactions ourselves so that
        # writers take the lock up front and never hit SQLITE_BUSY on upgrade.
        immediate = conn.get_execution_options().get("immediate", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def translate(exc: BaseException, name: str = "database") -> UserError | BaseException:
    """The environment's fault becomes a UserError with a clear message; bugs stay bugs."""
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    text = str(orig).lower()
    if "file is not a database" in text or "malformed" in text or "not an error" in text:
        return StoreCorrupt(
            f"{name} ist beschädigt oder keine Fallakte-Datenbank / "
            "is damaged or not a Fallakte database (or the key does not match)"
        )
    if "disk is full" in text or "disk i/o" in text:
        return DiskFull(
            "Datenträger voll oder nicht schreibbar / disk full or not writable: nothing was saved"
        )
    if "locked" in text or "busy" in text:
        return StoreBusy(
            "Die Datenbank ist von einem anderen Vorgang belegt / the database is busy; try again"
        )
    if "readonly" in text or "read-only" in text:
        return DiskFull(f"{name} ist schreibgeschützt / is read-only")
    return exc


@contextmanager
def translated(name: str = "database") -> Iterator[None]:
    try:
        yield
    except (DBAPIError, sqlcipher3.DatabaseError) as exc:
        mapped = translate(exc, name)
        if mapped is exc:
            raise
        raise mapped from None
