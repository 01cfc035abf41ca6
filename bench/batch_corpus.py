"""A synthetic Spanish conflict-news corpus for bench/batch.py and tests/batch/.

Documents of realistic news length (~1,500-2,500 characters) built from the
templates in bench/data/batch_corpus.yaml (written for Cronica; no third-party
text): one lead paragraph reporting an incident (ambush, clash, killing, arrest,
seizure, protest, bombing, kidnapping) followed by context paragraphs and quotes,
plus a share of negative documents with no conflict event at all. Deterministic
for a given seed.

    python bench/batch_corpus.py 5000 corpus.jsonl [--seed 7] [--negative 0.2]
"""
from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path
from typing import Any, Iterator

import yaml

TEMPLATES = Path(__file__).with_name("data") / "batch_corpus.yaml"
MIN_CHARS, MAX_CHARS = 1500, 2500

_SENTENCE_START = re.compile(r"(^|[.!?]\s+)([a-záéíóúñ])")
_CONTRACTIONS = ((" de el ", " del "), (" a el ", " al "))


def _load() -> dict[str, Any]:
    with open(TEMPLATES, encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def _tidy(text: str) -> str:
    text = " ".join(text.split())
    for a, b in _CONTRACTIONS:
        text = text.replace(a, b)
    return _SENTENCE_START.sub(lambda m: m.group(1) + m.group(2).upper(), text)


class CorpusGenerator:
    def __init__(self, seed: int = 7, negative: float = 0.2) -> None:
        self.t = _load()
        self.rng = random.Random(seed)
        self.negative = negative

    def _slots(self) -> dict[str, Any]:
        r, t = self.rng, self.t
        place = r.choice(t["places"])
        year = r.randint(2008, 2023)
        month_i = r.randrange(12)
        day = r.randint(1, 28)
        return {
            **place, "day": day, "month": t["months"][month_i], "year": year,
            "month_i": month_i + 1,
            "state": r.choice(t["state_actors"]), "armed": r.choice(t["armed_actors"]),
            "victims": r.choice(t["victims"]), "n_dead": r.choice(t["numbers"]),
            "n_wounded": r.choice(t["numbers"]), "n_arrested": r.choice(t["numbers"]),
            "n_kg": r.choice([r.randint(12, 95), r.randint(100, 999), r.randint(1000, 4800)]),
            "drug": r.choice(t["drugs"]),
        }

    def _compose(self, lead: str, fillers: list[str], slots: dict[str, Any]) -> str:
        paras = [_tidy(lead.format(**slots))]
        pool = fillers[:]
        self.rng.shuffle(pool)
        length = len(paras[0])
        for f in pool:
            p = _tidy(f.format(**slots))
            if length >= MIN_CHARS and length + len(p) + 2 > MAX_CHARS:
                break
            if length + len(p) + 2 > MAX_CHARS:
                continue
            paras.append(p)
            length += len(p) + 2
            if length >= MIN_CHARS and self.rng.random() < 0.35:
                break
        return "\n\n".join(paras)

    def document(self, i: int) -> dict[str, Any]:
        t, r = self.t, self.rng
        slots = self._slots()
        published = f"{slots['year']:04d}-{slots['month_i']:02d}-{min(28, slots['day'] + 1):02d}"
        if r.random() < self.negative:
            lead = r.choice(t["negative"]["leads"])
            text = self._compose(lead, t["negative"]["context"], slots)
            kind = "negative"
        else:
            kind = r.choice(sorted(t["events"]))
            lead = r.choice(t["events"][kind])
            text = self._compose(lead, t["context"] + t["quotes"], slots)
        title = f"{slots['district']} ({slots['department']}): {kind.replace('_', ' ')}"
        return {"id": f"gen-{i:06d}", "text": text, "published": published, "title": title}

    def __iter__(self) -> Iterator[dict[str, Any]]:
        i = 0
        while True:
            yield self.document(i)
            i += 1


def generate(n: int, seed: int = 7, negative: float = 0.2) -> list[dict[str, Any]]:
    g = iter(CorpusGenerator(seed, negative))
    return [next(g) for _ in range(n)]


def write_jsonl(path: str | Path, n: int, seed: int = 7, negative: float = 0.2) -> Path:
    path = Path(path)
    with open(path, "w", encoding="utf-8") as fh:
        for rec in generate(n, seed, negative):
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("n", type=int)
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--negative", type=float, default=0.2)
    a = ap.parse_args()
    write_jsonl(a.out, a.n, a.seed, a.negative)


if __name__ == "__main__":
    main()
