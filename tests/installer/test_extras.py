"""Each program names the extra it misses: one line, exit 1, no traceback (issue 14).

Here the missing libraries are hidden from a real interpreter (None in sys.modules is what
Python itself uses for "this import must fail"); test_server_install.py does it for real,
in a fresh venv with only the server set.
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app import extras

ROOT = Path(__file__).resolve().parents[2]


def run_hiding(modules: tuple[str, ...], entry: str, *args: str) -> subprocess.CompletedProcess:
    module, function = entry.split(":")
    code = (
        "import sys\n"
        f"for name in {modules!r}: sys.modules[name] = None\n"
        f"from {module} import {function}\n"
        f"sys.exit({function}({list(args)!r}))\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("FALLAKTE_")}
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.parametrize(
    ("hidden", "entry", "program", "extra"),
    [
        (("PySide6",), "ui.launcher:main", "fallakte", "desktop"),
        (("requests", "keyring"), "ui.launcher:main", "fallakte", "desktop"),
        (("fastapi", "uvicorn"), "sync.server.ops.cli:main", "fallakte-server", "server"),
        (("psycopg",), "sync.server.ops.cli:main", "fallakte-server", "server"),
    ],
)
def test_a_missing_extra_is_one_line_exit_1(hidden, entry, program, extra):
    result = run_hiding(hidden, entry, "--version")
    assert result.returncode == 1, result.stderr
    assert result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"{program}: ")
    assert f"pip install 'fallakte[{extra}]'" in line
    assert all(name in line for name in hidden)
    assert "Traceback" not in result.stderr


def test_with_everything_installed_both_programs_start():
    for entry in ("ui.launcher:main", "sync.server.ops.cli:main"):
        result = run_hiding((), entry, "--version")
        assert result.returncode == 0, result.stderr


def test_the_check_only_looks_modules_up(monkeypatch):
    monkeypatch.setitem(sys.modules, "fastapi", None)
    assert extras.missing_modules(("fastapi", "json", "no_such_module_here")) == [
        "fastapi",
        "no_such_module_here",
    ]
    with pytest.raises(extras.ExtraMissing) as missing:
        extras.check(extras.SERVER)
    assert missing.value.missing == ("fastapi",)
