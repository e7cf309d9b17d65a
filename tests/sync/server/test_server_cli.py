"""`fallakte-server` administration through real processes: teams, users, device list and revoke."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.domain.ids import new_id
from sync.server.accounts.admin import list_devices
from sync.server.accounts.devices import enroll
from sync.server.ops.cli import main
from sync.server.storage.db import make_engine

ROOT = Path(__file__).resolve().parents[3]


def server_cli(database_url, *args, password=None):
    env = {k: v for k, v in os.environ.items() if not k.startswith("FALLAKTE_")}
    if password is not None:
        env["FALLAKTE_USER_PASSWORD"] = password
    return subprocess.run(
        [sys.executable, "-m", "sync.server.ops.cli", "--database-url", database_url, *args],
        cwd=ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_team_user_device_list_and_revoke(database_url):
    assert server_cli(database_url, "migrate").returncode == 0
    added = server_cli(database_url, "team", "add", "nord", "--name", "Team Nord")
    assert (added.returncode, added.stderr) == (0, "")
    password = "Sommer-2026-lang"
    user = server_cli(
        database_url, "user", "add", "anna", "--team", "nord", "--role", "lead", password=password
    )
    assert user.returncode == 0, user.stderr
    assert password not in user.stdout + user.stderr

    engine = make_engine(database_url)
    try:
        device_id = new_id()
        enrolment = enroll(
            engine, username="anna", password=password, device_id=device_id, device_name="Laptop 3"
        )
        listed = server_cli(database_url, "device", "list", "--json")
        assert listed.returncode == 0, listed.stderr
        (device,) = json.loads(listed.stdout)
        assert (device["id"], device["username"], device["state"]) == (device_id, "anna", "active")
        assert device["prefix"] == enrolment.prefix
        assert enrolment.token not in listed.stdout

        revoked = server_cli(
            database_url, "device", "revoke", device_id, "--wipe", "--reason", "lost"
        )
        assert revoked.returncode == 0, revoked.stderr
        (info,) = list_devices(engine)
        assert (info.wipe, info.revoke_reason, info.revoked_at is not None) == (True, "lost", True)
        text = server_cli(database_url, "device", "list")
        assert device_id in text.stdout and "revoked+wipe" in text.stdout
    finally:
        engine.dispose()


def test_user_errors_are_one_line_and_exit_1(tmp_path, capsys, monkeypatch):
    url = f"sqlite:///{tmp_path / 'server.db'}"
    assert main(["--database-url", url, "team", "add", "nord", "--name", "Nord"]) == 0
    capsys.readouterr()
    cases = [
        ["team", "add", "nord", "--name", "again"],
        ["device", "revoke", new_id()],
        ["user", "add", "anna", "--team", "süd", "--role", "counsellor"],
    ]
    monkeypatch.setenv("FALLAKTE_USER_PASSWORD", "long-enough-1")
    for args in cases:
        assert main(["--database-url", url, *args]) == 1
        err = capsys.readouterr().err
        assert err.startswith("fallakte-server: ") and err.count("\n") == 1
    monkeypatch.setenv("FALLAKTE_USER_PASSWORD", "short")
    add_user = ["user", "add", "x", "--team", "nord", "--role", "lead"]
    assert main(["--database-url", url, *add_user]) == 1
    assert "too short" in capsys.readouterr().err


def test_no_password_and_no_terminal_is_a_clear_error(tmp_path):
    url = f"sqlite:///{tmp_path / 'server.db'}"
    assert server_cli(url, "team", "add", "nord", "--name", "Nord").returncode == 0
    result = server_cli(url, "user", "add", "anna", "--team", "nord", "--role", "counsellor")
    assert result.returncode == 1
    assert "FALLAKTE_USER_PASSWORD" in result.stderr


@pytest.mark.parametrize(
    "args", [[], ["team"], ["user", "add", "x", "--team", "t", "--role", "boss"], ["frobnicate"]]
)
def test_usage_errors_exit_2(tmp_path, args, capsys):
    url = f"sqlite:///{tmp_path / 'server.db'}"
    try:
        code = main(["--database-url", url, *args])
    except SystemExit as exc:
        code = exc.code
    assert code == 2


def test_an_invalid_database_url_is_a_user_error(capsys):
    assert main(["--database-url", "mysql://x@y/z", "migrate"]) == 1
    assert "unsupported database" in capsys.readouterr().err
