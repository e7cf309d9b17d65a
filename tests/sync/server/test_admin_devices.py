"""The Admin area's device API on a live server: who sees which devices, who may revoke them."""

from datetime import datetime

import httpx
import pytest

from sync.client import DeviceRevoked, Forbidden, NotFound, Rejected, SyncError
from sync.enrolment import enrolment_of
from sync.protocol import API_PREFIX, MAX_REVOKE_REASON, PROTOCOL_HEADER, DeviceEntry, ErrorBody
from sync.server.accounts.admin import revoke_device
from sync.server.storage.db import make_engine

UNKNOWN = "0190a000-0000-7000-8000-00000000dead"


def ids(entries: list[DeviceEntry]) -> set[str]:
    return {entry.id for entry in entries}


@pytest.fixture
def fleet(enrolled):
    """Team nord: lead lea, counsellors anna and bo; team sued: counsellor sven; admin ada."""
    return {
        "lea": enrolled("lea", role="lead"),
        "anna": enrolled("anna"),
        "bo": enrolled("bo"),
        "sven": enrolled("sven", team="sued"),
        "ada": enrolled("ada", team="zentrale", role="admin"),
    }


def device_id(device) -> str:
    return device.store.device.device_id


def test_a_counsellor_may_neither_list_nor_revoke(fleet):
    anna = fleet["anna"]
    with pytest.raises(Forbidden) as listed:
        anna.client.list_devices()
    assert "lead" in str(listed.value)
    with pytest.raises(Forbidden):
        anna.client.revoke_device(device_id(fleet["bo"]), wipe=False, reason="")
    # Nothing was revoked: bo still syncs.
    fleet["bo"].sync()


def test_a_lead_sees_the_devices_of_their_own_team_only(fleet):
    entries = fleet["lea"].client.list_devices()
    assert ids(entries) == {device_id(fleet[name]) for name in ("lea", "anna", "bo")}
    anna = next(e for e in entries if e.id == device_id(fleet["anna"]))
    assert (anna.username, anna.team_id, anna.name, anna.state) == (
        "anna",
        "nord",
        "anna",
        "active",
    )
    assert anna.prefix == enrolment_of(fleet["anna"].store).device_prefix
    assert isinstance(anna.created_at, datetime) and anna.created_at.tzinfo is not None
    assert anna.last_seen_at is not None
    assert (anna.revoked_at, anna.wipe, anna.revoke_reason) == (None, False, None)


def test_an_admin_sees_every_team_and_revocations_from_the_command_line(fleet, database_url):
    entries = fleet["ada"].client.list_devices()
    assert ids(entries) == {device_id(device) for device in fleet.values()}
    assert {e.team_id for e in entries} == {"nord", "sued", "zentrale"}
    engine = make_engine(database_url)
    try:
        revoke_device(engine, device_id=device_id(fleet["sven"]), wipe=False, reason="alt")
    finally:
        engine.dispose()
    sven = next(e for e in fleet["ada"].client.list_devices() if e.id == device_id(fleet["sven"]))
    assert (sven.state, sven.revoke_reason) == ("revoked", "alt")


def test_a_lead_may_not_revoke_in_another_team_nor_unknown_or_own_devices(fleet):
    lea = fleet["lea"].client
    # Another team's device is answered like no device at all (issue 14: no existence oracle).
    with pytest.raises(NotFound):
        lea.revoke_device(device_id(fleet["sven"]), wipe=True, reason="nicht meins")
    with pytest.raises(NotFound):
        lea.revoke_device(UNKNOWN, wipe=False)
    with pytest.raises(Rejected) as own:
        lea.revoke_device(device_id(fleet["lea"]), wipe=False)
    assert "itself" in str(own.value)
    fleet["sven"].sync()
    fleet["lea"].sync()


def test_revoked_device_is_refused_at_its_next_sync_and_revoking_again_changes_nothing(fleet):
    anna = fleet["anna"]
    anna.sync()
    first = fleet["lea"].client.revoke_device(device_id(anna), wipe=False, reason="Laptop verloren")
    assert (first.state, first.revoke_reason, first.wipe) == ("revoked", "Laptop verloren", False)
    assert first.revoked_at is not None
    again = fleet["lea"].client.revoke_device(device_id(anna), wipe=False, reason="Laptop verloren")
    assert again == first
    with pytest.raises(DeviceRevoked) as refused:
        anna.sync()
    assert not refused.value.wipe
    assert "Laptop verloren" in str(refused.value)
    assert anna.store.data_dir.exists()
    listed = {e.id: e for e in fleet["ada"].client.list_devices()}
    assert listed[device_id(anna)].state == "revoked"
    # The others carry on.
    fleet["bo"].sync()


def test_revoke_and_wipe_erases_the_device_at_its_next_sync(fleet):
    bo = fleet["bo"]
    entry = fleet["ada"].client.revoke_device(device_id(bo), wipe=True, reason="gestohlen")
    assert (entry.state, entry.wipe) == ("revoked+wipe", True)
    # Revoking again without the wipe never takes it back.
    assert fleet["lea"].client.revoke_device(device_id(bo), wipe=False).wipe is True
    with pytest.raises(DeviceRevoked) as refused:
        bo.sync()
    assert refused.value.wipe
    assert not bo.store.data_dir.exists()


def test_the_reason_is_limited_on_both_sides(fleet, live_server, database_url):
    lea = fleet["lea"]
    target = device_id(fleet["anna"])
    with pytest.raises(SyncError):
        lea.client.revoke_device(target, wipe=False, reason="x" * (MAX_REVOKE_REASON + 1))
    token = lea.client.session.headers["Authorization"]
    headers = {PROTOCOL_HEADER: "1", "Authorization": token}
    url = f"{live_server}{API_PREFIX}/admin/devices/{target}/revoke"
    too_long = httpx.post(url, json={"wipe": False, "reason": "x" * 501}, headers=headers)
    assert too_long.status_code == 422
    assert "x" * 20 not in ErrorBody.model_validate(too_long.json()).message
    no_wipe = httpx.post(url, json={"reason": "vergessen"}, headers=headers)
    assert no_wipe.status_code == 422
    longest = lea.client.revoke_device(target, wipe=False, reason="y" * MAX_REVOKE_REASON)
    assert longest.revoke_reason == "y" * MAX_REVOKE_REASON
    # The whole reason reaches the revoked device's user.
    with pytest.raises(DeviceRevoked) as refused:
        fleet["anna"].sync()
    assert "y" * MAX_REVOKE_REASON in str(refused.value)


def test_without_a_token_the_admin_routes_are_401(live_server):
    response = httpx.get(f"{live_server}{API_PREFIX}/admin/devices", headers={PROTOCOL_HEADER: "1"})
    assert response.status_code == 401
    assert ErrorBody.model_validate(response.json()).code == "unauthorized"
