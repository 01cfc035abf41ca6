"""A sample of the corpus's train split, recorded once for the tests that retrain on it:
two thirds to fit, one third held back to judge what the models learned."""
import hashlib
from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


@pytest.fixture(scope="session")
def corpus_sample(pipeline):
    from cronica.learn.corpus import load_corpus
    from cronica.learn.split import read_splits
    from cronica.learn.train import record

    if not (CORPUS / "splits.tsv").exists():
        pytest.skip("no corpus in this checkout")
    corpus = load_corpus(CORPUS)
    split = read_splits(CORPUS / "splits.tsv")
    ids = [i for i in corpus.ids() if split.get(i) == "train"]
    # ordered by a hash of each id, not shuffled as a list: a document's place in the sample
    # depends on its id alone, so a new corpus part moves only the few documents that hash
    # before the cut (a shuffled list reshuffled everything whenever a part was added)
    ids.sort(key=lambda i: hashlib.sha1(("sample:" + i).encode("utf-8")).hexdigest())
    if len(ids) < 60:
        pytest.skip("corpus too small")
    ids = ids[:180]
    cut = len(ids) * 2 // 3
    out = {"corpus": corpus, "fit_ids": ids[:cut], "held_ids": ids[cut:]}
    for name, sub in (("fit", ids[:cut]), ("held", ids[cut:])):
        c = corpus.subset(sub)
        out[name] = record(pipeline, pipeline.parse(c.documents()), c)
    return out
