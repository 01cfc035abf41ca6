"""decide: the trained decision layer (models fitted by ``cronica train``, see ``cronica/learn/``).

Four small linear models, stored as JSON weights in ``cronica/models/`` and applied
here with a dot product (no learning library needed at run time):

* ``document``: is the text a conflict report at all (sports, finance, accidents,
  crime statistics, history and court news are not);
* ``mention``: is a candidate trigger a specific, new incident (``new``), a retelling
  of one already told (``retell``: headline, recap, a communiqué of the same attack),
  or nothing to record (``none``: a reaction, a generic or hypothetical mention,
  another sense of the word);
* ``pair``: does a mention report the same incident as an earlier draft event;
* ``sentence``: for a sentence where no trigger word survived, does it report a new
  incident anyway ("fueron hallados sin vida", "lo privaron de la libertad"), and of
  which type: the high-recall path past the trigger lexicon;
* ``type``: the type of an incident from all its mentions.

Rules stay where they are the right tool (offsets, counts, dates, places); the
features below read what the rules and lexicons found. When no model file is
present the assembler keeps its hand-written rules (and says so in the log).
"""
from __future__ import annotations

import json
import logging
import math
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Optional

from cronica.nlp.load import doc_attr, doc_keys, doc_lemmas, doc_lowers, doc_tokens, parsed_text, sent_of, span_bounds, \
    span_memo, span_text, span_tokens

if TYPE_CHECKING:  # pragma: no cover
    from cronica.extraction.assemble import Draft, Mention, Sentence
    from cronica.extraction.triggers import TriggerMention

log = logging.getLogger("cronica")

MODEL_NAMES = ("document", "mention", "sentence", "pair", "type")
#: Version of the features the models are fitted on (written to each model's meta):
#: 2 = document lemmas weigh 1/sqrt(n); 3 = no document feature grows with the text's length
#: (what the triggers, figures and doers found is told as present or not, and as shares);
#: 4 = the document model also reads why a blast happened (an accident's cause, an attack's
#: cue, or neither), whether an incident hurt someone or damaged something, and whether the text
#: tells "another" incident of a kind, and its lemma blocks weigh LEMMA_WEIGHT;
#: 5 = version 4 with each lemma present weighing 1 (``_word_features`` ``unit``): held out part by
#: part on the corpus train split, the scaled lemmas carried less over to parts the model had not
#: seen (docs/evaluation.md, session 12);
#: 6 = version 5 with the day of the incidents the text tells (``_document_features_v6``): a day the
#: text names for an event, within ``RECENT_DAYS`` of the publication or older, or none.
FEATURES_VERSION = 6
FORMAT = "cronica-linear-1"
#: How far back (sentences) an incident can be found for a mention.
PAIR_WINDOW = 40
_QUOTES = "\"«»“”"
_QUOTE_SET = frozenset(_QUOTES)
_REPORT_LEMMAS = ("informar", "señalar", "indicar", "afirmar", "declarar", "precisar", "confirmar", "denunciar",
                  "condenar", "rechazar", "lamentar", "asegurar", "explicar", "reportar", "agregar", "añadir",
                  "decir", "manifestar", "exigir", "pedir", "anunciar", "advertir", "recordar")


def fold(s: str) -> str:
    if s.isascii():  # (most lemmas: nothing to decompose)
        return s.lower()
    got = _FOLDED.get(s)
    if got is None:
        got = unicodedata.normalize("NFKD", s.lower()).encode("ascii", "ignore").decode()
        if len(_FOLDED) >= 100_000:
            _FOLDED.clear()
        _FOLDED[s] = got
    return got


_FOLDED: dict[str, str] = {}  # non-ASCII word → its fold (features fold the same lemmas over and over)


# ----------------------------------------------------------------- the model
@dataclass
class LinearModel:
    """A (multinomial or binary) logistic regression as plain weights.

    ``weights[feature]`` is one weight per class (binary models: one weight, for
    ``classes[1]``)."""

    name: str
    classes: list[str]
    weights: dict[str, list[float]]
    intercept: list[float]
    meta: dict = field(default_factory=dict)

    @property
    def binary(self) -> bool:
        return len(self.classes) == 2 and len(self.intercept) == 1

    def scores(self, feats: dict[str, float]) -> list[float]:
        z = list(self.intercept)
        if len(z) == 1:  # a binary model: the same sums, without the loop over classes
            z0, weights = z[0], self.weights
            for f, v in feats.items():
                w = weights.get(f)
                if w is not None:
                    z0 += w[0] * v
            return [z0]
        if len(z) == 3:  # three classes (the mention model): the same sums in the same order, unrolled
            z0, z1, z2 = z
            weights = self.weights
            for f, v in feats.items():
                w = weights.get(f)
                if w is not None:
                    z0 += w[0] * v
                    z1 += w[1] * v
                    z2 += w[2] * v
            return [z0, z1, z2]
        for f, v in feats.items():
            w = self.weights.get(f)
            if w is not None:
                for k in range(len(z)):
                    z[k] += w[k] * v
        return z

    def proba(self, feats: dict[str, float]) -> dict[str, float]:
        z = self.scores(feats)
        if self.binary:
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z[0]))))
            return {self.classes[0]: 1.0 - p, self.classes[1]: p}
        top = max(z)
        e = [math.exp(v - top) for v in z]
        s = sum(e)
        return {c: x / s for c, x in zip(self.classes, e)}

    def to_json(self) -> dict:
        return {"format": FORMAT, "name": self.name, "classes": self.classes, "intercept": self.intercept,
                "meta": self.meta, "weights": {f: [round(x, 5) for x in w] for f, w in sorted(self.weights.items())}}

    @classmethod
    def from_json(cls, raw: dict) -> "LinearModel":
        if raw.get("format") != FORMAT:
            raise ValueError(f"unknown model format {raw.get('format')!r}")
        return cls(raw["name"], list(raw["classes"]), {f: list(w) for f, w in raw["weights"].items()},
                   list(raw["intercept"]), raw.get("meta") or {})


def default_models_dir() -> Path:
    return Path(str(resources.files("cronica") / "models"))


@dataclass
class Decider:
    """The loaded models and their decision thresholds (``thresholds.json``)."""

    models: dict[str, LinearModel]
    thresholds: dict[str, float] = field(default_factory=dict)

    def has(self, name: str) -> bool:
        return name in self.models

    def t(self, name: str, default: float) -> float:
        return float(self.thresholds.get(name, default))

    def decides(self, name: str, default: float) -> bool:
        """Can a probability reach the threshold ``name`` at all? One above 1 switches that decision
        off (the shipped defaults keep the rules' verdict): its features need not be computed."""
        return self.t(name, default) <= 1.0

    # -- decisions
    def is_report(self, feats: dict[str, float]) -> float:
        model = self.models["document"]
        if model.meta.get("features_version", 1) < 2:
            feats = {k: (1.0 if k.startswith("l=") else v) for k, v in feats.items()}  # fitted on 0/1 lemmas
        return model.proba(feats)["1"]

    def mention(self, feats: dict[str, float]) -> dict[str, float]:
        p = self.models["mention"].proba(feats)
        return {"new": p.get("new", 0.0), "retell": p.get("retell", 0.0), "none": p.get("none", 0.0)}

    def sentence(self, feats: dict[str, float]) -> dict[str, float]:
        return self.models["sentence"].proba(feats)

    def same(self, feats: dict[str, float]) -> float:
        return self.models["pair"].proba(feats)["1"]

    def type_of(self, feats: dict[str, float]) -> dict[str, float]:
        return self.models["type"].proba(feats)


def load_decider_from(directory: Path) -> Optional[Decider]:
    models = {}
    for name in MODEL_NAMES:
        p = directory / f"{name}.json"
        if p.exists():
            models[name] = LinearModel.from_json(json.loads(p.read_text("utf-8")))
    if not models:
        return None
    th = directory / "thresholds.json"
    thresholds = json.loads(th.read_text("utf-8")) if th.exists() else {}
    return Decider(models, thresholds)


@lru_cache(maxsize=4)
def load_decider(directory: Optional[str] = None) -> Optional[Decider]:
    """The shipped models (or those in ``directory``); None, with a log message, when absent."""
    d = Path(directory) if directory else default_models_dir()
    try:
        dec = load_decider_from(d)
    except (OSError, ValueError, KeyError) as e:
        log.warning("decision models in %s unreadable (%s); using the hand-written rules", d, e)
        return None
    if dec is None:
        log.warning("no decision models in %s (run `cronica train`); using the hand-written rules", d)
    else:
        missing = [n for n in MODEL_NAMES if n not in dec.models]
        if missing:
            log.warning("decision models missing: %s; the hand-written rules decide those", ", ".join(missing))
    return dec


# ----------------------------------------------------------------- features
def _bucket(n: int, cuts: Iterable[int]) -> str:
    for c in cuts:
        if n <= c:
            return str(c)
    return "more"


@dataclass
class DocState:
    """What the features of a mention may know about the document so far."""

    published: bool = False
    family_seen: dict = field(default_factory=dict)  # family -> candidate mentions before
    family_last: dict = field(default_factory=dict)  # family -> index of the last sentence with a candidate of it
    headline_families: set = field(default_factory=set)
    sentences_seen: int = 0
    # what earlier candidates told (a retelling repeats them: same figures, place, day)
    counts_seen: set = field(default_factory=set)  # (category, figure)
    places_seen: set = field(default_factory=set)  # folded place names and admin2
    dates_seen: set = field(default_factory=set)  # dates at day precision tied to a clause or sentence
    dated_sentences: set = field(default_factory=set)  # sentences with a candidate dated by its own words
    pending: list = field(default_factory=list)  # this sentence's, added by ``next_sentence``

    def next_sentence(self) -> None:
        for kind, v in self.pending:
            if kind == "family_last":
                self.family_last[v[0]] = v[1]
            else:
                getattr(self, kind).add(v)
        self.pending = []


def _in_quotes(tok) -> bool:
    sent = sent_of(tok)
    # (``t.text in _QUOTES`` read on the lower-case forms: a quote mark has no case)
    n = sum(1 for w in doc_lowers(tok.doc)[sent.start:tok.i] if w in _QUOTES)
    return n % 2 == 1


def mention_features(t: "TriggerMention", sent: "Sentence", sdoc, state: DocState,
                     count_categories: Iterable[str], others: list["TriggerMention"],
                     date_via: str, date_age_years: Optional[float], has_place: bool,
                     figures: Iterable[tuple[str, int]] = (), place_keys: Iterable[str] = (),
                     day: Optional[str] = None) -> dict[str, float]:
    tok = sdoc[t.token_i]
    f: dict[str, float] = {"bias": 1.0}

    def on(name: str, v: float = 1.0) -> None:
        f[name] = v

    # told before: the same figures, place or day as an earlier candidate (a recap, a quote)
    figures, place_keys = set(figures), set(place_keys)
    if figures:
        on("figures_repeat" if figures <= state.counts_seen else
           "figures_some_repeat" if figures & state.counts_seen else "figures_new")
    if place_keys:
        on("place_repeat" if place_keys & state.places_seen else "place_new")
    _shape_features(on, t, tok, sent, state)
    if day is not None:
        on("day_repeat" if day in state.dates_seen else "day_new")
    state.pending += [("counts_seen", x) for x in figures] + [("places_seen", x) for x in place_keys]
    if day is not None:
        state.pending.append(("dates_seen", day))
    for name in _retelling_cues_tok(tok, t.is_noun):
        on(name)

    on("type=" + t.type)
    on("family=" + t.family)
    on("lemma=" + fold(tok.lemma_))
    on("lemma_type=" + fold(tok.lemma_) + "|" + t.type)
    on("pos=" + tok.pos_)
    on("dep=" + tok.dep_)
    on("head=" + fold(tok.head.lemma_))
    on("headpos=" + tok.head.pos_ + "|" + tok.dep_)
    on("strength=" + t.strength)
    on("noun" if t.is_noun else "verb")
    if t.definite:
        on("definite")
    if t.plural:
        on("plural")
    if t.new_incident:
        on("new_marker")
    if t.hedged:
        on("hedged")
    on("dropped=" + (t.dropped.split(" (")[0] if t.dropped else "no"))
    for c in tok.children:
        if c.dep_ in ("det", "nummod") and c.i < tok.i:
            on("det=" + fold(c.lower_))
    verb = tok if tok.pos_ in ("VERB", "AUX") else None
    if verb is None:
        cur = tok
        for _ in range(3):
            if cur.head.i == cur.i:
                break
            cur = cur.head
            if cur.pos_ in ("VERB", "AUX"):
                verb = cur
                break
    if verb is not None:
        m = verb.morph
        on("tense=" + "|".join(m.get("Tense")) or "none")
        on("mood=" + "|".join(m.get("Mood")) or "none")
        on("vform=" + "|".join(m.get("VerbForm")) or "none")
        if verb.i != tok.i:
            on("gov=" + fold(verb.lemma_))
        for c in verb.children:
            if c.dep_.startswith("aux"):
                on("aux=" + fold(c.lemma_) + "|" + "|".join(c.morph.get("Tense")))
    else:
        on("noverb")
    root = sent.span.root
    on("root=" + fold(root.lemma_))
    if fold(root.lemma_) in _REPORT_LEMMAS and root.i != tok.i:
        on("under_report_verb")
    lows = doc_lowers(sdoc)  # (the Doc's lower-case words read once: no Token per neighbour)
    for k in range(1, 4):
        if tok.i - k >= sent.span.start:
            on(f"w-{k}=" + fold(lows[tok.i - k]))
        if tok.i + k < sent.span.end:
            on(f"w+{k}=" + fold(lows[tok.i + k]))
    span = sent.span  # (the words within 8 of the trigger, in order: only those are read)
    alpha, stop, lemmas = doc_attr(sdoc, "IS_ALPHA"), doc_attr(sdoc, "IS_STOP"), doc_lemmas(sdoc)
    for i in range(max(span.start, tok.i - 8), min(span.end, tok.i + 9)):  # (the Doc's arrays: no Token per word)
        if alpha[i] and not stop[i] and i != tok.i:
            on("near=" + fold(lemmas[i]))
    if _in_quotes(tok):
        on("quoted")
    if not _QUOTE_SET.isdisjoint(span_text(sent.span)):  # (the span joins its tokens on every .text)
        on("sent_has_quote")
    on("headline" if sent.headline else "body")
    on("sent=" + _bucket(sent.index, (0, 1, 2, 4, 8)))
    on("para=" + _bucket(sent.para, (0, 1, 2, 4)))
    on("news" if state.published else "nopub")
    for fam in state.family_seen:
        on("seen=" + fam)
    low = " " + fold(span_text(sent.span)) + " "
    if any(c in low for c in _period_keys()):
        on("period")  # "en lo que va del año", "desde enero": a tally, not an incident
        on("period_type=" + t.type)
    seen = state.family_seen.get(t.family, 0)
    on("fam_seen=" + _bucket(seen, (0, 1, 3)))
    on("fam_seen_type=" + _bucket(seen, (0, 1)) + "|" + t.type)
    if t.family in state.headline_families and not sent.headline:
        on("headline_told")
    for c in set(count_categories):
        on("count=" + c)
    on("others=" + _bucket(len(others), (0, 1, 3)))
    for o in others:
        if o is not t:
            on("other_type=" + o.type)
    on("date=" + date_via)
    if date_age_years is not None:
        on("age=" + ("future" if date_age_years < -0.1 else _bucket(int(date_age_years), (0, 1, 5, 10))))
    if has_place:
        on("place")
    _background_features(on, sent, state, date_via)
    if t.is_noun and _class_patient(tok):
        on("class_patient")
    return f


def _class_patient(tok) -> bool:
    """An event noun whose "de" complement is a bare plural, with no determiner nor number: a
    class of victims, not those of one incident ("han denunciado el asesinato de guardias
    indígenas en varios municipios", "el secuestro de ganaderos en la región", "una ola de
    asesinatos de líderes sociales"; "el asesinato de los guardias", "el secuestro de tres
    ganaderos" name theirs). A mark of a long text's generic background (train ze-034;
    the mention model may learn it: a feature, no rule)."""
    for c in tok.children:
        if c.dep_ == "nmod" and c.pos_ == "NOUN" and "Plur" in c.morph.get("Number") \
                and any(g.dep_ == "case" and g.lower_ == "de" for g in c.children) \
                and not any(g.dep_ in ("det", "nummod") for g in c.children):
            return True
    return False


#: Words that negate the trigger or the verb it hangs from ("no hubo ataques", "nunca secuestraron").
_NEGATORS = frozenset({"no", "nunca", "jamas", "tampoco", "ni"})
#: Verbs of intent, threat or attempt governing a trigger: a plan, not an incident ("planeaban atacar").
_INTENT_LEMMAS = frozenset({"planear", "intentar", "pretender", "amenazar", "querer", "buscar", "preparar",
                            "evitar", "impedir", "frustrar", "prevenir", "temer", "poder", "deber", "ir"})


def _shape_features(on, t: "TriggerMention", tok, sent: "Sentence", state: DocState) -> None:
    """How a mention is told, in features that name no word of its own: negation, a verb of
    intent or a reporting verb over it, the parts of speech around it, how many sentences back
    its family was last told, and the rules' marks of a reference or a follow-up (session 21:
    what carries from one register to another, docs/evaluation.md session 21)."""
    verb = tok
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    near = (tok, verb) if verb.i != tok.i else (tok,)
    if any(fold(c.lower_) in _NEGATORS for w in near for c in w.children if c.dep_ in ("advmod", "neg", "cc")):
        on("negated")
    if any(fold(c.lower_) == "sin" for c in tok.children if c.dep_ in ("case", "mark")):
        on("negated_sin")
    if verb.i != tok.i:
        g = fold(verb.lemma_)
        on("gov_class=" + ("report" if g in _REPORT_LEMMAS else "intent" if g in _INTENT_LEMMAS else "other"))
    head = tok.head
    if head.i != tok.i and fold(head.lemma_) in _INTENT_LEMMAS:
        on("under_intent")
    lo, hi = sent.span.start, sent.span.end
    on("pos-1=" + (tok.doc[tok.i - 1].pos_ if tok.i - 1 >= lo else "START"))
    on("pos+1=" + (tok.doc[tok.i + 1].pos_ if tok.i + 1 < hi else "END"))
    last = state.family_last.get(t.family)
    on("fam_gap=" + ("none" if last is None else _bucket(sent.index - last, (0, 1, 3, 8))))
    state.pending.append(("family_last", (t.family, sent.index)))
    if t.reference:
        on("reference")
    if t.follow_up:
        on("follow_up")
    if t.own_date:
        on("own_date")


def _background_features(on, sent: "Sentence", state: DocState, date_via: str) -> None:
    """Marks of a long text's background rather than an incident: a section heading's words
    ("Desmovilización y posguerra"), and a candidate with no date of its own words in a text that
    has dated two or more earlier sentences' candidates by theirs (a chronicle dates each incident
    it tells: "El 27 de julio de 1981, ...", "En agosto de 1984, ..."; the undated sentence between
    tells the setting)."""
    if sent.section_heading:
        on("section_heading")
    if date_via in ("clause", "sentence"):
        state.pending.append(("dated_sentences", sent.index))
    elif len(state.dated_sentences) >= 2:
        on("undated_among_dated")


@lru_cache(maxsize=1)
def _period_cues() -> tuple[str, ...]:
    from cronica.extraction.counts import load_count_cues

    return load_count_cues().period_cues


@lru_cache(maxsize=1)
def _period_keys() -> tuple[str, ...]:
    """The period cues folded and set between spaces, as ``mention_features`` looks for them in a
    sentence (worked out once, not per mention)."""
    return tuple(" " + fold(c) + " " for c in _period_cues())


def sentence_features(sent: "Sentence", count_categories: Iterable[str], date_via: str, has_place: bool,
                      dropped: Iterable[str]) -> dict[str, float]:
    """A sentence without a surviving trigger: its content lemmas, verbs, figures, date and place."""
    f: dict[str, float] = {"bias": 1.0}
    for w in span_tokens(sent.span):
        if not w.is_alpha or w.is_stop or w.pos_ in ("PROPN", "NUM"):
            continue
        lem = fold(w.lemma_)
        f["l=" + lem] = 1.0
        if w.pos_ in ("VERB", "AUX"):
            f["v=" + lem] = 1.0
            for c in w.children:
                if c.dep_ in ("obj", "obl", "nsubj:pass", "nsubj") and c.is_alpha and c.pos_ != "PROPN":
                    f["v_" + c.dep_.split(":")[0] + "=" + lem + "|" + fold(c.lemma_)] = 1.0
            if "Past" in w.morph.get("Tense"):
                f["past_verb"] = 1.0
    root = sent.span.root
    f["root=" + fold(root.lemma_)] = 1.0
    for c in set(count_categories):
        f["count=" + c] = 1.0
    for r in set(dropped):
        f["dropped=" + r.split(" (")[0]] = 1.0
    f["date=" + date_via] = 1.0
    if has_place:
        f["place"] = 1.0
    f["headline" if sent.headline else "body"] = 1.0
    f["len=" + _bucket(len(sent.span), (8, 20, 40))] = 1.0
    if not _QUOTE_SET.isdisjoint(span_text(sent.span)):  # (the span joins its tokens on every .text)
        f["quote"] = 1.0
    return f


def pair_features(m: "Mention", d: "Draft", rank: int, date_moved: bool, conflicts: bool) -> dict[str, float]:
    """Does mention ``m`` tell the incident of the earlier draft ``d``?"""
    f: dict[str, float] = {"bias": 1.0}

    def on(name: str, v: float = 1.0) -> None:
        f[name] = v

    last = d.mentions[-1]
    first = d.mentions[0]
    gap = m.sentence.index - last.sentence.index
    on("gap=" + _bucket(gap, (0, 1, 2, 3, 5, 8, 12, 20)))
    on("gap_first=" + _bucket(m.sentence.index - first.sentence.index, (1, 3, 8, 20)))
    on("rank=" + _bucket(rank, (0, 1, 2)))
    same_type = m.type == d.type
    on("same_type" if same_type else "types=" + "|".join(sorted((m.type, d.type))))
    on("same_family" if m.sentence and _fam(m.type) == _fam(d.type) else "cross_family")
    on("m_type=" + m.type)
    if m.trigger is None:
        on("support")
    else:
        on("m_strength=" + m.strength)
        if m.trigger.is_noun:
            on("m_noun")
        if m.definite:
            on("m_definite")
            on("m_definite_same" if same_type else "m_definite_other")
        if m.new_incident:
            on("m_new_marker")
            on("m_new_marker_gap=" + _bucket(gap, (1, 3)))
    headline = all(x.sentence.headline for x in d.mentions)
    if headline:
        on("d_headline")
        if any(x.new_incident for x in d.mentions if x.trigger):
            on("d_headline_new")
    if m.sentence.headline:
        on("m_headline")
    if m.sentence.para == last.sentence.para:
        on("same_para")
    if date_moved:
        on("date_moved")
    if conflicts:
        on("conflicts")
    on("m_date=" + m.date_via)
    dd = next((x.date for x in d.mentions if x.date is not None and x.date_via in ("clause", "sentence")), None)
    if m.date is not None and dd is not None and m.date_via in ("clause", "sentence"):
        on("date_equal" if m.date.value == dd.value else "date_differs")
    dp = next((x.place for x in d.mentions if x.place is not None), None)
    if m.place is not None and dp is not None:
        if m.place.admin1 and dp.admin1:
            on("admin1_equal" if m.place.admin1 == dp.admin1 else "admin1_differs")
        if m.place.admin2 and dp.admin2:
            on("admin2_equal" if m.place.admin2 == dp.admin2 else "admin2_differs")
        if m.place.name and dp.name and fold(m.place.name) == fold(dp.name):
            on("place_name_equal")
    mk = {c.category for c in m.counts}
    dk = {(c.category, c.best) for x in d.mentions for c in x.counts if c.best is not None}
    for c in m.counts:
        if c.best is None:
            continue
        same = [b for cat, b in dk if cat == c.category]
        if same:
            on("count_equal" if c.best in same else ("count_additive" if c.additive else "count_differs"))
    if mk:
        on("m_counts")
    if m.trigger is not None:
        lem = fold(m.sentence.span.doc[m.trigger.token_i].lemma_)
        if any(x.trigger is not None and fold(x.sentence.span.doc[x.trigger.token_i].lemma_) == lem
               for x in d.mentions):
            on("same_lemma")
    for name in _retelling_cues(m):
        on(name)
    on("para_gap=" + _bucket(m.sentence.para - last.sentence.para, (0, 1, 2, 4)))
    on("d_size=" + _bucket(len(d.mentions), (1, 2, 4)))
    if any(x.sentence.headline for x in d.mentions):
        on("d_has_headline")
        if not m.sentence.headline and all(x.sentence.headline or x.sentence.index >= m.sentence.index
                                           for x in d.mentions):
            on("first_body_after_headline")
    bare = not (m.counts or m.place is not None or m.date_via in ("clause", "sentence"))
    if bare:
        on("m_bare")  # nothing the incident does not already have: no figure, own date or place
    if m.date_via in ("clause", "sentence") and dd is None:
        on("m_dates_d_undated")
    if _actors_overlap(m, d):
        on("actor_name_overlap")
    # the names both tell (people, places, groups anywhere in their sentences): "Uchiza",
    # "alias Gato" in a headline and in the third paragraph point at one incident
    shared = _sentence_names(m.sentence) & set().union(*(_sentence_names(x.sentence) for x in d.mentions))
    on("names_shared=" + _bucket(len(shared), (0, 1)))
    on("fams=" + "|".join(sorted({_fam(m.type), _fam(d.type)})) + ("|cue" if _retelling_cues(m) else ""))
    # a date or place of the mention's own clause vs one it only inherits from the story
    own = m.date_via in ("clause", "sentence")
    d_any = next((x.date for x in d.mentions if x.date is not None), None)
    if m.date is not None and d_any is not None and not (own and dd is not None):
        on("date_loose_" + ("equal" if m.date.value == d_any.value else "differs") + ("_own" if own else "_inherited"))
    if m.place is not None and dp is not None and m.place.admin1 and dp.admin1 and m.place.admin1 != dp.admin1:
        on("admin1_differs_" + ("own" if _own_place(m) else "inherited"))
    # what follows an incident is not the incident: a deployment "tras el ataque", a search
    # "para dar con los responsables" (the shared convention: its own operation)
    for name in aftermath_cues(m):
        on(name)
        on(name + "|" + "|".join(sorted({_fam(m.type), _fam(d.type)})))
    mine, theirs = person_names(m.actor2), set().union(*(person_names(x.actor2) for x in d.mentions))
    if mine and theirs:
        on("victims_named_" + ("shared" if mine & theirs else "differ"))
    return f


#: Words that anchor a clause after an incident ("tras el ataque", "luego del hecho").
_AFTER_WORDS = {"tras", "despues", "luego", "posterior", "posteriormente", "raiz", "respuesta"}
#: A search for whoever did it: a response to an incident, not the incident.
_SEEK_LEMMAS = {"localizar", "ubicar", "buscar", "capturar", "perseguir", "identificar", "dar", "encontrar", "busqueda"}
_CULPRIT_LEMMAS = {"responsable", "autor", "atacante", "agresor", "perpetrador", "asesino", "sicario", "homicida",
                   "culpable", "implicado", "captor", "secuestrador"}


def aftermath_cues(m: "Mention") -> list[str]:
    """Does the mention's sentence tell what came after an incident ("tras el ataque",
    "después del atentado") or a search for its doers ("para localizar a los responsables")?"""
    return list(span_memo(m.sentence.span, "cronica_aftermath", _aftermath_of))


def _aftermath_of(span) -> tuple[str, ...]:
    """``aftermath_cues`` of a sentence (read once per sentence: the pairs of a mention ask it again)."""
    out = []
    doc, start, end = span_bounds(span)
    words = [fold(w) for w in doc_lowers(doc)[start:end]]
    lemmas = [fold(w) for w in doc_lemmas(doc)[start:end]]
    anaphors = _anaphor_nouns()
    incident = anaphors | _incident_nouns()
    for i, w in enumerate(words):
        if w in _AFTER_WORDS and any(x in incident for x in lemmas[i + 1:i + 5] + words[i + 1:i + 5]):
            out.append("m_after_incident")
            break
    if any(x in _CULPRIT_LEMMAS for x in lemmas) and any(x in _SEEK_LEMMAS for x in lemmas):
        out.append("m_seeks_culprits")
    return tuple(out)


@lru_cache(maxsize=1)
def _incident_nouns() -> frozenset:
    """Folded noun forms that name a violent incident or an abduction ("emboscada", "masacre",
    "balacera", "secuestro"), from the trigger lexicon."""
    from cronica.extraction.triggers import FAMILY
    from cronica.nlp.lexicons import load_triggers

    out = set()
    for t in load_triggers().tokens:
        if FAMILY.get(t.type) in ("violent", "abduction") and t.kinds:
            out |= {f for f, k in t.kinds.items() if k == "noun"}
    return frozenset(out)


def person_names(a) -> set[str]:
    """The words of a person's name in an actor phrase: two or more capitalised words in a
    row that are not an institution's ("Juan Pérez Soto", "alias El Gato" gives nothing).
    Two mentions whose victims are named people with no name in common tell two incidents."""
    if a is None:
        return set()
    out: set[str] = set()
    run: list[str] = []
    for w in a.text.split() + [""]:
        w = w.strip("\"'«»“”‘’()[],.;:")
        if len(w) > 1 and w[0].isupper() and not w.isupper() and fold(w) not in _INSTITUTION_WORDS:
            run.append(fold(w))
            continue
        if len(run) >= 2:
            out |= set(run)
        run = []
    return out


def _own_place(m: "Mention") -> bool:
    """Is the mention's place named in its own sentence (not carried from the story)?"""
    name = m.place.name if m.place is not None else None
    return bool(name) and fold(name) in fold(parsed_text(m.sentence.span))


def _sentence_names(sent: "Sentence") -> frozenset:
    """Folded proper names of a sentence (cached on the span's doc by sentence start)."""
    cache = sent.span.doc.user_data.setdefault("cronica_names", {})
    key = (sent.span.start, sent.span.end)
    if key not in cache:
        cache[key] = frozenset(fold(w.text) for w in span_tokens(sent.span)
                               if w.pos_ == "PROPN" and len(w.text) > 2 and w.i > sent.span.start
                               and fold(w.text) not in _INSTITUTION_WORDS)
    return cache[key]


DEMONSTRATIVES = {"este", "esta", "estos", "estas", "ese", "esa", "esos", "esas", "aquel", "aquella", "dicho",
                   "dicha", "dichos", "dichas", "tal", "citado", "citada", "mencionado", "mencionada", "referido",
                   "referida"}


@lru_cache(maxsize=1)
def _anaphor_nouns() -> frozenset:
    from cronica.extraction.triggers import load_filters

    return frozenset(fold(w) for w in load_filters().incident_anaphors)


def _retelling_cues(m: "Mention") -> list[str]:
    """How a mention points back at an incident already told: a demonstrative or "mismo"
    ("dicho atentado", "este hecho", "el mismo ataque"), a general noun for it ("el hecho",
    "el suceso"), a quoted or reported account (a witness, a communiqué)."""
    if m.trigger is None:
        return []
    out = _retelling_cues_tok(m.sentence.span.doc[m.trigger.token_i], m.trigger.is_noun)
    return ["m_" + x for x in out]


def _retelling_cues_tok(tok, is_noun: bool) -> list[str]:
    out = []
    noun = tok if is_noun else next((c for c in tok.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
    if noun is not None:
        words = {fold(c.lower_) for c in noun.children if c.i < noun.i or c.dep_ == "amod"}
        if words & DEMONSTRATIVES:
            out.append("demonstrative")
        if words & {"mismo", "misma", "mismos", "mismas"}:
            out.append("mismo")
        if fold(noun.lemma_) in _anaphor_nouns() and words & {"el", "la", "los", "las"}:
            out.append("anaphor_noun")
    if _in_quotes(tok):
        out.append("quoted")
    root = sent_of(tok).root
    if root.i != tok.i and fold(root.lemma_) in _REPORT_LEMMAS:
        out.append("reported")
    return out


#: Capitalised words of institutions, not of one party ("la Policía Nacional", "el Ejército").
_INSTITUTION_WORDS = {"policia", "ejercito", "fuerza", "fuerzas", "armada", "armadas", "nacional", "militar",
                      "militares", "guardia", "fiscalia", "gobierno", "ministerio", "comando", "frente", "estado",
                      "general", "republica", "especial", "conjunto", "conjunta", "defensa", "seguridad",
                      "los", "las", "el", "la", "un", "una", "unos", "unas", "del", "este", "esta", "estos", "estas",
                      "ese", "esa", "dos", "tres", "cuatro", "cinco"}


def actor_names(a) -> set[str]:
    """The names in an actor phrase (capitalised words that are not institutions'): two
    mentions naming the same person or group ("alias Otoniel") likely tell one incident."""
    if a is None:
        return set()
    out = set()
    for w in a.text.split():
        w = w.strip("\"'«»“”‘’()[],.;:")
        if len(w) > 2 and w[0].isupper() and fold(w) not in _INSTITUTION_WORDS:
            out.add(fold(w))
    return out


def _actors_overlap(m: "Mention", d: "Draft") -> bool:
    mine = actor_names(m.actor1) | actor_names(m.actor2)
    if not mine:
        return False
    return any(mine & (actor_names(x.actor1) | actor_names(x.actor2)) for x in d.mentions)


def _fam(t: str) -> str:
    from cronica.extraction.triggers import FAMILY

    return FAMILY[t]


def type_features(d: "Draft", explosive: bool, actor2_inter: Optional[int], civilian_victims: bool,
                  doc_types: Iterable[str] = ()) -> dict[str, float]:
    """The type of an incident from all its mentions (trigger types and lemmas, figures, cues,
    the words of its sentences) and the types the document's other candidates have (shots in
    a text about a march are the march's)."""
    f: dict[str, float] = {"bias": 1.0}
    for t in set(doc_types):
        f["doc=" + t] = 1.0
        f["doc_fam=" + _fam(t) + "|" + d.family] = 1.0
    for m in d.mentions[:3]:
        for w in m.sentence.span:
            if w.pos_ in ("NOUN", "VERB") and w.is_alpha and not w.is_stop:
                f["w=" + fold(w.lemma_)] = 1.0
    firsts = [m for m in d.mentions if m.trigger is not None]
    if firsts:
        f["first_type=" + firsts[0].type] = 1.0
    f["draft_type=" + d.type] = 1.0
    for m in d.mentions:
        for t in m.sentence_triggers:
            f["t=" + t.type] = f.get("t=" + t.type, 0.0) + 1.0
            lem = fold(m.sentence.span.doc[t.token_i].lemma_)
            f["l=" + lem] = 1.0
        for c in m.counts:
            if c.best:
                f["count=" + c.category] = 1.0
    if explosive:
        f["explosive"] = 1.0
    if actor2_inter is not None:
        f["a2_inter=" + str(actor2_inter)] = 1.0
    if civilian_victims:
        f["civilian_victims"] = 1.0
    return f


_SECTION_LABEL = re.compile(r"^\s*(\w+(?: \w+)?)\s*[|:](?:\s|$)")


def _content_word(w) -> bool:
    return w.is_alpha and not w.is_stop and len(w.text) > 2


def _content_lemmas(span) -> list[str]:
    """The lemmas of the span's content words (``_content_word``), in order, read from the Doc's
    arrays (``doc_attr``): the document model reads every word of the text."""
    doc, start, end = span_bounds(span)
    alpha, stop, length, lemmas = doc_attr(doc, "IS_ALPHA"), doc_attr(doc, "IS_STOP"), doc_attr(doc, "LENGTH"), \
        doc_lemmas(doc)
    return [lemmas[i] for i in range(start, end) if alpha[i] and not stop[i] and length[i] > 2]


#: Length of each of the document model's two lemma blocks (whole text, opening line) from
#: features version 4: below 1, the words weigh less against what the rules found (doers,
#: figures, harm, an accident's cause), so one word seen mostly in accidents ("explosión")
#: cannot sink a short report on its own.
LEMMA_WEIGHT = 0.7


def _word_features(f: dict, sentences, scale: float = 1.0, content: Optional[list] = None,
                   unit: bool = False) -> None:
    """The document's content lemmas and its opening line's, each set normalised to unit length
    (``unit``: each lemma present weighs 1, features version 5), and the section label of the
    opening line. The opening line frames the text: its own words
    ("Athletic asalta Mestalla", "Ataque bajista golpea al bitcóin") and a label before "|" or
    ":" ("Opinión |", "Reseña:", "Podcast |") tell a column, a review or a match report."""
    # (the content words of the sentences, in order: the caller's, else read from the Docs' arrays)
    content_lemmas = [lem for s in sentences for lem in _content_lemmas(s.span)] if content is None \
        else [w.lemma_ for w in content]
    lemmas = {"l=" + fold(lem) for lem in content_lemmas}
    for lem in lemmas:
        f[lem] = 1.0 if unit else scale / math.sqrt(len(lemmas))
    if sentences:
        head = sentences[0].span
        hl = {"h=" + fold(lem) for lem in _content_lemmas(head)}
        for lem in hl:
            f[lem] = 1.0 if unit else scale / math.sqrt(len(hl))
        label = _SECTION_LABEL.match(parsed_text(head))
        if label:
            f["label=" + fold(label.group(1))] = 1.0


def document_features(sentences: list["Sentence"], candidates: int, kept_types: Iterable[str],
                      published: bool, dropped: Iterable[str] = (), armed_groups: int = 0, state_forces: int = 0,
                      agents: int = 0, figures: int = 0, opening_kept: Iterable[str] = (),
                      opening_dropped: Iterable[str] = (), version: int = FEATURES_VERSION, again: int = 0,
                      harm_sentences: Iterable[int] = (),
                      day_ages: Iterable[Optional[int]] = ()) -> dict[str, float]:
    """Is the document a conflict report? Its content lemmas, what the triggers found and why
    the filters dropped the others, the armed groups and state forces it names, how many
    kept triggers have a doer, how many casualty figures it gives (a mine blast or a
    football match has words of violence but nobody armed doing them), what its opening
    sentence reports.

    The lemmas weigh 1/sqrt(n) each (n distinct content lemmas), so a one-sentence report
    carries as much evidence as a long article instead of sinking towards the prior
    (``FEATURES_VERSION`` 2; models fitted before read them as 1.0, see ``Decider.is_report``).

    From version 3 nothing grows with the length: a one-sentence bulletin and a long article
    that report one incident look alike (kept triggers, figures, doers and armed parties as
    present or not and as shares of the candidates; no length bucket), so a model cannot
    learn "short, hence not a report" from headlines and section labels. ``version``: the
    recipe the model in use was fitted on.

    From version 4 (see ``_document_features_v4``): ``again``, kept triggers marked as another
    or a new incident ("otra explosión"); ``harm_sentences``, the indexes of the sentences
    where the rules kept a trigger (their damage or casualty words are read).

    From version 5 each content lemma present weighs 1 again (the rest as in version 4): a
    word seen in other registers of the corpus (a match, a market, an anniversary) then speaks
    as loudly in a long text as in a short one.

    From version 6 (see ``_document_features_v6``): ``day_ages``, for each event dated to a day
    the text names, its age in days at publication (None: the text has no publication date)."""
    f: dict[str, float] = {"bias": 1.0}
    kept_types = list(kept_types)
    if version >= 3:
        _document_features_v3(f, sentences, candidates, kept_types, published, dropped, armed_groups,
                              state_forces, agents, figures, opening_kept, opening_dropped,
                              LEMMA_WEIGHT if version == 4 else 1.0, unit_lemmas=version >= 5)
        if version >= 4:
            _document_features_v4(f, sentences, kept_types, figures, again, harm_sentences)
        if version >= 6:
            _document_features_v6(f, day_ages)
        return f
    f["kept=" + _bucket(len(kept_types), (0, 1, 2, 4))] = 1.0
    for t in set(opening_kept):
        f["open_type=" + t] = 1.0
    for r in set(opening_dropped):
        f["open_dropped=" + r.split(" (")[0]] = 1.0
    for r in set(dropped):
        f["dropped=" + r.split(" (")[0]] = 1.0
    f["groups=" + _bucket(armed_groups, (0, 1, 3))] = 1.0
    f["state=" + _bucket(state_forces, (0, 1, 3))] = 1.0
    f["armed=" + ("both" if armed_groups and state_forces else "group" if armed_groups else
                  "state" if state_forces else "none")] = 1.0
    f["agents=" + _bucket(agents, (0, 1, 3))] = 1.0
    f["figures=" + _bucket(figures, (0, 1, 3))] = 1.0
    content = [w for s in sentences for w in span_tokens(s.span) if _content_word(w)]
    n = len(content)
    _word_features(f, sentences, content=content)
    f["cands=" + _bucket(candidates, (0, 1, 2, 4, 8))] = 1.0
    for t in set(kept_types):
        f["cand_type=" + t] = 1.0
    f["len=" + _bucket(n, (20, 60, 150, 400))] = 1.0
    f["news" if published else "nopub"] = 1.0
    return f


def _document_features_v3(f: dict[str, float], sentences: list["Sentence"], candidates: int, kept_types: list[str],
                          published: bool, dropped: Iterable[str], armed_groups: int, state_forces: int,
                          agents: int, figures: int, opening_kept: Iterable[str],
                          opening_dropped: Iterable[str], lemma_scale: float = 1.0,
                          unit_lemmas: bool = False) -> dict[str, float]:
    """``document_features`` from version 3: presence and shares, never sizes."""
    kept = len(kept_types)
    f["kept" if kept else "kept_none"] = 1.0
    if len(sentences) == 1:
        # a one-line text (a bulletin entry, a brief, a headline alone): its own bias, and
        # whether its one sentence kept a trigger, so a short report is judged among short texts
        f["one_sentence"] = 1.0
        f["one_sentence|" + ("kept" if kept else "kept_none")] = 1.0
    if candidates:
        f["kept_share"] = kept / candidates  # how many candidates the filters let through
    f["cands" if candidates else "cands_none"] = 1.0
    for t in set(opening_kept):
        f["open_type=" + t] = 1.0
    for r in set(opening_dropped):
        f["open_dropped=" + r.split(" (")[0]] = 1.0
    dropped = [r.split(" (")[0] for r in dropped]
    for r in set(dropped):
        f["dropped=" + r] = 1.0
    if candidates:
        f["dropped_share"] = len(dropped) / candidates
    f["armed=" + ("both" if armed_groups and state_forces else "group" if armed_groups else
                  "state" if state_forces else "none")] = 1.0
    f["agents" if agents else "agents_none"] = 1.0
    if kept:
        f["agents_share"] = min(1.0, agents / kept)  # kept triggers with a doer
    f["figures" if figures else "figures_none"] = 1.0
    _word_features(f, sentences, lemma_scale, unit=unit_lemmas)
    for t in set(kept_types):
        f["cand_type=" + t] = 1.0
    f["news" if published else "nopub"] = 1.0
    return f


def _alpha_lemmas(span) -> list[str]:
    """The lemmas of the span's alphabetic words (``Token.is_alpha``), read from the Doc's arrays."""
    doc, start, end = span_bounds(span)
    alpha, lemmas = doc_attr(doc, "IS_ALPHA"), doc_lemmas(doc)
    return [lemmas[i] for i in range(start, end) if alpha[i]]


def _keys_of(span) -> list[str]:
    """``token_key`` of each word of the span (``doc_keys``)."""
    doc, start, end = span_bounds(span)
    return doc_keys(doc)[start:end]


@lru_cache(maxsize=1)
def _harm_words() -> frozenset:
    """Folded forms of the harm words of ``data/es/document_cues.yaml``: every form of its verbs
    (spaCy's small model leaves many verb forms unlemmatised), nouns with their plurals."""
    from cronica.errors import DataFileError
    from cronica.nlp.inflect import noun_forms, verb_forms
    from cronica.nlp.lexicons import read_data_yaml

    path = "document_cues.yaml"
    raw = read_data_yaml(path)
    out: set[str] = set()
    try:
        for v in raw.get("harm_verbs") or ():
            lemma, _, stem = str(v).partition("/")
            out.update(verb_forms(lemma, stem or None))
        for n in raw.get("harm_nouns") or ():
            out.update(noun_forms(str(n)))
    except ValueError as e:
        raise DataFileError(f"{path}: {e}") from None
    if not out:
        raise DataFileError(f"{path}: no harm_verbs or harm_nouns")
    return frozenset(out)


def _document_features_v4(f: dict[str, float], sentences: list["Sentence"], kept_types: list[str], figures: int,
                          again: int, harm_sentences: Iterable[int]) -> None:
    """What version 4 adds: length-free cues that tell a doer-less report from an accident.

    * ``blast|accident`` / ``blast|attack`` / ``blast|unexplained``: a text with a blast word
      explains it by an accident's cause (gas, fireworks, a boiler, a coal mine), names an
      attack's cue (a device, a bomb, dynamite, a pylon), or neither: the word "explosión"
      itself then need not carry the verdict;
    * ``harm`` / ``harm_none``: a sentence with a kept trigger tells dead, wounded, bodies or
      damage ("tumbó una antena", "quedó destruida"), or a casualty figure was found;
    * ``again``: a kept trigger is "another" or "a new" incident (two blasts, a second attack):
      a text that counts incidents of one kind reports them;
    * ``kept_density``: the share of its sentences where a trigger was kept (event-trigger
      density instead of counts)."""
    from cronica.extraction.triggers import load_filters
    from cronica.nlp.inflect import match_key, token_key

    cues = load_filters()
    blast = any(t == "bombing" for t in kept_types) or any(  # (each distinct lemma folded once)
        token_key(lemma) in cues.blast_words for lemma in {lem for s in sentences for lem in _alpha_lemmas(s.span)})
    if blast:
        key = match_key(" ".join(parsed_text(s.span) for s in sentences))
        if cues.accident_causes is not None and cues.accident_causes.search(key):
            f["blast|accident"] = 1.0
        elif cues.attack_cues is not None and cues.attack_cues.search(key):
            f["blast|attack"] = 1.0
        else:
            f["blast|unexplained"] = 1.0
    harm = figures > 0
    if not harm and kept_types:
        words = _harm_words()
        idx = set(harm_sentences)
        harm = any(key in words for s in sentences if s.index in idx  # (``token_key`` of each word)
                   for key in _keys_of(s.span))
    f["harm" if harm else "harm_none"] = 1.0
    if sentences:
        # the share of sentences where the rules kept a trigger: a report tells its incident in
        # most of its sentences, a commemoration or a profile mentions one battle among many
        # others (a ratio, never a size: a one-line report and a long one both score high)
        f["kept_density"] = len(set(harm_sentences)) / len(sentences)
    if again:
        f["again"] = 1.0


#: How many days before its publication an incident's day may lie and still be the text's news
#: (features version 6): a month, so that a weekly or monthly roundup's days count as recent.
RECENT_DAYS = 31


def _document_features_v6(f: dict[str, float], day_ages: Iterable[Optional[int]]) -> None:
    """What version 6 adds: whether the text tells an incident on a day it names.

    * ``day=recent``: an event is dated to a day the text names ("la tarde del domingo", "el 3 de
      marzo") at most ``RECENT_DAYS`` before the publication (or in a text without one): a report
      of a new incident, even under a headline of words that balances, court news and
      commemorations share ("cierra el año con 140 homicidios");
    * ``day=old``: days named, all of them longer ago (an old case recalled);
    * ``day=none``: no event dated to a named day (a balance of a period, a year, a season)."""
    ages = list(day_ages)
    if any(a is None or -1 <= a <= RECENT_DAYS for a in ages):
        f["day=recent"] = 1.0
    elif ages:
        f["day=old"] = 1.0
    else:
        f["day=none"] = 1.0
