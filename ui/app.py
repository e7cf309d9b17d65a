"""The desktop app: one window that shows first run, the lock screen or the workspace, and locks itself."""

import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from app import __version__
from app.services import drafts as draft_service
from app.store.keys import KdfParams
from app.store.store import Store
from ui import collector, crash, i18n
from ui import settings as settings_io
from ui.crash import show_bug
from ui.drafts import CloseMode, DraftData, Editor
from ui.first_run import FirstRunWizard
from ui.global_keys import GlobalKeys
from ui.idle import IdleWatcher
from ui.qt import QObject, QtCore, QtGui, QtWidgets, Signal, is_alive
from ui.session import Session
from ui.settings import DesktopSettings
from ui.system_lock import SystemLockWatcher
from ui.tasks import Failure, Tasks
from ui.teardown import Steps, close_transient_windows, drain
from ui.unlock import UnlockPage
from ui.window_place import place_main_window, remember_main_window
from ui.workspace import Workspace

if TYPE_CHECKING:
    from app.services.lease import LeaseState

log = logging.getLogger(__name__)

STYLE = Path(__file__).resolve().parent.parent / "resources" / "style.qss"
ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"


class AppWindow(QtWidgets.QMainWindow):
    close_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("appWindow")
        self.setWindowTitle("Fallakte")
        self.pages = QtWidgets.QStackedWidget(self)
        self.setCentralWidget(self.pages)
        # Preferred and least sizes; ui/window_place.py fits both into the screen's free area.
        self.resize(1280, 760)
        self.setMinimumSize(1000, 620)
        self._may_close = False

    def show_page(self, page: QtWidgets.QWidget) -> None:
        if self.pages.indexOf(page) < 0:
            self.pages.addWidget(page)
        self.pages.setCurrentWidget(page)

    def drop_page(self, page: QtWidgets.QWidget) -> None:
        self.pages.removeWidget(page)
        page.deleteLater()

    def allow_close(self) -> None:
        self._may_close = True

    def closeEvent(self, event: QtGui.QCloseEvent) -> None:  # Qt override
        if self._may_close:
            event.accept()
            return
        # The controller saves drafts and closes the store first, then closes the window.
        event.ignore()
        self.close_requested.emit()


class Controller(QObject):
    """Owns the store's lifecycle in the GUI: unlock, lock on idle, language switch, quit."""

    locked = Signal()
    unlocked = Signal()

    def __init__(
        self,
        *,
        data_dir: Path,
        settings: DesktopSettings | None = None,
        kdf: KdfParams | None = None,
        system_lock: SystemLockWatcher | None = None,
    ) -> None:
        super().__init__()
        self.data_dir = data_dir
        self.settings = settings or settings_io.load()
        self.kdf = kdf
        self.tasks = Tasks()
        self.tasks.bug_reported.connect(self.on_tasks_bug_reported)
        self.window = AppWindow()
        self.window.close_requested.connect(self.quit)
        self.session: Session | None = None
        self.workspace: Workspace | None = None
        self.lease_gate: QtWidgets.QWidget | None = None  # "sync required" (ui/lease_gate.py)
        self.sync: QObject | None = None
        self.idle = IdleWatcher(self.settings.idle_lock_minutes)
        self.idle.idle.connect(self.lock)
        # Sleep, a locked screen or a locked session lock the case files too.
        self.system_lock = system_lock or SystemLockWatcher(self)
        self.system_lock.lock_requested.connect(self.on_system_lock_requested)
        self.system_lock.watch_window(self.window)
        self._reopen: list[str] = []  # draft keys the lock saved; only keys, never content
        self.unlock_page = UnlockPage(data_dir, self.tasks)
        self.unlock_page.unlocked.connect(self.on_store_opened)
        self.first_run: FirstRunWizard | None = None
        self.last_teardown = Steps("none")  # the steps of the last lock or quit (tests, log)
        self._quitting = False
        self._guide: QtWidgets.QWidget | None = None
        self.keys = GlobalKeys(self)
        self.keys.bind("Ctrl+L", self.lock)
        self.keys.bind("Ctrl+Q", self.quit)
        for keys in ("Ctrl+K", "Ctrl+F"):
            self.keys.bind(keys, self.focus_search)
        for keys in ("F5", "Ctrl+Shift+S"):
            self.keys.bind(keys, self.sync_now)
        self.keys.install()
        crash.before_report.append(self.keep_drafts_now)
        self._menu()

    # -- start ----------------------------------------------------------------------

    def start(self) -> None:
        if Store.exists(self.data_dir):
            self.show_unlock()
        else:
            self.first_run = FirstRunWizard(self.data_dir, self.tasks, kdf=self.kdf)
            self.first_run.completed.connect(self.on_first_run_completed)
            self._first_run_page = _centred(self.first_run, 780, 580)
            self.window.show_page(self._first_run_page)
        if place_main_window(self.window, self.settings):
            self.window.showMaximized()
        else:
            self.window.show()

    def show_unlock(self) -> None:
        self.unlock_page.refresh_hint()
        self.window.show_page(self.unlock_page)
        self.window.statusBar().hide()
        self.unlock_page.focus_password()
        # While the password is typed, load the workspace's code: a quarter second less after
        # "Unlock". Keystrokes during the import wait in the event queue; none is lost.
        QtCore.QTimer.singleShot(300, _preload_workspace)

    def on_first_run_completed(self, store: Store) -> None:
        wizard = self.first_run
        self.first_run = None
        self.on_store_opened(store)
        if wizard is not None:
            self.window.drop_page(self._first_run_page)

    def on_store_opened(self, store: Store) -> None:
        from app.services.lease import note_time

        self.session = Session(store, self.tasks)
        self.idle.start()  # first: whatever the workspace does, the auto-lock is armed
        # A few settings rows, read before any record is: an expired lease shows none.
        lease = note_time(store)
        if lease.expired:
            self._show_lease_gate(lease)
        else:
            self._build_workspace()
        self.unlocked.emit()

    def _show_lease_gate(self, lease: "LeaseState") -> None:
        from ui.lease_gate import GateContext, LeaseGate
        from ui.sync_controller import SyncController

        assert self.session is not None
        sync = SyncController(GateContext(self.session, self.settings))
        sync.revoked.connect(self.on_sync_revoked)
        self.sync = sync
        gate = LeaseGate(sync, lease)
        gate.lock_requested.connect(self.lock)
        gate.quit_requested.connect(self.quit)
        gate.confirmed.connect(self.on_lease_confirmed)
        self.lease_gate = gate
        self.window.statusBar().hide()
        self.window.show_page(gate)
        gate.focus_sync()
        sync.refresh()  # enrolment and lease; the counsellor starts the sync (Enter or the button)

    def on_lease_confirmed(self) -> None:
        # Emitted from inside the sync controller's signal: the swap waits for the event loop.
        QtCore.QTimer.singleShot(0, self._leave_lease_gate)

    def _leave_lease_gate(self) -> None:
        gate, self.lease_gate = self.lease_gate, None
        if gate is None or self.session is None:
            return
        sync, self.sync = self.sync, None
        if sync is not None:
            sync.stop()  # type: ignore[attr-defined]
            sync.deleteLater()
        self._build_workspace()
        self.window.drop_page(gate)

    def _build_workspace(self) -> None:
        assert self.session is not None
        from sync.enrolment import enrolment_of

        enrolment = enrolment_of(self.session.store)
        role = enrolment.role if enrolment else "counsellor"
        self.workspace = Workspace(self.session, self.settings, role=role)
        self.workspace.lock_requested.connect(self.lock)
        self.workspace.panel("sync").enrolled.connect(self.on_workspace_enrolled)  # type: ignore[attr-defined]
        self.window.show_page(self.workspace)
        # After the first screen and the work it starts: the rest of the session's full
        # collections then skip the workspace (ui/collector.py).
        self.workspace.ready.connect(lambda: QtCore.QTimer.singleShot(0, self._settle))
        self._start_sync(enrolment is not None)
        keys, self._reopen = self._reopen, []
        if keys:
            self.session.query(
                lambda store: [d for d in draft_service.drafts(store) if d.key in keys],
                done=self._reopen_drafts,
            )

    def _settle(self) -> None:
        if self.workspace is not None:  # not locked in the meantime
            collector.settle()

    def _start_sync(self, enrolled: bool) -> None:
        from ui.sync_controller import SyncController
        from ui.sync_status import SyncStatusWidget

        assert self.workspace is not None
        self.sync = SyncController(self.workspace.ctx)
        self.sync.revoked.connect(self.on_sync_revoked)
        self.sync.state_changed.connect(self.on_sync_state_changed)
        self.workspace.attach_sync(self.sync)
        bar = self.window.statusBar()
        for child in bar.findChildren(SyncStatusWidget):
            bar.removeWidget(child)
            child.deleteLater()
        bar.addPermanentWidget(SyncStatusWidget(self.sync), 1)
        bar.show()
        if enrolled:
            # After the first screen is filled: a sync's first read must not delay it.
            self.workspace.ready.connect(self.sync.start)
        else:
            self.workspace.ready.connect(self.sync.refresh)

    def on_sync_state_changed(self, state: object) -> None:
        lease = getattr(state, "lease", None)
        if lease is not None and lease.expired and self.workspace is not None:
            # The lease ran out while unlocked: the workspace gives way to "sync required".
            # Outside the signal, which comes from the sync controller about to be dropped.
            QtCore.QTimer.singleShot(0, self._lease_ran_out)

    def _lease_ran_out(self) -> None:
        if self.workspace is None or self.session is None:
            return
        # As for a language switch: open forms travel through drafts, the store stays open.
        store = self._teardown(keep_store=True)
        if store is not None:
            self.on_store_opened(store)

    def _reopen_drafts(self, found: list[draft_service.Draft]) -> None:
        if self.workspace is None:
            return
        for d in found:
            self.workspace.restore_editor(DraftData.of(d))

    # -- lock, language, quit ---------------------------------------------------------------

    def _teardown(self, *, keep_store: bool, save_drafts: bool = True) -> Store | None:
        """Keep unsaved forms as encrypted drafts, stop sync, drop the workspace; maybe close
        the store. Cannot fail: each step runs whatever the others do (see ui/teardown.py)."""
        steps = self.last_teardown = Steps("lock")
        steps.run("collector", collector.thaw)  # what the workspace held is collectable again
        steps.run("idle", self.idle.stop)
        sync, self.sync = self.sync, None
        if sync is not None:
            steps.run("sync", sync.stop)  # type: ignore[attr-defined]
        session, workspace = self.session, self.workspace
        if session is None:
            return None
        if workspace is not None:
            steps.run("hide", workspace.hide)  # the person's file leaves the screen first
        steps.run("windows", lambda: close_transient_windows(self.window, (Editor,)))
        kept: list[str] = []
        if workspace is not None:
            mode = CloseMode.KEEP if save_drafts else CloseMode.DROP
            steps.run("forms", lambda: kept.extend(workspace.close_editors(mode)))
            steps.run("release", workspace.release)
        steps.run("tasks", lambda: drain(self.tasks))  # drafts are written before the store closes
        session.closed = True
        steps.run("tasks after", lambda: drain(self.tasks))
        store = session.store
        if not keep_store:
            steps.run("store", store.close)  # the key leaves memory with the engine
        self.session = None
        if workspace is not None:  # from the sync-required screen, the forms kept before stay
            self._reopen = kept
        if workspace is not None:
            self.workspace = None
            steps.run("page", lambda: self.window.drop_page(workspace))
        gate, self.lease_gate = self.lease_gate, None
        if gate is not None:
            steps.run("lease gate", lambda: self.window.drop_page(gate))
        return store

    def on_system_lock_requested(self, reason: str) -> None:
        log.info("locking: the system reported %s", reason)
        self.lock()

    def lock(self) -> None:
        if self.session is None:
            return
        with crash.quiet():  # an error while locking is logged; a dialog would stop the lock
            self._teardown(keep_store=False)
            self.last_teardown.run("lock screen", self.show_unlock)
        self.locked.emit()

    def keep_drafts_now(self) -> None:
        """On an uncaught error: open forms write their drafts before anything else happens."""
        if self.workspace is not None:
            self.workspace.keep_drafts_now()

    def focus_search(self) -> None:
        if self.workspace is not None:
            self.workspace.focus_search()

    def sync_now(self) -> None:
        if self.workspace is not None:
            self.workspace.sync_now()

    def switch_language(self, language: str) -> None:
        if language == self.settings.language:
            return
        self.settings.language = language  # type: ignore[assignment]
        settings_io.save(self.settings)
        i18n.install(language)
        self._menu()
        if self.session is not None:
            # Rebuilding is simpler and more reliable than retranslating every widget in place;
            # open forms travel through drafts as they do for the lock.
            store = self._teardown(keep_store=True)
            assert store is not None
            self.on_store_opened(store)

    def quit(self) -> None:
        if self._quitting:
            return
        self._quitting = True
        with crash.quiet():
            steps = Steps("quit")
            steps.run("window place", self._remember_window)
            self._teardown(keep_store=False)
            steps.run("tasks", self.tasks.wait_done)
        self.keys.remove()
        if self.keep_drafts_now in crash.before_report:
            crash.before_report.remove(self.keep_drafts_now)
        self.window.allow_close()
        self.window.close()
        app = QtCore.QCoreApplication.instance()
        if app is not None:
            app.quit()

    def _remember_window(self) -> None:
        if self.window.isVisible():
            remember_main_window(self.window, self.settings)
            settings_io.save(self.settings)

    def on_sync_revoked(self, wipe: bool, message: str) -> None:
        if not wipe:
            QtWidgets.QMessageBox.warning(self.window, self.tr("Device removed"), message)
            return
        # Erase first, then tell: a notice first would let whoever holds a lost laptop stop
        # the erasure by killing the app at the dialog. Nothing reads or writes the store
        # once the workspace is down, so no screen trips over the missing store either.
        from ui.sync_controller import wipe_local_data

        store = self._teardown(keep_store=True, save_drafts=False)
        if store is not None:
            wipe_local_data(store)
        QtWidgets.QMessageBox.warning(
            self.window, self.tr("Device removed and data erased"), message
        )
        self.window.allow_close()
        self.window.close()
        app = QtCore.QCoreApplication.instance()
        if app is not None:
            app.quit()

    def on_workspace_enrolled(self, _enrolment: object) -> None:
        """Connected to a server: rebuild, so the role (Admin area) and background sync apply."""
        if self.session is None:
            return
        store = self._teardown(keep_store=True)
        assert store is not None
        self.on_store_opened(store)

    def on_tasks_bug_reported(self, failure: Failure) -> None:
        if self.session is None:
            return  # locked: nothing shown over the lock screen
        show_bug(self.window, failure.message, failure.trace)

    # -- menu ------------------------------------------------------------------------------

    def _menu(self) -> None:
        bar = self.window.menuBar()
        bar.clear()
        app_menu = bar.addMenu(self.tr("&Fallakte"))
        lock = app_menu.addAction(self.tr("&Lock"), self.lock)
        lock.setShortcut(QtGui.QKeySequence("Ctrl+L"))
        languages = app_menu.addMenu(self.tr("La&nguage"))
        group = QtGui.QActionGroup(languages)
        for code, name in (("de", "Deutsch"), ("en", "English")):
            action = languages.addAction(name, lambda code=code: self.switch_language(code))
            action.setCheckable(True)
            action.setChecked(code == self.settings.language)
            group.addAction(action)
        preferences = app_menu.addAction(self.tr("&Settings…"), self.edit_settings)
        preferences.setShortcut(QtGui.QKeySequence("Ctrl+,"))
        app_menu.addSeparator()
        leave = app_menu.addAction(self.tr("&Quit"), self.quit)
        leave.setShortcut(QtGui.QKeySequence("Ctrl+Q"))
        help_menu = bar.addMenu(self.tr("&Help"))
        guide = help_menu.addAction(self.tr("&User guide"), self.show_guide)
        guide.setShortcut(QtGui.QKeySequence(QtGui.QKeySequence.StandardKey.HelpContents))
        help_menu.addAction(self.tr("&About Fallakte"), self.about)

    def edit_settings(self) -> None:
        from ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(
            self.settings,
            self.window,
            change_password=self.change_password if self.session is not None else None,
        )
        if dialog.exec() != QtWidgets.QDialog.DialogCode.Accepted:
            return
        language, idle_minutes, interval = dialog.chosen()
        self.apply_settings(idle_minutes=idle_minutes, sync_interval_seconds=interval)
        self.switch_language(language)

    def change_password(self, parent: QtWidgets.QWidget | None = None) -> None:
        """Settings › Change password…: only while unlocked (the store is needed)."""
        from ui.password_dialog import ChangePasswordDialog

        if self.session is None:
            return
        dialog = ChangePasswordDialog(self.session, parent or self.window, kdf=self.kdf)
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(
            lambda: self.window.statusBar().showMessage(
                self.tr("The password was changed. Use the new one from the next unlock on."),
                15_000,
            )
        )
        self.password_dialog = dialog
        dialog.open()

    def apply_settings(self, *, idle_minutes: int, sync_interval_seconds: int) -> None:
        self.settings.idle_lock_minutes = idle_minutes
        self.settings.sync_interval_seconds = sync_interval_seconds
        settings_io.save(self.settings)
        self.idle.set_minutes(idle_minutes)
        if self.idle.running:
            self.idle.start()  # restart the countdown with the new length
        # The sync controller reads the interval from the same settings at its next tick.

    def show_guide(self) -> None:
        from ui.help_window import HelpWindow

        if self._guide is None or not is_alive(self._guide):
            self._guide = HelpWindow(self.window)
        self._guide.show()
        self._guide.raise_()
        self._guide.activateWindow()

    def about(self) -> None:
        QtWidgets.QMessageBox.about(
            self.window,
            self.tr("About Fallakte"),
            self.tr(
                "<b>Fallakte {0}</b><br>Case files for return and reintegration counselling, "
                "encrypted on this device and synchronised with your team's server."
            ).format(__version__),
        )


def _preload_workspace() -> None:
    from sync import enrolment  # noqa: F401
    from ui import sync_controller, sync_status  # noqa: F401
    from ui.panels import person_view  # noqa: F401
    from ui.workspace import _panel_types

    _panel_types()


def _centred(widget: QtWidgets.QWidget, width: int, height: int) -> QtWidgets.QWidget:
    """A page that shows `widget` at a calm size in the middle of a large window."""
    page = QtWidgets.QWidget()
    widget.setMaximumSize(width, height)
    grid = QtWidgets.QGridLayout(page)
    grid.addWidget(widget, 1, 1)
    grid.setRowStretch(0, 1)
    grid.setRowStretch(2, 2)
    grid.setColumnStretch(0, 1)
    grid.setColumnStretch(2, 1)
    return page


def _save_drafts(store: Store, pending: list[DraftData]) -> None:
    for d in pending:
        draft_service.save_draft(
            store, key=d.key, form=d.form, payload=d.payload, record_id=d.record_id, title=d.title
        )


def load_style(app: QtWidgets.QApplication) -> None:
    try:
        app.setStyleSheet(STYLE.read_text("utf-8"))
    except OSError:
        log.warning("style sheet missing; using the platform look")


def run(data_dir: Path, *, kdf: KdfParams | None = None, quit_after_ms: int | None = None) -> int:
    QtWidgets.QApplication.setHighDpiScaleFactorRoundingPolicy(
        QtCore.Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication(sys.argv[:1])
    assert isinstance(app, QtWidgets.QApplication)
    app.setApplicationName("Fallakte")
    app.setOrganizationName("Fallakte")
    app.setApplicationVersion(__version__)
    icon = QtGui.QIcon()
    for png in sorted(ICONS.glob("fallakte-*.png")):
        icon.addFile(str(png))
    app.setWindowIcon(icon)  # title bar, taskbar and dialogs; the .desktop file names it too
    settings = settings_io.load()
    i18n.install(settings.language)
    load_style(app)
    crash.install()
    collector.install()
    from ui.attachments_io import sweep_stale

    sweep_stale()  # decrypted copies a crashed run may have left behind
    controller = Controller(data_dir=data_dir, settings=settings, kdf=kdf)
    # The desktop session ends (log out, shut down): forms are kept as drafts, the store closed.
    app.commitDataRequest.connect(lambda _manager: controller.quit())
    app.aboutToQuit.connect(controller.quit)
    controller.start()
    if quit_after_ms is not None:
        QtCore.QTimer.singleShot(quit_after_ms, controller.quit)
    return app.exec()
