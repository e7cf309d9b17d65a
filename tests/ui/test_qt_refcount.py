"""The installed Qt binding must not leak references to None from its event loop.

PySide6 6.12.0 drops one reference to None on every processEvents(); on CPython 3.11,
where None is not immortal, the interpreter then deallocates None and aborts in the middle
of an unrelated test (issue 13). pyproject.toml excludes that release on Python 3.11; this
test catches the next binding that does the same, on any Python, before it crashes at random.
"""

import subprocess
import sys
from pathlib import Path

import PySide6

from ui.qt import QtCore, QtWidgets

CALLS = 20_000
CHUNK = 500
# A few references may come and go with caches Qt or Python fill on first use.
TOLERANCE = 50


def test_process_events_keeps_references_to_none(qapp: object) -> None:
    # On CPython 3.12+ None is immortal and its reference count is a constant; a fall
    # there would still mean a broken binding, so the assertion holds on every Python.
    QtWidgets.QApplication.processEvents()
    before = sys.getrefcount(None)
    calls = 0
    # In chunks, stopping at the first sign of a leak: a broken binding would otherwise
    # take None's count to zero here and abort the whole test run instead of failing.
    while calls < CALLS and sys.getrefcount(None) >= before - TOLERANCE:
        for _ in range(CHUNK):
            QtCore.QCoreApplication.processEvents()
        calls += CHUNK
    lost = before - sys.getrefcount(None)
    assert lost <= TOLERANCE, (
        f"processEvents() lost {lost} references to None in {calls} calls: "
        "this Qt binding will crash the interpreter (see issue 13)"
    )


def test_quiet_runs_name_python_and_qt() -> None:
    """`make test` runs pytest -q, which hides pytest's header; the versions must still show."""
    root = Path(__file__).resolve().parents[2]
    probe = root / "tests" / "ui" / "test_qt_refcount.py"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "--collect-only",
            str(probe),
        ],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"PySide6 {PySide6.__version__}, Qt {QtCore.qVersion()}" in result.stdout
    assert f"Python {sys.version.split()[0]}" in result.stdout
