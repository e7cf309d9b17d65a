"""Sync benchmark on loopback: initial pull, incremental rounds, 50 devices at once on PostgreSQL.

Run: .venv/bin/python bench/sync.py [--persons 20000] [--devices 50] [--workers 4] [--skip-pg]
     quick: .venv/bin/python bench/sync.py --persons 2000 --devices 10
     --profile samples the client and the server with py-spy during the first initial pull
     and prints where the time goes (py-spy must be installed in the venv).

Prints figures next to raw sqlcipher3 executemany of the same rows measured in the same
run, and next to the PouchDB figures of shared/PERF_NOTES.md; it never passes or fails on
time. The correctness checks of part 3 (nothing lost, nothing duplicated) are reported as
OK/FAIL lines and in the exit status.
"""

import argparse
import json
import os
import random
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
# Run as a script, this folder comes first on sys.path and this very file would shadow
# the `sync` package: take the folder out before anything imports `sync`.
sys.path[:] = [p for p in sys.path if Path(p or os.getcwd()).resolve() != HERE]
sys.path.insert(0, str(ROOT))

import psycopg  # noqa: E402
import sqlcipher3  # noqa: E402
from argon2 import PasswordHasher  # noqa: E402
from psycopg import sql as pgsql  # noqa: E402
from sqlalchemy import func, select  # noqa: E402

from app.domain.ids import new_id  # noqa: E402
from app.domain.registry import ENTITIES, model_for  # noqa: E402
from app.services.demo_data import generate  # noqa: E402
from app.services.demo_loader import demo_prefix, load_demo  # noqa: E402
from app.services.validation import validate  # noqa: E402
from app.store import search  # noqa: E402
from app.store.keys import KdfParams  # noqa: E402
from app.store.store import Store  # noqa: E402
from app.store.tables import entity_tables, outbox  # noqa: E402
from sync import device as local  # noqa: E402
from sync import enrolment  # noqa: E402
from sync.client import Cancelled, SyncClient, SyncError  # noqa: E402
from sync.credentials import load_token  # noqa: E402
from sync.engine import Progress, SyncResult, sync_once  # noqa: E402
from sync.server.accounts import admin, auth  # noqa: E402
from sync.server.ops.process import ServerProcess  # noqa: E402
from sync.server.storage.db import make_engine  # noqa: E402
from sync.server.storage.migrate import upgrade  # noqa: E402

PASSWORD = "benchmark password"
SERVER_PASSWORD = "bench-server-password"
# Devices in a benchmark need no protection: the cheapest key derivation the store accepts.
KDF = KdfParams(time_cost=1, memory_kib=8192)
PG_ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/postgres"
PG_BASE_URL = "postgresql://postgres@127.0.0.1:5432/"
POUCHDB_INITIAL_DOCS_S = 3950  # PERF_NOTES: PouchDB initial replication, batch 100
POUCHDB_ROUND_MS = 33.0  # PERF_NOTES: PouchDB incremental replication of 100 docs
TARGET_PULL_RATE = 40_000


def log(message: str = "") -> None:
    print(message, flush=True)


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))] if ordered else 0.0


# -- raw sqlcipher3: the physical limit -----------------------------------------------


def store_schema(store: Store) -> list[str]:
    """The device schema, minus FTS5's own shadow tables (the virtual table makes them)."""
    with store.read() as conn:
        rows = conn.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid"
        ).all()
    return [sql for name, sql in rows if not name.startswith(("search_fts_", "sqlite_", "alembic"))]


def raw_insert(
    path: Path, schema: list[str], rows: list[tuple[str, dict]], *, index: bool
) -> float:
    """sqlcipher3 executemany of the same rows, raw key, one transaction (optionally + FTS)."""
    key = os.urandom(32)
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    for statement in schema:
        conn.execute(statement)
    columns = {e: ["id", *model_for(e).field_names(), "clocks"] for e in ENTITIES}
    stamp = '{"*":"0000000000000-00000-00000000-0000-0000-0000-000000000000"}'
    by_entity: dict[str, list[tuple]] = {}
    docs: list[tuple[str, str, str, str]] = []
    for entity, data in rows:
        raw_values = [data.get(c) for c in columns[entity][:-1]] + [stamp]
        by_entity.setdefault(entity, []).append(
            tuple(json.dumps(v) if isinstance(v, list | dict) else v for v in raw_values)
        )
        if index and entity in search.INDEXED:
            title, body = search.document(entity, data)
            if title or body:
                docs.append((entity, data["id"], title, body))
    started = time.perf_counter()
    conn.execute("BEGIN")
    for entity, values in by_entity.items():
        cols = columns[entity]
        marks = ",".join("?" * len(cols))
        conn.executemany(f'INSERT INTO "{entity}" ({",".join(cols)}) VALUES ({marks})', values)
    if docs:
        conn.executemany(
            "INSERT INTO search_doc (rowid, entity, record_id) VALUES (?, ?, ?)",
            [(i + 1, e, rid) for i, (e, rid, _, _) in enumerate(docs)],
        )
        conn.executemany(
            "INSERT INTO search_fts (rowid, title, body) VALUES (?, ?, ?)",
            [(i + 1, t, b) for i, (_, _, t, b) in enumerate(docs)],
        )
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - started
    conn.close()
    return elapsed


# -- server process and databases ---------------------------------------------------


class Server(ServerProcess):
    """A real `fallakte-server run` process on 127.0.0.1, as the tests start it."""

    def __init__(self, database_url: str, workers: int, work: Path, name: str) -> None:
        super().__init__(
            database_url=database_url,
            home=work / f"server-home-{name}",
            workers=workers,
            log_path=work / f"server-{name}.log",
            start_timeout=60.0,
        )

    def start(self) -> "Server":
        super().start()
        if self.workers > 1:
            time.sleep(1.0)  # let the other workers finish importing before timing starts
        return self


def pg_available() -> bool:
    try:
        with psycopg.connect(PG_ADMIN_URL, autocommit=True, connect_timeout=3):
            return True
    except psycopg.OperationalError as exc:
        log(f"PostgreSQL not reachable on 127.0.0.1:5432 ({str(exc).strip().splitlines()[0]})")
        return False


@contextmanager
def pg_database(label: str) -> Iterator[str]:
    name = f"fallakte_bench_{label}_{secrets.token_hex(4)}"
    with psycopg.connect(PG_ADMIN_URL, autocommit=True, connect_timeout=3) as conn:
        conn.execute(pgsql.SQL("CREATE DATABASE {}").format(pgsql.Identifier(name)))
    try:
        yield PG_BASE_URL + name
    finally:
        with psycopg.connect(PG_ADMIN_URL, autocommit=True, connect_timeout=3) as conn:
            conn.execute(
                pgsql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(pgsql.Identifier(name))
            )


def prepare_database(url: str, teams: dict[str, list[str]]) -> None:
    """Schema, teams and users; user passwords hashed cheaply (the server rehashes at enrolment)."""
    auth.HASHER = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    engine = make_engine(url)
    try:
        upgrade(engine)
        for team, users in teams.items():
            admin.add_team(engine, team_id=team, name=f"Team {team}")
            for user in users:
                admin.add_user(
                    engine, username=user, password=SERVER_PASSWORD, team_id=team, role="counsellor"
                )
    finally:
        engine.dispose()


def server_count(url: str, query: str) -> int:
    engine = make_engine(url)
    try:
        with engine.connect() as conn:
            return int(conn.exec_driver_sql(query).scalar_one())
    finally:
        engine.dispose()


# -- devices ----------------------------------------------------------------------------


def enroll(store: Store, base_url: str, username: str) -> SyncClient:
    """What `fallakte enroll` does, in process: token into the store, settings, a client."""
    enrolment.enroll(
        store,
        server_url=base_url,
        username=username,
        password=SERVER_PASSWORD,
        device_name=username,
    )
    return SyncClient(base_url, load_token(store))


# Alembic's `op` proxy is process-global: stores are created (migrated) one at a time.
_INIT_LOCK = threading.Lock()


def new_device(path: Path, base_url: str, username: str) -> tuple[Store, SyncClient]:
    with _INIT_LOCK:
        store, _ = Store.init(path, PASSWORD, actor=username, kdf=KDF, site="ATR")
    return store, enroll(store, base_url, username)


def timed_push(client: SyncClient, latencies: list[tuple[float, int]]) -> None:
    """Record every push request's latency (seconds, changes in it) on this client."""
    original = client.push

    def push(request: Any) -> Any:
        started = time.perf_counter()
        try:
            return original(request)
        finally:
            latencies.append((time.perf_counter() - started, len(request.changes)))

    client.push = push  # type: ignore[method-assign]


def set_phones(store: Store, ids: list[str], tag: str) -> None:
    with store.write() as writer:
        writer.put_many(
            "person", [(pid, {"phone": f"+49 {tag} {i:05d}"}) for i, pid in enumerate(ids)]
        )


# -- py-spy -----------------------------------------------------------------------------


class Sampler:
    """py-spy record of a running process (and its children), stopped with SIGINT."""

    def __init__(self, pid: int, out: Path, *, subprocesses: bool, rate: int = 200) -> None:
        exe = Path(sys.executable).with_name("py-spy")
        command = [str(exe), "record", "--pid", str(pid), "--format", "raw", "--rate", str(rate)]
        command += ["--nonblocking", "-o", str(out)]
        if subprocesses:
            command.append("--subprocesses")
        self.out = out
        self.proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def stop(self) -> None:
        self.proc.send_signal(signal.SIGINT)
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()


def _frame_name(frame: str) -> str:
    # "function (path/to/file.py:123)" -> "function (file.py)" with a short package path
    name, _, where = frame.partition(" (")
    path = where.rstrip(")").rsplit(":", 1)[0]
    for marker in ("site-packages/", str(ROOT) + "/", "lib/python3"):
        if marker in path:
            path = path.split(marker, 1)[1]
    return f"{name} ({path})" if path else name


def top_functions(raw: Path, count: int = 12) -> list[str]:
    """Self and inclusive share of samples per function, from py-spy's raw (collapsed) output."""
    if not raw.exists():
        return [f"(no py-spy output at {raw})"]
    own: Counter[str] = Counter()
    inclusive: Counter[str] = Counter()
    total = 0
    for line in raw.read_text().splitlines():
        stack, _, n = line.rpartition(" ")
        if not stack or not n.isdigit():
            continue
        frames = [f for f in stack.split(";") if f and not f.startswith(("process ", "thread "))]
        if not frames:
            continue
        samples = int(n)
        total += samples
        names = [_frame_name(f) for f in frames]
        own[names[-1]] += samples
        for name in set(names):
            inclusive[name] += samples
    if not total:
        return ["(no samples)"]
    lines = [f"  {'self':>6} {'incl':>6}  function   ({total} samples)"]
    for name, hits in own.most_common(count):
        lines.append(f"  {hits / total:6.1%} {inclusive[name] / total:6.1%}  {name}")
    return lines


def key_inclusive(raw: Path, names: list[str]) -> list[str]:
    """Inclusive share of chosen functions (matched on the function name)."""
    if not raw.exists():
        return []
    hits: Counter[str] = Counter()
    total = 0
    for line in raw.read_text().splitlines():
        stack, _, n = line.rpartition(" ")
        if not stack or not n.isdigit():
            continue
        total += int(n)
        present = {f.partition(" (")[0].rpartition(".")[2] for f in stack.split(";")}
        for name in names:
            if name in present:
                hits[name] += int(n)
    if not total:
        return []
    return [f"  {hits[n] / total:6.1%} incl  {n}" for n in names]


# -- part 1: seed, push, initial pull ---------------------------------------------------


def seed_template(work: Path, persons: int, seed: int) -> tuple[Path, dict[str, int], float]:
    """Device A's store with the demo dataset loaded (not yet enrolled anywhere)."""
    path = work / "A-template"
    store, _ = Store.init(path, PASSWORD, actor="seed-a", kdf=KDF, site="ATR")
    started = time.perf_counter()
    counts = load_demo(store, persons=persons, seed=seed)
    seconds = time.perf_counter() - started
    store.close()
    return path, counts, seconds


def nothing_pending(store: Store) -> bool:
    return not (
        local.pending_changes(store, limit=1)
        or local.pending_audit(store, limit=1)[0]
        or local.pending_resolutions(store)
    )


def initial(
    backend: str,
    url: str,
    args: argparse.Namespace,
    work: Path,
    template: Path,
    total: int,
    *,
    rounds: int,
) -> dict[str, Any]:
    """Seed push from A, initial pull into fresh B, then `rounds` incremental rounds (if any)."""
    out: dict[str, Any] = {"backend": backend}
    prepare_database(url, {"bench": ["seed-a", "fresh-b", "fresh-c"]})
    with Server(url, args.workers, work, backend) as server:
        a_path = work / f"A-{backend}"
        shutil.copytree(template, a_path)
        a = Store.unlock(a_path, PASSWORD)
        ca = enroll(a, server.url, "seed-a")
        pushes: list[tuple[float, int]] = []
        timed_push(ca, pushes)
        marks: list[tuple[str, float]] = []

        def mark(progress: Progress) -> None:
            marks.append((progress.phase, time.perf_counter()))
            if push_sampler and progress.phase == "pull":
                push_sampler.pop().stop()
            if not rounds and progress.phase == "push" and nothing_pending(a):
                ca.cancel.set()  # no incremental rounds here: spare A pulling its records back

        push_sampler: list[Sampler] = []
        if args.profile:
            assert server.proc is not None
            out["push_profile"] = work / f"push-server-{backend}.txt"
            push_sampler.append(
                Sampler(server.proc.pid, out["push_profile"], subprocesses=True, rate=50)
            )
            time.sleep(1.0)
        started = time.perf_counter()
        try:
            result = sync_once(a, ca, progress=mark)
        except Cancelled:
            result = SyncResult(pushed=sum(n for _, n in pushes))
        ca.cancel.clear()
        seconds = time.perf_counter() - started
        for s in push_sampler:
            s.stop()
        push_end = max((t for phase, t in marks if phase == "push"), default=started)
        out["push_changes"] = result.pushed
        out["push_s"] = push_end - started
        out["push_rate"] = result.pushed / out["push_s"] if out["push_s"] else 0.0
        out["push_requests"] = len(pushes)
        out["echo_s"] = seconds - out["push_s"]
        out["server_records"] = server_count(url, "SELECT count(*) FROM record")
        echo = (
            f"then pulling its own {out['server_records']:,} records back: {out['echo_s']:.1f} s "
            f"(applied {result.pulled}, rejected {result.rejected})"
            if rounds
            else f"{out['server_records']:,} records on the server (A's echo pull skipped)"
        )
        tenth = max(1, len(pushes) // 10)
        first, last = (
            pct([s for s, _ in part], 0.5) * 1000 for part in (pushes[:tenth], pushes[-tenth:])
        )
        log(
            f"[{backend}] device A push: {result.pushed:,} changes in {out['push_s']:.1f} s = "
            f"{out['push_rate']:,.0f} changes/s over {len(pushes)} requests "
            f"(p50 {pct([s for s, _ in pushes], 0.5) * 1000:.0f} ms/request; first / last tenth "
            f"{first:.0f} / {last:.0f} ms); {echo}"
        )

        b, cb = new_device(work / f"B-{backend}", server.url, "fresh-b")
        sampler: list[Sampler] = []
        profiles = (work / f"pull-client-{backend}.txt", work / f"pull-server-{backend}.txt")
        if args.profile:
            assert server.proc is not None
            sampler = [
                Sampler(os.getpid(), profiles[0], subprocesses=False),
                Sampler(server.proc.pid, profiles[1], subprocesses=True),
            ]
            time.sleep(1.0)
        pages: list[float] = []
        started = time.perf_counter()
        result = sync_once(b, cb, progress=lambda p: pages.append(time.perf_counter()))
        seconds = time.perf_counter() - started
        for s in sampler:
            s.stop()
        with b.read() as conn:
            held = sum(
                conn.execute(select(func.count()).select_from(entity_tables[e])).scalar_one()
                for e in ENTITIES
            )
        out["pull_records"] = result.pulled
        out["pull_s"] = seconds
        out["pull_rate"] = result.pulled / seconds
        out["pull_pages"] = len(pages)
        log(
            f"[{backend}] fresh device B initial pull: {result.pulled:,} records in {seconds:.2f} s"
            f" = {out['pull_rate']:,.0f} records/s over {len(pages)} pages; B holds {held:,} "
            f"of {total:,} records" + ("" if held == total else "  <-- MISMATCH")
        )
        if sampler:
            out["profile"] = profiles

        if rounds:
            assert server.proc is not None
            profile = work / f"rounds-server-{backend}.txt" if args.profile else None
            out.update(
                incremental(
                    backend,
                    a,
                    ca,
                    b,
                    cb,
                    rounds=rounds,
                    profile=profile,
                    server_pid=server.proc.pid,
                )
            )
        for store, client in ((a, ca), (b, cb)):
            client.close()
            store.close()
    return out


# -- part 2: 100 changes each way -------------------------------------------------------


def incremental(
    backend: str,
    a: Store,
    ca: SyncClient,
    b: Store,
    cb: SyncClient,
    *,
    rounds: int,
    profile: Path | None = None,
    server_pid: int = 0,
) -> dict[str, Any]:
    n = 100
    with a.read() as conn:
        ids = list(conn.scalars(select(entity_tables["person"].c.id).order_by("id")))
    sync_once(b, cb)  # both caught up before the first round
    times, pulled, pushed = [], [], []
    for r in range(rounds):
        start = (2 * n * r) % max(1, len(ids) - 2 * n)
        set_phones(a, ids[start : start + n], f"151 {r:03d}")
        sync_once(a, ca)
        set_phones(b, ids[start + n : start + 2 * n], f"152 {r:03d}")
        t0 = time.perf_counter()
        result = sync_once(b, cb)
        times.append(time.perf_counter() - t0)
        pushed.append(result.pushed)
        pulled.append(result.pulled)
    sync_once(a, ca)  # A takes B's last round too
    person = entity_tables["person"]
    query = select(person.c.id, person.c.phone).order_by(person.c.id)
    with a.read() as conn_a, b.read() as conn_b:
        same = conn_a.execute(query).all() == conn_b.execute(query).all()
    if profile:
        # Extra rounds, not timed: where B's round goes (client side, cProfile).
        import cProfile
        import pstats

        profiler = cProfile.Profile()
        sampler = Sampler(server_pid, profile, subprocesses=True, rate=1000)
        time.sleep(1.0)
        for r in range(rounds, rounds + 5):
            start = (2 * n * r) % max(1, len(ids) - 2 * n)
            set_phones(a, ids[start : start + n], f"151 {r:03d}")
            sync_once(a, ca)
            set_phones(b, ids[start + n : start + 2 * n], f"152 {r:03d}")
            profiler.enable()
            sync_once(b, cb)
            profiler.disable()
        sampler.stop()
        stats = pstats.Stats(profiler)
        total = stats.total_tt  # type: ignore[attr-defined]
        rows = []
        for (file, line, name), (_, _, tt, ct, _) in stats.stats.items():  # type: ignore[attr-defined]
            short = file.split("site-packages/")[-1].replace(str(ROOT) + "/", "")
            rows.append((tt, ct, f"{name} ({short}:{line})"))
        log(
            f"cProfile, B's side of 5 extra rounds ({total / 5 * 1000:.0f} ms/round under the profiler):"
        )
        log("  self  cumul  function")
        for tt, ct, label in sorted(rows, reverse=True)[:10]:
            log(f"  {tt / total:5.1%} {ct / total:6.1%}  {label}")
        for _, ct, label in sorted(rows, key=lambda r: -r[1]):
            if (
                any(k in label for k in ("(sync/engine.py", "(sync/device.py", "(sync/client.py"))
                and ct / total > 0.05
            ):
                log(f"        {ct / total:6.1%}  {label}")
        log("py-spy, server during those rounds (A's and B's requests, the same shapes):")
        log("\n".join(top_functions(profile, 8)))
        keys = [
            "push",
            "_lock_records",
            "apply_change",
            "_invalid",
            "_write",
            "_execute_clauseelement",
        ]
        keys += ["_store_audit", "authenticate", "pull", "_compress_body"]
        log("\n".join(key_inclusive(profile, keys)))
    p50, p95 = pct(times, 0.5), pct(times, 0.95)
    log(
        f"[{backend}] round of 100 changes each way on B (push {pushed[-1]}, applied "
        f"{pulled[-1]} pulled): p50 {p50 * 1000:.1f} ms, p95 {p95 * 1000:.1f} ms, max "
        f"{max(times) * 1000:.1f} ms over {rounds} rounds; A and B agree on every phone: "
        f"{'yes' if same else 'NO'}"
    )
    return {"round_p50": p50, "round_p95": p95, "round_max": max(times), "rounds_agree": same}


# -- part 3: many devices at once on PostgreSQL ------------------------------------------


class Fleet:
    def __init__(self, args: argparse.Namespace, work: Path, url: str) -> None:
        self.args = args
        self.work = work / "fleet"
        self.url = url
        self.count = args.devices
        self.teams = max(1, min(5, self.count // 10))
        self.names = [f"dev{i:03d}" for i in range(self.count)]
        self.team_of = {name: f"team{i % self.teams}" for i, name in enumerate(self.names)}
        self.devices: dict[str, tuple[Store, SyncClient]] = {}
        self.latencies: list[tuple[float, int]] = []
        self.sync_times: list[float] = []
        self.created: list[tuple[str, str, str]] = []  # (entity, id, team)
        self.made = Counter[str]()
        self.pushed = Counter[str]()
        self.rejected = Counter[str]()
        self.errors: list[str] = []
        self.lock = threading.Lock()

    def setup(self, base_url: str) -> None:
        def one(name: str) -> None:
            store, client = new_device(self.work / name, base_url, name)
            timed_push(client, self.latencies)
            with self.lock:
                self.devices[name] = (store, client)

        with ThreadPoolExecutor(8) as pool:
            list(pool.map(one, self.names))

    def edit(self, name: str, rnd: int, rng: random.Random) -> None:
        """~20 edits, each its own transaction as a counsellor saves forms: 8 new, 12 changed."""
        store = self.devices[name][0]
        made: list[tuple[str, str]] = []
        for k in range(4):
            household = validate(
                model_for("household"), {"id": new_id(), "label": f"{name} {rnd}/{k}"}
            )
            person = validate(
                model_for("person"),
                {
                    "id": new_id(),
                    "family_name": f"Fleet{name}",
                    "given_names": f"R{rnd} K{k}",
                    "household_id": household.id,
                    "phone": f"+49 160 {rnd:02d}{k:03d}",
                },
            )
            with store.write() as writer:
                writer.put_many("household", [(household.id, household.fields())])
                writer.put_many("person", [(person.id, person.fields())])
            made += [("household", household.id), ("person", person.id)]
        with store.read() as conn:
            known = list(conn.scalars(select(entity_tables["person"].c.id)))
        for k in range(12):
            pid = rng.choice(known)
            with store.write() as writer:
                writer.put("person", pid, {"phone": f"+49 170 {name[3:]}{rnd:02d}{k:03d}"})
        team = self.team_of[name]
        with self.lock:
            self.created += [(e, i, team) for e, i in made]
            self.made[name] += len(made) + 12

    def sync(self, name: str) -> None:
        store, client = self.devices[name]
        started = time.perf_counter()
        try:
            result: SyncResult = sync_once(store, client)
        except SyncError as exc:
            with self.lock:
                self.errors.append(f"{name}: {type(exc).__name__}: {exc}")
            return
        with self.lock:
            self.sync_times.append(time.perf_counter() - started)
            self.pushed[name] += result.pushed
            self.rejected[name] += result.rejected + result.dropped

    def run(self, rounds: int) -> float:
        barrier = threading.Barrier(self.count)

        def device(i: int, name: str) -> None:
            rng = random.Random(i)
            for rnd in range(rounds):
                barrier.wait()
                self.edit(name, rnd, rng)
                self.sync(name)
            for _ in range(2):  # final syncs: everyone's last push is in before the second
                barrier.wait()
                self.sync(name)

        started = time.perf_counter()
        threads = [
            threading.Thread(target=device, args=(i, name), name=name)
            for i, name in enumerate(self.names)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        return time.perf_counter() - started

    def verify(self) -> list[tuple[str, bool, str]]:
        checks: list[tuple[str, bool, str]] = []
        with psycopg.connect(self.url.replace("postgresql+psycopg", "postgresql")) as conn:
            rows = conn.execute(
                "SELECT entity, id, team_id, fields->>'phone', deleted FROM record"
            ).fetchall()

            def count(query: str) -> int:
                row = conn.execute(query).fetchone()
                return int(row[0]) if row else 0

            applied = count("SELECT count(*) FROM applied_change")
            distinct_applied = count(
                "SELECT count(*) FROM (SELECT DISTINCT device_id, seq FROM applied_change) s"
            )
            conflicts = count("SELECT count(*) FROM conflict")
        server: dict[tuple[str, str], tuple[str, str | None, bool]] = {}
        dup = 0
        for entity, rid, team, phone, deleted in rows:
            dup += (entity, rid) in server
            server[(entity, rid)] = (team, phone, deleted)
        created = Counter((e, i) for e, i, _ in self.created)
        missing = [k for k in created if k not in server]
        wrong_team = [
            (e, i) for e, i, t in self.created if (e, i) in server and server[(e, i)][0] != t
        ]
        extra = len(set(server) - set(created))
        checks.append(
            (
                "every created record on the server exactly once",
                not missing
                and not wrong_team
                and dup == 0
                and extra == 0
                and max(created.values(), default=1) == 1,
                f"{len(created):,} created, {len(server):,} on server, {len(missing)} missing, "
                f"{dup} duplicated, {extra} unexpected, {len(wrong_team)} in a wrong team",
            )
        )
        made, pushed = sum(self.made.values()), sum(self.pushed.values())
        checks.append(
            (
                "applied_change rows == changes made == changes acknowledged",
                applied == made == pushed == distinct_applied and not sum(self.rejected.values()),
                f"{applied:,} applied_change rows, {made:,} made, {pushed:,} acknowledged, "
                f"{sum(self.rejected.values())} rejected/dropped",
            )
        )
        by_team: dict[str, dict[tuple[str, str], str | None]] = {}
        for (entity, rid), (team, phone, deleted) in server.items():
            if not deleted:
                by_team.setdefault(team, {})[(entity, rid)] = phone
        incomplete, differing, pending = 0, 0, 0
        for name, (store, _) in self.devices.items():
            expected = by_team.get(self.team_of[name], {})
            with store.read() as local_conn:
                held: dict[tuple[str, str], str | None] = {}
                for entity in ENTITIES:
                    table = entity_tables[entity]
                    phone = table.c.phone if "phone" in table.c else None
                    cols = [table.c.id] + ([phone] if phone is not None else [])
                    for row in local_conn.execute(select(*cols)):
                        held[(entity, row[0])] = row[1] if phone is not None else None
                pending += local_conn.execute(select(func.count()).select_from(outbox)).scalar_one()
            incomplete += set(held) != set(expected)
            differing += sum(1 for k, v in held.items() if k in expected and expected[k] != v)
        checks.append(
            (
                "every device holds its team's full record set, same values",
                incomplete == 0 and differing == 0 and pending == 0,
                f"{self.count - incomplete}/{self.count} devices complete, {differing} differing "
                f"phone values, {pending} changes left in outboxes, {conflicts} conflicts kept",
            )
        )
        return checks

    def close(self) -> None:
        for store, client in self.devices.values():
            client.close()
            store.close()


def many_devices(args: argparse.Namespace, work: Path) -> dict[str, Any]:
    with pg_database("fleet") as url:
        fleet = Fleet(args, work, url)
        prepare_database(
            url,
            {
                team: [n for n in fleet.names if fleet.team_of[n] == team]
                for team in sorted(set(fleet.team_of.values()))
            },
        )
        with Server(url, args.workers, work, "pg-fleet") as server:
            started = time.perf_counter()
            fleet.setup(server.url)
            log(
                f"[postgresql x{args.workers} workers] {fleet.count} devices in {fleet.teams} teams "
                f"enrolled in {time.perf_counter() - started:.1f} s"
            )
            seconds = fleet.run(args.rounds)
            checks = fleet.verify()
            fleet.close()
    push = [s for s, _ in fleet.latencies]
    loaded = [s for s, n in fleet.latencies if n]
    out: dict[str, Any] = {
        "fleet_s": seconds,
        "push_requests": len(push),
        "push_p50": pct(push, 0.5),
        "push_p95": pct(push, 0.95),
        "push_max": max(push, default=0.0),
        "loaded_p50": pct(loaded, 0.5),
        "loaded_p95": pct(loaded, 0.95),
        "sync_p50": pct(fleet.sync_times, 0.5),
        "sync_p95": pct(fleet.sync_times, 0.95),
        "errors": fleet.errors,
        "checks": checks,
    }
    log(
        f"[postgresql x{args.workers} workers] {fleet.count} devices x {args.rounds} rounds of "
        f"~20 edits + sync, all at once: {seconds:.1f} s; {len(push)} push requests: p50 "
        f"{out['push_p50'] * 1000:.0f} ms, p95 {out['push_p95'] * 1000:.0f} ms, max "
        f"{out['push_max'] * 1000:.0f} ms (with changes in them: p50 {out['loaded_p50'] * 1000:.0f}"
        f" / p95 {out['loaded_p95'] * 1000:.0f} ms); whole sync_once p50 "
        f"{out['sync_p50'] * 1000:.0f} / p95 {out['sync_p95'] * 1000:.0f} ms; "
        f"{len(fleet.errors)} failed syncs"
    )
    for error in fleet.errors[:5]:
        log(f"    {error}")
    for label, ok, detail in checks:
        log(f"  {'OK  ' if ok else 'FAIL'} {label}: {detail}")
    return out


# -- main ---------------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--persons", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--devices", type=int, default=50)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--rounds", type=int, default=5, help="rounds of the many-device part")
    parser.add_argument("--rounds-incremental", type=int, default=10)
    parser.add_argument("--skip-pg", action="store_true", help="SQLite server only, no part 3")
    parser.add_argument(
        "--pg-rounds",
        action="store_true",
        help="part 2 on PostgreSQL too (A then pulls its seed back first: minutes at 20k persons)",
    )
    parser.add_argument("--profile", action="store_true", help="py-spy the first initial pull")
    parser.add_argument("--keep", action="store_true", help="keep the work directory")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="fallakte-syncbench-"))
    log(
        f"Fallakte sync benchmark — {args.persons} persons, {args.devices} devices, "
        f"{args.workers} server workers, loopback, in {work}"
    )
    log(
        f"load average at start: {' / '.join(f'{x:.2f}' for x in os.getloadavg())} on {os.cpu_count()} CPUs"
    )
    use_pg = not args.skip_pg and pg_available()
    begun = time.perf_counter()
    try:
        template, counts, load_s = seed_template(work, args.persons, args.seed)
        total = sum(counts.values())
        log(
            f"device A loaded {total:,} records in {load_s:.1f} s ({total / load_s:,.0f}/s): "
            + ", ".join(f"{n} {e}" for e, n in counts.items())
        )
        rows = list(
            generate(
                persons=args.persons,
                seed=args.seed,
                counsellors=("seed-a",),
                prefix=demo_prefix(args.seed),
            )
        )
        probe = Store.unlock(template, PASSWORD)
        schema = store_schema(probe)
        probe.close()
        raw_s = raw_insert(work / "raw.db", schema, rows, index=False)
        raw_fts_s = raw_insert(work / "raw-fts.db", schema, rows, index=True)
        raw_rate, raw_fts_rate = len(rows) / raw_s, len(rows) / raw_fts_s
        log(
            f"raw sqlcipher3 executemany of the same {len(rows):,} rows: {raw_s:.2f} s = "
            f"{raw_rate:,.0f} rows/s; with their search index rows: {raw_fts_s:.2f} s = "
            f"{raw_fts_rate:,.0f} rows/s"
        )

        results = []
        backends = ["sqlite"] + (["postgresql"] if use_pg else [])
        for backend in backends:
            if backend == "sqlite":
                url = f"sqlite:///{work / 'server.db'}"
                rounds = args.rounds_incremental
                results.append(initial(backend, url, args, work, template, total, rounds=rounds))
            else:
                rounds = args.rounds_incremental if args.pg_rounds else 0
                with pg_database("pull") as url:
                    results.append(
                        initial(backend, url, args, work, template, total, rounds=rounds)
                    )
        fleet = many_devices(args, work) if use_pg else None

        for r in results:
            if "push_profile" in r:
                log()
                log(f"py-spy, seed push on {r['backend']} — server (until A's first pull page):")
                log("\n".join(top_functions(r["push_profile"], 8)))
                keys = ["push", "_lock_records", "apply_change", "_invalid", "_write"]
                keys += ["_store_audit", "do_execute", "do_executemany", "do_commit"]
                log("\n".join(key_inclusive(r["push_profile"], keys)))
            if "profile" in r:
                client_raw, server_raw = r["profile"]
                log()
                log(f"py-spy, initial pull on {r['backend']} — client (bench process, sync_once):")
                log("\n".join(top_functions(client_raw)))
                log(
                    "\n".join(
                        key_inclusive(
                            client_raw,
                            [
                                "pull",
                                "apply_page",
                                "_apply_records",
                                "model_validate",
                                "apply_state",
                                "insert_rows",
                                "index_new",
                                "_full_clocks",
                                "_compact_clocks",
                                "observe",
                            ],
                        )
                    )
                )
                log("py-spy, same window — server (all worker processes):")
                log("\n".join(top_functions(server_raw)))
                log(
                    "\n".join(
                        key_inclusive(
                            server_raw,
                            [
                                "pull",
                                "_decode_json",
                                "_compress_body",
                                "fetchall",
                                "fetchmany",
                                "_execute_context",
                                "loads",
                            ],
                        )
                    )
                )

        log()
        log(
            f"Summary ({args.persons} persons, {total:,} records; loopback; 2 budgets from issue 4)"
        )
        head = f"{'':44}" + "".join(f"{r['backend']:>14}" for r in results)
        log(head + "   budget / target")
        log(f"{'raw sqlcipher3 executemany rows/s':44}" + f"{raw_rate:>14,.0f}" * len(results))
        lines: list[tuple[str, Callable[[dict[str, Any]], str], str]] = [
            ("seed push, changes/s", lambda r: f"{r['push_rate']:,.0f}", ""),
            ("initial pull, records", lambda r: f"{r['pull_records']:,}", ""),
            ("initial pull, seconds", lambda r: f"{r['pull_s']:.2f}", "< 30 s"),
            ("initial pull, records/s", lambda r: f"{r['pull_rate']:,.0f}", ">= 40,000/s"),
            ("  vs raw executemany", lambda r: f"{r['pull_rate'] / raw_rate:.3f}", ""),
            ("  vs raw incl. search index", lambda r: f"{r['pull_rate'] / raw_fts_rate:.3f}", ""),
            (
                "  vs PouchDB 3,950 docs/s",
                lambda r: f"{r['pull_rate'] / POUCHDB_INITIAL_DOCS_S:.1f}x",
                ">= 10x",
            ),
            ("100+100 round p50, ms", lambda r: f"{r['round_p50'] * 1000:.1f}", "< 50 ms"),
            ("100+100 round p95, ms", lambda r: f"{r['round_p95'] * 1000:.1f}", "< 500 ms"),
            (
                "  PouchDB 33 ms / our p50",
                lambda r: f"{POUCHDB_ROUND_MS / (r['round_p50'] * 1000):.2f}x",
                "",
            ),
        ]

        def shown(cell: Callable[[dict[str, Any]], str], r: dict[str, Any]) -> str:
            try:
                return cell(r)
            except KeyError:
                return "-"

        for label, cell, budget in lines:
            log(f"{label:44}" + "".join(f"{shown(cell, r):>14}" for r in results) + f"   {budget}")
        ok = all(r.get("rounds_agree", True) for r in results)
        if fleet is not None:
            log(
                f"{args.devices} devices x {args.rounds} rounds, PG {args.workers} workers: push p50 / "
                f"p95 / max {fleet['push_p50'] * 1000:.0f} / {fleet['push_p95'] * 1000:.0f} / "
                f"{fleet['push_max'] * 1000:.0f} ms over {fleet['push_requests']} pushes, "
                f"{len(fleet['errors'])} failed syncs"
            )
            for label, passed, _ in fleet["checks"]:
                log(f"  {'OK  ' if passed else 'FAIL'} {label}")
            ok = ok and all(p for _, p, _ in fleet["checks"])
        else:
            log("part 3 (many devices on PostgreSQL) skipped")
        log(
            f"total benchmark time {time.perf_counter() - begun:.0f} s; load average now "
            + " / ".join(f"{x:.2f}" for x in os.getloadavg())
        )
        return 0 if ok else 1
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
