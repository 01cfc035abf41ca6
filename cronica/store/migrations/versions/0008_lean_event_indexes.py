"""Fewer indexes on ``events`` to keep up at ingest (issue 13 item 8).

Every report is written once and updated once (its incident and block) at ingest, and
each write touches every index of ``events``; at 1,000,000 events that upkeep was a
large share of the database's work per report (docs/benchmarks.md, Store). Dropped or
narrowed, with what serves their queries now:

- ``ix_events_cur_month (is_current, month, incident_pk, killed, wounded)`` (the
  largest b-tree): statistics are computed over incidents since 0006 (the monthly
  summary, ``incidents.month``); no query reads it any more.
- ``ix_events_actor1``, ``ix_events_actor2``: the actor filter searches ``actor_key``
  through its text index (0004); statistics by actor read the incidents.
- ``ix_events_status``, ``ix_events_needs_review`` become partial indexes over the
  rows that are not in the default state (``status <> 'unreviewed'``,
  ``needs_review`` true): a new report is not in them, and the filters that select
  few rows (rejected, accepted, edited; needs a second look) still use them —
  ``Store._where`` repeats the index's condition so SQLite can match it.

And one index widened: ``ix_events_cell`` (the dedup candidates of other departments
near a report) now carries ``admin1, latitude, longitude`` (and, on PostgreSQL, ``pk``
as an included column), so the candidate query finds those reports in the index alone
(an index-only scan on PostgreSQL; SQLite tests the extra columns before reading the
row) instead of reading from the table every report of the nearby cells — nearly all
of them of the report's own department, which the query has already read.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03
"""
from alembic import op
import sqlalchemy as sa

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

DROPPED = (
    ("ix_events_cur_month", ["is_current", "month", "incident_pk", "killed", "wounded"]),
    ("ix_events_actor1", ["actor1"]),
    ("ix_events_actor2", ["actor2"]),
    ("ix_events_status", ["status"]),
    ("ix_events_needs_review", ["needs_review"]),
)


def _partial() -> tuple[tuple[str, str, sa.TextClause], ...]:
    true = "1" if op.get_bind().dialect.name == "sqlite" else "true"
    return (("ix_events_reviewed", "status", sa.text("status <> 'unreviewed'")),
            ("ix_events_second_look", "needs_review", sa.text(f"needs_review = {true}")))


CELL_BEFORE = ["geo_cell", "date_end", "date_start"]
CELL_AFTER = CELL_BEFORE + ["admin1", "latitude", "longitude"]


def upgrade() -> None:
    for name, _ in DROPPED:
        op.drop_index(name, table_name="events")
    for name, col, where in _partial():
        op.create_index(name, "events", [col], sqlite_where=where, postgresql_where=where)
    op.drop_index("ix_events_cell", table_name="events")
    op.create_index("ix_events_cell", "events", CELL_AFTER, postgresql_include=["pk"])


def downgrade() -> None:
    op.drop_index("ix_events_cell", table_name="events")
    op.create_index("ix_events_cell", "events", CELL_BEFORE)
    for name, _, _ in _partial():
        op.drop_index(name, table_name="events")
    for name, cols in reversed(DROPPED):
        op.create_index(name, "events", cols)
