"""Store benchmark: import, unlock, save and search on the 20k-person dataset, next to raw SQLCipher.

Run: .venv/bin/python bench/store.py [--persons 20000] [--seed 1]
Prints figures and their ratio to raw sqlcipher3 measured in the same run;
it never passes or fails on time.
"""

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

import sqlcipher3

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.domain.registry import ENTITIES, model_for
from app.services.consultations import record_consultation
from app.services.demo_data import generate
from app.services.formats import write_jsonl
from app.services.importing import import_file
from app.services.records import find
from app.services.search import search
from app.store.keys import KeyFile, calibrate, derive
from app.store.store import DB_FILE, Store
from app.store.tables import metadata

PASSWORD = "benchmark password"


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:8.2f} ms"


def raw_insert(path: Path, rows: list[tuple[str, dict]]) -> float:
    """The physical limit: sqlcipher3 executemany of the same rows, raw key, one transaction."""
    import json

    from sqlalchemy import create_engine
    from sqlalchemy.schema import CreateTable

    key = os.urandom(32)
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    dialect = create_engine("sqlite://").dialect
    for table in metadata.sorted_tables:
        if table.name in ENTITIES:
            conn.execute(str(CreateTable(table).compile(dialect=dialect)))
    by_entity: dict[str, list[tuple]] = {}
    columns = {e: ["id", *model_for(e).field_names(), "clocks"] for e in ENTITIES}
    for entity, data in rows:
        values = [data.get(c) for c in columns[entity][:-1]] + ['{"*":"0000000000000-00000-x"}']
        by_entity.setdefault(entity, []).append(
            tuple(json.dumps(v) if isinstance(v, list) else v for v in values)
        )
    started = time.perf_counter()
    conn.execute("BEGIN")
    for entity, values in by_entity.items():
        cols = columns[entity]
        marks = ",".join("?" * len(cols))
        conn.executemany(f'INSERT INTO "{entity}" ({",".join(cols)}) VALUES ({marks})', values)
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - started
    conn.close()
    return elapsed


def raw_same_volume(store_dir: Path, target: Path) -> tuple[float, int]:
    """Raw executemany of every row the import wrote (records, outbox, audit, search), same schema.

    This is the physical limit for the import's write volume, as opposed to the
    entity rows alone.
    """
    from app.store import search

    data_key = KeyFile.load(store_dir / "keys.json").unlock(PASSWORD)
    source = sqlcipher3.connect(str(store_dir / DB_FILE))
    source.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
    schema = [
        sql
        for (name, sql) in source.execute(
            "SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL"
        )
        if not name.startswith("search_fts_") and not name.startswith("sqlite_")
    ]
    tables = [
        name
        for (name,) in source.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'search_fts%' "
            "AND name NOT LIKE 'sqlite_%'"
        )
    ]
    data = {t: source.execute(f'SELECT * FROM "{t}"').fetchall() for t in tables}
    fts_rows = []
    for entity in search.INDEXED:
        names = [d[1] for d in source.execute(f'PRAGMA table_info("{entity}")')]
        for values in data[entity]:
            row = dict(zip(names, values, strict=True))
            for key, value in row.items():
                if isinstance(value, str) and value.startswith("["):
                    import json

                    row[key] = json.loads(value)
            fts_rows.append(search.document(entity, row))
    source.close()
    key = os.urandom(32)
    conn = sqlcipher3.connect(str(target), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    for sql in schema:
        conn.execute(sql)
    started = time.perf_counter()
    conn.execute("BEGIN")
    total = 0
    for table, rows in data.items():
        if rows:
            marks = ",".join("?" * len(rows[0]))
            conn.executemany(f'INSERT INTO "{table}" VALUES ({marks})', rows)
            total += len(rows)
    conn.executemany(
        "INSERT INTO search_fts (rowid, title, body) VALUES (?, ?, ?)",
        [(i + 1, title, body) for i, (title, body) in enumerate(fts_rows)],
    )
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - started
    conn.close()
    return elapsed, total + len(fts_rows)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--persons", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="fallakte-bench-"))
    print(f"Fallakte store benchmark — {args.persons} persons, seed {args.seed}, in {work}")

    started = time.perf_counter()
    rows = list(
        generate(persons=args.persons, seed=args.seed, counsellors=("bench",), prefix="BEN")
    )
    counts = {e: sum(1 for r in rows if r[0] == e) for e in ENTITIES}
    print(
        f"generated {len(rows)} records in {time.perf_counter() - started:.1f} s: "
        + ", ".join(f"{n} {e}" for e, n in counts.items() if n)
    )
    source = work / "dataset.jsonl"
    write_jsonl(source, rows)

    raw_seconds = raw_insert(work / "raw.db", rows)
    raw_rate = len(rows) / raw_seconds

    kdf = calibrate()
    store, _ = Store.init(work / "store", PASSWORD, actor="bench", kdf=kdf, site="ATR")
    started = time.perf_counter()
    report = import_file(store, path=source)
    import_seconds = time.perf_counter() - started
    import_rate = (report.created + report.updated) / import_seconds
    store.close()
    volume_seconds, volume_rows = raw_same_volume(work / "store", work / "raw-volume.db")

    keys = KeyFile.load(work / "store" / "keys.json")
    kdf_times, unlock_times = [], []
    for _ in range(3):
        t0 = time.perf_counter()
        derive(PASSWORD, keys.password_salt, keys.kdf)
        kdf_times.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        store = Store.unlock(work / "store", PASSWORD)
        find(store, entity="person", order_by=("family_name",), limit=50)
        unlock_times.append(time.perf_counter() - t0)
        store.close()
    kdf_s, unlock_s = statistics.median(kdf_times), statistics.median(unlock_times)

    store = Store.unlock(work / "store", PASSWORD)
    rng = random.Random(args.seed)
    cases = [d for e, d in rows if e == "case"]
    persons = [d for e, d in rows if e == "person"]
    saves = []
    for i in range(500):
        case = rng.choice(cases)
        t0 = time.perf_counter()
        record_consultation(
            store,
            data={
                "case_id": case["id"],
                "held_on": date.today(),
                "duration_minutes": 30,
                "topics": ["return_options"],
                "notes": f"Benchmark-Gespräch {i}: Rückkehroptionen und Reisedokumente besprochen.",
            },
        )
        saves.append(time.perf_counter() - t0)

    queries = {
        "names": [rng.choice(persons)["family_name"][: rng.randint(3, 8)] for _ in range(200)],
        "case numbers": [rng.choice(cases)["reference"] for _ in range(200)],
        "notes": [
            rng.choice(
                [
                    "Botschaft",
                    "Reisepass",
                    "Rückkehr",
                    "StarthilfePlus",
                    "Wohnung",
                    "Familie",
                    "Termin",
                    "Ausländerbehörde",
                    "psychosozial",
                    "Flug",
                ]
            )
            for _ in range(200)
        ],
    }
    search_times: dict[str, list[float]] = {}
    for kind, items in queries.items():
        search_times[kind] = []
        for query in items:
            t0 = time.perf_counter()
            search(store, query=query, limit=50)
            search_times[kind].append(time.perf_counter() - t0)
    store.close()
    size = sum(p.stat().st_size for p in (work / "store").glob(DB_FILE + "*"))
    raw_size = sum(p.stat().st_size for p in work.glob("raw.db*"))

    print()
    print(
        f"raw sqlcipher3 executemany      {raw_rate:10,.0f} records/s  ({raw_seconds:.2f} s)  = 1.00"
    )
    print(
        f"import (validate+outbox+audit+fts) {import_rate:7,.0f} records/s  ({import_seconds:.2f} s)"
        f"  = {import_rate / raw_rate:.2f} of raw   [budget >= 0.25]"
    )
    print(
        f"raw executemany of the import's whole write volume ({volume_rows:,} rows incl. outbox, "
        f"audit, search): {volume_seconds:.2f} s = {len(rows) / volume_seconds:,.0f} records/s;"
        f" import = {import_rate / (len(rows) / volume_seconds):.2f} of that"
    )
    print(f"key derivation (argon2id t={kdf.time_cost} m={kdf.memory_kib // 1024} MiB) {ms(kdf_s)}")
    print(
        f"unlock + first list beyond KDF  {ms(unlock_s - kdf_s)}   [budget < 1000 ms, target < 300 ms]"
    )
    print(
        f"save consultation p50 / p95     {ms(pct(saves, 0.5))} / {ms(pct(saves, 0.95))}   [budget p95 < 10 ms]"
    )
    for kind, times in search_times.items():
        print(
            f"search {kind:<13} p50 / p95 {ms(pct(times, 0.5))} / {ms(pct(times, 0.95))}   [budget p95 < 20 ms]"
        )
    print(
        f"database size                   {size / 1e6:8.1f} MB  (raw rows only: {raw_size / 1e6:.1f} MB, "
        f"ratio {size / raw_size:.2f})"
    )


if __name__ == "__main__":
    main()
