"""Follow-ups with the team (issue 15): done with an outcome note, undone with Ctrl+Z, handed to
a colleague from the team directory; on the Follow-ups screen, in the person view and on Today.
Driven by keys and clicks, waiting on signals."""

from datetime import date, timedelta

import pytest

from app.domain.enums import FollowUpStatus
from app.services import records
from tests.ui.conftest import open_today, settle
from tests.ui.directory_fixtures import keep_directory
from ui.drafts import CloseMode
from ui.editors.follow_up_outcome import OutcomeDialog
from ui.editors.follow_up_reassign import ReassignDialog
from ui.panels.follow_ups import FollowUpsPanel
from ui.qt import Qt

pytestmark = pytest.mark.gui
CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def task(store, case_id, days, title, assignee="anna"):
    data = {
        "case_id": case_id,
        "due_on": date.today() + timedelta(days=days),
        "assignee": assignee,
        "title": title,
    }
    return records.create(store, entity="follow_up", data=data)


def stored(store, follow_up):
    return records.get(store, entity="follow_up", record_id=follow_up.id, audit=False)


@pytest.fixture
def made(store, make):
    keep_directory(store)
    case = make.case()
    return case, [
        task(store, case.id, -5, "Pass abholen"),
        task(store, case.id, 3, "Botschaft anrufen"),
    ]


@pytest.fixture
def panel(ctx, qtbot, tasks, made):
    panel = FollowUpsPanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(1100, 600)
    panel.show()
    with qtbot.waitSignal(panel.loaded):
        panel.activate()
    settle(qtbot, tasks)
    panel.table.setFocus()
    qtbot.waitUntil(panel.table.hasFocus)
    return panel


def focus(qtbot, window, widget):
    """Back in the screen after a dialog: its window active again and the widget focused."""
    window.activateWindow()
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def dialog_of(actions, kind, qtbot):
    qtbot.waitUntil(lambda: isinstance(actions.dialog, kind) and actions.dialog.isVisible())
    return actions.dialog


def test_done_with_an_outcome_note_then_ctrl_z_opens_it_again(panel, qtbot, tasks, store, made):
    _, (late, _) = made
    qtbot.keyClick(panel.table, Qt.Key.Key_D, CTRL_SHIFT)
    dialog = dialog_of(panel.actions, OutcomeDialog, qtbot)
    assert "Pass abholen" in dialog.findChild(type(dialog.error), "outcomeTask").text()
    qtbot.waitUntil(dialog.note.hasFocus)
    qtbot.keyClicks(dialog.note, "Termin bestaetigt, Pass liegt vor.")
    with qtbot.waitSignal(panel.actions.done) as done:
        qtbot.keyClick(dialog.note, Qt.Key.Key_Return, CTRL)
    settle(qtbot, tasks)
    assert done.args[0].outcome_note == "Termin bestaetigt, Pass liegt vor."
    now = stored(store, late)
    assert (now.status, now.done_on) == (FollowUpStatus.done, date.today())
    assert panel.model.rowCount() == 1
    assert panel.undo_bar.isVisible() and "Pass abholen" in panel.undo_bar.message.text()

    focus(qtbot, panel, panel.table)
    with qtbot.waitSignal(panel.actions.undone):
        qtbot.keyClick(panel.table, Qt.Key.Key_Z, CTRL)
    settle(qtbot, tasks)
    again = stored(store, late)
    assert (again.status, again.done_on, again.outcome_note) == (FollowUpStatus.open, None, None)
    assert panel.model.rowCount() == 2
    assert not panel.undo_bar.undo_button.isVisible()  # nothing more to take back
    qtbot.keyClick(panel.table, Qt.Key.Key_Z, CTRL)  # a second Ctrl+Z does nothing
    settle(qtbot, tasks)
    assert stored(store, late).status == FollowUpStatus.open


def test_esc_in_the_outcome_dialog_leaves_the_follow_up_open(panel, qtbot, tasks, store, made):
    _, (late, _) = made
    panel.note_button.click()
    dialog = dialog_of(panel.actions, OutcomeDialog, qtbot)
    qtbot.waitUntil(dialog.note.hasFocus)
    qtbot.keyClicks(dialog.note, "halb geschrieben")
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(dialog.note, Qt.Key.Key_Escape)
    settle(qtbot, tasks)
    assert stored(store, late).status == FollowUpStatus.open
    assert not panel.undo_bar.isVisible()


def test_space_marks_done_and_the_undo_button_takes_it_back(panel, qtbot, tasks, store, made):
    _, (late, _) = made
    with qtbot.waitSignal(panel.actions.done):
        qtbot.keyClick(panel.table, Qt.Key.Key_Space)
    settle(qtbot, tasks)
    assert stored(store, late).outcome_note is None  # the quick way takes no note
    with qtbot.waitSignal(panel.actions.undone):
        qtbot.mouseClick(panel.undo_bar.undo_button, Qt.MouseButton.LeftButton)
    settle(qtbot, tasks)
    assert stored(store, late).status == FollowUpStatus.open


def test_reassign_to_a_colleague_picked_by_typing_part_of_the_name(
    panel, qtbot, tasks, store, made
):
    _, (late, _) = made
    focus(qtbot, panel, panel.reassign_button)
    qtbot.keyClick(panel.reassign_button, Qt.Key.Key_Space)
    dialog = dialog_of(panel.actions, ReassignDialog, qtbot)
    picker = dialog.assignee
    assert picker.display_text() == "Anna Schmidt"
    qtbot.waitUntil(picker.hasFocus)
    qtbot.keyClicks(picker.lineEdit(), "okaf")
    picker.completer().popup().hide()
    qtbot.keyClick(picker.lineEdit(), Qt.Key.Key_Return)  # completes the name, nothing more
    assert dialog.isVisible() and picker.display_text() == "Ben Okafor"
    with qtbot.waitSignal(panel.actions.reassigned) as reassigned:
        qtbot.keyClick(picker.lineEdit(), Qt.Key.Key_Return)  # confirms
    settle(qtbot, tasks)
    assert reassigned.args[0].assignee == "ben" and stored(store, late).assignee == "ben"
    assert panel.model.rowCount() == 1  # no longer mine
    assert "Ben Okafor" in panel.undo_bar.message.text()

    with qtbot.waitSignal(panel.loaded):
        panel.scope.setCurrentIndex(1)  # everyone's: the colleague's name, not the user name
    settle(qtbot, tasks)
    row = panel.model.row_of(late.id)
    assert panel.model.index(row, panel.model.ASSIGNEE).data() == "Ben Okafor"


def test_reassign_without_a_directory_takes_a_typed_name(ctx, qtbot, tasks, store, make):
    case = make.case()
    late = task(store, case.id, -1, "Attest prüfen")
    panel = FollowUpsPanel(ctx)
    qtbot.addWidget(panel)
    panel.show()
    with qtbot.waitSignal(panel.loaded):
        panel.activate()
    settle(qtbot, tasks)
    panel.reassign_button.click()
    dialog = dialog_of(panel.actions, ReassignDialog, qtbot)
    qtbot.keyClicks(dialog.assignee.lineEdit(), "m.mueller")
    with qtbot.waitSignal(panel.actions.reassigned):
        qtbot.mouseClick(dialog.reassign_button, Qt.MouseButton.LeftButton)
    settle(qtbot, tasks)
    assert stored(store, late).assignee == "m.mueller"


def test_the_follow_up_dialog_picks_the_assignee_and_stores_the_user_name(
    ctx, qtbot, tasks, store, made
):
    from ui.editors.follow_up import FollowUpDialog

    case, _ = made
    dialog = FollowUpDialog(ctx, case_id=case.id)
    qtbot.addWidget(dialog)
    dialog.show()
    settle(qtbot, tasks)
    qtbot.keyClicks(dialog.task, "Dolmetscher buchen")
    focus(qtbot, dialog, dialog.assignee)
    dialog.assignee.lineEdit().selectAll()
    qtbot.keyClicks(dialog.assignee.lineEdit(), "Cem")
    qtbot.keyClick(dialog.assignee.lineEdit(), Qt.Key.Key_Tab)
    assert dialog.assignee.display_text() == "Cem Aydın"
    with qtbot.waitSignal(dialog.follow_up_saved) as saved:
        dialog.save_button.click()
    settle(qtbot, tasks)
    assert saved.args[0].assignee == "cem"


def test_person_view_done_with_note_and_undo(qtbot, ctx, tasks, store, made):
    from ui.panels.person_view import PersonView

    case, (late, _) = made
    view = PersonView(ctx)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    with qtbot.waitSignal(view.dossier_loaded, timeout=5000):
        view.show_person(case.main_contact_id)
    settle(qtbot, tasks)
    view.show_section("cases")
    box = view.cases.follow_ups
    box.table.selectRow(0)
    assert box.selected().id == late.id
    assert box.table.item(0, 2).text() == "Anna Schmidt"  # the display name, not "anna"
    qtbot.mouseClick(box.note_button, Qt.MouseButton.LeftButton)
    dialog = dialog_of(box.actions, OutcomeDialog, qtbot)
    qtbot.waitUntil(dialog.note.hasFocus)
    qtbot.keyClicks(dialog.note, "Pass abgeholt")
    with qtbot.waitSignal(view.dossier_loaded, timeout=5000):
        qtbot.mouseClick(dialog.done_button, Qt.MouseButton.LeftButton)
    settle(qtbot, tasks)
    assert stored(store, late).outcome_note == "Pass abgeholt"
    row = [r for r in range(box.table.rowCount()) if box.table.item(r, 1).text() == "Pass abholen"]
    assert box.table.item(row[0], 3).text() == "done: Pass abgeholt"
    focus(qtbot, view, box.table)
    with qtbot.waitSignal(box.actions.undone):
        qtbot.keyClick(box.table, Qt.Key.Key_Z, CTRL)
    settle(qtbot, tasks)
    assert stored(store, late).status == FollowUpStatus.open


def test_today_greets_by_display_name_and_marks_done_with_space(qtbot, ctx, tasks, store, made):
    _, (late, soon) = made
    panel = open_today(qtbot, ctx, tasks, size=(1100, 700))
    assert panel.heading.text().startswith("Good to see you, Anna Schmidt.")
    panel.overdue.setFocus()
    qtbot.keyClick(panel.overdue, Qt.Key.Key_Down)
    assert panel.current_follow_up().id == late.id
    with qtbot.waitSignal(panel.actions.done):
        qtbot.keyClick(panel.overdue, Qt.Key.Key_Space)
    settle(qtbot, tasks)
    assert stored(store, late).status == FollowUpStatus.done
    assert panel.overdue.item(0).text() == "Nothing overdue"
    with qtbot.waitSignal(panel.actions.undone):
        qtbot.keyClick(panel.overdue, Qt.Key.Key_Z, CTRL)
    settle(qtbot, tasks)
    assert stored(store, late).status == FollowUpStatus.open
    assert "Pass abholen" in panel.overdue.item(0).text()
    # Ctrl+Shift+D in the list of the coming days asks for a note first.
    focus(qtbot, panel, panel.due)
    qtbot.keyClick(panel.due, Qt.Key.Key_Down)
    qtbot.keyClick(panel.due, Qt.Key.Key_D, CTRL_SHIFT)
    dialog = dialog_of(panel.actions, OutcomeDialog, qtbot)
    qtbot.waitUntil(dialog.note.hasFocus)
    qtbot.keyClicks(dialog.note, "Botschaft bestaetigt")
    with qtbot.waitSignal(panel.actions.done):
        qtbot.keyClick(dialog.note, Qt.Key.Key_Enter, CTRL)
    settle(qtbot, tasks)
    assert stored(store, soon).outcome_note == "Botschaft bestaetigt"


def test_today_greets_by_the_login_name_spoken_without_a_directory(qtbot, ctx, tasks):
    panel = open_today(qtbot, ctx, tasks)
    assert panel.heading.text().startswith("Good to see you, Anna.")  # the login "anna"


def test_a_renewed_directory_renames_at_once(qtbot, ctx, tasks, store):
    from app.services import team_directory as td
    from tests.ui.directory_fixtures import TEAM
    from ui.colleagues import DIRECTORY, colleagues_of
    from ui.session import Changed

    keep_directory(store)
    panel = open_today(qtbot, ctx, tasks)
    renamed = (td.Colleague(username="anna", display_name="Anna Schmidt-Kaya"), *TEAM[1:])
    keep_directory(store, renamed)
    with qtbot.waitSignal(colleagues_of(ctx.session).changed):
        ctx.session.announce(Changed(frozenset({DIRECTORY}), origin="sync"))
    assert panel.heading.text().startswith("Good to see you, Anna Schmidt-Kaya.")


def test_the_consultation_editor_picks_counsellor_and_assignee_from_the_directory(
    ctx, qtbot, tasks, store, made
):
    import contextlib

    from ui.editors.consultation import ConsultationEditor

    case, _ = made
    editor = ConsultationEditor.for_case(ctx, case.id)
    try:
        editor.show()
        settle(qtbot, tasks)
        assert editor.counsellor.display_text() == "Anna Schmidt"
        focus(qtbot, editor, editor.counsellor)
        editor.counsellor.lineEdit().selectAll()
        qtbot.keyClicks(editor.counsellor.lineEdit(), "ben")
        editor.follow_up.setChecked(True)
        editor.task.setText("Dolmetschung buchen")
        focus(qtbot, editor, editor.assignee)
        editor.assignee.lineEdit().selectAll()
        qtbot.keyClicks(editor.assignee.lineEdit(), "aydin")  # "Aydın": no dotless i typed
        qtbot.keyClick(editor.assignee.lineEdit(), Qt.Key.Key_Tab)
        assert editor.payload()["counsellor"] == "ben"
        with qtbot.waitSignal(editor.saved):
            qtbot.keyClick(editor, Qt.Key.Key_S, CTRL)
        settle(qtbot, tasks)
        [consultation] = records.find(store, entity="consultation", where={"case_id": case.id})
        assert consultation.counsellor == "ben"
        follow_ups = records.find(store, entity="follow_up", where={"case_id": case.id})
        assert {f.title: f.assignee for f in follow_ups}["Dolmetschung buchen"] == "cem"
    finally:
        with contextlib.suppress(RuntimeError):
            editor.close_with(CloseMode.DISCARD)
