"""Every input on the main screens and editors has a name a screen reader can say, and every
screen fits a 1366×768 laptop."""

from pathlib import Path

import pytest

from tests.conftest import PASSWORD, Factory
from tests.ui.conftest import settle
from ui.app import Controller
from ui.qt import QtWidgets
from ui.settings import DesktopSettings

INPUTS = (
    QtWidgets.QLineEdit,
    QtWidgets.QComboBox,
    QtWidgets.QAbstractSpinBox,
    QtWidgets.QPlainTextEdit,
    QtWidgets.QTextEdit,
    QtWidgets.QAbstractItemView,
)


def _named_by_label(root: QtWidgets.QWidget) -> set[int]:
    named = set()
    for label in root.findChildren(QtWidgets.QLabel):
        if label.buddy() is not None:
            named.add(id(label.buddy()))
    return named


def _unnamed(root: QtWidgets.QWidget) -> list[str]:
    by_label = _named_by_label(root)
    missing = []
    for widget in root.findChildren(QtWidgets.QWidget):
        if not isinstance(widget, INPUTS) or not widget.isVisibleTo(root):
            continue
        # Qt's own parts (a combo's list, a spin box's line edit) are named by their owner.
        parent = widget.parentWidget()
        if isinstance(parent, (QtWidgets.QComboBox, QtWidgets.QAbstractSpinBox)):
            continue
        if isinstance(widget, QtWidgets.QHeaderView):  # read out as part of its table
            continue
        if widget.accessibleName() or id(widget) in by_label:
            continue
        missing.append(
            f"{type(widget).__name__} {widget.objectName() or ''} in {type(root).__name__}"
        )
    return missing


@pytest.fixture
def controller(qtbot, store_and_recovery, data_dir: Path):
    store = store_and_recovery[0]
    make = Factory(store)
    case = make.case()
    make.consultation(case.id, notes="Erstgespräch")
    store.close()
    ctl = Controller(data_dir=data_dir, settings=DesktopSettings(language="en"))
    qtbot.addWidget(ctl.window)
    ctl.start()
    ctl.window.resize(1366, 740)
    ctl.unlock_page.password.setText(PASSWORD)
    with qtbot.waitSignal(ctl.unlocked, timeout=10_000):
        ctl.unlock_page.unlock_button.click()
    settle(qtbot, ctl.tasks)
    yield ctl, case
    ctl.quit()


def test_every_input_has_an_accessible_name_and_screens_fit_a_laptop(qtbot, controller) -> None:
    ctl, case = controller
    workspace = ctl.workspace
    assert workspace is not None
    missing = _unnamed(workspace)
    for name in list(workspace._panels):
        workspace.show_panel(name)
        settle(qtbot, ctl.tasks)
        missing += _unnamed(workspace.panel(name))
        assert workspace.minimumSizeHint().width() <= 1366
    workspace.show_case(case.id)
    settle(qtbot, ctl.tasks)
    missing += _unnamed(workspace.person_view)
    workspace.new_consultation(case.id)
    settle(qtbot, ctl.tasks)
    editor = workspace.editors[-1]
    missing += _unnamed(editor)
    assert editor.minimumSizeHint().height() <= 740
    assert ctl.window.minimumSizeHint().width() <= 1366
    assert not missing, "\n".join(sorted(set(missing)))


def test_unlock_and_first_run_inputs_are_named(qtbot, controller, tmp_path) -> None:
    ctl, _ = controller
    ctl.lock()
    assert not _unnamed(ctl.unlock_page)
    from tests.conftest import FAST_KDF
    from ui.first_run import FirstRunWizard

    wizard = FirstRunWizard(tmp_path / "x", ctl.tasks, kdf=FAST_KDF)
    qtbot.addWidget(wizard)
    wizard.show()
    assert not _unnamed(wizard)
