"""Scoring of deduplication against a gold of duplicate reports (pairwise
precision/recall), used by ``bench/store.py`` and the tests.

Two golds are supported:
- *document-level* (synthetic reports written for Cronica,
  ``tests/store/data/dedup_synthetic.jsonl``): each document reports one incident,
  labelled ``incident``; a predicted pair is two documents having events in one
  stored incident.
- *event-level* (``../shared/eval/news-dev``): stored events are matched to gold
  events (same document, overlapping evidence); gold clusters list duplicate gold
  events by (doc, event_type, date), every other gold event being alone (an event whose
  evidence overlaps several gold events takes the one of its own type). A predicted
  pair is two matched events from different documents in one incident; events that
  match no gold event count against precision when joined.
"""
from __future__ import annotations

import itertools
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Optional

import yaml


@dataclass
class PairScore:
    predicted: int
    gold: int
    correct: int

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else 1.0

    def line(self) -> str:
        return (f"pairs: {self.predicted} predicted, {self.gold} gold, {self.correct} correct; "
                f"precision {self.precision:.2f}, recall {self.recall:.2f}")


def _pairs(groups: Iterable[Iterable[Any]]) -> set[frozenset]:
    out: set[frozenset] = set()
    for g in groups:
        for a, b in itertools.combinations(sorted(set(g), key=str), 2):
            out.add(frozenset((a, b)))
    return out


def score_documents(store, labels: dict[str, str]) -> PairScore:
    """Document-level: ``labels`` maps doc_id → gold incident label."""
    by_inc: dict[int, set[str]] = {}
    for ev in store.iter_events():
        if ev["doc_id"] in labels:
            by_inc.setdefault(ev["incident_id"], set()).add(ev["doc_id"])
    pred = _pairs(by_inc.values())
    gold_groups: dict[str, list[str]] = {}
    for d, lab in labels.items():
        gold_groups.setdefault(lab, []).append(d)
    gold = _pairs(gold_groups.values())
    return PairScore(len(pred), len(gold), len(pred & gold))


def load_jsonl(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text("utf-8").splitlines() if x.strip()]


def score_events(store, docs: list[dict], gold_events: list[dict], clusters_file: Path) -> PairScore:
    """Event-level against a gold file in the news-dev layout."""
    texts = {d["id"]: d["text"] for d in docs}
    spans = []  # (doc, start, end, gold index)
    for i, g in enumerate(gold_events):
        t = texts.get(g["doc"], "")
        for ev in [g.get("evidence")] + list(g.get("evidence_more") or []):
            if ev:
                s = t.find(ev)
                if s >= 0:
                    spans.append((g["doc"], s, s + len(ev), i))
    label = list(range(len(gold_events)))  # gold cluster of each gold event
    spec = yaml.safe_load(clusters_file.read_text("utf-8"))
    for c, cl in enumerate(spec.get("clusters", [])):
        for m in cl["members"]:
            hits = [i for i, g in enumerate(gold_events) if g["doc"] == m["doc"]
                    and g["event_type"] == m["event_type"] and g.get("date") == m.get("date")]
            for i in hits:
                label[i] = len(gold_events) + c
    matched: dict[str, Optional[int]] = {}
    by_inc: dict[int, list[tuple[str, str]]] = {}
    for ev in store.iter_events():
        # a sentence may report two gold events (a ruling that recalls the arrest): the one of
        # the event's own type first, as score.py pairs only events of compatible types
        hits = [gi for doc, s, e, gi in spans
                if doc == ev["doc_id"] and s < ev["evidence_end"] and ev["evidence_start"] < e]
        same = [gi for gi in hits if gold_events[gi]["event_type"] == ev.get("type")]
        matched[ev["event_id"]] = (same or hits or [None])[0]
        by_inc.setdefault(ev["incident_id"], []).append((ev["doc_id"], ev["event_id"]))
    pred = 0
    correct = 0
    for members in by_inc.values():
        for (da, ea), (db, eb) in itertools.combinations(members, 2):
            if da == db:
                continue
            pred += 1
            ga, gb = matched[ea], matched[eb]
            if ga is not None and gb is not None and label[ga] == label[gb]:
                correct += 1
    groups: dict[int, list[int]] = {}
    for i, lab in enumerate(label):
        groups.setdefault(lab, []).append(i)
    gold = sum(1 for g in groups.values() for a, b in itertools.combinations(g, 2)
               if gold_events[a]["doc"] != gold_events[b]["doc"])
    return PairScore(pred, gold, min(correct, gold))
