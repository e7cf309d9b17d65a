"""The desktop's new-password fields follow app/password_policy.py, as `fallakte init` does."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app import password_policy
from ui.password_field import NewPasswordFields
from ui.qt import QtWidgets

SAMPLES = ["kurz", "password12", "Ein Satz vom Rhein", "cli-password-1", "qwertyuiop"]


@pytest.fixture
def holder(qtbot) -> QtWidgets.QWidget:
    widget = QtWidgets.QWidget()
    qtbot.addWidget(widget)
    return widget


def _fields(holder: QtWidgets.QWidget, **options) -> NewPasswordFields:
    fields = NewPasswordFields(holder, **options)
    fields.add_to(QtWidgets.QFormLayout(holder))
    holder.show()
    return fields


def _type(qtbot, fields: NewPasswordFields, text: str) -> None:
    fields.clear()
    qtbot.keyClicks(fields.first, text)
    fields.second.setText(text)


def _cli_init(folder: Path, password: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FALLAKTE_")}
    env["FALLAKTE_PASSWORD"] = password
    init = ["init", "--kdf-time-cost", "1", "--kdf-memory-mib", "8"]
    return subprocess.run(
        [sys.executable, "-m", "ui.launcher", "--data-dir", str(folder), *init],
        env=env,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )


def test_the_desktop_and_the_command_line_accept_the_same_passwords(qtbot, holder, tmp_path):
    fields = _fields(holder)
    for number, password in enumerate(SAMPLES):
        _type(qtbot, fields, password)
        rule = password_policy.weakness(password, password_policy.DEVICE_STORE)
        assert (fields.problem() is None) == (rule is None), password
        cli = _cli_init(tmp_path / str(number), password)
        assert (cli.returncode == 0) == (rule is None), cli.stderr
        if rule is not None:
            (line,) = cli.stderr.splitlines()
            assert ("too short" if rule.code == "too_short" else "too easy to guess") in line


def test_a_long_passphrase_is_metered_not_a_crash(qtbot, holder):
    # zxcvbn 4.5 raises ValueError beyond 72 characters; the meter used to pass it 100.
    # (ASCII only: QTest.keyClicks aborts the process on an umlaut.)
    fields = _fields(holder)
    _type(qtbot, fields, "Am Rhein bei Nacht hoert man die Schiffe, wenn der Nebel kommt, " * 2)
    assert fields.meter.value() == 4 and fields.problem() is None


@pytest.mark.parametrize(("text", "ok"), [("pass-word-1", False), ("Sommer-2026-lang", True)])
def test_a_server_password_follows_the_server_rule(qtbot, holder, text, ok):
    fields = _fields(holder, policy=password_policy.SERVER_USER, user_inputs=["anna"])
    _type(qtbot, fields, text)
    assert (fields.problem() is None) is ok
    if not ok:
        assert "12 characters" in (fields.problem() or "")
