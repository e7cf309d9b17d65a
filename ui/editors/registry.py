"""Which editor reopens a draft of which form."""

from ui.context import Context
from ui.drafts import DraftData, Editor


def editor_types() -> dict[str, type[Editor]]:
    from ui.editors.application import ApplicationEditor
    from ui.editors.consultation import ConsultationEditor
    from ui.editors.person import PersonEditor
    from ui.editors.referral import ReferralEditor

    return {
        cls.form: cls
        for cls in (ConsultationEditor, PersonEditor, ApplicationEditor, ReferralEditor)
    }


def editor_for(ctx: Context, draft: DraftData) -> Editor | None:
    """The editor for a draft, filled with its values; None for a form this release does not know."""
    editor_type = editor_types().get(draft.form)
    if editor_type is None:
        return None
    editor = editor_type(ctx, draft_key=draft.key)
    editor.record_id = draft.record_id
    editor.load_payload(draft.payload)
    editor.mark_dirty()
    return editor
