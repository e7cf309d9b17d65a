"""Field types for codes checked against the reference data in resources/."""

from typing import Annotated

from pydantic import AfterValidator

from app.domain.reference import default_reference


def _country(code: str) -> str:
    code = code.strip().upper()
    if not default_reference().is_country(code):
        raise ValueError(
            f"unbekannter Ländercode / unknown country code '{code}' (ISO 3166-1 alpha-3)"
        )
    return code


def _language(code: str) -> str:
    code = code.strip().lower()
    if not default_reference().is_language(code):
        raise ValueError(f"unbekannter Sprachcode / unknown language code '{code}' (ISO 639)")
    return code


def _site(code: str) -> str:
    code = code.strip().upper()
    if not default_reference().is_site(code):
        raise ValueError(f"unbekannter Standort / unknown site '{code}'")
    return code


def _programme(code: str) -> str:
    code = code.strip().upper()
    if not default_reference().is_programme(code):
        raise ValueError(f"unbekanntes Programm / unknown programme '{code}'")
    return code


CountryCode = Annotated[str, AfterValidator(_country)]
LanguageCode = Annotated[str, AfterValidator(_language)]
SiteCode = Annotated[str, AfterValidator(_site)]
ProgrammeCode = Annotated[str, AfterValidator(_programme)]
