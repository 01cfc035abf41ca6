"""enumeration: a counted incident noun that its sentence unpacks into its members.

"Dos explosiones sacudieron anoche la ciudad: la primera dañó una agencia bancaria en el barrio
X y otra destruyó un puesto policial en Y", "se le imputan dos ataques, el primero en abril
de 2019 y el otro tres meses después": one sentence, one trigger, several
incidents. The annotation conventions make each its own event when it has its own day or place
(corpus/README.md: "different days or places are separate events"; an older incident recalled
with a month-precise date is its own event; own gold of train h-009, h-016 and shared news-dev3
713 gives one event per member, all with the same evidence sentence). A count with no members
told, or members with no date or place of their own ("dos ataques, uno contra la alcaldía y otro
contra la estación") are left as one mention.

:func:`enumerated_members` finds the members on the parse; ``assemble.py`` locates each member in
its own segment of the sentence and keeps them apart (``Mention.member``). The member words are
data (``enumeration_members`` in data/es/filters.yaml).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from cronica.geo.gazetteer import norm_key
from cronica.geo.recognise import load_lexicon
from cronica.nlp.inflect import match_key
from cronica.nlp.numbers import words_value

# what may stand right before a member ("...: la primera", ", el segundo", "y otra")
_MEMBER_OPENERS = frozenset({":", ",", ";", "y", "e", "(", "-", "—"})
_ARTICLES = frozenset({"el", "la", "los", "las"})
_NOUNS = frozenset({"NOUN", "PROPN"})


@dataclass(frozen=True, slots=True)
class Member:
    """One member of an enumeration: its word and its segment of the sentence (characters in
    the spaCy Doc's text, as a trigger's)."""

    token_i: int
    start: int
    end: int
    first: int = -1  # tokens of the segment (first, last)
    last: int = -1


def counted(tok) -> Optional[int]:
    """The number told with a plural incident noun ("dos explosiones", "otros tres ataques"), if 2 or more."""
    if "Plur" not in tok.morph.get("Number"):
        return None
    for c in tok.children:
        if c.dep_ == "nummod" and c.i < tok.i:
            n = words_value([c.lower_])
            return n if n is not None and n >= 2 else None
    return None


def _opens_member(tok, words: frozenset[str]) -> Optional[int]:
    """The start (token index) of the member ``tok`` names, or None: a member word used as a
    pronoun ("una en la vía", "la primera reventó", "el segundo en junio"), after a colon, a
    comma or "y"; not a determiner or a partitive ("una agencia", "uno de los heridos")."""
    if match_key(tok.text) not in words:
        return None
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if nxt is not None and ((nxt.pos_ in _NOUNS and nxt.dep_ != "case") or nxt.lower_ in ("de", "del")):
        return None
    start = tok.i
    if start > 0 and doc[start - 1].lower_ in _ARTICLES:
        start -= 1
    if start == 0 or doc[start - 1].lower_ not in _MEMBER_OPENERS:
        return None
    return start


def enumerated_members(tok, words: frozenset[str], sentence) -> list[Member]:
    """The members a counted plural incident noun ``tok`` is unpacked into after it in its sentence
    (a spaCy Span), each with its segment: from its opening word to the connector before the next
    one, the last to the end of the sentence. None unless two or more, and no more than counted."""
    n = counted(tok)
    if n is None:
        return []
    doc = tok.doc
    found: list[tuple[int, int]] = []  # (member word, first token of the member)
    for t in doc[tok.i + 1:sentence.end]:
        start = _opens_member(t, words)
        if start is not None:
            found.append((t.i, start))
    if not 2 <= len(found) <= n:
        return []
    out = []
    for k, (word, start) in enumerate(found):
        if k + 1 < len(found):
            stop = found[k + 1][1] - 1  # the connector before the next member
            while stop > start and doc[stop].lower_ in _MEMBER_OPENERS:
                stop -= 1
        else:
            stop = sentence.end - 1
        last = doc[stop]
        out.append(Member(word, doc[start].idx, last.idx + len(last.text), start, stop))
    return out


def placed_in(member: Member, doc) -> bool:
    """Does the member's segment name a place of its own by a locative phrase ("en Barrio Obrero",
    "en la vía a X", "frente a la estación del corregimiento de Y"): a place preposition whose
    noun is a proper name or a place noun of the geo cues (``cue_nouns`` in data/geo/cues_es.yaml)?
    For places below a town that the gazetteer does not know."""
    nouns = _place_nouns()
    for t in doc[member.first:member.last + 1]:
        if t.dep_ != "case" or t.lower_ not in _LOCATIVES or t.head.i <= t.i:
            continue
        head = t.head
        if head.pos_ == "PROPN" or norm_key(head.text) in nouns:
            return True
    return False


_LOCATIVES = frozenset({"en", "frente", "junto", "cerca"})


@lru_cache(maxsize=1)
def _place_nouns() -> frozenset[str]:
    """The one-word place nouns of the geo cues ("barrio", "vía", "avenida", "corregimiento", ...)."""
    return frozenset(k[0] for k in load_lexicon().cue_nouns if len(k) == 1)
