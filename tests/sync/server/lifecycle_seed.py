"""Seed the server database through the real push path, as a device would (no HTTP)."""

import hashlib
import io
import itertools
from datetime import date
from typing import Any

from sqlalchemy import Engine, select

from app.domain.ids import new_id
from app.store.hlc import HybridClock
from sync.protocol import AuditEventWire, Change, ChangeId, PushRequest
from sync.server.blobs import blob_ownership, blob_store
from sync.server.pushpull.sync_service import Pusher, now_utc, push
from sync.server.storage.tables import record

SKEW = 5 * 60 * 1000
_COUNTER = itertools.count(1)


class Seeder:
    """One fake device of team `team`: creates and edits records with proper stamps and bases."""

    def __init__(self, engine: Engine, team: str = "nord", username: str = "anna") -> None:
        self.engine = engine
        self.username = username
        self.device = new_id()
        self.team = team
        self.clock = HybridClock(self.device)
        self.seq = 0

    def _push(self, changes: list[Change], events: list[AuditEventWire] | None = None) -> Any:
        response = push(
            self.engine,
            Pusher(self.device, self.team, username=self.username),
            PushRequest(changes=changes, audit_events=events or []),
            max_skew_ms=SKEW,
        )
        return response.outcomes

    def put(self, entity: str, fields: dict[str, Any], record_id: str | None = None) -> str:
        """Create (no id) or edit a record; an edit is based on what the server holds now."""
        record_id = record_id or new_id()
        base = self.clocks(entity, record_id)
        self.seq += 1
        values = {k: v.isoformat() if isinstance(v, date) else v for k, v in fields.items()}
        change = Change(
            change_id=ChangeId(device_id=self.device, seq=self.seq),
            entity=entity,
            record_id=record_id,
            stamp=self.clock.now(),
            fields=values,
            base={k: base.get(k) for k in values} if base else {},
        )
        (outcome,) = self._push([change])
        assert outcome.status == "applied", outcome
        return record_id

    def edit(self, entity: str, record_id: str, fields: dict[str, Any], base: dict[str, str]):
        """An edit with a given base (e.g. made offline before a server change): the outcome."""
        self.seq += 1
        change = Change(
            change_id=ChangeId(device_id=self.device, seq=self.seq),
            entity=entity,
            record_id=record_id,
            stamp=self.clock.now(),
            fields=fields,
            base=base,
        )
        return self._push([change])[0]

    def erase(self, entity: str, record_id: str) -> None:
        self.seq += 1
        change = Change(
            change_id=ChangeId(device_id=self.device, seq=self.seq),
            entity=entity,
            record_id=record_id,
            stamp=self.clock.now(),
            deleted=True,
        )
        (outcome,) = self._push([change])
        assert outcome.status == "applied", outcome

    def clocks(self, entity: str, record_id: str) -> dict[str, str]:
        with self.engine.connect() as conn:
            found = conn.execute(
                select(record.c.clocks).where(record.c.entity == entity, record.c.id == record_id)
            ).scalar()
        return dict(found or {})

    def audit(self, entity: str, record_id: str, action: str = "viewed") -> None:
        event = AuditEventWire(
            id=new_id(),
            at=now_utc(),
            actor="anna",
            device_id=self.device,
            action=action,
            entity=entity,
            record_id=record_id,
        )
        self._push([], [event])


def store_blob(engine: Engine, content: bytes, team: str = "nord") -> str:
    """Content as if a device of `team` had uploaded it (PUT /blobs)."""
    digest = hashlib.sha256(content).hexdigest()
    with engine.begin() as conn:
        if blob_store.size_of(conn, digest) is None:
            blob_store.write(conn, digest, io.BytesIO(content), len(content))
        blob_ownership.grant(conn, team, digest)
    return digest


def fields_of(engine: Engine, entity: str, record_id: str) -> tuple[bool, dict[str, Any]]:
    with engine.connect() as conn:
        row = conn.execute(
            select(record.c.deleted, record.c.fields).where(
                record.c.entity == entity, record.c.id == record_id
            )
        ).one()
    return bool(row.deleted), dict(row.fields)


def family(seed: Seeder, *, name: str = "Haddad", members: int = 1) -> dict[str, Any]:
    """A household with `members` persons, a case with its work, vulnerability, consent, file."""
    household = seed.put("household", {"label": f"Familie {name}", "site": "ATR"})
    persons = [
        seed.put(
            "person",
            {
                "family_name": name,
                "given_names": f"Given{i}",
                "phone": f"+49 151 {i}00",
                "authority_file_number": f"AZ-{name}-{i}",
                "birth_date": "1990-05-17",
                "household_id": household,
            },
        )
        for i in range(members)
    ]
    main = persons[0]
    case = seed.put(
        "case",
        {
            "reference": f"ATR-2020-KA-{next(_COUNTER):05d}",
            "household_id": household,
            "main_contact_id": main,
            "counsellor": "anna",
            "site": "ATR",
            "opened_on": "2020-01-10",
            "status_since": "2020-01-10",
        },
    )
    consultation = seed.put(
        "consultation",
        {
            "case_id": case,
            "held_on": "2020-02-01",
            "duration_minutes": 45,
            "counsellor": "anna",
            "participant_ids": persons,
            "notes": f"Gespräch mit {name}",
        },
    )
    follow_up = seed.put(
        "follow_up",
        {"case_id": case, "due_on": "2020-03-01", "assignee": "anna", "title": f"Anruf {name}"},
    )
    vulnerability = seed.put(
        "vulnerability",
        {
            "person_id": main,
            "assessed_on": "2020-02-01",
            "assessed_by": "anna",
            "categories": ["pregnancy"],
            "notes": f"Notiz {name}",
        },
    )
    content = f"%PDF scan of {name}".encode()
    digest = store_blob(seed.engine, content, seed.team)
    attachment = seed.put(
        "attachment",
        {
            "owner_entity": "person",
            "owner_id": main,
            "filename": f"{name}.pdf",
            "size_bytes": len(content),
            "sha256": digest,
            "added_on": "2020-02-01",
        },
    )
    consent = seed.put(
        "consent",
        {
            "person_id": main,
            "purpose": "data_processing",
            "given_on": "2020-01-10",
            "form_version": "v1",
            "attachment_id": attachment,
        },
    )
    return {
        "household": household,
        "persons": persons,
        "person": main,
        "case": case,
        "consultation": consultation,
        "follow_up": follow_up,
        "vulnerability": vulnerability,
        "attachment": attachment,
        "consent": consent,
        "digest": digest,
    }
