"""`cronica events [filters] [--format jsonl|csv|table]`: list stored events."""
from __future__ import annotations

import click

from cronica.cli.storeopts import db_option, default_format, emit, fail_cleanly, filter_options, make_filter

TABLE_COLUMNS = ("event_id", "date", "type", "admin1", "location", "actor1", "actor2", "killed",
                 "wounded", "incident_id", "status", "needs_review")


@click.command()
@db_option
@filter_options
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "table"]), default=None,
              help="Default: table on a terminal, jsonl otherwise.")
@click.option("--limit", type=int, default=None, help="At most N events (default: all; table: 50).")
@click.option("--offset", type=int, default=0)
@fail_cleanly
def events(db, fmt, limit, offset, **filters) -> None:
    """Events in the store, newest first, with incident_id, status and source_url."""
    from cronica.model import EVENT_KEYS
    from cronica.store import open_store

    fmt = fmt or default_format()
    f = make_filter(**filters)
    with open_store(db, create=False) as store:
        if limit is None and fmt == "table":
            limit = 50
        if limit is None:
            def rows():
                off = offset
                while True:
                    page, _ = store.query_events(f, limit=5000, offset=off)
                    yield from page
                    if len(page) < 5000:
                        return
                    off += len(page)
            it, total = rows(), None
        else:
            it, total = store.query_events(f, limit=limit, offset=offset)
        cols = TABLE_COLUMNS if fmt == "table" else EVENT_KEYS + ("incident_id", "status", "source_url", "needs_review")
        n = emit(it, fmt, cols, title="events")
        if fmt == "table" and total is not None:
            click.echo(f"{n} of {total} events", err=True)
