"""The device store as a report source: its typed entity tables (erased records are gone)."""

from sqlalchemy import Connection, FromClause

from app.reports.source import COLUMNS
from app.store.tables import entity_tables


class DeviceSource:
    """Counts over the SQLCipher store of this device (SQLite)."""

    dialect = "sqlite"

    def table(self, entity: str, name: str) -> FromClause:
        table = entity_tables[entity]
        missing = [c for c in COLUMNS[entity] if c not in table.c]
        if missing:  # a column renamed in the domain model must fail loudly, not count zero
            raise LookupError(f"{entity} has no column {', '.join(missing)}")
        return table.alias(name)

    def team_names(self, conn: Connection) -> dict[str, str]:
        return {}  # the device knows team ids only
