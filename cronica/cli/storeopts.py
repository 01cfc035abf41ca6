"""Options and output helpers shared by the store commands (ingest, events,
incidents, stats, export, db). Importing this module does not load spaCy."""
from __future__ import annotations

import csv
import functools
import json
import sys
from typing import Any, Callable, Iterable, Sequence

import click

from cronica.errors import CronicaError

db_option = click.option(
    "--db", "db", metavar="URL", default=None,
    help="Database URL or SQLite file path (default: $CRONICA_DB, else the user data "
         "folder's cronica.db; see docs/store.md).")


def filter_options(fn: Callable) -> Callable:
    opts = [
        click.option("--since", metavar="DATE", help="Events whose date window ends on/after DATE."),
        click.option("--until", metavar="DATE", help="Events whose date window starts on/before DATE."),
        click.option("--admin1", metavar="NAME", help="First-level region (department), exact."),
        click.option("--type", "type_", metavar="TYPE", help="Fine event type (attack, ambush, ...)."),
        click.option("--actor", metavar="TEXT", help="Actor name contains TEXT (either side)."),
        click.option("--status", type=click.Choice(["unreviewed", "accepted", "rejected", "edited"])),
        click.option("--incident", type=int, metavar="ID", help="Members of one incident."),
        click.option("--bbox", metavar="W,S,E,N", help="Bounding box: min_lon,min_lat,max_lon,max_lat."),
        click.option("--text", metavar="TEXT", help="Evidence contains TEXT."),
    ]
    for o in reversed(opts):
        fn = o(fn)
    return fn


def make_filter(since=None, until=None, admin1=None, type_=None, actor=None, status=None,
                incident=None, bbox=None, text=None, **_: Any):
    from cronica.store import EventFilter

    box = None
    if bbox:
        try:
            box = tuple(float(x) for x in bbox.split(","))
        except ValueError:
            raise CronicaError(f"--bbox needs four numbers W,S,E,N, not {bbox!r}") from None
    return EventFilter(since=since, until=until, admin1=admin1, type=type_, actor=actor,
                       status=status, incident=incident, bbox=box, text=text).validate()


def fail_cleanly(fn: Callable) -> Callable:
    """Turn CronicaError into a one-line message and exit code 1."""
    @functools.wraps(fn)
    def wrapper(*a: Any, **kw: Any) -> Any:
        try:
            return fn(*a, **kw)
        except CronicaError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(1)
    return wrapper


def default_format() -> str:
    return "table" if sys.stdout.isatty() else "jsonl"


def emit(rows: Iterable[dict], fmt: str, columns: Sequence[str], title: str = "") -> int:
    n = 0
    if fmt == "jsonl":
        from cronica.export import dumps_line

        for r in rows:
            click.echo(dumps_line(r))
            n += 1
        return n
    if fmt == "csv":
        w = csv.DictWriter(sys.stdout, fieldnames=list(columns), extrasaction="ignore",
                           lineterminator="\n")
        w.writeheader()
        for r in rows:
            w.writerow({k: (json.dumps(v, ensure_ascii=False) if isinstance(v, (dict, list)) else v)
                        for k, v in r.items()})
            n += 1
        return n
    from rich.console import Console
    from rich.table import Table

    t = Table(title=title or None)
    for c in columns:
        t.add_column(c)
    for r in rows:
        t.add_row(*("" if r.get(c) is None else str(r.get(c)) for c in columns))
        n += 1
    Console().print(t)
    return n
