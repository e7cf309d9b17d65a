"""The Return section's reference numbers: typed in their editor, listed for the case or the
chosen application, found by the global search."""

from datetime import date

import pytest

from app.services import records
from tests.app.services.return_family import family
from tests.ui.conftest import settle
from tests.ui.return_view import active, ctrl_s, open_return, reloaded
from ui.editors.external_reference import ExternalReferenceEditor
from ui.qt import Qt
from ui.search_box import SearchBox

pytestmark = pytest.mark.gui


def cells(table):
    return [
        tuple(table.item(r, c).text() for c in range(table.columnCount()))
        for r in range(table.rowCount())
    ]


def test_a_number_typed_for_the_application_is_listed_and_found_by_the_search(
    qtbot, ctx, tasks, store, editors, navigator
):
    f = family(store)
    view = open_return(qtbot, ctx, tasks, f)
    section = view.returns
    section.parts.setCurrentWidget(section.references)
    assert section.references.table.rowCount() == 0
    assert not section.references.edit_button.isEnabled()

    qtbot.mouseClick(section.references.new_button, Qt.MouseButton.LeftButton)
    settle(qtbot, tasks)
    [editor] = [e for e in editors if isinstance(e, ExternalReferenceEditor)]
    active(qtbot, editor)
    editor.kind.setFocus()
    qtbot.keyClick(editor.kind, Qt.Key.Key_Down)  # federal application → IOM case number
    assert editor.kind.code() == "iom_case"
    qtbot.keyClicks(editor.number, "  DE-IOM-2025-0417 ")
    editor.belongs_to.setFocus()
    qtbot.keyClick(editor.belongs_to, Qt.Key.Key_Down)  # the whole case → this application
    with qtbot.waitSignal(section.overview_loaded, timeout=10_000):
        ctrl_s(qtbot, tasks, editor, editor.number)
    settle(qtbot, tasks)

    [stored] = records.find(store, entity="external_reference")
    assert (stored.case_id, stored.application_id) == (f.case, f.application)
    assert (stored.kind, stored.number) == ("iom_case", "DE-IOM-2025-0417")
    assert cells(section.references.table) == [
        ("IOM case number", "DE-IOM-2025-0417", "this application")
    ]

    box = SearchBox(ctx)
    qtbot.addWidget(box)
    box.show()
    qtbot.keyClicks(box, "IOM-2025-0417")
    qtbot.waitUntil(lambda: bool(box.last_hits), timeout=10_000)
    assert [(h.entity, h.record_id) for h in box.last_hits] == [("external_reference", stored.id)]
    box._open_current()  # Enter on the hit: the case it belongs to opens
    qtbot.waitUntil(lambda: ("case", f.case) in navigator.calls, timeout=10_000)


def test_the_case_number_shows_for_every_application_and_the_other_ones_does_not(
    qtbot, ctx, tasks, store, editors
):
    f = family(store)
    other = records.create(
        store,
        entity="application",
        data={"case_id": f.case, "programme": "REAG_GARP", "submitted_on": date(2025, 1, 2)},
    ).id
    records.create(
        store,
        entity="external_reference",
        data={"case_id": f.case, "kind": "federal_application", "number": "8765432-439"},
    )
    records.create(
        store,
        entity="external_reference",
        data={"case_id": f.case, "application_id": other, "kind": "zirf_request", "number": "Z-9"},
    )
    view = open_return(qtbot, ctx, tasks, f)
    section = view.returns
    assert section.application_id() == f.application
    assert cells(section.references.table) == [
        ("federal application number", "8765432-439", "the whole case")
    ]

    # Editing the case's number keeps it the case's; Enter in the table opens it.
    table = section.references.table
    section.parts.setCurrentWidget(section.references)
    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    settle(qtbot, tasks)
    [editor] = [e for e in editors if isinstance(e, ExternalReferenceEditor)]
    assert editor.belongs_to.code() == "case" and editor.number.text() == "8765432-439"
    active(qtbot, editor)
    editor.number.selectAll()
    qtbot.keyClicks(editor.number, "8765432-440")
    reloaded(qtbot, view, tasks, lambda: ctrl_s(qtbot, tasks, editor, editor.number))
    assert cells(table) == [("federal application number", "8765432-440", "the whole case")]


def test_an_empty_number_is_refused_at_the_field(qtbot, ctx, tasks, store, editors):
    f = family(store)
    editor = ExternalReferenceEditor.for_application(
        ctx, case_id=f.case, application_id=f.application
    )
    editors.append(editor)
    editor.show()
    settle(qtbot, tasks)
    qtbot.keyClicks(editor.number, "   ")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, tasks)
    assert editor.problems.message("number") and editor.is_open()
    assert records.find(store, entity="external_reference") == []
