"""`fallakte-server user list | disable | enable | reset-password | role | move | rename |
contact`: the lifecycle of users after `user add`, so that no administrator needs SQL
(sync/server/accounts/users.py does it)."""

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable
from typing import Any

from sqlalchemy import Engine

from app.errors import UserError
from sync.protocol_users import ROLES, UserEntry

EXIT_OK = 0
ENV_USER_PASSWORD = "FALLAKTE_USER_PASSWORD"  # noqa: S105  (a variable name, as `user add` reads)

Handler = Callable[[argparse.Namespace], int]


def _engine(args: argparse.Namespace) -> Engine:
    from sync.server.ops.settings import ServerSettings
    from sync.server.storage.db import make_engine
    from sync.server.storage.migrate import upgrade

    engine = make_engine(ServerSettings.build(database_url=args.database_url).database_url)
    upgrade(engine)  # as every admin command: a fresh database just works
    return engine


def _actor() -> str:
    from sync.server.exports.export_audit import server_actor

    return server_actor()


def _new_password() -> str:
    if os.environ.get(ENV_USER_PASSWORD):
        return os.environ[ENV_USER_PASSWORD]
    if not sys.stdin or not sys.stdin.isatty():
        raise UserError(f"no password: set {ENV_USER_PASSWORD} (there is no terminal to ask)")
    chosen = getpass.getpass("Neues Passwort / new password: ")
    if getpass.getpass("Wiederholen / repeat: ") != chosen:
        raise UserError("Die Passwörter stimmen nicht überein / the passwords differ")
    return chosen


def _with_user(args: argparse.Namespace, act: Callable[[Engine, str], Any]) -> Any:
    """Run `act(engine, user id)` for the user named on the command line."""
    from sync.server.accounts.users import user_id_of

    engine = _engine(args)
    try:
        return act(engine, user_id_of(engine, args.name))
    finally:
        engine.dispose()


def _seen(user: UserEntry) -> str:
    return user.last_seen_at.strftime("%Y-%m-%d %H:%M") if user.last_seen_at else "never"


def _devices(n: int) -> str:
    return f"{n} device{'s' if n != 1 else ''}"


# -- commands ------------------------------------------------------------------------------


def cmd_list(args: argparse.Namespace) -> int:
    from sync.server.accounts.users import list_users

    engine = _engine(args)
    try:
        users = list_users(engine, team_id=args.team)
    finally:
        engine.dispose()
    if args.json:
        print(json.dumps([u.model_dump(mode="json") for u in users], indent=1))
        return EXIT_OK
    for u in users:
        state = "disabled" if u.disabled else "active"
        shown = u.display_name or u.username
        print(
            f"{u.username:<20} {shown:<24} {u.team_id:<12} {u.role:<10} {state:<8} "
            f"{u.devices_active} active, {u.devices_revoked} revoked  last seen {_seen(u)}"
        )
    if not users:
        print("no users" + (f" in team {args.team}" if args.team else ""), file=sys.stderr)
    return EXIT_OK


def cmd_disable(args: argparse.Namespace) -> int:
    from sync.server.accounts.users import disable_user

    done = _with_user(
        args,
        lambda engine, user_id: disable_user(
            engine, user_id=user_id, actor=_actor(), wipe=args.wipe, reason=args.reason
        ),
    )
    then = "; they erase their local data" if args.wipe else ""
    print(
        f"user {args.name} disabled: cannot enrol; {_devices(done.devices_revoked)} revoked now, "
        f"refused from their next sync on{then}"
    )
    return EXIT_OK


def cmd_enable(args: argparse.Namespace) -> int:
    from sync.server.accounts.users import enable_user

    _with_user(args, lambda engine, user_id: enable_user(engine, user_id=user_id, actor=_actor()))
    print(f"user {args.name} enabled: may enrol a new device (revoked devices stay revoked)")
    return EXIT_OK


def cmd_reset_password(args: argparse.Namespace) -> int:
    from sync.server.accounts.users import reset_password

    def reset(engine: Engine, user_id: str) -> Any:
        return reset_password(engine, user_id=user_id, password=_new_password(), actor=_actor())

    _with_user(args, reset)
    print(f"password of {args.name} reset; their enrolled devices keep working")
    return EXIT_OK


def cmd_role(args: argparse.Namespace) -> int:
    from sync.server.accounts.users import set_role

    done = _with_user(
        args,
        lambda engine, user_id: set_role(engine, user_id=user_id, role=args.role, actor=_actor()),
    )
    print(f"user {args.name} is {done.user.role} (from their devices' next request on)")
    return EXIT_OK


def cmd_move(args: argparse.Namespace) -> int:
    from sync.server.accounts.users import move_user

    done = _with_user(
        args,
        lambda engine, user_id: move_user(
            engine, user_id=user_id, team_id=args.team, actor=_actor(), wipe=args.wipe
        ),
    )
    then = " and erase the old team's data" if args.wipe else ""
    print(
        f"user {args.name} is in team {done.user.team_id}; {_devices(done.devices_revoked)} "
        f"revoked (refused from their next sync on{then}): enrol a new device for the new team"
    )
    return EXIT_OK


def cmd_rename(args: argparse.Namespace) -> int:
    from sync.server.accounts.users import set_profile

    done = _with_user(
        args,
        lambda engine, user_id: set_profile(
            engine, user_id=user_id, actor=_actor(), display_name=args.display_name
        ),
    )
    shown = done.user.display_name or done.user.username
    print(f"user {args.name} is shown to the team as {shown!r} (from their next sync on)")
    return EXIT_OK


def cmd_contact(args: argparse.Namespace) -> int:
    from sync.server.accounts.users import set_profile
    from sync.server.ops.settings import ENV_DIRECTORY_CONTACTS

    done = _with_user(
        args,
        lambda engine, user_id: set_profile(
            engine, user_id=user_id, actor=_actor(), contact=args.contact
        ),
    )
    if done.user.contact is None:
        print(f"user {args.name} has no contact in the directory")
    else:
        print(
            f"contact of {args.name} set; the team sees it only while the server runs with "
            f"{ENV_DIRECTORY_CONTACTS}=yes"
        )
    return EXIT_OK


# -- parser --------------------------------------------------------------------------------


def _user_actions(sub: "argparse._SubParsersAction[Any]") -> "argparse._SubParsersAction[Any]":
    """The actions of `fallakte-server user` (`user add` lives in ops/cli.py), made if missing."""
    user = sub.choices.get("user")
    if user is None:
        user = sub.add_parser("user", help="manage users", description="manage users")
        user.set_defaults(usage=user)
    for action in user._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action
    return user.add_subparsers(metavar="ACTION")


def add_user_commands(sub: "argparse._SubParsersAction[Any]") -> None:
    actions = _user_actions(sub)

    def add(name: str, handler: Handler, text: str, *, named: bool = True) -> Any:
        command = actions.add_parser(name, help=text, description=text)
        command.set_defaults(handler=handler)
        if named:
            command.add_argument("name", help="user name (see 'user list')")
        return command

    listing = add("list", cmd_list, "list users with their team, role and devices", named=False)
    listing.add_argument("--team", help="only this team's users")
    listing.add_argument("--json", action="store_true", help="machine-readable output")
    disable = add(
        "disable", cmd_disable, "refuse the user's enrolments and revoke all their devices"
    )
    disable.add_argument("--wipe", action="store_true", help="make the devices erase their data")
    disable.add_argument("--reason", help="shown on the user's devices, e.g. 'left the service'")
    add("enable", cmd_enable, "let a disabled user enrol a new device again")
    add(
        "reset-password",
        cmd_reset_password,
        f"set a new enrolment password (from ${ENV_USER_PASSWORD} or a prompt)",
    )
    role = add("role", cmd_role, "change the user's role")
    role.add_argument("role", choices=ROLES)
    move = add("move", cmd_move, "move the user into another team (revokes their devices)")
    move.add_argument("--team", required=True, help="the new team's id")
    move.add_argument("--wipe", action="store_true", help="make the devices erase the old data")
    rename = add("rename", cmd_rename, "change the name the team directory shows for the user")
    rename.add_argument(
        "--display-name",
        required=True,
        help="e.g. 'Anna Schmidt'; an empty value shows the user name again",
    )
    contact = add("contact", cmd_contact, "set the user's work contact (phone or e-mail)")
    contact.add_argument("contact", help="e.g. '0651 123-45'; an empty value removes it")
