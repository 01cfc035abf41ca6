"""`cronica review EVENT accept|reject|edit [FIELD=VALUE ...] --reason ... --author ...`:
an analyst's decision on one stored event, kept in its history (docs/store.md, Review)."""
from __future__ import annotations


import click

from cronica.cli.storeopts import db_option, default_format, emit, fail_cleanly
from cronica.errors import CronicaError

TABLE_COLUMNS = ("event_id", "status", "type", "date", "admin1", "location", "actor1", "actor2",
                 "killed", "incident_id", "flags", "derived")


def author_option(fn):
    return click.option("--author", envvar="CRONICA_AUTHOR", metavar="NAME",
                        help="Who decides (default: $CRONICA_AUTHOR); kept in the history.")(fn)


#: Short names accepted for fields on the command line.
FIELD_ALIASES = {"lat": "latitude", "lon": "longitude", "lng": "longitude"}


def parse_assignments(items: tuple[str, ...]) -> dict:
    """FIELD=VALUE pairs (``lat``/``lon`` for latitude/longitude); an empty VALUE
    clears the field (null)."""
    out = {}
    for item in items:
        field, sep, value = item.partition("=")
        if not sep or not field.strip():
            raise CronicaError(f"edit takes FIELD=VALUE pairs, not {item!r}")
        field = FIELD_ALIASES.get(field.strip(), field.strip())
        out[field] = value if value != "" else None
    return out


def event_row(ev: dict) -> dict:
    """The reviewed event as one output row: its fields, status, incident and the
    last decision (the document text and machine coding stay out)."""
    row = {k: v for k, v in ev.items() if k not in ("document", "machine", "history")}
    last = ev["history"][-1] if ev.get("history") else None
    if last:
        row.update(action=last["action"], author=last["author"], reason=last["reason"], at=last["at"],
                   derived=(last.get("fields") or {}).get("derived"))
    row["history"] = ev.get("history") or []
    return row


@click.command()
@click.argument("event_id")
@click.argument("action", type=click.Choice(["accept", "reject", "edit"]))
@click.argument("assignments", nargs=-1, metavar="[FIELD=VALUE]...")
@click.option("--reason", metavar="TEXT", help="Why (required for edit); kept in the history.")
@author_option
@db_option
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "table"]), default=None)
@fail_cleanly
def review(event_id, action, assignments, reason, author, db, fmt) -> None:
    """Accept, reject or edit a stored event.

    \b
    cronica review 4b90c00e8296ed2c accept --author ana
    cronica review 4b90c00e8296ed2c edit killed=4 admin1=Cusco --reason "segunda fuente" --author ana
    cronica review 4b90c00e8296ed2c edit flags=denied --reason "desmentido oficial" --author ana
    cronica review 4b90c00e8296ed2c edit lat=-12.52 lon=-73.83 --reason "punto exacto" --author ana

    New coordinates re-derive country, admin1 and admin2 from the nearest gazetteer
    places (or clear them when none is near); the ``derived`` column says which.
    """
    from cronica.model import EVENT_KEYS
    from cronica.store import open_store

    if action != "edit" and assignments:
        raise click.UsageError(f"{action} takes no FIELD=VALUE (use edit)")
    if not author:
        raise click.UsageError("--author is required (or set CRONICA_AUTHOR)")
    fields = parse_assignments(assignments) if action == "edit" else None
    with open_store(db) as store:
        ev = store.review(event_id, action, fields, reason=reason, author=author)
    fmt = fmt or default_format()
    cols = TABLE_COLUMNS if fmt == "table" else EVENT_KEYS + (
        "incident_id", "status", "source_url", "action", "author", "reason", "at", "derived")
    emit([event_row(ev)], fmt, cols, title=f"review: {action}")


__all__ = ["review", "author_option", "parse_assignments"]
