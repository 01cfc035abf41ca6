"""Issue 15's API on PostgreSQL: folded country/admin filters, source host, totals and
fatalities by incident, weekly bins, incident merge/split, ETag/If-Match."""
from __future__ import annotations

import os

import pytest

pytestmark = pytest.mark.postgres
BASE = os.environ.get("CRONICA_TEST_PG_URL")
AUTH = {"Authorization": "Bearer pg"}


@pytest.fixture
def pg_world():
    if not BASE:
        pytest.skip("CRONICA_TEST_PG_URL not set (PostgreSQL tests run in .ci/run)")
    from webhelpers import pg_app_client, populate
    from worlddata import populate_world

    with pg_app_client(BASE, populate, populate_world) as c:
        yield c


def test_issue15_api_on_postgres(pg_world):
    c = pg_world
    assert c.get("/api/events", params={"country": "mexico"}).json()["total"] == 2
    assert c.get("/api/events", params={"admin1": "NARINO"}).json()["total"] == 1
    assert c.get("/api/events", params={"source": "diario-norte.example"}).json()["total"] == 2
    assert c.get("/api/events", params={"undated": "true"}).json()["total"] == 2
    assert c.get("/api/events", params={"unlocated": "true"}).json()["total"] == 2
    assert c.get("/api/events", params={"min_fatalities": 5}).json()["total"] == 2
    t = c.get("/api/totals").json()
    assert (t["events"], t["undated"], t["unlocated"], t["fatalities"]) == (8, 2, 2, 16)
    rows = {r["key"]: r for r in c.get("/api/stats", params={"by": "country"}).json()["items"]}
    assert rows["Colombia"]["killed"] == 2
    tl = c.get("/api/timeline", params={"bin": "week", "country": "México"}).json()
    assert tl["bins"] == ["2019-02-04"] and tl["fatalities"] == [10]
    a, b = c.ids["mx-1"], c.ids["mx-2"]
    ia = c.get(f"/api/events/{a}").json()["incident_id"]
    ib = c.get(f"/api/events/{b}").json()["incident_id"]
    assert c.post("/api/incidents/merge", json={"incidents": [ia, ib], "reason": "misma"},
                  headers=AUTH).status_code == 200
    assert c.get("/api/totals", params={"country": "Mexico"}).json()["fatalities"] == 5
    inc = c.get(f"/api/events/{a}").json()["incident_id"]
    assert c.post(f"/api/incidents/{inc}/split", json={"event_ids": [b], "reason": "otra"},
                  headers=AUTH).status_code == 200
    r = c.get(f"/api/events/{a}")
    tag = r.headers["etag"]
    assert c.post(f"/api/events/{a}/review", json={"action": "accept"},
                  headers={**AUTH, "If-Match": tag}).status_code == 200
    assert c.post(f"/api/events/{a}/review", json={"action": "accept"},
                  headers={**AUTH, "If-Match": tag}).status_code == 412
