"""`cronica stats --by month|admin1|country|type|actor [filters]`: counts of stored events."""
from __future__ import annotations

import click

from cronica.cli.storeopts import db_option, default_format, emit, fail_cleanly, filter_options, make_filter


@click.command()
@click.option("--by", "by", type=click.Choice(["month", "admin1", "country", "type", "actor"]), default="month",
              show_default=True)
@db_option
@filter_options
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "table"]), default=None)
@fail_cleanly
def stats(by, db, fmt, **filters) -> None:
    """Events, incidents, killed and wounded per month, department (with its country),
    country, type or actor."""
    from cronica.store import open_store

    with open_store(db, create=False) as store:
        rows = store.stats(by, make_filter(**filters))
    cols = ("key", "events", "incidents", "killed", "wounded")
    if by == "admin1":
        cols = ("key", "country", "events", "incidents", "killed", "wounded")
    emit(rows, fmt or default_format(), cols,
         title=f"events by {by}")
