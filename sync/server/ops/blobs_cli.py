"""`fallakte-server blobs collect [--grace-hours H]`: delete attachment content nobody holds."""

import argparse
from typing import Any

from sync.server.blobs.blob_gc import DEFAULT_GRACE_HOURS, ENV_GRACE_HOURS

EXIT_OK = 0


def cmd_collect(args: argparse.Namespace) -> int:
    from sync.server.blobs import blob_gc
    from sync.server.ops.cli_common import migrated_engine as _engine

    grace = blob_gc.grace_hours(args.grace_hours)
    engine = _engine(args)
    try:
        removed = blob_gc.collect_orphans(engine, grace=grace)
    finally:
        engine.dispose()
    print(f"{removed} attachment contents deleted (grace period {grace:g} hours)")
    return EXIT_OK


def add_blob_commands(sub: "argparse._SubParsersAction[Any]") -> None:
    """Registers `blobs collect` on the top-level commands."""
    help_text = "attachment content on the server"
    blobs = sub.add_parser("blobs", help=help_text, description=help_text)
    blobs.set_defaults(usage=blobs)
    actions = blobs.add_subparsers(metavar="ACTION")
    collect_help = (
        "delete content no team holds: uploads never referenced once the grace period is over, "
        "and content whose attachments are all gone"
    )
    collect = actions.add_parser("collect", help=collect_help, description=collect_help)
    collect.set_defaults(handler=cmd_collect)
    collect.add_argument(
        "--grace-hours",
        type=float,
        help=f"keep uploads this young (default ${ENV_GRACE_HOURS}, else {DEFAULT_GRACE_HOURS:g})",
    )
