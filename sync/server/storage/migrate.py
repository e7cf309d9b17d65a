"""Bring the server database to the current schema; refuse one written by a newer release."""

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, text

from app.errors import UserError
from app.store import migrate as store_migrate
from app.store.migrate import current_revision
from sync.server.storage.db import translated

MIGRATIONS = Path(__file__).parent / "migrations"
# Any constant works; it only has to be the same in every server process.
_PG_LOCK_KEY = 0x46414C4C414B5445  # "FALLAKTE"


def config(conn: Connection | None = None) -> Config:
    return store_migrate.config(conn, location=MIGRATIONS)


def script_head() -> str:
    return store_migrate.script_head(MIGRATIONS)


def upgrade(engine: Engine, target: str = "head") -> None:
    """Apply pending migrations in one transaction; safe to run from several processes at once."""
    with translated(engine), engine.connect() as conn, conn.begin():
        if conn.dialect.name == "postgresql":
            # Two servers starting together must not both create the tables.
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_LOCK_KEY})
        current = current_revision(conn)
        script = ScriptDirectory.from_config(config())
        if current is not None and not store_migrate.known(script, current):
            raise UserError(
                "this server database was written by a newer Fallakte release; "
                "update fallakte-server before starting it"
            )
        command.upgrade(config(conn), target)
