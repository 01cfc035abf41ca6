"""Corpus validation and the fixed train / dev / test split."""
import json
from pathlib import Path

import pytest

from cronica.errors import DataFileError
from cronica.learn.corpus import load_corpus
from cronica.learn.split import check_splits, read_splits, split_of, update_splits


def write_part(root, name, docs, gold):
    d = root / name
    d.mkdir(parents=True)
    (d / "docs.jsonl").write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in docs), "utf-8")
    (d / "gold.jsonl").write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in gold), "utf-8")


DOC = {"id": "x-001", "text": "Un grupo armado atacó una patrulla en el río. Dos soldados murieron.",
       "published": "2023-04-02", "negative": False}
NEG = {"id": "x-002", "text": "El delantero abrió el marcador con un disparo cruzado.", "published": None,
       "negative": True}
GOLD = {"doc": "x-001", "event_type": "attack", "evidence": "Un grupo armado atacó una patrulla en el río."}


def test_a_valid_corpus_loads(tmp_path):
    write_part(tmp_path, "x", [DOC, NEG], [GOLD])
    c = load_corpus(tmp_path)
    assert c.ids() == ["x-001", "x-002"]
    assert len(c.gold_for("x-001")) == 1 and c.gold_for("x-002") == []
    assert c.documents()[0].published == "2023-04-02"


@pytest.mark.parametrize("bad_gold, why", [
    ({**GOLD, "evidence": "Un grupo armado atacó un convoy."}, "not verbatim"),
    ({**GOLD, "evidence_more": ["Tres soldados murieron."]}, "not verbatim"),
    ({**GOLD, "doc": "x-002"}, "negative"),
    ({**GOLD, "event_type": "riot"}, "event_type"),
    ({**GOLD, "doc": "x-999"}, "unknown document"),
])
def test_validation_names_the_problem(tmp_path, bad_gold, why):
    write_part(tmp_path, "x", [DOC, NEG], [bad_gold])
    with pytest.raises(DataFileError, match=why):
        load_corpus(tmp_path)


def test_duplicate_ids_across_parts_are_refused(tmp_path):
    write_part(tmp_path, "x", [DOC], [])
    write_part(tmp_path, "y", [DOC], [])
    with pytest.raises(DataFileError, match="duplicate"):
        load_corpus(tmp_path)


def test_split_shares_follow_the_rule():
    ids = [f"d-{i:04d}" for i in range(2000)]
    share = {s: sum(split_of(i) == s for i in ids) / len(ids) for s in ("train", "dev", "test")}
    assert abs(share["train"] - 0.65) < 0.05 and abs(share["dev"] - 0.15) < 0.04 and abs(share["test"] - 0.20) < 0.04
    assert all(split_of(i) == split_of(i) for i in ids[:50])  # a function of the id only


def test_train_dev_only_parts_never_reach_the_locked_test():
    from cronica.learn.split import TRAIN_DEV_ONLY

    for part, train_share in TRAIN_DEV_ONLY.items():
        ids = [f"{part}-{i:03d}" for i in range(1000)]
        splits = [split_of(i) for i in ids]
        assert "test" not in splits
        assert abs(splits.count("train") / len(ids) - train_share / 100) < 0.05


def test_split_is_recorded_once_and_new_ids_are_appended(tmp_path):
    path = tmp_path / "splits.tsv"
    first, new = update_splits(path, ["a-1", "a-2", "a-3"])
    assert new == ["a-1", "a-2", "a-3"] and read_splits(path) == first
    before = path.read_text("utf-8")
    again, new = update_splits(path, ["a-3", "a-1", "b-7", "a-2"])
    assert new == ["b-7"]
    assert path.read_text("utf-8").startswith(before)  # old lines never move
    assert {k: again[k] for k in first} == first
    assert check_splits(path, ["a-1", "a-2", "a-3", "b-7"]) == []
    assert check_splits(path, ["a-9"]) == ["a-9: not in " + str(path)]


def test_a_hand_edited_split_is_reported(tmp_path):
    path = tmp_path / "splits.tsv"
    update_splits(path, ["a-1"])
    wrong = {"train": "test", "dev": "train", "test": "train"}[split_of("a-1")]
    path.write_text(f"a-1\t{wrong}\n", "utf-8")
    assert check_splits(path, ["a-1"]) and "rule gives" in check_splits(path, ["a-1"])[0]


def test_the_repository_corpus_is_valid_and_split(tmp_path):
    from pathlib import Path

    root = Path(__file__).resolve().parents[2] / "corpus"
    if not root.exists():
        pytest.skip("no corpus/ in this checkout")
    corpus = load_corpus(root)
    assert check_splits(root / "splits.tsv", corpus.ids()) == [], "run `cronica train split`"


def test_the_readme_counts_are_the_corpus_counts():
    from cronica.learn.corpus import counts_markdown

    root = Path(__file__).resolve().parents[2] / "corpus"
    if not (root / "README.md").exists():
        pytest.skip("no corpus/ in this checkout")
    tables = counts_markdown(load_corpus(root), read_splits(root / "splits.tsv"))
    assert tables in (root / "README.md").read_text("utf-8"), \
        "corpus/README.md 'Counts': paste cronica.learn.corpus.counts_markdown's tables"


def test_counts_count_parts_splits_and_negatives(tmp_path):
    from cronica.learn.corpus import counts_markdown

    write_part(tmp_path, "x", [dict(DOC, country="PE", register="wire"), dict(NEG, country="CO", register="social")],
               [GOLD, dict(GOLD, event_type="killing")])
    tables = counts_markdown(load_corpus(tmp_path), {"x-001": "train", "x-002": "test"})
    assert "| `x/` | 2 | 1 | 2 | 1 | 0 | 1 |" in tables
    assert "| test | 1 | 1 | 0 |" in tables and "| train | 1 | 0 | 2 |" in tables
    assert "| Peru (PE) | 1 | 1 |" in tables and "| social | 1 | 1 |" in tables
