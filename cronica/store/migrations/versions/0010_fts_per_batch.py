"""SQLite: the text-search index of new events is filled per batch, not per row (issue 13 item 8).

Migration 0004 kept ``events_fts`` (FTS5, trigram) in step with ``events`` by three
triggers. The AFTER INSERT one made every inserted row a statement of its own inside
FTS5, which writes out its pending terms at each one: at 1,000,000 events that trigger
was about half of the CPU of inserting an ingest batch's events (docs/benchmarks.md,
Store, "fifth pass"). This migration drops only that trigger; the store's one path
that inserts events (``repository._ClusterWork.flush``) adds the batch's rows to
``events_fts`` right after them, in the same transaction, with one statement
(``repository.fts_add``). The index holds the same entries as before. The DELETE and
UPDATE triggers stay (edits and deletions are rare and row by row anyway).

PostgreSQL: nothing (its pg_trgm indexes are ordinary indexes).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03
"""
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

INSERT_TRIGGER = (
    "CREATE TRIGGER events_fts_ai AFTER INSERT ON events BEGIN "
    "INSERT INTO events_fts(rowid, search_text, actor_key) "
    "VALUES (new.pk, new.search_text, new.actor_key); END")


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql("DROP TRIGGER IF EXISTS events_fts_ai")


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(INSERT_TRIGGER)
