"""Persons, households and what is recorded per person: vulnerabilities and consents."""

from typing import Annotated, ClassVar

from pydantic import Field, StringConstraints, model_validator

from app.domain.base import (
    FreeText,
    Identifying,
    Indexed,
    LongText,
    MergedInto,
    PastDate,
    Record,
    RecordId,
    Ref,
    RuleBroken,
    ShortText,
)
from app.domain.codes import CountryCode, LanguageCode, SiteCode
from app.domain.enums import (
    ConsentPurpose,
    HouseholdRelation,
    ResidenceStatus,
    Sex,
    VulnerabilityCategory,
)
from app.domain.partial_date import PartialDate

Name = Annotated[ShortText, Identifying(), Indexed("title")]
Phone = Annotated[
    str,
    StringConstraints(strip_whitespace=True, pattern=r"^\+?[0-9 ()/\-]{3,30}$"),
    Identifying(),
]


class Household(Record):
    entity: ClassVar[str] = "household"
    label: Annotated[ShortText, Identifying(), Indexed("title")]
    site: SiteCode | None = None
    # Set when this household was merged into another (a duplicate): hidden, resolved there.
    merged_into: Annotated[RecordId | None, Ref("household"), MergedInto()] = None


class Person(Record):
    entity: ClassVar[str] = "person"
    family_name: Name
    given_names: Name | None = None
    aliases: Annotated[list[Name], Identifying(), Indexed("title")] = Field(
        default_factory=list, max_length=20
    )
    sex: Sex = Sex.unknown
    birth_date: Annotated[PartialDate | None, Identifying()] = None
    birth_date_estimated: bool = False
    nationality: CountryCode | None = None
    return_country: CountryCode | None = None
    languages: list[LanguageCode] = Field(default_factory=list, max_length=20)
    interpreter_needed: bool = False
    residence_status: ResidenceStatus = ResidenceStatus.unknown
    authority_file_number: Annotated[
        str | None, StringConstraints(max_length=60), Identifying()
    ] = None
    phone: Phone | None = None
    site: SiteCode | None = None
    household_id: Annotated[RecordId | None, Ref("household")] = None
    # Set when this person was merged into another (a duplicate): hidden, resolved there.
    merged_into: Annotated[RecordId | None, Ref("person"), MergedInto()] = None
    # To the head of the household (store migration 0007); not known for older records.
    relationship: HouseholdRelation | None = None


class Vulnerability(Record):
    """One dated assessment; categories are fixed codes because the funder counts them."""

    entity: ClassVar[str] = "vulnerability"
    person_id: Annotated[RecordId, Ref("person")]
    assessed_on: PastDate
    assessed_by: ShortText
    categories: list[VulnerabilityCategory] = Field(min_length=1, max_length=12)
    notes: LongText | None = None
    referral_id: Annotated[RecordId | None, Ref("referral")] = None

    @model_validator(mode="after")
    def _unique_categories(self) -> "Vulnerability":
        if len(set(self.categories)) != len(self.categories):
            raise RuleBroken("categories", "Kategorie doppelt / category listed twice")
        return self


class Consent(Record):
    entity: ClassVar[str] = "consent"
    person_id: Annotated[RecordId, Ref("person")]
    purpose: ConsentPurpose
    partner: Annotated[ShortText | None, FreeText()] = None
    given_on: PastDate
    form_version: Annotated[str, StringConstraints(min_length=1, max_length=40)]
    withdrawn_on: PastDate | None = None
    attachment_id: Annotated[RecordId | None, Ref("attachment")] = None

    @model_validator(mode="after")
    def _rules(self) -> "Consent":
        if self.purpose == ConsentPurpose.sharing_with_partner and not self.partner:
            raise RuleBroken("partner", "Partner fehlt / sharing needs the partner's name")
        if self.withdrawn_on and self.withdrawn_on < self.given_on:
            raise RuleBroken(
                "withdrawn_on", "Widerruf vor Erteilung / withdrawn before it was given"
            )
        return self
