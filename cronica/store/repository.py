"""The store itself: opening/migrating a database, ingesting, querying, reviewing.

See ``cronica/store/__init__.py`` for the public contract and ``docs/store.md`` for
the guide. Everything here is SQLAlchemy Core (fast bulk inserts, one code path
for SQLite and PostgreSQL).
"""
from __future__ import annotations

import contextlib
import datetime as _dt
import functools
import hashlib
import json
import math
import os
import random
import re
import time
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator, Optional

from sqlalchemy import (
    Boolean, Date, Integer, String, and_, any_, column, bindparam, case, false, create_engine, text, event as sa_event, func, inspect, insert, literal, or_, select,
    union_all, update,
)
from sqlalchemy.dialects.postgresql import ARRAY as PG_ARRAY
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError, SQLAlchemyError

from cronica.errors import InputError, SchemaVersionError, StoreError
from cronica.model import EVENT_FLAGS, EVENT_KEYS, EVENT_TYPES, DocResult, Document
from cronica.store import dedup as _dedup
from cronica.store import geofields as _geofields
from cronica.store import search as _search
from cronica.store import versions as _versions
from cronica.store.filters import STATUSES, EventFilter, IngestSummary
from cronica.store.schema import REVIEWED_WHERE, SECOND_LOOK_WHERE, Base

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
DOCS = Base.metadata.tables["documents"]
EVENTS = Base.metadata.tables["events"]
INCIDENTS = Base.metadata.tables["incidents"]
REVISIONS = Base.metadata.tables["event_revisions"]
LINKS = Base.metadata.tables["incident_links"]
STATS_MONTH = Base.metadata.tables["stats_month"]
PINS = Base.metadata.tables["incident_pins"]
BLOCK_MERGES = Base.metadata.tables["block_merges"]
OUR_TABLES = {"documents", "events", "incidents", "event_revisions", "incident_links"}
PG_LOCK_KEY = 0x43524F4E  # "CRON": serialises writers on PostgreSQL (advisory lock)

INCIDENT_FIELDS = tuple(c for c in INCIDENTS.c.keys() if c not in ("pk", "created_at", "updated_at"))
#: Incident fields shown by the API (``month`` is an internal key of the statistics).
INCIDENT_OUT = tuple(c for c in INCIDENT_FIELDS if c != "month")
EXTRA_KEYS = ("incident_id", "status", "source_url")
CANDIDATE_COLS = tuple(EVENTS.c[k] for k in (
    "pk", "incident_pk", "event_id", "doc_id", "type", "date", "date_precision", "date_start",
    "date_end", "location", "admin1", "admin2", "admin3", "latitude", "longitude",
    "geo_precision", "actor1", "actor1_text", "actor2", "actor2_text", "killed", "killed_low",
    "killed_high", "wounded",
    "kidnapped", "arrested", "block_id"))


#: The dedup blocking keys (0006): the department, and a grid cell of GEO_CELL_DEG
#: degrees for reports with coordinates (reports across a border within max_km).
GEO_CELL_DEG = 0.25
N_CELLS = 9  # cells a max_km box may touch (3 x 3 at 25 km); more → the box alone


def geo_cell(lat: Optional[float], lon: Optional[float]) -> Optional[int]:
    if lat is None or lon is None:
        return None
    return int(math.floor((lat + 90) / GEO_CELL_DEG)) * 10000 + int(math.floor((lon + 180) / GEO_CELL_DEG))


@functools.lru_cache(maxsize=256)
def _candidate_sql(types: tuple[str, ...], variant: str):
    """The candidate query for one set of compatible types (written into the SQL, so
    nothing is re-compiled per report) and a variant: ``any`` (no department: every
    department), ``admin1`` (same department or none), ``near`` (also other
    departments' reports in the grid cells within max_km).

    Each part is a range on a blocking-key index — ``ix_events_dedup (admin1, date_end,
    date_start)`` or ``ix_events_cell (geo_cell, date_end, date_start)`` — over the
    date window: date_end from the report's start minus the slack to its end plus
    the slack plus max_window_days (longer windows never merge), date_start checked
    inside the index."""
    cols = ", ".join(c.name for c in CANDIDATE_COLS)
    tl = ", ".join("'" + t.replace("'", "''") + "'" for t in types)
    base = (f"SELECT {cols} FROM events WHERE is_current = :cur AND status != 'rejected' "
            f"AND doc_id != :doc_id AND type IN ({tl}) "
            "AND date_end >= :lo2 AND date_end <= :hi2 AND date_start <= :hi AND date_start >= :lo")
    cells = ", ".join(f":c{i}" for i in range(N_CELLS))
    parts = {"any": [""], "admin1": [" AND admin1 = :admin1", " AND admin1 IS NULL"]}
    parts["near"] = parts["admin1"] + [f" AND geo_cell IN ({cells}) AND admin1 != :admin1 "
                                       "AND latitude BETWEEN :lat0 AND :lat1 AND longitude BETWEEN :lon0 AND :lon1"]
    parts["box"] = parts["admin1"] + [" AND admin1 != :admin1 AND latitude BETWEEN :lat0 AND :lat1 "
                                      "AND longitude BETWEEN :lon0 AND :lon1"]
    sql = " UNION ALL ".join(f"SELECT * FROM ({base}{more} LIMIT 2000) p{i}"
                             for i, more in enumerate(parts[variant]))
    t = text(sql).bindparams(
        bindparam("cur", type_=Boolean()), bindparam("hi", type_=Date()), bindparam("lo", type_=Date()),
        bindparam("lo2", type_=Date()), bindparam("hi2", type_=Date()))
    return t.columns(*CANDIDATE_COLS)


#: A report's part of the batch candidate query: (seed index, part, ...) — ``same``:
#: its department (a report with no province: every province's reports); ``prov`` and
#: ``noprov`` (a report with a province): its department's reports of that province and
#: of none — those of another province can only join within max_km (dedup.compare), so
#: they come from ``near``; ``none``: reports with no department; ``near``: reports of
#: other departments, or of the department's other provinces, in the grid cells within
#: max_km (``cs``: one key per seed with all its cells — PostgreSQL scans them with
#: ``geo_cell = ANY(cs)``, SQLite probes each with ``json_each(cs)``; one key object per
#: seed and cell made SQLite decode up to N_CELLS times as much JSON). SQLite: ``prov`` and ``noprov`` are one part
#: (``same`` with the province tested in the index, in the query's WHERE); PostgreSQL
#: keeps them apart so that each is an index condition.
_BATCH_KEYS = {
    "same": ("i", "a", "p", "t", "d", "lo", "hi", "lo2", "hi2"),
    "prov": ("i", "a", "p", "t", "d", "lo", "hi", "lo2", "hi2"),
    "noprov": ("i", "a", "t", "d", "lo", "hi", "lo2", "hi2"),
    "none": ("i", "t", "d", "lo", "hi", "lo2", "hi2"),
    "near": ("i", "a", "p", "t", "d", "lo", "hi", "lo2", "hi2", "cs", "lat0", "lat1", "lon0", "lon1"),
}
#: (the other province: ``e.admin2 != v.p`` is NULL, so false, when either has none)
_OTHER_PLACE = "e.admin1 IS NOT NULL AND (e.admin1 != v.a OR e.admin2 != v.p)"
_BATCH_WHERE = {
    "same": "e.admin1 = v.a",
    "prov": "e.admin1 = v.a AND e.admin2 = v.p",
    "noprov": "e.admin1 = v.a AND e.admin2 IS NULL",
    "none": "e.admin1 IS NULL",
    "near": (f"e.geo_cell = c.value AND {_OTHER_PLACE} AND e.latitude BETWEEN v.lat0 AND v.lat1 "
             "AND e.longitude BETWEEN v.lon0 AND v.lon1"),
}
_SQLITE_SAME = "e.admin1 = v.a AND (v.p IS NULL OR e.admin2 IS NULL OR e.admin2 = v.p)"
_BATCH_TYPES = {"i": "bigint", "a": "text", "p": "text", "t": "text", "d": "text", "lo": "date", "hi": "date",
                "lo2": "date", "hi2": "date", "lat0": "float8", "lat1": "float8",
                "lon0": "float8", "lon1": "float8", "cs": "bigint[]"}
_PG_PARTS = ("same", "prov", "noprov", "none", "near")
_SQLITE_PARTS = ("same", "none", "near")
CANDIDATE_LIMIT = 2000  # candidates per report and part (a safety cap; ~20 at 1M events)


def _batch_parts(dialect: str) -> tuple[str, ...]:
    return _PG_PARTS if dialect == "postgresql" else _SQLITE_PARTS


@functools.lru_cache(maxsize=8)
def _batch_candidate_sql(dialect: str):
    """The candidate query of a whole batch (Store._candidates_many): the reports'
    blocking keys go in as one JSON parameter per part (``:same``, ``:none``, ...,
    objects with the keys of _BATCH_KEYS), joined to ``events`` on the blocking-key
    indexes with the same conditions as :func:`_candidate_sql`, the province tested in
    the index (0009). PostgreSQL: a LATERAL subquery per report with the per-part
    LIMIT; SQLite: the keys materialised first, then a nested loop driven by them on
    the blocking-key index named (INDEXED BY: without it SQLite may take the longitude
    index for the grid cells, a range over all dates), the cap applied by the caller."""
    cols = ", ".join(f"e.{c.name}" for c in CANDIDATE_COLS)
    common = ("e.is_current = :cur AND e.status != 'rejected' AND e.doc_id != v.d "
              "AND e.date_end >= v.lo2 AND e.date_end <= v.hi2 AND e.date_start <= v.hi "
              "AND e.date_start >= v.lo AND {typ}")
    parts = []
    if dialect == "postgresql":
        typ = "strpos(v.t, ',' || e.type || ',') > 0"
        for n, part in enumerate(_PG_PARTS):
            keys, where = _BATCH_KEYS[part], _BATCH_WHERE[part]
            if part == "near":
                # other departments' (and provinces') reports in the seed's cells: found in
                # ix_events_cell alone (it carries admin1, latitude, longitude, admin2 and
                # pk: an index-only scan), so the seed's own province's reports, which make
                # up nearly all of a cell, are not read from the table a second time
                where = ("e.pk IN (SELECT k.pk FROM events k WHERE k.geo_cell = ANY(v.cs) "
                         "AND k.date_end >= v.lo2 AND k.date_end <= v.hi2 AND k.date_start <= v.hi "
                         "AND k.date_start >= v.lo AND k.admin1 IS NOT NULL AND (k.admin1 != v.a OR k.admin2 != v.p) "
                         "AND k.latitude BETWEEN v.lat0 AND v.lat1 AND k.longitude BETWEEN v.lon0 AND v.lon1)")
            rec = ", ".join(f"{k} {_BATCH_TYPES[k]}" for k in keys)
            parts.append(
                f"SELECT v.i AS seed, {n} AS part, c.* FROM jsonb_to_recordset(CAST(:{part} AS jsonb)) "
                f"AS v({rec}) CROSS JOIN LATERAL (SELECT {cols} FROM events e WHERE {where} "
                f"AND {common.format(typ=typ)} LIMIT {CANDIDATE_LIMIT}) c")
        sql = " UNION ALL ".join(parts)
    else:
        typ = "instr(v.t, ',' || e.type || ',') > 0"
        ctes = []
        for n, part in enumerate(_SQLITE_PARTS):
            keys = _BATCH_KEYS[part]
            ext = ", ".join(f"json_extract(value, '$.{name}') AS {name}" for name in keys)
            ctes.append(f"v{n} AS MATERIALIZED (SELECT {ext} FROM json_each(:{part}))")
            if part == "near":  # (one probe per seed and cell: the cells' list expanded)
                src, where = "json_each(v.cs) AS c CROSS JOIN events AS e INDEXED BY ix_events_cell", \
                    _BATCH_WHERE["near"]
            else:
                src, where = "events AS e INDEXED BY ix_events_dedup", \
                    _SQLITE_SAME if part == "same" else _BATCH_WHERE[part]
            parts.append(f"SELECT v.i AS seed, {n} AS part, {cols} FROM v{n} AS v CROSS JOIN {src} "
                         f"WHERE {where} AND {common.format(typ=typ)}")
        sql = "WITH " + ", ".join(ctes) + " " + " UNION ALL ".join(parts)
    t = text(sql).bindparams(bindparam("cur", type_=Boolean()))
    return t.columns(column("seed", Integer()), column("part", Integer()), *CANDIDATE_COLS)


MEMBER_COLS = CANDIDATE_COLS + (EVENTS.c.event_type, EVENTS.c.sub_event_type, EVENTS.c.country,
                                EVENTS.c.iso, EVENTS.c.where_prec, EVENTS.c.inter1, EVENTS.c.inter2,
                                EVENTS.c.location)
MEMBER_COLS = tuple(dict.fromkeys(MEMBER_COLS))
#: The members of several incidents at once (_refresh_incidents), each incident's in key order.
_MEMBERS_OF = (select(*MEMBER_COLS)
               .where(EVENTS.c.incident_pk.in_(bindparam("incs", expanding=True)),
                      EVENTS.c.is_current == bindparam("cur"), EVENTS.c.status != "rejected")
               .order_by(EVENTS.c.incident_pk, EVENTS.c.pk))
ACTIONS = {"accept": "accepted", "reject": "rejected", "edit": "edited"}
INT_FIELDS = {"killed", "killed_low", "killed_high", "wounded", "kidnapped", "arrested",
              "inter1", "inter2", "iso", "geo_precision", "where_prec"}
FLOAT_FIELDS = {"latitude", "longitude", "confidence"}
NOT_EDITABLE = {"doc_id", "event_id", "evidence", "evidence_start", "evidence_end", "spans",
                "date_precision", "date_start", "date_end", "time_precision"}
INCIDENT_ACTIONS = ("merge", "split", "move")
EDITABLE = tuple(k for k in EVENT_KEYS if k not in NOT_EDITABLE)
#: A search word matching more rows than this is tested row by row (LIKE on the folded
#: column) instead of through the FTS index, on SQLite: a rowid list that long costs
#: more than checking the rows the other filters select (bench/store.py, 1M events).
FTS_MAX_HITS = 20000
_DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class EventNotFoundError(StoreError):
    """No stored event has this id."""


class ReviewError(StoreError):
    """A review request is invalid (unknown action, field or value; missing author/reason)."""


class VersionConflictError(ReviewError):
    """A review or edit made against an older version of the event (a lost update)."""

    def __init__(self, message: str, current: int) -> None:
        super().__init__(message)
        self.current = current


# --------------------------------------------------------------------------- urls
def default_url() -> str:
    """``$CRONICA_DB`` if set, else SQLite at ``platformdirs.user_data_dir("cronica")/cronica.db``."""
    env = os.environ.get("CRONICA_DB")
    if env:
        return normalise_url(env)
    import platformdirs

    return "sqlite:///" + str(Path(platformdirs.user_data_dir("cronica")) / "cronica.db")


def normalise_url(url: str | None) -> str:
    if url is None or url == "":
        return default_url()
    if "://" not in url:
        return "sqlite:///" + str(Path(url).expanduser().absolute())
    return url


def _is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def _redact(url: str) -> str:
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001 - only used for messages
        return "<database url>"


SQLITE_BUSY_SECONDS = 60


def _wal(cur) -> None:
    """Put the database in WAL mode. Switching modes needs the file to itself, and
    SQLite answers "database is locked" at once — without waiting out busy_timeout —
    when another process opens the same new database at that moment (two ingests
    started together on a fresh file). So: leave a database already in WAL alone,
    and retry the switch until the busy timeout."""
    import sqlite3

    deadline = time.monotonic() + SQLITE_BUSY_SECONDS
    while True:
        try:
            if cur.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
                cur.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if not any(w in str(exc) for w in ("locked", "busy")) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def make_engine(url: str) -> Engine:
    """An engine with Cronica's connection settings (SQLite: WAL, busy timeout, FKs)."""
    url = normalise_url(url)
    try:
        u = make_url(url)
    except Exception as exc:  # noqa: BLE001 - SQLAlchemy raises ArgumentError/ValueError
        raise StoreError(f"not a database URL: {url!r} ({exc})") from None
    if u.get_backend_name() == "sqlite":
        db = u.database
        if db and db != ":memory:":
            engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_SECONDS})
        else:  # in-memory: one shared connection, or every checkout would see an empty database
            from sqlalchemy.pool import StaticPool

            engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_SECONDS, "check_same_thread": False},
                                   poolclass=StaticPool)

        @sa_event.listens_for(engine, "connect")
        def _on_connect(dbapi_conn, _record):  # pragma: no cover - exercised via every test
            dbapi_conn.isolation_level = None  # we emit BEGIN ourselves
            cur = dbapi_conn.cursor()
            cur.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_SECONDS * 1000}")
            if db and db != ":memory:":
                _wal(cur)
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.close()

        @sa_event.listens_for(engine, "begin")
        def _on_begin(conn):
            if conn.get_execution_options().get("cronica_write"):
                conn.exec_driver_sql("BEGIN IMMEDIATE")
            else:
                conn.exec_driver_sql("BEGIN")

        return engine
    if u.get_backend_name() == "postgresql" and u.drivername == "postgresql":
        u = u.set(drivername="postgresql+psycopg")
    try:
        return create_engine(u, pool_pre_ping=True)
    except Exception as exc:  # noqa: BLE001 - missing driver etc.
        raise StoreError(f"cannot use database {_redact(url)}: {exc}") from None


# --------------------------------------------------------------------------- schema versions
def _alembic_config(conn: Connection):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["connection"] = conn
    return cfg


def _script():
    from alembic.script import ScriptDirectory

    return ScriptDirectory(str(MIGRATIONS_DIR))


def _lock(conn: Connection) -> None:
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({PG_LOCK_KEY})")


@contextlib.contextmanager
def _write_tx(engine: Engine) -> Iterator[Connection]:
    with engine.connect() as conn:
        conn = conn.execution_options(cronica_write=True)
        with conn.begin():
            _lock(conn)
            yield conn


def schema_state(conn: Connection) -> tuple[str, Optional[str], str]:
    """(state, current revision, head): state is empty|current|older|unknown|foreign."""
    from alembic.runtime.migration import MigrationContext

    script = _script()
    head = script.get_current_head()
    current = MigrationContext.configure(conn).get_current_revision()
    tables = set(inspect(conn).get_table_names())
    if current is None:
        return ("foreign" if tables & OUR_TABLES else "empty"), None, head
    if current == head:
        return "current", current, head
    known = {r.revision for r in script.walk_revisions()}
    if current in known:
        return "older", current, head
    return "unknown", current, head


def sqlite_path(url: str) -> Optional[Path]:
    """The file of a SQLite URL (None for other backends and in-memory databases)."""
    try:
        u = make_url(normalise_url(url))
    except Exception:  # noqa: BLE001 - make_engine reports bad URLs
        return None
    if u.get_backend_name() != "sqlite" or not u.database or u.database == ":memory:" \
            or u.database.startswith("file:"):
        return None
    return Path(u.database).expanduser().absolute()


def check_location(url: Optional[str], create: bool) -> None:
    """Where the database must already be. Reading (``create=False``): the SQLite file
    must exist — a mistyped ``--db`` is an error, not an empty store. Writing: the
    file may be created, but not the folders above it (a mistyped folder is an
    error too); only the default location (no ``--db``, no ``$CRONICA_DB``) gets its
    folder made."""
    default = not url and not os.environ.get("CRONICA_DB")
    path = sqlite_path(normalise_url(url))
    if path is None or path.exists():
        return
    if not create:
        raise StoreError(f"no database at {path}: check --db (or $CRONICA_DB); reading "
                         "commands never create one — `cronica ingest` or `cronica db upgrade` does")
    if not path.parent.is_dir():
        if not default:
            raise StoreError(f"the folder {path.parent} does not exist: create it first, or check "
                             "--db (the database file is created, its folders are not)")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create the database folder {path.parent}: {exc}") from None


def _check_or_migrate(engine: Engine, url: str, upgrade: bool, create: bool = True) -> tuple[Optional[str], str]:
    with _write_tx(engine) as conn:
        state, current, head = schema_state(conn)
        if state == "current":
            return current, head
        if state == "empty" and not create:
            raise StoreError(f"{_redact(url)}: no Cronica store in this database (it is empty); "
                             "check --db, or create it with `cronica ingest` or `cronica db upgrade`")
        if state == "unknown":
            raise SchemaVersionError(
                f"{_redact(url)}: database schema version {current!r} is unknown to this "
                f"Cronica (it knows up to {head!r}); it was probably written by a newer "
                f"Cronica — upgrade Cronica or use another database")
        if state == "foreign":
            raise SchemaVersionError(
                f"{_redact(url)}: database has Cronica-like tables but no schema version; "
                f"not touching it — use a new database")
        if state == "older" and not upgrade:
            raise SchemaVersionError(
                f"{_redact(url)}: database schema {current!r} is older than this Cronica's "
                f"{head!r}; run `cronica db upgrade --db URL` to migrate it")
        from alembic import command

        command.upgrade(_alembic_config(conn), "head")
        return current, head


def upgrade(url: str | None = None) -> tuple[Optional[str], str]:
    """Migrate the database to the current schema; returns (from revision, to revision)."""
    check_location(url, create=True)
    url = normalise_url(url)
    engine = make_engine(url)
    try:
        return _check_or_migrate(engine, url, upgrade=True)
    except SQLAlchemyError as exc:
        raise StoreError(f"{_redact(url)}: {_one_line(exc)}") from None
    finally:
        engine.dispose()


def open_store(url: str | None = None, *, upgrade: bool = False,
               dedup_config: _dedup.DedupConfig | None = None, create: bool = True) -> "Store":
    """Open (and create if new) the store at ``url`` — see the module docstring.
    ``create=False`` (reading commands) refuses a database that does not exist or
    is empty instead of creating it; see :func:`check_location` for folders."""
    check_location(url, create)
    url = normalise_url(url)
    engine = make_engine(url)
    try:
        _check_or_migrate(engine, url, upgrade=upgrade, create=create)
    except SchemaVersionError:
        engine.dispose()
        raise
    except SQLAlchemyError as exc:
        engine.dispose()
        raise StoreError(f"cannot open {_redact(url)}: {_one_line(exc)}") from None
    return Store(engine, url, dedup_config)


def _one_line(exc: BaseException) -> str:
    msg = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    return msg[0] if msg else type(exc).__name__


def _now() -> _dt.datetime:
    return _dt.datetime.now(_dt.timezone.utc).replace(tzinfo=None)


# --------------------------------------------------------------------------- conversions
def normalise_text(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def content_hash(doc: Document) -> str:
    """SHA-256 of doc_id, the URL without tracking parameters (``utm_*``, ``fbclid``...,
    see cronica/store/versions.py) and the normalised text (the document's identity)."""
    key = "\x1f".join((doc.id, _versions.canonical_url(doc.url), normalise_text(doc.text)))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def _date(value: Any) -> Optional[_dt.date]:
    if value is None or isinstance(value, _dt.date):
        return value
    return _dt.date.fromisoformat(str(value)[:10])


def month_key(date_precision: Optional[str], date_start: Optional[_dt.date]) -> Optional[str]:
    """The ``month`` an event counts under in monthly statistics: ``YYYY-MM`` of its
    start, or ``YYYY`` when it is only known to the year (never January by default)."""
    if date_start is None:
        return None
    return date_start.isoformat()[:4] if date_precision == "year" else date_start.isoformat()[:7]


def event_row(d: dict[str, Any]) -> dict[str, Any]:
    """An EVENT_KEYS dict → the column values of ``events`` (without pks)."""
    row = {k: d.get(k) for k in EVENT_KEYS}
    row["date_start"] = _date(row["date_start"])
    row["date_end"] = _date(row["date_end"])
    row["spans"] = json.dumps(row["spans"] or {}, ensure_ascii=False)
    row["month"] = month_key(row["date_precision"], row["date_start"])
    row["search_text"] = _search.fold(row["evidence"])
    row["actor_key"] = _search.actor_key(row["actor1"], row["actor2"])
    row["flags"] = flags_column(row["flags"])
    row["geo_cell"] = geo_cell(row["latitude"], row["longitude"])
    return row


def flags_column(flags: Any) -> Optional[str]:
    """Flags (list/tuple) → the stored ``,a,b,`` form (None when no flag)."""
    vals = sorted({str(f) for f in (flags or ())})
    return "," + ",".join(vals) + "," if vals else None


def flags_list(value: Optional[str]) -> list[str]:
    return [f for f in (value or "").split(",") if f]


def _iso(v: Any) -> Any:
    return v.isoformat() if isinstance(v, (_dt.date, _dt.datetime)) else v


def row_event(r: Any) -> dict[str, Any]:
    """A row of events (+ incident_pk, status, url) → the public event dict."""
    m = r._mapping if hasattr(r, "_mapping") else r
    out = {k: m[k] for k in EVENT_KEYS}
    out["date_start"] = _iso(out["date_start"])
    out["date_end"] = _iso(out["date_end"])
    out["spans"] = json.loads(out["spans"]) if out["spans"] else {}
    out["flags"] = flags_list(out["flags"])
    out["incident_id"] = m["incident_pk"]
    out["status"] = m["status"]
    out["source_url"] = m.get("url") if hasattr(m, "get") else m["url"]
    for key in ("source_title", "source_published", "updated_at"):  # provenance (exports)
        if key in m:
            out[key] = _iso(m[key])
    out["needs_review"] = bool(m["needs_review"]) if "needs_review" in m else False
    out["version"] = m["revision"]  # the review trail's last version (0: machine coding only)
    return out


def _event_dicts(result: DocResult) -> list[dict[str, Any]]:
    seen: set[str] = set()
    out = []
    for ev in result.events:
        d = ev.to_dict() if hasattr(ev, "to_dict") else dict(ev)
        if d["event_id"] in seen:
            continue
        seen.add(d["event_id"])
        if d.get("country"):
            # one spelling per country, whoever wrote the record (cronica/store/geofields.py);
            # only the spelling: a missing country is not filled in and a given iso not changed
            name, iso, known = _geofields.canonical_country(d["country"])
            if known and (d.get("iso") is None or iso == d.get("iso")):
                d["country"], d["iso"] = name, iso
        out.append(d)
    return out


def _retryable(exc: BaseException) -> bool:
    if isinstance(exc, IntegrityError):
        return True
    if isinstance(exc, OperationalError):
        msg = str(exc.orig).lower()
        return any(s in msg for s in ("locked", "busy", "deadlock", "could not serialize"))
    if isinstance(exc, DBAPIError):
        code = getattr(getattr(exc, "orig", None), "sqlstate", None)
        return code in ("40001", "40P01")
    return False


def _chunks(items: list, n: int) -> Iterator[list]:
    for i in range(0, len(items), n):
        yield items[i:i + n]


def _next_pks(conn: Connection, table, n: int) -> list[int]:
    """``n`` new primary keys of ``table``, increasing, for a multi-row insert without
    RETURNING (one statement instead of one per row on SQLite). PostgreSQL: from the
    table's sequence. SQLite: after the largest key, as SQLite itself would number
    them — safe because writers are serialised (BEGIN IMMEDIATE, see _write_tx)."""
    if n <= 0:
        return []
    if conn.dialect.name == "postgresql":
        return sorted(k for (k,) in conn.exec_driver_sql(
            f"SELECT nextval(pg_get_serial_sequence('{table.name}', 'pk')) "
            f"FROM generate_series(1, {int(n)})"))
    last = conn.execute(select(func.max(table.c.pk))).scalar() or 0
    return list(range(last + 1, last + n + 1))


def _in(conn: Connection, col, values: list):
    """``col IN (values)``; on PostgreSQL ``col = ANY(:array)``, one parameter instead of
    one per value (long IN lists cost the driver more than the query)."""
    if conn.dialect.name == "postgresql":
        return col == any_(bindparam(None, list(values), type_=PG_ARRAY(col.type)))
    return col.in_(list(values))


def _id_chunks(conn: Connection, ids: list) -> Iterator[list]:
    """Chunks of ids for IN lists: 500 on SQLite (its parameter limit), all at once on PostgreSQL."""
    return _chunks(ids, 500 if conn.dialect.name != "postgresql" else 1 << 30)


def _bulk_insert(conn: Connection, table, rows: list[dict]) -> None:
    """Insert ``rows`` (dicts with the same keys) in one go. PostgreSQL: COPY on the
    transaction's connection — one statement, values dumped by the driver in C,
    instead of one pipelined INSERT per row whose parameters SQLAlchemy processes
    in Python; columns the rows leave out take their model's scalar default, as
    ``insert()`` would give them. SQLite: the DB-API ``executemany`` (in C) with the
    values through their columns' bind processors (:func:`_sqlite_insert_plan`)."""
    if not rows:
        return
    if conn.dialect.name != "postgresql":
        sql, procs, tail = _sqlite_insert_plan(table, tuple(rows[0]), conn.dialect)
        conn.exec_driver_sql(sql, _bound(rows, tuple(rows[0]), procs, tail))
        return
    keys = list(rows[0])
    extra = _scalar_defaults(table, rows[0])
    tail = list(extra.values())
    cols = ", ".join(f'"{k}"' for k in keys + list(extra))
    with conn.connection.dbapi_connection.cursor() as cur, cur.copy(
            f"COPY {table.name} ({cols}) FROM STDIN") as cp:
        for r in rows:
            cp.write_row([r[k] for k in keys] + tail)


@functools.lru_cache(maxsize=64)
def _sqlite_insert_plan(table, keys: tuple[str, ...], dialect) -> tuple[str, list, tuple]:
    """SQLite, for :func:`_bulk_insert`: the INSERT of ``keys`` (plus the columns the rows
    leave out that have a scalar default, as ``insert()`` fills them) and each value's
    bind processor — the ones SQLAlchemy's own ``insert()`` applies (dates to text, JSON
    to its text, booleans to 0/1), taken once per column instead of SQLAlchemy's
    per-row parameter processing of an ``executemany`` (about a tenth of an ingest's CPU)."""
    extra = _scalar_defaults(table, keys)
    cols = list(keys) + list(extra)
    procs = _bind_processors(table, cols, dialect)
    tail = tuple(p(v) if p else v for p, v in zip(procs[len(keys):], extra.values()))
    sql = (f"INSERT INTO {table.name} ({', '.join(chr(34) + c + chr(34) for c in cols)}) "
           f"VALUES ({', '.join('?' for _ in cols)})")
    return sql, procs[:len(keys)], tail


def _scalar_defaults(table, keys) -> dict:
    """The columns ``keys`` leave out that have a scalar default, with it (as ``insert()``
    fills them)."""
    return {c.name: c.default.arg for c in table.c
            if c.name not in keys and c.default is not None and c.default.is_scalar}


def _bind_processors(table, cols, dialect) -> list:
    """Each column's bind processor for ``dialect`` (None where values pass as they are)."""
    return [table.c[k].type.dialect_impl(dialect).bind_processor(dialect) for k in cols]


def _bound(rows: list[dict], keys: tuple[str, ...], procs: list, tail: tuple = ()) -> list[tuple]:
    """The rows' values of ``keys`` through their processors, plus ``tail``: DB-API parameters."""
    return [tuple([p(r[k]) if p else r[k] for k, p in zip(keys, procs)]) + tail for r in rows]


@functools.lru_cache(maxsize=16)
def _sqlite_update_plan(table, cols: tuple[str, ...], dialect) -> tuple[str, list]:
    """SQLite: ``UPDATE table SET cols... WHERE pk = ?`` and the bind processors of the
    columns and the key (see :func:`_sqlite_insert_plan`)."""
    procs = _bind_processors(table, cols + ("pk",), dialect)
    sql = f"UPDATE {table.name} SET {', '.join(chr(34) + c + chr(34) + ' = ?' for c in cols)} WHERE pk = ?"
    return sql, procs


_FTS_ADD = text("INSERT INTO events_fts(rowid, search_text, actor_key) VALUES (:pk, :s, :a)")


def fts_add(conn: Connection, rows: list[dict]) -> None:
    """SQLite: add just-inserted ``events`` rows (``pk``, ``search_text``, ``actor_key``)
    to the text-search index ``events_fts`` — one statement for the batch, in increasing
    key order, since migration 0010 dropped the per-row AFTER INSERT trigger (which made
    FTS5 write out its pending terms at every row). Every insert into ``events`` must be
    followed by this call in the same transaction. PostgreSQL: nothing (ordinary indexes)."""
    if conn.dialect.name != "sqlite" or not rows:
        return
    conn.execute(_FTS_ADD, [{"pk": r["pk"], "s": r.get("search_text"), "a": r.get("actor_key")}
                            for r in sorted(rows, key=lambda r: r["pk"])])


_PG_SET_INCIDENT = text(
    "UPDATE events SET incident_pk = v.inc, block_id = v.blk FROM unnest(CAST(:pks AS bigint[]), "
    "CAST(:incs AS bigint[]), CAST(:blks AS bigint[])) AS v(pk, inc, blk) WHERE events.pk = v.pk")
#: (SQLite: keys only, plain integers: no bind processing to do)
_SQLITE_SET_INCIDENT = "UPDATE events SET incident_pk = ?, block_id = ? WHERE pk = ?"


def _pg_json(v: Any) -> Any:
    if isinstance(v, (_dt.date, _dt.datetime)):
        return v.isoformat()
    if isinstance(v, float) and not math.isfinite(v):  # (JSON has no NaN; float8 reads these words)
        return "NaN" if v != v else ("Infinity" if v > 0 else "-Infinity")
    return v


def _pg_records(rows: list[dict], keys: tuple[str, ...]) -> str:
    """PostgreSQL: ``rows`` (their ``keys``) as one JSON array of arrays for
    :func:`_pg_update_sql` / the month upsert: a batch's rows as one parameter. Dates
    and timestamps as ISO text (what PostgreSQL reads back into the same values);
    floats as Python writes them (shortest round-trip form: the same float8), NaN and
    infinities as the words float8 reads."""
    return json.dumps([[_pg_json(r[k]) for k in keys] for r in rows], ensure_ascii=False,
                      allow_nan=False)


def _pg_recordset(table, cols: tuple[str, ...], dialect, key: str = "pk") -> str:
    """``jsonb_array_elements(CAST(:rows AS jsonb)) AS j`` columns: ``CAST(j->>n AS type) AS col``
    for ``cols`` and then ``key`` (bigint), each cast to its column's type — strings to
    TEXT: an explicit cast to VARCHAR(n) would cut a longer value silently, where the
    assignment to the column refuses it, as ``update()`` does."""
    out = []
    for n, c in enumerate(cols):
        t = table.c[c].type
        typ = "TEXT" if isinstance(t, String) else t.compile(dialect=dialect)
        out.append(f"CAST(j->>{n} AS {typ}) AS {c}")
    out.append(f"CAST(j->>{len(cols)} AS BIGINT) AS {key}")
    return ", ".join(out)


@functools.lru_cache(maxsize=8)
def _pg_update_sql(table, cols: tuple[str, ...]):
    """PostgreSQL: ``UPDATE table SET cols = ... WHERE pk = ...`` for a whole batch in
    one statement — the rows as one JSON parameter (:func:`_pg_records`, the key last),
    each value cast to its column's type — instead of one UPDATE per row (the incidents'
    refresh: ~3,000 statements per 5,000 ingested events, each with SQLAlchemy's
    parameter processing)."""
    from sqlalchemy.dialects import postgresql

    rec = _pg_recordset(table, cols, postgresql.dialect(), key="b_pk")
    sets = ", ".join(f'"{c}" = v.{c}' for c in cols)
    return text(f"UPDATE {table.name} SET {sets} FROM (SELECT {rec} FROM "
                f"jsonb_array_elements(CAST(:rows AS jsonb)) AS j) AS v WHERE {table.name}.pk = v.b_pk")


def _update_many(conn: Connection, table, cols: tuple[str, ...], rows: list[dict]) -> None:
    """``UPDATE table SET cols WHERE pk = row["b_pk"]`` for every row, writing what
    ``update(table)`` would: SQLite through the DB-API ``executemany`` with each column's
    bind processor taken once (:func:`_sqlite_update_plan`); PostgreSQL in one statement
    (:func:`_pg_update_sql`; was one UPDATE per row, pipelined)."""
    if not rows:
        return
    if conn.dialect.name == "sqlite":
        sql, procs = _sqlite_update_plan(table, cols, conn.dialect)
        conn.exec_driver_sql(sql, _bound(rows, cols + ("b_pk",), procs))
    else:
        conn.execute(_pg_update_sql(table, cols), {"rows": _pg_records(rows, cols + ("b_pk",))})


def _set_incidents(conn: Connection, changes: list[tuple[int, int, int]]) -> None:
    """Set (event pk, incident_pk, block_id) of many events: one statement on PostgreSQL."""
    if not changes:
        return
    if conn.dialect.name == "postgresql":
        pks, incs, blks = (list(x) for x in zip(*changes))
        conn.execute(_PG_SET_INCIDENT, {"pks": pks, "incs": incs, "blks": blks})
    else:
        conn.exec_driver_sql(_SQLITE_SET_INCIDENT, [(i, b, p) for p, i, b in changes])


class _Blocks:
    """The dedup blocks of one re-clustering. A stored ``events.block_id`` is either a
    block or a block that merged into another (``block_merges``, 0012; flat: one lookup
    resolves it); this resolves stored ids to the block they belong to now, caching
    what it has read, and lists the stored ids of a block's reports."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.now: dict[int, int] = {}  # stored block id → its block now

    def _read(self, ids: Iterable[int]) -> None:
        ask = sorted({b for b in ids if b is not None and b not in self.now})
        for part in _id_chunks(self.conn, ask):
            for b, into in self.conn.execute(select(BLOCK_MERGES.c.block_id, BLOCK_MERGES.c.into_block)
                                             .where(_in(self.conn, BLOCK_MERGES.c.block_id, part))):
                self.now[b] = into
        for b in ask:
            self.now.setdefault(b, b)

    def resolve(self, ids: Iterable[int]) -> set[int]:
        """The blocks (now) of these stored block ids (None left out)."""
        ids = [b for b in ids if b is not None]
        self._read(ids)
        return {self.now[b] for b in ids}

    def settle(self, rows: Iterable[dict]) -> None:
        """Give each row (MEMBER_COLS) its block now in ``block_id``."""
        rows = list(rows)
        self._read(r["block_id"] for r in rows)
        for r in rows:
            if r["block_id"] is not None:
                r["block_id"] = self.now[r["block_id"]]

    def stored_ids(self, blocks: list[int]) -> list[int]:
        """Every stored block id of these blocks' reports: each block's own and those of
        the blocks merged into it."""
        out = list(blocks)
        for part in _id_chunks(self.conn, blocks):
            for b, into in self.conn.execute(select(BLOCK_MERGES.c.block_id, BLOCK_MERGES.c.into_block)
                                             .where(_in(self.conn, BLOCK_MERGES.c.into_block, part))):
                self.now[b] = into
                out.append(b)
        return sorted(out)


def _free_block_ids(conn: Connection, ids: Iterable[int]) -> None:
    """Make these ids usable as new blocks: one that is a merged block's id in
    ``block_merges`` (a block id comes back when a block splits and an incident whose id
    was merged away is again the smallest of its part) has its merge written back into
    its reports' ``block_id`` (so they stay in the block they are in) and is dropped from
    ``block_merges``. Rare: only after splits."""
    taken: dict[int, int] = {}
    for part in _id_chunks(conn, sorted(set(ids))):
        taken.update(conn.execute(select(BLOCK_MERGES.c.block_id, BLOCK_MERGES.c.into_block)
                                  .where(_in(conn, BLOCK_MERGES.c.block_id, part))).all())
    for b, into in sorted(taken.items()):
        conn.execute(update(EVENTS).where(EVENTS.c.block_id == b).values(block_id=into))
        conn.execute(BLOCK_MERGES.delete().where(BLOCK_MERGES.c.block_id == b))


#: (one statement per batch: a merge per block, ~1,000 per 5,000 ingested events at 1M)
_PG_REPOINT_MERGES = text(
    "UPDATE block_merges SET into_block = v.b FROM unnest(CAST(:a AS bigint[]), CAST(:b AS bigint[])) "
    "AS v(a, b) WHERE block_merges.into_block = v.a")
_SQLITE_REPOINT_MERGES = "UPDATE block_merges SET into_block = ? WHERE into_block = ?"


def _merge_blocks(conn: Connection, merged: dict[int, int]) -> None:
    """Record that each block ``a`` merged into block ``b`` ({a: b}): the blocks already
    merged into ``a`` now point at ``b`` too (the table stays flat), and ``a`` → ``b`` is
    added. The reports of ``a`` keep their stored ``block_id``."""
    if not merged:
        return
    pairs = sorted(merged.items())
    if conn.dialect.name == "postgresql":
        a, b = (list(x) for x in zip(*pairs))
        conn.execute(_PG_REPOINT_MERGES, {"a": a, "b": b})
    else:
        conn.exec_driver_sql(_SQLITE_REPOINT_MERGES, [(b, a) for a, b in pairs])
    _bulk_insert(conn, BLOCK_MERGES, [{"block_id": a, "into_block": b} for a, b in pairs])


def _cells_box(cfg: _dedup.DedupConfig, lat: float, lon: float) -> tuple[list[int], list[float]]:
    """The grid cells a report's max_km box touches and the box [lat0, lat1, lon0, lon1]."""
    dlat = cfg.max_km / 110.0
    dlon = dlat / max(0.1, math.cos(math.radians(lat)))
    lo_r, lo_c = divmod(geo_cell(lat - dlat, lon - dlon), 10000)
    hi_r, hi_c = divmod(geo_cell(lat + dlat, lon + dlon), 10000)
    cells = [r * 10000 + c for r in range(lo_r, hi_r + 1) for c in range(lo_c, hi_c + 1)]
    return cells, [lat - dlat, lat + dlat, lon - dlon, lon + dlon]


def _batch_mates(rows: list[dict], cfg: _dedup.DedupConfig, cells_of: dict[int, Optional[int]]
                 ) -> dict[int, list[dict]]:
    """For reports not yet written (an ingest batch), the others of the batch that the
    candidate query would return for each of them if they were stored — the same rule
    as :func:`_candidate_sql` / :func:`_batch_candidate_sql`, in Python: another
    document, a compatible type, date_end and date_start inside the report's windows,
    and the place key: any department for a report without one; else the same
    department or none — of the report's province or of none when the report names
    one (0009) — or, with coordinates, another department's (or province's) report
    inside the max_km box (in one of its grid cells when they are at most N_CELLS).
    ``cells_of``: each report's ``geo_cell`` column as it will be written. (The
    per-part cap of the query, a safety limit, is not applied.) {pk: [rows]}"""
    slack = _dt.timedelta(days=cfg.date_slack_days)
    wide = _dt.timedelta(days=cfg.max_window_days)
    by_admin1: dict[Any, list[dict]] = {}
    by_cell: dict[Optional[int], list[dict]] = {}
    for o in rows:
        by_admin1.setdefault(o["admin1"], []).append(o)
        by_cell.setdefault(cells_of.get(o["pk"]), []).append(o)
    out: dict[int, list[dict]] = {}
    for r in rows:
        ds, de = r["date_start"], r["date_end"] or r["date_start"]
        lo, hi, lo2, hi2 = ds - slack - wide, de + slack, ds - slack, de + slack + wide
        types = cfg.compatible_with(r["type"])
        a1 = r.get("admin1")
        if not a1:
            pool = rows
        else:
            a2 = r.get("admin2") or None
            lat, lon = r.get("latitude"), r.get("longitude")
            cells, box = _cells_box(cfg, lat, lon) if lat is not None and lon is not None else ([], None)
            if len(cells) > N_CELLS:  # (the one-report query: the whole department)
                pool = by_admin1.get(a1, []) + by_admin1.get(None, [])
                a2 = None
            else:
                pool = [o for o in by_admin1.get(a1, ()) if a2 is None or o["admin2"] is None
                        or o["admin2"] == a2] + by_admin1.get(None, [])
            if box is not None:
                lat0, lat1, lon0, lon1 = box
                near = [o for c in cells for o in by_cell.get(c, ())] if len(cells) <= N_CELLS else rows
                pool = pool + [o for o in near if o["admin1"] is not None
                               and (o["admin1"] != a1 or (a2 is not None and o["admin2"] is not None
                                                          and o["admin2"] != a2))
                               and o["latitude"] is not None and o["longitude"] is not None
                               and lat0 <= o["latitude"] <= lat1 and lon0 <= o["longitude"] <= lon1]
        mates = [o for o in pool if o["pk"] != r["pk"] and o["doc_id"] != r["doc_id"] and o["type"] in types
                 and o["date_end"] is not None and lo2 <= o["date_end"] <= hi2
                 and o["date_start"] is not None and lo <= o["date_start"] <= hi]
        out[r["pk"]] = sorted(mates, key=lambda d: d["pk"])
    return out


@dataclass(slots=True)
class _PendingDoc:
    """A document version prepared for the batch's bulk insert (Store._prepare_doc)."""
    doc: Document
    version: int
    doc_row: dict
    dicts: list[dict]
    rows: list[dict]
    carries: list


class _ClusterWork:
    """The writes of one re-clustering, made in bulk at the end.

    New incidents get placeholder ids (NEW_BASE + k, larger than any stored key)
    until the flush draws their keys in one go, in the same order — so "the smallest
    incident id of a block" (its block_id) is the same before and after."""

    NEW_BASE = 1 << 60

    def __init__(self, pending: list[dict] | None = None) -> None:
        self.old_incs: set[int] = set()
        self.used: set[int] = set()
        self.ev_updates: list[dict] = []
        # (pk, incident before, incident, block before, block) of every re-clustered report
        self.moves: list[tuple[int, Optional[int], int, Optional[int], int]] = []
        self.whole_blocks: set[int] = set()  # blocks whose every current report was re-clustered
        self.links: list[dict] = []
        self.pks: list[int] = []
        self.n_new = 0
        # ingest: the batch's new ``events`` rows, not yet written; they are inserted
        # with the incident and block the clustering gives them (one write per report,
        # not an insert and then an update of every index of ``events``)
        self.pending = {r["pk"]: r for r in pending} if pending else {}

    def new_incident(self) -> int:
        self.n_new += 1
        return self.NEW_BASE + self.n_new - 1

    def flush(self, conn: Connection, store: "Store", refresh: set[int]) -> None:
        if self.n_new:
            now = _now()
            real = _next_pks(conn, INCIDENTS, self.n_new)
            _bulk_insert(conn, INCIDENTS, [{"pk": k, "n_events": 0, "n_documents": 0,
                                            "created_at": now, "updated_at": now} for k in real])

            def fix(x):
                return real[x - self.NEW_BASE] if x is not None and x >= self.NEW_BASE else x

            self.moves = [(pk, oi, fix(ni), ob, fix(nb)) for pk, oi, ni, ob, nb in self.moves]
            for link in self.links:
                link["incident_pk"] = fix(link["incident_pk"])
            self.used = {fix(x) for x in self.used}
            self.n_new = 0
        self._block_writes(conn)
        stored = []
        for u in self.ev_updates:
            row = self.pending.get(u["b_pk"])
            if row is None:
                stored.append((u["b_pk"], u["incident_pk"], u["block_id"]))
            else:
                row["incident_pk"], row["block_id"] = u["incident_pk"], u["block_id"]
        # (the batch's new events have no links yet: only stored events' links are replaced)
        relinked = [k for k in self.pks if k not in self.pending]
        if self.pending:
            rows = list(self.pending.values())
            _bulk_insert(conn, EVENTS, rows)
            fts_add(conn, rows)
            self.pending = {}
        _set_incidents(conn, stored)
        for part in _id_chunks(conn, relinked):
            conn.execute(LINKS.delete().where(_in(conn, LINKS.c.event_pk, part)))
        if self.links:
            _bulk_insert(conn, LINKS, self.links)
        store._refresh_incidents(conn, self.old_incs | self.used | refresh)

    def _block_writes(self, conn: Connection) -> None:
        """The moves as writes. A block whose reports were all re-clustered and all went
        to one other block, which is not its own id any more, is merged into it in
        ``block_merges`` (one row): its reports are not rewritten for the block alone.
        Every other report whose incident or block changed gets both written (the
        ``events`` row, or the new row not yet inserted)."""
        new_blocks = {nb for *_, nb in self.moves}
        went: dict[int, set[int]] = {}
        for *_, ob, nb in self.moves:
            if ob is not None:
                went.setdefault(ob, set()).add(nb)
        merged = {ob: next(iter(nbs)) for ob, nbs in went.items()
                  if len(nbs) == 1 and ob in self.whole_blocks and ob not in new_blocks}
        _free_block_ids(conn, new_blocks)
        _merge_blocks(conn, merged)
        for pk, oi, ni, ob, nb in self.moves:
            if oi != ni or (ob != nb and merged.get(ob) != nb):
                self.ev_updates.append({"b_pk": pk, "incident_pk": ni, "block_id": nb})
        self.moves = []


# --------------------------------------------------------------------------- the store
class Store:
    """One database. Thread-safe to share between threads (one engine, pooled connections)."""

    def __init__(self, engine: Engine, url: str, dedup_config: _dedup.DedupConfig | None = None):
        self.engine = engine
        self.url = url
        self.dedup = dedup_config or _dedup.default_config()
        self._distinct_cache: dict[str, tuple[float, list]] = {}  # _folded_in

    # ---- lifecycle
    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    @property
    def backend(self) -> str:
        return self.engine.dialect.name

    @contextlib.contextmanager
    def _read(self) -> Iterator[Connection]:
        try:
            with self.engine.connect() as conn:
                with conn.begin():
                    yield conn
        except SQLAlchemyError as exc:
            raise StoreError(f"{_redact(self.url)}: {_one_line(exc)}") from None

    def _write(self, fn, *args: Any, retries: int = 12) -> Any:
        """Run ``fn(conn, *args)`` in one write transaction, retrying conflicts."""
        for attempt in range(retries):
            try:
                try:
                    with _write_tx(self.engine) as conn:
                        return fn(conn, *args)
                finally:  # after the commit: stored values may have changed (see _folded_in)
                    self._distinct_cache.clear()
            except SQLAlchemyError as exc:
                if attempt + 1 < retries and _retryable(exc):
                    time.sleep(min(2.0, 0.05 * 2 ** attempt) * (0.5 + random.random()))
                    continue
                raise StoreError(f"{_redact(self.url)}: {_one_line(exc)}") from None
        raise AssertionError("unreachable")  # pragma: no cover

    # ---- ingest
    def known(self, doc: Document) -> bool:
        """Is this exact document (same content hash) already the current version?"""
        with self._read() as conn:
            row = conn.execute(select(DOCS.c.content_hash).where(
                DOCS.c.doc_id == doc.id, DOCS.c.is_current.is_(True))).first()
        return row is not None and row[0] == content_hash(doc)

    def ingest(self, results: Iterable[DocResult], batch_size: int = 25) -> IngestSummary:
        """Store documents and their events; see the module docstring of cronica.store."""
        summary = IngestSummary()
        batch: list[DocResult] = []
        seen: set[str] = set()  # one call never supersedes its own documents
        for r in results:
            if not r.ok:
                summary.documents_failed += 1
                summary.errors.append(f"{r.doc.id}: {r.error}")
                continue
            if r.doc.id in seen:
                summary.documents_failed += 1
                summary.errors.append(f"{r.doc.id}: duplicate id: an earlier document of this ingest has "
                                      "the same id; this one is not stored (give each document its own id)")
                continue
            seen.add(r.doc.id)
            if "\x00" in r.doc.text:
                summary.documents_failed += 1
                summary.errors.append(f"{r.doc.id}: text contains NUL characters")
                continue
            batch.append(r)
            if len(batch) >= batch_size:
                summary.add(self._write(self._ingest_batch, batch))
                batch = []
        if batch:
            summary.add(self._write(self._ingest_batch, batch))
        if summary.events_added:
            self._refresh_planner_stats()
        return summary

    def _refresh_planner_stats(self) -> None:
        """SQLite has no autovacuum: without statistics its planner picks the month
        index for `stats --admin1 X` and reads every row (seconds at 1M events).
        Re-ANALYZE when the events table grew by a fifth since (0.5 s at 0.5M events)."""
        if self.backend != "sqlite":
            return  # PostgreSQL's autovacuum keeps statistics current
        with self._read() as conn:
            n = conn.execute(select(func.max(EVENTS.c.pk))).scalar() or 0
            has_stats = conn.execute(text(
                "SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'")).scalar()
            stat = None
            if has_stats:
                stat = conn.execute(text(
                    "SELECT stat FROM sqlite_stat1 WHERE tbl = 'events' LIMIT 1")).scalar()
        known = int(stat.split()[0]) if stat else 0
        if n >= 1000 and n > 1.2 * known:
            def analyze(conn: Connection) -> None:
                conn.exec_driver_sql("PRAGMA analysis_limit=0")
                conn.exec_driver_sql("ANALYZE")
            self._write(analyze)

    def ingest_documents(self, items: Iterable[Document | InputError], pipeline=None,
                         batch_size: int = 25) -> IngestSummary:
        """Extract and store; documents already stored unchanged skip extraction."""
        summary = IngestSummary()
        if pipeline is None:
            from cronica.pipeline import get_pipeline

            pipeline = get_pipeline()

        def todo() -> Iterator[Document | InputError]:
            for item in items:
                if isinstance(item, Document) and self.known(item):
                    summary.documents_unchanged += 1
                    continue
                yield item

        summary.add(self.ingest(pipeline.run(todo()), batch_size=batch_size))
        return summary

    def _ingest_batch(self, conn: Connection, batch: list[DocResult]) -> IngestSummary:
        """One transaction for a batch of documents, in bulk: one lookup of the batch's
        stored versions, one multi-row insert of its documents and one of its events
        (keys drawn in advance, see :func:`_next_pks`), then one re-clustering of
        everything the batch touched (:meth:`_recluster`)."""
        s = IngestSummary()
        dirty: set[int] = set()
        gone: set[int] = set()
        now = _now()
        ids = list(dict.fromkeys(r.doc.id for r in batch))
        current: dict[str, tuple[int, str]] = {}
        versions: dict[str, int] = {}
        for part in _chunks(ids, 500):
            for pk, doc_id, h in conn.execute(select(DOCS.c.pk, DOCS.c.doc_id, DOCS.c.content_hash).where(
                    DOCS.c.doc_id.in_(part), DOCS.c.is_current.is_(True))):
                current[doc_id] = (pk, h)
            for doc_id, v in conn.execute(select(DOCS.c.doc_id, func.max(DOCS.c.version)).where(
                    DOCS.c.doc_id.in_(part)).group_by(DOCS.c.doc_id)):
                versions[doc_id] = v or 0
        todo = []
        for r in batch:
            p = self._prepare_doc(conn, r, current.get(r.doc.id), versions.get(r.doc.id, 0), s,
                                  dirty, gone, now)
            if p is not None:
                todo.append(p)
        seed_rows: dict[int, dict] = {}
        if todo:
            doc_pks = _next_pks(conn, DOCS, len(todo))
            _bulk_insert(conn, DOCS, [{**p.doc_row, "pk": k} for p, k in zip(todo, doc_pks)])
            rows = []
            for p, k in zip(todo, doc_pks):
                for row in p.rows:
                    row["document_pk"] = k
                rows.extend(p.rows)
            ev_pks = _next_pks(conn, EVENTS, len(rows))
            for row, k in zip(rows, ev_pks):
                row["pk"] = k
            s.events_added += len(rows)
            # the seeds as _load_events would read them back (current, not rejected)
            keys = [c.name for c in MEMBER_COLS]
            seed_rows = {row["pk"]: {k: row[k] for k in keys} for row in rows
                         if row["status"] != "rejected"}
        # the events are written by the re-clustering, with their incidents
        self._recluster(conn, [k for k in seed_rows], dirty, gone, s, seed_rows=seed_rows,
                        pending=rows if todo else None)
        for p in todo:
            if p.carries:
                self._carry_history(conn, p.doc.id, p.version, p.carries, p.dicts, p.rows,
                                    [row["pk"] for row in p.rows], now)
        return s

    def _prepare_doc(self, conn: Connection, r: DocResult, cur: Optional[tuple[int, str]],
                     last_version: int, s: IngestSummary, dirty: set[int], gone: set[int],
                     now: _dt.datetime) -> Optional["_PendingDoc"]:
        """A document's new version, ready for the batch's bulk insert: its ``documents``
        row, its ``events`` rows (without keys) with the reviews carried from the version
        it supersedes (which leaves the current versions here); None when unchanged."""
        doc = r.doc
        h = content_hash(doc)
        if cur is not None and cur[1] == h:
            s.documents_unchanged += 1
            return None
        version = last_version + 1
        reviewed = self._reviewed_events(conn, cur[0]) if cur is not None else []
        if cur is not None:
            conn.execute(update(DOCS).where(DOCS.c.pk == cur[0]).values(is_current=False))
            old = conn.execute(select(EVENTS.c.block_id, EVENTS.c.incident_pk).where(
                EVENTS.c.document_pk == cur[0], EVENTS.c.is_current.is_(True))).all()
            dirty.update(b for b, _ in old if b is not None)
            gone.update(i for _, i in old if i is not None)
            conn.execute(update(EVENTS).where(EVENTS.c.document_pk == cur[0]).values(is_current=False))
            s.documents_updated += 1
        else:
            s.documents_new += 1
        dicts = _event_dicts(r)
        doc_row = dict(doc_id=doc.id, version=version, content_hash=h, is_current=True, text=doc.text,
                       title=doc.title, url=doc.url, published=doc.published, source=doc.source,
                       n_events=len(dicts), ingested_at=now)
        rows = []
        for d in dicts:
            row = event_row(d)
            row.update(is_current=True, status="unreviewed", revision=0,
                       needs_review=False, incident_pk=None, block_id=None)
            rows.append(row)
        # reviews of the old version's events carry to the events that continue them
        # (cronica/store/versions.py); nothing is dropped without a line in the summary
        carries, fresh = _versions.plan(reviewed, dicts, EDITABLE, self.dedup) if reviewed else ([], [])
        by_new = {c.new: c for c in carries if c.new is not None}
        lost = [c for c in carries if c.new is None]
        for c in carries:
            s.warnings.append(c.describe(doc.id, version))
            if c.new is None:
                s.reviews_not_found += 1
            elif c.needs_review:
                s.reviews_flagged += 1
            else:
                s.reviews_carried += 1
        for j, c in by_new.items():
            row = rows[j]
            if c.applied:
                row.update(_validate_edit(c.applied, known_country=False))
                if "actor1" in c.applied or "actor2" in c.applied:
                    row["actor_key"] = _search.actor_key(row["actor1"], row["actor2"])
            row["status"] = c.status
            row["needs_review"] = c.needs_review
        if lost:  # a decision went unmatched: the events that continue nothing get a second look
            for j in fresh:
                rows[j]["needs_review"] = True
        # incidents are assigned by _recluster once the whole batch is stored; a report
        # carrying a review starts in the incident of the event it continues (the
        # re-clustering keeps an incident's id where most of its members had it)
        for j, c in by_new.items():
            if c.old["incident_pk"] is not None and not c.changed:
                rows[j]["incident_pk"] = c.old["incident_pk"]
        return _PendingDoc(doc, version, doc_row, dicts, rows, carries)

    def _reviewed_events(self, conn: Connection, document_pk: int) -> list[tuple[dict, dict]]:
        """The events of a document version, as (current coding with pk, incident_pk
        and revision; machine coding) pairs — none when no event of it was reviewed
        (then nothing is carried and the usual ingest runs)."""
        out = []
        if conn.execute(select(EVENTS.c.pk).where(EVENTS.c.document_pk == document_pk,
                                                  EVENTS.c.revision > 0).limit(1)).first() is None:
            return out
        rows = conn.execute(self._select_events().where(
            EVENTS.c.document_pk == document_pk).order_by(EVENTS.c.pk)).mappings().all()
        for r in rows:
            cur = row_event(r)
            cur.update(pk=r["pk"], incident_pk=r["incident_pk"], revision=r["revision"])
            first = conn.execute(select(REVISIONS.c.action, REVISIONS.c.fields).where(
                REVISIONS.c.event_pk == r["pk"], REVISIONS.c.version == 1)).first()
            machine = json.loads(first.fields) if first is not None and first.action == "machine" else cur
            out.append((cur, machine))
        return out

    def _carry_history(self, conn: Connection, doc_id: str, version: int, carries: list,
                       dicts: list[dict], rows: list[dict], pks: list[int], now: _dt.datetime) -> None:
        """The review trail of the new version's events: its machine coding, the
        decisions carried (copied with their author, time and reason) and one
        'carry' line saying what was kept; or a 'flag' line on the events that need
        a second look because a decision found no match."""
        by_new = {c.new: c for c in carries if c.new is not None}
        lost = [c for c in carries if c.new is None]
        revs, bumps = [], []
        for j, (d, row, pk) in enumerate(zip(dicts, rows, pks)):
            c = by_new.get(j)
            if c is None and not (lost and row["needs_review"]):
                continue
            machine = {k: d.get(k) for k in EVENT_KEYS}
            trail = [dict(action="machine", status="unreviewed", fields=machine, author="cronica",
                          reason="machine coding", created_at=now)]
            if c is not None:
                old = conn.execute(select(REVISIONS).where(
                    REVISIONS.c.event_pk == c.old["pk"], REVISIONS.c.action != "machine")
                    .order_by(REVISIONS.c.version)).mappings().all()
                for h in old:
                    f = json.loads(h["fields"])
                    f.setdefault("carried_from", {"event_id": c.old["event_id"], "doc_version": version - 1})
                    trail.append(dict(action=h["action"], status=h["status"], fields=f, author=h["author"],
                                      reason=h["reason"], created_at=h["created_at"]))
                trail.append(dict(action="carry", status=c.status, author="cronica", created_at=now,
                                  reason=c.describe(doc_id, version), fields={
                                      "from_event_id": c.old["event_id"], "from_doc_version": version - 1,
                                      "match": c.match, "applied": {k: _iso(v) for k, v in c.applied.items()},
                                      "conflicts": c.conflicts, "changed": c.changed,
                                      "needs_review": c.needs_review}))
            else:
                trail.append(dict(action="flag", status=row["status"], author="cronica", created_at=now,
                                  fields={"not_found": [x.old["event_id"] for x in lost]},
                                  reason="; ".join(x.describe(doc_id, version) for x in lost)))
            for v, t in enumerate(trail, 1):
                revs.append(dict(event_pk=pk, version=v, action=t["action"], status=t["status"],
                                 fields=json.dumps(t["fields"], ensure_ascii=False, default=_iso),
                                 author=t["author"], reason=t["reason"], created_at=t["created_at"]))
            bumps.append({"b_pk": pk, "b_rev": len(trail)})
        if revs:
            conn.execute(insert(REVISIONS), revs)
            conn.execute(update(EVENTS).where(EVENTS.c.pk == bindparam("b_pk"))
                         .values(revision=bindparam("b_rev")), bumps)

    # ---- incidents: order-independent clustering by blocks (docs/store.md, Incidents)
    def _load_events(self, conn: Connection, cond) -> list[dict]:
        return [dict(m) for m in conn.execute(select(*MEMBER_COLS).where(
            cond, EVENTS.c.is_current.is_(True), EVENTS.c.status != "rejected")).mappings()]

    def _recluster(self, conn: Connection, seeds: list[int], dirty: set[int], gone: Iterable[int] = (),
                   s: IngestSummary | None = None, seed_rows: dict[int, dict] | None = None,
                   pending: list[dict] | None = None) -> None:
        """Give ``seeds`` (new or changed current reports) their incidents, and re-cluster
        every block they touch or that lost a report (``dirty``: block ids; ``gone``:
        incidents that lost a report, re-clustered with their current members and
        refreshed): all current reports of those blocks, from scratch, in canonical
        order (dedup.cluster), so the result depends only on which reports are stored,
        never on the order they arrived in. ``seed_rows``: the seeds' rows (MEMBER_COLS)
        when the caller has them (ingest), else they are read back. ``pending`` (ingest):
        the new ``events`` rows (the seeds among them), not yet in the table: the
        seeds' candidates among each other are found by :func:`_batch_mates` (the
        candidate query's rule, in Python) and the rows are inserted with the incident
        and block they are given."""
        cfg = self.dedup
        now = _now()
        if seed_rows is not None:
            seed_rows = dict(seed_rows)
        else:
            seed_rows = {}
            for part in _chunks(sorted(seeds), 500):
                seed_rows.update((r["pk"], r) for r in self._load_events(conn, EVENTS.c.pk.in_(part)))
        dated = [seed_rows[pk] for pk in seeds if pk in seed_rows and seed_rows[pk]["date_start"] is not None]
        found = self._candidates_many(conn, dated)
        if pending is not None:  # the seeds are not in the table: their candidates among each other
            for pk, mates in _batch_mates(dated, cfg, {r["pk"]: r["geo_cell"] for r in pending}).items():
                if mates:
                    found[pk] = sorted(found.get(pk, []) + mates, key=lambda d: d["pk"])
        work = _ClusterWork(pending)
        reps: dict[int, _dedup.Report] = {}  # each report prepared once (pk → dedup.Report)

        def rep(r: dict) -> _dedup.Report:
            k = reps.get(r["pk"])
            if k is None:
                k = reps[r["pk"]] = _dedup.Report(r, cfg)
            return k

        closest: dict[int, tuple[float, dict, Any]] = {}
        edges: list[tuple[int, int]] = []  # seed pk - candidate pk that agree
        blocks = {b for b in dirty if b is not None}
        old_incidents = set(gone)
        refresh = set(gone)
        for pk in seeds:
            row = seed_rows.get(pk)
            if row is None:
                continue  # rejected
            if row["block_id"] is not None:
                blocks.add(row["block_id"])
            if row["date_start"] is None:
                continue
            krow = rep(row)
            for cand in found.get(pk, ()):
                if cand["pk"] == pk:
                    continue
                m = _dedup.compare_reports(krow, rep(cand), cfg)  # (words: only for the closest kept)
                if m.joined:
                    edges.append((pk, cand["pk"]))
                    if cand["block_id"] is not None:
                        blocks.add(cand["block_id"])
                elif pk not in closest or m.score > closest[pk][0]:
                    closest[pk] = (m.score, cand, m)
        # fast path: a seed that agrees with nothing, in no block, pinned to nothing,
        # founds its own incident and block (written in bulk)
        linked = {x for e in edges for x in e}
        # (reports not written yet have no pins: their keys were just drawn)
        pinned = self._pinned(conn, [k for k in seed_rows if k not in work.pending]) if seed_rows else set()
        # (a report continuing a reviewed event starts in that event's incident: not lone)
        lone = [pk for pk in seeds if pk in seed_rows and pk not in linked and pk not in pinned
                and seed_rows[pk]["block_id"] is None and seed_rows[pk]["incident_pk"] is None]
        if lone:
            aggs, whys = [], []
            for pk in lone:
                row = seed_rows.pop(pk)
                why = ["first report of this incident: no stored report from another document matched"]
                if row["date_start"] is None:
                    why.append("undated reports are never merged")
                elif pk in closest:
                    c = closest[pk]
                    why.append(f"closest: {c[1]['event_id']} ({c[1]['doc_id']}): "
                               f"{_dedup.compare_reports(rep(row), rep(c[1]), cfg, explain=True).veto}")
                aggs.append(_dedup.aggregate([row]))
                whys.append(why)
            incs = _next_pks(conn, INCIDENTS, len(aggs))
            _free_block_ids(conn, incs)
            _bulk_insert(conn, INCIDENTS, [{**a, "pk": k, "created_at": now, "updated_at": now}
                                           for a, k in zip(aggs, incs)])
            stored = []
            for pk, inc in zip(lone, incs):
                row = work.pending.get(pk)
                if row is None:
                    stored.append((pk, inc, inc))
                else:
                    row["incident_pk"] = row["block_id"] = inc
            _set_incidents(conn, stored)
            lone_links = [dict(event_pk=pk, incident_pk=inc, via_event_pk=None, score=None,
                               reasons=json.dumps(why, ensure_ascii=False), joined_at=now)
                          for pk, inc, why in zip(lone, incs, whys)]
            if work.pending:  # (the links refer to the events: written after them, by the flush)
                work.links.extend(lone_links)
            else:
                _bulk_insert(conn, LINKS, lone_links)
            apply_month_deltas(conn, [_incident_delta(None, a) for a in aggs])
            if s is not None:
                s.incidents_new += len(lone)
        if not seed_rows and not blocks and not old_incidents:
            work.flush(conn, self, refresh)
            return
        # the affected reports: the seeds left, every current report of the touched
        # blocks, and (transitively) the blocks of the reports they are pinned to
        # (stored block ids resolved through block_merges: rows carry their block now)
        bk = _Blocks(conn)
        bk.settle(seed_rows.values())
        rows: dict[int, dict] = dict(seed_rows)
        seen_blocks: set[int] = set()
        todo = bk.resolve(blocks)
        while True:
            if todo:
                for part in _id_chunks(conn, bk.stored_ids(sorted(todo))):
                    for r in self._load_events(conn, _in(conn, EVENTS.c.block_id, part)):
                        if r["pk"] not in rows:
                            rows[r["pk"]] = r
                            bk.settle([r])
                seen_blocks |= todo
            if old_incidents:
                new = [r for r in self._load_events(conn, _in(conn, EVENTS.c.incident_pk, sorted(old_incidents)))
                       if r["pk"] not in rows]
                bk.settle(new)
                rows.update((r["pk"], r) for r in new)
                old_incidents = set()
            pins = self._pins(conn, [k for k in rows if k not in work.pending])
            missing = {p for a, b, _ in pins for p in (a, b) if p not in rows}
            todo = set()
            if missing:
                new = self._load_events(conn, EVENTS.c.pk.in_(sorted(missing)))
                bk.settle(new)
                for r in new:
                    rows.setdefault(r["pk"], r)
                    if r["block_id"] is not None and r["block_id"] not in seen_blocks:
                        todo.add(r["block_id"])
            if not todo:
                break
        work.whole_blocks = seen_blocks
        # independent groups: reports joined by an agreeing seed/candidate pair, by a
        # shared block or by a pin; each group is re-clustered on its own
        order = sorted(rows)
        idx = {k: i for i, k in enumerate(order)}
        pairs = [(idx[a], idx[b]) for a, b in edges if a in idx and b in idx]
        pairs += [(idx[a], idx[b]) for a, b, _ in pins if a in idx and b in idx]
        first_of_block: dict[int, int] = {}
        for k in order:
            b = rows[k]["block_id"]
            if b is not None:
                pairs.append((idx[k], first_of_block.setdefault(b, idx[k])))
        for group in _dedup.components(len(order), pairs):
            self._cluster_rows(conn, {order[i]: rows[order[i]] for i in group}, pins, set(seeds), s, now, work,
                               rep)
        work.flush(conn, self, refresh)

    def _cluster_rows(self, conn: Connection, rows: dict[int, dict], pins: list[tuple[int, int, str]],
                      seeds: set[int], s: IngestSummary | None, now: _dt.datetime,
                      work: "_ClusterWork", rep) -> None:
        cfg = self.dedup
        pks = sorted(rows, key=lambda k: _dedup.canonical_key(rows[k]))
        evs = [rows[k] for k in pks]
        reports = [rep(r) for r in evs]
        idx = {k: i for i, k in enumerate(pks)}
        links = [(idx[a], idx[b]) for a, b, kind in pins if kind == "link" and a in idx and b in idx]
        unlinks = [(idx[a], idx[b]) for a, b, kind in pins if kind == "unlink" and a in idx and b in idx]
        cmp = _dedup.Comparer(evs, cfg, reports)
        edges = list(links)
        for i in range(len(evs)):
            for j in range(i + 1, len(evs)):
                if cmp(j, i).joined:
                    edges.append((i, j))
        work.old_incs.update(r["incident_pk"] for r in evs if r["incident_pk"] is not None)
        for comp in _dedup.components(len(evs), edges):
            sub = [evs[i] for i in comp]
            local = {g: k for k, g in enumerate(comp)}
            sub_cmp = _dedup.Comparer(sub, cfg, [reports[i] for i in comp])
            for i in comp:  # reuse the comparisons already made (keys are (later, earlier))
                for j in comp:
                    m = cmp._memo.get((i, j))
                    if m is not None:
                        sub_cmp._memo[(local[i], local[j])] = m
            places = _dedup.cluster(sub, cfg, [(local[a], local[b]) for a, b in links
                                               if a in local and b in local],
                                    [(local[a], local[b]) for a, b in unlinks
                                     if a in local and b in local], sub_cmp)
            groups: dict[int, list[int]] = {}
            for k, pl in enumerate(places):
                groups.setdefault(pl.cluster, []).append(k)
            assigned: dict[int, int] = {}
            for ci in sorted(groups):
                votes: dict[int, int] = {}
                for k in groups[ci]:
                    inc = sub[k]["incident_pk"]
                    if inc is not None and inc not in work.used:
                        votes[inc] = votes.get(inc, 0) + 1
                if votes:
                    inc = max(votes, key=lambda x: (votes[x], -x))
                else:
                    inc = work.new_incident()
                    if s is not None:
                        s.incidents_new += 1
                work.used.add(inc)
                assigned[ci] = inc
            block = min(assigned.values())
            for k, pl in enumerate(places):
                r = sub[k]
                inc = assigned[pl.cluster]
                why = list(pl.reasons)
                if pl.via is None and pl.reasons and pl.reasons[0].startswith("first report") and len(sub) > 1:
                    near = max((((sub_cmp(k, o) if (k, o) in sub_cmp._memo else sub_cmp(o, k)), o)
                                for o in range(len(sub)) if o != k), key=lambda t: t[0].score)
                    if near[0].veto:
                        o = sub[near[1]]
                        said = sub_cmp.explain(k, near[1]) if (k, near[1]) in sub_cmp._memo else \
                            sub_cmp.explain(near[1], k)
                        why.append(f"closest: {o['event_id']} ({o['doc_id']}): {said.veto}")
                work.moves.append((r["pk"], r["incident_pk"], inc, r["block_id"], block))
                work.pks.append(r["pk"])
                work.links.append(dict(event_pk=r["pk"], incident_pk=inc,
                                       via_event_pk=sub[pl.via]["pk"] if pl.via is not None else None,
                                       score=pl.score, reasons=json.dumps(why, ensure_ascii=False),
                                       joined_at=now))
                if s is not None and r["pk"] in seeds and any(
                        sub[o]["pk"] not in seeds for o in groups[pl.cluster]):
                    s.events_joined += 1

    def _pins(self, conn: Connection, pks: list[int]) -> list[tuple[int, int, str]]:
        """Analysts' link/unlink decisions touching these events (the latest per pair)."""
        if not pks:
            return []
        out: dict[frozenset, tuple[int, int, str]] = {}
        for part in _id_chunks(conn, pks):
            for a, b, kind in conn.execute(select(PINS.c.event_a_pk, PINS.c.event_b_pk, PINS.c.kind)
                                           .where(or_(_in(conn, PINS.c.event_a_pk, part),
                                                      _in(conn, PINS.c.event_b_pk, part)))
                                           .order_by(PINS.c.pk)):
                out[frozenset((a, b))] = (a, b, kind)
        return list(out.values())

    def _pinned(self, conn: Connection, pks: list[int]) -> set[int]:
        return {p for a, b, _ in self._pins(conn, pks) for p in (a, b)}

    def _candidates_many(self, conn: Connection, rows: list[dict]) -> dict[int, list[dict]]:
        """:meth:`_candidates` of many reports in one query (ingest: one per batch).
        Reports with a department and a box of at most N_CELLS grid cells (nearly all)
        go through the batch query; the others (no department, or a box at high
        latitude) through :meth:`_candidates`, one query each. {report pk: candidates}."""
        cfg = self.dedup
        slack = _dt.timedelta(days=cfg.date_slack_days)
        wide = _dt.timedelta(days=cfg.max_window_days)
        out: dict[int, list[dict]] = {}
        pg = conn.dialect.name == "postgresql"
        keys: dict[str, list[list]] = {k: [] for k in _batch_parts(conn.dialect.name)}
        seeds: list[int] = []
        for row in rows:
            if not row.get("admin1"):
                out[row["pk"]] = [dict(m) for m in self._candidates(conn, row)]
                continue
            lat, lon = row.get("latitude"), row.get("longitude")
            cells: list[int] = []
            box = None
            if lat is not None and lon is not None:
                cells, box = _cells_box(cfg, lat, lon)
                if len(cells) > N_CELLS:
                    out[row["pk"]] = [dict(m) for m in self._candidates(conn, row)]
                    continue
            n = len(seeds)
            seeds.append(row["pk"])
            out[row["pk"]] = []
            ds, de = row["date_start"], row["date_end"] or row["date_start"]
            types = "," + ",".join(sorted(cfg.compatible_with(row["type"]))) + ","
            win = [(ds - slack - wide).isoformat(), (de + slack).isoformat(),
                   (ds - slack).isoformat(), (de + slack + wide).isoformat()]
            a1, a2 = row["admin1"], row.get("admin2") or None
            if pg and a2 is not None:
                keys["prov"].append([n, a1, a2, types, row["doc_id"], *win])
                keys["noprov"].append([n, a1, types, row["doc_id"], *win])
            else:
                keys["same"].append([n, a1, a2, types, row["doc_id"], *win])
            keys["none"].append([n, types, row["doc_id"], *win])
            if cells:
                keys["near"].append([n, a1, a2, types, row["doc_id"], *win, cells, *box])
        if not seeds:
            return out
        params = {k: json.dumps([dict(zip(_BATCH_KEYS[k], x))
                                 for x in v], ensure_ascii=False)
                  for k, v in keys.items()}
        params["cur"] = True
        counts: dict[tuple[int, int], int] = {}
        names = [c.name for c in CANDIDATE_COLS]
        for seed, part, *vals in conn.execute(_batch_candidate_sql(conn.dialect.name), params).all():
            key = (seed, part)
            n = counts[key] = counts.get(key, 0) + 1
            if n <= CANDIDATE_LIMIT:  # (PostgreSQL applies it in the query)
                out[seeds[seed]].append(dict(zip(names, vals)))
        for v in out.values():
            v.sort(key=lambda d: d["pk"])
        return out

    def _candidates(self, conn: Connection, row: dict[str, Any]) -> list:
        """Stored current reports that could describe the same incident, by the blocking
        key (place x date window; index ix_events_dedup): compatible type, date windows
        within the slack, other document; the same department or none (either side), or
        (with coordinates) within max_km. Plain SQL with typed parameters: this runs
        once per ingested event, where building SQLAlchemy expressions dominated."""
        cfg = self.dedup
        slack = _dt.timedelta(days=cfg.date_slack_days)
        wide = _dt.timedelta(days=cfg.max_window_days)
        ds, de = row["date_start"], row["date_end"] or row["date_start"]
        params = {"cur": True, "doc_id": row["doc_id"],
                  "hi": de + slack, "lo": ds - slack - wide, "lo2": ds - slack, "hi2": de + slack + wide}
        types = tuple(sorted(cfg.compatible_with(row["type"])))
        if not row.get("admin1"):
            return conn.execute(_candidate_sql(types, "any"), params).mappings().all()
        params["admin1"] = row["admin1"]
        lat, lon = row.get("latitude"), row.get("longitude")
        if lat is None or lon is None:
            return conn.execute(_candidate_sql(types, "admin1"), params).mappings().all()
        dlat = cfg.max_km / 110.0
        dlon = dlat / max(0.1, math.cos(math.radians(lat)))
        params.update(lat0=lat - dlat, lat1=lat + dlat, lon0=lon - dlon, lon1=lon + dlon)
        lo_r, lo_c = divmod(geo_cell(lat - dlat, lon - dlon), 10000)
        hi_r, hi_c = divmod(geo_cell(lat + dlat, lon + dlon), 10000)
        cells = [r * 10000 + c for r in range(lo_r, hi_r + 1) for c in range(lo_c, hi_c + 1)]
        if len(cells) > N_CELLS:
            return conn.execute(_candidate_sql(types, "box"), params).mappings().all()
        cells += [cells[-1]] * (N_CELLS - len(cells))
        params.update({f"c{i}": c for i, c in enumerate(cells)})
        return conn.execute(_candidate_sql(types, "near"), params).mappings().all()

    def _refresh_incidents(self, conn: Connection, incident_pks: Iterable[int]) -> None:
        """Recompute incidents' fields from their current, non-rejected members, and
        the monthly summary (by incident) with them."""
        now = _now()
        incs = sorted(set(incident_pks))
        if not incs:
            return
        old = {}
        names = [c.name for c in MEMBER_COLS]
        i_inc = names.index("incident_pk")
        for part in _id_chunks(conn, incs):
            for r in conn.execute(select(INCIDENTS.c.pk, *STAT_COLS).where(
                    _in(conn, INCIDENTS.c.pk, part))).mappings():
                old[r["pk"]] = dict(r)
        members: dict[int, list[dict]] = {}
        for part in _id_chunks(conn, incs):
            q = (_MEMBERS_OF if conn.dialect.name != "postgresql" else
                 select(*MEMBER_COLS).where(_in(conn, EVENTS.c.incident_pk, part), EVENTS.c.is_current.is_(True),
                                            EVENTS.c.status != "rejected").order_by(EVENTS.c.incident_pk, EVENTS.c.pk))
            for m in conn.execute(q, {"incs": part, "cur": True}).all():
                members.setdefault(m[i_inc], []).append(dict(zip(names, m)))
        updates, deltas = [], []
        for inc in incs:
            agg = {k: None for k in INCIDENT_FIELDS} | _dedup.aggregate(members.get(inc, []))
            deltas.append(_incident_delta(old.get(inc), agg))
            agg.update(b_pk=inc, updated_at=now)
            updates.append(agg)
        _update_many(conn, INCIDENTS, INCIDENT_FIELDS + ("updated_at",), updates)
        apply_month_deltas(conn, deltas)

    # ---- queries
    def _where(self, f: EventFilter | None) -> list:
        f = (f or EventFilter()).validate()
        c = EVENTS.c
        conds: list = []
        if not f.include_superseded:
            conds.append(c.is_current.is_(True))
        since, until = f.since_date(), f.until_date()
        if since:
            conds.append(c.date_end >= since)
            # redundant bound (no window exceeds a year) so the date index can be used
            conds.append(c.date_start >= since - _dt.timedelta(days=366))
        if until:
            conds.append(c.date_start <= until)
        for name in ("admin1", "admin2", "country"):
            if getattr(f, name):
                conds.append(self._folded_in(c[name], getattr(f, name)))
        if f.type:
            conds.append(c.type == f.type)
        if f.min_fatalities is not None:
            conds.append(c.killed >= int(f.min_fatalities))
        if f.min_confidence is not None:
            conds.append(c.confidence >= float(f.min_confidence))
        if f.precision:
            conds.append(c.date_precision == f.precision)
        if f.undated is not None:
            conds.append(c.date_start.is_(None) if f.undated else c.date_start.is_not(None))
        if f.unlocated is not None:
            conds.append(or_(c.latitude.is_(None), c.longitude.is_(None)) if f.unlocated
                         else and_(c.latitude.is_not(None), c.longitude.is_not(None)))
        if f.source:
            host = f.source.strip().lower()
            pats = [f"%://{_escape_like(host)}{end}" for end in ("", "/%", ":%", "?%", "#%")]
            pats += [f"%://%.{_escape_like(host)}{end}" for end in ("", "/%", ":%", "?%", "#%")]
            conds.append(c.document_pk.in_(select(DOCS.c.pk).where(
                or_(*(func.lower(DOCS.c.url).like(p, escape="\\") for p in pats)))))
        # other filters that narrow the rows: only then may a common search word be
        # tested row by row instead of through its index (see _search_cond)
        narrowed = bool(since or until or f.admin1 or f.type or f.incident is not None
                        or f.bbox is not None or f.doc_id or f.country or f.admin2)
        if f.actor:
            q = _search.fold(f.actor)
            if q:
                conds.append(self._search_cond("actor_key", [q], narrowed))
        if f.status:
            conds.append(c.status == f.status)
            if f.status != "unreviewed":  # the partial index's condition (0008), word for word
                conds.append(REVIEWED_WHERE)
        if f.incident is not None:
            conds.append(c.incident_pk == f.incident)
        if f.bbox is not None:
            a, b, cc, d = (float(x) for x in f.bbox)
            conds.extend([c.longitude >= a, c.longitude <= cc, c.latitude >= b, c.latitude <= d])
        if f.text:
            words = _search.text_words(f.text)
            if words:
                conds.append(self._search_cond("search_text", words, narrowed))
        if f.doc_id:
            conds.append(c.doc_id == f.doc_id)
        if f.needs_review is not None:
            conds.append(c.needs_review.is_(bool(f.needs_review)))
            if f.needs_review:  # the partial index's condition (0008), word for word
                conds.append(SECOND_LOOK_WHERE)
        for flag in f.flag:
            conds.append(c.flags.is_not(None) if flag == "any" else c.flags.like(f"%,{flag},%"))
        for flag in f.no_flag:
            conds.append(c.flags.is_(None) if flag == "any"
                         else or_(c.flags.is_(None), c.flags.not_like(f"%,{flag},%")))
        return conds

    def _admin1_values(self, query: str, include_superseded: bool = False) -> list[str]:
        """The stored admin1 names equal to ``query`` once both are folded (case and
        accents, as --text and --actor): ``junin`` finds "Junín". The distinct names
        come from the (is_current, admin1, ...) index by a loose index scan — one
        index probe per distinct name, a few hundred at most — so the filter stays
        an indexed ``admin1 IN (...)``."""
        want = _search.fold(query)
        scan = text(
            "WITH RECURSIVE t(v) AS ("
            " SELECT min(admin1) FROM events WHERE is_current = :cur"
            " UNION ALL SELECT (SELECT min(admin1) FROM events WHERE is_current = :cur AND admin1 > t.v)"
            " FROM t WHERE t.v IS NOT NULL) SELECT v FROM t WHERE v IS NOT NULL"
        ).bindparams(bindparam("cur", type_=Boolean()))
        names: set[str] = set()
        with self._read() as conn:
            for cur in ((True, False) if include_superseded else (True,)):
                names.update(v for (v,) in conn.execute(scan, {"cur": cur}))
        return sorted(n for n in names if _search.fold(n) == want) or [query]

    def _folded_in(self, column, value: str):
        """``column`` equal to ``value`` with case and accents ignored: the stored values
        are few (countries, departments), so they are read and folded here (indexes on
        admin1 serve the DISTINCT), and the condition is ``column IN (matches)``. The
        stored values are kept 30 s (country has no index: a DISTINCT scans the
        events), dropped by every write through this Store, and read again at once when
        a value matches none of them; a new spelling of a value that already matches,
        written by another process, shows up within those 30 s."""
        norm = _country_key if column.name == "country" else _search.fold  # "España" finds "Spain"
        key = norm(value)
        cache = self._distinct_cache
        got = cache.get(column.name)
        hits = [v for v in got[1] if norm(v) == key] if got and time.monotonic() - got[0] < 30 else []
        if not hits:  # not cached, stale, or a value new since: read the stored values again
            with self._read() as conn:
                stored = [v for (v,) in conn.execute(select(column).where(column.is_not(None)).distinct())]
            cache[column.name] = (time.monotonic(), stored)
            hits = [v for v in stored if norm(v) == key]
        return column.in_(hits) if hits else false()

    def _search_cond(self, col: str, words: list[str], narrowed: bool = True):
        """Every folded word is a substring of the folded column (cronica/store/search.py).
        SQLite: words of 3+ characters through the FTS5 trigram index, shorter ones by
        LIKE on the rows left; PostgreSQL: LIKE, which the pg_trgm GIN index serves.
        When other filters narrow the rows (``narrowed``), a word matching
        FTS_MAX_HITS events or more is tested row by row instead (SQLite: LIKE on the
        column; PostgreSQL: on ``col || ''``, which the trigram index does not serve),
        so the planner starts from the other filters."""
        column = EVENTS.c[col]
        conds = []
        fts = []
        for w in words:
            pat = "%" + _escape_like(w) + "%"
            if len(w) < 3:
                conds.append(column.like(pat, escape="\\"))
            elif self.backend == "sqlite":
                fts.append(w)
            elif not narrowed or self._like_hits(col, pat) < FTS_MAX_HITS:
                conds.append(column.like(pat, escape="\\"))
            else:
                conds.append(column.concat("").like(pat, escape="\\"))
        if fts:
            name = f"fts_{col}"
            m = " AND ".join(_search.fts_phrase(w) for w in fts)
            if not narrowed or self._fts_hits(col, m) < FTS_MAX_HITS:
                conds.insert(0, text(
                    f"events.pk IN (SELECT rowid FROM events_fts WHERE {col} MATCH :{name})"
                ).bindparams(**{name: m}))
            else:  # so common that SQLite would materialise a huge rowid list: test rows
                conds.extend(column.like("%" + _escape_like(w) + "%", escape="\\") for w in fts)
        return and_(*conds)

    def _fts_hits(self, col: str, m: str) -> int:
        """SQLite: rows matching an FTS query, counted up to FTS_MAX_HITS (stops there)."""
        with self._read() as conn:
            return conn.execute(text(
                f"SELECT count(*) FROM (SELECT rowid FROM events_fts WHERE {col} MATCH :m "
                f"LIMIT {FTS_MAX_HITS})"), {"m": m}).scalar_one()

    def _like_hits(self, col: str, pat: str) -> int:
        """PostgreSQL: rows whose folded column is LIKE ``pat``, counted up to FTS_MAX_HITS."""
        with self._read() as conn:
            return conn.execute(text(
                f"SELECT count(*) FROM (SELECT 1 FROM events WHERE {col} LIKE :p ESCAPE '\\' "
                f"LIMIT {FTS_MAX_HITS}) x"), {"p": pat}).scalar_one()

    def _select_events(self):
        reviewed = (select(func.max(REVISIONS.c.created_at))
                    .where(REVISIONS.c.event_pk == EVENTS.c.pk).scalar_subquery())
        return select(EVENTS, DOCS.c.url, DOCS.c.title.label("source_title"),
                      DOCS.c.published.label("source_published"),
                      func.coalesce(reviewed, DOCS.c.ingested_at).label("updated_at")
                      ).join(DOCS, DOCS.c.pk == EVENTS.c.document_pk)

    def query_events(self, f: EventFilter | None = None, limit: int = 100,
                     offset: int = 0) -> tuple[list[dict], int]:
        """A page of events (newest first) and the number matching ``f``."""
        if limit < 0 or offset < 0:
            raise StoreError("limit and offset must not be negative")
        conds = self._where(f)
        with self._read() as conn:
            total = conn.execute(select(func.count()).select_from(EVENTS).where(*conds)).scalar_one()
            q = (self._select_events().where(*conds)
                 .order_by(EVENTS.c.date_start.desc().nulls_last(), EVENTS.c.pk.desc())
                 .limit(limit).offset(offset))
            rows = [row_event(r) for r in conn.execute(q).mappings()]
        return rows, total

    def iter_events(self, f: EventFilter | None = None, include_rejected: bool = False,
                    batch: int = 5000) -> Iterator[dict]:
        """Every matching event, in storage order, streamed in batches (for exports)."""
        conds = self._where(f)
        if not include_rejected and not (f and f.status):
            conds.append(EVENTS.c.status != "rejected")
        last = 0
        while True:
            with self._read() as conn:
                rows = conn.execute(self._select_events().where(*conds, EVENTS.c.pk > last)
                                    .order_by(EVENTS.c.pk).limit(batch)).mappings().all()
            if not rows:
                return
            for r in rows:
                yield row_event(r)
            last = rows[-1]["pk"]

    def _event_row(self, conn: Connection, event_id: str):
        return conn.execute(self._select_events().where(EVENTS.c.event_id == event_id)
                            .order_by(EVENTS.c.is_current.desc(), EVENTS.c.pk.desc())
                            .limit(1)).mappings().first()

    def get_event(self, event_id: str) -> dict | None:
        """The event with its document text, spans, machine coding and review history."""
        with self._read() as conn:
            r = self._event_row(conn, event_id)
            if r is None:
                return None
            out = row_event(r)
            d = conn.execute(select(DOCS).where(DOCS.c.pk == r["document_pk"])).mappings().one()
            out["document"] = {"doc_id": d["doc_id"], "version": d["version"],
                               "current": bool(d["is_current"]), "text": d["text"],
                               "title": d["title"], "url": d["url"], "published": d["published"],
                               "ingested_at": _iso(d["ingested_at"])}
            out["superseded"] = not bool(r["is_current"])
            hist = conn.execute(select(REVISIONS).where(REVISIONS.c.event_pk == r["pk"])
                                .order_by(REVISIONS.c.version)).mappings().all()
            out["history"] = [{"version": h["version"], "action": h["action"],
                               "status": h["status"], "fields": json.loads(h["fields"]),
                               "author": h["author"], "reason": h["reason"],
                               "at": _iso(h["created_at"])} for h in hist]
            for h in out["history"]:
                h["author_verified"] = h["fields"].pop("author_verified", True) is not False
            if hist and hist[0]["action"] == "machine":
                out["machine"] = json.loads(hist[0]["fields"])
            else:
                out["machine"] = {k: out[k] for k in EVENT_KEYS}
            link = conn.execute(select(LINKS).where(LINKS.c.event_pk == r["pk"])).mappings().first()
            out["incident_link"] = self._link_dict(conn, link) if link else None
        return out

    def _link_dict(self, conn: Connection, link) -> dict:
        via = None
        if link["via_event_pk"] is not None:
            via = conn.execute(select(EVENTS.c.event_id).where(
                EVENTS.c.pk == link["via_event_pk"])).scalar()
        return {"incident_id": link["incident_pk"], "via_event_id": via, "score": link["score"],
                "reasons": json.loads(link["reasons"])}

    # ---- review
    def review(self, event_id: str, action: str, fields: dict | None = None,
               reason: str | None = None, author: str = "", *,
               if_version: int | None = None, author_verified: bool = True) -> dict:
        """Accept, reject or edit an event; returns the event as ``get_event`` does.
        An edit also sets the fields derived from the ones it changes (``derive_edit``)
        and the event is re-clustered with its block (it may leave its incident).
        ``if_version``: refuse (VersionConflictError) unless the event is still at this
        version (its ``version`` key), checked in the write transaction.
        ``author_verified=False`` records the author as claimed, not verified (a shared token)."""
        if action not in ACTIONS:
            raise ReviewError(f"action must be one of {', '.join(ACTIONS)}, not {action!r}")
        if not author or not str(author).strip():
            raise ReviewError("a review needs an author")
        if action == "edit":
            if not fields:
                raise ReviewError("an edit needs at least one field to change")
            if not reason or not str(reason).strip():
                raise ReviewError("an edit needs a reason")
            changes = _validate_edit(fields)
        else:
            if fields:
                raise ReviewError(f"{action} takes no fields (use action 'edit')")
            changes = {}
        self._write(self._review_tx, event_id, action, changes, reason, str(author).strip(),
                    if_version, author_verified)
        out = self.get_event(event_id)
        assert out is not None
        return out

    def _add_revision(self, conn: Connection, r, action: str, status: str, record: dict,
                      author: str, reason: Optional[str], now: _dt.datetime) -> int:
        """Append a version to the event's review trail (copying the machine coding
        into version 1 first); returns the new version number."""
        version = r["revision"]
        if version == 0:  # keep the machine coding before anything changes
            machine = {k: v for k, v in row_event(r).items() if k in EVENT_KEYS}
            ingested = conn.execute(select(DOCS.c.ingested_at).where(
                DOCS.c.pk == r["document_pk"])).scalar_one()
            conn.execute(insert(REVISIONS).values(
                event_pk=r["pk"], version=1, action="machine", status="unreviewed",
                fields=json.dumps(machine, ensure_ascii=False), author="cronica",
                reason="machine coding", created_at=ingested))
            version = 1
        version += 1
        conn.execute(insert(REVISIONS).values(
            event_pk=r["pk"], version=version, action=action, status=status,
            fields=json.dumps(record, ensure_ascii=False), author=author, reason=reason,
            created_at=now))
        return version

    def _review_tx(self, conn: Connection, event_id: str, action: str, changes: dict,
                   reason: Optional[str], author: str, if_version: Optional[int] = None,
                   author_verified: bool = True) -> None:
        r = self._event_row(conn, event_id)
        if r is None:
            raise EventNotFoundError(f"no event with id {event_id!r}")
        if if_version is not None and r["revision"] != if_version:
            raise VersionConflictError(f"event {event_id} is at version {r['revision']}, not "
                                       f"{if_version}: someone changed it meanwhile", r["revision"])
        now = _now()
        status = ACTIONS[action]
        values: dict[str, Any] = {"status": status, "needs_review": False}
        record: dict[str, Any] = {}
        if changes:
            notes: list[str] = []
            changes = derive_edit(changes, dict(r), notes)
            previous = {k: _iso(r[k]) for k in changes if k != "month"}
            values.update(changes)
            if "flags" in changes:
                values["flags"] = flags_column(changes["flags"])
                previous["flags"] = flags_list(r["flags"])
            record = {"set": {k: (list(v) if isinstance(v, tuple) else _iso(v))
                              for k, v in changes.items() if k != "month"}, "previous": previous}
            if notes:
                record["derived"] = "; ".join(notes)
            if "latitude" in changes or "longitude" in changes:
                values["geo_cell"] = geo_cell(values.get("latitude", r["latitude"]),
                                              values.get("longitude", r["longitude"]))
            if "actor1" in changes or "actor2" in changes:
                values["actor_key"] = _search.actor_key(values.get("actor1", r["actor1"]),
                                                        values.get("actor2", r["actor2"]))
        if not author_verified:  # a shared token: the name is the reviewer's claim
            record["author_verified"] = False
        values["revision"] = self._add_revision(conn, r, action, status, record, author, reason, now)
        conn.execute(update(EVENTS).where(EVENTS.c.pk == r["pk"]).values(**values))
        if not r["is_current"]:
            return
        # the event (re-)enters or leaves the clustering of its block
        dirty = {r["block_id"]} - {None}
        gone = {r["incident_pk"]} - {None}
        seeds = [r["pk"]] if status != "rejected" and (changes or r["status"] == "rejected") else []
        if seeds or status == "rejected" or r["status"] == "rejected":
            self._recluster(conn, seeds, dirty, gone)
        else:
            self._refresh_incidents(conn, gone)

    # ---- incidents: analysts' merge / split / move (pinned, kept by re-clustering)
    def merge_incidents(self, incident_ids: list[int], reason: str | None, author: str, *,
                        author_verified: bool = True) -> dict:
        """Make one incident of several: every member is pinned to the others.
        (``author_verified=False``: the author is a claim, as in ``review``.)"""
        ids = [int(i) for i in incident_ids]
        if len(set(ids)) < 2:
            raise ReviewError("merge needs at least two different incidents")
        return self._write(self._incident_op, "merge", ids, [], reason, author, author_verified)

    def split_incident(self, incident_id: int, event_ids: list[str], reason: str | None,
                       author: str, *, author_verified: bool = True) -> dict:
        """Take these events out of the incident into a new one of their own."""
        if not event_ids:
            raise ReviewError("split needs at least one event of the incident")
        return self._write(self._incident_op, "split", [int(incident_id)], list(event_ids), reason, author,
                           author_verified)

    def move_event(self, event_id: str, incident_id: int, reason: str | None, author: str, *,
                   author_verified: bool = True) -> dict:
        """Move an event to another incident (pinned there, unpinned from its old one)."""
        return self._write(self._incident_op, "move", [int(incident_id)], [event_id], reason, author,
                           author_verified)

    def _members_pks(self, conn: Connection, inc: int) -> list[tuple[int, str]]:
        rows = conn.execute(select(EVENTS.c.pk, EVENTS.c.event_id).where(
            EVENTS.c.incident_pk == inc, EVENTS.c.is_current.is_(True),
            EVENTS.c.status != "rejected").order_by(EVENTS.c.pk)).all()
        if not rows:
            raise ReviewError(f"incident {inc} has no current member")
        return [(a, b) for a, b in rows]

    def _pin(self, conn: Connection, a: int, b: int, kind: str, reason: Optional[str], author: str,
             now: _dt.datetime) -> None:
        if a == b:
            return
        conn.execute(PINS.delete().where(or_(and_(PINS.c.event_a_pk == a, PINS.c.event_b_pk == b),
                                             and_(PINS.c.event_a_pk == b, PINS.c.event_b_pk == a))))
        conn.execute(insert(PINS).values(event_a_pk=a, event_b_pk=b, kind=kind, reason=reason,
                                         author=author, created_at=now))

    def _incident_op(self, conn: Connection, op: str, incs: list[int], event_ids: list[str],
                     reason: Optional[str], author: str, author_verified: bool = True) -> dict:
        if not author or not str(author).strip():
            raise ReviewError("an incident change needs an author")
        if not reason or not str(reason).strip():
            raise ReviewError(f"{op} needs a reason")
        author = str(author).strip()
        now = _now()
        touched: list[int] = []  # event pks whose history records the change
        if op == "merge":
            groups = [self._members_pks(conn, i) for i in incs]
            head = groups[0][0][0]
            for g in groups:
                for pk, _ in g:
                    self._pin(conn, head, pk, "link", reason, author, now)
                    touched.append(pk)
        else:
            members = self._members_pks(conn, incs[0]) if op == "split" else None
            picked = []
            for eid in event_ids:
                r = self._event_row(conn, eid)
                if r is None or not r["is_current"]:
                    raise EventNotFoundError(f"no current event with id {eid!r}")
                if r["status"] == "rejected":
                    raise ReviewError(f"event {eid} is rejected: accept it first")
                if op == "split" and r["incident_pk"] != incs[0]:
                    raise ReviewError(f"event {eid} is not a member of incident {incs[0]}")
                picked.append(r["pk"])
            if op == "split":
                rest = [pk for pk, _ in members if pk not in picked]
                if not rest:
                    raise ReviewError("split must leave at least one event in the incident")
                for pk in picked:
                    self._pin(conn, picked[0], pk, "link", reason, author, now)
                    for other in rest:
                        self._pin(conn, pk, other, "unlink", reason, author, now)
            else:  # move
                pk = picked[0]
                target = self._members_pks(conn, incs[0])
                if any(t == pk for t, _ in target):
                    raise ReviewError(f"event {event_ids[0]} is already in incident {incs[0]}")
                old_inc = conn.execute(select(EVENTS.c.incident_pk).where(EVENTS.c.pk == pk)).scalar()
                if old_inc is not None:
                    for other, _ in conn.execute(select(EVENTS.c.pk, EVENTS.c.event_id).where(
                            EVENTS.c.incident_pk == old_inc, EVENTS.c.is_current.is_(True),
                            EVENTS.c.pk != pk)).all():
                        self._pin(conn, pk, other, "unlink", reason, author, now)
                for t, _ in target:
                    self._pin(conn, pk, t, "link", reason, author, now)
            touched = picked
        before = dict(conn.execute(select(EVENTS.c.pk, EVENTS.c.incident_pk).where(
            EVENTS.c.pk.in_(touched))).all())
        blocks = {b for (b,) in conn.execute(select(EVENTS.c.block_id).where(
            EVENTS.c.pk.in_(touched)).distinct()) if b is not None}
        self._recluster(conn, [], blocks, {i for i in before.values() if i is not None})
        after = dict(conn.execute(select(EVENTS.c.pk, EVENTS.c.incident_pk).where(
            EVENTS.c.pk.in_(touched))).all())
        for pk in touched:
            r = conn.execute(select(EVENTS).where(EVENTS.c.pk == pk)).mappings().one()
            record = {"incident": {"from": before.get(pk), "to": after.get(pk)}}
            if not author_verified:
                record["author_verified"] = False
            version = self._add_revision(conn, r, op, r["status"], record, author, reason, now)
            conn.execute(update(EVENTS).where(EVENTS.c.pk == pk).values(revision=version))
        return {"action": op, "reason": reason, "author": author,
                "incidents": sorted({i for i in list(after.values()) + list(before.values()) if i is not None}),
                "events": [{"event_id": conn.execute(select(EVENTS.c.event_id).where(
                    EVENTS.c.pk == pk)).scalar(), "from": before.get(pk), "to": after.get(pk)}
                    for pk in touched]}

    # ---- incidents
    def _incident_dict(self, r) -> dict:
        out = {"incident_id": r["pk"]}
        for k in INCIDENT_OUT:
            out[k] = _iso(r[k])
        out["updated_at"] = _iso(r["updated_at"])
        return out

    def _incident_conds(self, f: EventFilter | None) -> list:
        conds = [INCIDENTS.c.n_events > 0]
        if f is not None:
            sub = select(EVENTS.c.incident_pk).where(*self._where(f))
            conds.append(INCIDENTS.c.pk.in_(sub))
        return conds

    def incidents(self, f: EventFilter | None = None, limit: int = 100,
                  offset: int = 0) -> tuple[list[dict], int]:
        """Incidents having a member event that matches ``f`` (newest first), and their number."""
        conds = self._incident_conds(f)
        with self._read() as conn:
            total = conn.execute(select(func.count()).select_from(INCIDENTS).where(*conds)).scalar_one()
            rows = conn.execute(select(INCIDENTS).where(*conds).order_by(
                INCIDENTS.c.date_start.desc().nulls_last(), INCIDENTS.c.pk.desc())
                .limit(limit).offset(offset)).mappings().all()
            out = [self._incident_dict(r) for r in rows]
            self._add_sources(conn, out)
        return out, total

    def iter_incidents(self, f: EventFilter | None = None, batch: int = 2000) -> Iterator[dict]:
        conds = self._incident_conds(f)
        last = 0
        while True:
            with self._read() as conn:
                rows = conn.execute(select(INCIDENTS).where(*conds, INCIDENTS.c.pk > last)
                                    .order_by(INCIDENTS.c.pk).limit(batch)).mappings().all()
                if not rows:
                    return
                out = [self._incident_dict(r) for r in rows]
                self._add_sources(conn, out)
            yield from out
            last = rows[-1]["pk"]

    def _add_sources(self, conn: Connection, incidents: list[dict]) -> None:
        """Attach member summaries (event_id, doc_id, url, evidence) to incident dicts."""
        by = {i["incident_id"]: i for i in incidents}
        for i in incidents:
            i["members"] = []
        if not by:
            return
        q = (select(EVENTS.c.incident_pk, EVENTS.c.event_id, EVENTS.c.doc_id, EVENTS.c.evidence,
                    EVENTS.c.killed, EVENTS.c.status, EVENTS.c.type, EVENTS.c.plover,
                    EVENTS.c.cameo, DOCS.c.url, DOCS.c.title, DOCS.c.published)
             .join(DOCS, DOCS.c.pk == EVENTS.c.document_pk)
             .where(EVENTS.c.incident_pk.in_(list(by)), EVENTS.c.is_current.is_(True),
                    EVENTS.c.status != "rejected").order_by(EVENTS.c.pk))
        for m in conn.execute(q).mappings():
            by[m["incident_pk"]]["members"].append(
                {"event_id": m["event_id"], "doc_id": m["doc_id"], "source_url": m["url"],
                 "title": m["title"], "published": m["published"], "evidence": m["evidence"],
                 "killed": m["killed"], "status": m["status"], "type": m["type"],
                 "plover": m["plover"], "cameo": m["cameo"]})

    def incident_sizes(self, incident_ids: Iterable[int]) -> dict[int, int]:
        """{incident id: its current, non-rejected reports} for the given incidents."""
        ids = sorted(set(incident_ids))
        out: dict[int, int] = {}
        with self._read() as conn:
            for part in _chunks(ids, 500):
                out.update((int(pk), int(n)) for pk, n in conn.execute(
                    select(INCIDENTS.c.pk, INCIDENTS.c.n_events).where(INCIDENTS.c.pk.in_(part))))
        return out

    def incident(self, incident_id: int) -> dict | None:
        """One incident: its fields, every member report, and why each one joined."""
        try:
            incident_id = int(incident_id)
        except (TypeError, ValueError):
            return None
        with self._read() as conn:
            r = conn.execute(select(INCIDENTS).where(INCIDENTS.c.pk == incident_id)).mappings().first()
            if r is None:
                return None
            out = self._incident_dict(r)
            q = (select(EVENTS, DOCS.c.url, LINKS.c.via_event_pk, LINKS.c.score, LINKS.c.reasons)
                 .join(DOCS, DOCS.c.pk == EVENTS.c.document_pk)
                 .join(LINKS, LINKS.c.event_pk == EVENTS.c.pk)
                 .where(LINKS.c.incident_pk == incident_id).order_by(EVENTS.c.pk))
            rows = conn.execute(q).mappings().all()
            ids = {m["pk"]: m["event_id"] for m in rows}
            members, lines = [], []
            for m in rows:
                ev = row_event(m)
                ev["superseded"] = not bool(m["is_current"])
                ev["via_event_id"] = ids.get(m["via_event_pk"]) if m["via_event_pk"] else None
                ev["score"] = m["score"]
                ev["reasons"] = json.loads(m["reasons"])
                members.append(ev)
                head = f"{ev['event_id']} ({ev['doc_id']}, {ev['type']}, {ev['date']}, {ev['status']}"
                head += ", superseded)" if ev["superseded"] else ")"
                if ev["via_event_id"] and ev["score"] is None:  # pinned by an analyst
                    lines.append(f"{head}: " + "; ".join(ev["reasons"]))
                elif ev["via_event_id"]:
                    lines.append(f"{head} joined via {ev['via_event_id']} with score "
                                 f"{ev['score']:g}: " + "; ".join(ev["reasons"][1:]))
                else:
                    lines.append(f"{head}: " + "; ".join(ev["reasons"]))
            out["members"] = members
            out["explanation"] = lines
        return out

    # ---- statistics
    def stats(self, by: str, f: EventFilter | None = None, *, summary: bool = True) -> list[dict]:
        """Counts by incident per month, admin1, country, type or actor: ``incidents``, ``events``
        (their reports), ``killed`` and ``wounded`` — each incident's toll once (its
        UCDP best estimate, ``deaths_best``, and its ``wounded``), under the incident's
        own month/department/country/type/actors (``by='admin1'`` rows also carry the
        division's ``country`` and ``iso``: one row per division and country). With a
        filter: the incidents having a member report that matches it. ``by='month'`` over the whole store reads the monthly
        summary table (``summary=False`` groups the incidents instead, for checks)."""
        if by not in STAT_KEYS:
            raise StoreError(f"stats: by must be one of {', '.join(STAT_KEYS)}, not {by!r}")
        conds = self._where(f)
        if by == "month" and summary and len(conds) == 1 and not (f and f.include_superseded):
            return self._month_summary()
        i = INCIDENTS.c
        where = [i.n_events > 0]
        if len(conds) > 1 or (f and f.include_superseded):
            where.append(i.pk.in_(select(EVENTS.c.incident_pk).where(*conds, EVENTS.c.status != "rejected")))

        def agg(key):
            return (key.label("key"), func.count().label("incidents"),
                    func.coalesce(func.sum(i.n_events), 0).label("events"),
                    func.coalesce(func.sum(i.deaths_best), 0).label("killed"),
                    func.coalesce(func.sum(i.wounded), 0).label("wounded"))
        if by == "admin1":  # a division's name is not unique across countries: keyed with its country
            q = (select(*agg(i.admin1), i.country.label("country"), func.max(i.iso).label("iso"))
                 .where(*where).group_by(i.admin1, i.country).order_by(i.admin1, i.country))
        elif by in ("month", "type", "country"):
            key = {"month": i.month, "type": i.type, "country": i.country}[by]
            q = select(*agg(key)).where(*where).group_by(key).order_by(key)
        else:
            parts = [select(col.label("key"), i.n_events, i.deaths_best, i.wounded)
                     .where(*where, col.is_not(None)) for col in (i.actor1, i.actor2)]
            u = union_all(*parts).subquery()
            q = (select(u.c.key, func.count().label("incidents"),
                        func.coalesce(func.sum(u.c.n_events), 0).label("events"),
                        func.coalesce(func.sum(u.c.deaths_best), 0).label("killed"),
                        func.coalesce(func.sum(u.c.wounded), 0).label("wounded"))
                 .group_by(u.c.key).order_by(func.count().desc(), u.c.key))
        with self._read() as conn:
            rows = [{"key": r.key, "events": int(r.events), "incidents": int(r.incidents),
                     "killed": int(r.killed), "wounded": int(r.wounded),
                     **({"country": r.country, "iso": r.iso} if by == "admin1" else {})}
                    for r in conn.execute(q)]
        if by in ("country", "admin1"):
            rows = _fold_country_rows(rows, "key" if by == "country" else "country")
        return rows

    def incident_tolls(self, f: EventFilter | None = None) -> list[tuple[Optional[_dt.date], int, int]]:
        """(date_start, incidents, deaths_best) per incident start date, over the incidents
        having a non-rejected member matching ``f`` — each incident's toll once (for
        timelines of fatalities by incident; the caller bins the dates)."""
        i = INCIDENTS.c
        conds = self._where(f)
        q = (select(i.date_start, func.count(), func.coalesce(func.sum(i.deaths_best), 0))
             .where(i.n_events > 0, i.pk.in_(select(EVENTS.c.incident_pk).where(
                 *conds, EVENTS.c.status != "rejected")),
                    # a year-only incident has no month: the timelines leave it out (stats list it)
                    or_(i.date_precision.is_(None), i.date_precision != "year"))
             .group_by(i.date_start))
        with self._read() as conn:
            return [(d, int(n), int(k)) for d, n, k in conn.execute(q)]

    def totals(self, f: EventFilter | None = None) -> dict[str, int]:
        """Headline numbers for a filter: matching events, undated and unlocated ones
        among them, the incidents having a non-rejected matching member and their
        fatalities (each incident's deaths_best once) and wounded."""
        c, i = EVENTS.c, INCIDENTS.c
        conds = self._where(f)
        with self._read() as conn:
            ev = conn.execute(select(
                func.count(),
                func.coalesce(func.sum(case((c.date_start.is_(None), 1), else_=0)), 0),
                func.coalesce(func.sum(case((or_(c.latitude.is_(None), c.longitude.is_(None)), 1),
                                            else_=0)), 0)).where(*conds)).one()
            inc = conn.execute(select(func.count(), func.coalesce(func.sum(i.deaths_best), 0),
                                      func.coalesce(func.sum(i.wounded), 0)).where(
                i.n_events > 0, i.pk.in_(select(c.incident_pk).where(*conds, c.status != "rejected")))).one()
        return {"events": int(ev[0]), "undated": int(ev[1]), "unlocated": int(ev[2]),
                "incidents": int(inc[0]), "fatalities": int(inc[1]), "wounded": int(inc[2])}

    def _month_summary(self) -> list[dict]:
        c = STATS_MONTH.c
        with self._read() as conn:
            rows = [{"key": r.month or None, "events": int(r.events), "incidents": int(r.incidents),
                     "killed": int(r.killed), "wounded": int(r.wounded)}
                    for r in conn.execute(select(c.month, c.events, c.incidents, c.killed, c.wounded)
                                          .order_by(c.month))]
        if self.backend == "postgresql" and rows and rows[0]["key"] is None:
            rows.append(rows.pop(0))  # as ORDER BY month puts NULL there
        return rows

    def counts(self) -> dict[str, int]:
        """Rows per table (current documents/events), for summaries and health checks."""
        with self._read() as conn:
            return {
                "documents": conn.execute(select(func.count()).select_from(DOCS).where(
                    DOCS.c.is_current.is_(True))).scalar_one(),
                "document_versions": conn.execute(select(func.count()).select_from(DOCS)).scalar_one(),
                "events": conn.execute(select(func.count()).select_from(EVENTS).where(
                    EVENTS.c.is_current.is_(True))).scalar_one(),
                "incidents": conn.execute(select(func.count()).select_from(INCIDENTS).where(
                    INCIDENTS.c.n_events > 0)).scalar_one(),
            }


# --------------------------------------------------------------------------- monthly summary
#: What an incident contributes to the statistics: its month, its reports, its toll.
STAT_KEYS = ("month", "admin1", "type", "actor", "country")
STAT_COLS = (INCIDENTS.c.month, INCIDENTS.c.n_events, INCIDENTS.c.deaths_best, INCIDENTS.c.wounded)


def _country_key(name: str) -> str:
    """What two spellings of one country share: its canonical name, folded."""
    return _search.fold(_geofields.canonical_country(name)[0] or name)


def _fold_country_rows(rows: list[dict], field: str) -> list[dict]:
    """Stats rows keyed by country (``field``) with the spellings of one country (rows
    stored before the store wrote one canonical name, cronica/store/geofields.py)
    added up under the canonical name; rows keep their first position."""
    out: dict[tuple, dict] = {}
    for r in rows:
        name = r[field]
        canon = _geofields.canonical_country(name)[0] if name else name
        k = (r["key"] if field != "key" else None, _search.fold(canon) if canon else canon)
        have = out.get(k)
        if have is None:
            out[k] = dict(r, **{field: canon})
            continue
        for n in ("events", "incidents", "killed", "wounded"):
            have[n] += r[n]
        if "iso" in r and have.get("iso") is None:
            have["iso"] = r["iso"]
    rows = list(out.values())
    if field == "key":  # in the order of the names now written ("España" became "Spain")
        named = sorted((r for r in rows if r["key"] is not None), key=lambda r: r["key"])
        unnamed = [r for r in rows if r["key"] is None]
        rows = unnamed + named if rows and rows[0]["key"] is None else named + unnamed
    return rows


def _incident_delta(old: Optional[dict], new: Optional[dict]) -> dict[str, tuple[int, int, int, int]]:
    """The change to ``stats_month`` when an incident goes from ``old`` to ``new``
    (rows with month, n_events, deaths_best, wounded; None or n_events 0 = absent):
    {month: (incidents, events, killed, wounded)}."""
    out: dict[str, list[int]] = {}
    for row, sign in ((old, -1), (new, +1)):
        if not row or not row.get("n_events"):
            continue
        t = out.setdefault(row.get("month") or "", [0, 0, 0, 0])
        t[0] += sign
        t[1] += sign * row["n_events"]
        t[2] += sign * (row.get("deaths_best") or 0)
        t[3] += sign * (row.get("wounded") or 0)
    return {k: tuple(v) for k, v in out.items()}


_MONTH_KEYS = ("incidents", "events", "killed", "wounded", "month")
#: PostgreSQL: the monthly deltas of a batch as one upsert (the rows as one JSON
#: parameter; was one INSERT ... ON CONFLICT per month, and the bench's dates span 420 months)
_PG_MONTH_UPSERT = text(
    "INSERT INTO stats_month (month, incidents, events, killed, wounded) "
    "SELECT j->>4, CAST(j->>0 AS BIGINT), CAST(j->>1 AS BIGINT), CAST(j->>2 AS BIGINT), "
    "CAST(j->>3 AS BIGINT) FROM jsonb_array_elements(CAST(:rows AS jsonb)) AS j "
    "ON CONFLICT (month) DO UPDATE SET incidents = stats_month.incidents + excluded.incidents, "
    "events = stats_month.events + excluded.events, killed = stats_month.killed + excluded.killed, "
    "wounded = stats_month.wounded + excluded.wounded")
_PG_MONTH_DROP = text("DELETE FROM stats_month WHERE month = ANY(CAST(:months AS text[])) AND incidents <= 0")


def apply_month_deltas(conn: Connection, deltas: Iterable[dict[str, tuple[int, int, int, int]]]) -> None:
    """Add incident deltas (``_incident_delta``) to ``stats_month`` inside the caller's
    write transaction (writers are serialised: BEGIN IMMEDIATE / advisory lock)."""
    months: dict[str, list[int]] = {}
    for d in deltas:
        for month, t in d.items():
            acc = months.setdefault(month, [0, 0, 0, 0])
            for i in range(4):
                acc[i] += t[i]
    rows = [{"month": m, "incidents": t[0], "events": t[1], "killed": t[2], "wounded": t[3]}
            for m, t in months.items() if any(t)]
    if rows and conn.dialect.name == "postgresql":  # (one statement each, whatever the months)
        conn.execute(_PG_MONTH_UPSERT, {"rows": _pg_records(rows, _MONTH_KEYS)})
        conn.execute(_PG_MONTH_DROP, {"months": [r["month"] for r in rows]})
    elif rows:
        ins = _dialect_insert(conn)(STATS_MONTH)
        c = STATS_MONTH.c
        conn.execute(ins.on_conflict_do_update(index_elements=["month"], set_={
            k: c[k] + ins.excluded[k] for k in ("events", "incidents", "killed", "wounded")}), rows)
        conn.execute(STATS_MONTH.delete().where(c.month.in_([r["month"] for r in rows]),
                                                c.incidents <= 0))


def _dialect_insert(conn: Connection):
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        return pg_insert
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    return sqlite_insert


def rebuild_month_stats(conn: Connection) -> None:
    """Recompute the monthly summary from the incidents (migration 0006 does the same)."""
    import importlib

    mig = importlib.import_module("cronica.store.migrations.versions.0006_incidents")
    for sql in mig.REBUILD_STATS:
        conn.execute(text(sql), {"t": True} if ":t" in sql else {})


def _escape_like(s: str) -> str:
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _validate_edit(fields: dict, known_country: bool = True) -> dict[str, Any]:
    """The edit's values checked and normalised (``known_country=False``: a country the
    gazetteer does not know is kept as written — edits made before countries were
    checked, carried to a new version of their document, must not stop its ingest)."""
    out: dict[str, Any] = {}
    for k, v in fields.items():
        if k not in EDITABLE:
            raise ReviewError(f"field {k!r} cannot be edited (editable: {', '.join(EDITABLE)})")
        if v is None:
            out[k] = None
            continue
        if k in INT_FIELDS:
            if isinstance(v, bool) or not isinstance(v, int):
                try:
                    v = int(str(v))
                except ValueError:
                    raise ReviewError(f"{k} must be an integer, not {v!r}") from None
            if v < 0:
                raise ReviewError(f"{k} must not be negative")
            if k in ("inter1", "inter2") and not 1 <= v <= 8:
                raise ReviewError(f"{k} must be an ACLED actor code 1..8")
        elif k in FLOAT_FIELDS:
            try:
                v = float(v)
            except (TypeError, ValueError):
                raise ReviewError(f"{k} must be a number, not {v!r}") from None
            if v != v:
                raise ReviewError(f"{k} must be a number")
            lim = {"latitude": 90, "longitude": 180, "confidence": 1}[k]
            if not (-lim if k != "confidence" else 0) <= v <= lim:
                raise ReviewError(f"{k} out of range: {v}")
        elif k == "flags":
            items = v.split(",") if isinstance(v, str) else v
            if not isinstance(items, (list, tuple)):
                raise ReviewError("flags must be a list or comma-separated text")
            v = tuple(sorted({str(x).strip() for x in items if str(x).strip()}))
            bad = [x for x in v if x not in EVENT_FLAGS]
            if bad:
                raise ReviewError(f"unknown flag(s) {', '.join(bad)} (known: {', '.join(EVENT_FLAGS)})")
        else:
            if not isinstance(v, str):
                raise ReviewError(f"{k} must be text, not {type(v).__name__}")
            if "\x00" in v:
                raise ReviewError(f"{k} contains a NUL character")
            if k == "type" and v not in EVENT_TYPES:
                raise ReviewError(f"type must be one of {', '.join(EVENT_TYPES)}, not {v!r}")
            if k == "country":
                v, _iso, known = _geofields.canonical_country(v)
                if not known and known_country:
                    raise ReviewError(f"country {v!r} is not a country the gazetteer knows")
        out[k] = v
    if "date" in out:
        out.update(_date_fields(out["date"]))
    return out


def _date_fields(value: Optional[str]) -> dict[str, Any]:
    if value is None:
        return {"date_precision": None, "date_start": None, "date_end": None,
                "time_precision": None, "month": None}
    if not _DATE_RE.match(value):
        raise ReviewError(f"date must be YYYY, YYYY-MM or YYYY-MM-DD, not {value!r}")
    try:
        if len(value) == 10:
            s = e = _dt.date.fromisoformat(value)
            prec, tp = "day", 1
        elif len(value) == 7:
            s = _dt.date.fromisoformat(value + "-01")
            e = _dt.date(s.year + (s.month == 12), s.month % 12 + 1, 1) - _dt.timedelta(days=1)
            prec, tp = "month", 3
        else:
            s, e = _dt.date(int(value), 1, 1), _dt.date(int(value), 12, 31)
            prec, tp = "year", 3
    except ValueError:
        raise ReviewError(f"not a calendar date: {value!r}") from None
    return {"date_precision": prec, "date_start": s, "date_end": e, "time_precision": tp,
            "month": month_key(prec, s)}


# --------------------------------------------------------------------------- derived fields
PLACE_FIELDS = ("admin1", "admin2", "admin3", "country", "iso", "latitude", "longitude",
                "geo_precision", "where_prec", "gazetteer_id")
#: How specific a gazetteer kind is (lower = more specific) and its ACLED/UCDP precisions.
_KIND_RANK = {"base": 1, "town": 1, "local": 1, "admin3": 2, "admin2": 3, "admin1": 4,
              "valley": 5, "region": 5, "project": 5, "river": 5, "country": 6}
_KIND_PREC = {"base": (1, 1), "town": (1, 1), "local": (1, 1), "admin3": (1, 1), "admin2": (3, 3),
              "admin1": (3, 4), "country": (3, 6)}


def derive_edit(changes: dict[str, Any], current: dict[str, Any],
                notes: Optional[list[str]] = None) -> dict[str, Any]:
    """The edit plus the fields derived from what it changes (fields the analyst set
    explicitly win): ``type`` → ACLED event/sub-event type, CAMEO, PLOVER
    (cronica/taxonomy.py); ``killed`` → killed_low/high; ``location``/``admin1`` →
    admin2/admin3, coordinates, precision and gazetteer id through the gazetteer (a
    data lookup; cleared when the place is not found); ``latitude``/``longitude``
    alone → country and divisions of the nearest gazetteer points, or cleared
    (cronica/store/geofields.py); ``country`` alone → its ISO number, and the divisions
    and coordinates of another country cleared. What was derived or cleared and why
    is appended to ``notes`` (kept in the review trail)."""
    notes = notes if notes is not None else []
    out = dict(changes)
    if "country" in changes:
        out.setdefault("iso", _geofields.canonical_country(changes["country"])[1]
                       if changes["country"] is not None else None)
    if "type" in changes and changes["type"] is not None:
        from cronica.taxonomy import codes_for

        inter2 = changes.get("inter2", current.get("inter2"))
        codes = codes_for(changes["type"], inter2)
        for k in ("event_type", "sub_event_type", "cameo", "plover"):
            out.setdefault(k, getattr(codes, k))
    if "killed" in changes:
        out.setdefault("killed_low", changes["killed"])
        out.setdefault("killed_high", changes["killed"])
    if changes.get("gazetteer_id"):  # a chosen gazetteer entry fills the whole place
        from cronica.geo.gazetteer import open_gazetteer

        e = open_gazetteer().by_gid(str(changes["gazetteer_id"]))
        if e is None:
            raise ReviewError(f"no gazetteer entry {changes['gazetteer_id']!r}")
        for k, v in entry_place(e).items():
            out.setdefault(k, v)
        return out
    if "location" in changes or "admin1" in changes:
        location = changes.get("location", current.get("location"))
        admin1 = changes.get("admin1") if "admin1" in changes else None
        for k, v in place_fields(location, admin1, changes.get("country", current.get("country")),
                                 keep_admin1=current.get("admin1") if "admin1" not in changes else None).items():
            out.setdefault(k, v)
        return out
    if "latitude" in changes or "longitude" in changes:
        lat = changes.get("latitude", current.get("latitude"))
        lon = changes.get("longitude", current.get("longitude"))
        if (lat is None) != (lon is None):
            raise ReviewError("latitude and longitude go together: set both, or clear both")
        if lat is not None:
            place, note = _geofields.point_divisions(float(lat), float(lon))
            if "country" in changes:  # the analyst's country wins; divisions only from a point inside it
                if place["iso"] != out.get("iso"):
                    place.update(admin1=None, admin2=None)
                    note += f"; the point is not in {changes['country']}: admin1 and admin2 cleared"
            for k, v in place.items():
                out.setdefault(k, v)
            # coordinates an analyst set are the event's point (ACLED/UCDP precision 1)
            out.setdefault("geo_precision", 1)
            out.setdefault("where_prec", 1)
            notes.append(note)
        return out
    if changes.get("country") is not None and not _same_country(changes["country"], current.get("country")):
        for k in ("admin1", "admin2", "admin3", "latitude", "longitude", "gazetteer_id"):
            out.setdefault(k, None)
        out.setdefault("geo_precision", 3)
        out.setdefault("where_prec", 6)
        notes.append(f"country changed from {current.get('country') or '—'} to {changes['country']}: "
                     "divisions and coordinates of the old country cleared")
    return out


def _same_country(a: Optional[str], b: Optional[str]) -> bool:
    if a is None or b is None:
        return a is b
    return _geofields.canonical_country(a)[:2] == _geofields.canonical_country(b)[:2]


def place_fields(location: Optional[str], admin1: Optional[str], country: Optional[str] = None,
                 keep_admin1: Optional[str] = None) -> dict[str, Any]:
    """Admin levels, coordinates and precision of a place named by an analyst: the most
    specific gazetteer entry of ``location`` inside ``admin1`` (when given), else the
    department ``admin1`` itself, else nothing (all cleared). ``keep_admin1``: the
    event's department when only the location changed (preferred, not required)."""
    from cronica.geo.gazetteer import open_gazetteer

    gaz = open_gazetteer()
    fold = _search.fold

    def pick(name: Optional[str], within: Optional[str], kinds=None):
        if not name:
            return None
        hits = [e for e in gaz.lookup(name) if not e.cue_only and (kinds is None or e.kind in kinds)]
        if within:
            inside = [e for e in hits if fold(within) in {fold(x) for x in e.admin1_set}]
            hits = inside
        if country:
            same = [e for e in hits if e.country and fold(e.country) == fold(country)]
            hits = same or hits
        if not hits:
            return None
        return min(hits, key=lambda e: (_KIND_RANK.get(e.kind, 9), -(e.population or 0), e.gid))

    e = None
    if location:
        if admin1:
            e = pick(location, admin1)
        else:
            e = (pick(location, keep_admin1) if keep_admin1 else None) or pick(location, None)
    if e is None and (admin1 or keep_admin1):
        e = pick(admin1 or keep_admin1, None, kinds=("admin1",))
    out: dict[str, Any] = {k: None for k in PLACE_FIELDS}
    if e is None:
        out["admin1"] = admin1 if admin1 is not None else keep_admin1
        out["country"] = country
        if out["admin1"]:
            out.update(geo_precision=3, where_prec=4)
        return out
    out.update(entry_place(e))
    out["admin1"] = e.admin1 or admin1
    if e.lat is None:
        out.update(geo_precision=3, where_prec=4 if out["admin1"] else 6)
    return out


def entry_place(e) -> dict[str, Any]:
    """The place fields of one gazetteer entry (its admin levels, coordinates, precision)."""
    geo, where = _KIND_PREC.get(e.kind, (3, 5))
    out = dict(admin1=e.admin1, admin2=e.admin2 if e.kind != "admin1" else None,
               admin3=e.admin3 if e.kind not in ("admin1", "admin2") else None, country=e.country,
               iso=e.iso, latitude=e.lat, longitude=e.lon, geo_precision=geo, where_prec=where,
               gazetteer_id=e.gid)
    if e.lat is None:
        out.update(geo_precision=3, where_prec=4 if e.admin1 else 6)
    return out
