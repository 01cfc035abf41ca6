"""Index for bounding-box filters (map views): current events by longitude, latitude.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28
"""
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_events_cur_lon_lat", "events", ["is_current", "longitude", "latitude"])


def downgrade() -> None:
    op.drop_index("ix_events_cur_lon_lat", table_name="events")
