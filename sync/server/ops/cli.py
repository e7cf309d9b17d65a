"""`fallakte-server`: migrate and run the sync server, manage teams, users and devices."""

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable, Sequence

from app import __version__, extras
from app.cli import parse_args, run_handler
from app.errors import UserError
from sync.server.exports.access.cli import add_export_commands
from sync.server.exports.cases.cli import add_case_export_commands
from sync.server.exports.indicators.cli import add_indicator_export_commands
from sync.server.ops.blobs_cli import add_blob_commands
from sync.server.ops.cli_common import EXIT_OK, EXIT_USAGE, settings
from sync.server.ops.cli_common import migrated_engine as _engine
from sync.server.ops.lifecycle_cli import add_lifecycle_commands
from sync.server.ops.records_cli import add_record_commands
from sync.server.ops.settings import ENV_DATABASE_URL, safe_url
from sync.server.ops.terminal_text import printable
from sync.server.ops.user_cli import add_user_commands

ENV_USER_PASSWORD = "FALLAKTE_USER_PASSWORD"  # noqa: S105  (a variable name, not a secret)


def _new_password() -> str:
    if os.environ.get(ENV_USER_PASSWORD):
        return os.environ[ENV_USER_PASSWORD]
    if not sys.stdin or not sys.stdin.isatty():
        raise UserError(f"no password: set {ENV_USER_PASSWORD} (there is no terminal to ask)")
    chosen = getpass.getpass("Passwort / password: ")
    if getpass.getpass("Wiederholen / repeat: ") != chosen:
        raise UserError("Die Passwörter stimmen nicht überein / the passwords differ")
    return chosen


# -- commands ----------------------------------------------------------------


def cmd_migrate(args: argparse.Namespace) -> int:
    chosen = settings(args)
    _engine(args).dispose()
    print(f"database {safe_url(chosen.database_url)} is up to date")
    return EXIT_OK


def cmd_run(args: argparse.Namespace) -> int:
    import uvicorn

    from sync.server.api.app import create_app
    from sync.server.ops.metrics import MetricsSettings, prepare_workers, remove_workers_dir

    chosen = settings(args)
    MetricsSettings.build()  # an unsafe metrics setting stops the server before it starts
    if args.workers < 1:
        raise UserError("--workers must be at least 1")
    if not 0 < args.port < 65536:
        raise UserError("--port must be between 1 and 65535")
    _engine(args).dispose()
    print(
        f"fallakte-server {__version__} on http://{args.host}:{args.port} "
        f"({args.workers} worker{'s' if args.workers > 1 else ''}, "
        f"database {safe_url(chosen.database_url)})",
        file=sys.stderr,
    )
    options = {"host": args.host, "port": args.port, "server_header": False, "log_level": "info"}
    # With metrics on, workers count into one shared directory (prometheus multiprocess mode).
    made = prepare_workers(args.workers)
    try:
        if args.workers == 1:
            uvicorn.run(create_app(chosen), **options)
        else:
            # Workers are separate processes that import the app: they read the settings here.
            os.environ.update(chosen.to_environ())
            uvicorn.run("sync.server.api.asgi:app", workers=args.workers, **options)
    finally:
        remove_workers_dir(made)
    return EXIT_OK


def cmd_team_add(args: argparse.Namespace) -> int:
    from sync.server.accounts.admin import add_team

    engine = _engine(args)
    try:
        add_team(engine, team_id=args.id, name=args.name)
    finally:
        engine.dispose()
    print(f"team {args.id} added")
    return EXIT_OK


def cmd_team_lease(args: argparse.Namespace) -> int:
    from sync.server.accounts.lease import lease_days, set_lease_days
    from sync.server.exports.export_audit import server_actor

    engine = _engine(args)
    try:
        if args.days is None:
            days = lease_days(engine, team_id=args.id)
        else:
            days = set_lease_days(
                engine, team_id=args.id, days=args.days, actor=server_actor()
            ).lease_days
    finally:
        engine.dispose()
    then = " (devices receive it with their next sync)" if args.days is not None else ""
    print(f"team {args.id}: offline lease {days} days{then}")
    return EXIT_OK


def cmd_user_add(args: argparse.Namespace) -> int:
    from sync.server.accounts.admin import add_user

    engine = _engine(args)
    try:
        add_user(
            engine,
            username=args.name,
            password=_new_password(),
            team_id=args.team,
            role=args.role,
            display_name=args.display_name,
            contact=args.contact,
        )
    finally:
        engine.dispose()
    print(f"user {args.name} added to team {args.team} as {args.role}")
    return EXIT_OK


def cmd_device_list(args: argparse.Namespace) -> int:
    from sync.server.accounts.admin import list_devices

    engine = _engine(args)
    try:
        devices = list_devices(engine)
    finally:
        engine.dispose()
    if args.json:
        print(json.dumps([d.model_dump(mode="json") for d in devices], indent=1))
        return EXIT_OK
    for d in devices:
        seen = d.last_seen_at.strftime("%Y-%m-%d %H:%M") if d.last_seen_at else "never"
        print(  # device names come from laptops: no escape sequence reaches the terminal
            f"{d.id}  {d.prefix}  {printable(d.username):<20} {d.team_id:<12} {d.state:<13} "
            f"{seen}  {printable(d.name)}"
        )
    if not devices:
        print("no devices enrolled", file=sys.stderr)
    return EXIT_OK


def cmd_device_revoke(args: argparse.Namespace) -> int:
    from sync.server.accounts.admin import revoke_device

    engine = _engine(args)
    try:
        revoke_device(engine, device_id=args.id, wipe=args.wipe, reason=args.reason)
    finally:
        engine.dispose()
    then = "erases its local data and is refused" if args.wipe else "is refused"
    print(f"device {args.id} revoked: it {then} from its next sync on")
    return EXIT_OK


# -- parser ------------------------------------------------------------------


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(
        prog="fallakte-server", description="Fallakte sync server and its administration."
    )
    top.add_argument("--version", action="version", version=f"fallakte-server {__version__}")
    top.add_argument(
        "--database-url",
        help=f"postgresql://… or sqlite:///… (default: ${ENV_DATABASE_URL}, "
        "else a SQLite file in $FALLAKTE_SERVER_HOME or the user data dir)",
    )
    sub = top.add_subparsers(dest="command", metavar="COMMAND")

    def add(
        parent: "argparse._SubParsersAction[argparse.ArgumentParser]",
        name: str,
        handler: Callable[[argparse.Namespace], int] | None,
        help_text: str,
    ) -> argparse.ArgumentParser:
        command = parent.add_parser(name, help=help_text, description=help_text)
        if handler is not None:
            command.set_defaults(handler=handler)
        else:
            command.set_defaults(usage=command)
        return command

    add(sub, "migrate", cmd_migrate, "create or upgrade the database schema")
    run = add(sub, "run", cmd_run, "migrate, then serve the sync API")
    run.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    run.add_argument("--port", type=int, default=8765, help="port (default 8765)")
    run.add_argument("--workers", type=int, default=1, help="worker processes (default 1)")

    team = add(sub, "team", None, "manage teams").add_subparsers(metavar="ACTION")
    team_add = add(team, "add", cmd_team_add, "add a team")
    team_add.add_argument("id", help="team id, e.g. team-nord")
    team_add.add_argument("--name", required=True, help="display name")
    team_lease = add(
        team,
        "lease",
        cmd_team_lease,
        "show or set how many days the team's devices may go without a sync (offline lease)",
    )
    team_lease.add_argument("id", help="team id")
    team_lease.add_argument(
        "--days", type=int, help="new length, 1 to 365 (default setting: 30); omit to show it"
    )

    user = add(sub, "user", None, "manage users").add_subparsers(metavar="ACTION")
    user_add = add(
        user, "add", cmd_user_add, f"add a user (password from ${ENV_USER_PASSWORD} or a prompt)"
    )
    user_add.add_argument("name", help="user name the counsellor enrols with")
    user_add.add_argument("--team", required=True, help="team id")
    user_add.add_argument("--role", required=True, choices=("counsellor", "lead", "admin"))
    user_add.add_argument(
        "--display-name", help="what colleagues see, e.g. 'Anna Schmidt' (default: the user name)"
    )
    user_add.add_argument(
        "--contact",
        help="work phone or e-mail; the team sees it only if FALLAKTE_DIRECTORY_CONTACTS=yes",
    )

    device = add(sub, "device", None, "manage enrolled devices").add_subparsers(metavar="ACTION")
    device_list = add(device, "list", cmd_device_list, "list enrolled devices")
    device_list.add_argument("--json", action="store_true", help="machine-readable output")
    revoke = add(device, "revoke", cmd_device_revoke, "refuse a device from its next sync on")
    revoke.add_argument("id", help="device id (see 'device list')")
    revoke.add_argument("--wipe", action="store_true", help="also make it erase its local data")
    revoke.add_argument("--reason", help="shown to the device's user, e.g. 'laptop stolen'")
    add_export_commands(sub)
    add_case_export_commands(sub)
    add_indicator_export_commands(sub)
    add_lifecycle_commands(sub)
    add_user_commands(sub)
    add_record_commands(sub)
    add_blob_commands(sub)
    return top


def main(argv: Sequence[str] | None = None) -> int:
    # The server's libraries are the `server` extra; a desktop-only install names it.
    extras.require("fallakte-server", extras.SERVER)
    top = parser()
    args = parse_args(top, argv)
    handler = getattr(args, "handler", None)
    if handler is None:
        (getattr(args, "usage", None) or top).print_usage(sys.stderr)
        return EXIT_USAGE
    return run_handler("fallakte-server", handler, args)


if __name__ == "__main__":
    sys.exit(main())
