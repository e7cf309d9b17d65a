"""`fallakte-server export indicators --from DATE --to DATE -o FILE [--format …]`."""

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from app.errors import UserError
from app.reports.write import FORMATS, format_for, write_report
from sync.server.exports.export_commands import export_actions


def _day(text: str, option: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UserError(
            f"{option}: kein Datum / not a date: '{text}' (use YYYY-MM-DD, e.g. 2026-01-31)"
        ) from None


def cmd_export_indicators(args: argparse.Namespace) -> int:
    from app.reports.definitions import load_definitions
    from sync.server.exports.export_audit import indicators_detail, record_export, server_actor
    from sync.server.exports.indicators.report import check_period, server_report
    from sync.server.ops.cli_common import EXIT_OK
    from sync.server.ops.cli_common import migrated_engine as _engine

    period_from, period_to = _day(args.period_from, "--from"), _day(args.period_to, "--to")
    check_period(period_from, period_to, args.threshold)
    path = Path(args.output)
    fmt = format_for(path, args.format)
    if not path.parent.is_dir():
        raise UserError(f"Ordner fehlt / folder {path.parent} does not exist")
    # Definitions first: a malformed file stops the export before the database is touched.
    definitions = load_definitions(Path(args.definitions) if args.definitions else None)
    engine = _engine(args)
    try:
        report = server_report(
            engine,
            period_from=period_from,
            period_to=period_to,
            threshold=args.threshold,
            definitions=definitions,
        )
        write_report(report, path, fmt=fmt, language=args.language)
        record_export(
            engine, actor=server_actor(), detail=indicators_detail(period_from, period_to, fmt)
        )
    finally:
        engine.dispose()
    print(
        f"indicator report written to {path} ({fmt}): {len(report.indicators)} indicators, "
        f"{period_from.isoformat()} to {period_to.isoformat()}, definitions "
        f"{report.definitions_version}, counts below {report.small_cell_threshold} hidden",
        file=sys.stderr,
    )
    return EXIT_OK


def add_indicator_export_commands(sub: "argparse._SubParsersAction[Any]") -> None:
    """Registers `export indicators` on the top-level subcommands of fallakte-server."""
    help_text = (
        "the indicator report (persons counselled, consultations, cases, outcomes, "
        "reintegration, vulnerable persons) over all teams, small counts hidden"
    )
    cmd = export_actions(sub).add_parser("indicators", help=help_text, description=help_text)
    cmd.set_defaults(handler=cmd_export_indicators)
    cmd.add_argument(
        "--from",
        dest="period_from",
        required=True,
        metavar="DATE",
        help="first day of the period (YYYY-MM-DD)",
    )
    cmd.add_argument(
        "--to",
        dest="period_to",
        required=True,
        metavar="DATE",
        help="last day of the period, included (YYYY-MM-DD)",
    )
    cmd.add_argument("-o", "--output", required=True, help="file to write")
    cmd.add_argument("--format", choices=FORMATS, help="default: from the file's suffix, else xlsx")
    cmd.add_argument(
        "--language", choices=("de", "en"), default="de", help="language of labels (default de)"
    )
    cmd.add_argument(
        "--threshold",
        type=int,
        help="hide counts from 1 to N-1 as '<N' (default: the definitions', 5)",
    )
    cmd.add_argument(
        "--definitions",
        metavar="FILE",
        help="indicator definitions (default: resources/reports/indicators.toml)",
    )
