"""The status bar's sync widget: what it says for each state, "Sync now", the error with details."""

from datetime import UTC, datetime, timedelta

from sync import device as local
from sync.client import SyncClient
from sync.credentials import save_token
from sync.server.ops.process import free_port
from tests.ui.conftest import settle
from ui import i18n
from ui.qt import QObject, Qt, Signal
from ui.sync_controller import SyncController, SyncState
from ui.sync_status import SyncStatusWidget, relative_time


class FakeController(QObject):
    """Stands in for the controller: the widget only reads `state` and asks for `sync_now`."""

    state_changed = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.state = SyncState()
        self.revoked_here = False
        self.requests = 0

    def show(self, **fields: object) -> None:
        self.state = SyncState(**fields)  # type: ignore[arg-type]
        self.state_changed.emit(self.state)

    def sync_now(self) -> bool:
        self.requests += 1
        return True


def make_widget(qtbot, controller) -> SyncStatusWidget:
    widget = SyncStatusWidget(controller)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_not_connected_and_offline_states(qtbot):
    controller = FakeController()
    widget = make_widget(qtbot, controller)
    assert widget.state_label.text() == "Not connected to a server"
    assert not widget.sync_button.isEnabled() and not widget.last_sync_label.isVisible()
    controller.show(enrolled=True, online=False, unsynced=3)
    assert widget.state_label.text() == "Offline"
    assert widget.last_sync_label.text() == "Last sync: never"
    assert widget.unsynced_label.text().startswith("3 unsynced change")
    assert "Offline" in widget.accessibleName()
    assert not widget.error_button.isVisible()


def test_progress_and_sync_now(qtbot):
    controller = FakeController()
    widget = make_widget(qtbot, controller)
    controller.show(enrolled=True, online=True, last_success=datetime.now(UTC))
    assert widget.state_label.text() == "Online"
    assert widget.last_sync_label.text() == "Last sync: just now"
    assert not widget.unsynced_label.isVisible()
    qtbot.mouseClick(widget.sync_button, Qt.MouseButton.LeftButton)
    assert controller.requests == 1
    controller.show(enrolled=True, online=True, running=True, phase="pull", done=1234)
    assert widget.state_label.text() == f"Synchronising… {i18n.format_number(1234)} records"
    assert not widget.sync_button.isEnabled()


def test_an_error_opens_a_message_with_details(qtbot):
    controller = FakeController()
    widget = make_widget(qtbot, controller)
    controller.show(
        enrolled=True,
        online=True,
        error="The server is busy. Sync will try again shortly.",
        detail="ServerBusy: server error 503 on /api/v1/sync/pull",
    )
    assert widget.error_button.isVisible()
    qtbot.mouseClick(widget.error_button, Qt.MouseButton.LeftButton)
    box = widget.message_box
    assert box is not None and box.isVisible()
    assert box.text() == "The server is busy. Sync will try again shortly."
    assert "503" in box.detailedText()
    box.close()


def test_relative_times():
    now = datetime(2026, 3, 2, 15, 0, tzinfo=UTC)
    assert relative_time(None) == "never"
    assert relative_time(now - timedelta(seconds=20), now) == "just now"
    assert relative_time(now - timedelta(minutes=12), now) == "12 minute(s) ago"
    earlier = now - timedelta(days=3)
    assert relative_time(earlier, now) == i18n.format_datetime(earlier)


def test_follows_a_real_controller_that_cannot_reach_its_server(qtbot, ctx, store, tasks):
    url = f"http://127.0.0.1:{free_port()}"  # nobody listens there
    save_token(store, "t" * 43)
    with store.write() as writer:
        local.set_setting(writer.conn, "server_url", url)
    controller = SyncController(ctx, client_factory=lambda _: SyncClient(url, "t", attempts=1))
    controller.refresh()
    widget = make_widget(qtbot, controller)
    with qtbot.waitSignal(controller.sync_finished, timeout=20_000):
        controller.start()
    assert widget.state_label.text() == "Offline"
    assert widget.sync_button.isEnabled() and not widget.error_button.isVisible()
    controller.stop()
    settle(qtbot, tasks)
