"""The reference numbers other bodies gave a case or one of its applications (BAMF, IOM, ZIRF)."""

from app.domain.returns.support import ExternalReference
from app.services import records
from app.store.store import Store


def references_for(store: Store, *, case_id: str, application_id: str) -> list[ExternalReference]:
    """The case's own numbers and the application's, the case's first, then by kind.

    Another application's numbers stay out: a counsellor reads them next to the application
    chosen, and a number of the wrong application is how a call goes to the wrong file.
    """
    found = [
        r
        for r in records.find(store, entity="external_reference", where={"case_id": case_id})
        if isinstance(r, ExternalReference) and r.application_id in (None, application_id)
    ]
    found.sort(key=lambda r: (r.application_id is not None, r.kind.value, r.number, r.id))
    return found
