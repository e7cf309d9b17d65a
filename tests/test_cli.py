"""The `fallakte` command as a user or a script runs it: real processes, real files."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

PASSWORD = "cli-password-1"


def run(data_dir: Path, *args: str, password: str | None = PASSWORD, env: dict | None = None):
    environ = {k: v for k, v in os.environ.items() if not k.startswith("FALLAKTE_")}
    if password is not None:
        environ["FALLAKTE_PASSWORD"] = password
    environ.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "ui.launcher", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        env=environ,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )


@pytest.fixture
def home(tmp_path: Path) -> Path:
    result = run(
        tmp_path / "s",
        "init",
        "--user",
        "anna",
        "--site",
        "ATR",
        "--kdf-time-cost",
        "1",
        "--kdf-memory-mib",
        "8",
    )
    assert result.returncode == 0, result.stderr
    return tmp_path / "s"


def test_init_prints_the_recovery_key_once(tmp_path):
    result = run(tmp_path / "s", "init", "--kdf-time-cost", "1", "--kdf-memory-mib", "8")
    assert result.returncode == 0
    key = next(line.strip() for line in result.stdout.splitlines() if line.count("-") == 7)
    assert len(key) == 39
    assert key not in (tmp_path / "s" / "keys.json").read_text()
    again = run(tmp_path / "s", "init")
    assert again.returncode == 1 and "already" in again.stderr


def test_status_as_json(home):
    result = run(home, "status", "--json")
    assert result.returncode == 0, result.stderr
    info = json.loads(result.stdout)
    assert info["actor"] == "anna" and info["unsynced_changes"] == 0


def test_wrong_password_is_one_line_exit_1_no_traceback(home):
    result = run(home, "status", password="nope-nope")
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "wrong password" in result.stderr
    assert "Traceback" not in result.stderr


def test_no_password_and_no_terminal_is_a_clear_error(home):
    result = run(home, "status", password=None)
    assert result.returncode == 1 and "FALLAKTE_PASSWORD" in result.stderr


def test_usage_errors_exit_2(home):
    assert run(home, "import").returncode == 2
    assert run(home, "frobnicate").returncode == 2


def test_password_file_passwd_and_recover(home, tmp_path):
    pw_file = tmp_path / "pw"
    pw_file.write_text(PASSWORD + "\n")
    assert run(home, "--password-file", str(pw_file), "status", password=None).returncode == 0
    changed = run(home, "passwd", env={"FALLAKTE_NEW_PASSWORD": "second-password"})
    assert changed.returncode == 0, changed.stderr
    assert run(home, "status").returncode == 1
    assert run(home, "status", password="second-password").returncode == 0
    bad_key = tmp_path / "rk"
    bad_key.write_text("AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA")
    result = run(
        home,
        "recover",
        "--recovery-key-file",
        str(bad_key),
        env={"FALLAKTE_NEW_PASSWORD": "third-password"},
    )
    assert result.returncode == 1 and "recovery key" in result.stderr


def test_recover_with_the_printed_key(tmp_path):
    init = run(tmp_path / "s", "init", "--kdf-time-cost", "1", "--kdf-memory-mib", "8")
    key = next(line.strip() for line in init.stdout.splitlines() if line.count("-") == 7)
    (tmp_path / "rk").write_text(key)
    result = run(
        tmp_path / "s",
        "recover",
        "--recovery-key-file",
        str(tmp_path / "rk"),
        env={"FALLAKTE_NEW_PASSWORD": "fresh-password"},
    )
    assert result.returncode == 0, result.stderr
    assert run(tmp_path / "s", "status", password="fresh-password").returncode == 0


def test_import_errors_name_lines_and_export_round_trips(home, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("family_name,birth_date\nGut,1990\nSchlecht,1990-02-31\n", "utf-8")
    result = run(home, "import", str(bad), "--entity", "person")
    assert result.returncode == 1
    assert "line 3" in result.stderr and "Schlecht" not in result.stderr
    ok = run(home, "import", str(bad), "--entity", "person", "--skip-invalid")
    assert ok.returncode == 0 and "created 1" in ok.stdout
    out = tmp_path / "out.jsonl"
    assert run(home, "export", "-o", str(out)).returncode == 0
    assert json.loads(out.read_text().splitlines()[0])["family_name"] == "Gut"


def test_demo_data_search_and_agenda(home):
    result = run(home, "demo-data", "--persons", "60", "--seed", "3")
    assert result.returncode == 0, result.stderr
    status = json.loads(run(home, "status", "--json").stdout)
    assert status["counts"]["person"] == 60 and status["counts"]["consultation"] > 100
    assert run(home, "search", "Botschaft").returncode == 0
    assert run(home, "agenda").returncode == 0


def test_missing_import_file_is_a_user_error(home, tmp_path):
    result = run(home, "import", str(tmp_path / "nope.jsonl"))
    assert result.returncode == 1 and "not found" in result.stderr


def test_report_over_the_device_data(home, tmp_path):
    assert run(home, "demo-data", "--persons", "40").returncode == 0
    target = tmp_path / "bericht.json"
    result = run(home, "report", "--from", "2000-01-01", "--to", "2099-12-31", "-o", str(target))
    assert result.returncode == 0, result.stderr
    report = json.loads(target.read_text("utf-8"))
    assert report["indicators"] and report["period"]["from"] == "2000-01-01"
    # A bare count of 1 to 4 never appears: small cells are the text "<5".
    counts = [
        row["count"]
        for indicator in report["indicators"]
        for breakdown in indicator["breakdowns"]
        for row in breakdown["rows"]
    ]
    assert not [c for c in counts if isinstance(c, int) and 1 <= c <= 4]
    pdf = tmp_path / "bericht.pdf"
    result = run(home, "report", "--from", "2026-01-01", "--to", "2026-12-31", "-o", str(pdf))
    assert result.returncode == 0, result.stderr
    assert pdf.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--from", "2026-02-01", "--to", "2026-01-01", "-o", "r.json"), "after it ends"),
        (("--from", "2026-01-01", "--to", "2026-01-31", "-o", "r.txt"), "--format"),
    ],
)
def test_report_refuses_bad_input_clearly(home, tmp_path, args, message):
    result = run(home, "report", *args)
    assert result.returncode == 1 and message in result.stderr
    assert "Traceback" not in result.stderr
