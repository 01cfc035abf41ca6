"""Options and output helpers shared by the store commands (ingest, events,
incidents, stats, export, db). Importing this module does not load spaCy."""
from __future__ import annotations

import functools
import sys
from typing import Any, Callable, Iterable, Sequence

import click

from cronica.cli.output import default_format, emit_rows  # noqa: F401  (default_format is re-exported)
from cronica.errors import CronicaError

db_option = click.option(
    "--db", "db", metavar="URL", default=None,
    help="Database URL or SQLite file path (default: $CRONICA_DB, else the user data "
         "folder's cronica.db; see docs/store.md).")


def filter_options(fn: Callable) -> Callable:
    opts = [
        click.option("--since", metavar="DATE", help="Events whose date window ends on/after DATE."),
        click.option("--until", metavar="DATE", help="Events whose date window starts on/before DATE."),
        click.option("--admin1", metavar="NAME",
                     help="First-level region (department); case and accents ignored."),
        click.option("--type", "type_", metavar="TYPE", help="Fine event type (attack, ambush, ...)."),
        click.option("--actor", metavar="TEXT", help="Actor name contains TEXT (either side)."),
        click.option("--status", type=click.Choice(["unreviewed", "accepted", "rejected", "edited"])),
        click.option("--incident", type=int, metavar="ID", help="Members of one incident."),
        click.option("--bbox", metavar="W,S,E,N", help="Bounding box: min_lon,min_lat,max_lon,max_lat."),
        click.option("--text", metavar="TEXT", help="Evidence contains TEXT."),
        click.option("--needs-review", "needs_review", is_flag=True, default=None,
                     help="Only events a new document version left for a second look."),
        click.option("--flag", "flag", multiple=True, metavar="FLAG",
                     help="Only events with this flag (historical, denied, hedged, disputed, any); repeatable."),
        click.option("--no-flag", "no_flag", multiple=True, metavar="FLAG",
                     help="Leave out events with this flag ('any': every flagged event); repeatable."),
    ]
    for o in reversed(opts):
        fn = o(fn)
    return fn


def make_filter(since=None, until=None, admin1=None, type_=None, actor=None, status=None,
                incident=None, bbox=None, text=None, needs_review=None, flag=(), no_flag=(), **_: Any):
    from cronica.store import EventFilter

    box = None
    if bbox:
        try:
            box = tuple(float(x) for x in bbox.split(","))
        except ValueError:
            raise CronicaError(f"--bbox needs four numbers W,S,E,N, not {bbox!r}") from None
    return EventFilter(since=since, until=until, admin1=admin1, type=type_, actor=actor,
                       status=status, incident=incident, bbox=box, text=text,
                       needs_review=True if needs_review else None,
                       flag=tuple(flag or ()), no_flag=tuple(no_flag or ())).validate()


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


def emit(rows: Iterable[dict], fmt: str, columns: Sequence[str], title: str = "") -> int:
    """The rows in jsonl, csv or a table (the shared writer of cronica/cli/output.py)."""
    return emit_rows(rows, fmt, columns, title=title)
