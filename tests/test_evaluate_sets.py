"""`cronica evaluate` scores as ../shared/tools/score.py does, per set and pooled."""
import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

from cronica.evaluate import score, score_sets

TEXT = "Hubo un ataque en el norte. Luego una emboscada en el sur."


def shared_score(shared_dir):
    spec = importlib.util.spec_from_file_location("shared_score", shared_dir / "tools" / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.score


def test_matching_takes_the_most_pairs_not_the_greedy_first():
    # pred A overlaps both gold events (exact type only with g1); pred B overlaps only g1.
    docs = [{"id": "1", "text": TEXT}]
    first, second = TEXT.split(". ")[0] + ".", TEXT.split(". ")[1]
    gold = [{"doc": "1", "event_type": "attack", "evidence": first},
            {"doc": "1", "event_type": "ambush", "evidence": second, "evidence_more": [first]}]
    pred = [{"doc_id": "1", "type": "attack", "evidence_start": 0, "evidence_end": len(TEXT)},
            {"doc_id": "1", "type": "killing", "evidence_start": 0, "evidence_end": len(first)}]
    r = score(docs, gold, pred)
    assert r.matched == 2 and r.f1 == 1.0


def test_types_outside_the_annotated_ones_are_not_scored():
    docs = [{"id": "1", "text": TEXT}]
    pred = [{"doc_id": "1", "type": "riot", "evidence_start": 0, "evidence_end": 10}]
    r = score(docs, [], pred)
    assert r.pred_events == 0 and r.events_outside_annotated_types == 1 and r.events_on_negative_docs == 0


def test_gold_of_a_type_outside_the_annotated_ones_is_not_scored_and_its_document_is_no_negative():
    # our corpus annotates agreements (part v); the 13 scored types do not hold them
    text = "Dos bandas firmaron una tregua en el penal. Horas antes hubo un ataque en el patio."
    first, second = text.split(". ")[0] + ".", text.split(". ")[1]
    docs = [{"id": "1", "text": text}, {"id": "2", "text": "Nada que contar."}]
    gold = [{"doc": "1", "event_type": "agreement", "evidence": first},
            {"doc": "1", "event_type": "attack", "evidence": second}]
    pred = [{"doc_id": "1", "type": "agreement", "evidence_start": 0, "evidence_end": len(first)},
            {"doc_id": "1", "type": "attack", "evidence_start": len(first) + 1, "evidence_end": len(text)}]
    r = score(docs, gold, pred)
    assert (r.gold_events, r.pred_events, r.matched, r.f1) == (1, 1, 1, 1.0)
    assert r.events_outside_annotated_types == 1
    # with only the agreement found, the document is still not a negative: no event on negatives
    r = score(docs, gold, pred[:1])
    assert (r.gold_events, r.pred_events, r.recall, r.events_on_negative_docs) == (1, 0, 0.0, 0)


def test_pooled_keeps_equal_ids_of_two_sets_apart():
    docs = [{"id": "1", "text": TEXT}]
    gold = [{"doc": "1", "event_type": "attack", "evidence": TEXT[:27]}]
    pred = [{"doc_id": "1", "type": "attack", "evidence_start": 0, "evidence_end": 27}]
    per, pooled = score_sets([("a", docs, gold, pred), ("b", docs, gold, [])])
    assert per["a"].f1 == 1.0 and per["b"].recall == 0.0
    assert (pooled.gold_events, pooled.matched, pooled.pred_events) == (2, 1, 1)
    assert pooled.confusion == {("attack", "attack"): 1}


@pytest.fixture(scope="module")
def shared_runs(pipeline, shared_dir):
    from cronica.model import Document

    runs = []
    for name in ("news-dev", "news-dev2", "news-dev3"):
        base = shared_dir / "eval" / name
        docs = [json.loads(x) for x in open(base / "docs.jsonl", encoding="utf-8")]
        gold = [json.loads(x) for x in open(base / "gold.jsonl", encoding="utf-8")]
        pred = [e.to_dict() for res in pipeline.run(
            Document(id=str(d["id"]), text=d["text"], published=d.get("published")) for d in docs) for e in res.events]
        runs.append((name, docs, gold, pred))
    return runs


def test_every_shared_set_and_the_pool_agree_with_score_py(shared_runs, shared_dir):
    theirs = shared_score(shared_dir)
    per, pooled = score_sets(shared_runs)
    for name, docs, gold, pred in shared_runs:
        r = theirs(json.loads(json.dumps(docs)), json.loads(json.dumps(gold)), json.loads(json.dumps(pred)))
        ours = per[name]
        assert (ours.matched, ours.precision, ours.recall, ours.f1) == (r["matched"], r["precision"], r["recall"], r["f1"])
        assert ours.field_accuracy == r["field_accuracy"] and ours.spurious == r["spurious_counts"]
        assert ours.events_on_negative_docs == r["events_on_negative_docs"]
        assert ours.field_mean == r["field_mean"]
    pd = [{**d, "id": f"{n}/{d['id']}"} for n, ds, _, _ in shared_runs for d in ds]
    pg = [{**g, "doc": f"{n}/{g['doc']}"} for n, _, gs, _ in shared_runs for g in gs]
    pp = [{**p, "doc_id": f"{n}/{p['doc_id']}"} for n, _, _, ps in shared_runs for p in ps]
    r = theirs(json.loads(json.dumps(pd)), pg, json.loads(json.dumps(pp)))
    assert (pooled.matched, pooled.f1, pooled.field_accuracy) == (r["matched"], r["f1"], r["field_accuracy"])


def test_cli_reports_each_set_pooled_and_a_confusion_table(shared_dir):
    root = Path(__file__).resolve().parent.parent
    exe = Path(sys.executable).parent / "cronica"
    r = subprocess.run([str(exe), "evaluate", str(shared_dir / "eval" / "news-dev"),
                        "--docs", "tests/data/own-news.docs.jsonl", "--gold", "tests/data/own-news.gold.jsonl", "--json"],
                       capture_output=True, text=True, cwd=root, timeout=300)
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert set(out["sets"]) == {"news-dev", "own-news"}
    assert out["gold_events"] == sum(s["gold_events"] for s in out["sets"].values())
    assert out["matched"] == sum(s["matched"] for s in out["sets"].values())
    assert sum(n for _, _, n in out["confusion"]) == out["matched"]
    table = subprocess.run([str(exe), "evaluate", str(shared_dir / "eval" / "news-dev"),
                            "--docs", "tests/data/own-news.docs.jsonl", "--gold", "tests/data/own-news.gold.jsonl"],
                           capture_output=True, text=True, cwd=root, timeout=300).stdout
    assert "pooled" in table and "type confusion" in table


# CAMEO root scoring (issue 11): a tiny set of our own, two documents and a negative.
CAMEO_DOCS = [
    {"id": "c1", "text": "Hombres armados mataron a tiros a un tendero en la vereda Alta. Luego quemaron su camioneta."},
    {"id": "c2", "text": "Guerrilleros retuvieron a dos topografos en la via al puerto."},
    {"id": "c3", "text": "La alcaldia invito a un foro sobre convivencia el proximo sabado."},
]
CAMEO_GOLD = [
    {"doc": "c1", "event_type": "killing", "cameo": "193", "evidence": CAMEO_DOCS[0]["text"][:63]},
    {"doc": "c1", "event_type": "attack", "cameo": "1712", "evidence": CAMEO_DOCS[0]["text"][64:]},
    {"doc": "c2", "event_type": "kidnapping", "cameo": "181", "evidence": CAMEO_DOCS[1]["text"]},
]


def _pred(doc, type_, cameo, start, end):
    return {"doc_id": doc, "type": type_, "cameo": cameo, "evidence_start": start, "evidence_end": end}


def test_cameo_roots_are_a_multiset_per_document_over_every_predicted_event():
    pred = [_pred("c1", "killing", "1823", 0, 63),         # matched; root 18, gold 19: a root miss and a code miss
            _pred("c1", "riot", "145", 64, 92),           # outside the 13 types: not an event match, but its root counts
            _pred("c2", "kidnapping", "181", 0, 10),      # matched, same code
            _pred("c3", "other", "043", 0, 20)]           # a root on a document without events
    r = score(CAMEO_DOCS, CAMEO_GOLD, pred)
    assert (r.cameo.gold, r.cameo.pred, r.cameo.matched) == (3, 4, 1)
    assert (r.cameo.precision, r.cameo.recall, r.cameo.f1) == (0.25, 0.333, 0.286)
    assert (r.cameo.pairs, r.cameo.pairs_same_code, r.cameo.code_accuracy) == (2, 1, 0.5)
    d = r.to_dict()
    assert d["cameo_root"]["f1"] == 0.286 and d["cameo_code_accuracy"] == 0.5
    assert {e[0] for e in r.cameo_errors if e[1] == "cameo_root"} == {"c1", "c3"}
    assert [e[2] for e in r.cameo_errors if e[1] == "cameo_code"] == [("1823", "193")]


def test_the_same_root_twice_matches_only_as_often_as_gold_has_it():
    pred = [_pred("c2", "kidnapping", "181", 0, 10), _pred("c2", "kidnapping", "1811", 20, 30)]
    r = score(CAMEO_DOCS[1:2], CAMEO_GOLD[2:], pred)
    assert (r.cameo.gold, r.cameo.pred, r.cameo.matched, r.cameo.pairs) == (1, 2, 1, 1)


def test_sets_without_codes_have_no_cameo_score_and_the_pool_sums_the_coded_ones():
    plain = [{k: v for k, v in g.items() if k != "cameo"} for g in CAMEO_GOLD]
    pred = [_pred("c2", "kidnapping", "181", 0, 10)]
    per, pooled = score_sets([("coded", CAMEO_DOCS, CAMEO_GOLD, pred), ("plain", CAMEO_DOCS, plain, pred)])
    assert per["plain"].cameo is None and "cameo_root" not in per["plain"].to_dict()
    assert (pooled.cameo.gold, pooled.cameo.pred, pooled.cameo.matched) == (3, 1, 1)
    assert pooled.matched == 2 and pooled.f1 == per["coded"].f1


def test_cli_prints_cameo_scores_for_a_coded_set(tmp_path):
    root = Path(__file__).resolve().parent.parent
    exe = Path(sys.executable).parent / "cronica"
    docs, gold = tmp_path / "docs.jsonl", tmp_path / "gold.jsonl"
    docs.write_text("".join(json.dumps(d) + "\n" for d in CAMEO_DOCS), encoding="utf-8")
    gold.write_text("".join(json.dumps(g) + "\n" for g in CAMEO_GOLD), encoding="utf-8")
    args = [str(exe), "evaluate", "--docs", str(docs), "--gold", str(gold)]
    out = json.loads(subprocess.run(args + ["--json"], capture_output=True, text=True, cwd=root, timeout=300).stdout)
    assert out["cameo_root"]["gold"] == 3 and out["sets"]["docs"]["cameo_root"]["gold"] == 3
    assert 0.0 <= out["cameo_root"]["f1"] <= 1.0 and "cameo_code_accuracy" in out
    table = subprocess.run(args, capture_output=True, text=True, cwd=root, timeout=300).stdout
    assert "CAMEO root codes" in table
