"""The Return section's checklist on a fixed day: amber before, red after a document expires or
would be invalid at departure; said in words too; Enter or F2 opens the row, never saves."""

from datetime import date

import pytest

from app.domain.returns.codes import DocumentStatus
from app.services import records
from app.services.returns.checklist import document_check_id, generate_checklist
from app.services.returns.departures import set_departure
from tests.app.services.return_family import family
from tests.ui.conftest import settle
from tests.ui.return_view import active, ctrl_s, open_return, reloaded
from ui import return_labels
from ui.editors.document_check import DocumentCheckEditor
from ui.i18n import format_date
from ui.panels.return_checklist import AMBER, RED
from ui.qt import Qt, QtWidgets

pytestmark = pytest.mark.gui
TRAVEL = "travel_document"


def row_of(view, check_id):
    table = view.returns.checklist.table
    for row in range(table.rowCount()):
        if table.item(row, 0).data(Qt.ItemDataRole.UserRole) == check_id:
            return row
    raise AssertionError("row not shown")


def cells(view, row):
    table = view.returns.checklist.table
    return [table.item(row, c).text() for c in range(table.columnCount())]


def background(view, row):
    return view.returns.checklist.table.item(row, 0).background()


def present(store, check_id, *, issued_on, valid_until):
    records.update(
        store,
        entity="document_check",
        record_id=check_id,
        patch={"status": "present", "issued_on": issued_on, "valid_until": valid_until},
    )


@pytest.fixture
def checked(store):
    """The family's checklist with three passports: one expiring soon, one valid, one expired."""
    f = family(store)
    generate_checklist(store, application_id=f.application, on=date(2025, 7, 15))
    ids = {p: document_check_id(f.application, TRAVEL, p) for p in (f.samira, f.lina, f.omar)}
    present(store, ids[f.samira], issued_on=date(2015, 6, 10), valid_until=date(2025, 6, 10))
    present(store, ids[f.lina], issued_on=date(2024, 1, 5), valid_until=date(2030, 1, 4))
    records.update(
        store, entity="document_check", record_id=ids[f.omar], patch={"status": "expired"}
    )
    return f, ids


def test_amber_before_red_after_expiry_and_at_departure(qtbot, ctx, tasks, store, checked):
    f, ids = checked
    view = open_return(qtbot, ctx, tasks, f, today=date(2025, 6, 1))
    samira, lina, omar = (row_of(view, ids[p]) for p in (f.samira, f.lina, f.omar))
    # No departure planned yet: Samira's passport expires in 9 days, amber and said so.
    assert background(view, samira).color() == AMBER
    assert cells(view, samira)[3] == "⚠ expires in 9 day(s)"
    assert cells(view, samira)[1] == "Rahimi, Samira"
    assert cells(view, samira)[5] == format_date(date(2025, 6, 10))
    assert background(view, lina).style() == Qt.BrushStyle.NoBrush
    assert cells(view, lina)[3] == "✔ in order"
    assert background(view, omar).color() == RED and cells(view, omar)[3] == "✖ expired"
    # A missing document is still to get: amber, in words.
    missing = [
        r for r in range(view.returns.checklist.table.rowCount()) if cells(view, r)[2] == "missing"
    ]
    assert missing and all(background(view, r).color() == AMBER for r in missing)
    assert all(cells(view, r)[3] == "⚠ still to get" for r in missing)

    # The departure is planned after the passport runs out: invalid at departure, red.
    reloaded(
        qtbot,
        view,
        tasks,
        lambda: ctx.session.mutate(
            lambda s: set_departure(
                s, application_id=f.application, values={"planned_on": date(2025, 7, 15)}
            ),
            touches=("departure",),
        ),
    )
    samira = row_of(view, ids[f.samira])
    assert background(view, samira).color() == RED
    assert cells(view, samira)[6] == "no"
    assert "not valid at departure" in cells(view, samira)[3] and cells(view, samira)[3][0] == "✖"
    assert cells(view, row_of(view, ids[f.lina]))[6] == "yes"


def test_red_after_the_expiry_day_on_another_today(qtbot, ctx, tasks, store, checked):
    f, ids = checked
    view = open_return(qtbot, ctx, tasks, f, today=date(2025, 6, 11))
    row = row_of(view, ids[f.samira])
    assert background(view, row).color() == RED and cells(view, row)[3] == "✖ expired"


def test_enter_and_f2_open_the_row_which_enter_never_saves_and_ctrl_s_does(
    qtbot, ctx, tasks, store, checked, navigator, editors
):
    f, ids = checked
    view = open_return(qtbot, ctx, tasks, f)
    table = view.returns.checklist.table
    table.setFocus()
    table.selectRow(row_of(view, ids[f.lina]))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    settle(qtbot, tasks)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    settle(qtbot, tasks)
    opened = [e for e in editors if isinstance(e, DocumentCheckEditor)]
    assert len(opened) == 2
    editor = opened[-1]
    assert editor.existing.id == ids[f.lina]
    assert editor.windowTitle().startswith(return_labels.document_name(TRAVEL))
    active(qtbot, editor)
    editor.note.setFocus()
    qtbot.keyClicks(editor.note, "Kopie in der Akte")
    qtbot.keyClick(editor.note, Qt.Key.Key_Return)
    qtbot.keyClick(editor.status, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    settle(qtbot, tasks)
    assert editor.is_open()
    stored = records.get(store, entity="document_check", record_id=ids[f.lina], audit=False)
    assert stored.note is None

    reloaded(qtbot, view, tasks, lambda: ctrl_s(qtbot, tasks, editor, editor.note))
    stored = records.get(store, entity="document_check", record_id=ids[f.lina], audit=False)
    assert stored.note == "Kopie in der Akte" and stored.status == DocumentStatus.present
    assert not editor.is_open()


def test_add_from_programme_makes_the_rows(qtbot, ctx, tasks, store, editors):
    f = family(store)
    view = open_return(qtbot, ctx, tasks, f)
    assert view.returns.checklist.table.rowCount() == 0
    view.returns.parts.setCurrentWidget(view.returns.checklist)
    reloaded(
        qtbot,
        view,
        tasks,
        lambda: qtbot.mouseClick(view.returns.checklist.generate_button, Qt.MouseButton.LeftButton),
    )
    # REAG/GARP asks 3 travellers for a passport and a residence document, plus the form.
    assert view.returns.checklist.table.rowCount() >= 7


def test_tab_runs_from_the_application_to_the_checklist_and_its_buttons(
    qtbot, ctx, tasks, store, checked
):
    f, _ = checked
    view = open_return(qtbot, ctx, tasks, f)
    active(qtbot, view)
    section = view.returns
    section.application.setFocus()
    seen = []
    for _ in range(5):
        widget = QtWidgets.QApplication.focusWidget()
        seen.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    assert seen == [
        section.application,
        section.travellers_button,
        section.parts.tabBar(),
        section.checklist.table,
        section.checklist.edit_button,
    ]
    # Right on the tab bar shows the departure, whose buttons come next.
    qtbot.keyClick(section.parts.tabBar(), Qt.Key.Key_Right)
    assert section.parts.currentWidget() is section.departure
