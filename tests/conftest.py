"""Shared fixtures: the pipeline is built once per test session (spaCy + lexicons + gazetteer)."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# ../shared beside the checkout; CRONICA_SHARED_DIR points elsewhere (e.g. from a git worktree)
SHARED = Path(os.environ.get("CRONICA_SHARED_DIR") or ROOT.parent / "shared")


@pytest.fixture(scope="session")
def pipeline():
    from cronica.pipeline import get_pipeline

    return get_pipeline()


@pytest.fixture(scope="session")
def nlp():
    from cronica.nlp.load import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not (SHARED / "tools" / "score.py").exists():
        pytest.skip("../shared (evaluation data) is not present")
    return SHARED
