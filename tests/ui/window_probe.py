"""Run in a fresh process (a screen size and scaling are fixed when Qt starts): open the app on
the configured screen, unlock, report where the window and its status bar are, maybe change
the window (maximise, or move and resize), quit. Prints one JSON line. Used by
test_window_place.py; `python -m tests.ui.window_probe DATA_DIR ACTION`."""

import json
import sys
from pathlib import Path

from app.store.store import Store
from tests.conftest import FAST_KDF, PASSWORD
from ui.app import Controller
from ui.qt import QtCore, QtWidgets
from ui.settings import DesktopSettings


def _rect(r: QtCore.QRect) -> list[int]:
    return [r.x(), r.y(), r.width(), r.height()]


def main(data_dir: Path, action: str) -> None:
    app = QtWidgets.QApplication(sys.argv[:1])
    if not Store.exists(data_dir):
        Store.init(data_dir, PASSWORD, actor="anna", kdf=FAST_KDF, site="ATR")[0].close()
    from ui import settings as settings_io

    settings = settings_io.load()
    settings.language = "en"
    controller = Controller(data_dir=data_dir, settings=settings or DesktopSettings())
    controller.start()
    window = controller.window
    loop = QtCore.QEventLoop()
    controller.unlocked.connect(loop.quit)
    controller.unlock_page.password.setText(PASSWORD)
    controller.unlock_page.unlock_button.click()
    QtCore.QTimer.singleShot(20_000, loop.quit)
    loop.exec()
    app.processEvents()
    bar = window.statusBar()
    screen = window.screen()
    report = {
        "available": _rect(screen.availableGeometry()),
        "frame": _rect(window.frameGeometry()),
        "geometry": _rect(window.geometry()),
        "maximized": window.isMaximized(),
        "bar_visible": bar.isVisible(),
        "bar": _rect(QtCore.QRect(bar.mapToGlobal(QtCore.QPoint(0, 0)), bar.size())),
        "minimum": [window.minimumWidth(), window.minimumHeight()],
    }
    if action == "editors":
        from tests.conftest import Factory
        from tests.ui.forms import BY_NAME, make_place

        assert controller.session is not None and controller.workspace is not None
        place = make_place(Factory(controller.session.store))
        report["editors"] = {}
        for name in ("person", "consultation", "application", "vulnerability"):
            editor = BY_NAME[name].open(controller.workspace.ctx, place)
            controller.workspace.open_editor(editor)
            app.processEvents()
            report["editors"][name] = _rect(editor.frameGeometry())
    if action == "maximize":
        window.showMaximized()
    elif action.startswith("place:"):
        x, y, w, h = (int(v) for v in action[6:].split(","))
        window.showNormal()
        window.setGeometry(x, y, w, h)
    app.processEvents()
    controller.quit()
    print(json.dumps(report))


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2] if len(sys.argv) > 2 else "")
