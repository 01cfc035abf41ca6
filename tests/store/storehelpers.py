"""Helpers shared by tests/store and tests/export: build typed records directly
(no NLP), and per-test PostgreSQL schemas."""
from __future__ import annotations

import datetime as dt
import os
import uuid
from typing import Optional
from urllib.parse import quote

import pytest

from cronica.model import Actor, Count, DateValue, DocResult, Document, Event, Place, Span


def pg_schema_url(base: str, schema: str) -> str:
    from sqlalchemy import create_engine, text

    eng = create_engine(base)
    with eng.begin() as c:
        c.execute(text(f'CREATE SCHEMA "{schema}"'))
    eng.dispose()
    sep = "&" if "?" in base else "?"
    return f"{base}{sep}options={quote('-csearch_path=' + schema)}"


def drop_pg_schema(base: str, schema: str) -> None:
    from sqlalchemy import create_engine, text

    eng = create_engine(base)
    with eng.begin() as c:
        c.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
    eng.dispose()


PLACES = {
    "Pichari": dict(admin1="Cusco", admin2="La Convención", admin3="Pichari", lat=-12.52, lon=-73.83),
    "Llochegua": dict(admin1="Ayacucho", admin2="Huanta", admin3="Llochegua", lat=-12.41, lon=-73.91),
    "Vizcatán del Ene": dict(admin1="Junín", admin2="Satipo", admin3="Vizcatán del Ene", lat=-12.23, lon=-74.04),
    "Tocache": dict(admin1="San Martín", admin2="Tocache", admin3="Tocache", lat=-8.19, lon=-76.51),
    "Lima": dict(admin1="Lima", admin2="Lima", admin3="Lima", lat=-12.05, lon=-77.04),
}


def doc(doc_id: str, text: str, url: Optional[str] = None, published: Optional[str] = None) -> Document:
    return Document(id=doc_id, text=text, url=url, published=published)


def event(d: Document, typ: str = "attack", date: Optional[str] = "2012-05-03",
          place: Optional[str] = "Pichari", actor1: Optional[str] = "Sendero Luminoso",
          actor2: Optional[str] = "Ejército del Perú", killed: Optional[int] = None,
          killed_low: Optional[int] = None, killed_high: Optional[int] = None,
          wounded: Optional[int] = None, start: int = 0, end: Optional[int] = None,
          admin_only: bool = False, inter1: Optional[int] = 2, inter2: Optional[int] = 1,
          event_type: Optional[str] = "Battles") -> Event:
    end = len(d.text) if end is None else end
    dv = None
    if date:
        if len(date) == 10:
            s = e = dt.date.fromisoformat(date)
            prec = "day"
        elif len(date) == 7:
            s = dt.date.fromisoformat(date + "-01")
            e = dt.date(s.year + (s.month == 12), s.month % 12 + 1, 1) - dt.timedelta(days=1)
            prec = "month"
        else:
            s, e, prec = dt.date(int(date), 1, 1), dt.date(int(date), 12, 31), "year"
        dv = DateValue(date, prec, s, e, None)
    pl = None
    if place:
        p = PLACES[place]
        if admin_only:
            pl = Place(p["admin1"], admin1=p["admin1"], country="Peru", iso=604, geo_precision=3)
        else:
            pl = Place(place, p["admin1"], p["admin2"], p["admin3"], "Peru", 604, p["lat"], p["lon"], 1, 2)
    return Event(
        doc_id=d.id, type=typ, evidence=Span(start, end, d.text[start:end]), event_type=event_type,
        date=dv, place=pl,
        actor1=Actor(actor1, actor1, inter1) if actor1 else None,
        actor2=Actor(actor2, actor2, inter2) if actor2 else None,
        killed=Count(killed, killed_low if killed_low is not None else killed,
                     killed_high if killed_high is not None else killed)
        if (killed is not None or killed_low is not None) else None,
        wounded=Count(wounded) if wounded is not None else None, confidence=0.8)


def result(d: Document, *events: Event) -> DocResult:
    return DocResult(d, list(events))


# Two clashes a few kilometres apart across a department border (Pichari, Cusco and
# Llochegua, Ayacucho) on the same day, with different perpetrators and tolls, and a
# third report that names neither perpetrator nor toll: it agrees with each of them.
X_DOC = doc("x", "Texto propio X: columna armada ataca una patrulla en Pichari.")
Y_DOC = doc("y", "Texto propio Y: otro grupo hostiga a soldados cerca de Llochegua.")
Z_DOC = doc("z", "Texto propio Z: ataque a una patrulla del ejército en la zona.")


def x_report():
    return result(X_DOC, event(X_DOC, "attack", place="Pichari", actor1="Sendero Luminoso", killed=4))


def y_report():
    return result(Y_DOC, event(Y_DOC, "attack", place="Llochegua",
                               actor1="Movimiento Revolucionario Túpac Amaru", killed=1))


def z_report():
    return result(Z_DOC, event(Z_DOC, "attack", place="Pichari", actor1=None))


def write_corpus(folder, n_docs: int, events_per_doc: int = 2) -> tuple[str, str]:
    """A synthetic corpus (docs.jsonl + events.jsonl as `cronica extract` writes them).

    Documents 2k and 2k+1 report the same incidents (two outlets), so clustering
    must give n_docs/2 * events_per_doc incidents when every report is stored.
    """
    import json

    places = list(PLACES)
    docs_path, ev_path = folder / "docs.jsonl", folder / "events.jsonl"
    with open(docs_path, "w", encoding="utf-8") as fd, open(ev_path, "w", encoding="utf-8") as fe:
        for i in range(n_docs):
            pair = i // 2
            day = dt.date(2010, 1, 1) + dt.timedelta(days=7 * pair)
            sentences = []
            for k in range(events_per_doc):
                sentences.append(f"Informe sintético {i}, hecho {k}: ataque del {day + dt.timedelta(days=3 * k)}.")
            text = " ".join(sentences)
            d = doc(f"syn{i:05d}", text, url=f"https://medio{i % 2}.example/{i}")
            fd.write(json.dumps({"id": d.id, "text": d.text, "url": d.url}, ensure_ascii=False) + "\n")
            pos = 0
            for k, s in enumerate(sentences):
                when = (day + dt.timedelta(days=3 * k)).isoformat()
                ev = event(d, "attack", when, places[(pair + k) % len(places)], killed=1 + k + pair % 5,
                           start=pos, end=pos + len(s))
                fe.write(ev.to_json() + "\n")
                pos += len(s) + 1
    return str(docs_path), str(ev_path)


def consistency_problems(url: str) -> list[str]:
    """Invariants every committed state must satisfy (used after kills and races)."""
    from sqlalchemy import text

    from cronica.store.repository import make_engine

    checks = {
        "document n_events != stored events": """
            SELECT count(*) FROM documents d WHERE d.n_events !=
              (SELECT count(*) FROM events e WHERE e.document_pk = d.pk)""",
        "event without incident": "SELECT count(*) FROM events WHERE incident_pk IS NULL",
        "event without link": """SELECT count(*) FROM events e WHERE NOT EXISTS
              (SELECT 1 FROM incident_links l WHERE l.event_pk = e.pk)""",
        "incident size wrong": """
            SELECT count(*) FROM incidents i WHERE i.n_events !=
              (SELECT count(*) FROM events e WHERE e.incident_pk = i.pk AND e.is_current
               AND e.status != 'rejected')""",
        "two current versions": """SELECT count(*) FROM (SELECT doc_id FROM documents
              WHERE is_current GROUP BY doc_id HAVING count(*) > 1) x""",
        "incident with two reports of one document": """SELECT count(*) FROM (
              SELECT incident_pk, doc_id FROM events WHERE is_current
              GROUP BY incident_pk, doc_id HAVING count(*) > 1) x""",
        # the dedup blocks (0006, merges in block_merges since 0012): an incident lies in
        # one block, and a merged block points at a block that did not merge itself
        "incident over two blocks": """SELECT count(*) FROM (
              SELECT e.incident_pk FROM events e LEFT JOIN block_merges m ON m.block_id = e.block_id
              WHERE e.is_current AND e.status != 'rejected' AND e.incident_pk IS NOT NULL
              GROUP BY e.incident_pk HAVING count(DISTINCT coalesce(m.into_block, e.block_id)) > 1) x""",
        "block merged into a merged block": """SELECT count(*) FROM block_merges a
              JOIN block_merges b ON b.block_id = a.into_block""",
    }
    eng = make_engine(url)
    out = []
    with eng.connect() as c:
        for name, sql in checks.items():
            n = c.execute(text(sql)).scalar()
            if n:
                out.append(f"{name}: {n}")
        if c.dialect.name == "sqlite":
            ok = c.execute(text("PRAGMA integrity_check")).scalar()
            if ok != "ok":
                out.append(f"integrity_check: {ok}")
            # the text-search index holds exactly the rows of events (rank 1: compared
            # with the content table; it is filled per batch by the store, 0010)
            try:
                c.execute(text("INSERT INTO events_fts(events_fts, rank) VALUES ('integrity-check', 1)"))
            except Exception as exc:  # sqlite3.DatabaseError: "database disk image is malformed"
                out.append(f"events_fts out of step with events: {exc}")
    eng.dispose()
    return out


# ---------------------------------------------------------------- fixtures
# Imported by tests/store/conftest.py and tests/export/conftest.py: every test that
# takes ``db_url`` or ``store`` runs on SQLite (always) and on PostgreSQL when
# ``CRONICA_TEST_PG_URL`` points at a server; each PostgreSQL test gets its own schema.
BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


@pytest.fixture(params=BACKENDS)
def db_url(request, tmp_path):
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'cronica.db'}"
        return
    base = os.environ.get("CRONICA_TEST_PG_URL")
    if not base:
        pytest.skip("CRONICA_TEST_PG_URL not set (PostgreSQL tests run in .ci/run)")
    schema = "t_" + uuid.uuid4().hex[:12]
    url = pg_schema_url(base, schema)
    yield url
    drop_pg_schema(base, schema)


@pytest.fixture
def store(db_url):
    from cronica.store import open_store

    s = open_store(db_url)
    yield s
    s.close()
