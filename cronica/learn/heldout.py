"""heldout: how the document model carries over to corpus parts it never saw (leave one part out).

Each corpus part (``a``, ``b``, ...: the id before its dash) was written apart, in registers of
its own, so a model fitted on the other parts meets a held-out part the way it meets unseen
text. For each part, the document model is fitted on the other parts' train documents and their
one-sentence views (``train_document``'s examples); the part's train documents are then gated by
it, with the rules, the other shipped models and their thresholds fixed: a document under the
threshold loses all its events. Reported per part and pooled: events left on negative documents,
precision, recall, F1, and the one-sentence views that tell an event and would be dropped.

Cost: one parse of the train split and of its views, two assemblies of each, one fit a part
(`cronica train heldout`, about 4 minutes on 2 cores). The test split is never read.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional, Sequence

from cronica.evaluate import score
from cronica.extraction.decide import FEATURES_VERSION, Decider, LinearModel
from cronica.learn.align import Example
from cronica.learn.corpus import Corpus, load_corpus, opening_views
from cronica.learn.train import fit, record, split_ids


@dataclass
class DocRow:
    """One document: its part, its gold, what the extractor found with the document gate
    open, and the document model's features (recorded for training; read at run time)."""

    id: str
    part: str
    gold: int
    pred: int
    matched: int
    train: Optional[Example]
    run: dict[str, float] = field(default_factory=dict)

    @property
    def negative(self) -> bool:
        return self.gold == 0


@dataclass
class Tally:
    gold: int = 0
    pred: int = 0
    matched: int = 0
    negative_events: int = 0
    negative_docs: int = 0
    negatives: int = 0

    def add(self, row: DocRow, kept: bool) -> None:
        self.gold += row.gold
        self.negatives += row.negative
        if kept:
            self.pred += row.pred
            self.matched += row.matched
            if row.negative and row.pred:
                self.negative_events += row.pred
                self.negative_docs += 1

    @property
    def precision(self) -> float:
        return self.matched / self.pred if self.pred else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def line(self) -> str:
        return (f"F1 {self.f1:.3f} P {self.precision:.3f} R {self.recall:.3f} "
                f"matched {self.matched}/pred {self.pred}/gold {self.gold} | "
                f"negatives: {self.negative_events} events on {self.negative_docs} of {self.negatives}")


def part_of(doc_id: str) -> str:
    """The corpus part of a document id ("c-017" and its view "c-017#opening": "c")."""
    return doc_id.split("#")[0].split("-")[0]


class _OpenGate(Decider):
    """The shipped decider with the document gate open, keeping the features the pipeline
    hands the document model (of the current features version)."""

    last: dict[str, float]

    def is_report(self, feats: dict[str, float]) -> float:
        self.last = dict(feats)
        return 1.0


def open_gate(decider: Decider) -> _OpenGate:
    models = dict(decider.models)
    models["document"] = LinearModel("document", ["0", "1"], {}, [0.0], {"features_version": FEATURES_VERSION})
    return _OpenGate(models, {**decider.thresholds, "document": -1.0})


def document_rows(pipe, corpus: Corpus) -> list[DocRow]:
    """Every document of ``corpus``, assembled by ``pipe``'s decider with the gate open and
    scored alone against its gold; with its recorded training example."""
    parsed = pipe.parse(corpus.documents())
    examples = {e.doc: e for e in record(pipe, parsed, corpus).documents}
    asm = pipe.assembler
    saved = asm.decider
    asm.decider = gate = open_gate(saved)
    rows = []
    try:
        for (doc, ct, pdocs), raw in zip(parsed, corpus.docs):
            gate.last = {}
            events = [e.to_dict() for e in pipe.assemble_parsed(doc, ct, pdocs)]
            gold = corpus.gold_for(doc.id)
            r = score([raw], gold, events)
            rows.append(DocRow(doc.id, part_of(doc.id), len(gold), len(events), r.matched, examples.get(doc.id),
                               gate.last))
    finally:
        asm.decider = saved
    return rows


def leave_one_part_out(rows: list[DocRow], views: list[DocRow], c: float, seed: int = 0,
                       min_count: int = 2) -> dict[str, float]:
    """The probability that each document (and view) is a report, from the document model
    fitted on the parts it is not in."""
    probs: dict[str, float] = {}
    for part in sorted({r.part for r in rows}):
        train = [r.train for r in rows + views if r.part != part and r.train is not None]
        model = fit(train, "document", seed=seed, c=c, min_count=min_count)
        for r in rows + views:
            if r.part == part:
                probs[r.id] = model.proba(r.run)["1"] if model is not None else 1.0
    return probs


def tallies(rows: list[DocRow], kept: Callable[[DocRow], bool]) -> dict[str, Tally]:
    """Per part and pooled ("all")."""
    out: dict[str, Tally] = {}
    for r in rows:
        for key in (r.part, "all"):
            out.setdefault(key, Tally()).add(r, kept(r))
    return out


def views_lost(views: list[DocRow], probs: dict[str, float], threshold: float) -> tuple[int, int]:
    """One-sentence views that tell an event, and how many of them the gate would drop."""
    told = [v for v in views if v.gold]
    return sum(probs.get(v.id, 1.0) < threshold for v in told), len(told)


def heldout_report(corpus_dir: str | Path = "corpus", cs: Sequence[float] = (0.25, 1.0),
                   thresholds: Sequence[float] = (0.3,), seed: int = 0, pipe=None,
                   progress: Callable[[str], None] = lambda s: None) -> list[str]:
    """Lines of the leave-one-part-out report on the corpus train split (see the module)."""
    corpus = load_corpus(corpus_dir)
    train_ids, _ = split_ids(corpus, corpus_dir, None, progress)
    tr = corpus.subset(train_ids)
    if pipe is None:
        from cronica.pipeline import Pipeline

        pipe = Pipeline()
    if pipe.assembler.decider is None:
        raise ValueError("no decision models to hold the rest of the layer fixed")
    rows = document_rows(pipe, tr)
    progress(f"{len(rows)} train documents assembled")
    views = document_rows(pipe, opening_views(tr))
    progress(f"{len(views)} one-sentence views assembled")
    lines = []
    open_t = tallies(rows, lambda r: True)
    lines.append(f"gate open            {open_t['all'].line()}")
    shipped = pipe.assembler.decider
    model = shipped.models.get("document")
    if model is not None and model.meta.get("features_version", 1) == FEATURES_VERSION:
        # (in-sample: the shipped model was fitted on these documents; a reference, not a measure)
        t = shipped.t("document", -1.0)
        per = tallies(rows, lambda r: model.proba(r.run)["1"] >= t)
        lines.append(f"shipped, in-sample   {per['all'].line()} (threshold {t})")
    for c in cs:
        probs = leave_one_part_out(rows, views, c, seed)
        for t in thresholds:
            per = tallies(rows, lambda r: probs[r.id] >= t)
            lost, told = views_lost(views, probs, t)
            lines.append(f"C {c:<5} threshold {t:.2f} {per['all'].line()} | views lost {lost}/{told}")
            lines += [f"   part {p}: {per[p].line()}" for p in sorted(per) if p != "all"]
    return lines
