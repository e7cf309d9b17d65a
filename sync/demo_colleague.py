"""A colleague's plausible day-to-day edit on the demo team's data, for the living demo."""

import random
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from sqlalchemy import select

from app.domain.enums import CaseStatus, ConsultationMode, FollowUpStatus, Topic
from app.errors import UserError
from app.services.consultations import record_consultation
from app.services.follow_ups import complete
from app.store.store import Store
from app.store.tables import entity_tables

EditKind = Literal["consultation", "follow_up"]
# Two consultations for every completed follow-up.
_MIX: tuple[EditKind, ...] = ("consultation", "consultation", "follow_up")
_INACTIVE = (CaseStatus.closed.value, CaseStatus.withdrawn.value)
_NOTES = (
    "Telefonat mit der Botschaft: Termin für die Passbeantragung bestätigt.",
    "Rückkehrperspektiven besprochen; die Familie möchte Angebote im Herkunftsland prüfen.",
    "Unterlagen für den Förderantrag gesichtet, Meldebescheinigung fehlt noch.",
    "Ärztliche Bescheinigung liegt vor; Reisefähigkeit wird bis Monatsende geklärt.",
    "Kurze Rücksprache: Flugtermin steht, Starthilfe wird beantragt.",
)
_NEXT_STEPS = (
    "Bitte Rückruf bei der Familie",
    "Unterlagen nachfordern",
    "Termin mit Dolmetschung vereinbaren",
    "Antrag prüfen und einreichen",
)


@dataclass(frozen=True, slots=True)
class ColleagueEdit:
    """What the colleague did: `kind`, the record written, and the case's reference number."""

    kind: EditKind
    entity: str
    record_id: str
    case_reference: str

    def describe(self) -> str:
        if self.kind == "follow_up":
            return f"Wiedervorlage erledigt / follow-up completed in case {self.case_reference}"
        return f"Beratung erfasst / consultation recorded in case {self.case_reference}"


def make_edit(
    store: Store, *, assign_to: str, kind: EditKind | None = None, rng: random.Random | None = None
) -> ColleagueEdit:
    """Record a consultation (with a follow-up for `assign_to`) or complete an open follow-up."""
    rng = rng or random.Random()  # noqa: S311  (demo data, not a secret)
    chosen = kind or rng.choice(_MIX)
    if chosen == "follow_up":
        done = _complete_follow_up(store, rng)
        if done is not None:
            return done
        if kind == "follow_up":
            raise UserError("keine offene Wiedervorlage / no open follow-up to complete")
    return _consultation(store, assign_to=assign_to, rng=rng)


def _case_reference(store: Store, case_id: str) -> str:
    case = entity_tables["case"]
    with store.read() as conn:
        reference = conn.scalar(select(case.c.reference).where(case.c.id == case_id))
    return str(reference or case_id)


def _consultation(store: Store, *, assign_to: str, rng: random.Random) -> ColleagueEdit:
    case = entity_tables["case"]
    query = (
        select(case.c.id, case.c.main_contact_id, case.c.site)
        .where(case.c.status.not_in(_INACTIVE))
        .order_by(case.c.id)
    )
    with store.read() as conn:
        cases = conn.execute(query).all()
    if not cases:
        raise UserError("kein offener Fall / no open case for the colleague to work on")
    picked = rng.choice(cases)
    today = date.today()
    consultation, _ = record_consultation(
        store,
        data={
            "case_id": picked.id,
            "held_on": today,
            "duration_minutes": rng.choice((20, 30, 45, 60)),
            "site": picked.site,
            "mode": rng.choice(list(ConsultationMode)),
            "participant_ids": [picked.main_contact_id] if picked.main_contact_id else [],
            "topics": rng.sample(list(Topic), k=2),
            "notes": rng.choice(_NOTES),
        },
        follow_up={
            "due_on": today + timedelta(days=rng.randint(1, 7)),
            "title": rng.choice(_NEXT_STEPS),
            "assignee": assign_to,
        },
    )
    return ColleagueEdit(
        "consultation", "consultation", consultation.id, _case_reference(store, picked.id)
    )


def _complete_follow_up(store: Store, rng: random.Random) -> ColleagueEdit | None:
    follow_up = entity_tables["follow_up"]
    query = (
        select(follow_up.c.id, follow_up.c.case_id)
        .where(follow_up.c.status == FollowUpStatus.open.value)
        .order_by(follow_up.c.due_on, follow_up.c.id)
        .limit(20)
    )
    with store.read() as conn:
        open_items = conn.execute(query).all()
    if not open_items:
        return None
    picked = rng.choice(open_items)
    complete(store, follow_up_id=picked.id)
    return ColleagueEdit(
        "follow_up", "follow_up", picked.id, _case_reference(store, picked.case_id)
    )
