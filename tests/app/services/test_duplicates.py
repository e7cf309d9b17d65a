"""Likely duplicates at intake: spellings, birth years, file numbers, phones; a lead's pair list."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.services.duplicates import Candidate, DuplicateIndex, codes, fold, score


def person(pid: str, family: str, given: str = "", **fields) -> Candidate:
    return Candidate.of({"family_name": family, "given_names": given, **fields}, record_id=pid)


def index_of(*people: Candidate) -> DuplicateIndex:
    index = DuplicateIndex()
    for p in people:
        index.add(p)
    return index


@pytest.mark.parametrize(
    "spellings",
    [
        ("Avcı", "Avci", "Awdschi", "Avdzhi"),
        ("Müller", "Mueller", "Muller"),
        ("Mohammed", "Mohamed", "Muhammad", "Mohammad"),
        ("Kılıç", "Kilic", "Kilitsch"),
        ("Yılmaz", "Yilmaz", "Jilmas"),
    ],
)
def test_transliterations_of_one_name_share_a_code(spellings):
    assert len({tuple(codes(name)) for name in spellings}) == 1


def test_fold_keeps_letters_and_drops_marks():
    assert fold("Avcı Kılıç Müller Øre Łódź") == "avci kilic muller ore lodz"


def test_a_spelling_variant_with_the_same_birth_year_matches():
    stored = person("p1", "Avcı", "Mehmet", birth_date="1987-03-14", nationality="TUR")
    typed = person(None, "Awdschi", "Mehmet", birth_date="1987", nationality="TUR")
    (match,) = index_of(stored).matches(typed)
    assert match.person_id == "p1"
    assert set(match.reasons) >= {"name", "birth_year", "nationality"}
    assert match.score >= 75


def test_birth_year_one_apart_matches_more_does_not():
    stored = person("p1", "Haddad", "Rami", birth_date="1990")
    assert index_of(stored).matches(person(None, "Hadad", "Rami", birth_date="1991"))
    assert not index_of(stored).matches(person(None, "Hadad", "Rami", birth_date="1993"))


def test_swapped_family_and_given_names_match():
    stored = person("p1", "Hassan", "Ali", birth_date="1980")
    assert index_of(stored).matches(person(None, "Ali", "Hassan", birth_date="1980"))


def test_aliases_are_names_too():
    stored = person("p1", "Rahimi", "Zahra", aliases=["Rahimy"])
    typed = person(None, "Rahimy", "Zahra")
    assert [m.person_id for m in index_of(stored).matches(typed)] == ["p1"]


def test_file_number_and_phone_match_whatever_the_name():
    stored = person(
        "p1", "Ahmadi", "Nasrin", authority_file_number="123-456/ab", phone="+49 171 2345678"
    )
    by_file = index_of(stored).matches(person(None, "Unbekannt", authority_file_number="123456AB"))
    assert by_file and by_file[0].reasons == ("file_number",) and by_file[0].score >= 90
    by_phone = index_of(stored).matches(person(None, "X", phone="0171 234 5678"))
    assert by_phone and "phone" in by_phone[0].reasons


def test_different_people_with_a_similar_sound_do_not_match():
    stored = person("p1", "Meier", "Anna", birth_date="1970")
    assert not index_of(stored).matches(person(None, "Mahr", "Omid", birth_date="1999"))
    # A short, common sound alone is not enough without a similar whole name.
    assert not index_of(person("p2", "Ali", "Ahmad")).matches(person(None, "Ola", "Ingrid"))


def test_the_person_being_edited_is_never_its_own_duplicate():
    stored = person("p1", "Haddad", "Rami")
    assert index_of(stored).matches(person("p1", "Haddad", "Rami")) == []


def test_best_first_and_bounded():
    index = index_of(
        *(person(f"p{i}", "Haddad", "Rami" if i == 3 else f"R{i}x") for i in range(12))
    )
    found = index.matches(person(None, "Haddad", "Rami"), limit=5)
    assert len(found) == 5 and found[0].person_id == "p3"
    assert [m.score for m in found] == sorted((m.score for m in found), reverse=True)


def test_removing_and_changing_keep_the_buckets_right():
    index = index_of(person("p1", "Haddad", "Rami", phone="0171 2345678"))
    index.add(person("p1", "Schmidt", "Rami"))  # renamed: the old name's bucket forgets it
    assert not index.matches(person(None, "Haddad", "Rami", phone="0000 111222"))
    assert index.matches(person(None, "Schmitt", "Rami"))
    index.remove("p1")
    assert index.people == {} and index.by_code == {} and index.by_phone == {}


def test_pairs_lists_each_likely_pair_once():
    index = index_of(
        person("a", "Avcı", "Mehmet", birth_date="1987"),
        person("b", "Avci", "Mehmet", birth_date="1987"),
        person("c", "Avci", "Mehmet", birth_date="2001"),
        person("d", "Schmidt", "Eva", authority_file_number="X1"),
        person("e", "Schulz", "Eva", authority_file_number="x-1"),
    )
    pairs = {(a, b) for a, b, _ in index.pairs()}
    assert pairs == {("a", "b"), ("d", "e")}


names = st.text(alphabet="abcdefghijklmnoprstuvwyzäöüıç", min_size=2, max_size=12)


@given(family=names, given_name=names, year=st.integers(1930, 2020))
def test_a_person_always_matches_an_exact_copy_and_scores_are_symmetric_enough(
    family, given_name, year
):
    stored = person("p1", family, given_name, birth_date=str(year))
    typed = person(None, family, given_name, birth_date=str(year))
    if not codes(family):
        return  # a name without any sound (e.g. "hh") cannot be matched by sound
    found = index_of(stored).matches(typed)
    assert [m.person_id for m in found] == ["p1"] and found[0].score >= 90
    back = score(stored, person("p2", family, given_name, birth_date=str(year)))
    assert back is not None and abs(back.score - found[0].score) <= 5


# -- import -------------------------------------------------------------------------------


def _import(store, tmp_path, rows: list[dict], **options):
    import json

    from app.services.importing import import_file

    path = tmp_path / "persons.jsonl"
    path.write_text("\n".join(json.dumps({"entity": "person", **r}) for r in rows) + "\n")
    return import_file(store, path=path, **options)


def test_import_reports_a_likely_duplicate_and_imports_nothing(store, make, tmp_path):
    from app.errors import ImportFailed
    from app.services.records import count

    make.person(family_name="Avcı", given_names="Mehmet", birth_date="1987-03-14")
    before = count(store, entity="person")
    rows = [
        {"family_name": "Awdschi", "given_names": "Mehmet", "birth_date": "1987"},
        {"family_name": "Neumann", "given_names": "Lea"},
    ]
    with pytest.raises(ImportFailed) as failed:
        _import(store, tmp_path, rows)
    assert "line 1" in str(failed.value) and "duplicate" in str(failed.value)
    assert count(store, entity="person") == before


def test_import_skip_leaves_duplicates_out_also_within_the_file(store, make, tmp_path):
    from app.services.records import count

    make.person(family_name="Avcı", given_names="Mehmet", birth_date="1987-03-14")
    before = count(store, entity="person")
    rows = [
        {"family_name": "Awdschi", "given_names": "Mehmet", "birth_date": "1987"},
        {"family_name": "Neumann", "given_names": "Lea", "birth_date": "1990"},
        {"family_name": "Naumann", "given_names": "Lea", "birth_date": "1990"},
    ]
    report = _import(store, tmp_path, rows, on_duplicate="skip")
    assert report.created == 1 and [line for line, _ in report.duplicates] == [1, 3]
    assert count(store, entity="person") == before + 1


def test_import_allow_imports_and_records_the_choice(store, make, tmp_path):
    from app.services.audit import all_events

    make.person(family_name="Avcı", given_names="Mehmet", birth_date="1987-03-14")
    rows = [{"family_name": "Avci", "given_names": "Mehmet", "birth_date": "1987"}]
    report = _import(store, tmp_path, rows, on_duplicate="allow")
    assert report.created == 1 and len(report.duplicates) == 1
    details = [e.detail for e in all_events(store) if e.detail]
    assert any("possible duplicate" in d and "import" in d for d in details)
    # An update of a person already held is never a duplicate of itself.
    pid = next(e.record_id for e in all_events(store) if e.detail)
    again = _import(store, tmp_path, [{"id": pid, "phone": "0171 2345678"}])
    assert again.updated == 1 and again.duplicates == []
