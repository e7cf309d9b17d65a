"""The colleague picker: names from the team directory, user names into the record."""

from tests.ui.conftest import settle
from tests.ui.directory_fixtures import keep_directory
from ui.qt import QtCore
from ui.widgets.colleague_picker import ColleaguePicker

Qt = QtCore.Qt


def picker(qtbot, tasks, ctx, value="anna") -> ColleaguePicker:
    widget = ColleaguePicker(ctx, value)
    qtbot.addWidget(widget)
    widget.show()
    settle(qtbot, tasks)
    return widget


def test_offers_the_active_colleagues_by_name_and_answers_user_names(qtbot, tasks, ctx, store):
    keep_directory(store)
    widget = picker(qtbot, tasks, ctx)
    assert [widget.itemText(i) for i in range(widget.count())] == [
        "Anna Schmidt",
        "Ben Okafor",
        "Cem Aydın",
    ]  # udo is disabled: named on old records, not offered
    assert (widget.text(), widget.display_text()) == ("anna", "Anna Schmidt")
    widget.setFocus()
    with qtbot.waitSignal(widget.textChanged) as changed:
        qtbot.keyClick(widget, Qt.Key.Key_Down)
    assert changed.args == ["ben"] and widget.text() == "ben"


def test_a_typed_part_of_a_name_completes_on_enter(qtbot, tasks, ctx, store):
    keep_directory(store)
    widget = picker(qtbot, tasks, ctx)
    widget.setFocus()
    widget.lineEdit().selectAll()
    qtbot.keyClicks(widget.lineEdit(), "okaf")
    widget.completer().popup().hide()
    qtbot.keyClick(widget.lineEdit(), Qt.Key.Key_Return)
    assert (widget.text(), widget.display_text()) == ("ben", "Ben Okafor")
    # The user name typed in full picks the colleague as well.
    widget.lineEdit().selectAll()
    qtbot.keyClicks(widget.lineEdit(), "cem")
    assert widget.text() == "cem"


def test_without_a_directory_a_typed_name_is_kept(qtbot, tasks, ctx):
    widget = picker(qtbot, tasks, ctx)
    assert widget.count() == 0 and widget.text() == "anna"
    widget.lineEdit().selectAll()
    qtbot.keyClicks(widget.lineEdit(), "m.mueller")
    qtbot.keyClick(widget.lineEdit(), Qt.Key.Key_Tab)
    assert (widget.text(), widget.display_text()) == ("m.mueller", "m.mueller")


def test_a_user_name_the_directory_does_not_know_shows_as_it_is(qtbot, tasks, ctx, store):
    keep_directory(store)
    widget = picker(qtbot, tasks, ctx, value="frueher.kollege")
    assert (widget.text(), widget.display_text()) == ("frueher.kollege", "frueher.kollege")
    widget.setText("udo")  # disabled: not offered, but a record holding him keeps him
    assert (widget.text(), widget.display_text()) == ("udo", "Udo Berg")
