"""Clustering quality on gold duplicates, end to end with the real pipeline:
our own synthetic reports (tests/store/data/dedup_synthetic.jsonl) and, when the
shared data is present (../shared or CRONICA_SHARED_DIR, tests/conftest.py), news-dev
(the capture of Artemio in documents 015/018/021).
Thresholds sit below the measured values in docs/benchmarks.md (## Store)."""
from __future__ import annotations

from pathlib import Path

import pytest

from cronica.model import Document
from cronica.store import open_store
from cronica.store.goldeval import load_jsonl, score_documents, score_events

pytestmark = pytest.mark.slow
DATA = Path(__file__).resolve().parent / "data"


def _ingest(tmp_path, docs):
    from cronica.pipeline import get_pipeline

    store = open_store(f"sqlite:///{tmp_path / 'gold.db'}")
    store.ingest(get_pipeline().run(
        [Document(id=d["id"], text=d["text"], published=d.get("published"), url=d.get("url"),
                  title=d.get("title")) for d in docs]))
    return store


def test_synthetic_gold(tmp_path):
    docs = load_jsonl(DATA / "dedup_synthetic.jsonl")
    with _ingest(tmp_path, docs) as store:
        s = score_documents(store, {d["id"]: d["incident"] for d in docs})
    assert s.gold == 12
    assert s.precision >= 0.9, s.line()
    assert s.recall >= 0.5, s.line()


def test_news_dev_gold(tmp_path, shared_dir):
    news_dev = shared_dir / "eval" / "news-dev"  # ../shared, or CRONICA_SHARED_DIR from a worktree
    docs = load_jsonl(news_dev / "docs.jsonl")
    gold = load_jsonl(news_dev / "gold.jsonl")
    with _ingest(tmp_path, docs) as store:
        s = score_events(store, docs, gold, DATA / "dedup_newsdev_gold.yaml")
    assert s.gold == 3
    assert s.precision >= 0.9, s.line()  # no wrong merge across the dev documents
    assert s.correct >= 1, s.line()
