"""The admin API's exports: admin only, the same files as the CLI, audit-logged, nothing left behind."""

import io
import json
import tempfile
import zipfile

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from sync.server.exports.cases.cases import ENTITY_SHEETS
from sync.server.exports.cases.pseudonymise import ENV_EXPORT_KEY
from sync.server.ops.cli import main
from sync.server.storage.tables import audit_event
from tests.sync.server.lifecycle_seed import Seeder, family
from tests.sync.server.test_server_api import auth_headers

KEY = "k" * 40
BASE = "/api/v1/admin/exports"
PERIOD = {"from": "2020-01-01", "to": "2020-12-31"}
SHEETS = [name for _, name in ENTITY_SHEETS]


@pytest.fixture
def leftovers(monkeypatch, tmp_path):
    """The temporary folder the routes build their files in, to see that it is emptied."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def _events(engine):
    with engine.connect() as conn:
        rows = conn.execute(
            select(audit_event.c.actor, audit_event.c.entity, audit_event.c.record_id)
            .add_columns(audit_event.c.detail)
            .where(audit_event.c.action == "exported")
            .order_by(audit_event.c.at)
        ).all()
    return [tuple(r) for r in rows]


def test_only_an_admin_may_export(client, role_tokens):
    urls = [
        f"{BASE}/indicators?from=2020-01-01&to=2020-12-31",
        f"{BASE}/cases",
        f"{BASE}/persons/x",
    ]
    for url in urls:
        for role in ("counsellor", "lead"):
            response = client.get(url, headers=auth_headers(role_tokens[role]))
            assert response.status_code == 403, (url, role)
        assert client.get(url).status_code in (401, 426)


@pytest.mark.parametrize("fmt", ["xlsx", "pdf", "csv", "json"])
def test_the_indicator_report_as_the_cli_writes_it(
    client, role_tokens, engine, database_url, tmp_path, leftovers, fmt
):
    seed = Seeder(engine)
    for name in ("Haddad", "Nasser", "Okafor"):
        family(seed, name=name, members=2)
    response = client.get(
        f"{BASE}/indicators",
        params={**PERIOD, "format": fmt, "language": "en", "threshold": 1},
        headers=auth_headers(role_tokens["admin"]),
    )
    assert response.status_code == 200, response.text
    assert response.headers["cache-control"] == "no-store"
    assert f"indicators-2020-01-01-2020-12-31.{fmt}" in response.headers["content-disposition"]
    magic = {"xlsx": b"PK\x03\x04", "pdf": b"%PDF"}.get(fmt)
    if magic:
        assert response.content.startswith(magic)
    if fmt == "json":
        cli_out = tmp_path / "cli.json"
        args = ["--database-url", database_url, "export", "indicators", "--from", PERIOD["from"]]
        args += ["--to", PERIOD["to"], "-o", str(cli_out), "--threshold", "1"]
        assert main(args) == 0
        api, cli = response.json(), json.loads(cli_out.read_text("utf-8"))
        assert api["indicators"] == cli["indicators"]
        totals = {i["id"]: i["total"] for i in api["indicators"]}
        assert totals["persons_counselled"] == 6
    assert list(leftovers.iterdir()) == []
    actor, entity, record_id, detail = _events(engine)[0]
    assert (actor, entity, record_id) == ("admin (admin API)", "export", None)
    assert detail == f"indicator report 2020-01-01 to 2020-12-31 ({fmt})"


def test_a_bad_period_or_threshold_is_refused_before_any_work(client, role_tokens, engine):
    admin = auth_headers(role_tokens["admin"])
    cases = [
        {"from": "2020-12-31", "to": "2020-01-01"},
        {"from": "2020-02-30", "to": "2020-12-31"},
        {"to": "2020-12-31"},
        {**PERIOD, "threshold": 0},
        {**PERIOD, "format": "docx"},
    ]
    for params in cases:
        response = client.get(f"{BASE}/indicators", params=params, headers=admin)
        assert response.status_code == 422, params
        assert response.json()["message"]
    assert _events(engine) == []


def test_broken_definitions_are_a_clear_503(client, role_tokens, tmp_path, monkeypatch):
    resources = tmp_path / "resources"
    (resources / "reports").mkdir(parents=True)
    (resources / "reports" / "indicators.toml").write_text("version = \n", "utf-8")
    monkeypatch.setenv("FALLAKTE_RESOURCES", str(resources))
    response = client.get(
        f"{BASE}/indicators", params=PERIOD, headers=auth_headers(role_tokens["admin"])
    )
    assert response.status_code == 503
    body = response.json()
    assert body["code"] == "definitions_invalid" and "line 1" in body["message"]


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_the_pseudonymised_case_export(client, role_tokens, engine, leftovers, monkeypatch, fmt):
    seed = Seeder(engine)
    families = [family(seed, name=name) for name in ("Haddad", "Nasser")]
    monkeypatch.delenv(ENV_EXPORT_KEY, raising=False)
    admin = auth_headers(role_tokens["admin"])
    refused = client.get(f"{BASE}/cases", params={"format": fmt}, headers=admin)
    assert refused.status_code == 503 and refused.json()["code"] == "export_key_missing"
    assert KEY not in refused.text

    monkeypatch.setenv(ENV_EXPORT_KEY, KEY)
    response = client.get(f"{BASE}/cases", params={"format": fmt}, headers=admin)
    assert response.status_code == 200, response.text
    for name in ("Haddad", "Nasser", "Given0", "AZ-", "+49", "Gespräch"):
        assert name.encode() not in response.content
    if fmt == "xlsx":
        book = load_workbook(io.BytesIO(response.content), read_only=True)
        assert [ws.title for ws in book.worksheets] == ["cases", *SHEETS]
        rows = list(book["cases"].iter_rows(values_only=True))
        book.close()
    else:
        assert response.headers["content-type"] == "application/zip"
        with zipfile.ZipFile(io.BytesIO(response.content)) as archive:
            names = sorted(archive.namelist())
            text = archive.read("cases.csv").decode("utf-8")
            for member in names:
                for fam in families:
                    assert fam["person"].encode() not in archive.read(member)
        assert names == sorted([*(f"cases-{name}.csv" for name in SHEETS), "cases.csv"])
        rows = [line.split(",") for line in text.splitlines()]
    assert len(rows) == 3  # header and two cases
    assert list(leftovers.iterdir()) == []
    (event,) = _events(engine)
    assert event[0] == "admin (admin API)"
    counts = {"consultations": 2, "vulnerabilities": 2}  # the seeded families have no return
    rows_detail = ", ".join(f"{counts.get(name, 0)} {name}" for name in SHEETS)
    assert event[3] == f"pseudonymised case export ({fmt}): 2 cases, {rows_detail}"


def test_the_access_export_comes_zipped_and_is_logged_about_the_person(
    client, role_tokens, engine, leftovers
):
    fam = family(Seeder(engine), name="Haddad")
    admin = auth_headers(role_tokens["admin"])
    response = client.get(
        f"{BASE}/persons/{fam['person']}",
        params={"language": "en", "organisation": "Beratungsstelle"},
        headers=admin,
    )
    assert response.status_code == 200, response.text
    with zipfile.ZipFile(io.BytesIO(response.content)) as archive:
        names = set(archive.namelist())
        page = archive.read("index.html").decode("utf-8")
        data = json.loads(archive.read("person.json"))
    assert {"index.html", "person.json"} <= names
    assert any(n.startswith("attachments/") for n in names)
    assert "Haddad" in page and "Beratungsstelle" in page
    assert data["person"]["family_name"] == "Haddad"
    assert list(leftovers.iterdir()) == []
    (event,) = _events(engine)
    assert event == ("admin (admin API)", "person", fam["person"], "access export (Art. 15)")

    unknown = client.get(f"{BASE}/persons/0190a000-0000-7000-8000-00000000dead", headers=admin)
    assert unknown.status_code == 404
    assert len(_events(engine)) == 1


def test_cli_exports_are_audit_logged_too(engine, database_url, tmp_path, monkeypatch):
    fam = family(Seeder(engine), name="Haddad")
    monkeypatch.setenv(ENV_EXPORT_KEY, KEY)
    url = ["--database-url", database_url]
    period = ["--from", PERIOD["from"], "--to", PERIOD["to"]]
    assert main([*url, "export", "indicators", *period, "-o", str(tmp_path / "r.csv")]) == 0
    assert main([*url, "export", "cases", "--pseudonymised", "-o", str(tmp_path / "c.xlsx")]) == 0
    assert main([*url, "export", "person", fam["person"], "-o", str(tmp_path / "p")]) == 0
    events = _events(engine)
    assert [e[0].endswith("(fallakte-server)") for e in events] == [True] * 3
    assert [e[3].split(" (")[0].split(" 2020")[0] for e in events] == [
        "indicator report",
        "pseudonymised case export",
        "access export",
    ]
    assert events[2][2] == fam["person"]
    assert (
        main(
            [
                *url,
                "export",
                "indicators",
                "--from",
                "2021-01-01",
                "--to",
                "2020-01-01",
                "-o",
                str(tmp_path / "x.csv"),
            ]
        )
        == 1
    )
    assert len(_events(engine)) == 3  # a refused export is no export


def test_routes_clean_up_when_writing_fails(client, role_tokens, engine, leftovers, monkeypatch):
    from sync.server.api import export_routes

    def broken(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(export_routes, "write_report", broken)
    response = client.get(
        f"{BASE}/indicators", params=PERIOD, headers=auth_headers(role_tokens["admin"])
    )
    assert response.status_code == 503
    assert response.json()["code"] == "export_failed"
    assert "No space left on device" in response.json()["message"]
    assert list(leftovers.iterdir()) == []
    assert _events(engine) == []
