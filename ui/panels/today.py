"""Today: follow-ups due and overdue, recently changed cases, unsynced changes, drafts to finish."""

import re
from datetime import date

from app.services import drafts as draft_service
from app.services.today import AgendaItem, TodayView, today
from ui import i18n, labels
from ui.drafts import DraftData
from ui.panels.base import Panel
from ui.qt import Qt, QtGui, QtWidgets

ROLE_TARGET = Qt.ItemDataRole.UserRole


class TodayPanel(Panel):
    name = "today"
    watches = frozenset(
        {"follow_up", "case", "consultation", "person", "household", "draft", "conflict"}
    )

    def __init__(self, ctx, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx, parent)
        self.view: TodayView | None = None
        self.heading = QtWidgets.QLabel(self)
        self.heading.setObjectName("title")
        self.summary = QtWidgets.QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.linkActivated.connect(self.on_summary_link_activated)

        self.overdue = self._list(self.tr("Overdue follow-ups"))
        self.due = self._list(self.tr("Follow-ups in the next 7 days"))
        self.recent = self._list(self.tr("Recently changed cases"))
        self.drafts = self._list(self.tr("Unfinished forms (drafts)"))
        for widget in (self.overdue, self.due, self.recent, self.drafts):
            widget.itemActivated.connect(self.on_list_item_activated)

        grid = QtWidgets.QGridLayout()
        grid.addWidget(self._boxed(self.tr("&Overdue"), self.overdue), 0, 0)
        grid.addWidget(self._boxed(self.tr("&Due soon"), self.due), 0, 1)
        grid.addWidget(self._boxed(self.tr("&Recent cases"), self.recent), 1, 0)
        grid.addWidget(self._boxed(self.tr("Dra&fts"), self.drafts), 1, 1)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addLayout(grid, 1)

    def title(self) -> str:
        return self.tr("Today")

    def _list(self, name: str) -> QtWidgets.QListWidget:
        widget = QtWidgets.QListWidget(self)
        widget.setAccessibleName(name)
        widget.setUniformItemSizes(True)
        # Long titles end in "…" (full text in the tooltip) instead of a sideways scroll bar.
        widget.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        widget.setWordWrap(False)
        return widget

    def _boxed(self, title: str, widget: QtWidgets.QWidget) -> QtWidgets.QWidget:
        box = QtWidgets.QGroupBox(title.replace("&", ""), self)
        label = QtWidgets.QLabel(title, box)
        label.setBuddy(widget)
        label.hide()  # the mnemonic works through the hidden buddy label
        inner = QtWidgets.QVBoxLayout(box)
        inner.addWidget(widget)
        return box

    # -- loading ---------------------------------------------------------------------

    def reload(self) -> None:
        on = date.today()
        actor = self.ctx.session.actor
        self.ctx.session.query(
            lambda store: today(store, assignee=actor, on=on), done=self.show_view
        )
        self.ctx.session.query(draft_service.drafts, done=self.show_drafts)

    def show_view(self, view: TodayView) -> None:
        self.view = view
        self.heading.setText(
            self.tr("Good to see you, {0}. Today is {1}.").format(
                spoken_name(self.ctx.session.actor), i18n.format_date(view.on, long=True)
            )
        )
        parts = [
            self.tr("%n overdue", "", len(view.overdue)),
            self.tr("%n due this week", "", len(view.due)),
            '<a href="sync">'
            + self.tr("%n unsynced change(s)", "", view.unsynced_changes)
            + "</a>",
        ]
        if view.open_conflicts:
            parts.append(
                '<a href="conflicts">'
                + self.tr("%n conflict(s) to review", "", view.open_conflicts)
                + "</a>"
            )
        self.summary.setText(" · ".join(parts))
        self._fill_agenda(self.overdue, view.overdue, overdue=True)
        self._fill_agenda(self.due, view.due, overdue=False)
        self.recent.clear()
        for row in view.recent_cases:
            who = row.main_contact_name or row.household_label or ""
            text = f"{row.reference} · {who} · {labels.label('status', row.status)}"
            self._add(self.recent, text, ("case", row.id))
        if not view.recent_cases:
            self._empty(self.recent, self.tr("No cases yet"))
        self.loaded.emit()

    def _fill_agenda(
        self, widget: QtWidgets.QListWidget, items: list[AgendaItem], *, overdue: bool
    ) -> None:
        widget.clear()
        for item in items:
            follow_up = item.follow_up
            due = i18n.format_date(follow_up.due_on)
            text = (
                f"{due}  {follow_up.title} — {item.case_reference} ({item.household_label or ''})"
            )
            entry = self._add(widget, text, ("case", follow_up.case_id))
            if overdue:
                entry.setForeground(QtGui.QBrush(QtGui.QColor("#b3261e")))
        if not items:
            self._empty(widget, self.tr("Nothing overdue") if overdue else self.tr("Nothing due"))

    def show_drafts(self, drafts: list[draft_service.Draft]) -> None:
        self.drafts.clear()
        for d in drafts:
            text = f"{d.title or d.form} — {i18n.format_datetime(d.saved_at)}"
            self._add(self.drafts, text, ("draft", d))
        if not drafts:
            self._empty(self.drafts, self.tr("No unfinished forms"))

    def _add(
        self, widget: QtWidgets.QListWidget, text: str, target: object
    ) -> QtWidgets.QListWidgetItem:
        entry = QtWidgets.QListWidgetItem(text)
        entry.setToolTip(text)
        entry.setData(ROLE_TARGET, target)
        widget.addItem(entry)
        return entry

    def _empty(self, widget: QtWidgets.QListWidget, text: str) -> None:
        entry = QtWidgets.QListWidgetItem(text)
        entry.setFlags(Qt.ItemFlag.NoItemFlags)
        widget.addItem(entry)

    # -- actions -----------------------------------------------------------------------

    def on_list_item_activated(self, item: QtWidgets.QListWidgetItem) -> None:
        target = item.data(ROLE_TARGET)
        if not target:
            return
        kind, value = target
        if kind == "case":
            self.ctx.navigator.show_case(value)
        elif kind == "draft":
            self.ctx.navigator.restore_editor(DraftData.of(value))

    def on_summary_link_activated(self, link: str) -> None:
        self.ctx.navigator.show_panel(link)


def spoken_name(actor: str) -> str:
    """The user as a person is addressed: "anna.schmidt" is greeted as "Anna Schmidt".

    The login name is all a device knows of its user (a team directory with display names is
    a later step of issue 15); a name that is no login name ("Anna Schmidt") stays as it is.
    """
    parts = [p for p in re.split(r"[._]+", actor.strip()) if p]
    login_like = actor == actor.lower() and all(p.replace("-", "").isalpha() for p in parts)
    if not parts or not login_like:
        return actor
    return " ".join("-".join(w[:1].upper() + w[1:] for w in p.split("-")) for p in parts)
