"""The server set in a fresh venv, as the admin guide installs it: no Qt, and it serves (issue 14).

The project's wheel (built once) goes into an empty venv, first without extras (both programs
must name what is missing), then with `[server]`. That venv's `fallakte-server` migrates a
database and runs; two devices of this test venv enrol and sync a record through it.
pip finds every dependency in its cache or the local index; about 15 s in all.
"""

import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.services import records
from app.store.store import Store
from sync.client import SyncClient
from sync.credentials import load_token
from sync.engine import sync_once
from sync.enrolment import enroll
from sync.server.ops.process import ServerProcess
from tests.conftest import FAST_KDF
from tests.sync.conftest import database_url  # noqa: F401  (the fixture: SQLite and PostgreSQL)

pytestmark = pytest.mark.slow

PASSWORD = "server-pass-1"


@dataclass
class ServerVenv:
    root: Path
    without_extras: dict[str, subprocess.CompletedProcess[str]]  # program -> `--version` run
    install_seconds: float
    size_mib: float

    def program(self, name: str) -> Path:
        return self.root / "bin" / name

    def run(self, *args: str, env: dict[str, str] | None = None, cwd: Path | None = None):
        return subprocess.run(
            list(args),
            cwd=cwd or self.root,
            env=_clean_env(env),
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=120,
        )


def _clean_env(extra: dict[str, str] | None = None) -> dict[str, str]:
    # Nothing of this test run leaks in: no FALLAKTE_ settings, no PYTHONPATH to the source tree.
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("FALLAKTE_") and k not in ("PYTHONPATH", "PYTHONHOME")
    }
    return {**env, "PYTHONNOUSERSITE": "1", **(extra or {})}


def _pip(venv: Path, *requirements: str) -> None:
    # This venv's pip installs into the other one (pip --python): the fresh venv needs no pip.
    pip = [sys.executable, "-m", "pip", "--python", str(venv / "bin" / "python")]
    done = subprocess.run(
        [*pip, "install", "--quiet", *requirements],
        capture_output=True,
        text=True,
        timeout=300,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def _size_mib(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()) / (1024 * 1024)


@pytest.fixture(scope="module")
def server_venv(project_wheel, tmp_path_factory) -> ServerVenv:
    root = tmp_path_factory.mktemp("server-venv") / "venv"
    started = time.monotonic()
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(root)], check=True)
    _pip(root, str(project_wheel.path))
    venv = ServerVenv(root, {}, 0.0, 0.0)
    for program in ("fallakte", "fallakte-server"):
        venv.without_extras[program] = venv.run(str(venv.program(program)), "--version")
    _pip(root, f"{project_wheel.path}[server]")
    venv.install_seconds = time.monotonic() - started
    venv.size_mib = _size_mib(root)
    print(f"\nserver set: {venv.size_mib:.0f} MiB installed in {venv.install_seconds:.1f} s")
    return venv


def test_without_an_extra_each_program_names_the_one_it_needs(server_venv):
    for program, extra in (("fallakte", "desktop"), ("fallakte-server", "server")):
        result = server_venv.without_extras[program]
        assert result.returncode == 1, result.stderr
        (line,) = result.stderr.splitlines()
        assert line.startswith(f"{program}: ") and f"pip install 'fallakte[{extra}]'" in line
        assert "Traceback" not in result.stderr


def test_the_server_set_holds_no_qt_and_runs_from_the_venv(server_venv, tmp_path):
    python = str(server_venv.program("python"))
    qt = server_venv.run(python, "-c", "import PySide6", cwd=tmp_path)
    assert qt.returncode == 1 and "No module named 'PySide6'" in qt.stderr
    where = server_venv.run(python, "-c", "import sync; print(sync.__file__)", cwd=tmp_path)
    assert where.stdout.startswith(str(server_venv.root)), where.stdout + where.stderr
    # The desktop set is absent as a whole, and so says the desktop's program.
    assert server_venv.run(str(server_venv.program("fallakte")), "--version").returncode == 1
    assert server_venv.size_mib < 300, "Qt alone is about 230 MiB"


def test_the_server_set_migrates_runs_and_syncs_devices(server_venv, database_url, tmp_path):  # noqa: F811
    server_cli = str(server_venv.program("fallakte-server"))
    migrated = server_venv.run(server_cli, "--database-url", database_url, "migrate")
    assert migrated.returncode == 0 and "is up to date" in migrated.stdout, migrated.stderr
    team = server_venv.run(server_cli, "--database-url", database_url, "team", "add", "nord")
    assert team.returncode == 2  # --name is required: argparse's usage error, no traceback
    for args in (
        ("team", "add", "nord", "--name", "Nord"),
        ("user", "add", "anna", "--team", "nord", "--role", "counsellor"),
        ("user", "add", "ben", "--team", "nord", "--role", "lead"),
    ):
        done = server_venv.run(
            server_cli, "--database-url", database_url, *args,
            env={"FALLAKTE_USER_PASSWORD": PASSWORD},
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
    server = ServerProcess(
        database_url=database_url,
        home=tmp_path / "server",
        program=[server_cli],
        env={"PYTHONNOUSERSITE": "1"},
    )
    server.start()
    stores: list[Store] = []
    try:
        for name in ("anna", "ben"):
            store, _ = Store.init(tmp_path / name, "device-pass-1", actor=name, kdf=FAST_KDF)
            stores.append(store)
            enroll(store, server_url=server.url, username=name, password=PASSWORD)
        anna, ben = stores
        household = records.create(
            anna, entity="household", data={"label": "Familie Aydın", "site": "ATR"}
        )
        for store in (anna, ben):
            client = SyncClient(server.url, load_token(store), attempts=2, backoff=0.05)
            try:
                sync_once(store, client)
            finally:
                client.close()
        assert records.get(ben, entity="household", record_id=household.id).label == "Familie Aydın"
    finally:
        for store in stores:
            store.close()
        server.stop()
    assert "Traceback" not in server.log_tail(100_000)
