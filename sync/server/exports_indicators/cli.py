"""`fallakte-server export indicators --from DATE --to DATE -o FILE [--format …]`."""

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from app.errors import UserError

FORMATS = ("xlsx", "csv", "json", "pdf")
SCOPE = "all teams"


def _day(text: str, option: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UserError(
            f"{option}: kein Datum / not a date: '{text}' (use YYYY-MM-DD, e.g. 2026-01-31)"
        ) from None


def _format(path: Path, chosen: str | None) -> str:
    if chosen:
        return chosen
    suffix = path.suffix.lower().lstrip(".")
    return suffix if suffix in FORMATS else "xlsx"


def write(report: Any, path: Path, *, fmt: str, language: str) -> None:
    """Writes the report; the renderers are imported only for the format asked for."""
    try:
        if fmt == "json":
            import orjson

            path.write_bytes(orjson.dumps(report.to_json(), option=orjson.OPT_INDENT_2))
        elif fmt == "xlsx":
            from app.reports.render_xlsx import write_xlsx

            write_xlsx(report, path, language)
        elif fmt == "csv":
            from app.reports.render_csv import write_csv

            write_csv(report, path, language)
        else:
            from app.reports.render_pdf import write_pdf

            write_pdf(report, path, language)
    except OSError as exc:
        raise UserError(
            f"Bericht nicht geschrieben / the report could not be written to {path}: {exc.strerror}"
        ) from None


def cmd_export_indicators(args: argparse.Namespace) -> int:
    from app.reports.definitions import load_definitions
    from app.reports.engine import build_report
    from sync.server.db import snapshot
    from sync.server.exports_indicators.source import ServerSource
    from sync.server_cli import EXIT_OK, _engine

    period_from, period_to = _day(args.period_from, "--from"), _day(args.period_to, "--to")
    if period_from > period_to:
        raise UserError("--from liegt nach --to / --from is after --to")
    if args.threshold is not None and not 1 <= args.threshold <= 1000:
        raise UserError("--threshold: 1 bis 1000 / must be between 1 and 1000")
    path = Path(args.output)
    fmt = _format(path, args.format)
    if not path.parent.is_dir():
        raise UserError(f"Ordner fehlt / folder {path.parent} does not exist")
    # Definitions first: a malformed file stops the export before the database is touched.
    definitions = load_definitions(Path(args.definitions) if args.definitions else None)
    engine = _engine(args)
    try:
        with snapshot(engine) as conn:
            report = build_report(
                conn,
                ServerSource(engine.dialect.name),
                definitions,
                period_from=period_from,
                period_to=period_to,
                scope=SCOPE,
                threshold=args.threshold,
            )
    finally:
        engine.dispose()
    write(report, path, fmt=fmt, language=args.language)
    print(
        f"indicator report written to {path} ({fmt}): {len(report.indicators)} indicators, "
        f"{period_from.isoformat()} to {period_to.isoformat()}, definitions "
        f"{report.definitions_version}, counts below {report.small_cell_threshold} hidden",
        file=sys.stderr,
    )
    return EXIT_OK


def _export_actions(sub: "argparse._SubParsersAction[Any]") -> "argparse._SubParsersAction[Any]":
    """The actions of `export`, shared with the other export commands: whichever comes first."""
    export = sub.choices.get("export")
    if export is None:
        export = sub.add_parser("export", help="export data", description="export data")
        export.set_defaults(usage=export)
    for action in export._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action
    return export.add_subparsers(metavar="ACTION")


def add_indicator_export_commands(sub: "argparse._SubParsersAction[Any]") -> None:
    """Registers `export indicators` on the top-level subcommands of fallakte-server."""
    help_text = (
        "the indicator report (persons counselled, consultations, cases, outcomes, "
        "reintegration, vulnerable persons) over all teams, small counts hidden"
    )
    cmd = _export_actions(sub).add_parser("indicators", help=help_text, description=help_text)
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
