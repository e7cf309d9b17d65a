"""Which editor reopens a draft of which form."""

from ui.context import Context
from ui.drafts import DraftData, Editor


def editor_types() -> dict[str, type[Editor]]:
    from ui.editors.application import ApplicationEditor
    from ui.editors.case_details import CaseDetailsEditor
    from ui.editors.case_open import OpenCaseEditor
    from ui.editors.case_status import CaseStatusDialog
    from ui.editors.consultation import ConsultationEditor
    from ui.editors.departure import DepartureEditor
    from ui.editors.document_check import DocumentCheckEditor
    from ui.editors.external_reference import ExternalReferenceEditor
    from ui.editors.follow_up import FollowUpDialog
    from ui.editors.information_request import InformationRequestEditor
    from ui.editors.medical_return import MedicalReturnEditor
    from ui.editors.person import PersonEditor
    from ui.editors.referral import ReferralEditor
    from ui.editors.reintegration_follow_up import ReintegrationFollowUpEditor
    from ui.editors.reintegration_measure import ReintegrationMeasureEditor
    from ui.editors.reintegration_plan import ReintegrationPlanEditor
    from ui.editors.support_payment import PaymentEditor
    from ui.editors.sustainability import SustainabilityEditor
    from ui.editors.travellers import TravellersEditor
    from ui.panels.person_dialogs import ConsentDialog, VulnerabilityDialog

    forms: tuple[type[Editor], ...] = (
        ConsultationEditor,
        PersonEditor,
        ApplicationEditor,
        ReferralEditor,
        CaseStatusDialog,
        CaseDetailsEditor,
        OpenCaseEditor,
        FollowUpDialog,
        VulnerabilityDialog,
        ConsentDialog,
        TravellersEditor,
        DocumentCheckEditor,
        DepartureEditor,
        PaymentEditor,
        ExternalReferenceEditor,
        InformationRequestEditor,
        MedicalReturnEditor,
        ReintegrationPlanEditor,
        ReintegrationMeasureEditor,
        ReintegrationFollowUpEditor,
        SustainabilityEditor,
    )
    return {cls.form: cls for cls in forms}


def editor_for(ctx: Context, draft: DraftData) -> Editor | None:
    """The editor for a draft, filled with its values; None for a form this release does not know."""
    editor_type = editor_types().get(draft.form)
    if editor_type is None:
        return None
    return editor_type.from_draft(ctx, draft)
