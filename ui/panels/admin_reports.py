"""The Admin area's Reports tab: the indicator report over this device's data, charted, exportable.

The figures come from the same definitions and SQL engine as the server's report, limited
to what this device holds; small cells arrive already shown as "<5".
"""

from datetime import date, timedelta
from pathlib import Path

from app.reports.model import Breakdown, IndicatorResult, Report
from app.services.indicator_report import device_report, export_report
from ui import admin_exports, i18n
from ui.context import Context
from ui.qt import QT_TRANSLATE_NOOP, Qt, QtCore, QtSvgWidgets, QtWidgets, Signal
from ui.tasks import Failure

PRESETS = {
    "this_year": QT_TRANSLATE_NOOP("Reports", "This year"),
    "last_year": QT_TRANSLATE_NOOP("Reports", "Last year"),
    "this_quarter": QT_TRANSLATE_NOOP("Reports", "This quarter"),
    "last_quarter": QT_TRANSLATE_NOOP("Reports", "Last quarter"),
    "last_month": QT_TRANSLATE_NOOP("Reports", "Last month"),
    "custom": QT_TRANSLATE_NOOP("Reports", "Custom period"),
}
# Drawn this size in the chart's own units and scaled up to the widget: the labels, 9 units
# high, come out at 12-14 px in the window's usual size (they were 9 px at 520 units wide).
CHART_SIZE = (400, 240)
# What the indicators count: a change to any of these makes a shown report out of date.
REPORTED = ("person", "case", "consultation", "vulnerability", "application")


def preset_period(key: str, today: date) -> tuple[date, date]:
    """The inclusive period a preset stands for, as seen on `today`."""
    quarter_start = date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
    if key == "last_year":
        return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
    if key == "this_quarter":
        return quarter_start, today
    if key == "last_quarter":
        end = quarter_start - timedelta(days=1)
        return date(end.year, end.month - 2, 1), end
    if key == "last_month":
        end = today.replace(day=1) - timedelta(days=1)
        return end.replace(day=1), end
    return date(today.year, 1, 1), today


def _qdate(value: date) -> QtCore.QDate:
    return QtCore.QDate(value.year, value.month, value.day)


def _pydate(value: QtCore.QDate) -> date:
    return date(value.year(), value.month(), value.day())


def language() -> str:
    return "de" if i18n.locale().language() == QtCore.QLocale.Language.German else "en"


class ReportsPage(QtWidgets.QWidget):
    """Period, indicator list, chart and table of one breakdown, and the export buttons."""

    report_ready = Signal()
    exported = Signal(str)  # the path written
    failed = Signal(str)

    def __init__(self, ctx: Context, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.report: Report | None = None
        self._computing = False
        self.preset = QtWidgets.QComboBox(self)
        for key, text in PRESETS.items():
            self.preset.addItem(QtCore.QCoreApplication.translate("Reports", text), key)
        preset_label = QtWidgets.QLabel(self.tr("&Period:"), self)
        preset_label.setBuddy(self.preset)
        self.from_edit = self._date_edit()
        self.to_edit = self._date_edit()
        from_label = QtWidgets.QLabel(self.tr("&From:"), self)
        from_label.setBuddy(self.from_edit)
        to_label = QtWidgets.QLabel(self.tr("&To:"), self)
        to_label.setBuddy(self.to_edit)
        self.show_button = QtWidgets.QPushButton(self.tr("&Show"), self)
        self.show_button.setDefault(True)
        self.show_button.clicked.connect(self.compute)
        self.status = QtWidgets.QLabel(self)
        self.status.setWordWrap(True)
        self.preset.currentIndexChanged.connect(self._apply_preset)
        self.from_edit.userDateChanged.connect(self._mark_custom)
        self.to_edit.userDateChanged.connect(self._mark_custom)

        self.indicator_list = QtWidgets.QTreeWidget(self)
        self.indicator_list.setAccessibleName(self.tr("Indicators"))
        self.indicator_list.setHeaderLabels([self.tr("Indicator"), self.tr("Total")])
        self.indicator_list.setRootIsDecorated(False)
        self.indicator_list.setUniformRowHeights(True)
        self.indicator_list.header().setStretchLastSection(False)
        self.indicator_list.header().setSectionResizeMode(
            0, QtWidgets.QHeaderView.ResizeMode.Stretch
        )
        self.indicator_list.header().setSectionResizeMode(
            1, QtWidgets.QHeaderView.ResizeMode.ResizeToContents
        )
        self.indicator_list.currentItemChanged.connect(self._show_indicator)
        self.title = QtWidgets.QLabel(self)
        self.title.setWordWrap(True)
        bigger = self.title.font()
        bigger.setBold(True)
        bigger.setPointSizeF(bigger.pointSizeF() * 1.2)
        self.title.setFont(bigger)
        self.description = QtWidgets.QLabel(self)
        self.description.setWordWrap(True)
        self.breakdown = QtWidgets.QComboBox(self)
        self.breakdown.currentIndexChanged.connect(self._show_breakdown)
        breakdown_label = QtWidgets.QLabel(self.tr("&Breakdown:"), self)
        breakdown_label.setBuddy(self.breakdown)
        self.chart = QtSvgWidgets.QSvgWidget(self)
        self.chart.setMinimumSize(CHART_SIZE[0] // 2, CHART_SIZE[1] // 2)
        self.chart.setAccessibleName(self.tr("Chart"))
        self.table = QtWidgets.QTableWidget(0, 2, self)
        self.table.setAccessibleName(self.tr("Breakdown table"))
        self.table.setHorizontalHeaderLabels([self.tr("Category"), self.tr("Count")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(
            0, QtWidgets.QHeaderView.ResizeMode.Stretch
        )
        self.table.horizontalHeader().setSectionResizeMode(
            1, QtWidgets.QHeaderView.ResizeMode.ResizeToContents
        )
        self.note = QtWidgets.QLabel(self)
        self.note.setWordWrap(True)

        self.export_buttons: dict[str, QtWidgets.QPushButton] = {}
        exports = QtWidgets.QHBoxLayout()
        exports.addWidget(QtWidgets.QLabel(self.tr("Save as:"), self))
        for entry in admin_exports.available_exports():
            button = QtWidgets.QPushButton(entry.translated_title(), self)
            button.setToolTip(entry.translated_description())
            button.clicked.connect(lambda _=False, e=entry: self._ask_path(e))
            exports.addWidget(button)
            self.export_buttons[entry.fmt] = button
        exports.addStretch(1)

        top = QtWidgets.QHBoxLayout()
        top.addWidget(preset_label)
        top.addWidget(self.preset)
        top.addSpacing(12)
        top.addWidget(from_label)
        top.addWidget(self.from_edit)
        top.addWidget(to_label)
        top.addWidget(self.to_edit)
        top.addWidget(self.show_button)
        top.addStretch(1)
        detail = QtWidgets.QWidget(self)
        pick = QtWidgets.QHBoxLayout()
        pick.addWidget(breakdown_label)
        pick.addWidget(self.breakdown, 1)
        right = QtWidgets.QVBoxLayout(detail)
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.title)
        right.addWidget(self.description)
        right.addLayout(pick)
        # The chart and its table share the height; the user can move the line between them.
        stack = QtWidgets.QSplitter(Qt.Orientation.Vertical, detail)
        stack.addWidget(self.chart)
        stack.addWidget(self.table)
        stack.setChildrenCollapsible(False)
        stack.setSizes([CHART_SIZE[1], CHART_SIZE[1] * 2 // 3])
        right.addWidget(stack, 1)
        right.addWidget(self.note)
        split = QtWidgets.QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.indicator_list)
        split.addWidget(detail)
        split.setStretchFactor(1, 3)
        split.setSizes([340, 640])
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(split, 1)
        layout.addLayout(exports)
        self._apply_preset()
        self._update_buttons()

    def _date_edit(self) -> QtWidgets.QDateEdit:
        edit = QtWidgets.QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(i18n.short_date_format())
        return edit

    # -- period ------------------------------------------------------------------------------

    def _apply_preset(self, *_: object) -> None:
        key = self.preset.currentData()
        if key == "custom":
            return
        start, end = preset_period(key, date.today())
        for edit, value in ((self.from_edit, start), (self.to_edit, end)):
            edit.blockSignals(True)
            edit.setDate(_qdate(value))
            edit.blockSignals(False)

    def _mark_custom(self, *_: object) -> None:
        self.preset.blockSignals(True)
        self.preset.setCurrentIndex(self.preset.findData("custom"))
        self.preset.blockSignals(False)

    def period(self) -> tuple[date, date]:
        return _pydate(self.from_edit.date()), _pydate(self.to_edit.date())

    # -- computing ---------------------------------------------------------------------------

    def compute(self) -> None:
        """Counts in the background; the screen stays usable and shows the last report meanwhile."""
        start, end = self.period()
        if start > end:
            self._say(self.tr("The period starts after it ends."))
            return
        self._computing = True
        self._update_buttons()
        self._say(self.tr("Counting…"))
        self.ctx.session.query(
            lambda store: device_report(store, period_from=start, period_to=end),
            done=self._on_report,
            failed=self._on_failed,
        )

    def _on_report(self, report: Report) -> None:
        self._computing = False
        self.report = report
        lang = language()
        current = self.current_row()
        self.indicator_list.clear()
        for indicator in report.indicators:
            total = self._count_text(indicator.total.display(report.small_cell_threshold))
            item = QtWidgets.QTreeWidgetItem([indicator.name(lang), total])
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(0, indicator.description(lang))
            self.indicator_list.addTopLevelItem(item)
        self.select_row(max(current, 0) if report.indicators else -1)
        self._say(
            self.tr(
                "{0} – {1}: the data on this device ({2}). Cells with fewer than {3} "
                "persons are shown as “<{3}”."
            ).format(
                i18n.format_date(report.period_from),
                i18n.format_date(report.period_to),
                report.scope or self.tr("this device"),
                report.small_cell_threshold,
            )
        )
        self._update_buttons()
        self.report_ready.emit()

    def _on_failed(self, failure: Failure) -> None:
        self._computing = False
        self._update_buttons()
        message = self.tr("internal error") if failure.is_bug else failure.message
        self._say(self.tr("The report could not be made: {0}").format(message))
        self.failed.emit(message)

    def mark_stale(self) -> None:
        self._say(self.tr("The data on this device has changed since; press Show to count again."))

    def _say(self, text: str) -> None:
        self.status.setText(text)

    def _update_buttons(self) -> None:
        self.show_button.setEnabled(not self._computing)
        for button in self.export_buttons.values():
            button.setEnabled(self.report is not None and not self._computing)

    # -- showing -----------------------------------------------------------------------------

    def current_row(self) -> int:
        item = self.indicator_list.currentItem()
        return -1 if item is None else self.indicator_list.indexOfTopLevelItem(item)

    def select_row(self, row: int) -> None:
        item = self.indicator_list.topLevelItem(row) if row >= 0 else None
        self.indicator_list.setCurrentItem(item)

    def current_indicator(self) -> IndicatorResult | None:
        row = self.current_row()
        if self.report is None or not 0 <= row < len(self.report.indicators):
            return None
        return self.report.indicators[row]

    def current_breakdown(self) -> Breakdown | None:
        indicator = self.current_indicator()
        index = self.breakdown.currentIndex()
        if indicator is None or not 0 <= index < len(indicator.breakdowns):
            return None
        return indicator.breakdowns[index]

    def _show_indicator(self, *_: object) -> None:
        indicator = self.current_indicator()
        lang = language()
        chosen = self.breakdown.currentData()
        self.breakdown.blockSignals(True)
        self.breakdown.clear()
        if indicator is not None:
            for item in indicator.breakdowns:
                self.breakdown.addItem(item.label(lang), item.dimension)
            keep = self.breakdown.findData(chosen)
            self.breakdown.setCurrentIndex(max(keep, 0))
        self.breakdown.blockSignals(False)
        self.title.setText(indicator.name(lang) if indicator else "")
        self.description.setText(indicator.description(lang) if indicator else "")
        self._show_breakdown()

    def _show_breakdown(self, *_: object) -> None:
        from app.reports.charts import chart_svg
        from app.reports.formats import small_cell_note

        indicator, breakdown = self.current_indicator(), self.current_breakdown()
        self.table.setRowCount(0)
        self.note.clear()
        if indicator is None or self.report is None:
            self.chart.load(QtCore.QByteArray())
            return
        threshold, lang = self.report.small_cell_threshold, language()
        # As tall as its bars need (up to the chart's size), drawn unstretched: text stays
        # readable and a four-row chart does not float in empty space.
        width, height = CHART_SIZE
        bars = len(breakdown.rows) if breakdown is not None else 0
        height = min(height, 70 + 20 * bars) if bars else height // 2
        svg = chart_svg(indicator, breakdown, lang, threshold, width=width, height=height)
        self.chart.load(QtCore.QByteArray(svg))
        self.chart.renderer().setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
        rows = breakdown.rows if breakdown is not None else []
        self.table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            label = QtWidgets.QTableWidgetItem(row.label(lang) or self.tr("not recorded"))
            count = QtWidgets.QTableWidgetItem(self._count_text(row.count.display(threshold)))
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if row.count.secondary:
                count.setToolTip(
                    self.tr("Hidden so that a small number cannot be worked out from the total")
                )
            elif row.count.suppressed:
                count.setToolTip(
                    self.tr("Fewer than {0}: hidden to protect the persons").format(threshold)
                )
            self.table.setItem(i, 0, label)
            self.table.setItem(i, 1, count)
        notes = []
        if any(row.count.suppressed for row in rows):
            # What "<5" and "x" stand for, in the words the exported report uses.
            notes.append(small_cell_note(threshold, lang, indicator.unit))
        if breakdown is not None and breakdown.multi_valued:
            notes.append(
                self.tr("One can count in several rows here, so the rows need not add up.")
            )
        self.note.setText(" ".join(notes))

    def _count_text(self, value: int | str) -> str:
        return i18n.format_number(value) if isinstance(value, int) else value

    # -- exporting ---------------------------------------------------------------------------

    def _ask_path(self, entry: admin_exports.ExportEntry) -> None:
        if self.report is None:
            return
        stem = self.tr("indicators")
        period = f"{self.report.period_from.isoformat()}-{self.report.period_to.isoformat()}"
        suggested = Path.home() / f"{stem}-{period}.{entry.fmt}"
        chosen, _ = QtWidgets.QFileDialog.getSaveFileName(
            self, entry.translated_description(), str(suggested), entry.file_filter
        )
        if chosen:
            self.export_to(entry.fmt, Path(chosen))

    def export_to(self, fmt: str, path: Path) -> None:
        """Writes the shown report in the background, in the language the app speaks."""
        report, lang = self.report, language()
        if report is None:
            return
        self._say(self.tr("Saving…"))
        self.ctx.session.query(
            lambda store: export_report(store, report, path, fmt=fmt, language=lang),
            done=lambda _: self._on_exported(path),
            failed=self._on_failed,
        )

    def _on_exported(self, path: Path) -> None:
        self._say(self.tr("Saved: {0}").format(str(path)))
        self.exported.emit(str(path))
