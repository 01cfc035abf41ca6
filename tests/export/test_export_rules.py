"""Each format's own rules: what it holds, its codes and identifiers (issue: exports that
load into ACLED, UCDP and GTD workflows unchanged). Sentences are our own writing;
the store runs on SQLite and PostgreSQL."""
from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pytest

from cronica.export import ExportOptions, ExportReport, write
from cronica.model import Actor, Count, DateValue, DocResult, Document, Event, Place, Span

PLACES = {
    "Cáceres": Place("Cáceres", "Antioquia", "Cáceres", None, "Colombia", 170, 7.58, -75.35, 1, 2),
    "Culiacán": Place("Culiacán", "Sinaloa", "Culiacán", None, "Mexico", 484, 24.80, -107.39, 1, 2),
    "Guayaquil": Place("Guayaquil", "Guayas", "Guayaquil", None, "Ecuador", 218, -2.19, -79.89, 1, 2),
    "Pichari": Place("Pichari", "Cusco", "La Convención", "Pichari", "Peru", 604, -12.52, -73.83, 1, 2),
    "Cauca": Place("Cauca", "Cauca", None, None, "Colombia", 170, None, None, 3, 4),
}


def _date(value):
    if value is None:
        return None
    if len(value) == 10:
        d = dt.date.fromisoformat(value)
        return DateValue(value, "day", d, d)
    if "/" in value:  # a range "YYYY-MM-DD/YYYY-MM-DD" at day precision
        a, b = (dt.date.fromisoformat(x) for x in value.split("/"))
        return DateValue(a.isoformat(), "day", a, b)
    if len(value) == 7:
        a = dt.date.fromisoformat(value + "-01")
        b = dt.date(a.year + (a.month == 12), a.month % 12 + 1, 1) - dt.timedelta(days=1)
        return DateValue(value, "month", a, b)
    return DateValue(value, "year", dt.date(int(value), 1, 1), dt.date(int(value), 12, 31))


def _event(doc, typ, date, place, a1, i1, a2, i2, killed=None, event_type=None, sub=None,
           cameo=None, plover=None, kidnapped=None, wounded=None):
    return Event(
        doc_id=doc.id, type=typ, evidence=Span(0, len(doc.text), doc.text), event_type=event_type,
        sub_event_type=sub, cameo=cameo, plover=plover, date=_date(date),
        place=PLACES[place] if place else None,
        actor1=Actor(a1, a1, i1) if a1 else None, actor2=Actor(a2, a2, i2) if a2 else None,
        killed=Count(killed, killed, killed) if killed is not None else None,
        kidnapped=Count(kidnapped) if kidnapped is not None else None,
        wounded=Count(wounded) if wounded is not None else None, confidence=0.8)


# (doc id, text of our own, url, published, title, event args)
REPORTS = [
    ("co1", "Disidencias atacaron una patrulla del Ejército de Colombia en Cáceres; murieron tres soldados "
            "y dos quedaron heridos.",
     "https://www.diario.co/a", "2024-03-05", "Ataque a patrulla en Cáceres",
     ("attack", "2024-03-04", "Cáceres", "Disidencias de las FARC", 2, "Ejército de Colombia", 1, 3,
      "Battles", "Armed clash", "190", "ASSAULT")),
    ("co2", "Hombres armados sin identificar asesinaron a un líder social en Cauca.",
     "https://t.me/canal/1", "2024-04-02", None,
     ("killing", "2024-04-01", "Cauca", None, None, "líder social", 7, 1,
      "Violence against civilians", "Attack", "186", "ASSAULT")),
    ("mx1", "Un enfrentamiento entre el CJNG y el Cártel de Sinaloa dejó cinco muertos en Culiacán.",
     "https://www.efe.com/mx/1", "2023-09-10", "Choque armado en Culiacán",
     ("armed_clash", "2023-09-08/2023-09-10", "Culiacán", "Cártel Jalisco Nueva Generación", 3,
      "Cártel de Sinaloa", 3, 5, "Battles", "Armed clash", "190", "ASSAULT")),
    ("mx2", "Un comando secuestró a dos soldados mexicanos en Culiacán; no hubo muertos.",
     "https://www.noticias.mx/2", "2023-10-01", None,
     ("kidnapping", "2023-09", "Culiacán", "Cártel de Sinaloa", 3, "Ejército Mexicano", 1, None,
      "Violence against civilians", "Abduction/forced disappearance", "181", "ASSAULT")),
    ("ec1", "Las Fuerzas Armadas abatieron a dos integrantes de Los Lobos en Guayaquil.",
     "https://www.diario.ec/3", "2024-01-15", None,
     ("security_operation", "2024-01-14", "Guayaquil", "Fuerzas Armadas del Ecuador", 1, "Los Lobos", 3,
      2, "Strategic developments", "Other", "190", "ASSAULT")),
    ("ec2", "Una masacre atribuida a Los Choneros dejó treinta reos muertos en una cárcel de Guayaquil.",
     "https://www.diario.ec/4", "2021-09-29", None,
     ("killing", "2021-09-28", "Guayaquil", "Los Choneros", 3, "reos", 7, 30,
      "Violence against civilians", "Attack", "180", "ASSAULT")),
    ("pe1", "Policías de la Policía Nacional del Perú detuvieron a un cabecilla en Pichari.",
     None, "2022-05-02", None,
     ("arrest", "2022-05-01", "Pichari", "Policía Nacional del Perú", 1, "cabecilla", 2, None,
      "Strategic developments", "Arrests", "173", "COERCE")),
    ("nd", "Un atentado sin fecha ni lugar conocidos mató a cuatro personas.", None, None, None,
     ("bombing", None, None, None, None, None, None, 4, "Explosions/Remote violence",
      "Remote explosive/landmine/IED", "183", "ASSAULT")),
    ("nl", "En 2019 un grupo armado mató a un comerciante, según un informe.", None, None, None,
     ("killing", "2019", None, None, None, "comerciante", 7, 1, "Violence against civilians",
      "Attack", "180", "ASSAULT")),
    ("z0", "Una columna armada hostigó una base militar en Cauca sin causar víctimas.",
     None, "2024-02-11", None,
     ("attack", "2024-02-10", "Cauca", "Grupo armado no identificado", 3, "Ejército de Colombia", 1, 0,
      "Battles", "Armed clash", "190", "ASSAULT")),
]


WOUNDED = {"co1": 2}


@pytest.fixture
def world(store):
    results = []
    for doc_id, text, url, published, title, args in REPORTS:
        d = Document(id=doc_id, text=text, url=url, published=published, title=title)
        typ, date, place, a1, i1, a2, i2, killed, et, sub, cameo, plover = args
        results.append(DocResult(d, [_event(d, typ, date, place, a1, i1, a2, i2, killed, et, sub,
                                            cameo, plover, wounded=WOUNDED.get(doc_id))]))
    store.ingest(results)
    return store


def _csv(source, fmt, unit="event", options=None, report=None):
    buf = io.StringIO()
    n = write(source, fmt, unit=unit, out=buf, options=options, report=report)
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert len(rows) == n
    return rows


def _rows_by_doc(store, rows, key):
    """Exported rows by the document they came from (their ids are the events' stable ints)."""
    from cronica.export.common import stable_int

    uid = {str(stable_int(e["event_id"])): e["doc_id"] for e in store.iter_events()}
    out = {}
    for r in rows:
        digits = "".join(ch for ch in r[key] if ch.isdigit())
        out[uid[digits]] = r
    return out


# ---------------------------------------------------------------- ACLED
def test_acled_holds_dated_located_events_and_says_what_it_left_out(world):
    report = ExportReport()
    rows = _csv(world, "acled", report=report)
    assert len(rows) == len(REPORTS) - 2
    assert report.left_out == {"undated": 1, "unlocated (no country)": 1}
    assert all(r["event_date"] and r["year"] and r["country"] and r["actor1"] for r in rows)
    assert not any(r["event_id_cnty"].startswith("XXX") for r in rows)
    every = _csv(world, "acled", options=ExportOptions(include_all=True))
    assert len(every) == len(REPORTS)


def test_acled_actor1_interaction_and_civilian_targeting(world):
    by = _rows_by_doc(world, _csv(world, "acled", options=ExportOptions(acled_inter="codes")),
                      "event_id_cnty")
    leader = by["co2"]
    assert leader["actor1"] == "Unidentified Armed Group (Colombia)" and leader["inter1"] == "3"
    assert leader["interaction"] == "37" and leader["civilian_targeting"] == "Civilian targeting"
    assert by["ec2"]["civilian_targeting"] == "Civilian targeting"
    assert by["co1"]["interaction"] == "12" and by["co1"]["civilian_targeting"] == ""
    # soldiers abducted: not violence against civilians
    assert by["mx2"]["event_type"] != "Violence against civilians"
    assert by["mx2"]["civilian_targeting"] == ""
    # people killed fighting armed forces: a Battle, not a strategic development
    assert (by["ec1"]["event_type"], by["ec1"]["sub_event_type"]) == ("Battles", "Armed clash")
    # arrests by police stay strategic developments
    assert by["pe1"]["event_type"] == "Strategic developments"
    assert by["mx1"]["region"] == "Central America" and by["mx1"]["event_id_cnty"].startswith("MEX")
    labels = _csv(world, "acled")
    assert {r["inter1"] for r in labels} <= {"State forces", "Rebel group", "Political militia",
                                             "Identity militia", "Rioters", "Protesters",
                                             "Civilians", "External/Other forces"}


def test_acled_notes_are_a_summary_and_sources_have_a_scale(world):
    rows = _csv(world, "acled")
    spanish = {t for _, t, *_ in REPORTS}
    for r in rows:
        assert r["notes"] not in spanish and r["notes"].startswith(("On ", "In "))
    scales = {r["source"]: r["source_scale"] for r in rows}
    assert scales["diario.co"] == "National" and scales["efe.com"] == "International"
    assert scales["t.me"] == "New media"


def test_acled_ids_and_timestamps_are_stable_and_follow_changes(world):
    first = {r["event_id_cnty"]: r for r in _csv(world, "acled")}
    again = {r["event_id_cnty"]: r for r in _csv(world, "acled")}
    assert first.keys() == again.keys()
    assert {k: r["timestamp"] for k, r in first.items()} == {k: r["timestamp"] for k, r in again.items()}
    before = {e["event_id"]: e["updated_at"] for e in world.iter_events()}
    target = next(e for e in world.iter_events() if e["doc_id"] == "co1")
    world.review(target["event_id"], "edit", {"killed": 4}, reason="cifra corregida", author="ana")
    now = {e["event_id"]: e["updated_at"] for e in world.iter_events()}
    assert [k for k in now if now[k] != before[k]] == [target["event_id"]]
    after = _rows_by_doc(world, _csv(world, "acled"), "event_id_cnty")
    changed = dt.datetime.fromisoformat(now[target["event_id"]]).replace(tzinfo=dt.timezone.utc)
    assert after["co1"]["timestamp"] == str(int(changed.timestamp()))
    assert after["co1"]["fatalities"] == "4"
    # the same document ingested again keeps its ids
    d = Document(id="co1", text=REPORTS[0][1], url=REPORTS[0][2], published=REPORTS[0][3])
    world.ingest([DocResult(d, [_event(d, *REPORTS[0][5][:8], *REPORTS[0][5][8:])])])
    assert {r["event_id_cnty"] for r in _csv(world, "acled")} == set(first)


# ---------------------------------------------------------------- UCDP
def test_ucdp_holds_organised_violence_with_deaths_and_known_sides(world):
    report = ExportReport()
    rows = _csv(world, "ucdp", report=report)
    assert rows and all(r["type_of_violence"] in ("1", "2", "3") for r in rows)
    assert all(int(r["best"]) >= 1 for r in rows)
    assert all(r["side_a"] and r["side_b"] for r in rows)
    assert report.left_out["no death reported"] >= 1  # the harassment without victims
    assert report.left_out["not organised violence"] >= 2  # arrest, kidnapping
    int(rows[0]["id"])  # integers, not hexadecimal


def test_ucdp_sides_type_of_violence_and_deaths(world):
    rows = _csv(world, "ucdp")
    by_side = {(r["side_a"], r["side_b"]): r for r in rows}
    state = by_side[("Government of Colombia", "Disidencias de las FARC")]
    assert state["type_of_violence"] == "1" and state["country_id"] == "100"
    assert state["source_date"] == "2024-03-05" and state["source_headline"] == "Ataque a patrulla en Cáceres"
    gangs = by_side[("Cártel Jalisco Nueva Generación", "Cártel de Sinaloa")]
    assert gangs["type_of_violence"] == "2" and gangs["deaths_unknown"] == "5"
    assert gangs["date_prec"] == "2"  # a three-day range
    prison = next(r for r in rows if r["side_b"] == "Civilians" and r["best"] == "30")
    assert prison["type_of_violence"] == "3" and prison["deaths_civilians"] == "30"
    assert prison["active_year"] == "1"  # 30 deaths in the year: over GED's 25
    assert state["active_year"] == "0"
    assert all(int(r["deaths_a"]) + int(r["deaths_b"]) + int(r["deaths_civilians"])
               + int(r["deaths_unknown"]) == int(r["best"]) for r in rows)


def test_ucdp_deaths_by_side_when_the_coding_has_them():
    row = {"event_id": "ab" * 8, "doc_id": "x", "type": "ambush", "date": "2024-03-04",
           "date_precision": "day", "date_start": "2024-03-04", "date_end": "2024-03-04",
           "actor1": "Ejército de Colombia", "inter1": 1, "actor2": "ELN", "inter2": 2,
           "killed": 7, "iso": 170, "country": "Colombia",
           "deaths_a": 3, "deaths_b": 2, "deaths_civilians": 1, "deaths_unknown": None}
    out = _csv([row], "ucdp")[0]
    assert (out["deaths_a"], out["deaths_b"], out["deaths_civilians"], out["deaths_unknown"]) == \
        ("3", "2", "1", "1")
    # side A of the coding is the state whoever struck first, as GED's side_a
    swapped = dict(row, actor1="ELN", inter1=2, actor2="Ejército de Colombia", inter2=1)
    out = _csv([swapped], "ucdp")[0]
    assert out["side_a"] == "Government of Colombia" and (out["deaths_a"], out["deaths_b"]) == ("3", "2")


@pytest.mark.parametrize("prec,start,end,expected", [
    ("day", "2024-01-05", "2024-01-05", "1"), ("day", "2024-01-05", "2024-01-08", "2"),
    ("week", "2024-01-01", "2024-01-07", "3"), ("month", "2024-01-01", "2024-01-31", "4"),
    ("day", "2024-01-01", "2024-01-20", "4"), ("year", "2024-01-01", "2024-12-31", "5")])
def test_ucdp_date_prec_follows_the_ged_scale(prec, start, end, expected):
    row = {"event_id": "cd" * 8, "doc_id": "x", "type": "killing", "date_precision": prec,
           "date_start": start, "date_end": end, "actor1": "Clan del Golfo", "inter1": 3,
           "actor2": "campesinos", "inter2": 7, "killed": 2, "iso": 170}
    assert _csv([row], "ucdp")[0]["date_prec"] == expected


# ---------------------------------------------------------------- GTD
def test_gtd_ids_codes_attack_types_and_criteria(world):
    report = ExportReport()
    rows = _csv(world, "gtd", report=report)
    assert all(len(r["eventid"]) == 12 and r["eventid"].isdigit() for r in rows)
    assert all(r["eventid"][:4] == r["iyear"].rjust(4, "0") for r in rows if r["iyear"])
    assert report.left_out["not a GTD attack type"] >= 2  # the army's operation, the arrest
    countries = {r["country_txt"]: r["country"] for r in rows}
    assert countries.get("Mexico") == "130" and countries.get("Ecuador") == "59"
    prison = next(r for r in rows if r["nkill"] == "30")
    assert prison["attacktype1_txt"] == "Armed Assault" and prison["gname"] == "Los Choneros"
    leader = next(r for r in rows if r["city"] == "Cauca" and r["nkill"] == "1")
    assert leader["attacktype1_txt"] == "Assassination" and leader["gname"] == "Unknown"
    named = ("Disidencias", "Cártel", "Los Choneros")
    assert {r["gname"] for r in rows if not r["gname"].startswith(named)} == {"Unknown"}
    assert all(int(r["crit1"]) + int(r["crit2"]) + int(r["crit3"]) >= 2 for r in rows)
    assert len({r["eventid"] for r in rows}) == len(rows)
    assert [r["eventid"] for r in _csv(world, "gtd")] == [r["eventid"] for r in rows]


def test_gtd_leaves_out_state_violence_and_warfare():
    base = {"doc_id": "g", "date_precision": "day", "date_start": "2020-06-01", "date_end": "2020-06-01",
            "iso": 170, "country": "Colombia", "killed": 3}
    army = dict(base, event_id="a1" * 8, type="killing", actor1="Ejército de Colombia", inter1=1,
                actor2="campesinos", inter2=7)
    clash = dict(base, event_id="a2" * 8, type="armed_clash", actor1="Grupo armado no identificado",
                 inter1=3, actor2="Ejército de Colombia", inter2=1)
    bomb = dict(base, event_id="a3" * 8, type="bombing", actor1="ELN", inter1=2,
                actor2="oleoducto", inter2=None)
    report = ExportReport()
    rows = _csv([army, clash, bomb], "gtd", report=report)
    assert report.left_out == {"perpetrator is a state force": 1, "fewer than two GTD criteria": 1}
    assert [r["gname"] for r in rows] == ["ELN"] and rows[0]["attacktype1_txt"] == "Bombing/Explosion"


# ---------------------------------------------------------------- PLOVER
def test_plover_records_validate_and_actors_keep_their_country(world):
    import jsonschema

    from cronica.export.plover import schema

    buf = io.StringIO()
    write(world, "plover", out=buf)
    recs = [json.loads(line) for line in buf.getvalue().splitlines()]
    for r in recs:
        jsonschema.validate(r, schema())
    assert all(r["mode"] and r["context"] and r["event_intensity"] is not None for r in recs)
    co = next(r for r in recs if r["actor"] == "Disidencias de las FARC")
    assert co["recipient_country"] == "COL" and co["cameo"] == "190"
    pe = next(r for r in recs if r["actor"] == "Policía Nacional del Perú")
    assert pe["actor_country"] == "PER"
    # a Peruvian unit reported acting across the border keeps PER
    row = {"event_id": "ef" * 8, "doc_id": "y", "type": "arrest", "actor1": "Policía Nacional del Perú",
           "inter1": 1, "actor2": "contrabandistas", "inter2": 8, "iso": 170, "country": "Colombia",
           "plover": "COERCE", "cameo": "173"}
    buf = io.StringIO()
    write([row], "plover", out=buf)
    rec = json.loads(buf.getvalue())
    jsonschema.validate(rec, schema())
    assert rec["actor_country"] == "PER" and rec["recipient_country"] == "COL"


# ---------------------------------------------------------------- all formats
def _flagged(flags):
    return {"event_id": "9a" * 8, "doc_id": "f", "type": "killing", "date": "2024-02-02",
            "date_precision": "day", "date_start": "2024-02-02", "date_end": "2024-02-02",
            "actor1": "ELN", "inter1": 2, "actor2": "comerciante", "inter2": 7, "killed": 1,
            "iso": 170, "country": "Colombia", "event_type": "Violence against civilians",
            "plover": "ASSAULT", "flags": flags}


@pytest.mark.parametrize("fmt", ["acled", "ucdp", "gtd", "plover", "jsonl"])
def test_flags_can_be_filtered_and_denied_reports_are_left_out(fmt):
    rows = [_flagged(["denied"]), _flagged(["historical"]), _flagged([])]
    report = ExportReport()
    assert write(rows, fmt, out=io.StringIO(), report=report) == 2
    assert report.left_out == {"flagged denied": 1}
    report = ExportReport()
    opts = ExportOptions(exclude_flags=("denied", "historical"))
    assert write(rows, fmt, out=io.StringIO(), options=opts, report=report) == 1
    assert write(rows, fmt, out=io.StringIO(), options=ExportOptions(include_all=True)) == 3


@pytest.mark.parametrize("fmt", ["acled", "ucdp", "gtd"])
def test_csv_cells_cannot_run_as_formulas(fmt):
    row = _flagged([])
    row.update(actor1="=HYPERLINK(\"http://x\")", actor2="+cmd|' /C calc'!A0", location="@SUM(1)",
               admin1="-2+3", evidence="=1+1")
    text = io.StringIO()
    write([row], fmt, out=text)
    for r in csv.DictReader(io.StringIO(text.getvalue())):
        for k, v in r.items():
            assert not v.startswith(("=", "+", "@")), (k, v)
            if v.startswith("-"):
                float(v)  # only numbers may start with a minus sign


def test_incident_rows_carry_their_provenance(world):
    d = Document(id="co1b", text="Otra versión propia: tres militares muertos en Cáceres tras un ataque.",
                 url="https://www.otro.co/b", published="2024-03-06", title="Tres militares muertos")
    ev = _event(d, "attack", "2024-03-04", "Cáceres", "Disidencias de las FARC", 2, "Ejército de Colombia",
                1, 3, "Battles", "Armed clash", "190", "ASSAULT")
    world.ingest([DocResult(d, [ev])])
    rows = _csv(world, "ucdp", unit="incident")
    merged = next(r for r in rows if r["number_of_sources"] == "2")
    assert merged["source_date"] == "2024-03-05; 2024-03-06"
    assert "Tres militares muertos" in merged["source_headline"]
    assert merged["source_office"] == "diario.co; otro.co"
