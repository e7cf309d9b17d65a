"""Global search as you type: names, aliases, case numbers and notes; results in a popup list."""

from app.domain.field_labels import entity_label
from app.domain.registry import case_work
from app.services import search as search_service
from ui import i18n, labels
from ui.context import Context
from ui.qt import Qt, QtCore, QtGui, QtWidgets
from ui.reference_labels import display_language

DEBOUNCE_MS = 60
LIMIT = 30


class SearchBox(QtWidgets.QLineEdit):
    def __init__(self, ctx: Context, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("search")
        self.setPlaceholderText(self.tr("Search names, case numbers, notes…  (Ctrl+K)"))
        self.setAccessibleName(self.tr("Search"))
        self.setClearButtonEnabled(True)
        self.results = QtWidgets.QListWidget()
        self.results.setWindowFlags(Qt.WindowType.ToolTip)
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.itemActivated.connect(self.on_results_item_activated)
        self.results.itemClicked.connect(self.on_results_item_activated)
        self._debounce = QtCore.QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self._run)
        self._asked = ""
        self.textEdited.connect(lambda _: self._debounce.start())
        self.returnPressed.connect(self._open_current)
        self.last_hits: list[search_service.SearchResult] = []

    def focus_search(self) -> None:
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.selectAll()

    def _run(self) -> None:
        text = self.text().strip()
        self._asked = text
        if len(text) < 2:
            self._show([])
            return
        self.ctx.session.query(
            lambda store: search_service.search(store, query=text, limit=LIMIT),
            done=lambda hits, asked=text: self._arrived(asked, hits),
        )

    def _arrived(self, asked: str, hits: list[search_service.SearchResult]) -> None:
        # Answers can overtake each other; only the newest question's answer is shown.
        if asked == self._asked:
            self._show(hits)

    def _show(self, hits: list[search_service.SearchResult]) -> None:
        self.last_hits = hits
        self.results.clear()
        if not hits:
            if len(self._asked) >= 2:
                item = QtWidgets.QListWidgetItem(self.tr("Nothing found"))
                item.setFlags(Qt.ItemFlag.NoItemFlags)
                self.results.addItem(item)
            else:
                self.results.hide()
                return
        for hit in hits:
            item = QtWidgets.QListWidgetItem(_text_of(hit))
            item.setData(Qt.ItemDataRole.UserRole, (hit.entity, hit.record_id))
            self.results.addItem(item)
        self.results.setCurrentRow(0)
        self._place_popup()
        self.results.show()

    def _place_popup(self) -> None:
        corner = self.mapToGlobal(QtCore.QPoint(0, self.height()))
        rows = min(self.results.count(), 12)
        self.results.setGeometry(corner.x(), corner.y(), self.width(), rows * 26 + 8)

    def keyPressEvent(self, event: QtGui.QKeyEvent) -> None:  # Qt override
        if self.results.isVisible() and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            step = 1 if event.key() == Qt.Key.Key_Down else -1
            row = max(0, min(self.results.count() - 1, self.results.currentRow() + step))
            self.results.setCurrentRow(row)
            return
        if event.key() == Qt.Key.Key_Escape:
            self.results.hide()
            self.clear()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QtGui.QFocusEvent) -> None:  # Qt override
        QtCore.QTimer.singleShot(150, self.results.hide)
        super().focusOutEvent(event)

    def _open_current(self) -> None:
        item = self.results.currentItem()
        if item is not None:
            self.on_results_item_activated(item)

    def on_results_item_activated(self, item: QtWidgets.QListWidgetItem) -> None:
        target = item.data(Qt.ItemDataRole.UserRole)
        if not target:
            return
        entity, record_id = target
        self.results.hide()
        if entity == "person":
            self.ctx.navigator.show_person(record_id)
        elif entity == "case":
            self.ctx.navigator.show_case(record_id)
        elif entity in case_work():  # consultations, applications, the return process…
            self.ctx.session.query(
                lambda store: _case_of(store, entity, record_id),
                done=self.ctx.navigator.show_case,
            )
        elif entity == "household":
            self.ctx.session.query(
                lambda store: _member_of(store, record_id),
                done=lambda person_id: person_id and self.ctx.navigator.show_person(person_id),
            )


def _text_of(hit: search_service.SearchResult) -> str:
    kinds = {
        "person": QtCore.QCoreApplication.translate("SearchBox", "Person"),
        "household": QtCore.QCoreApplication.translate("SearchBox", "Household"),
        "case": QtCore.QCoreApplication.translate("SearchBox", "Case"),
        "consultation": QtCore.QCoreApplication.translate("SearchBox", "Consultation"),
    }
    label, detail = hit.label, hit.detail
    if hit.entity == "case":
        detail = labels.label("status", detail)
    elif hit.entity == "person":
        detail = i18n.format_partial_date(detail)  # the birth date
    elif hit.entity == "consultation":
        label = i18n.format_partial_date(label)  # the day it was held
    # Kinds without a word of their own here take the domain's (German or English) name.
    kind = kinds.get(hit.entity) or entity_label(hit.entity, display_language())
    return f"{label}  ·  {detail}  ({kind})" if detail else f"{label}  ({kind})"


def _case_of(store: object, entity: str, record_id: str) -> str:
    from app.services.records import get

    return str(get(store, entity=entity, record_id=record_id, audit=False).case_id)  # type: ignore[arg-type, attr-defined]


def _member_of(store: object, household_id: str) -> str | None:
    from app.services.records import find

    members = find(store, entity="person", where={"household_id": household_id}, limit=1)  # type: ignore[arg-type]
    return members[0].id if members else None
