"""The Admin area: the device list and revoke against a live server, offline state, reference data."""

from pathlib import Path

import pytest

from app.store.store import Store
from sync import device as local
from sync.client import DeviceRevoked, SyncClient
from sync.credentials import save_token
from sync.engine import sync_once
from sync.server.accounts import admin
from sync.server.ops.process import free_port
from tests.conftest import FAST_KDF
from tests.ui import test_sync_controller as shared
from tests.ui.conftest import settle
from ui.models.devices import ID_ROLE, DevicesModel
from ui.panels.admin import AdminPanel, reference_table
from ui.qt import Qt

live = shared.live  # the module's own server process (a module-scoped fixture)
enrol_store, fast_client = shared.enrol_store, shared.fast_client


@pytest.fixture
def server(live):
    return shared.new_team(live)


@pytest.fixture
def colleague(server, tmp_path: Path):
    store, _ = Store.init(tmp_path / "colleague", "device-pass-1", actor="bo", kdf=FAST_KDF)
    enrol_store(server, store)
    yield store
    store.close()


def test_devices_model_lists_and_revokes_without_widgets(
    qtbot, server, store, session, tasks, colleague
):
    enrol_store(server, store, role="lead")
    model = DevicesModel(session, client_factory=fast_client)
    with qtbot.waitSignal(model.loaded, timeout=20_000) as blocker:
        model.reload()
    assert blocker.args == [2] and model.availability == "online"
    mine = model.row_of(store.device.device_id)
    theirs = model.row_of(colleague.device.device_id)
    assert "(this device)" in model.data(model.index(mine, DevicesModel.NAME))
    assert not model.may_revoke(model.device_at(mine))
    assert model.may_revoke(model.device_at(theirs))
    assert model.data(model.index(theirs, DevicesModel.STATE)) == "active"
    assert model.data(model.index(theirs, 0), ID_ROLE) == colleague.device.device_id
    with qtbot.waitSignal(model.revoked, timeout=20_000) as blocker:
        model.revoke(colleague.device.device_id, wipe=False, reason="Laptop verloren")
    assert blocker.args[0].state == "revoked"
    assert model.data(model.index(theirs, DevicesModel.REASON)) == "Laptop verloren"
    settle(qtbot, tasks)


def test_revoke_with_wipe_from_the_panel(qtbot, server, ctx, store, tasks, colleague):
    enrol_store(server, store, role="lead")
    panel = AdminPanel(ctx)
    panel.devices.client_factory = fast_client
    qtbot.addWidget(panel)
    panel.show()
    assert panel.title() == "Administration" and panel.name == "admin"
    with qtbot.waitSignal(panel.devices.loaded, timeout=20_000):
        panel.activate()
    assert "2 device" in panel.devices_status.text()
    panel.devices_view.selectRow(panel.devices.row_of(store.device.device_id))
    assert not panel.revoke_button.isEnabled()  # not this device
    panel.devices_view.selectRow(panel.devices.row_of(colleague.device.device_id))
    assert panel.revoke_button.isEnabled()
    qtbot.mouseClick(panel.revoke_button, Qt.MouseButton.LeftButton)
    dialog = panel.revoke_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.reason_edit.setText("Kollege hat das Team verlassen")
    dialog.wipe_check.setChecked(True)
    with qtbot.waitSignal(panel.devices.revoked, timeout=20_000) as blocker:
        qtbot.mouseClick(dialog.revoke_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0].state == "revoked+wipe"
    assert not panel.revoke_button.isEnabled()  # a wipe is final
    found = admin.get_device(server.engine, device_id=colleague.device.device_id)
    assert found is not None and found.wipe
    with pytest.raises(DeviceRevoked) as revoked:
        sync_once(colleague, fast_client(colleague))
    assert revoked.value.wipe
    settle(qtbot, tasks)


def test_offline_and_not_enrolled_states(qtbot, ctx, store, tasks):
    panel = AdminPanel(ctx)
    qtbot.addWidget(panel)
    panel.show()
    with qtbot.waitSignal(panel.devices.unavailable) as blocker:
        panel.activate()
    assert blocker.args == ["not_enrolled"]
    assert "not connected to a server" in panel.devices_status.text()
    url = f"http://127.0.0.1:{free_port()}"
    save_token(store, "t" * 43)
    with store.write() as writer:
        local.set_setting(writer.conn, "server_url", url)
    panel.devices.client_factory = lambda _: SyncClient(url, "t", attempts=1)
    with qtbot.waitSignal(panel.devices.unavailable, timeout=20_000) as blocker:
        qtbot.mouseClick(panel.refresh_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["offline"]
    assert panel.devices_status.text().startswith("Offline: the device list needs the server")
    assert not panel.revoke_button.isEnabled() and not panel.devices_view.isEnabled()
    settle(qtbot, tasks)


def test_reference_data_is_searchable(qtbot, ctx, tasks):
    panel = AdminPanel(ctx)
    qtbot.addWidget(panel)
    panel.show()
    panel.activate()
    assert panel.reference_proxy.rowCount() > 0  # sites
    panel.reference_kind.setCurrentIndex(panel.reference_kind.findData("countries"))
    total = panel.reference_proxy.rowCount()
    panel.reference_search.setText("syr")
    assert 1 <= panel.reference_proxy.rowCount() < total
    codes = {
        panel.reference_proxy.index(row, 0).data()
        for row in range(panel.reference_proxy.rowCount())
    }
    assert "SYR" in codes
    settle(qtbot, tasks)


def test_every_reference_list_has_as_many_headers_as_columns():
    from app.domain.reference import default_reference

    for kind in ("sites", "programmes", "countries", "languages"):
        headers, rows = reference_table(default_reference(), kind)
        assert rows and all(len(row) == len(headers) for row in rows)
