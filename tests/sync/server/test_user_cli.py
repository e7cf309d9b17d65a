"""`fallakte-server user ...` as an administrator runs it: real processes, SQLite and PostgreSQL."""

import json

from sqlalchemy import select

from app.domain.ids import new_id
from sync.server.accounts.admin import list_devices
from sync.server.accounts.devices import enroll
from sync.server.storage.db import make_engine
from sync.server.storage.tables import audit_event
from tests.sync.server.test_server_cli import server_cli

PASSWORD = "Sommer-2026-lang"


def ok(result):
    assert result.returncode == 0, result.stderr
    return result


def one_line_error(result) -> str:
    assert result.returncode == 1, result.stdout + result.stderr
    (line,) = result.stderr.splitlines()
    assert line.startswith("fallakte-server: ") and "Traceback" not in result.stderr
    return line


def users_json(url) -> dict[str, dict]:
    return {
        u["username"]: u for u in json.loads(ok(server_cli(url, "user", "list", "--json")).stdout)
    }


def test_the_whole_lifecycle_without_sql(database_url):
    url = database_url
    ok(server_cli(url, "team", "add", "nord", "--name", "Nord"))
    ok(server_cli(url, "team", "add", "sued", "--name", "Süd"))
    for name, role in (("anna", "counsellor"), ("bo", "counsellor")):
        ok(
            server_cli(
                url, "user", "add", name, "--team", "nord", "--role", role, password=PASSWORD
            )
        )
    engine = make_engine(url)
    try:
        laptop = enroll(
            engine, username="anna", password=PASSWORD, device_id=new_id(), device_name="L"
        )
        listed = users_json(url)
        assert (listed["anna"]["devices_active"], listed["anna"]["disabled"]) == (1, False)
        text = ok(server_cli(url, "user", "list", "--team", "nord")).stdout
        assert "anna" in text and "1 active, 0 revoked" in text and laptop.token not in text

        disabled = ok(
            server_cli(url, "user", "disable", "anna", "--wipe", "--reason", "Dienstende")
        )
        assert "1 device revoked" in disabled.stdout
        (device,) = [d for d in list_devices(engine) if d.username == "anna"]
        assert (device.state, device.revoke_reason) == ("revoked+wipe", "Dienstende")
        assert users_json(url)["anna"]["disabled"] is True
        ok(server_cli(url, "user", "enable", "anna"))
        assert users_json(url)["anna"]["disabled"] is False

        new = "Winter-Zug-nach-Trier"
        reset = ok(server_cli(url, "user", "reset-password", "anna", password=new))
        assert new not in reset.stdout + reset.stderr
        enroll(engine, username="anna", password=new, device_id=new_id(), device_name="L2")

        assert "is lead" in ok(server_cli(url, "user", "role", "anna", "lead")).stdout
        moved = ok(server_cli(url, "user", "move", "bo", "--team", "sued"))
        assert "team sued" in moved.stdout and "enrol a new device" in moved.stdout
        final = users_json(url)
        assert (final["anna"]["role"], final["bo"]["team_id"]) == ("lead", "sued")
        with engine.connect() as conn:
            rows = conn.execute(
                select(audit_event.c.actor, audit_event.c.detail).where(
                    audit_event.c.entity == "user"
                )
            ).all()
        assert len(rows) == 7  # 2 created, disabled, enabled, password, role, move
        assert all(actor.endswith("(fallakte-server)") for actor, _ in rows)
        assert not any("Dienstende" in detail or new in detail for _, detail in rows)
    finally:
        engine.dispose()


def test_every_mistake_is_one_line_exit_1(database_url):
    url = database_url
    ok(server_cli(url, "team", "add", "nord", "--name", "Nord"))
    weak = one_line_error(
        server_cli(
            url, "user", "add", "anna", "--team", "nord", "--role", "lead", password="Qx7-zv"
        )
    )
    assert "at least 12 characters" in weak and "Qx7-zv" not in weak
    guessable = one_line_error(
        server_cli(
            url, "user", "add", "anna", "--team", "nord", "--role", "lead", password="password1234"
        )
    )
    assert "too easy to guess" in guessable
    ok(
        server_cli(
            url, "user", "add", "anna", "--team", "nord", "--role", "lead", password=PASSWORD
        )
    )
    assert "at least 12" in one_line_error(
        server_cli(url, "user", "reset-password", "anna", password="kurz")
    )
    assert "no password" in one_line_error(server_cli(url, "user", "reset-password", "anna"))
    for args in (
        ("user", "disable", "nobody"),
        ("user", "enable", "nobody"),
        ("user", "role", "nobody", "lead"),
        ("user", "move", "nobody", "--team", "nord"),
    ):
        assert "no user 'nobody'" in one_line_error(server_cli(url, *args))
    assert "no team 'west'" in one_line_error(
        server_cli(url, "user", "move", "anna", "--team", "west")
    )
    assert "at most 500" in one_line_error(
        server_cli(url, "user", "disable", "anna", "--reason", "x" * 501)
    )
    # Usage mistakes are argparse's: exit 2 with the usage line.
    assert server_cli(url, "user", "role", "anna", "root").returncode == 2
    assert server_cli(url, "user", "move", "anna").returncode == 2
    assert users_json(url)["anna"]["role"] == "lead"  # nothing changed along the way
