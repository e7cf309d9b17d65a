"""An amount in euros, typed in the locale's format and kept as whole cents."""

from ui.qt import QtCore, QtWidgets

# One step below zero stands for "no amount"; a real amount of 0.00 € stays possible.
_NONE = -0.01


class AmountEdit(QtWidgets.QDoubleSpinBox):
    def __init__(self, parent: QtWidgets.QWidget | None = None, *, maximum_cents: int) -> None:
        super().__init__(parent)
        self.setLocale(QtCore.QLocale())
        self.setDecimals(2)
        self.setRange(_NONE, maximum_cents / 100)
        self.setSingleStep(50.0)
        self.setSuffix(" €")
        self.setGroupSeparatorShown(True)
        self.setSpecialValueText(self.tr("no amount"))
        self.setValue(_NONE)

    def cents(self) -> int | None:
        value = self.value()
        if value < 0:
            return None
        return round(value * 100)

    def set_cents(self, cents: int | None) -> None:
        self.setValue(_NONE if cents is None else cents / 100)
