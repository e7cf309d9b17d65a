"""German and English labels of the return process's entities, fields and codes (no Qt).

Merged into app/domain/field_labels.py, where the access export and the reports find them.
"""

from enum import StrEnum

from app.domain.enums import OutreachChannel
from app.domain.returns import codes

Label = tuple[str, str]

_CASE: Label = ("Fall", "Case")
_APPLICATION: Label = ("Antrag", "Application")
_PERSON: Label = ("Person", "Person")
_STATUS: Label = ("Status", "Status")
_NOTE: Label = ("Bemerkung", "Note")
_ATTACHMENT: Label = ("Anhang", "Attachment")
_PLAN: Label = ("Reintegrationsplan", "Reintegration plan")
_OTHER: Label = ("Sonstiges", "other")
_NOT_KNOWN: Label = ("nicht bekannt", "not known")

ENTITY_LABELS: dict[str, Label] = {
    "application_traveller": ("Reisende Person", "Traveller"),
    "departure": ("Ausreise", "Departure"),
    "support_payment": ("Förderleistung", "Support payment"),
    "external_reference": ("Externes Aktenzeichen", "External reference"),
    "information_request": ("Informationsanfrage", "Information request"),
    "document_check": ("Dokument (Checkliste)", "Document (checklist)"),
    "medical_return": ("Medizinische Rückkehr", "Medical return"),
    "reintegration_plan": _PLAN,
    "reintegration_measure": ("Reintegrationsmaßnahme", "Reintegration measure"),
    "reintegration_follow_up": ("Kontakt nach der Rückkehr", "Contact after return"),
    "sustainability_assessment": ("Nachhaltigkeitsbewertung", "Sustainability assessment"),
}

FIELD_LABELS: dict[str, dict[str, Label]] = {
    "application_traveller": {
        "case_id": _CASE,
        "application_id": _APPLICATION,
        "person_id": _PERSON,
        "role": ("Rolle", "Role"),
        "relationship": ("Beziehung zur Hauptperson", "Relationship to the main applicant"),
        "travels": ("Reist mit aus", "Travels"),
    },
    "departure": {
        "case_id": _CASE,
        "application_id": _APPLICATION,
        "planned_on": ("Geplante Ausreise", "Planned departure"),
        "mode": ("Reiseweg", "Travel mode"),
        "booking_reference": ("Buchungsnummer", "Booking reference"),
        "departure_point": ("Flughafen oder Grenzübergang", "Airport or border crossing"),
        "escort": ("Begleitung", "Escort"),
        "confirmed_on": ("Ausreise bestätigt am", "Departure confirmed on"),
        "confirmed_how": ("Bestätigt durch", "Confirmed by"),
        "not_departed_reason": ("Nicht ausgereist, weil", "Did not depart because"),
        "note": _NOTE,
    },
    "support_payment": {
        "case_id": _CASE,
        "application_id": _APPLICATION,
        "person_id": _PERSON,
        "component": ("Leistung", "Component"),
        "instalment": ("Rate", "Instalment"),
        "in_kind": ("Sachleistung", "In kind"),
        "status": _STATUS,
        "amount_cents": ("Betrag", "Amount"),
        "payer": ("Zahlende Stelle", "Payer"),
        "due_on": ("Fällig am", "Due on"),
        "approved_on": ("Bewilligt am", "Approved on"),
        "paid_on": ("Ausgezahlt / erbracht am", "Paid / delivered on"),
        "note": _NOTE,
    },
    "external_reference": {
        "case_id": _CASE,
        "application_id": _APPLICATION,
        "kind": ("Art", "Kind"),
        "number": ("Nummer", "Number"),
    },
    "information_request": {
        "case_id": _CASE,
        "person_id": _PERSON,
        "topic": ("Thema", "Topic"),
        "country": ("Land", "Country"),
        "asked_on": ("Angefragt am", "Asked on"),
        "answer_due_on": ("Antwort erwartet bis", "Answer due on"),
        "answered_on": ("Beantwortet am", "Answered on"),
        "summary": ("Zusammenfassung der Antwort", "Summary of the answer"),
        "attachment_id": _ATTACHMENT,
    },
    "document_check": {
        "case_id": _CASE,
        "application_id": _APPLICATION,
        "document_type": ("Dokument", "Document"),
        "person_id": _PERSON,
        "status": _STATUS,
        "issued_on": ("Ausgestellt am", "Issued on"),
        "valid_until": ("Gültig bis", "Valid until"),
        "attachment_id": _ATTACHMENT,
        "note": _NOTE,
    },
    "medical_return": {
        "case_id": _CASE,
        "person_id": _PERSON,
        "application_id": _APPLICATION,
        "fitness": ("Reisefähigkeit", "Fitness to travel"),
        "assessed_on": ("Eingeschätzt am", "Assessed on"),
        "source": ("Einschätzung durch", "Assessed by"),
        "medication_months": ("Medikamentenvorrat (Monate)", "Medication supply (months)"),
        "treatment_available": ("Behandlung im Zielland", "Treatment at the destination"),
        "information_request_id": ("Informationsanfrage", "Information request"),
    },
    "reintegration_plan": {
        "case_id": _CASE,
        "application_id": _APPLICATION,
        "drawn_up_on": ("Erstellt am", "Drawn up on"),
        "country": ("Land", "Country"),
        "partner": ("Partnerorganisation im Rückkehrland", "Partner in the country of return"),
    },
    "reintegration_measure": {
        "case_id": _CASE,
        "plan_id": _PLAN,
        "dimension": ("Dimension", "Dimension"),
        "goal": ("Ziel", "Goal"),
        "measure": ("Maßnahme", "Measure"),
        "status": _STATUS,
        "budget_cents": ("Budget", "Budget"),
        "payment_ids": ("Finanziert durch", "Paid from"),
    },
    "reintegration_follow_up": {
        "case_id": _CASE,
        "plan_id": _PLAN,
        "due_on": ("Geplant für", "Due on"),
        "held_on": ("Stattgefunden am", "Held on"),
        "mode": ("Kontaktweg", "Mode"),
        "by": ("Durch", "By"),
        "notes": ("Notizen", "Notes"),
    },
    "sustainability_assessment": {
        "case_id": _CASE,
        "person_id": _PERSON,
        "plan_id": _PLAN,
        "checkpoint": ("Zeitpunkt", "Checkpoint"),
        "assessed_on": ("Bewertet am", "Assessed on"),
        "questionnaire": ("Fragebogen (Version)", "Questionnaire (version)"),
        "answers": ("Antworten", "Answers"),
        "scores": ("Werte je Dimension", "Scores by dimension"),
        "result": ("Ergebnis", "Result"),
    },
}

ENUM_LABELS: dict[type[StrEnum], dict[str, Label]] = {
    OutreachChannel: {
        "reception_centre_session": (
            "Informationsveranstaltung in der Aufnahmeeinrichtung",
            "session in a reception centre",
        ),
        "municipality": ("Kommune", "municipality"),
        "ngo": ("Nichtregierungsorganisation", "NGO"),
        "authority": ("Behörde", "authority"),
        "word_of_mouth": ("Mundpropaganda", "word of mouth"),
        "online_portal": ("Online-Portal", "online portal"),
        "other": _OTHER,
    },
    codes.TravellerRole: {
        "main_applicant": ("Hauptantragsteller/-in", "main applicant"),
        "household_member": ("Haushaltsmitglied", "household member"),
    },
    codes.Relationship: {
        "spouse": ("Ehe- oder Lebenspartner/-in", "spouse or partner"),
        "child": ("Kind", "child"),
        "parent": ("Elternteil", "parent"),
        "sibling": ("Geschwister", "sibling"),
        "other": _OTHER,
    },
    codes.DocumentStatus: {
        "missing": ("fehlt", "missing"),
        "requested": ("angefordert", "requested"),
        "present": ("liegt vor", "present"),
        "expired": ("abgelaufen", "expired"),
        "not_needed": ("nicht erforderlich", "not needed"),
    },
    codes.TravelMode: {
        "flight": ("Flug", "flight"),
        "land": ("Landweg", "by land"),
        "self_organised": ("selbst organisiert", "self-organised"),
    },
    codes.Escort: {
        "none": ("ohne", "none"),
        "escort": ("Begleitung", "escort"),
        "medical_escort": ("medizinische Begleitung", "medical escort"),
    },
    codes.ConfirmationMethod: {
        "boarding_confirmation": ("Abflugbestätigung", "boarding confirmation"),
        "border_exit_stamp": ("Ausreisestempel", "border exit stamp"),
        "authority_notice": ("Mitteilung einer Behörde", "notice from an authority"),
        "partner_report": ("Bericht des Partners im Rückkehrland", "partner's report"),
        "contact_after_arrival": ("Kontakt nach der Ankunft", "contact after arrival"),
        "other": _OTHER,
    },
    codes.NotDepartedReason: {
        "withdrew": ("hat sich anders entschieden", "changed their mind"),
        "not_fit_to_travel": ("nicht reisefähig", "not fit to travel"),
        "documents_missing": ("Dokumente fehlen", "documents missing"),
        "travel_cancelled": ("Reise abgesagt", "travel cancelled"),
        "status_changed": ("Aufenthaltsstatus geändert", "residence status changed"),
        "contact_lost": ("Kontakt abgebrochen", "contact lost"),
        "other": _OTHER,
    },
    codes.SupportComponent: {
        "travel_costs": ("Reisekosten", "travel costs"),
        "travel_allowance": ("Reisebeihilfe", "travel allowance"),
        "start_up_aid": ("Starthilfe", "start-up aid"),
        "medical_support": ("medizinische Unterstützung", "medical support"),
        "reintegration_housing": ("Sachleistung Wohnen", "in-kind housing"),
        "reintegration_business": ("Sachleistung Existenzgründung", "in-kind business"),
        "reintegration_training": ("Sachleistung Ausbildung", "in-kind training"),
        "other": _OTHER,
    },
    codes.PaymentStatus: {
        "planned": ("geplant", "planned"),
        "approved": ("bewilligt", "approved"),
        "paid": ("ausgezahlt / erbracht", "paid / delivered"),
        "cancelled": ("storniert", "cancelled"),
        "reclaimed": ("zurückgefordert", "reclaimed"),
    },
    codes.Payer: {
        "bamf": ("BAMF", "BAMF"),
        "iom": ("IOM", "IOM"),
        "state": ("Land", "state"),
        "municipality": ("Kommune", "municipality"),
        "eu_partner": ("Partner des EU-Reintegrationsprogramms", "EU programme partner"),
        "ngo": ("Nichtregierungsorganisation", "NGO"),
        "other": _OTHER,
    },
    codes.ReferenceKind: {
        "federal_application": ("Antragsnummer (BAMF)", "federal application number"),
        "iom_case": ("IOM-Fallnummer", "IOM case number"),
        "reintegration_case": ("Fallnummer EU-Reintegrationsprogramm", "EU reintegration case"),
        "zirf_request": ("ZIRF-Anfragenummer", "ZIRF request number"),
        "other": _OTHER,
    },
    codes.InformationTopic: {
        "medical_treatment": ("medizinische Behandlung und Medikamente", "medical treatment"),
        "housing": ("Wohnen", "housing"),
        "labour_market": ("Arbeitsmarkt", "labour market"),
        "education": ("Bildung", "education"),
        "family_tracing": ("Familiensuche", "family tracing"),
        "other": _OTHER,
    },
    codes.FitnessToTravel: {
        "unknown": _NOT_KNOWN,
        "fit": ("reisefähig", "fit to travel"),
        "fit_with_escort": ("reisefähig mit Begleitung", "fit with escort"),
        "not_fit": ("nicht reisefähig", "not fit to travel"),
    },
    codes.FitnessSource: {
        "treating_doctor": ("behandelnde Ärztin / behandelnder Arzt", "treating doctor"),
        "public_health_officer": ("Amtsärztin / Amtsarzt", "public health officer"),
        "airline_medical_service": ("medizinischer Dienst der Fluggesellschaft", "airline"),
        "iom_medical": ("medizinischer Dienst der IOM", "IOM medical service"),
        "other": _OTHER,
    },
    codes.TreatmentAvailability: {
        "unknown": _NOT_KNOWN,
        "available": ("verfügbar", "available"),
        "partly_available": ("teilweise verfügbar", "partly available"),
        "not_available": ("nicht verfügbar", "not available"),
    },
    codes.Dimension: {
        "economic": ("wirtschaftlich", "economic"),
        "social": ("sozial", "social"),
        "psychosocial": ("psychosozial", "psychosocial"),
    },
    codes.MeasureStatus: {
        "planned": ("geplant", "planned"),
        "in_progress": ("läuft", "in progress"),
        "achieved": ("erreicht", "achieved"),
        "dropped": ("aufgegeben", "dropped"),
    },
    codes.ContactMode: {
        "phone": ("Telefon", "phone"),
        "video": ("Video", "video"),
        "messenger": ("Messenger", "messenger"),
        "visit": ("Besuch", "visit"),
        "written_report": ("schriftlicher Bericht", "written report"),
    },
    codes.ContactBy: {
        "counsellor": ("Beratung", "counsellor"),
        "partner": ("Partner im Rückkehrland", "partner"),
    },
    codes.Checkpoint: {
        "months_6": ("nach 6 Monaten", "after 6 months"),
        "months_12": ("nach 12 Monaten", "after 12 months"),
    },
    codes.SustainabilityResult: {
        "sustainable": ("nachhaltig", "sustainable"),
        "not_sustainable": ("nicht nachhaltig", "not sustainable"),
    },
}
