"""Class 5: a pushed record may point only at records its team holds (or creates in the batch),
and handing a case over moves only records of the old team."""

import io
import json
import zipfile

from sqlalchemy import insert, select, update

from app.domain.ids import new_id
from sync.server.storage import tables as t
from sync.server.storage.db import utcnow
from tests.security.helpers import TODAY, case_fields


def _consultation(case_id, participants=()):
    return {
        "case_id": case_id,
        "held_on": TODAY,
        "duration_minutes": 30,
        "counsellor": "m",
        "participant_ids": list(participants),
    }


def test_references_into_another_team_are_refused_like_references_to_nothing(server):
    bea = server.raw("bea", team="sued")
    root = server.raw("root", team="zentrale", role="admin")
    mallory = server.raw("mallory", team="nord")
    their_household = bea.household()
    their_person = bea.person(their_household)
    their_case = bea.case(their_household)
    own_case = mallory.case(mallory.household())
    nowhere = new_id()

    attempts = {
        "their case": ("consultation", _consultation(their_case)),
        "their person": ("consultation", _consultation(own_case, [their_person])),
        "their household": ("case", case_fields(their_household)),
        "their person as contact": (
            "case",
            case_fields(mallory.household(), main_contact_id=their_person),
        ),
        "their person's file": (
            "attachment",
            {
                "owner_entity": "person",
                "owner_id": their_person,
                "filename": "x.pdf",
                "size_bytes": 1,
                "sha256": "0" * 64,
                "added_on": TODAY,
            },
        ),
    }
    for what, (entity, fields) in attempts.items():
        (outcome,) = mallory.outcomes([mallory.change(entity, new_id(), fields)])
        assert outcome["status"] == "rejected", what
        # Pointing at nothing gets the very same answer: no oracle for other teams' ids.
        missing = json.loads(
            json.dumps(fields)
            .replace(their_person, nowhere)
            .replace(their_case, nowhere)
            .replace(their_household, nowhere)
        )
        (same,) = mallory.outcomes([mallory.change(entity, new_id(), missing)])
        assert same == {**outcome, "seq": same["seq"]}, what

    with root.http() as http:
        export = http.get(f"/admin/exports/persons/{their_person}")
    assert export.status_code == 200, export.text
    with zipfile.ZipFile(io.BytesIO(export.content)) as archive:
        person = json.loads(archive.read("person.json"))
    assert not person.get("records", {}).get("consultation"), person.get("records")


def test_a_record_created_in_the_same_batch_may_be_referenced(server):
    mallory = server.raw("mallory")
    household, person, case = new_id(), new_id(), new_id()
    outcomes = mallory.outcomes(
        [
            mallory.change("household", household, {"label": "Familie Neu"}),
            mallory.change("person", person, {"family_name": "Neu", "household_id": household}),
            mallory.change("case", case, case_fields(household, main_contact_id=person)),
            mallory.change("consultation", new_id(), _consultation(case, [person])),
        ]
    )
    assert [o["status"] for o in outcomes] == ["applied"] * 4


def test_handing_a_case_over_moves_only_records_of_the_old_team(server):
    bea = server.raw("bea", team="sued")
    lead = server.raw("lena", team="nord", role="lead")
    server.team("west")
    their_household = bea.household()
    their_person = bea.person(their_household)
    # A case of team nord naming sued's household, as an old database may hold one.
    case = new_id()
    stamp = lead.stamp()
    fields = {**case_fields(their_household), "team": "nord"}
    with server.engine.begin() as conn:
        seq = conn.execute(
            update(t.seq_counter)
            .values(value=t.seq_counter.c.value + 1)
            .returning(t.seq_counter.c.value)
        ).scalar_one()
        conn.execute(
            insert(t.record).values(
                entity="case",
                id=case,
                team_id="nord",
                fields={
                    **fields,
                    "main_contact_id": None,
                    "status": "first_contact",
                    "outcome": None,
                    "closed_on": None,
                },
                clocks={
                    k: stamp for k in [*fields, "main_contact_id", "status", "outcome", "closed_on"]
                },
                bases={},
                deleted=False,
                server_seq=seq,
                updated_at=utcnow(),
            )
        )
    clocks = server.record("case", case).clocks
    lead.outcomes([lead.change("case", case, {"team": "west"}, base={"team": clocks["team"]})])
    with server.engine.connect() as conn:
        teams = dict(
            conn.execute(
                select(t.record.c.id, t.record.c.team_id).where(
                    t.record.c.id.in_([their_household, their_person])
                )
            ).all()
        )
        evicted = set(
            conn.execute(
                select(t.eviction.c.record_id).where(t.eviction.c.team_id == "nord")
            ).scalars()
        )
    assert teams == {their_household: "sued", their_person: "sued"}
    assert not evicted & {their_household, their_person}
