"""Renewing the offline lease at the end of a sync round (app/services/lease.py counts it).

Only an answer of `GET /sync/lease` renews: a revoked device gets the revoked answer there
(DeviceRevoked, raised on, so the round's revoke and wipe path runs), never a renewal. Any other
failure (a server from before the lease without the route, a garbled answer, a connection
dropped after the pull) renews nothing and does not fail the round: push and pull went through,
and the device keeps the lease it has. The admin therefore upgrades the server first.
"""

import logging
from datetime import datetime

from app.services import lease
from app.store.store import Store
from sync import device as local
from sync.client import Cancelled, DeviceRevoked, SyncClient, SyncError, Unauthorized

log = logging.getLogger("fallakte.sync")


def renew_lease(store: Store, client: SyncClient, *, now: datetime) -> int | None:
    """Ask the server to confirm this device; the lease length in days, or None if not renewed."""
    with store.read() as conn:
        if not local.get_setting(conn, "server_url"):
            return None  # not enrolled (a test harness, a bare client): no lease applies
    try:
        grant = client.lease()
    except (Cancelled, DeviceRevoked, Unauthorized):
        raise
    except SyncError as exc:
        # The type names the failure, never a person.
        log.info("offline lease not renewed (%s)", type(exc).__name__)
        return None
    with store.write() as writer:
        lease.confirm(writer.conn, days=grant.lease_days, now=now, server_time=grant.server_time)
    return grant.lease_days
