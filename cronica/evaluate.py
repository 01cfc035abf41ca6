"""evaluate: score extracted events against a gold annotation.

The matching rules are the project's measurement rules (those of
``shared/tools/score.py``): a predicted event matches a gold event of the same
document when its evidence span overlaps one of the gold evidence spans
(``evidence`` and ``evidence_more``, found verbatim in the text) and the types are
compatible (same family; security_operation also with armed_clash or arrest).
Matching is one-to-one and takes the most pairs, then the most exact-type
pairs, then the most pairs on the gold's primary evidence. A predicted event
whose type is outside the 13 annotated types is not scored (it is counted in
``events_outside_annotated_types``); nor is a gold event of such a type (our
corpus annotates agreements, corpus part v, which the shared sets do not), though
its document is not a negative. A predicted evidence span over 1,000
characters matches nothing. Fields are scored on matched pairs where gold is known:
type and date exactly (the date string at its precision; ``date_lenient`` cuts
the prediction to the gold's precision), admin1 after folding
accents/case and dropping "región"/"departamento de", counts as equal integers,
actors by a shared word of 4+ letters with either the normalised name or the
words as written. Gold null with a filled prediction counts as spurious.

CAMEO (issue 11): when every gold line of a set carries ``cameo``, the set is also scored on
CAMEO root codes (the first two digits), as an event coder like UniversalPetrarch is scored:
per document, the multiset of gold events' roots against the multiset of EVERY predicted
event's root (types outside the 13 annotated ones too), pooled over documents; and the full
code on matched event pairs (``cameo_code_accuracy``). A pool of several sets sums the CAMEO
counts of the sets that carry codes.
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


def cameo_root(code: Any) -> Optional[str]:
    """The CAMEO root (first two digits) of a code such as "193" or "1823"; None if not a code."""
    c = str(code or "").strip()
    return c[:2] if len(c) >= 2 and c[:2].isdigit() else None


def _ratio(num: int, den: int) -> float:
    return round(num / den, 3) if den else 0.0


@dataclass
class CameoScore:
    """CAMEO root codes per document, pooled, and full codes on matched event pairs."""
    gold: int = 0
    pred: int = 0
    matched: int = 0
    pairs: int = 0
    pairs_same_code: int = 0

    @property
    def precision(self) -> float:
        return _ratio(self.matched, self.pred)

    @property
    def recall(self) -> float:
        return _ratio(self.matched, self.gold)

    @property
    def f1(self) -> float:
        p, r = self.matched / self.pred if self.pred else 0.0, self.matched / self.gold if self.gold else 0.0
        return round(2 * p * r / (p + r), 3) if p + r else 0.0

    @property
    def code_accuracy(self) -> float:
        return _ratio(self.pairs_same_code, self.pairs)

    def __add__(self, other: "CameoScore") -> "CameoScore":
        return CameoScore(self.gold + other.gold, self.pred + other.pred, self.matched + other.matched,
                          self.pairs + other.pairs, self.pairs_same_code + other.pairs_same_code)

    def to_dict(self) -> dict:
        return {"cameo_root": {"precision": self.precision, "recall": self.recall, "f1": self.f1,
                               "gold": self.gold, "pred": self.pred, "matched": self.matched},
                "cameo_code_accuracy": self.code_accuracy, "cameo_code_pairs": self.pairs}


def cameo_annotated(gold: list[dict]) -> bool:
    """A set is CAMEO-coded when it has gold lines and every one carries a ``cameo`` code."""
    return bool(gold) and all(cameo_root(g.get("cameo")) for g in gold)


def score_cameo(doc_ids: list[str], gold_by: dict[str, list[dict]], pred: list[dict],
                pairs: list[tuple[dict, dict]]) -> tuple[CameoScore, list[tuple]]:
    """Root codes per document (gold events vs every predicted event, whatever its type), and
    the full code on matched pairs; with the documents and pairs that disagree."""
    docs = set(doc_ids)
    pred_roots: dict[str, Counter] = defaultdict(Counter)
    pred_codes: dict[str, list[str]] = defaultdict(list)
    for p in pred:
        doc, root = str(p.get("doc_id")), cameo_root(p.get("cameo"))
        if doc in docs and root:
            pred_roots[doc][root] += 1
            pred_codes[doc].append(str(p["cameo"]))
    out, errors = CameoScore(), []
    for doc in doc_ids:
        gold_roots = Counter(r for r in (cameo_root(g.get("cameo")) for g in gold_by.get(doc, [])) if r)
        hit = sum((gold_roots & pred_roots[doc]).values())
        out = out + CameoScore(sum(gold_roots.values()), sum(pred_roots[doc].values()), hit)
        if gold_roots != pred_roots[doc]:
            errors.append((doc, "cameo_root", sorted(str(g.get("cameo")) for g in gold_by.get(doc, [])),
                           sorted(pred_codes[doc])))
    for p, g in pairs:
        same = str(p.get("cameo") or "") == str(g.get("cameo"))
        out = out + CameoScore(pairs=1, pairs_same_code=int(same))
        if not same:
            errors.append((g["doc"], "cameo_code", (p.get("cameo"), g.get("cameo")), g["evidence"][:90]))
    return out, errors


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
    events_outside_annotated_types: int = 0
    field_mean: float = 0.0
    #: (predicted type, gold type) -> number of matched pairs
    confusion: dict[tuple[str, str], int] = field(default_factory=dict)
    errors: list[tuple] = field(default_factory=list)
    missed: list[tuple] = field(default_factory=list)
    false_positives: list[tuple] = field(default_factory=list)
    #: the matched (predicted, gold) event dicts, for checks of fields the report does not score
    pairs: list[tuple[dict, dict]] = field(default_factory=list)
    #: CAMEO root and code scores, only for sets whose gold lines carry ``cameo``
    cameo: Optional[CameoScore] = None
    cameo_errors: list[tuple] = field(default_factory=list)

    def to_dict(self) -> dict:
        d = self.__dict__.copy()
        for k in ("errors", "missed", "false_positives", "confusion", "pairs", "cameo", "cameo_errors"):
            d.pop(k)
        d["confusion"] = [[p, g, n] for (p, g), n in sorted(self.confusion.items())]
        if self.cameo is not None:
            d.update(self.cameo.to_dict())
        return d


def best_matching(cands: list[tuple[bool, bool, int, int]]) -> list[tuple[int, int]]:
    """One-to-one (pred, gold) pairs among candidate edges: the most pairs, then the most
    exact-type pairs, then the most pairs on the gold's main evidence (score.py's rule)."""
    weight = {(pi, gi): 100 + 2 * (not not_exact) + (not not_primary) for not_exact, not_primary, pi, gi in cands}
    preds = sorted({pi for pi, _ in weight})
    golds = sorted({gi for _, gi in weight})
    gbit = {g: 1 << k for k, g in enumerate(golds)}
    memo: dict = {}

    def solve(i: int, used: int):
        if i == len(preds):
            return 0, ()
        key = (i, used)
        if key not in memo:
            best = solve(i + 1, used)
            for g in golds:
                w = weight.get((preds[i], g))
                if w and not used & gbit[g]:
                    sub_w, sub_pairs = solve(i + 1, used | gbit[g])
                    if sub_w + w > best[0]:
                        best = (sub_w + w, ((preds[i], g),) + sub_pairs)
            memo[key] = best
        return memo[key]

    return list(solve(0, 0)[1])


def _scored_type(event_type: Any) -> bool:
    """One of the 13 annotated types (the others are neither predicted nor missed in a score)."""
    return str(event_type or "").lower() in FAMILY


def score(docs: list[dict], gold: list[dict], pred: list[dict]) -> Report:
    text = {str(d["id"]): d["text"] for d in docs}
    reported = {str(g["doc"]) for g in gold}  # documents with a gold event, scored or not: no negatives
    gold = [g for g in gold if _scored_type(g.get("event_type"))]
    gold_by: dict[str, list[dict]] = defaultdict(list)
    for g in gold:
        doc = str(g["doc"])
        spans = [locate(text.get(doc, ""), g.get("evidence", ""))]
        spans += [locate(text.get(doc, ""), e) for e in g.get("evidence_more") or []]
        gold_by[doc].append({**g, "doc": doc, "_spans": [s for s in spans if s]})
    pred_by: dict[str, list[dict]] = defaultdict(list)
    outside = 0
    for p in pred:
        if (p.get("type") or "").lower() not in FAMILY:
            outside += 1
            continue
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
        for pi, gi in best_matching(cands):
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
            n = {"year": 4, "month": 7, "day": 10}.get(g.get("date_precision") or "", len(str(p.get("date") or "")))
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
    negatives = [str(d["id"]) for d in docs if str(d["id"]) not in reported]
    core = [acc[k] for k in ("type", "date", "admin1", "killed", "wounded") if k in acc]
    confusion = Counter(((p.get("type") or "").lower(), g["event_type"]) for p, g in pairs)
    matched_p = {id(p) for p, _ in pairs}
    matched_g = {id(g) for _, g in pairs}
    cameo, cameo_errors = (score_cameo(list(text), gold_by, pred, pairs) if cameo_annotated(gold)
                           else (None, []))
    return Report(
        docs=len(docs), gold_events=len(gold), pred_events=n_pred, matched=tp,
        precision=round(prec, 3), recall=round(rec, 3), f1=round(f1, 3),
        field_accuracy=acc, spurious=spurious,
        events_on_negative_docs=sum(len(pred_by[d]) for d in negatives),
        events_outside_annotated_types=outside,
        field_mean=round(sum(core) / len(core), 3) if core else 0.0,
        confusion=dict(confusion),
        errors=errors,
        missed=[(g["doc"], g["event_type"], g["evidence"][:100]) for gs in gold_by.values() for g in gs
                if id(g) not in matched_g],
        false_positives=[(p["doc_id"], p.get("type"), (p.get("evidence") or "")[:100])
                         for ps in pred_by.values() for p in ps if id(p) not in matched_p],
        pairs=pairs,
        cameo=cameo,
        cameo_errors=cameo_errors,
    )


def load_jsonl(path: str | Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def score_sets(sets: list[tuple[str, list[dict], list[dict], list[dict]]]) -> tuple[dict[str, Report], Report]:
    """Each set scored alone, and all of them pooled (document ids prefixed by the set name,
    so equal ids in two sets stay apart). ``sets``: (name, docs, gold, pred)."""
    per = {name: score(docs, gold, pred) for name, docs, gold, pred in sets}
    pd, pg, pp = [], [], []
    for name, docs, gold, pred in sets:
        pd += [{**d, "id": f"{name}/{d['id']}"} for d in docs]
        pg += [{**g, "doc": f"{name}/{g['doc']}"} for g in gold]
        pp += [{**p, "doc_id": f"{name}/{p.get('doc_id')}"} for p in pred]
    pooled = score(pd, pg, pp)
    coded = [r.cameo for r in per.values() if r.cameo is not None]
    pooled.cameo = sum(coded, CameoScore()) if coded else None
    return per, pooled


def confusion_table(confusion: dict[tuple[str, str], int]) -> list[str]:
    """Rows of a text table: gold type (rows) by predicted type (columns) over matched pairs."""
    gold_types = sorted({g for _, g in confusion})
    pred_types = sorted({p for p, _ in confusion})
    if not confusion:
        return []
    short = {t: t[:8] for t in pred_types}
    rows = ["gold \\ pred".ljust(20) + " ".join(short[t].rjust(8) for t in pred_types)]
    for g in gold_types:
        rows.append(g.ljust(20) + " ".join(str(confusion.get((p, g), "") or ".").rjust(8) for p in pred_types))
    return rows
