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
@click.option("--include-all", is_flag=True,
              help="Write every row, ignoring the format's inclusion rules and the flag filter.")
@click.option("--exclude-flag", "exclude_flags", multiple=True,
              type=click.Choice(["historical", "denied", "hedged", "disputed"]),
              help="Leave out rows with this flag (repeatable; 'denied' always, unless --include-all).")
@click.option("--acled-inter", type=click.Choice(["labels", "codes"]), default="labels", show_default=True,
              help="ACLED inter1/inter2/interaction as text labels (the API's default) or numeric codes.")
@db_option
@filter_options
@fail_cleanly
def export(fmt, output, unit, include_all, exclude_flags, acled_inter, db, **filters) -> None:
    """Write stored events or incidents in a standard dataset format.

    Each dataset format writes only the rows its dataset would hold and says on
    stderr what it left out and why (docs/exports.md)."""
    from cronica.export import DEFAULT_EXCLUDED_FLAGS, ExportOptions, ExportReport, write
    from cronica.store import open_store

    if fmt == "parquet" and output == "-":
        raise click.UsageError("parquet needs an output file: -o FILE")
    has_filter = any(v not in (None, False) for v in filters.values())
    opts = ExportOptions(include_all=include_all,
                         # a flag asked for with --flag is not left out by default
                         exclude_flags=tuple(x for x in dict.fromkeys(DEFAULT_EXCLUDED_FLAGS + tuple(exclude_flags))
                                             if x not in set(filters.get("flag") or ()) or x in exclude_flags),
                         acled_inter=acled_inter)
    report = ExportReport()
    with open_store(db, create=False) as store:
        n = write(store, fmt, unit=unit, out=output, f=make_filter(**filters) if has_filter else None,
                  options=opts, report=report)
    click.echo(f"exported {n} {unit}(s) as {fmt}" + (f" to {output}" if output != "-" else "")
               + f"; {report.summary()}", err=True)
