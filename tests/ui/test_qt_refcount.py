"""The installed Qt binding must not leak references to None from its event loop.

PySide6 6.12.0 drops one reference to None on every processEvents(); on CPython 3.11,
where None is not immortal, the interpreter then deallocates None and aborts in the middle
of an unrelated test (issue 13). pyproject.toml excludes that release on Python 3.11; this
test catches the next binding that does the same, on any Python, before it crashes at random.
"""

import sys

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
