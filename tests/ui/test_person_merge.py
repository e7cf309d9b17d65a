"""Merging from the person view: a person with a double, a household with another; leads only."""

import pytest

from app.services import listing, records
from tests.ui.conftest import settle
from ui.context import Context
from ui.panels.person_view import PersonView
from ui.qt import Qt, QtWidgets
from ui.settings import DesktopSettings
from ui.widgets.record_picker import RecordPicker

pytestmark = pytest.mark.gui


def made_view(qtbot, ctx) -> PersonView:
    view = PersonView(ctx)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    return view


def opened(qtbot, view, person_id: str) -> None:
    with qtbot.waitSignal(view.dossier_loaded, timeout=5000):
        view.show_person(person_id)


def pick(qtbot, picker, text: str) -> list[str]:
    """Type into the picker, wait for the hits, Enter on the first; returns what was offered."""
    with qtbot.waitSignal(picker.searched, timeout=10_000):
        qtbot.keyClicks(picker.filter_edit, text)
    offered = [picker.list.item(i).text() for i in range(picker.list.count())]
    with qtbot.waitSignal(picker.chosen, timeout=5_000):
        qtbot.keyClick(picker.filter_edit, Qt.Key.Key_Return)
    return offered


def alt(qtbot, widget, key) -> None:
    qtbot.keyClick(widget, key, Qt.KeyboardModifier.AltModifier)


@pytest.fixture
def doubles(make):
    stays = make.person(family_name="Rahimi", given_names="Farid", birth_date="1987-03-14")
    double = make.person(
        family_name="Rahimy", given_names="Farid", birth_date="1987", phone="+49 651 77"
    )
    return stays, double


def test_a_lead_merges_the_person_on_screen_with_a_double(qtbot, ctx, tasks, store, doubles):
    stays, double = doubles
    view = made_view(qtbot, ctx)
    opened(qtbot, view, stays.id)
    button = view.personal.merge_button
    assert button is not None and button.isVisible()
    alt(qtbot, view, Qt.Key.Key_W)  # Merge with another person… (a button clicks after a beat)
    qtbot.waitUntil(lambda: view.personal.merge.picker is not None, timeout=2_000)
    picker = view.personal.merge.picker
    assert picker.isVisible()
    offered = pick(qtbot, picker, "Farid")
    assert offered == ["Rahimy, Farid (1987, Familie Haddad)"]  # not the one on screen
    dialog = view.personal.merge.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.merge_button.isEnabled, timeout=10_000)
    assert (dialog.survivor, dialog.duplicate) == (stays.id, double.id)
    with qtbot.waitSignal(view.dossier_loaded, timeout=10_000):
        alt(qtbot, dialog, Qt.Key.Key_M)
    assert view.person_id == stays.id
    assert view.personal.values["phone"].text() == "+49 651 77"
    assert listing.person_ids(store) == [stays.id]
    settle(qtbot, tasks)


def test_after_a_swap_the_view_shows_the_one_that_stays(qtbot, ctx, tasks, store, doubles):
    shown, double = doubles
    view = made_view(qtbot, ctx)
    opened(qtbot, view, shown.id)
    qtbot.mouseClick(view.personal.merge_button, Qt.MouseButton.LeftButton)
    pick(qtbot, view.personal.merge.picker, "Rahimy")
    dialog = view.personal.merge.dialog
    qtbot.waitUntil(dialog.merge_button.isEnabled, timeout=10_000)
    with qtbot.waitSignal(dialog.planned, timeout=10_000):
        alt(qtbot, dialog, Qt.Key.Key_W)  # Swap: keep the other one
    with qtbot.waitSignal(view.dossier_loaded, timeout=10_000):
        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.person_id == double.id, timeout=10_000)
    qtbot.waitUntil(lambda: view.name_label.text() == "Rahimy, Farid", timeout=10_000)
    merged = records.get(store, entity="person", record_id=shown.id, audit=False)
    assert merged.merged_into == double.id
    settle(qtbot, tasks)


def test_a_lead_merges_two_households_from_the_household_tab(qtbot, ctx, tasks, store, make):
    haddad = make.household(label="Familie Haddad")
    rami = make.person(family_name="Haddad", given_names="Rami", household_id=haddad.id)
    make.person(family_name="Haddad", given_names="Lina", household_id=haddad.id)
    other = make.household(label="Haddad Rami und Kinder")
    make.person(family_name="Haddad", given_names="Yusuf", household_id=other.id)
    make.person(family_name="Haddad", given_names="Nour", household_id=other.id)
    view = made_view(qtbot, ctx)
    opened(qtbot, view, rami.id)
    alt(qtbot, view, Qt.Key.Key_H)  # the Household tab
    assert view.current_section() == "members"
    assert view.members.merge_button.isVisible()
    alt(qtbot, view, Qt.Key.Key_L)  # Merge household with…
    qtbot.waitUntil(lambda: view.members.merge.picker is not None, timeout=2_000)
    picker = view.members.merge.picker
    assert picker.isVisible()
    offered = pick(qtbot, picker, "Haddad")
    assert [o.split(" (")[0] for o in offered] == ["Haddad Rami und Kinder"]
    dialog = view.members.merge.dialog
    qtbot.waitUntil(dialog.merge_button.isEnabled, timeout=10_000)
    assert dialog.windowTitle() == "Merge two households"
    assert (dialog.survivor, dialog.duplicate) == (haddad.id, other.id)
    with qtbot.waitSignal(view.dossier_loaded, timeout=10_000):
        alt(qtbot, dialog, Qt.Key.Key_M)
    qtbot.waitUntil(lambda: view.members.table.rowCount() >= 3, timeout=10_000)
    names = {view.members.table.item(r, 0).text() for r in range(view.members.table.rowCount())}
    assert {"Haddad, Yusuf", "Haddad, Nour", "Haddad, Lina"} <= names
    assert view.members.household_label.text() == "Household: Familie Haddad"
    assert records.get(store, entity="household", record_id=other.id).merged_into == haddad.id
    settle(qtbot, tasks)


def test_a_counsellor_has_no_merge_action(qtbot, session, navigator, tasks, doubles):
    counsellor = Context(
        session=session, settings=DesktopSettings(), navigator=navigator, role="counsellor"
    )
    stays, _double = doubles
    view = made_view(qtbot, counsellor)
    opened(qtbot, view, stays.id)
    assert view.personal.merge_button is None and view.personal.merge is None
    alt(qtbot, view, Qt.Key.Key_W)
    view.show_section("members")
    assert view.members.merge_button is None and view.members.merge is None
    alt(qtbot, view, Qt.Key.Key_L)
    texts = [b.text() for b in view.findChildren(QtWidgets.QAbstractButton)]
    assert not [t for t in texts if "Merge" in t]
    assert not view.findChildren(RecordPicker)
    settle(qtbot, tasks)


def test_the_german_keys_the_guide_names(qtbot, ctx, tasks, doubles):
    from ui import i18n

    i18n.install("de")
    stays, _double = doubles
    view = made_view(qtbot, ctx)
    opened(qtbot, view, stays.id)
    assert view.personal.merge_button.text() == "Mit anderer Person &zusammenführen…"
    alt(qtbot, view, Qt.Key.Key_Z)
    qtbot.waitUntil(lambda: view.personal.merge.picker is not None, timeout=2_000)
    view.personal.merge.picker.reject()
    view.activateWindow()  # back from the picker, as after Esc
    qtbot.waitUntil(view.isActiveWindow)
    alt(qtbot, view, Qt.Key.Key_U)  # the Household tab: Ha&ushalt
    assert view.current_section() == "members"
    alt(qtbot, view, Qt.Key.Key_S)
    qtbot.waitUntil(lambda: view.members.merge.picker is not None, timeout=2_000)
    assert view.members.merge.picker.windowTitle() == (
        "Haushalt Familie Haddad mit einem anderen zusammenführen"
    )
    view.members.merge.picker.reject()
    settle(qtbot, tasks)
