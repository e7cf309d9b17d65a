"""SQLAlchemy Core tables of the server database; the schema itself is frozen in migrations/."""

from datetime import datetime

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    Table,
    Text,
    false,
    text,
)

ROLES = ("counsellor", "lead", "admin")

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "ck": "ck_%(table_name)s_%(constraint_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)


def _timestamp(name: str, *, nullable: bool = False) -> Column[datetime]:
    return Column(name, DateTime(timezone=True), nullable=nullable)


def _flag(name: str) -> Column[bool]:
    # A server default too, so that raw inserts from push code and SQL consoles get it.
    return Column(name, Boolean, nullable=False, default=False, server_default=false())


team = Table(
    "team",
    metadata,
    Column("id", Text, primary_key=True),
    Column("name", Text, nullable=False),
    _timestamp("created_at"),
    # Days the team's devices may go without a confirmed sync (migration 0009, lease.py).
    Column("offline_lease_days", Integer, nullable=False, default=30, server_default="30"),
)

# "user" is a reserved word in PostgreSQL.
user = Table(
    "app_user",
    metadata,
    Column("id", Text, primary_key=True),
    Column("username", Text, nullable=False, unique=True),
    Column("password_hash", Text, nullable=False),
    Column("team_id", Text, ForeignKey("team.id"), nullable=False),
    Column("role", Text, nullable=False),
    _timestamp("created_at"),
    _flag("disabled"),
    # What colleagues see (migration 0008); NULL: the user name.
    Column("display_name", Text, nullable=True),
    # A work phone or e-mail, sent to devices only if the server shares contacts (settings.py).
    Column("contact", Text, nullable=True),
    CheckConstraint("role IN ('counsellor', 'lead', 'admin')", name="role"),
)

device = Table(
    "device",
    metadata,
    Column("id", Text, primary_key=True),
    Column("user_id", Text, ForeignKey("app_user.id"), nullable=False),
    Column("team_id", Text, ForeignKey("team.id"), nullable=False),
    Column("name", Text, nullable=False, default="", server_default=""),
    # sha256 of the bearer token: a stolen database does not let anyone sync.
    Column("token_hash", Text, nullable=False, unique=True),
    # Assigned at enrolment and unique across the server, so case numbers never collide.
    Column("prefix", Text, nullable=False, unique=True),
    _timestamp("created_at"),
    _timestamp("last_seen_at", nullable=True),
    _timestamp("revoked_at", nullable=True),
    _flag("wipe"),
    Column("revoke_reason", Text, nullable=True),
)

# Current state of every record: values, per-field stamps and the stamps each value replaced.
record = Table(
    "record",
    metadata,
    Column("entity", Text, primary_key=True),
    Column("id", Text, primary_key=True),
    Column("team_id", Text, nullable=False),
    Column("fields", JSON, nullable=False),
    Column("clocks", JSON, nullable=False),
    Column("bases", JSON, nullable=False),
    _flag("deleted"),
    Column("server_seq", BigInteger, nullable=False),
    _timestamp("updated_at"),
    # Set by an operator (`fallakte-server records quarantine`, migration 0007): a record a
    # device would refuse stays on the server but leaves every pull until it is released.
    _timestamp("quarantined_at", nullable=True),
    Column("quarantine_reason", Text, nullable=True),
)
Index(None, record.c.team_id, record.c.server_seq, _table=record)
Index(None, record.c.server_seq, _table=record)
# The team check of blob downloads (migration 0003 says why); PostgreSQL only.
Index(
    "ix_record_attachment_sha256",
    text("(fields ->> 'sha256')"),
    postgresql_where=text("entity = 'attachment'"),
    _table=record,
).ddl_if(dialect="postgresql")

# Change ids already applied: a retried push applies nothing twice.
applied_change = Table(
    "applied_change",
    metadata,
    Column("device_id", Text, primary_key=True),
    Column("seq", BigInteger, primary_key=True, autoincrement=False),
    _timestamp("applied_at"),
)

conflict = Table(
    "conflict",
    metadata,
    Column("id", Text, primary_key=True),
    Column("entity", Text, nullable=False),
    Column("record_id", Text, nullable=False),
    Column("team_id", Text, nullable=False),
    Column("field", Text, nullable=False),
    Column("winner_value", JSON, nullable=True),
    Column("winner_stamp", Text, nullable=False),
    Column("loser_value", JSON, nullable=True),
    Column("loser_stamp", Text, nullable=False),
    Column("loser_device", Text, nullable=True),
    _timestamp("created_at"),
    _flag("resolved"),
    Column("server_seq", BigInteger, nullable=False),
    _timestamp("quarantined_at", nullable=True),
    Column("quarantine_reason", Text, nullable=True),
)
Index(None, conflict.c.team_id, conflict.c.server_seq, _table=conflict)
Index(None, conflict.c.entity, conflict.c.record_id, _table=conflict)

# A record left a team's scope: that team's devices drop their copy.
eviction = Table(
    "eviction",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("team_id", Text, nullable=False),
    Column("entity", Text, nullable=False),
    Column("record_id", Text, nullable=False),
    Column("server_seq", BigInteger, nullable=False),
)
Index(None, eviction.c.team_id, eviction.c.server_seq, _table=eviction)

# One row (id=1). Incrementing it in the push transaction serialises commits, so seqs become
# visible in order and a pull cursor never skips a record committed late.
seq_counter = Table(
    "seq_counter",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("value", BigInteger, nullable=False),
)

# One row (id=1): the last stamp of the server's own clock. Erasure and retention stamp their
# changes with it, so they merge and pull like any device's change and sort after what they replace.
server_clock = Table(
    "server_clock",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("last", Text, nullable=False),
)

# One row (id=1): this server database's id, made by its first migration. Devices compare it at
# enrolment, because their cursor and token mean something only for the database they came from.
server_identity = Table(
    "server_identity",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("server_id", Text, nullable=False),
)

# Append-only, as the devices recorded it: who did what to which record, never values.
audit_event = Table(
    "audit_event",
    metadata,
    Column("id", Text, primary_key=True),
    Column("device_id", Text, nullable=False),
    _timestamp("at"),
    Column("actor", Text, nullable=False),
    Column("action", Text, nullable=False),
    Column("entity", Text, nullable=False),
    Column("record_id", Text, nullable=True),
    Column("detail", Text, nullable=True),
    _timestamp("received_at"),
)
Index(None, audit_event.c.record_id, _table=audit_event)

# Attachments by content: the same file uploaded twice is stored once (migration 0006 moved
# the content into blob_chunk, so that no upload or download holds a whole file in memory).
blob = Table(
    "blob",
    metadata,
    Column("sha256", Text, primary_key=True),
    Column("size", BigInteger, nullable=False),
    _timestamp("created_at"),
)

# The content in parts of at most blob_store.CHUNK_BYTES, numbered from 0. No foreign keys to
# `blob`: blob_store deletes them together, and SQLite's table rebuild in migration 0006 would
# otherwise cascade into them.
blob_chunk = Table(
    "blob_chunk",
    metadata,
    Column("sha256", Text, primary_key=True),
    Column("part", Integer, primary_key=True, autoincrement=False),
    Column("data", LargeBinary, nullable=False),
)

# Which team uploaded which content: only such a team may name it in an attachment and fetch
# it, so learning a hash reads nothing. `pending` until the team's attachment record arrives
# (an upload precedes its record); pending uploads never referenced are collected later.
blob_owner = Table(
    "blob_owner",
    metadata,
    Column("sha256", Text, primary_key=True),
    Column("team_id", Text, primary_key=True),
    _timestamp("uploaded_at"),
    _flag("pending"),
)
Index(None, blob_owner.c.team_id, _table=blob_owner)
