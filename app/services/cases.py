"""Opening cases with collision-free reference numbers, and moving them through their workflow."""

from datetime import date
from typing import Any

from sqlalchemy import select, update

from app.domain.cases import Case, allowed_next, check_transition
from app.domain.enums import CaseOutcome, CaseStatus, OutreachChannel
from app.errors import InvalidTransition, UserError
from app.services.records import create_in, get_in, update_in
from app.store.store import Store
from app.store.tables import entity_tables, meta
from app.store.writer import Writer


def next_reference(writer: Writer, *, site: str, year: int, prefix: str) -> str:
    """SITE-YEAR-PREFIX-NNNNN: the device prefix keeps offline devices from colliding."""
    key = f"case_counter:{site}:{year}"
    current = writer.conn.execute(select(meta.c.value).where(meta.c.key == key)).scalar()
    number = int(current or 0) + 1
    cases = entity_tables["case"]
    while True:
        reference = f"{site}-{year}-{prefix}-{number:05d}"
        clash = writer.conn.execute(
            select(cases.c.id).where(cases.c.reference == reference)
        ).first()
        if clash is None:
            break
        number += 1  # imported or synced cases may already use the next numbers
    if current is None:
        writer.conn.execute(meta.insert().values(key=key, value=str(number)))
    else:
        writer.conn.execute(update(meta).where(meta.c.key == key).values(value=str(number)))
    return reference


def open_case(
    store: Store,
    *,
    household_id: str,
    site: str,
    counsellor: str | None = None,
    opened_on: date | None = None,
    main_contact_id: str | None = None,
    team: str | None = None,
    outreach_channel: OutreachChannel | None = None,
) -> Case:
    opened_on = opened_on or date.today()
    with store.write() as writer:
        return _open_in(
            writer,
            prefix=store.device.prefix,
            household_id=household_id,
            site=site,
            counsellor=counsellor or store.device.actor,
            opened_on=opened_on,
            main_contact_id=main_contact_id,
            team=team or store.settings.get("team") or None,
            outreach_channel=outreach_channel,
        )


class HouseholdHasCase(UserError):
    def __init__(self) -> None:
        super().__init__("Der Haushalt hat schon einen Fall / the household has a case already")


def open_first_case(
    store: Store,
    *,
    household_id: str,
    site: str,
    main_contact_id: str,
    outreach_channel: OutreachChannel | None = None,
) -> Case:
    """The household's case, opened from the person view: refused when it has one already (a
    form kept as a draft, or opened twice, would otherwise open a second one)."""
    opened_on = date.today()
    cases = entity_tables["case"]
    with store.write() as writer:
        if writer.conn.execute(
            select(cases.c.id).where(cases.c.household_id == household_id)
        ).first():
            raise HouseholdHasCase()
        return _open_in(
            writer,
            prefix=store.device.prefix,
            household_id=household_id,
            site=site,
            counsellor=store.device.actor,
            opened_on=opened_on,
            main_contact_id=main_contact_id,
            team=store.settings.get("team") or None,
            outreach_channel=outreach_channel,
        )


def previous_outreach(store: Store, *, person_id: str) -> OutreachChannel | None:
    """How the person found the service as their newest case that tells it says (a person
    who moved household comes with a case of the old one); None if no case tells it."""
    cases = entity_tables["case"]
    with store.read() as conn:
        found = conn.execute(
            select(cases.c.outreach_channel)
            .where(cases.c.main_contact_id == person_id, cases.c.outreach_channel.is_not(None))
            .order_by(cases.c.opened_on.desc(), cases.c.id.desc())
            .limit(1)
        ).scalar()
    return OutreachChannel(found) if found else None


def _open_in(
    writer: Writer,
    *,
    prefix: str,
    household_id: str,
    site: str,
    counsellor: str,
    opened_on: date,
    main_contact_id: str | None,
    team: str | None,
    outreach_channel: OutreachChannel | None,
) -> Case:
    reference = next_reference(writer, site=site, year=opened_on.year, prefix=prefix)
    data: dict[str, Any] = {
        "reference": reference,
        "household_id": household_id,
        "main_contact_id": main_contact_id,
        "counsellor": counsellor,
        "team": team,
        "site": site,
        "opened_on": opened_on,
        "status": CaseStatus.first_contact,
        "status_since": opened_on,
        "outreach_channel": outreach_channel,
    }
    case = create_in(writer, "case", data)
    _record_change(writer, case.id, None, CaseStatus.first_contact, opened_on, None)
    assert isinstance(case, Case)
    return case


def change_status(
    store: Store,
    *,
    case_id: str,
    to: CaseStatus,
    on: date | None = None,
    outcome: CaseOutcome | None = None,
) -> Case:
    """Move a case along an allowed step, keep the dated history, set the outcome on closing."""
    on = on or date.today()
    with store.write() as writer:
        case = get_in(writer, "case", case_id)
        assert isinstance(case, Case)
        try:
            check_transition(case.status, to)
        except ValueError as exc:
            raise InvalidTransition(str(exc)) from None
        if on < case.status_since:
            raise InvalidTransition(
                "Statusdatum vor dem letzten Wechsel / date before the last status change"
            )
        closing = to == CaseStatus.closed
        if closing and outcome is None:
            raise InvalidTransition("Abschluss braucht ein Ergebnis / closing needs an outcome")
        patch: dict[str, Any] = {
            "status": to,
            "status_since": on,
            "outcome": outcome if closing else None,
            "closed_on": on if closing else None,
        }
        updated = update_in(writer, "case", case_id, patch)
        _record_change(writer, case_id, case.status, to, on, outcome if closing else None)
        assert isinstance(updated, Case)
        return updated


def next_steps(case: Case) -> list[CaseStatus]:
    return sorted(allowed_next(case.status), key=list(CaseStatus).index)


def _record_change(
    writer: Writer,
    case_id: str,
    from_status: CaseStatus | None,
    to_status: CaseStatus,
    on: date,
    outcome: CaseOutcome | None,
) -> None:
    create_in(
        writer,
        "case_status_change",
        {
            "case_id": case_id,
            "from_status": from_status,
            "to_status": to_status,
            "changed_on": on,
            "changed_by": writer.actor,
            "outcome": outcome,
        },
    )
