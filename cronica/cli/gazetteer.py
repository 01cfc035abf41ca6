"""`cronica gazetteer build|lookup|path`: the offline gazetteer the geocoder uses."""
from __future__ import annotations

import json
import os
from pathlib import Path

import click

from cronica.cli.output import fail


@click.group()
def gazetteer() -> None:
    """Build and query the offline gazetteer (a SQLite file in the user's cache directory)."""


@gazetteer.command()
@click.option("--path", "path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Where to write it (default: $CRONICA_GAZETTEER or the user cache directory).")
@click.option("--if-missing", is_flag=True, help="Do nothing when a current gazetteer already exists.")
def build(path: Path | None, if_missing: bool) -> None:
    """Build the gazetteer from the installed packages and Cronica's data files."""
    from cronica.errors import CronicaError
    from cronica.geo.gazetteer import build as do_build, default_path, drop_old_versions, is_current

    target = path or default_path()
    if if_missing and is_current(target):
        click.echo(f"gazetteer: up to date at {target}", err=True)
        return
    try:
        stats = do_build(target)
    except (CronicaError, OSError) as exc:
        fail(f"gazetteer build failed: {exc}")
    if path is None and "CRONICA_GAZETTEER" not in os.environ:
        drop_old_versions(target)
    click.echo(f"gazetteer: {stats['places']} places, {stats['names']} names in {stats['seconds']} s "
               f"-> {stats['path']}", err=True)


@gazetteer.command()
@click.argument("name")
@click.option("--path", "path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Gazetteer file (default: $CRONICA_GAZETTEER or the user cache directory).")
@click.option("--limit", default=20, show_default=True, type=click.IntRange(min=1),
              help="Show at most this many candidates.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object a line.")
def lookup(name: str, path: Path | None, limit: int, as_json: bool) -> None:
    """Show the gazetteer candidates for NAME (accents and case ignored)."""
    from cronica.errors import CronicaError
    from cronica.geo.gazetteer import open_gazetteer

    try:
        gaz = open_gazetteer(path)
    except (CronicaError, OSError) as exc:
        fail(str(exc))
    order = {"admin1": 0, "admin2": 1, "admin3": 2, "region": 3, "valley": 3, "project": 3, "base": 4,
             "country": 5, "town": 6}
    hits = sorted(gaz.lookup(name), key=lambda e: (e.cc != "PE", order.get(e.kind, 9), -e.population))
    if not hits:
        click.echo(f"no gazetteer entry for {name!r}", err=True)
        raise SystemExit(1)
    for e in hits[:limit]:
        if as_json:
            click.echo(json.dumps({"gazetteer_id": e.gid, "name": e.name, "kind": e.kind, "country": e.country,
                                   "admin1": e.admin1, "admin2": e.admin2, "admin3": e.admin3,
                                   "spans": list(e.spans), "latitude": e.lat, "longitude": e.lon,
                                   "population": e.population}, ensure_ascii=False))
        else:
            where = ", ".join(x for x in (e.admin3, e.admin2, e.admin1 or "/".join(e.spans), e.country) if x)
            coord = f"{e.lat:.3f},{e.lon:.3f}" if e.lat is not None else "-"
            click.echo(f"{e.gid:<28} {e.kind:<8} {e.name} ({where}) {coord}"
                       + (f" pop {e.population}" if e.population else ""))
    if len(hits) > limit:
        click.echo(f"... {len(hits) - limit} more", err=True)


@gazetteer.command("path")
def show_path() -> None:
    """Print where the gazetteer file is (or would be built)."""
    from cronica.geo.gazetteer import default_path

    click.echo(str(default_path()))
