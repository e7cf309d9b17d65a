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
