"""The user lifecycle through a real `fallakte-server` process and the desktop's client: an
admin's device disables, moves and re-roles colleagues; their devices feel it at once."""

import pytest

from app.services import records
from app.store.store import Store
from sync.client import DeviceRevoked, Forbidden, Rejected, SyncClient, Unauthorized
from sync.credentials import load_token
from sync.engine import sync_once
from sync.enrolment import enroll
from tests.conftest import FAST_KDF


@pytest.fixture
def office(enrolled):
    """Team nord: lead lea, counsellors anna and bo; team sued: sven; admin ada."""
    return {
        "lea": enrolled("lea", role="lead"),
        "anna": enrolled("anna"),
        "bo": enrolled("bo"),
        "sven": enrolled("sven", team="sued"),
        "ada": enrolled("ada", team="zentrale", role="admin"),
    }


def user_id(client: SyncClient, name: str) -> str:
    return next(u.id for u in client.list_users() if u.username == name)


def fresh_store(tmp_path, name: str) -> Store:
    store, _ = Store.init(tmp_path / f"{name}-new", "device-pass-1", actor=name, kdf=FAST_KDF)
    return store


def test_a_lead_or_counsellor_cannot_touch_users(office):
    for name in ("lea", "anna"):
        client = office[name].client
        with pytest.raises(Forbidden):
            client.list_users()
        with pytest.raises(Forbidden):
            client.disable_user("any-id", wipe=True)
    # Nothing changed anywhere: the admin syncs on.
    office["ada"].sync()


def test_disabling_wipes_the_laptop_and_no_new_one_enrols(office, live_server, tmp_path):
    ada = office["ada"].client
    anna = office["anna"]
    records.create(anna.store, entity="household", data={"label": "Familie Kaya", "site": "ATR"})
    anna.sync()
    done = ada.disable_user(user_id(ada, "anna"), wipe=True, reason="Dienstende")
    assert done.devices_revoked == 1 and done.user.disabled
    with pytest.raises(DeviceRevoked) as revoked:
        anna.sync()
    assert revoked.value.wipe and "Dienstende" in str(revoked.value)
    new = fresh_store(tmp_path, "anna")
    try:
        with pytest.raises(Unauthorized):
            enroll(new, server_url=live_server, username="anna", password="server-pass-1")
    finally:
        new.close()
    office["bo"].sync()  # colleagues carry on
    again = ada.enable_user(done.user.id)
    assert not again.user.disabled


def test_moving_a_user_hands_them_the_new_teams_cases_on_a_fresh_device(
    office, live_server, tmp_path
):
    ada = office["ada"].client
    sven = office["sven"]
    south = records.create(sven.store, entity="household", data={"label": "Süd", "site": "ATR"})
    sven.sync()
    teams = {t.id for t in ada.list_teams()}
    assert teams == {"nord", "sued", "zentrale"}
    moved = ada.move_user(user_id(ada, "bo"), "sued", wipe=False)
    assert (moved.user.team_id, moved.devices_revoked) == ("sued", 1)
    with pytest.raises(DeviceRevoked) as revoked:
        office["bo"].sync()
    assert not revoked.value.wipe
    laptop = fresh_store(tmp_path, "bo")
    try:
        done = enroll(laptop, server_url=live_server, username="bo", password="server-pass-1")
        assert done.team == "sued"
        client = SyncClient(live_server, load_token(laptop), attempts=2, backoff=0.05)
        try:
            sync_once(laptop, client)
        finally:
            client.close()
        assert records.get(laptop, entity="household", record_id=south.id).label == "Süd"
    finally:
        laptop.close()


def test_a_new_role_and_password_take_effect_at_once(office, live_server, tmp_path):
    ada = office["ada"].client
    anna = office["anna"]
    with pytest.raises(Forbidden):
        anna.client.list_devices()
    ada.set_user_role(user_id(ada, "anna"), "lead")
    assert {d.username for d in anna.client.list_devices()} == {"lea", "anna", "bo"}
    with pytest.raises(Rejected) as weak:
        ada.reset_user_password(user_id(ada, "anna"), "anna-1234567")
    assert "too easy to guess" in str(weak.value)
    ada.reset_user_password(user_id(ada, "anna"), "Winter-Zug-nach-Trier")
    laptop = fresh_store(tmp_path, "anna")
    try:
        with pytest.raises(Unauthorized):
            enroll(laptop, server_url=live_server, username="anna", password="server-pass-1")
        enroll(laptop, server_url=live_server, username="anna", password="Winter-Zug-nach-Trier")
    finally:
        laptop.close()
    anna.sync()  # the enrolled laptop kept working throughout
    with pytest.raises(Rejected) as own:
        ada.set_user_role(user_id(ada, "ada"), "counsellor")
    assert "own account" in str(own.value)
