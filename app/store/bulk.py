"""Batched inserts and updates straight to the driver: the hot path of writes, import and sync.

SQLAlchemy Core's per-row parameter processing halves executemany throughput
(shared/PERF_NOTES.md); here JSON columns are encoded once, rows become tuples,
and the statement text is built once per table.
"""

from functools import cache
from typing import Any

import orjson
from sqlalchemy import JSON, Connection, Table


def encode_json(value: Any) -> str:
    return orjson.dumps(value).decode("utf-8")


def decode_json(text: str | bytes | float) -> Any:
    # A JSON column has NUMERIC affinity in SQLite: a bare number such as "45" comes back as 45.
    if isinstance(text, (int, float)):
        return text
    return orjson.loads(text)


@cache
def _layout(table: Table) -> tuple[tuple[str, ...], frozenset[str]]:
    names = tuple(c.name for c in table.columns)
    json_columns = frozenset(c.name for c in table.columns if isinstance(c.type, JSON))
    return names, json_columns


def _tuples(
    table: Table, names: tuple[str, ...], rows: list[dict[str, Any]]
) -> list[tuple[Any, ...]]:
    json_columns = _layout(table)[1]
    encoders = [(encode_json if n in json_columns else None) for n in names]
    return [
        tuple(
            (enc(row[n]) if row.get(n) is not None else None) if enc else row.get(n)
            for n, enc in zip(names, encoders, strict=True)
        )
        for row in rows
    ]


def insert_rows(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert rows given as dicts; columns missing from a row are NULL (or autoincrement)."""
    if not rows:
        return
    names = tuple(n for n in _layout(table)[0] if n in rows[0])
    sql = f'INSERT INTO "{table.name}" ({", ".join(names)}) VALUES ({", ".join("?" * len(names))})'
    conn.exec_driver_sql(sql, _tuples(table, names, rows))


def update_rows(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """Rewrite whole rows by primary key `id`."""
    if not rows:
        return
    names = tuple(n for n in _layout(table)[0] if n != "id")
    assignments = ", ".join(f"{n} = ?" for n in names)
    sql = f'UPDATE "{table.name}" SET {assignments} WHERE id = ?'
    conn.exec_driver_sql(
        sql,
        [
            (*values, row["id"])
            for values, row in zip(_tuples(table, names, rows), rows, strict=True)
        ],
    )
