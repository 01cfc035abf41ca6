"""The standard formats: columns, conventions, units (SQLite and PostgreSQL)."""
from __future__ import annotations

import csv
import io
import json

import pytest

from cronica.export import FORMATS, ExportError, ExportOptions, write
from cronica.store import EventFilter
from storehelpers import doc, event, result

ACLED = ("event_id_cnty, event_date, year, time_precision, disorder_type, event_type, sub_event_type, "
         "actor1, assoc_actor_1, inter1, actor2, assoc_actor_2, inter2, interaction, civilian_targeting, "
         "iso, region, country, admin1, admin2, admin3, location, latitude, longitude, geo_precision, "
         "source, source_scale, notes, fatalities, tags, timestamp").split(", ")
UCDP_REQUIRED = ("id, year, type_of_violence, side_a, side_b, where_prec, where_description, adm_1, "
                 "adm_2, latitude, longitude, date_prec, date_start, date_end, deaths_a, deaths_b, "
                 "deaths_civilians, deaths_unknown, best, high, low, source_article").split(", ")
GTD_REQUIRED = ("iyear, imonth, iday, approxdate, country_txt, provstate, city, latitude, longitude, "
                "specificity, attacktype1_txt, targtype1_txt, gname, nkill, nwound, ishostkid, "
                "nhostkid, summary").split(", ")


@pytest.fixture
def filled(store):
    a = doc("a", "Texto propio: emboscada con tres muertos.", "https://www.uno.example/a")
    b = doc("b", "Texto propio: ataque con cinco muertos.", "https://dos.example/b")
    c = doc("c", "Texto propio: asesinato de dos comuneros.", "https://tres.example/c")
    p = doc("p", "Texto propio: paro de transportistas.", None)
    m = doc("m", "Texto propio: secuestro en febrero.", None)
    store.ingest([
        result(a, event(a, "ambush", killed=3, wounded=4)),
        result(b, event(b, "attack", killed=5, wounded=3)),
        result(c, event(c, "killing", date="2013-08-20", place="Llochegua", actor2="Comuneros",
                        inter2=7, killed=2, event_type="Violence against civilians")),
        result(p, event(p, "protest", date="2014-01-10", place="Lima", actor1="Transportistas",
                        actor2=None, inter1=6, inter2=None, event_type="Protests")),
        result(m, event(m, "kidnapping", date="2015-02", place="Tocache", actor2="Ingeniero",
                        inter2=7, event_type="Violence against civilians")),
    ])
    return store


def _csv(store, fmt, unit="event", f=None, options=None):
    buf = io.StringIO()
    n = write(store, fmt, unit=unit, out=buf, f=f, options=options)
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert len(rows) == n
    header = buf.getvalue().splitlines()[0].split(",")
    return header, rows


def test_acled_columns_and_conventions(filled):
    header, rows = _csv(filled, "acled", "incident", options=ExportOptions(acled_inter="codes"))
    assert header == ACLED
    assert len(rows) == 4  # a+b merged
    merged = next(r for r in rows if "uno.example" in r["source"])
    assert merged["source"] == "uno.example; dos.example"
    assert merged["fatalities"] == "3"  # the most conservative report
    assert merged["interaction"] == "12" and merged["disorder_type"] == "Political violence"
    assert merged["event_id_cnty"].startswith("PER") and merged["iso"] == "604"
    assert merged["event_date"] == "2012-05-03" and merged["year"] == "2012"
    assert merged["time_precision"] == "1" and merged["region"] == "South America"
    killing = next(r for r in rows if r["event_type"] == "Violence against civilians"
                   and r["admin1"] == "Ayacucho")
    assert killing["civilian_targeting"] == "Civilian targeting" and killing["interaction"] == "27"
    protest = next(r for r in rows if r["event_type"] == "Protests")
    assert protest["interaction"] == "60" and protest["fatalities"] == "0"
    assert protest["disorder_type"] == "Demonstrations"
    month = next(r for r in rows if r["admin1"] == "San Martín")
    assert month["time_precision"] == "3" and month["event_date"] == "2015-02-01"
    _, ev_rows = _csv(filled, "acled", "event")
    assert len(ev_rows) == 5
    # the API's default form: text labels
    assert {r["interaction"] for r in ev_rows} >= {"State forces-Rebel group", "Protesters only"}


def test_ucdp_columns_types_and_estimates(filled):
    header, rows = _csv(filled, "ucdp", "incident")
    assert set(UCDP_REQUIRED) <= set(header) and header[0] == "id"  # GED column order
    assert len(rows) == 2  # protest and kidnapping are not UCDP GED events
    merged = next(r for r in rows if r["number_of_sources"] == "2")
    assert (merged["low"], merged["best"], merged["high"]) == ("3", "3", "5")
    assert merged["type_of_violence"] == "1"
    assert merged["side_a"] == "Government of Peru" and merged["side_b"] == "Sendero Luminoso"
    assert merged["date_prec"] == "1" and merged["country_id"] == "135"
    assert merged["geom_wkt"] == "POINT (-73.83 -12.52)" and merged["priogrid_gid"]
    one_sided = next(r for r in rows if r["number_of_sources"] == "1")
    assert one_sided["type_of_violence"] == "3" and one_sided["side_b"] == "Civilians"
    assert one_sided["deaths_civilians"] == "2" and one_sided["deaths_unknown"] == "0"


def test_gtd_columns_and_dates(filled):
    header, rows = _csv(filled, "gtd", "event")
    assert [c for c in header if c in GTD_REQUIRED] == GTD_REQUIRED
    assert {r["attacktype1_txt"] for r in rows} == {"Armed Assault", "Hostage Taking (Kidnapping)"}
    kid = next(r for r in rows if r["attacktype1_txt"].startswith("Hostage"))
    assert (kid["iyear"], kid["imonth"], kid["iday"], kid["approxdate"]) == ("2015", "2", "0", "2015-02")
    assert kid["ishostkid"] == "1" and kid["nhostkid"] == "-99"
    assert kid["targtype1_txt"] == "Private Citizens & Property"
    amb = next(r for r in rows if r["nkill"] == "3")
    assert amb["targtype1_txt"] == "Military" and amb["gname"] == "Sendero Luminoso"
    assert amb["country_txt"] == "Peru" and amb["provstate"] == "Cusco" and amb["specificity"] == "1"


def test_plover_jsonl(filled):
    buf = io.StringIO()
    n = write(filled, "plover", unit="event", out=buf)
    recs = [json.loads(x) for x in buf.getvalue().splitlines()]
    assert n == len(recs) == 5
    r = recs[0]
    assert {"id", "event_date", "event_type", "actor", "recipient", "location", "text"} <= set(r)
    assert r["location"]["iso3"] == "PER"


def test_geojson_is_a_feature_collection(filled):
    buf = io.StringIO()
    n = write(filled, "geojson", unit="incident", out=buf)
    fc = json.loads(buf.getvalue())
    assert fc["type"] == "FeatureCollection" and len(fc["features"]) == n == 4
    f = fc["features"][0]
    assert f["geometry"]["type"] == "Point" and len(f["geometry"]["coordinates"]) == 2
    assert "members" not in f["properties"] and f["properties"]["sources"]


def test_geojson_empty_and_unlocated(store):
    d = doc("u", "Texto propio sin lugar.")
    store.ingest([result(d, event(d, place=None))])
    buf = io.StringIO()
    write(store, "geojson", out=buf)
    assert json.loads(buf.getvalue())["features"][0]["geometry"] is None
    buf = io.StringIO()
    assert write(store, "geojson", out=buf, f=EventFilter(type="protest")) == 0
    assert json.loads(buf.getvalue()) == {"type": "FeatureCollection", "features": []}


def test_parquet(filled, tmp_path):
    import pyarrow.parquet as pq

    from cronica.model import EVENT_KEYS

    p = tmp_path / "e.parquet"
    assert write(filled, "parquet", unit="event", out=p) == 5
    t = pq.read_table(p)
    assert t.column_names[: len(EVENT_KEYS)] == list(EVENT_KEYS)
    rows = t.to_pylist()
    assert all(json.loads(r["spans"])["evidence"] for r in rows)
    p2 = tmp_path / "i.parquet"
    assert write(filled, "parquet", unit="incident", out=p2) == 4
    inc = pq.read_table(p2).to_pylist()
    assert max(len(r["sources"]) for r in inc) == 2


def test_rows_instead_of_store(filled):
    rows, _ = filled.query_events(EventFilter(type="ambush"))
    buf = io.StringIO()
    assert write(rows, "acled", out=buf) == 1


def test_rejected_events_are_not_exported(filled):
    rows, _ = filled.query_events(EventFilter(type="protest"))
    filled.review(rows[0]["event_id"], "reject", author="ana")
    _, out = _csv(filled, "acled", "event")
    assert len(out) == 4
    _, inc = _csv(filled, "acled", "incident")
    assert len(inc) == 3


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_writes_a_file(filled, tmp_path, fmt):
    p = tmp_path / f"out.{fmt}"
    assert write(filled, fmt, unit="incident", out=str(p)) > 0
    assert p.stat().st_size > 0


def test_bad_format_and_unit(filled):
    with pytest.raises(ExportError):
        write(filled, "xlsx")
    with pytest.raises(ExportError):
        write(filled, "jsonl", unit="document")
