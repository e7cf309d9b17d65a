"""The unlock screen: password, a growing pause after repeated failures, and recovery with the recovery key."""

from collections.abc import Callable
from pathlib import Path

from app.errors import WrongPassword
from app.services.demo_hint import HINT_FILE, demo_password
from app.store.store import Store
from ui.password_field import NewPasswordFields
from ui.qt import Qt, QtCore, QtWidgets, Signal
from ui.tasks import Failure, Tasks
from ui.widgets.card import button_row, centred_card

# Free tries before the pause; the data is never locked out, only slowed down for a guesser.
FREE_TRIES = 3
MAX_PAUSE_S = 60


def pause_after(failures: int) -> int:
    """Seconds to wait after `failures` wrong passwords in a row: 0, 0, 0, 2, 4, 8 ... 60."""
    if failures < FREE_TRIES:
        return 0
    return int(min(MAX_PAUSE_S, 2 ** (failures - FREE_TRIES + 1)))


class UnlockPage(QtWidgets.QWidget):
    unlocked = Signal(object)  # Store

    def __init__(
        self,
        data_dir: Path,
        tasks: Tasks,
        *,
        opener: Callable[[Path, str], Store] = Store.unlock,
        parent: QtWidgets.QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("unlock")
        self.data_dir, self.tasks, self._opener = data_dir, tasks, opener
        self.failures = 0
        self._pause_left = 0
        self._pause = QtCore.QTimer(self)
        self._pause.setInterval(1000)
        self._pause.timeout.connect(self.on_pause_timeout)

        self.stack = QtWidgets.QStackedWidget(self)
        self.stack.addWidget(self._password_form())
        self.stack.addWidget(self._recovery_form())

        _card, inner = centred_card(self, self.tr("Fallakte is locked"), 460)
        inner.addWidget(self.stack)

    # -- forms ---------------------------------------------------------------------

    def _password_form(self) -> QtWidgets.QWidget:
        form = QtWidgets.QWidget(self)
        layout = QtWidgets.QVBoxLayout(form)
        label = QtWidgets.QLabel(self.tr("&Password"), form)
        self.password = QtWidgets.QLineEdit(form)
        self.password.setEchoMode(QtWidgets.QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        label.setBuddy(self.password)
        self.message = QtWidgets.QLabel(form)
        self.message.setObjectName("unlock_message")
        self.message.setWordWrap(True)
        self.unlock_button = QtWidgets.QPushButton(self.tr("&Unlock"), form)
        self.unlock_button.setDefault(True)
        self.forgot = QtWidgets.QPushButton(self.tr("&Forgot password?"), form)
        self.forgot.setFlat(True)
        buttons = button_row(self.forgot, self.unlock_button)
        # Only the demo store (make demo) has a hint file: its password is public.
        self.demo_hint = QtWidgets.QLabel(form)
        self.demo_hint.setObjectName("summary")
        self.demo_hint.setWordWrap(True)
        self.demo_hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.refresh_hint()
        for widget in (self.demo_hint, label, self.password, self.message):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        self.password.returnPressed.connect(self.on_unlock_button_clicked)
        self.unlock_button.clicked.connect(self.on_unlock_button_clicked)
        self.forgot.clicked.connect(lambda: self.stack.setCurrentIndex(1))
        return form

    def _recovery_form(self) -> QtWidgets.QWidget:
        form = QtWidgets.QWidget(self)
        layout = QtWidgets.QFormLayout(form)
        intro = QtWidgets.QLabel(
            self.tr(
                "Enter the recovery key you printed or saved when this device was set up, "
                "then choose a new password."
            ),
            form,
        )
        intro.setWordWrap(True)
        layout.addRow(intro)
        self.recovery_key = QtWidgets.QLineEdit(form)
        self.recovery_key.setAccessibleName(self.tr("Recovery key"))
        layout.addRow(self.tr("&Recovery key"), self.recovery_key)
        self.new_password = NewPasswordFields(form)
        self.new_password.add_to(layout)
        self.recovery_message = QtWidgets.QLabel(form)
        self.recovery_message.setObjectName("recovery_message")
        self.recovery_message.setWordWrap(True)
        layout.addRow(self.recovery_message)
        back = QtWidgets.QPushButton(self.tr("&Back"), form)
        self.recover_button = QtWidgets.QPushButton(self.tr("&Set new password and unlock"), form)
        layout.addRow(button_row(back, self.recover_button))
        back.clicked.connect(lambda: self.stack.setCurrentIndex(0))
        self.recover_button.clicked.connect(self.on_recover_button_clicked)
        return form

    def refresh_hint(self) -> None:
        """Read again at each lock: a password changed meanwhile removed the hint file."""
        hint = demo_password(self.data_dir)
        self.demo_hint.setVisible(hint is not None)
        self.demo_hint.setText(
            self.tr("Demo data: the password is {0}").format(hint) if hint is not None else ""
        )

    # -- unlocking ---------------------------------------------------------------------

    def focus_password(self) -> None:
        self.stack.setCurrentIndex(0)
        self.password.setFocus(Qt.FocusReason.OtherFocusReason)

    def on_unlock_button_clicked(self) -> None:
        secret = self.password.text()
        if not secret or self._pause_left or not self.unlock_button.isEnabled():
            return
        self._busy(True, self.tr("Unlocking…"))
        opener, data_dir = self._opener, self.data_dir
        self.tasks.run(lambda: opener(data_dir, secret), done=self._opened, failed=self._failed)

    def _opened(self, store: Store) -> None:
        self.failures = 0
        self.password.clear()
        self._busy(False, "")
        self.unlocked.emit(store)

    def _failed(self, failure: Failure) -> None:
        self._busy(False, "")
        self.password.selectAll()
        self.password.setFocus()
        if isinstance(failure.exception, WrongPassword):
            self.failures += 1
            say(self.message, self.tr("The password is not correct. Nothing was changed."))
            self._start_pause(pause_after(self.failures))
        else:
            say(self.message, failure.message)

    def _start_pause(self, seconds: int) -> None:
        if seconds <= 0:
            return
        self._pause_left = seconds
        self.unlock_button.setEnabled(False)
        self._show_pause()
        self._pause.start()

    def on_pause_timeout(self) -> None:
        self._pause_left -= 1
        if self._pause_left <= 0:
            self._pause.stop()
            self._pause_left = 0
            self.unlock_button.setEnabled(True)
            say(self.message, self.tr("The password is not correct. You can try again now."))
        else:
            self._show_pause()

    def _show_pause(self) -> None:
        say(
            self.message,
            self.tr(
                "The password is not correct. Please wait %n second(s) before the next try.",
                "",
                self._pause_left,
            ),
        )

    def on_recover_button_clicked(self) -> None:
        problem = self.new_password.problem()
        if problem:
            say(self.recovery_message, problem)
            return
        key, secret, data_dir = (
            self.recovery_key.text().strip(),
            self.new_password.value(),
            self.data_dir,
        )
        self.recover_button.setEnabled(False)
        say(self.recovery_message, self.tr("Checking the recovery key…"), error=False)
        self.tasks.run(
            lambda: Store.recover(data_dir, key, secret),
            done=self._recovered,
            failed=self._recovery_failed,
        )

    def _recovered(self, store: Store) -> None:
        # A new password: the demo hint, if there was one, no longer says the truth.
        (self.data_dir / HINT_FILE).unlink(missing_ok=True)
        self.demo_hint.hide()
        self.recover_button.setEnabled(True)
        self.recovery_key.clear()
        self.new_password.clear()
        self.recovery_message.clear()
        self.stack.setCurrentIndex(0)
        self.unlocked.emit(store)

    def _recovery_failed(self, failure: Failure) -> None:
        self.recover_button.setEnabled(True)
        if isinstance(failure.exception, WrongPassword):
            say(
                self.recovery_message,
                self.tr("The recovery key is not correct. Nothing was changed."),
            )
        else:
            say(self.recovery_message, failure.message)

    def _busy(self, busy: bool, text: str) -> None:
        self.unlock_button.setEnabled(not busy and not self._pause_left)
        self.password.setEnabled(not busy)
        if text:
            say(self.message, text, error=False)  # progress, not a problem: not in red
        elif not busy:
            self.message.clear()


def say(label: QtWidgets.QLabel, text: str, *, error: bool = True) -> None:
    """A message under the password: red for a problem, plain for progress ("Unlocking…"
    once came up in red, as if something had gone wrong)."""
    label.setProperty("role", "error" if error else "progress")
    label.style().unpolish(label)
    label.style().polish(label)
    label.setText(text)
