"""Three counsellors' laptops and a real server process, driven through the `fallakte` command."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from sync.server.accounts import admin
from sync.server.storage.db import make_engine
from sync.server.storage.migrate import upgrade

PASSWORD = "device-password-1"
SERVER_PASSWORD = "server-password-1"
HOUSEHOLD = "0190a000-0000-7000-8000-0000000000a1"
PERSON = "0190a000-0000-7000-8000-0000000000b1"


def fallakte(
    home: Path, *args: str, check: bool = True, env: dict | None = None
) -> subprocess.CompletedProcess:
    environ = {k: v for k, v in os.environ.items() if not k.startswith("FALLAKTE_")}
    environ.update(
        {"FALLAKTE_PASSWORD": PASSWORD, "FALLAKTE_SERVER_PASSWORD": SERVER_PASSWORD, **(env or {})}
    )
    result = subprocess.run(
        [sys.executable, "-m", "ui.launcher", "--data-dir", str(home), *args],
        capture_output=True,
        text=True,
        env=environ,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )
    if check:
        assert result.returncode == 0, f"fallakte {' '.join(args)}: {result.stderr}"
    return result


def patch(home: Path, tmp_path: Path, name: str, rows: list[dict]) -> None:
    path = tmp_path / f"{name}.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
    fallakte(home, "import", str(path))


@pytest.fixture
def team(database_url: str, live_server: str) -> str:
    engine = make_engine(database_url)
    upgrade(engine)
    admin.add_team(engine, team_id="trier", name="Team Trier")
    for user in ("anna", "bo", "cem"):
        admin.add_user(
            engine, username=user, password=SERVER_PASSWORD, team_id="trier", role="counsellor"
        )
    engine.dispose()
    return live_server


def test_three_devices_converge_and_see_the_same_conflicts(team: str, tmp_path: Path):
    homes = {}
    for user in ("anna", "bo", "cem"):
        home = tmp_path / user
        fallakte(
            home,
            "init",
            "--user",
            user,
            "--site",
            "ATR",
            "--kdf-time-cost",
            "1",
            "--kdf-memory-mib",
            "8",
        )
        fallakte(home, "enroll", "--server", team, "--user", user)
        homes[user] = home
    anna, bo, cem = homes["anna"], homes["bo"], homes["cem"]

    patch(
        anna,
        tmp_path,
        "first",
        [
            {"entity": "household", "id": HOUSEHOLD, "label": "Familie Haddad", "site": "ATR"},
            {
                "entity": "person",
                "id": PERSON,
                "family_name": "Haddad",
                "given_names": "Rami",
                "household_id": HOUSEHOLD,
                "phone": "+49 151 100",
            },
        ],
    )
    fallakte(anna, "sync")
    for home in (bo, cem):
        assert "pulled 2" in fallakte(home, "sync").stdout

    # Offline on all three: two concurrent phone edits, one edit of another field, a new person.
    patch(anna, tmp_path, "a", [{"entity": "person", "id": PERSON, "phone": "+49 151 200"}])
    patch(bo, tmp_path, "b", [{"entity": "person", "id": PERSON, "phone": "+49 151 300"}])
    patch(
        cem,
        tmp_path,
        "c",
        [
            {"entity": "person", "id": PERSON, "given_names": "Rami Yusuf"},
            {
                "entity": "person",
                "family_name": "Haddad",
                "given_names": "Lina",
                "household_id": HOUSEHOLD,
            },
        ],
    )
    for home in (cem, bo, anna, cem, bo):
        fallakte(home, "sync")

    exports = []
    for home in (anna, bo, cem):
        out = tmp_path / f"{home.name}.jsonl"
        fallakte(home, "export", "-o", str(out))
        exports.append(out.read_bytes())
    assert exports[0] == exports[1] == exports[2]
    person = next(
        json.loads(line)
        for line in exports[0].decode().splitlines()
        if PERSON in line and '"person"' in line
    )
    assert person["given_names"] == "Rami Yusuf"
    assert person["phone"] in ("+49 151 200", "+49 151 300")

    lost = "+49 151 300" if person["phone"] == "+49 151 200" else "+49 151 200"
    for home in (anna, bo, cem):
        conflicts = json.loads(fallakte(home, "conflicts", "--json").stdout)
        assert [(c["field"], c["loser_value"], c["winner_value"]) for c in conflicts] == [
            ("phone", lost, person["phone"])
        ]


def test_sync_without_server_is_a_clear_offline_error(tmp_path: Path):
    home = tmp_path / "x"
    fallakte(home, "init", "--kdf-time-cost", "1", "--kdf-memory-mib", "8")
    result = fallakte(home, "enroll", "--server", "http://127.0.0.1:9", "--user", "x", check=False)
    assert result.returncode == 1 and "not reachable" in result.stderr
    result = fallakte(home, "sync", check=False)
    assert result.returncode == 1 and "not enrolled" in result.stderr
