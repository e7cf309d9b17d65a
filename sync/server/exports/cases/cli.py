"""`fallakte-server export cases --pseudonymised -o FILE [--format xlsx|csv]`."""

import argparse
import sys
from pathlib import Path
from typing import Any

from app.errors import UserError
from sync.server.exports.export_commands import export_actions

FORMATS = ("xlsx", "csv")


def cmd_export_cases(args: argparse.Namespace) -> int:
    from sync.server.exports.cases.cases import export_cases
    from sync.server.exports.cases.pseudonymise import export_key
    from sync.server.exports.export_audit import cases_detail, record_export, server_actor
    from sync.server.ops.cli_common import EXIT_OK
    from sync.server.ops.cli_common import migrated_engine as _engine

    if not args.pseudonymised:
        raise UserError("only a pseudonymised export exists: add --pseudonymised")
    key = export_key()  # before touching the database: no key, no export
    path = Path(args.output)
    fmt = args.format or ("csv" if path.suffix.lower() == ".csv" else "xlsx")
    if not path.parent.is_dir():
        raise UserError(f"folder {path.parent} does not exist")
    engine = _engine(args)
    try:
        counts = export_cases(engine, path, key=key, fmt=fmt)
        record_export(engine, actor=server_actor(), detail=cases_detail(counts, fmt))
    finally:
        engine.dispose()
    summary = ", ".join(f"{n} {name}" for name, n in counts.items())
    print(f"pseudonymised export written to {path} ({summary})", file=sys.stderr)
    return EXIT_OK


def add_case_export_commands(sub: "argparse._SubParsersAction[Any]") -> None:
    """Registers `export cases` on the top-level subcommands of fallakte-server."""
    help_text = (
        "one row per case plus consultations and vulnerabilities, pseudonymised: ids as keyed "
        "pseudonyms ($FALLAKTE_EXPORT_KEY), dates as months, ages as bands, no names or free text"
    )
    cases = export_actions(sub).add_parser("cases", help=help_text, description=help_text)
    cases.set_defaults(handler=cmd_export_cases)
    cases.add_argument(
        "--pseudonymised", action="store_true", help="required: the only kind of case export"
    )
    cases.add_argument("-o", "--output", required=True, help="file to write (.xlsx or .csv)")
    cases.add_argument(
        "--format", choices=FORMATS, help="default: from the file's suffix, else xlsx"
    )
