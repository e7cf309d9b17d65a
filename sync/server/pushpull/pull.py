"""Pull on the server: pages of a team's record states, conflicts and evictions by server sequence.

A page is bounded in records and in bytes, counting conflicts and evictions too: a device of
the team can make any number of conflicts (edits that lose), and a page that held them all
could exceed what a device accepts. The three kinds share one sequence, so the page ends at a
sequence number: everything up to it is in the page, nothing after it.
"""

import heapq
from collections.abc import Iterator
from typing import Any

import orjson
from sqlalchemy import Connection, Engine, Text, cast, select

from sync.server.pushpull.sync_service import CONFLICT, EVICTION, RECORD, SEQ, now_utc

# Conflicts and evictions read per query: their values are decoded, records' are not.
_SIDE_ROWS = 500
_RECORD_OVERHEAD, _CONFLICT_OVERHEAD, _EVICTION_BYTES = 120, 300, 100


def pull(
    engine: Engine, *, team_id: str, cursor: int, limit: int, max_bytes: int
) -> dict[str, Any]:
    """One page as plain JSON-ready data (the route serialises it without pydantic)."""
    with engine.connect() as conn:
        # Read the watermark first: every sequence at or below it is committed.
        watermark = int(conn.execute(select(SEQ.c.value).where(SEQ.c.id == 1)).scalar_one())
        streams = [
            _records(conn, team_id, cursor, watermark, limit),
            _conflicts(conn, team_id, cursor, watermark),
            _evictions(conn, team_id, cursor, watermark),
        ]
        # A stream that filled its query may go on beyond its last row: the page stops there.
        ceiling = min([rows[-1][0] for rows, full in streams if full] + [watermark])
        page: dict[str, list[dict[str, Any]]] = {"records": [], "conflicts": [], "evictions": []}
        size, count, upper, stopped = 0, 0, ceiling, False
        merged: Iterator[tuple[int, str, dict[str, Any], int]] = heapq.merge(
            *(rows for rows, _ in streams), key=lambda item: item[0]
        )
        for seq, kind, item, item_size in merged:
            if seq > ceiling:
                break
            page[kind].append(item)
            size += item_size
            count += kind == "records"
            if count >= limit or size >= max_bytes:
                upper, stopped = seq, True
                break
        more = stopped or ceiling < watermark
    return {
        **page,
        "cursor": max(upper if more else watermark, cursor),
        "more": more,
        "server_time": now_utc().isoformat(),
    }


Rows = tuple[list[tuple[int, str, dict[str, Any], int]], bool]


def _records(conn: Connection, team_id: str, cursor: int, watermark: int, limit: int) -> Rows:
    # Stored JSON goes out as it is (orjson.Fragment): decoding and re-encoding it cost a fifth
    # of the server's time on an initial pull.
    rows = conn.execute(
        select(
            RECORD.c.entity,
            RECORD.c.id,
            cast(RECORD.c.fields, Text).label("fields"),
            cast(RECORD.c.clocks, Text).label("clocks"),
            RECORD.c.deleted,
            RECORD.c.server_seq,
        )
        .where(
            RECORD.c.team_id == team_id,
            RECORD.c.server_seq > cursor,
            RECORD.c.server_seq <= watermark,
            RECORD.c.quarantined_at.is_(None),
        )
        .order_by(RECORD.c.server_seq)
        .limit(limit)
    ).all()
    items = [
        (
            row.server_seq,
            "records",
            {
                "entity": row.entity,
                "id": row.id,
                "fields": orjson.Fragment(row.fields),
                "clocks": orjson.Fragment(row.clocks),
                "deleted": bool(row.deleted),
                "server_seq": row.server_seq,
            },
            len(row.fields) + len(row.clocks) + _RECORD_OVERHEAD,
        )
        for row in rows
    ]
    return items, len(rows) == limit


def _conflicts(conn: Connection, team_id: str, cursor: int, watermark: int) -> Rows:
    rows = conn.execute(
        select(CONFLICT)
        .where(
            CONFLICT.c.team_id == team_id,
            CONFLICT.c.server_seq > cursor,
            CONFLICT.c.server_seq <= watermark,
            CONFLICT.c.quarantined_at.is_(None),
        )
        .order_by(CONFLICT.c.server_seq)
        .limit(_SIDE_ROWS)
    ).all()
    items = []
    for c in rows:
        item = {
            "id": c.id,
            "entity": c.entity,
            "record_id": c.record_id,
            "field": c.field,
            "winner_value": c.winner_value,
            "winner_stamp": c.winner_stamp,
            "loser_value": c.loser_value,
            "loser_stamp": c.loser_stamp,
            "resolved": c.resolved,
            "server_seq": c.server_seq,
        }
        size = _json_size(c.winner_value) + _json_size(c.loser_value) + _CONFLICT_OVERHEAD
        items.append((c.server_seq, "conflicts", item, size))
    return items, len(rows) == _SIDE_ROWS


def _evictions(conn: Connection, team_id: str, cursor: int, watermark: int) -> Rows:
    rows = conn.execute(
        select(EVICTION)
        .where(
            EVICTION.c.team_id == team_id,
            EVICTION.c.server_seq > cursor,
            EVICTION.c.server_seq <= watermark,
        )
        .order_by(EVICTION.c.server_seq)
        .limit(_SIDE_ROWS)
    ).all()
    items = [
        (
            e.server_seq,
            "evictions",
            {"entity": e.entity, "id": e.record_id, "server_seq": e.server_seq},
            _EVICTION_BYTES,
        )
        for e in rows
    ]
    return items, len(rows) == _SIDE_ROWS


def _json_size(value: Any) -> int:
    try:
        return len(orjson.dumps(value))
    except TypeError:
        return len(str(value)) * 2
