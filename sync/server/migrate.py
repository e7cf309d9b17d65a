"""Bring the server database to the current schema; refuse one written by a newer release."""

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import Connection, Engine, inspect, text

from app.errors import UserError
from sync.server.db import translated

MIGRATIONS = Path(__file__).parent / "migrations"
# Any constant works; it only has to be the same in every server process.
_PG_LOCK_KEY = 0x46414C4C414B5445  # "FALLAKTE"


def config(conn: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if conn is not None:
        cfg.attributes["connection"] = conn
    return cfg


def script_head() -> str:
    head = ScriptDirectory.from_config(config()).get_current_head()
    assert head is not None
    return head


def current_revision(conn: Connection) -> str | None:
    if not inspect(conn).has_table("alembic_version"):
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(engine: Engine, target: str = "head") -> None:
    """Apply pending migrations in one transaction; safe to run from several processes at once."""
    with translated(engine), engine.connect() as conn, conn.begin():
        if conn.dialect.name == "postgresql":
            # Two servers starting together must not both create the tables.
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_LOCK_KEY})
        current = current_revision(conn)
        script = ScriptDirectory.from_config(config())
        if current is not None and not _known(script, current):
            raise UserError(
                "this server database was written by a newer Fallakte release; "
                "update fallakte-server before starting it"
            )
        command.upgrade(config(conn), target)


def _known(script: ScriptDirectory, revision: str) -> bool:
    try:
        return script.get_revision(revision) is not None
    except CommandError:
        return False
