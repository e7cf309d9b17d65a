from datetime import date, timedelta

from app.services.consultations import record_consultation
from app.services.follow_ups import agenda, complete


def test_consultation_and_its_follow_up_are_saved_together_and_show_on_the_agenda(store, make):
    case = make.case()
    today = date.today()
    consultation, follow_up = record_consultation(
        store,
        data={
            "case_id": case.id,
            "held_on": today,
            "duration_minutes": 40,
            "topics": ["travel_documents"],
        },
        follow_up={"due_on": today - timedelta(days=2), "title": "Reisepass abholen"},
    )
    record_consultation(
        store,
        data={"case_id": case.id, "held_on": today, "duration_minutes": 20},
        follow_up={"due_on": today + timedelta(days=3), "title": "Termin Ausländerbehörde"},
    )
    items = agenda(store)
    assert [f.title for f in items.overdue] == ["Reisepass abholen"]
    assert [f.title for f in items.due] == ["Termin Ausländerbehörde"]
    assert consultation.counsellor == "anna" and follow_up.assignee == "anna"
    complete(store, follow_up_id=follow_up.id)
    assert agenda(store).overdue == []


def test_an_invalid_follow_up_saves_neither(store, make):
    import pytest

    from app.errors import ValidationFailed
    from app.services import records

    case = make.case()
    with pytest.raises(ValidationFailed, match="title"):
        record_consultation(
            store,
            data={"case_id": case.id, "held_on": date.today(), "duration_minutes": 40},
            follow_up={"due_on": date.today(), "title": ""},
        )
    assert records.count(store, entity="consultation") == 0


def _follow_up(store, make, *, title="Reisepass abholen"):
    from app.services import records

    case = make.case()
    return records.create(
        store,
        entity="follow_up",
        data={"case_id": case.id, "due_on": date.today(), "title": title, "assignee": "anna"},
    )


def test_done_with_an_outcome_note_and_undone_again(store, make):
    from app.domain.enums import FollowUpStatus
    from app.services.follow_ups import reopen

    follow_up = _follow_up(store, make)
    done = complete(store, follow_up_id=follow_up.id, outcome_note="  Termin bestätigt. ")
    assert (done.status, done.done_on, done.outcome_note) == (
        FollowUpStatus.done,
        date.today(),
        "Termin bestätigt.",
    )
    again = reopen(store, follow_up_id=follow_up.id)
    assert (again.status, again.done_on, again.outcome_note) == (FollowUpStatus.open, None, None)
    assert [f.id for f in agenda(store).due] == [follow_up.id]
    # Done without a note keeps none; an empty note is no note.
    assert complete(store, follow_up_id=follow_up.id, outcome_note=" ").outcome_note is None


def test_undo_gives_back_the_note_it_had_before(store, make):
    from app.services import records
    from app.services.follow_ups import reopen

    follow_up = _follow_up(store, make)
    records.update(store, entity="follow_up", record_id=follow_up.id, patch={"outcome_note": "x"})
    complete(store, follow_up_id=follow_up.id, outcome_note="Erledigt")
    assert reopen(store, follow_up_id=follow_up.id, outcome_note="x").outcome_note == "x"


def test_reassigned_it_leaves_my_agenda_for_the_colleagues(store, make):
    import pytest

    from app.errors import ValidationFailed
    from app.services.follow_ups import reassign

    follow_up = _follow_up(store, make)
    moved = reassign(store, follow_up_id=follow_up.id, assignee="ben")
    assert moved.assignee == "ben"
    assert agenda(store).due == [] and [f.id for f in agenda(store, assignee="ben").due] == [
        follow_up.id
    ]
    with pytest.raises(ValidationFailed, match="assignee"):
        reassign(store, follow_up_id=follow_up.id, assignee="  ")


def test_the_outcome_note_is_free_text_kept_out_of_reports():
    from app.domain.base import FreeText
    from app.domain.casework import FollowUp

    assert FollowUp.marker("outcome_note", FreeText) is not None
