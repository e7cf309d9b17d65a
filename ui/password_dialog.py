"""Settings › Change password: the current one, a new one twice; the key is rewrapped as
`fallakte passwd` does (app/services/password.py), off the GUI thread (the key derivation
takes about half a second, twice).

Not a drafts.Editor on purpose: what is typed here is never kept anywhere, not even as an
encrypted draft. The lock closes it like any other dialog, and the fields are cleared.
"""

from app.errors import WrongPassword
from app.services.password import change_password
from app.store.keys import KdfParams
from app.store.store import Store
from ui.password_field import NewPasswordFields
from ui.qt import QtWidgets, Signal
from ui.session import Session
from ui.tasks import Failure
from ui.unlock import say


class ChangePasswordDialog(QtWidgets.QDialog):
    changed = Signal()

    def __init__(
        self,
        session: Session,
        parent: QtWidgets.QWidget | None = None,
        *,
        kdf: KdfParams | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.kdf = kdf  # None: the store's own key-derivation settings
        self.setWindowTitle(self.tr("Change password"))
        intro = QtWidgets.QLabel(
            self.tr(
                "The new password protects all data on this device from now on. The recovery "
                "key stays valid. Your team's server password does not change."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.current = QtWidgets.QLineEdit(self)
        self.current.setEchoMode(QtWidgets.QLineEdit.EchoMode.Password)
        self.current.setAccessibleName(self.tr("Current password"))
        self.fields = NewPasswordFields(self)
        self.message = QtWidgets.QLabel(self)
        self.message.setWordWrap(True)
        form = QtWidgets.QFormLayout()
        form.addRow(self.tr("&Current password"), self.current)
        self.fields.add_to(form)
        self.buttons = QtWidgets.QDialogButtonBox(self)
        self.change_button = self.buttons.addButton(
            self.tr("C&hange password"), QtWidgets.QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.on_change_clicked)
        self.buttons.rejected.connect(self.reject)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.finished.connect(self._forget_typing)
        self.resize(520, 300)

    def on_change_clicked(self) -> None:
        if not self.change_button.isEnabled():
            return
        old, problem = self.current.text(), self.fields.problem()
        if not old:
            problem = self.tr("Enter the current password.")
        if problem:
            say(self.message, problem)
            return
        new = self.fields.value()
        self.change_button.setEnabled(False)
        say(self.message, self.tr("Changing the password…"), error=False)
        kdf = self.kdf

        def change(store: Store) -> None:
            change_password(store, old_password=old, new_password=new, kdf=kdf)

        self.session.query(change, done=self._changed, failed=self._failed)

    def _changed(self, _value: object) -> None:
        self.change_button.setEnabled(True)
        self.changed.emit()
        self.accept()

    def _failed(self, failure: Failure) -> None:
        self.change_button.setEnabled(True)
        if isinstance(failure.exception, WrongPassword):
            say(self.message, self.tr("The current password is not correct. Nothing was changed."))
            self.current.selectAll()
            self.current.setFocus()
        else:
            say(
                self.message,
                self.tr("The password could not be changed: {0}").format(failure.message),
            )

    def _forget_typing(self, _result: int) -> None:
        self.current.clear()
        self.fields.clear()
