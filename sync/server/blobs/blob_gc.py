"""Attachment content the server no longer needs, and the teams that no longer hold it.

A team legitimately holds a content while it uploaded it and a live attachment of the team
names it, or while its upload is young and pending (devices upload content just before the
record that points at it). Every other claim lapses; a content nobody holds is deleted.
Erasure and retention call `collect` for the contents they touched; `collect_orphans`
(`fallakte-server blobs collect`, run by the nightly retention service) sweeps everything,
including uploads never referenced.
"""

import os
from collections.abc import Iterable
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, Connection, Engine, and_, delete, select

from app.errors import UserError
from sync.server.blobs import blob_store
from sync.server.blobs.blob_ownership import names
from sync.server.storage.db import transaction, utcnow
from sync.server.storage.tables import blob, blob_owner

ENV_GRACE_HOURS = "FALLAKTE_BLOB_GRACE_HOURS"
DEFAULT_GRACE_HOURS = 24.0
_CHUNK = 500


def grace_hours(value: float | None = None) -> float:
    """The grace period for pending uploads: the argument, else $FALLAKTE_BLOB_GRACE_HOURS, else 24."""
    if value is None:
        raw = os.environ.get(ENV_GRACE_HOURS, "").strip()
        if not raw:
            return DEFAULT_GRACE_HOURS
        try:
            value = float(raw)
        except ValueError:
            raise UserError(f"${ENV_GRACE_HOURS} must be a number of hours") from None
    if not 0 <= value <= 24 * 365:
        raise UserError("blob grace period: 0 to 8760 hours")
    return value


def collect(conn: Connection, digests: Iterable[str], *, grace: float | None = None) -> int:
    """Lapse the claims on these contents nobody holds any more; delete what nobody holds.

    Returns how many contents were deleted.
    """
    young = utcnow() - timedelta(hours=grace_hours(grace))
    wanted = sorted(set(digests) - {""})
    removed = 0
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        _lapse(conn, blob_owner.c.sha256.in_(chunk), young)
        removed += blob_store.remove(conn, set(chunk) - _owned(conn, chunk))
    return removed


def collect_orphans(engine: Engine, *, grace: float | None = None) -> int:
    """Sweep every content, in batches of their own transaction: uploads never referenced and
    contents whose attachments are gone leave once their grace period is over."""
    young = utcnow() - timedelta(hours=grace_hours(grace))
    removed, after = 0, ""
    while True:
        with transaction(engine) as conn:
            batch = list(
                conn.scalars(
                    select(blob.c.sha256)
                    .where(blob.c.sha256 > after)
                    .order_by(blob.c.sha256)
                    .limit(_CHUNK)
                )
            )
            if not batch:
                return removed
            _lapse(conn, blob_owner.c.sha256.in_(batch), young)
            unowned = set(batch) - _owned(conn, batch)
            # A content stored moments ago may not have its owner row yet (a concurrent upload).
            fresh = set(
                conn.scalars(
                    select(blob.c.sha256).where(blob.c.sha256.in_(batch), blob.c.created_at > young)
                )
            )
            removed += blob_store.remove(conn, unowned - fresh)
            after = batch[-1]


def _lapse(conn: Connection, which: ColumnElement[bool], young: datetime) -> None:
    """Drop owner rows without a live attachment of their team, unless young and pending."""
    conn.execute(
        delete(blob_owner).where(
            which,
            ~names(blob_owner.c.team_id, blob_owner.c.sha256).correlate(blob_owner).exists(),
            ~and_(blob_owner.c.pending, blob_owner.c.uploaded_at > young),
        )
    )


def _owned(conn: Connection, digests: list[str]) -> set[str]:
    return set(conn.scalars(select(blob_owner.c.sha256).where(blob_owner.c.sha256.in_(digests))))
