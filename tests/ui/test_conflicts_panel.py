"""The Conflicts screen: side by side, resolved both ways with the buttons, the badge even when hidden."""

from app.services import records
from tests.ui.conftest import settle
from tests.ui.test_conflicts_model import pull_conflict
from ui.panels.conflicts import ConflictsPanel
from ui.qt import Qt
from ui.session import Changed


def make_panel(qtbot, ctx, tasks):
    panel = ConflictsPanel(ctx)
    qtbot.addWidget(panel)
    panel.start_background()  # as the workspace does once the first screen is filled
    settle(qtbot, tasks)
    return panel


def test_badge_counts_open_conflicts_before_the_screen_is_shown(qtbot, ctx, tasks, store, make):
    household = make.household(label="Familie Nuri")
    pull_conflict(
        store,
        entity="household",
        record_id=household.id,
        field="label",
        current="Familie Nuri",
        lost="Familie Noori",
    )
    counts = []
    panel = ConflictsPanel(ctx)
    qtbot.addWidget(panel)
    panel.badge_changed.connect(counts.append)
    panel.start_background()  # as the workspace does once the first screen is filled
    settle(qtbot, tasks)
    assert counts == [1]
    assert panel.title() == "Conflicts" and panel.name == "conflicts"
    # A sync that brings another conflict updates the badge while the screen stays hidden.
    pull_conflict(
        store,
        entity="household",
        record_id=household.id,
        field="site",
        current="ATR",
        lost=None,
        seq=2,
    )
    with qtbot.waitSignal(panel.badge_changed) as blocker:
        ctx.session.announce(Changed(frozenset({"household", "conflict"}), origin="sync"))
    assert blocker.args == [2]
    assert not panel.isVisible()


def test_keep_current_with_the_button(qtbot, ctx, tasks, store, make):
    household = make.household(label="Familie Nuri")
    pull_conflict(
        store,
        entity="household",
        record_id=household.id,
        field="label",
        current="Familie Nuri",
        lost="Familie Noori",
    )
    panel = make_panel(qtbot, ctx, tasks)
    panel.show()
    panel.activate()
    settle(qtbot, tasks)
    assert panel.current_box.value.toPlainText() == "Familie Nuri"
    assert panel.lost_box.value.toPlainText() == "Familie Noori"
    assert "on this device" in panel.lost_box.source.text()
    assert "another device" in panel.current_box.source.text()
    with qtbot.waitSignal(panel.badge_changed) as blocker:
        qtbot.mouseClick(panel.keep_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [0]
    settle(qtbot, tasks)
    assert panel.empty_label.isVisible() and not panel.table.isVisible()
    assert not panel.keep_button.isEnabled()
    label = records.get(store, entity="household", record_id=household.id, audit=False).label
    assert label == "Familie Nuri"


def test_restore_with_the_button_and_open_the_person(qtbot, ctx, tasks, store, make, navigator):
    person = make.person(family_name="Nuri", given_names="Layla")
    pull_conflict(
        store,
        entity="person",
        record_id=person.id,
        field="given_names",
        current="Layla",
        lost="Leila",
    )
    panel = make_panel(qtbot, ctx, tasks)
    panel.show()
    assert "Nuri, Layla" in panel.heading.text()
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    assert navigator.calls == [("person", person.id)]
    assert panel.restore_button.text() == "&Restore this value"  # Alt+R
    with qtbot.waitSignal(panel.badge_changed) as blocker:
        qtbot.mouseClick(panel.restore_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [0]
    settle(qtbot, tasks)
    stored = records.get(store, entity="person", record_id=person.id, audit=False)
    assert stored.given_names == "Leila"


def test_a_duplicate_merged_twice_is_a_notice_with_both_names_and_no_restore(
    qtbot, ctx, tasks, store, make
):
    from app.services import merging

    first = make.person(family_name="Haddad", given_names="Rami")
    second = make.person(family_name="Hadad", given_names="Rami")
    duplicate = make.person(family_name="Haddat", given_names="Rami")
    merging.merge(store, entity="person", duplicate_id=duplicate.id, survivor_id=first.id)
    # The server refused this laptop's merge of the same duplicate into `second`.
    pull_conflict(
        store,
        entity="person",
        record_id=duplicate.id,
        field="merged_into",
        current=first.id,
        lost=second.id,
    )
    panel = make_panel(qtbot, ctx, tasks)
    panel.show()
    panel.activate()
    settle(qtbot, tasks)
    assert "merged twice" in panel.heading.text()
    assert "Possible duplicates" in panel.heading.text()
    qtbot.waitUntil(lambda: panel.lost_box.value.toPlainText() == "Hadad, Rami")
    assert panel.current_box.value.toPlainText() == "Haddad, Rami"
    assert not panel.restore_button.isEnabled()
    # Keep current closes the notice, from the keyboard; nothing is merged by it.
    panel.keep_button.setFocus()
    with qtbot.waitSignal(panel.badge_changed) as blocker:
        qtbot.keyClick(panel.keep_button, Qt.Key.Key_Space)
    assert blocker.args == [0]
    settle(qtbot, tasks)
    kept = records.get(store, entity="person", record_id=second.id, audit=False)
    assert kept.merged_into is None
