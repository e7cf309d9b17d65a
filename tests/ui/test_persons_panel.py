"""The persons panel: loads when shown, filters as you type, opens a person, starts a new one."""

import pytest

from tests.ui.conftest import settle
from ui.editors.person import PersonEditor
from ui.panels.persons import PersonsPanel
from ui.qt import Qt, QtWidgets

pytestmark = pytest.mark.gui


@pytest.fixture
def panel(qtbot, ctx, tasks, make):
    make.person(family_name="Haddad", given_names="Rami")
    make.person(family_name="Osei", given_names="Ama")
    widget = PersonsPanel(ctx)
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    with qtbot.waitSignal(widget.model.ids_loaded):
        widget.activate()
    settle(qtbot, tasks)
    return widget


def test_lists_filters_and_opens(qtbot, panel, tasks, navigator):
    assert panel.title() == "Persons & households"
    assert panel.model.rowCount() == 2
    assert panel.count_label.text() == "2 person(s)"

    qtbot.keyClicks(panel.filter_edit, "ose")
    with qtbot.waitSignal(panel.model.ids_loaded, timeout=2000):
        pass
    assert panel.model.rowCount() == 1
    # The view asks for the row when it paints; the page arrives after that.
    qtbot.waitUntil(lambda: panel.model.data(panel.model.index(0, 0)) == "Osei, Ama")

    panel.table.setFocus()
    panel.table.setCurrentIndex(panel.model.index(0, 0))
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert navigator.calls[-1] == ("person", panel.model.person_id(0))


def test_new_person_opens_the_editor_and_the_list_follows(qtbot, panel, tasks, ctx):
    panel.new_button.click()
    editors = [w for w in QtWidgets.QApplication.topLevelWidgets() if isinstance(w, PersonEditor)]
    assert len(editors) == 1
    editor = editors[0]
    editor.family_name.setText("Abadi")
    with qtbot.waitSignal(panel.model.ids_loaded):
        editor.save_button.click()
    settle(qtbot, tasks)
    assert panel.model.rowCount() == 3


def test_after_new_person_the_new_record_opens(qtbot, panel, tasks, navigator) -> None:
    """Issue 15: after "New person" and Save one stood in the list, looking for the record."""
    qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
    (editor,) = [w for w in QtWidgets.QApplication.topLevelWidgets() if isinstance(w, PersonEditor)]
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    qtbot.keyClicks(editor.family_name, "Abadi")
    with qtbot.waitSignal(editor.saved, timeout=10_000) as blocker:
        qtbot.keyClick(editor.family_name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, tasks)
    assert ("person", blocker.args[0].id) in navigator.calls
