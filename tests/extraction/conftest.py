"""Fixtures of the extraction tests."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def totals():
    """{category: best} of one text's figures, merged as an incident merges them (arrests aside)."""
    from cronica.extraction.counts import find_counts, merge_counts, victim_group

    def count(nlp, sentence):
        ms = [c for s in nlp(sentence).sents for c in find_counts(s) if c.category != "arrested"]
        merged = merge_counts(ms, lambda m: victim_group(m.victim_head) or "unknown")
        return {k: v[0] for k, v in merged.items()}

    return count


@pytest.fixture(scope="session")
def extract(pipeline):
    """extract(text, published=None): the events the session pipeline finds in one document (id "t").

    Test files that depend on a publication date keep it in a module constant and pass it."""
    from cronica.model import Document

    def events(text: str, published: str | None = None):
        return pipeline.extract(Document(id="t", text=text, published=published))

    return events
