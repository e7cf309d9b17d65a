"""`fallakte-server export person`: a GDPR Art. 15 access export from data real devices pushed."""

import json
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

from sqlalchemy import func, insert, select

from app.domain.ids import new_id
from app.services import records
from app.services.attachments import add_attachment
from sync.server.exports.access.collect import CASE_CHILDREN, PersonExport, _collect, collect
from sync.server.exports.access.page import render_html
from sync.server.exports.access.render import write_export
from sync.server.exports.access.values import euros, partial_date
from sync.server.ops.cli import main
from sync.server.storage.db import make_engine, snapshot, utcnow
from sync.server.storage.migrate import upgrade
from sync.server.storage.tables import audit_event, conflict, record
from tests.conftest import Factory

SCAN = b"%PDF-1.4 Einwilligung unterschrieben \x00\xff" * 50


def files_in(directory: Path) -> list[Path]:
    return [p for p in directory.rglob("*") if p.is_file()]


def test_export_holds_the_person_and_nothing_about_anyone_unrelated(
    enrolled, database_url, tmp_path, capsys
):
    anna, bo = enrolled("anna"), enrolled("bo")
    make = Factory(anna.store)
    household = make.household(label="Familie Karimi")
    layla = make.person(
        family_name="Karimi", given_names="Layla", household_id=household.id, phone="0151 111"
    )
    omar = make.person(family_name="Karimi", given_names="Omar", household_id=household.id)
    make.person(family_name="Karimi", given_names="Sara", household_id=household.id)
    first = make.case(household_id=household.id, main_contact_id=layla.id)
    second = make.case(household_id=household.id, main_contact_id=omar.id)
    make.consultation(first.id, participant_ids=[layla.id, omar.id], notes="Rückkehr besprochen")
    make.consultation(second.id, participant_ids=[omar.id])
    records.create(
        anna.store,
        entity="consent",
        data={
            "person_id": layla.id,
            "purpose": "data_processing",
            "given_on": date(2026, 3, 4),
            "form_version": "v2",
        },
    )
    records.create(
        anna.store,
        entity="vulnerability",
        data={
            "person_id": layla.id,
            "assessed_on": date(2026, 3, 5),
            "assessed_by": "anna",
            "categories": ["pregnancy"],
        },
    )
    scan = tmp_path / "einwilligung.pdf"
    scan.write_bytes(SCAN)
    attachment = add_attachment(anna.store, owner_entity="person", owner_id=layla.id, path=scan)
    records.update(
        anna.store,
        entity="attachment",
        record_id=attachment.id,
        patch={"filename": "../../etc/passwd"},
    )
    # Someone else entirely: their names and ids must appear nowhere in the export.
    stranger = Factory(anna.store).person(family_name="Zubaidi", given_names="Yusuf")
    anna.sync()
    bo.sync()
    # A concurrent edit of Layla's phone: the lost value stays on the server as a conflict.
    records.update(anna.store, entity="person", record_id=layla.id, patch={"phone": "0151 222"})
    records.update(bo.store, entity="person", record_id=layla.id, patch={"phone": "0151 333"})
    anna.sync()
    bo.sync()

    out = tmp_path / "auskunft"
    code = main(["--database-url", database_url, "export", "person", layla.id, "-o", str(out)])
    assert code == 0, capsys.readouterr().err

    data = json.loads((out / "person.json").read_text(encoding="utf-8"))
    assert data["person"]["id"] == layla.id
    assert data["person"]["given_names"] == "Layla"
    assert data["household"]["label"] == "Familie Karimi"
    assert {m["given_names"] for m in data["household_members"]} == {"Omar", "Sara"}
    assert all(set(m) == {"id", "family_name", "given_names"} for m in data["household_members"])
    found = data["records"]
    assert {c["id"] for c in found["case"]} == {first.id, second.id}
    assert len(found["consultation"]) == 2
    assert len(found["consent"]) == len(found["vulnerability"]) == 1
    assert found["case_status_change"], "the status history of the cases"
    assert [a["id"] for a in found["attachment"]] == [attachment.id]
    (conflict,) = data["conflicts"]
    assert conflict["field"] == "phone"
    assert {conflict["winner_value"], conflict["loser_value"]} == {"0151 222", "0151 333"}
    assert any(e["record_id"] == layla.id for e in data["audit_events"])

    page = (out / "index.html").read_text(encoding="utf-8")
    assert "<h1>Auskunft nach Art. 15 DSGVO</h1>" in page
    assert "<strong>Layla Karimi</strong>" in page
    for heading in ("Angaben zur Person", "Haushalt", "Fälle", "Einwilligungen", "Dokumente"):
        assert f"<h2>{heading}</h2>" in page
    assert "<h2>Gleichzeitige Änderungen</h2>" in page
    assert "04.03.2026" in page  # the consent's date, German style
    # Labels and words, not stored names and codes.
    assert "<th scope='row'>Staatsangehörigkeit</th><td>Syrien</td>" in page
    assert "<td>Datenverarbeitung</td>" in page and "<td>Schwangerschaft</td>" in page
    assert "<th scope='row'>Teilnehmende</th><td>Layla Karimi, Omar Karimi</td>" in page
    for raw in (">nationality<", ">SYR<", ">data_processing<", ">pregnancy<", ">person_id<"):
        assert raw not in page
    assert "href='attachments/001-passwd'" in page
    legend = data["labels"]
    assert legend["language"] == "de"
    assert legend["fields"]["person"]["nationality"] == "Staatsangehörigkeit"
    assert legend["codes"]["person"]["nationality"] == {"SYR": "Syrien"}
    assert legend["codes"]["vulnerability"]["categories"] == {"pregnancy": "Schwangerschaft"}
    assert data["person"]["nationality"] == "SYR", "the data keeps its codes"

    (saved,) = (out / "attachments").iterdir()
    assert saved.read_bytes() == SCAN
    assert saved.name == "001-passwd"
    assert all(p.resolve().is_relative_to(out.resolve()) for p in files_in(out))
    assert not (tmp_path / "etc").exists()

    for path in files_in(out):
        content = path.read_bytes()
        for secret in ("Zubaidi", "Yusuf", stranger.id, stranger.household_id):
            assert secret.encode() not in content, f"{secret} leaked into {path.name}"


def put(database_url: str, rows: list[tuple[str, str, dict]], *, deleted: bool = False) -> None:
    """(entity, id, fields) written straight into the server table: the export reads that."""
    engine = make_engine(database_url)
    upgrade(engine)
    with engine.begin() as conn:
        conn.execute(
            insert(record),
            [
                {
                    "entity": entity,
                    "id": record_id,
                    "team_id": "nord",
                    "fields": fields,
                    "clocks": {},
                    "bases": {},
                    "deleted": deleted,
                    "server_seq": seq,
                    "updated_at": utcnow(),
                }
                for seq, (entity, record_id, fields) in enumerate(rows, start=1)
            ],
        )
    engine.dispose()


def put_person(database_url: str, person_id: str, fields: dict, *, deleted: bool = False) -> None:
    put(database_url, [("person", person_id, fields)], deleted=deleted)


def test_english_export_of_a_person_without_relations(database_url, tmp_path, capsys):
    put_person(
        database_url,
        "p1",
        {
            "family_name": "<b>Doe</b>",
            "birth_date": "1990-02-03",
            "nationality": "SYR",
            "residence_status": "tolerated",
            "languages": ["ara", "kur"],
            "interpreter_needed": True,
            "phone": None,
        },
    )
    out = tmp_path / "en"
    args = ["--database-url", database_url, "export", "person", "p1", "-o", str(out)]
    assert main([*args, "--language", "en"]) == 0, capsys.readouterr().err
    page = (out / "index.html").read_text(encoding="utf-8")
    assert "<h1>Access request under Art. 15 GDPR</h1>" in page
    assert "&lt;b&gt;Doe&lt;/b&gt;" in page and "<b>Doe" not in page
    assert "1990-02-03" in page
    assert "<th scope='row'>Nationality</th><td>Syria</td>" in page
    assert "<th scope='row'>Residence status</th><td>tolerated stay (Duldung)</td>" in page
    assert "<th scope='row'>Languages</th><td>Arabic, Kurdish</td>" in page
    assert "<th scope='row'>Interpreter needed</th><td>yes</td>" in page
    assert "Phone" not in page, "an empty field is left out"
    assert "[Controller: name and address of the organisation]" in page
    assert list((out / "attachments").iterdir()) == []
    legend = json.loads((out / "person.json").read_text(encoding="utf-8"))["labels"]
    assert legend["codes"]["person"]["residence_status"] == {
        "tolerated": "tolerated stay (Duldung)"
    }


def consultation(case_id: str, participants: list[str], notes: str = "") -> dict:
    return {
        "case_id": case_id,
        "held_on": "2026-03-04",
        "duration_minutes": 30,
        "counsellor": "anna",
        "participant_ids": participants,
        "topics": ["housing"],
        "notes": notes,
    }


class CountingConnection:
    """A connection that counts every row its queries return (and passes the rows on)."""

    def __init__(self, conn) -> None:
        self.conn = conn
        self.rows = 0

    def __getattr__(self, name):
        return getattr(self.conn, name)

    def execute(self, *args, **kwargs):
        frozen = self.conn.execute(*args, **kwargs).freeze()
        self.rows += len(frozen.data)
        return frozen()


def collect_counting(database_url: str, person_id: str) -> tuple[PersonExport, int]:
    engine = make_engine(database_url)
    try:
        with snapshot(engine) as conn:
            counting = CountingConnection(conn)
            export = _collect(counting, person_id)  # type: ignore[arg-type]
    finally:
        engine.dispose()
    return export, counting.rows


def exported_rows(export: PersonExport) -> int:
    """Every row the export holds: the person, household, members, records, etc."""
    return (
        1
        + (export.household is not None)
        + len(export.members)
        + sum(len(rows) for rows in export.records.values())
        + len(export.conflicts)
        + len(export.audit)
        + len(export.blobs)
    )


def test_the_database_returns_only_the_persons_rows(database_url):
    mine, neighbour, lonely = ids(3)
    own_case, other_case = ids(2)
    rows = [
        ("household", "h1", {"label": "Familie A"}),
        ("household", "h2", {"label": "Familie B"}),
        ("person", mine, {"family_name": "A", "household_id": "h1"}),
        ("person", neighbour, {"family_name": "B", "household_id": "h2"}),
        ("person", lonely, {"family_name": "C", "household_id": "h3"}),
        ("case", own_case, {"reference": "TR-2026-AB-001", "household_id": "h1"}),
        ("case", other_case, {"reference": "TR-2026-AB-002", "household_id": "h2"}),
    ]
    mine_expected = set()
    for n in range(40):
        # Many consultations of other persons; some only name this person's id in the notes.
        notes = f"talked about {mine}" if n % 10 == 0 else ""
        rows.append(
            ("consultation", f"other-{n:03d}", consultation(other_case, [neighbour], notes))
        )
    for n in range(25):
        rows.append(("consultation", f"own-{n:03d}", consultation(own_case, [mine])))
        mine_expected.add(f"own-{n:03d}")
    # This person took part in one of the neighbour's consultations.
    rows.append(("consultation", "guest", consultation(other_case, [neighbour, mine])))
    mine_expected.add("guest")
    # Another id that merely starts with this person's id: a substring test would match it.
    rows.append(("consultation", "prefix", consultation(other_case, [mine + "0"])))
    rows += [(e, f"{e}-b", {"case_id": other_case}) for e in CASE_CHILDREN]
    rows += [(e, f"{e}-a", {"case_id": own_case}) for e in CASE_CHILDREN]
    rows.append(("vulnerability", "v-b", {"person_id": neighbour, "categories": ["lgbtiq"]}))
    put(database_url, rows)
    put(database_url, [("consultation", "erased", consultation(own_case, [mine]))], deleted=True)
    engine = make_engine(database_url)
    with engine.begin() as conn:
        conn.execute(
            insert(conflict),
            [
                conflict_row("c-mine", "person", mine, resolved=True),
                conflict_row("c-other", "person", neighbour, resolved=False),
                conflict_row("c-case", "consultation", "other-001", resolved=False),
            ],
        )
    engine.dispose()

    export, fetched = collect_counting(database_url, mine)
    assert {c["id"] for c in export.records["consultation"]} == mine_expected
    assert [c["id"] for c in export.records["case"]] == [own_case]
    assert all(
        export.records[e] == [] or export.records[e][0]["id"] == f"{e}-a" for e in CASE_CHILDREN
    )
    assert export.records["vulnerability"] == []
    # A settled conflict still holds the old value: it is data held about the person.
    assert [c["id"] for c in export.conflicts] == ["c-mine"]
    assert fetched == exported_rows(export), "nothing beyond the person's rows was read"
    # The neighbour's consultation this person attended: neither the neighbour nor their case
    # is named, in the page or the data.
    page = render_html(export, {}, "de", utcnow())
    assert "<td>Fall (nicht Teil dieser Auskunft)</td>" in page
    assert "<td>andere Person, Familie A</td>" not in page
    assert "<td>andere Person, A</td>" in page
    assert "TR-2026-AB-002" not in page and neighbour not in page

    export, fetched = collect_counting(database_url, lonely)
    assert export.records["consultation"] == [] and export.records["case"] == []
    assert export.household is None and export.members == []
    assert fetched == exported_rows(export) == 1


def ids(count: int) -> list[str]:
    return [new_id() for _ in range(count)]


def conflict_row(conflict_id: str, entity: str, record_id: str, *, resolved: bool) -> dict:
    return {
        "id": conflict_id,
        "entity": entity,
        "record_id": record_id,
        "team_id": "nord",
        "field": "family_name",
        "winner_value": "A",
        "winner_stamp": "1",
        "loser_value": "B",
        "loser_stamp": "0",
        "loser_device": "d1",
        "created_at": utcnow(),
        "resolved": resolved,
        "server_seq": 99,
    }


def test_every_stored_text_is_escaped_and_the_page_loads_nothing(database_url, tmp_path):
    hostile = "<script>alert('x')</script> & \"quoted\" <img src=http://evil.example/x.png>"
    person_id, case_id, file_id = ids(3)
    put(
        database_url,
        [
            ("household", "h1", {"label": hostile}),
            ("person", person_id, {"family_name": hostile, "household_id": "h1"}),
            ("case", case_id, {"reference": hostile, "household_id": "h1"}),
            ("consultation", "k1", consultation(case_id, [person_id], notes=hostile)),
            (
                "attachment",
                file_id,
                {"owner_entity": "person", "owner_id": person_id, "filename": hostile},
            ),
        ],
    )
    out = tmp_path / "x"
    export = collect(make_engine(database_url), person_id)
    write_export(export, out_dir(out), language="de", now=utcnow(), organisation=hostile)
    page = (out / "index.html").read_text(encoding="utf-8")
    assert "<script" not in page.lower() and "<img" not in page.lower()
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; &quot;quoted&quot;" in page
    links = Links.of(page)
    assert links and all(link.startswith(("#", "attachments/")) for link in links), links
    assert "url(" not in page and "@import" not in page, "the page loads nothing from outside"
    assert page.count("&lt;script&gt;") >= 5  # organisation, name, household, case, notes


class Links(HTMLParser):
    """The tags of a page as a browser parses them, and every address they point to."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.addresses: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.addresses += [v or "" for k, v in attrs if k in ("href", "src", "action")]

    @classmethod
    def of(cls, page: str) -> list[str]:
        parser = cls()
        parser.feed(page)
        assert "script" not in parser.tags and "img" not in parser.tags, parser.tags
        return parser.addresses


def out_dir(path: Path) -> Path:
    path.mkdir()
    return path


def test_unknown_or_erased_id_and_non_empty_directory_are_refused(database_url, tmp_path, capsys):
    put_person(database_url, "gone", {}, deleted=True)
    out = tmp_path / "out"
    args = ["--database-url", database_url, "export", "person"]
    for person_id in ("no-such-person", "gone"):
        assert main([*args, person_id, "-o", str(out)]) == 1
        assert f"no person with id '{person_id}'" in capsys.readouterr().err
        assert not out.exists()

    full = tmp_path / "full"
    full.mkdir()
    (full / "keep.txt").write_text("old")
    assert main([*args, "p1", "-o", str(full)]) == 1
    assert "not an empty directory" in capsys.readouterr().err
    assert [p.name for p in full.iterdir()] == ["keep.txt"]


def test_partial_birth_dates_and_amounts_read_naturally():
    assert partial_date("1991-04", "de") == "04.1991"
    assert partial_date("1991", "de") == "1991"
    assert partial_date("1991-04-05", "de") == "05.04.1991"
    assert partial_date("1991-04", "en") == "1991-04"
    assert euros(123450, "de") == "1.234,50 €"
    assert euros(5, "en") == "€0.05"


def test_each_access_export_is_recorded_in_the_audit_trail(database_url, tmp_path, capsys):
    put_person(database_url, "p1", {"family_name": "Doe"})
    put_person(database_url, "p2", {"family_name": "Roe"})
    args = ["--database-url", database_url, "export", "person"]
    assert main([*args, "p1", "-o", str(tmp_path / "first")]) == 0, capsys.readouterr().err
    assert main([*args, "p1", "-o", str(tmp_path / "second")]) == 0
    assert main([*args, "p2", "-o", str(tmp_path / "other")]) == 0
    first = json.loads((tmp_path / "first" / "person.json").read_text(encoding="utf-8"))
    assert first["audit_events"] == [], "the export being written is not in its own log yet"
    second = json.loads((tmp_path / "second" / "person.json").read_text(encoding="utf-8"))
    (event,) = second["audit_events"]
    assert (event["action"], event["entity"], event["record_id"]) == ("exported", "person", "p1")
    assert event["detail"] == "access export (Art. 15)"
    assert event["actor"].endswith("(fallakte-server)")
    page = (tmp_path / "second" / "index.html").read_text(encoding="utf-8")
    assert "<td>exportiert</td><td>Person: Doe</td>" in page
    # A refused export hands nothing out and records nothing.
    assert main([*args, "nobody", "-o", str(tmp_path / "none")]) == 1
    engine = make_engine(database_url)
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(audit_event)).scalar() == 3
    engine.dispose()
