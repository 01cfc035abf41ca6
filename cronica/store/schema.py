"""Tables of the store (SQLAlchemy 2 Core/ORM declarative).

The Alembic migrations under ``migrations/versions`` create exactly these tables;
``tests/store/test_migrations.py`` checks that the migrated schema and this module
agree. Columns of ``events`` carry the flat keys of the extract output (EVENT_KEYS).

- ``documents``: one row per document *version*; ``(doc_id, version)`` unique.
- ``events``: one row per event of a document version; ``(document_pk, event_id)``
  unique. The row holds the *current* coding; the machine coding is copied to
  ``event_revisions`` version 1 before the first analyst edit, so it is never lost.
- ``event_revisions``: the review trail (version, action, fields, author, time, reason).
- ``incidents``: clusters of events across documents, with aggregated fields.
- ``incident_links``: why each event joined its incident (matched event, score, reasons).
"""
from __future__ import annotations

import datetime as _dt
from typing import Optional

from sqlalchemy import (
    BigInteger, Boolean, Date, DateTime, Float, ForeignKey, Index, Integer, String, Text,
    UniqueConstraint, false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Integer primary keys that autoincrement on SQLite (INTEGER) and PostgreSQL (BIGINT).
PK = BigInteger().with_variant(Integer(), "sqlite")


class Base(DeclarativeBase):
    pass


class DocumentRow(Base):
    __tablename__ = "documents"
    pk: Mapped[int] = mapped_column(PK, primary_key=True, autoincrement=True)
    doc_id: Mapped[str] = mapped_column(String())
    version: Mapped[int] = mapped_column(Integer)
    content_hash: Mapped[str] = mapped_column(String(64))  # (its index: dropped by 0011, unused)
    is_current: Mapped[bool] = mapped_column(Boolean, default=True)
    text: Mapped[str] = mapped_column(Text)
    title: Mapped[Optional[str]] = mapped_column(Text)
    url: Mapped[Optional[str]] = mapped_column(Text)
    published: Mapped[Optional[str]] = mapped_column(String())
    source: Mapped[Optional[str]] = mapped_column(Text)
    n_events: Mapped[int] = mapped_column(Integer, default=0)
    ingested_at: Mapped[_dt.datetime] = mapped_column(DateTime)
    __table_args__ = (UniqueConstraint("doc_id", "version", name="uq_documents_doc_version"),)


class IncidentRow(Base):
    __tablename__ = "incidents"
    pk: Mapped[int] = mapped_column(PK, primary_key=True, autoincrement=True)
    type: Mapped[Optional[str]] = mapped_column(String(32))
    event_type: Mapped[Optional[str]] = mapped_column(String())
    sub_event_type: Mapped[Optional[str]] = mapped_column(String())
    date: Mapped[Optional[str]] = mapped_column(String())
    date_precision: Mapped[Optional[str]] = mapped_column(String())
    date_start: Mapped[Optional[_dt.date]] = mapped_column(Date)
    date_end: Mapped[Optional[_dt.date]] = mapped_column(Date)
    location: Mapped[Optional[str]] = mapped_column(Text)
    admin1: Mapped[Optional[str]] = mapped_column(String())
    admin2: Mapped[Optional[str]] = mapped_column(String())
    admin3: Mapped[Optional[str]] = mapped_column(String())
    country: Mapped[Optional[str]] = mapped_column(String())
    iso: Mapped[Optional[int]] = mapped_column(Integer)
    latitude: Mapped[Optional[float]] = mapped_column(Float)
    longitude: Mapped[Optional[float]] = mapped_column(Float)
    geo_precision: Mapped[Optional[int]] = mapped_column(Integer)
    where_prec: Mapped[Optional[int]] = mapped_column(Integer)
    actor1: Mapped[Optional[str]] = mapped_column(Text)
    inter1: Mapped[Optional[int]] = mapped_column(Integer)
    actor2: Mapped[Optional[str]] = mapped_column(Text)
    inter2: Mapped[Optional[int]] = mapped_column(Integer)
    fatalities: Mapped[Optional[int]] = mapped_column(Integer)  # ACLED: most conservative
    deaths_low: Mapped[Optional[int]] = mapped_column(Integer)  # UCDP low/best/high
    deaths_best: Mapped[Optional[int]] = mapped_column(Integer)
    deaths_high: Mapped[Optional[int]] = mapped_column(Integer)
    wounded: Mapped[Optional[int]] = mapped_column(Integer)
    kidnapped: Mapped[Optional[int]] = mapped_column(Integer)
    arrested: Mapped[Optional[int]] = mapped_column(Integer)
    n_events: Mapped[int] = mapped_column(Integer, default=0)
    n_documents: Mapped[int] = mapped_column(Integer, default=0)
    month: Mapped[Optional[str]] = mapped_column(String(7))  # YYYY-MM of date_start (0006, stats)
    created_at: Mapped[_dt.datetime] = mapped_column(DateTime)
    updated_at: Mapped[_dt.datetime] = mapped_column(DateTime)


class EventRow(Base):
    __tablename__ = "events"
    pk: Mapped[int] = mapped_column(PK, primary_key=True, autoincrement=True)
    document_pk: Mapped[int] = mapped_column(ForeignKey("documents.pk", ondelete="CASCADE"))
    incident_pk: Mapped[Optional[int]] = mapped_column(ForeignKey("incidents.pk"))
    is_current: Mapped[bool] = mapped_column(Boolean, default=True)
    status: Mapped[str] = mapped_column(String(12), default="unreviewed")
    revision: Mapped[int] = mapped_column(Integer, default=0)  # 0 = machine coding only
    month: Mapped[Optional[str]] = mapped_column(String(7))  # YYYY-MM of date_start (stats)
    # --- EVENT_KEYS ---
    doc_id: Mapped[str] = mapped_column(String())
    event_id: Mapped[str] = mapped_column(String(64))
    type: Mapped[str] = mapped_column(String(32))
    event_type: Mapped[Optional[str]] = mapped_column(String())
    sub_event_type: Mapped[Optional[str]] = mapped_column(String())
    cameo: Mapped[Optional[str]] = mapped_column(String())
    plover: Mapped[Optional[str]] = mapped_column(String())
    date: Mapped[Optional[str]] = mapped_column(String())
    date_precision: Mapped[Optional[str]] = mapped_column(String())
    date_start: Mapped[Optional[_dt.date]] = mapped_column(Date)
    date_end: Mapped[Optional[_dt.date]] = mapped_column(Date)
    time_precision: Mapped[Optional[int]] = mapped_column(Integer)
    location: Mapped[Optional[str]] = mapped_column(Text)
    admin1: Mapped[Optional[str]] = mapped_column(String())
    admin2: Mapped[Optional[str]] = mapped_column(String())
    admin3: Mapped[Optional[str]] = mapped_column(String())
    country: Mapped[Optional[str]] = mapped_column(String())
    iso: Mapped[Optional[int]] = mapped_column(Integer)
    latitude: Mapped[Optional[float]] = mapped_column(Float)
    longitude: Mapped[Optional[float]] = mapped_column(Float)
    geo_precision: Mapped[Optional[int]] = mapped_column(Integer)
    where_prec: Mapped[Optional[int]] = mapped_column(Integer)
    gazetteer_id: Mapped[Optional[str]] = mapped_column(String())
    actor1: Mapped[Optional[str]] = mapped_column(Text)
    actor1_text: Mapped[Optional[str]] = mapped_column(Text)
    inter1: Mapped[Optional[int]] = mapped_column(Integer)
    actor2: Mapped[Optional[str]] = mapped_column(Text)
    actor2_text: Mapped[Optional[str]] = mapped_column(Text)
    inter2: Mapped[Optional[int]] = mapped_column(Integer)
    killed: Mapped[Optional[int]] = mapped_column(BigInteger)
    killed_low: Mapped[Optional[int]] = mapped_column(BigInteger)
    killed_high: Mapped[Optional[int]] = mapped_column(BigInteger)
    wounded: Mapped[Optional[int]] = mapped_column(BigInteger)
    kidnapped: Mapped[Optional[int]] = mapped_column(BigInteger)
    arrested: Mapped[Optional[int]] = mapped_column(BigInteger)
    evidence: Mapped[str] = mapped_column(Text)
    evidence_start: Mapped[int] = mapped_column(Integer)
    evidence_end: Mapped[int] = mapped_column(Integer)
    confidence: Mapped[Optional[float]] = mapped_column(Float)
    spans: Mapped[str] = mapped_column(Text)  # JSON object {field: [start, end]}
    # --- EVENT_KEYS of issue 12 (0007): casualties by side, victims, attribution
    deaths_a: Mapped[Optional[int]] = mapped_column(BigInteger)
    deaths_b: Mapped[Optional[int]] = mapped_column(BigInteger)
    deaths_civilians: Mapped[Optional[int]] = mapped_column(BigInteger)
    deaths_unknown: Mapped[Optional[int]] = mapped_column(BigInteger)
    wounded_low: Mapped[Optional[int]] = mapped_column(BigInteger)
    wounded_high: Mapped[Optional[int]] = mapped_column(BigInteger)
    wounded_a: Mapped[Optional[int]] = mapped_column(BigInteger)
    wounded_b: Mapped[Optional[int]] = mapped_column(BigInteger)
    wounded_civilians: Mapped[Optional[int]] = mapped_column(BigInteger)
    wounded_unknown: Mapped[Optional[int]] = mapped_column(BigInteger)
    kidnapped_low: Mapped[Optional[int]] = mapped_column(BigInteger)
    kidnapped_high: Mapped[Optional[int]] = mapped_column(BigInteger)
    victims: Mapped[Optional[str]] = mapped_column(Text)
    victim_names: Mapped[Optional[str]] = mapped_column(Text)
    attribution: Mapped[Optional[str]] = mapped_column(Text)
    # --- folded search keys (0004; cronica/store/search.py), indexed by FTS5 / pg_trgm
    search_text: Mapped[Optional[str]] = mapped_column(Text)
    actor_key: Mapped[Optional[str]] = mapped_column(Text)
    # --- 0005: a new document version left this event for a second look (versions.py)
    needs_review: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # --- 0006: flags (",denied,hedged,": delimited, sorted) and the dedup block: the
    # connected component of "could be the same incident" that the clustering of
    # cronica/store/dedup.py re-clusters as a whole (see docs/store.md, Incidents)
    flags: Mapped[Optional[str]] = mapped_column(Text)
    block_id: Mapped[Optional[int]] = mapped_column(BigInteger)
    geo_cell: Mapped[Optional[int]] = mapped_column(BigInteger)  # dedup blocking key (grid cell)
    __table_args__ = (
        UniqueConstraint("document_pk", "event_id", name="uq_events_document_event"),
        Index("ix_events_event_id", "event_id"),
        Index("ix_events_incident", "incident_pk"),
    )


class EventRevisionRow(Base):
    __tablename__ = "event_revisions"
    pk: Mapped[int] = mapped_column(PK, primary_key=True, autoincrement=True)
    event_pk: Mapped[int] = mapped_column(ForeignKey("events.pk", ondelete="CASCADE"))
    version: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(12))  # machine | accept | reject | edit
    status: Mapped[str] = mapped_column(String(12))
    fields: Mapped[str] = mapped_column(Text)  # JSON: full coding (machine) or changed fields
    author: Mapped[str] = mapped_column(String())
    reason: Mapped[Optional[str]] = mapped_column(Text)
    created_at: Mapped[_dt.datetime] = mapped_column(DateTime)
    __table_args__ = (UniqueConstraint("event_pk", "version", name="uq_revisions_event_version"),)


class IncidentLinkRow(Base):
    __tablename__ = "incident_links"
    event_pk: Mapped[int] = mapped_column(
        ForeignKey("events.pk", ondelete="CASCADE"), primary_key=True)
    incident_pk: Mapped[int] = mapped_column(ForeignKey("incidents.pk"), index=True)
    via_event_pk: Mapped[Optional[int]] = mapped_column(BigInteger().with_variant(Integer(), "sqlite"))
    score: Mapped[Optional[float]] = mapped_column(Float)
    reasons: Mapped[str] = mapped_column(Text)  # JSON list of strings
    joined_at: Mapped[_dt.datetime] = mapped_column(DateTime)


class StatsMonthRow(Base):
    """Monthly totals by incident (0004, by incident since 0006): what ``stats --by
    month`` returns for the whole store, kept in the write transaction of every change
    to an incident. ``month`` is the incident's (YYYY-MM of its date_start), '' when
    undated; ``events`` counts the incidents' reports, killed/wounded each incident once."""
    __tablename__ = "stats_month"
    month: Mapped[str] = mapped_column(String(7), primary_key=True)
    events: Mapped[int] = mapped_column(BigInteger)
    incidents: Mapped[int] = mapped_column(BigInteger)  # distinct incident_pk (not null)
    killed: Mapped[int] = mapped_column(BigInteger)
    wounded: Mapped[int] = mapped_column(BigInteger)


class IncidentPinRow(Base):
    """An analyst's decision that two events are (``link``) or are not (``unlink``) the
    same incident (0006); the clustering respects it. ``cronica incidents merge|split|move``."""
    __tablename__ = "incident_pins"
    pk: Mapped[int] = mapped_column(PK, primary_key=True, autoincrement=True)
    event_a_pk: Mapped[int] = mapped_column(ForeignKey("events.pk", ondelete="CASCADE"), index=True)
    event_b_pk: Mapped[int] = mapped_column(ForeignKey("events.pk", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(8))  # link | unlink
    reason: Mapped[Optional[str]] = mapped_column(Text)
    author: Mapped[str] = mapped_column(String())
    created_at: Mapped[_dt.datetime] = mapped_column(DateTime)


class BlockMergeRow(Base):
    """A dedup block that merged into another (0012): ``block_id`` (the id its reports
    still carry in ``events.block_id``) now belongs to block ``into_block``. Kept flat:
    ``into_block`` is never itself a ``block_id`` here, so one lookup resolves a report's
    block. A merge of blocks writes one row here instead of rewriting every stored
    report of the absorbed block (docs/store.md, Incidents)."""
    __tablename__ = "block_merges"
    block_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    into_block: Mapped[int] = mapped_column(BigInteger, index=True)


#: Indexes added by migrations 0002-0006 (query performance; 0008 and 0011 dropped the unused
#: ones); kept here for the model check.
QUERY_INDEXES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("ix_events_cur_date", "events", ("is_current", "date_start")),
    ("ix_events_cur_admin1_date", "events", ("is_current", "admin1", "date_start")),
    ("ix_events_cur_type_date", "events", ("is_current", "type", "date_start")),
    ("ix_events_doc_id", "events", ("doc_id",)),
    ("ix_events_cur_lon_lat", "events", ("is_current", "longitude", "latitude")),  # 0003
    ("ix_events_block", "events", ("block_id",)),  # 0006
    ("ix_events_dedup", "events", ("admin1", "date_end", "date_start", "admin2")),  # 0006, 0009: blocking keys
)
for _name, _table, _cols in QUERY_INDEXES:
    Index(_name, *(Base.metadata.tables[_table].c[c] for c in _cols))

#: Partial indexes (0008): only the rows out of the default state, so a new report is
#: in neither; ``Store._where`` repeats these conditions (SQLite uses a partial index
#: only when the query has its condition word for word).
_EV = Base.metadata.tables["events"]
REVIEWED_WHERE = _EV.c.status != "unreviewed"
SECOND_LOOK_WHERE = _EV.c.needs_review == True  # noqa: E712  (SQL: needs_review = true / 1)
#: 0006, widened by 0008 and 0009: the candidate query reads other departments' and
#: other provinces' reports near a report from this index alone (pk included on
#: PostgreSQL: an index-only scan)
Index("ix_events_cell", *(_EV.c[c] for c in ("geo_cell", "date_end", "date_start", "admin1", "latitude",
                                              "longitude", "admin2")), postgresql_include=["pk"])
Index("ix_events_reviewed", _EV.c.status, sqlite_where=REVIEWED_WHERE, postgresql_where=REVIEWED_WHERE)
Index("ix_events_second_look", _EV.c.needs_review, sqlite_where=SECOND_LOOK_WHERE,
      postgresql_where=SECOND_LOOK_WHERE)

#: Columns of ``events`` that mirror EVENT_KEYS (all of them).
EVENT_COLUMNS = tuple(c for c in EventRow.__table__.c.keys())

#: Objects migration 0004 creates outside the models (SQLite FTS5 tables, PostgreSQL
#: pg_trgm GIN indexes); model comparisons and autogenerate skip them.
UNMODELLED_PREFIXES = ("events_fts", "ix_events_trgm_")


def include_name(name, type_, parent_names) -> bool:  # alembic include_name hook
    return not (name and name.startswith(UNMODELLED_PREFIXES))
