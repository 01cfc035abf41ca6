"""`cronica train`: fit the decision models on the project's corpus; `cronica train split`."""
from __future__ import annotations

import json

import click


@click.group(invoke_without_command=True)
@click.option("--corpus", "corpus_dir", default="corpus", show_default=True,
              type=click.Path(exists=True, file_okay=False), help="Corpus root: */docs.jsonl + gold.jsonl, splits.tsv.")
@click.option("--out", "out_dir", default=None, type=click.Path(file_okay=False),
              help="Where the model files go (required; to ship them, --out cronica/models).")
@click.option("--recipe", "recipe_path", default=None, type=click.Path(exists=True, dir_okay=False),
              help="Fit the whole set as this recipe says (parts, C, min_count per model; seed, folds; "
                   "thresholds set or searched), e.g. cronica/models/recipe.yaml, the shipped set's.")
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
def train(ctx, corpus_dir, out_dir, recipe_path, seed, c, min_count, folds, choose_with, no_tune, only):
    """Fit the decision models (document, mention, pair, type) on the train split of the
    corpus, choosing their thresholds by cross-validation inside it. Dev is a held-out
    check; the test split is never read. The files go to --out, never to the shipped
    cronica/models unless it is named."""
    if ctx.invoked_subcommand is not None:
        return
    from cronica.errors import CronicaError
    from cronica.learn.train import train as run_train

    from pathlib import Path

    from cronica.evaluate import load_jsonl

    if out_dir is None:
        raise click.UsageError("give --out DIR: where the model files go (the shipped set is replaced "
                               "only when it is named: --out cronica/models)")
    if recipe_path is not None:
        _train_recipe(ctx, recipe_path, corpus_dir, out_dir, choose_with)
        return
    if only == "document":
        from cronica.learn.train import train_document

        try:
            m = train_document(corpus_dir, out_dir, seed=seed, c=c, min_count=min_count, folds=folds,
                               progress=lambda s: click.echo(s, err=True))
        except CronicaError as e:
            raise click.ClickException(str(e))
        click.echo(json.dumps({"models": {m.name: m.meta}}, ensure_ascii=False, indent=1))
        return
    sets = _sets(choose_with)
    try:
        r = run_train(corpus_dir, out_dir, seed=seed, c=c, min_count=min_count, tune=not no_tune, folds=folds, choose_with=sets,
                      progress=lambda s: click.echo(s, err=True))
    except CronicaError as e:
        raise click.ClickException(str(e))
    _report(r)


def _sets(dirs) -> list:
    """The --choose-with sets: (name, docs, gold) of each directory."""
    from pathlib import Path

    from cronica.evaluate import load_jsonl

    return [(Path(d).name, load_jsonl(Path(d) / "docs.jsonl"), load_jsonl(Path(d) / "gold.jsonl")) for d in dirs]


def _report(r) -> None:
    """The run's thresholds, held-out figures and models' metadata, as JSON on stdout."""
    click.echo(json.dumps({"thresholds": r.thresholds, "dev_f1": r.dev_f1, "cv_f1": r.cv_f1, "heldout": r.heldout,
                           "models": {k: m.meta for k, m in r.models.items()}, "seconds": round(r.seconds, 1)},
                          ensure_ascii=False, indent=1))


#: options a recipe decides; giving one beside --recipe is an error
_RECIPE_DECIDES = ("seed", "c", "min_count", "folds", "no_tune", "only")


def _train_recipe(ctx, recipe_path, corpus_dir, out_dir, choose_with) -> None:
    """``cronica train --recipe FILE --out DIR``: the whole set, as the recipe says, in one run."""
    from pathlib import Path

    from cronica.errors import CronicaError
    from cronica.evaluate import load_jsonl
    from cronica.learn.recipe import load_recipe, train_with_recipe

    given = [p for p in _RECIPE_DECIDES if ctx.get_parameter_source(p) != click.core.ParameterSource.DEFAULT]
    if given:
        raise click.UsageError(f"--recipe decides {', '.join(given)}: edit the recipe instead")
    sets = _sets(choose_with)
    try:
        r = train_with_recipe(load_recipe(recipe_path), corpus_dir, out_dir, choose_with=sets,
                              progress=lambda s: click.echo(s, err=True))
    except CronicaError as e:
        raise click.ClickException(str(e))
    _report(r)


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
