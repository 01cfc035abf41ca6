"""recase: text written all in capitals, given to the parser in sentence case.

es_core_news_sm reads a word in capitals as a proper name: a headline, a post or a bulletin
entry written in capitals ("EMBOSCADA EN EL VRAEM DEJA DOS SOLDADOS MUERTOS") comes out as
one long name, every token PROPN and no verb, so the triggers' roles, the counts and the actors
built on the parse find nothing (train u-045, u-076, zd-005). This stage writes each span that is
(nearly) all in capitals -- a line, or a sentence of a line -- as a writer would have: in lower case
but for its first letter, with the names the data knows put back in their case:

- acronyms stay in capitals: the actor lexicon's acronyms ("ELN", "PNP", "MS-13"), a word with no
  vowel ("CJNG", "FTC"), with a figure ("N.º", "M-19"), alone in parentheses ("(SENAD)"), or that
  the document writes in capitals inside its ordinary text;
- the actor lexicon's names ("Policía Nacional del Perú", "Clan del Golfo", "Dirandro"; not one
  that is also a common word, "Lobos");
- the gazetteer's places ("Saravena", "Los Andes", "VRAEM"): names of several words, divisions,
  and towns of the Spanish-speaking countries that are no common word;
- the names the document's own place list gives ("... EN LA VEREDA LA BODEGA. CAUCA - TORIBIO -
  VEREDA LA BODEGA": "la vereda La Bodega"), and the words it writes capitalised, and never in
  lower case, in its ordinary text;
- a person's name: two or three words in a row (the last three of a longer run) that no lexicon knows (neither the model's lemmas,
  nor the triggers' verb forms, nor number words) and that end like no verb form
  ("AL ESTUDIANTE ROGELIO TLATEMPA VAZQUEZ" -> "al estudiante Rogelio Tlatempa Vazquez").

A place list ("ARAUCA - FORTUL - VIA SARAVENA FORTUL", closing a bulletin entry) is a list of
names: each of its parts in title case ("Arauca - Fortul - Via Saravena Fortul").

Only letter case changes: every character keeps its place and its accent, so an offset into the
recased text is an offset into the original (as with ``accents.restore_accents``); the parsed
Doc keeps the original as its ``doc_text`` and every output shows the original text. A text with
no run of three words in capitals costs one regular-expression search.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable, Iterable, Optional

from functools import lru_cache

from cronica.errors import DataFileError
from cronica.nlp.lexicons import read_data_yaml
from cronica.text.fold import strip_marks

#: Capitalised words in a row that make a text worth looking at (one search when there are none).
_GATE = re.compile(r"[A-ZÁÉÍÓÚÜÑ]{2,}[^\w\n]+[A-ZÁÉÍÓÚÜÑ]{2,}[^\w\n]+[A-ZÁÉÍÓÚÜÑ]{2,}")
#: Words of two letters or more in capitals a span needs, and the share of its cased letters that
#: may be lower case ("A 20 km DE LIMA"), to count as written in capitals.
MIN_CAPS_WORDS = 3
MAX_LOWER_SHARE = 0.08
#: Words a part of a place list has at most ("CAUCA - EL TAMBO - VEREDA LA ESMERALDA").
PLACE_PART_MAX_WORDS = 6
#: Words a known name has at most.
NAME_MAX_WORDS = 8
PLACE_MAX_WORDS = 5
#: Words a person's name is taken to have at most: a given name and two surnames; a longer run of
#: unknown words opens with a qualifier the model's lemmas lack ("ESTUDIANTE NORMALISTA ROGELIO
#: TLATEMPA VAZQUEZ", "LIDER COMUNAL ARNULFO PERDOMO CHARRY"), so its last three are the name.
PERSON_MAX_WORDS = 3

_LINE = re.compile(r"[^\n]+")
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+")
_WORD = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*")
_LETTERS = re.compile(r"[^\W\d_]+")
_LIST_SEPARATOR = re.compile(r"\s[-–—/]\s|\s/|/\s")
_VOWELS = frozenset("aeiouáéíóúü")


@dataclass(frozen=True)
class _Words:
    """cronica/data/es/recase.yaml: words in lower case inside a name, the articles that may open
    a place's name, and the endings of verb forms no word of a person's name has."""
    function_words: frozenset
    articles: frozenset
    verb_endings: tuple


@lru_cache(maxsize=1)
def _words() -> _Words:
    raw = read_data_yaml("recase.yaml")
    lists = []
    for key in ("name_function_words", "name_articles", "verb_endings"):
        words = raw.get(key)
        if not isinstance(words, list) or not words or not all(
                isinstance(w, str) and w and w == w.lower().strip() for w in words):
            raise DataFileError(f"recase.yaml: {key} must be a list of lower-case words")
        lists.append(words)
    return _Words(frozenset(lists[0]), frozenset(lists[1]), tuple(lists[2]))
_MID_SENTENCE = re.compile(r"[a-záéíóúñü,;]\s+$")


def _low(c: str) -> str:
    lower = c.lower()
    return lower if len(lower) == 1 else c


def _up(c: str) -> str:
    upper = c.upper()
    return upper if len(upper) == 1 else c


def name_key(s: str) -> str:
    """Lower case without accents, one character for one (the keys names are matched by)."""
    out = []
    for c in s:
        c = _low(c)
        f = strip_marks(c)
        out.append(f if len(f) == 1 else c)
    return "".join(out)


@dataclass
class KnownNames:
    """The names whose case the data knows (built once by the pipeline).

    ``acronyms``: folded acronyms written in capitals; ``names``: folded names -> their written
    form; ``place``: folded words -> (the place's written form, whether it is a
    division rather than a town, whether it is a large town) when the
    gazetteer holds them as a place worth restoring, else None; ``common``: folded common words
    of the language (a place's name made only of them is restored only when it is a division of
    several words, "La Paz", or a large town, "Lima")."""

    acronyms: frozenset = frozenset()
    names: dict = field(default_factory=dict)
    place: Optional[Callable[[str], Optional[tuple[str, bool, bool]]]] = None
    common: frozenset = frozenset()
    #: whether the project's lexicons know a folded word as a word (a trigger's verb form, a number)
    lexical: Optional[Callable[[str], bool]] = None

    @classmethod
    def from_aliases(cls, aliases: Iterable[str], place=None, common: Iterable[str] = (),
                     lexical: Optional[Callable[[str], bool]] = None) -> "KnownNames":
        acronyms, names = set(), {}
        for alias in aliases:
            letters = [c for c in alias if c.isalpha()]
            if not letters or not any(c.isupper() for c in letters):
                continue
            if all(c.isupper() for c in letters) and " " not in alias.strip():
                acronyms.add(name_key(alias))
            else:
                names.setdefault(name_key(alias), alias)
        common = frozenset(name_key(w) for w in common)
        # a name of one word that is also a word of the language ("Lobos", "Marina", "Dieciocho")
        # is read as the word
        names = {k: v for k, v in names.items() if " " in k or not _common(k, common)}
        return cls(frozenset(acronyms), names, place, common, lexical)


def capital_spans(text: str) -> list[tuple[int, int]]:
    """The spans of ``text`` written (nearly) all in capitals: the sentences of a line (each of
    ``MIN_CAPS_WORDS`` words in capitals or more; any, when the whole line is in capitals)."""
    if _GATE.search(text) is None:
        return []
    out = []
    for line in _LINE.finditer(text):
        start = line.start()
        pieces = []
        for br in _SENTENCE_BREAK.finditer(line.group()):
            pieces.append((start, line.start() + br.start()))
            start = line.start() + br.end()
        pieces.append((start, line.end()))
        whole = len(pieces) > 1 and _in_capitals(line.group())  # a post in capitals: "URGENTE!! ..."
        for s, e in pieces:
            if _in_capitals(text[s:e], 1 if whole else MIN_CAPS_WORDS):
                out.append((s, e))
    return out


def _in_capitals(span: str, min_words: int = MIN_CAPS_WORDS) -> bool:
    upper = lower = 0
    for c in span:
        if c.isupper():
            upper += 1
        elif c.islower() and c.upper() != c:
            lower += 1
    if upper == 0 or lower > MAX_LOWER_SHARE * (upper + lower):
        return False
    return sum(1 for w in _LETTERS.findall(span) if len(w) > 1 and w.isupper()) >= min_words


def _evidence(text: str, spans: list[tuple[int, int]]) -> tuple[set[str], set[str], set[str]]:
    """Folded words the document writes capitalised mid-sentence, in lower case, and in capitals
    (two letters or more), outside its spans in capitals."""
    titled, lowered, capitals = set(), set(), set()
    last = 0
    parts = []
    for s, e in spans:
        parts.append((last, s))
        last = e
    parts.append((last, len(text)))
    for s, e in parts:
        for m in _LETTERS.finditer(text, s, e):
            w = m.group()
            if w.islower():
                lowered.add(name_key(w))
            elif len(w) > 1 and w.isupper():
                capitals.add(name_key(w))
            elif w[0].isupper() and w[1:].islower() and _MID_SENTENCE.search(text[max(s, m.start() - 3):m.start()]):
                titled.add(name_key(w))
    return titled, lowered, capitals


def _acronym(word: str, folded: str, known: KnownNames, capitals: set[str], in_parens: bool) -> bool:
    if folded in known.acronyms or folded in capitals:
        return True
    if any(c.isdigit() for c in word):
        return True
    letters = [c for c in folded if c.isalpha()]
    if len(letters) > 1 and not any(c in _VOWELS for c in letters) and folded not in ("y",):
        return True  # no Spanish word is written without a vowel: "CJNG", "FTC", "PNP"
    return in_parens and len(letters) > 1  # "(SENAD)", "(FUSINA)"


def _name_word(word: str, folded: str, known: KnownNames, lowered: set[str]) -> bool:
    """A word that may be part of a person's name: letters only, no common word of the language,
    of the lexicons or of the document's lower-case text, and no verb's inflection."""
    return len(folded) > 2 and word.isalpha() and folded not in _words().function_words and folded not in lowered \
        and not _common(folded, known.common) and not folded.endswith(_words().verb_endings) \
        and not (known.lexical is not None and known.lexical(folded))


def _common(word: str, common: frozenset) -> bool:
    """A common word of the language, its plural or its feminine ("soldados", "camiones",
    "comunitaria"; the lemmas list masculine singulars)."""
    if word.endswith("s"):
        word = word[:-2] if word.endswith("es") and word[:-2] in common else word[:-1]
    return word in common or (word.endswith("a") and word[:-1] + "o" in common)


def _cased_like(original: str, pattern: str) -> str:
    """``original`` with the case of ``pattern`` letter by letter (same length; accents kept)."""
    return "".join(_up(o) if p.isupper() else _low(o) if p.islower() else o for o, p in zip(original, pattern))


def _title(word: str, first: bool) -> str:
    if not first and name_key(word) in _words().function_words:
        return "".join(_low(c) for c in word)
    return _up(word[0]) + "".join(_low(c) for c in word[1:])


def _place_list(span: str) -> bool:
    """A list of names ("ARAUCA - FORTUL - VIA SARAVENA FORTUL", "CHOCO / VALLE DEL CAUCA"):
    parts of a few words between dashes or slashes, with no sentence's closing period."""
    parts = _LIST_SEPARATOR.split(span.strip())
    return len(parts) > 1 and not span.rstrip().endswith(".") and all(
        0 < len(_WORD.findall(p)) <= PLACE_PART_MAX_WORDS for p in parts)


def _recase_list(span: str, known: KnownNames, capitals: set[str]) -> str:
    out = list(span)
    first = True
    last = 0
    for m in _WORD.finditer(span):
        if _LIST_SEPARATOR.search(span[last:m.start()]) or "(" in span[last:m.start()]:
            first = True
        word = m.group()
        in_parens = span[:m.start()].endswith("(") and span[m.end():m.end() + 1] == ")"
        if not _acronym(word, name_key(word), known, capitals, in_parens):
            out[m.start():m.end()] = _title(word, first)
        first = False
        last = m.end()
    return "".join(out)


def _listed_names(text: str, spans: list[tuple[int, int]], known: KnownNames) -> frozenset[str]:
    """The folded names a place list of the document gives ("VEREDA LA BODEGA" -> "la bodega",
    "OVEJAS"): each part without its opening common noun ("vereda", "corregimiento", "barrio")."""
    names = set()
    for s, e in spans:
        if _place_list(text[s:e]):
            for part in _LIST_SEPARATOR.split(text[s:e].strip()):
                words = [name_key(w) for w in _WORD.findall(part)]
                if len(words) > 1 and _common(words[0], known.common):
                    words = words[1:]
                if words and words[0] not in ("de", "del") and not (len(words) == 1 and _common(words[0], known.common)):
                    names.add(" ".join(words))
    return frozenset(names)


def _recase_sentence(span: str, known: KnownNames, titled: set[str], lowered: set[str],
                     capitals: set[str], listed: frozenset = frozenset()) -> str:
    function_words = _words().function_words
    out = [_low(c) for c in span]
    words = list(_WORD.finditer(span))
    folded = [name_key(m.group()) for m in words]
    done = [False] * len(words)

    def put(i: int, j: int, pattern: Optional[str]) -> None:
        s, e = words[i].start(), words[j - 1].end()
        if pattern is None:  # title case, function words inside the name in lower case
            for k in range(i, j):
                out[words[k].start():words[k].end()] = _title(words[k].group(), k == i)
        else:
            out[s:e] = _cased_like(span[s:e], pattern)
        for k in range(i, j):
            done[k] = True

    for i, m in enumerate(words):  # acronyms, one word each
        in_parens = span[:m.start()].rstrip().endswith("(") and span[m.end():].lstrip().startswith(")")
        if _acronym(m.group(), folded[i], known, capitals, in_parens):
            out[m.start():m.end()] = m.group()
            done[i] = True
    for n in range(min(NAME_MAX_WORDS, len(words)), 0, -1):  # the actor lexicon's names
        for i in range(len(words) - n + 1):
            if not any(done[i:i + n]):
                name = known.names.get(name_key(span[words[i].start():words[i + n - 1].end()]))
                if name is not None:
                    put(i, i + n, name)
    for n in range(min(PLACE_PART_MAX_WORDS, len(words)), 0, -1):  # the names the document's place list gives
        for i in range(len(words) - n + 1):
            if not any(done[i:i + n]) and " ".join(folded[i:i + n]) in listed:
                put(i, i + n, None)
    if known.place is not None:
        for n in range(min(PLACE_MAX_WORDS, len(words)), 0, -1):  # the gazetteer's places
            for i in range(len(words) - n + 1):
                if any(done[i:i + n]) or folded[i + n - 1] in function_words \
                        or (folded[i] in function_words and folded[i] not in _words().articles):
                    continue
                content = [w for w in folded[i:i + n] if w not in function_words]
                if not content or (n == 1 and folded[i] in lowered):
                    continue
                found = known.place(" ".join(folded[i:i + n]))
                if found is None:
                    continue
                written, division, major = found
                if all(_common(w, known.common) for w in content) and not major and (n == 1 or not division):
                    continue  # "EMBOSCADA", "EL CENTRO": words, not the towns so called
                s, e = words[i].start(), words[i + n - 1].end()
                put(i, i + n, written if len(written) == e - s and name_key(written) == name_key(span[s:e]) else None)
    for i, m in enumerate(words):  # what the document writes capitalised, never in lower case
        if not done[i] and folded[i] in titled and folded[i] not in lowered and folded[i] not in function_words:
            put(i, i + 1, None)
    if known.common:  # a person's name: words of no lexicon in a row ("ROGELIO TLATEMPA VAZQUEZ")
        i = 0
        while i < len(words):
            j = i
            while j < len(words) and j - i < 2 * PERSON_MAX_WORDS \
                    and (_name_word(words[j].group(), folded[j], known, lowered) if not done[j] else
                         out[words[j].start()].isupper() and not "".join(out[words[j].start():words[j].end()]).isupper()) \
                    and (j == i or not span[words[j - 1].end():words[j].start()].strip()):
                j += 1  # (a word restored as a place may be a surname: "ELISEO NAVA CASARRUBIAS")
            if sum(1 for k in range(max(i, j - PERSON_MAX_WORDS), j) if not done[k]) >= 2:
                for k in range(max(i, j - PERSON_MAX_WORDS), j):  # "normalista Rogelio Tlatempa Vazquez"
                    if not done[k]:
                        put(k, k + 1, None)
            i = max(j, i + 1)
    first = next((k for k, c in enumerate(out) if c.isalpha()), None)
    if first is not None:
        out[first] = _up(out[first])
    return "".join(out)


def recase(text: str, known: KnownNames, context: Optional[str] = None) -> str:
    """``text`` with its spans in capitals written in sentence case (place lists in title case),
    the names ``known`` knows in their case; the same length, only letter case changed.
    ``context``: the whole document ``text`` is cut from (the words it writes capitalised)."""
    spans = capital_spans(text)
    if not spans:
        return text
    whole = context if context is not None else text
    whole_spans = capital_spans(context) if context is not None else spans
    titled, lowered, capitals = _evidence(whole, whole_spans)
    listed = _listed_names(whole, whole_spans, known)
    out = []
    last = 0
    for s, e in spans:
        out.append(text[last:s])
        span = text[s:e]
        if _place_list(span):
            out.append(_recase_list(span, known, capitals))
        else:
            out.append(_recase_sentence(span, known, titled, lowered, capitals, listed))
        last = e
    out.append(text[last:])
    recased = "".join(out)
    assert len(recased) == len(text)
    return recased
