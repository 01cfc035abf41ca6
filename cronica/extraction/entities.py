"""entities: the people and groups of one document, linked across its sentences.

Reads the parsed sentences of a document and the actor lexicon; answers
``link(actor)``: the same ``Actor`` with the normalised name of the entity it refers
to. Links made:

* a person's alias or nom de guerre given next to the name ("Juan Pérez, alias
  «Tigre»", "Juan Pérez (camarada Luis)") and the surname alone ("Pérez Soto") → the
  full name;
* a description of an armed group ("el grupo terrorista", "los guerrilleros", "la
  banda") → the non-state armed group the document names most, when it names one;
* a description of a state force ("los militares", "las autoridades") → the state
  force the document names most, when it names one.

The words as written stay in ``as_written``; only ``name`` (and ``inter`` when it was
unknown) change. Cues: ``cronica/data/es/roles.yaml`` (descriptions, alias markers).
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from dataclasses import replace
from typing import Iterable, Optional

from cronica.extraction.actors import load_role_cues, rival_side
from cronica.model import Actor
from cronica.nlp.lexicons import ActorLexicon, fold
from cronica.nlp.load import doc_text, span_ents, span_text

_QUOTE = "«“\"'‘"
_NAME = r"[A-ZÁÉÍÓÚÑ][\wáéíóúñü\-]+(?:\s+(?:de\s+|del\s+)?[A-ZÁÉÍÓÚÑ][\wáéíóúñü\-]+){0,3}"
#: The words that tell a nom de guerre's real name in ``DocumentEntities.build`` ("cuyo nombre real
#: es", "de nombre", "identificado como"): its pattern, which tries a name at every capital, is
#: run only over a sentence that has one of them (a plain search, same matches).
_NAMES_REAL = re.compile(r"cuyo nombre (?:real|verdadero|completo) (?:es|era)|de nombre|identificado como")


#: id(lexicon) -> (cues, lexicon, what ``_build_parts`` made of them)
_BUILD_PARTS: dict[int, tuple] = {}


def _build_parts(cues, lexicon: ActorLexicon) -> tuple:
    """What ``DocumentEntities.build`` reads from the cues and the lexicon alone, the same for every
    document, made once per (cues, lexicon) pair instead of once per document: the generic names,
    the alias markers' alternation and the three name patterns."""
    got = _BUILD_PARTS.get(id(lexicon))
    if got is None or got[0] is not cues or got[1] is not lexicon:
        # the lexicon names the descriptions stand for ("Grupo armado no identificado"); a
        # description that is also a named group's alias ("disidencias" for the FARC dissidents)
        # keeps that group: it is not a stand-in for whichever group the document names most
        generic = frozenset(_bare(e.name) for d in cues.armed_descriptions + cues.state_descriptions
                            if (e := lexicon.lookup(d)) is not None and e.generic)
        markers = "|".join(re.escape(m) for m in sorted(cues.alias_markers, key=len, reverse=True))
        after_name = re.compile(rf"^\s*[,(]?\s*(?:(?:{markers})\s+)?[{_QUOTE}]?(?P<alias>(?:camarada\s+)?{_NAME})"
                                rf"[{_QUOTE.replace(chr(39), '')}’”»']?\s*[,)]", re.IGNORECASE)
        ident = re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(m) for m in sorted(cues.identity_markers, key=len, reverse=True))})"
                           rf"\s+[{_QUOTE}]?(?P<name>{_NAME})")
        # the nom de guerre first: "«Tigre», cuyo nombre real es Juan Pérez", "alias Tigre (Juan Pérez)"
        real = re.compile(rf"(?:(?:{markers})\s+)?[{_QUOTE}]?(?P<alias>{_NAME})[{_QUOTE.replace(chr(39), '')}’”»']?\s*,?\s*"
                          rf"(?:cuyo nombre (?:real|verdadero|completo) (?:es|era)|de nombre|identificado como)\s+(?P<name>{_NAME})")
        if len(_BUILD_PARTS) >= 8:  # (a few lexicons per process at most)
            _BUILD_PARTS.clear()
        got = _BUILD_PARTS[id(lexicon)] = (cues, lexicon, generic, markers, after_name, ident, real)
    return got[2:]


class DocumentEntities:
    def __init__(self, groups: Counter, state: Counter, inter: dict[str, Optional[int]],
                 aliases: dict[str, str], people: list[str], generic: set[str],
                 identified: Optional[list[str]] = None) -> None:
        self.groups = groups  # named non-state armed groups → mentions
        self.state = state  # named state forces → mentions
        self.inter = inter  # entity name → ACLED inter
        self.aliases = aliases  # folded alias → full name
        self.people = people  # full names of people (2+ words)
        self.generic = generic  # lexicon names that only describe ("Grupo armado no identificado")
        self.identified = identified or []  # people a report names after describing them
        self.mentions: Counter = Counter()  # person → mentions by name, surname or alias

    @classmethod
    def build(cls, sentences: Iterable, lexicon: ActorLexicon) -> "DocumentEntities":
        """From spaCy sentence spans."""
        cues = load_role_cues()
        generic_names, markers, after_name, ident, real = _build_parts(cues, lexicon)
        generic = set(generic_names)
        groups: Counter = Counter()
        state: Counter = Counter()
        inter: dict[str, Optional[int]] = {}
        aliases: dict[str, str] = {}
        people: list[str] = []
        persons = set()
        identified: list[str] = []
        sentences_seen: list[str] = []
        for sent in sentences:
            text = span_text(sent)
            sentences_seen.append(text)
            for m in real.finditer(text) if _NAMES_REAL.search(text) else ():
                name = m.group("name").strip()
                if len(name.split()) >= 2:
                    alias = re.sub(r"(?i)^(?:camarada|alias)\s+", "", m.group("alias").strip())
                    aliases.setdefault(fold(alias), name)
                    persons.add(name)
                    if name not in people:
                        people.append(name)
            for m in ident.finditer(text):
                name = m.group("name").strip()
                if len(name.split()) >= 2 and name not in identified:
                    identified.append(name)
            for ent in span_ents(sent):
                if ent.label_ == "PER" and len(ent.text.split()) >= 2:
                    name = ent.text.strip(" ,.")
                    persons.add(name)
                    if name not in people:
                        people.append(name)
                    rest = doc_text(sent.doc)[ent.end_char:sent.end_char]
                    m = after_name.match(rest)
                    if m and (m.group(0).lstrip(" ,(")[:1] in _QUOTE or re.match(
                            rf"\s*[,(]?\s*(?:{markers})\s", rest, re.IGNORECASE)):
                        aliases.setdefault(fold(m.group("alias")), name)
            for _, _, entry in lexicon.find(text):
                if _bare(entry.name) in generic or entry.generic:
                    continue
                inter[entry.name] = entry.inter
                if entry.inter == 1:
                    state[entry.name] += 1
                elif entry.inter in (2, 3, 4):
                    groups[entry.name] += 1
        for p in persons:
            groups.pop(p, None)  # a leader named in the lexicon is a person, not the group
        # "Quiroga Pardo" tagged apart from "Ramón Quiroga Pardo": one person, the full name
        people = [p for p in people if not any(p != q and q.endswith(" " + p) for q in people)]
        made = cls(groups, state, inter, aliases, people, generic, identified)
        for sent in sentences_seen:
            for name in made._people_in(sent):
                made.mentions[name] += 1
        return made

    def _people_in(self, text: str) -> set[str]:
        folded = fold(text)
        found = {name for alias, name in self.aliases.items() if re.search(rf"(?<!\w){re.escape(alias)}(?!\w)", folded)}
        for name in self.people:
            parts = name.split()
            tail = parts[-2:] if len(parts) >= 3 else parts[-1:]
            if name in text or (all(len(t) >= 4 for t in tail) and " ".join(tail) in text):
                found.add(name)
        return found

    def main_person(self) -> Optional[str]:
        """The person the document is about: named in two sentences or more, more often
        than anyone else."""
        top = self.mentions.most_common(2)
        if not top or top[0][1] < 2 or (len(top) > 1 and top[1][1] == top[0][1]):
            return None
        return top[0][0]

    # ------------------------------------------------------------------ linking
    def is_generic(self, name: Optional[str]) -> bool:
        return name is not None and _bare(name) in self.generic

    def link(self, actor: Optional[Actor]) -> Optional[Actor]:
        if actor is None or not actor.as_written:
            return actor
        written = actor.as_written
        folded = fold(written)
        if actor.name is None:
            person = self._person(written, folded)
            if person is not None:
                return replace(actor, name=person)
            if len(self.identified) == 1 and not any(w[:1].isupper() for w in written.split()[1:]) \
                    and written.split()[0].lower() in ("un", "una", "el", "la") \
                    and not _has_any(folded, load_role_cues().armed_descriptions):
                # "un comerciante de 52 años" ... "fue identificado como Juan Pérez"
                return replace(actor, name=self.identified[0])
        if describes_one_person(written) and not any(w[:1].isupper() for w in written.split()[1:]):
            # "el líder senderista", "el detenido": the one person the document is about
            person = self.main_person()
            if person is not None:
                return replace(actor, name=person)
        if actor.name is not None and _bare(actor.name) not in self.generic:
            return actor
        cues = load_role_cues()
        if rival_side(written) is not None:
            return actor  # "una facción rival": the other side of the group the text names, never it
        if self.groups and _has_any(folded, cues.armed_descriptions):
            name = self.groups.most_common(1)[0][0]
            return replace(actor, name=name, inter=actor.inter if actor.inter is not None else self.inter.get(name))
        if actor.name is None and self.state and _has_any(folded, cues.state_descriptions):
            name = self.state.most_common(1)[0][0]
            return replace(actor, name=name, inter=self.inter.get(name))
        return actor

    def _person(self, written: str, folded: str) -> Optional[str]:
        for alias, name in self.aliases.items():
            if re.search(rf"(?<!\w){re.escape(alias)}(?!\w)", folded):
                return name
        caps = [w for w in re.findall(r"[\wáéíóúñü\-]+", written) if w[:1].isupper()]
        if not caps:
            return None
        for name in self.people:
            parts = name.split()
            if name in written:
                return name
            # the surname(s) alone: "Almagro Vidal" for "Rodrigo Almagro Vidal"
            tail = parts[-2:] if len(parts) >= 3 else parts[-1:]
            if all(len(t) >= 4 for t in tail) and " ".join(tail) in written:
                return name
        return None


def _has_any(folded: str, phrases: Iterable[str]) -> bool:
    phrases = tuple(phrases)
    return bool(phrases) and _any_of(phrases).search(folded) is not None


@lru_cache(maxsize=16)
def _any_of(phrases: tuple[str, ...]) -> re.Pattern:
    """One pattern for ``_has_any``: each folded phrase as a whole word, the alternatives side by
    side (a match of one of them is a match of the whole, and no other: the same answer as
    searching each phrase's own pattern in turn, without building and looking up one pattern per
    phrase on every call)."""
    return re.compile("|".join(rf"(?<!\w){re.escape(fold(p))}(?!\w)" for p in phrases))


@lru_cache(maxsize=4096)
def _bare(name: str) -> str:
    """A lexicon name without its country: generic entries are localised per incident
    ("Grupo armado no identificado (Perú)", template "... ({country})")."""
    name = name.replace(" ({country})", "").replace("{country}", "").strip()
    return re.sub(r"\s*\([^()]*\)$", "", name)


_ITEM = rf"(?:(?:el|la|los|las)\s+)?(?:(?!como\s|identific)[a-záéíóúñü]+\s+){{0,2}}{_NAME}"
_LIST = rf"{_ITEM}(?:(?:\s*,\s*|\s*,?\s+(?:y|e)\s+){_ITEM})*"


@lru_cache(maxsize=1)
def _list_pattern() -> re.Pattern:
    cues = load_role_cues()
    markers = sorted(cues.identity_markers + cues.victim_list_markers, key=len, reverse=True)
    marker = "|".join(re.escape(m) for m in markers)
    # "identificó a los tres detenidos como A, B y C": the verb, its object, then "como"
    return re.compile(rf"(?i:(?<!\w)(?:{marker})|(?<!\w)identific\w*\s+(?:a\s+)?(?:[\wáéíóúñ]+\s+){{0,4}}como)"
                      rf"\s*:?\s+[{_QUOTE}]?(?P<names>{_LIST})")


def named_people(text: str) -> Optional[tuple[int, int]]:
    """Where a sentence names the people a report described ("los fallecidos fueron
    identificados como A, B y C", "las víctimas son: el comerciante A y su hijo B"): the
    characters of the list of names, or None. Cues: ``identity_markers`` and
    ``victim_list_markers`` of ``roles.yaml``."""
    m = _list_pattern().search(text)
    if m is None:
        return None
    names = m.group("names")
    # the list needs a person's name of two words or more, not only a place or a group
    if not re.search(r"[A-ZÁÉÍÓÚÑ][\wáéíóúñü\-]+\s+(?:de\s+|del\s+)?[A-ZÁÉÍÓÚÑ]", names):
        return None
    return m.start("names"), m.start("names") + len(names.rstrip(" ,"))


_LEAD = frozenset({"el", "la", "los", "las", "un", "una", "unos", "unas", "al", "menos", "otros", "otras", "otro",
                   "otra", "sus", "estas", "estos", "esas", "esos", "dichos", "dichas", "ambos", "ambas", "varios",
                   "varias", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once",
                   "doce", "quince", "veinte", "decenas", "cientos", "de", "más", "unos", "primeras", "primeros"})


def describes_people(written: Optional[str]) -> bool:
    """A phrase that describes people without naming them ("las tres personas", "dos
    integrantes de la banda", "los fallecidos"): its head is one of ``people_words``."""
    if not written:
        return False
    words = [w.strip(",.;:«»\"'()").lower() for w in written.split()]
    head = next((w for w in words if w and w not in _LEAD and not w.isdigit()), None)
    return head is not None and head in load_role_cues().people_words


def bare_people(written: Optional[str]) -> bool:
    """A phrase that says only that there were people ("personas", "las dos víctimas", "la
    comunidad", "la gente"): no one who acted (``bare_people`` of roles.yaml)."""
    words = [w.strip(",.;:«»\"'()").lower() for w in (written or "").split()]
    rest = [w for w in words if w and w not in _LEAD and not w.isdigit()]
    return bool(rest) and all(w in load_role_cues().bare_people for w in rest)


def describes_one_person(written: Optional[str]) -> bool:
    """A definite description of one person ("el líder senderista", "el cabecilla", "la
    detenida"): its first word is "el"/"la" and its head one of ``person_descriptions``."""
    words = [w.strip(",.;:«»\"'()").lower() for w in (written or "").split()]
    return len(words) >= 2 and words[0] in ("el", "la") and words[1] in load_role_cues().person_descriptions
