"""The unlocked workspace: navigation, the screens, global search, sync state and open editors."""

import logging
from collections.abc import Callable
from typing import TypeVar

from ui.context import Context
from ui.crash import trace_of
from ui.drafts import CloseMode, DraftData, Editor
from ui.panels.base import Panel
from ui.qt import Qt, QtCore, QtGui, QtWidgets, Signal, is_alive
from ui.search_box import SearchBox
from ui.session import Session
from ui.settings import DesktopSettings

log = logging.getLogger(__name__)
T = TypeVar("T")


def _panel_types() -> list[type[Panel]]:
    # Imported here so that the panels' modules load only once a store is unlocked.
    from ui.panels.admin import AdminPanel
    from ui.panels.cases import CasesPanel
    from ui.panels.conflicts import ConflictsPanel
    from ui.panels.follow_ups import FollowUpsPanel
    from ui.panels.persons import PersonsPanel
    from ui.panels.sync_panel import SyncPanel
    from ui.panels.today import TodayPanel

    return [
        TodayPanel,
        PersonsPanel,
        CasesPanel,
        FollowUpsPanel,
        ConflictsPanel,
        SyncPanel,
        AdminPanel,
    ]


class Workspace(QtWidgets.QWidget):
    lock_requested = Signal()
    ready = Signal()  # the first screen is filled; background work may start

    def __init__(
        self,
        session: Session,
        settings: DesktopSettings,
        *,
        role: str,
        parent: QtWidgets.QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("workspace")
        self.session = session
        self.ctx = Context(session=session, settings=settings, navigator=self, role=role)
        self.editors: list[Editor] = []
        self.sync: QtCore.QObject | None = None
        self._panels: dict[str, Panel] = {}
        self._nav_rows: dict[str, int] = {}

        self.search = SearchBox(self.ctx, self)
        self.nav = QtWidgets.QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Navigation"))
        self.nav.setFixedWidth(220)
        self.nav.setIconSize(QtCore.QSize(20, 20))
        # A long German title with a badge must never make the sidebar scroll sideways:
        # the title is shortened instead (the count always shows, see _show_badge).
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.stack = QtWidgets.QStackedWidget(self)

        for panel_type in _panel_types():
            if panel_type.name == "admin" and not self.ctx.is_lead:
                continue
            self._add_panel(panel_type(self.ctx, self.stack))
        from ui.panels.person_view import PersonView

        self.person_view = PersonView(self.ctx, self.stack)
        self.stack.addWidget(self.person_view)

        self._build_layout()
        self.nav.currentRowChanged.connect(self.on_nav_current_row_changed)
        self._shortcuts()
        self._background_started = False
        first = self._panels[next(iter(self._panels))]
        first.loaded.connect(self._start_background)
        # In case the first screen never reports (an error): start anyway, a little later.
        QtCore.QTimer.singleShot(3000, self._start_background)
        self.nav.setCurrentRow(0)

    def _start_background(self) -> None:
        if self._background_started:
            return
        self._background_started = True
        for panel in self._panels.values():
            panel.start_background()
        self.ready.emit()

    # -- layout ------------------------------------------------------------------

    def _build_layout(self) -> None:
        top = QtWidgets.QHBoxLayout()
        brand = QtWidgets.QLabel("Fallakte", self)
        brand.setObjectName("brand")
        top.addWidget(brand)
        top.addSpacing(24)
        top.addWidget(self.search, 1)
        self.lock_button = QtWidgets.QToolButton(self)
        self.lock_button.setText(self.tr("&Lock"))
        self.lock_button.setToolTip(self.tr("Lock now (Ctrl+L)"))
        self.lock_button.clicked.connect(self.lock_requested)
        top.addWidget(self.lock_button)

        body = QtWidgets.QHBoxLayout()
        body.addWidget(self.nav)
        body.addWidget(self.stack, 1)

        outer = QtWidgets.QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 0)
        outer.addLayout(top)
        outer.addLayout(body, 1)

    def _shortcuts(self) -> None:
        # Lock, search and sync are keys of the whole app (ui/global_keys.py), so they work in
        # editor windows too; a second binding here would make them ambiguous, and Qt then
        # runs neither.
        for number, name in enumerate(self._nav_rows, start=1):
            if number > 9:
                break
            QtGui.QShortcut(
                QtGui.QKeySequence(f"Alt+{number}"),
                self,
                lambda name=name: self.show_panel(name),
            )

    def focus_search(self) -> None:
        """Ctrl+K / Ctrl+F from any window: the main window comes forward with the search."""
        window = self.window()
        window.raise_()
        window.activateWindow()
        self.search.focus_search()

    def sync_now(self) -> None:
        if self.sync is not None:
            self.sync.sync_now()  # type: ignore[attr-defined]

    def _add_panel(self, panel: Panel) -> None:
        self._panels[panel.name] = panel
        self.stack.addWidget(panel)
        item = QtWidgets.QListWidgetItem(panel.title())
        item.setData(Qt.ItemDataRole.UserRole, panel.name)
        self.nav.addItem(item)
        self._nav_rows[panel.name] = self.nav.count() - 1
        panel.badge_changed.connect(lambda count, p=panel: self._show_badge(p, count))

    def _show_badge(self, panel: Panel, count: int) -> None:
        item = self.nav.item(self._nav_rows[panel.name])
        # The list's own font carries the style sheet's size; the item's would be the default.
        font = QtGui.QFont(self.nav.font())
        font.setBold(bool(count))
        item.setFont(font)
        item.setToolTip(f"{panel.title()}: {count}" if count else "")
        if not count:
            item.setText(panel.title())
            return
        badge = f"  ({count if count < 1000 else '999+'})"
        # Room for the text: the list's width less its padding and the item's (style.qss),
        # with a few pixels to spare for the frame.
        room = self.nav.width() - 2 * 6 - 2 * 10 - 8
        metrics = QtGui.QFontMetrics(font)
        title = metrics.elidedText(
            panel.title(),
            Qt.TextElideMode.ElideRight,
            max(room - metrics.horizontalAdvance(badge), 0),
        )
        item.setText(title + badge)

    # -- navigation (the Navigator protocol) ---------------------------------------

    def panel(self, name: str) -> Panel:
        return self._panels[name]

    def current_panel(self) -> QtWidgets.QWidget:
        return self.stack.currentWidget()

    def show_panel(self, name: str) -> None:
        self.nav.setCurrentRow(self._nav_rows[name])

    def on_nav_current_row_changed(self, row: int) -> None:
        if row < 0:
            return
        name = self.nav.item(row).data(Qt.ItemDataRole.UserRole)
        panel = self._panels[name]
        self.stack.setCurrentWidget(panel)
        panel.activate()

    def show_person(self, person_id: str) -> None:
        self.nav.blockSignals(True)
        self.nav.clearSelection()
        self.nav.setCurrentRow(-1)
        self.nav.blockSignals(False)
        self.stack.setCurrentWidget(self.person_view)
        self.person_view.show_person(person_id)

    def show_case(self, case_id: str) -> None:
        self.stack.setCurrentWidget(self.person_view)
        self.person_view.show_case(case_id)

    def new_consultation(self, case_id: str) -> None:
        from ui.editors.consultation import ConsultationEditor

        self.open_editor(ConsultationEditor.for_case(self.ctx, case_id))

    # -- editors and drafts ----------------------------------------------------------

    def open_editor(self, editor: Editor) -> None:
        self.editors.append(editor)
        # Forgotten when it closes (the one path); close_editors also passes over a window Qt
        # deleted past its close (with a parent), so the lock never meets a dead one.
        editor.closed.connect(lambda e=editor: self._forget_editor(e))
        editor.show()
        editor.raise_()
        editor.activateWindow()

    def _forget_editor(self, editor: Editor) -> None:
        self.editors = [e for e in self.editors if e is not editor]

    def restore_editor(self, draft: DraftData) -> None:
        from ui.editors import registry

        for open_editor in self.editors:
            if open_editor.draft_key == draft.key:  # already open: bring it forward
                open_editor.raise_()
                open_editor.activateWindow()
                return
        editor = registry.editor_for(self.ctx, draft)
        if editor is not None:
            self.open_editor(editor)

    def keep_drafts_now(self) -> None:
        """On a crash: every open form with changes writes its draft at once."""
        for editor in self.editors:
            if is_alive(editor):
                _guarded("draft", editor.save_draft)

    def close_editors(self, mode: CloseMode = CloseMode.KEEP) -> list[str]:
        """Close every open form the one way (KEEP writes each changed one as a draft);
        returns the draft keys of the kept ones. A form that fails to close is logged and
        the others still close: the lock goes on whatever one form does."""
        kept: list[str] = []
        for editor in list(self.editors):
            if not is_alive(editor):
                log.warning("a form was gone without closing (deleted with its parent)")
                continue
            key = editor.draft_key
            dirty = _guarded("state", lambda e=editor: e.dirty)

            def close(e: Editor = editor) -> bool:
                e.close_with(mode)
                return True

            if _guarded("close", close) and dirty:
                kept.append(key)
        self.editors.clear()
        return kept if mode == CloseMode.KEEP else []

    def attach_sync(self, sync: QtCore.QObject) -> None:
        """The sync controller arrives after the screens; F5 and the Sync screen use it."""
        self.sync = sync
        self._panels["sync"].attach_sync(sync)  # type: ignore[attr-defined]

    def release(self) -> None:
        """Before the workspace goes (lock, quit): screens drop what they hold outside the store."""
        self.person_view.discard_open_files()  # decrypted attachment copies
        self.search.results.hide()


def _guarded(step: str, fn: Callable[[], T]) -> T | None:
    """Run `fn`; an error is logged by type and code (never its message: it may quote data)."""
    try:
        return fn()
    except Exception as exc:
        log.error("editor %s failed: %s\n%s", step, type(exc).__name__, trace_of(exc))
        return None
