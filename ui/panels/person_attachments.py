"""Person view section of attachments: add scanned files, open them decrypted into a private temp folder."""

from collections.abc import Callable
from pathlib import Path

from app.domain.attachment import Attachment
from app.services import attachments as attachment_service
from app.services.dossier import PersonDossier
from ui.attachments_io import TempFiles, open_file
from ui.context import Context
from ui.i18n import format_date, format_number
from ui.panels.person_sections import (
    Section,
    buttons,
    fill_table,
    make_table,
    selected_id,
    show_failure,
)
from ui.qt import QtCore, QtWidgets, Signal
from ui.tasks import Failure
from ui.widgets import columns


def size_text(size: int) -> str:
    if size < 1024:
        return QtCore.QCoreApplication.translate("AttachmentsSection", "{0} B").format(size)
    if size < 1024 * 1024:
        return format_number(size / 1024, 0) + " KB"
    return format_number(size / (1024 * 1024), 1) + " MB"


class AttachmentsSection(Section):
    attachment_opened = Signal(object)  # Path of the decrypted copy
    attachment_added = Signal(object)  # Attachment

    def __init__(
        self, ctx: Context, temp_files: TempFiles, parent: QtWidgets.QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.temp_files = temp_files
        # Replaced in tests: the desktop's viewer is not there under offscreen.
        self.opener: Callable[[Path], bool] = open_file
        headers = [self.tr("File"), self.tr("Added"), self.tr("Size"), self.tr("Description")]
        self.table = make_table(self, "attachments", headers)
        self.table.setAccessibleName(self.tr("Attachments"))
        columns.set_widths(self.table, [(0, 260)])
        self.table.activated.connect(self.on_open_button_clicked)
        self.table.itemSelectionChanged.connect(self.on_table_item_selection_changed)
        self.add_button = QtWidgets.QPushButton(self.tr("Add &file…"), self)
        self.add_button.clicked.connect(self.on_add_button_clicked)
        self.open_button = QtWidgets.QPushButton(self.tr("&Open"), self)
        self.open_button.setToolTip(
            self.tr("Opens a decrypted copy; it is removed when you leave this person or lock")
        )
        self.open_button.clicked.connect(self.on_open_button_clicked)
        self.status = QtWidgets.QLabel(self)
        self.status.setObjectName("attachment_status")
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons(self.add_button, self.open_button))

    def fill(self, dossier: PersonDossier) -> None:
        super().fill(dossier)
        fill_table(
            self.table,
            [
                (
                    a.id,
                    (
                        a.filename,
                        format_date(a.added_on),
                        size_text(a.size_bytes),
                        a.description or "",
                    ),
                )
                for a in dossier.attachments
            ],
        )
        self.on_table_item_selection_changed()

    def count(self) -> int:
        return len(self.dossier.attachments) if self.dossier else 0

    def on_table_item_selection_changed(self) -> None:
        self.open_button.setEnabled(selected_id(self.table) is not None)

    # -- adding ------------------------------------------------------------------------

    def on_add_button_clicked(self) -> None:
        path, _ = QtWidgets.QFileDialog.getOpenFileName(
            self,
            self.tr("Add a file to this person"),
            "",
            self.tr("Scans and documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)"),
        )
        if path:
            self.add_file(Path(path))

    def add_file(self, path: Path) -> None:
        """Read and store the file on the worker thread; the list follows through the change."""
        if self.dossier is None:
            return
        person_id = self.dossier.person.id
        self.add_button.setEnabled(False)
        self.status.setText(self.tr("Adding {0}…").format(path.name))
        self.ctx.session.mutate(
            lambda store: attachment_service.add_attachment(
                store, owner_entity="person", owner_id=person_id, path=path
            ),
            touches=("attachment",),
            done=self.on_added,
            failed=self.on_add_failed,
        )

    def on_added(self, attachment: Attachment) -> None:
        self.add_button.setEnabled(True)
        self.status.setText(self.tr("Added {0}.").format(attachment.filename))
        self.attachment_added.emit(attachment)

    def on_add_failed(self, failure: Failure) -> None:
        self.add_button.setEnabled(True)
        self.status.clear()
        show_failure(self, failure)

    # -- opening -------------------------------------------------------------------------

    def on_open_button_clicked(self, *_: object) -> None:
        attachment_id = selected_id(self.table)
        if attachment_id is not None:
            self.open_attachment(attachment_id)

    def open_attachment(self, attachment_id: str) -> None:
        found = (
            [a for a in self.dossier.attachments if a.id == attachment_id] if self.dossier else []
        )
        if not found:
            return
        filename = found[0].filename
        self.status.setText(self.tr("Opening {0}…").format(filename))
        self.ctx.session.query(
            lambda store: attachment_service.attachment_content(store, attachment_id=attachment_id),
            done=lambda content: self.on_content_arrived(filename, content),
            failed=self.on_open_failed,
        )

    def on_content_arrived(self, filename: str, content: bytes) -> None:
        # Written on the GUI thread: a few MB take milliseconds, and the temp folder stays
        # owned by one thread.
        try:
            path = self.temp_files.write(filename, content)
        except OSError:
            self.status.setText(self.tr("The file could not be written to the temporary folder."))
            return
        if not self.opener(path):
            self.status.setText(self.tr("No program is set up to open {0}.").format(filename))
        else:
            self.status.setText(
                self.tr("{0} opened; the decrypted copy is removed when you leave.").format(
                    filename
                )
            )
        self.attachment_opened.emit(path)

    def on_open_failed(self, failure: Failure) -> None:
        self.status.clear()
        show_failure(self, failure)
