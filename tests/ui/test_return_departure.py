"""The Return section's departure: planned, then confirmed (date, how) or "did not depart"."""

from datetime import date, timedelta

import pytest

from app.domain.returns.codes import ConfirmationMethod, NotDepartedReason, TravelMode
from app.services.returns.departures import departure_of, set_departure
from tests.app.services.return_family import family
from tests.ui.conftest import settle
from tests.ui.return_view import active, ctrl_s, open_return, reloaded
from ui.editors.departure import DEPARTED, NOT_DEPARTED, DepartureEditor
from ui.i18n import format_date
from ui.qt import Qt

pytestmark = pytest.mark.gui


def test_plan_a_departure_then_confirm_it(qtbot, ctx, tasks, store, editors):
    f = family(store)
    view = open_return(qtbot, ctx, tasks, f)
    section = view.returns
    section.parts.setCurrentWidget(section.departure)
    assert section.departure.values["outcome"].text() == "no departure planned yet"

    qtbot.mouseClick(section.departure.edit_button, Qt.MouseButton.LeftButton)
    settle(qtbot, tasks)
    editor = editors[-1]
    assert isinstance(editor, DepartureEditor)
    active(qtbot, editor)
    planned = date.today() + timedelta(days=20)
    editor.planned_on.set_value(planned)
    editor.mode.setFocus()
    qtbot.keyClick(editor.mode, Qt.Key.Key_Down)  # flight
    qtbot.keyClicks(editor.booking_reference, "XK7Q2")
    qtbot.keyClicks(editor.departure_point, "Frankfurt")
    qtbot.keyClick(editor.departure_point, Qt.Key.Key_Return)  # Enter never saves
    settle(qtbot, tasks)
    assert editor.is_open() and departure_of(store, application_id=f.application) is None
    reloaded(qtbot, view, tasks, lambda: ctrl_s(qtbot, tasks, editor, editor.departure_point))
    saved = departure_of(store, application_id=f.application)
    assert saved.planned_on == planned and saved.mode == TravelMode.flight
    assert saved.booking_reference == "XK7Q2" and saved.departure_point == "Frankfurt"
    assert section.departure.values["outcome"].text() == "not yet departed"
    assert section.departure.values["planned_on"].text() == format_date(planned)

    qtbot.mouseClick(section.departure.confirm_button, Qt.MouseButton.LeftButton)
    settle(qtbot, tasks)
    confirm = editors[-1]
    assert isinstance(confirm, DepartureEditor) and confirm is not editor
    assert confirm.outcome.code() == DEPARTED and confirm.confirmed_on.isEnabled()
    assert confirm.booking_reference.text() == "XK7Q2"  # the rest as stored
    active(qtbot, confirm)
    # How it was confirmed is asked for: Ctrl+S says so at the field.
    qtbot.keyClick(confirm.confirmed_on, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, tasks)
    assert confirm.is_open() and confirm.problems.message("confirmed_how")
    qtbot.keyClick(confirm.confirmed_how, Qt.Key.Key_Down)  # boarding confirmation
    reloaded(qtbot, view, tasks, lambda: ctrl_s(qtbot, tasks, confirm, confirm.confirmed_how))
    saved = departure_of(store, application_id=f.application)
    assert saved.confirmed_on == date.today()
    assert saved.confirmed_how == ConfirmationMethod.boarding_confirmation
    assert saved.planned_on == planned
    assert section.departure.values["outcome"].text() == (
        f"departed on {format_date(date.today())} (boarding confirmation)"
    )


def test_did_not_depart_with_a_reason_clears_the_confirmation(qtbot, ctx, tasks, store, editors):
    f = family(store)
    set_departure(
        store,
        application_id=f.application,
        values={
            "planned_on": date(2025, 6, 10),
            "confirmed_on": date(2025, 6, 10),
            "confirmed_how": "border_exit_stamp",
        },
    )
    view = open_return(qtbot, ctx, tasks, f)
    view.returns.parts.setCurrentWidget(view.returns.departure)
    qtbot.mouseClick(view.returns.departure.edit_button, Qt.MouseButton.LeftButton)
    settle(qtbot, tasks)
    editor = editors[-1]
    assert editor.outcome.code() == DEPARTED
    active(qtbot, editor)
    editor.outcome.set_code(NOT_DEPARTED)
    assert not editor.confirmed_on.isEnabled() and editor.reason.isEnabled()
    editor.reason.set_code(NotDepartedReason.not_fit_to_travel.value)
    reloaded(qtbot, view, tasks, lambda: ctrl_s(qtbot, tasks, editor, editor.reason))
    saved = departure_of(store, application_id=f.application)
    assert saved.not_departed_reason == NotDepartedReason.not_fit_to_travel
    assert saved.confirmed_on is None and saved.confirmed_how is None
    assert view.returns.departure.values["outcome"].text() == "did not depart: not fit to travel"


def test_departure_draft_keeps_its_application(qtbot, ctx, tasks, store, editors):
    f = family(store)
    editor = DepartureEditor.for_application(
        ctx, case_id=f.case, application_id=f.application, departure_id=None
    )
    editors.append(editor)
    editor.show()
    settle(qtbot, tasks)
    editor.booking_reference.setText("AB12")
    again = DepartureEditor(ctx, draft_key="d")
    editors.append(again)
    again.load_payload(editor.payload())
    again.show()
    settle(qtbot, tasks)
    assert again.application_id == f.application and again.booking_reference.text() == "AB12"
    active(qtbot, again)
    ctrl_s(qtbot, tasks, again, again.booking_reference)
    assert departure_of(store, application_id=f.application).booking_reference == "AB12"
