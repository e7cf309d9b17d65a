"""The person view: one dossier call fills every section; edits, assessments, consents, files, cases."""

import contextlib
import stat
import time
from datetime import date, timedelta

import pytest

from app.services import records
from tests.ui.conftest import settle
from ui.attachments_io import TempFiles, safe_name, sweep_stale
from ui.drafts import CloseMode
from ui.editors.person import PersonEditor
from ui.panels import person_sections
from ui.panels.person_dialogs import ConsentDialog, VulnerabilityDialog
from ui.qt import Qt, QtWidgets

pytestmark = pytest.mark.gui


@pytest.fixture
def family(make, store):
    case = make.case()
    person = records.get(store, entity="person", record_id=case.main_contact_id)
    sister = make.person(family_name="Haddad", given_names="Lina", household_id=person.household_id)
    make.consultation(case.id, notes="Talked about travel documents.\nSecond line.")
    records.create(
        store,
        entity="consent",
        data={
            "person_id": person.id,
            "purpose": "data_processing",
            "given_on": date.today(),
            "form_version": "2025-01",
        },
    )
    return person, sister, case


def shown(qtbot, view, person_id):
    with qtbot.waitSignal(view.dossier_loaded, timeout=5000):
        view.show_person(person_id)
    return view.dossier


def changed_and_reloaded(qtbot, view, tasks, action):
    with qtbot.waitSignal(view.dossier_loaded, timeout=5000):
        action()
    settle(qtbot, tasks)


def test_opens_a_person_with_every_section(qtbot, view, family, navigator):
    person, sister, case = family
    dossier = shown(qtbot, view, person.id)
    assert dossier.person.id == person.id
    assert view.name_label.text() == "Haddad, Rami"
    assert "Syria" in view.facts_label.text() and "Familie Haddad" in view.facts_label.text()
    assert view.personal.values["nationality"].text() == "Syria"
    assert view.members.table.rowCount() == 1
    assert view.cases.table.item(0, 0).text() == case.reference
    assert view.cases.timeline.count() == 1  # opened
    assert view.consultations.table.rowCount() == 1
    assert (
        view.consultations.table.item(0, 4).text() == "Talked about travel documents. Second line."
    )
    assert view.consents.table.item(0, 3).text() == "given"
    assert view.audit.table.rowCount() >= 1  # the view itself is audited
    assert view.tabs.tabText(5) == "Consul&tations (1)"
    assert view.vulnerable_badge.isHidden() and view.consent_badge.isHidden()

    view.show_section("members")
    view.members.table.setCurrentCell(0, 0)
    view.members.table.activated.emit(view.members.table.currentIndex())
    assert navigator.calls[-1] == ("person", sister.id)

    view.cases.consult_button.click()
    assert navigator.calls[-1] == ("new_consultation", case.id)
    assert not view.cases.open_button.isEnabled()  # the household has its case


def test_change_status_opens_the_case_dialog(qtbot, view, family, tasks):
    from ui.editors.case_status import CaseStatusDialog

    person, _, case = family
    shown(qtbot, view, person.id)
    view.cases.status_button.click()
    dialog = view.findChild(CaseStatusDialog)
    assert dialog is not None and dialog.case_id == case.id
    settle(qtbot, tasks)
    dialog.reject()


def test_open_case_for_a_household_without_one(qtbot, view, make, tasks):
    person = make.person()
    shown(qtbot, view, person.id)
    assert view.cases.open_button.isEnabled()
    view.cases.open_button.click()  # asks how the person found the service (test_case_open)
    settle(qtbot, tasks)
    [form] = [w for w in view.ctx.navigator.editors if w.is_open()]
    changed_and_reloaded(qtbot, view, tasks, form.save)
    assert view.cases.table.rowCount() == 1
    assert view.cases.selected().case.main_contact_id == person.id


def test_edit_shows_field_error_then_saves(qtbot, view, family, tasks):
    person, _, _ = family
    shown(qtbot, view, person.id)
    view.personal.edit_button.click()
    settle(qtbot, tasks)
    editor = next(
        w for w in QtWidgets.QApplication.topLevelWidgets() if isinstance(w, PersonEditor)
    )
    try:
        assert editor.family_name.text() == "Haddad"
        editor.family_name.setText("")
        editor.save_button.click()
        settle(qtbot, tasks)
        assert editor.errors["family_name"].isVisible()
        assert editor.isVisible()

        editor.family_name.setText("Haddad-Nasser")
        changed_and_reloaded(qtbot, view, tasks, editor.save_button.click)
    finally:
        with contextlib.suppress(RuntimeError):  # gone after saving: it deletes itself on close
            editor.close_with(CloseMode.DROP)
    assert view.name_label.text() == "Haddad-Nasser, Rami"


def test_add_vulnerability_assessment(qtbot, view, family, tasks):
    person, _, _ = family
    shown(qtbot, view, person.id)
    view.vulnerabilities.add_button.click()
    dialog = view.findChild(VulnerabilityDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.save_button.click()  # no category chosen
    settle(qtbot, tasks)
    assert dialog.problems.message("categories")

    dialog.categories.set_checked(["pregnancy", "single_parent"])
    dialog.notes.setPlainText("Due in spring.")
    changed_and_reloaded(qtbot, view, tasks, dialog.save_button.click)
    table = view.vulnerabilities.table
    assert table.rowCount() == 1
    assert table.item(0, 2).text() == "pregnancy, single parent"
    assert table.item(0, 1).text() == "anna"
    assert view.vulnerable_badge.isVisible()
    assert "pregnancy" in view.vulnerable_badge.text()


def test_record_and_withdraw_consent(qtbot, view, family, tasks, monkeypatch):
    person, _, _ = family
    shown(qtbot, view, person.id)
    view.show_section("consents")
    view.consents.record_button.click()
    dialog = view.findChild(ConsentDialog)
    dialog.purpose.set_code("contact_after_return")
    dialog.form_version.setText("2025-02")
    dialog.given_on.set_value(date.today() - timedelta(days=3))
    changed_and_reloaded(qtbot, view, tasks, dialog.save_button.click)
    assert view.consents.table.rowCount() == 2

    monkeypatch.setattr(person_sections, "confirm", lambda *args: True)
    view.consents.table.selectRow(0)  # newest first: data processing, given today
    assert view.consents.withdraw_button.isEnabled()
    changed_and_reloaded(qtbot, view, tasks, view.consents.withdraw_button.click)
    state = view.consents.table.item(0, 3)
    assert state.text().startswith("WITHDRAWN on ")
    assert state.font().bold()
    assert not view.consents.withdraw_button.isEnabled()
    assert view.consent_badge.isVisible()
    assert view.consent_badge.text() == "Consent withdrawn: data processing"


def test_add_and_open_attachment_then_clean_up(qtbot, view, family, tasks, tmp_path):
    person, sister, _ = family
    scan = tmp_path / "Einwilligung.pdf"
    scan.write_bytes(b"%PDF-1.4 scanned consent")
    opened = []
    view.attachments.opener = lambda path: opened.append(path) or True
    shown(qtbot, view, person.id)
    changed_and_reloaded(qtbot, view, tasks, lambda: view.attachments.add_file(scan))
    assert view.attachments.table.item(0, 0).text() == "Einwilligung.pdf"

    view.attachments.table.selectRow(0)
    with qtbot.waitSignal(view.attachments.attachment_opened) as blocker:
        view.attachments.open_button.click()
    path = blocker.args[0]
    assert opened == [path]
    assert path.read_bytes() == b"%PDF-1.4 scanned consent"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    folder = view.temp_files.directory
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700

    shown(qtbot, view, sister.id)  # leaving the person removes their decrypted copies
    assert not path.exists() and not folder.exists()


def test_an_erased_person_leaves_no_decrypted_copy_open(qtbot, view, family, tasks, tmp_path):
    person, _, _ = family
    scan = tmp_path / "Pass.pdf"
    scan.write_bytes(b"%PDF-1.4 passport")
    view.attachments.opener = lambda path: True
    shown(qtbot, view, person.id)
    changed_and_reloaded(qtbot, view, tasks, lambda: view.attachments.add_file(scan))
    view.attachments.table.selectRow(0)
    with qtbot.waitSignal(view.attachments.attachment_opened) as blocker:
        view.attachments.open_button.click()
    path = blocker.args[0]
    # The erasure arrives (here: made locally, as a pulled tombstone would be) while it is open.
    records.erase(store=view.ctx.session.store, entity="person", record_id=person.id, cascade=True)
    with qtbot.waitSignal(view.load_failed, timeout=5000):
        view.reload()
    assert not path.exists()
    assert "erased" in view.message.text()
    settle(qtbot, tasks)


def test_show_case_selects_the_case(qtbot, view, family, make, store):
    person, sister, case = family
    records.update(store, entity="case", record_id=case.id, patch={"main_contact_id": sister.id})
    with qtbot.waitSignal(view.dossier_loaded, timeout=5000):
        view.show_case(case.id)
    assert view.dossier.person.id == sister.id
    assert view.current_section() == "cases"
    assert view.cases.selected().case.id == case.id


def test_fifty_consultations_render_fast(qtbot, view, make):
    case = make.case()
    for day in range(50):
        make.consultation(case.id, held_on=date.today() - timedelta(days=day), notes="Notiz " * 40)
    dossier = shown(qtbot, view, case.main_contact_id)
    started = time.perf_counter()
    view._dossier_arrived(view._generation, dossier)
    elapsed = time.perf_counter() - started
    assert view.consultations.table.rowCount() == 50
    assert view.consultations.table.item(0, 0).text() != ""
    assert elapsed < 0.15, f"filling the view took {elapsed * 1000:.0f} ms"


def test_temp_files_modes_cleanup_and_stale_sweep(tmp_path):
    temp = TempFiles(base=tmp_path)
    first = temp.write("../../etc/passwd", b"a")
    second = temp.write("scan.pdf", b"b")
    same_name = temp.write("scan.pdf", b"c")
    assert first.name == "passwd" and first.parent.parent == temp.directory
    assert second != same_name and same_name.read_bytes() == b"c"
    assert len(temp.files()) == 3
    temp.cleanup()
    temp.cleanup()
    assert not first.exists() and temp.files() == []
    assert safe_name("a:b?.pdf") == "a_b_.pdf" and safe_name("..") == "attachment"

    left_over = tmp_path / "fallakte-open-999999999-x"
    left_over.mkdir()
    (left_over / "secret.pdf").write_bytes(b"x")
    assert sweep_stale(tmp_path) == 1
    assert not left_over.exists()


def test_keyboard_reaches_the_tabs(view):
    assert view.tabs.focusPolicy() != Qt.FocusPolicy.NoFocus
