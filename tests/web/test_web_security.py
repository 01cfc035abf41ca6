"""Review correctness and security of the API (issue 15, items 9 and 11-18): ETag /
If-Match, count ranges, extraction limits and its worker pool, wrong-token throttling,
private mode downloads, unverified shared-token authors, the Host check, HEAD / and
clear date errors."""
from __future__ import annotations

import asyncio

import pytest

TOKEN = "test-token-123"  # the token of tests/web/conftest.py (an import of conftest is ambiguous across test folders)

AUTH = {"Authorization": f"Bearer {TOKEN}"}


def _client(store, **settings):
    from fastapi.testclient import TestClient

    from cronica.web import WebSettings, create_app

    return TestClient(create_app(WebSettings(**{"token": TOKEN, **settings}), store=store))


# ------------------------------------------------------------------ 9: lost update
def test_get_sends_the_version_as_etag(client):
    eid = client.ids["ambush"]
    r = client.get(f"/api/events/{eid}")
    assert r.headers["etag"] == f'"v{r.json()["version"]}"'
    assert r.json()["version"] == 0  # machine coding only
    listed = {e["event_id"]: e["version"] for e in client.get("/api/events").json()["items"]}
    assert listed[eid] == 0


def test_stale_edit_is_refused_with_412(client):
    eid = client.ids["ambush"]
    tag = client.get(f"/api/events/{eid}").headers["etag"]
    # two reviewers load the same version; the first edit wins
    first = client.post(f"/api/events/{eid}/review", headers={**AUTH, "If-Match": tag},
                        json={"action": "edit", "fields": {"killed": 4}, "reason": "primera lectura"})
    assert first.status_code == 200, first.text
    new_tag = first.headers["etag"]
    assert new_tag != tag and new_tag == f'"v{first.json()["version"]}"'
    second = client.post(f"/api/events/{eid}/review", headers={**AUTH, "If-Match": tag},
                         json={"action": "edit", "fields": {"killed": 7}, "reason": "segunda lectura"})
    assert second.status_code == 412
    body = second.json()["error"]
    assert body["code"] == "version_conflict" and "changed" in body["message"]
    assert second.headers["etag"] == new_tag  # what to reload
    ev = client.get(f"/api/events/{eid}").json()
    assert ev["killed"] == 4 and [h["reason"] for h in ev["history"]][-1] == "primera lectura"
    # with the current version the second reviewer can apply their edit
    again = client.post(f"/api/events/{eid}/review", headers={**AUTH, "If-Match": new_tag},
                        json={"action": "edit", "fields": {"killed": 7}, "reason": "segunda lectura"})
    assert again.status_code == 200 and again.json()["killed"] == 7


@pytest.mark.parametrize("value", ['"v99"', 'W/"v99"', "garbage", '"v1", "v2"'])
def test_wrong_if_match_is_412(client, value):
    eid = client.ids["arrest"]
    r = client.post(f"/api/events/{eid}/review", headers={**AUTH, "If-Match": value},
                    json={"action": "accept"})
    assert r.status_code == 412
    assert client.get(f"/api/events/{eid}").json()["status"] == "unreviewed"


def test_if_match_star_and_absent_apply_by_default(client):
    eid = client.ids["arrest"]
    assert client.post(f"/api/events/{eid}/review", headers={**AUTH, "If-Match": "*"},
                       json={"action": "accept"}).status_code == 200
    assert client.post(f"/api/events/{eid}/review", headers=AUTH,
                       json={"action": "reject", "reason": "r"}).status_code == 200


def test_require_if_match_answers_428(web_store):
    eid = web_store.ids["arrest"]
    with _client(web_store, require_if_match=True) as c:
        assert c.get("/api/config").json()["require_if_match"] is True
        r = c.post(f"/api/events/{eid}/review", headers=AUTH, json={"action": "accept"})
        assert r.status_code == 428 and r.json()["error"]["code"] == "precondition_required"
        tag = c.get(f"/api/events/{eid}").headers["etag"]
        assert c.post(f"/api/events/{eid}/review", headers={**AUTH, "If-Match": tag},
                      json={"action": "accept"}).status_code == 200


# ------------------------------------------------------------------ 11: ranges
COUNT_FIELDS = ["killed", "killed_low", "killed_high", "wounded", "kidnapped", "arrested"]


@pytest.mark.parametrize("field", COUNT_FIELDS + ["inter1", "inter2", "iso", "geo_precision", "where_prec"])
def test_out_of_range_integers_in_edits_are_422(client, field):
    eid = client.ids["ambush"]
    for value in (2**63, 2**64 + 1, 10**40, -1, -(2**63) - 1):
        r = client.post(f"/api/events/{eid}/review", headers=AUTH,
                        json={"action": "edit", "fields": {field: value}, "reason": "x"})
        assert r.status_code == 422, (value, r.text)
        assert r.json()["error"]["code"] == "invalid_request" and field in r.json()["error"]["message"]
    assert client.get(f"/api/events/{eid}").json()["version"] == 0  # nothing written


@pytest.mark.parametrize("field", COUNT_FIELDS)
def test_a_huge_count_in_text_is_422_too(client, field):
    r = client.post(f"/api/events/{client.ids['ambush']}/review", headers=AUTH,
                    json={"action": "edit", "fields": {field: str(2**63)}, "reason": "x"})
    assert r.status_code == 422


def test_largest_allowed_count_is_stored(client):
    from cronica.web.schemas import MAX_COUNT

    r = client.post(f"/api/events/{client.ids['ambush']}/review", headers=AUTH,
                    json={"action": "edit", "fields": {"wounded": MAX_COUNT}, "reason": "x"})
    assert r.status_code == 200 and r.json()["wounded"] == MAX_COUNT


@pytest.mark.parametrize("path, params", [
    ("/api/events", {"limit": 2**63}), ("/api/events", {"offset": 2**63}),
    ("/api/events", {"incident": 2**63}), ("/api/events", {"min_fatalities": 2**63}),
    ("/api/incidents/" + str(2**63), {}), ("/api/points", {"limit": -(2**63)}),
])
def test_out_of_range_integers_in_queries_are_422(client, path, params):
    assert client.get(path, params=params).status_code == 422


# ------------------------------------------------------------------ 12: extraction limits
SENTENCE = "La policía detuvo el 3 de mayo de 2014 a dos hombres armados en Huanta. "


def test_anonymous_extraction_is_rate_limited_per_client(web_store):
    with _client(web_store, extract_per_minute=3, max_extract_chars=50) as c:
        codes = [c.post("/api/extract", json={"text": "x" * 60}).status_code for _ in range(5)]
        # each request counts (even one refused as too large); the 4th and 5th are over
        assert codes == [413, 413, 413, 429, 429]
        r = c.post("/api/extract", json={"text": "x" * 60})
        assert int(r.headers["retry-after"]) >= 1 and r.json()["error"]["code"] == "too_many_requests"
        # a token holder is not limited per client
        assert c.post("/api/extract", json={"text": "x" * 60}, headers=AUTH).status_code == 413


def test_private_server_extracts_only_with_a_token(web_store):
    with _client(web_store, read_open=False, max_extract_chars=50) as c:
        assert c.post("/api/extract", json={"text": "hola"}).status_code == 401
        assert c.post("/api/extract", json={"text": "x" * 60}, headers=AUTH).status_code == 413


def test_extractor_refuses_when_its_queue_is_full():
    from cronica.web.errors import ApiError
    from cronica.web.extractor import PIPELINE_LOCK, Extractor

    ex = Extractor(workers=0, timeout=60, queue=1)

    async def two():
        # The first extraction must still be running when the second arrives: hold the
        # pipeline lock so its worker thread waits (otherwise a fast machine, or a slow
        # event loop, lets it finish first and free its place, which is right too).
        PIPELINE_LOCK.acquire()
        try:
            first = asyncio.ensure_future(ex.extract("a", SENTENCE, None))
            for _ in range(100):
                if ex.pending:
                    break
                await asyncio.sleep(0)
            assert ex.pending == 1
            try:
                second = await ex.extract("b", SENTENCE, None)
            except ApiError as exc:
                second = exc
        finally:
            PIPELINE_LOCK.release()
        return await first, second
    try:
        first, second = asyncio.run(two())
    finally:
        ex.close()
    assert isinstance(first, list)
    assert isinstance(second, ApiError) and second.status == 503 and second.code == "busy"
    assert second.headers["Retry-After"]
    assert ex.pending == 0


def test_extraction_runs_in_a_worker_process_with_a_time_cap(web_store):
    """The worker pool: same events as the in-process pipeline; a text over the time cap
    is abandoned by the worker itself (503), which then serves the next request.

    Robust on a loaded machine: the long text needs seconds even on an idle one, so a
    slower machine only puts it further over its 0.5 s cap; the short text is then sent
    to the same worker under a generous cap (the cap is read per request), so load
    cannot push it over."""
    from cronica.model import Document
    from cronica.pipeline import get_pipeline

    expected = [e.to_dict() for e in get_pipeline().extract(Document(id="w", text=SENTENCE, source="api"))]
    with _client(web_store, extract_workers=1, extract_timeout=0.5) as c:
        long = SENTENCE * 1200  # ~85,000 characters: seconds of work, far over 0.5 s
        r = c.post("/api/extract", json={"text": long, "id": "w"}, headers=AUTH)
        assert r.status_code == 503 and r.json()["error"]["code"] == "timeout"
        extractor = c.app.state.extractor
        workers = set(extractor._pool._processes)  # the pool's one worker process, still alive
        assert len(workers) == 1
        extractor.timeout = 120.0
        r = c.post("/api/extract", json={"text": SENTENCE, "id": "w"}, headers=AUTH)
        assert r.status_code == 200, r.text
        assert r.json()["events"] == expected
        assert set(extractor._pool._processes) == workers  # served by the same worker


# ------------------------------------------------------------------ 13: token guesses
def test_wrong_tokens_are_throttled_per_client(web_store):
    with _client(web_store, auth_failures=5, auth_window=60) as c:
        eid = web_store.ids["arrest"]
        codes = [c.post(f"/api/events/{eid}/review", json={"action": "accept"},
                        headers={"Authorization": f"Bearer guess-{i}"}).status_code for i in range(8)]
        assert codes == [401] * 5 + [429] * 3
        r = c.post(f"/api/events/{eid}/review", json={"action": "accept"}, headers=AUTH)
        assert r.status_code == 429 and 1 <= int(r.headers["retry-after"]) <= 60  # even the right token
        # a wrong token on an open read counts as well
        assert c.get("/api/events", headers={"Authorization": "Bearer nope"}).status_code == 429
        assert c.get("/api/events").status_code == 200  # reading without a token is open


def test_throttle_window_and_clients():
    from cronica.web.guard import Throttle

    now = [1000.0]
    t = Throttle(3, 60, clock=lambda: now[0])
    assert [t.hit("a") for _ in range(3)] == [None, None, None]
    assert t.hit("a") == 60 and t.blocked("a") == 60
    assert t.hit("b") is None  # another client is not affected
    now[0] += 30
    assert t.blocked("a") == 30
    now[0] += 31
    assert t.blocked("a") is None and t.hit("a") is None


# ------------------------------------------------------------------ 15: private mode downloads
def test_private_mode_download_link(web_store):
    with _client(web_store, read_open=False) as c:
        assert c.get("/api/export", params={"format": "jsonl"}).status_code == 401
        assert c.get("/api/export/link", params={"format": "jsonl"}).status_code == 401
        r = c.get("/api/export/link", params={"format": "jsonl", "type": "ambush"}, headers=AUTH)
        assert r.status_code == 200
        link = r.json()
        assert link["url"].startswith("/api/export?") and "signature=" in link["url"]
        got = c.get(link["url"])  # no token: the signature is the permission
        assert got.status_code == 200 and "attachment" in got.headers["content-disposition"]
        rows = got.text.strip().splitlines()
        assert len(rows) == 1 and web_store.ids["ambush"] in rows[0]  # the filter travels signed
        # any change to the signed query, or a signature on another route, is refused
        assert c.get(link["url"].replace("type=ambush", "type=arrest")).status_code == 401
        assert c.get(link["url"].replace("format=jsonl", "format=acled")).status_code == 401
        assert c.get(link["url"].replace("/api/export?", "/api/events?")).status_code == 401
        # the page's other way: fetch with the Authorization header
        assert c.get("/api/export", params={"format": "jsonl"}, headers=AUTH).status_code == 200


def test_signed_links_expire():
    from cronica.web.guard import LinkSigner

    s = LinkSigner(300, key=b"k" * 32)
    url, exp = s.sign("/api/export", [("format", "acled")], now=1000)
    assert exp == 1300
    from urllib.parse import parse_qsl, urlsplit
    pairs = parse_qsl(urlsplit(url).query)
    assert s.check("/api/export", pairs, now=1299)
    assert not s.check("/api/export", pairs, now=1301)
    assert not LinkSigner(300, key=b"x" * 32).check("/api/export", pairs, now=1000)  # other server


# ------------------------------------------------------------------ 16: shared-token authors
def test_shared_token_cannot_sign_as_a_registered_user(web_store):
    from cronica.web import auth as webauth

    maria = webauth.add_user(web_store.engine, "maria")
    eid = web_store.ids["arrest"]
    with _client(web_store) as c:
        r = c.post(f"/api/events/{eid}/review", headers=AUTH, json={"action": "accept", "author": "Maria"})
        assert r.status_code == 403 and "maria" in r.json()["error"]["message"].lower()
        r = c.post(f"/api/events/{eid}/review", headers=AUTH, json={"action": "accept", "author": "pedro"})
        assert r.status_code == 200
        last = r.json()["history"][-1]
        assert last["author"] == "pedro" and last["author_verified"] is False
        r = c.post(f"/api/events/{eid}/review", headers={"Authorization": f"Bearer {maria}"},
                   json={"action": "accept", "author": "pedro"})
        last = r.json()["history"][-1]
        assert last["author"] == "maria" and last["author_verified"] is True
        # merges with the shared token follow the same rule
        inc = r.json()["incident_id"]
        other = c.get(f"/api/events/{web_store.ids['ambush']}").json()["incident_id"]
        r = c.post("/api/incidents/merge", headers=AUTH,
                   json={"incidents": [inc, other], "reason": "x", "author": "MARIA"})
        assert r.status_code == 403


# ------------------------------------------------------------------ 17: Host header
@pytest.mark.parametrize("host, status", [
    ("127.0.0.1:8000", 200), ("localhost", 200), ("LOCALHOST:8000", 200), ("[::1]:8000", 200),
    ("evil.example", 400), ("evil.example:8000", 400), ("127.0.0.1.evil.example", 400), ("", 400),
])
def test_host_header_check(web_store, host, status):
    from cronica.web.settings import DEFAULT_HOSTS

    with _client(web_store, allowed_hosts=DEFAULT_HOSTS) as c:
        for path in ("/api/events", "/", "/openapi.json"):
            r = c.get(path, headers={"Host": host})
            assert r.status_code == status, (path, host)
            if status == 400:
                assert r.json()["error"]["code"] == "bad_host"


def test_default_settings_check_the_host(monkeypatch):
    from cronica.web import WebSettings

    monkeypatch.setenv("CRONICA_WEB_HOSTS", "cronica.lan, otro.lan")
    hosts = WebSettings.from_env().allowed_hosts
    assert {"localhost", "127.0.0.1", "::1", "cronica.lan", "otro.lan"} <= set(hosts)


def test_host_name_parsing():
    from cronica.web.guard import host_name

    assert host_name("[::1]:8000") == "::1" and host_name("Example.ORG.:80") == "example.org"
    assert host_name("::1") == "::1" and host_name("localhost") == "localhost"


# ------------------------------------------------------------------ 18: smaller
def test_head_index_is_200(client):
    r = client.head("/")
    assert r.status_code == 200 and r.text == ""


@pytest.mark.parametrize("params", [{"since": "mayo"}, {"since": "2012-13"}, {"until": "2014-02-30"},
                                    {"since": "12-05-2014"}])
def test_bad_date_is_a_clear_422(client, params):
    for path in ("/api/events", "/api/timeline", "/api/totals", "/api/points"):
        r = client.get(path, params=params)
        assert r.status_code == 422
        err = r.json()["error"]
        name = next(iter(params))
        assert err["code"] == "invalid_request"
        assert err["message"].startswith(f"{name}: not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
        assert repr(params[name]) in err["message"]
