"""Shared helpers of the batch tests.

``fake_extract`` stands in for the real pipeline ONLY in the tests of the
engine's mechanics (resume, error isolation, killed workers), where it makes
timing controllable; the test that batch equals extract uses the real pipeline.
Markers in a document's text drive it:

* ``RAISE``  the task raises (a bug in the worker code)
* ``RAISE-ALL`` the task raises the same error for every document (a broken cluster)
* ``CRASH``  the worker process dies (a document that kills its worker)
* ``BAD``    the document fails the normal way (an error outcome)
* ``SLOW``   sleep 50 ms for this document
"""
from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

import cloudpickle
from contextlib import contextmanager

from cronica.batch.worker import DocOutcome
from cronica.model import Event, Span

REPO = Path(__file__).resolve().parents[2]
CRONICA = REPO / ".venv" / "bin" / "cronica"


def fake_extract(docs, settings):
    out = []
    for d in docs:
        if "SLOW" in d.text:
            time.sleep(0.05)
        if "RAISE-ALL" in d.text:
            raise RuntimeError("cannot run here")
        if "RAISE" in d.text:
            raise ValueError(f"fake failure on {d.id}")
        if "CRASH" in d.text:
            os._exit(17)
        if "BAD" in d.text:
            out.append(DocOutcome(d.id, [], "fake pipeline error"))
            continue
        out.append(DocOutcome(d.id, [Event(doc_id=d.id, type="attack", evidence=Span(0, 4, d.text[:4]))]))
    return out


def ship_by_value() -> None:
    """Send this module's functions to Dask workers by value (tests/ is not installed)."""
    cloudpickle.register_pickle_by_value(sys.modules[__name__])


def write_corpus(path: Path, n: int, special: dict[int, str] | None = None, slow: bool = False) -> Path:
    """``n`` small JSONL documents ``d00000``...; ``special`` maps a number to a text marker."""
    special = special or {}
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(n):
            text = f"Texto {i} {special.get(i, '')} {'SLOW' if slow else ''}".strip()
            fh.write(json.dumps({"id": f"d{i:05d}", "text": text}) + "\n")
    return path


def bench_corpus():
    """The synthetic news generator of bench/ (importable without installing bench/)."""
    sys.path.insert(0, str(REPO / "bench"))
    try:
        import batch_corpus
    finally:
        sys.path.remove(str(REPO / "bench"))
    return batch_corpus


@contextmanager
def local_client(n_workers: int):
    """A real local Dask cluster of worker processes that gives up on a task after one
    worker death, so poisonous documents are found fast."""
    import dask
    import distributed

    ship_by_value()
    with dask.config.set({"distributed.scheduler.allowed-failures": 1}):
        cluster = distributed.LocalCluster(n_workers=n_workers, threads_per_worker=1, processes=True,
                                           dashboard_address=None, silence_logs=50)
        c = distributed.Client(cluster)
        try:
            yield c
        finally:
            c.close()
            cluster.close()
