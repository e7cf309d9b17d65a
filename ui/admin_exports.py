"""The exports the Admin area offers; the export feature registers its entries here."""

from collections.abc import Callable
from dataclasses import dataclass

from ui.context import Context
from ui.qt import QtWidgets


@dataclass(frozen=True)
class ExportEntry:
    """One button in the Admin area's "Exports" group; `start` opens its own dialog."""

    key: str  # stable, e.g. "indicator_report"
    title: str  # translated, with a mnemonic, e.g. "&Indicator report…"
    description: str  # translated, one sentence
    start: Callable[[Context, QtWidgets.QWidget], None]


def available_exports() -> list[ExportEntry]:
    """The exports this build offers (none yet: the export issue fills this list)."""
    return []
