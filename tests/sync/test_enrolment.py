"""sync.enrolment: enrol a device with a live server and read the enrolment back."""

from pathlib import Path

import pytest

from app.errors import UserError
from app.store.store import Store
from sync import device as local
from sync.client import SyncClient, Unauthorized
from sync.credentials import load_token
from sync.enrolment import Enrolment, enroll, enrolment_of
from sync.server.accounts import admin
from sync.server.storage.db import make_engine
from tests.conftest import FAST_KDF

SERVER_PASS = "server-pass-1"


@pytest.fixture
def store(tmp_path: Path):
    made, _ = Store.init(tmp_path / "laptop", "device-pass-1", actor="lea", kdf=FAST_KDF)
    yield made
    made.close()


@pytest.fixture
def lead(live_server: str, database_url: str) -> str:
    engine = make_engine(database_url)
    try:
        admin.add_team(engine, team_id="nord", name="Team Nord")
        admin.add_user(engine, username="lea", password=SERVER_PASS, team_id="nord", role="lead")
    finally:
        engine.dispose()
    return live_server


def settings(store: Store) -> dict[str, str]:
    with store.read() as conn:
        return {
            key: local.get_setting(conn, key)
            for key in ("server_url", "team", "role", "device_prefix", "server_user")
        }


def test_enrol_keeps_token_and_settings_and_reads_them_back(store: Store, lead: str):
    assert enrolment_of(store) is None
    done = enroll(store, server_url=lead + "/", username="lea", password=SERVER_PASS)
    assert done == Enrolment(
        server_url=lead,
        team="nord",
        role="lead",
        device_prefix=done.device_prefix,
        token_location="store",  # no usable keyring here: the encrypted store keeps it
    )
    assert done.may_administer and len(done.device_prefix) == 3
    assert settings(store) == {
        "server_url": lead,
        "team": "nord",
        "role": "lead",
        "device_prefix": done.device_prefix,
        "server_user": "lea",
    }
    assert enrolment_of(store) == done
    # The open store knows at once: cases opened now carry the team and the new prefix.
    assert store.settings["team"] == "nord" and store.device.prefix == done.device_prefix
    # The saved token works, and the prefix is what new case numbers use from now on.
    client = SyncClient(lead, load_token(store))
    try:
        assert client.pull(cursor=0).records == []
    finally:
        client.close()
    reopened = Store.unlock(store.data_dir, "device-pass-1")
    try:
        assert reopened.device.prefix == done.device_prefix
        assert enrolment_of(reopened) == done
    finally:
        reopened.close()


def test_a_wrong_password_saves_nothing_and_names_no_secret(store: Store, lead: str):
    with pytest.raises(Unauthorized) as caught:
        enroll(store, server_url=lead, username="lea", password="wrong-password-1")
    assert "wrong-password-1" not in str(caught.value)
    assert enrolment_of(store) is None
    assert load_token(store) is None


@pytest.mark.parametrize(
    ("url", "user", "password"),
    [
        ("fallakte.example.org", "lea", "x"),
        ("ftp://fallakte.example.org", "lea", "x"),
        ("http://127.0.0.1:notaport", "lea", "x"),
        ("http://127.0.0.1:9", "", "x"),
        ("http://127.0.0.1:9", "lea", ""),
        ("http://fallakte.example.org", "lea", "x"),  # cleartext beyond this computer
        ("http://192.168.1.20:8000", "lea", "x"),
    ],
)
def test_bad_input_is_a_user_error_before_any_request(store: Store, url, user, password):
    with pytest.raises(UserError) as caught:
        enroll(store, server_url=url, username=user, password=password)
    assert "Traceback" not in str(caught.value)
    assert enrolment_of(store) is None


def test_plain_http_only_for_this_computer():
    from sync.enrolment import _checked_url

    for url in ("http://localhost:8000", "http://127.0.0.1:9", "http://[::1]:8000/"):
        assert _checked_url(url) == url.rstrip("/")
    assert _checked_url(" https://fallakte.example.org/ ") == "https://fallakte.example.org"
    with pytest.raises(UserError, match="https://"):
        _checked_url("http://10.0.0.5")


def test_forgetting_the_token_means_not_enrolled(store: Store, lead: str):
    from sync.credentials import forget_token

    enroll(store, server_url=lead, username="lea", password=SERVER_PASS, device_name="Laptop")
    forget_token(store)
    assert enrolment_of(store) is None


def _person(store: Store, family_name: str) -> str:
    from app.services.records import create

    household = create(store, entity="household", data={"label": f"Familie {family_name}"})
    person = create(
        store,
        entity="person",
        data={"family_name": family_name, "given_names": "R.", "household_id": household.id},
    )
    return person.id


def _sync(store: Store) -> None:
    from sync.engine import sync_once

    with store.read() as conn:
        url = local.get_setting(conn, "server_url")
    client = SyncClient(url, load_token(store))
    try:
        sync_once(store, client)
    finally:
        client.close()


def test_enrolling_with_another_server_starts_over_there(
    store: Store, lead: str, database_url: str, tmp_path: Path
):
    """Issue 13: a device moved from server A to server B pulls B's records, and what it typed
    but had not sent yet goes to B; nothing of A's cursor, token or resolutions is reused."""
    from app.services.records import find
    from sync.server.ops.process import ServerProcess

    enroll(store, server_url=lead, username="lea", password=SERVER_PASS)
    # Enough records on A that its cursor lies beyond everything B will ever have sent.
    on_a = [_person(store, f"Aname{i}") for i in range(4)]
    _sync(store)
    with store.read() as conn:
        assert int(local.get_setting(conn, local.CURSOR)) > 0
        token_a = load_token(store)

    b_url = f"sqlite:///{tmp_path / 'b.db'}"
    server_b = ServerProcess(
        database_url=b_url, home=tmp_path / "b", log_path=tmp_path / "b.log"
    ).start()
    try:
        engine = make_engine(b_url)
        try:
            admin.add_team(engine, team_id="sued", name="Team Süd")
            for user in ("lea", "omar"):
                admin.add_user(
                    engine, username=user, password=SERVER_PASS, team_id="sued", role="counsellor"
                )
        finally:
            engine.dispose()
        colleague, _ = Store.init(tmp_path / "omar", "device-pass-1", actor="omar", kdf=FAST_KDF)
        try:
            enroll(colleague, server_url=server_b.url, username="omar", password=SERVER_PASS)
            on_b = _person(colleague, "Bname")
            _sync(colleague)
        finally:
            colleague.close()

        typed_offline = _person(store, "Offline")
        enroll(store, server_url=server_b.url, username="lea", password=SERVER_PASS)
        assert load_token(store) != token_a
        assert enrolment_of(store).team == "sued"
        _sync(store)

        held = {p.id for p in find(store, entity="person")}
        assert on_b in held, "the device did not pull the new server's records"
        assert set(on_a) <= held, "records from the old server stay on this device"
        with store.read() as conn:
            assert local.pending_changes(store, limit=10) == []
        # What was typed before the move reached B: a fresh device of B pulls it.
        fresh, _ = Store.init(tmp_path / "fresh", "device-pass-1", actor="lea", kdf=FAST_KDF)
        try:
            enroll(fresh, server_url=server_b.url, username="lea", password=SERVER_PASS)
            _sync(fresh)
            on_fresh = {p.id for p in find(fresh, entity="person")}
        finally:
            fresh.close()
        assert {on_b, typed_offline} <= on_fresh
        assert not set(on_a) & on_fresh, "records the old server held are not copied to B"
    finally:
        server_b.stop()


def test_status_names_the_user_and_role_the_server_gave(store: Store, lead: str):
    """Issue 13: `fallakte status` said "counsellor demo" for a team lead."""
    import os
    import subprocess
    import sys

    enroll(store, server_url=lead, username="lea", password=SERVER_PASS)
    data_dir = store.data_dir
    store.close()
    environ = {k: v for k, v in os.environ.items() if not k.startswith("FALLAKTE_")}
    environ["FALLAKTE_PASSWORD"] = "device-pass-1"
    shown = subprocess.run(
        [sys.executable, "-m", "ui.launcher", "--data-dir", str(data_dir), "status"],
        capture_output=True,
        text=True,
        env=environ,
        stdin=subprocess.DEVNULL,
        timeout=120,
    )
    assert shown.returncode == 0, shown.stderr
    assert f"{lead}: lea, lead, team nord" in shown.stdout
    assert "counsellor" not in shown.stdout
