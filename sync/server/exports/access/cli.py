"""`fallakte-server export person PERSON_ID -o DIR [--language de|en] [--organisation TEXT]`."""

import argparse
from pathlib import Path
from typing import Any

from app.errors import UserError
from sync.server.exports.export_commands import export_actions

EXIT_OK = 0


def cmd_export_person(args: argparse.Namespace) -> int:
    from sync.server.exports.access.collect import collect
    from sync.server.exports.access.render import write_export
    from sync.server.exports.export_audit import record_access_export, server_actor
    from sync.server.ops.settings import ServerSettings
    from sync.server.storage.db import make_engine, utcnow
    from sync.server.storage.migrate import upgrade

    directory = Path(args.output)
    if directory.exists() and (not directory.is_dir() or any(directory.iterdir())):
        raise UserError(f"{directory} is not an empty directory; choose a new or empty one")
    engine = make_engine(ServerSettings.build(database_url=args.database_url).database_url)
    try:
        upgrade(engine)
        export = collect(engine, args.person_id)
        directory.mkdir(parents=True, exist_ok=True, mode=0o700)
        written = write_export(
            export,
            directory,
            language=args.language,
            now=utcnow(),
            organisation=args.organisation.replace("\\n", "\n"),
        )
        record_access_export(engine, person_id=args.person_id, actor=server_actor())
    finally:
        engine.dispose()
    print(f"person {args.person_id} exported to {directory} ({len(written)} files)")
    return EXIT_OK


def add_export_commands(sub: "argparse._SubParsersAction[Any]") -> None:
    """Register `export person` on the top-level subcommands of `fallakte-server`."""
    actions = export_actions(sub)
    person_help = "everything held about one person, for an access request (GDPR Art. 15)"
    person = actions.add_parser("person", help=person_help, description=person_help)
    person.set_defaults(handler=cmd_export_person)
    person.add_argument("person_id", metavar="PERSON_ID", help="the person's record id")
    person.add_argument("-o", "--output", required=True, help="new or empty output directory")
    person.add_argument(
        "--language", choices=("de", "en"), default="de", help="language of index.html (de)"
    )
    person.add_argument(
        "--organisation",
        default="",
        metavar="TEXT",
        help="the controller's name and address for the letterhead; '\\n' starts a new line",
    )
