"""Bring a device store to the current schema on unlock; refuse one made by a newer release."""

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import Connection, Engine, inspect, text

from app.errors import UserError

MIGRATIONS = Path(__file__).parent / "migrations"
# Kept in step with the newest file in migrations/versions (a test checks it), so that
# an up-to-date store opens without loading Alembic's script directory.
HEAD = "0008"


def config(conn: Connection | None = None, *, location: Path = MIGRATIONS) -> Config:
    """Alembic config for a migrations folder; env.py takes the open connection from it."""
    cfg = Config()
    cfg.set_main_option("script_location", str(location))
    if conn is not None:
        cfg.attributes["connection"] = conn
    return cfg


def script_head(location: Path = MIGRATIONS) -> str:
    head = ScriptDirectory.from_config(config(location=location)).get_current_head()
    assert head is not None
    return head


def current_revision(conn: Connection) -> str | None:
    if not inspect(conn).has_table("alembic_version"):
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(engine: Engine, target: str = "head") -> None:
    with engine.connect() as conn:
        current = current_revision(conn)
        conn.rollback()
        if current == HEAD and target == "head":
            return
        script = ScriptDirectory.from_config(config())
        if current is not None and not known(script, current):
            raise UserError(
                "Diese Datenbank stammt aus einer neueren Fallakte-Version / "
                "this store was written by a newer Fallakte release; please update the program"
            )
        command.upgrade(config(conn), target)
        conn.commit()


def known(script: ScriptDirectory, revision: str) -> bool:
    """Whether this release has the revision a database was stamped with."""
    try:
        return script.get_revision(revision) is not None
    except CommandError:
        return False
