"""The Return section's support: payments per traveller, totals by status, double funding."""

from datetime import date

import pytest

from app.domain.returns.codes import PaymentStatus
from app.services import records
from app.services.returns.departures import set_departure
from app.services.returns.payments import payment_id, payments_of
from tests.app.services.return_family import family
from tests.ui.conftest import settle
from tests.ui.return_view import active, ctrl_s, open_return, reloaded
from ui.editors.support_payment import PaymentEditor
from ui.i18n import format_money
from ui.qt import Qt

pytestmark = pytest.mark.gui
STATUSES = [s.value for s in PaymentStatus]


@pytest.fixture
def planned(store):
    """The family leaves on 10 June 2025 (Lina and Omar are minors then)."""
    f = family(store)
    set_departure(store, application_id=f.application, values={"planned_on": date(2025, 6, 10)})
    return f


def totals_row(view, label):
    table = view.returns.payments.totals
    for row in range(table.rowCount()):
        if table.item(row, 0).text() == label:
            return {s: table.item(row, 1 + i).text() for i, s in enumerate(STATUSES)}
    raise AssertionError(f"no totals line {label}")


def test_plan_from_programme_then_pay_one_and_the_totals_follow(
    qtbot, ctx, tasks, store, planned, editors
):
    f = planned
    view = open_return(qtbot, ctx, tasks, f)
    section = view.returns
    section.parts.setCurrentWidget(section.payments)
    reloaded(
        qtbot,
        view,
        tasks,
        lambda: qtbot.mouseClick(section.payments.plan_button, Qt.MouseButton.LeftButton),
    )
    # REAG/GARP: travel allowance 200 / 100 € and start-up aid 1,000 / 500 € per traveller
    # (minors the lower), travel costs for the application, medical support without amount.
    assert totals_row(view, "Rahimi, Samira")["planned"] == format_money(120000)
    assert totals_row(view, "Rahimi, Lina")["planned"] == format_money(60000)
    assert totals_row(view, "Rahimi, Omar")["planned"] == format_money(60000)
    assert totals_row(view, "Total")["planned"] == format_money(240000)
    assert totals_row(view, "Total")["paid"] == format_money(0)
    with pytest.raises(AssertionError):
        totals_row(view, "Rahimi, Karim")  # he stays: nothing planned for him

    allowance = payment_id(f.application, "travel_allowance", f.samira, 1)
    table = section.payments.table
    row = next(
        r
        for r in range(table.rowCount())
        if table.item(r, 0).data(Qt.ItemDataRole.UserRole) == allowance
    )
    table.setFocus()
    table.selectRow(row)
    qtbot.mouseClick(section.payments.edit_button, Qt.MouseButton.LeftButton)
    settle(qtbot, tasks)
    editor = editors[-1]
    assert isinstance(editor, PaymentEditor)
    assert editor.person.code() == f.samira and editor.amount.cents() == 20000
    active(qtbot, editor)
    editor.status.setFocus()
    qtbot.keyClick(editor.status, Qt.Key.Key_Down)  # approved
    qtbot.keyClick(editor.status, Qt.Key.Key_Down)  # paid: the paid date follows
    assert editor.paid_on.value() == date.today()
    editor.approved_on.set_value(date.today())
    qtbot.keyClick(editor.status, Qt.Key.Key_Return)  # Enter never saves
    settle(qtbot, tasks)
    assert editor.is_open()
    reloaded(qtbot, view, tasks, lambda: ctrl_s(qtbot, tasks, editor, editor.status))

    stored = records.get(store, entity="support_payment", record_id=allowance, audit=False)
    assert stored.status == PaymentStatus.paid and stored.paid_on == date.today()
    assert totals_row(view, "Rahimi, Samira")["paid"] == format_money(20000)
    assert totals_row(view, "Rahimi, Samira")["planned"] == format_money(100000)
    assert totals_row(view, "Total")["planned"] == format_money(220000)
    assert totals_row(view, "Total")["paid"] == format_money(20000)


def test_a_new_payment_for_the_application_as_a_whole(qtbot, ctx, tasks, store, planned, editors):
    f = planned
    view = open_return(qtbot, ctx, tasks, f)
    view.returns.parts.setCurrentWidget(view.returns.payments)
    qtbot.mouseClick(view.returns.payments.new_button, Qt.MouseButton.LeftButton)
    settle(qtbot, tasks)
    editor = editors[-1]
    # Whom it can be for: the application or one of the three who travel, not Karim.
    assert set(editor.person.codes()) == {f.samira, f.lina, f.omar}
    assert editor.person.code() is None
    active(qtbot, editor)
    editor.component.set_code("other")
    editor.payer.set_code("municipality")
    editor.amount.setFocus()
    editor.amount.lineEdit().selectAll()
    qtbot.keyClicks(editor.amount, "75")
    editor.amount.interpretText()
    reloaded(qtbot, view, tasks, lambda: ctrl_s(qtbot, tasks, editor, editor.amount))
    [payment] = payments_of(store, application_ids=[f.application])
    assert payment.person_id is None and payment.amount_cents == 7500
    assert totals_row(view, "(whole application)")["planned"] == format_money(7500)


def test_double_funding_is_explained_in_words(qtbot, ctx, tasks, store, planned):
    f = planned
    municipal = records.create(
        store,
        entity="application",
        data={"case_id": f.case, "programme": "MUNICIPAL", "submitted_on": date(2025, 3, 1)},
    ).id
    for application in (f.application, municipal):
        records.create(
            store,
            entity="support_payment",
            data={
                "case_id": f.case,
                "application_id": application,
                "person_id": f.samira,
                "component": "travel_allowance",
                "payer": "iom" if application == f.application else "municipality",
                "amount_cents": 10000,
            },
        )
    view = open_return(qtbot, ctx, tasks, f)
    text = view.returns.payments.findings.text()
    assert not view.returns.payments.findings.isHidden()
    assert "Double funding" in text and "Rahimi, Samira" in text
    assert "reduced by the REAG/GARP travel allowance" in text
