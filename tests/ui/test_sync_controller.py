"""The sync controller against a real local server: background pulls, responsiveness, offline, revoke."""

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import count, pairwise
from pathlib import Path
from typing import Any

import pytest

from app.domain.ids import new_id
from app.services import records
from app.store.store import Store
from sync import device as local
from sync.client import SyncClient
from sync.credentials import load_token, save_token
from sync.engine import sync_once
from sync.enrolment import enroll
from sync.server.accounts import admin
from sync.server.ops.process import ServerProcess, free_port
from sync.server.storage.db import make_engine
from tests.conftest import FAST_KDF
from tests.ui.conftest import settle
from ui.colleagues import DIRECTORY
from ui.context import Context
from ui.qt import Qt, QTimer
from ui.session import Changed, Session
from ui.settings import DesktopSettings
from ui.sync_controller import SyncController, wipe_local_data

SERVER_PASSWORD = "server-pass-1"


@dataclass(frozen=True)
class Server:
    url: str
    engine: Any
    team: str


_names = count(1)
PULLED = 8000  # a pull of about half a second on a fast machine, in pages of 200


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, object]]:
    """One `fallakte-server run` (on SQLite) for the module; (url, engine)."""
    home = tmp_path_factory.mktemp("server")
    database_url = f"sqlite:///{home / 'server.db'}"
    process = ServerProcess(database_url=database_url, home=home)
    process.start()
    engine = make_engine(database_url)
    try:
        yield process.url, engine
    finally:
        engine.dispose()
        process.stop()


def new_team(live: tuple[str, object]) -> Server:
    url, engine = live
    team = f"team{next(_names)}"
    admin.add_team(engine, team_id=team, name=team)
    return Server(url, engine, team)


@pytest.fixture
def server(live: tuple[str, object]) -> Server:
    """The module's server with a team of this test's own: what other tests synced stays apart."""
    return new_team(live)


def enrol_store(server: Server, store: Store, *, role: str = "counsellor") -> str:
    """Enrol `store` with a new user of the test's team; returns the user name."""
    username = f"user{next(_names)}"
    admin.add_user(
        server.engine, username=username, password=SERVER_PASSWORD, team_id=server.team, role=role
    )
    enroll(
        store,
        server_url=server.url,
        username=username,
        password=SERVER_PASSWORD,
        device_name=username,
    )
    return username


@pytest.fixture
def colleague(server, tmp_path: Path) -> Iterator[Store]:
    """A second enrolled device whose edits the GUI device pulls."""
    store, _ = Store.init(tmp_path / "colleague", "device-pass-1", actor="bo", kdf=FAST_KDF)
    enrol_store(server, store)
    yield store
    store.close()


def fast_client(store: Store) -> SyncClient:
    with store.read() as conn:
        url = local.get_setting(conn, "server_url")
    return SyncClient(url, load_token(store), attempts=1, backoff=0.01)


def controller_for(session: Session, **settings: int) -> SyncController:
    ctx = Context(
        session=session, settings=DesktopSettings(**settings), navigator=None, role="counsellor"
    )  # type: ignore[arg-type]
    controller = SyncController(ctx, client_factory=fast_client)
    controller.refresh()  # as the workspace does once the first screen is filled
    return controller


def households(store: Store, number: int) -> None:
    with store.write() as writer:
        writer.put_many(
            "household",
            [(new_id(), {"label": f"Familie {n:04d}", "site": "ATR"}) for n in range(number)],
        )


def due_within(controller: SyncController, seconds: int) -> bool:
    """Whether the next sync is due within `seconds` (a coarse timer may be 5 % late)."""
    remaining = controller.next_sync_in_ms()
    return remaining is not None and 0 < remaining <= seconds * 1000 * 1.05


def wait_for(qtbot, controller: SyncController, test: Callable[[object], bool]) -> None:
    qtbot.waitUntil(lambda: test(controller.state), timeout=20_000)


def test_a_large_pull_runs_in_the_background_and_the_ui_keeps_ticking(
    qtbot, server, store, session, tasks, colleague
):
    households(colleague, PULLED)
    sync_once(colleague, fast_client(colleague))
    enrol_store(server, store)
    controller = controller_for(session)
    controller.pull_limit = 200  # several pages, several progress reports
    settle(qtbot, tasks)
    assert controller.state.enrolled and controller.state.online is None
    states, changes, ticks = [], [], []
    controller.state_changed.connect(states.append)
    session.changed.connect(changes.append)
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    started = time.monotonic()
    timer.start()
    with qtbot.waitSignal(controller.sync_finished, timeout=60_000) as blocker:
        controller.start()
    timer.stop()
    elapsed = time.monotonic() - started
    run = blocker.args[0]
    assert run.pulled == PULLED and run.error is None
    assert controller.state.online is True and controller.state.last_success is not None
    assert not controller.state.running and controller.state.unsynced == 0
    pulls = [s.done for s in states if s.phase == "pull"]
    assert len(pulls) >= PULLED // 200 and pulls == sorted(pulls)
    # The pulled households, and the team directory this first sync brought along.
    assert changes == [Changed(frozenset({"household", DIRECTORY}), origin="sync")]
    # The GUI thread kept turning: a 10 ms timer fired through the whole pull.
    assert len(ticks) >= max(20, elapsed / 0.01 * 0.4), (len(ticks), elapsed)
    gaps = [b - a for a, b in pairwise(ticks)]
    # No long stall either. Not a blink's 0.3 s: on a loaded 2-core CI machine a garbage
    # collection over the pulled pages once paused every thread for 0.4 s. A pull on the GUI
    # thread would stall it for the whole pull, or leave far fewer ticks than counted above.
    assert max(gaps) < 1.0, (max(gaps), elapsed)
    assert controller.history == [run]
    # The timer runs on: the next sync is due after the configured interval.
    assert due_within(controller, 300)
    controller.stop()
    assert controller.next_sync_in_ms() is None


def test_unsynced_changes_are_counted_after_local_edits_and_sent_by_sync_now(
    qtbot, server, store, session, tasks
):
    enrol_store(server, store)
    controller = controller_for(session)
    settle(qtbot, tasks)
    session.mutate(lambda s: households(s, 3), touches=("household",))  # like an editor saving
    wait_for(qtbot, controller, lambda s: s.unsynced == 3)
    with qtbot.waitSignal(controller.sync_finished, timeout=20_000) as blocker:
        assert controller.sync_now()
        assert not controller.sync_now()  # never two at once: this one follows the first
    assert blocker.args[0].pushed == 3
    wait_for(qtbot, controller, lambda s: s.unsynced == 0 and not s.running)
    settle(qtbot, tasks)
    assert len(controller.history) == 2  # the queued request ran once after the first
    controller.stop()


def test_a_closed_port_means_offline_and_a_quiet_retry_with_back_off(qtbot, store, session, tasks):
    save_token(store, "t" * 43)
    with store.write() as writer:
        local.set_setting(writer.conn, "server_url", f"http://127.0.0.1:{free_port()}")
    controller = controller_for(session, sync_interval_seconds=60)
    controller.first_retry_s = 20
    with qtbot.waitSignal(controller.sync_finished, timeout=20_000):
        controller.start()
    state = controller.state
    assert state.online is False and state.error is None and not state.running
    assert due_within(controller, 20)
    with qtbot.waitSignal(controller.sync_finished, timeout=20_000):
        controller.sync_now()
    assert due_within(controller, 40) and not due_within(controller, 20)
    with qtbot.waitSignal(controller.sync_finished, timeout=20_000):
        controller.sync_now()
    assert due_within(controller, 60) and not due_within(controller, 40)  # capped: the interval
    controller.stop()
    settle(qtbot, tasks)


@pytest.mark.parametrize("wipe", [False, True])
def test_a_revoked_device_is_told_why(qtbot, server, store, session, tasks, wipe):
    enrol_store(server, store)
    controller = controller_for(session)
    settle(qtbot, tasks)
    admin.revoke_device(
        server.engine, device_id=store.device.device_id, wipe=wipe, reason="Laptop verloren"
    )
    with qtbot.waitSignal(controller.revoked, timeout=20_000) as blocker:
        controller.start()
    assert blocker.args[0] is wipe
    assert "Laptop verloren" in blocker.args[1]
    assert controller.state.error and controller.revoked_here
    assert controller.next_sync_in_ms() is None and not controller.sync_now()
    data_dir = store.data_dir
    if wipe:
        assert (data_dir / "keys.json").exists()  # the app erases it once its screens stopped
        wipe_local_data(store)
        wipe_local_data(store)  # safe to repeat
        assert not data_dir.exists()
    else:
        assert (data_dir / "keys.json").exists()
    settle(qtbot, tasks)


def test_stop_cancels_a_running_sync_quietly(qtbot, server, store, session, tasks, colleague):
    households(colleague, 600)
    sync_once(colleague, fast_client(colleague))
    enrol_store(server, store)
    controller = controller_for(session)
    controller.pull_limit = 50
    settle(qtbot, tasks)
    first_pages = []

    def stop_at_the_first_page(state) -> None:
        if state.phase == "pull" and not first_pages:
            first_pages.append(state.done)
            controller.stop()  # what a lock does

    controller.state_changed.connect(stop_at_the_first_page)
    controller.start()
    qtbot.waitUntil(lambda: bool(first_pages) and not controller.running, timeout=20_000)
    settle(qtbot, tasks)
    state = controller.state
    assert not state.running and state.error is None
    assert records.count(store, entity="household") < 600  # it stopped early
    assert controller.history == []  # a cancel is no failure worth a log line
    assert controller.next_sync_in_ms() is None


def test_the_sync_panel_connects_the_device_then_shows_server_and_syncs(
    qtbot, server, ctx, session, tasks
):
    from ui.panels.sync_panel import SyncPanel

    username = f"user{next(_names)}"
    admin.add_user(
        server.engine,
        username=username,
        password=SERVER_PASSWORD,
        team_id=server.team,
        role="lead",
    )
    controller = SyncController(ctx, client_factory=fast_client)
    controller.refresh()
    panel = SyncPanel(ctx)
    qtbot.addWidget(panel)
    panel.attach_sync(controller)
    panel.show()
    settle(qtbot, tasks)
    assert panel.title() == "Sync" and panel.name == "sync"
    assert panel.connect_box.isVisible() and not panel.server_box.isVisible()
    panel.url_edit.setText(server.url)
    panel.user_edit.setText(username)
    panel.password_edit.setText("wrong password")
    with qtbot.waitSignal(tasks.idle, timeout=20_000):
        qtbot.mouseClick(panel.connect_button, Qt.MouseButton.LeftButton)
    assert panel.connect_error.isVisible() and panel.password_edit.text() == ""
    panel.password_edit.setText(SERVER_PASSWORD)
    with qtbot.waitSignal(controller.sync_finished, timeout=20_000):
        qtbot.mouseClick(panel.connect_button, Qt.MouseButton.LeftButton)
    settle(qtbot, tasks)
    assert not panel.connect_box.isVisible() and panel.server_box.isVisible()
    assert panel.url_value.text() == server.url and panel.user_value.text() == username
    assert panel.team_value.text() == server.team and panel.role_value.text() == "team lead"
    assert panel.state_value.text() == "Online"
    assert panel.log.rowCount() == 1 and panel.log.item(0, 5).text() == "done"
    controller.stop()
