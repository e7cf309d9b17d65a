"""Helpers of the Return section's tests: the person view on the test family, a fixed today."""

from datetime import date

from tests.app.services.return_family import Family
from tests.ui.conftest import settle
from ui.panels.person_view import PersonView
from ui.qt import Qt

TODAY = date(2025, 6, 1)
CTRL = Qt.KeyboardModifier.ControlModifier


def open_return(qtbot, ctx, tasks, family: Family, *, today: date = TODAY) -> PersonView:
    """Samira's person view on the Return tab, judging the checklist on `today`."""
    view = PersonView(ctx)
    qtbot.addWidget(view)
    view.returns.today = lambda: today
    view.resize(1200, 760)
    view.show()
    with qtbot.waitSignal(view.returns.overview_loaded, timeout=10_000):
        view.show_person(family.samira, section="return")
    settle(qtbot, tasks)
    return view


def reloaded(qtbot, view, tasks, action) -> None:
    """Do `action` and wait until the section shows the store after it."""
    with qtbot.waitSignal(view.returns.overview_loaded, timeout=10_000):
        action()
    settle(qtbot, tasks)


def active(qtbot, editor) -> None:
    """Keys go to the window a person types in: the active one (shortcuts, focus)."""
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)


def ctrl_s(qtbot, tasks, editor, field) -> object:
    with qtbot.waitSignal(editor.saved, timeout=10_000) as blocker:
        qtbot.keyClick(field, Qt.Key.Key_S, CTRL)
    settle(qtbot, tasks)
    return blocker.args[0]
