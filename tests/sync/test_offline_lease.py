"""The offline lease end to end: a device enrolled with a real `fallakte-server` process,
clocks moved by hand (app/services/lease.py counts, sync/lease.py renews)."""

from datetime import UTC, datetime, timedelta

import pytest

from app.services import lease
from app.services.lease import LeaseStatus, lease_state, note_time
from app.store.store import Store
from sync.client import DeviceRevoked
from sync.engine import sync_once
from sync.server.accounts import lease as server_lease
from sync.server.accounts.admin import list_devices, revoke_device
from sync.server.storage.db import make_engine
from tests.conftest import FAST_KDF

DAY = timedelta(days=1)


@pytest.fixture
def server_engine(database_url):
    engine = make_engine(database_url)
    yield engine
    engine.dispose()


def synced_at(device, moment: datetime) -> None:
    sync_once(device.store, device.client, now=lambda: moment)


def test_a_lease_runs_out_and_a_sync_renews_it(enrolled, server_engine):
    anna = enrolled("anna")
    server_lease.set_lease_days(server_engine, team_id="nord", days=10, actor="root")
    start = datetime.now(UTC)
    synced_at(anna, start)
    assert lease_state(anna.store, start).days_left == 10
    assert lease_state(anna.store, start + 9.5 * DAY).days_left == 1
    ran_out = lease_state(anna.store, start + 10 * DAY)
    assert ran_out.expired and ran_out.status is LeaseStatus.expired and ran_out.days_left == 0
    # Expired, the sync still goes through, and renews the lease from then.
    later = start + 12 * DAY
    synced_at(anna, later)
    renewed = lease_state(anna.store, later + DAY)
    assert not renewed.expired and renewed.days_left == 9


def test_the_teams_setting_reaches_the_device_with_its_next_sync(enrolled, server_engine):
    anna = enrolled("anna")
    now = datetime.now(UTC)
    # Enrolment starts the lease with the default length.
    assert lease_state(anna.store, now).days_left == lease.DEFAULT_DAYS
    server_lease.set_lease_days(server_engine, team_id="nord", days=3, actor="root")
    synced_at(anna, now)
    assert lease_state(anna.store, now).lease_days == 3
    assert lease_state(anna.store, now + 3 * DAY).expired


def test_a_revoked_device_gets_no_renewal(enrolled, server_engine):
    anna = enrolled("anna")
    start = datetime.now(UTC)
    synced_at(anna, start)
    expired_at = start + 31 * DAY
    assert lease_state(anna.store, expired_at).expired
    (device,) = [d for d in list_devices(server_engine) if d.username == "anna"]
    revoke_device(server_engine, device_id=device.id, wipe=False, reason="verloren")
    with pytest.raises(DeviceRevoked):
        synced_at(anna, expired_at)
    with pytest.raises(DeviceRevoked):
        anna.client.lease()
    still = lease_state(anna.store, expired_at)
    assert still.expired and still.confirmed_at is not None
    assert still.confirmed_at < start + DAY


def test_a_revoked_and_wiped_device_is_erased_at_renewal(enrolled, server_engine):
    anna = enrolled("anna")
    (device,) = [d for d in list_devices(server_engine) if d.username == "anna"]
    data_dir = anna.store.data_dir
    revoke_device(server_engine, device_id=device.id, wipe=True)
    with pytest.raises(DeviceRevoked):
        anna.sync()
    assert not data_dir.exists()


def test_a_clock_set_back_does_not_extend_the_lease(enrolled):
    anna = enrolled("anna")
    start = datetime.now(UTC)
    synced_at(anna, start)
    # Used on day 29: the store has seen that time.
    assert note_time(anna.store, start + 29 * DAY).days_left == 1
    for back in (start + DAY, start, start - 300 * DAY):
        state = lease_state(anna.store, back)
        assert state.expired and state.status is LeaseStatus.clock_back, back
        # Noting the earlier time never moves the mark back.
        assert note_time(anna.store, back).expired
    assert lease_state(anna.store, start + 30 * DAY).expired
    # A sync is the way out, whatever the clock says.
    synced_at(anna, start + DAY)
    assert lease_state(anna.store, start + DAY).days_left == 30


def test_a_small_correction_of_the_clock_is_not_a_trick(enrolled):
    anna = enrolled("anna")
    start = datetime.now(UTC)
    synced_at(anna, start)
    note_time(anna.store, start + 2 * DAY)
    corrected = lease_state(anna.store, start + 2 * DAY - timedelta(minutes=5))
    assert not corrected.expired and corrected.days_left == 28


def test_a_store_that_is_not_enrolled_has_no_lease(tmp_path):
    store, _ = Store.init(tmp_path / "solo", "device-pass-1", actor="anna", kdf=FAST_KDF)
    try:
        far = datetime.now(UTC) + 400 * DAY
        assert note_time(store, far).status is LeaseStatus.not_enrolled
        assert not lease_state(store, far).expired and not lease_state(store, far).applies
    finally:
        store.close()


def test_a_garbled_lease_answer_renews_nothing_and_keeps_the_round(enrolled, monkeypatch):
    from sync.client import BadResponse

    anna = enrolled("anna")
    start = datetime.now(UTC)
    synced_at(anna, start)

    def garbled():
        raise BadResponse("the server's answer to /sync/lease was malformed")

    monkeypatch.setattr(anna.client, "lease", garbled)
    result = sync_once(anna.store, anna.client, now=lambda: start + 20 * DAY)
    assert result.lease_days is None
    assert lease_state(anna.store, start + 20 * DAY).days_left == 10  # counted from the first
