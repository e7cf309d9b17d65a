"""The merge dialog shows both records in the words of the person view, in German and English."""

import pytest

from tests.ui.conftest import settle
from ui import i18n
from ui.panels.merge_dialog import MergeDialog
from ui.qt import Qt, QtCore

pytestmark = pytest.mark.gui


def rows_of(dialog: MergeDialog) -> dict[str, tuple[str, str, str]]:
    table = dialog.table
    return {
        table.topLevelItem(i).text(0): tuple(table.topLevelItem(i).text(c) for c in (1, 2, 3))
        for i in range(table.topLevelItemCount())
    }


def opened(qtbot, ctx, first: str, second: str, entity: str = "person") -> MergeDialog:
    dialog = MergeDialog(ctx, first, second, entity=entity)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.planned, timeout=10_000):
        dialog.open()
    return dialog


@pytest.fixture
def pair(make):
    household = make.household(label="Familie Rahimi")
    stays = make.person(
        family_name="Rahimi",
        given_names="Farid",
        nationality="SYR",
        languages=["prs", "pus"],
        birth_date="1987-03-14",
        sex="male",
        interpreter_needed=True,
        household_id=household.id,
    )
    other = make.person(family_name="Rahimi", given_names="Farid", birth_date="1987")
    return stays, other


def test_values_show_as_in_the_person_view_in_english(qtbot, ctx, tasks, pair):
    stays, other = pair
    rows = rows_of(opened(qtbot, ctx, stays.id, other.id))
    assert rows["Nationality"] == ("Syria", "Syria", "Syria")
    assert rows["Languages"] == ("Dari, Pushto", "–", "Dari, Pushto")
    assert rows["Date of birth"] == ("14/03/1987", "1987", "14/03/1987")
    assert rows["Sex"][0] == "male"
    assert rows["Interpreter needed"][:2] == ("yes", "no")
    assert rows["Household"][0] == "Familie Rahimi"  # its label, not its id
    assert rows["Site"][0] == "–"
    settle(qtbot, tasks)


def test_values_show_as_in_the_person_view_in_german(qtbot, ctx, tasks, pair):
    stays, other = pair
    i18n.install("de")
    dialog = opened(qtbot, ctx, stays.id, other.id)
    assert dialog.windowTitle() == "Zwei Personen zusammenführen"
    rows = rows_of(dialog)
    assert rows["Staatsangehörigkeit"] == ("Syrien", "Syrien", "Syrien")
    assert rows["Sprachen"] == ("Dari, Paschtu", "–", "Dari, Paschtu")
    assert rows["Geburtsdatum"] == ("14.03.1987", "1987", "14.03.1987")
    assert rows["Geschlecht"][0] == "männlich"
    assert rows["Dolmetschung benötigt"][:2] == ("ja", "nein")
    assert rows["Haushalt"][0] == "Familie Rahimi"
    settle(qtbot, tasks)


def test_two_households_side_by_side(qtbot, ctx, tasks, make):
    first = make.household(label="Familie Haddad", site="ATR")
    second = make.household(label="Haddad, Rami", site=None)
    make.person(given_names="Yusuf", household_id=second.id)
    make.person(given_names="Nour", household_id=second.id)
    dialog = opened(qtbot, ctx, first.id, second.id, entity="household")
    assert dialog.windowTitle() == "Merge two households"
    rows = rows_of(dialog)
    assert rows["Label"] == ("Familie Haddad", "Haddad, Rami", "Familie Haddad")
    assert rows["Site"] == ("Reception centre Trier (AfA)", "–", "Reception centre Trier (AfA)")
    assert dialog.moving.text().endswith("move to the household that stays (Person: 2).")
    settle(qtbot, tasks)


class WideScreen:
    """A laptop screen wider than the offscreen platform's 800 pixels."""

    def availableGeometry(self) -> QtCore.QRect:  # Qt casing
        return QtCore.QRect(0, 0, 1366, 728)


def test_the_after_column_is_not_cut_off(qtbot, ctx, tasks, make):
    # Long German labels and three language names once pushed "Danach" out of the dialog.
    i18n.install("de")
    stays = make.person(
        family_name="Ibrahim",
        languages=["ara", "eng", "deu"],
        authority_file_number="2993920-892",
        residence_status="obliged_to_leave",
    )
    other = make.person(family_name="Ibrahim", languages=["ara", "eng", "deu"], site="ATR")
    dialog = MergeDialog(ctx, stays.id, other.id)
    qtbot.addWidget(dialog)
    dialog.screen = WideScreen  # type: ignore[method-assign]
    with qtbot.waitSignal(dialog.planned, timeout=10_000):
        dialog.open()
    table = dialog.table
    header = table.header()
    qtbot.waitUntil(
        lambda: sum(header.sectionSize(c) for c in range(4)) <= table.viewport().width(),
        timeout=2_000,
    )
    assert dialog.width() <= 1366
    settle(qtbot, tasks)


def test_a_merge_tells_the_screens_of_the_return_records_too(qtbot, ctx, tasks, session, make):
    # A person's return-process records name them too; their lists (Today › returns, the
    # Return tab) must hear of the merge like the consultations do.
    first = make.person(family_name="Rahimi", given_names="Farid")
    second = make.person(family_name="Rahimy", given_names="Farid")
    dialog = opened(qtbot, ctx, first.id, second.id)
    with qtbot.waitSignal(session.changed, timeout=10_000) as blocker:
        qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    changed = blocker.args[0]
    for entity in ("person", "household", "case", "medical_return", "support_payment"):
        assert changed.touches(entity), entity
    settle(qtbot, tasks)
