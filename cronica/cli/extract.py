"""`cronica extract`: print the events of documents (jsonl, csv or a table)."""
from __future__ import annotations

import sys

import click

from cronica.cli.output import default_format, emit_events, fail, warn
from cronica.text.readers import DEFAULT_MAX_CHARS


def _check_published(ctx, param, value):
    if value is None:
        return None
    from cronica.errors import InputError
    from cronica.text.readers import check_published
    try:
        return check_published(value, "--published")
    except InputError as e:
        raise click.BadParameter(str(e)) from None


@click.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "table"]), default=None,
              help="Output format (default: table on a terminal, jsonl otherwise).")
@click.option("--published", callback=_check_published, metavar="YYYY-MM-DD",
              help="Publication date for inputs that carry none (resolves 'ayer', 'el jueves').")
@click.option("--lexicon", "lexicons", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="Extra actor lexicon (YAML, same shape as cronica/data/es/actors/*.yaml). Repeatable.")
@click.option("--country", default=None, metavar="ISO2",
              help="Default country for places when the text names none (default: PE).")
@click.option("--max-chars", default=DEFAULT_MAX_CHARS, show_default=True, type=click.IntRange(min=1),
              help="Refuse documents longer than this many characters.")
@click.option("--strict", is_flag=True, help="Stop at the first document that fails (exit 1).")
@click.option("-q", "--quiet", is_flag=True, help="No summary on stderr.")
def extract(inputs, fmt, published, lexicons, country, max_chars, strict, quiet):
    """Extract conflict events from INPUT files (.txt, .html, .jsonl), directories or - (stdin)."""
    from cronica.errors import CronicaError
    from cronica.pipeline import get_pipeline
    from cronica.text.readers import iter_documents

    fmt = fmt or default_format()
    try:
        pipe = get_pipeline(lexicons, country)
    except CronicaError as e:
        fail(str(e))
    ok = failed = n_events = 0

    def results():
        nonlocal ok, failed, n_events
        for res in pipe.run(iter_documents(inputs, max_chars=max_chars, published=published)):
            if res.error:
                failed += 1
                warn(res.error if res.doc.source and res.error.startswith(res.doc.source)
                     else f"{res.doc.source or res.doc.id}: {res.error}")
                if strict:
                    fail("stopping at the first failure (--strict)")
                continue
            ok += 1
            n_events += len(res.events)
            yield from res.events

    emit_events(results(), fmt)
    if not quiet:
        click.echo(f"cronica: {ok} document(s) processed, {failed} failed, {n_events} event(s)", err=True)
    if ok == 0:
        sys.exit(1)
