"""Country accuracy and admin1 error classes of matched events (a development check, not a score).

usage: python scripts/geo_check.py [--corpus corpus --split train --split dev] [SET_DIR ...]
                                   [--cache FILE] [--list]

For every matched (predicted, gold) pair it compares the event's country: the gold's ``country``
when the annotation has one, else the country of the gold ``admin1`` (the one country whose
first-level division has that name in the gazetteer: admin1_latam.tsv and INEI's departments).
Each admin1 miss is put in one class:

  wrong-country   the prediction is in another country than the gold
  no-place        the prediction has neither admin1 nor country
  country-only    the right country, admin1 left null
  other-division  the right country, another first-level division
  spurious        gold leaves admin1 null (a zone over several divisions, an unplaced event), we fill it

``--cache FILE`` keeps the predictions (a JSON file) so that the classes can be listed again
without running the pipeline. The locked test split is refused.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

import pycountry

from cronica.evaluate import fold_place, load_jsonl, score_sets
from cronica.geo.gazetteer import open_gazetteer


def _sets(corpus: str | None, splits: list[str], dirs: list[str]) -> list[tuple[str, list[dict], list[dict]]]:
    named = [(Path(d).name, load_jsonl(Path(d) / "docs.jsonl"), load_jsonl(Path(d) / "gold.jsonl")) for d in dirs]
    if corpus:
        from cronica.learn.corpus import load_corpus
        from cronica.learn.split import read_splits

        data = load_corpus(corpus)
        recorded = read_splits(Path(corpus) / "splits.tsv")
        for sp in splits:
            if sp not in ("train", "dev"):
                raise SystemExit(f"geo_check: split {sp!r} refused (train and dev only)")
            sub = data.subset([i for i in data.ids() if recorded.get(i) == sp])
            named.append((f"corpus-{sp}", sub.docs, sub.gold))
    return named


def _predict(named: list[tuple[str, list[dict], list[dict]]]) -> dict[str, list[dict]]:
    from cronica.model import Document
    from cronica.pipeline import get_pipeline

    pipe = get_pipeline()
    out: dict[str, list[dict]] = {}
    for name, docs, _ in named:
        items = [Document(id=str(d["id"]), text=d["text"], published=d.get("published"), title=d.get("title"),
                          url=d.get("url")) for d in docs]
        out[name] = [e.to_dict() for res in pipe.run(items) for e in res.events]
    return out


def _alpha2(iso: int | None) -> str | None:
    if iso is None:
        return None
    c = pycountry.countries.get(numeric=f"{int(iso):03d}")
    return c.alpha_2 if c else None


def gold_country(g: dict, division_country: dict[str, set[str]]) -> str | None:
    """The gold event's country: its own field, else the one country with a division of its admin1's name."""
    if g.get("country"):
        return str(g["country"]).upper()
    ccs = division_country.get(fold_place(g.get("admin1")), set())
    return next(iter(ccs)) if len(ccs) == 1 else None


def admin1_class(p: dict, g: dict, gcc: str | None) -> str | None:
    """The class of an admin1 miss of one matched pair (None when admin1 is right or both are null)."""
    pa, ga = p.get("admin1"), g.get("admin1")
    if not ga:
        return "spurious" if pa else None
    if fold_place(pa) == fold_place(ga):
        return None
    pcc = _alpha2(p.get("iso"))
    if pcc and gcc and pcc != gcc:
        return "wrong-country"
    if not pa:
        return "country-only" if pcc else "no-place"
    return "other-division"


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sets", nargs="*")
    ap.add_argument("--corpus")
    ap.add_argument("--split", action="append", default=[])
    ap.add_argument("--cache")
    ap.add_argument("--list", action="store_true", help="list each admin1 miss with its class")
    a = ap.parse_args(argv)
    named = _sets(a.corpus, a.split or ["dev"], a.sets)
    cache = Path(a.cache) if a.cache else None
    preds = json.loads(cache.read_text()) if cache and cache.exists() else _predict(named)
    if cache and not cache.exists():
        cache.write_text(json.dumps(preds, ensure_ascii=False))
    gaz = open_gazetteer()
    division_country: dict[str, set[str]] = {}
    for e in gaz.iter_kind("admin1"):
        if e.cc:
            division_country.setdefault(fold_place(e.admin1 or e.name), set()).add(e.cc)
    per, _ = score_sets([(n, docs, gold, preds[n]) for n, docs, gold in named])
    for name, rep in per.items():
        right = total = 0
        classes: Counter = Counter()
        for p, g in rep.pairs:
            gcc = gold_country(g, division_country)
            if gcc:
                total += 1
                right += _alpha2(p.get("iso")) == gcc
            k = admin1_class(p, g, gcc)
            if k:
                classes[k] += 1
                if a.list:
                    print(f"  {k:14s} {name} | {g['doc']} | ({p.get('admin1')!r} {_alpha2(p.get('iso'))}, "
                          f"{g.get('admin1')!r} {gcc}) | {p.get('location')!r} | {g.get('location')!r}")
        acc = right / total if total else 0.0
        print(f"{name:12s} country {acc:.3f} ({right}/{total}) | admin1 misses: "
              + " ".join(f"{k} {v}" for k, v in classes.most_common()))


if __name__ == "__main__":
    main(sys.argv[1:])
