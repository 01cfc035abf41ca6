"""A year-precision event counts under its year in monthly statistics (issue 13,
item 14): the page's timeline, which is monthly, leaves it out instead of failing."""
from __future__ import annotations

import datetime as dt

from cronica.model import DateValue, DocResult, Document, Event, Span


def test_timeline_ignores_year_only_events_and_stats_list_them(client, web_store):
    text = "Durante 2010 hubo un ataque en la zona."
    d = Document(id="anual", text=text)
    ev = Event(doc_id="anual", type="attack", evidence=Span(0, len(text), text),
               date=DateValue("2010", "year", dt.date(2010, 1, 1), dt.date(2010, 12, 31), None))
    web_store.ingest([DocResult(d, [ev])])
    r = client.get("/api/timeline")
    assert r.status_code == 200
    assert r.json()["months"][0] == "2014-05" and "2010" not in r.json()["months"]
    keys = [row["key"] for row in client.get("/api/stats", params={"by": "month"}).json()["items"]]
    assert "2010" in keys and "2010-01" not in keys
