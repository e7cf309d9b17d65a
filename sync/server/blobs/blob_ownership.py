"""Who may use which attachment content: the teams that uploaded it.

Content is stored once for all teams, but a hash is not a key: a team holds a content only
after one of its devices uploaded those exact bytes (the server checks the hash). Only then
may the team's attachment records name it, and only while such a record lives may its
devices fetch it. An upload stays `pending` until the team's attachment naming it arrives.
"""

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, Select, func, insert, select, update

from sync.server.storage.db import utcnow
from sync.server.storage.tables import blob, blob_owner, record

_IN = 500


def names(team_id: Any, sha256: Any) -> Select[Any]:
    """Live attachments of the team naming the content (each a value or a column)."""
    return select(record.c.id).where(
        record.c.team_id == team_id,
        record.c.entity == "attachment",
        record.c.deleted.is_(False),
        record.c.fields["sha256"].as_string() == sha256,
    )


def holds(conn: Connection, team_id: str, sha256: str) -> bool:
    query = select(blob_owner.c.sha256).where(
        blob_owner.c.sha256 == sha256, blob_owner.c.team_id == team_id
    )
    return conn.execute(query).first() is not None


def held(conn: Connection, team_id: str, digests: Iterable[str]) -> set[str]:
    """Which of these contents the team uploaded."""
    wanted = sorted(set(digests))
    found: set[str] = set()
    for start in range(0, len(wanted), _IN):
        found |= set(
            conn.scalars(
                select(blob_owner.c.sha256).where(
                    blob_owner.c.team_id == team_id,
                    blob_owner.c.sha256.in_(wanted[start : start + _IN]),
                )
            )
        )
    return found


def readable(conn: Connection, team_id: str, sha256: str) -> bool:
    """The team uploaded this content and a live attachment of the team names it."""
    query = select(blob_owner.c.sha256).where(
        blob_owner.c.sha256 == sha256,
        blob_owner.c.team_id == team_id,
        names(team_id, sha256).exists(),
    )
    return conn.execute(query).first() is not None


def grant(conn: Connection, team_id: str, sha256: str) -> bool:
    """Record that the team uploaded the content; True if it did not hold it before."""
    pending = conn.execute(select(names(team_id, sha256).exists())).scalar() is not True
    done = conn.execute(
        update(blob_owner)
        .where(blob_owner.c.sha256 == sha256, blob_owner.c.team_id == team_id)
        .values(uploaded_at=utcnow(), pending=pending)
    )
    if done.rowcount:
        return False
    conn.execute(
        insert(blob_owner).values(
            sha256=sha256, team_id=team_id, uploaded_at=utcnow(), pending=pending
        )
    )
    return True


def claim(conn: Connection, team_id: str, digests: Iterable[str]) -> None:
    """The team's attachment records naming these contents arrived: no longer pending."""
    wanted = sorted(set(digests))
    for start in range(0, len(wanted), _IN):
        conn.execute(
            update(blob_owner)
            .where(
                blob_owner.c.team_id == team_id,
                blob_owner.c.sha256.in_(wanted[start : start + _IN]),
            )
            .values(pending=False)
        )


def hand_over(conn: Connection, digests: Iterable[str], target: str) -> None:
    """Attachments moved to another team with a case: that team holds their contents too."""
    wanted = set(digests) - held(conn, target, digests)
    present = set(conn.scalars(select(blob.c.sha256).where(blob.c.sha256.in_(sorted(wanted)))))
    if present:
        now = utcnow()
        conn.execute(
            insert(blob_owner),
            [
                {"sha256": d, "team_id": target, "uploaded_at": now, "pending": False}
                for d in sorted(present)
            ],
        )


def used_bytes(conn: Connection, team_id: str) -> int:
    """The size of everything the team holds, for its quota."""
    total = conn.execute(
        select(func.coalesce(func.sum(blob.c.size), 0))
        .select_from(blob.join(blob_owner, blob_owner.c.sha256 == blob.c.sha256))
        .where(blob_owner.c.team_id == team_id)
    ).scalar_one()
    return int(total)
