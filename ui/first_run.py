"""First run: create the encrypted store, hand over the recovery key once, optionally join a server."""

import platform
from collections.abc import Callable
from pathlib import Path

from app.domain.reference import default_reference
from app.store.keys import KdfParams
from app.store.store import Store
from ui.password_field import NewPasswordFields
from ui.qt import QtCore, QtGui, QtWidgets, Signal
from ui.tasks import Failure, Tasks

PAGE_WELCOME, PAGE_PASSWORD, PAGE_RECOVERY, PAGE_SERVER = range(4)


class _WelcomePage(QtWidgets.QWizardPage):
    def __init__(self, wizard: "FirstRunWizard") -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Welcome to Fallakte"))
        self.setSubTitle(
            self.tr(
                "Fallakte keeps your case files encrypted on this laptop and works without "
                "network. First, who works with this device?"
            )
        )
        form = QtWidgets.QFormLayout(self)
        self.actor = QtWidgets.QLineEdit(self)
        self.actor.setMaxLength(60)
        self.actor.setAccessibleName(self.tr("Your name"))
        self.actor.setPlaceholderText(self.tr("e.g. anna.schmidt"))
        form.addRow(self.tr("Your &name"), self.actor)
        self.site = QtWidgets.QComboBox(self)
        self.site.setAccessibleName(self.tr("Site"))
        german = QtCore.QLocale().language() == QtCore.QLocale.Language.German
        for site in default_reference().sites:
            self.site.addItem(
                f"{site.name_de if german else site.name_en} ({site.code})", site.code
            )
        form.addRow(self.tr("Your main &site"), self.site)
        self.registerField("actor*", self.actor)
        self.registerField("site", self.site, "currentData")


class _PasswordPage(QtWidgets.QWizardPage):
    def __init__(self, wizard: "FirstRunWizard") -> None:
        super().__init__(wizard)
        self.wizard_ = wizard
        self.setTitle(self.tr("Choose a password"))
        self.setSubTitle(
            self.tr(
                "The password protects everything on this device. Choose a long one that you "
                "do not use anywhere else."
            )
        )
        form = QtWidgets.QFormLayout(self)
        self.fields = NewPasswordFields(self)
        self.fields.add_to(form)
        self.message = QtWidgets.QLabel(self)
        self.message.setObjectName("error")
        self.message.setWordWrap(True)
        form.addRow(self.message)
        self.created: Store | None = None

    def validatePage(self) -> bool:  # Qt override keeps Qt casing
        if self.created is not None:
            return True
        problem = self.fields.problem()
        if problem:
            self.message.setText(problem)
            return False
        self.message.setText(self.tr("Creating the encrypted store…"))
        self.setEnabled(False)
        self.wizard_.create_store(self.fields.value(), self._created, self._failed)
        return False

    def _created(self, result: tuple[Store, str]) -> None:
        self.setEnabled(True)
        self.created, recovery = result
        self.fields.clear()
        self.message.clear()
        self.wizard_.recovery_key = recovery
        self.wizard_.next()

    def _failed(self, failure: Failure) -> None:
        self.setEnabled(True)
        self.message.setText(failure.message)


class _RecoveryPage(QtWidgets.QWizardPage):
    def __init__(self, wizard: "FirstRunWizard") -> None:
        super().__init__(wizard)
        self.wizard_ = wizard
        self.setTitle(self.tr("Your recovery key"))
        self.setSubTitle(
            self.tr(
                "If you forget your password, only this key opens your data again. It is shown "
                "only now: print it or save it on a USB stick and keep it locked away."
            )
        )
        layout = QtWidgets.QVBoxLayout(self)
        self.key_label = QtWidgets.QLabel(self)
        self.key_label.setObjectName("recoveryKey")
        self.key_label.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QtGui.QFontDatabase.systemFont(QtGui.QFontDatabase.SystemFont.FixedFont)
        font.setPointSize(font.pointSize() + 4)
        self.key_label.setFont(font)
        self.key_label.setAccessibleName(self.tr("Recovery key"))
        layout.addWidget(self.key_label)
        row = QtWidgets.QHBoxLayout()
        self.save_button = QtWidgets.QPushButton(self.tr("&Save to file…"), self)
        self.print_button = QtWidgets.QPushButton(self.tr("&Print…"), self)
        row.addWidget(self.save_button)
        row.addWidget(self.print_button)
        row.addStretch(1)
        layout.addLayout(row)
        confirm = QtWidgets.QFormLayout()
        self.confirm_group = QtWidgets.QLineEdit(self)
        self.confirm_group.setAccessibleName(self.tr("Last group of the recovery key"))
        confirm.addRow(self.tr("To confirm, type the &last group of the key"), self.confirm_group)
        layout.addLayout(confirm)
        self.kept = QtWidgets.QCheckBox(self.tr("&I have printed or saved the recovery key"), self)
        layout.addWidget(self.kept)
        layout.addStretch(1)
        self.save_button.clicked.connect(self.on_save_button_clicked)
        self.print_button.clicked.connect(self.on_print_button_clicked)
        self.kept.toggled.connect(self.completeChanged)
        self.confirm_group.textChanged.connect(self.completeChanged)

    def initializePage(self) -> None:  # Qt override keeps Qt casing
        self.key_label.setText(self.wizard_.recovery_key)

    def isComplete(self) -> bool:  # Qt override keeps Qt casing
        last = self.wizard_.recovery_key.rsplit("-", 1)[-1]
        typed = self.confirm_group.text().strip().upper()
        return self.kept.isChecked() and typed == last

    def _sheet(self) -> str:
        return self.tr(
            "Fallakte recovery key\n\nDevice: {0}\nCreated: {1}\n\n{2}\n\n"
            "Keep this sheet locked away. Anyone with this key and the laptop can read the data."
        ).format(
            platform.node(),
            QtCore.QLocale().toString(QtCore.QDate.currentDate()),
            self.wizard_.recovery_key,
        )

    def on_save_button_clicked(self) -> None:
        path, _ = QtWidgets.QFileDialog.getSaveFileName(
            self, self.tr("Save recovery key"), "fallakte-recovery-key.txt", "Text (*.txt)"
        )
        if path:
            self.wizard_.write_sheet(Path(path), self._sheet())

    def on_print_button_clicked(self) -> None:
        from ui.qt import QtPrintSupport

        printer = QtPrintSupport.QPrinter()
        dialog = QtPrintSupport.QPrintDialog(printer, self)
        if dialog.exec() == QtWidgets.QDialog.DialogCode.Accepted:
            document = QtGui.QTextDocument(self._sheet())
            document.print_(printer)


class _ServerPage(QtWidgets.QWizardPage):
    def __init__(self, wizard: "FirstRunWizard") -> None:
        super().__init__(wizard)
        self.wizard_ = wizard
        self.setTitle(self.tr("Connect to the office server (optional)"))
        self.setSubTitle(
            self.tr(
                "With a server, your cases are backed up and shared with your team whenever "
                "you are online. You can also skip this and connect later under Sync."
            )
        )
        form = QtWidgets.QFormLayout(self)
        self.url = QtWidgets.QLineEdit(self)
        self.url.setPlaceholderText("https://fallakte.example.org")
        self.url.setAccessibleName(self.tr("Server address"))
        self.user = QtWidgets.QLineEdit(self)
        self.user.setAccessibleName(self.tr("User name"))
        self.password = QtWidgets.QLineEdit(self)
        self.password.setEchoMode(QtWidgets.QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Server password"))
        form.addRow(self.tr("Server &address"), self.url)
        form.addRow(self.tr("&User name"), self.user)
        form.addRow(self.tr("Pass&word"), self.password)
        self.connect_button = QtWidgets.QPushButton(self.tr("&Connect"), self)
        form.addRow("", self.connect_button)
        self.message = QtWidgets.QLabel(self)
        self.message.setWordWrap(True)
        form.addRow(self.message)
        self.enrolled = False
        self.connect_button.clicked.connect(self.on_connect_button_clicked)

    def on_connect_button_clicked(self) -> None:
        url, user, secret = self.url.text().strip(), self.user.text().strip(), self.password.text()
        if not (url and user and secret):
            self.message.setText(self.tr("Please fill in the address, user name and password."))
            return
        self.connect_button.setEnabled(False)
        self.message.setText(self.tr("Connecting…"))
        self.wizard_.enroll(url, user, secret, self._enrolled, self._failed)

    def _enrolled(self, enrolment: object) -> None:
        self.password.clear()
        self.enrolled = True
        self.connect_button.setEnabled(True)
        team = getattr(enrolment, "team", "")
        self.message.setText(
            self.tr("Connected. This device now belongs to team {0}.").format(team)
        )

    def _failed(self, failure: Failure) -> None:
        self.connect_button.setEnabled(True)
        self.message.setText(failure.message)


class FirstRunWizard(QtWidgets.QWizard):
    completed = Signal(object)  # the new Store

    def __init__(
        self,
        data_dir: Path,
        tasks: Tasks,
        *,
        kdf: KdfParams | None = None,
        parent: QtWidgets.QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("firstRun")
        self.data_dir, self.tasks, self.kdf = data_dir, tasks, kdf
        self.recovery_key = ""
        self.setWindowTitle(self.tr("Set up Fallakte"))
        self.setWizardStyle(QtWidgets.QWizard.WizardStyle.ModernStyle)
        # The header shows two lines of subtitle; narrower, the German recovery-key advice
        # ("…keep it locked away") was cut off.
        self.setMinimumWidth(760)
        self.setOption(QtWidgets.QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QtWidgets.QWizard.WizardOption.NoCancelButton, True)
        self.welcome = _WelcomePage(self)
        self.password_page = _PasswordPage(self)
        self.recovery_page = _RecoveryPage(self)
        self.server_page = _ServerPage(self)
        for page_id, page in enumerate(
            (self.welcome, self.password_page, self.recovery_page, self.server_page)
        ):
            self.setPage(page_id, page)
        self.setButtonText(QtWidgets.QWizard.WizardButton.FinishButton, self.tr("&Start working"))
        # Once the store exists there is no way back to the password page.
        self.currentIdChanged.connect(self.on_current_id_changed)

    def on_current_id_changed(self, page_id: int) -> None:
        if page_id >= PAGE_RECOVERY:
            self.button(QtWidgets.QWizard.WizardButton.BackButton).setEnabled(False)

    def create_store(
        self,
        password: str,
        done: Callable[[tuple[Store, str]], None],
        failed: Callable[[Failure], None],
    ) -> None:
        data_dir, kdf = self.data_dir, self.kdf
        actor = str(self.field("actor")).strip()
        site = str(self.field("site") or "")
        self.tasks.run(
            lambda: Store.init(data_dir, password, actor=actor, kdf=kdf, site=site or None),
            done=done,
            failed=failed,
        )

    def enroll(
        self,
        url: str,
        user: str,
        password: str,
        done: Callable[[object], None],
        failed: Callable[[Failure], None],
    ) -> None:
        from sync.enrolment import enroll

        store = self.store
        assert store is not None
        name = platform.node()[:200]
        self.tasks.run(
            lambda: enroll(
                store, server_url=url, username=user, password=password, device_name=name
            ),
            done=done,
            failed=failed,
        )

    def write_sheet(self, path: Path, text: str) -> None:
        self.tasks.run(lambda: path.write_text(text, "utf-8"), failed=self._write_failed)

    def _write_failed(self, failure: Failure) -> None:
        QtWidgets.QMessageBox.warning(self, self.tr("Not saved"), failure.message)

    @property
    def store(self) -> Store | None:
        return self.password_page.created

    def done(self, result: int) -> None:  # Qt override: hand over the store instead of closing
        if self.store is None:
            return
        self.completed.emit(self.store)
