"""Reference data: the committed files load, hold what the domain needs, and bad files are refused."""

import json
import re
import shutil
from datetime import date
from pathlib import Path

import pytest

from app.domain.reference import (
    Programme,
    ReferenceData,
    ReferenceDataError,
    default_directory,
    default_reference,
    load_reference,
)
from app.errors import UserError

SOURCE = Path(__file__).resolve().parents[3] / "resources" / "reference"


@pytest.fixture
def ref() -> ReferenceData:
    return load_reference(SOURCE)


@pytest.fixture
def copy_dir(tmp_path: Path) -> Path:
    target = tmp_path / "reference"
    target.mkdir()
    for path in SOURCE.glob("*.json"):
        shutil.copy(path, target / path.name)
    return target


def _items(directory: Path, file: str) -> list[dict]:
    return json.loads((directory / file).read_text(encoding="utf-8"))


def _write(directory: Path, file: str, items: object) -> None:
    (directory / file).write_text(json.dumps(items, ensure_ascii=False), encoding="utf-8")


def test_counts(ref: ReferenceData) -> None:
    assert len(ref.districts) == 36
    assert sum(d.kind == "city" for d in ref.districts) == 12
    assert sum(d.kind == "county" for d in ref.districts) == 24
    assert sum(s.kind == "reception_centre" for s in ref.sites) == 5
    assert sum(s.kind == "municipality" for s in ref.sites) == 36
    assert len(ref.sites) == 41
    assert len(ref.countries) >= 249 + 2
    assert {p.code for p in ref.programmes} == {
        "REAG_GARP",
        "STARTHILFE_PLUS",
        "EU_REINTEGRATION",
        "STATE_RLP",
        "MUNICIPAL",
        "OTHER",
    }


def test_every_district_has_exactly_one_municipal_site(ref: ReferenceData) -> None:
    municipal = [s.district_ags for s in ref.sites if s.kind == "municipality"]
    assert sorted(municipal) == sorted(d.ags for d in ref.districts)


def test_district_keys_spot_checks(ref: ReferenceData) -> None:
    assert ref.district("07111").name == "Koblenz"
    assert ref.district("07211").name == "Trier"
    assert ref.district("07315").kfz == "MZ"
    assert ref.district("07335").kind == "county"
    assert ref.district("07335").name == "Kaiserslautern"
    assert all(d.ags.startswith("07") for d in ref.districts)


def test_reception_centres(ref: ReferenceData) -> None:
    expected = {"ATR": "07211", "AHK": "07235", "ABI": "07232", "AKU": "07336", "ASP": "07318"}
    assert {code: ref.site(code).district_ags for code in expected} == expected
    assert all(ref.site(code).kind == "reception_centre" for code in expected)


def test_site_codes_unique_and_short_ascii(ref: ReferenceData) -> None:
    codes = [s.code for s in ref.sites]
    assert len(codes) == len(set(codes))
    assert all(re.fullmatch(r"[A-Z]{2,4}", code) for code in codes)
    assert ref.site("KL").district_ags == "07312"
    assert ref.site("KLL").district_ags == "07335"


def test_languages_needed_for_interpreting(ref: ReferenceData) -> None:
    needed = ["deu", "eng", "ara", "fas", "prs", "pus", "tir", "kmr", "ckb", "rus", "tur", "sqi"]
    assert [code for code in needed if not ref.is_language(code)] == []
    assert ref.language("deu").alpha2 == "de"
    assert ref.language("prs").alpha2 is None
    assert ref.language("deu").name_de == "Deutsch"
    assert sum(lang.alpha2 is not None for lang in ref.languages) >= 180


def test_country_names(ref: ReferenceData) -> None:
    assert ref.country_name("DEU") == "Deutschland"
    assert ref.country_name("SYR") == "Syrien"
    assert ref.country_name("AFG") == "Afghanistan"
    assert ref.country_name("BOL", lang="en") == "Bolivia"
    assert ref.country("XXA").name_en == "Stateless"
    assert ref.country("XXX").name_de == "Unbekannt"
    assert ref.country_name("QQQ") == "QQQ"
    with pytest.raises(ValueError):
        ref.country_name("DEU", lang="fr")


def test_lookups_normalise_case_and_reject_unknown(ref: ReferenceData) -> None:
    assert ref.is_country("deu")
    assert ref.is_site(" tr ")
    assert ref.is_programme("reag_garp")
    assert not ref.is_country("ZZZ")
    with pytest.raises(KeyError, match="unknown site"):
        ref.site("NOPE")


def test_programmes_valid_on(ref: ReferenceData) -> None:
    assert "EU_REINTEGRATION" not in {p.code for p in ref.programmes_valid_on(date(2021, 6, 1))}
    assert "EU_REINTEGRATION" in {p.code for p in ref.programmes_valid_on(date(2024, 6, 1))}
    assert ref.programmes_valid_on(date(2019, 12, 31)) == ()
    ended = Programme(
        code="OLD",
        name_de="Alt",
        name_en="Old",
        kind="other",
        valid_from=date(2020, 1, 1),
        valid_to=date(2020, 12, 31),
    )
    assert ended.valid_on(date(2020, 12, 31))
    assert not ended.valid_on(date(2021, 1, 1))


def test_default_reference_is_cached_and_env_override(
    copy_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert default_reference() is default_reference()
    monkeypatch.setenv("FALLAKTE_RESOURCES", str(copy_dir.parent))
    assert default_directory() == copy_dir
    monkeypatch.delenv("FALLAKTE_RESOURCES")
    assert default_directory() == SOURCE


def test_a_programmes_json_left_from_an_older_release_is_refused_with_what_to_do(
    copy_dir: Path,
) -> None:
    _write(copy_dir, "programmes.json", [{"code": "REAG_GARP"}])
    with pytest.raises(ReferenceDataError, match=r"programmes\.json .* no longer read.*\.toml"):
        load_reference(copy_dir)


def test_the_programme_list_comes_from_the_programme_files(ref: ReferenceData) -> None:
    from app.domain.programmes import load_programmes

    rules = load_programmes()
    assert [p.code for p in ref.programmes] == [p.code for p in rules.programmes]
    assert (
        ref.programme("eu_reintegration").valid_from
        == rules.programme("EU_REINTEGRATION").valid_from
    )


def test_duplicate_code(copy_dir: Path) -> None:
    items = _items(copy_dir, "sites.json")
    items.append(dict(items[0]))
    _write(copy_dir, "sites.json", items)
    with pytest.raises(
        ReferenceDataError,
        match=rf"sites\.json item {len(items)} \(code 'ABI'\): duplicate code, already used by item 1",
    ):
        load_reference(copy_dir)


def test_duplicate_country(copy_dir: Path) -> None:
    items = _items(copy_dir, "countries.json")
    items[1]["alpha3"] = items[0]["alpha3"]
    _write(copy_dir, "countries.json", items)
    with pytest.raises(ReferenceDataError, match=r"countries\.json item 2 \(alpha3 '\w{3}'\)"):
        load_reference(copy_dir)


def test_site_with_unknown_district(copy_dir: Path) -> None:
    items = _items(copy_dir, "sites.json")
    items[4]["district_ags"] = "07999"
    _write(copy_dir, "sites.json", items)
    code = items[4]["code"]
    with pytest.raises(
        ReferenceDataError,
        match=rf"sites\.json item 5 \(code '{code}'\): district_ags '07999' is not in districts\.json",
    ):
        load_reference(copy_dir)


def test_malformed_json(copy_dir: Path) -> None:
    (copy_dir / "languages.json").write_text('[{"code": "deu",', encoding="utf-8")
    with pytest.raises(ReferenceDataError, match=r"languages\.json: not valid UTF-8 JSON"):
        load_reference(copy_dir)


def test_not_a_list(copy_dir: Path) -> None:
    _write(copy_dir, "districts.json", {"ags": "07111"})
    with pytest.raises(ReferenceDataError, match=r"districts\.json: expected a JSON list"):
        load_reference(copy_dir)


def test_invalid_field_and_unknown_field(copy_dir: Path) -> None:
    items = _items(copy_dir, "sites.json")
    items[0]["code"] = "abc1"
    _write(copy_dir, "sites.json", items)
    with pytest.raises(ReferenceDataError, match=r"sites\.json item 1 \(code 'abc1'\): code: "):
        load_reference(copy_dir)
    items[0]["code"] = "ABI"
    items[0]["colour"] = "red"
    _write(copy_dir, "sites.json", items)
    with pytest.raises(ReferenceDataError, match=r"sites\.json item 1 \(code 'ABI'\): colour: "):
        load_reference(copy_dir)


def test_missing_file(copy_dir: Path) -> None:
    (copy_dir / "sites.json").unlink()
    with pytest.raises(ReferenceDataError, match=r"sites\.json: file not found"):
        load_reference(copy_dir)


def test_error_is_a_user_error() -> None:
    assert issubclass(ReferenceDataError, UserError)
