"""Block merges kept in a table of their own (issue 13 item 8).

- ``block_merges (block_id, into_block)``: a dedup block that merged into another. When
  a new report links two blocks, the absorbed block's reports keep their
  ``events.block_id`` and the merge is one row here (resolved when a block's reports are
  loaded), instead of a rewrite of each of those reports — on PostgreSQL a non-HOT
  update into every index of ``events``. Flat: ``into_block`` is never a ``block_id``
  of this table. An existing database starts with no merges (every ``block_id`` is its
  own block, as before).

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-04
"""
from alembic import op
import sqlalchemy as sa

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "block_merges",
        sa.Column("block_id", sa.BigInteger, primary_key=True, autoincrement=False),
        sa.Column("into_block", sa.BigInteger, nullable=False),
    )
    op.create_index("ix_block_merges_into_block", "block_merges", ["into_block"])


def downgrade() -> None:
    # (the merges written back into events.block_id: each report carries its block again)
    op.execute("UPDATE events SET block_id = (SELECT m.into_block FROM block_merges m "
               "WHERE m.block_id = events.block_id) "
               "WHERE block_id IN (SELECT block_id FROM block_merges)")
    op.drop_index("ix_block_merges_into_block", table_name="block_merges")
    op.drop_table("block_merges")
