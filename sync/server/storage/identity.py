"""This server database's id (migration 0004), which devices compare when they enrol."""

from sqlalchemy import Engine, select

from sync.server.storage.db import snapshot
from sync.server.storage.tables import server_identity


def server_id(engine: Engine) -> str:
    with snapshot(engine) as conn:
        found: str = conn.execute(
            select(server_identity.c.server_id).where(server_identity.c.id == 1)
        ).scalar_one()
    return found
