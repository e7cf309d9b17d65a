"""Screenshots of every main screen and of what the user guide shows (make screenshots).

Run under Xvfb (`xvfb-run -s "-screen 0 1366x768x24" python bench/screenshots.py OUT`) or with
QT_QPA_PLATFORM=offscreen. QT_SCALE_FACTOR=1.5 shows the screens at 150 % scaling.

Everything happens in a temporary folder: the first-run wizard page by page, a local sync
server (`fallakte-server` on SQLite) with a team of two counsellors, a device with demo data
that has synchronised and holds two real conflicts (a colleague changed the same fields on
another laptop), the workspace online and offline, the editors and dialogs, a form kept as a
draft over the lock. `--palette` writes 256-colour PNGs (the image's own most frequent
colours, no dithering): a third of the size, as the images in docs/images/ are made:

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python bench/screenshots.py \\
        docs/images --language de --palette --only guide
"""

import argparse
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import keyring
from keyring.backends import fail

from app.domain.enums import CaseStatus
from app.services import attachments, listing, records
from app.services.demo_loader import load_demo
from app.store.keys import KdfParams
from app.store.store import Store
from sync import device as local
from sync.client import SyncClient
from sync.credentials import load_token
from sync.engine import sync_once
from sync.enrolment import enroll
from sync.server.accounts import admin
from sync.server.ops.process import ServerProcess
from sync.server.storage.db import make_engine
from sync.server.storage.migrate import upgrade
from ui import i18n
from ui.app import Controller, load_style
from ui.drafts import CloseMode
from ui.qt import QtCore, QtGui, QtWidgets
from ui.settings import DesktopSettings

KDF = KdfParams(time_cost=1, memory_kib=8 * 1024)
PASSWORD = "Bildschirm Foto Probe 7"
SERVER_PASSWORD = "Team Server Probe 7"
ME, COLLEAGUE, TEAM, SITE = "anna.schmidt", "ben.weber", "trier", "TR"
# What the team directory shows of them (fallakte-server user add --display-name).
DISPLAY_NAMES = {ME: "Anna Schmidt", COLLEAGUE: "Ben Weber"}
LAPTOPS = {ME: "Laptop Trier", COLLEAGUE: "Laptop Saarburg"}
# The merge dialog for two persons and for two households (--only merge).
MERGE = {"36-merge-persons", "37-merge-households"}
# The shots docs/user-guide.md embeds (file names without the language prefix).
GUIDE = {
    "01-first-run",
    "01b-first-run-password",
    "01c-first-run-recovery",
    "01d-first-run-server",
    "02-unlock",
    "03b-unlock-recovery",
    "04-today",
    "05-persons",
    "06-cases",
    "07-follow_ups",
    "08-conflicts",
    "09-sync",
    "10b-admin-reports",
    "11-person",
    "11b-person-cases",
    "11c-person-consents",
    "11d-person-attachments",
    "11e-person-return",
    "11f-person-return-support",
    "11h-person-return-references",
    "11e-person-information",
    "11g-person-reintegration",
    "12-search",
    "13-consultation-editor",
    "14-case-status",
    "16-today-draft",
    "17-person-editor",
    "18-settings",
    "19-statusbar-online",
    "19b-statusbar-offline",
    "20-follow-up-outcome",
    "21-follow-ups-undo",
    "22-follow-up-reassign",
    "28-information-request",
    "32-sustainability",
    "36-merge-persons",
}


class Shots:
    """Where the PNGs go and how: all, or only the guide's; true colour or a 256-colour palette."""

    def __init__(self, out: Path, prefix: str, *, palette: bool, only: set[str] | None) -> None:
        self.out, self.prefix, self.palette, self.only = out, prefix, palette, only
        self.written: list[Path] = []

    def wanted(self, name: str) -> bool:
        return self.only is None or name in self.only

    def take(self, widget: QtWidgets.QWidget, name: str, *, trim: bool = False) -> None:
        if self.wanted(name):
            image = widget.grab().toImage()
            self.save(_trim_left(image) if trim else image, name)

    def save(self, image: QtGui.QImage, name: str) -> None:
        path = self.out / f"{self.prefix}-{name}.png"
        if self.palette:
            image = _palette(image)
        if not image.save(str(path), "PNG", 0 if self.palette else -1):
            raise OSError(f"could not write {path}")
        self.written.append(path)
        print(f"  {path.name}")


def _palette(image: QtGui.QImage) -> QtGui.QImage:
    """At most 256 colours, the image's own most frequent ones; screens have few, text is exact."""
    rgb = image.convertToFormat(QtGui.QImage.Format.Format_RGB32)
    pixels = memoryview(rgb.constBits()).cast("I")  # type: ignore[arg-type]
    table = [colour for colour, _ in Counter(pixels).most_common(256)]
    flags = (
        QtCore.Qt.ImageConversionFlag.ThresholdDither | QtCore.Qt.ImageConversionFlag.AvoidDither
    )
    return rgb.convertToFormat(QtGui.QImage.Format.Format_Indexed8, table, flags)


def _trim_left(image: QtGui.QImage, margin: int = 8) -> QtGui.QImage:
    """Without the empty stretch on the left (the status bar keeps its content on the right)."""
    empty = [image.pixel(0, y) for y in range(image.height())]  # a column of bar and border
    for x in range(image.width()):
        if any(image.pixel(x, y) != empty[y] for y in range(image.height())):
            left = max(0, x - margin)
            return image.copy(left, 0, image.width() - left, image.height())
    return image


# PySide6 6.12 loses a reference to None on every QCoreApplication.processEvents() (and so on
# every Tasks.wait_done()): some thousand calls crash Python 3.11. QEventLoop.processEvents is
# sound, so this script waits with that.
_events: list[QtCore.QEventLoop] = []


def pump(ms: int = 20) -> None:
    """Deliver what is queued (results of background work, layout requests) for up to `ms`."""
    if not _events:
        _events.append(QtCore.QEventLoop())
    _events[0].processEvents(QtCore.QEventLoop.ProcessEventsFlag.AllEvents, ms)


def settle(controller: Controller, timeout: float = 60.0) -> None:
    """Let background work deliver and the widgets lay out; bounded, no sleeping on a guess."""
    end = time.monotonic() + timeout
    pump()
    while controller.tasks.busy and time.monotonic() < end:
        time.sleep(0.005)
        pump()
    pump()


def wait_until(controller: Controller, ready: Callable[[], bool], timeout: float = 30.0) -> None:
    """For what timers start (the sync after the first screen, the recount after an edit)."""
    end = time.monotonic() + timeout
    while not ready():
        if time.monotonic() > end:
            raise TimeoutError("the screen did not get there in time")
        time.sleep(0.01)
        pump()
    settle(controller)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--language", choices=("de", "en"), default="de")
    parser.add_argument("--persons", type=int, default=400)
    parser.add_argument(
        "--palette", action="store_true", help="256-colour PNGs (a third of the size)"
    )
    parser.add_argument(
        "--only",
        choices=("all", "guide", "merge"),
        default="all",
        help="guide: the user guide's shots; merge: the merge dialog's",
    )
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)

    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication(sys.argv[:1])
    assert isinstance(app, QtWidgets.QApplication)
    style, keys = app.styleSheet(), keyring.get_keyring()
    # Server tokens of these throwaway devices stay in their stores, not in the desktop keyring.
    keyring.set_keyring(fail.Keyring())
    i18n.install(args.language)
    load_style(app)
    shots = Shots(
        args.out,
        args.language,
        palette=args.palette,
        only={"guide": GUIDE, "merge": MERGE}.get(args.only),
    )
    settings = DesktopSettings(language=args.language)
    started = time.perf_counter()
    try:
        with tempfile.TemporaryDirectory(prefix="fallakte-shots-") as tmp:
            print(f"screenshots ({args.language}) in {args.out}")
            base = Path(tmp)
            _first_run(shots, base / "fresh", settings)
            with _team_server(base / "server") as server:
                prepared = _prepare_devices(server, base, persons=args.persons)
                _workspace(shots, base / "store", settings, server, prepared)
    finally:
        keyring.set_keyring(keys)
        app.setStyleSheet(style)
    print(f"  {len(shots.written)} screenshots in {time.perf_counter() - started:.1f} s")
    return 0


# -- first run ---------------------------------------------------------------------------------


def _first_run(shots: Shots, data_dir: Path, settings: DesktopSettings) -> None:
    """The wizard page by page: welcome, password, recovery key, server (left out)."""
    fresh = Controller(data_dir=data_dir, settings=settings, kdf=KDF)
    fresh.start()  # placed as on a laptop: inside the screen's free area (maximised there)
    settle(fresh)
    wizard = fresh.first_run
    assert wizard is not None
    wizard.welcome.actor.setText(ME)
    wizard.welcome.site.setCurrentIndex(max(0, wizard.welcome.site.findData(SITE)))
    shots.take(wizard, "01-first-run")
    wizard.next()
    settle(fresh)
    fields = wizard.password_page.fields
    fields.first.setText(PASSWORD)
    fields.second.setText(PASSWORD)
    shots.take(wizard, "01b-first-run-password")
    wizard.next()  # creates the store in the background, then moves on by itself
    wait_until(fresh, lambda: wizard.currentId() == 2)
    shots.take(wizard, "01c-first-run-recovery")
    recovery = wizard.recovery_page
    recovery.confirm_group.setText(wizard.recovery_key.rsplit("-", 1)[-1])
    recovery.kept.setChecked(True)
    wizard.next()
    settle(fresh)
    shots.take(wizard, "01d-first-run-server")
    if wizard.store is not None:
        wizard.store.close()
    fresh.window.allow_close()
    fresh.window.close()


# -- the team's server and two devices ------------------------------------------------------------


@contextmanager
def _team_server(home: Path) -> Iterator[ServerProcess]:
    """`fallakte-server run` on SQLite with team "trier": anna (this device) and ben (a colleague)."""
    home.mkdir(parents=True)
    database_url = f"sqlite:///{home / 'server.db'}"
    engine = make_engine(database_url)
    try:
        upgrade(engine)
        admin.add_team(engine, team_id=TEAM, name="Team Trier")
        # Anna leads the team, so the shots include the Admin area and its reports.
        for user, role in ((ME, "lead"), (COLLEAGUE, "counsellor")):
            admin.add_user(
                engine,
                username=user,
                password=SERVER_PASSWORD,
                team_id=TEAM,
                role=role,
                display_name=DISPLAY_NAMES[user],
            )
    finally:
        engine.dispose()
    process = ServerProcess(database_url=database_url, home=home)
    process.start()
    try:
        yield process
    finally:
        process.stop()


class Prepared:
    def __init__(self, person_id: str, case_id: str | None) -> None:
        self.person_id, self.case_id = person_id, case_id


def _prepare_devices(server: ServerProcess, base: Path, *, persons: int) -> Prepared:
    """Demo data on anna's laptop, synchronised; ben changes the phone number and a note of
    one family on his laptop, anna the same fields on hers before her next sync: two conflicts."""
    store, _ = Store.init(base / "store", PASSWORD, actor=ME, kdf=KDF, site=SITE)
    started = time.perf_counter()
    load_demo(store, persons=persons, seed=7)
    busiest = _busiest_person(store)
    case_id = _open_case_of(store, busiest)
    consultation = _latest_consultation(store, case_id)
    scan = base / "Passkopie.pdf"
    scan.write_bytes(b"%PDF-1.4\n% Bildschirmfoto-Probe\n")
    attachments.add_attachment(
        store, owner_entity="person", owner_id=busiest, path=scan, description="Kopie Reisepass"
    )
    _enrol(store, server)
    _sync(store)
    colleague, _ = Store.init(base / "colleague", PASSWORD, actor=COLLEAGUE, kdf=KDF, site=SITE)
    try:
        _enrol(colleague, server)
        _sync(colleague)
        records.update(
            colleague, entity="person", record_id=busiest, patch={"phone": "+49 160 5550199"}
        )
        if consultation is not None:
            records.update(
                colleague,
                entity="consultation",
                record_id=consultation,
                patch={"notes": "Rückruf vereinbart; Familie bringt die Geburtsurkunden mit."},
            )
        _sync(colleague)
    finally:
        colleague.close()
    # Anna edits the same fields without having seen Ben's change: her next sync makes conflicts.
    records.update(store, entity="person", record_id=busiest, patch={"phone": "+49 171 5550123"})
    if consultation is not None:
        records.update(
            store,
            entity="consultation",
            record_id=consultation,
            patch={"notes": "Rückruf vereinbart; Unterlagen für den REAG/GARP-Antrag besprochen."},
        )
    store.close()
    print(
        f"  demo data and two devices: {persons} persons in {time.perf_counter() - started:.1f} s"
    )
    return Prepared(busiest, case_id)


def _enrol(store: Store, server: ServerProcess) -> None:
    enroll(
        store,
        server_url=server.url,
        username=store.device.actor,
        password=SERVER_PASSWORD,
        device_name=LAPTOPS.get(store.device.actor, f"Laptop {store.device.actor}"),
    )


def _sync(store: Store) -> None:
    with store.read() as conn:
        url = local.get_setting(conn, "server_url")
    client = SyncClient(url, load_token(store), attempts=3, backoff=0.2)
    try:
        sync_once(store, client)
    finally:
        client.close()


def _busiest_person(store: Store) -> str:
    """A main contact of an open case with many consultations: the person view's heaviest case."""
    cases = listing.case_rows(store, ids=listing.case_ids(store)[:200])
    best, most = "", -1
    for row in cases:
        case = records.get(store, entity="case", record_id=row.id, audit=False)
        contact = getattr(case, "main_contact_id", None)
        if not contact or getattr(case, "status", None) == CaseStatus.closed:
            continue
        count = records.count(store, entity="consultation", where={"case_id": row.id})
        if count > most:
            best, most = contact, count
    return best


def _open_case_of(store: Store, person_id: str) -> str | None:
    found = records.find(store, entity="case", where={"main_contact_id": person_id}, limit=20)
    open_ones = [c for c in found if getattr(c, "status", None) != CaseStatus.closed]
    chosen = open_ones or found
    return chosen[0].id if chosen else None


def _latest_consultation(store: Store, case_id: str | None) -> str | None:
    if case_id is None:
        return None
    found = records.find(store, entity="consultation", where={"case_id": case_id}, limit=500)
    found.sort(key=lambda c: (getattr(c, "held_on", date.min), c.id))
    return found[-1].id if found else None


# -- the workspace --------------------------------------------------------------------------------


def _workspace(
    shots: Shots,
    data_dir: Path,
    settings: DesktopSettings,
    server: ServerProcess,
    prepared: Prepared,
) -> None:
    controller = Controller(data_dir=data_dir, settings=settings, kdf=KDF)
    controller.start()
    window = controller.window
    settle(controller)
    shots.take(window, "02-unlock")
    unlock = controller.unlock_page
    unlock.password.setText("falsch")
    unlock.unlock_button.click()
    settle(controller)
    shots.take(window, "03-unlock-wrong-password")
    unlock.forgot.click()
    settle(controller)
    shots.take(window, "03b-unlock-recovery")
    unlock.focus_password()
    unlock.password.clear()
    unlock.message.clear()

    _unlock(controller, data_dir)
    workspace = controller.workspace
    assert workspace is not None
    shots.take(window, "04-today")
    shots.take(window.statusBar(), "19-statusbar-online", trim=True)
    for number, name in enumerate(
        ("persons", "cases", "follow_ups", "conflicts", "sync", "admin"), start=5
    ):
        if name not in workspace._panels:
            continue
        workspace.show_panel(name)
        settle(controller)
        shots.take(window, f"{number:02d}-{name}")
    if "admin" in workspace._panels:
        admin = workspace.panel("admin")
        admin.tabs.setCurrentWidget(admin.reports)  # type: ignore[attr-defined]
        settle(controller)
        shots.take(window, "10b-admin-reports")

    _follow_ups(shots, controller)

    person_id, case_id = prepared.person_id, prepared.case_id
    workspace.show_person(person_id)
    settle(controller)
    shots.take(window, "11-person")
    for suffix, section in (("b", "cases"), ("c", "consents"), ("d", "attachments")):
        if case_id and section == "cases":
            workspace.person_view.cases.select_case(case_id)
        workspace.person_view.show_section(section)
        settle(controller)
        shots.take(window, f"11{suffix}-person-{section}")
    workspace.person_view.show_section("personal")
    _merge(shots, controller, person_id)

    _return_section(shots, controller)
    _search(shots, controller, person_id)
    if case_id:
        _returns(shots, controller, person_id, case_id)

    # A new person: the empty form, closed again unchanged.
    workspace.panel("persons").on_new_button_clicked()  # type: ignore[attr-defined]
    settle(controller)
    for editor in list(workspace.editors):
        shots.take(editor, "17-person-editor")
        editor.close()
    settle(controller)

    _forms(shots, controller, case_id, person_id)
    if case_id:
        _case_status(shots, controller, case_id)
        _consultation(shots, controller, case_id)

    from ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(controller.settings, window, change_password=controller.change_password)
    dialog.show()
    settle(controller)
    shots.take(dialog, "18-settings")
    dialog.password_button.click()
    settle(controller)
    password = controller.password_dialog
    password.current.setText("x" * 12)
    password.fields.first.setText("Laterne Fahrrad Kompass Nebel")
    settle(controller)
    shots.take(password, "26-change-password")
    password.reject()
    dialog.close()

    # The lock keeps the open consultation as an encrypted draft; after unlocking it is back.
    controller.lock()
    settle(controller)
    shots.take(window, "15-locked")
    _unlock(controller, data_dir)
    workspace = controller.workspace
    assert workspace is not None
    wait_until(controller, lambda: workspace.panel("today").drafts.count() > 0)  # type: ignore[attr-defined]
    shots.take(window, "16-today-draft")
    for editor in list(workspace.editors):
        shots.take(editor, "16b-consultation-draft")
    workspace.close_editors()

    # Offline: the server is gone, a change waits in the outbox, "Sync now" finds nobody.
    server.stop()
    session = controller.session
    assert session is not None and controller.sync is not None
    sync = controller.sync
    session.mutate(
        lambda store: records.update(
            store, entity="person", record_id=person_id, patch={"phone": "+49 171 5550124"}
        ),
        touches=("person",),
    )
    wait_until(controller, lambda: sync.state.unsynced > 0)  # type: ignore[attr-defined]
    sync.sync_now()  # type: ignore[attr-defined]
    wait_until(
        controller,
        lambda: sync.state.online is False and not sync.state.running,  # type: ignore[attr-defined]
    )
    shots.take(window.statusBar(), "19b-statusbar-offline", trim=True)
    controller.lock()  # stops sync, closes the store
    settle(controller)
    window.allow_close()
    window.close()


def _return_person(store: Store) -> tuple[str, str] | None:
    """(person, application) of a departure planned and not yet made, with a checklist:
    the Return tab with something to act on. None if the demo drew none."""
    from app.domain.returns.travel import Departure

    for departure in records.find(store, entity="departure"):
        assert isinstance(departure, Departure)
        if departure.planned_on is None or departure.confirmed_on or departure.not_departed_reason:
            continue
        if not records.find(
            store, entity="document_check", where={"application_id": departure.application_id}
        ):
            continue
        case = records.get(store, entity="case", record_id=departure.case_id, audit=False)
        contact = getattr(case, "main_contact_id", None)
        if contact:
            return contact, departure.application_id
    return None


def _return_section(shots: Shots, controller: Controller) -> None:
    """The Return tab on its checklist and its support, and the forms it opens."""
    from ui.editors.departure import DepartureEditor
    from ui.editors.support_payment import PaymentEditor
    from ui.editors.travellers import TravellersEditor

    workspace = controller.workspace
    assert workspace is not None and controller.session is not None
    found = _return_person(controller.session.store)
    if found is None:
        return
    person_id, application_id = found
    workspace.show_person(person_id)
    settle(controller)
    view = workspace.person_view
    view.show_section("return")
    section = view.returns
    index = section.application.findData(application_id)
    if index >= 0:
        section.application.setCurrentIndex(index)
    settle(controller)
    window = controller.window
    shots.take(window, "11e-person-return")
    section.parts.setCurrentWidget(section.payments)
    settle(controller)
    shots.take(window, "11f-person-return-support")
    section.parts.setCurrentWidget(section.references)
    settle(controller)
    shots.take(window, "11h-person-return-references")
    section.parts.setCurrentWidget(section.departure)
    settle(controller)
    shots.take(window, "11g-person-return-departure")
    section.parts.setCurrentWidget(section.checklist)
    overview = section.overview
    ctx = workspace.ctx
    if overview is not None:
        a = overview.application
        forms = (
            ("27-travellers", TravellersEditor.for_application(ctx, a.id)),
            (
                "28-departure-confirm",
                DepartureEditor.for_application(
                    ctx,
                    case_id=a.case_id,
                    application_id=a.id,
                    departure_id=overview.departure.id if overview.departure else None,
                    confirm=True,
                ),
            ),
            (
                "29-support-payment",
                PaymentEditor.for_application(
                    ctx, case_id=a.case_id, application_id=a.id, people=section.people()
                ),
            ),
        )
        for name, form in forms:
            workspace.open_editor(form)
            settle(controller)
            shots.take(form, name)
            form.close_with(CloseMode.DROP)
    view.show_section("personal")
    settle(controller)


def _follow_ups(shots: Shots, controller: Controller) -> None:
    """Done with an outcome note, the undo bar after it, and handing a follow-up to a colleague;
    undone and cancelled again, so the later shots see the same list."""
    workspace = controller.workspace
    assert workspace is not None
    window = controller.window
    workspace.show_panel("follow_ups")
    settle(controller)
    panel = workspace.panel("follow_ups")
    if panel.model.rowCount() == 0:  # type: ignore[attr-defined]
        return
    panel.table.selectRow(0)  # type: ignore[attr-defined]
    panel.on_note_button_clicked()  # type: ignore[attr-defined]
    settle(controller)
    outcome = panel.actions.dialog  # type: ignore[attr-defined]
    outcome.note.setPlainText(
        "Termin bei der Botschaft bestätigt; die Familie bringt die Geburtsurkunden mit."
    )
    shots.take(outcome, "20-follow-up-outcome")
    outcome.confirm()
    wait_until(controller, lambda: panel.undo_bar.can_undo)  # type: ignore[attr-defined]
    settle(controller)
    shots.take(window, "21-follow-ups-undo")
    panel.actions.undo()  # type: ignore[attr-defined]
    settle(controller)
    panel.table.selectRow(0)  # type: ignore[attr-defined]
    panel.on_reassign_button_clicked()  # type: ignore[attr-defined]
    settle(controller)
    reassign = panel.actions.dialog  # type: ignore[attr-defined]
    reassign.assignee.showPopup()
    settle(controller)
    _take_with_popup(shots, reassign, reassign.assignee.view().window(), "22-follow-up-reassign")
    reassign.assignee.hidePopup()
    reassign.reject()
    panel.undo_bar.dismiss()  # type: ignore[attr-defined]
    settle(controller)


def _merge(shots: Shots, controller: Controller, person_id: str) -> None:
    """The merge dialog for a likely double and for their two households; closed, not merged."""
    from app.services.duplicates import pair_rows
    from ui.panels.merge_dialog import MergeDialog

    workspace, session = controller.workspace, controller.session
    assert workspace is not None and session is not None
    store = session.store
    pairs = pair_rows(store)
    if pairs:
        first, second = pairs[0].first_id, pairs[0].second_id
    else:
        first, second = person_id, next(p for p in listing.person_ids(store) if p != person_id)
    households = []
    for pid in (first, second, *listing.person_ids(store)):
        found = records.get(store, entity="person", record_id=pid, audit=False).household_id
        if found and found not in households:
            households.append(found)
        if len(households) == 2:
            break
    for entity, pair, name in (
        ("person", (first, second), "36-merge-persons"),
        ("household", tuple(households), "37-merge-households"),
    ):
        if len(pair) < 2 or not shots.wanted(name):
            continue
        dialog = MergeDialog(workspace.ctx, pair[0], pair[1], controller.window, entity=entity)
        dialog.open()
        wait_until(controller, dialog.merge_button.isEnabled)
        shots.take(dialog, name)
        dialog.close()
        dialog.deleteLater()
    settle(controller)


def _take_with_popup(
    shots: Shots, widget: QtWidgets.QWidget, popup: QtWidgets.QWidget, name: str
) -> None:
    """The widget with an open list below it: from the screen, which has both (Xvfb)."""
    area = widget.frameGeometry().united(popup.frameGeometry())
    screen = widget.screen()
    shot = screen.grabWindow(0, area.x(), area.y(), area.width(), area.height())
    if shot.isNull():  # no screen to grab (offscreen): the dialog alone
        shots.take(widget, name)
    elif shots.wanted(name):
        shots.save(shot.toImage(), name)


def _unlock(controller: Controller, data_dir: Path) -> None:
    """Past the lock screen (the password itself was shown above) to the filled, synced workspace."""
    controller.on_store_opened(Store.unlock(data_dir, PASSWORD))
    settle(controller)
    sync = controller.sync
    assert sync is not None
    wait_until(
        controller,
        lambda: sync.state.last_success is not None and not sync.state.running,  # type: ignore[attr-defined]
    )


def _search(shots: Shots, controller: Controller, person: str) -> None:
    """The window with the search's result list over it, as one sees it (the list is a popup)."""
    workspace = controller.workspace
    assert workspace is not None and controller.session is not None
    name = records.get(controller.session.store, entity="person", record_id=person, audit=False)
    workspace.search.setText(name.family_name[:4].lower())  # type: ignore[attr-defined]
    workspace.search._run()
    settle(controller)
    popup = workspace.search.results
    if shots.wanted("12-search"):
        image = controller.window.grab().toImage()
        if popup.isVisible():
            painter = QtGui.QPainter(image)
            corner = controller.window.mapFromGlobal(popup.mapToGlobal(QtCore.QPoint(0, 0)))
            painter.drawImage(corner, popup.grab().toImage())
            painter.end()
        shots.save(image, "12-search")
    popup.hide()
    workspace.search.clear()


def _case_status(shots: Shots, controller: Controller, case_id: str) -> None:
    """Closing a case: the outcome is asked for."""
    from ui.editors.case_status import CaseStatusDialog

    workspace = controller.workspace
    assert workspace is not None
    dialog = CaseStatusDialog(workspace.ctx, case_id, controller.window)
    workspace.open_editor(dialog)
    settle(controller)
    if CaseStatus.closed.value in dialog.offered():
        dialog.target.set_code(CaseStatus.closed.value)
        dialog.outcome.set_code("returned_assisted")
    settle(controller)
    shots.take(dialog, "14-case-status")
    dialog.close_with(CloseMode.DROP)
    settle(controller)


def _forms(shots: Shots, controller: Controller, case_id: str | None, person_id: str) -> None:
    """What issue 15 changed in the forms: the close question, problems at the field, the
    small forms as windows of their own."""
    from ui.editors.consultation import ConsultationEditor
    from ui.editors.follow_up import FollowUpDialog
    from ui.editors.person import PersonEditor
    from ui.panels.person_dialogs import ConsentDialog, VulnerabilityDialog

    workspace = controller.workspace
    assert workspace is not None
    ctx = workspace.ctx
    person = PersonEditor.for_new(ctx)
    workspace.open_editor(person)
    settle(controller)
    person.family_name.setText("Rahimi")
    person.family_name.textEdited.emit("Rahimi")
    person.languages.set_codes(["prs", "pus"])
    person.nationality.setEditText("Afgh Iran")
    person.save()
    settle(controller)
    shots.take(person, "20-person-editor-problems")
    person.close()  # changed: asks
    settle(controller)
    if person.close_question is not None:
        shots.take(person.close_question, "21-close-question")
    person.close_with(CloseMode.DROP)
    _intake(shots, controller, person_id)
    if case_id:
        consultation = ConsultationEditor.for_case(ctx, case_id)
        workspace.open_editor(consultation)
        settle(controller)
        consultation.interpreter_language.set_code("tur")
        consultation.interpreter_mode.set_code(None)
        consultation.save()
        settle(controller)
        shots.take(consultation, "22-consultation-interpreter-rule")
        consultation.close_with(CloseMode.DROP)
        follow_up = FollowUpDialog(ctx, case_id=case_id, parent=controller.window)
        workspace.open_editor(follow_up)
        settle(controller)
        shots.take(follow_up, "23-follow-up")
        follow_up.close_with(CloseMode.DROP)
    for name, form in (
        ("24-vulnerability", VulnerabilityDialog(ctx, person_id, controller.window)),
        ("25-consent", ConsentDialog(ctx, person_id, controller.window)),
    ):
        workspace.open_editor(form)
        settle(controller)
        shots.take(form, name)
        form.close_with(CloseMode.DROP)
    settle(controller)


def _intake(shots: Shots, controller: Controller, person_id: str) -> None:
    """The check at intake: a new person typed like one on file, its likely matches, the
    question on saving; then the household search of the same form."""
    from app.services import records
    from ui.editors.person import PersonEditor

    workspace, session = controller.workspace, controller.session
    assert workspace is not None and session is not None
    known = records.get(session.store, entity="person", record_id=person_id, audit=False)
    form = PersonEditor.for_new(workspace.ctx)
    workspace.open_editor(form)
    settle(controller)
    form.family_name.setText(known.family_name)  # type: ignore[attr-defined]
    form.given_names.setText(known.given_names or "")  # type: ignore[attr-defined]
    form.run_duplicate_check()  # as 200 ms after the typing: starts the index
    settle(controller)
    shots.take(form, "33-person-editor-matches")
    form.save()
    settle(controller)
    if form.duplicate_question is not None:
        shots.take(form.duplicate_question, "34-save-anyway-question")
        form.duplicate_question.close()
    settle(controller)
    form.on_household_join_requested()
    picker = form.picker
    if picker is not None:
        picker.filter_edit.setText(known.family_name)  # type: ignore[attr-defined]
        picker.run_search()
        settle(controller)
        shots.take(picker, "35-household-picker")
        picker.close()
    form.close_with(CloseMode.DROP)


def _return_records(store: Store, person_id: str, case_id: str) -> None:
    """What the return screens show: an overdue request, a plan with a goal, contacts, a check."""
    from datetime import timedelta

    from app.domain.returns.codes import Checkpoint
    from app.domain.sustainability import default_questionnaire
    from app.services.returns.sustainability import record_assessment

    today = date.today()
    request = records.create(
        store,
        entity="information_request",
        data={
            "case_id": case_id,
            "person_id": person_id,
            "topic": "medical_treatment",
            "country": "AFG",
            "asked_on": today - timedelta(days=40),
            "answer_due_on": today - timedelta(days=5),
            "summary": "Insulin und Kontrolle beim Facharzt in Herat verfügbar?",
        },
    )
    records.create(
        store,
        entity="medical_return",
        data={
            "case_id": case_id,
            "person_id": person_id,
            "fitness": "fit_with_escort",
            "assessed_on": today - timedelta(days=3),
            "source": "public_health_officer",
            "medication_months": 3,
            "treatment_available": "partly_available",
            "information_request_id": request.id,
        },
    )
    plan = records.create(
        store,
        entity="reintegration_plan",
        data={
            "case_id": case_id,
            "drawn_up_on": today - timedelta(days=20),
            "country": "AFG",
            "partner": "Partnerorganisation Herat",
        },
    )
    for dimension, goal in (
        ("economic", "Kleiner Laden für Haushaltswaren"),
        ("social", "Wohnung in der Nähe der Familie"),
        ("psychosocial", "Beratung nach der Ankunft"),
    ):
        records.create(
            store,
            entity="reintegration_measure",
            data={"case_id": case_id, "plan_id": plan.id, "dimension": dimension, "goal": goal},
        )
    for days, mode, by in ((4, "phone", "counsellor"), (90, "visit", "partner")):
        records.create(
            store,
            entity="reintegration_follow_up",
            data={
                "case_id": case_id,
                "plan_id": plan.id,
                "due_on": today + timedelta(days=days),
                "mode": mode,
                "by": by,
            },
        )
    questions = default_questionnaire().question
    record_assessment(
        store,
        case_id=case_id,
        person_id=person_id,
        plan_id=plan.id,
        checkpoint=Checkpoint.months_6,
        assessed_on=today - timedelta(days=1),
        answers={q.code: q.options[0].code for q in questions},
    )


def _returns(shots: Shots, controller: Controller, person_id: str, case_id: str) -> None:
    """Today's return lists, the person view's return sections and their editors."""
    from ui.editors.information_request import InformationRequestEditor
    from ui.editors.medical_return import MedicalReturnEditor
    from ui.editors.reintegration_follow_up import ReintegrationFollowUpEditor
    from ui.editors.reintegration_plan import ReintegrationPlanEditor
    from ui.editors.sustainability import SustainabilityEditor

    workspace = controller.workspace
    session = controller.session
    assert workspace is not None and session is not None
    window = controller.window
    session.mutate(
        lambda store: _return_records(store, person_id, case_id),
        touches=(
            "information_request",
            "medical_return",
            "reintegration_plan",
            "reintegration_measure",
            "reintegration_follow_up",
            "sustainability_assessment",
        ),
    )
    settle(controller)
    workspace.show_panel("today")
    settle(controller)
    # On a laptop screen the lists stack: the return lists are further down the page.
    today_panel = workspace.panel("today")
    today_panel.page.ensureWidgetVisible(today_panel.returns.boxes[today_panel.returns.requests])
    settle(controller)
    shots.take(window, "27-today-returns")
    workspace.show_person(person_id)
    settle(controller)
    view = workspace.person_view
    for name, section in (
        ("11e-person-information", "information_requests"),
        ("11f-person-medical", "medical_returns"),
        ("11g-person-reintegration", "reintegration"),
    ):
        view.show_section(section)
        settle(controller)
        shots.take(window, name)
    view.show_section("personal")
    ctx = workspace.ctx
    for name, editor in (
        ("28-information-request", InformationRequestEditor.for_case(ctx, case_id)),
        ("29-medical-return", MedicalReturnEditor.for_case(ctx, case_id)),
        ("30-reintegration-plan", ReintegrationPlanEditor.for_case(ctx, case_id)),
        ("31-reintegration-contact", ReintegrationFollowUpEditor.for_case(ctx, case_id)),
        ("32-sustainability", SustainabilityEditor.for_case(ctx, case_id)),
    ):
        workspace.open_editor(editor)
        settle(controller)
        shots.take(editor, name)
        editor.close_with(CloseMode.DROP)
    settle(controller)


def _consultation(shots: Shots, controller: Controller, case_id: str) -> None:
    """A consultation with its follow-up, typed and left open (the lock keeps it as a draft)."""
    workspace = controller.workspace
    assert workspace is not None
    workspace.new_consultation(case_id)
    settle(controller)
    for editor in workspace.editors:
        editor.resize(900, 640)
        editor.topics.set_checked(["travel_documents", "return_options"])  # type: ignore[attr-defined]
        editor.notes.setPlainText(  # type: ignore[attr-defined]
            "Familie hat sich für die geförderte Rückkehr entschieden. Reisepass der Mutter "
            "abgelaufen; Passersatzpapiere werden beantragt."
        )
        editor.next_steps.setPlainText(  # type: ignore[attr-defined]
            "Termin bei der Botschaft vereinbaren, REAG/GARP-Antrag vorbereiten."
        )
        editor.follow_up.setChecked(True)  # type: ignore[attr-defined]
        editor.task.setText("Passersatzpapiere bei der Botschaft nachfragen")  # type: ignore[attr-defined]
        settle(controller)
        shots.take(editor, "13-consultation-editor")


if __name__ == "__main__":
    sys.exit(main())
