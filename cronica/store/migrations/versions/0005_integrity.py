"""Store integrity (issue 13): reviews across document versions, URL identity,
year-precision months.

- ``events.needs_review`` (boolean, default false, indexed): a new version of the
  event's document left it for a second look (cronica/store/versions.py).
- Content hashes of documents whose URL has a query or a fragment are recomputed
  with the URL's tracking parameters dropped (``utm_*``, ``fbclid``..., the
  fragment), as the store now computes them, so re-ingesting such a document with
  other tracking parameters finds it unchanged.
- ``events.month`` of events known only to the year becomes ``YYYY`` (it was the
  January of that year) and the monthly summary is rebuilt.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03
"""
from alembic import op
import sqlalchemy as sa

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def _rehash_urls(conn) -> None:
    from cronica.model import Document
    from cronica.store.repository import content_hash

    last = 0
    sel = sa.text("SELECT pk, doc_id, url, text, content_hash FROM documents WHERE pk > :last "
                  "AND (url LIKE '%?%' OR url LIKE '%#%') ORDER BY pk LIMIT 2000")
    upd = sa.text("UPDATE documents SET content_hash = :h WHERE pk = :pk")
    while True:
        rows = conn.execute(sel, {"last": last}).all()
        if not rows:
            return
        changed = []
        for pk, doc_id, url, text, old in rows:
            h = content_hash(Document(id=doc_id, text=text, url=url))
            if h != old:
                changed.append({"h": h, "pk": pk})
        if changed:
            conn.execute(upd, changed)
        last = rows[-1][0]


def _rebuild_month_stats(conn) -> None:
    import importlib

    mig = importlib.import_module("cronica.store.migrations.versions.0004_search_and_month_stats")
    for sql in mig.REBUILD_STATS:
        conn.execute(sa.text(sql), {"t": True} if ":t" in sql else {})


def upgrade() -> None:
    conn = op.get_bind()
    # a plain ALTER TABLE ADD COLUMN on SQLite too: a batch (copy-and-move) rebuild of
    # ``events`` would drop the FTS triggers of 0004
    op.add_column("events", sa.Column("needs_review", sa.Boolean(), nullable=False,
                                      server_default=sa.false()))
    op.create_index("ix_events_needs_review", "events", ["needs_review"])
    _rehash_urls(conn)
    conn.execute(sa.text("UPDATE events SET month = substr(month, 1, 4) "
                         "WHERE date_precision = 'year' AND month IS NOT NULL"))
    _rebuild_month_stats(conn)


def downgrade() -> None:
    conn = op.get_bind()
    conn.execute(sa.text("UPDATE events SET month = substr(month, 1, 4) || '-01' "
                         "WHERE date_precision = 'year' AND month IS NOT NULL"))
    _rebuild_month_stats(conn)
    op.drop_index("ix_events_needs_review", table_name="events")
    op.drop_column("events", "needs_review")  # SQLite >= 3.35: ALTER TABLE DROP COLUMN
