"""`cronica batch`: extract events from a big corpus on Dask, resumably (docs/batch.md)."""
from __future__ import annotations

import logging
import os
import sys
from typing import Optional

import click

from cronica.cli.main import EXIT_FAILED, EXIT_PARTIAL
from cronica.errors import CronicaError

#: Failed documents printed on stderr at the end of a run (all are in errors.jsonl).
MAX_ERRORS_SHOWN = 10


#: Loggers of the cluster's libraries: their INFO/WARNING lines are Dask's business,
#: shown with ``cronica -v`` only; errors are always shown.
CLUSTER_LOGGERS = ("distributed", "dask", "tornado", "bokeh")


class _ClusterChatter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return record.levelno >= logging.ERROR or not record.name.startswith(CLUSTER_LOGGERS)


def quiet_dask_logs() -> None:
    """Keep Dask's INFO lines off stderr unless ``cronica -v`` (debug) was given.

    Dask's loggers (``distributed.scheduler``, ``distributed.nanny``...) carry their
    own levels and propagate to the root handler, so lowering ``distributed``
    alone does not silence them: a filter on the root handlers does.
    """
    root = logging.getLogger()
    if root.getEffectiveLevel() <= logging.DEBUG:  # `cronica -v`: show everything
        return
    for name in CLUSTER_LOGGERS:
        logging.getLogger(name).setLevel(logging.ERROR)
    for h in root.handlers:
        if not any(isinstance(f, _ClusterChatter) for f in h.filters):
            h.addFilter(_ClusterChatter())


@click.command("batch")
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("--out", "out", required=True, type=click.Path(file_okay=False),
              help="Output directory: events/part-NNNNN.parquet, errors.jsonl, manifest.json.")
@click.option("--db", default=None, metavar="URL",
              help="Also ingest the events into this store (sqlite:///path or postgresql://...).")
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Start a local Dask cluster with N worker processes (default: one per core).")
@click.option("--scheduler", default=None, metavar="tcp://HOST:8786",
              help="Use an existing Dask cluster instead of a local one.")
@click.option("--partition-size", type=click.IntRange(min=1), default=None,
              help="Documents per partition (one Parquet file each; default 500). "
                   "Keep it the same when resuming.")
@click.option("--memory-limit", default=None, metavar="SIZE",
              help="Memory limit per local worker, e.g. 2GB (default: RAM shared among workers).")
@click.option("--text-column", default="text", show_default=True,
              help="CSV column holding the document text.")
@click.option("--id-column", default="id", show_default=True, help="CSV column holding the document id.")
@click.option("--published-column", default="published", show_default=True,
              help="CSV column holding the publication date (YYYY-MM-DD or YYYY-MM).")
@click.option("--lexicon", "lexicons", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="An extra actor/trigger lexicon file (repeatable), as in `cronica extract`.")
@click.option("--country", default=None, help="Default country for place resolution, as in `cronica extract`.")
@click.option("--published", default=None, metavar="YYYY-MM-DD",
              help="Publication date for .txt/.html inputs that carry none.")
@click.option("--max-chars", type=click.IntRange(min=1), default=None,
              help="Refuse documents longer than this many characters (default as `cronica extract`).")
@click.option("--progress/--no-progress", default=True, show_default=True,
              help="Show documents/s and ETA on stderr.")
def batch(inputs: tuple[str, ...], out: str, db: Optional[str], workers: Optional[int],
          scheduler: Optional[str], partition_size: Optional[int], memory_limit: Optional[str],
          text_column: str, id_column: str, published_column: str, lexicons: tuple[str, ...], country: Optional[str],
          published: Optional[str], max_chars: Optional[int], progress: bool) -> None:
    """Extract the events of INPUT... on a Dask cluster into a Parquet dataset.

    INPUT is a directory of .txt/.html files, a .jsonl or .jsonl.gz file (one
    document a line), a CSV file with a text column, or '-' for stdin.
    Rerunning the same command resumes: complete partitions are skipped.
    """
    from cronica.batch.engine import DEFAULT_PARTITION_SIZE, BatchConfig, run_batch
    from cronica.batch.inputs import ReadOptions
    from cronica.batch.worker import PipelineSettings

    if workers and scheduler:
        raise click.UsageError("--workers starts a local cluster; it cannot be used with --scheduler")
    if published is not None:
        from cronica.text.readers import check_published

        try:
            check_published(published, "--published")
        except CronicaError as e:
            raise click.BadParameter(str(e), param_hint="--published") from None
    if memory_limit is not None:
        from dask.utils import parse_bytes

        try:
            parse_bytes(memory_limit)
        except (ValueError, TypeError):
            raise click.BadParameter(f"{memory_limit!r} is not a size such as 2GB or 1500MiB",
                                     param_hint="--memory-limit") from None
    quiet_dask_logs()
    config = BatchConfig(
        inputs=list(inputs), out=out, partition_size=partition_size or DEFAULT_PARTITION_SIZE,
        workers=workers, scheduler=scheduler, memory_limit=memory_limit,
        read=ReadOptions(text_column=text_column, id_column=id_column, max_chars=max_chars,
                         published=published, published_column=published_column),
        # Absolute paths: workers may run in another directory (remote workers
        # need the same path, see docs/batch.md).
        settings=PipelineSettings(lexicons=tuple(os.path.abspath(p) for p in lexicons), country=country),
        db=db, progress=progress,
    )
    try:
        s = run_batch(config)
    except CronicaError as e:
        click.echo(f"cronica batch: {e}", err=True)
        sys.exit(1)
    except OSError as e:  # e.g. the output disk is full or not writable
        click.echo(f"cronica batch: {e.strerror or e}: {e.filename or out}", err=True)
        sys.exit(1)
    click.echo(
        f"batch: {s.documents:,} documents in {s.partitions} partitions "
        f"({s.partitions_skipped} already complete), {s.events:,} events, {s.errors:,} errors; "
        f"this run {s.documents_run:,} documents in {s.seconds:.1f} s (start-up {s.startup_seconds:.1f} s, "
        f"then {s.docs_per_s:.1f} docs/s) "
        f"-> {s.out}", err=True)
    if s.errors:
        from cronica.batch.output import read_errors

        shown = read_errors(os.path.join(s.out, "errors.jsonl"))
        for e in shown[:MAX_ERRORS_SHOWN]:
            msg = str(e.get("error", ""))
            src = str(e.get("source") or e.get("id") or "")
            click.echo(f"batch: failed: {msg if src and msg.startswith(src) else f'{src}: {msg}'}", err=True)
        if len(shown) > MAX_ERRORS_SHOWN:
            click.echo(f"batch: ... and {len(shown) - MAX_ERRORS_SHOWN:,} more", err=True)
        click.echo(f"batch: not clean: {s.errors:,} document(s) failed, listed in {s.out}/errors.jsonl "
                   f"(manifest status {s.status})", err=True)
    if s.documents and s.errors >= s.documents:
        sys.exit(EXIT_FAILED)  # nothing could be processed
    if s.errors:
        sys.exit(EXIT_PARTIAL)  # done, but not every document: say so to scripts too
