"""Issue 15, "everyday polish seen on the screens": each item as a person would see it."""

from pathlib import Path

import pytest

from tests.conftest import PASSWORD
from tests.ui.conftest import open_today, settle
from ui import i18n
from ui.qt import Qt, QtCore, QtWidgets

pytestmark = pytest.mark.gui


def _headers_fit(view: QtWidgets.QTableView) -> list[str]:
    """The headers the view cuts (a centred text cut on both sides read "itaatsangehörigkei")."""
    header = view.horizontalHeader()
    model = view.model()
    cut = []
    for column in range(model.columnCount()):
        if header.isSectionHidden(column) or column == model.columnCount() - 1:
            continue  # the last one stretches
        if header.sectionSize(column) < header.sectionSizeFromContents(column).width():
            cut.append(str(model.headerData(column, Qt.Orientation.Horizontal)))
    return cut


def test_german_table_headers_are_never_cut(qtbot, ctx, tasks, make) -> None:
    from ui.panels.cases import CasesPanel
    from ui.panels.follow_ups import FollowUpsPanel
    from ui.panels.person_view import PersonView
    from ui.panels.persons import PersonsPanel

    i18n.install("de")
    case = make.case()
    for panel_type in (PersonsPanel, CasesPanel, FollowUpsPanel):
        panel = panel_type(ctx)
        qtbot.addWidget(panel)
        tables = panel.findChildren(QtWidgets.QTableView)
        assert tables and all(_headers_fit(t) == [] for t in tables), panel_type.__name__
    view = PersonView(ctx)
    qtbot.addWidget(view)
    view.show_person(case.main_contact_id)
    settle(qtbot, tasks)
    for table in view.findChildren(QtWidgets.QTableView):
        assert _headers_fit(table) == [], table.objectName()


def test_unlocking_says_so_plainly_and_a_wrong_password_in_red(
    qtbot, data_dir: Path, store_and_recovery, tasks
) -> None:
    from ui.unlock import UnlockPage

    store_and_recovery[0].close()
    page = UnlockPage(data_dir, tasks)
    qtbot.addWidget(page)
    page.show()
    qtbot.keyClicks(page.password, "falsch")
    qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    assert page.message.text() and page.message.property("role") == "progress"  # "Unlocking…"
    qtbot.waitUntil(lambda: "not correct" in page.message.text(), timeout=10_000)
    assert page.message.property("role") == "error"
    page.password.setText(PASSWORD)
    with qtbot.waitSignal(page.unlocked, timeout=10_000) as blocker:
        qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
        assert page.message.property("role") == "progress"
    blocker.args[0].close()


def test_the_empty_conflicts_screen_shows_no_empty_value_boxes(qtbot, ctx, tasks) -> None:
    from ui.panels.conflicts import ConflictsPanel

    panel = ConflictsPanel(ctx)
    qtbot.addWidget(panel)
    panel.show()
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.start_background()
    settle(qtbot, tasks)
    assert panel.empty_label.isVisible()
    assert not panel.current_box.isVisible() and not panel.lost_box.isVisible()
    assert not panel.keep_button.isVisible()


def test_the_birth_date_hint_is_written_as_the_app_writes_dates(qtbot, ctx) -> None:
    from ui.editors.person import PersonEditor

    i18n.install("de")
    editor = PersonEditor(ctx)
    qtbot.addWidget(editor)
    assert editor.birth_date.placeholderText().startswith("TT.MM.JJJJ")
    i18n.install("en")
    english = PersonEditor(ctx)
    qtbot.addWidget(english)
    assert english.birth_date.placeholderText().startswith("DD/MM/YYYY")


def test_english_dates_come_day_first(qtbot, ctx) -> None:
    from datetime import date

    from ui.widgets.dates import DateEdit

    i18n.install("en")
    edit = DateEdit(value=date(2026, 3, 4))
    qtbot.addWidget(edit)
    assert edit.text() == "04/03/2026"  # not the US 3/4/26
    assert i18n.format_date(date(2026, 3, 4)) == "04/03/2026"


def test_language_lists_start_with_the_languages_met_most(qtbot, ctx, tasks, make) -> None:
    from ui.editors.consultation import ConsultationEditor
    from ui.editors.person import PersonEditor

    first = ["ara", "prs", "fas", "pus", "kmr", "ckb", "tur", "rus", "kat", "srp", "sqi"]
    person = PersonEditor(ctx)
    qtbot.addWidget(person)
    picker = person.languages.picker
    assert [picker.itemData(i) for i in range(1, len(first) + 1)] == first
    codes = [picker.itemData(i) for i in range(1, picker.count())]
    assert len(codes) == len(set(codes))  # each once
    consultation = ConsultationEditor.for_case(ctx, make.case().id)
    qtbot.addWidget(consultation)
    assert consultation.interpreter_language.codes()[: len(first)] == first
    settle(qtbot, tasks)


def test_today_greets_by_name_not_by_login(qtbot, ctx, tasks) -> None:
    from ui.panels.today import spoken_name

    assert spoken_name("anna.schmidt") == "Anna Schmidt"
    assert spoken_name("hans-peter.müller") == "Hans-Peter Müller"
    assert spoken_name("Anna Schmidt") == "Anna Schmidt"
    panel = open_today(qtbot, ctx, tasks)  # this store's user is "anna"
    assert panel.heading.text().startswith("Good to see you, Anna.")


def test_f1_and_the_help_menu_open_the_user_guide(qtbot, store_and_recovery, data_dir) -> None:
    from ui.app import Controller
    from ui.help_window import HelpWindow
    from ui.settings import DesktopSettings

    store_and_recovery[0].close()
    controller = Controller(data_dir=data_dir, settings=DesktopSettings(language="en"))
    qtbot.addWidget(controller.window)
    controller.start()
    controller.window.activateWindow()
    qtbot.waitUntil(controller.window.isActiveWindow)
    qtbot.keyClick(controller.unlock_page.password, Qt.Key.Key_F1)
    guides = [w for w in QtWidgets.QApplication.topLevelWidgets() if isinstance(w, HelpWindow)]
    qtbot.waitUntil(lambda: any(w.isVisible() for w in guides) if guides else False)
    guide = next(w for w in guides if w.isVisible())
    assert "Handbuch für Beraterinnen und Berater" in guide.browser.toPlainText()
    help_menu = next(a for a in controller.window.menuBar().actions() if "Help" in a.text())
    assert any("User guide" in a.text() for a in help_menu.menu().actions())
    guide.close()
    controller.quit()
    QtCore.QCoreApplication.processEvents()
