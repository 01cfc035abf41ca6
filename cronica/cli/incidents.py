"""`cronica incidents [filters]` lists incidents; `cronica incidents show ID` explains one."""
from __future__ import annotations

import json
import sys

import click

from cronica.cli.storeopts import db_option, default_format, emit, fail_cleanly, filter_options, make_filter

TABLE_COLUMNS = ("incident_id", "date", "type", "admin1", "location", "actor1", "actor2",
                 "fatalities", "deaths_low", "deaths_high", "n_events", "n_documents")


@click.group(invoke_without_command=True)
@db_option
@filter_options
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "table"]), default=None)
@click.option("--limit", type=int, default=100, show_default=True)
@click.option("--offset", type=int, default=0)
@click.pass_context
@fail_cleanly
def incidents(ctx, db, fmt, limit, offset, **filters) -> None:
    """Incidents: the same happening reported by several documents, merged."""
    ctx.obj = {"db": db}
    if ctx.invoked_subcommand is not None:
        return
    from cronica.store import open_store

    fmt = fmt or default_format()
    has_filter = any(v is not None for v in filters.values())
    with open_store(db, create=False) as store:
        rows, total = store.incidents(make_filter(**filters) if has_filter else None,
                                      limit=limit, offset=offset)
    if fmt != "jsonl":
        for r in rows:
            r["sources"] = "; ".join(m.get("source_url") or m["doc_id"] for m in r.pop("members"))
    emit(rows, fmt, TABLE_COLUMNS + (("sources",) if fmt == "csv" else ()), title="incidents")
    if fmt == "table":
        click.echo(f"{len(rows)} of {total} incidents", err=True)


@incidents.command("show")
@click.argument("incident_id", type=int)
@db_option
@click.option("--json", "as_json", is_flag=True, help="The whole record as JSON.")
@click.pass_context
@fail_cleanly
def show(ctx, incident_id, db, as_json) -> None:
    """One incident: its coding, its member reports, and why they were joined."""
    from cronica.store import open_store

    with open_store(db or (ctx.obj or {}).get("db"), create=False) as store:
        inc = store.incident(incident_id)
    if inc is None:
        click.echo(f"error: no incident {incident_id}", err=True)
        sys.exit(1)
    if as_json:
        click.echo(json.dumps(inc, ensure_ascii=False, default=str))
        return
    out = [f"incident {inc['incident_id']}: {inc['type']} on {inc['date']} "
           f"({inc['date_precision']}) at {inc['location'] or '?'}, {inc['admin1'] or '?'}",
           f"  actors: {inc['actor1'] or '?'} → {inc['actor2'] or '?'}",
           f"  fatalities (ACLED, conservative): {inc['fatalities']}; UCDP low/best/high: "
           f"{inc['deaths_low']}/{inc['deaths_best']}/{inc['deaths_high']}; wounded: {inc['wounded']}",
           f"  {inc['n_events']} report(s) from {inc['n_documents']} document(s):"]
    for m in inc["members"]:
        out.append(f"  - {m['event_id']} [{m['doc_id']}] {m['source_url'] or ''}".rstrip())
        out.append(f"      \"{m['evidence']}\"")
    out.append("  why:")
    out.extend(f"  - {line}" for line in inc["explanation"])
    click.echo("\n".join(out))


def _emit_incidents(store, ids, fmt, title: str) -> None:
    rows = []
    for i in ids:
        inc = store.incident(i)
        if inc is None or not inc["n_events"]:
            continue
        members = [m for m in inc.pop("members") if not m["superseded"] and m["status"] != "rejected"]
        inc.pop("explanation", None)
        inc["events"] = [m["event_id"] for m in members] if fmt == "jsonl" else \
            "; ".join(m["event_id"] for m in members)
        rows.append(inc)
    emit(rows, fmt, TABLE_COLUMNS + ("events",), title=title)


def _change(ctx, db, fmt, fn, *args, author) -> None:
    """Run one incident change (merge, split, move) by ``author`` and print the incidents."""
    from cronica.store import open_store

    if not author:
        raise click.UsageError("--author is required (or set CRONICA_AUTHOR)")
    with open_store(db or (ctx.obj or {}).get("db")) as store:
        out = fn(store)(*args, author)
        _emit_incidents(store, out["incidents"], fmt or default_format(),
                        f"{out['action']}: " + ", ".join(f"{e['event_id']} {e['from']}→{e['to']}"
                                                        for e in out["events"][:5]))


_REASON = click.option("--reason", required=True, metavar="TEXT", help="Why; kept in each event's history.")
_FORMAT = click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "table"]), default=None)


def _author(fn):
    from cronica.cli.review import author_option

    return author_option(fn)


@incidents.command("merge")
@click.argument("incident_ids", nargs=-1, type=int, required=True)
@_REASON
@_author
@db_option
@_FORMAT
@click.pass_context
@fail_cleanly
def merge(ctx, incident_ids, reason, author, db, fmt) -> None:
    """Merge incidents into one (their reports stay together on every re-clustering)."""
    _change(ctx, db, fmt, lambda s: s.merge_incidents, list(incident_ids), reason, author=author)


@incidents.command("split")
@click.argument("incident_id", type=int)
@click.argument("event_ids", nargs=-1, required=True)
@_REASON
@_author
@db_option
@_FORMAT
@click.pass_context
@fail_cleanly
def split(ctx, incident_id, event_ids, reason, author, db, fmt) -> None:
    """Take EVENT_IDS out of INCIDENT_ID into a new incident of their own."""
    _change(ctx, db, fmt, lambda s: s.split_incident, incident_id, list(event_ids), reason, author=author)


@incidents.command("move")
@click.argument("event_id")
@click.argument("incident_id", type=int)
@_REASON
@_author
@db_option
@_FORMAT
@click.pass_context
@fail_cleanly
def move(ctx, event_id, incident_id, reason, author, db, fmt) -> None:
    """Move EVENT_ID into INCIDENT_ID."""
    _change(ctx, db, fmt, lambda s: s.move_event, event_id, incident_id, reason, author=author)
