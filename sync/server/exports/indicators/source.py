"""The server's JSON `record` table as a report source, on SQLite and PostgreSQL.

Each entity becomes a subquery of its live records (erased ones are flagged `deleted` and
left out) with its fields pulled from the JSON as text; the JSON lists stay JSON for
`json_elements`. A case's team is the team the record belongs to on the server, whatever its
team field says.
"""

from typing import Any

from sqlalchemy import JSON, Boolean, Connection, FromClause, Text, and_, func, select, true
from sqlalchemy import column as sa_column

from app.reports.source import BOOL_COLUMNS, COLUMNS, LIST_COLUMNS
from sync.server.storage.tables import record, team

# The column types json_to_record is told; every other column is text.
_TYPES: dict[str, Any] = {
    **{name: JSON for name in LIST_COLUMNS},
    **{name: Boolean for name in BOOL_COLUMNS},
}


class ServerSource:
    def __init__(self, dialect: str) -> None:
        if dialect not in ("sqlite", "postgresql"):
            raise ValueError(f"unsupported database dialect {dialect!r}")
        self._dialect = dialect

    @property
    def dialect(self) -> str:
        return self._dialect

    def table(self, entity: str, name: str) -> FromClause:
        if self._dialect == "postgresql":
            return self._parsed_once(entity, name)
        fields = record.c.fields
        columns: list[Any] = [record.c.id.label("id")]
        for column in COLUMNS[entity]:
            if column in LIST_COLUMNS:
                value: Any = fields[column]
            elif column in BOOL_COLUMNS:
                value = fields[column].as_boolean()
            else:
                value = fields[column].as_string()
            if entity == "case" and column == "team":
                # The server's own team id, never the label a device stored in the field.
                value = record.c.team_id
            columns.append(value.label(column))
        live = and_(record.c.entity == entity, record.c.deleted.is_(False))
        rows = select(*columns).where(live)
        # Each field is pulled out of the JSON once per record, not again at every use (the
        # age group alone reads the birth date ten times), and joins on ids held in the JSON
        # get a hash (PostgreSQL) or an automatic index (SQLite) rather than a JSON scan per
        # row: OFFSET 0 keeps PostgreSQL from inlining the subquery; SQLite, which would
        # flatten it anyway, gets a materialised CTE.
        if self._dialect == "postgresql":
            return rows.offset(0).subquery(name)
        return rows.cte(name).prefix_with("MATERIALIZED")

    def _parsed_once(self, entity: str, name: str) -> FromClause:
        """PostgreSQL: each record's JSON parsed once into all the columns wanted.

        `fields` is `json` (text), so every `->>` parses the whole document again: five
        columns of 100,000 consultations were five parses each. json_to_record parses it
        once and gives strings unquoted, numbers as text, JSON lists as JSON, as `->>` and
        `->` did.
        """
        wanted = COLUMNS[entity]
        parsed = (
            func.json_to_record(record.c.fields)
            .table_valued(*(sa_column(c, _TYPES.get(c, Text)) for c in wanted))
            .render_derived(name=f"{name}_fields", with_types=True)
        )
        columns: list[Any] = [record.c.id.label("id")]
        for column in wanted:
            value: Any = parsed.c[column]
            if entity == "case" and column == "team":
                value = record.c.team_id  # the server's own team id (see the module's text)
            columns.append(value.label(column))
        live = and_(record.c.entity == entity, record.c.deleted.is_(False))
        rows = select(*columns).select_from(record.join(parsed, true())).where(live)
        return rows.offset(0).subquery(name)

    def team_names(self, conn: Connection) -> dict[str, str]:
        return {row.id: row.name for row in conn.execute(select(team.c.id, team.c.name))}

    def prepare(self, conn: Connection) -> None:
        if self._dialect != "postgresql":
            return
        # Filters on JSON fields make PostgreSQL expect a row or two where there are
        # hundreds, and it then picks nested loops that parse every person's JSON once per
        # case: 111 s instead of 1 s for one indicator over 20,000 persons. The report only
        # aggregates whole entities, where hash joins are right. LOCAL: this transaction only.
        conn.exec_driver_sql("SET LOCAL enable_nestloop = off")
        # Compiling each statement's expressions took 0.3 s of the 1 s of most indicators.
        conn.exec_driver_sql("SET LOCAL jit = off")
