"""Fetch the team directory after a sync and keep it in the encrypted store (works offline).

A directory that cannot be had (an older server without the endpoint, a hiccup after push and
pull went through) leaves the kept one as it is and never fails the sync: it only names.
"""

import logging
from datetime import UTC, datetime

from app.services import team_directory
from app.store.store import Store
from sync import device as local
from sync.client import Cancelled, DeviceRevoked, SyncClient, SyncError, Unauthorized
from sync.protocol_directory import TeamDirectory

log = logging.getLogger("fallakte.sync")


def to_local(wire: TeamDirectory, *, fetched_at: str) -> team_directory.Directory:
    return team_directory.Directory(
        team=wire.team,
        team_name=wire.team_name,
        fetched_at=fetched_at,
        colleagues=tuple(
            team_directory.Colleague(
                username=u.username,
                display_name=u.display_name,
                role=u.role,
                active=u.active,
                contact=u.contact,
                devices=tuple((d.id, d.name) for d in u.devices),
            )
            for u in wire.users
        ),
    )


def refresh_directory(store: Store, *, client: SyncClient) -> bool:
    """Ask the server for this device's team directory and keep it; True if it changed."""
    with store.read() as conn:
        team = local.get_setting(conn, "team")
    if not team:
        return False
    try:
        wire = client.team_directory(team)
    except (Cancelled, DeviceRevoked, Unauthorized):
        raise
    except SyncError as exc:
        # The message names the server and the status, never a person.
        log.info("team directory not refreshed (%s)", type(exc).__name__)
        return False
    if wire.team != team:
        log.warning("team directory refused: the server answered for another team")
        return False
    fetched = datetime.now(UTC).isoformat(timespec="seconds")
    with store.write() as writer:
        return team_directory.save_in(writer.conn, directory=to_local(wire, fetched_at=fetched))
