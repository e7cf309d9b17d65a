"""Renewing the offline lease at the end of a sync round (app/services/lease.py counts it).

Only an answer of `GET /sync/lease` renews: a revoked device gets the revoked answer there
(DeviceRevoked, raised on), never a renewal. A server from before the lease has no such route
(404): its devices then keep the lease they have, so the admin upgrades the server first, as
with every release; nothing else of the round is lost.
"""

import logging
from datetime import datetime

from app.services import lease
from app.store.store import Store
from sync.client import NotFound, SyncClient

log = logging.getLogger("fallakte.sync")


def renew_lease(store: Store, client: SyncClient, *, now: datetime) -> int | None:
    """Ask the server to confirm this device; the lease length in days, or None if not renewed."""
    try:
        grant = client.lease()
    except NotFound:
        log.info("offline lease not renewed: the server does not offer it")
        return None
    with store.write() as writer:
        lease.confirm(writer.conn, days=grant.lease_days, now=now, server_time=grant.server_time)
    return grant.lease_days
