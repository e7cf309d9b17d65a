"""The server's own clock: stamps for the changes it originates, persisted in the database.

Its device id (sync.merge.SERVER_DEVICE, the nil UUID) cannot collide with an enrolled device's
UUIDv7, and a push carrying it is refused as "stamp belongs to another device". Reading the row with
an update lock (PostgreSQL) or inside BEGIN IMMEDIATE (SQLite) serialises server changes.
"""

from collections.abc import Iterable

from sqlalchemy import Connection, select, update

from app.store.hlc import HybridClock
from sync.merge import SERVER_DEVICE
from sync.server.storage.tables import server_clock


def clock(conn: Connection, *, after: Iterable[str] = ()) -> HybridClock:
    """The server clock, moved past every stamp in `after`; `save` it in the same transaction."""
    query = select(server_clock.c.last).where(server_clock.c.id == 1)
    if conn.dialect.name == "postgresql":
        query = query.with_for_update()
    last = conn.execute(query).scalar_one()
    hlc = HybridClock(SERVER_DEVICE, last=last)
    for stamp in after:
        # Device stamps the server accepted: trusted, so a device clock running ahead is absorbed.
        hlc.observe(stamp, trusted=True)
    return hlc


def save(conn: Connection, hlc: HybridClock) -> None:
    conn.execute(update(server_clock).where(server_clock.c.id == 1).values(last=hlc.last))
