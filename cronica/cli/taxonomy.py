"""`cronica taxonomy render|codes`: the one mapping table (data/taxonomy.yaml), as a document or as rows."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import click


@click.group()
def taxonomy() -> None:
    """Fine event types and their ACLED, CAMEO and PLOVER codes (from data/taxonomy.yaml)."""


@taxonomy.command()
@click.option("-o", "--output", "output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write the document here (default: stdout). The repository keeps it as docs/event-types.md.")
def render(output: Optional[Path]) -> None:
    """Render the table as Markdown (docs/event-types.md)."""
    from cronica.taxonomy import render_markdown

    text = render_markdown()
    if output is None:
        click.echo(text, nl=False)
    else:
        output.write_text(text, encoding="utf-8")


@taxonomy.command()
@click.argument("fine_type")
@click.option("--variant", "variants", multiple=True, help="A variant the incident shows (repeatable): firearm, aerial...")
@click.option("--target-inter", type=int, default=None, help="ACLED inter code of the second actor (7: civilians).")
def codes(fine_type: str, variants: tuple[str, ...], target_inter: Optional[int]) -> None:
    """The codes of one fine type (and variants), as one JSON line."""
    from cronica.cli.output import fail
    from cronica.model import EVENT_TYPES
    from cronica.taxonomy import codes_for, variant_names

    if fine_type not in EVENT_TYPES:
        fail(f"unknown type {fine_type!r}; one of {', '.join(EVENT_TYPES)}")
    unknown = set(variants) - set(variant_names(fine_type))
    if unknown:
        fail(f"type {fine_type!r} has no variant {', '.join(sorted(unknown))}; "
             f"it has: {', '.join(variant_names(fine_type)) or 'none'}")
    c = codes_for(fine_type, target_inter, variants)
    click.echo(json.dumps({"type": fine_type, "variants": list(variants), "disorder_type": c.disorder_type,
                           "event_type": c.event_type, "sub_event_type": c.sub_event_type, "cameo": c.cameo,
                           "plover": c.plover, "plover_mode": c.plover_mode}, ensure_ascii=False))
