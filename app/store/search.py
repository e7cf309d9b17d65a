"""Full-text search inside the encrypted database: folded names and numbers, notes, ranked.

Names are folded so that "Müller", "Muller" and "Mueller" meet: diacritics are
stripped, ß becomes ss and the German transliterations ae/oe/ue collapse to
a/o/u, on both the indexed text and the query. Names and notes live in two
columns; names weigh ten times more, and only a bounded candidate set is
ranked (bm25 over tens of thousands of note hits costs ~50 ms).
"""

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, text

from app.domain.base import Indexed
from app.domain.registry import ENTITIES

_SPECIAL = (("ß", "ss"), ("ø", "o"), ("ł", "l"), ("đ", "d"), ("ı", "i"), ("æ", "ae"), ("œ", "oe"))
_TOKEN = re.compile(r"\w+", re.UNICODE)
CANDIDATES = 1000


def fold(value: str) -> str:
    """Fold what FTS5's unicode61 tokenizer does not: ß, ø, ł, đ, ı and ae/oe/ue.

    The tokenizer itself lowercases and strips diacritics (remove_diacritics 2) on
    both the indexed text and the query, so Python does only this cheap part.
    """
    text = value.lower()
    if not text.isascii():
        # A handful of `in` checks beat str.translate, which walks every character in Python.
        for letter, replacement in _SPECIAL:
            if letter in text:
                text = text.replace(letter, replacement)
    # German transliterations meet their umlauts: Mueller, Müller and Muller all become "muller".
    return text.replace("ae", "a").replace("oe", "o").replace("ue", "u")


def indexed_fields(entity: str) -> dict[str, list[str]]:
    """Column ("title"/"body") -> field names of `entity` that feed it."""
    model = ENTITIES[entity]
    columns: dict[str, list[str]] = {}
    for name in model.field_names():
        marker = model.marker(name, Indexed)
        if marker is not None:
            columns.setdefault(marker.column, []).append(name)
    return columns


INDEXED = {entity: cols for entity in ENTITIES if (cols := indexed_fields(entity))}


def document(entity: str, row: dict[str, Any]) -> tuple[str, str]:
    """The folded (title, body) text of one record; none for one merged into another (hidden)."""
    if row.get("merged_into"):
        return "", ""
    parts: dict[str, list[str]] = {"title": [], "body": []}
    for column, names in INDEXED[entity].items():
        for name in names:
            value = row.get(name)
            if isinstance(value, list):
                parts[column].extend(str(v) for v in value)
            elif value:
                parts[column].append(str(value))
    return fold(" ".join(parts["title"])), fold(" ".join(parts["body"]))


def create_sql() -> list[str]:
    return [
        "CREATE VIRTUAL TABLE search_fts USING fts5("
        "title, body, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2')",
    ]


def reindex(conn: Connection, entity: str, rows: list[dict[str, Any]]) -> None:
    """Replace the documents of these (updated) records."""
    if entity not in INDEXED or not rows:
        return
    remove(conn, [row["id"] for row in rows])
    index_new(conn, entity, rows)


def index_new(conn: Connection, entity: str, rows: list[dict[str, Any]]) -> None:
    """Add documents for records that have none yet (just created)."""
    if entity not in INDEXED or not rows:
        return
    docs = []
    for row in rows:
        title, body = document(entity, row)
        if title or body:
            docs.append((row["id"], title, body))
    if not docs:
        return
    # We pick the rowids ourselves: no read-back of what SQLite assigned.
    start = conn.exec_driver_sql("SELECT coalesce(max(rowid), 0) FROM search_doc").scalar_one() + 1
    conn.exec_driver_sql(
        "INSERT INTO search_doc (rowid, entity, record_id) VALUES (?, ?, ?)",
        [(start + i, entity, record_id) for i, (record_id, _, _) in enumerate(docs)],
    )
    conn.exec_driver_sql(
        "INSERT INTO search_fts (rowid, title, body) VALUES (?, ?, ?)",
        [(start + i, title, body) for i, (_, title, body) in enumerate(docs)],
    )


def remove(conn: Connection, record_ids: list[str]) -> None:
    rowids = list(_rowids(conn, record_ids).values())
    if not rowids:
        return
    params = [{"rowid": r} for r in rowids]
    conn.execute(text("DELETE FROM search_fts WHERE rowid = :rowid"), params)
    conn.execute(text("DELETE FROM search_doc WHERE rowid = :rowid"), params)


def _rowids(conn: Connection, record_ids: list[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for start in range(0, len(record_ids), 500):
        chunk = record_ids[start : start + 500]
        marks = ",".join(f":r{i}" for i in range(len(chunk)))
        rows = conn.execute(
            text(f"SELECT record_id, rowid FROM search_doc WHERE record_id IN ({marks})"),
            {f"r{i}": rid for i, rid in enumerate(chunk)},
        )
        found.update({r[0]: r[1] for r in rows})
    return found


def match_expression(query: str) -> str | None:
    """Every folded token must match as a prefix; quoting keeps FTS syntax out of user input."""
    tokens = _TOKEN.findall(fold(query))
    if not tokens:
        return None
    return " AND ".join(f'"{token}"*' for token in tokens[:12])


@dataclass(frozen=True)
class Hit:
    entity: str
    record_id: str
    score: float


def search(
    conn: Connection,
    query: str,
    *,
    entities: tuple[str, ...] | None = None,
    limit: int = 50,
    offset: int = 0,
) -> list[Hit]:
    expression = match_expression(query)
    if expression is None:
        return []
    entity_filter = ""
    params: dict[str, Any] = {"q": expression, "cand": CANDIDATES, "limit": limit, "offset": offset}
    if entities:
        entity_filter = "AND d.entity IN (" + ",".join(f":e{i}" for i in range(len(entities))) + ")"
        params.update({f"e{i}": e for i, e in enumerate(entities)})
    rows = conn.execute(
        text(
            "SELECT d.entity, d.record_id, c.score FROM ("
            "  SELECT rowid, bm25(search_fts, 10.0, 1.0) AS score FROM search_fts"
            "  WHERE search_fts MATCH :q LIMIT :cand"
            f") AS c JOIN search_doc d ON d.rowid = c.rowid WHERE 1=1 {entity_filter} "
            "ORDER BY c.score, d.record_id LIMIT :limit OFFSET :offset"
        ),
        params,
    )
    return [Hit(r[0], r[1], r[2]) for r in rows]


def rebuild(conn: Connection) -> int:
    """Drop and refill the whole index from the entity tables."""
    from sqlalchemy import inspect

    from app.store.tables import entity_tables

    conn.execute(text("DELETE FROM search_fts"))
    conn.execute(text("DELETE FROM search_doc"))
    count = 0
    # A migration rebuilds on the schema of its time: tables a later revision adds are not
    # there yet (and hold nothing to index when they come).
    present = set(inspect(conn).get_table_names())
    for entity, columns in INDEXED.items():
        if entity not in present:
            continue
        table = entity_tables[entity]
        names = sorted({n for ns in columns.values() for n in ns})
        result = conn.execute(
            table.select().with_only_columns(table.c.id, *(table.c[n] for n in names))
        )
        while batch := result.fetchmany(2000):
            rows = [dict(r._mapping) for r in batch]
            index_new(conn, entity, rows)
            count += len(rows)
    return count
