"""Attachment content the server no longer needs: blobs of erased attachments nobody else uses.

Only digests of attachments erased in the same transaction are considered, never a sweep of
all blobs: devices upload content just before the record that points at it, so a blob
without a record may simply be on its way.
"""

from sqlalchemy import Connection, delete, select

from sync.server.tables import blob, record

_CHUNK = 500


def collect(conn: Connection, digests: set[str]) -> int:
    """Delete these blobs unless a live attachment still points at them; returns how many."""
    gone = sorted(digests - _still_used(conn, digests))
    removed = 0
    for start in range(0, len(gone), _CHUNK):
        chunk = gone[start : start + _CHUNK]
        removed += conn.execute(delete(blob).where(blob.c.sha256.in_(chunk))).rowcount or 0
    return removed


def _still_used(conn: Connection, digests: set[str]) -> set[str]:
    column = record.c.fields["sha256"].as_string()
    wanted = sorted(digests)
    used: set[str] = set()
    for start in range(0, len(wanted), _CHUNK):
        used |= set(
            conn.scalars(
                select(column).where(
                    record.c.entity == "attachment",
                    record.c.deleted.is_(False),
                    column.in_(wanted[start : start + _CHUNK]),
                )
            )
        )
    return used
