"""Issue 15's API on PostgreSQL: folded country/admin filters, source host, totals and
fatalities by incident, weekly bins, incident merge/split, ETag/If-Match."""
from __future__ import annotations

import os
import uuid
from urllib.parse import quote

import pytest

pytestmark = pytest.mark.postgres
BASE = os.environ.get("CRONICA_TEST_PG_URL")
AUTH = {"Authorization": "Bearer pg"}


@pytest.fixture
def pg_world():
    if not BASE:
        pytest.skip("CRONICA_TEST_PG_URL not set (PostgreSQL tests run in .ci/run)")
    from fastapi.testclient import TestClient
    from sqlalchemy import create_engine, text

    from cronica.store import open_store
    from cronica.web import WebSettings, create_app
    from webhelpers import populate
    from worlddata import populate_world

    schema = "w_" + uuid.uuid4().hex[:12]
    eng = create_engine(BASE)
    with eng.begin() as c:
        c.execute(text(f'CREATE SCHEMA "{schema}"'))
    sep = "&" if "?" in BASE else "?"
    store = open_store(f"{BASE}{sep}options={quote('-csearch_path=' + schema)}")
    try:
        ids = populate(store)
        ids.update(populate_world(store))
        with TestClient(create_app(WebSettings(token="pg"), store=store)) as c:
            c.ids = ids
            yield c
    finally:
        store.close()
        with eng.begin() as c:
            c.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        eng.dispose()


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
