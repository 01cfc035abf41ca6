"""Shared fixtures: the pipeline is built once per test session (spaCy + lexicons + gazetteer)."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _main_checkout(root: Path) -> Path:
    """The main checkout of a git worktree (its ``.git`` is a file "gitdir: <main>/.git/worktrees/<name>"),
    else ``root`` itself: a test run from a worktree finds ../shared beside the main checkout."""
    marker = root / ".git"
    if marker.is_file():
        text = marker.read_text("utf-8").strip()
        if text.startswith("gitdir:"):
            gitdir = Path(text[len("gitdir:"):].strip())
            if gitdir.parent.name == "worktrees":
                return gitdir.parent.parent.parent
    return root


# ../shared beside the checkout (beside the main checkout when run from a git worktree);
# CRONICA_SHARED_DIR points elsewhere
SHARED = Path(os.environ.get("CRONICA_SHARED_DIR") or _main_checkout(ROOT).parent / "shared")


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
