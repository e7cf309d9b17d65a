"""Every kind of form of the app, opened and half-filled by keys the way a person does.

The lock, Esc, Enter and shortcut tests go through all of them: a fix tried on one form
only is how the lock once failed on the application form.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from ui.context import Context
from ui.drafts import Editor
from ui.qt import Qt, QtWidgets


@dataclass(frozen=True)
class Place:
    """What a form is opened for: a case of a household, its main contact, a follow-up."""

    case_id: str
    person_id: str
    follow_up: object


@dataclass(frozen=True)
class FormKind:
    name: str
    open: Callable[[Context, Place], Editor]
    field: Callable[[Editor], QtWidgets.QWidget]  # where the person types
    text: str  # what is typed, ASCII (QTest aborts on other keys); "": `key` instead
    key: Qt.Key | None = None
    # Where the field only exists once the form has loaded (a box per household member), a
    # person waits for it to show before typing; the others can be typed in while loading.
    ready: Callable[[Editor], bool] | None = None

    def fill(self, qtbot: object, editor: Editor) -> QtWidgets.QWidget:
        if self.ready is not None:
            ready = self.ready
            qtbot.waitUntil(lambda: ready(editor), timeout=10_000)  # type: ignore[attr-defined]
        field = self.field(editor)
        field.setFocus(Qt.FocusReason.TabFocusReason)  # as Tab does: spin boxes select all
        if self.key is not None:
            qtbot.keyClick(field, self.key)  # type: ignore[attr-defined]
        else:
            qtbot.keyClicks(field, self.text)  # type: ignore[attr-defined]
        return field


def _person(ctx: Context, place: Place) -> Editor:
    from ui.editors.person import PersonEditor

    return PersonEditor.for_new(ctx)


def _person_edit(ctx: Context, place: Place) -> Editor:
    from ui.editors.person import PersonEditor

    return PersonEditor.for_person(ctx, place.person_id)


def _consultation(ctx: Context, place: Place) -> Editor:
    from ui.editors.consultation import ConsultationEditor

    return ConsultationEditor.for_case(ctx, place.case_id)


def _application_form(ctx: Context, place: Place) -> Editor:
    from ui.editors.application import ApplicationEditor

    return ApplicationEditor.for_case(ctx, place.case_id)


def _referral(ctx: Context, place: Place) -> Editor:
    from ui.editors.referral import ReferralEditor

    return ReferralEditor.for_case(ctx, place.case_id)


def _case_status(ctx: Context, place: Place) -> Editor:
    from ui.editors.case_status import CaseStatusDialog

    return CaseStatusDialog(ctx, place.case_id)


def _case_details(ctx: Context, place: Place) -> Editor:
    from ui.editors.case_details import CaseDetailsEditor

    return CaseDetailsEditor.for_case(ctx, place.case_id)


def _case_open(ctx: Context, place: Place) -> Editor:
    """Opening the case of the place's main contact moved into a household without one."""
    from app.services import records
    from ui.editors.case_open import CaseToOpen, OpenCaseEditor

    store = ctx.session.store
    household = records.create(store, entity="household", data={"label": "Familie Haddad"})
    records.update(
        store, entity="person", record_id=place.person_id, patch={"household_id": household.id}
    )
    target = CaseToOpen(household_id=household.id, person_id=place.person_id, site="ATR")
    return OpenCaseEditor(ctx, target)


def _follow_up(ctx: Context, place: Place) -> Editor:
    from ui.editors.follow_up import FollowUpDialog

    return FollowUpDialog(ctx, case_id=place.case_id)


def _follow_up_edit(ctx: Context, place: Place) -> Editor:
    from ui.editors.follow_up import FollowUpDialog

    return FollowUpDialog(ctx, follow_up=place.follow_up)  # type: ignore[arg-type]


def _vulnerability(ctx: Context, place: Place) -> Editor:
    from ui.panels.person_dialogs import VulnerabilityDialog

    return VulnerabilityDialog(ctx, place.person_id)


def _consent(ctx: Context, place: Place) -> Editor:
    from ui.panels.person_dialogs import ConsentDialog

    return ConsentDialog(ctx, place.person_id)


def _application(ctx: Context, place: Place) -> str:
    """An application of the place's case (the return forms edit what belongs to one)."""
    from app.services import records

    return records.create(
        ctx.session.store,
        entity="application",
        data={"case_id": place.case_id, "programme": "REAG_GARP", "submitted_on": date.today()},
    ).id


def _travellers(ctx: Context, place: Place) -> Editor:
    from ui.editors.travellers import TravellersEditor

    return TravellersEditor.for_application(ctx, _application(ctx, place))


def _document_check(ctx: Context, place: Place) -> Editor:
    from app.services.returns.checklist import generate_checklist
    from ui.editors.document_check import DocumentCheckEditor

    rows = generate_checklist(ctx.session.store, application_id=_application(ctx, place))
    return DocumentCheckEditor.for_record(ctx, rows[0].id)


def _departure(ctx: Context, place: Place) -> Editor:
    from ui.editors.departure import DepartureEditor

    return DepartureEditor.for_application(
        ctx,
        case_id=place.case_id,
        application_id=_application(ctx, place),
        departure_id=None,
    )


def _support_payment(ctx: Context, place: Place) -> Editor:
    from ui.editors.support_payment import PaymentEditor

    return PaymentEditor.for_application(
        ctx,
        case_id=place.case_id,
        application_id=_application(ctx, place),
        people=[(place.person_id, "Haddad, Rami")],
    )


def _external_reference(ctx: Context, place: Place) -> Editor:
    from ui.editors.external_reference import ExternalReferenceEditor

    return ExternalReferenceEditor.for_application(
        ctx, case_id=place.case_id, application_id=_application(ctx, place)
    )


def _reintegration_measure(ctx: Context, place: Place) -> Editor:
    from app.services import records
    from ui.editors.reintegration_measure import ReintegrationMeasureEditor

    plan = records.create(
        ctx.session.store,
        entity="reintegration_plan",
        data={"case_id": place.case_id, "drawn_up_on": date.today()},
    )
    return ReintegrationMeasureEditor.for_plan(ctx, place.case_id, plan.id)


def _first_traveller(editor: Editor) -> QtWidgets.QWidget:
    # FormKind.ready waits until the household is shown, as a person would.
    return next(iter(editor.travels.values()))  # type: ignore[attr-defined]


FORMS = [
    # A name nobody on file has: the check at intake would otherwise ask before saving.
    FormKind("person", _person, lambda e: e.family_name, "Mbeki"),  # type: ignore[attr-defined]
    FormKind("person_edit", _person_edit, lambda e: e.phone, "0651 123"),  # type: ignore[attr-defined]
    FormKind("consultation", _consultation, lambda e: e.notes, "Rueckkehr besprochen"),  # type: ignore[attr-defined]
    FormKind("application", _application_form, lambda e: e.amount, "120"),  # type: ignore[attr-defined]
    FormKind("referral", _referral, lambda e: e.partner, "Caritas Trier"),  # type: ignore[attr-defined]
    FormKind("case_status", _case_status, lambda e: e.target, "", Qt.Key.Key_Down),  # type: ignore[attr-defined]
    FormKind("case_details", _case_details, lambda e: e.outreach, "", Qt.Key.Key_Down),  # type: ignore[attr-defined]
    FormKind("case_open", _case_open, lambda e: e.outreach, "", Qt.Key.Key_Down),  # type: ignore[attr-defined]
    FormKind("follow_up", _follow_up, lambda e: e.task, "Pass nachfragen"),  # type: ignore[attr-defined]
    FormKind("follow_up_edit", _follow_up_edit, lambda e: e.task, " bald"),  # type: ignore[attr-defined]
    FormKind("vulnerability", _vulnerability, lambda e: e.notes, "Braucht Ruhe"),  # type: ignore[attr-defined]
    FormKind("consent", _consent, lambda e: e.form_version, "2025-01"),  # type: ignore[attr-defined]
    FormKind(
        "travellers",
        _travellers,
        _first_traveller,
        "",
        Qt.Key.Key_Space,
        ready=lambda e: bool(e.travels),  # type: ignore[attr-defined]
    ),
    FormKind("document_check", _document_check, lambda e: e.note, "Kopie liegt vor"),  # type: ignore[attr-defined]
    FormKind("departure", _departure, lambda e: e.booking_reference, "XK7Q2"),  # type: ignore[attr-defined]
    FormKind("support_payment", _support_payment, lambda e: e.note, "Rate eins"),  # type: ignore[attr-defined]
    FormKind("reintegration_measure", _reintegration_measure, lambda e: e.goal, "Kleingewerbe"),  # type: ignore[attr-defined]
    FormKind("external_reference", _external_reference, lambda e: e.number, "8765432-439"),  # type: ignore[attr-defined]
]
BY_NAME = {kind.name: kind for kind in FORMS}


def make_place(make: object) -> Place:
    """A case with its main contact and one open follow-up, in the factory's store."""
    from app.services import records

    case = make.case()  # type: ignore[attr-defined]
    follow_up = records.create(
        make.store,  # type: ignore[attr-defined]
        entity="follow_up",
        data={"case_id": case.id, "due_on": date.today(), "title": "Anrufen", "assignee": "anna"},
    )
    return Place(case.id, case.main_contact_id, follow_up)
