"""actors: who did it (actor1) and to whom (actor2), from the dependency parse.

Reads the trigger token of an event; writes ``ActorMention`` records (the words
as written and their characters). Roles:
  active verb     subject → actor1, object ("a X") → actor2
  passive verb    subject → actor2, "por X" → actor1
  noun trigger    "emboscada del remanente senderista" (de + perpetrator) → actor1,
                  "captura/secuestro/asesinato de X" → actor2, "contra X" → actor2,
                  "realizada/perpetrada por X" → actor1, "entre A y B" → A, B,
                  "con X" → actor2
Normalisation (names, ACLED inter codes) is ``normalise_actor``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from cronica.model import Actor, Span
from cronica.nlp.lexicons import ActorLexicon

# Noun triggers whose "de" complement is the victim/target rather than the perpetrator.
_PATIENT_NOUNS = ("captura", "detenci", "arresto", "secuestro", "asesinato", "muerte", "desaparici",
                  "incautaci", "decomiso", "plagio", "rapto", "masacre", "matanza", "ejecuci")
_STOP_DEPS = {"acl:relcl", "punct", "cc", "mark", "advcl", "parataxis"}
_MAX_WORDS = 9


@dataclass(frozen=True, slots=True)
class ActorMention:
    text: str
    start: int  # characters in the spaCy Doc's text
    end: int
    attribution: Optional[str] = None  # on whose word: "según la Dircote", "presuntos", "atribuido"


_NOT_ACTOR_HEADS = re.compile(
    r"(?:provincias?|distritos?|regi(ón|ones)|departamentos?|localidad(es)?|zonas?|sector(es)?|valles?|"
    r"carreteras?|kilos?|kilogramos?|toneladas?|gramos?|armas?|armamentos?|explosivos?|municiones|material(es)?|"
    r"droga|cocaína|fusil(es)?|pistolas?|escopetas?|granadas?|minas?|bombas?|artefactos?|cargos?|muert[oa]s?|herid[oa]s?|"
    r"fallecid[oa]s?|años?|meses|días?|horas?|lunes|martes|miércoles|jueves|viernes|sábado|domingo|"
    r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)\Z")


def _antecedent_of(tok):
    """A relative pronoun's antecedent: "la brigada ... que fueron emboscados" → brigada."""
    if tok.pos_ == "PRON" and tok.lower_ in ("que", "quien", "quienes", "cual", "cuales"):
        verb = tok.head
        if verb.dep_ in ("acl", "acl:relcl") and verb.head.pos_ in ("NOUN", "PROPN"):
            return verb.head
        return None
    return tok


def _phrase(tok) -> Optional[ActorMention]:
    """The noun phrase headed by ``tok``, trimmed of relative clauses and prepositions."""
    if tok is None:
        return None
    tok = _antecedent_of(tok)
    if tok is None or tok.pos_ in ("PRON", "NUM", "SYM", "PUNCT") or _NOT_ACTOR_HEADS.match(tok.lower_):
        return None
    keep = []

    def walk(t, depth=0):
        for c in t.children:
            if c.dep_ in _STOP_DEPS or (c.dep_ == "acl" and c.pos_ == "VERB"):
                continue
            if c.i < tok.i and c.dep_ == "case":
                continue
            if c.dep_ in ("nmod", "obl") and _case(c) in ("en", "cerca", "desde", "hacia", "durante", "tras"):
                continue  # "una columna en el distrito de X": where it was, not who
            keep.append(c)
            walk(c, depth + 1)
    keep.append(tok)
    walk(tok)
    idx = sorted(t.i for t in keep)
    # contiguous run around the head
    lo = hi = idx.index(tok.i)
    while lo > 0 and idx[lo - 1] == idx[lo] - 1:
        lo -= 1
    while hi + 1 < len(idx) and idx[hi + 1] == idx[hi] + 1:
        hi += 1
    run = idx[lo:hi + 1]
    doc = tok.doc
    first, last = run[0], run[-1]
    # drop a leading "a"/"por" and trailing punctuation; cap the length
    while first < last and doc[first].lower_ in ("a", "al", "por", "de", "del", "contra", "con", ",", "(", "—"):
        first += 1
    while last > first and (doc[last].is_punct and doc[last].text not in (")", "”", "»", "'", "’")):
        last -= 1
    if last - first + 1 > _MAX_WORDS:
        last = first + _MAX_WORDS - 1
        while last > tok.i and doc[last].pos_ in ("ADP", "DET", "CCONJ", "PUNCT"):
            last -= 1
    # balance an opening parenthesis/quote left unclosed by the cut
    text = doc[first:last + 1].text
    for o, c in (("(", ")"), ("“", "”"), ("«", "»"), ("‘", "’")):
        if text.count(o) > text.count(c):
            cut = text.rfind(o)
            text = text[:cut].rstrip()
    if not text or all(not ch.isalnum() for ch in text):
        return None
    start = doc[first].idx
    return ActorMention(text, start, start + len(text))


def _child(tok, *deps):
    for c in tok.children:
        if c.dep_ in deps:
            return c
    return None


def _case(tok) -> str:
    c = [g.lower_ for g in tok.children if g.dep_ == "case"]
    return c[0] if c else ""


def _is_passive(tok) -> bool:
    return any(c.dep_ in ("aux:pass", "nsubj:pass") for c in tok.children) or (
        any(c.dep_ in ("aux", "cop") and c.lemma_ == "ser" for c in tok.children) and "Part" in tok.morph.get("VerbForm"))


def _agent(tok):
    for c in tok.children:
        if c.dep_ in ("obl", "obl:agent", "nmod", "obj") and _case(c) == "por":
            return c
    return None


def roles(trigger) -> tuple[Optional[ActorMention], Optional[ActorMention]]:
    """(actor1, actor2) phrases for the trigger token, from the parse."""
    a1 = a2 = None
    if trigger.pos_ in ("VERB", "AUX", "ADJ"):
        if _is_passive(trigger) or trigger.pos_ == "ADJ" or (
                "Part" in trigger.morph.get("VerbForm") and trigger.dep_ in ("acl", "amod")):
            agent = _agent(trigger)
            a1 = _phrase(agent)
            subj = _child(trigger, "nsubj:pass", "nsubj")
            if subj is not None:
                a2 = _phrase(subj)
            elif trigger.dep_ in ("acl", "amod") and trigger.head.pos_ in ("NOUN", "PROPN"):
                a2 = _phrase(trigger.head)  # "la patrulla ... emboscada por X"
        else:
            se = any(c.lower_ == "se" for c in trigger.children)
            subj = _child(trigger, "nsubj")
            obj = _child(trigger, "obj", "iobj")
            if se:
                a2 = _phrase(obj or subj)
            else:
                a1 = _phrase(subj)
                a2 = _phrase(obj)
            if a2 is None:
                for c in trigger.children:
                    if c.dep_ == "obl" and _case(c) in ("a", "contra"):
                        a2 = _phrase(c)
                        break
    else:  # noun trigger
        patient = trigger.lower_.startswith(_PATIENT_NOUNS)
        for c in trigger.children:
            case = _case(c)
            if c.dep_ in ("nmod", "obl") and case in ("de", "del"):
                if patient:
                    a2 = a2 or _phrase(c)
                else:
                    a1 = a1 or _phrase(c)
            elif c.dep_ in ("nmod", "obl") and case in ("contra", "a"):
                a2 = a2 or _phrase(c)
            elif c.dep_ in ("nmod", "obl") and case == "entre":
                a1 = a1 or _phrase(c)
                conj = _child(c, "conj")
                a2 = a2 or _phrase(conj)
            elif c.dep_ in ("nmod", "obl") and case == "con" and trigger.lower_.startswith(("enfrentamiento", "combate", "choque")):
                a2 = a2 or _phrase(c)  # "enfrentamiento con una columna": the other side
            elif c.dep_ in ("acl", "amod") and c.pos_ in ("VERB", "ADJ"):
                ag = _agent(c)
                if ag is not None:
                    a1 = a1 or _phrase(ag)
        # a light verb around the noun: "X realizó una incursión", "la captura fue hecha por X"
        if a1 is None and trigger.dep_ in ("nsubj", "nsubj:pass", "obj") and trigger.head.pos_ in ("VERB", "ADJ"):
            head = trigger.head
            if trigger.dep_ == "obj" and head.lemma_ in ("atribuir", "adjudicar", "imputar"):
                # "atribuyeron el ataque a la columna de X": the perpetrator is the one blamed
                blamed = next((c for c in head.children if c.dep_ in ("obl", "iobj") and _case(c) == "a"), None)
                a1 = _phrase(blamed)
            elif trigger.dep_ == "obj":
                a1 = _phrase(_child(head, "nsubj"))
            else:
                a1 = _phrase(_agent(head))
    if a1 and a2 and a1.start == a2.start:
        a2 = None
    return a1, a2


def normalise_actor(mention: Optional[ActorMention], lexicon: ActorLexicon,
                    to_original) -> Optional[Actor]:
    """An ``Actor`` record: normalised name and inter code from the alias lexicon.

    ``to_original(start, end)`` maps the Doc's characters to the original text.
    Without a lexicon match, the name is the phrase itself and ``inter`` is None.
    """
    if mention is None:
        return None
    best = lexicon.best_in(mention.text)
    s, e, text = to_original(mention.start, mention.end)
    if best:
        return Actor(best[2].name, text, best[2].inter, Span(s, e, text))
    return Actor(None, text, None, Span(s, e, text))
