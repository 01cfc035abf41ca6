"""Helpers shared by tests/store and tests/export: build typed records directly
(no NLP), and per-test PostgreSQL schemas."""
from __future__ import annotations

import datetime as dt
from typing import Optional
from urllib.parse import quote

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
