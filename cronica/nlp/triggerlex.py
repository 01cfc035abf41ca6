"""triggerlex: read and validate the trigger lexicon (``data/es/triggers.yaml``).

Entries name a verb lemma (every inflection matches), a noun (singular and
plural), a regular expression over the folded form, or a multi-word expression
whose items are any of those. Everything is matched on ``match_key`` forms (lower
case, no accents, "nn" read as "ñ"), so "ASESINARON", "asesinaron" and
"asesinaron" written without its accent are one form; offsets stay the tokens'.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Optional, Union

import yaml

from cronica.errors import DataFileError
from cronica.model import EVENT_TYPES
from cronica.nlp.inflect import match_key, noun_forms, verb_forms
from cronica.text.gate import gated

_POS = {"NOUN", "PROPN", "VERB", "AUX", "ADJ", "ADV", "ADP", "NUM", "DET", "PRON"}
_ENTRY_KEYS = {"lemma", "noun", "form", "words", "pos", "strength", "requires_next", "requires_near", "unless_near",
               "agent", "variant", "stem", "extra", "kinds", "exclude", "retype", "unless_next",
               "unless_prev"}
_PHRASE_KEYS = {"type", "tokens", "strength", "requires_near", "unless_near", "gap", "gaps", "head", "variant",
                "retype", "told_with"}


def _fold_pattern(pattern: str) -> str:
    """A pattern written with accents and ñ, matched against folded text (case kept: \\W stays \\W)."""
    s = unicodedata.normalize("NFKD", pattern)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.replace("nn", "n")


def _compile(pattern: str, where: str, anchored: bool = True) -> re.Pattern:
    try:
        return re.compile(rf"(?:{_fold_pattern(pattern)})\Z" if anchored else _fold_pattern(pattern))
    except re.error as e:
        raise DataFileError(f"triggers.yaml: {where}: bad pattern {pattern!r}: {e}") from None


def _near(pattern: Optional[str], where: str) -> Optional[re.Pattern]:
    """A context pattern searched in the folded sentence, at word starts."""
    if not pattern:
        return None
    return gated(_compile(rf"(?<!\w)(?:{pattern})", where, anchored=False))


@dataclass(frozen=True, slots=True)
class Item:
    """One token of a trigger: a set of folded forms, or a pattern over the folded form."""

    forms: Optional[frozenset[str]] = None
    pattern: Optional[re.Pattern] = None

    def match(self, key: str) -> bool:
        if self.forms is not None:
            return key in self.forms
        assert self.pattern is not None
        return self.pattern.match(key) is not None


@dataclass(frozen=True, slots=True)
class TokenTrigger:
    type: str
    item: Item
    pos: frozenset[str]
    strength: str = "strong"
    requires_next: Optional[re.Pattern] = None
    requires_near: Optional[re.Pattern] = None
    agent: bool = False
    variant: Optional[str] = None
    unless_near: Optional[re.Pattern] = None
    kinds: dict = None  # folded form → finite | participle | gerund | infinitive | noun
    order: int = 0
    # another type (and variant) when the sentence shows another framing: clashes with protesters are a riot
    retype: Optional[tuple[str, Optional[str], re.Pattern]] = None
    # not when the words right after it (folded, the next three) match: "ataque cardíaco", "ataque de pánico"
    unless_next: Optional[re.Pattern] = None
    # not when the words right before it (folded, the previous two, joined) end so: a sentence served,
    # "cumplen ya condena", is no sentence handed down ("condena" tagged as the verb)
    unless_prev: Optional[re.Pattern] = None

    @property
    def form(self) -> Item:  # the old name
        return self.item


@dataclass(frozen=True, slots=True)
class PhraseTrigger:
    type: str
    tokens: tuple[Item, ...]
    strength: str = "strong"
    requires_near: Optional[re.Pattern] = None
    gap: int = 0  # tokens allowed between two items ("le dieron muerte", "dieron muerte")
    head: int = 0  # which item is the trigger's head token
    variant: Optional[str] = None
    unless_near: Optional[re.Pattern] = None
    # another type (and variant) when the sentence shows another framing (as TokenTrigger.retype)
    retype: Optional[tuple[str, Optional[str], re.Pattern]] = None
    # tokens allowed before each item after the first, when they differ ("aseguraron" + "dos" + ... "armas")
    gaps: Optional[tuple[int, ...]] = None
    # a family whose trigger in the same sentence the phrase stands or falls with (the goods of an
    # arrest: "capturaron a dos hombres que intentaban cruzar con dos fusiles" is realised by the arrest)
    told_with: Optional[str] = None

    def gap_before(self, item: int) -> int:
        return self.gaps[item - 1] if self.gaps is not None else self.gap


@dataclass(frozen=True, slots=True)
class TriggerLexicon:
    tokens: tuple[TokenTrigger, ...]
    phrases: tuple[PhraseTrigger, ...]
    precedence: dict[str, tuple[str, ...]]
    by_form: dict[str, tuple[TokenTrigger, ...]]  # folded form → triggers listing it (file order)
    by_pattern: tuple[TokenTrigger, ...]  # pattern triggers, file order
    phrase_by_first: dict[str, tuple[PhraseTrigger, ...]]
    phrase_by_pattern: tuple[PhraseTrigger, ...]
    variant_cues: tuple[tuple[str, re.Pattern], ...]
    # a sentence that tells a further operation of the same report ("En otro operativo, ...")
    follow_up_operation: Optional[re.Pattern] = None
    # a detention's sentence or the next ones saying the detainee's whereabouts stay unknown (a disappearance)
    whereabouts_unknown: Optional[re.Pattern] = None
    # per folded form: (token candidates, phrase candidates); forms repeat, so each is worked out once
    _memo: dict = field(default_factory=dict, compare=False, repr=False)

    def _lookup(self, key: str) -> tuple[tuple[TokenTrigger, ...], tuple[PhraseTrigger, ...]]:
        hit = self._memo.get(key)
        if hit is None:
            tokens = list(self.by_form.get(key, ())) + [t for t in self.by_pattern if t.item.match(key)]
            tokens.sort(key=lambda t: t.order)
            phrases = list(self.phrase_by_first.get(key, ())) + [
                p for p in self.phrase_by_pattern if p.tokens[0].match(key)]
            hit = (tuple(tokens), tuple(phrases))
            if len(self._memo) < 200_000:  # bounded: a corpus has far fewer distinct forms
                self._memo[key] = hit
        return hit

    def token_candidates(self, key: str) -> tuple[TokenTrigger, ...]:
        """The triggers a folded token form may be, in file order."""
        return self._lookup(key)[0]

    def phrase_candidates(self, key: str) -> tuple[PhraseTrigger, ...]:
        """The phrases whose first token a folded form may be, in file order."""
        return self._lookup(key)[1]


def _forms_of(spec: dict, where: str) -> dict[str, str]:
    """Folded forms (with their kind) of a lemma / noun / words spec."""
    kinds = {}
    if "lemma" in spec:
        lemmas = spec["lemma"] if isinstance(spec["lemma"], list) else [spec["lemma"]]
        for lemma in lemmas:
            lemma, _, own_stem = lemma.partition("/")  # "encontrar/ue": a stem change for this lemma only
            try:
                kinds.update(verb_forms(lemma, own_stem or spec.get("stem"), spec.get("extra") or ()))
            except (ValueError, KeyError) as e:
                raise DataFileError(f"triggers.yaml: {where}: {e}") from None
        allowed = spec.get("kinds")
        if allowed:
            kinds = {f: k for f, k in kinds.items() if k in allowed}
    if "noun" in spec:
        nouns = spec["noun"] if isinstance(spec["noun"], list) else [spec["noun"]]
        for n in nouns:
            kinds.update(noun_forms(n))
    for w in spec.get("words") or ():
        kinds[match_key(w)] = "word"
    for x in spec.get("exclude") or ():
        kinds.pop(match_key(x), None)
    return kinds


def _item(spec: Union[str, dict], where: str) -> Item:
    if isinstance(spec, str):
        return Item(pattern=_compile(spec, where))
    if not isinstance(spec, dict) or not ({"lemma", "noun", "words", "form"} & set(spec)):
        raise DataFileError(f"triggers.yaml: {where}: a token is a pattern or a {{lemma|noun|words|form}} mapping")
    if "form" in spec:
        return Item(pattern=_compile(spec["form"], where))
    return Item(forms=frozenset(_forms_of(spec, where)))


def _retype(r, where: str) -> Optional[tuple[str, Optional[str], re.Pattern]]:
    """``retype: {type, variant?, near}``: another type when ``near`` is found in the sentence."""
    if not r:
        return None
    if not isinstance(r, dict) or r.get("type") not in EVENT_TYPES or not r.get("near"):
        raise DataFileError(f"triggers.yaml: {where}: retype needs a known 'type' and 'near'")
    return (r["type"], r.get("variant"), _near(r["near"], where))


def _read() -> dict:
    try:
        data = yaml.safe_load(resources.files("cronica.data.es").joinpath("triggers.yaml").read_text("utf-8"))
    except (OSError, yaml.YAMLError) as e:
        raise DataFileError(f"triggers.yaml: cannot read: {e}") from None
    if not isinstance(data, dict):
        raise DataFileError("triggers.yaml: expected a mapping at top level")
    return data


@lru_cache(maxsize=1)
def load_triggers() -> TriggerLexicon:
    raw = _read()
    tokens: list[TokenTrigger] = []
    order = 0
    for etype, entries in (raw.get("triggers") or {}).items():
        if etype not in EVENT_TYPES:
            raise DataFileError(f"triggers.yaml: unknown type {etype!r}")
        for i, e in enumerate(entries or []):
            where = f"{etype}[{i}]"
            if not isinstance(e, dict) or not ({"lemma", "noun", "form", "words"} & set(e)):
                raise DataFileError(f"triggers.yaml: {where}: needs a 'lemma', 'noun', 'words' or 'form'")
            if set(e) - _ENTRY_KEYS:
                raise DataFileError(f"triggers.yaml: {where}: unknown keys {sorted(set(e) - _ENTRY_KEYS)}")
            pos = frozenset(e.get("pos") or ())
            if pos - _POS:
                raise DataFileError(f"triggers.yaml: {where}: unknown pos {sorted(pos - _POS)}")
            strength = e.get("strength", "strong")
            if strength not in ("strong", "weak"):
                raise DataFileError(f"triggers.yaml: {where}: strength must be strong or weak")
            kinds = {} if "form" in e else _forms_of(e, where)
            retype = _retype(e.get("retype"), where)
            item = Item(pattern=_compile(e["form"], where)) if "form" in e else Item(forms=frozenset(kinds))
            tokens.append(TokenTrigger(
                etype, item, pos, strength,
                _compile(e["requires_next"], where) if e.get("requires_next") else None,
                _near(e.get("requires_near"), where), bool(e.get("agent", False)), e.get("variant"),
                _near(e.get("unless_near"), where), kinds, order, retype,
                _compile(e["unless_next"], where, anchored=False) if e.get("unless_next") else None,
                _compile(e["unless_prev"], where, anchored=False) if e.get("unless_prev") else None))
            order += 1
    phrases: list[PhraseTrigger] = []
    for i, e in enumerate(raw.get("phrases") or []):
        where = f"phrases[{i}]"
        if not isinstance(e, dict) or e.get("type") not in EVENT_TYPES or not e.get("tokens"):
            raise DataFileError(f"triggers.yaml: {where}: needs a known 'type' and 'tokens'")
        if set(e) - _PHRASE_KEYS:
            raise DataFileError(f"triggers.yaml: {where}: unknown keys {sorted(set(e) - _PHRASE_KEYS)}")
        items = tuple(_item(t, where) for t in e["tokens"])
        head = int(e.get("head", 0))
        if not 0 <= head < len(items):
            raise DataFileError(f"triggers.yaml: {where}: head out of range")
        gaps = e.get("gaps")
        if gaps is not None and (not isinstance(gaps, list) or len(gaps) != len(items) - 1
                                 or not all(isinstance(g, int) and g >= 0 for g in gaps)):
            raise DataFileError(f"triggers.yaml: {where}: gaps needs one count per item after the first")
        phrases.append(PhraseTrigger(
            e["type"], items, e.get("strength", "strong"), _near(e.get("requires_near"), where),
            int(e.get("gap", 0)), head, e.get("variant"), _near(e.get("unless_near"), where),
            _retype(e.get("retype"), where), tuple(gaps) if gaps is not None else None, e.get("told_with")))
    precedence = {fam: tuple(ts) for fam, ts in (raw.get("precedence") or {}).items()}
    for fam, ts in precedence.items():
        if set(ts) - set(EVENT_TYPES):
            raise DataFileError(f"triggers.yaml: precedence {fam}: unknown types")
    cues = []
    for name, words in (raw.get("variant_cues") or {}).items():
        if not isinstance(words, list) or not words:
            raise DataFileError(f"triggers.yaml: variant_cues {name!r} must be a non-empty list")
        cues.append((name, gated(_compile(r"(?<!\w)(?:" + "|".join(words) + r")(?!\w)", f"variant_cues.{name}",
                                          anchored=False))))
    by_form: dict[str, list[TokenTrigger]] = {}
    for t in tokens:
        for f in t.item.forms or ():
            by_form.setdefault(f, []).append(t)
    phrase_first: dict[str, list[PhraseTrigger]] = {}
    for p in phrases:
        for f in p.tokens[0].forms or ():
            phrase_first.setdefault(f, []).append(p)
    return TriggerLexicon(
        tuple(tokens), tuple(phrases), precedence,
        {k: tuple(v) for k, v in by_form.items()}, tuple(t for t in tokens if t.item.pattern is not None),
        {k: tuple(v) for k, v in phrase_first.items()}, tuple(p for p in phrases if p.tokens[0].pattern is not None),
        tuple(cues), _near(raw.get("follow_up_operation"), "follow_up_operation"),
        _near(raw.get("whereabouts_unknown"), "whereabouts_unknown"))
