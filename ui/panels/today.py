"""Today: follow-ups due and overdue, recently changed cases, unsynced changes, drafts to finish,
and the return process's lists (today_returns.py).

A follow-up in the two lists is marked done right here: Space or Ctrl+D, Ctrl+Shift+D with an
outcome note, Ctrl+Z (or the undo bar) takes it back.
"""

import re
from collections.abc import Callable
from datetime import date

from app.domain.casework import FollowUp
from app.services import drafts as draft_service
from app.services.returns.today import returns_today
from app.services.today import AgendaItem, TodayView, today
from ui import i18n, labels
from ui.colleagues import colleagues_of
from ui.drafts import DraftData
from ui.follow_up_actions import FollowUpActions
from ui.panels.base import Panel
from ui.panels.today_list import ROLE_TARGET, TodayList
from ui.panels.today_returns import ReturnFeeds
from ui.qt import Qt, QtGui, QtWidgets
from ui.widgets.fields import localized
from ui.widgets.undo_bar import UndoBar

ROLE_FOLLOW_UP = Qt.ItemDataRole.UserRole + 1  # the follow-up's id, on its row


# What a follow-up row needs to read whole, in average characters: date, a task title of
# about 30 characters, case number, household, and the list's frame (measured: 600 px at 9 pt).
LIST_CHARS = 100


class TodayPanel(Panel):
    name = "today"
    watches = frozenset(
        {
            "follow_up",
            "case",
            "consultation",
            "person",
            "household",
            "draft",
            "conflict",
            "document_check",
            "departure",
            "information_request",
            "reintegration_follow_up",
        }
    )

    def __init__(self, ctx, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(ctx, parent)
        self.view: TodayView | None = None
        self.clock: Callable[[], date] = date.today  # which day is today (tests set one)
        self._follow_ups: dict[str, FollowUp] = {}
        self.colleagues = colleagues_of(ctx.session)
        self.colleagues.changed.connect(self._greet)
        self.heading = QtWidgets.QLabel(self)
        self.heading.setObjectName("title")
        self.summary = QtWidgets.QLabel(self)
        self.summary.setObjectName("summary")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.linkActivated.connect(self.on_summary_link_activated)

        follow_up_columns = (self.tr("Due"), self.tr("Task"), self.tr("Case"), self.tr("Who"))
        self.overdue = TodayList(self.tr("Overdue follow-ups"), follow_up_columns, self)
        self.due = TodayList(self.tr("Follow-ups in the next 7 days"), follow_up_columns, self)
        self.recent = TodayList(
            self.tr("Recently changed cases"),
            (self.tr("Case"), self.tr("Who"), self.tr("Status")),
            self,
        )
        self.drafts = TodayList(
            self.tr("Unfinished forms (drafts)"), (self.tr("Form"), self.tr("Saved")), self
        )
        for widget in (self.overdue, self.due, self.recent, self.drafts):
            widget.itemActivated.connect(self.on_list_item_activated)
        self.returns = ReturnFeeds(self)
        self.returns.activated.connect(self.on_list_item_activated)
        self.undo_bar = UndoBar(self)
        self.actions = FollowUpActions(ctx, self, self.undo_bar)
        self.actions.failed.connect(self.on_action_failed)
        for widget in (self.overdue, self.due):
            space = QtGui.QShortcut(QtGui.QKeySequence("Space"), widget)
            space.setContext(Qt.ShortcutContext.WidgetShortcut)
            space.activated.connect(self.on_done_requested)
        for keys, slot in (
            ("Ctrl+D", self.on_done_requested),
            ("Ctrl+Shift+D", self.on_note_requested),
        ):
            shortcut = QtGui.QShortcut(QtGui.QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

        # In the order a counsellor reads them: what is late, what comes, then the rest.
        self.boxes = [
            self._boxed(self.tr("&Overdue"), self.overdue),
            self._boxed(self.tr("&Due soon"), self.due),
            self._boxed(self.tr("&Recent cases"), self.recent),
            self._boxed(self.tr("Dra&fts"), self.drafts),
            *self.returns.boxes.values(),
        ]
        self.grid = QtWidgets.QGridLayout()
        self.columns = 0
        self._flow(2)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.undo_bar)
        # At 1366x768 eight lists do not fit with room for their rows: the lists scroll as a
        # page, never sideways, and the list a key (Alt+letter, Tab) moves to comes into view.
        body = QtWidgets.QWidget(self)
        body.setLayout(self.grid)
        self.page = QtWidgets.QScrollArea(self)
        self.page.setWidgetResizable(True)
        self.page.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
        self.page.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.page.setWidget(body)
        layout.addWidget(self.page, 1)
        app = QtWidgets.QApplication.instance()
        if isinstance(app, QtWidgets.QApplication):
            app.focusChanged.connect(self._show_focused)

    def title(self) -> str:
        return self.tr("Today")

    def _flow(self, columns: int) -> None:
        """The lists side by side in `columns` columns, in reading order."""
        if columns == self.columns:
            return
        self.columns = columns
        for box in self.boxes:
            self.grid.removeWidget(box)
        for index, box in enumerate(self.boxes):
            self.grid.addWidget(box, index // columns, index % columns)

    def resizeEvent(self, event: QtGui.QResizeEvent) -> None:  # Qt override
        # Two lists side by side only where each keeps room for a task title, a case number
        # and a name; on a laptop screen (or at 150 %) they stack and Today scrolls, rather
        # than cutting every task to its first word.
        wide = 2 * LIST_CHARS * self.fontMetrics().averageCharWidth()
        self._flow(2 if self.width() >= wide else 1)
        super().resizeEvent(event)

    def _show_focused(self, _old: QtWidgets.QWidget | None, new: QtWidgets.QWidget | None) -> None:
        try:
            body = self.page.widget()
        except RuntimeError:  # this panel is gone; Qt still delivers to the slot once
            return
        if new is not None and body is not None and body.isAncestorOf(new):
            box = new.parentWidget() or new
            self.page.ensureWidgetVisible(box, 0, 0)

    def _boxed(self, title: str, widget: QtWidgets.QWidget) -> QtWidgets.QWidget:
        # The box's own title carries the mnemonic: Alt+letter moves into its list. (A hidden
        # buddy label never fired: Qt ignores the shortcuts of hidden widgets.)
        box = QtWidgets.QGroupBox(title, self)
        inner = QtWidgets.QVBoxLayout(box)
        inner.addWidget(widget)
        return box

    # -- loading ---------------------------------------------------------------------

    def reload(self) -> None:
        on = self.clock()
        actor = self.ctx.session.actor
        self.ctx.session.query(
            lambda store: today(store, assignee=actor, on=on), done=self.show_view
        )
        self.ctx.session.query(
            lambda store: returns_today(store, on=on), done=self.returns.show_view
        )
        self.ctx.session.query(draft_service.drafts, done=self.show_drafts)

    def _greet(self) -> None:
        if self.view is None:
            return
        # The display name from the team directory once it is here; the login name before.
        self.heading.setText(
            self.tr("Good to see you, {0}. Today is {1}.").format(
                spoken_name(self.colleagues.my_name()), i18n.format_date(self.view.on, long=True)
            )
        )

    def show_view(self, view: TodayView) -> None:
        self.view = view
        self._greet()
        parts = [
            self.tr("%n overdue", "", view.overdue_total),
            self.tr("%n due this week", "", view.due_total),
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
        self._follow_ups = {i.follow_up.id: i.follow_up for i in (*view.overdue, *view.due)}
        self._fill_agenda(self.overdue, view.overdue, view.overdue_total, overdue=True)
        self._fill_agenda(self.due, view.due, view.due_total, overdue=False)
        self.recent.clear()
        for row in view.recent_cases:
            who = row.main_contact_name or row.household_label or ""
            self.recent.add(
                (row.reference, who, labels.label("status", row.status)), ("case", row.id)
            )
        if not view.recent_cases:
            self.recent.empty(self.tr("No cases yet"))
        self.recent.fit_columns()
        self.loaded.emit()

    def _fill_agenda(
        self, widget: "TodayList", items: list[AgendaItem], total: int, *, overdue: bool
    ) -> None:
        current = widget.currentItem()
        row = widget.indexOfTopLevelItem(current) if current is not None else -1
        widget.clear()
        for item in items:
            follow_up = item.follow_up
            columns = (
                i18n.format_date(follow_up.due_on),
                follow_up.title,
                item.case_reference,
                item.household_label or "",
            )
            entry = widget.add(columns, ("case", follow_up.case_id))
            entry.setData(0, ROLE_FOLLOW_UP, follow_up.id)
            if overdue:
                for column in range(len(columns)):
                    entry.setForeground(column, QtGui.QBrush(QtGui.QColor("#b3261e")))
        if total > len(items):
            widget.more(
                self.tr("… %n more under Follow-ups (Alt+4)", "", total - len(items)),
                ("panel", "follow_ups"),
            )
        if not items:
            widget.empty(self.tr("Nothing overdue") if overdue else self.tr("Nothing due"))
        elif row >= 0:  # after "done" the next one takes the place of the finished one
            widget.setCurrentItem(widget.item(min(row, len(items) - 1)))
        widget.fit_columns()

    def show_drafts(self, drafts: list[draft_service.Draft]) -> None:
        self.drafts.clear()
        for d in drafts:
            self.drafts.add((d.title or d.form, i18n.format_datetime(d.saved_at)), ("draft", d))
        if not drafts:
            self.drafts.empty(self.tr("No unfinished forms"))
        self.drafts.fit_columns()

    # -- actions -----------------------------------------------------------------------

    def on_list_item_activated(self, item: QtWidgets.QTreeWidgetItem, _column: int = 0) -> None:
        target = item.data(0, ROLE_TARGET)
        if not target:
            return
        kind, value = target
        if kind == "case":
            self.ctx.navigator.show_case(value)
        elif kind == "draft":
            self.ctx.navigator.restore_editor(DraftData.of(value))
        elif kind == "panel":
            self.ctx.navigator.show_panel(value)

    def current_follow_up(self) -> FollowUp | None:
        """The follow-up of the list that has the focus (else the overdue one's current row)."""
        lists = [w for w in (self.overdue, self.due) if w.hasFocus()] or [self.overdue]
        item = lists[0].currentItem()
        if item is None:
            return None
        return self._follow_ups.get(item.data(0, ROLE_FOLLOW_UP) or "")

    def on_done_requested(self) -> None:
        follow_up = self.current_follow_up()
        if follow_up is not None:
            self.actions.mark_done(follow_up)

    def on_note_requested(self) -> None:
        follow_up = self.current_follow_up()
        if follow_up is not None:
            self.actions.ask_outcome(follow_up)

    def on_action_failed(self, failure: object) -> None:
        message = getattr(failure, "message", "")
        bug = getattr(failure, "is_bug", True)
        self.undo_bar.inform(
            self.tr("The follow-up could not be changed: {0}").format(
                self.tr("internal error") if bug else localized(message)
            )
        )

    def on_summary_link_activated(self, link: str) -> None:
        self.ctx.navigator.show_panel(link)


def spoken_name(actor: str) -> str:
    """The user as a person is addressed: "anna.schmidt" is greeted as "Anna Schmidt".

    For a device that knows only the login name (not enrolled, or no team directory yet); a
    display name from the directory ("Anna Schmidt") stays as it is.
    """
    parts = [p for p in re.split(r"[._]+", actor.strip()) if p]
    login_like = actor == actor.lower() and all(p.replace("-", "").isalpha() for p in parts)
    if not parts or not login_like:
        return actor
    return " ".join("-".join(w[:1].upper() + w[1:] for w in p.split("-")) for p in parts)
