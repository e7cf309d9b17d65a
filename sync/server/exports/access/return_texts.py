"""The access export's sections of the return process, in German and English (see texts.py)."""

TEXT: dict[str, dict[str, str]] = {
    "de": {
        "application_traveller": "Reisende",
        "application_traveller_about": (
            "Wer zu einem Antrag gehört und ob die Person mit ausreist oder hier bleibt."
        ),
        "document_check": "Dokumente für die Ausreise",
        "document_check_about": (
            "Die Checkliste der Dokumente, die ein Programm für die Ausreise verlangt, mit "
            "Stand und Gültigkeit."
        ),
        "departure": "Ausreise",
        "departure_about": (
            "Geplante und bestätigte Ausreise, Reiseweg und Begleitung, oder warum sie nicht "
            "stattfand."
        ),
        "support_payment": "Förderleistungen",
        "support_payment_about": (
            "Geplante, bewilligte und ausgezahlte Leistungen der Programme, mit Beträgen."
        ),
        "external_reference": "Aktenzeichen anderer Stellen",
        "external_reference_about": (
            "Nummern, unter denen andere Stellen (BAMF, IOM, Reintegrationsprogramme) Ihren "
            "Antrag führen."
        ),
        "information_request": "Informationsanfragen",
        "information_request_about": (
            "Anfragen zu den Bedingungen im Rückkehrland, zum Beispiel zur medizinischen "
            "Versorgung, und die Antworten."
        ),
        "medical_return": "Medizinische Rückkehr",
        "medical_return_about": (
            "Reisefähigkeit, benötigte Medikamente und die Behandlung im Rückkehrland."
        ),
        "reintegration_plan": "Reintegrationspläne",
        "reintegration_plan_about": "Pläne für die Zeit nach der Rückkehr, mit der Partnerstelle.",
        "reintegration_measure": "Ziele und Maßnahmen",
        "reintegration_measure_about": "Ziele und Maßnahmen der Reintegrationspläne.",
        "reintegration_follow_up": "Kontakte nach der Rückkehr",
        "reintegration_follow_up_about": (
            "Geplante und stattgefundene Kontakte nach der Rückkehr, mit Notizen."
        ),
        "sustainability_assessment": "Nachhaltigkeitsbewertungen",
        "sustainability_assessment_about": (
            "Fragebogen sechs und zwölf Monate nach der Rückkehr, mit Ihren Antworten."
        ),
    },
    "en": {
        "application_traveller": "Travellers",
        "application_traveller_about": (
            "Who belongs to an application, and whether the person travels or stays."
        ),
        "document_check": "Documents for the departure",
        "document_check_about": (
            "The checklist of the documents a programme requires for the departure, with "
            "their state and validity."
        ),
        "departure": "Departure",
        "departure_about": (
            "Planned and confirmed departure, travel mode and escort, or why it did not happen."
        ),
        "support_payment": "Support",
        "support_payment_about": "Planned, approved and paid support of the programmes, with amounts.",
        "external_reference": "Reference numbers of other bodies",
        "external_reference_about": (
            "Numbers under which other bodies (BAMF, IOM, reintegration programmes) keep your "
            "application."
        ),
        "information_request": "Information requests",
        "information_request_about": (
            "Requests about conditions in the country of return, for example medical care, "
            "and their answers."
        ),
        "medical_return": "Medical return",
        "medical_return_about": (
            "Fitness to travel, medication needed and the treatment in the country of return."
        ),
        "reintegration_plan": "Reintegration plans",
        "reintegration_plan_about": "Plans for the time after the return, with the partner.",
        "reintegration_measure": "Goals and measures",
        "reintegration_measure_about": "The goals and measures of the reintegration plans.",
        "reintegration_follow_up": "Contacts after the return",
        "reintegration_follow_up_about": "Planned and held contacts after the return, with notes.",
        "sustainability_assessment": "Sustainability assessments",
        "sustainability_assessment_about": (
            "The questionnaire six and twelve months after the return, with your answers."
        ),
    },
}
