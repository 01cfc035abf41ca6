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
