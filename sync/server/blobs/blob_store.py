"""Attachment content in the database, written and read in chunks: never a whole file in memory.

One `blob` row per content (sha256, size) and its parts in `blob_chunk`. Works the same on
SQLite and PostgreSQL; each part is one row of at most CHUNK_BYTES.
"""

import itertools
from collections.abc import Iterable, Iterator
from typing import IO

from sqlalchemy import Connection, Engine, delete, insert, select

from sync.server.storage.db import snapshot, utcnow
from sync.server.storage.tables import blob, blob_chunk

CHUNK_BYTES = 1024 * 1024
_IN = 500


def size_of(conn: Connection, sha256: str) -> int | None:
    size: int | None = conn.execute(select(blob.c.size).where(blob.c.sha256 == sha256)).scalar()
    return size


def write(conn: Connection, sha256: str, source: IO[bytes], size: int) -> None:
    """Store content read from `source` (already checked against `sha256`) part by part."""
    conn.execute(insert(blob).values(sha256=sha256, size=size, created_at=utcnow()))
    for part in itertools.count():
        data = source.read(CHUNK_BYTES)
        if not data and part:
            return
        conn.execute(insert(blob_chunk).values(sha256=sha256, part=part, data=data))
        if len(data) < CHUNK_BYTES:
            return


def parts(engine: Engine, sha256: str) -> Iterator[bytes]:
    """The content part by part, each read in its own short snapshot (a download may be slow)."""
    part = 0
    while True:
        with snapshot(engine) as conn:
            data = conn.execute(
                select(blob_chunk.c.data).where(
                    blob_chunk.c.sha256 == sha256, blob_chunk.c.part == part
                )
            ).scalar()
        if data is None:
            return
        yield bytes(data)
        part += 1


def read(conn: Connection, sha256: str) -> bytes:
    """The whole content, for the access export (one person's files, written to disk)."""
    rows = conn.execute(
        select(blob_chunk.c.data).where(blob_chunk.c.sha256 == sha256).order_by(blob_chunk.c.part)
    )
    return b"".join(bytes(row.data) for row in rows)


def remove(conn: Connection, digests: Iterable[str]) -> int:
    """Delete these contents with all their parts; returns how many blobs went."""
    wanted = sorted(set(digests))
    removed = 0
    for start in range(0, len(wanted), _IN):
        chunk = wanted[start : start + _IN]
        conn.execute(delete(blob_chunk).where(blob_chunk.c.sha256.in_(chunk)))
        removed += conn.execute(delete(blob).where(blob.c.sha256.in_(chunk))).rowcount or 0
    return removed
