"""Order-independent incidents, analyst pins, flags, statistics by incident.

- ``events.block_id``: the dedup block (connected component of "could be the same
  incident") each current event belongs to; the store re-clusters a whole block, in
  a canonical order, whenever a report enters or leaves it (cronica/store/dedup.py).
  Back-filled from ``incident_pk`` (each existing incident one block).
- ``events.flags``: historical / denied / hedged / disputed (",a,b," delimited).
- ``incident_pins``: analysts' link/unlink decisions between two events.
- ``incidents.month`` and ``stats_month`` by incident (each incident once, its UCDP
  best estimate as killed); ``stats_month_incident`` is no longer needed.
- ``events.geo_cell`` and indexes ``ix_events_dedup (admin1, date_end, date_start)``,
  ``ix_events_cell (geo_cell, date_end, date_start)``: the blocking keys of the dedup
  candidate query (place key x date); ``ix_events_block``, ``ix_incidents_month``.

Revision ID: 0006
Revises: 0004
Create Date: 2026-12-03
"""
from alembic import op
import sqlalchemy as sa

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

PK = sa.BigInteger().with_variant(sa.Integer(), "sqlite")

#: Rebuild the monthly summary from the incidents (also ``repository.rebuild_month_stats``).
REBUILD_STATS = (
    "DELETE FROM stats_month",
    "INSERT INTO stats_month (month, events, incidents, killed, wounded) "
    "SELECT coalesce(month, ''), coalesce(sum(n_events), 0), count(*), "
    "coalesce(sum(deaths_best), 0), coalesce(sum(wounded), 0) FROM incidents "
    "WHERE n_events > 0 GROUP BY coalesce(month, '')",
)


def _backfill_cells(conn) -> None:
    from cronica.store.repository import geo_cell

    last = 0
    sel = sa.text("SELECT pk, latitude, longitude FROM events WHERE pk > :last AND latitude IS NOT NULL "
                  "AND longitude IS NOT NULL ORDER BY pk LIMIT 5000")
    upd = sa.text("UPDATE events SET geo_cell = :c WHERE pk = :pk")
    while True:
        rows = conn.execute(sel, {"last": last}).all()
        if not rows:
            return
        conn.execute(upd, [{"c": geo_cell(lat, lon), "pk": pk} for pk, lat, lon in rows])
        last = rows[-1][0]


def upgrade() -> None:
    with op.batch_alter_table("events") as b:
        b.add_column(sa.Column("flags", sa.Text))
        b.add_column(sa.Column("block_id", sa.BigInteger))
        b.add_column(sa.Column("geo_cell", sa.BigInteger))
    with op.batch_alter_table("incidents") as b:
        b.add_column(sa.Column("month", sa.String(7)))
    op.create_table(
        "incident_pins",
        sa.Column("pk", PK, primary_key=True, autoincrement=True),
        sa.Column("event_a_pk", PK, sa.ForeignKey("events.pk", ondelete="CASCADE"), nullable=False),
        sa.Column("event_b_pk", PK, sa.ForeignKey("events.pk", ondelete="CASCADE"), nullable=False),
        sa.Column("kind", sa.String(8), nullable=False),
        sa.Column("reason", sa.Text),
        sa.Column("author", sa.String, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_incident_pins_event_a_pk", "incident_pins", ["event_a_pk"])
    op.create_index("ix_incident_pins_event_b_pk", "incident_pins", ["event_b_pk"])
    op.execute("UPDATE events SET block_id = incident_pk")
    op.execute("UPDATE incidents SET month = substr(CAST(date_start AS VARCHAR(10)), 1, "
               "CASE WHEN date_precision = 'year' THEN 4 ELSE 7 END) WHERE date_start IS NOT NULL")
    op.create_index("ix_events_block", "events", ["block_id"])
    _backfill_cells(conn := op.get_bind())
    op.create_index("ix_events_dedup", "events", ["admin1", "date_end", "date_start"])
    op.create_index("ix_events_cell", "events", ["geo_cell", "date_end", "date_start"])
    op.create_index("ix_incidents_month", "incidents", ["month"])
    op.drop_table("stats_month_incident")
    for sql in REBUILD_STATS:
        conn.execute(sa.text(sql))


def downgrade() -> None:
    import importlib

    op.create_table(
        "stats_month_incident",
        sa.Column("incident_pk", PK, primary_key=True, autoincrement=False),
        sa.Column("month", sa.String(7), primary_key=True),
        sa.Column("events", sa.BigInteger, nullable=False),
    )
    op.drop_index("ix_incidents_month", table_name="incidents")
    op.drop_index("ix_events_cell", table_name="events")
    op.drop_index("ix_events_dedup", table_name="events")
    op.drop_index("ix_events_block", table_name="events")
    op.drop_table("incident_pins")
    # plain ALTER TABLE (SQLite >= 3.35): a batch copy of events would drop the FTS triggers
    for table, col in (("incidents", "month"), ("events", "block_id"), ("events", "geo_cell"),
                       ("events", "flags")):
        op.execute(f"ALTER TABLE {table} DROP COLUMN {col}")
    old = importlib.import_module("cronica.store.migrations.versions.0004_search_and_month_stats")
    conn = op.get_bind()
    for sql in old.REBUILD_STATS:
        conn.execute(sa.text(sql), {"t": True} if ":t" in sql else {})
