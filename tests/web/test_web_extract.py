"""POST /api/extract (nothing stored) and POST /api/documents (ingest) with the real
pipeline, on sentences written for these tests."""
from __future__ import annotations

import pytest

from test_web_api import assert_error

TEXT = ("Ayacucho, 12 de agosto de 2013. Un grupo de senderistas atacó una base del Ejército "
        "en el distrito de Llochegua y mató a dos soldados.")


def test_extract_returns_events_and_stores_nothing(client):
    before = client.get("/api/events").json()["total"]
    r = client.post("/api/extract", json={"text": TEXT, "published": "2013-08-12"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["events"], body
    ev = body["events"][0]
    assert TEXT[ev["evidence_start"]:ev["evidence_end"]] == ev["evidence"]
    for field, (s, e) in ev["spans"].items():
        assert 0 <= s < e <= len(TEXT), field
    assert any(e["killed"] == 2 for e in body["events"])
    assert client.get("/api/events").json()["total"] == before


def test_extract_text_without_events(client):
    r = client.post("/api/extract", json={"text": "El clima en Lima fue templado durante la semana."})
    assert r.status_code == 200 and r.json()["events"] == []


@pytest.mark.parametrize("body, status", [
    ({}, 422),
    ({"text": ""}, 422),
    ({"text": "   \n "}, 400),
    ({"text": 42}, 422),
    ({"text": TEXT, "published": "ayer"}, 422),
    ({"text": TEXT, "unknown": 1}, 422),
    ({"text": "a\x00b"}, 400),
    ({"text": "a" * 100_001}, 413),
])
def test_extract_bad_input(client, body, status):
    assert_error(client.post("/api/extract", json=body), status)


def test_ingest_needs_token_then_stores(client, auth):
    doc = {"id": "web-new", "text": TEXT, "published": "2013-08-12", "url": "https://example.org/n"}
    assert_error(client.post("/api/documents", json={"documents": [doc]}), 401)
    r = client.post("/api/documents", json={"documents": [doc]}, headers=auth)
    assert r.status_code == 200, r.text
    s = r.json()
    assert s["documents_new"] == 1 and s["events_added"] >= 1
    again = client.post("/api/documents", json={"documents": [doc]}, headers=auth).json()
    assert again["documents_unchanged"] == 1 and again["events_added"] == 0
    stored = client.get("/api/events", params={"doc_id": "web-new"}).json()
    assert stored["total"] == s["events_added"]
    assert stored["items"][0]["source_url"] == "https://example.org/n"


@pytest.mark.parametrize("body, status", [
    ({"documents": []}, 422),
    ({"documents": [{"id": "x"}]}, 422),
    ({"documents": [{"id": "", "text": "x"}]}, 422),
    ({"documents": [{"id": "x", "text": " "}]}, 400),
    ({"documents": [{"id": "x", "text": "y", "published": "2013-8"}]}, 422),
    ({"documents": [{"id": f"d{i}", "text": "y"} for i in range(101)]}, 413),
    ({"docs": []}, 422),
])
def test_ingest_bad_input(client, auth, body, status):
    assert_error(client.post("/api/documents", json=body, headers=auth), status)
