"""German and English labels of the report's dimensions and of the codes they break down by.

Reference data (countries, sites, districts, programmes) brings its own names; this table
covers the fixed enums and the age groups, so the core needs no Qt translation files.
"""

from collections.abc import Callable

from app.domain.enums import OutreachChannel, Sex, VulnerabilityCategory
from app.domain.reference import ReferenceData

Label = tuple[str, str]  # (de, en)

NOT_RECORDED: Label = ("nicht erfasst", "not recorded")

DIMENSIONS: dict[str, Label] = {
    "sex": ("Geschlecht", "Sex"),
    "age_group": ("Altersgruppe", "Age group"),
    "nationality": ("Staatsangehörigkeit", "Nationality"),
    "vulnerability": ("Vulnerabilität", "Vulnerability"),
    "site": ("Standort", "Site"),
    "district": ("Kreis", "District"),
    "team": ("Team", "Team"),
    "programme": ("Förderprogramm", "Programme"),
    "outreach": ("Zugang zur Beratung", "How the service was found"),
}

# In the order a report lists them.
AGE_GROUPS: dict[str, Label] = {
    "0-13": ("0–13 Jahre", "0–13 years"),
    "14-17": ("14–17 Jahre", "14–17 years"),
    "18-34": ("18–34 Jahre", "18–34 years"),
    "35-64": ("35–64 Jahre", "35–64 years"),
    "65+": ("65 Jahre und älter", "65 years and over"),
}

SEX: dict[str, Label] = {
    Sex.female: ("weiblich", "female"),
    Sex.male: ("männlich", "male"),
    Sex.diverse: ("divers", "diverse"),
    Sex.unknown: ("unbekannt", "unknown"),
}

VULNERABILITY: dict[str, Label] = {
    VulnerabilityCategory.unaccompanied_minor: (
        "unbegleitete/-r Minderjährige/-r",
        "unaccompanied minor",
    ),
    VulnerabilityCategory.minor_in_family: ("Minderjährige/-r in Familie", "minor in a family"),
    VulnerabilityCategory.pregnancy: ("Schwangerschaft", "pregnancy"),
    VulnerabilityCategory.elderly: ("ältere Person", "elderly person"),
    VulnerabilityCategory.disability: ("Behinderung", "disability"),
    VulnerabilityCategory.serious_illness: ("schwere Erkrankung", "serious illness"),
    VulnerabilityCategory.mental_health: ("psychische Erkrankung", "mental health"),
    VulnerabilityCategory.trafficking_survivor: (
        "Betroffene/-r von Menschenhandel",
        "survivor of trafficking",
    ),
    VulnerabilityCategory.violence_survivor: (
        "Betroffene/-r von Gewalt oder Folter",
        "survivor of violence or torture",
    ),
    VulnerabilityCategory.single_parent: ("alleinerziehend", "single parent"),
    VulnerabilityCategory.lgbtiq: ("LSBTIQ*", "LGBTIQ*"),
    VulnerabilityCategory.other: ("sonstige", "other"),
}

OUTREACH: dict[str, Label] = {
    OutreachChannel.reception_centre_session: (
        "Informationsveranstaltung in der Aufnahmeeinrichtung",
        "session in a reception centre",
    ),
    OutreachChannel.municipality: ("Kommune", "municipality"),
    OutreachChannel.ngo: ("Nichtregierungsorganisation", "NGO"),
    OutreachChannel.authority: ("Behörde", "authority"),
    OutreachChannel.word_of_mouth: ("Mundpropaganda", "word of mouth"),
    OutreachChannel.online_portal: ("Online-Portal", "online portal"),
    OutreachChannel.other: ("sonstiger Weg", "other"),
}

# Shown for a person with no vulnerability assessed by the period's end.
NO_VULNERABILITY: Label = ("keine erfasst", "none recorded")
# Shown for a case without a (live) application.
NO_PROGRAMME: Label = ("kein Programm", "no programme")


Labeller = Callable[[str], Label]


def labeller(ref: ReferenceData, dimension: str, teams: dict[str, str]) -> Labeller:
    """(de, en) label of a breakdown row's key; unknown codes are shown as the code."""

    def fixed(table: dict[str, Label], empty: Label) -> Labeller:
        return lambda key: table.get(key, (key, key)) if key else empty

    if dimension == "sex":
        return fixed(SEX, NOT_RECORDED)
    if dimension == "age_group":
        return fixed(AGE_GROUPS, NOT_RECORDED)
    if dimension == "vulnerability":
        return fixed(VULNERABILITY, NO_VULNERABILITY)
    if dimension == "outreach":
        return fixed(OUTREACH, NOT_RECORDED)
    if dimension == "nationality":
        table = {c.alpha3: (c.name_de, c.name_en) for c in ref.countries}
        return fixed(table, NOT_RECORDED)
    if dimension == "site":
        table = {s.code: (s.name_de, s.name_en) for s in ref.sites}
        return fixed(table, NOT_RECORDED)
    if dimension == "district":
        kinds = {"city": ("kreisfreie Stadt", "city"), "county": ("Landkreis", "district")}
        table = {
            d.ags: (f"{d.name} ({kinds[d.kind][0]})", f"{d.name} ({kinds[d.kind][1]})")
            for d in ref.districts
        }
        return fixed(table, NOT_RECORDED)
    if dimension == "programme":
        table = {p.code: (p.name_de, p.name_en) for p in ref.programmes}
        return fixed(table, NO_PROGRAMME)
    return fixed({t: (name, name) for t, name in teams.items()}, NOT_RECORDED)
