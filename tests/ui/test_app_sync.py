"""The whole app on an enrolled device against a real local server: it syncs by itself after
unlocking, shows the Admin area to a lead, and a colleague's follow-up arrives on Today."""

from datetime import date, timedelta
from pathlib import Path

import pytest

from app.services.consultations import record_consultation
from sync.engine import sync_once
from tests.conftest import PASSWORD, Factory
from tests.ui import test_sync_controller as shared
from tests.ui.conftest import settle
from ui.app import Controller
from ui.settings import DesktopSettings

live = shared.live  # the module's own server process


@pytest.fixture
def server(live):
    return shared.new_team(live)


@pytest.fixture
def colleague(server, tmp_path: Path):
    from app.store.store import Store
    from tests.conftest import FAST_KDF

    store, _ = Store.init(tmp_path / "colleague", "device-pass-1", actor="bo", kdf=FAST_KDF)
    shared.enrol_store(server, store)
    yield store
    store.close()


def test_enrolled_lead_syncs_after_unlock_and_sees_a_colleagues_follow_up(
    qtbot, server, store_and_recovery, data_dir: Path, colleague
) -> None:
    store = store_and_recovery[0]
    shared.enrol_store(server, store, role="lead")
    store.close()
    controller = Controller(data_dir=data_dir, settings=DesktopSettings(language="en"))
    qtbot.addWidget(controller.window)
    controller.start()
    controller.unlock_page.password.setText(PASSWORD)
    with qtbot.waitSignal(controller.unlocked, timeout=10_000):
        controller.unlock_page.unlock_button.click()
    workspace, sync = controller.workspace, controller.sync
    assert workspace is not None and sync is not None
    assert "admin" in workspace._panels  # a lead sees the Admin area
    with qtbot.waitSignal(sync.sync_finished, timeout=30_000) as first:
        pass  # started by itself once Today was filled
    assert first.args[0].error is None and sync.state.online is True

    # A colleague records a consultation with a follow-up for anna and syncs.
    case = Factory(colleague).case()
    record_consultation(
        colleague,
        data={"case_id": case.id, "held_on": date.today(), "duration_minutes": 30},
        follow_up={
            "due_on": date.today() + timedelta(days=1),
            "title": "Rückruf Botschaft",
            "assignee": "anna",
        },
    )
    sync_once(colleague, shared.fast_client(colleague))
    today = workspace.panel("today")
    with (
        qtbot.waitSignal(today.loaded, timeout=30_000),
        qtbot.waitSignal(sync.sync_finished, timeout=30_000) as second,
    ):
        sync.sync_now()
    assert second.args[0].pulled > 0
    settle(qtbot, controller.tasks)
    texts = [today.due.item(i).text() for i in range(today.due.count())]
    assert any("Rückruf Botschaft" in t for t in texts), texts
    controller.quit()
