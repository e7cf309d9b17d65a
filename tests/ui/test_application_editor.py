"""Application and referral editors: amounts stored as cents, create and edit, decision dates, drafts."""

import contextlib
from datetime import date, timedelta

import pytest

from app.services import drafts, records
from app.services.returns.departures import departure_of
from tests.ui.conftest import settle
from ui.drafts import CloseMode
from ui.editors.application import ApplicationEditor
from ui.editors.referral import ReferralEditor
from ui.qt import QtCore

pytestmark = pytest.mark.gui


@pytest.fixture
def editors():
    """Editors a test opened; closed without the "keep a draft?" question at the end."""
    opened = []
    yield opened
    for editor in opened:
        with contextlib.suppress(RuntimeError):  # closed and deleted during the test
            editor.close_with(CloseMode.DROP)


@pytest.fixture
def opened(ctx, qtbot, tasks, editors):
    def opener(editor):
        editors.append(editor)
        settle(qtbot, tasks)
        return editor

    return opener


@pytest.fixture
def german():
    before = QtCore.QLocale()
    QtCore.QLocale.setDefault(QtCore.QLocale("de_DE"))
    yield
    QtCore.QLocale.setDefault(before)


def applications(store, case_id):
    return records.find(store, entity="application", where={"case_id": case_id})


def save(editor, qtbot, tasks):
    with qtbot.waitSignal(editor.saved) as blocker:
        editor.save()
    settle(qtbot, tasks)
    return blocker.args[0]


def test_new_application_amount_typed_in_german_is_stored_as_cents(
    ctx, qtbot, tasks, store, make, opened, german
):
    case = make.case()
    editor = opened(ApplicationEditor.for_case(ctx, case.id))
    assert case.reference in editor.windowTitle()
    assert editor.amount.cents() is None
    editor.programme.set_code("REAG_GARP")
    editor.amount.lineEdit().selectAll()
    qtbot.keyClicks(editor.amount, "1.234,56")
    editor.amount.interpretText()
    assert editor.amount.cents() == 123456
    editor.destination.set_code("IRQ")
    editor.documents.set_code("applied")
    save(editor, qtbot, tasks)

    [application] = applications(store, case.id)
    assert application.amount_cents == 123456
    assert application.programme == "REAG_GARP"
    assert application.destination_country == "IRQ"
    assert application.decision == "pending" and application.decided_on is None


def test_deciding_sets_the_date_and_editing_keeps_the_rest(ctx, qtbot, tasks, store, make, opened):
    case = make.case()
    created = records.create(
        store,
        entity="application",
        data={
            "case_id": case.id,
            "programme": "STARTHILFE_PLUS",
            "submitted_on": date.today() - timedelta(days=10),
            "amount_cents": 50000,
        },
    )
    editor = opened(ApplicationEditor.for_record(ctx, created.id))
    assert editor.programme.code() == "STARTHILFE_PLUS"
    assert editor.amount.cents() == 50000
    assert not editor.dirty

    editor.decision.set_code("approved")
    assert editor.decided_on.value() == date.today()
    editor.amount.set_cents(75050)
    save(editor, qtbot, tasks)

    [application] = applications(store, case.id)
    assert application.id == created.id
    assert application.decision == "approved"
    assert application.decided_on == date.today()
    assert application.amount_cents == 75050
    assert application.submitted_on == date.today() - timedelta(days=10)


def test_decision_before_submission_shown_at_the_date(ctx, qtbot, tasks, store, make, opened):
    case = make.case()
    editor = opened(ApplicationEditor.for_case(ctx, case.id))
    editor.decision.set_code("rejected")
    editor.decided_on.set_value(date.today() - timedelta(days=3))
    editor.save()
    settle(qtbot, tasks)
    assert editor.problems.message("decided_on")
    assert applications(store, case.id) == []


def test_application_draft_reopens_with_its_values(ctx, qtbot, tasks, store, make, opened):
    case = make.case()
    editor = opened(ApplicationEditor.for_case(ctx, case.id))
    editor.programme.set_code("EU_REINTEGRATION")
    editor.amount.set_cents(99)
    editor.planned_departure.set_value(date.today() + timedelta(days=40))
    assert editor.dirty
    before = editor.payload()
    editor.save_draft()
    settle(qtbot, tasks)
    draft = drafts.draft(store, key=editor.draft_key)
    assert draft.form == "application" and draft.record_id == case.id

    again = ApplicationEditor(ctx, draft_key=draft.key)
    again.load_payload(draft.payload)
    opened(again)
    assert again.case_id == case.id
    assert again.payload() == before
    assert again.amount.cents() == 99
    save(again, qtbot, tasks)
    departure = departure_of(store, application_id=applications(store, case.id)[0].id)
    assert departure is not None and departure.planned_on == date.today() + timedelta(days=40)
    assert drafts.draft(store, key=draft.key) is None


def test_departure_and_travel_documents_go_to_their_own_records_and_come_back(
    ctx, qtbot, tasks, store, make, opened
):
    """The form of the release before the return process writes the departure record and the
    application's travel-documents row, and shows them again when reopened."""
    case = make.case()
    editor = opened(ApplicationEditor.for_case(ctx, case.id))
    editor.programme.set_code("REAG_GARP")
    editor.actual_departure.set_value(date.today() - timedelta(days=2))
    editor.documents.set_code("applied")
    created = save(editor, qtbot, tasks)
    departure = departure_of(store, application_id=created.id)
    assert departure is not None and departure.confirmed_on == date.today() - timedelta(days=2)
    [check] = records.find(store, entity="document_check", where={"application_id": created.id})
    assert (check.document_type, check.status, check.person_id) == (
        "travel_document",
        "requested",
        None,
    )

    again = opened(ApplicationEditor.for_record(ctx, created.id))
    assert again.actual_departure.value() == date.today() - timedelta(days=2)
    assert again.documents.code() == "applied"
    again.amount.set_cents(5000)
    save(again, qtbot, tasks)
    # Saving without touching them leaves the departure and the row as they were.
    assert departure_of(store, application_id=created.id) == departure
    assert records.find(store, entity="document_check", where={"application_id": created.id}) == [
        check
    ]


def test_referral_created_then_edited(ctx, qtbot, tasks, store, make, opened):
    case = make.case()
    editor = opened(ReferralEditor.for_case(ctx, case.id))
    assert case.reference in editor.windowTitle()
    editor.partner.setText("Psychosoziales Zentrum Trier")
    editor.partner_kind.set_code("psychosocial")
    editor.purpose.setPlainText("Begleitung")
    created = save(editor, qtbot, tasks)
    assert created.status == "planned"

    editor = opened(ReferralEditor.for_record(ctx, created.id))
    assert editor.partner.text() == "Psychosoziales Zentrum Trier"
    editor.status.set_code("accepted")
    editor.result.setPlainText("Termin am Montag")
    save(editor, qtbot, tasks)
    [referral] = records.find(store, entity="referral", where={"case_id": case.id})
    assert referral.status == "accepted" and referral.result == "Termin am Montag"


def test_referral_without_partner_shown_at_the_field(ctx, qtbot, tasks, store, make, opened):
    case = make.case()
    editor = opened(ReferralEditor.for_case(ctx, case.id))
    editor.purpose.setPlainText("Rechtsberatung")
    editor.save()
    settle(qtbot, tasks)
    assert editor.problems.message("partner")
    assert records.find(store, entity="referral", where={"case_id": case.id}) == []
