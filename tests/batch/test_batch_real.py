"""`cronica batch` end to end with the real pipeline, as real subprocesses.

One generated corpus of realistic news documents (bench/batch_corpus.py, our
own templates) with two bad documents mixed in; `cronica extract` on the same
file is the reference every batch run must reproduce exactly.
"""
from __future__ import annotations

import csv
import gzip
import json
import os
import signal
import subprocess
import time

import psutil
import pytest

from batch_helpers import CRONICA, bench_corpus
from cronica.batch.output import OutputDir, read_errors

N_DOCS = 64
BAD_LINE = "{esto no es un documento"


def _norm(rows):
    """Events as comparable dicts, ``spans`` parsed (a JSON string in Parquet)."""
    out = []
    for r in rows:
        r = dict(r)
        if isinstance(r["spans"], str):
            r["spans"] = json.loads(r["spans"])
        for k in ("date_start", "date_end"):  # Parquet dates, ISO strings in JSONL
            if r.get(k) is not None and not isinstance(r[k], str):
                r[k] = r[k].isoformat()
        out.append(r)
    return sorted(out, key=lambda r: (r["doc_id"], r["event_id"]))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    d = tmp_path_factory.mktemp("corpus")
    docs = bench_corpus().generate(N_DOCS, seed=11)
    lines = [json.dumps(r, ensure_ascii=False) for r in docs]
    lines.insert(17, BAD_LINE)  # unreadable line
    lines.insert(40, json.dumps({"id": "vacio", "text": "  \n "}))  # empty document
    path = d / "corpus.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    events = _extract(path)
    assert len(events) > N_DOCS / 2  # the corpus really has events
    return {"path": path, "docs": docs, "events": events, "dir": d}


def _batch(args, **kw):
    return subprocess.run([str(CRONICA), "batch", *map(str, args)], capture_output=True,
                          text=True, timeout=600, **kw)


def _extract(path):
    ref = subprocess.run([str(CRONICA), "extract", str(path), "--format", "jsonl"],
                         capture_output=True, text=True, timeout=600)
    assert ref.returncode == 0, ref.stderr[-2000:]
    return _norm(json.loads(l) for l in ref.stdout.splitlines() if l.strip())


def _same_as_extract(out, corpus):
    got = _norm(OutputDir(out).read_events().to_pylist())
    if got != corpus["events"]:
        # On a checkout shared with people editing the pipeline, the code may have
        # changed since the reference was made: compare with extract as it is now.
        corpus["events"] = _extract(corpus["path"])
    assert got == corpus["events"]


def _check_output(out, corpus):
    _same_as_extract(out, corpus)
    errors = read_errors(out / "errors.jsonl")
    assert len(errors) == 2
    assert any("vacio" in e["id"] and "empty" in e["error"] for e in errors)
    assert any("not valid JSON" in e["error"] for e in errors)
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["counts"]["documents"] == N_DOCS + 2
    assert manifest["counts"]["errors"] == 2
    assert manifest["counts"]["events"] == len(corpus["events"])


def test_batch_equals_extract_and_isolates_bad_documents(corpus, tmp_path):
    out = tmp_path / "out"
    r = _batch([corpus["path"], "--out", out, "--workers", 2, "--partition-size", 16])
    assert r.returncode == 3, r.stderr[-3000:]  # finished, but two documents failed
    assert "docs/s" in r.stderr and "errors.jsonl" in r.stderr
    _check_output(out, corpus)
    parts = sorted(p.name for p in (out / "events").glob("*.parquet"))
    assert parts == [f"part-{i:05d}.parquet" for i in range(5)]  # 66 items / 16
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["cluster"]["workers"] == 2
    assert all(mb > 0 for mb in manifest["worker_peak_rss_mb"].values())
    assert any("spacy" in v for v in manifest["versions"]["workers"])


def test_csv_gz_input_gives_the_same_events(corpus, tmp_path):
    path = tmp_path / "corpus.csv.gz"
    with gzip.open(path, "wt", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["ident", "cuerpo", "published", "title"])
        for r in corpus["docs"]:
            w.writerow([r["id"], r["text"], r["published"], r["title"]])
    out = tmp_path / "out"
    r = _batch([path, "--out", out, "--workers", 1, "--partition-size", 32,
                "--text-column", "cuerpo", "--id-column", "ident", "--no-progress"])
    assert r.returncode == 0, r.stderr[-3000:]
    _same_as_extract(out, corpus)
    assert read_errors(out / "errors.jsonl") == []


def _workers_of(proc: subprocess.Popen) -> list[psutil.Process]:
    """The Dask worker processes of a `cronica batch` run (multiprocessing children)."""
    kids = psutil.Process(proc.pid).children(recursive=True)
    return [k for k in kids if "spawn_main" in " ".join(k.cmdline())]


def _wait_markers(out, at_least, proc, timeout=300):
    t0 = time.monotonic()
    while time.monotonic() - t0 < timeout:
        n = len(list((out / "_batch").glob("part-*.done"))) if (out / "_batch").exists() else 0
        if n >= at_least:
            return n
        if proc.poll() is not None:
            pytest.fail(f"batch ended before {at_least} partitions were done: {proc.stderr.read()[-2000:]}")
        time.sleep(0.05)
    pytest.fail("timed out waiting for partitions")


def test_killed_run_and_killed_worker_resume_to_the_same_output(corpus, tmp_path):
    out = tmp_path / "out"
    cmd = [str(CRONICA), "batch", str(corpus["path"]), "--out", str(out), "--workers", "2",
           "--partition-size", "4"]  # 17 partitions
    # 1. Kill the whole run (client, cluster and workers) mid-way, like a crashed machine.
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)
    try:
        done_at_kill = _wait_markers(out, 3, proc)
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    assert done_at_kill < 17
    # 2. Rerun the same command; kill one of its workers while it works.
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)
    try:
        before = len(list((out / "_batch").glob("part-*.done")))
        _wait_markers(out, before + 1, proc)
        workers = _workers_of(proc)
        assert len(workers) == 2
        workers[0].kill()
        _, err = proc.communicate(timeout=600)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    assert proc.returncode == 3, err[-3000:]  # finished; the corpus's two bad documents failed
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["counts"]["partitions"] == 17
    assert manifest["counts"]["partitions_skipped"] >= done_at_kill
    # Complete and duplicate-free: exactly what one uninterrupted extract gives.
    _check_output(out, corpus)
    assert len(list((out / "events").glob("*.parquet"))) == 17
    assert not list(out.rglob(".*.tmp-*"))
