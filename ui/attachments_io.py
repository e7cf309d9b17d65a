"""Decrypted attachments on disk only while needed: a private temp directory that is always removed."""

import atexit
import contextlib
import logging
import os
import re
import shutil
import tempfile
import time
import weakref
from pathlib import Path

from ui.qt import QtCore, QtGui

log = logging.getLogger(__name__)

PREFIX = "fallakte-open-"
# Where a process id cannot be checked safely (Windows), folders this old count as left over.
STALE_SECONDS = 12 * 3600
_UNSAFE = re.compile(r"[^\w.\- ]+", re.UNICODE)
_all: "weakref.WeakSet[TempFiles]" = weakref.WeakSet()


def safe_name(filename: str) -> str:
    """The file's own name without any path or characters a file system might refuse."""
    name = _UNSAFE.sub("_", Path(filename.replace("\\", "/")).name).strip(" .")
    return name[:120] or "attachment"


class TempFiles:
    """A directory (mode 0700) holding decrypted copies (mode 0600) until cleanup().

    The directory name carries the process id so that a later start can remove what a
    crashed one left behind (sweep_stale).
    """

    def __init__(self, base: Path | None = None) -> None:
        self._base = base
        self._dir: Path | None = None
        _all.add(self)

    @property
    def directory(self) -> Path | None:
        return self._dir

    def write(self, filename: str, content: bytes) -> Path:
        if self._dir is None or not self._dir.exists():
            # mkdtemp creates the directory with mode 0700.
            self._dir = Path(tempfile.mkdtemp(prefix=f"{PREFIX}{os.getpid()}-", dir=self._base))
        # Each file in its own subdirectory: two attachments may share a name.
        folder = Path(tempfile.mkdtemp(dir=self._dir))
        path = folder / safe_name(filename)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as out:
            out.write(content)
        return path

    def files(self) -> list[Path]:
        if self._dir is None or not self._dir.exists():
            return []
        return sorted(p for p in self._dir.rglob("*") if p.is_file())

    def cleanup(self) -> None:
        """Remove every decrypted copy; safe to call any number of times."""
        directory, self._dir = self._dir, None
        if directory is None:
            return
        for path in directory.rglob("*"):
            if path.is_file():
                # Overwrite first: a viewer may still hold the name open on some systems.
                with contextlib.suppress(OSError), open(path, "r+b") as out:
                    out.write(b"\0" * path.stat().st_size)
        shutil.rmtree(directory, ignore_errors=True)
        if directory.exists():
            log.warning("a temporary attachment folder could not be removed")


def cleanup_all() -> None:
    for temp in list(_all):
        temp.cleanup()


def sweep_stale(base: Path | None = None) -> int:
    """Remove folders left by earlier runs of Fallakte that ended without cleaning up."""
    removed = 0
    root = Path(base or tempfile.gettempdir())
    for folder in root.glob(f"{PREFIX}*"):
        match = re.match(rf"{PREFIX}(\d+)-", folder.name)
        if not match or not folder.is_dir() or not _own(folder):
            continue
        pid = int(match.group(1))
        if pid != os.getpid() and not _alive(pid, folder):
            shutil.rmtree(folder, ignore_errors=True)
            removed += 1
    return removed


def _own(folder: Path) -> bool:
    getuid = getattr(os, "getuid", None)
    return getuid is None or folder.stat().st_uid == getuid()


def _alive(pid: int, folder: Path) -> bool:
    if os.name != "posix":
        # os.kill(pid, 0) would send Ctrl+C there; judge by age instead.
        return time.time() - folder.stat().st_mtime < STALE_SECONDS
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def open_file(path: Path) -> bool:
    """Hand the file to the desktop's viewer for its type."""
    return QtGui.QDesktopServices.openUrl(QtCore.QUrl.fromLocalFile(str(path)))


# Whatever happens to the windows, nothing decrypted outlives the process.
atexit.register(cleanup_all)


_quit_hooked: list[QtCore.QCoreApplication] = []


def clean_on_quit() -> None:
    """Also clean up when Qt quits the event loop (before atexit, while Qt still runs); once per app."""
    app = QtCore.QCoreApplication.instance()
    if app is not None and app not in _quit_hooked:
        app.aboutToQuit.connect(cleanup_all)
        _quit_hooked.append(app)
