"""Drop four indexes that no query of the store uses (issue 13 item 8).

Found by EXPLAIN of every statement the store sends (queries with each filter,
exports, incidents, totals, statistics, the web API's counts, review, incident moves,
ingest of new documents and of new versions), on SQLite and on PostgreSQL at
1,000,000 events (docs/benchmarks.md, Store, "fifth pass"). Each one was only upkeep
on every insert:

- ``ix_documents_content_hash``: no statement looks documents up by their hash (the
  hash is read with the document, found by ``doc_id``).
- ``ix_documents_doc_current (doc_id, is_current)``: the lookups by ``doc_id`` use
  the unique ``(doc_id, version)`` index as well (a document has few versions);
  PostgreSQL already chose that one.
- ``ix_incidents_date``, ``ix_incidents_month``: incidents are selected through
  their events (``pk IN (SELECT incident_pk FROM events WHERE ...)``) or read whole
  in key order, and listed newest first with NULL dates last, which neither index
  serves; the monthly statistics read ``stats_month``.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03
"""
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

DROPPED = (
    ("ix_documents_content_hash", "documents", ["content_hash"]),
    ("ix_documents_doc_current", "documents", ["doc_id", "is_current"]),
    ("ix_incidents_date", "incidents", ["date_start"]),
    ("ix_incidents_month", "incidents", ["month"]),
)


def upgrade() -> None:
    for name, table, _ in DROPPED:
        op.drop_index(name, table_name=table)


def downgrade() -> None:
    for name, table, cols in reversed(DROPPED):
        op.create_index(name, table, cols)
