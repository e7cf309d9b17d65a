"""The Return section's departure: what is planned, whether it happened, and the two ways in."""

from app.domain.returns.travel import Departure
from ui import return_labels
from ui.i18n import format_date
from ui.qt import Qt, QtWidgets, Signal


class ReturnDeparture(QtWidgets.QWidget):
    edit_requested = Signal()
    confirm_requested = Signal()

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.values: dict[str, QtWidgets.QLabel] = {}
        form = QtWidgets.QFormLayout()
        for key, text in (
            ("planned_on", self.tr("Planned:")),
            ("mode", self.tr("Travel mode:")),
            ("booking_reference", self.tr("Booking reference:")),
            ("departure_point", self.tr("Airport or border crossing:")),
            ("escort", self.tr("Escort:")),
            ("outcome", self.tr("Outcome:")),
        ):
            value = QtWidgets.QLabel(self)
            value.setObjectName(f"departure_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[key] = value
            form.addRow(text, value)
        self.edit_button = QtWidgets.QPushButton(self.tr("&Booking and plan…"), self)
        self.confirm_button = QtWidgets.QPushButton(self.tr("Con&firm departure…"), self)
        self.confirm_button.setToolTip(
            self.tr("Record that they left, or that they did not depart and why")
        )
        self.edit_button.clicked.connect(self.edit_requested)
        self.confirm_button.clicked.connect(self.confirm_requested)
        row = QtWidgets.QHBoxLayout()
        row.addWidget(self.edit_button)
        row.addWidget(self.confirm_button)
        row.addStretch(1)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addStretch(1)

    def fill(self, departure: Departure | None) -> None:
        d = departure
        texts = {
            "planned_on": format_date(d.planned_on) if d else "",
            "mode": return_labels.label(d.mode) if d else "",
            "booking_reference": (d.booking_reference or "") if d else "",
            "departure_point": (d.departure_point or "") if d else "",
            "escort": return_labels.label(d.escort) if d else "",
            "outcome": self.outcome(d),
        }
        for key, text in texts.items():
            self.values[key].setText(text)

    def outcome(self, departure: Departure | None) -> str:
        if departure is None:
            return self.tr("no departure planned yet")
        if departure.confirmed_on is not None:
            how = return_labels.label(departure.confirmed_how)
            when = format_date(departure.confirmed_on)
            if not how:
                return self.tr("departed on {0}").format(when)
            return self.tr("departed on {0} ({1})").format(when, how)
        if departure.not_departed_reason is not None:
            return self.tr("did not depart: {0}").format(
                return_labels.label(departure.not_departed_reason)
            )
        return self.tr("not yet departed")
