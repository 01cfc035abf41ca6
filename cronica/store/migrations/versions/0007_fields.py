"""Event columns of issue 12: casualties by side (UCDP GED deaths_a/b/civilians/unknown and
the wounded likewise), bounds of the wounded and kidnapped figures, the victims apart from
the target, and the attribution of the perpetrator. All nullable; old rows stay null.

Revision ID: 0007
Revises: 0004
Create Date: 2026-12-03
"""
from alembic import op
import sqlalchemy as sa

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

INT_COLUMNS = ("deaths_a", "deaths_b", "deaths_civilians", "deaths_unknown", "wounded_low",
               "wounded_high", "wounded_a", "wounded_b", "wounded_civilians", "wounded_unknown",
               "kidnapped_low", "kidnapped_high")
TEXT_COLUMNS = ("victims", "victim_names", "attribution")


def upgrade() -> None:
    with op.batch_alter_table("events") as batch:
        for name in INT_COLUMNS:
            batch.add_column(sa.Column(name, sa.BigInteger(), nullable=True))
        for name in TEXT_COLUMNS:
            batch.add_column(sa.Column(name, sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("events") as batch:
        for name in INT_COLUMNS + TEXT_COLUMNS:
            batch.drop_column(name)
