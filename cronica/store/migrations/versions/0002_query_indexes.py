"""Indexes for filtered event queries and monthly statistics.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28
"""
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

INDEXES = (
    ("ix_events_cur_date", "events", ["is_current", "date_start"]),
    ("ix_events_cur_admin1_date", "events", ["is_current", "admin1", "date_start"]),
    ("ix_events_cur_type_date", "events", ["is_current", "type", "date_start"]),
    ("ix_events_cur_month", "events", ["is_current", "month", "incident_pk", "killed", "wounded"]),
    ("ix_events_status", "events", ["status"]),
    ("ix_events_doc_id", "events", ["doc_id"]),
    ("ix_events_actor1", "events", ["actor1"]),
    ("ix_events_actor2", "events", ["actor2"]),
    ("ix_documents_doc_current", "documents", ["doc_id", "is_current"]),
    ("ix_incidents_date", "incidents", ["date_start"]),
)


def upgrade() -> None:
    for name, table, cols in INDEXES:
        op.create_index(name, table, cols)


def downgrade() -> None:
    for name, table, _ in reversed(INDEXES):
        op.drop_index(name, table_name=table)
