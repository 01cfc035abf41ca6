"""Synthetic stored events for the web tests: our own Spanish sentences, typed records,
stored through the store's public ``ingest`` (no spaCy needed)."""
from __future__ import annotations

import datetime as _dt
from contextlib import contextmanager

from cronica.model import Actor, Count, DateValue, DocResult, Document, Event, Place, Span

# (doc id, text, events: (type, evidence phrase, trigger word, date, place, lon, lat, admin1,
#  actor1 words, actor1 name, inter1, killed words, killed))
DOCS = [
    ("web-a", "Huanta, 3 de mayo de 2014. Una columna de Sendero Luminoso emboscó a una patrulla "
              "militar cerca de Llochegua y mató a tres soldados. Los heridos fueron evacuados.",
     [("ambush", "Una columna de Sendero Luminoso emboscó a una patrulla militar cerca de Llochegua "
                 "y mató a tres soldados.", "emboscó", ("2014-05-03", "day"), "Llochegua",
       -74.15, -12.41, "Ayacucho", "Sendero Luminoso", "Sendero Luminoso", 2, "tres soldados", 3)]),
    ("web-b", "La policía detuvo el 10 de junio de 2015 a cuatro presuntos narcotraficantes en "
              "Pichari, en el Cusco. En otra operación, agentes incautaron dos fusiles.",
     [("arrest", "La policía detuvo el 10 de junio de 2015 a cuatro presuntos narcotraficantes en "
                 "Pichari, en el Cusco.", "detuvo", ("2015-06-10", "day"), "Pichari",
       -74.01, -12.52, "Cusco", "La policía", "Policía Nacional del Perú", 1, None, None),
      ("seizure", "En otra operación, agentes incautaron dos fusiles.", "incautaron", None, None,
       None, None, None, None, None, None, None, None)]),
    ("web-c", "Miles de agricultores marcharon en Puno en marzo de 2016 contra la minería. "
              "No hubo heridos.",
     [("protest", "Miles de agricultores marcharon en Puno en marzo de 2016 contra la minería.",
       "marcharon", ("2016-03", "month"), "Puno", -70.02, -15.84, "Puno", "Miles de agricultores",
       "Agricultores", 6, None, None)]),
]


# the target of an event: (name, words, inter)
TARGETS = {("web-a", "ambush"): ("Ejército del Perú", "una patrulla militar", 1)}


def _span(text: str, phrase: str, within: Span | None = None) -> Span:
    start = text.index(phrase, within.start if within else 0)
    return Span(start, start + len(phrase), phrase)


def make_result(doc_id: str, text: str, specs) -> DocResult:
    doc = Document(id=doc_id, text=text, published="2016-04-01", title=f"Nota {doc_id}",
                   url=f"https://example.org/{doc_id}")
    events = []
    for (etype, evidence, trigger, date, place, lon, lat, admin1, a1_words, a1_name, inter1,
         k_words, killed) in specs:
        ev = _span(text, evidence)
        dv = None
        if date:
            value, prec = date
            if prec == "day":
                d = _dt.date.fromisoformat(value)
                start = end = d
            else:
                start = _dt.date.fromisoformat(value + "-01")
                end = (start.replace(day=28) + _dt.timedelta(days=4)).replace(day=1) - _dt.timedelta(days=1)
            words = {"day": None, "month": "marzo de 2016"}.get(prec)
            dspan = _span(text, words, ev) if words else None
            dv = DateValue(value, prec, start, end, dspan)
        pl = None
        if place:
            pl = Place(place, admin1, None, None, "Peru", 604, lat, lon, 1, 2, None, _span(text, place, ev))
        a1 = Actor(a1_name, a1_words, inter1, _span(text, a1_words, ev)) if a1_words else None
        k = Count(killed, killed, killed, _span(text, k_words, ev)) if k_words else None
        a2 = TARGETS.get((doc_id, etype))
        events.append(Event(doc_id=doc_id, type=etype, evidence=ev, date=dv, place=pl, actor1=a1,
                            actor2=Actor(a2[0], a2[1], a2[2], _span(text, a2[1], ev)) if a2 else None,
                            killed=k, confidence=0.8, trigger=_span(text, trigger, ev)))
    return DocResult(doc=doc, events=events)


def populate(store) -> dict[str, str]:
    """Store the synthetic documents; returns {type: event_id}."""
    results = [make_result(*d) for d in DOCS]
    store.ingest(results)
    return {e.type: e.event_id for r in results for e in r.events}


@contextmanager
def pg_app_client(base: str, *populators):
    """A TestClient of the app on a fresh PostgreSQL schema of ``base``, filled by each of
    ``populators`` (store -> ids); the schema is dropped afterwards."""
    import uuid
    from urllib.parse import quote

    from fastapi.testclient import TestClient
    from sqlalchemy import create_engine, text

    from cronica.store import open_store
    from cronica.web import WebSettings, create_app

    schema = "w_" + uuid.uuid4().hex[:12]
    eng = create_engine(base)
    with eng.begin() as c:
        c.execute(text(f'CREATE SCHEMA "{schema}"'))
    sep = "&" if "?" in base else "?"
    store = open_store(f"{base}{sep}options={quote('-csearch_path=' + schema)}")
    try:
        ids: dict[str, str] = {}
        for fill in populators:
            ids.update(fill(store))
        with TestClient(create_app(WebSettings(token="pg"), store=store)) as c:
            c.ids = ids
            yield c
    finally:
        store.close()
        with eng.begin() as c:
            c.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        eng.dispose()
