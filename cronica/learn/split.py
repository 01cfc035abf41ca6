"""The fixed split of the corpus into train / dev / locked test, by a hash of the document id.

The split is recorded once in ``corpus/splits.tsv`` (``doc_id<TAB>split``). Ids already
recorded keep their split forever; new ids are appended by the same rule, so adding
documents never moves an old one. The test split is only scored to report.
"""
from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Iterable

from cronica.errors import DataFileError

SPLITS = ("train", "dev", "test")
#: Percent of documents in each split (cumulative bounds on the hash bucket 0..99).
SHARES = {"train": 65, "dev": 15, "test": 20}
#: Parts written after the locked test was fixed, to TRAIN on: their documents go to train or
#: dev only (percent of train), so the locked test keeps its documents and its meaning.
TRAIN_DEV_ONLY = {"e": 80, "f": 80, "g": 80, "h": 80, "i": 80, "j": 80, "k": 80, "l": 80, "m": 80, "n": 80, "o": 80, "p": 80, "q": 80, "r": 80, "s": 80, "t": 80, "u": 80, "v": 80, "w": 80, "x": 80, "y": 80, "z": 80, "za": 80, "zb": 80, "zc": 80, "zd": 80, "ze": 80, "zf": 80, "zg": 80, "zh": 80, "zi": 80, "zj": 80, "zk": 80, "zl": 80, "zm": 80}
HEADER = "# doc_id\tsplit  (train/dev/test by sha1(doc_id) % 100: <65 train, <80 dev, else test; never edit)"


def split_of(doc_id: str) -> str:
    bucket = int(hashlib.sha1(doc_id.encode("utf-8")).hexdigest(), 16) % 100
    part = doc_id.split("-", 1)[0]
    if part in TRAIN_DEV_ONLY:
        return "train" if bucket < TRAIN_DEV_ONLY[part] else "dev"
    if bucket < SHARES["train"]:
        return "train"
    if bucket < SHARES["train"] + SHARES["dev"]:
        return "dev"
    return "test"


def read_splits(path: str | Path) -> dict[str, str]:
    path = Path(path)
    out: dict[str, str] = {}
    if not path.exists():
        return out
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 2 or parts[1] not in SPLITS:
            raise DataFileError(f"{path}:{n}: expected 'doc_id<TAB>train|dev|test'")
        if parts[0] in out:
            raise DataFileError(f"{path}:{n}: {parts[0]} listed twice")
        out[parts[0]] = parts[1]
    return out


def update_splits(path: str | Path, ids: Iterable[str]) -> tuple[dict[str, str], list[str]]:
    """The recorded split with every id in ``ids``; new ids are appended to the file.

    Returns (split by id, ids appended)."""
    path = Path(path)
    known = read_splits(path)
    new = [i for i in dict.fromkeys(ids) if i not in known]
    if new:
        fresh = not path.exists() or path.stat().st_size == 0
        with open(path, "a", encoding="utf-8") as f:
            if fresh:
                f.write(HEADER + "\n")
            for i in new:
                known[i] = split_of(i)
                f.write(f"{i}\t{known[i]}\n")
    return known, new


def check_splits(path: str | Path, ids: Iterable[str]) -> list[str]:
    """Problems: ids missing from the file, or recorded in a split the rule would not give."""
    known = read_splits(path)
    problems = [f"{i}: not in {path}" for i in ids if i not in known]
    problems += [f"{i}: recorded as {s}, the rule gives {split_of(i)}" for i, s in known.items() if s != split_of(i)]
    return problems
