"""GUI fixtures: a session over a real encrypted store, a recording navigator, waiting on tasks."""

import contextlib
from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

import pytest

from app.store.store import Store
from ui import i18n
from ui.context import Context
from ui.drafts import CloseMode
from ui.qt import QtCore
from ui.session import Session
from ui.settings import DesktopSettings
from ui.tasks import Tasks

pytestmark = pytest.mark.gui


class RecordingNavigator:
    """Stands in for the workspace when a screen is tested alone: remembers what it was asked."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, str]] = []
        self.editors: list[object] = []  # kept, as the workspace keeps the editors it opened

    def show_person(self, person_id: str) -> None:
        self.calls.append(("person", person_id))

    def show_case(self, case_id: str) -> None:
        self.calls.append(("case", case_id))

    def new_consultation(self, case_id: str) -> None:
        self.calls.append(("new_consultation", case_id))

    def show_panel(self, name: str) -> None:
        self.calls.append(("panel", name))

    def open_editor(self, editor) -> None:
        self.calls.append(("editor", type(editor).__name__))
        self.editors.append(editor)
        editor.show()

    def restore_editor(self, draft) -> None:
        self.calls.append(("restore", draft.key))


@pytest.fixture(autouse=True)
def _isolated_config(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FALLAKTE_CONFIG_DIR", str(tmp_path_factory.mktemp("config")))


@pytest.fixture(autouse=True)
def _gc_on_the_gui_thread(qapp: object) -> Iterator[None]:
    """As the app does (ui/collector.py): cycles are collected on the GUI thread, never on a
    worker, and what a test left is collected before the next one starts its threads."""
    import gc

    from ui import collector

    collector.install()
    yield
    collector.thaw()  # a test's app may have frozen its workspace (collector.settle)
    gc.collect()
    collector.uninstall()  # tests without Qt run with Python's own collector


@pytest.fixture(autouse=True)
def _source_texts(qapp: object) -> Iterator[None]:
    """Every test starts and ends with the source (English) texts, whatever it switched to."""
    i18n.uninstall()
    QtCore.QLocale.setDefault(i18n.locale_for("en"))  # the app's English formats
    yield
    i18n.uninstall()
    QtCore.QLocale.setDefault(i18n.locale_for("en"))


@pytest.fixture
def tasks(qapp: object) -> Iterator[Tasks]:
    runner = Tasks()
    yield runner
    runner.wait_done()


@pytest.fixture
def session(store: Store, tasks: Tasks) -> Iterator[Session]:
    s = Session(store, tasks)
    yield s
    tasks.wait_done()


@pytest.fixture
def navigator() -> RecordingNavigator:
    return RecordingNavigator()


@pytest.fixture
def editors(navigator: RecordingNavigator) -> Iterator[list[Any]]:
    """The editors a test opened through the navigator, dropped (no draft kept) after it."""
    opened: list[Any] = navigator.editors
    yield opened
    for editor in opened:
        with contextlib.suppress(RuntimeError):  # already closed by the test
            editor.close_with(CloseMode.DROP)


@pytest.fixture
def ctx(session: Session, navigator: RecordingNavigator) -> Context:
    return Context(session=session, settings=DesktopSettings(), navigator=navigator, role="lead")


@pytest.fixture
def view(qtbot: object, ctx: Context) -> object:
    """The person view alone, shown at a laptop's size (the tests of its tabs share it)."""
    from ui.panels.person_view import PersonView

    widget = PersonView(ctx)
    qtbot.addWidget(widget)  # type: ignore[attr-defined]
    widget.resize(1100, 700)
    widget.show()
    return widget


def settle(qtbot: object, tasks: Tasks, timeout_ms: int = 10_000) -> None:
    """Wait until every background task has delivered its result on the GUI thread."""
    if tasks.busy:
        blocker = qtbot.waitSignal(tasks.idle, timeout=timeout_ms)  # type: ignore[attr-defined]
        blocker.wait()


def open_today(
    qtbot: Any,
    ctx: Context,
    tasks: Tasks,
    *,
    size: tuple[int, int] | None = None,
    clock: Callable[[], date] | None = None,
) -> Any:
    """The Today screen alone, shown and filled (optionally at `size`, on the day `clock` says)."""
    from ui.panels.today import TodayPanel

    panel = TodayPanel(ctx)
    if clock is not None:
        panel.clock = clock
    qtbot.addWidget(panel)
    if size is not None:
        panel.resize(*size)
    panel.show()
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.activate()
    settle(qtbot, tasks)
    return panel
