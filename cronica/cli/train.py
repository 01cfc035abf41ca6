"""`cronica train`: fit the decision models on the project's corpus; `cronica train split`."""
from __future__ import annotations

import json

import click


@click.group(invoke_without_command=True)
@click.option("--corpus", "corpus_dir", default="corpus", show_default=True,
              type=click.Path(exists=True, file_okay=False), help="Corpus root: */docs.jsonl + gold.jsonl, splits.tsv.")
@click.option("--out", "out_dir", default=None, type=click.Path(file_okay=False),
              help="Where the model files go (default: the package's cronica/models).")
@click.option("--seed", default=0, show_default=True, type=int)
@click.option("-C", "c", default=None, type=float,
              help="Inverse L2 regularisation strength of every model (default: 1.0, and the document "
                   "model's chosen by cross-validated log-loss inside the train split).")
@click.option("--min-count", default=2, show_default=True, type=int, help="Drop features seen in fewer examples.")
@click.option("--folds", default=4, show_default=True, type=int,
              help="Cross-validation folds inside the train split for choosing the thresholds.")
@click.option("--choose-with", "choose_with", multiple=True, type=click.Path(exists=True, file_okay=False),
              help="An annotated set (directory with docs.jsonl + gold.jsonl) pooled into the threshold "
                   "choice only, never into the training examples (repeatable).")
@click.option("--no-tune", is_flag=True, help="Keep the default thresholds (the rules' verdicts).")
@click.option("--only", type=click.Choice(["document"]), default=None,
              help="Fit this model alone and write only its file (and its manifest entry); the other "
                   "models and the thresholds in --out stay as they are.")
@click.pass_context
def train(ctx, corpus_dir, out_dir, seed, c, min_count, folds, choose_with, no_tune, only):
    """Fit the decision models (document, mention, pair, type) on the train split of the
    corpus, choosing their thresholds by cross-validation inside it. Dev is a held-out
    check; the test split is never read."""
    if ctx.invoked_subcommand is not None:
        return
    from cronica.errors import CronicaError
    from cronica.learn.train import default_out, train as run_train

    from pathlib import Path

    from cronica.evaluate import load_jsonl

    if only == "document":
        from cronica.learn.train import train_document

        try:
            m = train_document(corpus_dir, out_dir or default_out(), seed=seed, c=c, min_count=min_count, folds=folds,
                               progress=lambda s: click.echo(s, err=True))
        except CronicaError as e:
            raise click.ClickException(str(e))
        click.echo(json.dumps({"models": {m.name: m.meta}}, ensure_ascii=False, indent=1))
        return
    sets = [(Path(d).name, load_jsonl(Path(d) / "docs.jsonl"), load_jsonl(Path(d) / "gold.jsonl")) for d in choose_with]
    try:
        r = run_train(corpus_dir, out_dir or default_out(), seed=seed, c=c, min_count=min_count, tune=not no_tune, folds=folds, choose_with=sets,
                      progress=lambda s: click.echo(s, err=True))
    except CronicaError as e:
        raise click.ClickException(str(e))
    click.echo(json.dumps({"thresholds": r.thresholds, "dev_f1": r.dev_f1, "cv_f1": r.cv_f1, "heldout": r.heldout,
                           "models": {k: m.meta for k, m in r.models.items()}, "seconds": round(r.seconds, 1)},
                          ensure_ascii=False, indent=1))


@train.command("heldout")
@click.option("--corpus", "corpus_dir", default="corpus", show_default=True,
              type=click.Path(exists=True, file_okay=False), help="Corpus root: */docs.jsonl + gold.jsonl, splits.tsv.")
@click.option("-C", "cs", multiple=True, type=float, help="Inverse L2 regularisation strengths to try (default 0.25, 1).")
@click.option("--threshold", "thresholds", multiple=True, type=float, help="Document thresholds to try (default 0.3).")
@click.option("--seed", default=0, show_default=True, type=int)
def heldout(corpus_dir, cs, thresholds, seed):
    """Leave one corpus part out: the document model fitted on the other parts' train documents
    gates the held-out part's (rules and other models fixed); events on negatives, precision and
    recall per part (cronica/learn/heldout.py). The test split is never read."""
    from cronica.learn.heldout import heldout_report

    for line in heldout_report(corpus_dir, cs or (0.25, 1.0), thresholds or (0.3,), seed,
                               progress=lambda s: click.echo(s, err=True)):
        click.echo(line)


@train.command("split")
@click.option("--corpus", "corpus_dir", default="corpus", show_default=True, type=click.Path(exists=True, file_okay=False))
@click.option("--check", is_flag=True, help="Only check splits.tsv against the corpus and the rule (exit 1 on problems).")
def split_cmd(corpus_dir, check):
    """Record the train / dev / test split of new documents in CORPUS/splits.tsv (old ones never move)."""
    from collections import Counter
    from pathlib import Path

    from cronica.errors import CronicaError
    from cronica.learn.corpus import load_corpus
    from cronica.learn.split import check_splits, read_splits, update_splits

    path = Path(corpus_dir) / "splits.tsv"
    try:
        ids = load_corpus(corpus_dir).ids()
        if check:
            problems = check_splits(path, ids)
            for p in problems:
                click.echo(p, err=True)
            if problems:
                raise SystemExit(1)
            split = read_splits(path)
        else:
            split, new = update_splits(path, ids)
            click.echo(f"{len(new)} new id(s) recorded in {path}", err=True)
    except CronicaError as e:
        raise click.ClickException(str(e))
    n = Counter(split[i] for i in ids)
    click.echo("  ".join(f"{k} {n.get(k, 0)}" for k in ("train", "dev", "test")))
