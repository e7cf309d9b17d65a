"""Preferences: language, auto-lock after idle minutes, background sync interval; the password."""

from collections.abc import Callable

from ui.qt import QtWidgets
from ui.settings import DesktopSettings


class SettingsDialog(QtWidgets.QDialog):
    def __init__(
        self,
        settings: DesktopSettings,
        parent: QtWidgets.QWidget | None = None,
        *,
        change_password: Callable[[QtWidgets.QWidget], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        form = QtWidgets.QFormLayout(self)
        self.language = QtWidgets.QComboBox(self)
        self.language.addItem("Deutsch", "de")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.language.setAccessibleName(self.tr("Language"))
        form.addRow(self.tr("&Language"), self.language)
        self.idle = QtWidgets.QSpinBox(self)
        self.idle.setRange(1, 240)
        self.idle.setValue(settings.idle_lock_minutes)
        self.idle.setSuffix(self.tr(" min"))
        self.idle.setAccessibleName(self.tr("Lock after minutes without input"))
        form.addRow(self.tr("Lock after &inactivity"), self.idle)
        self.interval = QtWidgets.QSpinBox(self)
        self.interval.setRange(1, 1440)
        self.interval.setValue(max(1, settings.sync_interval_seconds // 60))
        self.interval.setSuffix(self.tr(" min"))
        self.interval.setAccessibleName(self.tr("Synchronise every minutes"))
        form.addRow(self.tr("&Synchronise every"), self.interval)
        self.password_button = QtWidgets.QPushButton(self.tr("Change &password…"), self)
        self.password_button.setAutoDefault(False)
        self.password_button.setEnabled(change_password is not None)
        if change_password is not None:
            self.password_button.clicked.connect(lambda: change_password(self))
        else:
            self.password_button.setToolTip(self.tr("Unlock first: the password guards the data"))
        form.addRow(self.tr("Password"), self.password_button)
        buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Ok
            | QtWidgets.QDialogButtonBox.StandardButton.Cancel,
            self,
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def chosen(self) -> tuple[str, int, int]:
        """(language, idle minutes, sync interval seconds) as the user set them."""
        return str(self.language.currentData()), self.idle.value(), self.interval.value() * 60
