"""Review from the command line (issue 13, item 9) and fields that follow an edit
(item 10): `cronica review`, `cronica incidents merge|split|move`, decisions kept in
the history and respected by every later re-clustering."""
from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from cronica.cli.main import cli
from cronica.store import EventFilter, ReviewError, open_store
from storehelpers import doc, event, result


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def ids(store, doc_id):
    e = store.query_events(EventFilter(doc_id=doc_id))[0][0]
    return e["event_id"], e["incident_id"]


@pytest.fixture
def two_incidents(db_url):
    """a+b: one ambush in Pichari (two outlets); c: an attack in Tocache the same day."""
    s = open_store(db_url)
    a, b, c = (doc(k, f"Texto propio {k.upper()} sobre un hecho.") for k in "abc")
    s.ingest([result(a, event(a, "ambush", killed=3)), result(b, event(b, "attack", killed=3)),
              result(c, event(c, "attack", place="Tocache", killed=1))])
    s.close()
    return db_url


def test_review_accept_reject_edit_with_formats(two_incidents):
    db = two_incidents
    with open_store(db) as s:
        ea, _ = ids(s, "a")
    r = run("review", ea, "accept", "--author", "ana", "--db", db, "--format", "jsonl")
    assert r.exit_code == 0, r.output
    row = json.loads(r.stdout)
    assert row["status"] == "accepted" and row["author"] == "ana" and row["action"] == "accept"
    r = run("review", ea, "edit", "killed=4", "wounded=", "--reason", "segunda fuente", "--author", "ana",
            "--db", db, "--format", "csv")
    assert r.exit_code == 0, r.output
    got = list(csv.DictReader(io.StringIO(r.stdout)))[0]
    assert got["killed"] == "4" and got["status"] == "edited" and got["reason"] == "segunda fuente"
    r = run("review", ea, "reject", "--reason", "duplicado", "--author", "luis", "--db", db,
            "--format", "table")
    assert r.exit_code == 0 and "review: reject" in r.output
    with open_store(db) as s:
        hist = s.get_event(ea)["history"]
    assert [h["action"] for h in hist] == ["machine", "accept", "edit", "reject"]
    assert hist[2]["reason"] == "segunda fuente" and hist[3]["author"] == "luis"
    # errors: one line, exit 1 / usage 2
    assert run("review", ea, "edit", "killed=x", "--reason", "r", "--author", "a", "--db", db).exit_code == 1
    assert run("review", ea, "edit", "nofield", "--reason", "r", "--author", "a", "--db", db).exit_code == 1
    assert run("review", "0000000000000000", "accept", "--author", "a", "--db", db).exit_code == 1
    assert run("review", ea, "accept", "--db", db).exit_code == 2  # no author


def test_move_split_merge_keep_the_reason_and_survive_reclustering(two_incidents):
    db = two_incidents
    with open_store(db) as s:
        (ea, ia), (eb, ib), (ec, ic) = ids(s, "a"), ids(s, "b"), ids(s, "c")
    assert ia == ib != ic
    # move b (Pichari) into c's incident (Tocache): the machine would never do that
    r = run("incidents", "move", eb, ic, "--reason", "misma emboscada según fiscalía", "--author", "ana",
            "--db", db, "--format", "jsonl")
    assert r.exit_code == 0, r.output
    rows = {x["incident_id"]: x for x in map(json.loads, r.stdout.splitlines())}
    assert set(rows[ic]["events"]) == {eb, ec}
    with open_store(db) as s:
        assert ids(s, "b")[1] == ids(s, "c")[1] != ids(s, "a")[1]
        hist = s.get_event(eb)["history"]
        assert hist[-1]["action"] == "move" and hist[-1]["reason"] == "misma emboscada según fiscalía"
        assert hist[-1]["fields"]["incident"]["to"] == ic
        # a new outlet reporting the Pichari ambush: re-clustering keeps the pinned move
        d = doc("d", "Texto propio D sobre la emboscada.")
        s.ingest([result(d, event(d, "ambush", killed=3))])
        assert ids(s, "b")[1] == ids(s, "c")[1]
        assert ids(s, "d")[1] == ids(s, "a")[1] != ids(s, "b")[1]
        # and an edit of a pinned event does not undo it either
        s.review(eb, "edit", {"killed": 2}, reason="cifra", author="ana")
        assert ids(s, "b")[1] == ids(s, "c")[1]
        ia2 = ids(s, "a")[1]
    # split d out of a's incident
    r = run("incidents", "split", ia2, ids(open_store(db), "d")[0], "--reason", "otro hecho",
            "--author", "ana", "--db", db, "--format", "table")
    assert r.exit_code == 0, r.output
    with open_store(db) as s:
        ed, idd = ids(s, "d")
        assert idd != ids(s, "a")[1]
        assert s.get_event(ed)["history"][-1]["action"] == "split"
        # merge them back
    r = run("incidents", "merge", ids(open_store(db), "a")[1], idd, "--reason", "mismo hecho",
            "--author", "ana", "--db", db, "--format", "csv")
    assert r.exit_code == 0, r.output
    with open_store(db) as s:
        assert ids(s, "a")[1] == ids(s, "d")[1]
        assert s.get_event(ids(s, "a")[0])["history"][-1]["reason"] == "mismo hecho"
        assert s.incidents()[1] == 2
    assert run("incidents", "merge", 1, "--reason", "x", "--author", "a", "--db", db).exit_code == 1
    assert run("incidents", "move", ea, ic, "--author", "a", "--db", db).exit_code == 2  # no reason


# ------------------------------------------------------------------ item 10: derived fields
def test_type_edit_recomputes_acled_cameo_plover(store):
    from cronica.taxonomy import codes_for

    d = doc("t", "Texto propio T: un ataque.")
    store.ingest([result(d, event(d, "attack", killed=2))])
    eid = ids(store, "t")[0]
    ev = store.review(eid, "edit", {"type": "kidnapping"}, reason="fue un secuestro", author="ana")
    codes = codes_for("kidnapping", ev["inter2"])
    assert (ev["event_type"], ev["sub_event_type"], ev["cameo"], ev["plover"]) == (
        codes.event_type, codes.sub_event_type, codes.cameo, codes.plover)
    assert ev["history"][-1]["fields"]["previous"]["cameo"] is None or \
        ev["history"][-1]["fields"]["set"]["cameo"] == codes.cameo


def test_killed_edit_sets_low_and_high(store):
    d = doc("k", "Texto propio K: un ataque.")
    store.ingest([result(d, event(d, "attack", killed=1))])
    ev = store.review(ids(store, "k")[0], "edit", {"killed": 30}, reason="cifra oficial", author="ana")
    assert (ev["killed"], ev["killed_low"], ev["killed_high"]) == (30, 30, 30)
    ev = store.review(ev["event_id"], "edit", {"killed": 12, "killed_high": 15}, reason="rango", author="ana")
    assert (ev["killed"], ev["killed_low"], ev["killed_high"]) == (12, 12, 15)


def test_place_edit_recomputes_admin_levels_and_coordinates(store):
    d = doc("p", "Texto propio P: un ataque.")
    store.ingest([result(d, event(d, "attack", place="Pichari", killed=1))])
    eid = ids(store, "p")[0]
    # a department only: the districts and the town's coordinates must go
    ev = store.review(eid, "edit", {"admin1": "Ayacucho"}, reason="otra región", author="ana")
    assert ev["admin1"] == "Ayacucho" and ev["admin2"] is None and ev["admin3"] is None
    assert ev["geo_precision"] == 3
    assert ev["latitude"] is None or abs(ev["latitude"] - -12.52) > 0.05
    # a place the gazetteer knows: levels and coordinates from it
    ev = store.review(eid, "edit", {"location": "Huanta"}, reason="lugar exacto", author="ana")
    assert ev["admin1"] == "Ayacucho" and ev["admin2"] == "Huanta"
    assert ev["latitude"] is not None and ev["geo_precision"] in (1, 2, 3)
    huanta = (ev["latitude"], ev["longitude"])
    # a place it does not know: the levels below the department are cleared and the
    # point is the department's (ACLED geo_precision 3), not the old place's
    ev = store.review(eid, "edit", {"location": "Paraje Inventado Xyz"}, reason="dato local", author="ana")
    assert ev["location"] == "Paraje Inventado Xyz" and ev["admin2"] is None and ev["admin3"] is None
    assert ev["admin1"] == "Ayacucho" and ev["geo_precision"] == 3
    assert (ev["latitude"], ev["longitude"]) != huanta


def test_edited_event_is_rechecked_against_its_incident(store):
    a, b = doc("a", "Texto propio A."), doc("b", "Texto propio B.")
    store.ingest([result(a, event(a, "attack", killed=3)), result(b, event(b, "attack", killed=3))])
    (ea, ia), (eb, ib) = ids(store, "a"), ids(store, "b")
    assert ia == ib
    store.review(eb, "edit", {"date": "2012-08-20"}, reason="fecha corregida", author="ana")
    assert ids(store, "b")[1] != ids(store, "a")[1]  # no longer the same incident
    assert store.incident(ids(store, "a")[1])["n_events"] == 1
    store.review(eb, "edit", {"date": "2012-05-03"}, reason="fecha original", author="ana")
    assert ids(store, "b")[1] == ids(store, "a")[1]


def test_split_must_name_members(store):
    a, b = doc("a", "Texto propio A."), doc("b", "Texto propio B.")
    store.ingest([result(a, event(a, "attack", killed=3)), result(b, event(b, "attack", killed=3))])
    with pytest.raises(ReviewError):
        store.split_incident(ids(store, "a")[1], [ids(store, "a")[0], ids(store, "b")[0]], "x", "ana")
    with pytest.raises(ReviewError):
        store.merge_incidents([ids(store, "a")[1]], "x", "ana")


def test_cli_coordinate_edit_rederives_the_divisions(two_incidents):
    """`cronica review EVENT edit lat=.. lon=..`: country, admin1 and admin2 follow the
    point (nearest gazetteer places), the old district and gazetteer id go, and the
    output says where the divisions came from."""
    db = two_incidents
    with open_store(db) as s:
        ec, _ = ids(s, "c")  # Tocache (San Martín)
    r = run("review", ec, "edit", "lat=-13.16", "lon=-74.22", "--reason", "punto corregido",
            "--author", "ana", "--db", db, "--format", "jsonl")
    assert r.exit_code == 0, r.output
    row = json.loads(r.stdout)
    assert (row["latitude"], row["longitude"]) == (-13.16, -74.22)
    assert (row["country"], row["admin1"], row["admin2"], row["admin3"]) == ("Peru", "Ayacucho", "Huamanga", None)
    assert "nearest gazetteer" in row["derived"]
    r = run("review", ec, "edit", "lat=-30", "lon=-100", "--reason", "en el mar", "--author", "ana",
            "--db", db, "--format", "table")
    assert r.exit_code == 0, r.output
    with open_store(db) as s:
        ev = s.get_event(ec)
    assert (ev["country"], ev["admin1"], ev["admin2"]) == (None, None, None)
    assert "cleared" in ev["history"][-1]["fields"]["derived"]
    assert run("review", ec, "edit", "lat=5", "lon=", "--reason", "r", "--author", "a", "--db", db).exit_code == 1
