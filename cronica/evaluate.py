"""evaluate: score extracted events against a gold annotation.

The matching rules are the project's measurement rules (those of
``shared/tools/score.py``): a predicted event matches a gold event of the same
document when its evidence span overlaps one of the gold evidence spans
(``evidence`` and ``evidence_more``, found verbatim in the text) and the types are
compatible (same family; security_operation also with armed_clash or arrest).
Matching is one-to-one and greedy, exact-type pairs first, then pairs on the
gold's primary evidence. A predicted evidence span over 1,000 characters
matches nothing. Fields are scored on matched pairs where gold is known:
type and date exactly (the date string at its precision; ``date_lenient`` cuts
the prediction to the gold's precision), admin1 after folding
accents/case and dropping "región"/"departamento de", counts as equal integers,
actors by a shared word of 4+ letters with either the normalised name or the
words as written. Gold null with a filled prediction counts as spurious.
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

FAMILY = {
    "ambush": "violent", "armed_clash": "violent", "attack": "violent", "bombing": "violent",
    "killing": "violent", "kidnapping": "abduction", "disappearance": "abduction", "arrest": "arrest",
    "seizure": "seizure", "security_operation": "operation", "protest": "protest",
    "designation": "other", "other": "other",
}
CROSS = {frozenset({"security_operation", "armed_clash"}), frozenset({"security_operation", "arrest"})}
MAX_EVIDENCE = 1000
_PREFIXES = ("departamento de ", "departamento del ", "region de ", "region ", "provincia de ",
             "provincia del ", "estado de ", "estado del ")
_SAME = {"cuzco": "cusco", "lima metropolitana": "lima", "lima provincias": "lima"}


def compatible(a: Optional[str], b: Optional[str]) -> bool:
    a, b = (a or "").lower(), (b or "").lower()
    fa, fb = FAMILY.get(a, "?" + a), FAMILY.get(b, "?" + b)
    return fa == fb or frozenset({a, b}) in CROSS


def fold_place(s: Any) -> str:
    s = unicodedata.normalize("NFKD", str(s or "")).encode("ascii", "ignore").decode()
    s = " ".join(s.lower().split())
    for p in _PREFIXES:
        if s.startswith(p):
            s = s[len(p):]
    return _SAME.get(s, s)


def _words(s: Any) -> set[str]:
    return {w for w in re.findall(r"\w+", fold_place(s)) if len(w) >= 4}


def locate(text: str, needle: str) -> Optional[tuple[int, int]]:
    if not needle:
        return None
    i = text.find(needle)
    if i >= 0:
        return i, i + len(needle)
    m = re.search(r"\s+".join(re.escape(w) for w in needle.split()), text)
    return (m.start(), m.end()) if m else None


def _overlap(a, b) -> bool:
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]


@dataclass
class Report:
    docs: int
    gold_events: int
    pred_events: int
    matched: int
    precision: float
    recall: float
    f1: float
    field_accuracy: dict[str, float]
    spurious: dict[str, int]
    events_on_negative_docs: int
    errors: list[tuple] = field(default_factory=list)
    missed: list[tuple] = field(default_factory=list)
    false_positives: list[tuple] = field(default_factory=list)

    def to_dict(self) -> dict:
        d = self.__dict__.copy()
        for k in ("errors", "missed", "false_positives"):
            d.pop(k)
        return d


def _best_matching(cands: list[tuple[bool, bool, int, int]]) -> list[tuple[int, int]]:
    """One-to-one (pred, gold) pairs as score.py takes them: the most pairs, then the most
    exact-type pairs, then the most pairs on the gold's main evidence (exact search per document)."""
    weight = {(pi, gi): 100 + 2 * (not not_exact) + (not not_primary) for not_exact, not_primary, pi, gi in cands}
    preds = sorted({pi for pi, _ in weight})
    golds = sorted({gi for _, gi in weight})
    bit = {g: 1 << k for k, g in enumerate(golds)}
    memo: dict[tuple[int, int], tuple[int, tuple]] = {}

    def solve(i: int, used: int) -> tuple[int, tuple]:
        if i == len(preds):
            return 0, ()
        if (i, used) not in memo:
            best = solve(i + 1, used)
            for g in golds:
                w = weight.get((preds[i], g))
                if w and not used & bit[g]:
                    sub_w, sub_pairs = solve(i + 1, used | bit[g])
                    if sub_w + w > best[0]:
                        best = (sub_w + w, ((preds[i], g),) + sub_pairs)
            memo[(i, used)] = best
        return memo[(i, used)]

    return list(solve(0, 0)[1])


def score(docs: list[dict], gold: list[dict], pred: list[dict]) -> Report:
    text = {str(d["id"]): d["text"] for d in docs}
    gold_by: dict[str, list[dict]] = defaultdict(list)
    for g in gold:
        doc = str(g["doc"])
        spans = [locate(text.get(doc, ""), g.get("evidence", ""))]
        spans += [locate(text.get(doc, ""), e) for e in g.get("evidence_more") or []]
        gold_by[doc].append({**g, "doc": doc, "_spans": [s for s in spans if s]})
    pred_by: dict[str, list[dict]] = defaultdict(list)
    for p in pred:
        doc = str(p.get("doc_id"))
        if doc not in text or (p.get("type") or "").lower() not in FAMILY:
            continue  # as score.py: types outside the annotated ones are not scored
        s, e = p.get("evidence_start"), p.get("evidence_end")
        span = (s, e) if isinstance(s, int) and isinstance(e, int) else locate(text[doc], p.get("evidence", ""))
        if span and span[1] - span[0] > MAX_EVIDENCE:
            span = None
        pred_by[doc].append({**p, "_span": span})
    pairs = []
    for doc in text:
        cands = []
        for pi, p in enumerate(pred_by[doc]):
            for gi, g in enumerate(gold_by[doc]):
                if any(_overlap(p["_span"], s) for s in g["_spans"]) and compatible(p.get("type"), g["event_type"]):
                    exact = (p.get("type") or "").lower() == g["event_type"]
                    primary = bool(g["_spans"]) and _overlap(p["_span"], g["_spans"][0])
                    cands.append((not exact, not primary, pi, gi))
        for pi, gi in _best_matching(cands):
            pairs.append((pred_by[doc][pi], gold_by[doc][gi]))
    n_pred = sum(len(v) for v in pred_by.values())
    tp = len(pairs)
    prec = tp / n_pred if n_pred else 0.0
    rec = tp / len(gold) if gold else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    ok, total, errors = Counter(), Counter(), []

    def check(name, good, shown, g):
        total[name] += 1
        ok[name] += bool(good)
        if not good:
            errors.append((g["doc"], name, shown, g["evidence"][:90]))

    for p, g in pairs:
        check("type", (p.get("type") or "").lower() == g["event_type"], (p.get("type"), g["event_type"]), g)
        if g.get("date"):
            check("date", p.get("date") is not None and str(p.get("date")) == g["date"], (p.get("date"), g["date"]), g)
            n = {"year": 4, "month": 7, "day": 10}.get(g.get("date_precision") or "", len(g["date"]))
            lenient = str(p["date"])[:n] if p.get("date") else None
            check("date_lenient", lenient == g["date"], (p.get("date"), g["date"]), g)
        elif p.get("date"):
            check("date_spurious", False, (p.get("date"), None), g)
        if g.get("admin1"):
            check("admin1", fold_place(p.get("admin1")) == fold_place(g["admin1"]), (p.get("admin1"), g["admin1"]), g)
        elif p.get("admin1"):
            check("admin1_spurious", False, (p.get("admin1"), None), g)
        for k in ("killed", "wounded", "kidnapped"):
            if g.get(k) is not None:
                check(k, p.get(k) == g[k], (p.get(k), g[k]), g)
            elif p.get(k) not in (None, 0):
                check(k + "_spurious", False, (p.get(k), None), g)
        for k in ("actor1", "actor2"):
            if g.get(k):
                good = bool(_words(p.get(k)) & _words(g[k])) or bool(_words(p.get(k + "_text")) & _words(g[k]))
                check(k, good, (p.get(k + "_text") or p.get(k), g[k]), g)
    acc = {k: round(ok[k] / total[k], 3) for k in sorted(total) if not k.endswith("_spurious")}
    spurious = {k: total[k] for k in total if k.endswith("_spurious")}
    negatives = [d for d in text if not gold_by[d]]
    matched_p = {id(p) for p, _ in pairs}
    matched_g = {id(g) for _, g in pairs}
    return Report(
        docs=len(docs), gold_events=len(gold), pred_events=n_pred, matched=tp,
        precision=round(prec, 3), recall=round(rec, 3), f1=round(f1, 3),
        field_accuracy=acc, spurious=spurious,
        events_on_negative_docs=sum(len(pred_by[d]) for d in negatives),
        errors=errors,
        missed=[(g["doc"], g["event_type"], g["evidence"][:100]) for gs in gold_by.values() for g in gs
                if id(g) not in matched_g],
        false_positives=[(p["doc_id"], p.get("type"), (p.get("evidence") or "")[:100])
                         for ps in pred_by.values() for p in ps if id(p) not in matched_p],
    )


def load_jsonl(path: str | Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]
