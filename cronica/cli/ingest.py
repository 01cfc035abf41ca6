"""`cronica ingest INPUT... [--db URL]`: extract events and store them.

Documents already stored with the same content are skipped before extraction.
``--events FILE`` stores events extracted elsewhere (``cronica extract --format
jsonl`` output) for the documents given as INPUT, without running the pipeline.
"""
from __future__ import annotations

import json
import sys
from typing import Any, Iterator

import click

from cronica.cli.storeopts import db_option, fail_cleanly
from cronica.errors import CronicaError, InputError


def _precomputed(items, events_path: str) -> Iterator[Any]:
    from cronica.model import DocResult, Document
    from cronica.store.records import event_from_dict

    by_doc: dict[str, list[dict]] = {}
    try:
        with open(events_path, encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    d = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise CronicaError(f"{events_path}:{n}: not JSON ({exc.msg})") from None
                by_doc.setdefault(str(d.get("doc_id")), []).append(d)
    except OSError as exc:
        raise CronicaError(f"{events_path}: {exc.strerror}") from None
    for item in items:
        if isinstance(item, InputError):
            yield DocResult(Document(id=item.source or "?", text=""), error=str(item))
            continue
        try:
            evs = [event_from_dict(d, item.text) for d in by_doc.get(item.id, [])]
        except InputError as exc:
            yield DocResult(item, error=str(exc))
            continue
        yield DocResult(item, evs)


@click.command()
@click.argument("inputs", nargs=-1, required=True)
@db_option
@click.option("--events", "events_path", metavar="FILE",
              help="Store these pre-extracted events (JSONL) instead of running extraction.")
@click.option("--max-chars", type=int, default=None, help="Refuse documents longer than this.")
@click.option("--batch-size", type=int, default=25, show_default=True,
              help="Documents per transaction.")
@click.option("--dedup-km", type=float, default=None,
              help="Distance under which two reports may be the same incident (default 25).")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@fail_cleanly
def ingest(inputs, db, events_path, max_chars, batch_size, dedup_km, as_json) -> None:
    """Extract events from INPUT... and store documents, events and incidents."""
    from cronica.store import open_store
    from cronica.store.dedup import default_config
    from cronica.text.readers import iter_documents

    kw = {} if max_chars is None else {"max_chars": max_chars}
    cfg = default_config() if dedup_km is None else default_config().replace(max_km=dedup_km)
    items = iter_documents(list(inputs), **kw)
    with open_store(db, dedup_config=cfg) as store:
        if events_path:
            def fresh():
                for r in _precomputed(items, events_path):
                    if r.ok and store.known(r.doc):
                        summary_pre.documents_unchanged += 1
                        continue
                    yield r
            from cronica.store import IngestSummary

            summary_pre = IngestSummary()
            summary = store.ingest(fresh(), batch_size=batch_size).add(summary_pre)
        else:
            summary = store.ingest_documents(items, batch_size=batch_size)
    for e in summary.errors:
        click.echo(f"error: {e}", err=True)
    click.echo(json.dumps(summary.to_dict(), ensure_ascii=False) if as_json else summary.line())
    processed = summary.documents_new + summary.documents_updated + summary.documents_unchanged
    if processed == 0 and summary.documents_failed:
        sys.exit(1)
