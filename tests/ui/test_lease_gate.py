"""The offline lease in the desktop app, against a real local server: an expired lease shows
"sync required" instead of the workspace, a confirmed sync opens the workspace, a revoked device
takes the revoke path, and the status bar counts the days left."""

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.services import lease
from app.services.lease import LeaseState, LeaseStatus
from app.store.store import Store
from sync.server.accounts import admin
from tests.conftest import PASSWORD, Factory
from tests.ui import test_sync_controller as shared
from tests.ui.conftest import settle
from tests.ui.test_sync_status import FakeController, make_widget
from ui import i18n
from ui.app import Controller
from ui.lease_gate import LeaseGate
from ui.qt import Qt, QtCore, QtWidgets
from ui.settings import DesktopSettings
from ui.workspace import Workspace

live = shared.live  # the module's own server process


@pytest.fixture
def server(live):
    return shared.new_team(live)


def expire(store: Store, days_ago: int = 40) -> None:
    with store.write() as writer:
        back = datetime.now(UTC) - timedelta(days=days_ago)
        lease.confirm(writer.conn, days=30, now=back, server_time=back)


@pytest.fixture
def expired_device(server, store_and_recovery, data_dir: Path):
    """An enrolled store holding one person, its lease run out 10 days ago; closed again."""
    store = store_and_recovery[0]
    username = shared.enrol_store(server, store)
    Factory(store).person(family_name="Kaya")
    expire(store)
    store.close()
    return username


def unlocked(qtbot, data_dir: Path) -> Controller:
    controller = Controller(data_dir=data_dir, settings=DesktopSettings(language="en"))
    qtbot.addWidget(controller.window)
    controller.start()
    qtbot.keyClicks(controller.unlock_page.password, PASSWORD)
    with qtbot.waitSignal(controller.unlocked, timeout=10_000):
        qtbot.keyClick(controller.unlock_page.password, Qt.Key.Key_Return)
    return controller


def test_an_expired_lease_shows_sync_required_and_a_sync_opens_the_workspace(
    qtbot, expired_device, data_dir
):
    controller = unlocked(qtbot, data_dir)
    gate = controller.window.pages.currentWidget()
    assert isinstance(gate, LeaseGate) and controller.lease_gate is gate
    assert controller.workspace is None
    assert not controller.window.findChildren(Workspace)  # no person list, no panel at all
    assert "for more than 30 days" in gate.explanation.text()  # the team's lease, not a guess
    assert not controller.window.statusBar().isVisible()
    qtbot.waitUntil(lambda: gate.sync_button.isEnabled(), timeout=10_000)
    assert gate.sync_button.hasFocus()
    with qtbot.waitSignal(gate.confirmed, timeout=30_000):
        qtbot.keyClick(gate.sync_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: controller.workspace is not None, timeout=10_000)
    assert controller.window.pages.currentWidget() is controller.workspace
    assert controller.lease_gate is None
    qtbot.waitUntil(lambda: not controller.window.findChildren(LeaseGate), timeout=5_000)
    settle(qtbot, controller.tasks)
    from ui.sync_status import SyncStatusWidget

    (bar,) = controller.window.statusBar().findChildren(SyncStatusWidget)
    qtbot.waitUntil(
        lambda: bar.lease_label.text().startswith("Offline lease: 30 day"), timeout=10_000
    )
    assert bar.lease_label.isVisible() and not bar.lease_label.property("warning")
    controller.quit()


def test_lock_from_the_gate_shows_the_lock_screen(qtbot, expired_device, data_dir):
    controller = unlocked(qtbot, data_dir)
    gate = controller.lease_gate
    assert isinstance(gate, LeaseGate)
    qtbot.mouseClick(gate.lock_button, Qt.MouseButton.LeftButton)
    assert controller.session is None and controller.lease_gate is None
    assert controller.window.pages.currentWidget() is controller.unlock_page
    # Unlocked again, the lease is still over: the gate again, never the workspace.
    qtbot.keyClicks(controller.unlock_page.password, PASSWORD)
    with qtbot.waitSignal(controller.unlocked, timeout=10_000):
        qtbot.keyClick(controller.unlock_page.password, Qt.Key.Key_Return)
    assert isinstance(controller.window.pages.currentWidget(), LeaseGate)
    controller.quit()


def test_a_device_revoked_with_wipe_at_the_gate_is_erased(
    qtbot, server, expired_device, data_dir, monkeypatch
):
    notices: list[str] = []
    monkeypatch.setattr(
        QtWidgets.QMessageBox, "warning", lambda _parent, title, _text, *a: notices.append(title)
    )
    monkeypatch.setattr(QtCore.QCoreApplication, "quit", lambda *a: notices.append("quit"))
    (device,) = [d for d in admin.list_devices(server.engine) if d.username == expired_device]
    admin.revoke_device(server.engine, device_id=device.id, wipe=True, reason="verloren")
    controller = unlocked(qtbot, data_dir)
    gate = controller.lease_gate
    assert isinstance(gate, LeaseGate)
    qtbot.waitUntil(lambda: gate.sync_button.isEnabled(), timeout=10_000)
    qtbot.mouseClick(gate.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "quit" in notices, timeout=30_000)
    assert notices == ["Device removed and data erased", "quit"]
    assert not data_dir.exists()
    assert controller.workspace is None and controller.session is None


def test_a_running_lease_opens_the_workspace_directly(qtbot, server, store_and_recovery, data_dir):
    store = store_and_recovery[0]
    shared.enrol_store(server, store)
    store.close()
    controller = unlocked(qtbot, data_dir)
    assert controller.lease_gate is None and controller.workspace is not None
    settle(qtbot, controller.tasks)
    controller.quit()


def test_the_status_bar_counts_the_days_and_warns_in_the_last_ones(qtbot):
    i18n.install("en")  # the English plural forms
    controller = FakeController()
    widget = make_widget(qtbot, controller)
    assert not widget.lease_label.isVisible()  # not read yet
    running = LeaseState(LeaseStatus.running, 12, 30, datetime.now(UTC))
    controller.show(enrolled=True, online=True, lease=running)
    assert widget.lease_label.text() == "Offline lease: 12 days"
    assert not widget.lease_label.property("warning") and widget.lease_label.isVisible()
    assert "Offline lease: 12 days" in widget.accessibleName()
    controller.show(enrolled=True, lease=LeaseState(LeaseStatus.running, 1, 30, None))
    assert widget.lease_label.text() == "Offline lease: 1 day"
    assert widget.lease_label.property("warning")
    controller.show(enrolled=True, lease=LeaseState(LeaseStatus.expired, 0, 30, None))
    assert widget.lease_label.text() == "Offline lease over: sync required"
    controller.show(lease=LeaseState(LeaseStatus.not_enrolled, 30, 30, None))
    assert not widget.lease_label.isVisible()


def test_the_status_bar_speaks_german(qtbot):
    i18n.install("de")
    controller = FakeController()
    widget = make_widget(qtbot, controller)
    controller.show(enrolled=True, lease=LeaseState(LeaseStatus.running, 3, 30, None))
    assert widget.lease_label.text() == "Offline-Frist: 3 Tage"
    controller.show(enrolled=True, lease=LeaseState(LeaseStatus.running, 1, 30, None))
    assert widget.lease_label.text() == "Offline-Frist: 1 Tag"
    controller.show(enrolled=True, lease=LeaseState(LeaseStatus.clock_back, 0, 30, None))
    assert widget.lease_label.text() == "Offline-Frist abgelaufen: Synchronisation erforderlich"


def test_a_lease_running_out_while_unlocked_swaps_the_workspace_for_the_gate(
    qtbot, server, store_and_recovery, data_dir
):
    store = store_and_recovery[0]
    shared.enrol_store(server, store)
    store.close()
    controller = unlocked(qtbot, data_dir)
    workspace = controller.workspace
    assert workspace is not None and controller.session is not None
    case = Factory(controller.session.store).case()
    workspace.new_consultation(case.id)
    settle(qtbot, controller.tasks)
    qtbot.keyClicks(workspace.editors[-1].notes, "Rueckkehr nach Tiflis besprochen")
    expire(controller.session.store)
    assert controller.sync is not None
    controller.sync.refresh()  # what the next timer tick or local edit does
    qtbot.waitUntil(lambda: isinstance(controller.lease_gate, LeaseGate), timeout=10_000)
    gate = controller.lease_gate
    assert controller.workspace is None and controller.session is not None
    assert controller.window.pages.currentWidget() is gate
    # The typing was kept as a draft and comes back with the workspace after the sync.
    with qtbot.waitSignal(gate.confirmed, timeout=30_000):
        qtbot.mouseClick(gate.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.workspace is not None, timeout=10_000)
    qtbot.waitUntil(lambda: len(controller.workspace.editors) == 1, timeout=10_000)
    notes = controller.workspace.editors[0].notes.toPlainText()
    assert notes == "Rueckkehr nach Tiflis besprochen"
    settle(qtbot, controller.tasks)
    controller.quit()
