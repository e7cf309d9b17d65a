"""The words of the readable access export, in German and English.

Written for the person who asked, not for staff: each section says in a sentence or two what
it holds. Field and code labels come from app/domain/field_labels.py.
"""

from sync.server.exports.access.return_texts import TEXT as RETURN_TEXT

ORGANISATION_PLACEHOLDER = {
    "de": "[Verantwortliche Stelle: Name und Anschrift der Organisation]",
    "en": "[Controller: name and address of the organisation]",
}

TEXT: dict[str, dict[str, str]] = {
    "de": {
        "title": "Auskunft nach Art. 15 DSGVO",
        "subject": "Gespeicherte Daten über",
        "generated": "Erstellt am",
        "person_id": "Kennung der Person",
        "contents": "Inhalt",
        "intro": (
            "Sie haben Auskunft über die personenbezogenen Daten verlangt, die wir über Sie "
            "speichern. Dieses Dokument enthält alle Daten, die zum Zeitpunkt der Erstellung "
            "auf unserem zentralen Server über Sie gespeichert waren. Felder ohne Eintrag sind "
            "nicht aufgeführt. Beigefügt sind die Datei person.json mit denselben Daten in "
            "maschinenlesbarer Form (Art. 15 Abs. 3 und Art. 20 DSGVO) und der Ordner "
            "„attachments“ mit den gespeicherten Dokumenten."
        ),
        "person": "Angaben zur Person",
        "person_about": "Ihre Stammdaten, wie sie in der Beratung erfasst wurden.",
        "household": "Haushalt",
        "household_about": "Der Haushalt, in dem Sie beraten werden.",
        "members": "Weitere Mitglieder des Haushalts",
        "members_about": (
            "Von anderen Personen Ihres Haushalts sind hier nur die Namen genannt; "
            "ihre übrigen Daten gehören nicht zu dieser Auskunft."
        ),
        "vulnerability": "Vulnerabilitätseinschätzungen",
        "vulnerability_about": (
            "Einschätzungen eines besonderen Schutz- oder Unterstützungsbedarfs. Sie dienen "
            "dazu, Ihnen passende Unterstützung anzubieten."
        ),
        "consent": "Einwilligungen",
        "consent_about": "Die Einwilligungen, die Sie erteilt oder widerrufen haben.",
        "case": "Fälle",
        "case_about": "Die Beratungsprozesse, an denen Sie oder Ihr Haushalt beteiligt sind.",
        "case_status_change": "Verlauf der Fälle",
        "case_status_change_about": "Jede Statusänderung eines Falls mit Datum.",
        "consultation": "Beratungsgespräche",
        "consultation_about": (
            "Gespräche in Ihren Fällen oder an denen Sie teilgenommen haben, mit den "
            "Notizen der Beraterin oder des Beraters."
        ),
        "follow_up": "Wiedervorlagen",
        "follow_up_about": "Aufgaben, die sich die Beratung zu Ihren Fällen notiert hat.",
        "referral": "Vermittlungen",
        "referral_about": "Vermittlungen an andere Stellen, zum Beispiel Rechtsberatung.",
        "application": "Anträge",
        "application_about": "Anträge auf Förderung der Rückkehr oder Reintegration.",
        "attachment": "Dokumente",
        "attachment_about": (
            "Gespeicherte Dokumente, zum Beispiel unterschriebene Formulare. Jede Datei liegt "
            "im Ordner „attachments“ neben diesem Dokument."
        ),
        "conflicts": "Gleichzeitige Änderungen",
        "conflicts_about": (
            "Wurde dasselbe Feld auf zwei Geräten unterschiedlich geändert, bewahrt der Server "
            "beide Werte auf, damit nichts verloren geht. Auch diese Werte sind über Sie "
            "gespeichert."
        ),
        "audit": "Protokoll der Zugriffe und Änderungen",
        "audit_about": (
            "Wer Ihre Daten wann angesehen, angelegt, geändert, exportiert oder gelöscht hat. "
            "Das Protokoll enthält keine Inhalte, nur den Vorgang."
        ),
        "rights": "Ihre Rechte und weitere Informationen",
        "rights_items": (
            "Zweck: unabhängige, ergebnisoffene Rückkehr- und Reintegrationsberatung und die "
            "Beantragung von Unterstützung.|"
            "Empfänger: Daten werden nur mit Ihrer Einwilligung an die oben genannten "
            "Partnerstellen weitergegeben. Berichte an Geldgeber enthalten keine Namen.|"
            "Speicherdauer: abgeschlossene Fälle werden nach Ablauf der Aufbewahrungsfrist "
            "anonymisiert (in der Regel drei Jahre nach Abschluss).|"
            "Herkunft: die Daten stammen aus den Gesprächen mit Ihnen.|"
            "Sie haben das Recht auf Berichtigung (Art. 16), Löschung (Art. 17), Einschränkung "
            "der Verarbeitung (Art. 18), Datenübertragbarkeit (Art. 20) und Widerspruch "
            "(Art. 21 DSGVO). Eine Einwilligung können Sie jederzeit widerrufen.|"
            "Sie können sich bei einer Datenschutz-Aufsichtsbehörde beschweren (Art. 77 DSGVO)."
        ),
        "none": "Keine Einträge.",
        "file": "Datei",
        "field": "Feld",
        "value": "Wert",
        "yes": "ja",
        "no": "nein",
        "record": "Datensatz",
        "value_kept": "Übernommener Wert",
        "value_other": "Anderer Wert",
        "resolved": "Geklärt",
        "other_person": "andere Person",
        "not_included": "nicht Teil dieser Auskunft",
        "page_end": "Ende der Auskunft",
    },
    "en": {
        "title": "Access request under Art. 15 GDPR",
        "subject": "Data held about",
        "generated": "Generated on",
        "person_id": "Person's record id",
        "contents": "Contents",
        "intro": (
            "You asked for access to the personal data we hold about you. This document "
            "contains all data held about you on our central server when it was generated. "
            "Fields without an entry are not listed. Enclosed are the file person.json with "
            "the same data in a machine-readable form (Art. 15(3) and Art. 20 GDPR) and the "
            "folder 'attachments' with the stored documents."
        ),
        "person": "Personal details",
        "person_about": "Your personal details as recorded in counselling.",
        "household": "Household",
        "household_about": "The household in which you are counselled.",
        "members": "Other members of the household",
        "members_about": (
            "Other persons of your household are named here only; the rest of their data "
            "is not part of this copy."
        ),
        "vulnerability": "Vulnerability assessments",
        "vulnerability_about": (
            "Assessments of a particular need for protection or support, made so that "
            "suitable support can be offered to you."
        ),
        "consent": "Consents",
        "consent_about": "The consents you gave or withdrew.",
        "case": "Cases",
        "case_about": "The counselling processes you or your household take part in.",
        "case_status_change": "Case history",
        "case_status_change_about": "Every change of a case's status, with its date.",
        "consultation": "Consultations",
        "consultation_about": (
            "Consultations in your cases or that you took part in, with the counsellor's notes."
        ),
        "follow_up": "Follow-ups",
        "follow_up_about": "Tasks the counsellors noted for your cases.",
        "referral": "Referrals",
        "referral_about": "Referrals to other services, for example legal advice.",
        "application": "Applications",
        "application_about": "Applications for return or reintegration support.",
        "attachment": "Documents",
        "attachment_about": (
            "Stored documents such as signed forms. Each file is in the folder 'attachments' "
            "next to this document."
        ),
        "conflicts": "Concurrent changes",
        "conflicts_about": (
            "When the same field was changed differently on two devices, the server keeps "
            "both values so that nothing is lost. These values are also held about you."
        ),
        "audit": "Log of access and changes",
        "audit_about": (
            "Who viewed, created, changed, exported or deleted your data and when. The log "
            "holds no content, only the action."
        ),
        "rights": "Your rights and further information",
        "rights_items": (
            "Purpose: independent, open-outcome return and reintegration counselling and "
            "applications for support.|"
            "Recipients: data is passed to the partner services named above only with your "
            "consent. Reports to funders contain no names.|"
            "Storage period: closed cases are anonymised when the retention period ends "
            "(normally three years after closing).|"
            "Source: the data comes from the conversations with you.|"
            "You have the right to rectification (Art. 16), erasure (Art. 17), restriction of "
            "processing (Art. 18), data portability (Art. 20) and to object (Art. 21 GDPR). "
            "You can withdraw a consent at any time.|"
            "You can lodge a complaint with a data-protection supervisory authority (Art. 77 "
            "GDPR)."
        ),
        "none": "No entries.",
        "file": "File",
        "field": "Field",
        "value": "Value",
        "yes": "yes",
        "no": "no",
        "record": "Record",
        "value_kept": "Value kept",
        "value_other": "Other value",
        "resolved": "Settled",
        "other_person": "another person",
        "not_included": "not part of this copy",
        "page_end": "End of the copy",
    },
}

# The return process's sections live beside this file, so that each stays readable.
for _language, _words in RETURN_TEXT.items():
    TEXT[_language].update(_words)
