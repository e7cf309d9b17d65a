"""Export and indicator-report benchmark on the server database, next to raw baselines.

Run: .venv/bin/python bench/export.py [--teams 10] [--persons-per-team 20000]
                                     [--consultations-per-team 100000] [--database-url URL]
     quick: .venv/bin/python bench/export.py --scale 0.1
     --database-url: default a fresh PostgreSQL database on 127.0.0.1:5432, created and dropped
     here; or any server database that holds no records yet, e.g. sqlite:///path/server.db
     (left filled afterwards).

The server database is filled with the synthetic demo dataset (app/services/demo_data.py) of
every team, written straight into the `record` table as the server stores it after a push
(fields complete, one stamp per field, no bases), a sample checked against the domain models.
Then, each in a fresh child process so that peak memory (VmHWM) is its own:
  - the pseudonymised case export (sync.server.exports.cases.cases.export_cases) as XLSX at 2-3
    sizes while the teams are loaded (memory must stay flat), and XLSX and CSV at full size;
  - raw baselines: count(*), a plain streaming SELECT of the same rows with the bare driver,
    and a raw xlsxwriter constant_memory write of the same rows and columns of dummy cells;
  - the indicator report (app.reports.engine.build_report), then its XLSX and PDF rendering,
    with the SQL it ran (statements, rows fetched into Python) and EXPLAIN ANALYZE of the
    slowest statement; with --try-index once more with a candidate index (dropped after).
It prints figures and ratios; it never passes or fails on time. `--json FILE` writes them.
"""

import argparse
import importlib
import json
import os
import random
import resource
import secrets
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
# Run as a script, this folder comes first on sys.path and bench/sync.py would shadow the
# `sync` package: take the folder out before anything imports `sync`.
sys.path[:] = [p for p in sys.path if Path(p or os.getcwd()).resolve() != HERE]
sys.path.insert(0, str(ROOT))

import orjson  # noqa: E402
import psycopg  # noqa: E402
from psycopg import sql as pgsql  # noqa: E402

from app.domain.ids import new_id  # noqa: E402
from app.domain.registry import ENTITIES  # noqa: E402
from app.services.demo_data import generate  # noqa: E402

PG_ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/postgres"
PG_BASE_URL = "postgresql://postgres@127.0.0.1:5432/"
# A fixed key: the benchmark's pseudonyms need no secrecy, only the cost of the HMAC.
EXPORT_KEY = b"bench-export-key-not-a-secret-0123456789"


def _exported() -> tuple[str, ...]:
    from sync.server.exports.cases.cases import ENTITY_SHEETS

    return ("case", *(model.entity for model, _ in ENTITY_SHEETS))


EXPORTED = _exported()  # the entities export_cases reads
VALIDATE_EVERY = 500  # one generated row in this many is checked against its domain model
XLSX_MAX_ROWS = 1_048_576  # rows per sheet, header included
TARGET_XLSX_S_PER_100K = 10.0  # issue 6: an XLSX of 100,000 rows under 10 s
# The join key of the report's case -> household -> persons step. Before the server source
# fenced its JSON extraction (commit 1160865) the planner ran that join as a nested loop
# re-parsing every person's JSON once per case, and this index took the report at 4 teams x
# 2,000 persons from 36.7 s to 2.7 s; --try-index measures whether it still helps.
CANDIDATE_INDEX = (
    "CREATE INDEX bench_record_person_household ON record ((fields ->> 'household_id')) "
    "WHERE entity = 'person'"
)
COLUMNS = "entity, id, team_id, fields, clocks, bases, deleted, server_seq, updated_at"


def log(message: str = "") -> None:
    print(message, flush=True)


def load_average() -> str:
    return " / ".join(f"{x:.2f}" for x in os.getloadavg())


def peak_rss_mib() -> float:
    """This process's peak resident memory.

    Linux: VmHWM of /proc/self/status. Not ru_maxrss: a child started by subprocess inherits
    its parent's high-water mark through vfork + exec, so the bench process's own peak
    (hundreds of MiB of generated rows) would show up as every child's.
    """
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 / (1024 if sys.platform == "darwin" else 1)  # bytes on macOS, KiB else


# -- the dataset --------------------------------------------------------------------------


def team_ids(teams: int) -> list[str]:
    return [f"team-{i + 1:02d}" for i in range(teams)]


def team_records(
    team: str, index: int, persons: int, consultations: int, seed: int
) -> Iterator[tuple[str, dict[str, Any]]]:
    """One team's demo data, its consultations trimmed or topped up to exactly `consultations`.

    The generator yields about five consultations per person; dropping a random few or
    adding a second talk on the same day of the same case keeps every record valid.
    """
    rng = random.Random(seed * 1000 + index)  # reproducible fake data, not secrets
    staff = tuple(f"{team}-counsellor-{k}" for k in range(1, 7))
    talks: list[dict[str, Any]] = []
    for entity, data in generate(
        persons=persons, seed=seed * 1000 + index, counsellors=staff, prefix=f"T{index + 1:02d}"
    ):
        if entity == "consultation":
            talks.append(data)
            continue
        if entity == "case" and data["team"] is not None:
            data["team"] = team  # the generator names districts; cases here belong to this team
        yield entity, data
    if len(talks) > consultations:
        keep = sorted(rng.sample(range(len(talks)), consultations))
        talks = [talks[i] for i in keep]
    elif talks:
        talks += [{**rng.choice(talks), "id": new_id()} for _ in range(consultations - len(talks))]
    for data in talks:
        yield "consultation", data


class RecordRows:
    """(entity, data) from the generator -> `record` rows exactly as the server writes them.

    A pushed record is stored with all its fields (defaults filled in), one stamp per field
    and no bases (sync_service._invalid and _write); every VALIDATE_EVERY-th row per entity
    is validated by its domain model and must come out unchanged.
    """

    def __init__(self, seq: int = 0) -> None:
        self.seq = seq
        self.counts: Counter[str] = Counter()
        self.validated = 0
        self.now = datetime.now(UTC)
        self._ms = time.time_ns() // 1_000_000 - 86_400_000

    def rows(
        self, team: str, records: Iterable[tuple[str, dict[str, Any]]]
    ) -> Iterator[tuple[Any, ...]]:
        device = new_id()  # the team's one (imaginary) device that pushed it all
        for entity, data in records:
            record_id = data["id"]
            fields = {k: v for k, v in data.items() if k != "id"}
            n = self.counts[entity]
            if n % VALIDATE_EVERY == 0:
                self._check(entity, record_id, fields)
            self.counts[entity] = n + 1
            self.seq += 1
            stamp = f"{self._ms + self.seq // 100_000:013d}-{self.seq % 100_000:05d}-{device}"
            yield (
                entity,
                record_id,
                team,
                orjson.dumps(fields).decode(),
                orjson.dumps(dict.fromkeys(fields, stamp)).decode(),
                orjson.dumps(dict.fromkeys(fields)).decode(),
                False,
                self.seq,
                self.now,
            )

    def _check(self, entity: str, record_id: str, fields: dict[str, Any]) -> None:
        stored = ENTITIES[entity].model_validate({"id": record_id, **fields}).fields()
        if stored != fields:
            differing = sorted(
                k for k in stored.keys() | fields.keys() if stored.get(k) != fields.get(k)
            )
            raise SystemExit(
                f"generated {entity} differs from what the server would store in: {differing}"
            )
        self.validated += 1


# -- the server database ------------------------------------------------------------------


class Database:
    """The benchmark's server database: schema, teams, bulk load, statistics, raw access."""

    def __init__(self, url: str) -> None:
        from sync.server.ops.settings import normalise_database_url

        self.url = normalise_database_url(url)
        self.backend = "sqlite" if self.url.startswith("sqlite") else "postgresql"
        if self.backend == "postgresql":
            self.raw_url = "postgresql://" + self.url.split("://", 1)[1]
            self.path: Path | None = None
        else:
            from sqlalchemy.engine import make_url

            database = make_url(self.url).database
            assert database is not None
            self.path = Path(database).expanduser()
            self.raw_url = str(self.path)

    def prepare(self, teams: list[str]) -> None:
        """Migrated schema and the teams; refuses a database that already holds records."""
        from sync.server.accounts import admin
        from sync.server.storage.db import make_engine
        from sync.server.storage.migrate import upgrade

        engine = make_engine(self.url)
        try:
            upgrade(engine)
            with engine.connect() as conn:
                held = conn.exec_driver_sql("SELECT count(*) FROM record").scalar_one()
            if held:
                raise SystemExit(
                    f"the database already holds {held} records; the benchmark needs an empty one"
                )
            for team in teams:
                admin.add_team(engine, team_id=team, name=f"Team {team[5:]}")
        finally:
            engine.dispose()

    def load(self, rows: Iterable[tuple[Any, ...]]) -> int:
        """Bulk load in one transaction: COPY on PostgreSQL, executemany on SQLite."""
        count = 0
        if self.backend == "postgresql":
            with psycopg.connect(self.raw_url) as conn, conn.cursor() as cur:
                with cur.copy(f"COPY record ({COLUMNS}) FROM STDIN") as copy:
                    for row in rows:
                        copy.write_row(row)
                        count += 1
                cur.execute("UPDATE seq_counter SET value = (SELECT max(server_seq) FROM record)")
            return count
        conn = sqlite3.connect(self.raw_url, isolation_level=None)
        try:
            conn.execute("BEGIN IMMEDIATE")
            batch: list[tuple[Any, ...]] = []
            insert = f"INSERT INTO record ({COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
            for row in rows:
                # SQLAlchemy's SQLite DateTime storage format (UTC, no zone).
                batch.append((*row[:6], 0, row[7], row[8].strftime("%Y-%m-%d %H:%M:%S.%f")))
                if len(batch) == 5000:
                    conn.executemany(insert, batch)
                    count += len(batch)
                    batch.clear()
            conn.executemany(insert, batch)
            count += len(batch)
            conn.execute("UPDATE seq_counter SET value = (SELECT max(server_seq) FROM record)")
            conn.execute("COMMIT")
        finally:
            conn.close()
        return count

    def analyze(self) -> None:
        """Fresh planner statistics, as autovacuum would gather after a load this size."""
        if self.backend == "postgresql":
            with psycopg.connect(self.raw_url, autocommit=True) as conn:
                conn.execute("VACUUM (ANALYZE) record")
        else:
            conn = sqlite3.connect(self.raw_url)
            try:
                conn.execute("ANALYZE")
            finally:
                conn.close()

    def execute(self, statement: str) -> None:
        if self.backend == "postgresql":
            with psycopg.connect(self.raw_url, autocommit=True) as conn:
                conn.execute(statement.encode())
        else:
            conn = sqlite3.connect(self.raw_url)
            try:
                conn.execute(statement)
            finally:
                conn.close()

    def size(self) -> str:
        if self.backend == "postgresql":
            with psycopg.connect(self.raw_url) as conn:
                row = conn.execute(
                    "SELECT pg_size_pretty(pg_total_relation_size('record'))"
                ).fetchone()
            return str(row[0]) if row else "?"
        assert self.path is not None
        return f"{self.path.stat().st_size / 2**20:,.0f} MB"


@contextmanager
def fresh_pg_database() -> Iterator[str]:
    name = f"fallakte_bench_export_{secrets.token_hex(4)}"
    with psycopg.connect(PG_ADMIN_URL, autocommit=True, connect_timeout=3) as conn:
        conn.execute(pgsql.SQL("CREATE DATABASE {}").format(pgsql.Identifier(name)))
    try:
        yield PG_BASE_URL + name
    finally:
        with psycopg.connect(PG_ADMIN_URL, autocommit=True, connect_timeout=3) as conn:
            conn.execute(
                pgsql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(pgsql.Identifier(name))
            )


# -- measurements, each in a child process of its own ----------------------------------------


def run_child(task: str, *, timeout: float = 1800, **spec: Any) -> dict[str, Any]:
    """Runs `task` in a fresh interpreter; returns its figures or {"error": ...}."""
    command = [sys.executable, str(Path(__file__).resolve()), "--child"]
    try:
        done = subprocess.run(
            [*command, json.dumps({"task": task, **spec})],
            capture_output=True,
            text=True,
            timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        return {"error": f"{task} did not finish within {timeout:.0f} s"}
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        tail = (done.stderr or done.stdout).strip().splitlines()[-12:]
        return {"error": "\n".join(tail) or f"exit status {done.returncode}"}
    result: dict[str, Any] = json.loads(lines[-1])
    return result


def _measured(started: float, start_rss: float, **figures: Any) -> dict[str, Any]:
    return {
        "seconds": time.perf_counter() - started,
        "start_rss_mib": start_rss,
        "peak_rss_mib": peak_rss_mib(),
        **figures,
    }


def child_export(spec: dict[str, Any]) -> dict[str, Any]:
    from sync.server.exports.cases.cases import export_cases
    from sync.server.storage.db import make_engine

    engine = make_engine(spec["url"])
    path = Path(spec["out"])
    start_rss = peak_rss_mib()
    started = time.perf_counter()
    counts = export_cases(engine, path, key=EXPORT_KEY, fmt=spec["fmt"])
    result = _measured(started, start_rss, rows=counts)
    engine.dispose()
    # The CSV export writes the cases to `path` and each other sheet beside it.
    files = [path] if spec["fmt"] == "xlsx" else list(path.parent.glob(f"{path.stem}*.csv"))
    result["bytes"] = sum(p.stat().st_size for p in files)
    return result


def child_raw_select(spec: dict[str, Any]) -> dict[str, Any]:
    """count(*) and a plain streaming SELECT of the exported rows, JSON decoded, bare driver."""
    start_rss = peak_rss_mib()
    entities = list(EXPORTED)
    if spec["backend"] == "postgresql":
        from psycopg.types.json import set_json_loads

        with psycopg.connect(spec["raw_url"]) as conn:
            set_json_loads(orjson.loads, conn)  # the server engine decodes JSON with orjson too
            started = time.perf_counter()
            row = conn.execute(
                "SELECT count(*) FROM record WHERE entity = ANY(%s) AND NOT deleted", (entities,)
            ).fetchone()
            counted, count_s = (row[0] if row else 0), time.perf_counter() - started
            started = time.perf_counter()
            rows = 0
            for entity in entities:
                with conn.cursor(name=f"stream_{entity}") as cur:
                    cur.itersize = 500
                    cur.execute(
                        "SELECT id, fields FROM record WHERE entity = %s AND NOT deleted "
                        "ORDER BY id",
                        (entity,),
                    )
                    for _ in cur:
                        rows += 1
    else:
        conn3 = sqlite3.connect(spec["raw_url"])
        try:
            marks = ",".join("?" * len(entities))
            started = time.perf_counter()
            counted = conn3.execute(
                f"SELECT count(*) FROM record WHERE entity IN ({marks}) AND NOT deleted", entities
            ).fetchone()[0]
            count_s = time.perf_counter() - started
            started = time.perf_counter()
            rows = 0
            for entity in entities:
                cursor = conn3.execute(
                    "SELECT id, fields FROM record WHERE entity = ? AND NOT deleted ORDER BY id",
                    (entity,),
                )
                for _, fields in cursor:
                    orjson.loads(fields)
                    rows += 1
        finally:
            conn3.close()
    return _measured(started, start_rss, rows=rows, counted=counted, count_seconds=count_s)


def child_raw_xlsx(spec: dict[str, Any]) -> dict[str, Any]:
    """xlsxwriter constant_memory: the same sheets, rows and columns, dummy cells."""
    import xlsxwriter

    start_rss = peak_rss_mib()
    started = time.perf_counter()
    # Cells shaped like the export's: a pseudonym, months, codes, a number.
    filler: list[str | int] = ["2025-03", "counselling", 45, "REAG_GARP", "18-34", "in_person"]
    workbook = xlsxwriter.Workbook(spec["out"], {"constant_memory": True})
    bold = workbook.add_format({"bold": True})
    rows = 0
    for name, columns, count in spec["sheets"]:
        sheet = workbook.add_worksheet(name)
        sheet.write_row(0, 0, [f"column_{c}" for c in range(columns)], bold)
        tail = [filler[c % len(filler)] for c in range(columns - 1)]
        for i in range(1, count + 1):
            sheet.write_row(i, 0, [f"{i * 2654435761 % 2**64:016x}", *tail])
        rows += count
    workbook.close()
    return _measured(started, start_rss, rows=rows, bytes=Path(spec["out"]).stat().st_size)


def child_report(spec: dict[str, Any]) -> dict[str, Any]:
    """build_report alone (time, peak memory, statements), then XLSX and PDF rendering.

    On PostgreSQL every statement is cancelled after spec["timeout"] seconds: a report
    that would run for hours ends as "did not finish" with the plan of the statement
    that was cancelled (EXPLAIN without ANALYZE), not as a hung benchmark.
    """
    from sqlalchemy import event
    from sqlalchemy.exc import OperationalError

    from sync.server.storage.db import make_engine, snapshot

    # Looked up by name: the report engine and renderers may not be in this tree yet.
    load_definitions = importlib.import_module("app.reports.definitions").load_definitions
    engine_module = importlib.import_module("app.reports.engine")
    build_report = engine_module.build_report
    write_xlsx = importlib.import_module("app.reports.render_xlsx").write_xlsx
    write_pdf = importlib.import_module("app.reports.render_pdf").write_pdf
    source_module = importlib.import_module("sync.server.exports.indicators.source")

    engine = make_engine(spec["url"])
    statements: list[dict[str, Any]] = []
    running: dict[str, Any] = {"label": "(before the indicators)"}
    counts = getattr(engine_module, "_counts", None)
    if counts is not None:
        # The engine counts one indicator per _counts call: name its statements after it.
        def labelled(conn: Any, ctx: Any, indicator: Any) -> Any:
            running["label"] = indicator.id
            try:
                return counts(conn, ctx, indicator)
            finally:
                running["label"] = "(after the indicators)"

        engine_module._counts = labelled

    if engine.dialect.name == "postgresql":

        @event.listens_for(engine, "connect")
        def _limit(dbapi_conn: Any, _record: Any) -> None:
            with dbapi_conn.cursor() as cur:
                cur.execute(f"SET statement_timeout = {int(spec['timeout_s'] * 1000)}")
            dbapi_conn.commit()

    @event.listens_for(engine, "before_cursor_execute")
    def _before(conn: Any, cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        running.update(
            started=time.perf_counter(),
            statement=statement,
            parameters=parameters,
            of=running["label"],  # kept: the label is reset once _counts raises
        )

    @event.listens_for(engine, "after_cursor_execute")
    def _after(conn: Any, cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        statements.append(
            {
                "seconds": time.perf_counter() - running["started"],
                "rowcount": cursor.rowcount,
                "statement": statement,
                "parameters": parameters,
                "label": running["of"],
            }
        )

    definitions = load_definitions()
    start_rss = peak_rss_mib()
    started = time.perf_counter()
    try:
        with snapshot(engine) as conn:
            report = build_report(
                conn,
                source_module.ServerSource(engine.dialect.name),
                definitions,
                period_from=date.fromisoformat(spec["period_from"]),
                period_to=date.fromisoformat(spec["period_to"]),
                scope="all teams",
            )
    except OperationalError as exc:
        if "statement timeout" not in str(exc):
            raise
        result = _measured(started, start_rss, finished=False)
        result["statements"] = len(statements)
        result["per_statement"] = _per_statement(statements)
        result["cancelled_after"] = time.perf_counter() - running["started"]
        result["cancelled_indicator"] = running["of"]
        result["slowest_statement"] = running["statement"]
        result["plan"] = _explain(
            engine, running["statement"], running["parameters"], analyze=False
        )
        engine.dispose()
        return result
    result = _measured(started, start_rss, finished=True)
    result["statements"] = len(statements)
    result["per_statement"] = _per_statement(statements)
    # SELECT rowcount is what the driver fetched into Python (psycopg; SQLite says -1).
    fetched = [s["rowcount"] for s in statements if s["rowcount"] >= 0]
    result["rows_fetched"] = sum(fetched) if fetched else None
    result["indicators"] = len(report.indicators)
    out = Path(spec["out_dir"])
    for kind, write in (("xlsx", write_xlsx), ("pdf", write_pdf)):
        path = out / f"report.{kind}"
        began = time.perf_counter()
        write(report, path, "de")
        result[f"{kind}_seconds"] = time.perf_counter() - began
        result[f"{kind}_bytes"] = path.stat().st_size
    result["peak_rss_with_render_mib"] = peak_rss_mib()
    slowest = max(statements, key=lambda s: s["seconds"], default=None)
    if slowest is not None:
        result["slowest_seconds"] = slowest["seconds"]
        result["slowest_indicator"] = slowest["label"]
        result["slowest_statement"] = slowest["statement"]
        result["plan"] = _explain(engine, slowest["statement"], slowest["parameters"])
    engine.dispose()
    return result


def _per_statement(statements: list[dict[str, Any]]) -> list[list[Any]]:
    return [[s["label"], s["seconds"]] for s in statements]


def _explain(engine: Any, statement: str, parameters: Any, *, analyze: bool = True) -> list[str]:
    if engine.dialect.name != "postgresql":
        prefix = "EXPLAIN QUERY PLAN "
    else:
        prefix = "EXPLAIN (ANALYZE, BUFFERS) " if analyze else "EXPLAIN "
    with engine.connect() as conn:
        rows = conn.exec_driver_sql(prefix + statement, parameters).all()
    return [" | ".join(str(c) for c in row) for row in rows]


CHILDREN = {
    "export": child_export,
    "raw_select": child_raw_select,
    "raw_xlsx": child_raw_xlsx,
    "report": child_report,
}


# -- the run --------------------------------------------------------------------------------


def export_sheets(counts: dict[str, int]) -> list[tuple[str, int, int]]:
    """(sheet, columns, rows) of the export, for the raw xlsxwriter baseline."""
    from app.domain.cases import Case
    from sync.server.exports.cases.cases import CONTACT_FIELDS, ENTITY_SHEETS, exported_fields

    columns = {
        "cases": 2 + len(exported_fields(Case)) + len(CONTACT_FIELDS),
        **{name: 1 + len(exported_fields(model)) for model, name in ENTITY_SHEETS},
    }
    return [(name, columns[name], rows) for name, rows in counts.items()]


def memory_steps(teams: int) -> list[int]:
    """After how many loaded teams the XLSX export's memory is measured."""
    return sorted({1, max(1, round(teams * 0.3)), teams})


def describe(result: dict[str, Any]) -> str:
    if "error" in result:
        return "FAILED: " + result["error"].replace("\n", "\n    ")
    rows = result["rows"]
    total = sum(rows.values()) if isinstance(rows, dict) else rows
    return (
        f"{result['seconds']:7.2f} s, {total:>9,} rows = {total / result['seconds']:>9,.0f} rows/s, "
        f"peak RSS {result['peak_rss_mib']:6.0f} MiB (at start {result['start_rss_mib']:.0f})"
    )


def total_rows(result: dict[str, Any]) -> int:
    rows = result.get("rows", 0)
    return int(sum(rows.values()) if isinstance(rows, dict) else rows)


def benchmark(args: argparse.Namespace, url: str, work: Path) -> dict[str, Any]:
    db = Database(url)
    teams = team_ids(args.teams)
    persons = round(args.persons_per_team * args.scale)
    consultations = round(args.consultations_per_team * args.scale)
    out: dict[str, Any] = {
        "backend": db.backend,
        "teams": args.teams,
        "persons_per_team": persons,
        "consultations_per_team": consultations,
        "load_average_start": os.getloadavg(),
        "cpus": os.cpu_count(),
    }
    log(
        f"[{db.backend}] {args.teams} teams x {persons:,} persons / {consultations:,} "
        f"consultations; load average at start {load_average()} on {os.cpu_count()} CPUs"
    )
    db.prepare(teams)
    maker = RecordRows()
    steps = memory_steps(args.teams)
    out["memory_steps"] = []
    load_s = analyze_s = 0.0
    loaded = 0
    for index, team in enumerate(teams):
        started = time.perf_counter()
        records = team_records(team, index, persons, consultations, args.seed)
        loaded += db.load(maker.rows(team, records))
        load_s += time.perf_counter() - started
        if index + 1 not in steps:
            continue
        started = time.perf_counter()
        db.analyze()
        analyze_s += time.perf_counter() - started
        if index + 1 == args.teams:
            break  # the full size is measured below, next to its baselines
        step = run_child("export", url=db.url, fmt="xlsx", out=str(work / f"step-{index + 1}.xlsx"))
        (work / f"step-{index + 1}.xlsx").unlink(missing_ok=True)
        out["memory_steps"].append({"teams": index + 1, **step})
        log(f"  export XLSX after {index + 1:2d} teams: {describe(step)}")
    out["load"] = {
        "records": loaded,
        "seconds": load_s,
        "analyze_seconds": analyze_s,
        "by_entity": dict(maker.counts),
        "validated": maker.validated,
        "size": db.size(),
    }
    log(
        f"loaded {loaded:,} records in {load_s:.1f} s ({loaded / load_s:,.0f}/s, generation "
        f"included; {maker.validated} validated by the domain models), ANALYZE {analyze_s:.1f} s, "
        f"record table {out['load']['size']}: "
        + ", ".join(f"{n:,} {e}" for e, n in maker.counts.most_common())
    )

    raw = run_child("raw_select", backend=db.backend, raw_url=db.raw_url)
    out["raw_select"] = raw
    if "error" not in raw:
        log(
            f"raw count(*) of the exported rows: {raw['count_seconds'] * 1000:.0f} ms "
            f"({raw['counted']:,})"
        )
    log(f"raw streaming SELECT id, fields (same rows):  {describe(raw)}")
    xlsx = run_child("export", url=db.url, fmt="xlsx", out=str(work / "cases.xlsx"))
    out["export_xlsx"] = xlsx
    log(f"pseudonymised export XLSX:                    {describe(xlsx)}")
    for sheet, rows in (xlsx.get("rows") or {}).items():
        if rows >= XLSX_MAX_ROWS:
            # xlsxwriter's write_row returns -1 past the sheet's end and raises nothing.
            log(
                f"  WARNING: sheet {sheet} has {rows:,} rows; an XLSX sheet holds "
                f"{XLSX_MAX_ROWS - 1:,} below its header, the rest is silently missing"
            )
    csv_ = run_child("export", url=db.url, fmt="csv", out=str(work / "cases.csv"))
    out["export_csv"] = csv_
    log(f"pseudonymised export CSV:                     {describe(csv_)}")
    if "error" not in xlsx:
        out["memory_steps"].append({"teams": args.teams, **xlsx})
        sheets = export_sheets(xlsx["rows"])
        raw_x = run_child("raw_xlsx", out=str(work / "raw.xlsx"), sheets=sheets)
        out["raw_xlsx"] = raw_x
        log(f"raw xlsxwriter constant_memory, dummy cells:  {describe(raw_x)}")
    for leftover in work.glob("*.xlsx"):
        leftover.unlink()
    for leftover in work.glob("*.csv"):
        leftover.unlink()

    today = date.today()
    period = (today - timedelta(days=args.period_days - 1), today)
    out["period"] = [d.isoformat() for d in period]
    report_dir = work / "report"
    report_dir.mkdir()
    spec = {
        "url": db.url,
        "out_dir": str(report_dir),
        "period_from": period[0].isoformat(),
        "period_to": period[1].isoformat(),
        "timeout_s": args.report_timeout,  # per statement, PostgreSQL only
    }
    report = run_child("report", **spec)
    if "error" in report and _not_there(report["error"]):
        report = {"skipped": "the report engine, its server source or a renderer is not there"}
    out["report"] = report
    log_report(report, period)
    if args.try_index and db.backend == "postgresql" and "per_statement" in report:
        # Measured in this throwaway database only; whether it goes into a migration is
        # for the schema's owner to decide.
        started = time.perf_counter()
        db.execute(CANDIDATE_INDEX)
        db.execute("ANALYZE record")  # also gathers statistics on the indexed expression
        built = time.perf_counter() - started
        log(f"with the candidate index ({built:.1f} s to build and analyze): {CANDIDATE_INDEX}")
        indexed = run_child("report", **spec)
        db.execute("DROP INDEX bench_record_person_household")
        out["report_indexed"] = {"index": CANDIDATE_INDEX, "build_seconds": built, **indexed}
        log_report(indexed, period)
    out["load_average_end"] = os.getloadavg()
    return out


def _not_there(error: str) -> bool:
    return "ModuleNotFoundError" in error and (
        "app.reports" in error or "exports_indicators" in error
    )


def log_report(report: dict[str, Any], period: tuple[date, date]) -> None:
    if "skipped" in report:
        log(f"indicator report: not measured ({report['skipped']})")
        return
    if "error" in report:
        log("indicator report FAILED:\n    " + report["error"].replace("\n", "\n    "))
        return
    slow = sorted(report["per_statement"], key=lambda x: -x[1])[:5]
    slowest = ", ".join(f"{name} {seconds:.2f} s" for name, seconds in slow)
    if not report["finished"]:
        log(
            f"indicator report {period[0]} .. {period[1]}: DID NOT FINISH: the statement of "
            f"'{report['cancelled_indicator']}' was cancelled after "
            f"{report['cancelled_after']:.0f} s ({report['statements']} statements done before "
            f"it: {slowest}); its plan (EXPLAIN, no ANALYZE):"
        )
        for line in report["plan"][:24]:
            log("    " + line)
        return
    fetched = report["rows_fetched"]
    log(
        f"indicator report {period[0]} .. {period[1]}: build_report {report['seconds']:.2f} s, "
        f"{report['indicators']} indicators, {report['statements']} SQL statements, "
        f"{'?' if fetched is None else f'{fetched:,}'} rows fetched into Python, peak RSS "
        f"{report['peak_rss_mib']:.0f} MiB (at start {report['start_rss_mib']:.0f}); "
        f"render XLSX {report['xlsx_seconds']:.2f} s, PDF {report['pdf_seconds']:.2f} s "
        f"(peak RSS then {report['peak_rss_with_render_mib']:.0f} MiB)"
    )
    log(f"  slowest statements: {slowest}")
    if "plan" in report:
        log(
            f"  EXPLAIN ANALYZE of the slowest ('{report['slowest_indicator']}', "
            f"{report['slowest_seconds'] * 1000:.0f} ms):"
        )
        for line in report["plan"][:24]:
            log("    " + line)


def summary(out: dict[str, Any]) -> None:
    """Every figure once more as a markdown table, with its ratio to the raw baselines."""
    raw, raw_x = out.get("raw_select", {}), out.get("raw_xlsx", {})

    def rate(r: dict[str, Any]) -> float:
        return total_rows(r) / r["seconds"] if r.get("seconds") else 0.0

    def mem(r: dict[str, Any]) -> str:
        return f"{r['peak_rss_mib']:.0f} ({r['start_rss_mib']:.0f})" if "peak_rss_mib" in r else ""

    lines: list[tuple[str, str, str, str, str, str]] = []
    load = out["load"]
    lines.append(
        (
            "load (generate + COPY/INSERT, validated sample)",
            f"{load['records']:,}",
            f"{load['seconds']:.1f}",
            f"{load['records'] / load['seconds']:,.0f}",
            "",
            f"record table {load['size']}",
        )
    )
    if "count_seconds" in raw:
        lines.append(
            (
                "raw count(*) of exported rows",
                f"{raw['counted']:,}",
                f"{raw['count_seconds']:.3f}",
                "",
                "",
                "",
            )
        )
    if rate(raw):
        lines.append(
            (
                "raw streaming SELECT id, fields",
                f"{total_rows(raw):,}",
                f"{raw['seconds']:.2f}",
                f"{rate(raw):,.0f}",
                mem(raw),
                "1.00 (baseline)",
            )
        )
    for label, key in (
        ("pseudonymised export XLSX", "export_xlsx"),
        ("pseudonymised export CSV", "export_csv"),
        ("raw xlsxwriter constant_memory, same rows", "raw_xlsx"),
    ):
        r = out.get(key, {})
        if rate(r):
            ratio = f"{rate(r) / rate(raw):.2f} of raw SELECT rows/s" if rate(raw) else ""
            if key == "export_xlsx" and rate(raw_x):
                ratio += f"; {r['seconds'] / raw_x['seconds']:.2f}x raw xlsxwriter time"
            lines.append(
                (
                    label,
                    f"{total_rows(r):,}",
                    f"{r['seconds']:.2f}",
                    f"{rate(r):,.0f}",
                    mem(r),
                    ratio,
                )
            )
    for step in out["memory_steps"]:
        if rate(step):
            per_100k = step["seconds"] / total_rows(step) * 100_000
            lines.append(
                (
                    f"XLSX export after {step['teams']} team(s)",
                    f"{total_rows(step):,}",
                    f"{step['seconds']:.2f}",
                    f"{rate(step):,.0f}",
                    mem(step),
                    f"{per_100k:.1f} s per 100k rows (target < {TARGET_XLSX_S_PER_100K:.0f})",
                )
            )
    for label, key in (
        ("indicator report build_report", "report"),
        ("  same, with the candidate index", "report_indexed"),
    ):
        r = out.get(key, {})
        if "per_statement" not in r:
            if key == "report":
                lines.append((label, "", "", "", "", r.get("skipped") or "FAILED"))
            continue
        if not r["finished"]:
            lines.append(
                (
                    label,
                    "",
                    f"> {r['cancelled_after']:.0f}",
                    "",
                    mem(r),
                    f"did not finish: '{r['cancelled_indicator']}' cancelled",
                )
            )
            continue
        lines.append(
            (
                label,
                f"{r['rows_fetched'] if r['rows_fetched'] is not None else '?'} fetched",
                f"{r['seconds']:.2f}",
                "",
                mem(r),
                f"{r['statements']} statements; slowest '{r['slowest_indicator']}' {r['slowest_seconds']:.2f} s",
            )
        )
        lines.append(
            (
                "  render XLSX / PDF",
                "",
                f"{r['xlsx_seconds']:.2f} / {r['pdf_seconds']:.2f}",
                "",
                f"{r['peak_rss_with_render_mib']:.0f}",
                "",
            )
        )
    log()
    log(
        f"Summary: {out['backend']}, {out['teams']} teams x {out['persons_per_team']:,} persons / {out['consultations_per_team']:,} consultations; load average {' / '.join(f'{x:.2f}' for x in out['load_average_start'])} at start, {' / '.join(f'{x:.2f}' for x in out['load_average_end'])} at end, {out['cpus']} CPUs"
    )
    log()
    log("| what | rows | s | rows/s | peak RSS MiB (at start) | vs baseline |")
    log("|---|---:|---:|---:|---:|---|")
    for line in lines:
        log("| " + " | ".join(line) + " |")


def main() -> int:
    if len(sys.argv) == 3 and sys.argv[1] == "--child":
        spec = json.loads(sys.argv[2])
        print(json.dumps(CHILDREN[spec["task"]](spec), default=str), flush=True)
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--teams", type=int, default=10)
    parser.add_argument("--persons-per-team", type=int, default=20_000)
    parser.add_argument("--consultations-per-team", type=int, default=100_000)
    parser.add_argument(
        "--scale", type=float, default=1.0, help="multiplies persons and consultations per team"
    )
    parser.add_argument(
        "--database-url", help="default: a fresh PostgreSQL database, dropped after"
    )
    parser.add_argument("--period-days", type=int, default=365, help="report period ending today")
    parser.add_argument(
        "--report-timeout",
        type=float,
        default=300,
        help="seconds after which one report statement is cancelled (PostgreSQL)",
    )
    parser.add_argument(
        "--try-index",
        action="store_true",
        help="then build the candidate index in the benchmark's database and report again",
    )
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", type=Path, help="also write every figure to this file")
    parser.add_argument("--keep", action="store_true", help="keep the work directory")
    args = parser.parse_args()
    if args.teams < 1 or args.scale <= 0:
        parser.error("--teams must be at least 1 and --scale above 0")
    work = Path(tempfile.mkdtemp(prefix="fallakte-exportbench-"))
    log(f"Fallakte export benchmark in {work}")
    begun = time.perf_counter()
    try:
        if args.database_url:
            out = benchmark(args, args.database_url, work)
        else:
            with fresh_pg_database() as url:
                out = benchmark(args, url, work)
        out["total_seconds"] = time.perf_counter() - begun
        summary(out)
        log(f"total benchmark time {out['total_seconds']:.0f} s")
        if args.json:
            args.json.write_text(json.dumps(out, indent=2, default=str))
        # A measurement that failed fails the run; slow figures never do.
        results = [v for v in out.values() if isinstance(v, dict)] + out["memory_steps"]
        return 1 if any("error" in r for r in results) else 0
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
