"""The return process: travellers, documents, departure, support, reintegration; old applications moved.

Creates the tables of the new entities and `case.outreach_channel`, moves every
application's departure dates and travel-documents flag into a `departure` and a
`document_check` record (app/store/legacy_applications.py says how and why the ids and
stamps are what they are), rewrites unsent application edits in the outbox and conflicts
on those fields the same way, and drops the three fields from `application`.

Revision ID: 0005
Revises: 0004
"""

from typing import Any

import sqlalchemy as sa
from alembic import op

from app.store import legacy_applications as legacy

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    _create_tables()
    op.add_column("case", sa.Column("outreach_channel", sa.Text(), nullable=True))
    conn = op.get_bind()
    _derive_records(conn)
    _rewrite_outbox(conn)
    _rewrite_conflicts(conn)
    for name in legacy.LEGACY_FIELDS:
        op.drop_column("application", name)


def _table(conn: sa.Connection, name: str) -> sa.Table:
    return sa.Table(name, sa.MetaData(), autoload_with=conn)


def _derive_records(conn: sa.Connection) -> None:
    application = _table(conn, "application")
    tables = {name: _table(conn, name) for name in ("departure", "document_check")}
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in tables}
    names = [c.name for c in application.c if c.name not in ("id", "clocks")]
    for row in conn.execute(sa.select(application)):
        values = dict(row._mapping)
        clocks = dict(values["clocks"] or {})
        star = clocks.get("*", "")
        stamps = {name: str(clocks.get(name, star)) for name in names}
        for item in legacy.derive(values["id"], values, stamps):
            rows[item.entity].append(
                {"id": item.id, **item.fields, "clocks": legacy.compact(item.stamps)}
            )
    for name, table in tables.items():
        if rows[name]:
            conn.execute(sa.insert(table), rows[name])


def _rewrite_outbox(conn: sa.Connection) -> None:
    outbox = _table(conn, "outbox")
    pending = conn.execute(
        sa.select(outbox).where(outbox.c.entity == "application").order_by(outbox.c.seq)
    ).all()
    for row in pending:
        if row.deleted:
            continue
        split = legacy.rewrite_change(row.record_id, dict(row.fields), dict(row.base))
        if split is None:
            continue
        if split.application_fields:
            conn.execute(
                sa.update(outbox)
                .where(outbox.c.seq == row.seq)
                .values(fields=split.application_fields, base=split.application_base)
            )
        else:
            conn.execute(sa.delete(outbox).where(outbox.c.seq == row.seq))
        for entity, record_id, fields, base in split.derived:
            conn.execute(
                sa.insert(outbox).values(
                    entity=entity,
                    record_id=record_id,
                    stamp=row.stamp,
                    fields=fields,
                    base=base,
                    deleted=False,
                )
            )


def _rewrite_conflicts(conn: sa.Connection) -> None:
    conflict = _table(conn, "conflict")
    found = conn.execute(
        sa.select(conflict).where(
            conflict.c.entity == "application", conflict.c.field.in_(legacy.LEGACY_FIELDS)
        )
    ).all()
    for row in found:
        entity, name = legacy.TARGET[row.field]
        conn.execute(
            sa.update(conflict)
            .where(conflict.c.id == row.id)
            .values(
                entity=entity,
                record_id=legacy.derived_id(entity, row.record_id),
                field=name,
                winner_value=legacy.value_of(row.field, row.winner_value),
                loser_value=legacy.value_of(row.field, row.loser_value),
            )
        )


def _create_tables() -> None:
    op.create_table(
        "application_traveller",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("case_id", sa.Text(), nullable=True),
        sa.Column("application_id", sa.Text(), nullable=True),
        sa.Column("person_id", sa.Text(), nullable=True),
        sa.Column("role", sa.Text(), nullable=True),
        sa.Column("relationship", sa.Text(), nullable=True),
        sa.Column("travels", sa.Boolean(), nullable=True),
        sa.Column("clocks", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_application_traveller")),
    )
    op.create_index(
        op.f("ix_application_traveller_application_id"),
        "application_traveller",
        ["application_id"],
        unique=False,
    )
    op.create_index(
        op.f("ix_application_traveller_case_id"), "application_traveller", ["case_id"], unique=False
    )
    op.create_index(
        op.f("ix_application_traveller_person_id"),
        "application_traveller",
        ["person_id"],
        unique=False,
    )
    op.create_table(
        "departure",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("case_id", sa.Text(), nullable=True),
        sa.Column("application_id", sa.Text(), nullable=True),
        sa.Column("planned_on", sa.Text(), nullable=True),
        sa.Column("mode", sa.Text(), nullable=True),
        sa.Column("booking_reference", sa.Text(), nullable=True),
        sa.Column("departure_point", sa.Text(), nullable=True),
        sa.Column("escort", sa.Text(), nullable=True),
        sa.Column("confirmed_on", sa.Text(), nullable=True),
        sa.Column("confirmed_how", sa.Text(), nullable=True),
        sa.Column("not_departed_reason", sa.Text(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("clocks", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_departure")),
    )
    op.create_index(
        op.f("ix_departure_application_id"), "departure", ["application_id"], unique=False
    )
    op.create_index(op.f("ix_departure_case_id"), "departure", ["case_id"], unique=False)
    op.create_index(op.f("ix_departure_planned_on"), "departure", ["planned_on"], unique=False)
    op.create_table(
        "document_check",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("case_id", sa.Text(), nullable=True),
        sa.Column("application_id", sa.Text(), nullable=True),
        sa.Column("document_type", sa.Text(), nullable=True),
        sa.Column("person_id", sa.Text(), nullable=True),
        sa.Column("status", sa.Text(), nullable=True),
        sa.Column("issued_on", sa.Text(), nullable=True),
        sa.Column("valid_until", sa.Text(), nullable=True),
        sa.Column("attachment_id", sa.Text(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("clocks", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document_check")),
    )
    op.create_index(
        op.f("ix_document_check_application_id"), "document_check", ["application_id"], unique=False
    )
    op.create_index(op.f("ix_document_check_case_id"), "document_check", ["case_id"], unique=False)
    op.create_index(
        op.f("ix_document_check_valid_until"), "document_check", ["valid_until"], unique=False
    )
    op.create_table(
        "external_reference",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("case_id", sa.Text(), nullable=True),
        sa.Column("application_id", sa.Text(), nullable=True),
        sa.Column("kind", sa.Text(), nullable=True),
        sa.Column("number", sa.Text(), nullable=True),
        sa.Column("clocks", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_external_reference")),
    )
    op.create_index(
        op.f("ix_external_reference_case_id"), "external_reference", ["case_id"], unique=False
    )
    op.create_table(
        "information_request",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("case_id", sa.Text(), nullable=True),
        sa.Column("person_id", sa.Text(), nullable=True),
        sa.Column("topic", sa.Text(), nullable=True),
        sa.Column("country", sa.Text(), nullable=True),
        sa.Column("asked_on", sa.Text(), nullable=True),
        sa.Column("answer_due_on", sa.Text(), nullable=True),
        sa.Column("answered_on", sa.Text(), nullable=True),
        sa.Column("summary", sa.Text(), nullable=True),
        sa.Column("attachment_id", sa.Text(), nullable=True),
        sa.Column("clocks", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_information_request")),
    )
    op.create_index(
        op.f("ix_information_request_answered_on_answer_due_on"),
        "information_request",
        ["answered_on", "answer_due_on"],
        unique=False,
    )
    op.create_index(
        op.f("ix_information_request_case_id"), "information_request", ["case_id"], unique=False
    )
    op.create_table(
        "medical_return",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("case_id", sa.Text(), nullable=True),
        sa.Column("person_id", sa.Text(), nullable=True),
        sa.Column("application_id", sa.Text(), nullable=True),
        sa.Column("fitness", sa.Text(), nullable=True),
        sa.Column("assessed_on", sa.Text(), nullable=True),
        sa.Column("source", sa.Text(), nullable=True),
        sa.Column("medication_months", sa.Integer(), nullable=True),
        sa.Column("treatment_available", sa.Text(), nullable=True),
        sa.Column("information_request_id", sa.Text(), nullable=True),
        sa.Column("clocks", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_medical_return")),
    )
    op.create_index(op.f("ix_medical_return_case_id"), "medical_return", ["case_id"], unique=False)
    op.create_index(
        op.f("ix_medical_return_person_id"), "medical_return", ["person_id"], unique=False
    )
    op.create_table(
        "reintegration_follow_up",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("case_id", sa.Text(), nullable=True),
        sa.Column("plan_id", sa.Text(), nullable=True),
        sa.Column("due_on", sa.Text(), nullable=True),
        sa.Column("held_on", sa.Text(), nullable=True),
        sa.Column("mode", sa.Text(), nullable=True),
        sa.Column("by", sa.Text(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("clocks", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reintegration_follow_up")),
    )
    op.create_index(
        op.f("ix_reintegration_follow_up_case_id"),
        "reintegration_follow_up",
        ["case_id"],
        unique=False,
    )
    op.create_index(
        op.f("ix_reintegration_follow_up_held_on_due_on"),
        "reintegration_follow_up",
        ["held_on", "due_on"],
        unique=False,
    )
    op.create_table(
        "reintegration_measure",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("case_id", sa.Text(), nullable=True),
        sa.Column("plan_id", sa.Text(), nullable=True),
        sa.Column("dimension", sa.Text(), nullable=True),
        sa.Column("goal", sa.Text(), nullable=True),
        sa.Column("measure", sa.Text(), nullable=True),
        sa.Column("status", sa.Text(), nullable=True),
        sa.Column("budget_cents", sa.Integer(), nullable=True),
        sa.Column("payment_ids", sa.JSON(), nullable=True),
        sa.Column("clocks", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reintegration_measure")),
    )
    op.create_index(
        op.f("ix_reintegration_measure_case_id"), "reintegration_measure", ["case_id"], unique=False
    )
    op.create_index(
        op.f("ix_reintegration_measure_plan_id"), "reintegration_measure", ["plan_id"], unique=False
    )
    op.create_table(
        "reintegration_plan",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("case_id", sa.Text(), nullable=True),
        sa.Column("application_id", sa.Text(), nullable=True),
        sa.Column("drawn_up_on", sa.Text(), nullable=True),
        sa.Column("country", sa.Text(), nullable=True),
        sa.Column("partner", sa.Text(), nullable=True),
        sa.Column("clocks", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reintegration_plan")),
    )
    op.create_index(
        op.f("ix_reintegration_plan_case_id"), "reintegration_plan", ["case_id"], unique=False
    )
    op.create_table(
        "support_payment",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("case_id", sa.Text(), nullable=True),
        sa.Column("application_id", sa.Text(), nullable=True),
        sa.Column("person_id", sa.Text(), nullable=True),
        sa.Column("component", sa.Text(), nullable=True),
        sa.Column("instalment", sa.Integer(), nullable=True),
        sa.Column("in_kind", sa.Boolean(), nullable=True),
        sa.Column("status", sa.Text(), nullable=True),
        sa.Column("amount_cents", sa.Integer(), nullable=True),
        sa.Column("payer", sa.Text(), nullable=True),
        sa.Column("due_on", sa.Text(), nullable=True),
        sa.Column("approved_on", sa.Text(), nullable=True),
        sa.Column("paid_on", sa.Text(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("clocks", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_support_payment")),
    )
    op.create_index(
        op.f("ix_support_payment_application_id"),
        "support_payment",
        ["application_id"],
        unique=False,
    )
    op.create_index(
        op.f("ix_support_payment_case_id"), "support_payment", ["case_id"], unique=False
    )
    op.create_table(
        "sustainability_assessment",
        sa.Column("id", sa.Text(), nullable=False),
        sa.Column("case_id", sa.Text(), nullable=True),
        sa.Column("person_id", sa.Text(), nullable=True),
        sa.Column("plan_id", sa.Text(), nullable=True),
        sa.Column("checkpoint", sa.Text(), nullable=True),
        sa.Column("assessed_on", sa.Text(), nullable=True),
        sa.Column("questionnaire", sa.Text(), nullable=True),
        sa.Column("answers", sa.JSON(), nullable=True),
        sa.Column("scores", sa.JSON(), nullable=True),
        sa.Column("result", sa.Text(), nullable=True),
        sa.Column("clocks", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sustainability_assessment")),
    )
    op.create_index(
        op.f("ix_sustainability_assessment_case_id"),
        "sustainability_assessment",
        ["case_id"],
        unique=False,
    )
    op.create_index(
        op.f("ix_sustainability_assessment_person_id"),
        "sustainability_assessment",
        ["person_id"],
        unique=False,
    )
