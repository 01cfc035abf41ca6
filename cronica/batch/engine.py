"""The batch engine: read, partition, extract on Dask, commit partition by partition.

Who does what:

* The **client** (the process running ``cronica batch``) reads the inputs,
  cuts them into partitions (:mod:`cronica.batch.inputs`), submits each
  partition not yet complete as one Dask task carrying its documents, and
  commits each result to the output directory (:mod:`cronica.batch.output`)
  as it arrives. It is the only writer, so output can never be duplicated.
* **Workers** run :func:`cronica.batch.worker.extract_partition`: they need
  Cronica and its model installed, but no access to the input or output files.
* Dask's scheduler keeps every task's documents, so a task lost with a killed
  worker is simply run again elsewhere. A partition whose task keeps failing
  (Dask gives up after ``distributed.scheduler.allowed-failures`` worker
  deaths) is retried document by document, so one poisonous document becomes
  one line in ``errors.jsonl`` instead of a lost partition.
* At most ``2 x threads + 1`` partitions are in flight, so memory stays bounded
  on the client and the scheduler whatever the corpus size.
"""
from __future__ import annotations

import contextlib
import datetime as _dt
import logging
import os
import platform
import sys
import threading
import time
import uuid
import warnings
from dataclasses import asdict, dataclass, field
from typing import Any, Callable, Iterator, Optional, TextIO

from cronica import __version__
from cronica.model import DocResult, Document
from cronica.batch.inputs import (
    Partition, ReadOptions, count_items, error_id, iter_items, partitions,
)
from cronica.batch.output import BatchError, OutputDir, PartitionRecord, event_rows
from cronica.batch.progress import Progress
from cronica.batch.worker import (
    DocOutcome, PartitionFn, PipelineSettings, PreloadFn, extract_partition, peak_rss_mb,
    preload_pipeline,
)

DEFAULT_PARTITION_SIZE = 500


@dataclass(slots=True)
class BatchConfig:
    inputs: list[str]
    out: str
    partition_size: int = DEFAULT_PARTITION_SIZE
    workers: Optional[int] = None  # local cluster size; None = one per core
    scheduler: Optional[str] = None  # address of an existing Dask scheduler
    memory_limit: Optional[str] = None  # per local worker, e.g. "2GB"; None = Dask's share of RAM
    read: ReadOptions = field(default_factory=ReadOptions)
    settings: PipelineSettings = field(default_factory=PipelineSettings)
    db: Optional[str] = None
    progress: bool = True
    connect_timeout: float = 30.0  # seconds to reach --scheduler

    def plan(self) -> dict[str, Any]:
        """What fixes the partitioning and the events: a rerun must match it."""
        return {
            "inputs": [i if i == "-" else os.path.abspath(i) for i in self.inputs],
            "partition_size": self.partition_size,
            "read": asdict(self.read),
            "pipeline": {"lexicons": [os.path.abspath(p) for p in self.settings.lexicons],
                         "country": self.settings.country},
            "cronica_version": __version__,
        }


@dataclass(slots=True)
class BatchSummary:
    out: str
    partitions: int
    partitions_run: int
    partitions_skipped: int
    documents: int  # all items of the run's output, including failed ones
    documents_run: int  # items processed by this invocation
    events: int
    errors: int
    seconds: float  # wall time of this invocation, start-up included
    docs_per_s: float  # this invocation's documents / processing time (after start-up)
    startup_seconds: float = 0.0  # connecting/starting the cluster and loading the pipeline
    status: str = "complete"  # "complete" (no document failed) or "complete_with_errors"
    dashboard: Optional[str] = None
    worker_peak_rss_mb: dict[str, float] = field(default_factory=dict)


def _versions() -> dict[str, str]:
    import dask
    import distributed
    import pyarrow

    return {"python": platform.python_version(), "cronica": __version__, "dask": dask.__version__,
            "distributed": distributed.__version__, "pyarrow": pyarrow.__version__}


@contextlib.contextmanager
def _connect(config: BatchConfig, log: Callable[[str], None]) -> Iterator[Any]:
    """A Dask client: to ``config.scheduler``, or to a fresh local cluster."""
    from distributed import Client, LocalCluster

    if config.scheduler:
        try:
            client = Client(config.scheduler, timeout=config.connect_timeout)
        except (OSError, TimeoutError, ValueError) as e:
            raise BatchError(f"cannot reach the Dask scheduler at {config.scheduler} ({e})") from None
        try:
            if not client.scheduler_info(n_workers=-1).get("workers"):
                log("batch: waiting for Dask workers to join the scheduler...")
                try:
                    client.wait_for_workers(1, timeout=300)
                except TimeoutError:
                    raise BatchError(f"no Dask worker joined {config.scheduler} within 5 minutes") from None
            yield client
        finally:
            client.close()
        return
    n = config.workers or os.cpu_count() or 1
    kwargs: dict[str, Any] = {}
    if config.memory_limit:
        kwargs["memory_limit"] = config.memory_limit
    import dask

    # Dask's nannies export MALLOC_TRIM_THRESHOLD_=65536 to workers. Setting it at all
    # turns off glibc's dynamic mmap threshold, so spaCy's large arrays are mmapped and
    # unmapped over and over: ~10-20% more CPU per document in our measurements
    # (docs/benchmarks.md, "Batch"). The pipeline's memory is flat, so keep glibc's default.
    no_trim = {"distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None}
    with warnings.catch_warnings(), dask.config.set(no_trim):
        # Port 8787 taken (another cluster): Dask serves the dashboard elsewhere, we print where.
        warnings.filterwarnings("ignore", message="Port .* is already in use")
        cluster = LocalCluster(
            n_workers=n, threads_per_worker=1, processes=True,
            dashboard_address=":8787", silence_logs=logging.ERROR, **kwargs,
        )
    try:
        with Client(cluster) as client:
            yield client
    finally:
        cluster.close()


def _dashboard(client: Any) -> Optional[str]:
    try:
        services = client.scheduler_info(n_workers=0).get("services", {})
    except Exception:  # noqa: BLE001 - the dashboard is a convenience, never a failure
        return None
    return client.dashboard_link if "dashboard" in services else None


def _threads(client: Any) -> int:
    workers = client.scheduler_info(n_workers=-1).get("workers", {})
    return max(1, sum(int(w.get("nthreads", 1)) for w in workers.values()))


class _Run:
    """State of one invocation (kept out of ``run_batch`` to keep it readable)."""

    def __init__(self, config: BatchConfig, out: OutputDir, client: Any, process: PartitionFn,
                 progress: Progress, log: Callable[[str], None], store: Any,
                 on_commit: Optional[Callable[[PartitionRecord], None]]) -> None:
        self.config, self.out, self.client, self.process = config, out, client, process
        self.progress, self.log, self.store, self.on_commit = progress, log, store, on_commit
        self.token = uuid.uuid4().hex[:8]
        self.run_count = 0
        self.run_items = 0
        self.ingested: Any = None  # the store's IngestSummary, summed over partitions

    def submit(self, part: Partition) -> Any:
        return self.client.submit(
            self.process, part.documents, self.config.settings,
            key=f"cronica-batch-{self.token}-{part.index:05d}", pure=False)

    def outcomes(self, part: Partition, future: Any) -> list[DocOutcome]:
        """The task's result; on failure, the partition again one document per task."""
        try:
            return future.result()
        except Exception as exc:  # noqa: BLE001 - KilledWorker or a task error: isolated below
            if self.client.status != "running":
                raise BatchError(f"lost the Dask cluster while running partition {part.index} ({exc})") from None
            self.log(f"batch: partition {part.index} failed on the cluster ({type(exc).__name__}: "
                     f"{exc}); retrying it one document at a time")
        from distributed import KilledWorker

        docs = part.documents
        futures = [self._submit_one(part, i, d, "a") for i, d in enumerate(docs)]
        out: list[DocOutcome] = []
        failures: list[BaseException] = []
        for i, (d, f) in enumerate(zip(docs, futures)):
            try:
                out.append(self._one_result(part, f))
            except KilledWorker:
                # Dask blames every task queued on a dying worker, not only the one
                # that killed it: give the document a second chance on its own.
                try:
                    out.append(self._one_result(part, self._submit_one(part, i, d, "b")))
                except BatchError:
                    raise
                except Exception as exc:  # noqa: BLE001 - becomes this document's error line
                    out.append(DocOutcome(d.id, [], f"processing failed on the cluster: {type(exc).__name__}: {exc}"))
            except BatchError:
                raise
            except Exception as exc:  # noqa: BLE001 - becomes this document's error line
                failures.append(exc)
                out.append(DocOutcome(d.id, [], f"processing failed on the cluster: {type(exc).__name__}: {exc}"))
        if len(docs) > 1 and len(failures) == len(docs) and len({str(e) for e in failures}) == 1:
            # Not bad documents: the cluster cannot run our tasks at all (e.g. the
            # scheduler or workers lack Cronica). Stop; a rerun resumes once fixed.
            raise BatchError(f"every document of partition {part.index} failed the same way on the "
                             f"cluster: {type(failures[0]).__name__}: {str(failures[0]).strip()}")
        return out

    def _submit_one(self, part: Partition, i: int, doc: Document, attempt: str) -> Any:
        return self.client.submit(self.process, [doc], self.config.settings, pure=False,
                                  key=f"cronica-batch-{self.token}-{part.index:05d}-{i}{attempt}")

    def _one_result(self, part: Partition, future: Any) -> DocOutcome:
        try:
            res = future.result()
        except Exception as exc:
            if self.client.status != "running":
                raise BatchError(f"lost the Dask cluster while running partition {part.index} ({exc})") from None
            raise
        finally:
            future.release()
        if len(res) != 1:
            raise RuntimeError(f"got {len(res)} results for one document")
        return res[0]

    def commit(self, part: Partition, outcomes: list[DocOutcome], seconds: float) -> PartitionRecord:
        docs = part.documents
        if len(outcomes) != len(docs) or any(o.doc_id != d.id for o, d in zip(outcomes, docs)):
            raise BatchError(f"partition {part.index}: the workers returned results for other documents")
        by_id = iter(outcomes)
        errors: list[dict[str, Any]] = []
        events = []
        results: list[DocResult] = []
        for it in part.items:
            if isinstance(it, Document):
                o = next(by_id)
                if o.error is not None:
                    errors.append({"id": it.id, "error": o.error, "partition": part.index, "source": it.source})
                events.extend(o.events)
                results.append(DocResult(it, o.events, o.error))
            else:
                errors.append({"id": error_id(it), "error": str(it), "partition": part.index,
                               "source": it.source})
        if self.store is not None and results:
            # Before the marker: a kill in between re-ingests on rerun, which the store
            # counts as unchanged documents (it keys them by doc_id + content hash).
            summary = self.store.ingest(results)
            for w in summary.warnings:  # reviews carried to (or lost by) new document versions
                self.log(f"batch: note: {w}")
            self.ingested = summary if self.ingested is None else self.ingested.add(summary)
        record = PartitionRecord(part.index, part.fingerprint(), len(part.items), len(events), errors, seconds)
        self.out.commit(record, event_rows(events))
        self.run_count += 1
        self.run_items += len(part.items)
        self.progress.advance(len(part.items))
        if self.on_commit is not None:
            self.on_commit(record)
        return record


def check_inputs(inputs: list[str]) -> None:
    """Refuse inputs that do not exist, before a cluster is started for nothing."""
    missing = [i for i in inputs if i != "-" and not os.path.exists(i)]
    if missing:
        raise BatchError(f"no such file or directory: {', '.join(missing)}")


def _open_store(url: str) -> Any:
    try:
        from cronica.store import open_store
    except ImportError as e:
        raise BatchError(f"--db needs the event store (cronica.store), which is not available ({e})") from None
    return open_store(url)


def run_batch(
    config: BatchConfig,
    *,
    process: PartitionFn = extract_partition,
    preload: Optional[PreloadFn] = preload_pipeline,
    client: Any = None,
    on_commit: Optional[Callable[[PartitionRecord], None]] = None,
    stream: Optional[TextIO] = None,
) -> BatchSummary:
    """Run (or resume) a batch extraction; see the module docstring.

    ``process``/``preload`` are the worker-side functions (the real pipeline by
    default); ``client`` an already connected Dask client (else one is made from
    ``config``); ``on_commit`` is called after each partition is committed.
    """
    if config.partition_size < 1:
        raise BatchError("--partition-size must be at least 1")
    stream = stream or sys.stderr

    def log(msg: str) -> None:
        print(msg, file=stream, flush=True)

    check_inputs(config.inputs)  # before any cluster starts
    if config.db:
        try:
            from cronica.store.repository import check_location
        except ImportError:  # reported by _open_store
            pass
        else:
            check_location(config.db, create=True)  # a mistyped --db folder, before any output
    out = OutputDir(config.out)
    out.prepare(config.plan())
    store = None
    try:
        done = out.done()
        store = _open_store(config.db) if config.db else None
        return _run_batch(config, out, done, store, process, preload, client, on_commit, stream, log)
    finally:
        if store is not None:
            store.close()
        out.close()


def _run_batch(config: BatchConfig, out: OutputDir, done: dict[int, PartitionRecord], store: Any,
               process: PartitionFn, preload: Optional[PreloadFn], client: Any,
               on_commit: Optional[Callable[[PartitionRecord], None]], stream: TextIO,
               log: Callable[[str], None]) -> BatchSummary:
    started = _dt.datetime.now(_dt.timezone.utc)
    t0 = time.monotonic()

    import dask

    conn = contextlib.nullcontext(client) if client is not None else _connect(config, log)
    if client is None:
        log(f"batch: connecting to the Dask scheduler at {config.scheduler}..." if config.scheduler
            else f"batch: starting a local Dask cluster of {config.workers or os.cpu_count() or 1} worker(s)...")
    # A partition of long documents is a task of tens of MB: intended, not a mistake to warn about.
    with dask.config.set({"distributed.admin.large-graph-warning-threshold": "2GB"}), conn as cl:
        dashboard = _dashboard(cl)
        if dashboard:
            import importlib.util

            hint = "" if importlib.util.find_spec("bokeh") else " (its plots need bokeh: pip install 'cronica[dashboard]')"
            log(f"batch: Dask dashboard at {dashboard}{hint}")
        worker_versions: dict[str, str] = {}
        if preload is not None:
            log("batch: loading the pipeline on the workers...")
            try:
                worker_versions = cl.run(preload, config.settings)
            except Exception as e:  # noqa: BLE001 - e.g. the model is missing on a worker
                raise BatchError(f"the workers could not load the pipeline: {type(e).__name__}: {e}") from None
        t_ready = time.monotonic()  # cluster up, pipeline loaded on the workers
        progress = Progress(None, stream=stream, enabled=config.progress)
        if "-" not in config.inputs:
            # Counting a big corpus is a full read: do it beside the run, for the ETA.
            threading.Thread(target=lambda: progress.set_total(count_items(config.inputs, config.read)),
                             name="cronica-batch-count", daemon=True).start()
        run = _Run(config, out, cl, process, progress, log, store, on_commit)
        from distributed import as_completed

        max_inflight = 2 * _threads(cl) + 1
        pending = as_completed()
        inflight: dict[Any, tuple[Partition, float]] = {}
        seen: set[int] = set()
        skipped = 0

        def finish(fut: Any) -> None:
            part, t_sub = inflight.pop(fut)
            outcomes = run.outcomes(part, fut)
            run.commit(part, outcomes, time.monotonic() - t_sub)
            fut.release()

        try:
            for part in partitions(iter_items(config.inputs, config.read), config.partition_size):
                seen.add(part.index)
                rec = done.get(part.index)
                if rec is not None:
                    if rec.fingerprint != part.fingerprint():
                        raise BatchError(
                            f"partition {part.index} no longer holds the same documents as in the "
                            f"earlier run in {config.out}: the inputs changed; use a new --out directory")
                    skipped += 1
                    progress.skip(len(part.items))
                    continue
                if not part.documents:  # only unreadable documents: nothing to send
                    run.commit(part, [], 0.0)
                    continue
                fut = run.submit(part)
                inflight[fut] = (part, time.monotonic())
                pending.add(fut)
                while len(inflight) >= max_inflight:
                    finish(next(pending))
            for fut in pending:
                finish(fut)
        finally:
            progress.close()
        extra = sorted(set(done) - seen)
        if extra:
            raise BatchError(f"{config.out} holds partitions the inputs no longer produce "
                             f"(from {extra[0]}): the inputs changed; use a new --out directory")
        try:
            rss = cl.run(peak_rss_mb, on_error="ignore")
        except Exception:  # noqa: BLE001 - a measurement, never a failure
            rss = {}
        n_workers = len(cl.scheduler_info(n_workers=-1).get("workers", {}))
        scheduler = cl.scheduler_info(n_workers=0).get("address")

    seconds = time.monotonic() - t0
    startup = t_ready - t0
    processing = seconds - startup
    records = out.done()
    n_errors = out.write_errors(records)
    documents = sum(r.documents for r in records.values())
    events = sum(r.events for r in records.values())
    rate = run.run_items / processing if processing > 0 else 0.0
    summary = BatchSummary(
        out=str(out.root), partitions=len(records), partitions_run=run.run_count,
        partitions_skipped=skipped, documents=documents, documents_run=run.run_items,
        events=events, errors=n_errors, seconds=round(seconds, 3), docs_per_s=round(rate, 2),
        startup_seconds=round(startup, 3),
        dashboard=dashboard, worker_peak_rss_mb=dict(rss),
        status="complete_with_errors" if n_errors else "complete",
    )
    versions = _versions()
    if worker_versions:
        versions["workers"] = sorted(set(worker_versions.values()))
    manifest = {
        # every input item was processed; "complete_with_errors": some are in errors.jsonl
        "status": summary.status,
        **config.plan(),
        "db": ({"ingested": {k: v for k, v in run.ingested.to_dict().items() if k not in ("errors", "warnings")}
                if run.ingested is not None else None} if config.db else None),
        "counts": {"partitions": len(records), "partitions_run": run.run_count,
                   "partitions_skipped": skipped, "documents": documents,
                   "documents_run": run.run_items, "events": events, "errors": n_errors},
        "versions": versions,
        "cluster": {"scheduler": scheduler, "local": client is None and not config.scheduler,
                    "workers": n_workers, "dashboard": dashboard},
        "timing": {"started": started.isoformat(timespec="seconds"),
                   "finished": _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"),
                   "seconds": summary.seconds, "startup_seconds": round(startup, 3),
                   "processing_seconds": round(processing, 3), "docs_per_s": summary.docs_per_s},
        "worker_peak_rss_mb": summary.worker_peak_rss_mb,
        "layout": {"events": "events/part-NNNNN.parquet (partition NNNNN = input items "
                   "[NNNNN*partition_size, (NNNNN+1)*partition_size))",
                   "errors": "errors.jsonl", "markers": "_batch/part-NNNNN.done"},
    }
    out.write_manifest(manifest)
    return summary


__all__ = ["BatchConfig", "BatchSummary", "DEFAULT_PARTITION_SIZE", "run_batch"]
