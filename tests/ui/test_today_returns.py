"""Today's return lists over a real store, with an injected "today": exactly the items of the
next 14 days (or overdue), none outside, each opening its case from the keyboard."""

from datetime import date, timedelta

from app.services import records
from app.services.returns.checklist import document_check_id, generate_checklist
from app.services.returns.departures import set_departure
from tests.app.services.return_family import family
from tests.ui.conftest import open_today, settle
from ui.panels.today import TodayPanel
from ui.qt import Qt, QtWidgets

TODAY = date(2025, 3, 10)


def _texts(widget) -> list[str]:
    return [widget.item(row).text() for row in range(widget.count())]


def _open_panel(qtbot, ctx, tasks) -> TodayPanel:
    return open_today(qtbot, ctx, tasks, size=(1200, 900), clock=lambda: TODAY)


def _document(store, f, person: str, valid_until: date) -> None:
    records.update(
        store,
        entity="document_check",
        record_id=document_check_id(f.application, "travel_document", person),
        patch={"status": "present", "valid_until": valid_until},
    )


def _request(store, case_id: str, due: date, **more) -> str:
    data = {
        "case_id": case_id,
        "topic": "medical_treatment",
        "country": "AFG",
        "asked_on": date(2025, 1, 5),
        "answer_due_on": due,
        **more,
    }
    return records.create(store, entity="information_request", data=data).id


def _contact(store, case_id: str, due: date, **more) -> str:
    data = {"case_id": case_id, "due_on": due, **more}
    return records.create(store, entity="reintegration_follow_up", data=data).id


def test_today_shows_exactly_the_return_items_of_the_next_14_days(
    qtbot, ctx, tasks, store, navigator
) -> None:
    f = family(store)
    set_departure(
        store, application_id=f.application, values={"planned_on": TODAY + timedelta(days=9)}
    )
    generate_checklist(store, application_id=f.application)
    _document(store, f, f.omar, TODAY + timedelta(days=14))  # the last day inside
    _document(store, f, f.lina, TODAY + timedelta(days=15))  # one day too far
    _document(store, f, f.samira, TODAY + timedelta(days=2))
    _request(store, f.case, TODAY - timedelta(days=1))
    _request(store, f.case, TODAY)  # due today: not overdue yet
    _request(store, f.case, TODAY - timedelta(days=5), answered_on=date(2025, 3, 1))
    _contact(store, f.case, TODAY - timedelta(days=3))
    _contact(store, f.case, TODAY + timedelta(days=14), mode="visit", by="partner")
    _contact(store, f.case, TODAY + timedelta(days=15))
    _contact(store, f.case, TODAY - timedelta(days=7), held_on=TODAY - timedelta(days=6))
    reference = records.get(store, entity="case", record_id=f.case, audit=False).reference

    panel = _open_panel(qtbot, ctx, tasks)
    feeds = panel.returns

    passport = "Travel document (passport or substitute)"
    who = records.get(store, entity="household", record_id=f.household, audit=False).label
    assert _texts(feeds.documents) == [
        f"{i18n_date(TODAY + timedelta(days=2))}  {passport}  {reference}  {who}",
        f"{i18n_date(TODAY + timedelta(days=14))}  {passport}  {reference}  {who}",
    ]
    assert feeds.boxes[feeds.documents].title().endswith("(2)")
    # Whom a departure concerns, then the case.
    assert [t.split("  ")[1:] for t in _texts(feeds.departures)] == [[who, reference]]
    assert len(_texts(feeds.requests)) == 1 and "medical treatment" in _texts(feeds.requests)[0]
    assert (
        feeds.boxes[feeds.requests].title().replace("&", "") == "Information requests overdue (1)"
    )
    contacts = _texts(feeds.contacts)
    assert len(contacts) == 2 and "visit" in contacts[1] and "partner" in contacts[1]
    assert feeds.boxes[feeds.contacts].title().endswith("(2)")

    # Enter on a row opens its case, as on the follow-up lists.
    for widget in feeds.lists():
        navigator.calls.clear()
        widget.setFocus()
        widget.setCurrentItem(widget.item(0))
        qtbot.keyClick(widget, Qt.Key.Key_Return)
        assert navigator.calls == [("case", f.case)]
    assert feeds.requests.item(0).text(0) == i18n_date(TODAY - timedelta(days=1))


def i18n_date(day: date) -> str:
    from ui import i18n

    return i18n.format_date(day)


def test_empty_return_lists_say_so_and_count_nothing(qtbot, ctx, tasks, store) -> None:
    family(store)
    panel = _open_panel(qtbot, ctx, tasks)
    feeds = panel.returns
    assert _texts(feeds.documents) == ["No document expires soon"]
    assert _texts(feeds.departures) == ["No departure planned"]
    assert _texts(feeds.requests) == ["No request overdue"]
    assert _texts(feeds.contacts) == ["No contact due"]
    assert feeds.boxes[feeds.departures].title().replace("&", "") == "Departures (0)"
    navigator_calls = list(ctx.navigator.calls)
    panel.on_list_item_activated(feeds.requests.item(0))  # the empty line opens nothing
    assert ctx.navigator.calls == navigator_calls


def test_the_case_number_is_never_cut_in_the_return_lists(qtbot, ctx, tasks, store) -> None:
    f = family(store)
    set_departure(
        store, application_id=f.application, values={"planned_on": TODAY + timedelta(days=3)}
    )
    generate_checklist(store, application_id=f.application)
    _document(store, f, f.omar, TODAY + timedelta(days=4))
    panel = _open_panel(qtbot, ctx, tasks)
    panel.resize(900, 700)
    qtbot.waitUntil(lambda: panel.width() == 900)
    for widget, column in ((panel.returns.documents, 2), (panel.returns.departures, 2)):
        widget.fit_columns()
        text = widget.item(0).text(column)
        needed = widget.fontMetrics().horizontalAdvance(text)
        assert widget.header().sectionSize(column) >= needed, (text, widget.accessibleName())


def test_the_return_lists_speak_german(qtbot, ctx, tasks, store) -> None:
    from ui import i18n
    from ui.qt import QtCore

    f = family(store)
    _request(store, f.case, TODAY - timedelta(days=1))
    i18n.install("de")
    QtCore.QLocale.setDefault(i18n.locale_for("de"))
    panel = _open_panel(qtbot, ctx, tasks)
    feeds = panel.returns
    assert (
        feeds.boxes[feeds.requests].title().replace("&", "")
        == "Überfällige Informationsanfragen (1)"
    )
    assert feeds.requests.item(0).text(1) == "medizinische Behandlung und Medikamente"
    assert feeds.requests.item(0).text(3) == "Afghanistan"
    assert feeds.requests.item(0).text(0) == "09.03.2025"
    assert _texts(feeds.contacts) == ["Kein Kontakt fällig"]
    assert feeds.boxes[feeds.documents].title().replace("&", "") == "Ablaufende Dokumente (0)"


def test_on_a_laptop_screen_every_list_keeps_its_rows_and_the_chosen_list_comes_into_view(
    qtbot, ctx, tasks, store, navigator
) -> None:
    """At 1366x768 eight lists squeezed to two rows each; now Today scrolls as a page and
    Alt+letter brings the list it moves to into view."""
    f = family(store)
    for days in range(1, 9):
        _request(store, f.case, TODAY - timedelta(days=days))
    panel = TodayPanel(ctx)
    panel.clock = lambda: TODAY
    qtbot.addWidget(panel)
    panel.resize(1366 - 250, 768 - 140)  # the workspace beside the sidebar, under the menu
    panel.show()
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.activate()
    settle(qtbot, tasks)

    row = panel.returns.requests.visualItemRect(panel.returns.requests.item(0)).height()
    for widget in (panel.overdue, panel.due, panel.recent, *panel.returns.lists()):
        # A list with entries keeps room for several; an empty one its one line, whole.
        empty = widget.item(0).flags() == Qt.ItemFlag.NoItemFlags
        assert widget.viewport().height() >= (1 if empty else 3) * row, widget.accessibleName()
    assert panel.returns.requests.viewport().height() >= 3 * row
    assert panel.overdue.maximumHeight() < 6 * row  # nothing overdue: one line, not four
    requests = panel.returns.requests
    assert panel.page.verticalScrollBar().value() == 0
    panel.activateWindow()
    qtbot.waitActive(panel)
    # Every list's Alt+letter moves into it (the old hidden buddy labels never fired).
    for key, target in (
        (Qt.Key.Key_D, panel.due),
        (Qt.Key.Key_R, panel.recent),
        (Qt.Key.Key_F, panel.drafts),
        (Qt.Key.Key_X, panel.returns.documents),
        (Qt.Key.Key_A, panel.returns.departures),
        (Qt.Key.Key_T, panel.returns.contacts),
        (Qt.Key.Key_O, panel.overdue),
        (Qt.Key.Key_Q, requests),
    ):
        qtbot.keyClick(
            QtWidgets.QApplication.focusWidget() or panel, key, Qt.KeyboardModifier.AltModifier
        )
        qtbot.waitUntil(target.hasFocus, timeout=2_000)
    top_left = requests.mapTo(panel.page.viewport(), requests.rect().topLeft())
    bottom = top_left.y() + requests.height()
    assert top_left.y() >= 0 and bottom <= panel.page.viewport().height()


def test_on_a_narrow_screen_the_lists_stack_so_a_task_title_reads_whole(
    qtbot, ctx, tasks, store
) -> None:
    """At 1366x768 (and at 150 %) two lists side by side cut every task to its first word
    ("Reisepass ..."); there they stack in one column, on a wide screen they stand in two."""
    f = family(store)
    title = "Reisepass beim Konsulat beantragen"
    records.create(
        store,
        entity="follow_up",
        data={
            "case_id": f.case,
            "title": title,
            "due_on": TODAY - timedelta(days=2),
            "assignee": ctx.session.actor,
        },
    )
    panel = TodayPanel(ctx)
    panel.clock = lambda: TODAY
    qtbot.addWidget(panel)
    panel.resize(1366 - 250, 768 - 140)
    panel.show()
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        panel.activate()
    settle(qtbot, tasks)
    assert panel.columns == 1
    column = panel.overdue.header()
    panel.overdue.fit_columns()
    needed = panel.overdue.fontMetrics().horizontalAdvance(title)
    assert column.sectionSize(1) >= needed
    # Every list is still reachable, in reading order: overdue first, the return lists last.
    boxes = [panel.grid.itemAtPosition(row, 0).widget() for row in range(8)]
    assert boxes == panel.boxes

    panel.resize(2400, 900)
    qtbot.waitUntil(lambda: panel.columns == 2)
    assert panel.grid.itemAtPosition(0, 1).widget() is panel.boxes[1]
