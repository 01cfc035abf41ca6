"""What guards the trained decision layer: behaviour checks of our own writing that a threshold
setting must not break (cronica/learn/behaviour.yaml), and hard negative pairs (another
incident of the same family and region) that the pair model is trained on with weight."""
import pytest

from cronica.errors import DataFileError
from cronica.learn.align import HARD_WEIGHT, Example
from cronica.learn.checks import CLASSES, Check, failures, load_checks
from cronica.learn.corpus import Corpus, is_one_sentence, two_incident_documents
from cronica.learn.train import DEFAULT_THRESHOLDS, GRID, fit, tune_thresholds


def test_the_behaviour_checks_load_and_cover_every_class():
    checks = load_checks()
    assert {c.cls for c in checks} == set(CLASSES)
    assert len({c.id for c in checks}) == len(checks)
    # the "short" class is what the document model must keep: one-sentence texts
    assert all(is_one_sentence(c.text.split("\n")[0]) for c in checks if c.cls == "short")


@pytest.mark.parametrize("entry, why", [
    ("- {id: a, class: short, text: Un texto.}", "expect"),
    ("- {id: a, class: other, text: Un texto., expect: {events: 1}}", "class"),
    ("- {id: a, class: toll, text: Un texto., expect: {events: 2, killed: [1]}}", "one figure per event"),
    ("- {id: a, class: toll, text: Un texto., expect: {min_events: 1, killed: [1]}}", "exact number"),
])
def test_a_malformed_check_is_refused(tmp_path, entry, why):
    p = tmp_path / "checks.yaml"
    p.write_text("checks:\n  " + entry + "\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=why):
        load_checks(p)


def test_a_check_reads_the_number_of_events_and_their_figures():
    c = Check("x", "apart", "Texto.", None, {"events": 2, "killed": [0, 3]})
    ev = lambda k: {"doc_id": "check:x", "killed": k}  # noqa: E731
    assert c.failure([ev(3), ev(None)]) is None
    assert "killed" in c.failure([ev(3), ev(1)])
    assert "events" in c.failure([ev(3)])
    assert failures([c], [ev(3)]) == {"x": "1 events, expected 2"}
    loose = Check("y", "apart", "Texto.", None, {"min_events": 2})
    assert loose.failure([ev(1), ev(2), ev(3)]) is None and loose.failure([ev(1)]) is not None


def test_the_threshold_search_never_chooses_a_setting_the_guard_refuses():
    def mean(th):
        # each step towards a lower document threshold and a pair join raises F1
        return 0.6 + 0.05 * GRID["document"].index(th["document"]) + (0.1 if th["pair_join"] <= 1 else 0.0)

    def guard(th):
        return th["pair_join"] > 1  # joining by the pair model breaks a behaviour check

    free, _ = tune_thresholds(mean, dict(DEFAULT_THRESHOLDS), list(GRID))
    assert free["pair_join"] <= 1
    guarded, _ = tune_thresholds(mean, dict(DEFAULT_THRESHOLDS), list(GRID), guard=guard)
    assert guarded["pair_join"] == DEFAULT_THRESHOLDS["pair_join"]
    assert guarded["document"] == GRID["document"][-1]  # what the guard allows is still chosen


def test_the_shipped_models_break_no_check_the_rules_pass(pipeline):
    from cronica.extraction.decide import Decider, load_decider
    from cronica.learn.train import predict

    dec = load_decider()
    if dec is None:
        pytest.skip("no shipped models")
    checks = load_checks()
    parsed = pipeline.parse([c.document() for c in checks])
    rules = failures(checks, predict(pipeline, parsed, Decider(dec.models, DEFAULT_THRESHOLDS)))
    shipped = failures(checks, predict(pipeline, parsed, dec))
    assert set(shipped) <= set(rules), {k: v for k, v in shipped.items() if k not in rules}
    assert len(rules) <= len(checks) // 4  # the checks describe what the rules mostly do right


def test_a_weighted_example_counts_like_repeated_ones():
    base = [Example("d", {"a": 1.0}, "1"), Example("d", {"b": 1.0}, "0"), Example("d", {"a": 1.0, "b": 1.0}, "0"),
            Example("d", {"a": 1.0, "c": 1.0}, "1"), Example("d", {"c": 1.0}, "0")]
    hard = Example("d", {"a": 1.0, "c": 1.0}, "0")
    twice = fit(base + [hard, hard], "pair", min_count=1)
    weighted = fit(base + [Example(hard.doc, hard.features, hard.label, 2.0)], "pair", min_count=1)
    once = fit(base + [hard], "pair", min_count=1)
    p = lambda m: m.proba({"a": 1.0, "c": 1.0})["1"]  # noqa: E731
    assert p(weighted) == pytest.approx(p(twice), abs=0.02)
    assert p(weighted) < p(once)
    assert weighted.meta["weighted"] == {"0": 1}


A = {"id": "y-001", "published": "2024-04-12",
     "text": "Hombres armados asesinaron el jueves a un campesino en zona rural de Argelia, Cauca.\n"
             "El cuerpo quedó junto a la carretera."}
B = {"id": "y-002", "published": "2024-04-20",
     "text": "Sicarios mataron a tiros a un comerciante cuando abría su tienda.\n"
             "Los vecinos dijeron que escucharon cuatro disparos."}
C = {"id": "y-003", "published": "2024-04-20", "text": "Una patrulla capturó a dos hombres con armas en Lima."}
GOLD = [{"doc": "y-001", "event_type": "killing", "admin1": "Cauca", "date": "2024-04-11",
         "evidence": "Hombres armados asesinaron el jueves a un campesino en zona rural de Argelia, Cauca."},
        {"doc": "y-002", "event_type": "killing", "admin1": "Cauca", "date": "2024-04-19",
         "evidence": "Sicarios mataron a tiros a un comerciante cuando abría su tienda."},
        {"doc": "y-003", "event_type": "arrest", "admin1": "Lima", "date": "2024-04-19",
         "evidence": "Una patrulla capturó a dos hombres con armas en Lima."}]


def test_two_documents_of_one_family_and_region_make_one_text_of_two_incidents():
    two, cut = two_incident_documents(Corpus([A, B, C], GOLD))
    assert len(two.docs) == 1  # the two killings in Cauca; the arrest in Lima has no partner
    d = two.docs[0]
    assert set(d["id"].split("#then#")) == {"y-001", "y-002"}
    first, second = (A, B) if d["id"].startswith("y-001") else (B, A)
    assert d["text"][cut[d["id"]]:] == second["text"]
    assert sorted(g["evidence"] for g in two.gold) == sorted(g["evidence"] for g in GOLD[:2])
    apart, _ = two_incident_documents(Corpus([A, B, C], GOLD), group=lambda i: i)  # other CV parts: never combined
    assert apart.docs == []


def test_pairs_across_two_documents_are_negatives_and_alike_ones_weigh_more(pipeline):
    from cronica.learn.train import record

    two, cut = two_incident_documents(Corpus([A, B, C], GOLD))
    rec = record(pipeline, pipeline.parse(two.documents()), two, cut)
    assert rec.pairs, "the second killing is compared with the first"
    assert {e.label for e in rec.pairs} == {"0"}
    # the two gold events share family and first-level division: hard negatives
    assert all(e.weight == HARD_WEIGHT for e in rec.pairs) and rec.hard_pairs == len(rec.pairs)
