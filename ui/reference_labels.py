"""Names of countries, languages and sites from the reference data, in the current UI language."""

from app.domain.reference import default_reference
from ui.qt import QtCore


def display_language() -> str:
    """ "de" or "en": the language of reference names, following the locale the app installed."""
    return "de" if QtCore.QLocale().language() == QtCore.QLocale.Language.German else "en"


def country_name(code: str | None) -> str:
    if not code:
        return ""
    return default_reference().country_name(code, display_language())


def language_name(code: str | None) -> str:
    if not code:
        return ""
    found = default_reference().languages_by_code.get(code.strip().lower())
    if found is None:
        return code
    return found.name_de if display_language() == "de" else found.name_en


def site_name(code: str | None) -> str:
    if not code:
        return ""
    found = default_reference().sites_by_code.get(code.strip().upper())
    if found is None:
        return code
    return found.name_de if display_language() == "de" else found.name_en


def _sorted(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    collator = QtCore.QCollator(QtCore.QLocale())
    collator.setCaseSensitivity(QtCore.Qt.CaseSensitivity.CaseInsensitive)
    return sorted(pairs, key=lambda pair: collator.sortKey(pair[1]))


def countries() -> list[tuple[str, str]]:
    """(alpha-3 code, name) by name in the current language."""
    lang = display_language()
    return _sorted(
        [
            (c.alpha3, c.name_de if lang == "de" else c.name_en)
            for c in default_reference().countries
        ]
    )


# The languages the return counselling network meets most, in this order at the top of every
# language list (a list starting at "Abkhazian" made the common choice the longest scroll).
COMMON_LANGUAGES = (
    "ara",  # Arabic
    "prs",  # Dari
    "fas",  # Farsi (Persian)
    "pus",  # Pashto
    "kmr",  # Kurdish: Kurmanji
    "ckb",  # Kurdish: Sorani
    "tur",  # Turkish
    "rus",  # Russian
    "kat",  # Georgian
    "srp",  # Serbian
    "sqi",  # Albanian
    "tir",  # Tigrinya
    "som",  # Somali
    "fra",  # French
    "eng",  # English
)


def languages() -> list[tuple[str, str]]:
    """The common ones first (COMMON_LANGUAGES), then all others by name; each once."""
    lang = display_language()
    names = {
        x.code: x.name_de if lang == "de" else x.name_en for x in default_reference().languages
    }
    common = [(code, names[code]) for code in COMMON_LANGUAGES if code in names]
    rest = [(code, name) for code, name in names.items() if code not in COMMON_LANGUAGES]
    return common + _sorted(rest)


def sites() -> list[tuple[str, str]]:
    lang = display_language()
    return _sorted(
        [(s.code, s.name_de if lang == "de" else s.name_en) for s in default_reference().sites]
    )
