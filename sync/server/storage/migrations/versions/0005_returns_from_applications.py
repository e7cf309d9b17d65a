"""The return process: every application's departure dates and travel-documents flag move into
a `departure` and a `document_check` record, and leave the application (no schema change).

The server stores records generically, so the new entities need no tables; what changes is
the data of the applications a previous release wrote. The derived records are the ones the
device migration (store 0005) makes from the same application state: same ids, fields,
stamps and bases (app/store/legacy_applications.py), so a device that migrated its own copy
and then pulls these finds nothing to change, and its rewritten unsent edits win here as the
edits they were. Each derived record gets a new server_seq, so devices that never held the
application (enrolled later) pull it. Conflicts kept on the old fields move to the derived
record's field, as on the devices.

Revision ID: 0005_returns
Revises: 0004
"""

from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from alembic import op

from app.store import legacy_applications as legacy

revision = "0005_returns"
down_revision = "0004"
branch_labels = None
depends_on = None

_RECORD = sa.table(
    "record",
    sa.column("entity", sa.Text),
    sa.column("id", sa.Text),
    sa.column("team_id", sa.Text),
    sa.column("fields", sa.JSON),
    sa.column("clocks", sa.JSON),
    sa.column("bases", sa.JSON),
    sa.column("deleted", sa.Boolean),
    sa.column("server_seq", sa.BigInteger),
    sa.column("updated_at", sa.DateTime(timezone=True)),
)
_CONFLICT = sa.table(
    "conflict",
    sa.column("id", sa.Text),
    sa.column("entity", sa.Text),
    sa.column("record_id", sa.Text),
    sa.column("field", sa.Text),
    sa.column("winner_value", sa.JSON),
    sa.column("loser_value", sa.JSON),
)


def upgrade() -> None:
    conn = op.get_bind()
    rows = conn.execute(
        sa.select(
            _RECORD.c.id, _RECORD.c.team_id, _RECORD.c.fields, _RECORD.c.clocks, _RECORD.c.bases
        ).where(_RECORD.c.entity == "application", _RECORD.c.deleted.is_(False))
    ).all()
    held = {
        (r.entity, r.id)
        for r in conn.execute(
            sa.select(_RECORD.c.entity, _RECORD.c.id).where(
                _RECORD.c.entity.in_(("departure", "document_check"))
            )
        )
    }
    inserts: list[dict[str, Any]] = []
    now = datetime.now(UTC)
    for row in rows:
        fields, clocks, bases = dict(row.fields), dict(row.clocks), dict(row.bases or {})
        if not set(legacy.LEGACY_FIELDS) & (set(fields) | set(clocks)):
            continue  # written by this release already
        stamps = {name: str(stamp) for name, stamp in clocks.items()}
        for item in legacy.derive(row.id, fields, stamps, bases):
            if (item.entity, item.id) in held:
                continue
            inserts.append(
                {
                    "entity": item.entity,
                    "id": item.id,
                    "team_id": row.team_id,
                    "fields": item.fields,
                    "clocks": item.stamps,
                    "bases": item.bases,
                    "deleted": False,
                    "updated_at": now,
                }
            )
        for mapping in (fields, clocks, bases):
            for name in legacy.LEGACY_FIELDS:
                mapping.pop(name, None)
        conn.execute(
            sa.update(_RECORD)
            .where(_RECORD.c.entity == "application", _RECORD.c.id == row.id)
            .values(fields=fields, clocks=clocks, bases=bases)
        )
    if inserts:
        top = conn.execute(
            sa.text("UPDATE seq_counter SET value = value + :n WHERE id = 1 RETURNING value"),
            {"n": len(inserts)},
        ).scalar_one()
        first = int(top) - len(inserts) + 1
        for offset, row_values in enumerate(inserts):
            row_values["server_seq"] = first + offset
        conn.execute(sa.insert(_RECORD), inserts)
    _move_conflicts(conn)


def _move_conflicts(conn: sa.Connection) -> None:
    found = conn.execute(
        sa.select(_CONFLICT).where(
            _CONFLICT.c.entity == "application", _CONFLICT.c.field.in_(legacy.LEGACY_FIELDS)
        )
    ).all()
    for row in found:
        entity, name = legacy.TARGET[row.field]
        conn.execute(
            sa.update(_CONFLICT)
            .where(_CONFLICT.c.id == row.id)
            .values(
                entity=entity,
                record_id=legacy.derived_id(entity, row.record_id),
                field=name,
                winner_value=legacy.value_of(row.field, row.winner_value),
                loser_value=legacy.value_of(row.field, row.loser_value),
            )
        )


def downgrade() -> None:
    raise NotImplementedError("the return process's records cannot be folded back")
