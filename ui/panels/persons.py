"""Persons & households: a filterable list of every person; opening one shows the person view."""

from typing import ClassVar

from ui.context import Context
from ui.models.person_list import WATCHES, PersonListModel
from ui.panels.base import Panel
from ui.qt import Qt, QtCore, QtGui, QtWidgets
from ui.tasks import Failure
from ui.widgets import columns

FILTER_DELAY_MS = 150


class PersonsPanel(Panel):
    name: ClassVar[str] = "persons"
    watches: ClassVar[frozenset[str]] = WATCHES

    def __init__(self, ctx: Context, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        # The panel decides when to reload (only while shown), so the model does not follow.
        self.model = PersonListModel(ctx.session, follow_changes=False, parent=self)
        self.model.ids_loaded.connect(self.on_model_ids_loaded)
        self.model.load_failed.connect(self.on_model_load_failed)

        self.filter_edit = QtWidgets.QLineEdit(self)
        self.filter_edit.setObjectName("person_filter")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setPlaceholderText(self.tr('Family or given names, e.g. "haddad ra"'))
        filter_label = QtWidgets.QLabel(self.tr("&Filter:"), self)
        filter_label.setBuddy(self.filter_edit)
        self._debounce = QtCore.QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(FILTER_DELAY_MS)
        self._debounce.timeout.connect(self.on_debounce_timeout)
        self.filter_edit.textChanged.connect(self.on_filter_edit_text_changed)

        self.new_button = QtWidgets.QPushButton(self.tr("&New person"), self)
        self.new_button.setToolTip(self.tr("New person in a new household (Ctrl+N)"))
        self.new_button.clicked.connect(self.on_new_button_clicked)
        QtGui.QShortcut(QtGui.QKeySequence.StandardKey.New, self, self.on_new_button_clicked)

        self.count_label = QtWidgets.QLabel(self)
        self.count_label.setObjectName("person_count")

        self.table = QtWidgets.QTableView(self)
        self.table.setObjectName("person_table")
        self.table.setAccessibleName(self.tr("Persons"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        # Fixed row heights: the view never measures rows it has not fetched.
        self.table.verticalHeader().setSectionResizeMode(QtWidgets.QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        columns.set_widths(self.table, (240, 90, 150, 180, 170))
        self.table.activated.connect(self.on_table_activated)

        top = QtWidgets.QHBoxLayout()
        top.addWidget(filter_label)
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.count_label)
        top.addWidget(self.new_button)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.setTabOrder(self.filter_edit, self.table)
        self.setTabOrder(self.table, self.new_button)
        self.setFocusProxy(self.filter_edit)

    def title(self) -> str:
        # Shown in the navigation list, where "&" is a plain character, not a mnemonic.
        return self.tr("Persons & households")

    def reload(self) -> None:
        self.model.reload()

    # -- slots ---------------------------------------------------------------------

    def on_filter_edit_text_changed(self, _text: str) -> None:
        self._debounce.start()

    def on_debounce_timeout(self) -> None:
        self.model.set_filter(self.filter_edit.text())

    def on_model_ids_loaded(self) -> None:
        count = self.model.rowCount()
        self.count_label.setText(self.tr("%n person(s)", "", count))
        if count and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, 0))

    def on_model_load_failed(self, failure: Failure) -> None:
        self.count_label.setText(
            self.tr("The list could not be loaded: {0}").format(failure.message)
        )

    def on_table_activated(self, index: QtCore.QModelIndex) -> None:
        person_id = self.model.person_id(index.row())
        if person_id is not None:
            self.ctx.navigator.show_person(person_id)

    def on_new_button_clicked(self) -> None:
        from ui.editors.person import PersonEditor

        editor = PersonEditor.for_new(self.ctx)
        # The new record opens once saved: the next step (a case, a consultation) starts there.
        navigator = self.ctx.navigator
        editor.saved.connect(lambda person: navigator.show_person(person.id))
        self.open_editor(editor)

    def open_editor(self, editor: QtWidgets.QDialog) -> None:
        """Through the workspace when there is one, so the lock keeps its draft."""
        navigator = self.ctx.navigator
        opener = getattr(navigator, "open_editor", None)
        if opener is not None:
            opener(editor)
        else:
            editor.show()

    def keyPressEvent(self, event: QtGui.QKeyEvent) -> None:  # Qt override keeps Qt casing
        # Down from the filter goes into the list, so typing then arrowing works without Tab.
        if event.key() == Qt.Key.Key_Down and self.filter_edit.hasFocus():
            self.table.setFocus()
        else:
            super().keyPressEvent(event)
