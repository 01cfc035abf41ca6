"""Indexed text/actor search and a monthly summary for `stats --by month`.

- ``events.search_text`` / ``events.actor_key``: folded (accent- and case-free)
  evidence and actor names (``cronica/store/search.py``), back-filled here.
  SQLite: FTS5 table ``events_fts`` (trigram tokenizer, external content = events,
  kept in sync by triggers). PostgreSQL: pg_trgm GIN indexes on both columns.
- ``stats_month`` and ``stats_month_incident``: totals of current events per month
  (and per incident and month, for the distinct-incident count), maintained by the
  store's write path; back-filled here from the events.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28
"""
from alembic import op
import sqlalchemy as sa

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

PK = sa.BigInteger().with_variant(sa.Integer(), "sqlite")

SQLITE_FTS = (
    "CREATE VIRTUAL TABLE events_fts USING fts5(search_text, actor_key, "
    "content='events', content_rowid='pk', tokenize='trigram')",
    "CREATE TRIGGER events_fts_ai AFTER INSERT ON events BEGIN "
    "INSERT INTO events_fts(rowid, search_text, actor_key) "
    "VALUES (new.pk, new.search_text, new.actor_key); END",
    "CREATE TRIGGER events_fts_ad AFTER DELETE ON events BEGIN "
    "INSERT INTO events_fts(events_fts, rowid, search_text, actor_key) "
    "VALUES ('delete', old.pk, old.search_text, old.actor_key); END",
    "CREATE TRIGGER events_fts_au AFTER UPDATE OF search_text, actor_key ON events BEGIN "
    "INSERT INTO events_fts(events_fts, rowid, search_text, actor_key) "
    "VALUES ('delete', old.pk, old.search_text, old.actor_key); "
    "INSERT INTO events_fts(rowid, search_text, actor_key) "
    "VALUES (new.pk, new.search_text, new.actor_key); END",
)
PG_TRGM_INDEXES = (("ix_events_trgm_search_text", "search_text"),
                   ("ix_events_trgm_actor_key", "actor_key"))

REBUILD_STATS = (
    "DELETE FROM stats_month_incident",
    "DELETE FROM stats_month",
    "INSERT INTO stats_month_incident (incident_pk, month, events) "
    "SELECT incident_pk, coalesce(month, ''), count(*) FROM events "
    "WHERE is_current = :t AND incident_pk IS NOT NULL GROUP BY incident_pk, coalesce(month, '')",
    "INSERT INTO stats_month (month, events, incidents, killed, wounded) "
    "SELECT coalesce(month, ''), count(*), count(DISTINCT incident_pk), coalesce(sum(killed), 0), "
    "coalesce(sum(wounded), 0) FROM events WHERE is_current = :t GROUP BY coalesce(month, '')",
)


def _backfill_keys(conn) -> None:
    from cronica.store.search import actor_key, fold

    last = 0
    sel = sa.text("SELECT pk, evidence, actor1, actor2 FROM events WHERE pk > :last "
                  "ORDER BY pk LIMIT 5000")
    upd = sa.text("UPDATE events SET search_text = :s, actor_key = :a WHERE pk = :pk")
    while True:
        rows = conn.execute(sel, {"last": last}).all()
        if not rows:
            return
        conn.execute(upd, [{"s": fold(ev), "a": actor_key(a1, a2), "pk": pk}
                           for pk, ev, a1, a2 in rows])
        last = rows[-1][0]


def pg_trgm_schema(conn) -> str:
    """Create pg_trgm if missing (in public when that exists, so per-schema test
    databases share it) and return the schema holding its operator classes."""
    has_public = conn.execute(sa.text(
        "SELECT 1 FROM pg_namespace WHERE nspname = 'public'")).scalar()
    conn.execute(sa.text("CREATE EXTENSION IF NOT EXISTS pg_trgm"
                         + (" SCHEMA public" if has_public else "")))
    return conn.execute(sa.text(
        "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace "
        "WHERE e.extname = 'pg_trgm'")).scalar_one()


def upgrade() -> None:
    conn = op.get_bind()
    with op.batch_alter_table("events") as b:
        b.add_column(sa.Column("search_text", sa.Text))
        b.add_column(sa.Column("actor_key", sa.Text))
    op.create_table(
        "stats_month",
        sa.Column("month", sa.String(7), primary_key=True),
        sa.Column("events", sa.BigInteger, nullable=False),
        sa.Column("incidents", sa.BigInteger, nullable=False),
        sa.Column("killed", sa.BigInteger, nullable=False),
        sa.Column("wounded", sa.BigInteger, nullable=False),
    )
    op.create_table(
        "stats_month_incident",
        sa.Column("incident_pk", PK, primary_key=True, autoincrement=False),
        sa.Column("month", sa.String(7), primary_key=True),
        sa.Column("events", sa.BigInteger, nullable=False),
    )
    _backfill_keys(conn)
    if conn.dialect.name == "sqlite":
        for ddl in SQLITE_FTS:
            conn.exec_driver_sql(ddl)
        conn.exec_driver_sql("INSERT INTO events_fts(events_fts) VALUES ('rebuild')")
    elif conn.dialect.name == "postgresql":
        schema = pg_trgm_schema(conn)
        for name, col in PG_TRGM_INDEXES:
            conn.exec_driver_sql(
                f'CREATE INDEX {name} ON events USING gin ({col} "{schema}".gin_trgm_ops)')
    for sql in REBUILD_STATS:
        conn.execute(sa.text(sql), {"t": True} if ":t" in sql else {})


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "sqlite":
        for name in ("events_fts_ai", "events_fts_ad", "events_fts_au"):
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
        conn.exec_driver_sql("DROP TABLE IF EXISTS events_fts")
    elif conn.dialect.name == "postgresql":
        for name, _ in PG_TRGM_INDEXES:
            conn.exec_driver_sql(f"DROP INDEX IF EXISTS {name}")
    op.drop_table("stats_month_incident")
    op.drop_table("stats_month")
    with op.batch_alter_table("events") as b:
        b.drop_column("actor_key")
        b.drop_column("search_text")
