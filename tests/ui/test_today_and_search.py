"""The Today screen and the global search box, each alone over a real store."""

from datetime import date, timedelta

from app.services.consultations import record_consultation
from tests.ui.conftest import open_today, settle
from ui.search_box import SearchBox
from ui.session import Changed


def _case_with_follow_ups(make):
    case = make.case()
    record_consultation(
        make.store,
        data={"case_id": case.id, "held_on": date.today(), "duration_minutes": 30},
        follow_up={"due_on": date.today() - timedelta(days=2), "title": "Pass beantragen"},
    )
    record_consultation(
        make.store,
        data={"case_id": case.id, "held_on": date.today(), "duration_minutes": 20},
        follow_up={"due_on": date.today() + timedelta(days=3), "title": "Termin Botschaft"},
    )
    return case


def test_today_lists_overdue_and_due_follow_ups_and_recent_cases(
    qtbot, ctx, tasks, make, navigator
) -> None:
    case = _case_with_follow_ups(make)
    panel = open_today(qtbot, ctx, tasks)
    assert "Pass beantragen" in panel.overdue.item(0).text()
    assert "Termin Botschaft" in panel.due.item(0).text()
    assert case.reference in panel.recent.item(0).text()
    assert "2 overdue" not in panel.summary.text() and "1 overdue" in panel.summary.text()
    panel.on_list_item_activated(panel.overdue.item(0))
    assert navigator.calls[-1] == ("case", case.id)


def test_today_refreshes_only_for_changes_it_watches(qtbot, ctx, tasks, make) -> None:
    panel = open_today(qtbot, ctx, tasks)
    assert panel.overdue.item(0).text() == "Nothing overdue"
    _case_with_follow_ups(make)
    ctx.session.announce(Changed(frozenset({"attachment"})))
    assert not tasks.busy  # not its business
    with qtbot.waitSignal(panel.loaded, timeout=10_000):
        ctx.session.announce(Changed(frozenset({"follow_up"}), origin="sync"))
    assert "Pass beantragen" in panel.overdue.item(0).text()


def test_search_as_you_type_finds_folded_names_and_opens_the_person(
    qtbot, ctx, tasks, make, navigator
) -> None:
    person = make.person(family_name="Müller", given_names="Zeynep")
    box = SearchBox(ctx)
    qtbot.addWidget(box)
    box.show()
    qtbot.keyClicks(box, "muell")
    qtbot.waitUntil(lambda: bool(box.last_hits), timeout=10_000)
    assert box.last_hits[0].record_id == person.id
    assert "Müller" in box.results.item(0).text()
    box._open_current()
    assert navigator.calls[-1] == ("person", person.id)


def test_search_shows_nothing_found_and_ignores_stale_answers(qtbot, ctx, tasks, make) -> None:
    make.person(family_name="Haddad")
    box = SearchBox(ctx)
    qtbot.addWidget(box)
    box.show()
    qtbot.keyClicks(box, "zzqx")
    qtbot.waitUntil(lambda: box.results.count() == 1, timeout=10_000)
    assert box.results.item(0).text() == "Nothing found"
    box._asked = "something newer"
    box._arrived("zzqx", [])  # an answer to an older question changes nothing
    assert box.results.item(0).text() == "Nothing found"


def test_today_shows_columns_and_never_cuts_the_case_number(qtbot, ctx, tasks, make) -> None:
    """Issue 15: Today's lines were cut in the middle ("Gepäckregelung mit der …AKU-2024-…")."""
    from app.services.cases import open_case
    from app.services.records import create

    person = make.person(family_name="Doski")
    case = open_case(
        make.store, household_id=person.household_id, site="ATR", main_contact_id=person.id
    )
    title = "Gepäckregelung mit der Fluggesellschaft klären und Bestätigung an das Amt schicken"
    create(
        make.store,
        entity="follow_up",
        data={
            "case_id": case.id,
            "due_on": date.today() - timedelta(days=3),
            "assignee": "anna",
            "title": title,
        },
    )
    panel = open_today(qtbot, ctx, tasks, size=(1100, 600))
    item = panel.overdue.item(0)
    assert panel.overdue.columnCount() == 4
    assert item.text(1) == title and item.text(2) == case.reference
    header = panel.overdue.header()
    metrics = panel.overdue.fontMetrics()
    # The case number's column is wide enough for the whole number.
    assert header.sectionSize(2) >= metrics.horizontalAdvance(case.reference)
    assert not panel.overdue.horizontalScrollBar().isVisible()


def test_a_long_overdue_list_ends_in_a_line_to_the_follow_ups(
    qtbot, ctx, tasks, make, navigator
) -> None:
    """Today holds a screenful; the rest is one line away, by Enter or a double click."""
    from app.services import records
    from app.services.today import ROWS
    from ui.qt import Qt

    case = make.case()
    for days in range(1, ROWS + 8):
        records.create(
            make.store,
            entity="follow_up",
            data={
                "case_id": case.id,
                "due_on": date.today() - timedelta(days=days),
                "assignee": ctx.session.actor,
                "title": f"Aufgabe {days}",
            },
        )
    panel = open_today(qtbot, ctx, tasks)
    assert f"{ROWS + 7} overdue" in panel.summary.text()
    assert panel.overdue.count() == ROWS + 1
    last = panel.overdue.item(ROWS)
    assert last.text() == "… 7 more under Follow-ups (Alt+4)"
    panel.overdue.setFocus()
    panel.overdue.setCurrentItem(last)
    qtbot.keyClick(panel.overdue, Qt.Key.Key_Space)  # "done" on that line does nothing
    settle(qtbot, tasks)
    assert panel.current_follow_up() is None
    qtbot.keyClick(panel.overdue, Qt.Key.Key_Return)
    assert navigator.calls[-1] == ("panel", "follow_ups")
