"""`fallakte`: the command line over the services; no arguments opens the desktop app."""

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from platformdirs import user_data_dir

from app import __version__, password_policy
from app.errors import UserError
from app.store.keys import KdfParams
from app.store.store import Store

if TYPE_CHECKING:
    from app.services.lease import LeaseState

EXIT_OK, EXIT_USER, EXIT_USAGE, EXIT_BUG = 0, 1, 2, 70
# What a shell reports for a program stopped by SIGPIPE (`ls | head`): the reader had enough.
EXIT_PIPE = 128 + 13


def data_dir(args: argparse.Namespace) -> Path:
    chosen = (
        args.data_dir or os.environ.get("FALLAKTE_HOME") or user_data_dir("Fallakte", "Fallakte")
    )
    return Path(chosen).expanduser()


def _read_secret_file(path: str, what: str) -> str:
    try:
        text = Path(path).read_text("utf-8").rstrip("\r\n")
    except OSError as exc:
        raise UserError(f"{what}: cannot read {path} ({exc.strerror})") from None
    if not text:
        raise UserError(f"{what}: {path} is empty")
    return text


def _prompt(prompt: str) -> str:
    if not sys.stdin or not sys.stdin.isatty():
        raise UserError(
            "kein Passwort / no password: set FALLAKTE_PASSWORD or use --password-file (no terminal to ask)"
        )
    return getpass.getpass(prompt)


def password(args: argparse.Namespace) -> str:
    if args.password_file:
        return _read_secret_file(args.password_file, "--password-file")
    if os.environ.get("FALLAKTE_PASSWORD"):
        return os.environ["FALLAKTE_PASSWORD"]
    return _prompt("Passwort / password: ")


def new_password(args: argparse.Namespace) -> str:
    """A new password: from --new-password-file, FALLAKTE_NEW_PASSWORD, or asked twice."""
    if getattr(args, "new_password_file", None):
        chosen = _read_secret_file(args.new_password_file, "--new-password-file")
    elif os.environ.get("FALLAKTE_NEW_PASSWORD"):
        chosen = os.environ["FALLAKTE_NEW_PASSWORD"]
    else:
        chosen = _prompt("Neues Passwort / new password: ")
        if _prompt("Wiederholen / repeat: ") != chosen:
            raise UserError("Die Passwörter stimmen nicht überein / the passwords differ")
    _check_new(chosen)
    return chosen


def _check_new(chosen: str) -> None:
    # The same rule as the desktop's password meter (ui/password_field.py).
    password_policy.check(chosen, password_policy.DEVICE_STORE)


def unlock(args: argparse.Namespace) -> Store:
    from app.services.lease import note_time

    store = Store.unlock(data_dir(args), password(args))
    try:
        note_time(store)  # every unlock marks the time, so a clock set back is noticed
    except BaseException:
        store.close()
        raise
    return store


def unlock_for_browsing(args: argparse.Namespace) -> Store:
    """Unlock for a command that shows or hands out records: refused once the lease ran out."""
    from app.services.lease import lease_state, refusal

    store = unlock(args)
    state = lease_state(store)
    if state.expired:
        store.close()
        raise UserError(refusal(state))
    return store


def _kdf(args: argparse.Namespace) -> KdfParams | None:
    if args.kdf_time_cost is None and args.kdf_memory_mib is None:
        return None
    return KdfParams(
        time_cost=args.kdf_time_cost or 3, memory_kib=(args.kdf_memory_mib or 64) * 1024
    )


# -- commands ----------------------------------------------------------------


def cmd_init(args: argparse.Namespace) -> int:
    directory = data_dir(args)
    if Store.exists(directory):
        raise UserError(f"in {directory} there is already a Fallakte store")
    if args.password_file or os.environ.get("FALLAKTE_PASSWORD"):
        chosen = password(args)
        _check_new(chosen)
    else:
        chosen = new_password(args)
    actor = args.user or os.environ.get("FALLAKTE_USER") or getpass.getuser()
    store, recovery = Store.init(
        directory, chosen, actor=actor, kdf=_kdf(args), site=args.site, team=args.team
    )
    store.close()
    print(f"Fallakte angelegt / store created in {directory}")
    print()
    print("Wiederherstellungsschlüssel (nur jetzt sichtbar, ausdrucken und sicher verwahren)")
    print("Recovery key (shown only now; print it and keep it safe):")
    print()
    print(f"    {recovery}")
    print()
    return EXIT_OK


def cmd_status(args: argparse.Namespace) -> int:
    from app.services.lease import lease_state
    from app.services.status import status

    with unlock(args) as store:
        info = status(store)
        offline = lease_state(store)
    if args.json:
        payload = {
            **info.__dict__,
            "data_dir": str(info.data_dir),
            "lease": {
                "status": offline.status.value,
                "days_left": offline.days_left,
                "lease_days": offline.lease_days,
            },
        }
        print(json.dumps(payload, indent=1, sort_keys=True))
        return EXIT_OK
    lines = [
        ("data dir", str(info.data_dir)),
        ("device", f"{info.device_id} (prefix {info.device_prefix})"),
        ("user", info.actor),
        *(
            [("server", f"{info.server_url}: {info.server_user}, {info.role}, team {info.team}")]
            if info.server_url
            else [("server", "nicht angemeldet / not enrolled")]
        ),
        *((entity, str(n)) for entity, n in info.counts.items()),
        ("erased", str(info.erased)),
        ("unsynced changes", str(info.unsynced_changes)),
        ("audit events", str(info.audit_events)),
        ("size", f"{info.size_bytes / 1024 / 1024:.1f} MiB"),
        ("offline lease", _lease_line(offline)),
    ]
    for label, value in lines:
        print(f"{label + ':':<21}{value}")
    return EXIT_OK


def _lease_line(state: "LeaseState") -> str:
    from app.services.lease import refusal

    if not state.applies:
        return "keine / none (not enrolled)"
    if state.expired:
        return refusal(state)
    return f"noch {state.days_left} Tage / {state.days_left} days left of {state.lease_days}"


def cmd_passwd(args: argparse.Namespace) -> int:
    from app.services.password import change_password

    with unlock(args) as store:
        change_password(
            store, old_password=password(args), new_password=new_password(args), kdf=_kdf(args)
        )
    print("Passwort geändert / password changed")
    return EXIT_OK


def cmd_recover(args: argparse.Namespace) -> int:
    recovery = _read_secret_file(args.recovery_key_file, "--recovery-key-file")
    with Store.recover(data_dir(args), recovery, new_password(args)):
        pass
    print("Neues Passwort gesetzt / new password set; the recovery key stays valid")
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from app.services.importing import import_file

    with unlock_for_browsing(args) as store:
        report = import_file(
            store,
            path=Path(args.file),
            fmt=args.format,
            entity=args.entity,
            encoding=args.encoding,
            skip_invalid=args.skip_invalid,
            on_duplicate=args.on_duplicate,
        )
    print(
        f"created {report.created}, updated {report.updated}, unchanged {report.unchanged}, "
        f"skipped {len(report.problems)}"
    )
    for line, message in report.problems[:50]:
        print(f"  skipped line {line}: {message}", file=sys.stderr)
    done = "skipped" if args.on_duplicate == "skip" else "imported anyway"
    for line, message in report.duplicates[:50]:
        print(f"  {done} line {line}: {message}", file=sys.stderr)
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from app.services.exporting import export_store

    with unlock_for_browsing(args) as store:
        count = export_store(store, path=Path(args.output), fmt=args.format, entities=args.entity)
    print(f"exported {count} records to {args.output}")
    return EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    from app.reports.write import FORMATS
    from app.services.indicator_report import device_report, export_report

    output = Path(args.output)
    fmt = args.format or output.suffix.lstrip(".").lower()
    if fmt not in FORMATS:
        raise UserError(
            f"Format aus der Endung unklar / cannot tell the format from '{output.name}': "
            f"use --format {'|'.join(FORMATS)}"
        )
    with unlock_for_browsing(args) as store:
        report = device_report(
            store, period_from=args.period_from, period_to=args.period_to, threshold=args.threshold
        )
        export_report(store, report, output, fmt=fmt, language=args.language)
    print(
        f"{len(report.indicators)} indicators for {args.period_from}..{args.period_to} "
        f"(this device's data) written to {output}"
    )
    return EXIT_OK


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def cmd_demo_data(args: argparse.Namespace) -> int:
    from app.services.demo_loader import load_demo

    with unlock_for_browsing(args) as store:
        counts = load_demo(store, persons=args.persons, seed=args.seed)
    print("demo data: " + ", ".join(f"{n} {entity}" for entity, n in counts.items()))
    return EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    from app.services.search import search

    with unlock_for_browsing(args) as store:
        # One more than asked for tells whether the list was cut.
        results = search(store, query=args.query, limit=args.limit + 1)
    for hit in results[: args.limit]:
        print(f"{hit.entity:<13} {hit.record_id}  {hit.label}  {hit.detail}")
    if len(results) > args.limit:
        print(f"… weitere Treffer / more hits not shown (--limit {args.limit * 5} shows more)")
    return EXIT_OK


def cmd_agenda(args: argparse.Namespace) -> int:
    from app.services.follow_ups import agenda

    with unlock_for_browsing(args) as store:
        items = agenda(store, assignee=args.assignee)
    limit = None if args.all else args.limit
    for title, follow_ups in (("überfällig / overdue", items.overdue), ("fällig / due", items.due)):
        print(f"{title}: {len(follow_ups)}")
        shown = follow_ups if limit is None else follow_ups[:limit]
        for f in shown:
            print(f"  {f.due_on.isoformat()}  {f.title}")
        if hidden := len(follow_ups) - len(shown):
            print(f"  … {hidden} weitere / more not shown (--all shows them all)")
    return EXIT_OK


def cmd_duplicates(args: argparse.Namespace) -> int:
    from app.services.duplicates import possible_duplicates
    from app.services.records import get

    with unlock_for_browsing(args) as store:
        pairs = possible_duplicates(store, minimum=args.minimum)
        limit = None if args.all else args.limit
        for first, second, match in pairs[:limit]:
            a, b = (get(store, entity="person", record_id=i).fields() for i in (first, second))
            print(
                f"{match.score:>3}  {first}  {a['family_name']}, {a['given_names'] or ''}  |  "
                f"{second}  {b['family_name']}, {b['given_names'] or ''}  "
                f"({'+'.join(match.reasons)})"
            )
    if limit is not None and len(pairs) > limit:
        print(f"… {len(pairs) - limit} weitere / more not shown (--all shows them all)")
    if not pairs:
        print("keine wahrscheinlichen Doppel / no likely duplicates")
    return EXIT_OK


def cmd_merge(args: argparse.Namespace) -> int:
    from app.services import merging

    entity = "household" if args.household else "person"
    with unlock(args) as store:
        role = store.settings.get("role", "")
        # A single laptop (not enrolled) has one user; in a team, merging is the lead's call.
        if role and role not in ("lead", "admin"):
            raise UserError(
                "Zusammenführen dürfen nur Teamleitungen / merging records needs the lead role "
                f"(this device's user is a {role})"
            )
        found = merging.plan(
            store, entity=entity, duplicate_id=args.duplicate, survivor_id=args.into
        )
        differing = [f.name for f in found.fields if f.differs]
        print(f"{entity} {found.duplicate_id} -> {found.survivor_id}")
        print(f"  fields that differ: {', '.join(differing) or '-'}")
        moving = ", ".join(f"{n} {e}" for e, n in sorted(found.moving.items()))
        print(f"  records that move: {moving or '-'}")
        if args.dry_run:
            print("nichts geändert / nothing changed (--dry-run)")
            return EXIT_OK
        merging.merge(store, entity=entity, duplicate_id=args.duplicate, survivor_id=args.into)
    print("zusammengeführt / merged; the next sync takes it to the team")
    return EXIT_OK


def cmd_gui(args: argparse.Namespace) -> int:
    raise UserError(
        "Die Desktop-Anwendung ist noch nicht enthalten / the desktop app is not in this release yet; "
        "see 'fallakte --help' for the commands"
    )


# -- parser ------------------------------------------------------------------


Adder = Callable[[str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser]


def parser(extensions: Sequence[Callable[[Adder], None]] = ()) -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(
        prog="fallakte", description="Fallakte: encrypted, offline-first case files."
    )
    top.add_argument("--version", action="version", version=f"fallakte {__version__}")
    top.add_argument(
        "--data-dir", help="store directory (default: $FALLAKTE_HOME or the user data dir)"
    )
    top.add_argument(
        "--password-file",
        help="read the password from this file (else $FALLAKTE_PASSWORD or a prompt)",
    )
    sub = top.add_subparsers(dest="command", metavar="COMMAND")

    def add(
        name: str, handler: Callable[[argparse.Namespace], int], help_text: str
    ) -> argparse.ArgumentParser:
        command = sub.add_parser(name, help=help_text, description=help_text)
        command.set_defaults(handler=handler)
        return command

    init = add("init", cmd_init, "create a new encrypted store and print its recovery key once")
    init.add_argument("--user", help="the counsellor's user name (default: the login name)")
    init.add_argument("--site", help="default site code, e.g. ATR")
    init.add_argument("--team", help="team id")
    for command in (
        init,
        add("passwd", cmd_passwd, "change the password (the data is not re-encrypted)"),
    ):
        command.add_argument("--new-password-file", help="read the new password from this file")
        command.add_argument("--kdf-time-cost", type=int, help=argparse.SUPPRESS)
        command.add_argument("--kdf-memory-mib", type=int, help=argparse.SUPPRESS)
    recover = add("recover", cmd_recover, "set a new password with the recovery key")
    recover.add_argument("--recovery-key-file", required=True, help="file holding the recovery key")
    recover.add_argument("--new-password-file", help="read the new password from this file")
    status = add("status", cmd_status, "show counts, unsynced changes and the data dir")
    status.add_argument("--json", action="store_true", help="machine-readable output")

    imp = add(
        "import",
        cmd_import,
        "import JSON Lines, CSV or XLSX (upsert by id, only given fields change)",
    )
    imp.add_argument("file")
    imp.add_argument("--format", choices=("jsonl", "csv", "xlsx"))
    imp.add_argument("--entity", help="the entity a CSV/XLSX file holds, e.g. person")
    imp.add_argument("--encoding", help="CSV encoding (default: detect UTF-8, else Windows-1252)")
    imp.add_argument(
        "--skip-invalid", action="store_true", help="import the valid rows, report the others"
    )
    imp.add_argument(
        "--on-duplicate",
        choices=("report", "skip", "allow"),
        default="report",
        help="a new person who is likely one already held: report (like an invalid row; "
        "the default), skip, or allow (recorded in the audit log)",
    )

    exp = add("export", cmd_export, "export every record in a fixed order")
    exp.add_argument("-o", "--output", required=True)
    exp.add_argument("--format", choices=("jsonl", "csv", "xlsx"))
    exp.add_argument("--entity", action="append", help="only this entity (repeatable)")

    rep = add("report", cmd_report, "the indicator report over this device's data")
    rep.add_argument("--from", dest="period_from", type=_date, required=True, metavar="DATE")
    rep.add_argument("--to", dest="period_to", type=_date, required=True, metavar="DATE")
    rep.add_argument("-o", "--output", required=True)
    rep.add_argument("--format", choices=("xlsx", "pdf", "csv", "json"))
    rep.add_argument("--language", choices=("de", "en"), default="de")
    rep.add_argument(
        "--threshold", type=int, help="hide counts below this as '<N' (default: the definitions')"
    )

    demo = add("demo-data", cmd_demo_data, "add realistic synthetic data (never real people)")
    demo.add_argument("--persons", type=int, default=500)
    demo.add_argument("--seed", type=int, default=1)

    find = add("search", cmd_search, "search names, case numbers and notes")
    find.add_argument("query")
    find.add_argument("--limit", type=int, default=20)

    dup = add("duplicates", cmd_duplicates, "pairs of persons that are likely one person")
    dup.add_argument("--minimum", type=int, default=75, help="lowest score shown (default 75)")
    dup.add_argument("--limit", type=int, default=50, help="show at most N pairs (default 50)")
    dup.add_argument("--all", action="store_true", help="show every pair")

    merge = add(
        "merge", cmd_merge, "merge a duplicate person (or household) into the one that stays"
    )
    merge.add_argument("duplicate", metavar="DUPLICATE_ID", help="the record that goes")
    merge.add_argument("--into", required=True, metavar="SURVIVOR_ID", help="the one that stays")
    merge.add_argument("--household", action="store_true", help="merge households, not persons")
    merge.add_argument(
        "--dry-run", action="store_true", help="show what would change, change nothing"
    )

    agenda = add("agenda", cmd_agenda, "overdue and due follow-ups")
    agenda.add_argument("--assignee")
    agenda.add_argument(
        "--limit", type=int, default=20, help="show at most N of each list (default 20)"
    )
    agenda.add_argument("--all", action="store_true", help="show every follow-up")
    # Layers above the core (sync, ui) bring their own commands; app never imports them.
    for extend in extensions:
        extend(add)
    return top


def main(
    argv: Sequence[str] | None = None,
    *,
    extensions: Sequence[Callable[[Adder], None]] = (),
    default: Callable[[argparse.Namespace], int] = cmd_gui,
) -> int:
    """`default` runs when no command is given: the launcher passes the desktop app."""
    args = parse_args(parser(extensions), argv)
    return run_handler("fallakte", getattr(args, "handler", default), args)


def parse_args(top: argparse.ArgumentParser, argv: Sequence[str] | None) -> argparse.Namespace:
    """parse_args, whose --help or usage into a closed pipe stops as quietly as a command."""
    try:
        return top.parse_args(argv)
    except SystemExit:
        try:
            sys.stdout.flush()
        except BrokenPipeError:
            _quiet_stdout()
            raise SystemExit(EXIT_PIPE) from None
        raise


def run_handler(
    prog: str, handler: Callable[[argparse.Namespace], int], args: argparse.Namespace
) -> int:
    """Run a command; expected errors become one line on stderr and an exit code, never a traceback."""
    try:
        code = handler(args)
        # Buffered output to a closed pipe fails here, where it is handled, not at exit.
        sys.stdout.flush()
        return code
    except BrokenPipeError:
        _quiet_stdout()
        return EXIT_PIPE
    except UserError as exc:
        print(f"{prog}: {exc}", file=sys.stderr)
        return EXIT_USER
    except KeyboardInterrupt:
        print(f"{prog}: abgebrochen / interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug: say so without echoing data that may be personal
        if os.environ.get("FALLAKTE_DEBUG"):
            raise
        print(
            f"{prog}: interner Fehler / internal error ({type(exc).__name__}); "
            "run again with FALLAKTE_DEBUG=1 for details",
            file=sys.stderr,
        )
        return EXIT_BUG


def _quiet_stdout() -> None:
    """The reader of our output is gone (`| head`): stop quietly, as `ls | head` does.

    Whatever is still buffered would fail again when the interpreter flushes at exit and print
    a traceback, so standard output points at the null device from here on.
    """
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass  # stdout is not a real file (a test's capture): nothing will flush to the pipe
    finally:
        os.close(devnull)


if __name__ == "__main__":
    sys.exit(main())
