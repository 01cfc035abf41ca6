"""The analysis side of the API (issue 15, items 4-7 and 10): incident merge/split/move
with reasons, the country dimension, fatalities by incident, totals, weekly bins, the
new filters, undated/unlocated events, place edits through the gazetteer."""
from __future__ import annotations

import pytest

TOKEN = "test-token-123"  # the token of tests/web/conftest.py (an import of conftest is ambiguous across test folders)


@pytest.fixture
def world(tmp_path):
    from fastapi.testclient import TestClient

    from cronica.store import open_store
    from cronica.web import WebSettings, create_app
    from webhelpers import populate
    from worlddata import populate_world

    store = open_store(f"sqlite:///{tmp_path / 'world.db'}")
    ids = populate(store)
    ids.update(populate_world(store))
    with TestClient(create_app(WebSettings(token=TOKEN), store=store)) as c:
        c.ids = ids
        yield c
    store.close()


AUTH = {"Authorization": f"Bearer {TOKEN}"}


def _event(c, eid):
    r = c.get(f"/api/events/{eid}")
    assert r.status_code == 200, r.text
    return r.json()


def _merge(c, a, b, reason="misma patrulla, mismo día"):
    ia, ib = _event(c, a)["incident_id"], _event(c, b)["incident_id"]
    return c.post("/api/incidents/merge", json={"incidents": [ia, ib], "reason": reason}, headers=AUTH)


# ------------------------------------------------------------------ 4: incidents
def test_merge_makes_one_incident_with_the_reason_in_each_history(world):
    a, b = world.ids["mx-1"], world.ids["mx-2"]
    old = {_event(world, a)["incident_id"], _event(world, b)["incident_id"]}
    r = _merge(world, a, b)
    assert r.status_code == 200, r.text
    out = r.json()
    assert out["action"] == "merge" and out["reason"] == "misma patrulla, mismo día"
    inc = _event(world, a)["incident_id"]
    assert _event(world, b)["incident_id"] == inc
    # the incident lists both reports; the events route lists them too
    members = {m["event_id"] for m in world.get(f"/api/incidents/{inc}").json()["members"]}
    assert members == {a, b}
    assert {e["event_id"] for e in world.get("/api/events", params={"incident": inc}).json()["items"]} == {a, b}
    # the event list says how many reports each row's incident has
    sizes = {e["event_id"]: e["incident_reports"] for e in world.get("/api/events").json()["items"]}
    assert sizes[a] == sizes[b] == 2 and sizes[world.ids["co-1"]] == 1
    for eid in (a, b):
        last = _event(world, eid)["history"][-1]
        assert last["action"] == "merge" and last["reason"] == "misma patrulla, mismo día"
        assert last["author_verified"] is False  # the shared token: a claim, not a login
    # the incident that lost its members is not served any more
    for gone in old - {inc}:
        assert world.get(f"/api/incidents/{gone}").status_code == 404


def test_merged_reports_count_their_fatalities_once(world):
    a, b = world.ids["mx-1"], world.ids["mx-2"]
    before = world.get("/api/totals", params={"country": "Mexico"}).json()
    assert before["events"] == 2 and before["incidents"] == 2 and before["fatalities"] == 10
    assert _merge(world, a, b).status_code == 200
    after = world.get("/api/totals", params={"country": "Mexico"}).json()
    assert after["events"] == 2 and after["incidents"] == 1 and after["fatalities"] == 5
    tl = world.get("/api/timeline", params={"country": "mexico"}).json()
    assert sum(tl["events"]) == 2 and sum(tl["fatalities"]) == 5 and sum(tl["incidents"]) == 1


def test_split_and_move_with_reasons(world):
    a, b = world.ids["mx-1"], world.ids["mx-2"]
    assert _merge(world, a, b).status_code == 200
    inc = _event(world, a)["incident_id"]
    r = world.post(f"/api/incidents/{inc}/split", json={"event_ids": [b], "reason": "otro ataque"},
                   headers=AUTH)
    assert r.status_code == 200, r.text
    assert _event(world, a)["incident_id"] != _event(world, b)["incident_id"]
    assert _event(world, b)["history"][-1]["reason"] == "otro ataque"
    # move b back into a's incident
    target = _event(world, a)["incident_id"]
    r = world.post(f"/api/events/{b}/move", json={"incident_id": target, "reason": "era el mismo"},
                   headers=AUTH)
    assert r.status_code == 200, r.text
    assert _event(world, b)["incident_id"] == target
    assert [e["event_id"] for e in r.json()["events"]] == [b]


@pytest.mark.parametrize("path, body", [
    ("/api/incidents/merge", {"incidents": [1, 2]}),                       # no reason
    ("/api/incidents/merge", {"incidents": [1, 2], "reason": ""}),
    ("/api/incidents/merge", {"incidents": [1], "reason": "x"}),          # one incident
    ("/api/incidents/merge", {"incidents": [1, 2**63], "reason": "x"}),   # id out of range
    ("/api/incidents/1/split", {"event_ids": [], "reason": "x"}),
    ("/api/events/abc/move", {"incident_id": -1, "reason": "x"}),
])
def test_incident_changes_validate(world, path, body):
    r = world.post(path, json=body, headers=AUTH)
    assert r.status_code == 422, r.text


def test_incident_changes_need_a_token_and_a_live_incident(world):
    a, b = world.ids["mx-1"], world.ids["mx-2"]
    ia, ib = _event(world, a)["incident_id"], _event(world, b)["incident_id"]
    body = {"incidents": [ia, ib], "reason": "x"}
    assert world.post("/api/incidents/merge", json=body).status_code == 401
    assert world.post("/api/incidents/merge", json={"incidents": [ia, 999999], "reason": "x"},
                      headers=AUTH).status_code == 404
    assert world.post(f"/api/events/{a}/move", json={"incident_id": 999999, "reason": "x"},
                      headers=AUTH).status_code == 404
    # split needs a member of that incident, and must leave one behind
    assert world.post(f"/api/incidents/{ia}/split", json={"event_ids": [b], "reason": "x"},
                      headers=AUTH).status_code == 400
    assert world.post(f"/api/incidents/{ia}/split", json={"event_ids": [a], "reason": "x"},
                      headers=AUTH).status_code == 400


def test_incident_of_a_rejected_report_is_not_served(world):
    eid = world.ids["co-1"]
    inc = _event(world, eid)["incident_id"]
    assert world.get(f"/api/incidents/{inc}").status_code == 200
    assert world.post(f"/api/events/{eid}/review", json={"action": "reject", "reason": "duplicado"},
                      headers=AUTH).status_code == 200
    assert world.get(f"/api/incidents/{inc}").status_code == 404


# ------------------------------------------------------------------ 5: country
@pytest.mark.parametrize("value", ["México", "mexico", "MEXICO"])
def test_country_filter_ignores_case_and_accents(world, value):
    for path in ("/api/events", "/api/points", "/api/incidents"):
        r = world.get(path, params={"country": value})
        assert r.status_code == 200 and r.json()["total"] == 2, (path, r.text)
    r = world.get("/api/stats", params={"by": "month", "country": value}).json()
    assert sum(i["events"] for i in r["items"]) == 2
    tl = world.get("/api/timeline", params={"country": value}).json()
    assert sum(tl["events"]) == 2
    body = world.get("/api/export", params={"format": "jsonl", "country": value}).text
    assert len(body.strip().splitlines()) == 2


def test_unknown_country_matches_nothing(world):
    assert world.get("/api/events", params={"country": "Narnia"}).json()["total"] == 0


def test_stats_by_country(world):
    rows = {i["key"]: i for i in world.get("/api/stats", params={"by": "country"}).json()["items"]}
    assert rows["Peru"]["incidents"] >= 3 and rows["Colombia"]["killed"] == 2
    # stored as "México" by the records, written once as the gazetteer's "Mexico"
    assert rows["Mexico"]["events"] == 2 and "México" not in rows


def test_stats_by_admin1_name_each_division_with_its_country(world):
    rows = world.get("/api/stats", params={"by": "admin1"}).json()["items"]
    by = {(r["key"], r["country"]): r for r in rows}
    assert by[("Sinaloa", "Mexico")]["iso"] == 484 and by[("Sinaloa", "Mexico")]["events"] == 2
    assert by[("Nariño", "Colombia")]["iso"] == 170
    assert by[("Ayacucho", "Peru")]["iso"] == 604


def test_cli_stats_by_country_and_admin1_with_country(tmp_path):
    import csv
    import io
    import json

    from click.testing import CliRunner

    from cronica.cli.main import cli
    from cronica.store import open_store
    from worlddata import populate_world

    db = str(tmp_path / "cli.db")
    with open_store(f"sqlite:///{db}") as store:
        populate_world(store)
    r = CliRunner().invoke(cli, ["stats", "--by", "country", "--db", db, "--format", "jsonl"])
    assert r.exit_code == 0, r.output
    rows = {x["key"]: x for x in map(json.loads, r.stdout.splitlines())}
    assert rows["Mexico"]["incidents"] >= 1 and rows["Colombia"]["killed"] == 2
    r = CliRunner().invoke(cli, ["stats", "--by", "admin1", "--db", db, "--format", "csv"])
    assert r.exit_code == 0, r.output
    table = list(csv.DictReader(io.StringIO(r.stdout)))
    assert list(table[0])[:2] == ["key", "country"]
    assert {(x["key"], x["country"]) for x in table if x["key"]} == {("Sinaloa", "Mexico"), ("Nariño", "Colombia")}


def test_admin1_folds_case_and_accents(world):
    assert world.get("/api/events", params={"admin1": "narino"}).json()["total"] == 1
    assert world.get("/api/events", params={"admin2": "TUMACO"}).json()["total"] == 1


# ------------------------------------------------------------------ 6: fatalities first
def test_totals_count_undated_and_unlocated(world):
    t = world.get("/api/totals").json()
    assert t["events"] == 8 and t["undated"] == 2 and t["unlocated"] == 2
    # fatalities by incident: Peru 3, Mexico 5 + 5, Colombia 2, the undated killing 1
    assert t["fatalities"] == 16


def test_weekly_timeline_bins_mondays_with_gaps(world):
    tl = world.get("/api/timeline", params={"bin": "week", "country": "México"}).json()
    assert tl["bin"] == "week" and tl["bins"] == ["2019-02-04"]  # 4 and 6 Feb 2019: one ISO week
    assert tl["events"] == [2] and tl["fatalities"] == [10]
    tl = world.get("/api/timeline", params={"bin": "week", "since": "2019"}).json()
    import datetime as dt
    days = [dt.date.fromisoformat(b) for b in tl["bins"]]
    assert all(d.weekday() == 0 for d in days)
    assert all((b - a).days == 7 for a, b in zip(days, days[1:]))  # gaps included
    assert len(tl["events"]) == len(tl["bins"]) == len(tl["fatalities"])
    assert tl["undated"] == 0  # `since` leaves the undated events out


def test_timeline_reports_undated_events(world):
    tl = world.get("/api/timeline").json()
    assert tl["undated"] == 2 and tl["undated_fatalities"] == 1
    assert tl["months"] == tl["bins"] and tl["bin"] == "month"
    assert world.get("/api/timeline", params={"bin": "day"}).status_code == 422


# ------------------------------------------------------------------ 7: filters
@pytest.mark.parametrize("params, docs", [
    ({"min_fatalities": 3}, {"web-a", "mx-1", "mx-2"}),
    ({"min_fatalities": 5}, {"mx-1", "mx-2"}),
    ({"min_confidence": 0.75}, {"web-a", "web-b", "web-c"}),
    ({"source": "diario-norte.example"}, {"mx-1", "mx-2"}),        # www. is a subdomain
    ({"source": "example.org"}, {"web-a", "web-b", "web-c"}),
    ({"source": "norte.example"}, set()),                            # not a parent domain
    ({"source": "rte.example"}, set()),                              # a host, not a substring
    ({"precision": "month"}, {"web-c", "co-1"}),
    ({"undated": "true"}, {"web-b", "co-2"}),
    ({"unlocated": "true"}, {"web-b", "co-2"}),
    ({"unlocated": "false", "country": "colombia"}, {"co-1"}),
])
def test_filters(world, params, docs):
    r = world.get("/api/events", params={**params, "limit": 100})
    assert r.status_code == 200, r.text
    assert {e["doc_id"] for e in r.json()["items"]} == docs


@pytest.mark.parametrize("params", [
    {"min_fatalities": -1}, {"min_fatalities": 2**63}, {"min_confidence": 1.5},
    {"precision": "century"}, {"undated": "perhaps"}, {"source": "http://x/"},
])
def test_bad_filters_are_422(world, params):
    r = world.get("/api/events", params=params)
    assert r.status_code == 422 and r.json()["error"]["code"] == "invalid_request"


# ------------------------------------------------------------------ 10: place edits
def test_gazetteer_search_and_edit_by_gazetteer_id(world):
    r = world.get("/api/gazetteer", params={"q": "culiacan", "country": "Mexico"})
    assert r.status_code == 200
    hits = r.json()["items"]
    assert hits and hits[0]["name"] == "Culiacán" and hits[0]["admin1"] == "Sinaloa"
    place = hits[0]
    assert world.get("/api/events", params={"country": "mexico"}).json()["total"] == 2
    eid = world.ids["co-2"]  # undated, unlocated
    r = world.post(f"/api/events/{eid}/review", headers=AUTH, json={
        "action": "edit", "fields": {"gazetteer_id": place["gazetteer_id"]}, "reason": "lugar en otra nota"})
    assert r.status_code == 200, r.text
    ev = r.json()
    assert ev["country"] == place["country"] and ev["admin1"] == "Sinaloa"
    assert ev["latitude"] == pytest.approx(place["latitude"]) and ev["gazetteer_id"] == place["gazetteer_id"]
    assert world.get("/api/events", params={"unlocated": "true"}).json()["total"] == 1
    # the records said "México", the gazetteer says "Mexico": one spelling stored, one stats row
    assert world.get("/api/events", params={"country": "mexico"}).json()["total"] == 3
    assert {e["country"] for e in world.get("/api/events", params={"country": "México"}).json()["items"]} == {"Mexico"}
    rows = [i for i in world.get("/api/stats", params={"by": "country"}).json()["items"]
            if i["key"] and "xico" in i["key"]]
    assert [(r["key"], r["events"]) for r in rows] == [("Mexico", 3)]


def test_edit_sets_country_and_coordinates_together(world):
    eid = world.ids["co-2"]
    r = world.post(f"/api/events/{eid}/review", headers=AUTH, json={
        "action": "edit", "reason": "ubicado por el analista",
        "fields": {"country": "Colombia", "admin1": "Cauca", "latitude": 2.44, "longitude": -76.61}})
    assert r.status_code == 200, r.text
    ev = r.json()
    assert (ev["country"], ev["admin1"], ev["latitude"], ev["longitude"]) == ("Colombia", "Cauca", 2.44, -76.61)
    assert world.get("/api/events", params={"country": "colombia"}).json()["total"] == 2


def test_coordinate_edit_rederives_the_place_through_the_api(world):
    eid = world.ids["mx-1"]  # Culiacán, Sinaloa
    r = world.post(f"/api/events/{eid}/review", headers=AUTH, json={
        "action": "edit", "reason": "el punto estaba en otra nota", "fields": {"latitude": 1.81, "longitude": -78.76}})
    assert r.status_code == 200, r.text
    ev = r.json()
    assert (ev["country"], ev["iso"], ev["admin1"]) == ("Colombia", 170, "Nariño")
    assert ev["admin2"] != "Culiacán" and ev["admin3"] is None and ev["gazetteer_id"] is None
    assert "nearest gazetteer" in ev["history"][-1]["fields"]["derived"]
    assert world.get("/api/events", params={"country": "colombia"}).json()["total"] == 2
    # one coordinate alone cannot leave the other behind
    r = world.post(f"/api/events/{world.ids['co-2']}/review", headers=AUTH, json={
        "action": "edit", "reason": "x", "fields": {"latitude": 1.8}})
    assert r.status_code == 400 and "latitude and longitude" in r.json()["error"]["message"]


def test_edit_with_an_unknown_gazetteer_id_is_refused(world):
    r = world.post(f"/api/events/{world.ids['co-2']}/review", headers=AUTH, json={
        "action": "edit", "fields": {"gazetteer_id": "nowhere:0"}, "reason": "x"})
    assert r.status_code == 400
    assert world.get("/api/gazetteer").status_code == 422
