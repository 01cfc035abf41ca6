"""Synthetic stored events in three countries for the web API tests (incidents, country,
fatalities, undated and unlocated events): our own Spanish sentences, typed records,
stored through the store's public ``ingest`` (no spaCy needed)."""
from __future__ import annotations

import datetime as _dt

from cronica.model import Count, DateValue, DocResult, Document, Event, Place, Span

# (doc id, url, text, [(type, evidence, date (value, precision) | None, place | None, killed)])
# place: (name, admin1, admin2, country, iso, lat, lon)
DOCS = [
    ("mx-1", "https://www.diario-norte.example/nota/1",
     "Culiacán, 4 de febrero de 2019. Un grupo armado atacó a balazos una patrulla municipal en "
     "Culiacán y mató a cinco agentes.",
     [("attack", "Un grupo armado atacó a balazos una patrulla municipal en Culiacán y mató a cinco agentes.",
       ("2019-02-04", "day"), ("Culiacán", "Sinaloa", "Culiacán", "México", 484, 24.8, -107.39), 5)]),
    ("mx-2", "https://diario-norte.example/nota/2",
     "Fuentes policiales dijeron el 6 de febrero de 2019 que el ataque contra la patrulla de "
     "Culiacán dejó cinco agentes muertos.",
     [("attack", "el ataque contra la patrulla de Culiacán dejó cinco agentes muertos.",
       ("2019-02-06", "day"), ("Culiacán", "Sinaloa", "Culiacán", "México", 484, 24.8, -107.39), 5)]),
    ("co-1", "https://noticias-sur.example/a/7",
     "En Tumaco, a mediados de marzo de 2019, disidencias armadas se enfrentaron con el ejército; "
     "murieron dos combatientes.",
     [("armed_clash", "disidencias armadas se enfrentaron con el ejército; murieron dos combatientes.",
       ("2019-03", "month"), ("Tumaco", "Nariño", "Tumaco", "Colombia", 170, 1.8, -78.76), 2)]),
    ("co-2", "https://noticias-sur.example/a/8",
     "Un líder comunitario fue asesinado, informó una organización local, sin precisar cuándo ni dónde.",
     [("killing", "Un líder comunitario fue asesinado", None, None, 1)]),
]


def _span(text: str, phrase: str) -> Span:
    start = text.index(phrase)
    return Span(start, start + len(phrase), phrase)


def _result(doc_id, url, text, specs) -> DocResult:
    doc = Document(id=doc_id, text=text, published="2019-04-01", title=f"Nota {doc_id}", url=url)
    events = []
    for etype, evidence, date, place, killed in specs:
        ev = _span(text, evidence)
        dv = None
        if date:
            value, prec = date
            if prec == "day":
                start = end = _dt.date.fromisoformat(value)
            else:
                start = _dt.date.fromisoformat(value + "-01")
                end = (start.replace(day=28) + _dt.timedelta(days=4)).replace(day=1) - _dt.timedelta(days=1)
            dv = DateValue(value, prec, start, end, None)
        pl = None
        if place:
            name, a1, a2, country, iso, lat, lon = place
            pl = Place(name, a1, a2, None, country, iso, lat, lon, 1, 2, None, _span(text, name))
        k = Count(killed, killed, killed, None) if killed is not None else None
        events.append(Event(doc_id=doc_id, type=etype, evidence=ev, date=dv, place=pl, killed=k,
                            confidence=0.7 if place else 0.4, trigger=None))
    return DocResult(doc=doc, events=events)


def populate_world(store) -> dict[str, str]:
    """Store the documents; returns {doc_id: event_id}."""
    results = [_result(*d) for d in DOCS]
    store.ingest(results)
    return {r.doc.id: r.events[0].event_id for r in results}
