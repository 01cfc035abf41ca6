"""Country names stored in one spelling, and place fields that follow an analyst's edit
(issue 13 item 10, issue 15 item 10): coordinates re-derive country and divisions from
the gazetteer, or clear them with a note; on SQLite and PostgreSQL."""
from __future__ import annotations

import dataclasses

import pytest

from cronica.model import Place
from cronica.store import EventFilter, ReviewError
from storehelpers import doc, event, result

TA = "Hombres armados atacaron el 3 de mayo de 2012 una comisaría en Culiacán; murió un agente."
TB = "Un agente murió en un ataque contra una comisaría de Culiacán, el 4 de mayo de 2012."
TC = "En Pichari, el 9 de mayo de 2012, una emboscada dejó dos soldados muertos."


def _mx(d, country, iso, **kw):
    ev = event(d, "attack", killed=1, place="Pichari", **kw)
    place = Place("Culiacán", "Sinaloa", "Culiacán", None, country, iso, 24.8, -107.39, 1, 1, None, None)
    return dataclasses.replace(ev, place=place)


@pytest.fixture
def spelled(store):
    """The same country written three ways by imported records."""
    a, b = doc("a", TA, "https://uno.example/a"), doc("b", TB, "https://dos.example/b")
    c = doc("c", TC, "https://tres.example/c")
    ea, eb = _mx(a, "México", None), _mx(b, "MEXICO", 484)
    ec = event(c, "ambush", killed=2, date="2012-05-09")
    store.ingest([result(a, ea), result(b, eb), result(c, ec)])
    return ea.event_id, eb.event_id, ec.event_id


def test_imported_country_spellings_are_stored_as_the_gazetteers(store, spelled):
    ea, eb, ec = spelled
    assert {(store.get_event(e)["country"], store.get_event(e)["iso"]) for e in (ea, eb)} == {("Mexico", 484)}
    assert store.get_event(ec)["country"] == "Peru"


def test_stats_by_country_one_row_per_country(store, spelled):
    ea, eb, ec = spelled
    # a gazetteer edit of the Peruvian report writes the gazetteer's spelling as well
    store.review(ec, "edit", {"country": "méxico", "location": "Culiacán", "admin1": "Sinaloa"},
                 reason="lugar corregido", author="ana")
    assert store.get_event(ec)["country"] == "Mexico" and store.get_event(ec)["iso"] == 484
    rows = store.stats("country")
    assert [r["key"] for r in rows] == ["Mexico"]
    assert rows[0]["events"] == 3
    by_a1 = store.stats("admin1")
    assert {(r["key"], r["country"]) for r in by_a1} == {("Sinaloa", "Mexico")}
    # a filter in any spelling, in any language the gazetteer knows
    for q in ("México", "mexico", "Mexico"):
        assert store.query_events(EventFilter(country=q))[1] == 3


def test_stats_fold_spellings_stored_before(store, spelled):
    """Rows written before the store spelled countries one way still come out as one row."""
    from sqlalchemy import update

    from cronica.store.schema import Base

    ea, eb, ec = spelled
    inc = store.get_event(ea)["incident_id"]
    with store.engine.begin() as conn:
        conn.execute(update(Base.metadata.tables["incidents"]).where(
            Base.metadata.tables["incidents"].c.pk == inc).values(country="México"))
        conn.execute(update(Base.metadata.tables["incidents"]).where(
            Base.metadata.tables["incidents"].c.pk == store.get_event(ec)["incident_id"]).values(country="España"))
    got = store.stats("country")
    assert [r["key"] for r in got] == ["Mexico", "Spain"]  # in the order of the names written now
    rows = {r["key"]: r for r in got}
    assert rows["Mexico"]["incidents"] == 1 and rows["Mexico"]["events"] == 2
    assert {(r["key"], r["country"]) for r in store.stats("admin1")} >= {("Sinaloa", "Mexico")}


def test_country_edit_refuses_an_unknown_country(store, spelled):
    with pytest.raises(ReviewError, match="country"):
        store.review(spelled[2], "edit", {"country": "Narnia"}, reason="x", author="ana")


def test_country_edit_clears_the_old_countrys_divisions(store, spelled):
    out = store.review(spelled[2], "edit", {"country": "Colombia"}, reason="otro país", author="ana")
    assert (out["country"], out["iso"]) == ("Colombia", 170)
    assert out["admin1"] is None and out["admin2"] is None and out["latitude"] is None
    assert "cleared" in out["history"][-1]["fields"]["derived"]


def test_coordinate_edit_rederives_country_and_divisions(store, spelled):
    ec = spelled[2]  # Pichari (Cusco, Peru)
    out = store.review(ec, "edit", {"latitude": 24.81, "longitude": -107.40},
                       reason="coordenadas del lugar", author="ana")
    assert (out["latitude"], out["longitude"]) == (24.81, -107.40)
    assert (out["country"], out["iso"], out["admin1"]) == ("Mexico", 484, "Sinaloa")
    assert out["admin3"] is None and out["gazetteer_id"] is None and out["geo_precision"] == 1
    note = out["history"][-1]["fields"]["derived"]
    assert "nearest gazetteer" in note and "Sinaloa" in note
    # and in Peru: the division of the nearest district point
    out = store.review(ec, "edit", {"latitude": -13.16, "longitude": -74.22},
                       reason="otra vez", author="ana")
    assert (out["country"], out["admin1"], out["admin2"]) == ("Peru", "Ayacucho", "Huamanga")
    rows = {r["key"]: r for r in store.stats("country")}
    assert rows["Peru"]["events"] == 1


def test_coordinate_edit_far_from_any_place_clears_with_a_note(store, spelled):
    out = store.review(spelled[2], "edit", {"latitude": -30.0, "longitude": -100.0},
                       reason="en el mar", author="ana")
    assert (out["country"], out["iso"], out["admin1"], out["admin2"]) == (None, None, None, None)
    assert "cleared" in out["history"][-1]["fields"]["derived"]


def test_coordinate_edit_needs_both_coordinates(store, spelled):
    ec = spelled[2]
    store.review(ec, "edit", {"latitude": None, "longitude": None}, reason="sin lugar", author="ana")
    with pytest.raises(ReviewError, match="latitude and longitude"):
        store.review(ec, "edit", {"latitude": 3.0}, reason="x", author="ana")


def test_explicit_fields_win_over_the_point(store, spelled):
    out = store.review(spelled[2], "edit", {"latitude": 24.81, "longitude": -107.40, "admin2": "Culiacán"},
                       reason="con municipio", author="ana")
    assert (out["admin1"], out["admin2"]) == ("Sinaloa", "Culiacán")
