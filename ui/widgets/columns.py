"""Column widths that never cut a header: at least what the header's text needs.

Fixed widths chosen for English cut the German headers ("itaatsangehörigkei" for
Staatsangehörigkeit, "ntscheidun"): a centred header clipped on both sides reads as nonsense.
"""

from collections.abc import Iterable

from ui.qt import QtWidgets


def set_widths(view: QtWidgets.QTableView, widths: Iterable[int | tuple[int, int]]) -> None:
    """`widths` as wished per column (or (column, width) pairs); each at least its header."""
    for column, wished in _pairs(widths):
        view.setColumnWidth(column, max(wished, header_width(view, column)))


def fit_headers(view: QtWidgets.QTableView) -> None:
    """Widen every column whose header would be cut (after the widths are set)."""
    for column in range(view.model().columnCount() if view.model() else 0):
        needed = header_width(view, column)
        if view.columnWidth(column) < needed:
            view.setColumnWidth(column, needed)


def header_width(view: QtWidgets.QTableView, column: int) -> int:
    return view.horizontalHeader().sectionSizeFromContents(column).width()


def _pairs(widths: Iterable[int | tuple[int, int]]) -> Iterable[tuple[int, int]]:
    for index, item in enumerate(widths):
        yield item if isinstance(item, tuple) else (index, item)
