"""Reliability with real processes: two `cronica ingest` at once on one database,
and an ingest killed with SIGKILL mid-way, then re-run."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

from sqlalchemy import text

from cronica.store.repository import make_engine
from storehelpers import consistency_problems, write_corpus


def _cronica(*args: str) -> list[str]:
    return [sys.executable, "-m", "cronica.cli.main", *args]


def _count(url: str, table: str) -> int:
    eng = make_engine(url)
    try:
        with eng.connect() as c:
            return c.execute(text(f"SELECT count(*) FROM {table}")).scalar()
    except Exception:  # noqa: BLE001 - table not created yet
        return 0
    finally:
        eng.dispose()


def test_two_concurrent_ingests_neither_corrupt_nor_duplicate(db_url, tmp_path):
    n = 160
    docs, evs = write_corpus(tmp_path, n, events_per_doc=2)
    # the second process reads the documents in reverse order, so they collide all along
    rev = tmp_path / "rev.jsonl"
    rev.write_text("".join(reversed(open(docs, encoding="utf-8").readlines())), encoding="utf-8")
    env = dict(os.environ, PYTHONWARNINGS="ignore")
    procs = [subprocess.Popen(_cronica("ingest", src, "--events", evs, "--db", db_url,
                                       "--batch-size", "4", "--json"),
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
             for src in (docs, str(rev))]
    outs = [p.communicate(timeout=300) for p in procs]
    for p, (out, err) in zip(procs, outs):
        assert p.returncode == 0, err
    sums = [json.loads(out.strip().splitlines()[-1]) for out, _ in outs]
    assert sum(s["documents_new"] for s in sums) == n
    assert sum(s["documents_unchanged"] for s in sums) == n
    assert sum(s["events_added"] for s in sums) == 2 * n
    assert _count(db_url, "documents") == n
    assert _count(db_url, "events") == 2 * n
    assert consistency_problems(db_url) == []
    # pairs of outlets report the same incidents: clustering is the same as sequential
    assert _count(db_url, "incidents") == n  # (n/2 pairs) x 2 incidents each


def test_killed_ingest_leaves_consistent_store_and_rerun_finishes(db_url, tmp_path):
    n = 500
    docs, evs = write_corpus(tmp_path, n, events_per_doc=2)
    cmd = _cronica("ingest", docs, "--events", evs, "--db", db_url, "--batch-size", "2", "--json")
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                         start_new_session=True)
    deadline = time.time() + 120
    stored = 0
    while time.time() < deadline and p.poll() is None:
        stored = _count(db_url, "documents")
        if stored >= 40:
            break
        time.sleep(0.05)
    assert p.poll() is None, "ingest finished before it could be killed: make the corpus bigger"
    os.killpg(p.pid, signal.SIGKILL)
    p.wait(timeout=30)
    assert p.returncode == -signal.SIGKILL
    stored = _count(db_url, "documents")
    assert 0 < stored < n
    assert consistency_problems(db_url) == []
    assert _count(db_url, "events") == 2 * stored  # whole documents only
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr
    s = json.loads(r.stdout.strip().splitlines()[-1])
    assert s["documents_unchanged"] == stored and s["documents_new"] == n - stored
    assert _count(db_url, "documents") == n and _count(db_url, "events") == 2 * n
    assert consistency_problems(db_url) == []
