"""Labels for the decision models: the pipeline's candidates aligned with the gold events.

While ``cronica train`` runs the extractor over the training documents, the
assembler hands every candidate to a ``Recorder`` (``Assembler.recorder``):

* a candidate trigger whose sentence overlaps a gold event's main ``evidence`` (and
  whose type is compatible with the gold type) is a ``new`` incident; one overlapping
  only an ``evidence_more`` sentence is a ``retell``ing; any other is ``none``. A
  trigger of a family the gold frames otherwise (``CROSS_FAMILIES``: shots and deaths
  told as part of a protest, a killing told as part of a security operation) belongs to
  the gold event its main evidence tells when no compatible gold event does: the pair
  model learns to join it to that incident and the type model to type the incident;
* each mention aligned to a gold event is compared with every earlier incident it
  could join: the pair is ``1`` when both belong to the same gold event. Incidents are
  built from the gold alignment (teacher forcing), so the pairs seen in training are
  those a correct assembler would face;
* a mention the rules keep but no gold event counts (a retelling the annotators did not
  list in ``evidence_more``, a recap, a communiqué) is a "ghost": at run time it would
  start a spurious second event unless it joins one, so its pairs with the earlier
  incidents of a compatible type are ``1`` (it never enters the incidents itself);
* each incident built so gets the gold event's type as its ``type`` label;
* a sentence where no trigger survived gets the type of the gold event whose main
  evidence it overlaps, else ``none``;
* each document is labelled ``1`` (a conflict report) when it has gold events.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Optional

from cronica.evaluate import FAMILY, compatible, locate
from cronica.learn.corpus import Corpus

#: Families one incident may be told in (violence during a protest is the protest;
#: a death in an operation is the operation's), so a mention of one may belong to an
#: incident annotated as the other.
CROSS_FAMILIES = (frozenset({"violent", "protest"}), frozenset({"violent", "operation"}),
                  frozenset({"abduction", "operation"}))


def cross_family(a: str, b: str) -> bool:
    return frozenset({FAMILY.get(a, a), FAMILY.get(b, b)}) in CROSS_FAMILIES


#: Weight in the pair model's fit of a negative pair whose two gold events share their family
#: and their first-level division or week: the cases a join gets wrong.
HARD_WEIGHT = 2.0


def _days_apart(a: Optional[str], b: Optional[str]) -> float:
    """Days between two gold dates ("2024-03-05", "2024-03", "2024"); infinite when either is
    missing or not at day precision."""
    from datetime import date

    try:
        da, db = date.fromisoformat(str(a)), date.fromisoformat(str(b))
    except ValueError:
        return float("inf")
    return abs((da - db).days)


@dataclass
class Example:
    doc: str
    features: dict[str, float]
    label: str
    weight: float = 1.0  # in the fit (``train.fit``): hard negative pairs weigh more


@dataclass
class Recorder:
    corpus: Corpus
    mentions: list[Example] = field(default_factory=list)
    pairs: list[Example] = field(default_factory=list)
    types: list[Example] = field(default_factory=list)
    sentences: list[Example] = field(default_factory=list)
    documents: list[Example] = field(default_factory=list)
    ghost_pairs: int = 0  # pairs of mentions the gold does not count (``ghost``)
    #: texts made of two documents (``corpus.two_incident_documents``): where the second starts
    boundaries: dict[str, int] = field(default_factory=dict)
    hard_pairs: int = 0  # negative pairs given HARD_WEIGHT

    def __post_init__(self) -> None:
        text = {str(d["id"]): d["text"] for d in self.corpus.docs}
        self._gold: dict[str, list[tuple[str, list[tuple[int, int]]]]] = defaultdict(list)
        self._meta: dict[str, list[dict]] = defaultdict(list)  # the gold events as written
        for g in self.corpus.gold:
            doc = str(g["doc"])
            spans = [locate(text[doc], s) for s in [g["evidence"]] + list(g.get("evidence_more") or [])]
            self._gold[doc].append((g["event_type"], [s for s in spans if s]))
            self._meta[doc].append(g)
        self.doc: Optional[str] = None
        self._draft_gold: dict[int, int] = {}

    # -- called by the assembler
    def begin(self, doc_id: str) -> None:
        self.doc = doc_id
        self._draft_gold = {}

    def _align(self, start: int, end: int, etype: str, support: bool = False) -> tuple[Optional[int], str]:
        """(gold index, "new" | "retell" | "none") for a sentence and a candidate type."""
        best: tuple[Optional[int], str] = (None, "none")
        cross: Optional[int] = None
        for gi, (gtype, spans) in enumerate(self._gold.get(self.doc, [])):
            ok = compatible(etype, gtype) or (support and gtype == "security_operation")
            if not ok and spans and cross is None and cross_family(etype, gtype) \
                    and spans[0][0] < end and start < spans[0][1]:
                cross = gi
            if not ok or not spans:
                continue
            for k, (s, e) in enumerate(spans):
                if s < end and start < e:
                    if k == 0:
                        return gi, "new"
                    if best[0] is None:
                        best = (gi, "retell")
        if best[0] is None and cross is not None:
            return cross, "new"
        return best

    def mention(self, sent, trigger, features: dict[str, float]) -> str:
        _, label = self._align(sent.start, sent.end, trigger.type)
        self.mentions.append(Example(self.doc, features, label))
        return label

    def sentence(self, sent, features: dict[str, float]) -> None:
        """A sentence without a kept trigger: the type of the gold event it first reports, or none."""
        label = "none"
        for gtype, spans in self._gold.get(self.doc, []):
            if spans and spans[0][0] < sent.end and sent.start < spans[0][1]:
                label = gtype
                break
        self.sentences.append(Example(self.doc, features, label))

    def place(self, assembler, drafts: list, m, ctx) -> None:
        from cronica.extraction.assemble import Draft

        if assembler._historic(m, ctx):
            return
        gi, _ = self._align(m.sentence.start, m.sentence.end, m.type, support=m.trigger is None)
        if gi is None:
            # a toll or "el hecho" sentence no gold event lists: which incident its figures
            # belong to is unknown, so it teaches the pair model nothing
            return
        rule = assembler.rule_antecedent(drafts, m, ctx)
        for rank, d in enumerate(assembler.candidate_drafts(drafts, m, ctx)):
            dg = self._draft_gold.get(id(d))
            same = dg == gi
            weight = 1.0
            if not same and dg is not None and self._alike(gi, dg):
                weight = HARD_WEIGHT  # another incident the type, place or week does not tell apart
                self.hard_pairs += 1
            self.pairs.append(Example(self.doc, assembler.pair_features(d, m, rank, ctx, rule), "1" if same else "0",
                                      weight))
        target = next((d for d in drafts if self._draft_gold.get(id(d)) == gi), None)
        if target is not None:
            target.mentions.append(m)
            assembler.refine_type(target, m)  # as at run time
            return
        d = Draft(m.type, [m])
        self._draft_gold[id(d)] = gi
        drafts.append(d)

    def ghost(self, assembler, drafts: list, m, ctx) -> None:
        """A mention the rules keep but no gold event counts (a retelling the annotators did not
        list, a reaction, a recap): at run time it would start a second event unless it joins
        one. Its pairs with the earlier incidents it could tell again (a compatible or
        cross-family gold type) are positives: joining is the right outcome, a new event the
        wrong one. It never enters the drafts (the gold does not count it)."""
        if assembler._historic(m, ctx):
            return
        rule = assembler.rule_antecedent(drafts, m, ctx)
        cut = self.boundaries.get(self.doc)
        for rank, d in enumerate(assembler.candidate_drafts(drafts, m, ctx)):
            gi = self._draft_gold.get(id(d))
            if gi is None:
                continue
            if cut is not None and d.mentions[0].sentence.start < cut <= m.sentence.start:
                continue  # (two documents told as one: the first one's incidents are not retold)
            gtype = self._gold[self.doc][gi][0]
            if compatible(m.type, gtype) or cross_family(m.type, gtype):
                self.pairs.append(Example(self.doc, assembler.pair_features(d, m, rank, ctx, rule), "1"))
                self.ghost_pairs += 1

    def _alike(self, a: int, b: int) -> bool:
        """Two gold events of the document of one family and one place or week (a second clash
        the next day, another victim in the same town, a follow-up in the same district)."""
        ga, gb = self._meta[self.doc][a], self._meta[self.doc][b]
        if FAMILY.get(ga["event_type"]) != FAMILY.get(gb["event_type"]):
            return False
        same_place = bool(ga.get("admin1")) and ga.get("admin1") == gb.get("admin1")
        return same_place or _days_apart(ga.get("date"), gb.get("date")) <= 7

    def type_example(self, draft, features: dict[str, float]) -> None:
        gi = self._draft_gold.get(id(draft))
        if gi is not None:
            self.types.append(Example(self.doc, features, self._gold[self.doc][gi][0]))

    def document(self, features: dict[str, float]) -> None:
        self.documents.append(Example(self.doc, features, "1" if self._gold.get(self.doc) else "0"))
