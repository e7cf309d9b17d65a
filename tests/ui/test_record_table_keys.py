"""Every table of the Return section edits its current row the same way: Enter, F2 or a
double click; a single click only selects. (References and payments once ignored F2.)"""

import pytest

from app.services import records
from app.services.returns.checklist import generate_checklist
from app.services.returns.payments import plan_payments
from tests.app.services.return_family import family
from tests.ui.conftest import settle
from tests.ui.return_view import open_return
from ui.editors.document_check import DocumentCheckEditor
from ui.editors.external_reference import ExternalReferenceEditor
from ui.editors.support_payment import PaymentEditor
from ui.qt import Qt

pytestmark = pytest.mark.gui

PARTS = {
    "checklist": DocumentCheckEditor,
    "references": ExternalReferenceEditor,
    "payments": PaymentEditor,
}


@pytest.fixture
def view(qtbot, ctx, tasks, store):
    f = family(store)
    generate_checklist(store, application_id=f.application)
    plan_payments(store, application_id=f.application)
    records.create(
        store,
        entity="external_reference",
        data={"case_id": f.case, "kind": "federal_application", "number": "8765432-439"},
    )
    return open_return(qtbot, ctx, tasks, f)


def _press(qtbot, table, how: str) -> None:
    if how == "double click":
        rect = table.visualItemRect(table.item(0, 0))
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    else:
        qtbot.keyClick(table, {"Enter": Qt.Key.Key_Return, "F2": Qt.Key.Key_F2}[how])


@pytest.mark.parametrize("part", list(PARTS))
@pytest.mark.parametrize("how", ["Enter", "F2", "double click"])
def test_every_return_table_edits_its_row_alike(qtbot, tasks, view, editors, part, how) -> None:
    section = view.returns
    widget = getattr(section, part)
    section.parts.setCurrentWidget(widget)
    table = widget.table
    qtbot.waitUntil(lambda: table.rowCount() > 0, timeout=10_000)
    table.setFocus()
    table.selectRow(0)
    _press(qtbot, table, how)
    settle(qtbot, tasks)
    assert [type(e) for e in editors] == [PARTS[part]], (part, how)


@pytest.mark.parametrize("part", list(PARTS))
def test_a_single_click_only_selects(qtbot, tasks, view, editors, part) -> None:
    section = view.returns
    widget = getattr(section, part)
    section.parts.setCurrentWidget(widget)
    table = widget.table
    qtbot.waitUntil(lambda: table.rowCount() > 0, timeout=10_000)
    rect = table.visualItemRect(table.item(0, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    settle(qtbot, tasks)
    assert editors == [] and table.currentRow() == 0
