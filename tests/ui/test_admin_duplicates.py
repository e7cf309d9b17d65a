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
