"""Where the indicator engine reads from: one selectable per entity, on either schema.

The device keeps typed tables, the server one JSON `record` table; both give the engine the
same columns (`COLUMNS`), all text except the JSON lists, so one set of queries serves both.
"""

from typing import Any, Protocol

from sqlalchemy import Connection, FromClause, case, func
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.selectable import TableValuedAlias

# The columns each entity's selectable carries besides `id`.
COLUMNS: dict[str, tuple[str, ...]] = {
    "person": ("household_id", "sex", "birth_date", "nationality"),
    "case": (
        "household_id",
        "main_contact_id",
        "team",
        "site",
        "opened_on",
        "closed_on",
        "status",
        "outcome",
        "outreach_channel",
    ),
    "consultation": ("case_id", "held_on", "site", "mode", "participant_ids"),
    "application": (
        "case_id",
        "programme",
        "submitted_on",
        "decision",
        "decided_on",
    ),
    "vulnerability": ("person_id", "assessed_on", "categories"),
    "application_traveller": ("case_id", "application_id", "person_id", "travels"),
    "departure": ("case_id", "application_id", "confirmed_on", "mode"),
    "support_payment": (
        "case_id",
        "application_id",
        "person_id",
        "component",
        "status",
        "paid_on",
    ),
    "sustainability_assessment": ("case_id", "person_id", "assessed_on", "checkpoint", "result"),
}
# JSON lists of codes or ids; everything else is text (ISO dates compare as text).
LIST_COLUMNS = frozenset({"participant_ids", "categories"})
# Booleans: the device's column and the server's JSON value, each read as a boolean.
BOOL_COLUMNS = frozenset({"travels"})


class Source(Protocol):
    """A schema the engine can count over."""

    @property
    def dialect(self) -> str:
        """'sqlite' or 'postgresql'."""
        ...

    def table(self, entity: str, name: str) -> FromClause:
        """A fresh aliased selectable of the live records of `entity`: `id` plus COLUMNS."""
        ...

    def team_names(self, conn: Connection) -> dict[str, str]:
        """Display names of teams by id, where the source knows them."""
        ...

    def prepare(self, conn: Connection) -> None:
        """Tunes the connection's transaction for the report's whole-table aggregates."""
        ...


def json_elements(dialect: str, column: ColumnElement[Any], name: str) -> TableValuedAlias:
    """The elements of a JSON list column as rows with one text column `value`.

    Join it (`join(elements, true())`): both databases let a table function in FROM see the
    columns of the tables before it. A value that is not a list (null) gives no rows.
    """
    if dialect == "postgresql":
        listed = case((func.json_typeof(column) == "array", column), else_=None)
        return func.json_array_elements_text(listed).table_valued("value").alias(name)
    listed = case((func.json_type(column) == "array", column), else_=None)
    return func.json_each(listed).table_valued("value").alias(name)
