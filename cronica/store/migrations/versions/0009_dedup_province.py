"""The dedup blocking indexes carry the province (issue 13 item 8).

Two reports of different provinces (``admin2``) never join unless they are within
``max_km`` of each other (dedup.compare vetoes it), so the candidate query reads the
same department's reports of the report's own province or of none, and the other
provinces' only through the grid cells within max_km (``ix_events_cell``). Both
blocking indexes get ``admin2`` as their last column: the province is tested in the
index, and a report of another province is not read from the table.

- ``ix_events_dedup (admin1, date_end, date_start)`` → ``(admin1, date_end, date_start,
  admin2)``: a report without a province still scans its department's date range.
- ``ix_events_cell (geo_cell, date_end, date_start, admin1, latitude, longitude)`` →
  ``(..., admin2)`` (``pk`` still included on PostgreSQL: an index-only scan).

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03
"""
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

DEDUP_BEFORE = ["admin1", "date_end", "date_start"]
CELL_BEFORE = ["geo_cell", "date_end", "date_start", "admin1", "latitude", "longitude"]


def _swap(dedup: list[str], cell: list[str]) -> None:
    op.drop_index("ix_events_dedup", table_name="events")
    op.create_index("ix_events_dedup", "events", dedup)
    op.drop_index("ix_events_cell", table_name="events")
    op.create_index("ix_events_cell", "events", cell, postgresql_include=["pk"])


def upgrade() -> None:
    _swap(DEDUP_BEFORE + ["admin2"], CELL_BEFORE + ["admin2"])


def downgrade() -> None:
    _swap(DEDUP_BEFORE, CELL_BEFORE)
