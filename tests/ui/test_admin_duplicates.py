"""The lead's list of likely duplicate persons (Admin › Possible duplicates)."""

from tests.ui.conftest import settle
from ui.panels.admin import AdminPanel
from ui.panels.admin_duplicates import DuplicatesPage
from ui.qt import Qt


def test_the_list_shows_likely_pairs_and_opens_them(qtbot, ctx, tasks, make, navigator):
    first = make.person(family_name="Avcı", given_names="Mehmet", birth_date="1987-03-14")
    second = make.person(family_name="Awdschi", given_names="Mehmet", birth_date="1987")
    make.person(family_name="Neumann", given_names="Lea", birth_date="1990")
    page = DuplicatesPage(ctx)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.compute()
    assert page.table.topLevelItemCount() == 1
    item = page.table.topLevelItem(0)
    assert {item.text(1), item.text(3)} == {"Avcı, Mehmet", "Awdschi, Mehmet"}
    assert "name" in item.text(5) and "birth year" in item.text(5)
    assert "1 likely pair" in page.status.text()
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert navigator.calls[-1][0] == "person"
    assert navigator.calls[-1][1] in (first.id, second.id)
    qtbot.mouseClick(page.open_second, Qt.MouseButton.LeftButton)
    assert {navigator.calls[-1][1], navigator.calls[-2][1]} == {first.id, second.id}
    settle(qtbot, tasks)


def test_the_admin_area_searches_when_the_tab_is_opened(qtbot, ctx, tasks, make):
    make.person(family_name="Haddad", given_names="Rami", birth_date="1990")
    make.person(family_name="Hadad", given_names="Rami", birth_date="1991")
    panel = AdminPanel(ctx)
    qtbot.addWidget(panel)
    panel.show()
    settle(qtbot, tasks)
    assert not panel.duplicates.computed
    with qtbot.waitSignal(panel.duplicates.loaded, timeout=10_000):
        panel.tabs.setCurrentWidget(panel.duplicates)
    assert panel.duplicates.table.topLevelItemCount() == 1
    settle(qtbot, tasks)


def test_merge_shows_both_side_by_side_and_makes_them_one(qtbot, ctx, tasks, make, store):
    from app.services import listing, records

    first = make.person(family_name="Avcı", given_names="Mehmet", birth_date="1987-03-14")
    second = make.person(
        family_name="Awdschi", given_names="Mehmet", birth_date="1987", phone="+49 651 99"
    )
    page = DuplicatesPage(ctx)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.compute()
    left, right = page.selected()  # the left one would stay
    qtbot.mouseClick(page.merge_button, Qt.MouseButton.LeftButton)
    dialog = page.merge_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.merge_button.isEnabled(), timeout=10_000)
    rows = {
        dialog.table.topLevelItem(i).text(0): dialog.table.topLevelItem(i)
        for i in range(dialog.table.topLevelItemCount())
    }
    phone = rows["Phone"]
    assert (phone.text(1), phone.text(2), phone.text(3)) in (
        ("–", "+49 651 99", "+49 651 99"),
        ("+49 651 99", "–", "+49 651 99"),
    )
    assert "move to the person who stays" in dialog.moving.text()
    # Swap with the keyboard: the other one stays.
    with qtbot.waitSignal(dialog.planned, timeout=10_000):
        qtbot.keyClick(dialog, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
    assert (dialog.survivor, dialog.duplicate) == (right, left)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    assert page.table.topLevelItemCount() == 0
    assert listing.person_ids(store) == [right]
    merged = records.get(store, entity="person", record_id=left, audit=False)
    assert merged.merged_into == right
    assert records.get(store, entity="person", record_id=right, audit=False).phone == "+49 651 99"
    assert {first.id, second.id} == {left, right}
    settle(qtbot, tasks)
