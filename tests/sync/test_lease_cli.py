"""`fallakte` with an expired offline lease, as a counsellor runs it: status says so, browsing
commands refuse, `fallakte sync` still works and opens the data again."""

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.services import lease
from app.store.store import Store
from sync.server.accounts import admin
from sync.server.storage.db import make_engine
from sync.server.storage.migrate import upgrade
from tests.sync.test_e2e_devices import PASSWORD, SERVER_PASSWORD, fallakte


@pytest.fixture
def home(database_url: str, live_server: str, tmp_path: Path) -> Path:
    engine = make_engine(database_url)
    upgrade(engine)
    admin.add_team(engine, team_id="trier", name="Team Trier")
    admin.add_user(
        engine, username="anna", password=SERVER_PASSWORD, team_id="trier", role="counsellor"
    )
    engine.dispose()
    home = tmp_path / "anna"
    fallakte(home, "init", "--user", "anna", "--kdf-time-cost", "1", "--kdf-memory-mib", "8")
    fallakte(home, "enroll", "--server", live_server, "--user", "anna")
    return home


def last_confirmed(home: Path, days_ago: int) -> None:
    """As if the last confirmation was `days_ago` days back (and nothing seen since)."""
    with Store.unlock(home, PASSWORD) as store, store.write() as writer:
        back = datetime.now(UTC) - timedelta(days=days_ago)
        lease.confirm(writer.conn, days=30, now=back, server_time=back)


def browsing(out: Path) -> list[tuple[str, ...]]:
    return [
        ("search", "Kaya"),
        ("agenda",),
        ("export", "-o", str(out / "all.jsonl")),
        ("duplicates",),
        ("conflicts",),
        ("report", "-o", str(out / "r.csv"), "--from", "2026-01-01", "--to", "2026-12-31"),
        ("import", str(out / "none.jsonl")),
        ("demo-data", "--persons", "1"),
    ]


def test_status_shows_days_left(home):
    fallakte(home, "sync")
    shown = fallakte(home, "status").stdout
    assert "offline lease:" in shown and "30 days left of 30" in shown
    last_confirmed(home, 26)
    assert "4 days left of 30" in fallakte(home, "status").stdout
    info = json.loads(fallakte(home, "status", "--json").stdout)
    assert info["lease"] == {"status": "running", "days_left": 4, "lease_days": 30}


def test_browsing_is_refused_when_expired_and_a_sync_opens_it_again(home, tmp_path):
    last_confirmed(home, 31)
    status = fallakte(home, "status")
    assert "Synchronisation erforderlich" in status.stdout
    out = tmp_path / "out"
    out.mkdir()
    for command in browsing(out):
        refused = fallakte(home, *command, check=False)
        assert refused.returncode == 1, command
        assert (
            "Synchronisation erforderlich" in refused.stderr and "fallakte sync" in refused.stderr
        )
        assert refused.stdout == "", command
    assert list(out.iterdir()) == []  # nothing was written out either
    synced = fallakte(home, "sync")
    assert "offline lease renewed: 30 days" in synced.stdout
    assert fallakte(home, "search", "Kaya").returncode == 0
    assert fallakte(home, "agenda").returncode == 0
