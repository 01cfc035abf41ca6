"""A recipe for the whole set of decision models (``cronica train --recipe FILE --out DIR``).

One YAML file says, per model, which corpus parts of the train split it learns from, its
regularisation strength C and its features' ``min_count``; the seed, the cross-validation
folds and the features version the recipe was written for; and, per threshold, its value,
whether that value was chosen by a search or set by hand, and which thresholds the run
searches again (starting from the written values). A model may instead be kept: its file
beside the recipe is written out as it is, not refitted (``keep:`` says why), so the run still
writes the whole set. ``cronica/models/recipe.yaml`` is the recipe of the shipped set. A part is the prefix of a document id before its first ``-``
(``a-001`` is part ``a``, as in ``corpus/<part>/``).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Optional

import yaml

from cronica.errors import DataFileError
from cronica.extraction.decide import FEATURES_VERSION, MODEL_NAMES

#: how a threshold's written value came about
HOW = ("chosen", "set")


@dataclass(frozen=True)
class ModelRecipe:
    parts: frozenset[str]
    c: float
    min_count: int
    #: why the model is not refitted (its file beside the recipe is written out as it is); "" : refitted
    keep: str = ""
    #: feature families (a feature's name before "=", ``train.family``) the fit leaves out: words that
    #: name a part's register rather than how an incident is told
    exclude: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Recipe:
    seed: int
    folds: int
    features_version: int
    models: dict[str, ModelRecipe]
    #: every threshold's written value (the start of the search for the searched ones)
    thresholds: dict[str, float]
    #: per threshold: "chosen" (by a search, this run's or an earlier one's) or "set" (by hand)
    how: dict[str, str]
    #: the thresholds this run searches (cross-validated train, plus the --choose-with sets)
    search: tuple[str, ...] = ()
    #: names of the annotated sets pooled into the search (their directories are given by --choose-with)
    choose_with: tuple[str, ...] = ()
    #: the recipe's directory, where the files of kept models are
    home: Path = Path(".")

    def parts(self) -> frozenset[str]:
        """The parts any refitted model learns from."""
        return frozenset().union(*(m.parts for m in self.models.values() if not m.keep))

    def kept(self) -> list[str]:
        return [n for n, m in self.models.items() if m.keep]

    def as_dict(self) -> dict:
        """The recipe as recorded in the manifest."""
        return {"seed": self.seed, "folds": self.folds, "features_version": self.features_version,
                "models": {n: {"keep": m.keep} if m.keep else
                           {"parts": "".join(sorted(m.parts)), "C": m.c, "min_count": m.min_count,
                            **({"exclude": sorted(m.exclude)} if m.exclude else {})}
                           for n, m in self.models.items()},
                "thresholds": {n: {"value": v, "how": self.how[n]} for n, v in sorted(self.thresholds.items())},
                "search": list(self.search), "choose_with": list(self.choose_with)}


def part_of(doc_id: str) -> str:
    """The corpus part of a document id (``a-001`` -> ``a``)."""
    return doc_id.split("-", 1)[0]


def doc_parts(doc_id: str) -> set[str]:
    """The parts of the documents behind a training text: one document, its one-sentence view
    (``a-001#opening``) or two documents told as one (``a-001#then#b-002``)."""
    return {part_of(i) for i in doc_id.split("#then#")}


def parse_parts(spec, where: str) -> frozenset[str]:
    """``a-q`` (a range of one-letter parts), ``abc`` or a list of part names."""
    if isinstance(spec, list) and spec and all(isinstance(p, str) and p for p in spec):
        return frozenset(spec)
    if isinstance(spec, str) and len(spec) == 3 and spec[1] == "-" and spec[0] <= spec[2]:
        return frozenset(chr(x) for x in range(ord(spec[0]), ord(spec[2]) + 1))
    if isinstance(spec, str) and spec.isalpha():
        return frozenset(spec)
    raise DataFileError(f"{where}: parts must be a range like a-q, letters like abc, or a list of part names")


def _model(raw, where: str) -> ModelRecipe:
    if isinstance(raw, dict) and set(raw) == {"keep"}:
        if not isinstance(raw["keep"], str) or not raw["keep"].strip():
            raise DataFileError(f"{where}: keep needs the reason the model is not refitted")
        return ModelRecipe(frozenset(), 0.0, 0, raw["keep"].strip())
    if not isinstance(raw, dict) or set(raw) - {"parts", "C", "min_count", "exclude"} or "parts" not in raw:
        raise DataFileError(f"{where}: needs parts, and C, min_count and exclude only besides (or keep alone)")
    c, mc = raw.get("C", 1.0), raw.get("min_count", 2)
    if not isinstance(c, (int, float)) or c <= 0 or not isinstance(mc, int) or mc < 1:
        raise DataFileError(f"{where}: C must be a positive number and min_count a positive integer")
    exclude = raw.get("exclude", [])
    if not isinstance(exclude, list) or not all(isinstance(x, str) and x and "=" not in x for x in exclude):
        raise DataFileError(f"{where}: exclude must list feature families (the names before '=')")
    return ModelRecipe(parse_parts(raw["parts"], where), float(c), mc, exclude=frozenset(exclude))


def _thresholds(raw, where: str) -> tuple[dict[str, float], dict[str, str]]:
    from cronica.learn.train import GRID

    if not isinstance(raw, dict) or set(raw) != set(GRID):
        raise DataFileError(f"{where}: thresholds must name each of {sorted(GRID)} once")
    values, how = {}, {}
    for name, t in raw.items():
        if not isinstance(t, dict) or not isinstance(t.get("value"), (int, float)) or t.get("how") not in HOW:
            raise DataFileError(f"{where}: threshold {name} needs a number value and how: one of {HOW}")
        values[name], how[name] = float(t["value"]), t["how"]
    return values, how


def load_recipe(path: str | Path) -> Recipe:
    """Read and check a recipe; a recipe written for another features version is refused
    (its models cannot be refitted by this code)."""
    path = Path(path)
    try:
        raw = yaml.safe_load(path.read_text("utf-8")) or {}
    except (OSError, yaml.YAMLError) as e:
        raise DataFileError(f"{path}: {e}") from None
    if not isinstance(raw, dict):
        raise DataFileError(f"{path}: a mapping expected")
    if raw.get("features_version") != FEATURES_VERSION:
        raise DataFileError(f"{path}: written for features version {raw.get('features_version')}, "
                            f"the code computes version {FEATURES_VERSION}")
    models = raw.get("models")
    if not isinstance(models, dict) or set(models) != set(MODEL_NAMES):
        raise DataFileError(f"{path}: models must name each of {list(MODEL_NAMES)} once")
    values, how = _thresholds(raw.get("thresholds"), f"{path}")
    search = tuple(raw.get("search") or ())
    if set(search) - set(values):
        raise DataFileError(f"{path}: search names unknown thresholds {sorted(set(search) - set(values))}")
    seed, folds = raw.get("seed", 0), raw.get("folds", 4)
    if not isinstance(seed, int) or not isinstance(folds, int) or folds < 1:
        raise DataFileError(f"{path}: seed and folds must be integers (folds >= 1)")
    recipe = Recipe(seed, folds, FEATURES_VERSION,
                    {n: _model(models[n], f"{path}: model {n}") for n in MODEL_NAMES}, values, how, search,
                    tuple(str(s) for s in raw.get("choose_with") or ()), path.parent)
    for name in recipe.kept():
        if not (path.parent / f"{name}.json").exists():
            raise DataFileError(f"{path}: model {name} is kept, but there is no {name}.json beside the recipe")
    return recipe


def kept_models(recipe: Recipe) -> dict:
    """The models the recipe keeps, read from their files beside it."""
    import json

    from cronica.extraction.decide import LinearModel

    return {n: LinearModel.from_json(json.loads((recipe.home / f"{n}.json").read_text("utf-8")))
            for n in recipe.kept()}


def default_recipe_path() -> Path:
    from cronica.extraction.decide import default_models_dir

    return default_models_dir() / "recipe.yaml"


def train_with_recipe(recipe: Recipe, corpus_dir: str | Path, out_dir: Optional[str | Path],
                      choose_with=(), progress=lambda s: None, **kw):
    """Fit the set the recipe describes in one run (``cronica.learn.train.train``)."""
    from cronica.learn.train import train

    named = {name: (name, docs, gold) for name, docs, gold in choose_with}
    missing = [n for n in recipe.choose_with if n not in named]
    if missing and recipe.search:
        raise DataFileError(f"the recipe chooses thresholds with {missing}: give their directories with --choose-with")
    fitted = {n: m for n, m in recipe.models.items() if not m.keep}
    return train(corpus_dir, out_dir, seed=recipe.seed, c={n: m.c for n, m in fitted.items()},
                 min_count={n: m.min_count for n, m in fitted.items()}, folds=recipe.folds,
                 tune=bool(recipe.search), choose_with=[named[n] for n in recipe.choose_with if n in named],
                 parts={n: m.parts for n, m in fitted.items()}, exclude={n: m.exclude for n, m in fitted.items()},
                 start=recipe.thresholds,
                 search=recipe.search, recipe=recipe, kept=kept_models(recipe), progress=progress, **kw)
