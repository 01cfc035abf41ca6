"""Deduplication: the rules on pairs (no database), and incremental clustering in
the store with its explanations."""
from __future__ import annotations

import datetime as dt

import pytest

from cronica.store.dedup import aggregate, compare, default_config
from cronica.store.repository import event_row
from storehelpers import doc, event, result

A = doc("a", "Texto propio A sobre un ataque.")
B = doc("b", "Texto propio B sobre el mismo ataque.")


def row(ev):
    return event_row(ev.to_dict())


def test_same_incident_two_outlets_joins_with_reasons():
    m = compare(row(event(A, "ambush", killed=3)), row(event(B, "attack", killed=3)))
    assert m.joined
    text = " ".join(m.reasons)
    assert "compatible" in text and "same day" in text and "admin3" in text and "share" in text


@pytest.mark.parametrize("kw_b,veto", [
    (dict(typ="protest"), "type"),
    (dict(date="2012-05-09"), "date"),
    (dict(date=None), "undated"),
    (dict(date="2012"), "vague"),
    (dict(place="Tocache"), "place"),
    (dict(actor1="Policía Nacional del Perú", actor2="Comerciantes"), "actors"),
    (dict(killed=40), "counts"),
])
def test_vetoes(kw_b, veto):
    a = row(event(A, "attack", killed=3))
    kw = dict(typ="attack", killed=3) | kw_b
    m = compare(a, row(event(B, **kw)))
    assert not m.joined and veto in m.veto


def test_month_precision_overlaps_day_inside_it():
    a = row(event(A, "arrest", date="2012-02", place="Tocache", actor1="Ejército del Perú",
                  actor2="Artemio", inter1=1, inter2=2))
    b = row(event(B, "arrest", date="2012-02-12", place="Tocache", actor1=None,
                  actor2="Artemio", inter2=2))
    m = compare(a, b)
    assert m.joined, m
    c = row(event(B, "arrest", date="2012-03-20", place="Tocache", actor2="Artemio"))
    assert not compare(a, c).joined


def test_distance_rule_and_config():
    a = row(event(A, place="Pichari"))
    b = row(event(B, place="Llochegua"))  # different district and department, ~14 km away
    assert compare(a, b).joined
    near = default_config().replace(max_km=5)
    assert not compare(a, b, near).joined


def test_counts_revised_upward_stay_consistent():
    assert compare(row(event(A, killed=3)), row(event(B, killed=4))).joined
    assert not compare(row(event(A, killed=3)), row(event(B, killed=30))).joined


def test_weak_evidence_stays_apart():
    # same department only, no actors named, no counts: not enough to merge
    a = row(event(A, admin_only=True, actor1=None, actor2=None))
    b = row(event(B, admin_only=True, actor1=None, actor2=None))
    m = compare(a, b)
    assert not m.joined and "threshold" in m.veto


def test_aggregate_field_conventions():
    members = [row(event(A, "ambush", killed=3, wounded=4)),
               row(event(B, "attack", killed=5, wounded=2)),
               row(event(doc("c", "Texto propio C."), "ambush", killed=None, killed_low=10,
                         killed_high=None))]
    agg = aggregate(members)
    assert agg["type"] == "ambush"
    assert agg["fatalities"] == 3  # ACLED: most conservative stated figure
    assert (agg["deaths_low"], agg["deaths_best"], agg["deaths_high"]) == (3, 3, 10)
    assert agg["wounded"] == 2
    assert agg["n_events"] == 3 and agg["n_documents"] == 3


def test_aggregate_prefers_precise_date_and_place():
    m1 = row(event(A, date="2012-05", place="Pichari", admin_only=True))
    m2 = row(event(B, date="2012-05-03", place="Pichari"))
    agg = aggregate([m1, m2])
    assert agg["date"] == "2012-05-03" and agg["date_precision"] == "day"
    assert agg["admin3"] == "Pichari" and agg["geo_precision"] == 1


def test_incremental_clustering_in_store(store):
    c = doc("c", "Texto propio C: tercer medio.")
    s1 = store.ingest([result(A, event(A, "ambush", killed=3))])
    assert s1.incidents_new == 1
    s2 = store.ingest([result(B, event(B, "attack", killed=4))])
    assert s2.events_joined == 1 and s2.incidents_new == 0
    s3 = store.ingest([result(c, event(c, "killing", killed=3))])
    assert s3.events_joined == 1
    incs, total = store.incidents()
    assert total == 1
    inc = store.incident(incs[0]["incident_id"])
    assert inc["n_documents"] == 3 and inc["fatalities"] == 3 and inc["deaths_high"] == 4
    assert len(inc["explanation"]) == 3
    assert "first report" in inc["explanation"][0]
    assert "joined via" in inc["explanation"][1]
    assert {m["doc_id"] for m in inc["members"]} == {"a", "b", "c"}
    assert all(m["evidence"] for m in inc["members"])


def test_events_of_one_document_are_never_merged(store):
    d = doc("d", "Dos hechos propios en el mismo texto, mismo día y lugar.")
    store.ingest([result(d, event(d, "ambush", killed=2, end=10), event(d, "attack", killed=2, start=10))])
    assert store.incidents()[1] == 2


def test_unrelated_reports_found_their_own_incident_and_say_why(store):
    store.ingest([result(A, event(A, "attack", killed=3))])
    store.ingest([result(B, event(B, "attack", killed=30))])
    store.ingest([result(doc("c", "Otro texto propio."), event(doc("c", "Otro texto propio."),
                                                              "attack", place="Tocache", killed=3))])
    incs, total = store.incidents()
    assert total == 3
    by_doc = {i["members"][0]["doc_id"]: i["incident_id"] for i in incs}
    expl = store.incident(by_doc["b"])["explanation"][0]
    assert "first report" in expl and "closest" in expl and "counts" in expl
    # a report in another department, far away, is not even a candidate
    assert "closest" not in store.incident(by_doc["c"])["explanation"][0]


def test_store_joins_across_department_border_when_near(store):
    store.ingest([result(A, event(A, "attack", place="Pichari", killed=3))])
    s = store.ingest([result(B, event(B, "attack", place="Llochegua", killed=3))])
    assert s.events_joined == 1


def test_updated_document_leaves_its_old_report_out_of_the_incident(store):
    store.ingest([result(A, event(A, "ambush", killed=3)), result(B, event(B, "attack", killed=3))])
    inc_id = store.incidents()[0][0]["incident_id"]
    a2 = doc("a", A.text + " Actualización propia.")
    store.ingest([result(a2, event(a2, "ambush", killed=2))])
    inc = store.incident(inc_id)
    assert inc["n_events"] == 2 and inc["fatalities"] == 2
    assert sum(m["superseded"] for m in inc["members"]) == 1


def test_actor_relations_leader_and_group():
    arrest = dict(typ="arrest", date="2012-02", place="Tocache", inter1=1, inter2=2,
                  event_type="Strategic developments")
    a = row(event(A, actor1="Ejército del Perú", actor2="Florindo Eleuterio Flores Hala", **arrest))
    same_person = row(event(B, actor1="Gobierno del Perú", actor2="Florindo Eleuterio Flores Hala",
                            **(arrest | {"place": None})))
    m = compare(a, same_person)
    assert m.joined and any("both name" in r for r in m.reasons)
    group = row(event(B, actor1=None, actor2="Sendero Luminoso", **(arrest | {"place": None})))
    m = compare(a, group)
    assert not m.veto.startswith("actors") and any("related" in r for r in m.reasons)
    other = row(event(B, actor1=None, actor2="Movimiento Revolucionario Túpac Amaru",
                      **(arrest | {"place": None})))
    assert compare(a, other).veto.startswith("actors")


def test_unknown_perpetrator_never_vetoes():
    a = row(event(A, actor1="Grupo armado no identificado", actor2="Ejército del Perú", killed=2))
    b = row(event(B, actor1="Sendero Luminoso", actor2="Ejército del Perú", killed=2))
    m = compare(a, b)
    assert m.joined and "grupo armado" not in " ".join(m.reasons)


def test_actors_conflict_only_within_a_role():
    # one report names only the attacker, the other only the target: no conflict
    a = row(event(A, actor1="Sendero Luminoso", actor2=None, killed=1))
    b = row(event(B, actor1=None, actor2="Policía Nacional del Perú", killed=1))
    assert compare(a, b).joined
    # roles swapped by the extraction (a clash): still the same actors
    c = row(event(B, actor1="Ejército del Perú", actor2="Sendero Luminoso", killed=1))
    d = row(event(A, actor1="Sendero Luminoso", actor2="Ejército del Perú", killed=1))
    assert compare(c, d).joined
    # two different perpetrators
    e = row(event(B, actor1="Movimiento Revolucionario Túpac Amaru", actor2=None, killed=1))
    assert compare(a, e).veto.startswith("actors")


# ------------------------------------------------------------------ compare without words
_PAIR_FIELDS = dict(
    typ=["attack", "ambush", "killing", "arrest", "protest"],
    date=["2012-05-03", "2012-05-04", "2012-05-09", "2012-05", "2012", None],
    place=[None, "Pichari", "Llochegua", "Tocache"],
    actor1=[None, "Sendero Luminoso", "Artemio", "Policía Nacional del Perú", "Grupo armado no identificado"],
    actor2=[None, "Ejército del Perú", "Sendero Luminoso", "Comerciantes"],
    killed=[None, 0, 3, 4, 30],
    admin_only=[False, True],
)


def test_compare_without_words_decides_the_same():
    """compare(explain=False), used by the store's loops over every candidate pair, must
    give the same decision, score and kind of veto as the explained comparison: over
    every combination of two reports drawn from varied fields (types, precisions,
    places near and far, actors related or not, counts)."""
    import random

    rng = random.Random(13)
    cases = []
    for _ in range(1500):
        first = {k: rng.choice(v) for k, v in _PAIR_FIELDS.items()}
        # the second report: the first one retold, each field changed one time in three
        kw = [first, {k: rng.choice(v) if rng.random() < 0.33 else first[k] for k, v in _PAIR_FIELDS.items()}]
        if kw[0]["place"] is None:
            kw[0]["admin_only"] = False
        if kw[1]["place"] is None:
            kw[1]["admin_only"] = False
        cases.append((row(event(A, **kw[0])), row(event(B, **kw[1]))))
    joined = vetoed = 0
    for a, b in cases:
        full, quick = compare(a, b), compare(a, b, explain=False)
        assert (quick.joined, quick.score, quick.hard) == (full.joined, full.score, full.hard), (a, b)
        assert bool(quick.veto) == bool(full.veto) and quick.reasons == []
        joined += full.joined
        vetoed += full.hard
    assert joined > 50 and vetoed > 50  # both outcomes exercised


def test_prepared_reports_reused_across_pairs_decide_like_compare():
    """The store prepares each report once (dedup.Report: names, windows, counts) and
    compares it with many others: a prepared report reused in any order of pairs, in
    both modes, gives exactly what compare() gives on the two mappings."""
    import random

    from cronica.store.dedup import Report, compare_reports

    cfg = default_config()
    rng = random.Random(29)
    rows = []
    for k in range(120):
        kw = {f: rng.choice(v) for f, v in _PAIR_FIELDS.items()}
        if kw["place"] is None:
            kw["admin_only"] = False
        r = row(event(A if k % 2 else B, **kw))
        r["doc_id"] = f"doc-{k % 40}"
        rows.append(r)
    reps = [Report(r, cfg) for r in rows]
    pairs = [(rng.randrange(len(rows)), rng.randrange(len(rows))) for _ in range(3000)]
    joined = 0
    for i, j in pairs:
        for explain in (False, True):
            want, got = compare(rows[i], rows[j], cfg, explain), compare_reports(reps[i], reps[j], cfg, explain)
            assert (got.joined, got.score, got.hard, got.veto, got.reasons) == \
                (want.joined, want.score, want.hard, want.veto, want.reasons), (rows[i], rows[j])
        joined += want.joined
    assert 0 < joined < len(pairs)


@pytest.mark.parametrize("bearing", [0, 45, 90, 180, 300])
def test_distance_decisions_at_the_max_km_edge(bearing):
    """compare() without words skips the great-circle formula for reports farther apart
    in latitude alone than max_km; at and around that edge it must decide as the
    explained comparison (which measures every distance) and as haversine_km does."""
    import math

    from cronica.store.dedup import haversine_km

    cfg = default_config()
    a = row(event(A, "attack", place="Pichari", actor1=None, actor2=None))
    for km in (cfg.max_km - 0.01, cfg.max_km - 1e-7, cfg.max_km, cfg.max_km + 1e-7, cfg.max_km + 0.01,
               cfg.max_km + 5):
        b = dict(row(event(B, "attack", place="Pichari", actor1=None, actor2=None)))
        d = km / 6371.0088  # (an angle on the sphere: move b by km along the bearing)
        lat0, lon0, th = math.radians(a["latitude"]), math.radians(a["longitude"]), math.radians(bearing)
        lat1 = math.asin(math.sin(lat0) * math.cos(d) + math.cos(lat0) * math.sin(d) * math.cos(th))
        lon1 = lon0 + math.atan2(math.sin(th) * math.sin(d) * math.cos(lat0),
                                 math.cos(d) - math.sin(lat0) * math.sin(lat1))
        b.update(latitude=math.degrees(lat1), longitude=math.degrees(lon1), admin3="Otro distrito",
                 location="Otro lugar")
        near = haversine_km(a["latitude"], a["longitude"], b["latitude"], b["longitude"]) <= cfg.max_km
        full, quick = compare(a, b, cfg), compare(a, b, cfg, explain=False)
        assert (quick.joined, quick.score, quick.hard) == (full.joined, full.score, full.hard)
        # another district: only the distance keeps them together
        assert full.hard is (not near), (km, full.veto)


@pytest.mark.parametrize("text_a,text_b,joined", [
    ("Miles de transportistas", "los docentes", False),  # two trades: two protests
    ("unos 300 transportistas", "Transportistas", True),  # one trade told twice
    ("Miles de manifestantes", "los docentes", True),  # filler words say nothing
])
def test_a_collective_actor_is_one_group_only_when_its_words_agree(text_a, text_b, joined):
    kw = dict(actor1="Manifestantes (Perú)", actor2=None, place="Lima")
    a, b = row(event(A, "protest", **kw)), row(event(B, "protest", **kw))
    a["actor1_text"], b["actor1_text"] = text_a, text_b
    m = compare(a, b)
    assert m.joined is joined
    if not joined:
        assert "actors" in m.veto
