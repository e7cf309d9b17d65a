"""`fallakte-server erase person ID` and `fallakte-server retention run`: the data lifecycle."""

import argparse
import getpass
import os
import sys
from datetime import date
from typing import Any

from app.errors import UserError

EXIT_OK = 0
ENV_RETENTION_YEARS = "FALLAKTE_RETENTION_YEARS"
DEFAULT_RETENTION_YEARS = 3


def _actor() -> str:
    try:
        return f"{getpass.getuser()} (fallakte-server)"
    except (KeyError, OSError):
        return "fallakte-server"


def _counts(counts: dict[str, int]) -> str:
    return ", ".join(f"{n} {entity}" for entity, n in sorted(counts.items())) or "nothing"


def cmd_erase_person(args: argparse.Namespace) -> int:
    from sync.server.lifecycle import erasure
    from sync.server.ops.cli_common import migrated_engine as _engine

    engine = _engine(args)
    try:
        planned = erasure.plan(engine, args.person_id)
        if planned.already_erased and not planned.erase and not planned.patch:
            print(f"person {args.person_id} is already erased; nothing to do")
            return EXIT_OK
        if planned.already_erased:
            print(f"person {args.person_id} is erased; records that arrived since point at them")
        print(f"erasing person {args.person_id} removes: {_counts(planned.counts())}")
        print(f"and changes shared records: {_counts(planned.changed())}")
        print(
            "Freitext in verbleibenden Datensätzen kann die Person nennen / free text in records "
            "that stay may name the person: check the access export first."
        )
        if not args.yes:
            if not sys.stdin or not sys.stdin.isatty():
                raise UserError(
                    "Löschen nicht bestätigt / erasure not confirmed: add --yes "
                    "(there is no terminal to ask)"
                )
            answer = input("Endgültig löschen? / erase for good? [y/N] ").strip().lower()
            if answer not in ("y", "yes", "j", "ja"):
                print("nichts gelöscht / nothing erased")
                return EXIT_OK
        done = erasure.erase_person(
            engine, person_id=args.person_id, actor=_actor(), reason=args.reason
        )
    finally:
        engine.dispose()
    print(
        f"erased: {_counts(done.applied.erased)}; changed: {_counts(done.applied.changed)}; "
        f"{done.blobs} attachment files, {done.audit_removed} audit events replaced by one; "
        "devices erase it at their next sync"
    )
    return EXIT_OK


def retention_years(value: int | None) -> int:
    if value is None:
        raw = os.environ.get(ENV_RETENTION_YEARS, "").strip()
        if not raw:
            return DEFAULT_RETENTION_YEARS
        try:
            value = int(raw)
        except ValueError:
            raise UserError(f"${ENV_RETENTION_YEARS} must be a whole number of years") from None
    if not 1 <= value <= 100:
        raise UserError("retention: 1 to 100 years")
    return value


def _as_of(text: str | None) -> date:
    if not text:
        return date.today()
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise UserError("--as-of: a date as YYYY-MM-DD") from None


def cmd_retention_run(args: argparse.Namespace) -> int:
    from sync.server.lifecycle import retention
    from sync.server.ops.cli_common import migrated_engine as _engine

    years, as_of = retention_years(args.years), _as_of(args.as_of)
    engine = _engine(args)
    try:
        report = retention.run(
            engine, years=years, as_of=as_of, dry_run=args.dry_run, actor=_actor()
        )
    finally:
        engine.dispose()
    print(retention.describe(report))
    return EXIT_OK


def _sub(sub: "argparse._SubParsersAction[Any]", name: str, help_text: str) -> Any:
    parser = sub.choices.get(name)
    if parser is None:
        parser = sub.add_parser(name, help=help_text, description=help_text)
        parser.set_defaults(usage=parser)
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action
    return parser.add_subparsers(metavar="ACTION")


def add_lifecycle_commands(sub: "argparse._SubParsersAction[Any]") -> None:
    """Registers `erase person` and `retention run` on the top-level commands."""
    erase_help = "erase a person everywhere (GDPR Art. 17); devices follow at their next sync"
    person = _sub(sub, "erase", "erase records for good").add_parser(
        "person", help=erase_help, description=erase_help
    )
    person.set_defaults(handler=cmd_erase_person)
    person.add_argument("person_id", metavar="ID", help="the person's record id")
    person.add_argument("--reason", help="kept in the audit log; no names, e.g. 'request 2026-17'")
    person.add_argument("--yes", action="store_true", help="do not ask (needed without a terminal)")

    run_help = (
        "anonymise closed cases older than the retention period and report withdrawn consents"
    )
    run = _sub(sub, "retention", "data retention").add_parser(
        "run", help=run_help, description=run_help
    )
    run.set_defaults(handler=cmd_retention_run)
    run.add_argument(
        "--dry-run", action="store_true", help="list what would change; change nothing"
    )
    run.add_argument(
        "--years",
        type=int,
        help=f"retention period (default ${ENV_RETENTION_YEARS}, else {DEFAULT_RETENTION_YEARS})",
    )
    run.add_argument("--as-of", metavar="DATE", help="the day to count from (default today)")
