"""Server settings and the engine: defaults, URL normalisation, refusals with clear messages."""

from pathlib import Path

import pytest
from argon2 import Type

from app.errors import UserError
from sync.server.accounts import auth
from sync.server.ops.settings import ServerSettings
from sync.server.storage.db import DatabaseUnavailable, make_engine, snapshot

# Taken at import, before the fast test hasher is swapped in.
PRODUCTION_HASHER = auth.HASHER


def test_default_is_a_sqlite_file_in_the_server_home(tmp_path):
    settings = ServerSettings.build(environ={"FALLAKTE_SERVER_HOME": str(tmp_path)})
    assert settings.database_url == f"sqlite:///{tmp_path / 'server.db'}"
    assert settings.max_clock_skew_seconds == 300
    assert settings.is_sqlite


def test_argument_beats_environment_and_postgres_urls_get_psycopg():
    environ = {"FALLAKTE_DATABASE_URL": "sqlite:////srv/env.db"}
    chosen = ServerSettings.build(database_url="postgresql://u:pw@db/fallakte", environ=environ)
    assert chosen.database_url == "postgresql+psycopg://u:pw@db/fallakte"
    assert ServerSettings.build(environ=environ).database_url == "sqlite:////srv/env.db"
    heroku = ServerSettings.build(database_url="postgres://u@db/f", environ={})
    assert heroku.database_url == "postgresql+psycopg://u@db/f"


def test_the_password_in_the_url_never_shows_in_repr():
    settings = ServerSettings.build(database_url="postgresql://u:s3cret@db/f", environ={})
    assert "s3cret" not in repr(settings)
    assert "s3cret" not in str(settings)


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("mysql://u@db/f", "unsupported database"),
        ("sqlite://", "in-memory"),
        ("sqlite:///:memory:", "in-memory"),
        ("postgresql://u@db.example.org/f?sslmode=disable", "clear text"),
        ("postgresql://u@db.example.org", "names no database"),
        ("not a url", "not valid"),
    ],
)
def test_unsafe_or_invalid_urls_are_refused(url, message):
    with pytest.raises(UserError, match=message):
        ServerSettings.build(database_url=url, environ={})


def test_clock_skew_must_be_sane():
    assert (
        ServerSettings.build(
            database_url="sqlite:////x.db", environ={"FALLAKTE_MAX_CLOCK_SKEW_SECONDS": "60"}
        ).max_clock_skew_seconds
        == 60
    )
    for bad in ("0", "86400"):
        with pytest.raises(UserError, match="between 1 and 3600"):
            ServerSettings.build(
                database_url="sqlite:////x.db", environ={"FALLAKTE_MAX_CLOCK_SKEW_SECONDS": bad}
            )
    with pytest.raises(UserError, match="whole number"):
        ServerSettings.build(
            database_url="sqlite:////x.db", environ={"FALLAKTE_MAX_CLOCK_SKEW_SECONDS": "5m"}
        )


def test_settings_round_trip_through_the_environment_for_workers():
    settings = ServerSettings.build(
        database_url="postgresql://u@db/f", max_clock_skew_seconds=120, environ={}
    )
    assert ServerSettings.build(environ=settings.to_environ()) == settings


def test_sqlite_engine_uses_wal_and_foreign_keys(tmp_path: Path):
    engine = make_engine(f"sqlite:///{tmp_path / 'deep' / 'server.db'}")
    try:
        with snapshot(engine) as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 10000
    finally:
        engine.dispose()


def test_an_unreachable_postgresql_is_a_clear_user_error():
    engine = make_engine("postgresql://postgres@127.0.0.1:1/none")
    try:
        with (
            pytest.raises(DatabaseUnavailable, match="cannot connect to the database"),
            snapshot(engine),
        ):
            pass
    finally:
        engine.dispose()


def test_production_passwords_are_argon2id_at_a_real_cost():
    assert PRODUCTION_HASHER.type is Type.ID
    assert PRODUCTION_HASHER.time_cost >= 2
    assert PRODUCTION_HASHER.memory_cost >= 19 * 1024
