"""The event store: documents stored once, events with their sources, incidents
across documents, an analyst review trail. SQLAlchemy 2 + Alembic; SQLite by
default, PostgreSQL for shared use. Full guide: ``docs/store.md``.

Public interface (the CLI, the web app and the batch engine code against it)::

    from cronica.store import open_store, Store, EventFilter, IngestSummary

    store = open_store(url=None)
        # url: None → $CRONICA_DB if set, else the default SQLite file
        #      ``platformdirs.user_data_dir("cronica")/cronica.db``
        #      (e.g. ~/.local/share/cronica/cronica.db on Linux; see default_url()).
        #      A bare path ("data/x.db") means a SQLite file; otherwise an
        #      SQLAlchemy URL: sqlite:///cronica.db, postgresql+psycopg://u:p@host/db
        # A new/empty database is created at the current schema. A database at an
        # older known schema raises SchemaVersionError telling to run
        # ``cronica db upgrade`` (or pass upgrade=True); a newer or unknown schema
        # raises SchemaVersionError with a one-line explanation.
        # open_store(url, create=False) (reading commands) raises StoreError when the
        # SQLite file does not exist or the database holds no store; a new SQLite file
        # is created, but never missing folders (except the default location's).

    store.ingest(results: Iterable[DocResult]) -> IngestSummary
        # Documents are keyed by doc_id; their content hash covers doc_id, the url
        # without tracking parameters (utm_*, fbclid..., cronica/store/versions.py)
        # and the normalised text. Same hash → unchanged (nothing added); a changed
        # text → a new document version whose events are stored beside the old
        # version's (old coding kept, marked superseded). Reviews of the old
        # version's events carry to the matching new events, or mark them
        # needs_review; the summary counts reviews_carried/_flagged/_not_found and
        # says each in ``warnings``. Failed DocResults count
        # as failed. Each batch of documents is one transaction; SQLite writes use
        # BEGIN IMMEDIATE (WAL, busy timeout), PostgreSQL an advisory lock, and
        # unique constraints + retries make concurrent ingests safe. Dedup runs
        # inside the same transaction: the blocks a new report is linked to are
        # re-clustered from scratch in a canonical order, so incidents do not
        # depend on arrival order (docs/store.md, Incidents).
    store.ingest_documents(items: Iterable[Document | InputError], pipeline=None)
        -> IngestSummary   # skips extraction for unchanged documents

    store.query_events(f: EventFilter | None = None, limit=100, offset=0)
        -> tuple[list[dict], int]
        # dicts with EVENT_KEYS (the extract output) + incident_id, status,
        # source_url, needs_review; total = number matching the filter
    store.get_event(event_id) -> dict | None
        # the event dict + "document" {doc_id, version, text, title, url, published},
        # "machine" (the machine coding, never changed), "history" (review trail)
    store.review(event_id, action, fields=None, reason=None, author="") -> dict
        # action: 'accept' | 'reject' | 'edit'. An edit stores a new version with
        # author, time and reason; the machine coding stays in version 1.
        # Raises EventNotFoundError, ReviewError (bad action/field/value). Derived
        # fields follow (type → ACLED/CAMEO/PLOVER, killed → low/high, place →
        # admin levels/coordinates via the gazetteer); the event is re-clustered.
    store.merge_incidents([a, b], reason, author) / store.split_incident(inc, [event_id...],
        reason, author) / store.move_event(event_id, inc, reason, author) -> dict
        # analysts' decisions, pinned (kept by every later re-clustering) and
        # recorded in each event's history
    store.incidents(f: EventFilter | None = None, limit=100, offset=0)
        -> tuple[list[dict], int]
    store.incident(incident_id: int) -> dict | None
        # incident fields + "members" (each with via/score/reasons) + "explanation"
        # (lines saying why each member was joined)
    store.stats(by: 'month'|'admin1'|'type'|'actor', f: EventFilter | None = None)
        -> list[dict]   # [{"key", "events", "incidents", "killed", "wounded"}, ...]
        # by incident: each incident once (killed = its deaths_best), events = reports
        # by='month' without a filter reads the monthly summary table kept on every
        # write (summary=False groups the events instead; both give the same rows)
    store.iter_events(f=None, include_rejected=False) -> Iterator[dict]  # for exports
    store.iter_incidents(f=None) -> Iterator[dict]
    store.close()

    cronica.export.write(store_or_rows, format, unit='event'|'incident', out=path_or_stream)

``EventFilter`` fields (all optional): since, until (ISO dates; an event matches
when its date window overlaps), admin1 (case- and accent-insensitive), type, actor (substring of actor1 or actor2,
case- and accent-insensitive), status, incident (id), bbox (min_lon, min_lat,
max_lon, max_lat), text (every word a case- and accent-insensitive substring of the
evidence; indexed: see cronica/store/search.py), doc_id, include_superseded (False),
needs_review (True: events a new document version left for a second look).
flag / no_flag (tuples of historical, denied, hedged, disputed or "any"), country and
admin2 (admin1, admin2 and country match with case and accents ignored), min_fatalities
(killed >= n), min_confidence, source (host of the document URL, subdomains too),
precision (date_precision), undated / unlocated (True: only events without a date /
coordinates; False: only those with).

Also for the web API: ``store.totals(f)`` (events, undated, unlocated, incidents,
fatalities and wounded by incident), ``store.incident_tolls(f)`` (incidents and
deaths per incident start date, for timelines), ``store.stats(by='country')``;
``store.review(..., if_version=N, author_verified=False)``: refuse with
VersionConflictError unless the event is at version N (every event dict carries
``version``), and record a shared-token author as unverified.
"""
from __future__ import annotations

from cronica.errors import SchemaVersionError, StoreError
from cronica.store.filters import EventFilter, IngestSummary
from cronica.store.repository import (
    EventNotFoundError, ReviewError, Store, VersionConflictError, default_url, open_store, upgrade,
)

__all__ = [
    "EventFilter", "EventNotFoundError", "IngestSummary", "ReviewError", "SchemaVersionError",
    "Store", "StoreError", "VersionConflictError", "default_url", "open_store", "upgrade",
]
