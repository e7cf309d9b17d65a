"""German and English labels of every entity, field and code, for documents made without Qt.

The desktop app translates its labels with Qt (ui/labels.py, ui/i18n/); the server and its
exports cannot import Qt, so the words a data subject reads in an access export live here.
The German words follow the app's translations, so a person sees the same terms on paper as
their counsellor sees on screen. tests/app/test_field_labels.py fails when a field or code
is added without both labels.
"""

from collections.abc import Mapping
from enum import StrEnum
from typing import Any, get_args

from pydantic.functional_validators import AfterValidator

from app.domain import enums
from app.domain.audit import AuditEvent
from app.domain.base import Record
from app.domain.codes import CountryCode, LanguageCode, ProgrammeCode, SiteCode
from app.domain.programmes import DocumentTypeCode, default_programmes
from app.domain.reference import default_reference
from app.domain.registry import ENTITIES
from app.domain.returns import labels as return_labels

LANGUAGES = ("de", "en")
Label = tuple[str, str]  # (German, English)

ENTITY_LABELS: dict[str, Label] = {
    "household": ("Haushalt", "Household"),
    "person": ("Person", "Person"),
    "case": ("Fall", "Case"),
    "case_status_change": ("Statusänderung", "Status change"),
    "consultation": ("Beratungsgespräch", "Consultation"),
    "follow_up": ("Wiedervorlage", "Follow-up"),
    "referral": ("Vermittlung", "Referral"),
    "application": ("Antrag", "Application"),
    "vulnerability": ("Vulnerabilitätseinschätzung", "Vulnerability assessment"),
    "attachment": ("Anhang", "Attachment"),
    "consent": ("Einwilligung", "Consent"),
    "audit_event": ("Protokolleintrag", "Log entry"),
}

# Fields every stored record has besides its domain fields.
COMMON_FIELDS: dict[str, Label] = {
    "id": ("Kennung", "Record id"),
    "updated_at": ("Zuletzt geändert (Server)", "Last changed (server)"),
}

_CASE: Label = ("Fall", "Case")
_SITE: Label = ("Standort", "Site")
_STATUS: Label = ("Status", "Status")
_NOTES: Label = ("Notizen", "Notes")
_PERSON: Label = ("Person", "Person")
_COUNSELLOR: Label = ("Berater/-in", "Counsellor")
_HOUSEHOLD: Label = ("Haushalt", "Household")
_OUTCOME: Label = ("Ergebnis", "Outcome")

FIELD_LABELS: dict[str, dict[str, Label]] = {
    "household": {
        "label": ("Bezeichnung", "Label"),
        "site": _SITE,
        "merged_into": ("Zusammengeführt mit", "Merged into"),
    },
    "person": {
        "family_name": ("Familienname", "Family name"),
        "given_names": ("Vornamen", "Given names"),
        "aliases": ("Aliasnamen / andere Schreibweisen", "Aliases / other spellings"),
        "sex": ("Geschlecht", "Sex"),
        "birth_date": ("Geburtsdatum", "Date of birth"),
        "birth_date_estimated": ("Geburtsdatum geschätzt", "Date of birth estimated"),
        "nationality": ("Staatsangehörigkeit", "Nationality"),
        "return_country": ("Rückkehrland", "Country of return"),
        "languages": ("Sprachen", "Languages"),
        "interpreter_needed": ("Dolmetschung benötigt", "Interpreter needed"),
        "residence_status": ("Aufenthaltsstatus", "Residence status"),
        "authority_file_number": (
            "Aktenzeichen der Ausländerbehörde",
            "Foreigners authority file number",
        ),
        "phone": ("Telefon", "Phone"),
        "site": _SITE,
        "household_id": _HOUSEHOLD,
        "merged_into": ("Zusammengeführt mit", "Merged into"),
        "relationship": (
            "Beziehung zum Haushaltsvorstand",
            "Relationship to the head of household",
        ),
    },
    "vulnerability": {
        "person_id": _PERSON,
        "assessed_on": ("Eingeschätzt am", "Assessed on"),
        "assessed_by": ("Eingeschätzt von", "Assessed by"),
        "categories": ("Kategorien", "Categories"),
        "notes": _NOTES,
        "referral_id": ("Vermittlung", "Referral"),
    },
    "consent": {
        "person_id": _PERSON,
        "purpose": ("Zweck", "Purpose"),
        "partner": ("Partner", "Partner"),
        "given_on": ("Erteilt am", "Given on"),
        "form_version": ("Formularversion", "Form version"),
        "withdrawn_on": ("Widerrufen am", "Withdrawn on"),
        "attachment_id": ("Unterschriebenes Formular", "Signed form"),
    },
    "case": {
        "reference": ("Fallnummer", "Case number"),
        "household_id": _HOUSEHOLD,
        "main_contact_id": ("Hauptansprechperson", "Main contact"),
        "counsellor": _COUNSELLOR,
        "team": ("Team", "Team"),
        "site": _SITE,
        "opened_on": ("Eröffnet am", "Opened on"),
        "status": _STATUS,
        "status_since": ("Status seit", "Status since"),
        "outcome": _OUTCOME,
        "closed_on": ("Abgeschlossen am", "Closed on"),
        "outreach_channel": ("Zugang zur Beratung", "How the service was found"),
    },
    "case_status_change": {
        "case_id": _CASE,
        "from_status": ("Vorheriger Status", "Previous status"),
        "to_status": ("Neuer Status", "New status"),
        "changed_on": ("Geändert am", "Changed on"),
        "changed_by": ("Geändert von", "Changed by"),
        "outcome": _OUTCOME,
    },
    "consultation": {
        "case_id": _CASE,
        "held_on": ("Datum", "Date"),
        "duration_minutes": ("Dauer (Minuten)", "Duration (minutes)"),
        "counsellor": _COUNSELLOR,
        "site": _SITE,
        "mode": ("Gesprächsform", "Mode"),
        "interpreter_language": ("Dolmetschsprache", "Interpreting language"),
        "interpreter_mode": ("Dolmetschung", "Interpreting"),
        "participant_ids": ("Teilnehmende", "Participants"),
        "topics": ("Themen", "Topics"),
        "notes": _NOTES,
        "next_steps": ("Nächste Schritte", "Next steps"),
    },
    "follow_up": {
        "case_id": _CASE,
        "due_on": ("Fällig am", "Due on"),
        "assignee": ("Zuständig", "Assignee"),
        "title": ("Titel", "Title"),
        "status": _STATUS,
        "done_on": ("Erledigt am", "Done on"),
        "outcome_note": ("Ergebnisnotiz", "Outcome note"),
    },
    "referral": {
        "case_id": _CASE,
        "partner": ("Partnerorganisation", "Partner organisation"),
        "partner_kind": ("Art der Stelle", "Kind of partner"),
        "purpose": ("Zweck", "Purpose"),
        "referred_on": ("Vermittelt am", "Referred on"),
        "status": _STATUS,
        "result": ("Ergebnis", "Result"),
    },
    "application": {
        "case_id": _CASE,
        "programme": ("Programm", "Programme"),
        "submitted_on": ("Gestellt am", "Submitted on"),
        "decision": ("Entscheidung", "Decision"),
        "decided_on": ("Entschieden am", "Decided on"),
        "amount_cents": ("Betrag", "Amount"),
        "destination_country": ("Zielland", "Destination country"),
    },
    "attachment": {
        "owner_entity": ("Gehört zu (Art)", "Belongs to (kind)"),
        "owner_id": ("Gehört zu", "Belongs to"),
        "filename": ("Dateiname", "File name"),
        "media_type": ("Dateityp", "File type"),
        "size_bytes": ("Größe (Bytes)", "Size (bytes)"),
        "sha256": ("Prüfsumme (SHA-256)", "Checksum (SHA-256)"),
        "added_on": ("Hinzugefügt am", "Added on"),
        "description": ("Beschreibung", "Description"),
    },
    "audit_event": {
        "at": ("Zeitpunkt", "Time"),
        "actor": ("Benutzer/-in", "User"),
        "device_id": ("Gerät", "Device"),
        "action": ("Aktion", "Action"),
        "entity": ("Art des Datensatzes", "Kind of record"),
        "record_id": ("Datensatz", "Record"),
        "detail": ("Hinweis", "Detail"),
        "received_at": ("Beim Server eingegangen", "Received by the server"),
    },
}

_NOT_KNOWN: Label = ("nicht bekannt", "not known")
_OTHER: Label = ("Sonstiges", "other")

# The German words are those of ui/i18n/fallakte_de.ts (context "Labels").
ENUM_LABELS: dict[type[StrEnum], dict[str, Label]] = {
    enums.Sex: {
        "female": ("weiblich", "female"),
        "male": ("männlich", "male"),
        "diverse": ("divers", "diverse"),
        "unknown": _NOT_KNOWN,
    },
    enums.HouseholdRelation: {
        "head": ("Haushaltsvorstand", "head of household"),
        "partner": ("Ehe-/Lebenspartner/-in", "spouse or partner"),
        "child": ("Kind", "child"),
        "parent": ("Elternteil", "parent"),
        "sibling": ("Geschwister", "sibling"),
        "grandchild": ("Enkelkind", "grandchild"),
        "grandparent": ("Großelternteil", "grandparent"),
        "other_relative": ("andere/-r Verwandte/-r", "other relative"),
        "not_related": ("nicht verwandt", "not related"),
    },
    enums.ResidenceStatus: {
        "asylum_pending": ("Asylverfahren läuft", "asylum procedure pending"),
        "rejected": ("Asylantrag abgelehnt", "asylum rejected"),
        "tolerated": ("Duldung", "tolerated stay (Duldung)"),
        "obliged_to_leave": ("ausreisepflichtig", "obliged to leave"),
        "residence_permit": ("Aufenthaltserlaubnis", "residence permit"),
        "other": _OTHER,
        "unknown": _NOT_KNOWN,
    },
    enums.CaseStatus: {
        "first_contact": ("Erstkontakt", "first contact"),
        "counselling": ("Beratung", "counselling"),
        "decision": ("Entscheidung", "decision"),
        "application_submitted": ("Antrag gestellt", "application submitted"),
        "approved": ("bewilligt", "approved"),
        "departed": ("ausgereist", "departed"),
        "reintegration_follow_up": ("Reintegrationsbegleitung", "reintegration follow-up"),
        "closed": ("abgeschlossen", "closed"),
        "paused": ("pausiert", "paused"),
        "withdrawn": ("zurückgezogen", "withdrawn"),
    },
    enums.CaseOutcome: {
        "returned_assisted": ("geförderte Rückkehr", "assisted return"),
        "returned_self_organised": ("selbstorganisierte Rückkehr", "self-organised return"),
        "onward_migration": ("Weiterwanderung", "onward migration"),
        "stays": ("Verbleib in Deutschland", "stays in Germany"),
        "removed": ("Abschiebung", "removed (deportation)"),
        "dublin_transfer": ("Dublin-Überstellung", "Dublin transfer"),
        "referred_elsewhere": ("an andere Stelle verwiesen", "referred elsewhere"),
        "contact_lost": ("Kontakt abgebrochen", "contact lost"),
        "other": _OTHER,
    },
    enums.ConsultationMode: {
        "in_person": ("persönlich", "in person"),
        "phone": ("Telefon", "phone"),
        "video": ("Video", "video"),
    },
    enums.InterpreterMode: {
        "in_person": ("Dolmetscher/-in vor Ort", "interpreter present"),
        "remote": ("Dolmetschung per Telefon/Video", "interpreter by phone/video"),
    },
    enums.Topic: {
        "return_options": ("Rückkehroptionen", "return options"),
        "travel_documents": ("Reisedokumente", "travel documents"),
        "financial_support": ("finanzielle Unterstützung", "financial support"),
        "medical_needs": ("medizinischer Bedarf", "medical needs"),
        "family_matters": ("familiäre Angelegenheiten", "family matters"),
        "reintegration_planning": ("Reintegrationsplanung", "reintegration planning"),
        "legal_status": ("aufenthaltsrechtliche Fragen", "legal status"),
        "housing": ("Wohnen", "housing"),
        "psychosocial": ("psychosoziale Unterstützung", "psychosocial support"),
        "other": _OTHER,
    },
    enums.VulnerabilityCategory: {
        "unaccompanied_minor": ("unbegleitete/-r Minderjährige/-r", "unaccompanied minor"),
        "minor_in_family": ("Minderjährige/-r in Familie", "minor in a family"),
        "pregnancy": ("Schwangerschaft", "pregnancy"),
        "elderly": ("ältere Person", "elderly person"),
        "disability": ("Behinderung", "disability"),
        "serious_illness": ("schwere Erkrankung", "serious illness"),
        "mental_health": ("psychische Erkrankung", "mental health"),
        "trafficking_survivor": ("Betroffene/-r von Menschenhandel", "survivor of trafficking"),
        "violence_survivor": (
            "Betroffene/-r von Gewalt oder Folter",
            "survivor of violence or torture",
        ),
        "single_parent": ("alleinerziehend", "single parent"),
        "lgbtiq": ("LSBTIQ*", "LGBTIQ*"),
        "other": _OTHER,
    },
    enums.FollowUpStatus: {
        "open": ("offen", "open"),
        "done": ("erledigt", "done"),
        "cancelled": ("entfallen", "cancelled"),
    },
    enums.PartnerKind: {
        "return_counselling_office": ("behördliche Rückkehrberatung", "return counselling office"),
        "competence_centre": ("Kompetenzzentrum", "competence centre"),
        "foreigners_authority": ("Ausländerbehörde", "foreigners authority"),
        "legal_advice": ("Rechtsberatung", "legal advice"),
        "medical": ("medizinische Versorgung", "medical"),
        "psychosocial": ("psychosoziale Versorgung", "psychosocial"),
        "reintegration_partner": ("Reintegrationspartner", "reintegration partner"),
        "other": _OTHER,
    },
    enums.ReferralStatus: {
        "planned": ("geplant", "planned"),
        "sent": ("übermittelt", "sent"),
        "accepted": ("angenommen", "accepted"),
        "completed": ("abgeschlossen", "completed"),
        "declined": ("abgelehnt", "declined"),
    },
    enums.ApplicationDecision: {
        "pending": ("ausstehend", "pending"),
        "approved": ("bewilligt", "approved"),
        "rejected": ("abgelehnt", "rejected"),
        "withdrawn": ("zurückgezogen", "withdrawn"),
    },
    enums.TravelDocuments: {
        "missing": ("nicht vorhanden", "missing"),
        "applied": ("beantragt", "applied for"),
        "available": ("vorhanden", "available"),
        "not_needed": ("nicht erforderlich", "not needed"),
    },
    enums.ConsentPurpose: {
        "data_processing": ("Datenverarbeitung", "data processing"),
        "sharing_with_partner": ("Weitergabe an einen Partner", "sharing with a partner"),
        "contact_after_return": ("Kontakt nach der Rückkehr", "contact after return"),
    },
    enums.AuditAction: {
        "viewed": ("angesehen", "viewed"),
        "created": ("angelegt", "created"),
        "changed": ("geändert", "changed"),
        "exported": ("exportiert", "exported"),
        "deleted": ("gelöscht", "deleted"),
    },
}

ENTITY_LABELS.update(return_labels.ENTITY_LABELS)
FIELD_LABELS.update(return_labels.FIELD_LABELS)
ENUM_LABELS.update(return_labels.ENUM_LABELS)

# A coded field is recognised by the validator its type carries (app/domain/codes.py).
_REFERENCE_VALIDATORS: dict[str, Any] = {
    kind: next(m for m in get_args(annotated)[1:] if isinstance(m, AfterValidator))
    for kind, annotated in (
        ("country", CountryCode),
        ("language", LanguageCode),
        ("site", SiteCode),
        ("programme", ProgrammeCode),
        ("document_type", DocumentTypeCode),
    )
}


def _pick(label: Label, language: str) -> str:
    if language not in LANGUAGES:
        raise ValueError(f"unsupported language {language!r} (use 'de' or 'en')")
    return label[0] if language == "de" else label[1]


def entity_label(entity: str, language: str) -> str:
    """The name of a kind of record; an unknown one (from a newer release) shows as itself."""
    found = ENTITY_LABELS.get(entity)
    return _pick(found, language) if found else entity


def field_label(entity: str, name: str, language: str) -> str:
    """The label of a field; an unknown field shows as its stored name rather than vanishing."""
    found = FIELD_LABELS.get(entity, {}).get(name) or COMMON_FIELDS.get(name)
    return _pick(found, language) if found else name


def _model(entity: str) -> type[Record] | type[AuditEvent] | None:
    return AuditEvent if entity == "audit_event" else ENTITIES.get(entity)


def _enum_in(annotation: Any) -> type[StrEnum] | None:
    if isinstance(annotation, type) and issubclass(annotation, StrEnum):
        return annotation
    # `X | None`, `list[X]` and `Annotated[X, ...]` all name X among their arguments.
    return next((e for a in get_args(annotation) if (e := _enum_in(a)) is not None), None)


def enum_of(entity: str, name: str) -> type[StrEnum] | None:
    """The code list a field's values come from, if it has one (also for lists of codes)."""
    model = _model(entity)
    if model is None or name not in model.model_fields:
        return None
    return _enum_in(model.model_fields[name].annotation)


def reference_kind(entity: str, name: str) -> str | None:
    """ "country", "language", "site" or "programme" when the field holds such a code."""
    model = ENTITIES.get(entity)
    if model is None or name not in model.model_fields:
        return None
    markers = model.markers(name)
    return next((k for k, v in _REFERENCE_VALIDATORS.items() if v in markers), None)


def code_label(enum: type[StrEnum], code: str, language: str) -> str:
    """The label of one code; a code this release does not know shows as itself."""
    found = ENUM_LABELS.get(enum, {}).get(code)
    return _pick(found, language) if found else code


def reference_name(kind: str, code: str, language: str) -> str:
    """The de/en name of a country, language, site or programme; an unknown code as itself."""
    if kind == "document_type":
        return default_programmes().document_name(code, language)
    reference = default_reference()
    lookup: Mapping[str, Any] = {
        "country": reference.countries_by_alpha3,
        "language": reference.languages_by_code,
        "site": reference.sites_by_code,
        "programme": reference.programmes_by_code,
    }[kind]
    item = lookup.get(code.strip().lower() if kind == "language" else code.strip().upper())
    if item is None:
        return code
    return str(item.name_de if language == "de" else item.name_en)


def value_label(entity: str, name: str, code: str, language: str) -> str:
    """The human word for one coded value of a field, or the value itself if it is no code."""
    enum = enum_of(entity, name)
    if enum is not None:
        return code_label(enum, code, language)
    kind = reference_kind(entity, name)
    if kind is not None:
        return reference_name(kind, code, language)
    return code


def is_coded(entity: str, name: str) -> bool:
    return enum_of(entity, name) is not None or reference_kind(entity, name) is not None
