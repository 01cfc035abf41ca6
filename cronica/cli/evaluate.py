"""`cronica evaluate`: run extraction on annotated documents and score it against gold,
per set and pooled (the same numbers as ``shared/tools/score.py``)."""
from __future__ import annotations

import json
from pathlib import Path

import click


@click.command()
@click.argument("sets", nargs=-1, type=click.Path(exists=True, file_okay=False))
@click.option("--docs", "docs_paths", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="Documents, JSONL: {id, text, published?} (repeatable, paired with --gold in order).")
@click.option("--gold", "gold_paths", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="Gold events, JSONL: {doc, event_type, date, admin1, killed, ..., evidence}.")
@click.option("--corpus", "corpus_dir", type=click.Path(exists=True, file_okay=False),
              help="The project's corpus root (with splits.tsv); scored by --split.")
@click.option("--split", "splits", multiple=True, type=click.Choice(["train", "dev", "test", "all"]),
              help="Which corpus split(s) to score (repeatable; default dev).")
@click.option("--errors", "show_errors", is_flag=True, help="List wrong fields, missed gold events and false positives.")
@click.option("--json", "as_json", is_flag=True, help="Print the pooled scores as one JSON object, per set under 'sets'.")
@click.option("--rules", is_flag=True, help="Hand-written rules only (no trained decision models), for comparison.")
@click.option("--models", "models_dir", type=click.Path(exists=True, file_okay=False),
              help="Decision models directory (default: the shipped cronica/models).")
@click.option("--lexicon", "lexicons", multiple=True, type=click.Path(exists=True, dir_okay=False))
def evaluate(sets, docs_paths, gold_paths, corpus_dir, splits, show_errors, as_json, rules, models_dir, lexicons):
    """Score Cronica's events against gold: each SET directory (docs.jsonl + gold.jsonl), each
    --docs/--gold pair and each --split of --corpus, then all of them pooled."""
    from cronica.cli.output import fail
    from cronica.evaluate import confusion_table, load_jsonl, score_sets
    from cronica.model import Document
    from cronica.pipeline import Pipeline, get_pipeline

    if len(docs_paths) != len(gold_paths):
        fail("give one --gold for each --docs")
    named: list[tuple[str, list[dict], list[dict]]] = []
    try:
        for d in sets:
            named.append((Path(d).name, load_jsonl(Path(d) / "docs.jsonl"), load_jsonl(Path(d) / "gold.jsonl")))
        for dp, gp in zip(docs_paths, gold_paths):
            named.append((Path(dp).name.split(".")[0], load_jsonl(dp), load_jsonl(gp)))
    except (json.JSONDecodeError, OSError) as e:
        fail(f"cannot read the evaluation files: {e}")
    if corpus_dir:
        from cronica.errors import CronicaError
        from cronica.learn.corpus import load_corpus
        from cronica.learn.split import read_splits

        try:
            corpus = load_corpus(corpus_dir)
        except CronicaError as e:
            fail(str(e))
        recorded = read_splits(Path(corpus_dir) / "splits.tsv")
        for sp in splits or ("dev",):
            ids = corpus.ids() if sp == "all" else [i for i in corpus.ids() if recorded.get(i) == sp]
            sub = corpus.subset(ids)
            named.append((f"corpus-{sp}", sub.docs, sub.gold))
    if not named:
        fail("nothing to evaluate: give SET directories, --docs/--gold, or --corpus")
    if rules or models_dir:
        pipe = Pipeline(lexicons, learned=not rules, models=models_dir)
    else:
        pipe = get_pipeline(lexicons)
    scored = []
    for name, docs, gold in named:
        items = [Document(id=str(d["id"]), text=d["text"], published=d.get("published"), title=d.get("title"),
                          url=d.get("url")) for d in docs]
        pred = []
        for res in pipe.run(items):
            if res.error:
                click.echo(f"cronica: error: {res.error}", err=True)
            pred.extend(e.to_dict() for e in res.events)
        scored.append((name, docs, gold, pred))
    per, pooled = score_sets(scored)
    if as_json:
        out = pooled.to_dict()
        out["sets"] = {k: r.to_dict() for k, r in per.items()}
        click.echo(json.dumps(out, ensure_ascii=False))
    else:
        rows = list(per.items()) + ([("pooled", pooled)] if len(per) > 1 else [])
        click.echo(f"{'set':16s} {'docs':>5s} {'gold':>5s} {'pred':>5s} {'match':>5s}  {'P':>5s} {'R':>5s} {'F1':>5s}"
                   f"  {'neg-ev':>6s}")
        for name, r in rows:
            click.echo(f"{name[:16]:16s} {r.docs:5d} {r.gold_events:5d} {r.pred_events:5d} {r.matched:5d}  "
                       f"{r.precision:.3f} {r.recall:.3f} {r.f1:.3f}  {r.events_on_negative_docs:6d}")
        fields = sorted({k for _, r in rows for k in r.field_accuracy})
        click.echo("\nfield accuracy on matched events")
        click.echo(f"{'field':16s} " + " ".join(f"{n[:9]:>9s}" for n, _ in rows))
        for k in fields:
            click.echo(f"{k:16s} " + " ".join(f"{r.field_accuracy[k]:9.3f}" if k in r.field_accuracy else f"{'-':>9s}"
                                              for _, r in rows))
        for line in cameo_rows(rows):
            click.echo(line)
        if pooled.spurious:
            click.echo(f"spurious (pooled): {pooled.spurious}")
        if pooled.events_outside_annotated_types:
            click.echo(f"events outside the 13 annotated types (not scored): {pooled.events_outside_annotated_types}")
        table = confusion_table(pooled.confusion)
        if table:
            click.echo("\ntype confusion (matched events" + (", pooled)" if len(per) > 1 else ")"))
            for line in table:
                click.echo(line)
    if show_errors:
        for name, r in per.items():
            for e in r.errors:
                click.echo(f"ERR  {name} | " + " | ".join(map(str, e)))
            for m in r.missed:
                click.echo(f"MISS {name} | " + " | ".join(map(str, m)))
            for p in r.false_positives:
                click.echo(f"FP   {name} | " + " | ".join(map(str, p)))
            for c in r.cameo_errors:
                click.echo(f"CAMEO {name} | " + " | ".join(map(str, c)))


def cameo_rows(rows: list) -> list[str]:
    """Table lines for the sets whose gold carries CAMEO codes: root P/R/F1 per document over
    every predicted event, and the full code on matched events."""
    coded = [(name, r.cameo) for name, r in rows if r.cameo is not None]
    if not coded:
        return []
    out = ["\nCAMEO root codes (per document, every predicted event) and full code on matched events",
           f"{'set':16s} {'gold':>5s} {'pred':>5s} {'match':>5s}  {'P':>5s} {'R':>5s} {'F1':>5s}  {'code acc':>8s} {'pairs':>5s}"]
    for name, c in coded:
        out.append(f"{name[:16]:16s} {c.gold:5d} {c.pred:5d} {c.matched:5d}  {c.precision:.3f} {c.recall:.3f} {c.f1:.3f}"
                   f"  {c.code_accuracy:8.3f} {c.pairs:5d}")
    return out
