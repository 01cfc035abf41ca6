"""`cronica export --format acled|ucdp|gtd|plover|geojson|parquet|jsonl -o FILE`."""
from __future__ import annotations

import click

from cronica.cli.storeopts import db_option, fail_cleanly, filter_options, make_filter

FORMATS = ("acled", "ucdp", "gtd", "plover", "geojson", "parquet", "jsonl")


@click.command()
@click.option("--format", "fmt", type=click.Choice(FORMATS), required=True)
@click.option("-o", "--output", "output", default="-", show_default=True,
              help="Output file ('-' = stdout; parquet needs a file).")
@click.option("--unit", type=click.Choice(["event", "incident"]), default="event", show_default=True,
              help="One row per event (report) or per incident (merged reports).")
@db_option
@filter_options
@fail_cleanly
def export(fmt, output, unit, db, **filters) -> None:
    """Write stored events or incidents in a standard dataset format."""
    from cronica.export import write
    from cronica.store import open_store

    if fmt == "parquet" and output == "-":
        raise click.UsageError("parquet needs an output file: -o FILE")
    has_filter = any(v not in (None, False) for v in filters.values())
    with open_store(db, create=False) as store:
        n = write(store, fmt, unit=unit, out=output, f=make_filter(**filters) if has_filter else None)
    click.echo(f"exported {n} {unit}(s) as {fmt}" + (f" to {output}" if output != "-" else ""), err=True)
