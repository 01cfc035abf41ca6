"""Review trail: accept, reject, edit; the machine coding is never lost."""
from __future__ import annotations

import pytest

from cronica.store import EventFilter, EventNotFoundError, ReviewError
from storehelpers import doc, event, result

T1 = "El 3 de mayo de 2012 una emboscada en Pichari dejó tres soldados muertos."
T2 = "Tres militares murieron el 3 de mayo de 2012 en un ataque senderista en Pichari."


@pytest.fixture
def two(store):
    a, b = doc("a", T1, "https://uno.example/a"), doc("b", T2, "https://dos.example/b")
    ea = event(a, "ambush", killed=3)
    eb = event(b, "attack", killed=5)
    store.ingest([result(a, ea), result(b, eb)])
    return ea.event_id, eb.event_id


def test_accept_sets_status_and_history(store, two):
    ea, _ = two
    out = store.review(ea, "accept", author="ana")
    assert out["status"] == "accepted"
    assert [h["action"] for h in out["history"]] == ["machine", "accept"]
    assert out["history"][1]["author"] == "ana" and out["history"][1]["at"]
    assert store.query_events(EventFilter(status="accepted"))[1] == 1


def test_edit_keeps_machine_coding_and_records_reason(store, two):
    ea, _ = two
    out = store.review(ea, "edit", {"killed": 4, "date": "2012-05-04", "admin1": "Ayacucho"},
                       reason="la nota corrige la cifra", author="luis")
    assert out["status"] == "edited"
    assert (out["killed"], out["date"], out["date_start"], out["date_precision"]) == (
        4, "2012-05-04", "2012-05-04", "day")
    assert out["machine"]["killed"] == 3 and out["machine"]["date"] == "2012-05-03"
    last = out["history"][-1]
    assert last["fields"]["set"]["killed"] == 4 and last["fields"]["previous"]["killed"] == 3
    assert last["reason"] == "la nota corrige la cifra" and last["author"] == "luis"
    # a second edit is a further version; the machine version is still version 1
    out = store.review(ea, "edit", {"killed": 2}, reason="otra fuente", author="ana")
    assert [h["version"] for h in out["history"]] == [1, 2, 3]
    assert out["machine"]["killed"] == 3
    # queries and stats follow the current coding
    assert store.query_events(EventFilter(admin1="Ayacucho"))[1] == 1
    assert store.stats("month", EventFilter(doc_id="a"))[0]["key"] == "2012-05"


def test_month_edit_sets_window(store, two):
    ea, _ = two
    out = store.review(ea, "edit", {"date": "2012-02"}, reason="solo el mes", author="ana")
    assert (out["date_start"], out["date_end"], out["date_precision"]) == (
        "2012-02-01", "2012-02-29", "month")


def test_reject_removes_report_from_incident_aggregate(store, two):
    ea, eb = two
    inc = store.get_event(ea)["incident_id"]
    assert store.get_event(eb)["incident_id"] == inc
    before = store.incident(inc)
    assert before["fatalities"] == 3 and before["n_events"] == 2
    store.review(ea, "reject", reason="no ocurrió así", author="ana")
    after = store.incident(inc)
    assert after["n_events"] == 1 and after["fatalities"] == 5
    exported = list(store.iter_events())
    assert [e["event_id"] for e in exported] == [eb]


@pytest.mark.parametrize("args,msg", [
    (("approve", None, None, "ana"), "action"),
    (("accept", None, None, ""), "author"),
    (("edit", None, "x", "ana"), "field"),
    (("edit", {"killed": 2}, None, "ana"), "reason"),
    (("edit", {"evidence": "x"}, "r", "ana"), "cannot be edited"),
    (("edit", {"killed": "muchos"}, "r", "ana"), "integer"),
    (("edit", {"killed": -1}, "r", "ana"), "negative"),
    (("edit", {"type": "riot"}, "r", "ana"), "type"),
    (("edit", {"date": "3 de mayo"}, "r", "ana"), "date"),
    (("edit", {"date": "2012-02-30"}, "r", "ana"), "calendar"),
    (("edit", {"latitude": 120}, "r", "ana"), "range"),
    (("edit", {"inter1": 9}, "r", "ana"), "1..8"),
    (("accept", {"killed": 1}, None, "ana"), "no fields"),
])
def test_bad_reviews_are_refused_without_change(store, two, args, msg):
    ea, _ = two
    action, fields, reason, author = args
    with pytest.raises(ReviewError, match=msg):
        store.review(ea, action, fields, reason, author)
    got = store.get_event(ea)
    assert got["status"] == "unreviewed" and got["history"] == []


def test_unknown_event(store, two):
    with pytest.raises(EventNotFoundError):
        store.review("0000000000000000", "accept", author="ana")
