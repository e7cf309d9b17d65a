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


def test_a_new_password_meets_the_desktops_rule_or_is_refused_with_the_reason(home):
    for weak, reason in (("kurz-1", "at least 10 characters"), ("password12", "too easy")):
        refused = run(home, "passwd", env={"FALLAKTE_NEW_PASSWORD": weak})
        assert refused.returncode == 1
        (line,) = refused.stderr.splitlines()
        assert reason in line and weak not in line
    assert run(home, "status").returncode == 0  # the old password still opens the store


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
    assert status["counts"]["person"] == 60 and status["counts"]["consultation"] > 40
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


def run_into_closed_pipe(data_dir: Path, *args: str, module: str = "ui.launcher"):
    """Run with stdout a pipe whose reader is already gone, as `fallakte … | head -1` ends up."""
    environ = {k: v for k, v in os.environ.items() if not k.startswith("FALLAKTE_")}
    environ["FALLAKTE_PASSWORD"] = PASSWORD
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        return subprocess.run(
            [sys.executable, "-m", module, *args],
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            env=environ,
            stdin=subprocess.DEVNULL,
            timeout=120,
        )
    finally:
        os.close(write_end)


@pytest.fixture(scope="module")
def busy_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("busy") / "s"
    init = run(home, "init", "--user", "anna", "--site", "ATR", *_FAST)
    assert init.returncode == 0, init.stderr
    assert run(home, "demo-data", "--persons", "120", "--seed", "7").returncode == 0
    return home


_FAST = ("--kdf-time-cost", "1", "--kdf-memory-mib", "8")


@pytest.mark.parametrize(
    "command",
    [
        ("agenda",),
        ("agenda", "--all"),
        ("search", "a", "--limit", "200"),
        ("status",),
        ("status", "--json"),
        ("conflicts",),
        ("duplicates", "--minimum", "0"),
        ("--help",),
    ],
)
def test_a_listing_into_a_closed_pipe_stops_quietly(busy_home: Path, command: tuple[str, ...]):
    """Issue 13: `fallakte agenda | head -1` ended with exit 70 and a BrokenPipeError."""
    result = run_into_closed_pipe(busy_home, "--data-dir", str(busy_home), *command)
    assert result.returncode in (0, 141), result.stderr
    assert result.stderr == ""


@pytest.mark.parametrize(
    "command", [("device", "list"), ("device", "list", "--json"), ("--help",), ("user", "--help")]
)
def test_a_server_listing_into_a_closed_pipe_stops_quietly(tmp_path: Path, command):
    environ = {k: v for k, v in os.environ.items() if not k.startswith("FALLAKTE_")}
    environ["FALLAKTE_DATABASE_URL"] = f"sqlite:///{tmp_path / 'server.db'}"
    migrate = subprocess.run(
        [sys.executable, "-m", "sync.server.ops.cli", "migrate"],
        capture_output=True,
        env=environ,
        timeout=120,
    )
    assert migrate.returncode == 0, migrate.stderr
    from sync.server.accounts import admin
    from sync.server.accounts.devices import enroll
    from sync.server.storage.db import make_engine

    engine = make_engine(environ["FALLAKTE_DATABASE_URL"])
    try:
        admin.add_team(engine, team_id="t1", name="T")
        admin.add_user(engine, username="u", password="pw-long-enough-1", team_id="t1", role="lead")
        for n in range(3):
            enroll(
                engine,
                username="u",
                password="pw-long-enough-1",
                device_id=f"0192f5a0-0000-7000-8000-00000000000{n}",
                device_name=f"Laptop {n}",
            )
    finally:
        engine.dispose()
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        result = subprocess.run(
            [sys.executable, "-m", "sync.server.ops.cli", *command],
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            env=environ,
            timeout=120,
        )
    finally:
        os.close(write_end)
    assert result.returncode in (0, 141), result.stderr
    assert result.stderr == ""


def test_agenda_says_how_many_it_did_not_show(busy_home: Path):
    shown = run(busy_home, "agenda", "--limit", "1")
    assert shown.returncode == 0, shown.stderr
    lists = [line for line in shown.stdout.splitlines() if not line.startswith(" ")]
    totals = [int(line.rsplit(":", 1)[1]) for line in lists]
    assert min(totals) > 1, "the demo data should have more follow-ups than the limit"
    for total in totals:
        assert f"… {total - 1} weitere / more not shown (--all shows them all)" in shown.stdout
    everything = run(busy_home, "agenda", "--all")
    listed = [line for line in everything.stdout.splitlines() if line.startswith("  ")]
    assert len(listed) == sum(totals) and "not shown" not in everything.stdout


def test_status_names_the_user_and_the_role_the_server_gave(busy_home: Path):
    plain = run(busy_home, "status")
    assert "counsellor" not in plain.stdout and "not enrolled" in plain.stdout
    assert "anna" in plain.stdout


def test_import_refuses_a_likely_duplicate_by_default(home, tmp_path):
    first = tmp_path / "first.csv"
    first.write_text("family_name,given_names,birth_date\nAvcı,Mehmet,1987-03-14\n", "utf-8")
    assert run(home, "import", str(first), "--entity", "person").returncode == 0
    again = tmp_path / "again.csv"
    again.write_text("family_name,given_names,birth_date\nAwdschi,Mehmet,1987\n", "utf-8")
    refused = run(home, "import", str(again), "--entity", "person")
    assert refused.returncode == 1 and "line 2" in refused.stderr and "duplicate" in refused.stderr
    assert "Mehmet" not in refused.stderr  # names stay out of messages
    allowed = run(home, "import", str(again), "--entity", "person", "--on-duplicate", "allow")
    assert allowed.returncode == 0 and "created 1" in allowed.stdout
    pairs = run(home, "duplicates")
    assert pairs.returncode == 0 and "Awdschi" in pairs.stdout and "Avcı" in pairs.stdout


def test_merge_a_duplicate_into_the_person_who_stays(home, tmp_path):
    people = tmp_path / "people.csv"
    people.write_text(
        "family_name,given_names,birth_date\nAvcı,Mehmet,1987-03-14\nAwdschi,Mehmet,1987\n",
        "utf-8",
    )
    imported = run(home, "import", str(people), "--entity", "person", "--on-duplicate", "allow")
    assert imported.returncode == 0, imported.stderr
    pair = run(home, "duplicates").stdout.split()
    first, second = pair[1], pair[pair.index("|") + 1]
    preview = run(home, "merge", second, "--into", first, "--dry-run")
    assert preview.returncode == 0 and "family_name" in preview.stdout, preview.stderr
    assert "nothing changed" in preview.stdout
    assert "Awdschi" in run(home, "duplicates").stdout
    merged = run(home, "merge", second, "--into", first)
    assert merged.returncode == 0 and "merged" in merged.stdout, merged.stderr
    assert "no likely duplicates" in run(home, "duplicates").stdout
    hits = run(home, "search", "Awdschi").stdout.splitlines()
    assert [line.split()[1] for line in hits] == [first]  # the other spelling is an alias now
    again = run(home, "merge", second, "--into", first)
    assert again.returncode == 1 and "merged already" in again.stderr


def test_merge_is_refused_to_a_counsellor_of_a_team(home, tmp_path):
    from sqlalchemy import insert

    from app.store.store import Store
    from app.store.tables import meta

    with Store.unlock(home, PASSWORD) as store, store.engine.begin() as conn:
        conn.execute(insert(meta).values(key="role", value="counsellor"))
    refused = run(
        home,
        "merge",
        "0190a000-0000-7000-8000-0000000000b1",
        "--into",
        "0190a000-0000-7000-8000-0000000000b2",
    )
    assert refused.returncode == 1 and "lead role" in refused.stderr
