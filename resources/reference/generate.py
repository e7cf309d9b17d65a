"""Dev-time tool: writes countries.json and languages.json from pycountry; the output is committed.

Run it from the repository root after upgrading pycountry (a dev dependency,
never needed at run time):

    .venv/bin/python resources/reference/generate.py

The output is sorted by code and written one item per line, so a re-run with
the same pycountry version gives byte-identical files and an upgrade gives a
readable diff. districts.json, sites.json and programmes.json are maintained
by hand and are not touched.
"""

from __future__ import annotations

import gettext
import json
from pathlib import Path
from typing import Any

import pycountry

HERE = Path(__file__).resolve().parent

# Not ISO 3166-1 countries, but answers a counsellor must be able to record.
SPECIAL_COUNTRIES = [
    {"alpha3": "XXA", "alpha2": None, "name_de": "Staatenlos", "name_en": "Stateless"},
    {"alpha3": "XXX", "alpha2": None, "name_de": "Unbekannt", "name_en": "Unknown"},
]

# Languages without an ISO 639-1 code that are common among people counselled
# in Germany; the macrolanguages (ara, fas, kur, pus, ...) come in via alpha-2.
EXTRA_LANGUAGES = ["prs", "kmr", "ckb", "apc", "arz", "tig"]


def write_json(path: Path, items: list[dict[str, Any]]) -> None:
    lines = ",\n".join(json.dumps(item, ensure_ascii=False) for item in items)
    path.write_text(f"[\n{lines}\n]\n", encoding="utf-8", newline="\n")


def countries() -> list[dict[str, Any]]:
    de = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["de"])
    items = []
    for country in pycountry.countries:
        # common_name is the name people use ("Bolivia", "Syria"); the short
        # official name is the fallback for the rest.
        name = getattr(country, "common_name", None) or country.name
        items.append(
            {
                "alpha3": country.alpha_3,
                "alpha2": country.alpha_2,
                "name_de": de.gettext(name),
                "name_en": name,
            }
        )
    items.extend(SPECIAL_COUNTRIES)
    return sorted(items, key=lambda item: item["alpha3"])


def _first_alternative(name: str) -> str:
    # The German catalogue lists some alternatives ("Paschtu; Afghanisch").
    return name.split(";")[0].strip()


def languages() -> list[dict[str, Any]]:
    de = gettext.translation("iso639-3", pycountry.LOCALES_DIR, languages=["de"])
    chosen = [lang for lang in pycountry.languages if hasattr(lang, "alpha_2")]
    for code in EXTRA_LANGUAGES:
        lang = pycountry.languages.get(alpha_3=code)
        if lang is None:
            raise SystemExit(f"pycountry has no ISO 639-3 language '{code}'")
        chosen.append(lang)
    items = {
        lang.alpha_3: {
            "code": lang.alpha_3,
            "alpha2": getattr(lang, "alpha_2", None),
            # gettext returns the English msgid when there is no German entry.
            "name_de": _first_alternative(de.gettext(lang.name)),
            "name_en": lang.name,
        }
        for lang in chosen
    }
    return [items[code] for code in sorted(items)]


def main() -> None:
    write_json(HERE / "countries.json", countries())
    write_json(HERE / "languages.json", languages())


if __name__ == "__main__":
    main()
