from datetime import date, timedelta

from sqlalchemy import insert

from app.services import records
from app.services.follow_ups import complete
from app.services.status import unsynced_changes
from app.services.today import AgendaItem, today
from app.store.tables import conflict

ON = date(2025, 6, 16)


def _follow_up(store, case, due, assignee="anna", title="Termin"):
    return records.create(
        store,
        entity="follow_up",
        data={"case_id": case.id, "due_on": due, "assignee": assignee, "title": title},
    )


def _conflict(store, conflict_id, *, resolved):
    with store.write() as writer:
        writer.conn.execute(
            insert(conflict).values(
                id=conflict_id,
                entity="person",
                record_id="0190a000-0000-7000-8000-000000000001",
                field="phone",
                winner_value="1",
                winner_stamp="a",
                loser_value="2",
                loser_stamp="b",
                resolved=resolved,
                server_seq=1,
            )
        )


def test_today_lists_follow_ups_with_their_case_and_what_waits_for_sync(store, make):
    case = make.case(opened_on=date(2025, 1, 2))
    other = make.case(opened_on=date(2025, 1, 3), main_contact_id=None)
    overdue = _follow_up(store, case, ON - timedelta(days=3), title="Pass abholen")
    due_today = _follow_up(store, other, ON, title="Anrufen")
    in_a_week = _follow_up(store, case, ON + timedelta(days=7), title="Flug buchen")
    _follow_up(store, case, ON + timedelta(days=8), title="zu spät für heute")
    _follow_up(store, case, ON - timedelta(days=1), assignee="bob", title="nicht meins")
    complete(store, follow_up_id=_follow_up(store, case, ON - timedelta(days=5)).id, on=ON)
    _conflict(store, "c1", resolved=False)
    _conflict(store, "c2", resolved=True)

    view = today(store, assignee=None, on=ON)

    assert view.on == ON
    assert view.overdue == [
        AgendaItem(overdue, case.reference, "Familie Haddad", case.main_contact_id)
    ]
    assert view.due == [
        AgendaItem(due_today, other.reference, "Familie Haddad", None),
        AgendaItem(in_a_week, case.reference, "Familie Haddad", case.main_contact_id),
    ]
    assert [r.id for r in view.recent_cases] == [other.id, case.id]
    assert view.unsynced_changes == unsynced_changes(store) > 0
    assert view.open_conflicts == 1


def test_today_for_another_assignee(store, make):
    case = make.case()
    mine = _follow_up(store, case, ON, assignee="bob")
    view = today(store, assignee="bob", on=ON)
    assert [i.follow_up.id for i in view.due] == [mine.id] and view.overdue == []
    assert today(store, assignee=None, on=ON).due == []


def test_today_holds_a_screenful_and_says_how_many_there_are(store, make):
    """After a long absence 1,000 overdue follow-ups are no list for the start screen: Today
    holds the oldest ROWS of each list, the totals count them all, in SQL."""
    from app.services import follow_ups
    from app.services.today import ROWS

    case = make.case()
    for days in range(1, ROWS + 6):
        _follow_up(store, case, ON - timedelta(days=days))
    for days in range(3):
        _follow_up(store, case, ON + timedelta(days=days))
    _follow_up(store, case, ON - timedelta(days=1), assignee="bob")

    view = today(store, assignee=None, on=ON)
    assert len(view.overdue) == ROWS and view.overdue_total == ROWS + 5
    assert view.overdue[0].follow_up.due_on == ON - timedelta(days=ROWS + 5)  # oldest first
    assert len(view.due) == view.due_total == 3
    assert follow_ups.overdue_count(store, on=ON) == ROWS + 5
    assert follow_ups.overdue_count(store, assignee="bob", on=ON) == 1
    whole = follow_ups.agenda(store, on=ON)
    assert len(whole.overdue) == whole.overdue_total == ROWS + 5
