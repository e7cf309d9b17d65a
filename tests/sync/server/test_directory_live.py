"""The team directory through a real `fallakte-server` process, on SQLite and PostgreSQL:
what a team's devices learn of their colleagues, what they never learn, and that the device
keeps it offline."""

from pathlib import Path

import pytest
import requests

from app.services import team_directory
from app.store.store import Store
from sync.client import DeviceRevoked, NotFound, SyncClient
from sync.credentials import load_token
from sync.engine import sync_once
from sync.enrolment import enroll
from sync.protocol import API_PREFIX, PROTOCOL_HEADER, PROTOCOL_VERSION
from sync.server.accounts import admin
from sync.server.accounts.users import user_id_of
from sync.server.ops.process import ServerProcess
from sync.server.storage.db import make_engine
from tests.conftest import FAST_KDF
from tests.sync.server.test_server_cli import server_cli

PASSWORD = "server-pass-1"


class Office:
    """Team nord (anna with two laptops, lead lea, the disabled udo), team sued (sven)."""

    def __init__(self, database_url: str, live_server: str, tmp_path: Path) -> None:
        self.url, self.server, self.tmp = database_url, live_server, tmp_path
        self.engine = make_engine(database_url)
        self.stores: list[Store] = []
        self.clients: list[SyncClient] = []
        admin.add_team(self.engine, team_id="nord", name="Team Nord")
        admin.add_team(self.engine, team_id="sued", name="Team Süd")
        for name, team, role, shown in (
            ("anna", "nord", "counsellor", "Anna Schmidt"),
            ("lea", "nord", "lead", None),
            ("udo", "nord", "counsellor", "Udo Berg"),
            ("sven", "sued", "counsellor", "Sven Süd"),
        ):
            admin.add_user(
                self.engine,
                username=name,
                password=PASSWORD,
                team_id=team,
                role=role,
                display_name=shown,
            )

    def device(self, user: str, device_name: str, *, server: str | None = None) -> Store:
        store, _ = Store.init(
            self.tmp / device_name, "device-pass-1", actor=user, kdf=FAST_KDF, site="ATR"
        )
        enroll(
            store,
            server_url=server or self.server,
            username=user,
            password=PASSWORD,
            device_name=device_name,
        )
        self.stores.append(store)
        return store

    def client(self, store: Store, *, server: str | None = None) -> SyncClient:
        made = SyncClient(server or self.server, load_token(store), attempts=1, backoff=0.01)
        self.clients.append(made)
        return made

    def close(self) -> None:
        for client in self.clients:
            client.close()
        for store in self.stores:
            store.close()
        self.engine.dispose()


@pytest.fixture
def office(database_url, live_server, tmp_path):
    made = Office(database_url, live_server, tmp_path)
    yield made
    made.close()


def raw_get(base: str, path: str, token: str) -> requests.Response:
    return requests.get(
        f"{base}{API_PREFIX}{path}",
        headers={PROTOCOL_HEADER: str(PROTOCOL_VERSION), "Authorization": f"Bearer {token}"},
        timeout=10,
    )


def test_a_device_sees_its_own_team_with_names_roles_and_device_names(office):
    trier = office.device("anna", "Laptop Trier")
    mainz = office.device("anna", "Laptop Mainz")
    lea = office.device("lea", "Büro")
    office.device("sven", "Süd-Laptop")
    directory = office.client(lea).team_directory("nord")

    assert (directory.team, directory.team_name) == ("nord", "Team Nord")
    by_name = {u.username: u for u in directory.users}
    assert set(by_name) == {"anna", "lea", "udo"}  # never sven of team sued
    anna = by_name["anna"]
    assert (anna.display_name, anna.role, anna.active) == ("Anna Schmidt", "counsellor", True)
    assert [(d.id, d.name) for d in anna.devices] == [
        (trier.device.device_id, "Laptop Trier"),
        (mainz.device.device_id, "Laptop Mainz"),
    ]
    # Without a display name the user name stands in; udo enrolled nothing.
    assert (by_name["lea"].display_name, by_name["lea"].role) == ("lea", "lead")
    assert by_name["udo"].devices == []
    # No contact data unless the server shares it, and no token, hash or prefix at all.
    assert all(u.contact is None for u in directory.users)
    text = directory.model_dump_json()
    assert "Süd" not in text and "sven" not in text and "token" not in text


def test_another_teams_directory_answers_exactly_like_one_that_does_not_exist(office):
    anna = office.device("anna", "Laptop Trier")
    token = load_token(anna)
    foreign = raw_get(office.server, "/teams/sued/directory", token)
    missing = raw_get(office.server, "/teams/nirgendwo/directory", token)
    assert foreign.status_code == missing.status_code == 404
    assert foreign.json() == missing.json()
    assert "sued" not in foreign.text and "Süd" not in foreign.text
    with pytest.raises(NotFound):
        office.client(anna).team_directory("sued")
    # No token, no directory.
    bare = requests.get(
        f"{office.server}{API_PREFIX}/teams/nord/directory",
        headers={PROTOCOL_HEADER: str(PROTOCOL_VERSION)},
        timeout=10,
    )
    assert bare.status_code == 401 and "Anna" not in bare.text


def test_a_revoked_device_gets_nothing(office):
    trier = office.device("anna", "Laptop Trier")
    admin.revoke_device(office.engine, device_id=trier.device.device_id, reason="gestohlen")
    response = raw_get(office.server, "/teams/nord/directory", load_token(trier))
    assert response.status_code == 401 and "Anna" not in response.text
    with pytest.raises(DeviceRevoked):
        office.client(trier).team_directory("nord")


def test_a_disabled_user_stays_named_but_is_no_longer_offered(office):
    from sync.server.accounts.users import disable_user

    lea = office.device("lea", "Büro")
    disable_user(office.engine, user_id=user_id_of(office.engine, "udo"), actor="test")
    udo = next(u for u in office.client(lea).team_directory("nord").users if u.username == "udo")
    assert (udo.display_name, udo.active) == ("Udo Berg", False)


def test_contacts_reach_the_team_only_where_the_server_shares_them(office, tmp_path):
    lea = office.device("lea", "Büro")
    done = server_cli(office.url, "user", "contact", "anna", "0651 123-45")
    assert done.returncode == 0, done.stderr
    assert "0651" not in done.stdout + done.stderr  # the contact is not echoed into logs
    plain = office.client(lea).team_directory("nord")
    assert all(u.contact is None for u in plain.users)

    sharing = ServerProcess(
        database_url=office.url,
        home=tmp_path / "sharing",
        env={"FALLAKTE_DIRECTORY_CONTACTS": "yes"},
    ).start()
    try:
        shared = office.client(lea, server=sharing.url).team_directory("nord")
    finally:
        sharing.stop()
    contacts = {u.username: u.contact for u in shared.users}
    assert contacts == {"anna": "0651 123-45", "lea": None, "udo": None}


def test_rename_on_the_command_line_reaches_the_devices_with_their_next_sync(office, tmp_path):
    trier = office.device("anna", "Laptop Trier")
    lea = office.device("lea", "Büro")
    lea_client = office.client(lea)

    first = sync_once(lea, lea_client)
    assert first.directory_changed
    kept = team_directory.load(lea)
    assert kept.display_name("anna") == "Anna Schmidt"
    assert kept.device(trier.device.device_id)[1] == "Laptop Trier"
    assert not sync_once(lea, lea_client).directory_changed  # nothing new: nothing announced

    renamed = server_cli(
        office.url, "user", "rename", "anna", "--display-name", "Anna Schmidt-Kaya"
    )
    assert renamed.returncode == 0, renamed.stderr
    assert sync_once(lea, lea_client).directory_changed
    assert team_directory.load(lea).display_name("anna") == "Anna Schmidt-Kaya"

    back = server_cli(office.url, "user", "rename", "anna", "--display-name", "")
    assert back.returncode == 0, back.stderr
    sync_once(lea, lea_client)
    assert team_directory.load(lea).display_name("anna") == "anna"


def test_the_directory_is_kept_encrypted_and_works_offline(office, tmp_path):
    trier = office.device("anna", "Laptop Trier")
    lea = office.device("lea", "Büro")
    sync_once(lea, office.client(lea))
    data_dir = lea.data_dir
    lea.close()
    office.stores.remove(lea)
    # The store file holds no readable name: the directory lives inside the encrypted database.
    raw = b"".join(p.read_bytes() for p in data_dir.glob("fallakte.db*"))
    assert b"Anna Schmidt" not in raw and b"Laptop Trier" not in raw

    again = Store.unlock(data_dir, "device-pass-1")
    office.stores.append(again)
    offline = SyncClient("http://127.0.0.1:9", load_token(again), attempts=1, backoff=0.01)
    office.clients.append(offline)
    with pytest.raises(Exception, match="not reachable"):
        sync_once(again, offline)
    kept = team_directory.load(again)
    assert kept.known and kept.display_name("anna") == "Anna Schmidt"
    colleague, name = kept.device(trier.device.device_id)
    assert (colleague.display_name, name) == ("Anna Schmidt", "Laptop Trier")
    assert [c.username for c in kept.choices()] == ["anna", "lea", "udo"]
