"""Smoke-test a built desktop bundle (dist/fallakte) the way a counsellor's laptop would run it.

    make bundle-check                       # after make bundle
    python installer/bundle_check.py [dist/fallakte] [--no-sync]

Everything runs the frozen program, never the source tree, on throw-away data in a temporary
folder: --version (against pyproject's version), init + import of a small JSON Lines file +
search + demo-data + export to JSON Lines and XLSX + the indicator report as XLSX and PDF +
status --json, then the desktop app
offscreen on the unlock screen (existing store) and on the first-run wizard (empty folder),
and - unless --no-sync - enrol and sync against a local fallakte-server (from this Python
environment) on a SQLite file. Prints the bundle's size and start-up times; exits non-zero
on the first failure. Works on Linux and on Windows (there it runs fallakte-cli.exe).
"""

import argparse
import json
import os
import platform
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import tomllib
import zipfile
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "bundle-check-Passwort-1"  # noqa: S105 (throw-away stores only)
FAST_KDF = ["--kdf-time-cost", "1", "--kdf-memory-mib", "8"]
# Modules a counsellor's bundle must not carry (the server, test tools, Tk).
FORBIDDEN = ("fastapi", "uvicorn", "starlette", "psycopg", "pytest", "hypothesis", "schemathesis")
FORBIDDEN_PREFIXES = ("sync.server", "tkinter")

PEOPLE = [
    {
        "entity": "household",
        "id": "0190a000-0000-7000-8000-000000000001",
        "label": "Familie Müller",
        "site": "ATR",
    },
    {
        "entity": "household",
        "id": "0190a000-0000-7000-8000-000000000002",
        "label": "Haddad, Rami",
        "site": "ATR",
    },
    {
        "entity": "person",
        "id": "0190a000-0000-7000-8000-000000000011",
        "household_id": "0190a000-0000-7000-8000-000000000001",
        "family_name": "Müller",
        "given_names": "Jürgen",
        "nationality": "DEU",
    },
    {
        "entity": "person",
        "id": "0190a000-0000-7000-8000-000000000012",
        "household_id": "0190a000-0000-7000-8000-000000000002",
        "family_name": "Haddad",
        "given_names": "Rami",
        "nationality": "SYR",
    },
]


class CheckFailed(Exception):
    pass


class Bundle:
    def __init__(self, dist: Path, work: Path) -> None:
        windows = platform.system() == "Windows"
        # On Windows fallakte.exe is windowed (no console output); the checks use the console twin.
        self.program = dist / ("fallakte-cli.exe" if windows else "fallakte")
        self.extra = [dist / "fallakte.exe"] if windows else []
        self.env = {
            **os.environ,
            "FALLAKTE_PASSWORD": PASSWORD,
            "FALLAKTE_NEW_PASSWORD": PASSWORD,
            "FALLAKTE_CONFIG_DIR": str(work / "config"),
            "QT_QPA_PLATFORM": "offscreen",
        }
        for name in ("FALLAKTE_HOME", "FALLAKTE_RESOURCES", "PYTHONPATH", "PYTHONHOME"):
            self.env.pop(name, None)
        self.work = work

    def run(self, *args: str, timeout: float = 120, **env: str) -> tuple[str, float]:
        started = time.perf_counter()
        proc = subprocess.run(
            [str(self.program), *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            env={**self.env, **env},
            cwd=self.work,
            timeout=timeout,
            check=False,
        )
        seconds = time.perf_counter() - started
        if proc.returncode != 0:
            raise CheckFailed(
                f"`fallakte {' '.join(args)}` exited {proc.returncode}\n"
                f"stdout: {proc.stdout[-2000:]}\nstderr: {proc.stderr[-2000:]}"
            )
        problems = [
            line
            for line in proc.stderr.splitlines()
            if "Traceback" in line or "Could not load the Qt platform plugin" in line
        ]
        if problems:
            raise CheckFailed(f"`fallakte {' '.join(args)}` reported: {problems}\n{proc.stderr}")
        return proc.stdout, seconds

    def best_of(self, times: int, *args: str) -> float:
        return min(self.run(*args)[1] for _ in range(times))


def size_mib(folder: Path) -> float:
    total = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return total / 2**20


def bundled_modules(program: Path) -> list[str] | None:
    """The Python modules frozen into the program, or None without PyInstaller here."""
    try:
        from PyInstaller.archive.readers import pkg_archive_contents
    except ImportError:
        return None
    return list(pkg_archive_contents(str(program)))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def listening(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=1):
            return True
    except OSError:
        return False


def server(*args: str) -> list[str]:
    return [sys.executable, "-m", "sync.server.ops.cli", *args]


def check_upgrade(bundle: Bundle, folder: Path) -> str:
    """A store at the previous schema revision (made by this source tree) migrates in the bundle."""
    from functools import partial

    if str(ROOT) not in sys.path:  # this source tree, not a copy installed without resources/
        sys.path.insert(0, str(ROOT))
    from alembic.script import ScriptDirectory
    from sqlalchemy import MetaData, inspect

    from app.services import records
    from app.store import migrate
    from app.store.engine import make_engine
    from app.store.keys import KdfParams, KeyFile
    from app.store.store import DB_FILE, Store
    from app.store.tables import entity_tables

    head = ScriptDirectory.from_config(migrate.config()).get_revision(migrate.HEAD)
    previous = head.down_revision if head is not None else None
    if not isinstance(previous, str):
        return f"skipped: {migrate.HEAD} is the first revision"
    original = migrate.upgrade
    migrate.upgrade = partial(original, target=previous)  # Store.init as the last release did it
    replaced: dict[str, Any] = {}
    try:
        store, _ = Store.init(folder, PASSWORD, actor="anna", kdf=KdfParams(1, 8 * 1024))
        # Written through the tables as that release had them: a later migration may have
        # given today's tables a column (0008: household.merged_into) the old schema lacks.
        with store.read() as conn:
            old = MetaData()
            known = set(inspect(conn).get_table_names())
            old.reflect(conn, only=[name for name in entity_tables if name in known])
        for name, table in old.tables.items():
            if set(table.c.keys()) != set(entity_tables[name].c.keys()):
                replaced[name] = entity_tables[name]
                entity_tables[name] = table
        household = records.create(store, entity="household", data={"label": "Familie Öztürk"})
        store.close()
    finally:
        migrate.upgrade = original
        entity_tables.update(replaced)

    def revision() -> str | None:
        key = KeyFile.load(folder / "keys.json").unlock(PASSWORD)
        engine = make_engine(folder / DB_FILE, key)
        try:
            with engine.connect() as conn:
                return migrate.current_revision(conn)
        finally:
            engine.dispose()

    before = revision()
    out, _ = bundle.run("--data-dir", str(folder), "search", "Oeztuerk")
    after = revision()
    if (before, after) != (previous, migrate.HEAD) or household.id not in out:
        raise CheckFailed(f"upgrade {before} -> {after}, search said: {out}")
    return f"{before} -> {after}, records kept"


def check_sync(bundle: Bundle, store: Path, report: list[tuple[str, str]]) -> None:
    """Enrol the bundled app with a local server from this environment and sync once."""
    work = bundle.work / "server"
    work.mkdir()
    url = f"sqlite:///{(work / 'server.db').as_posix()}"
    env = {
        **os.environ,
        "FALLAKTE_DATABASE_URL": url,
        "FALLAKTE_SERVER_HOME": str(work),
        "FALLAKTE_USER_PASSWORD": PASSWORD,
        "FALLAKTE_RESOURCES": str(ROOT / "resources"),
    }
    for args in (("migrate",), ("team", "add", "team-a", "--name", "Team A")):
        subprocess.run(server(*args), env=env, cwd=ROOT, check=True, capture_output=True)
    subprocess.run(
        server("user", "add", "anna", "--team", "team-a", "--role", "counsellor"),
        env=env,
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    port = free_port()
    log = (work / "server.log").open("w")
    proc = subprocess.Popen(
        server("run", "--port", str(port)), env=env, cwd=ROOT, stdout=log, stderr=log
    )
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while not listening(port):
            if proc.poll() is not None or time.monotonic() > deadline:
                log.flush()
                tail = (work / "server.log").read_text("utf-8", "replace")[-2000:]
                raise CheckFailed(f"the local server did not start:\n{tail}")
            time.sleep(0.2)
        secret = {"FALLAKTE_SERVER_PASSWORD": PASSWORD}
        out, _ = bundle.run(
            "--data-dir", str(store), "enroll", "--server", base, "--user", "anna", **secret
        )
        out, _ = bundle.run("--data-dir", str(store), "sync")
        if not out.startswith("pushed "):
            raise CheckFailed(f"sync said: {out}")

        status = json.loads(bundle.run("--data-dir", str(store), "status", "--json")[0])
        if status["unsynced_changes"] != 0:
            raise CheckFailed(f"after sync, {status['unsynced_changes']} changes are unsynced")
        report.append(("enroll + sync with a local server", f"{out.strip()}"))
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


def check(dist: Path, *, sync: bool) -> list[tuple[str, str]]:
    report: list[tuple[str, str]] = []
    version = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"]
    with tempfile.TemporaryDirectory(
        prefix="fallakte-bundle-check-", ignore_cleanup_errors=True
    ) as tmp:
        work = Path(tmp)
        bundle = Bundle(dist, work)
        for program in (bundle.program, *bundle.extra):
            if not program.is_file():
                raise CheckFailed(f"{program} is missing: run `make bundle` first")
        report.append(("bundle", f"{dist} ({size_mib(dist):.0f} MiB)"))

        modules = bundled_modules(bundle.program)
        if modules is not None:
            bad = [
                m
                for m in modules
                if m.split(".")[0] in FORBIDDEN or m.startswith(FORBIDDEN_PREFIXES)
            ]
            if bad:
                raise CheckFailed(f"the bundle carries modules it must not: {bad[:10]}")
            report.append(("frozen modules", f"{len(modules)}, none of the server or test tools"))

        out, _ = bundle.run("--version")
        if out.strip() != f"fallakte {version}":
            raise CheckFailed(f"--version said {out.strip()!r}, pyproject says {version}")
        report.append(("--version", f"{out.strip()}, {bundle.best_of(3, '--version'):.2f} s"))

        store = work / "store"
        out, seconds = bundle.run("--data-dir", str(store), "init", "--user", "anna", *FAST_KDF)
        if "Recovery key" not in out:
            raise CheckFailed(f"init printed no recovery key: {out}")
        report.append(("init (all migrations via Alembic)", f"{seconds:.2f} s"))

        people = work / "people.jsonl"
        people.write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in PEOPLE), "utf-8"
        )
        out, seconds = bundle.run("--data-dir", str(store), "import", str(people))
        if "created 4" not in out:
            raise CheckFailed(f"import said: {out}")
        report.append(("import of a JSONL file", f"{out.strip()}, {seconds:.2f} s"))

        out, _ = bundle.run("--data-dir", str(store), "search", "Mueller")
        if "Müller" not in out:
            raise CheckFailed(f"search for 'Mueller' did not find Müller: {out}")
        report.append(("search 'Mueller' finds 'Müller'", "ok"))

        out, seconds = bundle.run("--data-dir", str(store), "demo-data", "--persons", "20")
        report.append(("demo-data --persons 20", f"{seconds:.2f} s"))

        exported = work / "export.jsonl"
        bundle.run("--data-dir", str(store), "export", "-o", str(exported))
        lines = [json.loads(line) for line in exported.read_text("utf-8").splitlines()]
        by_id = {r["id"]: r for r in lines}
        for record in PEOPLE:
            got = by_id.get(record["id"], {})
            if any(got.get(k) != v for k, v in record.items()):
                raise CheckFailed(f"export lost or changed {record}: {got}")
        report.append(("export to JSONL", f"{len(lines)} records, the imported ones unchanged"))

        workbook = work / "export.xlsx"
        _, seconds = bundle.run("--data-dir", str(store), "export", "-o", str(workbook))
        with zipfile.ZipFile(workbook) as xlsx:
            sheets = [n for n in xlsx.namelist() if n.startswith("xl/worksheets/")]
        if not sheets:
            raise CheckFailed("the XLSX export holds no worksheet")
        report.append(("export to XLSX", f"{len(sheets)} sheets, {seconds:.2f} s"))

        # The indicator report: definitions, SQL engine, xlsxwriter charts and reportlab's PDF.
        for suffix in ("xlsx", "pdf"):
            target = work / f"report.{suffix}"
            period = ("--from", "2000-01-01", "--to", date.today().isoformat())
            _, seconds = bundle.run("--data-dir", str(store), "report", *period, "-o", str(target))
            magic = target.read_bytes()[:4] if target.exists() else b""
            if magic not in (b"PK\x03\x04", b"%PDF"):
                raise CheckFailed(f"the {suffix} indicator report is not a {suffix} file")
            report.append((f"indicator report as {suffix.upper()}", f"{seconds:.2f} s"))

        status = json.loads(bundle.run("--data-dir", str(store), "status", "--json")[0])
        if status["counts"]["person"] != 22:
            raise CheckFailed(f"status counts {status['counts']}, expected 22 persons")
        report.append(("status --json", f"{status['counts']['person']} persons"))

        revisions = check_upgrade(bundle, work / "old-store")
        report.append(("upgrade: older store unlocked by the bundle", revisions))

        empty = work / "new-laptop"
        empty.mkdir()
        for label, folder in (("unlock screen", store), ("first-run wizard", empty)):
            bundle.run("--data-dir", str(folder), "gui", "--quit-after-ms", "3000")
            first = bundle.best_of(3, "--data-dir", str(folder), "gui", "--quit-after-ms", "1")
            report.append((f"GUI offscreen, {label}", f"exit 0; to first screen {first:.2f} s"))

        if sync:
            check_sync(bundle, store, report)
        if platform.system() == "Linux":
            check_linux_install(dist, work, version, report)
    return report


def check_linux_install(dist: Path, work: Path, version: str, report: list) -> None:
    """install.sh into a throw-away prefix, run the installed command, install again, uninstall."""
    script = dist / "install.sh"
    if not script.is_file():
        raise CheckFailed(f"{script} is missing: the spec copies it there on Linux")
    prefix = work / "prefix"
    for _ in range(2):  # the second run is an upgrade in place
        subprocess.run(
            ["sh", str(script), "--prefix", str(prefix)], check=True, capture_output=True
        )
    command = prefix / "bin" / "fallakte"
    out = subprocess.run([str(command), "--version"], check=True, capture_output=True, text=True)
    if out.stdout.strip() != f"fallakte {version}":
        raise CheckFailed(f"the installed command said {out.stdout!r}")
    entry = (prefix / "share" / "applications" / "fallakte.desktop").read_text("utf-8")
    if f"Exec={prefix}/lib/fallakte/fallakte" not in entry:
        raise CheckFailed(f"the menu entry does not start the installed program:\n{entry}")
    icons = list((prefix / "share" / "icons" / "hicolor").rglob("fallakte.*"))
    subprocess.run(
        ["sh", str(script), "--prefix", str(prefix), "--uninstall"], check=True, capture_output=True
    )
    caches = ("mimeinfo.cache", "icon-theme.cache")  # the desktop's own, rebuilt by install.sh
    left = [p for p in prefix.rglob("*") if p.is_file() and p.name not in caches]
    if left:
        raise CheckFailed(f"--uninstall left {left[:5]}")
    report.append(("install.sh (twice) + --uninstall", f"ok, menu entry and {len(icons)} icons"))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dist", nargs="?", type=Path, default=ROOT / "dist" / "fallakte")
    parser.add_argument("--no-sync", action="store_true", help="skip enrol + sync")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    try:
        report = check(args.dist.resolve(), sync=not args.no_sync)
    except (CheckFailed, subprocess.SubprocessError, OSError) as exc:
        print(f"bundle-check FAILED: {exc}", file=sys.stderr)
        return 1
    width = max(len(what) for what, _ in report)
    for what, result in report:
        print(f"  {what:<{width}}  {result}")
    print(f"bundle-check passed in {time.perf_counter() - started:.0f} s")
    if shutil.which("du") and platform.system() != "Windows":
        subprocess.run(["du", "-sh", str(args.dist)], check=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
