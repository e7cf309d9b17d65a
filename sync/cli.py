"""Sync commands for `fallakte`: enroll, sync, conflicts; added to the core CLI by the launcher."""

import argparse
import json
import os
import sys
from collections.abc import Callable

from sqlalchemy import select

from app.cli import _prompt, unlock, unlock_for_browsing
from app.errors import UserError
from app.store.store import Store
from app.store.tables import conflict
from sync import device as local
from sync.client import DeviceRevoked, SyncClient
from sync.credentials import load_token
from sync.engine import Progress, sync_once
from sync.enrolment import enroll

Adder = Callable[..., argparse.ArgumentParser]


def cmd_enroll(args: argparse.Namespace) -> int:
    secret = os.environ.get("FALLAKTE_SERVER_PASSWORD") or _prompt(
        "Server-Passwort / server password: "
    )
    with unlock(args) as store:
        done = enroll(
            store,
            server_url=args.server,
            username=args.user,
            password=secret,
            device_name=args.name or "",
        )
    print(
        f"Gerät angemeldet / device enrolled with {done.server_url} "
        f"(team {done.team}, token kept in the {done.token_location})"
    )
    return 0


def connect(store: Store) -> SyncClient:
    with store.read() as conn:
        url = local.get_setting(conn, "server_url")
    token = load_token(store)
    if not url or not token:
        raise UserError(
            "Gerät nicht angemeldet / this device is not enrolled: run 'fallakte enroll --server URL --user NAME'"
        )
    return SyncClient(url, token)


def cmd_sync(args: argparse.Namespace) -> int:
    store = unlock(args)
    client = connect(store)

    def show(progress: Progress) -> None:
        if args.verbose:
            print(f"  {progress.phase}: {progress.done}", file=sys.stderr)

    try:
        result = sync_once(store, client, progress=show)
    except DeviceRevoked as exc:
        if exc.wipe:
            raise UserError(
                f"{exc} — die lokalen Daten wurden gelöscht / the local data was erased"
            ) from None
        raise
    finally:
        client.close()
        store.close()
    print(
        f"pushed {result.pushed}, pulled {result.pulled}, conflicts {result.conflicts}, "
        f"rejected {result.rejected}, dropped {result.dropped}, erased {result.erased} "
        f"({result.seconds:.2f} s)"
    )
    if result.lease_days is not None:
        print(f"Offline-Frist erneuert / offline lease renewed: {result.lease_days} days")
    return 0


def cmd_conflicts(args: argparse.Namespace) -> int:
    with unlock_for_browsing(args) as store, store.read() as conn:
        rows = [
            dict(r._mapping) for r in conn.execute(select(conflict).order_by(conflict.c.server_seq))
        ]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=1, sort_keys=True))
        return 0
    if not rows:
        print("keine Konflikte / no conflicts")
    for row in rows:
        print(
            f"{row['id']}  {row['entity']} {row['record_id']} {row['field']}: "
            f"current {json.dumps(row['winner_value'], ensure_ascii=False)} "
            f"— lost {json.dumps(row['loser_value'], ensure_ascii=False)}"
        )
    return 0


def add_commands(add: Adder) -> None:
    enroll = add("enroll", cmd_enroll, "enrol this device with a Fallakte server")
    enroll.add_argument(
        "--server", required=True, help="server URL, e.g. https://fallakte.example.org"
    )
    enroll.add_argument("--user", required=True, help="your user name on the server")
    enroll.add_argument("--name", help="a name for this device (default: the computer's name)")
    sync = add("sync", cmd_sync, "push local changes and pull the team's changes")
    sync.add_argument("-v", "--verbose", action="store_true")
    conflicts = add("conflicts", cmd_conflicts, "list values that lost to a concurrent edit")
    conflicts.add_argument("--json", action="store_true")
