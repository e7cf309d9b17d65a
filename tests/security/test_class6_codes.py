"""Class 6: code-typed fields hold codes from the server's reference lists, teams included, and
exports name the server's own team id, never a label a device sent."""

import csv

from sqlalchemy import update

from app.domain.ids import new_id
from sync.server.storage import tables as t
from tests.security.helpers import case_fields

NAME = "Mustafa Qwertz geb 1990"


def _scan(path):
    return path.read_bytes().decode("utf-8", "replace")


def test_a_case_team_field_holds_a_server_team_never_free_text(server, tmp_path):
    mallory = server.raw("mallory", team="nord")
    lead = server.raw("lena", team="nord", role="lead")
    server.team("sued")
    household = mallory.household()
    new = new_id()
    (created,) = mallory.outcomes([mallory.change("case", new, case_fields(household, team=NAME))])
    # A new case is always the pushing device's team's: stored with its id, or refused.
    stored = server.record("case", new)
    if created["status"] == "applied":
        assert stored.fields["team"] in ("nord", None)
    else:
        assert stored is None and NAME not in (created["reason"] or "")
    other = lead.case(household)
    (edit,) = lead.outcomes(
        [
            lead.change(
                "case",
                other,
                {"team": NAME},
                base={"team": server.record("case", other).clocks["team"]},
            )
        ]
    )
    assert edit["status"] == "rejected" and NAME not in (edit["reason"] or "")
    assert server.record("case", other).fields["team"] in ("nord", None)

    env = {"FALLAKTE_EXPORT_KEY": "k" * 40}
    out = tmp_path / "cases.csv"
    done = server.cli("export", "cases", "--pseudonymised", "-o", str(out), env=env)
    assert done.returncode == 0, done.stderr
    assert NAME not in _scan(out)
    report = tmp_path / "report.csv"
    done = server.cli(
        "export",
        "indicators",
        "--from",
        "2020-01-01",
        "--to",
        "2030-12-31",
        "-o",
        str(report),
        env=env,
    )
    assert done.returncode == 0, done.stderr
    assert NAME not in _scan(report)


def test_exports_use_the_server_team_even_for_a_label_stored_by_an_old_database(server, tmp_path):
    mallory = server.raw("mallory", team="nord")
    case = mallory.case(mallory.household())
    fields = {**server.record("case", case).fields, "team": NAME}
    with server.engine.begin() as conn:
        conn.execute(update(t.record).where(t.record.c.id == case).values(fields=fields))
    env = {"FALLAKTE_EXPORT_KEY": "k" * 40}
    out = tmp_path / "cases.csv"
    assert server.cli("export", "cases", "--pseudonymised", "-o", str(out), env=env).returncode == 0
    text = _scan(out)
    assert NAME not in text
    rows = list(csv.DictReader(text.splitlines()))
    assert [row["team"] for row in rows] == ["nord"]
    report = tmp_path / "report.json"
    done = server.cli(
        "export",
        "indicators",
        "--from",
        "2020-01-01",
        "--to",
        "2030-12-31",
        "-o",
        str(report),
        env=env,
    )
    assert done.returncode == 0, done.stderr
    assert NAME not in _scan(report)
