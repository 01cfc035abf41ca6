"""Initial schema: documents, incidents, events, event_revisions, incident_links.

Revision ID: 0001
Revises:
Create Date: 2026-11-28
"""
from alembic import op
import sqlalchemy as sa

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

PK = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def _s(n: int) -> sa.String:
    return sa.String(n)


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("pk", PK, primary_key=True, autoincrement=True),
        sa.Column("doc_id", sa.String(), nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("content_hash", _s(64), nullable=False),
        sa.Column("is_current", sa.Boolean, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("url", sa.Text),
        sa.Column("published", sa.String()),
        sa.Column("source", sa.Text),
        sa.Column("n_events", sa.Integer, nullable=False),
        sa.Column("ingested_at", sa.DateTime, nullable=False),
        sa.UniqueConstraint("doc_id", "version", name="uq_documents_doc_version"),
    )
    op.create_index("ix_documents_content_hash", "documents", ["content_hash"])
    op.create_table(
        "incidents",
        sa.Column("pk", PK, primary_key=True, autoincrement=True),
        sa.Column("type", _s(32)),
        sa.Column("event_type", sa.String()),
        sa.Column("sub_event_type", sa.String()),
        sa.Column("date", sa.String()),
        sa.Column("date_precision", sa.String()),
        sa.Column("date_start", sa.Date),
        sa.Column("date_end", sa.Date),
        sa.Column("location", sa.Text),
        sa.Column("admin1", sa.String()),
        sa.Column("admin2", sa.String()),
        sa.Column("admin3", sa.String()),
        sa.Column("country", sa.String()),
        sa.Column("iso", sa.Integer),
        sa.Column("latitude", sa.Float),
        sa.Column("longitude", sa.Float),
        sa.Column("geo_precision", sa.Integer),
        sa.Column("where_prec", sa.Integer),
        sa.Column("actor1", sa.Text),
        sa.Column("inter1", sa.Integer),
        sa.Column("actor2", sa.Text),
        sa.Column("inter2", sa.Integer),
        sa.Column("fatalities", sa.Integer),
        sa.Column("deaths_low", sa.Integer),
        sa.Column("deaths_best", sa.Integer),
        sa.Column("deaths_high", sa.Integer),
        sa.Column("wounded", sa.Integer),
        sa.Column("kidnapped", sa.Integer),
        sa.Column("arrested", sa.Integer),
        sa.Column("n_events", sa.Integer, nullable=False),
        sa.Column("n_documents", sa.Integer, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
    )
    op.create_table(
        "events",
        sa.Column("pk", PK, primary_key=True, autoincrement=True),
        sa.Column("document_pk", PK, sa.ForeignKey("documents.pk", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("incident_pk", PK, sa.ForeignKey("incidents.pk")),
        sa.Column("is_current", sa.Boolean, nullable=False),
        sa.Column("status", _s(12), nullable=False),
        sa.Column("revision", sa.Integer, nullable=False),
        sa.Column("month", _s(7)),
        sa.Column("doc_id", sa.String(), nullable=False),
        sa.Column("event_id", _s(64), nullable=False),
        sa.Column("type", _s(32), nullable=False),
        sa.Column("event_type", sa.String()),
        sa.Column("sub_event_type", sa.String()),
        sa.Column("cameo", sa.String()),
        sa.Column("plover", sa.String()),
        sa.Column("date", sa.String()),
        sa.Column("date_precision", sa.String()),
        sa.Column("date_start", sa.Date),
        sa.Column("date_end", sa.Date),
        sa.Column("time_precision", sa.Integer),
        sa.Column("location", sa.Text),
        sa.Column("admin1", sa.String()),
        sa.Column("admin2", sa.String()),
        sa.Column("admin3", sa.String()),
        sa.Column("country", sa.String()),
        sa.Column("iso", sa.Integer),
        sa.Column("latitude", sa.Float),
        sa.Column("longitude", sa.Float),
        sa.Column("geo_precision", sa.Integer),
        sa.Column("where_prec", sa.Integer),
        sa.Column("gazetteer_id", sa.String()),
        sa.Column("actor1", sa.Text),
        sa.Column("actor1_text", sa.Text),
        sa.Column("inter1", sa.Integer),
        sa.Column("actor2", sa.Text),
        sa.Column("actor2_text", sa.Text),
        sa.Column("inter2", sa.Integer),
        sa.Column("killed", sa.BigInteger),
        sa.Column("killed_low", sa.BigInteger),
        sa.Column("killed_high", sa.BigInteger),
        sa.Column("wounded", sa.BigInteger),
        sa.Column("kidnapped", sa.BigInteger),
        sa.Column("arrested", sa.BigInteger),
        sa.Column("evidence", sa.Text, nullable=False),
        sa.Column("evidence_start", sa.Integer, nullable=False),
        sa.Column("evidence_end", sa.Integer, nullable=False),
        sa.Column("confidence", sa.Float),
        sa.Column("spans", sa.Text, nullable=False),
        sa.UniqueConstraint("document_pk", "event_id", name="uq_events_document_event"),
    )
    op.create_index("ix_events_event_id", "events", ["event_id"])
    op.create_index("ix_events_incident", "events", ["incident_pk"])
    op.create_table(
        "event_revisions",
        sa.Column("pk", PK, primary_key=True, autoincrement=True),
        sa.Column("event_pk", PK, sa.ForeignKey("events.pk", ondelete="CASCADE"),
                  nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("action", _s(12), nullable=False),
        sa.Column("status", _s(12), nullable=False),
        sa.Column("fields", sa.Text, nullable=False),
        sa.Column("author", sa.String(), nullable=False),
        sa.Column("reason", sa.Text),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.UniqueConstraint("event_pk", "version", name="uq_revisions_event_version"),
    )
    op.create_table(
        "incident_links",
        sa.Column("event_pk", PK, sa.ForeignKey("events.pk", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("incident_pk", PK, sa.ForeignKey("incidents.pk"), nullable=False),
        sa.Column("via_event_pk", PK),
        sa.Column("score", sa.Float),
        sa.Column("reasons", sa.Text, nullable=False),
        sa.Column("joined_at", sa.DateTime, nullable=False),
    )
    op.create_index("ix_incident_links_incident_pk", "incident_links", ["incident_pk"])


def downgrade() -> None:
    for t in ("incident_links", "event_revisions", "events", "incidents", "documents"):
        op.drop_table(t)
