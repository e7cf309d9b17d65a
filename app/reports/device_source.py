"""The device store as a report source: its typed entity tables (erased records are gone)."""

from sqlalchemy import Connection, FromClause, func, literal, select

from app.reports.source import COLUMNS
from app.store.tables import entity_tables


class DeviceSource:
    """Counts over the SQLCipher store of this device (SQLite).

    A device holds only its own team's records, so a case without a team field (opened
    before the device learnt its team at enrolment) is counted under `default_team`.
    """

    dialect = "sqlite"

    def __init__(self, default_team: str | None = None) -> None:
        self.default_team = default_team or None

    def table(self, entity: str, name: str) -> FromClause:
        table = entity_tables[entity]
        missing = [c for c in COLUMNS[entity] if c not in table.c]
        if missing:  # a column renamed in the domain model must fail loudly, not count zero
            raise LookupError(f"{entity} has no column {', '.join(missing)}")
        if entity != "case" or self.default_team is None:
            return table.alias(name)
        columns = [table.c.id, *(table.c[c] for c in COLUMNS[entity] if c != "team")]
        team = func.coalesce(table.c.team, literal(self.default_team)).label("team")
        return select(*columns, team).subquery(name)

    def team_names(self, conn: Connection) -> dict[str, str]:
        return {}  # the device knows team ids only

    def prepare(self, conn: Connection) -> None:
        return None  # SQLite's planner needs no help with these queries
