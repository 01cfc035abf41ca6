"""Incidents that do not depend on the order reports arrive in (issue 13, items 5-7):
no single-link chaining, the same incidents in any order or with concurrent ingests,
and statistics that count each incident once."""
from __future__ import annotations

import datetime as dt
import random
import threading

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from sqlalchemy import text

from cronica.store import EventFilter
from cronica.store.dedup import cluster, compare
from cronica.store.repository import event_row
from storehelpers import consistency_problems, doc, event, result, x_report, y_report, z_report

def partition(store) -> set[frozenset[tuple[str, str]]]:
    """The incidents as sets of (doc_id, event_id): what must not depend on order."""
    groups: dict[int, set] = {}
    for e in store.iter_events():
        groups.setdefault(e["incident_id"], set()).add((e["doc_id"], e["event_id"]))
    return {frozenset(g) for g in groups.values()}


def incident_of(store, doc_id: str) -> dict:
    e = store.query_events(EventFilter(doc_id=doc_id))[0][0]
    return store.incident(e["incident_id"])


# ------------------------------------------------------------------ item 5: no chaining
def test_cluster_needs_agreement_with_every_member():
    rows = [event_row(r.events[0].to_dict()) for r in (z_report(), x_report(), y_report())]
    places = cluster(rows)
    assert places[1].cluster != places[2].cluster  # the two clashes stay apart
    assert len({p.cluster for p in places}) == 2


@pytest.mark.parametrize("order", ["zxy", "xzy", "yzx", "xyz"])
def test_a_report_without_count_does_not_chain_two_clashes(store, order):
    reports = {"x": x_report, "y": y_report, "z": z_report}
    for k in order:
        store.ingest([reports[k]()])
    incs, total = store.incidents()
    assert total == 2
    x_inc, y_inc = incident_of(store, "x"), incident_of(store, "y")
    assert x_inc["incident_id"] != y_inc["incident_id"]
    assert x_inc["fatalities"] == 4 and y_inc["fatalities"] == 1
    assert not consistency_problems(store.url)


def test_fatalities_do_not_drop_when_a_report_without_count_joins(store):
    store.ingest([x_report()])
    before = incident_of(store, "x")
    s = store.ingest([z_report()])
    assert s.events_joined == 1
    after = incident_of(store, "x")
    assert after["n_events"] == 2
    assert after["fatalities"] == before["fatalities"] == 4
    assert after["deaths_best"] == 4


# ------------------------------------------------------------------ item 6: order independence
PLACE_NAMES = ["Pichari", "Llochegua", "Tocache", "Vizcatán del Ene"]
PERPS = ["Sendero Luminoso", "Movimiento Revolucionario Túpac Amaru", None]


@st.composite
def corpora(draw):
    """Incidents close in time and place, each reported by 1-3 outlets with noise
    (a count revised or missing, a perpetrator not named, a month-only date)."""
    n = draw(st.integers(3, 9))
    results = []
    for i in range(n):
        day = dt.date(2012, 5, 1) + dt.timedelta(days=draw(st.integers(0, 4)))
        place = draw(st.sampled_from(PLACE_NAMES))
        perp = draw(st.sampled_from(PERPS))
        killed = draw(st.sampled_from([None, 1, 2, 4, 9]))
        typ = draw(st.sampled_from(["attack", "ambush", "armed_clash"]))
        for j in range(draw(st.integers(1, 3))):
            d = doc(f"i{i}r{j}", f"Informe propio {i}-{j} sobre un hecho violento en la zona.")
            k = killed
            if k is not None and draw(st.booleans()):
                k = draw(st.sampled_from([None, k + 1]))
            date = day.isoformat() if draw(st.integers(0, 4)) else day.isoformat()[:7]
            results.append(result(d, event(d, typ, date, place, actor1=perp if draw(st.booleans()) else None,
                                           killed=k)))
    return results


def wipe(store) -> None:
    with store.engine.begin() as c:
        for t in ("incident_pins", "event_revisions", "incident_links", "events", "incidents",
                  "documents", "stats_month"):
            c.execute(text(f"DELETE FROM {t}"))


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(corpus=corpora(), seed=st.integers(0, 10**6))
def test_incidents_do_not_depend_on_arrival_order(store, corpus, seed):
    orders = [list(corpus), list(reversed(corpus))]
    shuffled = list(corpus)
    random.Random(seed).shuffle(shuffled)
    orders.append(shuffled)
    seen = []
    for k, order in enumerate(orders):
        wipe(store)
        # one report at a time, then in batches: neither may change the incidents
        store.ingest(order, batch_size=1 if k != 2 else 4)
        seen.append(partition(store))
        assert not consistency_problems(store.url)
    assert seen[0] == seen[1] == seen[2]
    # the monthly summary (by incident) follows
    assert store.stats("month") == store.stats("month", summary=False)


def test_two_concurrent_ingests_give_the_same_incidents(store):
    rng = random.Random(3)
    reports = []
    for i in range(40):
        day = dt.date(2012, 5, 1) + dt.timedelta(days=rng.randrange(6))
        place, perp, killed = rng.choice(PLACE_NAMES), rng.choice(PERPS), rng.choice([None, 1, 3, 8])
        for j in range(rng.randint(1, 3)):
            d = doc(f"c{i}r{j}", f"Informe propio concurrente {i}-{j}.")
            reports.append(result(d, event(d, "attack", day.isoformat(), place, actor1=perp, killed=killed)))
    store.ingest(list(reports), batch_size=1)
    expected = partition(store)
    wipe(store)
    rng.shuffle(reports)
    halves = [reports[::2], reports[1::2]]
    errors = []

    def run(part):
        try:
            store.ingest(part, batch_size=3)
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(h,)) for h in halves]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert partition(store) == expected
    assert not consistency_problems(store.url)


# ------------------------------------------------------------------ item 7: stats by incident
def _three_incidents(store):
    """Three incidents in May 2012, each told by several outlets with different tolls."""
    tolls = {"Pichari": [10, 12], "Tocache": [20, 20, 22], "Lima": [2]}
    for place, counts in tolls.items():
        for j, k in enumerate(counts):
            d = doc(f"{place}{j}", f"Texto propio {place} {j}: ataque con víctimas.")
            store.ingest([result(d, event(d, "attack", "2012-05-03", place, killed=k, wounded=j))])
    return tolls


def test_stats_count_each_incident_once(store):
    _three_incidents(store)
    incs, total = store.incidents()
    assert total == 3
    best = sum(i["deaths_best"] for i in incs)
    assert best == 10 + 20 + 2  # the median (lower) stated figure of each incident
    (may,) = store.stats("month")
    assert may["key"] == "2012-05" and may["incidents"] == 3 and may["events"] == 6
    assert may["killed"] == best  # not 66, the sum over reports
    assert store.stats("month", summary=False) == [may]
    by_admin1 = {r["key"]: r for r in store.stats("admin1")}
    assert by_admin1["San Martín"]["killed"] == 20 and by_admin1["San Martín"]["events"] == 3
    assert by_admin1["Cusco"]["incidents"] == 1
    by_actor = {r["key"]: r for r in store.stats("actor")}
    assert by_actor["Sendero Luminoso"]["killed"] == best
    assert by_actor["Sendero Luminoso"]["incidents"] == 3
    # a filter selects incidents through their reports, each still counted once
    (f,) = store.stats("month", EventFilter(admin1="San Martín"))
    assert f["killed"] == 20 and f["incidents"] == 1


def test_stats_follow_reviews(store):
    _three_incidents(store)
    e = store.query_events(EventFilter(doc_id="Lima0"))[0][0]
    store.review(e["event_id"], "reject", reason="no ocurrió", author="ana")
    (may,) = store.stats("month")
    assert may["incidents"] == 2 and may["killed"] == 30
    assert store.stats("month", summary=False) == [may]


# ------------------------------------------------------------------ item 8: one write per report
#: Towns on both sides of a department border (within max_km of each other) and of a
#: province border inside one department, one with no department, one with no
#: coordinates, one with no province, one of the same province far away: every part of
#: the candidate rule. (name, admin1, admin2, latitude, longitude)
BORDER_TOWNS = [("Alfa", "Departamento Norte", "Provincia Uno", -12.00, -74.00),
                ("Beta", "Departamento Norte", "Provincia Dos", -12.10, -74.05),
                ("Gama", "Departamento Sur", "Provincia Tres", -12.15, -73.98),
                ("Delta", "Departamento Sur", "Provincia Tres", -12.60, -74.40),
                ("Épsilon", None, None, -12.05, -74.02),
                ("Zeta", "Departamento Norte", "Provincia Uno", None, None),
                ("Eta", "Departamento Norte", None, -12.04, -74.03),
                ("Theta", "Departamento Norte", "Provincia Uno", -12.70, -74.60)]


def _border_corpus(seed: int) -> list:
    from cronica.model import Actor, Count, DateValue, Event, Place, Span

    rng = random.Random(seed)
    out = []
    for i in range(24):
        d = doc(f"b{seed}-{i}", f"Nota propia número {i} sobre hechos en la frontera departamental.")
        evs = []
        for k in range(rng.choice([1, 2, 3])):
            name, a1, a2, lat, lon = rng.choice(BORDER_TOWNS)
            day = dt.date(2015, 3, 1) + dt.timedelta(days=rng.randrange(4))
            date = (DateValue(day.isoformat(), "day", day, day) if rng.random() < 0.8 else
                    DateValue(day.isoformat()[:7], "month", day.replace(day=1), dt.date(2015, 3, 31)))
            perp = rng.choice(["Sendero Luminoso", "Grupo armado no identificado", None])
            evs.append(Event(
                doc_id=d.id, type=rng.choice(["attack", "ambush", "armed_clash", "arrest", "security_operation"]),
                evidence=Span(0, 10, d.text[:10]), event_type="Battles", date=date,
                place=Place(name, a1, a2, None, "Peru", 604, lat, lon, 1 if lat is not None else 3, 2),
                actor1=Actor(perp, perp, 2) if perp else None, actor2=None,
                killed=Count(rng.choice([1, 2, 3])) if rng.random() < 0.6 else None, confidence=0.7))
        out.append(result(d, *evs))
    return out


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_batch_rule_finds_what_the_candidate_query_finds(store, seed):
    """An ingest batch's events are written after its clustering, so the candidates among
    the batch's own reports come from repository._batch_mates (the candidate query's
    rule in Python), not from the query: with every report stored, both must name the
    same candidates for each report — same department or none, across the border
    within max_km, no department, no coordinates, compatible types, date windows."""
    from cronica.store.repository import EVENTS, MEMBER_COLS, _batch_mates

    store.ingest(_border_corpus(seed), batch_size=1)
    with store.engine.connect() as c:
        rows = [dict(m) for m in c.execute(
            __import__("sqlalchemy").select(*MEMBER_COLS, EVENTS.c.geo_cell)).mappings()]
        cells = {r["pk"]: r.pop("geo_cell") for r in rows}
        dated = [r for r in rows if r["date_start"] is not None]
        by_query = store._candidates_many(c, dated)
    by_rule = _batch_mates(dated, store.dedup, cells)
    assert {k: [m["pk"] for m in v] for k, v in by_rule.items()} == \
        {k: [m["pk"] for m in v] for k, v in by_query.items()}
    assert sum(map(len, by_rule.values())) > len(dated)  # the rule is exercised
    assert any(m["admin1"] != r["admin1"] and m["admin1"] and r["admin1"]
               for r in dated for m in by_rule[r["pk"]])  # across the border
    assert any(m["admin1"] == r["admin1"] and m["admin2"] and r["admin2"] and m["admin2"] != r["admin2"]
               for r in dated for m in by_rule[r["pk"]])  # across a province border, near
    # a report of another province joins only within max_km (dedup.compare), so the
    # rule leaves out the far ones: nothing it leaves out could have joined
    for r in dated:
        kept = {m["pk"] for m in by_rule[r["pk"]]}
        for o in dated:
            if o["pk"] != r["pk"] and o["pk"] not in kept and o["doc_id"] != r["doc_id"]:
                assert not compare(r, o, store.dedup).joined


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_batch_clusters_its_own_reports_as_if_they_were_stored(store, seed):
    """One report per batch (every candidate from the query) and the whole corpus in one
    batch (candidates among the batch from the rule) give the same incidents."""
    corpus = _border_corpus(seed)
    seen = []
    for size in (1, len(corpus), 5):
        wipe(store)
        store.ingest(corpus, batch_size=size)
        assert not consistency_problems(store.url)
        seen.append(partition(store))
    assert seen[0] == seen[1] == seen[2]
    assert any(len(g) > 1 for g in seen[0])  # the corpus does merge reports
