"""The conflict view names the colleague and device behind a change (issue 15): from the
team directory, "this device" for our own, the server's own changes as such, unknown ids short."""

from datetime import UTC, datetime

from app.domain.ids import new_id
from sync.device import apply_page
from sync.merge import SERVER_DEVICE
from sync.protocol import ConflictWire, PullResponse
from tests.ui.conftest import settle
from tests.ui.directory_fixtures import LAPTOP_KOBLENZ, keep_directory
from ui.models.conflicts import ConflictsModel, load_conflict_rows
from ui.panels.conflicts import ConflictsPanel

STRANGER = "0b7e5f6a-2c1d-4e8f-9a3b-5c6d7e8f9a0b"


def conflict_from(store, household, *, winner_device, seq=1, field="label"):
    mine = store.device.device_id
    page = PullResponse(
        records=[],
        conflicts=[
            ConflictWire(
                id=new_id(),
                entity="household",
                record_id=household.id,
                field=field,
                winner_value="Familie Nuri",
                winner_stamp=f"1767225600000-00000-{winner_device}",
                loser_value="Familie Noori",
                loser_stamp=f"1767225000000-00001-{mine}",
                server_seq=seq,
            )
        ],
        evictions=[],
        cursor=seq,
        more=False,
        server_time=datetime.now(UTC),
    )
    apply_page(store, page)


def test_each_side_says_who_wrote_it(store, make):
    keep_directory(store)
    household = make.household(label="Familie Nuri")
    conflict_from(store, household, winner_device=LAPTOP_KOBLENZ)
    conflict_from(store, household, winner_device=SERVER_DEVICE, seq=2, field="site")
    conflict_from(store, household, winner_device=STRANGER, seq=3, field="label")
    colleague, server, stranger = load_conflict_rows(store)
    assert (colleague.current.source, colleague.current.by) == (
        "known",
        "Ben Okafor, Laptop Koblenz",
    )
    assert colleague.lost.source == "here" and colleague.lost.here
    assert server.current.source == "server"
    assert (stranger.current.source, stranger.current.by) == ("unknown", STRANGER[:8])


def test_the_panel_shows_names_not_device_ids(qtbot, ctx, tasks, store, make):
    keep_directory(store)
    household = make.household(label="Familie Nuri")
    conflict_from(store, household, winner_device=LAPTOP_KOBLENZ)
    conflict_from(store, household, winner_device=SERVER_DEVICE, seq=2, field="site")
    panel = ConflictsPanel(ctx)
    qtbot.addWidget(panel)
    panel.show()
    with qtbot.waitSignal(panel.loaded):
        panel.start_background()  # as the workspace does once the first screen is filled
    settle(qtbot, tasks)
    panel.table.selectRow(0)
    assert panel.current_box.source.text().endswith(", Ben Okafor, Laptop Koblenz")
    assert "on this device" in panel.lost_box.source.text()
    assert LAPTOP_KOBLENZ[:8] not in panel.current_box.source.text()
    panel.table.selectRow(1)
    assert "by the server" in panel.current_box.source.text()


def test_without_a_directory_the_device_id_is_shortened(qtbot, session, tasks, store, make):
    household = make.household(label="Familie Nuri")
    conflict_from(store, household, winner_device=LAPTOP_KOBLENZ)
    model = ConflictsModel(session)
    with qtbot.waitSignal(model.loaded):
        model.reload()
    settle(qtbot, tasks)
    row = model.row_at(0)
    assert row is not None and row.current.source == "unknown"
    text = model.data(model.index(0, ConflictsModel.LOST_SOURCE))
    assert "on this device" in text  # the lost side is ours
    from ui.models.conflicts import describe_source

    assert f"on another device ({LAPTOP_KOBLENZ[:8]})" in describe_source(row.current)
