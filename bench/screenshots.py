"""Screenshots of every main screen, for looking at them (make screenshots); nothing is checked in.

Run under Xvfb (`xvfb-run -s "-screen 0 1366x768x24" python bench/screenshots.py OUT`) or with
QT_QPA_PLATFORM=offscreen. QT_SCALE_FACTOR=1.5 shows the screens at 150 % scaling.
"""

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.services import listing, records
from app.services.demo_loader import load_demo
from app.store.keys import KdfParams
from app.store.store import Store
from ui import i18n
from ui.app import Controller, load_style
from ui.qt import QtCore, QtWidgets
from ui.settings import DesktopSettings

KDF = KdfParams(time_cost=1, memory_kib=8 * 1024)
PASSWORD = "Bildschirm Foto Probe 7"


def settle(controller: Controller, app: QtWidgets.QApplication, rounds: int = 200) -> None:
    """Let background work deliver and the widgets paint; bounded, no sleeping on a guess."""
    for _ in range(rounds):
        controller.tasks.wait_done(2_000)
        app.processEvents()
        if not controller.tasks.busy:
            break
    app.processEvents()


def shoot(widget: QtWidgets.QWidget, path: Path) -> None:
    widget.grab().save(str(path))
    print(f"  {path.name}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", type=Path)
    parser.add_argument("--language", choices=("de", "en"), default="de")
    parser.add_argument("--persons", type=int, default=400)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)

    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication(sys.argv[:1])
    assert isinstance(app, QtWidgets.QApplication)
    i18n.install(args.language)
    load_style(app)
    settings = DesktopSettings(language=args.language)
    prefix = args.language
    with tempfile.TemporaryDirectory(prefix="fallakte-shots-") as tmp:
        base = Path(tmp)
        print(f"screenshots ({args.language}) in {args.out}")

        fresh = Controller(data_dir=base / "fresh", settings=settings, kdf=KDF)
        fresh.start()
        fresh.window.resize(1366, 740)
        settle(fresh, app)
        shoot(fresh.window, args.out / f"{prefix}-01-first-run.png")
        fresh.window.allow_close()
        fresh.window.close()

        store, _ = Store.init(base / "store", PASSWORD, actor="demo", kdf=KDF, site="TRI")
        started = time.perf_counter()
        load_demo(store, persons=args.persons, seed=7)
        print(f"  demo data: {args.persons} persons in {time.perf_counter() - started:.1f} s")
        busiest = _busiest_person(store)
        store.close()

        controller = Controller(data_dir=base / "store", settings=settings, kdf=KDF)
        controller.start()
        window = controller.window
        window.resize(1366, 740)
        settle(controller, app)
        shoot(window, args.out / f"{prefix}-02-unlock.png")
        controller.unlock_page.password.setText("falsch")
        controller.unlock_page.unlock_button.click()
        settle(controller, app)
        shoot(window, args.out / f"{prefix}-03-unlock-wrong-password.png")

        controller.on_store_opened(Store.unlock(base / "store", PASSWORD))
        settle(controller, app)
        workspace = controller.workspace
        assert workspace is not None
        for number, name in enumerate(
            ("today", "persons", "cases", "follow_ups", "conflicts", "sync", "admin"), start=4
        ):
            if name not in workspace._panels:
                continue
            workspace.show_panel(name)
            settle(controller, app)
            shoot(window, args.out / f"{prefix}-{number:02d}-{name}.png")

        workspace.show_person(busiest)
        settle(controller, app)
        shoot(window, args.out / f"{prefix}-11-person.png")

        assert controller.session is not None
        name = records.get(
            controller.session.store, entity="person", record_id=busiest, audit=False
        ).family_name  # type: ignore[attr-defined]
        workspace.search.setText(name[:4].lower())
        workspace.search._run()
        settle(controller, app)
        shoot(window, args.out / f"{prefix}-12-search.png")
        search_popup = workspace.search.results
        if search_popup.isVisible():
            shoot(search_popup, args.out / f"{prefix}-12b-search-results.png")
        workspace.search.results.hide()

        case_id = _case_of(controller, busiest)
        if case_id:
            workspace.new_consultation(case_id)
            settle(controller, app)
            for editor in workspace.editors:
                editor.resize(760, 700)
                settle(controller, app)
                shoot(editor, args.out / f"{prefix}-13-consultation-editor.png")
            _with_dialog(
                lambda: (
                    workspace.person_view.on_change_status_requested(case_id)  # type: ignore[attr-defined]
                    if hasattr(workspace.person_view, "on_change_status_requested")
                    else None
                ),
                app,
                args.out / f"{prefix}-14-case-status.png",
            )
        controller.lock()
        settle(controller, app)
        shoot(window, args.out / f"{prefix}-15-locked.png")
        window.allow_close()
        window.close()
    return 0


def _busiest_person(store: Store) -> str:
    """A main contact with many consultations: the person view's heaviest ordinary case."""
    cases = listing.case_rows(store, ids=listing.case_ids(store)[:200])
    best, most = "", -1
    for row in cases:
        case = records.get(store, entity="case", record_id=row.id, audit=False)
        contact = getattr(case, "main_contact_id", None)
        if not contact:
            continue
        count = records.count(store, entity="consultation", where={"case_id": row.id})
        if count > most:
            best, most = contact, count
    return best


def _case_of(controller: Controller, person_id: str) -> str | None:
    assert controller.session is not None
    found = records.find(
        controller.session.store, entity="case", where={"main_contact_id": person_id}, limit=1
    )
    return found[0].id if found else None


def _with_dialog(open_it: Callable[[], object], app: QtWidgets.QApplication, path: Path) -> None:
    """Modal dialogs block in exec(); shoot them from a timer inside their own event loop."""

    def grab_and_close() -> None:
        dialog = QtWidgets.QApplication.activeModalWidget()
        if dialog is not None:
            shoot(dialog, path)
            dialog.close()

    QtCore.QTimer.singleShot(800, grab_and_close)
    open_it()
    app.processEvents()


if __name__ == "__main__":
    sys.exit(main())
