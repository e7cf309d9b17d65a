"""The card a full-window page shows in its middle (locked, sync required): one look for both.

The card keeps to a readable width and sits a little above the centre, as a dialog would;
its buttons stand in one row, the one that leads elsewhere on the left and the page's actions
on the right.
"""

from ui.qt import QtWidgets


def centred_card(
    page: QtWidgets.QWidget, title: str, max_width: int
) -> tuple[QtWidgets.QFrame, QtWidgets.QVBoxLayout]:
    """A card with its title in the middle of `page`; add the rest to the returned layout."""
    card = QtWidgets.QFrame(page)
    card.setObjectName("card")
    card.setMaximumWidth(max_width)
    inner = QtWidgets.QVBoxLayout(card)
    heading = QtWidgets.QLabel(title, card)
    heading.setObjectName("title")
    inner.addWidget(heading)
    outer = QtWidgets.QVBoxLayout(page)
    outer.addStretch(1)
    row = QtWidgets.QHBoxLayout()
    row.addStretch(1)
    row.addWidget(card, 3)
    row.addStretch(1)
    outer.addLayout(row)
    outer.addStretch(2)
    return card, inner


def button_row(left: QtWidgets.QWidget, *right: QtWidgets.QWidget) -> QtWidgets.QHBoxLayout:
    row = QtWidgets.QHBoxLayout()
    row.addWidget(left)
    row.addStretch(1)
    for button in right:
        row.addWidget(button)
    return row
