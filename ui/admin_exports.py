"""The report exports the Admin area offers: one button per file format."""

from dataclasses import dataclass

from ui.qt import QT_TRANSLATE_NOOP, QtCore

_C = "AdminExports"


@dataclass(frozen=True)
class ExportEntry:
    """One export button; `title` and `description` are source texts, translated on use."""

    fmt: str  # xlsx, pdf, csv or json: app.reports.write.FORMATS
    title: str
    description: str
    file_filter: str

    def translated_title(self) -> str:
        return QtCore.QCoreApplication.translate(_C, self.title)

    def translated_description(self) -> str:
        return QtCore.QCoreApplication.translate(_C, self.description)


_ENTRIES = (
    ExportEntry(
        "xlsx",
        QT_TRANSLATE_NOOP("AdminExports", "E&xcel workbook…"),
        QT_TRANSLATE_NOOP("AdminExports", "A cover sheet and one sheet per indicator, with charts"),
        "Excel (*.xlsx)",
    ),
    ExportEntry(
        "pdf",
        QT_TRANSLATE_NOOP("AdminExports", "PDF s&ummary…"),
        QT_TRANSLATE_NOOP("AdminExports", "Totals, charts and breakdowns to print or send"),
        "PDF (*.pdf)",
    ),
    ExportEntry(
        "csv",
        QT_TRANSLATE_NOOP("AdminExports", "&CSV table…"),
        QT_TRANSLATE_NOOP("AdminExports", "Every count in one long table"),
        "CSV (*.csv)",
    ),
    ExportEntry(
        "json",
        QT_TRANSLATE_NOOP("AdminExports", "&JSON…"),
        QT_TRANSLATE_NOOP("AdminExports", "Machine-readable, for further processing"),
        "JSON (*.json)",
    ),
)


def available_exports() -> list[ExportEntry]:
    """The formats the indicator report can be saved in on this device."""
    return list(_ENTRIES)
