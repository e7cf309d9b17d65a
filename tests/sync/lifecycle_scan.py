"""Dump every value a server database or a device store holds, as text, for leak scans."""

import json
from typing import Any

from sqlalchemy import Engine, inspect, text

from app.store.search import fold
from app.store.store import Store


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value).decode("latin-1")
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def server_dump(engine: Engine) -> dict[str, str]:
    """Table name -> every column of every row as text (all tables, whatever they are)."""
    dump: dict[str, str] = {}
    with engine.connect() as conn:
        for table in inspect(conn).get_table_names():
            rows = conn.execute(text(f'SELECT * FROM "{table}"'))
            dump[table] = "\n".join(" | ".join(_text(v) for v in row) for row in rows)
    return dump


def device_dump(store: Store) -> dict[str, str]:
    """Every table of the decrypted store, FTS5 shadow tables included."""
    dump: dict[str, str] = {}
    with store.read() as conn:
        tables = conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'"
        ).scalars()
        for table in list(tables):
            rows = conn.exec_driver_sql(f'SELECT * FROM "{table}"')
            dump[table] = "\n".join(" | ".join(_text(v) for v in row) for row in rows)
    return dump


def needles(*values: str) -> set[str]:
    """The values as typed, and folded as the search index stores them; for FTS segments, whose
    terms are prefix-compressed, also each folded value's last 6 characters."""
    found = set()
    for value in values:
        found.add(value)
        for token in fold(value).split():
            if len(token) < 6 or token.replace("-", "").isdigit():
                continue  # short or numeric tokens occur anywhere (stamps, counts)
            found.add(token)
            if len(token) >= 8:
                found.add(token[-6:])
    return found


def leaks(dump: dict[str, str], values: set[str]) -> list[tuple[str, str]]:
    return sorted(
        (table, value) for table, content in dump.items() for value in values if value in content
    )
