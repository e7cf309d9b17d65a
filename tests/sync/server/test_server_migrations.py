"""The server schema: migrations build exactly the declared tables, on SQLite and PostgreSQL."""

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

from sync.server.storage.db import make_engine
from sync.server.storage.migrate import current_revision, script_head, upgrade
from sync.server.storage.tables import metadata


# Alembic cannot reflect expression indexes on SQLite, where the attachment hash index does not
# exist anyway (ddl_if PostgreSQL); on PostgreSQL it is compared like any other.
@pytest.mark.filterwarnings("ignore:autogenerate skipping metadata-specified expression-based")
def test_migrations_build_exactly_the_declared_schema(database_url):
    engine = make_engine(database_url)
    try:
        upgrade(engine)
        with engine.connect() as conn:
            # SQLite reflects server defaults as raw SQL text, which never compares equal.
            opts = {
                "compare_type": True,
                "compare_server_default": conn.dialect.name == "postgresql",
            }
            diff = compare_metadata(MigrationContext.configure(conn, opts=opts), metadata)
            assert diff == []
            assert current_revision(conn) == script_head()
    finally:
        engine.dispose()


def test_upgrade_is_idempotent_and_seeds_the_sequence_counter_once(database_url):
    engine = make_engine(database_url)
    try:
        upgrade(engine)
        upgrade(engine)
        with engine.connect() as conn:
            assert conn.execute(text("SELECT id, value FROM seq_counter")).all() == [(1, 0)]
            # The statement the push transaction relies on works on both databases.
            value = conn.execute(
                text("UPDATE seq_counter SET value = value + :n WHERE id = 1 RETURNING value"),
                {"n": 3},
            ).scalar()
            assert value == 3
            conn.rollback()
    finally:
        engine.dispose()


def test_a_database_from_a_newer_release_is_refused_not_touched(database_url):
    engine = make_engine(database_url)
    try:
        upgrade(engine)
        with engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
        with pytest.raises(Exception, match="newer Fallakte release"):
            upgrade(engine)
        with engine.connect() as conn:
            assert current_revision(conn) == "9999"
    finally:
        engine.dispose()


def test_attachment_content_survives_the_move_into_chunks_and_back(database_url):
    """0005 moves blob content into chunks and credits the teams naming it; its downgrade
    puts the content back: nothing is lost either way."""
    import hashlib

    from alembic import command

    from sync.server.blobs import blob_store
    from sync.server.storage.migrate import config

    engine = make_engine(database_url)
    content = bytes(range(256)) * 9000  # a little over two chunks
    digest = hashlib.sha256(content).hexdigest()
    try:
        upgrade(engine, "0005_returns")
        with engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO blob (sha256, size, content, created_at) VALUES (:d, :s, :c, :t)"
                ),
                {"d": digest, "s": len(content), "c": content, "t": "2026-01-05 10:00:00"},
            )
            conn.execute(
                text(
                    "INSERT INTO record (entity, id, team_id, fields, clocks, bases, deleted, "
                    "server_seq, updated_at) VALUES ('attachment', 'a', 'nord', :f, '{}', '{}', "
                    ":no, 1, :t)"
                ),
                {"f": f'{{"sha256": "{digest}"}}', "no": False, "t": "2026-01-05 10:00:00"},
            )
        upgrade(engine)
        with engine.connect() as conn:
            assert blob_store.read(conn, digest) == content
            owners = conn.execute(text("SELECT sha256, team_id FROM blob_owner")).all()
            assert [tuple(o) for o in owners] == [(digest, "nord")]
        with engine.begin() as conn:
            command.downgrade(config(conn), "0005_returns")
        with engine.connect() as conn:
            assert conn.execute(text("SELECT content FROM blob")).scalar() == content
    finally:
        engine.dispose()
