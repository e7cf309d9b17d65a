"""Casework in the person view: referrals, applications and consultations edited, follow-ups done."""

import contextlib
from datetime import date, timedelta

import pytest

from app.domain.enums import CaseOutcome, CaseStatus
from app.services import cases as case_service
from app.services import dossier, records
from tests.ui.conftest import settle
from ui.drafts import CloseMode
from ui.editors.application import ApplicationEditor
from ui.editors.case_details import CaseDetailsEditor
from ui.editors.consultation import ConsultationEditor
from ui.editors.follow_up import FollowUpDialog
from ui.editors.referral import ReferralEditor
from ui.panels.person_casework import case_for_new
from ui.panels.person_follow_ups import OVERDUE
from ui.qt import Qt, QtWidgets

pytestmark = pytest.mark.gui


@pytest.fixture
def two_cases(make, store):
    """An older case still open and a newer one already closed, for the same household."""
    older = make.case(opened_on=date.today() - timedelta(days=400))
    newer = case_service.open_case(
        store,
        household_id=older.household_id,
        site="ATR",
        main_contact_id=older.main_contact_id,
        opened_on=date.today() - timedelta(days=30),
    )
    case_service.change_status(
        store, case_id=newer.id, to=CaseStatus.closed, outcome=CaseOutcome.returned_assisted
    )
    return older, newer


@pytest.fixture
def editors():
    """Editors and dialogs a test opened; closed without the "keep a draft?" question."""
    opened = []
    yield opened
    for editor in opened:
        with contextlib.suppress(RuntimeError):  # closed and deleted during the test
            editor.close_with(CloseMode.DROP)


def shown(qtbot, view, person_id):
    with qtbot.waitSignal(view.dossier_loaded, timeout=5000):
        view.show_person(person_id)
    return view.dossier


def opened(kind, editors, qtbot, tasks):
    settle(qtbot, tasks)
    [editor] = [w for w in QtWidgets.QApplication.topLevelWidgets() if isinstance(w, kind)]
    editors.append(editor)
    return editor


def saved_and_reloaded(qtbot, view, tasks, editor):
    with qtbot.waitSignal(view.dossier_loaded, timeout=5000):
        editor.save()
    settle(qtbot, tasks)


def test_a_new_record_goes_to_the_chosen_case_else_the_newest_open_one(store, two_cases):
    older, newer = two_cases
    files = dossier.person_dossier(store, person_id=older.main_contact_id, audit=False).cases
    assert [f.case.id for f in files] == [newer.id, older.id]
    assert case_for_new(files, None) == older.id  # the newer case is closed
    assert case_for_new(files, newer.id) == newer.id
    assert case_for_new(files, "gone") == older.id
    assert case_for_new(files[:1], None) == newer.id  # only closed cases: the newest
    assert case_for_new([], None) is None


def test_new_referral_lands_in_the_case_chosen_in_the_cases_tab(
    qtbot, view, two_cases, store, tasks, navigator, editors
):
    older, newer = two_cases
    shown(qtbot, view, older.main_contact_id)
    assert view.referrals.new_button.isEnabled()
    assert not view.referrals.edit_button.isEnabled()
    assert older.reference in view.referrals.new_button.toolTip()  # nothing chosen: the open one

    view.cases.table.selectRow(view.cases.table.rowCount() - 1)  # older, then newer
    view.cases.table.selectRow(0)
    assert view.cases.chosen_case_id() == newer.id
    view.show_section("referrals")
    assert newer.reference in view.referrals.new_button.toolTip()
    view.referrals.new_button.click()
    assert navigator.calls[-1] == ("editor", "ReferralEditor")
    editor = opened(ReferralEditor, editors, qtbot, tasks)
    assert editor.case_id == newer.id
    editor.partner.setText("Caritas Trier")
    editor.partner_kind.set_code("psychosocial")
    editor.purpose.setPlainText("Begleitung")
    saved_and_reloaded(qtbot, view, tasks, editor)

    [referral] = records.find(store, entity="referral", where={"case_id": newer.id})
    assert referral.partner == "Caritas Trier"
    assert view.referrals.table.rowCount() == 1
    assert view.referrals.table.item(0, 1).text() == "Caritas Trier"


def test_new_application_without_a_choice_goes_to_the_open_case_then_is_edited(
    qtbot, view, two_cases, store, tasks, navigator, editors
):
    older, _ = two_cases
    shown(qtbot, view, older.main_contact_id)
    view.show_section("applications")
    view.applications.new_button.click()
    editor = opened(ApplicationEditor, editors, qtbot, tasks)
    assert editor.case_id == older.id
    editor.programme.set_code("REAG_GARP")
    editor.amount.set_cents(50000)
    saved_and_reloaded(qtbot, view, tasks, editor)
    [application] = records.find(store, entity="application", where={"case_id": older.id})
    assert application.amount_cents == 50000

    table = view.applications.table
    table.selectRow(0)
    assert view.applications.edit_button.isEnabled()
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert navigator.calls[-1] == ("editor", "ApplicationEditor")
    again = opened(ApplicationEditor, editors, qtbot, tasks)
    assert again.existing is not None and again.existing.id == application.id
    assert again.amount.cents() == 50000
    again.amount.set_cents(123456)
    saved_and_reloaded(qtbot, view, tasks, again)
    assert records.get(store, entity="application", record_id=application.id).amount_cents == (
        123456
    )
    assert "1,234.56" in table.item(0, 4).text()


def test_household_without_a_case_offers_no_new_records(qtbot, view, make):
    person = make.person()
    shown(qtbot, view, person.id)
    assert not view.referrals.new_button.isEnabled()
    assert not view.applications.new_button.isEnabled()
    assert view.referrals.case_for_new() is None


def test_consultation_edited_through_for_record_keeps_the_rest(
    qtbot, ctx, make, store, tasks, editors
):
    case = make.case()
    partner = make.person(household_id=case.household_id, given_names="Lina")
    consultation = make.consultation(
        case.id,
        notes="Erstgespräch",
        participant_ids=[partner.id, case.main_contact_id],
        topics=["housing"],
    )
    editor = ConsultationEditor.for_record(ctx, consultation.id)
    editors.append(editor)
    settle(qtbot, tasks)
    assert editor.record_id == consultation.id
    assert editor.case_id == case.id
    assert case.reference in editor.windowTitle()
    assert editor.follow_up.isHidden()
    assert editor.notes.toPlainText() == "Erstgespräch"
    assert set(editor.participants.checked()) == {partner.id, case.main_contact_id}
    assert editor.topics.checked() == ["housing"]
    assert not editor.dirty

    editor.notes.setPlainText("Erstgespräch, Pass fehlt")
    assert editor.dirty
    assert editor.payload()["consultation_id"] == consultation.id
    assert editor.payload()["case_id"] == case.id
    with qtbot.waitSignal(editor.saved):
        editor.save()
    settle(qtbot, tasks)

    [stored] = records.find(store, entity="consultation", where={"case_id": case.id})
    assert stored.id == consultation.id
    assert stored.notes == "Erstgespräch, Pass fehlt"
    assert stored.topics == ["housing"] and stored.duration_minutes == 30
    assert records.find(store, entity="follow_up", where={"case_id": case.id}) == []


def test_consultation_edit_draft_reopens_the_same_record(qtbot, ctx, make, store, tasks, editors):
    case = make.case()
    consultation = make.consultation(case.id, notes="alt")
    editor = ConsultationEditor.for_record(ctx, consultation.id)
    editors.append(editor)
    settle(qtbot, tasks)
    editor.notes.setPlainText("neu")
    draft = editor.draft()
    assert draft.record_id == consultation.id
    editor.close_with(CloseMode.DROP)

    again = ConsultationEditor(ctx, draft_key=draft.key)
    editors.append(again)
    again.record_id = draft.record_id
    again.load_payload(draft.payload)
    settle(qtbot, tasks)
    assert again.consultation_id == consultation.id and again.record_id == consultation.id
    assert again.notes.toPlainText() == "neu"  # the draft's text, not the stored one
    with qtbot.waitSignal(again.saved):
        again.save()
    settle(qtbot, tasks)
    assert records.get(store, entity="consultation", record_id=consultation.id).notes == "neu"


def test_consultations_tab_opens_the_selected_one_for_editing(
    qtbot, view, make, tasks, navigator, editors
):
    case = make.case()
    consultation = make.consultation(case.id, notes="Rückkehr besprochen")
    shown(qtbot, view, case.main_contact_id)
    view.show_section("consultations")
    view.consultations.table.selectRow(0)
    view.consultations.edit_button.click()
    assert navigator.calls[-1] == ("editor", "ConsultationEditor")
    editor = opened(ConsultationEditor, editors, qtbot, tasks)
    assert editor.consultation_id == consultation.id
    assert editor.notes.toPlainText() == "Rückkehr besprochen"


def test_follow_up_done_and_added_from_the_cases_tab(qtbot, view, make, store, tasks):
    case = make.case()
    late = records.create(
        store,
        entity="follow_up",
        data={
            "case_id": case.id,
            "due_on": date.today() - timedelta(days=2),
            "title": "Pass abholen",
            "assignee": "anna",
        },
    )
    shown(qtbot, view, case.main_contact_id)
    box = view.cases.follow_ups
    assert box.table.rowCount() == 1
    assert box.table.item(0, 1).text() == "Pass abholen"
    assert box.table.item(0, 3).text() == "overdue"
    assert box.table.item(0, 0).foreground().color() == OVERDUE
    assert box.selected().id == late.id and box.done_button.isEnabled()

    with qtbot.waitSignal(view.dossier_loaded, timeout=5000):
        box.done_button.click()
    settle(qtbot, tasks)
    done = records.get(store, entity="follow_up", record_id=late.id)
    assert done.status == "done" and done.done_on == date.today()
    assert box.table.item(0, 3).text() == "done"
    assert box.table.item(0, 0).foreground().color() != OVERDUE
    assert not box.done_button.isEnabled()

    box.new_button.click()
    dialog = box.findChild(FollowUpDialog)
    assert dialog is not None and dialog.case_id == case.id
    dialog.task.setText("Flug buchen")
    with qtbot.waitSignal(view.dossier_loaded, timeout=5000):
        dialog.save_button.click()
    settle(qtbot, tasks)
    assert [box.table.item(row, 1).text() for row in range(2)] == ["Flug buchen", "Pass abholen"]
    assert box.table.item(0, 3).text() == "open"
    assert view.cases.table.item(0, 5).text() != ""  # the next follow-up of the case

    box.table.selectRow(0)
    box.table.setFocus()
    qtbot.keyClick(box.table, Qt.Key.Key_Return)  # an open follow-up is edited in its dialog
    editing = [d for d in box.findChildren(FollowUpDialog) if d.existing is not None]
    assert [d.existing.title for d in editing] == ["Flug buchen"]
    editing[0].reject()


FOUND_VIA = 6  # the cases table's column: how the person found the service


def test_outreach_channel_chosen_by_keys_is_saved_and_listed(
    qtbot, view, editors, tasks, make, store
):
    case = make.case()
    shown(qtbot, view, case.main_contact_id)
    view.cases.table.selectRow(0)
    assert view.cases.table.item(0, FOUND_VIA).text() == ""
    qtbot.mouseClick(view.cases.details_button, Qt.MouseButton.LeftButton)
    editor = opened(CaseDetailsEditor, editors, qtbot, tasks)
    assert case.reference in editor.windowTitle()
    assert editor.outreach.code() is None  # not asked yet

    editor.outreach.setFocus()
    qtbot.keyClick(editor.outreach, Qt.Key.Key_Down)  # reception centre session
    qtbot.keyClick(editor.outreach, Qt.Key.Key_Down)  # municipality
    assert editor.outreach.code() == "municipality"
    with qtbot.waitSignal(view.dossier_loaded, timeout=5000):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, tasks)

    stored = records.get(store, entity="case", record_id=case.id, audit=False)
    assert stored.outreach_channel == "municipality"
    assert stored.status == case.status and stored.reference == case.reference
    assert view.cases.table.item(0, FOUND_VIA).text() == "municipality"


def test_the_editor_shows_the_channel_already_told(qtbot, editors, ctx, tasks, make, store):
    case = make.case()
    records.update(store, entity="case", record_id=case.id, patch={"outreach_channel": "ngo"})
    editor = CaseDetailsEditor.for_case(ctx, case.id)
    editors.append(editor)
    settle(qtbot, tasks)
    assert editor.outreach.code() == "ngo"
