"""`cronica evaluate`: run extraction on annotated documents and score it against gold."""
from __future__ import annotations

import json

import click


@click.command()
@click.option("--docs", "docs_path", required=True, type=click.Path(exists=True, dir_okay=False),
              help="Documents, JSONL: {id, text, published?}.")
@click.option("--gold", "gold_path", required=True, type=click.Path(exists=True, dir_okay=False),
              help="Gold events, JSONL: {doc, event_type, date, admin1, killed, ..., evidence}.")
@click.option("--errors", "show_errors", is_flag=True, help="List wrong fields, missed gold events and false positives.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as one JSON object.")
@click.option("--lexicon", "lexicons", multiple=True, type=click.Path(exists=True, dir_okay=False))
def evaluate(docs_path, gold_path, show_errors, as_json, lexicons):
    """Score Cronica's events on DOCS against GOLD (event P/R/F1 and field accuracy)."""
    from cronica.cli.output import fail
    from cronica.evaluate import load_jsonl, score
    from cronica.pipeline import get_pipeline
    from cronica.text.readers import iter_documents

    try:
        docs, gold = load_jsonl(docs_path), load_jsonl(gold_path)
    except (json.JSONDecodeError, OSError) as e:
        fail(f"cannot read the evaluation files: {e}")
    pred = []
    for res in get_pipeline(lexicons).run(iter_documents([docs_path])):
        if res.error:
            click.echo(f"cronica: error: {res.error}", err=True)
        pred.extend(e.to_dict() for e in res.events)
    r = score(docs, gold, pred)
    if as_json:
        click.echo(json.dumps(r.to_dict(), ensure_ascii=False))
    else:
        click.echo(f"docs {r.docs}  gold {r.gold_events}  pred {r.pred_events}  matched {r.matched}")
        click.echo(f"event P {r.precision:.3f}  R {r.recall:.3f}  F1 {r.f1:.3f}   "
                   f"events on negative docs: {r.events_on_negative_docs}")
        for k, v in r.field_accuracy.items():
            click.echo(f"  {k:14s} {v:.3f}")
        if r.spurious:
            click.echo(f"  spurious: {r.spurious}")
    if show_errors:
        for e in r.errors:
            click.echo("ERR  " + " | ".join(map(str, e)))
        for m in r.missed:
            click.echo("MISS " + " | ".join(map(str, m)))
        for p in r.false_positives:
            click.echo("FP   " + " | ".join(map(str, p)))
