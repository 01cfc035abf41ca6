"""Engine mechanics on a real local Dask cluster: resume, error isolation, killed workers.

A fake partition function (batch_helpers.fake_extract) stands in for the
pipeline here so timing is controllable; tests/batch/test_batch_real.py runs
the real pipeline.
"""
from __future__ import annotations

import io
import json
import os
import signal
import time

import pytest

from batch_helpers import fake_extract, local_client, ship_by_value, write_corpus
from cronica.batch.engine import BatchConfig, run_batch
from cronica.batch.output import BatchError, OutputDir, read_errors

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def client():
    with local_client(n_workers=2) as c:
        yield c


def _run(client, corpus, out, size=7, **kw):
    stream = io.StringIO()
    cfg = BatchConfig(inputs=[str(corpus)], out=str(out), partition_size=size)
    summary = run_batch(cfg, process=fake_extract, preload=None, client=client, stream=stream, **kw)
    return summary, stream.getvalue()


def _events(out):
    return OutputDir(out).read_events().to_pylist()


def _check_complete(out, n_docs, failed=()):
    """Every good document has exactly its one event; nothing is duplicated."""
    rows = _events(out)
    ids = [r["event_id"] for r in rows]
    assert len(ids) == len(set(ids)), "duplicated events"
    want = {f"d{i:05d}" for i in range(n_docs)} - set(failed)
    assert sorted(r["doc_id"] for r in rows) == sorted(want)


def test_run_and_rerun_skips_completed_partitions(client, tmp_path):
    corpus = write_corpus(tmp_path / "c.jsonl", 60)
    s1, log = _run(client, corpus, tmp_path / "out")
    assert (s1.partitions, s1.partitions_run, s1.documents, s1.events, s1.errors) == (9, 9, 60, 60, 0)
    assert "docs/s" in log
    _check_complete(tmp_path / "out", 60)
    parts = sorted((tmp_path / "out" / "events").glob("part-*.parquet"))
    assert [p.name for p in parts] == [f"part-{i:05d}.parquet" for i in range(9)]
    stamps = [p.stat().st_mtime_ns for p in parts]
    s2, _ = _run(client, corpus, tmp_path / "out")
    assert (s2.partitions_run, s2.partitions_skipped, s2.events) == (0, 9, 60)
    assert [p.stat().st_mtime_ns for p in parts] == stamps  # untouched
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text())
    assert manifest["counts"]["documents"] == 60 and manifest["counts"]["partitions_skipped"] == 9
    assert manifest["partition_size"] == 7 and manifest["versions"]["dask"]


def test_half_written_partitions_are_redone_once(client, tmp_path):
    corpus = write_corpus(tmp_path / "c.jsonl", 40)
    out = tmp_path / "out"
    _run(client, corpus, out, size=5)
    od = OutputDir(out)
    # As if killed: after the data rename but before the marker (2), before the
    # rename (5: only a temp file), and with a stale half file left behind (6).
    od.marker_path(2).unlink()
    od.marker_path(5).unlink()
    od.part_path(5).rename(od.events_dir / ".part-00005.parquet.tmp-4242")
    od.marker_path(6).unlink()
    od.part_path(6).write_bytes(b"PAR1 half written")
    s, _ = _run(client, corpus, out, size=5)
    assert s.partitions_run == 3 and s.partitions_skipped == 5
    _check_complete(out, 40)
    assert not list(out.rglob(".*.tmp-*"))


def test_bad_documents_are_isolated(client, tmp_path):
    # BAD: the pipeline's own per-document error; RAISE: the task raises;
    # CRASH: the document kills its worker process. Plus an unreadable line.
    corpus = write_corpus(tmp_path / "c.jsonl", 30, {4: "BAD", 11: "RAISE", 23: "CRASH"})
    with open(corpus, "a", encoding="utf-8") as fh:
        fh.write("{esto no es json\n")
    s, log = _run(client, corpus, tmp_path / "out", size=6)
    assert s.documents == 31 and s.errors == 4 and s.events == 27
    errors = read_errors(tmp_path / "out" / "errors.jsonl")
    by_id = {e["id"]: e for e in errors}
    assert set(by_id) == {"d00004", "d00011", "d00023", f"{corpus}:31"}
    assert by_id["d00004"]["error"] == "fake pipeline error"
    assert "ValueError" in by_id["d00011"]["error"]
    assert "KilledWorker" in by_id["d00023"]["error"]
    assert "not valid JSON" in by_id[f"{corpus}:31"]["error"]
    assert {e["partition"] for e in errors} == {0, 1, 3, 5}
    _check_complete(tmp_path / "out", 30, failed={"d00004", "d00011", "d00023"})
    assert "retrying it one document at a time" in log


def test_a_worker_killed_mid_run_loses_and_duplicates_nothing(client, tmp_path):
    corpus = write_corpus(tmp_path / "c.jsonl", 120, slow=True)  # 50 ms a document
    killed: list[int] = []

    def kill_a_busy_worker(record):
        if killed:
            return
        busy = [w for w, keys in client.processing().items() if keys]
        assert busy, "no task in flight to interrupt"
        pid = client.run(os.getpid, workers=[busy[0]])[busy[0]]
        os.kill(pid, signal.SIGKILL)
        killed.append(pid)

    s, _ = _run(client, corpus, tmp_path / "out", size=10, on_commit=kill_a_busy_worker)
    assert killed
    assert (s.partitions, s.documents, s.events, s.errors) == (12, 120, 120, 0)
    _check_complete(tmp_path / "out", 120)
    # the nanny brought the worker back
    client.wait_for_workers(2, timeout=30)


def test_changed_inputs_are_refused_on_resume(client, tmp_path):
    corpus = write_corpus(tmp_path / "c.jsonl", 10)
    _run(client, corpus, tmp_path / "out", size=5)
    rows = corpus.read_text().splitlines()
    rows[0] = json.dumps({"id": "otro", "text": "Otro texto"})
    corpus.write_text("\n".join(rows) + "\n")
    with pytest.raises(BatchError, match="inputs changed"):
        _run(client, corpus, tmp_path / "out", size=5)
    with pytest.raises(BatchError, match="partition_size"):
        _run(client, corpus, tmp_path / "out", size=4)


def test_progress_reports_rate_and_eta(client, tmp_path):
    corpus = write_corpus(tmp_path / "c.jsonl", 12)
    stream = io.StringIO()
    cfg = BatchConfig(inputs=[str(corpus)], out=str(tmp_path / "out"), partition_size=4)
    from cronica.batch.progress import Progress

    t0 = time.monotonic()
    run_batch(cfg, process=fake_extract, preload=None, client=client, stream=stream)
    assert time.monotonic() - t0 < 60
    last = stream.getvalue().strip().splitlines()[-1]
    assert last.startswith("batch: 12/12 docs,") and "docs/s" in last and "ETA" in last
    p = Progress(100, stream=io.StringIO(), interval=0)
    p.advance(10)
    assert "10/100 docs" in p.line() and "ETA" in p.line()


def test_db_option_ingests_each_partition_once(client, tmp_path):
    store_mod = pytest.importorskip("cronica.store")
    corpus = write_corpus(tmp_path / "c.jsonl", 20, {3: "BAD"})
    db = f"sqlite:///{tmp_path / 'events.db'}"
    out = tmp_path / "out"
    cfg = BatchConfig(inputs=[str(corpus)], out=str(out), partition_size=6, db=db, progress=False)
    s = run_batch(cfg, process=fake_extract, preload=None, client=client, stream=io.StringIO())
    assert s.events == 19
    # As if killed after ingesting partition 1 but before its marker: rerun re-ingests it.
    OutputDir(out).marker_path(1).unlink()
    run_batch(cfg, process=fake_extract, preload=None, client=client, stream=io.StringIO())
    with store_mod.open_store(db) as store:
        rows, total = store.query_events(limit=100)
    assert total == 19
    assert sorted(r["event_id"] for r in rows) == sorted(r["event_id"] for r in _events(out))
    manifest = json.loads((out / "manifest.json").read_text())
    assert manifest["db"]["ingested"]["documents_unchanged"] == 6


def test_existing_cluster_via_scheduler_address(tmp_path):
    """`--scheduler`: a cluster started apart with `dask scheduler` / `dask worker`."""
    import subprocess
    import sys

    ship_by_value()
    dask_cli = [os.path.join(os.path.dirname(sys.executable), "dask")]
    # Like any Dask deployment, scheduler and workers share the client's software:
    # here that includes this test's helper module.
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        [os.path.dirname(os.path.abspath(__file__)), os.environ.get("PYTHONPATH", "")])}
    sched_file = tmp_path / "scheduler.json"
    procs = [subprocess.Popen([*dask_cli, "scheduler", "--port", "0", "--dashboard-address", ":0",
                               "--scheduler-file", str(sched_file)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)]
    try:
        t0 = time.monotonic()
        while not sched_file.exists() and time.monotonic() - t0 < 60:
            time.sleep(0.1)
        address = json.loads(sched_file.read_text())["address"]
        procs.append(subprocess.Popen([*dask_cli, "worker", "--scheduler-file", str(sched_file),
                                       "--nthreads", "1", "--nworkers", "1", "--no-dashboard"],
                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env))
        corpus = write_corpus(tmp_path / "c.jsonl", 25)
        stream = io.StringIO()
        cfg = BatchConfig(inputs=[str(corpus)], out=str(tmp_path / "out"), partition_size=10,
                          scheduler=address)
        s = run_batch(cfg, process=fake_extract, preload=None, stream=stream)
        assert (s.partitions, s.events) == (3, 25)
        _check_complete(tmp_path / "out", 25)
        manifest = json.loads((tmp_path / "out" / "manifest.json").read_text())
        assert manifest["cluster"]["scheduler"] == address and not manifest["cluster"]["local"]
        assert f"connecting to the Dask scheduler at {address}" in stream.getvalue()
    finally:
        for p in reversed(procs):
            p.terminate()
        for p in procs:
            try:
                p.wait(timeout=20)
            except subprocess.TimeoutExpired:
                p.kill()


def test_unreachable_scheduler_is_a_clear_error(tmp_path):
    corpus = write_corpus(tmp_path / "c.jsonl", 2)
    cfg = BatchConfig(inputs=[str(corpus)], out=str(tmp_path / "out"), scheduler="tcp://127.0.0.1:9",
                      connect_timeout=2)
    with pytest.raises(BatchError, match="cannot reach the Dask scheduler"):
        run_batch(cfg, process=fake_extract, preload=None, stream=io.StringIO())


def test_a_cluster_that_cannot_run_tasks_stops_the_run(client, tmp_path):
    # Every document raising the same error is an environment problem, not bad input.
    corpus = write_corpus(tmp_path / "c.jsonl", 8, {i: "RAISE-ALL" for i in range(8)})
    with pytest.raises(BatchError, match="failed the same way"):
        _run(client, corpus, tmp_path / "out", size=4, )
    assert not list((tmp_path / "out" / "_batch").glob("*.done"))
