"""`fallakte-server records check [--quarantine] | quarantine ID | release ID`: the repair path
for stored records a device would refuse (sync.server.lifecycle.record_check)."""

import argparse
import sys
from typing import Any

from app.errors import UserError
from sync.server.ops.terminal_text import printable

EXIT_OK, EXIT_FOUND = 0, 1


def _engine(args: argparse.Namespace) -> Any:
    from sync.server.ops.cli_common import migrated_engine as engine

    return engine(args)


def cmd_check(args: argparse.Namespace) -> int:
    from sync.server.lifecycle import record_check

    engine = _engine(args)
    try:
        findings = record_check.check(engine)
        for item in findings:
            # Ids of an old database are whatever it stored: nothing reaches the terminal raw.
            print(
                printable(f"{item.kind} {item.entity} {item.id} team {item.team_id}: {item.reason}")
            )
        if not findings:
            print("no stored record or conflict that a device would refuse")
            return EXIT_OK
        if not args.quarantine:
            print(
                f"{len(findings)} found; `records check --quarantine` holds them back from every "
                "pull (they stay on the server)",
                file=sys.stderr,
            )
            return EXIT_FOUND
        done = record_check.quarantine(engine, findings)
    finally:
        engine.dispose()
    print(f"{done} quarantined: no device receives them until `records release ID`")
    return EXIT_OK


def _one(engine: Any, args: argparse.Namespace) -> Any:
    from sync.server.lifecycle import record_check

    found = record_check.find(engine, args.id, args.entity)
    if not found:
        raise UserError("no record or conflict with this id on this server")
    if len(found) > 1:
        raise UserError("several records have this id: name the entity with --entity")
    return found[0]


def cmd_quarantine(args: argparse.Namespace) -> int:
    from sync.server.lifecycle import record_check

    engine = _engine(args)
    try:
        item = _one(engine, args)
        done = record_check.quarantine(engine, [item], reason=args.reason or "by the operator")
    finally:
        engine.dispose()
    print(
        printable(f"{item.kind} {item.id} {'quarantined' if done else 'was quarantined already'}")
    )
    return EXIT_OK


def cmd_release(args: argparse.Namespace) -> int:
    from sync.server.lifecycle import record_check

    engine = _engine(args)
    try:
        item = _one(engine, args)
        refused = record_check.release(engine, item)
    finally:
        engine.dispose()
    if refused:
        raise UserError(f"not released: a device would still refuse it ({refused})")
    print(printable(f"{item.kind} {item.id} released: devices receive it at their next sync"))
    return EXIT_OK


def add_record_commands(sub: "argparse._SubParsersAction[Any]") -> None:
    """Registers `records check|quarantine|release` on the top-level commands."""
    help_text = "find and hold back stored records a device would refuse"
    records = sub.add_parser("records", help=help_text, description=help_text)
    records.set_defaults(usage=records)
    actions = records.add_subparsers(metavar="ACTION")
    check = actions.add_parser(
        "check", help="list records and conflicts a device would refuse (exit 1 if any)"
    )
    check.set_defaults(handler=cmd_check)
    check.add_argument(
        "--quarantine", action="store_true", help="hold every one found back from all pulls"
    )
    for name, handler, text in (
        ("quarantine", cmd_quarantine, "hold one record or conflict back from all pulls"),
        ("release", cmd_release, "return a quarantined record to the pulls, if devices accept it"),
    ):
        action = actions.add_parser(name, help=text, description=text)
        action.set_defaults(handler=handler)
        action.add_argument("id", help="the record's (or conflict's) id")
        action.add_argument("--entity", help="the record's entity, if several share the id")
        if name == "quarantine":
            action.add_argument("--reason", help="kept with it; no names")
