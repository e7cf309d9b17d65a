"""Export everything in the store, in a fixed order, so equal data gives equal bytes on every device."""

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, select

from app.domain.enums import AuditAction
from app.domain.registry import ENTITIES, model_for
from app.errors import UserError
from app.services.formats import format_for, write_csv, write_jsonl, write_xlsx
from app.store.store import Store
from app.store.tables import entity_tables


def export_store(
    store: Store, *, path: Path, fmt: str | None = None, entities: Sequence[str] | None = None
) -> int:
    """Records (not the device-local audit log) ordered by entity, then id."""
    fmt = format_for(path, fmt)
    chosen = list(entities or ENTITIES)
    for entity in chosen:
        model_for(entity)
    chosen = [e for e in ENTITIES if e in chosen]
    if fmt == "csv" and len(chosen) != 1:
        raise UserError("CSV hält genau eine Entität / a CSV file holds one entity: pass --entity")
    with store.read() as conn:
        if fmt == "jsonl":
            count = write_jsonl(path, ((e, row) for e in chosen for row in _rows(conn, e)))
        elif fmt == "csv":
            count = write_csv(path, entity=chosen[0], rows=_rows(conn, chosen[0]))
        else:
            count = write_xlsx(path, sheets=[(e, _rows(conn, e)) for e in chosen])
    with store.write() as writer:
        writer.audit(AuditAction.exported, "store", None, f"{fmt}: {count} records")
    return count


def _rows(conn: Connection, entity: str) -> Iterator[dict[str, Any]]:
    table = entity_tables[entity]
    names = ["id", *model_for(entity).field_names()]
    query = select(*(table.c[n] for n in names)).order_by(table.c.id)
    result = conn.execution_options(yield_per=2000).execute(query)
    for row in result:
        yield dict(zip(names, row, strict=True))
