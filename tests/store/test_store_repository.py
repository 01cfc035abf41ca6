"""Ingest, versions, queries and statistics of the store (SQLite and PostgreSQL)."""
from __future__ import annotations

import pytest

from cronica.errors import StoreError
from cronica.model import EVENT_KEYS, DocResult
from cronica.store import EventFilter
from storehelpers import doc, event, result

T1 = "El 3 de mayo de 2012 una emboscada en Pichari dejó tres soldados muertos y dos heridos."
T2 = "Un enfrentamiento en Llochegua el 10 de junio de 2013 terminó con un senderista abatido."
T3 = "La policía capturó en Lima el 2 de febrero de 2014 a un cabecilla requisitoriado."


def seed(store):
    a, b, c = doc("a", T1, "https://uno.example/a"), doc("b", T2), doc("c", T3)
    return store.ingest([
        result(a, event(a, "ambush", "2012-05-03", "Pichari", killed=3, wounded=2, end=40)),
        result(b, event(b, "armed_clash", "2013-06-10", "Llochegua", killed=1)),
        result(c, event(c, "arrest", "2014-02-02", "Lima", actor1="Policía Nacional del Perú",
                        actor2="Sendero Luminoso", inter1=1, inter2=2,
                        event_type="Strategic developments")),
    ])


def test_ingest_counts_and_idempotence(store):
    s = seed(store)
    assert (s.documents_new, s.documents_unchanged, s.events_added) == (3, 0, 3)
    again = seed(store)
    assert (again.documents_new, again.documents_unchanged, again.events_added) == (0, 3, 0)
    assert store.counts()["events"] == 3
    assert store.counts()["documents"] == 3


def test_whitespace_only_change_is_unchanged(store):
    a = doc("a", T1)
    store.ingest([result(a, event(a))])
    a2 = doc("a", "  " + T1.replace(" ", "  ") + "\n")
    s = store.ingest([result(a2, event(a2))])
    assert s.documents_unchanged == 1 and s.events_added == 0


def test_changed_document_gets_new_version_and_keeps_old_coding(store):
    a = doc("a", T1)
    old = event(a, "ambush", killed=3, end=40)
    store.ingest([result(a, old)])
    a2 = doc("a", T1.replace("tres", "cuatro"))
    new = event(a2, "ambush", killed=4, end=42)
    s = store.ingest([result(a2, new)])
    assert s.documents_updated == 1 and s.events_added == 1
    rows, total = store.query_events()
    assert total == 1 and rows[0]["killed"] == 4
    rows, total = store.query_events(EventFilter(include_superseded=True))
    assert total == 2
    assert {r["killed"] for r in rows} == {3, 4}
    got = store.get_event(old.event_id)
    assert got["superseded"] is True and got["document"]["version"] == 1
    assert got["document"]["text"] == T1
    assert store.get_event(new.event_id)["document"]["version"] == 2


def test_failed_results_are_counted_not_stored(store):
    a = doc("a", T1)
    s = store.ingest([DocResult(doc("bad", ""), error="empty document"), result(a, event(a))])
    assert s.documents_failed == 1 and s.documents_new == 1
    assert s.errors == ["bad: empty document"]


def test_nul_text_is_refused_cleanly(store):
    bad = doc("nul", "texto\x00binario")
    s = store.ingest([result(bad)])
    assert s.documents_failed == 1 and "NUL" in s.errors[0]


def test_event_dict_has_extract_keys_plus_store_keys(store):
    seed(store)
    rows, _ = store.query_events()
    for r in rows:
        assert tuple(r)[: len(EVENT_KEYS)] == EVENT_KEYS
        assert {"incident_id", "status", "source_url"} <= set(r)
        assert r["status"] == "unreviewed"
    a = next(r for r in rows if r["doc_id"] == "a")
    assert a["source_url"] == "https://uno.example/a"


def test_get_event_has_text_and_spans_pointing_into_it(store):
    a = doc("a", T1)
    e = event(a, "ambush", end=40)
    store.ingest([result(a, e)])
    got = store.get_event(e.event_id)
    text = got["document"]["text"]
    s, t = got["spans"]["evidence"]
    assert text[s:t] == got["evidence"] == T1[:40]
    assert got["incident_link"]["incident_id"] == got["incident_id"]
    assert store.get_event("nope") is None


@pytest.mark.parametrize("flt,expected", [
    (EventFilter(since="2013-01-01"), {"b", "c"}),
    (EventFilter(until="2013-06"), {"a", "b"}),
    (EventFilter(since="2013-06-10", until="2013-06-10"), {"b"}),
    (EventFilter(admin1="Cusco"), {"a"}),
    (EventFilter(type="arrest"), {"c"}),
    (EventFilter(actor="policía"), {"c"}),
    (EventFilter(actor="sendero"), {"a", "b", "c"}),
    (EventFilter(bbox=(-74.0, -12.6, -73.5, -12.3)), {"a", "b"}),
    (EventFilter(text="emboscada"), {"a"}),
    (EventFilter(doc_id="b"), {"b"}),
    (EventFilter(status="unreviewed"), {"a", "b", "c"}),
    (EventFilter(status="accepted"), set()),
])
def test_filters(store, flt, expected):
    seed(store)
    rows, total = store.query_events(flt)
    assert {r["doc_id"] for r in rows} == expected
    assert total == len(expected)


def test_incident_filter_and_pagination(store):
    seed(store)
    rows, total = store.query_events(limit=2)
    assert total == 3 and len(rows) == 2
    assert [r["date"] for r in rows] == ["2014-02-02", "2013-06-10"]  # newest first
    rest, _ = store.query_events(limit=2, offset=2)
    assert [r["date"] for r in rest] == ["2012-05-03"]
    inc = rows[0]["incident_id"]
    only, n = store.query_events(EventFilter(incident=inc))
    assert n == 1 and only[0]["incident_id"] == inc


@pytest.mark.parametrize("bad", [EventFilter(since="ayer"), EventFilter(status="done"),
                                 EventFilter(bbox=(1, 2, 0, 3))])
def test_bad_filters_raise_store_error(store, bad):
    with pytest.raises(StoreError):
        store.query_events(bad)


def test_stats(store):
    seed(store)
    by_month = store.stats("month")
    assert [r["key"] for r in by_month] == ["2012-05", "2013-06", "2014-02"]
    assert by_month[0] == {"key": "2012-05", "events": 1, "incidents": 1, "killed": 3, "wounded": 2}
    assert {r["key"]: r["events"] for r in store.stats("type")} == {
        "ambush": 1, "armed_clash": 1, "arrest": 1}
    assert {r["key"] for r in store.stats("admin1")} == {"Cusco", "Ayacucho", "Lima"}
    actors = {r["key"]: r["events"] for r in store.stats("actor")}
    assert actors["Sendero Luminoso"] == 3
    assert store.stats("month", EventFilter(admin1="Lima"))[0]["key"] == "2014-02"
    with pytest.raises(StoreError):
        store.stats("week")


def test_undated_event_is_stored_and_not_matched_by_date_filters(store):
    a = doc("a", T1)
    store.ingest([result(a, event(a, date=None))])
    assert store.query_events()[1] == 1
    assert store.query_events(EventFilter(since="2000-01-01"))[1] == 0
    assert store.stats("month")[0]["key"] is None


def test_default_url_honours_env(monkeypatch, tmp_path):
    from cronica.store import default_url

    monkeypatch.setenv("CRONICA_DB", str(tmp_path / "x.db"))
    assert default_url() == f"sqlite:///{tmp_path / 'x.db'}"
    monkeypatch.delenv("CRONICA_DB")
    assert default_url().endswith("cronica.db") and default_url().startswith("sqlite:///")


def test_bad_url_is_a_store_error():
    from cronica.store import open_store

    with pytest.raises(StoreError):
        open_store("nosuchdialect://x/y")


def test_in_memory_store_works():
    from cronica.store import open_store

    with open_store("sqlite://") as s:
        a = doc("a", T1)
        assert s.ingest([result(a, event(a))]).events_added == 1
        assert s.query_events()[1] == 1
