"""`cronica ingest INPUT... [--db URL]`: extract events and store them.

Documents already stored with the same content are skipped before extraction.
``--events FILE`` stores events extracted elsewhere (``cronica extract --format
jsonl`` output) for the documents given as INPUT, without running the pipeline.
Every line of FILE that cannot be used is reported (``FILE:line: why``); a
document with such a line is not stored (so a corrected rerun stores it whole),
and events for documents not given as INPUT are reported, never silently left.
"""
from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator

import click

from cronica.cli.storeopts import db_option, fail_cleanly
from cronica.errors import CronicaError, InputError

#: Document ids listed when events name documents not given as INPUT.
MAX_IDS_SHOWN = 5


@dataclass
class EventLines:
    """The usable event records of an --events file, by document, and what was wrong."""

    by_doc: dict[str, list[tuple[str, dict]]] = field(default_factory=dict)  # doc_id → (where, record)
    bad_by_doc: dict[str, list[str]] = field(default_factory=dict)  # doc_id → messages
    bad: list[str] = field(default_factory=list)  # every unusable line, FILE:line: why
    lines: int = 0  # non-blank lines read


def read_event_lines(path: str) -> EventLines:
    """Read and check every line of an --events file (never stops at a bad line)."""
    from cronica.store.records import event_from_dict

    out = EventLines()
    try:
        fh = open(path, "rb")
    except OSError as exc:
        raise CronicaError(f"{path}: {exc.strerror}") from None
    with fh:
        for n, raw in enumerate(fh, 1):
            where = f"{path}:{n}"
            try:
                line = raw.decode("utf-8-sig" if n == 1 else "utf-8")
            except UnicodeDecodeError as exc:
                out.bad.append(f"{where}: not valid UTF-8 (byte {exc.start})")
                out.lines += 1
                continue
            if not line.strip():
                continue
            out.lines += 1
            try:
                d = json.loads(line)
            except json.JSONDecodeError as exc:
                out.bad.append(f"{where}: not JSON ({exc.msg})")
                continue
            if not isinstance(d, dict):
                out.bad.append(f"{where}: not a JSON object")
                continue
            if d.get("doc_id") in (None, ""):
                out.bad.append(f"{where}: no doc_id")
                continue
            doc_id = str(d["doc_id"])
            try:
                event_from_dict(d)  # every field checked now; spans against the text later
            except InputError as exc:
                msg = f"{where}: {exc}"
                out.bad.append(msg)
                out.bad_by_doc.setdefault(doc_id, []).append(msg)
                continue
            out.by_doc.setdefault(doc_id, []).append((where, d))
    return out


def _precomputed(items: Iterable[Any], lines: EventLines) -> Iterator[Any]:
    """One DocResult per INPUT document, with its events from ``lines``."""
    from cronica.model import DocResult, Document
    from cronica.store.records import event_from_dict

    for item in items:
        if isinstance(item, InputError):
            yield DocResult(Document(id=item.source or "?", text=""), error=str(item))
            continue
        records = lines.by_doc.pop(item.id, [])
        problems = list(lines.bad_by_doc.pop(item.id, []))
        evs = []
        for where, d in records:
            try:
                ev = event_from_dict(d, item.text)
            except InputError as exc:
                problems.append(f"{where}: {exc}")
                continue
            s, e = ev.evidence.start, ev.evidence.end
            if not (0 <= s <= e <= len(item.text)) or (d.get("evidence") and item.text[s:e] != d["evidence"]):
                problems.append(f"{where}: evidence does not match the text of document {item.id!r} at "
                                f"{s}:{e} (events of another version of the document?)")
                continue
            evs.append(ev)
        if problems:
            yield DocResult(item, error="not stored, its events file has unusable lines: " + "; ".join(problems))
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
    from cronica.store import IngestSummary, open_store
    from cronica.store.dedup import default_config
    from cronica.text.readers import iter_documents

    kw = {} if max_chars is None else {"max_chars": max_chars}
    cfg = default_config() if dedup_km is None else default_config().replace(max_km=dedup_km)
    items = iter_documents(list(inputs), **kw)
    lines = read_event_lines(events_path) if events_path else None
    orphans: list[str] = []
    with open_store(db, dedup_config=cfg) as store:
        if lines is not None:
            summary_pre = IngestSummary()

            def fresh():
                for r in _precomputed(items, lines):
                    if r.ok and store.known(r.doc):
                        summary_pre.documents_unchanged += 1
                        continue
                    yield r
            summary = store.ingest(fresh(), batch_size=batch_size).add(summary_pre)
            # what is left names documents that were not given as INPUT
            left = sorted(set(lines.by_doc) | set(lines.bad_by_doc))
            if left:
                n_ev = sum(len(lines.by_doc.get(k, [])) for k in left)
                shown = ", ".join(left[:MAX_IDS_SHOWN]) + (", ..." if len(left) > MAX_IDS_SHOWN else "")
                orphans.append(f"{events_path}: {n_ev} event(s) for {len(left)} document(s) not given "
                               f"as INPUT, not stored: {shown}")
        else:
            summary = store.ingest_documents(items, batch_size=batch_size)
    if lines is not None:
        for b in lines.bad:
            click.echo(f"error: {b}", err=True)
    for e in summary.errors:
        click.echo(f"error: {e}", err=True)
    for o in orphans:
        click.echo(f"error: {o}", err=True)
    for w in summary.warnings:
        click.echo(f"note: {w}", err=True)
    click.echo(json.dumps(summary.to_dict(), ensure_ascii=False) if as_json else summary.line())
    processed = summary.documents_new + summary.documents_updated + summary.documents_unchanged
    if processed == 0 and summary.documents_failed:
        sys.exit(1)
    if lines is not None and summary.events_added == 0 and (lines.bad or orphans or summary.documents_failed):
        click.echo(f"error: no event of {events_path} was stored", err=True)
        sys.exit(1)
