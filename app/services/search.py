"""Search persons, households, cases and consultation notes, with a label to show for each hit."""

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select

from app.store import search as index
from app.store.store import Store
from app.store.tables import entity_tables


@dataclass(frozen=True)
class SearchResult:
    entity: str
    record_id: str
    label: str
    detail: str


def search(
    store: Store,
    *,
    query: str,
    entities: tuple[str, ...] | None = None,
    limit: int = 50,
    offset: int = 0,
) -> list[SearchResult]:
    with store.read() as conn:
        hits = index.search(conn, query, entities=entities, limit=limit, offset=offset)
        labels = _labels(conn, hits)
    return [SearchResult(h.entity, h.record_id, *labels.get(h.record_id, ("", ""))) for h in hits]


def _labels(conn: Connection, hits: list[index.Hit]) -> dict[str, tuple[str, str]]:
    by_entity: dict[str, list[str]] = {}
    for hit in hits:
        by_entity.setdefault(hit.entity, []).append(hit.record_id)
    labels: dict[str, tuple[str, str]] = {}
    for entity, ids in by_entity.items():
        table = entity_tables[entity]
        for row in conn.execute(select(table).where(table.c.id.in_(ids))):
            labels[row.id] = _label(entity, dict(row._mapping))
    return labels


def _label(entity: str, row: dict[str, Any]) -> tuple[str, str]:
    if entity == "person":
        name = ", ".join(p for p in (row["family_name"], row["given_names"]) if p)
        return name, row.get("birth_date") or ""
    if entity == "household":
        return row["label"], row.get("site") or ""
    if entity == "case":
        return row["reference"], row["status"]
    if entity == "consultation":
        return row["held_on"], (row.get("notes") or "")[:80]
    # The return process: what was searched for (a number) or found (in an answer or a note).
    if entity == "external_reference":
        return row["number"], row.get("kind") or ""
    if entity == "departure":
        return row.get("booking_reference") or "", row.get("planned_on") or ""
    if entity == "information_request":
        return row["asked_on"], (row.get("summary") or "")[:80]
    if entity == "reintegration_follow_up":
        return row["due_on"], (row.get("notes") or "")[:80]
    return row["id"], ""
