"""The API on PostgreSQL (``.ci/run`` starts a server and sets CRONICA_TEST_PG_URL):
the endpoints whose queries differ most between backends (filters, the timeline's
grouped query, stats, review, export)."""
from __future__ import annotations

import os

import pytest

from test_web_api import assert_error

pytestmark = pytest.mark.postgres
BASE = os.environ.get("CRONICA_TEST_PG_URL")


@pytest.fixture
def pg_client():
    if not BASE:
        pytest.skip("CRONICA_TEST_PG_URL not set (PostgreSQL tests run in .ci/run)")
    from webhelpers import pg_app_client, populate

    with pg_app_client(BASE, populate) as c:
        yield c


def test_api_on_postgres(pg_client):
    c = pg_client
    assert c.get("/api/events").json()["total"] == 4
    assert {i["type"] for i in c.get("/api/events", params={"actor": "SENDERO"}).json()["items"]} == {"ambush"}
    assert c.get("/api/events", params={"bbox": "-71,-16,-69,-15"}).json()["total"] == 1
    assert c.get("/api/events", params={"q": "fusiles", "since": "2010"}).json()["total"] == 0  # undated
    assert c.get("/api/events", params={"q": "fusiles"}).json()["total"] == 1
    tl = c.get("/api/timeline").json()
    assert len(tl["months"]) == 23 and sum(tl["series"]["arrest"]) == 1
    assert {r["key"] for r in c.get("/api/stats", params={"by": "admin1"}).json()["items"]} >= {"Cusco", "Puno"}
    eid = c.ids["ambush"]
    r = c.post(f"/api/events/{eid}/review", json={"action": "edit", "fields": {"killed": 4},
               "reason": "corrección"}, headers={"Authorization": "Bearer pg"})
    assert r.status_code == 200 and r.json()["killed"] == 4 and r.json()["machine"]["killed"] == 3
    assert c.get("/api/export", params={"format": "acled"}).status_code == 200
    assert_error(c.get("/api/events", params={"actor": "a\x00b"}), 400)
    assert_error(c.get("/api/events", params={"since": "2012-13"}), 422)
