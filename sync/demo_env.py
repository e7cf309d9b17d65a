"""The living demo: a local sync server, an enrolled device full of demo data, and a busy colleague.

    python -m sync.demo_env --base-dir demo-data prepare
    python -m sync.demo_env --base-dir demo-data serve [--port 8765] [--interval 60]

Layout under the base folder: `server/` (SQLite database and log), `store/` (the device the
desktop app opens, user "demo", role lead) and `colleague/` (a second device, user
"kollegin", role counsellor). Everything is made once; later runs reuse it and start in
seconds. Demo passwords are not secrets: they are printed so that people can log in.

`serve` prints `url: …`, `user: …`, `password: …` (one `key: value` a line, flushed) once
the server answers, then one line per colleague edit; SIGTERM or Ctrl-C stop it cleanly.
"""

import argparse
import os
import random
import signal
import sys
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from urllib.parse import urlsplit

from sqlalchemy import select

from app.cli import run_handler
from app.errors import UserError
from app.services.demo_hint import mark_demo_store
from app.services.demo_loader import load_demo
from app.services.records import count
from app.store.keys import KdfParams
from app.store.store import Store
from sync import device as local
from sync.client import SyncClient
from sync.credentials import load_token
from sync.demo_colleague import ColleagueEdit, EditKind, make_edit
from sync.engine import SyncResult, sync_once
from sync.enrolment import enroll, enrolment_of
from sync.server.accounts import admin
from sync.server.ops.process import ServerProcess, port_is_free
from sync.server.storage import tables as t
from sync.server.storage.db import make_engine
from sync.server.storage.migrate import upgrade

# As `make demo` initialises its store: quick to unlock, still argon2id.
DEMO_KDF = KdfParams(time_cost=2, memory_kib=32 * 1024)
DEMO_SITE = "ATR"
DEFAULT_PASSWORD = "demo-passwort"  # noqa: S105  (the demo's published password)


@dataclass(frozen=True, slots=True)
class DemoPlan:
    """Where the demo lives and who is in it; made by `prepare_demo`."""

    base_dir: Path
    password: str
    persons: int
    seed: int
    team: str = "demo"
    lead: str = "demo"
    colleague: str = "kollegin"

    @property
    def server_dir(self) -> Path:
        return self.base_dir / "server"

    @property
    def database_url(self) -> str:
        return f"sqlite:///{self.server_dir / 'server.db'}"

    @property
    def store_dir(self) -> Path:
        return self.base_dir / "store"

    @property
    def colleague_dir(self) -> Path:
        return self.base_dir / "colleague"

    @property
    def log_path(self) -> Path:
        return self.server_dir / "server.log"

    def server(self, *, port: int | None = None) -> ServerProcess:
        return ServerProcess(
            database_url=self.database_url, home=self.server_dir, port=port, log_path=self.log_path
        )


class DemoServer:
    """The demo's running server; a context manager that stops it on exit."""

    def __init__(self, plan: DemoPlan, process: ServerProcess) -> None:
        self.plan = plan
        self.process = process

    @property
    def url(self) -> str:
        return self.process.url

    @property
    def running(self) -> bool:
        return self.process.running

    def stop(self) -> None:
        self.process.stop()

    def __enter__(self) -> "DemoServer":
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def prepare_demo(
    base_dir: Path, *, persons: int = 2000, seed: int = 7, password: str = DEFAULT_PASSWORD
) -> DemoPlan:
    """Make (or find) the server database, both devices, the demo data and their first sync.

    Idempotent: what exists is reused, so a second run only unlocks the two stores.
    `persons` and `seed` matter only for the first run.
    """
    plan = DemoPlan(base_dir=base_dir.resolve(), password=password, persons=persons, seed=seed)
    # Tokens and cursors of enrolled devices belong to the server database they came from.
    if not (plan.server_dir / "server.db").exists() and enrolled_somewhere(plan):
        raise UserError(
            f"{plan.server_dir} is missing but the demo devices are enrolled: "
            f"remove {plan.base_dir} and run again"
        )
    _prepare_server_database(plan)
    main = _open_or_init(plan, plan.store_dir, actor=plan.lead)
    try:
        colleague = _open_or_init(plan, plan.colleague_dir, actor=plan.colleague)
    except BaseException:
        main.close()
        raise
    try:
        if count(main, entity="person") == 0:
            load_demo(main, persons=persons, seed=seed)
        pending = [
            (store, user)
            for store, user in ((main, plan.lead), (colleague, plan.colleague))
            if not _synced_once(store)
        ]
        if pending:
            with plan.server() as server:
                for store, user in pending:
                    if enrolment_of(store) is None:
                        enroll(
                            store,
                            server_url=server.url,
                            username=user,
                            password=password,
                            device_name=f"Demo-Laptop {user}",
                        )
                    sync_with(store, server.url)
    finally:
        main.close()
        colleague.close()
    return plan


def start_demo(plan: DemoPlan, *, port: int | None = None) -> DemoServer:
    """Start the demo server (on `port`, else the port the devices know, else a free one).

    Both devices are pointed at the server's URL, so the desktop app finds it.
    """
    # The colleague's store is gone after a "revoke and wipe"; the next prepare makes a new one.
    directories = [d for d in (plan.store_dir, plan.colleague_dir) if Store.exists(d)]
    stores = [_unlock(plan, directory) for directory in directories]
    try:
        enrolments = [(s, e) for s in stores if (e := enrolment_of(s)) is not None]
        chosen = port or _reusable_port([e.server_url for _, e in enrolments])
        process = plan.server(port=chosen).start()
        try:
            for store, enrolment in enrolments:
                if enrolment.server_url != process.url:
                    with store.write() as writer:
                        local.set_setting(writer.conn, "server_url", process.url)
        except BaseException:
            process.stop()
            raise
    finally:
        for store in stores:
            store.close()
    return DemoServer(plan, process)


def colleague_edit(
    plan: DemoPlan, server: DemoServer, *, kind: EditKind | None = None
) -> ColleagueEdit:
    """The colleague catches up, makes one edit and syncs it, so the demo device sees it arrive."""
    store = _unlock(plan, plan.colleague_dir)
    try:
        sync_with(store, server.url)
        edit = make_edit(store, assign_to=plan.lead, kind=kind, rng=random.Random())  # noqa: S311
        sync_with(store, server.url)
    finally:
        store.close()
    return edit


def sync_with(store: Store, url: str) -> SyncResult:
    client = SyncClient(url, load_token(store), attempts=3, backoff=0.2)
    try:
        return sync_once(store, client)
    finally:
        client.close()


def enrolled_somewhere(plan: DemoPlan) -> bool:
    for directory in (plan.store_dir, plan.colleague_dir):
        if Store.exists(directory):
            with _unlock(plan, directory) as store:
                if enrolment_of(store) is not None:
                    return True
    return False


def _prepare_server_database(plan: DemoPlan) -> None:
    plan.server_dir.mkdir(parents=True, exist_ok=True)
    engine = make_engine(plan.database_url)
    try:
        upgrade(engine)
        with engine.connect() as conn:
            teams = set(conn.scalars(select(t.team.c.id)))
            users = set(conn.scalars(select(t.user.c.username)))
        if plan.team not in teams:
            admin.add_team(engine, team_id=plan.team, name="Demo-Team")
        for user, role, shown in (
            (plan.lead, "lead", "Dana Berger"),
            (plan.colleague, "counsellor", "Kim Yıldız"),
        ):
            if user not in users:
                admin.add_user(
                    engine,
                    username=user,
                    password=plan.password,
                    team_id=plan.team,
                    role=role,
                    display_name=shown,  # as the team directory shows them
                )
    finally:
        engine.dispose()


def _open_or_init(plan: DemoPlan, directory: Path, *, actor: str) -> Store:
    if Store.exists(directory):
        store = _unlock(plan, directory)
    else:
        store, _recovery = Store.init(
            directory, plan.password, actor=actor, kdf=DEMO_KDF, site=DEMO_SITE
        )
    # The unlock screen of a demo store says its password (a public one, for the demo only).
    mark_demo_store(directory, plan.password)
    return store


def _unlock(plan: DemoPlan, directory: Path) -> Store:
    return Store.unlock(directory, plan.password)


def _synced_once(store: Store) -> bool:
    with store.read() as conn:
        return bool(local.get_setting(conn, "last_sync")) and enrolment_of(store) is not None


def _reusable_port(urls: list[str]) -> int | None:
    """The port the devices already know, if nothing else listens there now."""
    for url in urls:
        try:
            port = urlsplit(url).port
        except ValueError:
            continue
        if port is not None and port_is_free(port):
            return port
    return None


# -- command line --------------------------------------------------------------


def _announce(plan: DemoPlan, url: str | None) -> None:
    if url:
        print(f"url: {url}")
    print(f"user: {plan.lead} (role lead, team {plan.team})")
    print(f"password: {plan.password}")
    print(f"colleague: {plan.colleague} (role counsellor, same password)")
    print(f"store: {plan.store_dir}")
    print(f"server log: {plan.log_path}", flush=True)


def cmd_prepare(args: argparse.Namespace) -> int:
    plan = prepare_demo(args.base_dir, persons=args.persons, seed=args.seed, password=args.password)
    _announce(plan, None)
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    if args.interval < 0:
        raise UserError("--interval must be 0 (no colleague edits) or more seconds")
    plan = prepare_demo(args.base_dir, persons=args.persons, seed=args.seed, password=args.password)
    stopping = threading.Event()

    def stop(_signum: int, _frame: FrameType | None) -> None:
        stopping.set()

    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, stop)
    with start_demo(plan, port=args.port) as server:
        _announce(plan, server.url)
        due = time.monotonic() + args.interval
        while not stopping.wait(0.25):
            if not server.running:
                raise UserError(f"the demo server stopped; see {plan.log_path}")
            if args.interval and time.monotonic() >= due:
                due = time.monotonic() + args.interval
                try:
                    print(colleague_edit(plan, server).describe(), flush=True)
                except UserError as exc:
                    print(f"colleague edit skipped: {exc}", file=sys.stderr, flush=True)
    print("demo server stopped", flush=True)
    return 0


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="python -m sync.demo_env", description=__doc__)
    top.add_argument("--base-dir", type=Path, default=Path("demo-data"))
    top.add_argument("--persons", type=int, default=2000, help="demo persons (first run only)")
    top.add_argument("--seed", type=int, default=7)
    top.add_argument(
        "--password",
        default=os.environ.get("FALLAKTE_PASSWORD") or DEFAULT_PASSWORD,
        help="store and server password (default: $FALLAKTE_PASSWORD or demo-passwort)",
    )
    sub = top.add_subparsers(dest="command", required=True)
    sub.add_parser("prepare", help="make everything once; nothing keeps running").set_defaults(
        handler=cmd_prepare
    )
    serve = sub.add_parser("serve", help="prepare, then run the server until Ctrl-C or SIGTERM")
    serve.set_defaults(handler=cmd_serve)
    serve.add_argument("--port", type=int, help="fixed port (default: the last one, or free)")
    serve.add_argument(
        "--interval", type=float, default=60.0, help="seconds between colleague edits (0: none)"
    )
    return top


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    return run_handler("demo_env", args.handler, args)


if __name__ == "__main__":
    sys.exit(main())
