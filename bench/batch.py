"""Benchmark `cronica batch` against `cronica extract` in one process.

On a generated corpus (bench/batch_corpus.py: our own Spanish news templates,
~1,500-2,500 characters a document, 20% without any conflict event) it runs, as
real subprocesses of the installed CLI:

1. `cronica extract CORPUS --format jsonl` (one process), and the same on a
   one-document file to measure its fixed start-up cost;
2. `cronica batch CORPUS --workers 1`;
3. `cronica batch CORPUS --workers 2`;

and reports documents/s end to end and after start-up, CPU time per document
(of the command and all its processes: barely affected by other jobs on a
shared machine, unlike wall time), the speed-up of 2 workers over 1, the overhead of batch with one worker over extract, the peak
resident memory of each worker (from the run's manifest) and of the client, and
the machine's load average around each run (the machine may be shared).

    .venv/bin/python bench/batch.py [--docs 5000] [--partition-size 100] [--json out.json]
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))
from batch_corpus import write_jsonl  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
CRONICA = str(REPO / ".venv" / "bin" / "cronica") if (REPO / ".venv" / "bin" / "cronica").exists() \
    else shutil.which("cronica") or "cronica"


def _cpu() -> str:
    try:
        for line in open("/proc/cpuinfo", encoding="utf-8"):
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "?"


def _timed(cmd: list[str], stdout=subprocess.DEVNULL) -> dict:
    """Run ``cmd``; wall time, load averages and the peak RSS of its main process."""
    load_before = os.getloadavg()[0]
    ru0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.monotonic()
    proc = subprocess.Popen(cmd, stdout=stdout, stderr=subprocess.PIPE, text=True)
    peak = 0
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak
        p = psutil.Process(proc.pid)
        while not stop.is_set():
            try:
                peak = max(peak, p.memory_info().rss)
            except psutil.Error:
                return
            stop.wait(0.2)

    th = threading.Thread(target=sample, daemon=True)
    th.start()
    _, err = proc.communicate()
    wall = time.monotonic() - t0
    # CPU of the command and every process it waited for (its Dask workers too):
    # unlike wall time, barely affected by other jobs on a shared machine.
    ru1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (ru1.ru_utime - ru0.ru_utime) + (ru1.ru_stime - ru0.ru_stime)
    stop.set()
    th.join()
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{err[-3000:]}")
    return {"wall_s": round(wall, 2), "cpu_s": round(cpu, 1), "main_peak_rss_mb": round(peak / 2**20, 1),
            "load_before": round(load_before, 2), "load_after": round(os.getloadavg()[0], 2),
            "stderr_tail": err.strip().splitlines()[-1:] if err.strip() else []}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=5000)
    ap.add_argument("--partition-size", type=int, default=100)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--json", default=None, help="also write the results here")
    ap.add_argument("--keep", action="store_true", help="keep the temporary directory")
    a = ap.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="cronica-bench-batch-"))
    try:
        corpus = write_jsonl(tmp / "corpus.jsonl", a.docs, seed=a.seed)
        one = tmp / "one.jsonl"
        one.write_text(corpus.open(encoding="utf-8").readline(), encoding="utf-8")
        chars = sum(len(json.loads(l)["text"]) for l in corpus.open(encoding="utf-8"))
        res: dict = {
            "machine": {"cpu": _cpu(), "cores": os.cpu_count(), "python": platform.python_version(),
                        "ram_gb": round(psutil.virtual_memory().total / 2**30, 1)},
            "corpus": {"docs": a.docs, "chars": chars, "mean_chars": round(chars / a.docs)},
            "partition_size": a.partition_size,
        }
        print(f"corpus: {a.docs} docs, {chars / a.docs:.0f} chars a doc, in {tmp}", file=sys.stderr)

        print("extract on one document (fixed cost)...", file=sys.stderr)
        fixed = _timed([CRONICA, "extract", str(one), "--format", "jsonl", "-q"])
        print("extract, one process...", file=sys.stderr)
        with open(tmp / "extract.jsonl", "w", encoding="utf-8") as fh:
            ex = _timed([CRONICA, "extract", str(corpus), "--format", "jsonl", "-q"], stdout=fh)
        ex["docs_per_s"] = round(a.docs / ex["wall_s"], 2)
        steady = ex["wall_s"] - fixed["wall_s"]
        ex["fixed_s"] = fixed["wall_s"]
        ex["cpu_ms_per_doc"] = round(1000 * (ex["cpu_s"] - fixed["cpu_s"]) / a.docs, 1)
        ex["docs_per_s_after_startup"] = round(a.docs / steady, 2) if steady > 0 else None
        n_extract = sum(1 for _ in open(tmp / "extract.jsonl", encoding="utf-8"))
        res["extract"] = ex

        for w in (1, 2):
            print(f"batch --workers {w} on one document (fixed cost)...", file=sys.stderr)
            fixed_b = _timed([CRONICA, "batch", str(one), "--out", str(tmp / f"one{w}"), "--workers", str(w),
                              "--no-progress"])
            print(f"batch --workers {w}...", file=sys.stderr)
            out = tmp / f"out{w}"
            r = _timed([CRONICA, "batch", str(corpus), "--out", str(out), "--workers", str(w),
                        "--partition-size", str(a.partition_size), "--no-progress"])
            m = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
            if m["counts"]["events"] != n_extract:
                raise SystemExit(f"batch --workers {w} gave {m['counts']['events']} events, extract {n_extract}")
            r.update({
                "docs_per_s": round(a.docs / r["wall_s"], 2),
                "startup_s": m["timing"]["startup_seconds"],
                "docs_per_s_after_startup": m["timing"]["docs_per_s"],
                "worker_peak_rss_mb": sorted(m["worker_peak_rss_mb"].values()),
                "events": m["counts"]["events"],
                "fixed_cpu_s": fixed_b["cpu_s"],
                "cpu_ms_per_doc": round(1000 * (r["cpu_s"] - fixed_b["cpu_s"]) / a.docs, 1),
            })
            res[f"batch_{w}"] = r
        b1, b2 = res["batch_1"], res["batch_2"]
        res["speedup_2_vs_1"] = round(b2["docs_per_s_after_startup"] / b1["docs_per_s_after_startup"], 2)
        res["speedup_2_vs_1_end_to_end"] = round(b1["wall_s"] / b2["wall_s"], 2)
        if ex["docs_per_s_after_startup"]:
            res["overhead_batch1_vs_extract"] = round(
                ex["docs_per_s_after_startup"] / b1["docs_per_s_after_startup"] - 1, 3)
        res["overhead_batch1_vs_extract_end_to_end"] = round(b1["wall_s"] / ex["wall_s"] - 1, 3)
        res["events"] = n_extract
    finally:
        if not a.keep:
            shutil.rmtree(tmp, ignore_errors=True)

    print(json.dumps(res, indent=2))
    if a.json:
        Path(a.json).write_text(json.dumps(res, indent=2) + "\n", encoding="utf-8")
    ex, b1, b2 = res["extract"], res["batch_1"], res["batch_2"]
    print(f"""
| run | wall s | docs/s end to end | start-up s | docs/s after start-up | CPU ms/doc | peak RSS MB (workers; main) | load avg before/after |
|---|---|---|---|---|---|---|---|
| extract, 1 process | {ex['wall_s']} | {ex['docs_per_s']} | {ex['fixed_s']} | {ex['docs_per_s_after_startup']} | {ex['cpu_ms_per_doc']} | {ex['main_peak_rss_mb']} | {ex['load_before']}/{ex['load_after']} |
| batch --workers 1 | {b1['wall_s']} | {b1['docs_per_s']} | {b1['startup_s']} | {b1['docs_per_s_after_startup']} | {b1['cpu_ms_per_doc']} | {b1['worker_peak_rss_mb']}; {b1['main_peak_rss_mb']} | {b1['load_before']}/{b1['load_after']} |
| batch --workers 2 | {b2['wall_s']} | {b2['docs_per_s']} | {b2['startup_s']} | {b2['docs_per_s_after_startup']} | {b2['cpu_ms_per_doc']} | {b2['worker_peak_rss_mb']}; {b2['main_peak_rss_mb']} | {b2['load_before']}/{b2['load_after']} |

speed-up 2 vs 1 workers: {res['speedup_2_vs_1']}x after start-up, {res['speedup_2_vs_1_end_to_end']}x end to end;
batch (1 worker) overhead vs extract: {res.get('overhead_batch1_vs_extract')} after start-up, {res['overhead_batch1_vs_extract_end_to_end']} end to end.""")


if __name__ == "__main__":
    main()
