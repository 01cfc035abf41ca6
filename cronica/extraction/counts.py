"""counts: killed / wounded / kidnapped / arrested figures in one sentence.

Reads a spaCy sentence; writes ``CountMention`` records (category, best/low/high,
the victims' head noun, the span of the words). Numbers come from our own
reader (``nlp/numbers.py``): digits and Spanish number words only, so a name is
never read as a number.

Patterns covered, through the dependency parse with a word-window fallback:
"dejó 9 muertos y 40 heridos", "1 policía muerto", "murieron dos suboficiales",
"Los suboficiales A y B murieron", "cuatro efectivos resultaron heridos",
"hirió al suboficial X" (1), "la muerte de 13 militares", "al menos 19 muertos",
"entre 270 y 300", "decenas de muertos" (no best; ACLED floor in ``low``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Iterable, Optional

from functools import lru_cache


from cronica.errors import DataFileError
from cronica.extraction.actors import load_role_cues
from cronica.nlp.load import doc_lemmas, doc_lowers, doc_pos, doc_tokens, parsed_text, sent_of, span_tokens, span_words
from cronica.nlp.lexicons import load_numbers, read_data_yaml
from cronica.nlp.numbers import digits_value, vague_floor, words_value
from cronica.text.gate import gated
from cronica.time.lexicon import is_date_day, load_lexicon as load_time_lexicon, month_alternation, month_words, time_heads

KILLED, WOUNDED, KIDNAPPED, ARRESTED = "killed", "wounded", "kidnapped", "arrested"

# Casualty words: lower-case form → (category, role of the counted noun)
#   "self": the word itself is the counted noun ("9 muertos")
#   "subj": the subject of the word/its verb is counted ("murieron dos suboficiales")
#   "obj":  the object is counted ("hirió al suboficial", "asesinaron a tres")
#   "nmod": the "de" complement is counted ("la muerte de 13 militares")
_FORMS: list[tuple[str, str, str]] = [
    (r"muert[oa]s?|fallecid[oa]s?|víctimas mortales", KILLED, "self"),
    (r"asesinad[oa]s|ejecutad[oa]s|abatid[oa]s|calcinad[oa]s|fusilad[oa]s|ajusticiad[oa]s", KILLED, "self"),
    (r"acribillad[oa]s|masacrad[oa]s|ultimad[oa]s", KILLED, "self"),
    (r"asesinad[oa]|abatid[oa]|acribillad[oa]|ultimad[oa]|fusilad[oa]|ajusticiad[oa]|ejecutad[oa]", KILLED, "passive"),
    (r"mur(ió|ieron|ieran|iera)|muere|mueren|falleci(ó|eron|eran|era)|fallece|fallecen|perecieron|pereció", KILLED, "subj"),
    (r"asesin(ó|aron|aran|ara)|mat(ó|aron)|abati(ó|eron)|abatió|ejecut(ó|aron)|fusil(ó|aron)|ajustici(ó|aron)", KILLED, "obj"),
    (r"ultim(ó|aron)|acribill(ó|aron)|masacr(ó|aron)|degoll(ó|aron)|decapit(ó|aron)", KILLED, "obj"),
    # military communiqués: "neutralizaron a cuatro agresores" (killed, as their toll tables show)
    (r"neutraliz(ó|aron)", KILLED, "obj"),
    (r"neutralizad[oa]s", KILLED, "self"),
    (r"neutralizad[oa]", KILLED, "passive"),
    (r"asesinan|matan", KILLED, "vobj"),
    # after "acabar de/por", "terminar por", "terminar/acabar + gerund": the death happened
    # ("acaban de matar al dirigente", "uno de los heridos acabó por morir")
    (r"morir|fallecer|muriendo|falleciendo", KILLED, "subj"),
    (r"matar|asesinar|ejecutar|matando|asesinando", KILLED, "obj"),
    (r"muertes?|asesinatos?|fallecimientos?|homicidios?", KILLED, "nmod"),
    (r"masacres?|matanzas?", KILLED, "nmod"),  # "la masacre de 27 campesinos": its dead
    # "la ejecución de nueve campesinos", "las ejecuciones de tres detenidos" (people only: "la
    # ejecución de la obra" counts nobody; corpus train c-146, the rulings of parts s and ze)
    (r"ejecuci(ón|ones)", KILLED, "nmod"),
    # the remains nouns ("los cuerpos de cinco jornaleros", "17 cadáveres", "restos de al menos dos
    # personas", "el cadaver de X") are KILLED "nmod" too: remains.yaml ``casualty``, with their
    # spellings without the accent, joined in ``_compiled`` (a person only by "de": "restos de
    # explosivos", "restos humanos" count nobody)
    (r"herid[oa]s?|lesionad[oa]s?", WOUNDED, "self"),
    # "otros dos policías permanecen hospitalizados": in a report of violence, people in hospital
    (r"hospitalizad[oa]s?", WOUNDED, "self"),
    (r"hiri(ó|eron)|hieren|hiere|hiriendo", WOUNDED, "obj"),
    (r"secuestrad[oa]s|rehenes|plagiad[oa]s|desaparecid[oa]s|raptad[oa]s", KIDNAPPED, "self"),
    (r"secuestrad[oa]|plagiad[oa]|raptad[oa]|desaparecid[oa]", KIDNAPPED, "passive"),
    # "fueron levantados por hombres armados" (Mexico, Central America): taken by force; only in
    # the passive with "ser" (not "habían levantado barricadas", "levantado en armas")
    (r"levantad[oa]s?", KIDNAPPED, "taken"),
    # "fueron sacados de un billar por hombres armados", "habían sido retenidos por los amotinados":
    # taken by force only in the passive with "ser" and an agent that is no state force
    (r"sacad[oa]s?|retenid[oa]s?", KIDNAPPED, "seized"),
    (r"secuestr(ó|aron)|plagi(ó|aron)|rapt(ó|aron)|desapareci(ó|eron)", KIDNAPPED, "obj"),
    # "retuvieron durante dos días a siete trabajadores": people held against their will
    (r"retuv(o|ieron)", KIDNAPPED, "obj"),
    # "se llevaron a tres jóvenes", "se lo llevaron": people taken away by force (``_taken_away``
    # keeps only the pronominal verb, and not a force taking the arrested or the wounded)
    (r"llev(ó|aron)", KIDNAPPED, "obj"),
    # "levantaron a dos muchachos": taken by force (``_lifted`` keeps people after the personal "a")
    (r"levant(ó|aron|o)", KIDNAPPED, "obj"),
    (r"secuestran|plagian|retienen", KIDNAPPED, "vobj"),
    (r"detenid[oa]s|capturad[oa]s|arrestad[oa]s|aprehendid[oa]s", ARRESTED, "self"),
    (r"captur(ó|aron)|detuv(o|ieron)|arrest(ó|aron)|aprehendi(ó|eron)", ARRESTED, "obj"),
    (r"capturas?|detenci(ón|ones)", ARRESTED, "nmod"),
    (r"secuestros?|desaparici(ón|ones)|plagios?", KIDNAPPED, "nmod"),
]


@lru_cache(maxsize=1)
def _compiled() -> tuple[tuple["re.Pattern[str]", str, str], ...]:
    """The casualty-word table: ``_FORMS`` with the remains nouns of remains.yaml (``casualty``)
    as KILLED "nmod" words, each form a whole-word pattern. No other form matches a remains noun,
    so where they stand in the table changes nothing."""
    remains = "|".join(re.escape(w) for w in sorted(load_remains().casualty))
    return tuple((re.compile(rf"(?:{p})\Z"), cat, role) for p, cat, role in [*_FORMS, (remains, KILLED, "nmod")])
# Non-count uses: "lesionados" in "sin heridos", "muerto" as in "punto muerto"; "3 ago" is a date;
# an age is no figure, also written without the tilde ("de 60 anos", "de 44 annos")
_NOT_PEOPLE = re.compile(r"(?:horas?|días?|años?|anos|annos|meses|kilos?|km|metros|kilómetros|millas|cuadras|soles|dólares|millones|mil|%|"
                         r"ene|feb|abr|jun|jul|ago|sept?|set|oct|nov|dic|"
                         r"disparos?|balazos?|tiros?|impactos?|puñaladas?|machetazos?|proyectiles?|veces|golpes|golpizas?|"
                         r"pedradas|patadas|palos|garrotazos|cuchilladas|culatazos|quemaduras)\Z")
_EVENT_NOUN = re.compile(r"(?:enfrentamientos?|ataques?|emboscadas?|(?:mega)?operativos?|operaci(ón|ones)|atentados?|"
                         r"incursi(ón|ones)|combates?|hecho|suceso|accidente|patrullajes?|allanamientos?|"
                         r"intervenci(ón|ones)|acciones|misiones|diligencias|desalojos?|cateos?|redadas?)\Z")
_COPULAS = {"resultar", "quedar", "terminar", "acabar", "ser", "estar", "caer", "resultaron", "quedaron",
            "terminaron", "cayeron", "fueron", "estaban"}


@dataclass(frozen=True, slots=True)
class CountMention:
    category: str
    best: Optional[int]
    low: Optional[int]
    high: Optional[int]
    start: int  # character offsets in the spaCy Doc's text
    end: int
    victim: Optional[str]  # the victims' phrase as written ("oficial de la policía"), if any
    victim_start: int = -1
    victim_end: int = -1
    victim_head: Optional[str] = None  # its head noun with adjectives ("oficial", "delincuentes terroristas")
    additive: bool = False  # "otras dos personas": adds to earlier figures
    definite: bool = False  # "los cuatro agentes": refers back to known victims
    update: bool = False  # "la cifra de muertos subió a nueve": replaces the earlier figures
    cumulative: bool = False  # "eleva a 31 los soldados muertos en lo que va del año": not this incident's toll
    several: bool = False  # "murieron siete agentes en tres ataques": a toll over several incidents
    listed: bool = False  # "dos policías y seis atacantes": a group told with another figure (one statement)
    joint: int = -1  # a listed group's: the start of the figure it is told with
    preliminary: bool = False  # "en un primer momento se informó de cuatro muertos": a later figure replaces it
    restates: bool = False  # "esta persona falleció", "el hombre murió": one victim told again, no new figure
    from_wounded: bool = False  # "uno de los heridos murió": dead who were counted wounded (one more dead, one less wounded)
    other: bool = False  # "otras tres personas": the figure is marked as more people than told before (kept
    # when ``additive`` is dropped because the sentence itself told figures of another category first)


@dataclass(frozen=True)
class CountCues:
    zero_before: tuple[tuple[str, ...], ...]
    zero_nouns: dict[str, tuple[str, ...]]
    update_stems: tuple[str, ...]
    tally_nouns: frozenset
    period_cues: tuple[str, ...]
    tally_stems: tuple[str, ...]
    wave_cues: tuple[str, ...]
    victim_groups: dict[str, str]  # head noun → state | rebels | civilians
    unharmed: frozenset = frozenset()  # "ilesos": nobody killed or wounded
    several_words: frozenset = frozenset()  # "tres", "varios" before an incident noun
    incident_nouns: frozenset = frozenset()  # "ataques", "hechos": a figure over several incidents
    phrases: tuple = ()  # ((verb lemma, following words...), category, role)
    side_words: frozenset = frozenset()  # "tropas", "nuestras": a zero told for one side only
    added_to: tuple = ()  # "se suman a": the figure after it is an earlier tally, not this incident's
    preliminary_cues: tuple = ()  # "en un primer momento": a first report that later figures replace
    generic_people: frozenset = frozenset()  # "hombre", "persona", "víctima": with "el"/"esta", a victim told before
    care_verbs: frozenset = frozenset()  # "trasladar", "hospitalizar": with "en estado grave", the people are wounded
    also_words: frozenset = frozenset()  # "también", "además" on a casualty verb: more people than told before
    member_nouns: frozenset = frozenset()  # "integrantes", "miembros": the group is their "de" complement
    armed_group_nouns: frozenset = frozenset()  # "grupo", "banda": its members are the armed side
    long_ago_units: tuple = ()  # "hace años": the dead of another time
    long_ago_phrases: tuple = ()  # "la semana pasada"
    cause_before: tuple = ()  # "tras la": the death after it came before the act the sentence tells
    wound_sites: frozenset = frozenset()  # "pierna", "abdomen": "herido en una pierna" is one person wounded
    arrest_lemmas: frozenset = frozenset()  # "detener", "capturar": the verbs of an arrest
    collective_nouns: frozenset = frozenset()  # "grupo", "equipo": a group counted by its "de" members
    each_incident: tuple = ()  # "ninguno de los": a zero told of each of several incidents


def victim_group(phrase: Optional[str]) -> Optional[str]:
    """The group of the victims named by ``phrase`` ("tres soldados" → state), from its
    words (counts.yaml ``victim_groups``), or None."""
    if not phrase:
        return None
    groups = load_count_cues().victim_groups
    words = _words_of(phrase)
    for w in words:
        g = groups.get(w)
        if g is not None:
            # "seis civiles armados", "dos hombres armados": gunmen, the side of "atacantes" and
            # "sicarios", not civilians (train r-015)
            return "rebels" if g == "civilians" and _ARMED.intersection(words) else g
    return None


_ARMED = frozenset({"armado", "armados", "armada", "armadas"})


def armed_people(phrase: Optional[str]) -> bool:
    """ "seis civiles armados", "dos hombres armados": people the words name as armed, whose dead
    are of the attackers' side (``victim_group``), whatever the actor lexicon calls the noun."""
    return bool(phrase) and not _ARMED.isdisjoint(_words_of(phrase)) and victim_group(phrase) == "rebels"


def _words_of(phrase: str) -> list[str]:
    """A phrase's words, lower-cased, without the punctuation around them."""
    return [w.strip(",.;:()«»\"'") for w in phrase.lower().split()]


_MEMBERS_END = re.compile(r"\s(?:que|quien|quienes|con|en|durante|tras|cuando|mientras|y|,)(?:\s|$)")


def armed_group(phrase: str) -> bool:
    """The phrase names an armed group by a group noun ("el grupo irregular", "la banda", "los
    grupos que ..."; counts.yaml ``armed_group_nouns``)."""
    words = [w.strip(",.;:()«»\"'") for w in phrase.lower().split()]
    content = next((w for w in words if w not in ("el", "la", "los", "las", "un", "una", "unos", "unas")), "")
    return content in load_count_cues().armed_group_nouns


def members_of(c: "CountMention") -> Optional[str]:
    """ "tres integrantes de la banda", "dos miembros del grupo irregular": the group the
    counted members belong to ("la banda", "grupo irregular"), from the victims' phrase, when its
    head is a member noun (counts.yaml ``member_nouns``); else None."""
    head = (c.victim_head or "").split()
    if not head or head[0].lower() not in load_count_cues().member_nouns or not c.victim:
        return None
    m = re.search(r"\b(?:de|del)\s+(.+)", c.victim)
    if m is None:
        return None
    rest = m.group(1)
    cut = _MEMBERS_END.search(" " + rest)
    return (rest[:cut.start() - 1] if cut else rest).strip() or None


@lru_cache(maxsize=1)
def load_count_cues() -> CountCues:
    """The cues of ``cronica/data/es/counts.yaml`` (zeros, updates, cumulative tallies)."""
    raw = read_data_yaml("counts.yaml")
    lists = ("zero_before", "update_stems", "tally_nouns", "period_cues", "tally_stems", "wave_cues",
             "unharmed", "several_words", "incident_nouns", "side_words", "added_to", "preliminary_cues",
             "generic_people", "care_verbs", "also_words", "member_nouns", "armed_group_nouns",
             "long_ago_units", "long_ago_phrases", "cause_before", "wound_sites", "arrest_lemmas",
             "collective_nouns", "each_incident")
    for k in lists:
        v = raw.get(k)
        if not isinstance(v, list) or not v or not all(isinstance(w, str) and w == w.lower().strip() for w in v):
            raise DataFileError(f"counts.yaml: '{k}' must be a non-empty list of lowercase words")
    zn = raw.get("zero_nouns")
    if not isinstance(zn, dict) or not zn:
        raise DataFileError("counts.yaml: 'zero_nouns' must be a mapping")
    cats = {KILLED, WOUNDED, KIDNAPPED, ARRESTED}
    for w, v in zn.items():
        if not isinstance(v, list) or not v or not set(v) <= cats:
            raise DataFileError(f"counts.yaml: zero_nouns.{w} must list categories among {sorted(cats)}")
    vg = raw.get("victim_groups")
    if not isinstance(vg, dict) or set(vg) != {"state", "rebels", "civilians"}:
        raise DataFileError("counts.yaml: 'victim_groups' must map state, rebels and civilians to words")
    groups: dict[str, str] = {}
    for g, words in vg.items():
        for w in words:
            if w in groups:
                raise DataFileError(f"counts.yaml: victim_groups: {w!r} is in two groups")
            groups[w] = g
    ph = raw.get("phrases")
    if not isinstance(ph, dict) or not ph:
        raise DataFileError("counts.yaml: 'phrases' must be a mapping")
    phrases = []
    for words, v in ph.items():
        if not (isinstance(v, list) and len(v) == 2 and v[0] in cats and v[1] in ("to", "of", "subj")) \
                or len(words.split()) < 2 or words != words.lower().strip():
            raise DataFileError(f"counts.yaml: phrases.{words} must be '<lemma> <words>': [category, to|of|subj]")
        phrases.append((tuple(words.split()), v[0], v[1]))
    return CountCues(tuple(tuple(p.split()) for p in raw["zero_before"]),
                     {w: tuple(v) for w, v in zn.items()}, tuple(raw["update_stems"]),
                     frozenset(raw["tally_nouns"]), tuple(raw["period_cues"]), tuple(raw["tally_stems"]),
                     tuple(raw["wave_cues"]), groups, frozenset(raw["unharmed"]),
                     frozenset(raw["several_words"]), frozenset(raw["incident_nouns"]), tuple(phrases),
                     frozenset(raw["side_words"]), tuple(raw["added_to"]), tuple(raw["preliminary_cues"]),
                     frozenset(raw["generic_people"]), frozenset(raw["care_verbs"]),
                     frozenset(raw["also_words"]), frozenset(raw["member_nouns"]),
                     frozenset(raw["armed_group_nouns"]), tuple(raw["long_ago_units"]),
                     tuple(raw["long_ago_phrases"]), tuple(raw["cause_before"]), frozenset(raw["wound_sites"]),
                     frozenset(raw["arrest_lemmas"]), frozenset(raw["collective_nouns"]),
                     tuple(tuple(p.split()) for p in raw["each_incident"]))


@dataclass(frozen=True)
class RemainsWords:
    """The subsets of ``cronica/data/es/remains.yaml``: each the remains nouns one rule reads."""
    bodies: frozenset  # a body whose "de" complement or relative clause tells who died
    of_whom: frozenset  # remains counted only by the person after "de"
    counted: frozenset  # plural remains carrying their figure ("hallaron 17 cadáveres")
    found: frozenset  # remains found: a disappeared person found dead is no kidnapped figure
    casualty: frozenset  # remains read as a casualty word, counted by "de" or their figure (``_FORMS``)


_REMAINS_SUBSETS = ("bodies", "of_whom", "counted", "found", "casualty")


@lru_cache(maxsize=1)
def load_remains() -> RemainsWords:
    """The remains nouns of ``cronica/data/es/remains.yaml``, each subset with the spellings without
    the accent of its words (``unaccented``)."""
    raw = read_data_yaml("remains.yaml")
    subsets, plain = raw.get("subsets"), raw.get("unaccented")
    if not isinstance(subsets, dict) or set(subsets) != set(_REMAINS_SUBSETS):
        raise DataFileError(f"remains.yaml: 'subsets' must name {', '.join(_REMAINS_SUBSETS)}")
    if not isinstance(plain, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in plain.items()):
        raise DataFileError("remains.yaml: 'unaccented' must map a spelling to its accented word")
    out = {}
    for name in _REMAINS_SUBSETS:
        words = subsets[name]
        if not isinstance(words, list) or not words or not all(isinstance(w, str) and w == w.lower().strip()
                                                                for w in words):
            raise DataFileError(f"remains.yaml: subsets.{name} must be a non-empty list of lowercase words")
        out[name] = frozenset(words) | {k for k, v in plain.items() if v in words}
    return RemainsWords(**out)


# death nouns that carry their figure ("causó 29 muertes"), as the plural remains do
_DEATHS_COUNTED = frozenset({"muertes", "asesinatos", "homicidios", "fallecimientos"})


@lru_cache(maxsize=1)
def _no_toll_types() -> dict[str, frozenset]:
    raw = read_data_yaml("counts.yaml").get("no_toll_types")
    cats = {KILLED, WOUNDED, KIDNAPPED, ARRESTED}
    if not isinstance(raw, dict) or not all(isinstance(v, list) and set(v) <= cats for v in raw.values()):
        raise DataFileError(f"counts.yaml: 'no_toll_types' must map event types to categories among {sorted(cats)}")
    return {t: frozenset(v) for t, v in raw.items()}


def carries_toll(event_type: str, category: str) -> bool:
    """Whether an event of ``event_type`` carries a figure of ``category`` (counts.yaml
    ``no_toll_types``: a ruling or an arrest tells of another incident's dead)."""
    return category not in _no_toll_types().get(event_type, frozenset())


def _number_at(tokens, i: int) -> Optional[tuple[int, int, int]]:
    """(value, first index, last index) of the number ending at token i, if any."""
    lex = load_numbers()
    tok = tokens[i]
    w = tok.lower_
    if digits_value(tok.text) is not None:
        return digits_value(tok.text), i, i
    if not (w in lex.units or w in lex.tens or w in lex.hundreds or w in lex.multipliers):
        return None
    if tok.text[0].isupper() and tok.i > sent_of(tok).start and w not in ("un", "una", "uno") \
            and tokens[i - 1].text not in ("-", "–", "—", ".-", ".–", ":") \
            and not _in_capitals(tokens, i):  # a dateline's dash starts the text
        return None  # capitalised mid-sentence: a name ("Millones"), not a number
    j = i
    while j - 1 >= 0:
        prev = tokens[j - 1].lower_
        if prev in lex.units or prev in lex.tens or prev in lex.hundreds or prev in lex.multipliers \
                or (prev == "y" and j - 2 >= 0 and tokens[j - 2].lower_ in lex.tens):
            j -= 1
        else:
            break
    if j - 1 >= 0 and tokens[j].lower_ in lex.multipliers and digits_value(tokens[j - 1].text) is not None:
        j -= 1  # "30 mil", "2 millones": digits before a multiplier word
    val = words_value([t.lower_ for t in tokens[j:i + 1]])
    return (val, j, i) if val is not None else None


def _in_capitals(tokens, i: int) -> bool:
    """ "DISPARARON CONTRA CUATRO JÓVENES": a word in all capitals after a word in all capitals (a
    bulletin written in capitals, corpus train u-037), where a capital tells no name."""
    prev = next((tokens[k] for k in range(i - 1, max(-1, i - 4), -1) if tokens[k].is_alpha), None)
    return tokens[i].is_upper and prev is not None and prev.is_upper


def _qualified(tokens, first: int, value: int) -> tuple[int, int, Optional[int]]:
    """Apply 'al menos'/'más de'/'entre X y Y' before a number → (best, low, high)."""
    before = " ".join(t.lower_ for t in tokens[max(0, first - 3):first])
    lex = load_numbers()
    if any(before.endswith(q) for q in lex.at_least):
        return value, value, None
    return value, value, value


def _range(tokens, first: int, last: int) -> Optional[tuple[int, int, int, int]]:
    """'entre 270 y 300' where tokens[first..last] is the second number: (low, high, start_i, end_i).
    A range rises: "el 20 de enero de 2025 a dos funcionarios" is a date's year, then the figure."""
    if first >= 3 and tokens[first - 1].lower_ in ("y", "a") :
        prev = _number_at(tokens, first - 2)
        if prev and prev[1] >= 1 and tokens[prev[1] - 1].lower_ in ("entre", "de"):
            cur = _number_at(tokens, first)
            if cur is not None and cur[0] is not None and prev[0] is not None and prev[0] >= cur[0]:
                return None
            return prev[0], None, prev[1] - 1, last  # type: ignore[return-value]
    return None


def _count_np(noun) -> Optional[tuple[int, Optional[int], Optional[int], int, int]]:
    """(best, low, high, first_token_i, last_token_i) counted by a noun phrase headed by ``noun``."""
    doc = noun.doc
    if noun.lower_ in _NOBODY or any(c.dep_ == "det" and c.lower_ in _NOBODY for c in noun.children):
        return 0, 0, 0, noun.i, noun.i  # "ninguna persona resultó herida"
    if noun.lower_ in load_count_cues().collective_nouns or noun.lower_ == "total":  # "un grupo de 98 soldados", "un total de 52 internos"
        members = next((c for c in noun.children if c.dep_ == "nmod" and _case(c) == "de"), None)
        if members is not None and members.lower_ not in load_count_cues().collective_nouns:
            got = _count_np(members)
            if got is not None and got[0] is not None and got[0] > 1:
                return got
        return None  # "una patrulla", "la familia X": a group, not one person
    both = _both(noun)
    if both is not None:
        return both
    if noun.pos_ == "NUM" or (noun.pos_ == "PROPN" and _in_capitals(doc, noun.i)):
        # "otros tres resultaron heridos": the numeral is the phrase ("CONTRA DOS CAMPESINOS": in
        # capitals the tagger may read the number word as a name, the people hung on it)
        num = _number_at(doc, noun.i)
        if num:
            value, first, last = num
            # "murieron treinta y cinco personas": the parser may split a number in words at "y";
            # the whole number (and the noun right after it) is the phrase
            for k in range(last + 1, min(sent_of(noun).end, last + 4)):
                more = _number_at(doc, k)
                if more and more[1] <= first:
                    value, last = more[0], more[2]
                elif doc[k].lower_ != "y":
                    break
            end = last + 1 if last > noun.i and last + 1 < sent_of(noun).end and doc[last + 1].pos_ == "NOUN" else last
            best, low, high = _qualified(doc, first, value)
            return best, low, high, first, max(end, noun.i)
    # a collective numeral: "una veintena de heridos", "medio centenar de muertos", "un par de soldados"
    got = _collective_before(noun)
    if got is not None:
        return got
    # 1) a numeral modifying the noun (digits or words), possibly "entre X y Y"
    for child in noun.children:
        if child.dep_ in ("nummod", "det", "amod", "compound") and child.i < noun.i:
            num = _number_at(doc, child.i)
            while num and num[2] + 1 < noun.i and (_number_at(doc, num[2] + 1) or (0, noun.i))[1] <= num[1]:
                num = _number_at(doc, num[2] + 1)  # "200 mil muertos": the whole number, not its first word
            if num and (child.dep_ == "nummod" or child.pos_ == "NUM" or child.lower_ not in ("un", "una")):
                value, first, last = num
                rng = _range(doc, first, last)
                if rng:
                    low, _, s, _ = rng
                    return low, low, value, s, noun.i
                upper = next((g for g in child.children if g.dep_ == "conj" and _number_at(doc, g.i)), None)
                if upper is not None:  # "entre 270 y 300 personas": best is the low figure
                    high = _number_at(doc, upper.i)[0]
                    return value, value, high, first, noun.i
                best, low, high = _qualified(doc, first, value)
                return best, low, high, first, noun.i
    # 1b) a cleft: "Fueron 69 los campesinos asesinados", "Son 18 las personas que fallecieron"
    head = noun.head
    if noun.dep_ in ("nsubj", "nsubj:pass") and head.pos_ == "NUM" and head.i < noun.i \
            and any(c.dep_ == "cop" for c in head.children):
        num = _number_at(doc, head.i)
        if num:
            best, low, high = _qualified(doc, num[1], num[0])
            return best, low, high, num[1], noun.i
    # 2) window fallback: a number within 3 tokens before, only adjectives/nouns between
    for k in range(noun.i - 1, max(sent_of(noun).start, noun.i - 4) - 1, -1):
        t = doc[k]
        num = _number_at(doc, k)
        if num and _a_year(doc, num[1]):
            break  # "El 9 de febrero de 2023 Juan Pérez murió": the date's year, no figure
        if num and num[0] == 1 and "Plur" in noun.morph.get("Number"):
            break  # "seis trabajadores de una mina secuestrados": "una" is the mine's, not the people's
        if num:
            value, first, last = num
            rng = _range(doc, first, last)
            if rng:
                return rng[0], rng[0], value, rng[2], noun.i
            best, low, high = _qualified(doc, first, value)
            return best, low, high, first, noun.i
        if t.pos_ not in ("ADJ", "NOUN", "PROPN") and t.lower_ not in ("de",) or t.lower_ in _UNCOUNTED \
                or _NOT_PEOPLE.match(t.lower_):
            break  # "un número indeterminado de desaparecidos" is no figure of one; "de 32 años que" no figure
    # 3) vague quantities: "decenas de muertos" (not another noun's: "asesinado de varios disparos
    # el dirigente X" - the shots are many, the leader one)
    for k in range(noun.i - 1, max(sent_of(noun).start, noun.i - 3) - 1, -1):
        floor = vague_floor(doc[k].lower_)
        if floor:
            return None, floor, None, k, noun.i  # type: ignore[return-value]
        if _NOT_PEOPLE.match(doc[k].lower_) or doc[k].lower_ in _ARTICLES:
            break
    # 4) "un/una" determiner: one person ("Un oficial murió", "un militar muerto"); "otro"
    # likewise ("dos policías muertos y otro herido")
    for child in noun.children if noun.lower_ not in load_count_cues().collective_nouns else ():  # "una patrulla" is not one person
        if child.dep_ == "det" and child.lower_ in ("un", "una", "otro", "otra") and child.i < noun.i \
                and not (child.lower_ in ("otro", "otra") and child.i > 0 and doc[child.i - 1].lower_ in ("el", "la")):
            return 1, 1, 1, child.i, noun.i
    # 5) people named ("Los suboficiales A y B", "A y B murieron"): count the names
    roots = [noun] if noun.pos_ == "PROPN" else [
        c for c in noun.children if c.dep_ in ("appos", "flat", "nmod") and c.pos_ == "PROPN"]
    if roots:
        conjs = {c.i for r in roots + [noun] for c in r.children if c.dep_ == "conj" and c.pos_ == "PROPN"}
        if conjs:
            people = 1 + len(conjs)
            return people, people, people, noun.i, max(t.i for t in noun.subtree)
    # 5b) "El piloto y el copiloto": singular nouns, each with its article
    conj_nouns = [c for c in noun.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "ADJ")
                  and "Sing" in c.morph.get("Number") and any(g.dep_ == "det" for g in c.children)]
    if conj_nouns and "Sing" in noun.morph.get("Number") and any(g.dep_ == "det" for g in noun.children):
        people = 1 + len(conj_nouns)
        return people, people, people, noun.i, max(c.i for c in conj_nouns)
    # 5c) "Las víctimas, un hombre y dos mujeres, ...": the people listed in apposition add up
    if "Plur" in noun.morph.get("Number"):
        listed = next((c for c in noun.children if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i > noun.i), None)
        if listed is not None:
            total = 0
            for part in [listed] + [c for c in listed.children if c.dep_ == "conj" and c.pos_ == "NOUN"]:
                got = _count_np(part) if part.lower_ != noun.lower_ else None
                if got is None or got[0] is None:
                    total = 0
                    break
                total += got[0]
            if total > 1:
                return total, total, total, noun.i, max(t.i for t in listed.subtree)
    if noun.lower_ in load_count_cues().collective_nouns:
        return None  # "la familia Coriñaupa" is not one person
    # 6) a singular noun naming one specific person ("al suboficial José Millones")
    if noun.morph.get("Number") == ["Sing"] and any(c.pos_ == "PROPN" for c in noun.children) \
            and noun.pos_ == "NOUN":
        # (the phrase ends before a conjoined group: "el militar X y los delincuentes Y y Z")
        conj = min((c.i for c in noun.children if c.dep_ == "conj" and c.pos_ == "NOUN"), default=None)
        last = max(t.i for t in noun.subtree if conj is None or t.i < conj - 1)
        if _NOT_PEOPLE.match(doc[last].lower_):  # "la joven X, de 22 años": the phrase ends at the name
            last = _name_end(noun)
        return 1, 1, 1, noun.i, last
    if noun.pos_ == "PROPN" and noun.dep_ in ("obj", "nsubj", "nsubj:pass"):
        people = 1 + sum(1 for c in noun.children if c.dep_ == "conj" and c.pos_ == "PROPN")
        if noun.ent_type_ == "PER" or people > 1:
            return people, people, people, noun.i, max(t.i for t in noun.subtree)
    return None


def _name_end(noun) -> int:
    """The last word of the name told with a person's noun ("la joven X, de 22 años", "la madre
    comunitaria Luz Pérez Rojas, de 52 años"): the name and its flat parts, not the age the parser
    may hang from the name (its last word is no person: ``_NOT_PEOPLE``)."""
    return max(t.i for c in noun.children if c.pos_ == "PROPN"
               for t in [c] + [g for g in c.children if g.dep_ == "flat"])


_BOTH = {"ambos", "ambas"}
_ARTICLES = frozenset({"el", "la", "los", "las"})


def _both(noun) -> Optional[tuple[int, int, int, int, int]]:
    """ "ambos resultaron heridos", "ambos agentes murieron": two people (corpus train g-034)."""
    if noun.lower_ in _BOTH:
        return 2, 2, 2, noun.i, noun.i
    det = next((c for c in noun.children if c.lower_ in _BOTH and c.i < noun.i), None)
    return (2, 2, 2, det.i, noun.i) if det is not None else None


def _co_subjects(noun) -> list:
    """ "Once policías y siete manifestantes resultaron heridos": the parser may hang both groups
    from the verb as two subjects, "y" between them, instead of one conjoined phrase (corpus train
    d-039); the other subject is another group of the same toll."""
    verb = noun.head
    if noun.dep_ not in ("nsubj", "nsubj:pass") or verb.i == noun.i:
        return []
    doc = noun.doc
    out = []
    for c in verb.children:
        if c.dep_ != noun.dep_ or c.i == noun.i or c.i > verb.i:
            continue
        lo, hi = sorted((c.i, noun.i))
        between = doc[lo + 1:hi]
        if any(t.lower_ in ("y", "e") and t.dep_ == "cc" for t in between) and (any(
                g.dep_ == "nummod" for g in c.children) or _one_named_by_article(c)):
            out.append(c)
    return out


_ONE_ARTICLES = ("el", "la", "un", "una")


def _one_beside_a_figure(noun) -> bool:
    """ "El chofer y dos pasajeras", "el alcalde y tres concejales": one person named by article,
    conjoined with a counted group (the group is added as a listed figure)."""
    return noun is not None and _one_named_by_article(noun) and any(
        c.dep_ == "conj" and c.i > noun.i and any(g.dep_ == "nummod" for g in c.children) for c in noun.children)


def _one_named_by_article(noun) -> bool:
    """ "El conductor y tres pasajeros resultaron heridos", "un sargento y dos soldados murieron":
    one person named by a singular noun with its article, a group of the toll beside a figure
    (corpus train n-017, d-121; not "la Policía", an institution, nor "en la frontera", a place
    after a preposition)."""
    return noun.pos_ == "NOUN" and _one_person(noun) and noun.lower_ not in _STATE_AGENTS \
        and any(g.dep_ == "det" and g.lower_ in _ONE_ARTICLES and g.i < noun.i for g in noun.children) \
        and not any(g.dep_ == "case" for g in noun.children)


def _a_year(doc, first: int) -> bool:
    """ "de febrero de 2023", "en 1998": a number that is the year of a date (corpus train a-068)."""
    if first < 2 or digits_value(doc[first].text) is None or len(doc[first].text) != 4:
        return False
    return doc[first - 1].lower_ in ("de", "del") and doc[first - 2].lower_ in month_words()


def _collective_before(noun) -> Optional[tuple[int, int, int, int, int]]:
    """ "una veintena de heridos", "medio centenar de personas", "un par de soldados": the
    collective numeral's value (numbers.yaml ``collectives``), "medio" halving it."""
    doc = noun.doc
    coll = load_numbers().collectives
    if noun.lower_ in coll:  # the collective heads the phrase ("una veintena de civiles")
        det = next((c for c in noun.children if c.i < noun.i and c.lower_ in ("un", "una", "medio", "otra", "otro")), None)
        # "una veintena de civiles"; elliptical, "más de una docena resultaron heridos"
        if det is not None and (any(c.dep_ == "nmod" and (_case(c) == "de" or doc[c.i - 1].lower_ == "de")
                                    for c in noun.children)
                                or noun.dep_ in ("nsubj", "nsubj:pass", "obj")):
            value = coll[noun.lower_] // 2 if det.lower_ == "medio" else coll[noun.lower_]
            best, low, high = _qualified(doc, det.i, value)
            return best, low, high, det.i, max(t.i for t in noun.subtree)
        return None
    lo = max(sent_of(noun).start, noun.i - 5)
    for k in range(noun.i - 1, lo - 1, -1):
        w = doc[k].lower_
        if w in coll and k - 1 >= sent_of(noun).start and doc[k - 1].lower_ in ("un", "una", "medio", "otra", "otro") \
                and k + 1 < len(doc) and doc[k + 1].lower_ in ("de", "del"):
            value = coll[w] // 2 if doc[k - 1].lower_ == "medio" else coll[w]
            best, low, high = _qualified(doc, k - 1, value)
            return best, low, high, k - 1, noun.i
        if doc[k].pos_ not in ("ADJ", "NOUN", "ADP", "DET") and w not in coll:
            break
    return None


def is_casualty_word(word: str) -> bool:
    """"muertos", "heridos", "murieron"...: the figure's own word, never the victims' name."""
    w = word.lower()
    return any(p.match(w) for p, _, _ in _compiled())


def _adjectives_end(head, sent) -> int:
    """Last token of the head noun with the adjectives right after it ("delincuentes terroristas")."""
    end = head.i
    while end + 1 < sent.end and head.doc[end + 1].dep_ == "amod" and head.doc[end + 1].head.i == head.i:
        end += 1
    return end


def _one_of_a_side(conj):
    """ "uno de los atacantes", "una de las policías": the pronoun of one person of a group a side
    names (counts.yaml victim_groups), told as a conjunct of a counted group ("Dos efectivos y uno
    de los atacantes murieron"; corpus train s-009): that group's noun, else None (not "uno de los
    heridos", which tells again a person counted before)."""
    if conj.pos_ != "PRON" or conj.lower_ not in ("uno", "una"):
        return None
    part = next((c for c in conj.children if c.dep_ == "nmod" and c.i > conj.i and c.pos_ == "NOUN"
                 and _case(c) in ("de", "del")), None)
    return part if part is not None and victim_group(part.text) is not None else None


def _partitive_noun(head):
    """ "dos de los atacantes", "tres de las víctimas": the people a numeral takes its part of
    (the noun that tells their side); else the head itself (train j-002)."""
    if head.pos_ != "NUM":
        return head
    return next((c for c in head.children if c.dep_ == "nmod" and c.i > head.i and c.pos_ == "NOUN"
                 and any(g.lower_ == "de" for g in c.children if g.dep_ == "case")
                 and any(g.lower_ in _ARTICLES or g.lower_ in _DEMONSTRATIVES for g in c.children if g.dep_ == "det")),
                head)


def _head_words(head, sent) -> str:
    """The head noun with the adjectives right after it, as written."""
    return head.doc[head.i:_adjectives_end(head, sent) + 1].text


def _phrase_end(head, sent) -> int:
    """Last token of the victims' phrase: "oficial de la policía de Perú", not its clauses."""
    doc = head.doc
    inside = {t.i for t in head.subtree}
    end = head.i
    while end + 1 < sent.end and end + 1 in inside and end - head.i < 7:
        nxt = doc[end + 1]
        if nxt.is_punct or nxt.pos_ in ("VERB", "AUX", "CCONJ", "SCONJ", "PRON") or nxt.dep_ in ("acl", "acl:relcl"):
            break
        end += 1
    while end > head.i and doc[end].pos_ in ("ADP", "DET"):
        end -= 1
    return end


def _has_subject(tok) -> bool:
    return any(c.dep_ in ("nsubj", "nsubj:pass") and not _result_of(c) for c in tok.children)


_RESULT_OF = {"producto", "resultado", "consecuencia", "fruto"}


def _result_of(noun) -> bool:
    """ "Producto del enfrentamiento, falleció un suboficial", "Producto de la confrontación cayeron
    dos efectivos" (military communiqués): "as a result of", which the parser takes for the
    subject (corpus train b-083, c-004)."""
    return noun.lower_ in _RESULT_OF and not any(c.dep_ == "det" for c in noun.children) \
        and any(c.dep_ == "nmod" and _case(c) in ("de", "del") for c in noun.children)


def _subject(tok):
    subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubj:pass") and not _result_of(c)]
    if len(subjects) > 1:
        # "Esta mañana fueron localizados sin vida cuatro jóvenes": a time phrase read as a second
        # subject is none (dev r-017)
        subjects = [c for c in subjects if not _time_subject(c)] or subjects
    if len(subjects) > 1:
        # "SANTA CRUZ, 14 oct (Agencia) - Un hombre murió": a dateline parsed as a second
        # subject; the subject nearest before the verb is the one that agrees with it
        before = [c for c in subjects if c.i < tok.i]
        if before:
            subjects = sorted(before, key=lambda c: -c.i) + [c for c in subjects if c.i > tok.i]
    if subjects and is_date_day(subjects[0]):
        # "El 21 de abril, tres hermanos ... fueron retenidos": a date read as the subject; the
        # people are in apposition to it
        people = next((c for c in subjects[0].children if c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN")), None)
        subjects = ([people] if people is not None else []) + subjects[1:]
    if subjects:
        # "Los soldados A y B murieron": the parser may split the subject in two;
        # a subject that names people (with conjuncts) counts them best.
        for c in subjects:
            if c.pos_ == "PROPN" and any(g.dep_ == "conj" for g in c.children):
                return c
        past = _after_dateline(subjects[0])
        if past is not None:
            return past
        if subjects[0].pos_ in ("SYM", "PUNCT"):
            inner = next((c for c in subjects[0].children if c.pos_ in ("NOUN", "PROPN")), None)
            if inner is not None:
                return inner
        if subjects[0].pos_ == "PRON" and tok.dep_ in ("acl", "acl:relcl") and tok.head.pos_ in ("NOUN", "PROPN"):
            # "dispararon contra cinco jóvenes, que murieron", "contra X, que murió": the antecedent
            # (a name, or a noun in capitals the tagger reads as a name; train q-011, u-037)
            if tok.head.lower_ in load_remains().bodies:  # "los cuerpos de tres agentes, que habían sido privados de ..."
                whose = next((c for c in tok.head.children if c.dep_ == "nmod" and _case(c) in ("de", "del")), None)
                if whose is not None:
                    return whose
            return _agreeing_antecedent(tok, tok.head)  # "18 personas las que fallecieron"
        return subjects[0]
    people = _apposed_to_time(tok)
    if people is not None:
        return people
    if tok.dep_ == "conj" and tok.head.pos_ in ("VERB", "AUX") and tok.head.i < tok.i:
        # "Un soldado murió y tres civiles, entre ellos un niño, resultaron heridos": the parser hangs
        # the second clause's subject from the first verb; it is this verb's, not the first subject
        own = [c for c in tok.head.children if c.dep_ == "conj" and tok.head.i < c.i < tok.i
               and c.pos_ in ("NOUN", "ADJ", "PROPN", "NUM") and any(g.dep_ in ("nummod", "det") for g in c.children)]
        if own:
            return own[-1]
    if tok.dep_ in ("xcomp", "acl", "amod", "conj") and tok.head.i != tok.i and not _own_number(tok):
        return _subject(tok.head) if tok.head.pos_ in ("VERB", "AUX") else None
    if tok.dep_ == "obj" and tok.pos_ in ("ADJ", "VERB") and tok.head.lemma_ in _GOING_ON:
        # "tres personas que permanecían secuestradas": the parser reads the state as the object
        # of the verb that tells it goes on (train q-027)
        return _whole_antecedent(tok.head, _subject(tok.head))
    return None


_GOING_ON = {"permanecer", "seguir", "continuar"}


def _one_antecedent(verb, noun) -> bool:
    """ "dispararon contra Pérez, que murió en el lugar", "atacaron al comerciante, que falleció":
    a singular relative verb set off by a comma (it tells the death) whose antecedent is one person,
    by name or by a singular noun. Not a restrictive relative ("recordaron al joven que murió en
    las protestas", train l-083): it picks out a person whose death is already known."""
    if noun is None or verb.dep_ not in ("acl", "acl:relcl") or verb.head.i != noun.i \
            or "Sing" not in verb.morph.get("Number") or not _one_person(noun):
        return False
    rel = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass") and c.pos_ == "PRON"), None)
    return rel is not None and rel.i > 0 and noun.doc[rel.i - 1].text == ","


def _time_subject(noun) -> bool:
    """ "esta mañana", "la noche del sábado": a time phrase's head, with its article or demonstrative."""
    return noun.lower_ in time_heads() and any(c.dep_ == "det" for c in noun.children)


def _agreeing_antecedent(verb, noun):
    """ "Siete obreros de una constructora que fueron privados de la libertad", "dos ingenieros de
    una empresa que habían sido secuestrados": the parser hangs the relative clause on the nearest
    noun, but a plural verb agrees with the plural people the "de" phrase belongs to (corpus train
    o-033, dev j-017)."""
    plural = "Plur" in verb.morph.get("Number") or any(
        c.dep_ in ("aux", "aux:pass", "cop") and "Plur" in c.morph.get("Number") for c in verb.children)
    own_subject = any(c.dep_ in ("nsubj", "nsubj:pass") and c.pos_ != "PRON" for c in verb.children)
    if plural and not own_subject and "Sing" in noun.morph.get("Number") and noun.dep_ == "nmod" \
            and _case(noun) in ("de", "del") and noun.head.pos_ in ("NOUN", "PRON") \
            and "Plur" in noun.head.morph.get("Number") and _is_people(noun.head) \
            and not _NOT_PEOPLE.match(noun.head.lower_):
        # (not "a 100 kilómetros de la ciudad, donde dos personas fueron asesinadas": its own subject)
        return noun.head
    return noun


def _apposed_to_time(verb):
    """ "El domingo 14 de marzo, seis mineros que trabajaban en la mina fueron asesinados": a verb the
    parser left without a subject, whose opening time phrase holds the people in apposition (the
    same misreading as a date read as the subject, ``_subject``)."""
    for c in verb.children:
        if c.dep_ == "obl" and c.i < verb.i and (c.lower_ in time_heads() or is_date_day(c)):
            people = next((g for g in c.children if g.dep_ == "appos" and g.pos_ in ("NOUN", "PROPN")
                           and g.i < verb.i), None)
            if people is not None:
                return people
    return None


def _dateline_dash(sent) -> int:
    """Index of the dash closing a dateline ("LIMA, 3 may (Agencia) -", "Bogotá, 9 nov (EFE).-")
    at the start of ``sent``, else -1."""
    doc = sent.doc
    toks = doc[sent.start:min(sent.end, sent.start + 12)]
    if not toks or not (toks[0].text[:1].isupper() or (  # "3 ago (Agencia) -": a dateline cut after its place
            toks[0].text.isdigit() and len(toks) > 1 and toks[1].lower_.rstrip(".") in load_time_lexicon().month_abbreviations)):
        return -1
    for t in toks[1:]:
        if t.text in ("-", "–", "—", ".-", ".–") and doc[t.i - 1].text in (")", ".", ",") + tuple(
                w for w in (doc[t.i - 1].text,) if w[:1].isupper() or w.isdigit()):
            return t.i
    return -1


def _after_dateline(subj):
    """The dateline's place parsed as the subject ("QUITO, 9 abr (Agencia) - Dos agentes
    murieron"): the words after the dash that the parser hung from it are the subject."""
    dash = _dateline_dash(sent_of(subj))
    if dash < 0 or subj.i > dash:
        return None
    return next((t for t in subj.subtree if t.i > dash and t.head.i < dash
                 and (t.pos_ in ("NOUN", "PROPN", "NUM", "PRON") or _role_read_as_adjective(t))), None)


def _role_read_as_adjective(tok) -> bool:
    """ "POPAYÁN, 28 abr (Agencia) - Un patrullero de la Policía murió": a noun of a person the
    tagger reads as an adjective ("patrullero", "uniformado"), told with its article."""
    return tok.pos_ == "ADJ" and any(c.dep_ == "det" and c.i < tok.i for c in tok.children)


def _object(tok):
    # a direct object takes no preposition but the personal "a" ("al borde de una quebrada" is not one)
    # (never a date's day the parser took for the object: "neutralizaron el 20 de noviembre a alias X")
    objs = [c for c in tok.children if c.dep_ in ("obj", "iobj") and not _NOT_PEOPLE.match(c.lower_)
            and not is_date_day(c)
            and (_case(c) in ("", "a", "al") or _collective_before(c) is not None)]  # "a una docena de personas"
    if not any(o.pos_ != "PRON" for o in objs):  # "asesinaron de tres balazos a un comerciante"
        shots = [c for c in tok.children if c.dep_ in ("obj", "obl") and _NOT_PEOPLE.match(c.lower_)]
        to = [c for c in list(tok.children) + [g for s in shots for g in s.children]
              if c.dep_ in ("obl", "nmod") and any(g.dep_ == "case" and g.lower_ in ("a", "al") for g in c.children)
              and not _NOT_PEOPLE.match(c.lower_)]
        # "secuestraron en el camino a San José a cuatro maestros": the counted people before a
        # place reached with "a" (train l-019)
        objs += _counted_first(to)
    # "se abatió a dos delincuentes": the clitic "se" is not the object counted; of two objects, the
    # counted people ("secuestraron en la carretera a Santa Fe a cinco técnicos", the parser reading
    # the place as an object too)
    nouns = _counted_first([c for c in objs if c.pos_ != "PRON"])
    if not nouns:
        late = _object_after_place(tok)
        if late is not None:
            return late
    return nouns[0] if nouns else (objs[0] if objs else None)


#: the prepositions that open a place phrase the people come after (``_object_after_place``)
_PLACE_CASES = frozenset({"de", "del", "en", "desde"})
#: the parts of speech of a place phrase's words
_PLACE_POS = frozenset({"ADP", "DET", "NOUN", "PROPN", "ADJ", "NUM", "CCONJ", "PUNCT", "PRON", "ADV"})


def _object_after_place(tok):
    """The people after the personal "a" told after a place phrase closed by a comma, which the
    parser hangs anywhere but on the verb: "se llevaron de su casa en la comarca X, en Y, al
    productor Z", "sacó de su casa, en la localidad de X, al delegado Y", "sacaron de sus casas,
    en los barrios X e Y, a los siete delegados" (corpus train s-015, ze-006, ze-024). Read on
    the words: the place opens right after the verb with "de"/"en", holds no verb, and the people
    come after ", a"/", al" (a distance, "a unos 20 kilómetros", is no people and is passed), or
    after "a"/"al" alone when they are surely people (``_surely_a_person``)."""
    doc = tok.doc
    end = min(sent_of(tok).end, tok.i + 40)
    if tok.i + 1 >= end or doc[tok.i + 1].lower_ not in _PLACE_CASES:
        return None
    k = tok.i + 2
    while k < end:
        t = doc[k]
        if t.pos_ not in _PLACE_POS or t.lower_ in (";", ":", ".", "(", ")"):
            return None  # another clause
        if t.lower_ in ("a", "al"):
            noun = _first_noun(doc, k + 1, end)
            if noun is not None and noun.ent_type_ not in ("LOC", "GPE") and _is_people(noun) and (
                    doc[k - 1].text == "," or _surely_a_person(noun)):
                return noun
        k += 1
    return None


def _first_noun(doc, k: int, end: int):
    """The first common noun from ``k`` on, past articles, figures and adjectives ("los siete
    delegados"), or a person's name ("a José Pérez"), or None."""
    while k < end and doc[k].pos_ in ("DET", "NUM", "ADJ"):
        k += 1
    if k < end and (doc[k].pos_ == "NOUN" or (doc[k].pos_ == "PROPN" and doc[k].ent_type_ == "PER")):
        return doc[k]
    return None


def _surely_a_person(noun) -> bool:
    """People after "a"/"al" with no comma closing the place before them ("enterró en vida en un
    agujero bajo un taller de X al ingeniero Y": corpus train g-036): only a person's name, a noun
    the lexicons know names people, or one told as a person by the name right after it or an age
    ("al ingeniero navarro Fermín Urrutia"); not "de la finca al pueblo"."""
    if noun.pos_ == "PROPN" or _a_person_noun(noun) or told_as_a_person(noun):
        return True
    doc = noun.doc
    after = doc[noun.i + 1:min(len(doc), noun.i + 3)]
    return any(t.pos_ == "PROPN" and t.ent_type_ == "PER" for t in after)


def _object_read_as_oblique(verb):
    """The person right after a verb and the personal "a" that the parser hung from the verb as an
    oblique, taking a place or a name further on for the object ("asesinaron a la tesorera de la
    junta de la vereda La Libertad, X", "mataron a la profe Marta ayer en la aldea El Carrizal":
    corpus train p-024, dev e-152): one person, when the noun is singular with its article right
    after the "a" ("a la", "a un", "al") and no object pronoun stands before the verb ("los
    ejecutaron a la orilla de la calle": the "a" phrase is where). Not a noun that tells how, where
    or when (roles.yaml ``not_party_heads``: "a la salida", "a machete"; a time: "a la mañana")."""
    doc = verb.doc
    end = sent_of(verb).end
    k = verb.i + 1
    if k + 1 >= end or doc[k].lower_ not in ("a", "al"):
        return None
    noun = doc[k].head
    if noun.head.i != verb.i or noun.dep_ != "obl" or noun.pos_ != "NOUN" or noun.i > k + 2 \
            or not any(c.dep_ == "det" and c.lower_ in _ONE_ARTICLES for c in noun.children) and doc[k].lower_ != "al":
        return None
    if any(c.pos_ == "PRON" and c.dep_ in ("obj", "iobj") and c.i < verb.i for c in verb.children):
        return None
    if noun.lower_ in load_role_cues().not_party_heads or noun.lower_ in time_heads() or not _one_person(noun):
        return None
    return noun


def _set_off_participle(tok) -> bool:
    """A singular participle set off by a comma, with no auxiliary ("X, secuestrado el 5 de julio")."""
    return tok.i > 0 and tok.doc[tok.i - 1].text == "," and "Part" in tok.morph.get("VerbForm") \
        and "Plur" not in tok.morph.get("Number") \
        and not any(c.dep_ in ("aux", "aux:pass", "cop") for c in tok.children)


def _object_described_after(tok):
    """The person the verb before acts on, described by a participle set off after them that the
    parser hangs on that verb: "rescataron con vida a un comerciante de 38 años, plagiado el
    miércoles cuando salía de su local" (corpus train zh-041; zg-025 tells it the same way): the
    participle tells of that person, one person taken."""
    if not _set_off_participle(tok) or tok.dep_ != "advcl" or tok.head.pos_ != "VERB" or tok.head.i > tok.i:
        return None
    person = _object(tok.head)
    if person is None or person.i > tok.i or not _personal_a(person):
        return None
    return person if _named_person(person) else None


def _counted_first(nouns: list) -> list:
    """``nouns`` with a name the parser took for an object ("a Santa Fe", "a San José") put after
    the counted people beside it ("a cinco técnicos"; "a los cinco jóvenes", the figure hung on the
    article: train ze-027); otherwise in their order (train l-019)."""
    counted = [c for c in nouns if c.pos_ == "NOUN" and any(
        g.dep_ == "nummod" or (g.dep_ == "det" and any(h.dep_ == "nummod" for h in g.children)) for g in c.children)]
    if not counted or nouns[0].pos_ != "PROPN":
        return nouns
    return counted + [c for c in nouns if c not in counted]


_TAKE = re.compile(r"llev(?:ó|aron)\Z")
_LIFT = re.compile(r"levant(?:ó|aron|o)\Z")
_TAKEN_AWAY_NOT = re.compile(r"(?:herid|lesionad|cuerpo|cad[aá]ver|restos|detenid|capturad|arrestad|aprehendid|"
                             r"pres[oa]s?\b|esposad)")


def _taken_away(verb) -> bool:
    """ "unos hombres armados se llevaron a tres jóvenes", "se lo llevaron": the pronominal
    "llevarse" with people taken; not a state force taking the arrested ("los agentes se
    llevaron detenidos a dos hombres") nor the wounded or the dead carried away."""
    if not any(c.lower_ == "se" and c.i < verb.i for c in verb.children):
        return False
    if any(c.dep_ == "conj" and (_single_role(c.lower_) or ("", ""))[0] == KILLED for c in verb.children):
        return False  # "se llevó a ocho hombres y los fusiló": the dead, not captives
    obj = next((c for c in verb.children if c.dep_ == "obj" and c.pos_ in ("NOUN", "PROPN") and c.i > verb.i), None)
    if obj is not None and not _personal_a(obj) and victim_group(obj.text) is None and not told_as_a_person(obj):
        return False  # "se llevaron además una camioneta": a thing taken, no person (dev j-015)
    return _taken_by_force(verb)


def _taken_by_force(verb) -> bool:
    """People taken by a party that is no state force, and not the arrested, the wounded or the
    dead carried away. "Un comando armado", "un comando de ETA": a commando is no state force
    here (corpus train c-017, g-036)."""
    subj = _subject(verb)
    if subj is not None and subj.lower_ not in ("comando", "comandos") \
            and victim_group(" ".join(t.text for t in subj.subtree)) == "state":
        return False
    after = verb.doc[verb.i + 1:min(sent_of(verb).end, verb.i + 8)].text.lower()
    return not _TAKEN_AWAY_NOT.search(after)


def _lifted(verb) -> bool:
    """ "un grupo armado levantó a cinco trabajadores", "levantaron a dos muchachos" (Mexico,
    Central America): people taken by force (corpus train e-120, e-159); only with the personal
    "a" and people after it (not "levantaron la sesión", "levantaron a los heridos")."""
    obj = _object(verb)
    if obj is None or _case(obj) not in ("a", "al") or not _is_people(obj) or is_casualty_word(obj.text):
        return False
    return _taken_by_force(verb)


def _verbs_before(tok) -> list:
    """The verbs of the series ``tok`` closes, nearest first: "llegó a la vereda, sacó de sus casas
    a siete campesinos y los asesinó", "llegó al caserío, detuvo a doce pobladores y los ejecutó"
    (the parser hangs every verb of the series on the first; corpus train b-133, ze-025)."""
    head = tok.head
    series = [c for c in head.children if c.dep_ in ("conj", "advcl") and c.pos_ == "VERB" and c.i < tok.i]
    return sorted(series, key=lambda c: -c.i) + [head]


def _relative_antecedent(verb, obj):
    """ "liberó al ganadero al que había secuestrado", "los jóvenes a quienes asesinaron": the
    object of a relative clause is its antecedent; any other object is itself."""
    if obj is not None and obj.lower_ in ("que", "quien", "quienes") and obj.i < verb.i \
            and verb.dep_ in ("acl", "acl:relcl") and verb.head.pos_ in ("NOUN", "PROPN", "ADJ"):
        return verb.head
    return obj


def _is_people(noun) -> bool:
    return noun is not None and (noun.pos_ in ("NOUN", "PROPN", "PRON", "NUM") or (
        noun.pos_ == "ADJ" and (noun.dep_ in ("nsubj", "nsubj:pass", "obj", "nmod")
                                or any(c.dep_ == "nummod" for c in noun.children)
                                or (noun.dep_ == "appos" and _role_read_as_adjective(noun)))) or _noun_tagged_adverb(noun)) \
        and not _NOT_PEOPLE.match(noun.lower_) and not _EVENT_NOUN.match(noun.lower_)  # ("ejecutaron 40 operaciones")


def _noun_tagged_adverb(tok) -> bool:
    """ "Un presunto narcotraficante murió": a subject or object with its article that the tagger
    read as an adverb (after "presunto") is a noun."""
    return tok.pos_ == "ADV" and tok.dep_ in ("nsubj", "nsubj:pass", "obj") \
        and any(c.dep_ == "det" and c.i < tok.i for c in tok.children)


def _to_whom(tok):
    """ "dejó heridas a 14 personas", "causó heridas a 19": the people the noun falls on."""
    own = next((c for c in tok.children if c.dep_ in ("obj", "iobj", "obl", "nmod") and _case(c) == "a"), None)
    if own is not None and tok.pos_ in ("ADJ", "NOUN", "VERB"):
        return own  # "(dejó) heridos a más de 20 soldados"
    verb = tok.head
    # "causó heridas a 19"; not "los heridos fueron llevados a un hospital" (a destination)
    if tok.dep_ != "obj" or verb.pos_ not in ("VERB", "AUX") or verb.i == tok.i:
        return None
    return next((c for c in verb.children if c.i != tok.i and c.dep_ in ("obj", "iobj", "obl")
                 and _case(c) == "a"), None)


def _blamed_on(tok) -> bool:
    """The noun of the act is the object of a verb that lays it on someone ("las autoridades
    atribuyen la masacre a una célula de la pandilla", "la FTC atribuye el secuestro a remanentes
    del EPP", "atribuyeron el plagio a las disidencias": corpus train t-022, c-160, k-027, m-013,
    l-004, m-049, q-035): the people after "a" are the ones blamed, never the victims
    (roles.yaml ``blame_verbs``, the stems the actors read the blame by)."""
    verb = tok.head
    return tok.dep_ == "obj" and verb.i != tok.i and verb.pos_ in ("VERB", "AUX") \
        and verb.lemma_.lower().startswith(tuple(load_role_cues().blame_verbs))


def _personal_a(noun) -> bool:
    """The personal "a" before the object, on the noun or on a title before it ("al teniente gobernador")."""
    return _case(noun) in ("a", "al") or any(c.i < noun.i and _case(c) in ("a", "al") for c in noun.children)


def _case(tok) -> str:
    return next((c.lower_ for c in tok.children if c.dep_ == "case"), "")


def _nearest_case(tok) -> str:
    """The preposition right before the noun's phrase: "dieron de baja en combate a cuatro
    terroristas" hangs "en" (with "combate", and sometimes "a", as its fixed words) and "a" on the
    noun; the last word before the noun, "a", marks it."""
    case = next((c for c in sorted(tok.children, key=lambda c: -c.i) if c.dep_ == "case"), None)
    if case is None:
        return ""
    return max([case] + [f for f in case.children if f.dep_ == "fixed"], key=lambda t: t.i).lower_


_SUBDUED = ("detenid", "capturad", "arrestad", "aprehendid", "reducid", "desarmad", "esposad")
_UNCOUNTED = {"número", "cantidad", "indeterminado", "indeterminada", "desconocido", "desconocida", "incierto",
              "incierta", "indefinido", "indefinida"}
_IRREALIS = {"hubiese", "hubiera", "hubiesen", "hubieran", "hubiésemos", "hubiéramos"}
_ONE_PRONOUNS = {"otro", "otra", "uno", "una", "tercero", "tercera", "cuarto", "cuarta"}
_NOBODY = {"ninguno", "ninguna", "nadie", "ningún"}


#: the parts of speech a casualty phrase of counts.yaml may start with (``_roles_of``)
_PHRASE_POS = ("VERB", "AUX", "ADJ")


def _roles_of(tok):
    """(category, role) of the casualty expressions ``tok`` starts or is: a multi-word phrase
    of counts.yaml first ("dieron muerte a", "perdieron la vida"), then the single words."""
    doc = tok.doc
    # a phrase starts with a verb (or a participle the tagger reads as an adjective)
    for words, cat, role in (_phrases_for(tok) if tok.pos_ in _PHRASE_POS else ()):
        if not ((tok.lemma_.lower() == words[0] and tok.pos_ in ("VERB", "AUX")) or _participle_of(tok, words[0])):
            continue
        # a short time phrase may come between ("terminó este martes con la vida de")
        lows = doc_lowers(doc)  # (``t.lower_`` of each word, read once per Doc: no Token per word)
        skip = 0
        while skip < 3 and tok.i + 1 + skip < len(doc) and lows[tok.i + 1 + skip] in _TIME_WORDS:
            skip += 1
        if "atención" in words and "Inf" in tok.morph.get("VerbForm"):
            continue  # "fueron trasladados para recibir atención médica": who gets it is told elsewhere
        for k in {0, skip}:
            nxt = lows[tok.i + 1 + k:tok.i + len(words) + k]
            if nxt == list(words[1:]):
                yield cat, {"subj": "psubj"}.get(role, role)
                return
    if tok.lower_ in _NONFINITE and not _periphrasis_done(tok):
        return  # "intentaron matar", "para matar", "podría morir": no death told
    found = _single_role(tok.lower_)
    if found is not None:
        yield found


_SINGLE_ROLES: dict[str, Optional[tuple[str, str]]] = {}


def _single_role(low: str) -> Optional[tuple[str, str]]:
    """(category, role) of the first single-word form ``low`` is (remembered per word)."""
    try:
        return _SINGLE_ROLES[low]
    except KeyError:
        pass
    found = next(((cat, role) for pattern, cat, role in _compiled() if pattern.match(low)), None)
    if len(_SINGLE_ROLES) >= 50000:
        _SINGLE_ROLES.clear()
    _SINGLE_ROLES[low] = found
    return found


_PHRASE_INDEX: list = [None, {}, {}]  # [phrases, first word → positions, participle stem → positions]
#: (lower-case lemma, lower-case form) -> its phrases (``_phrases_for``), for the phrases indexed
_PHRASES_OF_FORM: dict[tuple[str, str], tuple] = {}


def _phrases_for(tok) -> tuple:
    """The phrases of counts.yaml that may start at ``tok``, in file order: those whose first
    word is its lemma or whose verb's stem begins it (a superset; `_roles_of` checks each).
    A function of the word's lemma and form, worked out once per pair (``_phrases_of_pair``)."""
    return _phrases_of_pair(tok.lemma_.lower(), tok.lower_)


def _phrases_of_pair(lemma: str, low: str) -> tuple:
    """``_phrases_for`` of a word with lower-case lemma ``lemma`` and form ``low`` (remembered)."""
    phrases = load_count_cues().phrases
    if _PHRASE_INDEX[0] is not phrases:
        by_lemma: dict[str, list[int]] = {}
        by_stem: dict[str, list[int]] = {}
        for i, (words, _, _) in enumerate(phrases):
            by_lemma.setdefault(words[0], []).append(i)
            if len(words[0]) >= 4:
                by_stem.setdefault(words[0][:-2], []).append(i)
        _PHRASE_INDEX[:] = [phrases, by_lemma, by_stem]
        _PHRASES_OF_FORM.clear()
    form = (lemma, low)
    got = _PHRASES_OF_FORM.get(form)
    if got is None:
        if len(_PHRASES_OF_FORM) >= 50000:  # bounded: a corpus has far fewer distinct pairs
            _PHRASES_OF_FORM.clear()
        got = _PHRASES_OF_FORM[form] = _phrases_of_form(phrases, *form)
    return got


def _phrases_of_form(phrases, lemma: str, low: str) -> tuple:
    """``_phrases_for`` of a word with lower-case lemma ``lemma`` and form ``low``."""
    _, by_lemma, by_stem = _PHRASE_INDEX
    pick = set(by_lemma.get(lemma, ()))
    if _participle_form(low):
        for k in range(2, len(low) + 1):
            pick.update(by_stem.get(low[:k], ()))
    return tuple(phrases[i] for i in sorted(pick))


_NONFINITE = {"morir", "fallecer", "muriendo", "falleciendo", "matar", "asesinar", "ejecutar", "matando", "asesinando"}
_DONE_VERBS = ("acab", "termin")


def _periphrasis_done(tok) -> bool:
    """ "acaban de matar", "acabó por morir", "terminó muriendo": a non-finite verb whose
    periphrasis tells that the act happened."""
    doc = tok.doc
    prev = [t.lower_ for t in doc[max(sent_of(tok).start, tok.i - 2):tok.i]]
    if tok.lower_.endswith("ndo"):
        return bool(prev) and prev[-1].startswith(_DONE_VERBS)
    return len(prev) == 2 and prev[1] in ("de", "por") and prev[0].startswith(_DONE_VERBS) \
        and not (prev[1] == "de" and prev[0].startswith("termin"))  # "terminar de matar" is rare and unclear


#: a participle's endings ("-ado", "-idas"): a test on the word's end, for every token
_PARTICIPLE_ENDINGS = ("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas")


def _participle_form(low: str) -> bool:
    """Does the (lower-case) word end as a participle ("-ado", "-ida", "-idos", ...)?"""
    return low.endswith(_PARTICIPLE_ENDINGS)


def _participle_of(tok, infinitive: str) -> bool:
    """ "privada", "quemados", "tomado": a participle of ``infinitive`` the tagger may read as an
    adjective with itself as lemma ("fue privada de su libertad", "fue quemado vivo")."""
    return tok.pos_ in ("ADJ", "VERB", "AUX") and _form_of(tok.lower_, infinitive)


def _form_of(low: str, infinitive: str) -> bool:
    """Is ``low`` a participle form of ``infinitive`` ("quemados" of "quemar")?"""
    if not _participle_form(low) or len(infinitive) < 4:
        return False
    stem, ending = infinitive[:-2], infinitive[-2:]
    return low.startswith(stem) and low[len(stem):len(stem) + 2] == ("ad" if ending == "ar" else "id")


_TIME_WORDS = {"ayer", "hoy", "anoche", "anteayer", "este", "esta", "el", "la", "pasado", "pasada", "lunes",
               "martes", "miércoles", "jueves", "viernes", "sábado", "domingo", "madrugada", "noche", "tarde",
               "mañana", "mismo", "día"}


_WHEN_EXTRA = {"víspera", "semana", "pasada", "pasado", "anterior", "última", "último",
               "cometido", "cometida", "ocurrido", "ocurrida", "perpetrado", "perpetrada"}


def _phrase_victims(tok, role):
    """The victims of a multi-word expression headed by the verb ``tok``."""
    doc = tok.doc
    # "dieron muerte a golpes a un hombre": the instrument after "a" is not the victim
    # (or on the phrase's participle right after the verb: "la comunidad tiene retenidos a 28
    # soldados", the parser hanging the people on "retenidos": train k-019)
    after = [c for c in tok.children if c.i == tok.i + 1 and c.pos_ in ("ADJ", "VERB")]
    to = next((c for h in [tok] + after for c in h.children if c.dep_ in ("obj", "iobj", "obl") and c.i > tok.i
               and _nearest_case(c) in ("a", "al") and c.pos_ in ("NOUN", "PROPN", "NUM", "ADJ", "PRON")
               and not _NOT_PEOPLE.match(c.lower_)), None)
    if role == "to":
        if to is not None:
            return to
        # (the parser may read the passive's "ser" as a copula: "la víctima fue privada de la vida")
        if any(c.dep_ in ("aux", "aux:pass", "cop") and c.lemma_ == "ser" for c in tok.children):
            return _whole_antecedent(tok, _subject(tok)) or _late_subject(tok)  # "fue tomado como rehén"
        return _relative_object(tok)
    if role == "of":
        for k in range(tok.i + 1, min(sent_of(tok).end, tok.i + 10)):
            if doc[k].lower_ in ("de", "del") and doc[k].dep_ == "case" and doc[k].head.i > k:
                return doc[k].head
        return to  # "le segaron la vida a balazos al líder comunal X": the person after "a"
    # psubj: "cuatro pescadores perdieron la vida", "fueron hallados sin vida"; "hallan sin vida a dos";
    # after the verb: "perdieron la vida siete reclusos" (the phrase's own noun is not the subject)
    if to is not None and any(c.dep_ in ("aux", "aux:pass") and c.lemma_ == "ser" for c in tok.children):
        # "fueron localizados sin vida cuatro jóvenes a un costado de la carretera": a passive's
        # people are its subject; the "a" phrase is the place (dev r-017)
        subj = _subject(tok)
        if subj is not None and subj.pos_ in ("NOUN", "PROPN", "NUM") and _is_people(subj):
            return _whole_antecedent(tok, subj)
    return to if to is not None else (_whole_antecedent(tok, _subject(tok)) or _late_subject(tok, _phrase_words()))


_PHRASE_WORDS: list = [None, frozenset()]  # [phrases, their words after the verb]


def _phrase_words() -> frozenset:
    """The words the multi-word expressions of counts.yaml put after their verb ("vida" of
    "perder la vida"): never the people a figure counts."""
    phrases = load_count_cues().phrases
    if _PHRASE_WORDS[0] is not phrases:
        _PHRASE_WORDS[:] = [phrases, frozenset(w for words, _, _ in phrases for w in words[1:])]
    return _PHRASE_WORDS[1]


def _whole_antecedent(verb, subj):
    """ "los seis obreros y dos policías que habían sido tomados como rehenes": a relative clause the
    parser hangs on the last conjunct tells of the whole coordination; its first conjunct heads it
    (and the conjuncts are counted with it; corpus train a-044)."""
    if subj is not None and verb.dep_.startswith("acl") and verb.head.i == subj.i and subj.dep_ == "conj" \
            and subj.head.i < subj.i and subj.head.pos_ in ("NOUN", "PROPN"):
        return subj.head
    return subj


def _listed_a(noun) -> bool:
    """ "a un hombre, a su esposa y a su hijo": a person after "a" in a list (a comma or "y" before
    the "a"), not a place or time the parser hangs from the victim ("a un futbolista aficionado a
    la salida de la cancha": one dead, not two)."""
    case = next((c for c in noun.children if c.dep_ == "case" and c.lower_ in ("a", "al")), None)
    return case is not None and case.i > 0 and noun.doc[case.i - 1].lower_ in (",", "y", "e")


def _relative_object(verb):
    """ "dos ingenieros que el ELN había tomado como rehenes": the antecedent of the relative
    pronoun that is the verb's object (corpus train e-132)."""
    if not verb.dep_.startswith("acl") or verb.head.pos_ not in ("NOUN", "PROPN"):
        return None
    rel = next((c for c in verb.children if c.dep_ == "obj" and c.lower_ in ("que", "quienes", "quien")
                and c.i < verb.i), None)
    return verb.head if rel is not None and _has_subject(verb) else None


def _of_after_time(tok):
    """ "el asesinato el domingo de X", "el rapto anoche de una maestra": the victims after
    a short time phrase the parser hung the "de" phrase from."""
    doc = tok.doc
    k = tok.i + 1
    while k < min(sent_of(tok).end, tok.i + 5) and (doc[k].lower_ in _TIME_WORDS or doc[k].lower_ in _WHEN_EXTRA):
        k += 1
    if k == tok.i + 1 or k >= sent_of(tok).end or doc[k].lower_ not in ("de", "del") or doc[k].dep_ != "case":
        return None
    head = doc[k].head
    return head if head.i > k and head.pos_ in ("NOUN", "PROPN") else None


def _named_person(noun) -> bool:
    """One person told by a singular noun of a victims' group ("el comerciante") or by name."""
    if not _one_person(noun):
        return False
    if noun.pos_ == "PROPN":
        return noun.ent_type_ == "PER" or any(c.dep_ == "flat" for c in noun.children)
    return victim_group(noun.text) is not None or any(
        c.dep_ in ("appos", "flat") and c.pos_ == "PROPN" for c in noun.children)


def _named_role(noun) -> bool:
    """ "al ganadero Fidel Pérez": a role noun the tagger reads as an adjective, with the person's
    name in apposition (corpus train d-055)."""
    return noun.pos_ == "ADJ" and any(c.dep_ in ("appos", "flat") and c.pos_ == "PROPN" for c in noun.children)


def _one_person(noun) -> bool:
    """A singular noun or name naming one person ("del jefe de la columna", "a Juan Pérez")."""
    if noun.lower_ in load_count_cues().collective_nouns or _NOT_PEOPLE.match(noun.lower_) or noun.pos_ not in ("NOUN", "PROPN") \
            and not _named_role(noun):
        return False
    # "alias Tigre": the tagger reads "alias" as a plural
    return ("Plur" not in noun.morph.get("Number") or noun.lower_ == "alias") and noun.lower_ not in _NOBODY


_STATE_AGENTS = {"policía", "policia", "policías", "agentes", "autoridades", "fiscalía", "ejército", "militares",
                 "soldados", "efectivos", "uniformados", "carabineros", "guardia", "gendarmería", "fuerzas",
                 "serenazgo", "migración", "aduana", "juez", "jueza", "tribunal", "bomberos", "rescatistas",
                 "socorristas", "paramédicos", "vecinos", "familiares"}


def _seized_by_force(tok) -> bool:
    """The agent of "fueron sacados / retenidos por X" is a party that may take people by force
    (armed men, rioters, a gang, villagers), not the police or a court that holds them lawfully."""
    agent = next((c for c in tok.subtree if c.i > tok.i and c.pos_ in ("NOUN", "PROPN", "ADJ", "PRON")
                  and any(g.lower_ == "por" and g.dep_ == "case" for g in c.children)), None)
    if agent is None:
        # "los once guardias se rindieron y fueron retenidos", "los agentes fueron retenidos durante
        # ocho horas" (a riot): a state force held with no agent named is held by the other side
        # (train d-158, a-232; not "los feligreses fueron retenidos en el templo", m-063, c-131)
        held = _subject(tok)
        return held is not None and victim_group(held.text) == "state"
    words = {t.lower_ for t in agent.subtree}
    return not (agent.lower_ in _STATE_AGENTS or victim_group(agent.text) == "state" or words & {"policía", "policial"})


_HARM = ("herid", "disparo", "bala", "balazo", "impacto", "golpe", "quemadura", "perdig", "lesion", "esquirla",
         "explosi", "ataque", "agresi", "fractura", "traumatismo", "contusi", "arma", "tiro")


def _ill(tok) -> bool:
    """The reason after "hospitalizado por/con/tras" is no harm ("por una neumonía")."""
    doc = tok.doc
    after = [t.lower_ for t in doc[tok.i + 1:min(sent_of(tok).end, tok.i + 5)]]
    if not after or after[0] not in ("por", "con", "tras", "debido"):
        return False
    return not any(w.startswith(_HARM) for w in after[1:])


def _one_unnamed(verb) -> bool:
    """A finite singular verb with no subject in its sentence ("murió de un disparo", "falleció
    horas después"): Spanish drops the subject of a person named before; one person died. Not
    when the verb shares the subject of a verb it is coordinated with ("fue herido y murió")."""
    if verb.pos_ not in ("VERB", "AUX") or "Sing" not in verb.morph.get("Number") \
            or "Fin" not in verb.morph.get("VerbForm") or "3" not in verb.morph.get("Person") \
            or "Ind" not in verb.morph.get("Mood"):  # ("prefirieron que falleciera": no death told)
        return False
    if _has_subject(verb) or any(c.dep_ in ("expl:pass", "expl:impers") for c in verb.children):
        return False
    if verb.dep_ in ("conj", "acl", "acl:relcl", "advcl", "xcomp", "csubj") and verb.head.i != verb.i \
            and not _own_number(verb) and not _after_semicolon(verb):
        return False  # its subject is another verb's or a relative's antecedent
    return True


def _own_number(verb) -> bool:
    """ "Le dispararon cinco veces y murió en el sitio": a finite verb conjoined to a finite one of
    the other number cannot share its subject (the doers are not the one who died)."""
    head = verb.head
    if verb.dep_ != "conj" or head.pos_ not in ("VERB", "AUX") or "Fin" not in head.morph.get("VerbForm") \
            or "Fin" not in verb.morph.get("VerbForm"):
        return False
    return {"Sing", "Plur"} == set(head.morph.get("Number")) | set(verb.morph.get("Number"))


def _after_semicolon(verb) -> bool:
    """A clause of its own that the parser hangs on the verb before it ("balearon al comerciante ...;
    falleció en el lugar", "le propinaron varios disparos al motorista ...; murió camino al hospital"):
    a semicolon between them, and no conjunction of subordination ("cuando", "porque") opening it.
    Spanish drops its subject as after a full stop."""
    head = verb.head
    if verb.dep_ not in ("advcl", "parataxis") or not head.i < verb.i:
        return False
    if any(c.dep_ == "mark" for c in verb.children):
        return False
    return any(t.text == ";" for t in verb.doc[head.i + 1:verb.i])


def _one_unnamed_wounded(tok) -> bool:
    """ "Resultó herido en el brazo.", "Está herido, lo llevaron al hospital." (social posts, train
    a-348): a singular wound participle whose copula has no subject tells of one person, named
    before (a figure told before for that person restates it: ``_select``)."""
    if "Sing" not in tok.morph.get("Number") or not tok.lower_.startswith(("herid", "lesionad")):
        return False
    cop = next((c for c in tok.children if c.dep_ in ("cop", "aux", "aux:pass") and c.i < tok.i
                and c.lemma_ in ("estar", "ser", "quedar", "resultar")), None)
    if cop is None and tok.head.i < tok.i and tok.head.lemma_ in _COPULAS:
        cop = tok.head
    if cop is None or _has_subject(tok) or (cop is not tok.head and _has_subject(cop)):
        return False
    if any(c.dep_ == "conj" and (_single_role(c.lower_) or ("", ""))[0] == KILLED for c in tok.children):
        return False  # "fue herido y murió": dead, not wounded
    if cop.i == tok.head.i and _has_subject(tok.head):
        return False
    return _one_unnamed(cop) or (cop.dep_ == "cop" and "Sing" in cop.morph.get("Number")
                                 and "Fin" in cop.morph.get("VerbForm") and tok.dep_ == "ROOT")


# "murió camino al hospital", "rumbo a la clínica": the way, never a person after the verb
_ROUTE_WORDS = frozenset({"camino", "rumbo"})


def _late_subject(tok, skip: frozenset = frozenset()):
    """A subject the parser put after the verb as its object ("murieron cinco policías"); not a
    word of ``skip`` nor the way ("murió camino al hospital")."""
    return next((c for c in tok.children if c.dep_ in ("obj", "nsubj", "nsubj:pass") and c.i > tok.i
                 and c.lower_ not in skip and c.lower_ not in _ROUTE_WORDS
                 and (c.pos_ in ("NOUN", "PROPN", "NUM") or (c.pos_ == "ADJ" and any(g.dep_ == "nummod" for g in c.children)))
                 and not _case(c) and not _NOT_PEOPLE.match(c.lower_)), None)  # (not "murió dos días después")


def _left_subject(verb):
    """The word right before a verb without a parsed subject ("y otros dos quedaron heridos"), or
    before an inserted breakdown ("y al menos once personas, entre ellas tres policías, resultaron
    heridas")."""
    doc = verb.doc
    k = verb.i - 1
    while k >= sent_of(verb).start and doc[k].pos_ == "ADV":
        k -= 1
    if k < sent_of(verb).start:
        return None
    k = _before_the_breakdown(doc, k, sent_of(verb).start)
    t = doc[k]
    if t.pos_ in ("NUM", "PRON", "NOUN", "ADJ", "PROPN") and t.lower_ not in ("se", "le", "les", "lo", "la"):
        return t
    return None


_INSERTED_BREAKDOWN_WORDS = {"entre", "incluidos", "incluidas", "incluido", "incluida"}


def _before_the_breakdown(doc, k: int, start: int) -> int:
    """``k`` itself, or when ``k`` is the comma that closes ", entre ellas tres policías," (a
    breakdown inserted after the counted people), the word before its opening comma (corpus train
    zb-015; the same insertion after a parsed subject in many train documents)."""
    if doc[k].text != ",":
        return k
    for j in range(k - 1, max(start, k - 12) - 1, -1):
        if doc[j].text == ",":
            return j - 1 if j > start and doc[j + 1].lower_ in _INSERTED_BREAKDOWN_WORDS else k
    return k


def _own_predicate(conj, tok) -> bool:
    """A coordinated group told with its own casualty word ("un civil muerto y ocho personas
    heridas", "murieron dos y un tercero quedó herido") or with another participle ("dos guardias
    heridos y catorce vehículos dañados"): not more victims of ``tok``."""
    doc = conj.doc
    if any(c.dep_ in ("amod", "acl") and conj.i < c.i <= conj.i + 2 and c.pos_ in ("ADJ", "VERB")
           and _participle_form(c.lower_) and c.i != tok.i and not any(t.is_punct for t in doc[conj.i:c.i])
           and not _describes(c) for c in conj.children):
        return True  # ("autoridades comunales, acusados de ...": a description after a comma is no predicate)
    for t in doc[conj.i + 1:min(sent_of(conj).end, conj.i + 7)]:
        if t.i == tok.i or t.is_punct and t.text in ",;:()" or (t.i == tok.head.i and tok.head.i > conj.i):
            break  # (the verb the groups share: "dos agentes y un joven resultaron heridos")
        if is_casualty_word(t.text) or t.lemma_ in ("resultar", "quedar"):
            return True
    return _after_the_participle(conj, tok)


def _after_the_participle(conj, tok) -> bool:
    """ "hay un señor herido y dos casas dañadas por la explosión": a group after the participle
    that follows the first group is no more victims of it unless it names people (a victim group
    or a generic people noun): things the same blast harmed are told beside the wounded."""
    if tok.i > conj.i or tok.dep_ not in ("amod", "acl") or tok.head.i > tok.i \
            or tok.head.pos_ not in ("NOUN", "PROPN") or conj.pos_ != "NOUN":
        return False
    generic = load_count_cues().generic_people
    return victim_group(conj.text) is None and conj.lower_ not in generic and conj.lemma_ not in generic


def _fronted_participle(tok) -> bool:
    """ "Asesinada la lideresa X en su casa", "Secuestrado el alcalde de Y" (bulletin entries and
    headlines, corpus train w-004, za-007, b-092): a participle opening its sentence as its root,
    with no auxiliary, and its subject after it is a passive with the copula left out; the
    subject is the victim, not the object of an active perfect."""
    if tok.dep_ != "ROOT" or "Part" not in tok.morph.get("VerbForm") \
            or any(c.dep_ in ("aux", "aux:pass", "cop") for c in tok.children):
        return False
    doc = tok.doc
    opening = [t for t in doc[sent_of(tok).start:tok.i] if not (t.is_punct or t.is_space)]
    return not opening \
        and any(c.dep_ in ("nsubj", "nsubj:pass", "obj") and c.i > tok.i for c in tok.children)


def _describes(participle) -> bool:
    """ "a dos concejales acusados de colaborar", "tres hombres señalados de extorsionar": a
    participle with a "de" complement describes the people; it tells nothing that befell them
    (unlike "heridos de bala", a casualty word)."""
    doc = participle.doc
    return participle.i + 1 < len(doc) and doc[participle.i + 1].lower_ == "de" \
        and not is_casualty_word(participle.text)


_DEMONSTRATIVES = {"este", "esta", "estos", "estas", "ese", "esa", "esos", "esas", "aquel", "aquella", "aquellos",
                   "aquellas", "dicho", "dicha", "dichos", "dichas"}
_MASS_DETS = {"mucha", "mucho", "poca", "poco", "tanta", "tanto", "bastante", "demasiada", "toda", "cuánta"}
_NOT_ONLY = {"solo", "sólo", "solamente", "únicamente", "tan"}


def _negated(tok) -> bool:
    """ "no murieron", "no fue asesinado", "no resultaron heridos": the casualty word's verb is
    denied ("no solo murieron tres" is not a denial)."""
    doc = tok.doc
    verbs = [tok]
    if tok.head.i != tok.i and tok.head.lemma_ in _COPULAS and tok.head.i < tok.i:
        verbs.append(tok.head)  # "no resultaron heridos", "no quedó herido"
    for v in verbs:
        for c in v.children:
            if c.lower_ == "no" and c.dep_ == "advmod" and c.i < v.i \
                    and (c.i + 1 >= len(doc) or doc[c.i + 1].lower_ not in _NOT_ONLY):
                return True
    return False


_ONE_CLITICS = ("lo", "la")


def _one_clitic(tok) -> bool:
    """The verb's object is a singular clitic before it ("se lo llevaron", "la sacaron de su casa",
    "lo detuvieron"): one person taken, told before or in the headline."""
    return any(c.dep_ in ("obj", "iobj") and c.pos_ == "PRON" and c.lower_ in _ONE_CLITICS and c.i < tok.i
               for c in tok.children)


def one_taken(tok) -> bool:
    """A kidnapping its trigger tells of one person, though no casualty word counts them: a
    singular passive participle ("el empresario fue interceptado por cuatro sujetos armados", "la
    dirigente había sido privada de su libertad": corpus train m-027, n-031, q-004; dev l-031) or
    an active verb with one person after the personal "a" ("la banda enterró en vida en un agujero
    al ingeniero X": train g-036), or a singular clitic object with no such person after it ("se lo
    llevaron esposado", "se la llevaron de su casa", "lo detuvieron en un retén": train zb-004, p-005,
    u-046, dev n-009). Not a group ("la familia fue interceptada"), a figure ("a dos de ellos") or a
    denial."""
    if _negated(tok):
        return False
    if any(c.dep_ in ("aux", "aux:pass") and c.lemma_ == "ser" for c in tok.children):
        if "Sing" not in tok.morph.get("Number") or not tok.lower_.endswith(("ado", "ada", "ido", "ida")):
            return False
        noun = _subject(tok) or _late_subject(tok)
        if noun is None:
            return True  # "(él) fue interceptado": singular agreement, one person
        if noun.pos_ == "PRON":
            return noun.lower_ in _ONE_PRONOUNS
    else:
        noun = _object(tok)
        if (noun is None or not _personal_a(noun)) and _one_clitic(tok):
            return True  # "se lo llevaron esposado", "lo detuvieron en un retén": one person, not named
        if noun is None or not _personal_a(noun) or noun.ent_type_ in ("LOC", "GPE"):
            return False  # ("secuestraron en el camino a San José de Bocay a cuatro maestros": a place)
    got = _count_np(noun)
    return _one_person(noun) and (got is None or got[0] == 1)


def taken_count(tok) -> Optional[int]:
    """How many people a kidnapping's or a disappearance's own trigger tells taken, though no
    casualty word counts them: one (``one_taken``), or the figure of its counted object after the
    personal "a" ("sacaron de sus casas, en los barrios X e Y, a los siete delegados": train
    ze-024) or of its passive subject ("otros dos empleados fueron retenidos durante tres días":
    train y-007); None when it tells no figure."""
    if one_taken(tok):
        return 1
    if _negated(tok):
        return None
    if any(c.dep_ in ("aux", "aux:pass") and c.lemma_ == "ser" for c in tok.children):
        noun = _subject(tok) or _late_subject(tok)
    else:
        noun = _object(tok)
        if noun is not None and not _personal_a(noun):
            return None
    if noun is None or noun.ent_type_ in ("LOC", "GPE") or not _is_people(noun) or is_casualty_word(noun.text):
        return None
    got = _count_np(noun)
    return got[0] if got is not None and got[0] is not None and got[0] > 1 else None


_SOME_OF_THEM = re.compile(r"\w+ de (?:ellos|ellas),? (?:herid|lesionad)[oa]s?")


def some_of_them(c: CountMention, doc) -> bool:
    """The figure is a part of a group told before it, the wound word right after it ("dos de
    ellos heridos": ``_some_of_them``; not "uno de ellos recibió un disparo", its own clause)."""
    return _SOME_OF_THEM.fullmatch(parsed_text(doc)[c.start:c.end].lower()) is not None


def _parts_are_others(doc, found: list[CountMention]) -> list[CountMention]:
    """ "fueron detenidas tres personas, una de ellas herida": the wounded among the arrested (or any
    group the sentence counts) are others than the wounded told before ("otros dos militares
    resultaron lesionados"): they add to them, as "otros" does (``_additive_within``), and, told
    first, are not the people a later figure of the incident counts ("capturados otros tres, uno
    de ellos herido. Un sargento resultó herido": two wounded; corpus train zb-010, r-015)."""
    return [replace(c, additive=True, other=False) if c.category == WOUNDED and some_of_them(c, doc) else c
            for c in found]


_OF_THEM_WORDS = ("ellos", "ellas")


def _some_of_them(lows: list[str], first: int, i: int) -> Optional[tuple[int, int, int, int, int]]:
    """ "detuvieron a cinco hombres, dos de ellos heridos", "capturados otros tres, uno de ellos
    herido" (corpus train x-005, zb-010, r-015): the figure of a part of a group told before it,
    right before the casualty word (a comma between allowed)."""
    k = i - 1 if i - 1 > first and lows[i - 1] == "," else i
    if k - 3 < first or lows[k - 2] != "de" or lows[k - 1] not in _OF_THEM_WORDS:
        return None
    n = words_value([lows[k - 3]]) if not lows[k - 3].isdigit() else int(lows[k - 3])
    return (n, n, n, k - 3, i) if n else None


def find_counts(sent) -> list[CountMention]:
    """Every casualty/arrest figure stated in a spaCy sentence span."""
    out: list[CountMention] = []
    seen: set[tuple[str, int]] = set()
    doc = sent.doc
    toks, lows, tags, lemmas = doc_tokens(doc), doc_lowers(doc), doc_pos(doc), doc_lemmas(doc)  # (by index)
    for i in range(sent.start, sent.end):
        if _single_role(lows[i]) is None and (
                tags[i] not in _PHRASE_POS or not _phrases_of_pair(lemmas[i].lower(), lows[i])):
            continue  # (what _roles_of finds in a word that starts no phrase: its single-word role)
        tok = toks[i]
        found_roles = list(_roles_of(tok))  # (at most one; most tokens have none)
        if not found_roles or any(c.dep_ == "aux" and c.lower_ in _IRREALIS for c in tok.children):
            continue  # "X hubiese muerto allí": what did not happen is no figure
        if found_roles[0][0] == KIDNAPPED and _TAKE.match(tok.lower_) and not _taken_away(tok):
            continue
        if found_roles[0][0] == KIDNAPPED and _LIFT.match(tok.lower_) and not _lifted(tok):
            continue
        for cat, role in found_roles:
            noun = None
            single = False  # a singular agreement: one person, no conjoined figures
            if role in ("to", "of", "psubj"):
                noun = _phrase_victims(tok, role)
                found = _count_np(noun) if _is_people(noun) else None
                if found is None and noun is not None and (_one_person(noun) or (
                        noun.pos_ == "PRON" and noun.lower_ in _ONE_PRONOUNS and "Plur" not in tok.morph.get("Number"))):
                    found = (1, 1, 1, noun.i, noun.i)  # "una de las dirigentes fue privada de su libertad"
                if found is None and noun is None and role == "psubj" and _one_unnamed(tok):
                    found = (1, 1, 1, tok.i, tok.i)  # "perdió la vida en el hospital": one person
                if found is None and noun is None and role == "to":
                    clitic = next((c for c in tok.children if c.lower_ in ("le", "lo", "la")
                                   and c.pos_ == "PRON" and c.i < tok.i), None)
                    if clitic is not None:  # "le quitaron la vida": one person, not named
                        noun, found = None, (1, 1, 1, clitic.i, clitic.i)
            elif role in ("taken", "seized"):
                if not any(c.dep_ in ("aux", "aux:pass", "cop") and c.lemma_ == "ser" for c in tok.children) or \
                        [t.lower_ for t in doc[tok.i + 1:tok.i + 3]] == ["en", "armas"]:
                    break
                if role == "seized" and not _seized_by_force(tok):
                    break
                noun = _late_subject(tok) if not _has_subject(tok) else None
                noun = noun or _subject(tok)
                found = _count_np(noun) if _is_people(noun) else None
                if found is None and noun is not None and _one_person(noun) and "Sing" in tok.morph.get("Number") \
                        and (role == "taken" or _named_person(noun)):  # ("el camión fue retenido": no person)
                    found = (1, 1, 1, noun.i, noun.i)  # "su primo fue levantado"
            elif role == "vobj" and tok.pos_ not in ("VERB", "AUX"):
                break  # "una mata de coca": not the verb
            elif role == "self":
                if _a_wound(tok):
                    break  # "murió por una herida de bala": the wound, not a wounded person
                if tok.lower_.startswith("hospitaliz") and _ill(tok):
                    break  # "fue hospitalizado por una neumonía": an illness, no wound
                # "9 muertos" (noun) / "policía muerto" (adjective on the counted noun)
                found = _count_np(tok) or _some_of_them(lows, sent.start, tok.i)
                if found is None and tok.lower_.startswith("hospitaliz") \
                        and tok.head.lemma_ in ("permanecer", "seguir", "continuar") and tok.head.i < tok.i:
                    stay = _subject(tok.head) or _late_subject(tok.head)  # "otros dos permanecen hospitalizados"
                    found = _count_np(stay) if _is_people(stay) else None
                    if found is not None:
                        noun = stay
                if found is None and tok.dep_ in ("amod", "acl") and tok.head.pos_ in ("NOUN", "PROPN") \
                        and not _EVENT_NOUN.match(tok.head.lower_):
                    noun = _agreeing_antecedent(tok, tok.head)
                    found = _count_np(noun)
                    if found is None and tok.dep_ == "amod" and noun.dep_ == "nmod" and _case(noun) in ("de", "del") \
                            and noun.head.pos_ == "NOUN" and noun.head.i < noun.i and not _NOT_PEOPLE.match(noun.head.lower_):
                        # "cuatro integrantes de la banda muertos": the adjective closes the whole phrase
                        got = _count_np(noun.head)
                        if got is not None and got[0]:
                            noun, found = noun.head, got
                if found is None and _one_more_of_a_listed_noun(tok):
                    noun, found = tok.head, (1, 1, 1, tok.head.i, tok.head.i)  # "un agente fallecido y otro herido"
                left = False
                own_clause = tok.dep_ in ("advcl", "parataxis", "ccomp") and _has_subject(tok)  # "; otros cuatro fueron heridos"
                if found is None and tok.dep_ in ("obj", "xcomp") and tok.head.i < tok.i and tok.head.pos_ == "VERB" \
                        and tok.head.lemma_ not in _COPULAS and (tok.head.lemma_ in _FOUND_AS or any(
                            c.dep_ in ("aux", "aux:pass") and c.lemma_ == "ser" for c in tok.head.children)):
                    # "dos hombres fueron hallados muertos", "fueron encontrados heridos tres campesinos",
                    # "dos hermanos aparecieron muertos"
                    noun = _subject(tok.head) or _late_subject(tok.head)
                    found = _count_np(noun) if _is_people(noun) else None
                if found is None and (tok.dep_ in ("ROOT", "xcomp", "acl", "conj") or own_clause) or (found is None and tok.head.lemma_ in _COPULAS):
                    noun = _subject(tok)
                    if noun is None and any(c.dep_ in ("aux", "aux:pass") and c.lemma_ == "ser" for c in tok.children):
                        noun = _late_subject(tok)  # "El lunes fueron asesinados ocho jornaleros"
                    if noun is None and tok.head.lemma_ in _COPULAS and tok.head.i < tok.i and not _has_subject(tok.head):
                        after = _late_subject(tok)  # "resultaron heridos cuatro uniformados"
                        noun = after if after is not None and _count_np(after) else None
                    noun = noun or (_subject(tok.head) if tok.head.i != tok.i else None)
                    if noun is None and tok.head.lemma_ in _COPULAS and tok.head.dep_ == "ccomp" \
                            and tok.head.head.dep_ in ("acl", "acl:relcl") and tok.head.head.head.pos_ == "NOUN":
                        noun = tok.head.head.head  # "Un cabo que lo acompañaba resultó herido": the parser's relative
                    left = noun is None and tok.head.lemma_ in _COPULAS and tok.head.i < tok.i
                    if noun is not None and tok.head.lemma_ in _COPULAS and tok.head.dep_ in ("conj", "advcl", "parataxis") \
                            and tok.head.head.i < noun.i < tok.head.i and tok.head.head.pos_ in ("VERB", "AUX") \
                            and not _has_subject(tok.head.head) and not _number_at(doc, noun.i):
                        # "murió el soldado X y otros dos militares resultaron heridos": the subject after the
                        # first verb is that verb's; this verb's is the "otros" group coordinated with it
                        others = [c for c in noun.children if c.dep_ == "conj" and c.i < tok.head.i and any(
                            g.lower_ in ("otros", "otras", "otro", "otra") for g in c.children)]
                        if others:
                            noun = others[-1]
                    if noun is not None and tok.head.lemma_ in _COPULAS and tok.head.i < tok.i \
                            and tok.head.dep_ == "conj" and not _has_subject(tok.head) and noun.i < tok.head.head.i:
                        # "12 personas murieron y más de 60 resultaron heridas": the subject of the
                        # first verb is not this one's when a figure stands right before this verb
                        own = _left_subject(tok.head)
                        if own is not None and own.i > tok.head.head.i and (own.pos_ == "NUM" or _number_at(doc, own.i)
                                                                            or any(g.dep_ == "nummod" for g in own.children)):
                            noun, left = own, True
                    if left:
                        noun = _left_subject(tok.head)  # "y otros dos quedaron heridos"
                    if noun is not None and noun.pos_ == "PRON" and noun.lower_ in _ONE_PRONOUNS:
                        found = (1, 1, 1, noun.i, noun.i)  # "otro resultó herido"
                    elif noun is not None and noun.lower_ in _NOBODY:
                        found = (0, 0, 0, noun.i, noun.i)  # "ninguno resultó herido"
                    else:
                        found = None
                if found is None and noun is not None and (tok.dep_ in ("ROOT", "xcomp", "acl", "conj") or own_clause) or (
                        found is None and noun is not None and tok.head.lemma_ in _COPULAS):
                    found = _count_np(noun) if _is_people(noun) or (left and noun.pos_ == "ADJ") else None
                    if found is None and noun is not None and _is_people(noun) and tok.lower_[-1] in "oa" \
                            and noun.pos_ in ("NOUN", "PROPN", "ADJ") and "Plur" not in noun.morph.get("Number"):
                        found = (1, 1, 1, noun.i, noun.i)  # "El detenido fue herido": one person
                    if found is None and _one_beside_a_figure(noun):
                        found = (1, 1, 1, noun.i, noun.i)  # "El chofer y dos pasajeras resultaron heridas"
                if noun is None and tok.dep_ in ("amod", "acl") and tok.head.pos_ in ("NOUN", "PROPN", "ADJ") \
                        and not _EVENT_NOUN.match(tok.head.lower_):
                    noun = tok.head  # "tres personas asesinadas": the people are the victims
                if found is None and noun is None and cat == WOUNDED and _one_unnamed_wounded(tok):
                    found = (1, 1, 1, tok.i, tok.i)  # "Resultó herido en el brazo.", "Está herido, lo llevaron ..."
                if found is None:
                    whom = _to_whom(tok)  # "dejó heridas a 14 personas"
                    if whom is not None and _is_people(whom):
                        noun, found = whom, _count_np(whom)
                noun = noun or tok
            elif role == "passive" and not _fronted_participle(tok) \
                    and not any(c.lemma_ in ("ser", "estar", "quedar", "resultar")
                                for c in tok.children if c.dep_ in ("aux", "aux:pass", "cop")):
                # "haya asesinado a 3 personas": an active perfect, the object is counted
                noun = _relative_antecedent(tok, _object(tok))
                found = _count_np(noun) if _is_people(noun) else None
                if found is None and noun is not None and noun.i < tok.i and _personal_a(noun) and (
                        _one_person(noun) or "Sing" in noun.morph.get("Number")):
                    found = (1, 1, 1, noun.i, noun.i)  # "al ganadero al que había secuestrado": one person
                if found is None and noun is None and tok.dep_ in ("amod", "acl") and tok.head.i < tok.i \
                        and not any(c.lemma_ == "haber" for c in tok.children) and _named_person(tok.head):
                    # "el sargento X, secuestrado el 3 de mayo", "comerciante secuestrado": the person it describes
                    noun, found = tok.head, (1, 1, 1, tok.head.i, tok.head.i)
                    single = True  # the participle tells of this person only
                if found is None and noun is None:
                    person = _object_described_after(tok)
                    if person is not None:  # "rescataron a un comerciante de 38 años, plagiado el miércoles"
                        noun, found, single = person, (1, 1, 1, person.i, person.i), True
            elif role == "passive":
                noun = _late_subject(tok) if not _has_subject(tok) else None
                noun = noun or _subject(tok)
                found = _count_np(noun) if _is_people(noun) else None
                if found is None and _one_beside_a_figure(noun):
                    found = (1, 1, 1, noun.i, noun.i)  # "El alcalde y tres concejales fueron secuestrados"
                if found is None and "Sing" in tok.morph.get("Number") and (
                        noun is None or (noun.pos_ in ("NOUN", "PROPN") and noun.lower_ not in load_count_cues().collective_nouns)
                        or (noun.pos_ == "PRON" and noun.lower_ in _ONE_PRONOUNS and any(  # "uno de sus choferes fue
                            c.dep_ in ("aux", "aux:pass") and c.lemma_ == "ser" for c in tok.children))):  # asesinado"
                    # "El camarada X fue abatido", "(él) fue secuestrado": singular agreement, one person
                    anchor = noun if noun is not None else tok
                    found = (1, 1, 1, anchor.i, anchor.i)
                elif found is not None and found[0] and found[0] > 1 and noun.pos_ == "PROPN" \
                        and "Sing" in tok.morph.get("Number") and not any(t.lower_ in ("y", "e") for t in doc[noun.i:tok.i]
                                                                       if t.dep_ == "cc" and t.head.pos_ == "PROPN"):
                    # "Morelia, Michoacán – X, candidato del partido, fue asesinado": names counted
                    # by the parse but a singular participle with no "y" between them: one person
                    found = (1, 1, 1, noun.i, noun.i)
                    single = True
            elif role == "subj":
                # "murieron cinco policías": the parser may take a subject after the verb for its object
                noun = _late_subject(tok) if not _has_subject(tok) else None
                noun = noun or _subject(tok)
                if noun is None:
                    # "murió el soldado X y otros dos resultaron heridos": the parser hangs the subject
                    # after this verb from the next one; only its first conjunct died
                    nxt = next((c for c in tok.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")), None)
                    subj = next((c for c in nxt.children if c.dep_ in ("nsubj", "nsubj:pass") and tok.i < c.i < nxt.i
                                 and c.pos_ in ("NOUN", "PROPN") and not any(
                                     g.dep_ == "mark" for g in list(c.children) + list(nxt.children))), None) \
                        if nxt is not None else None  # (not "murió ... cuando efectivos dispersaban")
                    if subj is not None:
                        noun, single = subj, True
                found = _count_np(noun) if _is_people(noun) else None
                if single and found is not None and noun is not None:
                    found = found[:4] + (noun.i,) if found[0] == 1 else found
                if found is None and noun is not None and noun.pos_ == "PROPN" and "Sing" in tok.morph.get("Number") \
                        and sum(1 for c in noun.children if c.dep_ == "flat") >= 2 and noun.i < tok.i:
                    found = (1, 1, 1, noun.i, noun.i)  # "Juan Carlos Pérez Rojas, fundador del grupo, falleció"
                if found is None and noun is not None and _one_person(noun) and noun.i < tok.i \
                        and any(g.dep_ == "det" for g in noun.children):
                    # "Un hombre de 52 años y su hijo de 16 murieron": the parser may hang the
                    # first person above the verb; a plural verb counts both
                    first = tok.head if tok.dep_ == "conj" and tok.head.i < noun.i else None
                    both = first is not None and _one_person(first) and "Plur" in tok.morph.get("Number")
                    found = (2, 2, 2, first.i, noun.i) if both else (1, 1, 1, noun.i, noun.i)
                if found is None and noun is not None and noun.i > tok.i and _one_person(noun) \
                        and "Sing" in tok.morph.get("Number") and noun.lower_ not in _NOBODY \
                        and (noun.pos_ == "PROPN" or any(g.dep_ == "det" for g in noun.children)) \
                        and not any(g.lower_ in _MASS_DETS for g in noun.children):  # ("murió mucha gente")
                    found = (1, 1, 1, noun.i, noun.i)  # "murió el jefe de la columna", "murió Reyes"
                if found is None and noun is not None and noun.pos_ == "PRON" and noun.lower_ in _ONE_PRONOUNS \
                        and "Plur" not in tok.morph.get("Number"):
                    found = (1, 1, 1, noun.i, noun.i)  # "uno de ellos, X, falleció en el acto"
                if found is None and noun is None and _one_unnamed(tok):
                    found = (1, 1, 1, tok.i, tok.i)  # "(Kevin tenía 17 años.) El 1 de mayo murió de un disparo"
                if found is None and _one_antecedent(tok, noun):
                    found = (1, 1, 1, noun.i, noun.i)  # "dispararon contra X, que murió en el lugar"
            elif role in ("obj", "vobj"):
                noun = _relative_antecedent(tok, _object(tok))
                one_of = None
                if noun is not None and noun.pos_ == "PRON" and noun.lower_ in ("uno", "una") and any(
                        c.dep_ == "nmod" and _case(c) == "de" and _is_people(c) for c in noun.children):
                    one_of = noun  # "mataron a uno de los asaltantes": one person of a group
                if noun is not None and noun.pos_ == "PRON":
                    noun = None
                if noun is None and tok.pos_ == "VERB":
                    # "fusilaron y dinamitaron a tres oficiales": verbs joined by "y" share the object
                    nxt = next((c for c in tok.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > tok.i
                                and not _has_subject(c) and all(t.dep_ in ("cc", "punct", "advmod") or t.i == c.i
                                                                 for t in doc[tok.i + 1:c.i])), None)
                    noun = _object(nxt) if nxt is not None else None
                    if noun is not None and noun.pos_ == "PRON":
                        noun = None
                found = _count_np(noun) if _is_people(noun) else None
                person = _object_read_as_oblique(tok)
                if person is not None and (noun is None or person.i < noun.i or (person.i == noun.i and found is None)):
                    # "asesinaron a la tesorera de la junta de la vereda X, Y": the person first
                    noun, found = person, _count_np(person) or (1, 1, 1, person.i, person.i)
                if found is not None and tok.lower_.startswith(("retien", "retuv")) and not _personal_a(noun):
                    found = None  # "retienen dos camiones": things held, no people (those take "a")
                if found is None and noun is None and one_of is not None:
                    noun, found = one_of, (1, 1, 1, one_of.i, one_of.i)
                if found is None and noun is not None and _personal_a(noun) and _one_person(noun) \
                        and noun.dep_ in ("obj", "iobj"):
                    found = (1, 1, 1, noun.i, noun.i)  # "asesinaron al alcalde": the personal "a", one person
                if found is None and (noun is None or noun.dep_ not in ("obj", "iobj")) and cat in (KILLED, KIDNAPPED):
                    clitic = next((c for c in tok.children if c.dep_ == "obj" and c.pos_ == "PRON"
                                   and c.lower_ in ("lo", "la") and c.i < tok.i), None)
                    if clitic is not None:  # "la banda que lo secuestró": one person, not named
                        noun, found = None, (1, 1, 1, clitic.i, clitic.i)
                    plural = next((c for c in tok.children if c.dep_ == "obj" and c.pos_ == "PRON"
                                   and c.lower_ in ("los", "las") and c.i < tok.i), None)
                    if found is None and plural is not None and tok.dep_ == "conj" and tok.head.pos_ == "VERB":
                        # "sacaron de sus casas a cinco jornaleros y los mataron": the people of the first verb
                        for verb in _verbs_before(tok):
                            before = _object(verb)
                            got = _count_np(before) if _is_people(before) and before.i < tok.i else None
                            if got is not None and got[0] is not None and got[0] > 1:
                                noun, found = before, got
                                break
            else:  # nmod: "la muerte de 13 militares", "causó la muerte a otras dos"
                # bodies are "de" someone; only a death or a kidnapping falls "a" someone
                # ("los cuerpos se suman a los 200 hallados" is no figure of the bodies)
                bodies = tok.lower_ in load_remains().of_whom
                # (nor when the act is laid on someone: "atribuyó el secuestro a la ACA-EP")
                preps = ("de", "del") if bodies or _blamed_on(tok) else ("de", "del", "a", "al")
                noun = next((c for c in tok.children if c.dep_ in ("nmod", "nummod", "obj")
                             and any(g.lower_ in preps and g.dep_ == "case" for g in c.children)), None)
                if noun is None and not bodies:
                    noun = (None if _blamed_on(tok) else _to_whom(tok)) or _of_after_time(tok)
                if tok.lower_ == "restos" and (noun is None or not _a_person_noun(noun) or _disappeared(noun)):
                    continue  # "restos de un vehículo"; "de dos jóvenes desaparecidos": the disappearance's end
                if tok.lower_.startswith("ejecuci") and (noun is None or not (
                        _a_person_noun(noun) or told_as_a_person(noun) or _named_person(noun))):
                    break  # "la ejecución de dos proyectos", "de la obra": a plan carried out, nobody killed
                found = _count_np(noun) if _is_people(noun) else None
                if found is None and noun is not None and cat in (KILLED, KIDNAPPED) and _case(noun) in ("de", "del") \
                        and _one_person(noun) and ((
                            (_case(noun) == "del" or any(g.dep_ == "det" for g in noun.children))
                            and (victim_group(noun.text) is not None or any(c.pos_ == "PROPN" for c in noun.children)))
                            or (noun.pos_ == "PROPN" and _named_person(noun)) or told_as_a_person(noun)):
                    # "la muerte del turista", "el asesinato de Juan Pérez", "el secuestro de X": one person
                    found = (1, 1, 1, noun.i, noun.i)
                if found is None and (tok.lower_ in _DEATHS_COUNTED or tok.lower_ in load_remains().counted):
                    got = _count_np(tok)  # "causó 29 muertes", "hallaron 17 cadáveres": the figure
                    if got is not None and got[0]:
                        noun, found = tok, got
                if found is None and noun is None and cat == KILLED and "Sing" in tok.morph.get("Number"):
                    poss = next((c for c in tok.children if c.dep_ == "det" and c.lower_ in ("su",)), None)
                    if poss is not None:  # "la causa de su asesinato": one person's death
                        found = (1, 1, 1, poss.i, tok.i)
            if not found and noun is not None and noun.lower_ in ("tantos", "tantas") and noun.i > sent.start \
                    and doc[noun.i - 1].lower_ in ("otros", "otras"):
                # "fallecieron 7 mineros y otros tantos quedaron heridos": as many as the figure before
                prev = next((c for c in reversed(out) if c.best), None)
                if prev is not None:
                    found = (prev.best, prev.low, prev.high, noun.i - 1, noun.i)
            if found and tok.lower_.startswith("neutralizad") and any(
                    c.lower_.startswith(_SUBDUED) and _participle_form(c.lower_)
                    for c in [c for c in tok.children if c.dep_ == "conj" and not _has_subject(c)]
                    + ([tok.head] if tok.dep_ == "conj" and not _has_subject(tok) else [])):
                # "fue neutralizado y detenido": subdued and arrested, not killed (not "dos fueron
                # neutralizados y cinco fueron aprehendidos": each participle has its own people)
                break
            if found and found[0] == 0 and tok.lower_.startswith("hospitaliz"):
                break  # "ninguna hospitalizada": nobody in hospital is not nobody wounded
            if not found or (found[0] != 0 and _negated(tok)):
                break  # ("los dos jóvenes no murieron allí", "no fue secuestrado": no figure told)
            best, lo, hi, first, last = found
            if best is not None and _NOT_PEOPLE.match(doc[min(last, len(doc) - 1)].lower_):
                break
            key = (cat, first)
            if key in seen:
                break
            seen.add(key)
            start_i, end_i = min(first, tok.i), max(last, tok.i)
            head = noun if noun is not None else tok
            vic_end = _phrase_end(head, sent)
            # "murieron dos suboficiales y tres civiles": each conjunct is its own figure
            main_start = doc[min(first, tok.i)].idx
            listed = []  # groups told with this figure: "junto a seis soldados", "(tres muertos del Ejército y un policía)"
            if not single and role in ("subj", "passive", "self", "psubj", "obj"):
                listed = [c for c in tok.children if c.dep_ in ("obl", "nmod") and c.i > tok.i
                          and any(g.lower_ == "junto" for g in c.children if g.dep_ == "case")]
            if role == "self" and (noun is None or noun is tok) and not single:
                listed += [c for c in tok.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "ADJ")
                           and victim_group(c.text) is not None]
                prev = doc[tok.i - 1] if tok.i > sent.start else tok
                if prev.pos_ == "NOUN" and prev.dep_ == "conj" and prev.head.pos_ == "NOUN" \
                        and prev.head.i < first <= prev.i:
                    listed.append(prev.head)  # "deja tres policías y cinco agresores muertos": both groups
                # "cuatro muertos de la Marina y un agente": the parser hangs the second group on the first's "de"
                listed += [c for n in tok.children if n.dep_ == "nmod" and n.i > tok.i and _case(n) in ("de", "del")
                           for c in n.children if c.dep_ == "conj" and c.pos_ == "NOUN"
                           and victim_group(c.text) is not None
                           and any(g.dep_ in ("det", "nummod") for g in c.children)]
            for conj in listed:
                more = _count_np(conj)
                if more and more[0] and (cat, conj.i) not in seen and not _own_predicate(conj, tok) \
                        and not any(p.match(conj.lower_) for p, _, _ in _compiled()):
                    seen.add((cat, conj.i))
                    out.append(CountMention(
                        cat, more[0], more[1], more[2], doc[more[3]].idx, conj.idx + len(conj.text),
                        victim=conj.text, victim_start=conj.idx, victim_end=conj.idx + len(conj.text),
                        victim_head=conj.text, additive=True, listed=True, joint=main_start))
            if noun is not None and noun.i != tok.i and not single:
                conjs = [c for c in noun.children if c.dep_ == "conj" and not is_date_day(c)]
                # "9 civiles, 14 soldados y 6 policías": a list the parser hangs as an apposition
                conjs += [c for a in noun.children if a.dep_ == "appos" and a.i > noun.i
                          and any(g.dep_ == "nummod" for g in a.children) for c in [a] + [
                              g for g in a.children if g.dep_ == "conj"]]
                conjs += _co_subjects(noun)
                conjs = [c for c in conjs if not first <= c.i <= last]  # already counted in the figure
                # "el capitán Luis Mora y el teniente Raúl Díaz": the parser may hang the second
                # person from the first one's name
                conjs += [c for a in noun.children if a.dep_ in ("appos", "flat") and a.pos_ == "PROPN"
                          for c in a.children if c.dep_ == "conj" and c.pos_ == "NOUN" and not is_date_day(c)]
                if role == "self" and tok.dep_ == "amod" and noun.dep_ == "conj" and noun.head.pos_ == "NOUN" \
                        and noun.head.i < noun.i and (any(g.dep_ == "nummod" for g in noun.head.children)
                                                      or _one_named_by_article(noun.head)):  # "El chofer y dos pasajeras heridas"
                    # (not "en la frontera sur: ... y un soldado herido", a place the parser joins)
                    conjs.append(noun.head)  # "cuatro comuneros y dos policías heridos": both groups
                if role in ("obj", "vobj", "to"):  # "a un hombre de 44 años, a su esposa y a su hijo"
                    # (not the complement of an adjective: "a un futbolista aficionado a la salida de la
                    # cancha" is where, "leal al alcalde" whom to; neither is another victim)
                    conjs += [c for c in noun.subtree if c.dep_ in ("conj", "nmod") and c.i > noun.i
                              and c not in conjs and _case(c) in ("a", "al") and (c.dep_ == "conj" or _listed_a(c))
                              and c.head.pos_ != "ADJ"]
                for conj in conjs:
                    if conj.lower_ in load_count_cues().tally_nouns:
                        continue  # "y un número no determinado de civiles": no figure told
                    part = _one_of_a_side(conj)
                    if part is not None and (cat, conj.i) not in seen and not _own_predicate(conj, tok):
                        # "Dos efectivos de la GNB y uno de los atacantes murieron": one more, of the other side
                        seen.add((cat, conj.i))
                        out.append(CountMention(
                            cat, 1, 1, 1, conj.idx, part.idx + len(part.text),
                            victim=doc[conj.i:part.i + 1].text, victim_start=conj.idx,
                            victim_end=part.idx + len(part.text), victim_head=part.text,
                            additive=True, listed=True, joint=main_start))
                        continue
                    if conj.pos_ in ("NOUN", "ADJ", "NUM", "PROPN") and (cat, conj.i) not in seen \
                            and not any(p.match(conj.lower_) for p, _, _ in _compiled()) and not _own_predicate(conj, tok):
                        one = _one_person(conj) and any(g.dep_ in ("det", "case") for g in conj.children)
                        more = (1, 1, 1, conj.i, conj.i) if one and role in ("obj", "vobj", "to") else _count_np(conj)
                        if more is None and _one_person(conj) and (
                                (role in ("obj", "vobj", "to") and any(g.dep_ in ("det", "case") for g in conj.children))
                                or any(g.dep_ == "det" and "Yes" in g.morph.get("Poss") for g in conj.children)
                                or victim_group(conj.text) is not None or _one_named_by_article(conj)):
                            more = (1, 1, 1, conj.i, conj.i)  # "a un tendero, a su esposa y a su hija", "y su hijo"
                        if more and more[0] is not None:
                            seen.add((cat, conj.i))
                            out.append(CountMention(
                                cat, more[0], more[1], more[2], doc[more[3]].idx, conj.idx + len(conj.text),
                                victim=conj.text, victim_start=conj.idx, victim_end=conj.idx + len(conj.text),
                                victim_head=conj.text, additive=True, listed=True, joint=main_start))  # another group of the same toll
            span_toks = [t for t in doc[first:last + 1]]
            dets = [c.lower_ for c in head.children if c.dep_ == "det"]
            out.append(CountMention(
                cat, best, lo, hi, doc[start_i].idx, doc[end_i].idx + len(doc[end_i].text),
                victim=doc[head.i:vic_end + 1].text if head.i != tok.i or role == "self" else None,
                victim_start=head.idx, victim_end=doc[vic_end].idx + len(doc[vic_end].text),
                victim_head=_head_words(_partitive_noun(head), sent),
                additive=any(t.lower_ in ("otros", "otras", "otro", "otra") and doc[max(sent.start, t.i - 1)].lower_
                             not in ("el", "la") for t in doc[max(sent.start, first - 1):last + 1]),
                definite=any(d in ("los", "las", "el", "la") or d in _DEMONSTRATIVES for d in dets)
                or (bool(span_toks) and doc[max(sent.start, first - 1)].lower_ in ("los", "las", "al", "el", "la")),
                restates=best == 1 and head.lower_ in load_count_cues().generic_people
                and any(d in ("el", "la") or d in _DEMONSTRATIVES for d in dets),
            ))
            break
    out.extend(_wounds_to(sent, out))
    out.extend(_people_with_wounds(sent, out))
    out.extend(_people_in_care(sent, out))
    out.extend(_wounded_at_a_site(sent, out))
    out = _not_wounded_figures(out, doc)
    out = _still_in_care(sent, out)
    out = _told_as_more(sent, out)
    # (the parts after "otros": a figure of another category told before them in the sentence - the
    # arrested they are a part of - does not take their mark away, as it does of "otros")
    out = _parts_are_others(doc, _additive_within(out))
    out = _gapped_groups(sent, out)
    out = _elliptical(sent, out)
    out = _breakdown_not_added(sent, out)
    # "mataron a tres oficiales heridos": people counted dead are not also wounded
    dead_at = {c.victim_start for c in out if c.category == KILLED and c.best and c.victim_start >= 0}
    out = [c for c in out if not (c.category == WOUNDED and c.victim_start in dead_at)]
    out = [c for c in out if not _known_receiver(sent, c)]
    out = [_whole_not_part(sent, c) for c in out]
    out = [c for c in out if not _body_of_no_person(sent, c) and not _found_dead(sent, c)]
    out = _died_of_wounds(sent, out)
    out.extend(_death_of_one_wounded(sent, out))
    out.extend(_victims_as_dead(sent, out))
    out.extend(_tallies(sent, out))
    out.extend(_rise_by_a_death(sent, out))
    out = _total_so_now(sent, out)
    out.extend(_zeros(sent, out))
    out = _vanished_after_arrest(sent, out)
    out.extend(_one_detained_vanished(sent, out))
    out = _not_split(sent, out)
    found = _added_to_the_first_report(sent, [_flag(sent, c) for c in out])
    return _given_with_the_rise(sent, _died_before_the_rise(sent, found))


def _added_to_the_first_report(sent, found: list[CountMention]) -> list[CountMention]:
    """ "El primer balance hablaba de seis fallecidos; en la requisa hallaron otros tres cuerpos":
    the figure told as more than a first report's of its category, later in the same sentence (after
    a semicolon or a word of later time), adds to that report, not to the revised toll: together
    they are the revised figure (6 + 3 = 9, an update), as "la cifra se elevó a nueve" would tell it
    (train w-011, y-006)."""
    firsts = [c for c in found if c.preliminary and c.best and not c.cumulative and not (c.additive or c.other)]
    if not firsts or any(c.update for c in found):
        return found
    text = parsed_text(sent.doc)  # (the Doc's text joined once)
    out = []
    for c in found:
        first = next((f for f in firsts if f.category == c.category and f.end <= c.start
                      and _LATER_IN_THE_SENTENCE.search(text[f.end:c.start].lower())), None)
        if first is not None and c.best and (c.additive or c.other) and not c.cumulative:
            total = first.best + c.best
            c = replace(c, best=total, low=total, high=total, update=True, additive=False, other=False,
                        preliminary=False)
        out.append(c)
    return out


_LATER_IN_THE_SENTENCE = re.compile(r";|\b(después|despues|luego|más tarde|mas tarde|posteriormente|durante|"
                                    r"horas|al día siguiente|al dia siguiente)\b")


def _died_before_the_rise(sent, found: list[CountMention]) -> list[CountMention]:
    """ "El cabo X, herido el martes en la emboscada, falleció hoy, con lo que suben a tres los
    agentes muertos": a rise told beside one death is a revision as "la cifra se elevó" is, so the
    dead person the words tell wounded before is one of the wounded (dev s-020)."""
    if not any(c.update and c.category == KILLED for c in found):
        return found
    return [replace(c, from_wounded=True, additive=True)
            if c.category == KILLED and c.best == 1 and not c.update and not c.from_wounded
            and _was_wounded(sent, c, risen=True) else c for c in found]


def _given_with_the_rise(sent, found: list[CountMention]) -> list[CountMention]:
    """ "el penal elevó la cifra a once muertos y seis heridos": the figure listed right after a
    risen one (joined by "y" or a comma) is given at the same time, the revised figure of its own
    category too (corpus/README.md: the updated figure, with the wounded figure given with it)."""
    rises = [c for c in found if c.update]
    if not rises:
        return found
    text = parsed_text(sent.doc)  # (the Doc's text joined once)
    return [replace(c, update=True) if not c.update and c.best and c.category in (KILLED, WOUNDED)
            and not c.cumulative and any(r.category != c.category and r.end <= c.start
                                         and _LISTED_WITH.fullmatch(text[r.end:c.start]) for r in rises)
            else c for c in found]


_LISTED_WITH = re.compile(r"\s*(?:,|y|e)\s*")


# "23 víctimas entre muertos y heridos", "12 muertos y heridos": one figure for the dead and the
# wounded together, which tells neither
_JOINT = gated(re.compile(r"\b(?:entre (?:los |las )?)?(?:muert|fallecid)\w* y (?:herid|lesionad)\w*\b"
                          r"(?!\s+(?:de gravedad |graves? |leves? )?(?:a|al)\s)|"  # ("y heridas a otras 15")
                          r"\bentre (?:los |las )?(?:herid|lesionad)\w* y (?:muert|fallecid)\w*"))


def _not_split(sent, found: list[CountMention]) -> list[CountMention]:
    """ "dejó 23 víctimas entre muertos y heridos", "causó 12 muertos y heridos": the figure counts
    the dead and the wounded together; neither figure is told (a figure of its own for one of
    them, "3 muertos y 9 heridos", is not this)."""
    text = parsed_text(sent).lower()
    spans = [(m.start() + sent.start_char, m.end() + sent.start_char) for m in _JOINT.finditer(text)]
    if not spans:
        return found
    return [c for c in found if not (c.category in (KILLED, WOUNDED) and any(
        c.start < e and s - 2 <= c.end for s, e in spans))]


# "cuyo paradero nunca se conoció", "nueve de ellos nunca volvieron a ser vistos", "desde entonces se
# desconoce su paradero": people taken who did not come back (a disappearance)
_VANISHED = re.compile(r"\b(?:cuyo paradero|se desconoce (?:su|el) paradero|se desconocía su paradero|"
                       r"no se (?:conoce|supo|sabe) (?:nada de )?su paradero|"
                       r"nunca (?:más )?(?:volvi(?:ó|eron) a ser vist|(?:fue|fueron) (?:vist|encontrad|hallad))|"
                       r"no (?:se )?(?:volvi(?:ó|eron) a ser vist|se volvió a saber|volvieron a aparecer)|"
                       r"(?:siguen|continúan|permanecen) desaparecid|"
                       # "sus familiares desconocen su paradero", "su familia no ha vuelto a saber de él"
                       # (corpus train w-021, zd-019, k-016, zb-004; dev c-090, t-024, zd-035, b-235)
                       r"desconocen? (?:su|el) paradero|no (?:ha|han) vuelto a saber de)")
_OF_THEM_N = re.compile(r"\b(\w+) de (?:ellos|ellas)\s+(?:nunca|no|jamás)\b")


def _vanished_after_arrest(sent, found: list[CountMention]) -> list[CountMention]:
    """ "una patrulla detuvo a once comuneros, cuyo paradero nunca se conoció", "detuvieron a doce
    campesinos; cinco de ellos nunca volvieron a ser vistos": the people detained and never seen
    again are the disappeared (kidnapped in our figures), not arrests; "N de ellos" tells how many."""
    if not any(c.category == ARRESTED and c.best for c in found):
        return found
    text = parsed_text(sent).lower()
    cue = _VANISHED.search(text)
    if cue is None:
        return found
    part = _OF_THEM_N.search(text[max(0, cue.start() - 30):cue.end()])
    some = None
    if part is not None:
        w = part.group(1)
        some = words_value([w])  # (digits too: "12")
    out = []
    for c in found:
        if c.category == ARRESTED and c.best and c.start - sent.start_char < cue.start():
            c = replace(c, category=KIDNAPPED)
            if some is not None and 0 < some < c.best:
                c = replace(c, best=some, low=some, high=some)
        out.append(c)
    return out


# "denuncian la desaparición de un opositor tras ser detenido por policías" (a headline: train w-021)
_VANISHED_AFTER = re.compile(r"\bdesapar\w* (?:\w+ ){0,3}(?:tras|luego de|después de|despues de) "
                             r"(?:ser|haber sido) (?:detenid|arrestad|capturad|aprehendid)")


def _one_detained_vanished(sent, found: list[CountMention]) -> list[CountMention]:
    """One person detained, told by a singular passive or clitic that counts nobody ("desconocen
    su paradero desde que fue detenido el domingo", "miembros del Ejército lo detuvieron en un
    retén; su familia no ha vuelto a saber de él", "desaparición de un opositor tras ser
    detenido": corpus train w-021, zd-019), in a sentence that tells them not seen again: one
    disappeared (kidnapped in our figures), as
    ``_vanished_after_arrest`` makes of a detention's figure. Nothing when the sentence counts
    detained or taken people itself."""
    if any(c.category in (ARRESTED, KIDNAPPED) and c.best for c in found):
        return []
    lemmas, tags = doc_lemmas(sent.doc), doc_pos(sent.doc)  # (arrays read once per document)
    arrest_lemmas = load_count_cues().arrest_lemmas
    arrests = [i for i in range(sent.start, sent.end) if tags[i] == "VERB" and lemmas[i] in arrest_lemmas]
    if not arrests:
        return []
    text = parsed_text(sent).lower()
    if _VANISHED.search(text) is None and _VANISHED_AFTER.search(text) is None:
        return []
    for i in arrests:
        tok = sent.doc[i]
        if one_taken(tok):
            return [CountMention(KIDNAPPED, 1, 1, 1, tok.idx, tok.idx + len(tok.text), None)]
    return []


_WOUND_NOUNS = {"herida", "heridas"}


def _a_wound(tok) -> bool:
    """ "por una herida de bala", "con heridas en el rostro", "su herida": the noun names a wound."""
    if tok.lower_ not in _WOUND_NOUNS or tok.pos_ != "NOUN":
        return False
    return any(c.dep_ == "case" for c in tok.children) or any(
        c.dep_ == "det" and c.lower_ in ("una", "su", "sus") for c in tok.children)


_CARE_PLACES = {"hospital", "clínica", "clinica", "posta", "centro", "sanatorio", "policlínico", "policlínica",
                "urgencias", "emergencias", "hospitales", "clínicas", "ambulancia", "ambulancias"}


def _a_care_place(noun) -> bool:
    """ "llevados a una clínica con fracturas": the place of care, not the injured."""
    return noun.lower_ in _CARE_PLACES and _case(noun) in ("a", "al", "hacia", "hasta", "en")


_INJURIES = {"lesiones", "heridas", "quemaduras", "fracturas", "contusiones", "traumatismos", "golpes"}
# verbs whose subject is the injured person ("resultaron con golpes", "fueron atendidos por heridas")
#: verbs whose subject is found in the state their object-like adjective says ("aparecieron muertos")
_FOUND_AS = {"aparecer"}
_LEFT_WITH = {"dejar", "encontrar", "hallar", "rescatar", "reportar", "registrar", "atender", "trasladar", "llevar"}
_CARE_VERBS = {"resultar", "quedar", "terminar", "salir", "hospitalizar", "atender", "internar", "trasladar",
               "ingresar", "llevar", "evacuar"}


def _people_with_wounds(sent, found: list[CountMention]) -> list[CountMention]:
    """ "dejó cinco personas con lesiones leves", "tres agentes con quemaduras": the people the
    injuries are told of."""
    doc = sent.doc
    out: list[CountMention] = []
    if _INJURIES.isdisjoint(span_words(sent)):
        return out  # (no injury noun: no token below would pass its first test)
    for tok in span_tokens(sent):
        if tok.lower_ not in _INJURIES:
            continue
        while tok.dep_ == "conj" and tok.head.i < tok.i:
            tok = tok.head  # "atendidos por asfixia y golpes": the injuries' first conjunct carries the case
        case = _case(tok)
        if case not in ("con", "por"):
            continue
        verb = tok.head if tok.dep_ in ("obl", "nmod") and tok.head.pos_ in ("VERB", "AUX") else None
        care = verb is not None and verb.lemma_ in _CARE_VERBS
        if case == "por" and not care or any(c.dep_ == "det" and c.lower_ in ("los", "las", "sus") for c in tok.children):
            continue  # "atendidos por heridas", not "detenido por lesiones" nor "asociado con los golpes"
        if tok.dep_ == "nmod" and tok.head.pos_ in ("NOUN", "ADJ"):
            people = tok.head
            if _a_care_place(people):
                continue  # "llevados a una clínica con fracturas": the place, not the injured
        elif verb is not None:
            people = next((c for c in verb.children if c.dep_ == "obj" and c.i < tok.i
                           and not _a_care_place(c)), None) \
                if verb.lemma_ in _LEFT_WITH or care else None  # "dejó cinco personas con lesiones"
            if people is None and care:  # "cinco personas fueron hospitalizadas con quemaduras"
                people = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < tok.i), None)
        else:
            continue
        got = _count_np(people) if _is_people(people) and not _EVENT_NOUN.match(people.lower_) else None
        if not got or not got[0] or any(c.category == WOUNDED and c.start <= people.idx < c.end for c in found):
            continue
        best, low, high, first, _ = got
        others = any(t.lower_ in ("otros", "otras") for t in doc[max(sent.start, first - 1):people.i])
        out.append(CountMention(WOUNDED, best, low, high, doc[first].idx, tok.idx + len(tok.text),
                                victim=people.text, victim_start=people.idx,
                                victim_end=people.idx + len(people.text), victim_head=people.text,
                                additive=others))  # "otros tres manifestantes fueron atendidos por heridas"
    return out


_ONE_WOUNDED = {"herido", "herida", "lesionado", "lesionada", "alcanzado", "alcanzada"}  # ("fue alcanzado en el brazo")
_SITE_DETS = {"el", "la", "los", "las", "un", "una", "su", "sus", "ambas", "ambos"}


def _at_a_site(tok) -> bool:
    """ "en una pierna", "en el abdomen", "en la espalda y los brazos": ``tok`` is followed by
    "en" and a part of the body (counts.yaml ``wound_sites``)."""
    doc = tok.doc
    k = tok.i + 1
    if k >= len(doc) or doc[k].lower_ != "en":
        return False
    k += 1
    if k < len(doc) and doc[k].lower_ in _SITE_DETS:
        k += 1
    return k < len(doc) and doc[k].lower_ in load_count_cues().wound_sites


def _wounded_at_a_site(sent, found: list[CountMention]) -> list[CountMention]:
    """ "lo trasladaron al hospital herido en una pierna", "se capturó a un tercero, herido en el
    abdomen", "Fue trasladado al hospital con heridas en la espalda": one person wounded, told by a
    singular wound word at a part of the body, where the parser hangs the word on another noun (the
    hospital, a nationality) or the sentence names nobody. It restates a victim told before
    (``restates``: a figure of the incident already told stands); nothing when the sentence already
    counts wounded or dead (the dead were hit there too: "murió herido en el pecho")."""
    if any(c.category in (WOUNDED, KILLED) and c.best is not None for c in found):
        return []
    words = span_words(sent)
    if _ONE_WOUNDED.isdisjoint(words) and _WOUND_NOUNS.isdisjoint(words):
        return []  # (neither word: no token below is ``one`` or ``_a_wound``)
    doc = sent.doc
    for tok in span_tokens(sent):
        one = tok.lower_ in _ONE_WOUNDED and "Plur" not in tok.morph.get("Number")
        wound = _a_wound(tok) and _case(tok) == "con" and "Sing" in tok.head.morph.get("Number")
        if not (one or wound) or not _at_a_site(tok):
            continue
        return [CountMention(WOUNDED, 1, 1, 1, tok.idx, tok.idx + len(tok.text), victim=None, restates=True)]
    return []


_GRAVE = re.compile(r"\b(?:en (?:estado|condición|condiciones|calidad de|situación|pronóstico) "
                    r"(?:de )?(?:grave|graves|delicad[oa]s?|crític[oa]s?|reservad[oa]s?|de gravedad)|"
                    r"de gravedad|gravemente herid[oa]s?|grave(?:s)?,? (?:con|por|tras)\b)")


# "trasladados al hospital", "llevadas a una clínica", "evacuados al centro de salud de ...": taken to care
_TO_HOSPITAL = re.compile(r"(?:de urgencia |de inmediato |inmediatamente )?(?:a|al|hasta|hacia) (?:el |la |un |una )?"
                          r"(?:hospital|clínica|clinica|posta|centro de salud|centro médico|centro asistencial|"
                          r"sanatorio|policlínico|policlínica|puesto de salud|servicio de urgencias|urgencias)\b")


def _people_in_care(sent, found: list[CountMention]) -> list[CountMention]:
    """ "un anciano fue llevado a la clínica en estado grave", "tres vecinos fueron llevados a la
    clínica en condición delicada": people taken to care in a serious condition are wounded."""
    cues = load_count_cues()
    doc = sent.doc
    out: list[CountMention] = []
    tags, tokens, lemmas, lows = doc_pos(doc), doc_tokens(doc), doc_lemmas(doc), doc_lowers(doc)
    for i in range(sent.start, sent.end):
        if tags[i] not in ("VERB", "ADJ", "AUX"):
            continue  # (read from the Doc's arrays, not from each Token)
        if lemmas[i].lower() not in cues.care_verbs \
                and not (_participle_form(form := lows[i]) and any(_form_of(form, v) for v in cues.care_verbs)):
            continue
        tok = tokens[i]
        after = doc[tok.i + 1:min(sent.end, tok.i + 12)].text.lower()
        grave = bool(_GRAVE.search(after))
        to_hospital = not grave and bool(_TO_HOSPITAL.match(after))
        if not grave and not to_hospital:
            continue
        passive = any(c.dep_ in ("aux", "aux:pass", "cop") and c.lemma_ in ("ser", "estar") for c in tok.children)
        people = (_subject(tok) or _late_subject(tok)) if passive else _object(tok)
        if people is None or not _is_people(people) or _EVENT_NOUN.match(people.lower_):
            continue
        got = _count_np(people)
        if got is None and _one_person(people) and "Sing" in tok.morph.get("Number"):
            got = (1, 1, 1, people.i, people.i)  # "una mujer fue trasladada ..."
        if not got or not got[0] or any(c.category == WOUNDED and c.start <= people.idx < c.end for c in found):
            continue
        best, low, high, first, _ = got
        others = any(t.lower_ in ("otros", "otras", "otro", "otra") for t in doc[max(sent.start, first - 1):people.i + 1])
        reason = next((t for t in doc[tok.i + 1:min(sent.end, tok.i + 9)] if t.lower_ in ("por", "debido")), None)
        if to_hospital and reason is not None and _ill(doc[reason.i - 1]):
            continue  # "trasladados a un hospital por deshidratación": an illness, no wound
        if to_hospital and (best < 2 or not others and any(c.category == KILLED for c in found)):
            continue  # "otros cinco pasajeros fueron llevados al hospital"; one taken there may have died
        last = max(tok.i, people.i)
        out.append(CountMention(WOUNDED, best, low, high, doc[min(first, people.i, tok.i)].idx,
                                doc[last].idx + len(doc[last].text),
                                victim=people.text, victim_start=people.idx,
                                victim_end=people.idx + len(people.text), victim_head=people.text, additive=others))
    return out


_OF_WOUNDED = re.compile(r"\bde (?:los|las|estos|estas) (?:\w+ ){0,2}(?:heridos|heridas|lesionados|lesionadas)\b")
# "uno de los heridos, un joven de 22 años, murió": the dead person told in apposition to "one of
# the wounded" (the parser takes the apposition for the subject; corpus dev zb-014, as told in train
# k-001, y-012, y-016, w-005 where the parse keeps "uno de los heridos" as the subject)
_OF_WOUNDED_APPOSED = re.compile(r"\b(?:uno|una|dos|tres|cuatro) de (?:los|las|estos|estas) (?:\w+ ){0,2}"
                                 r"(?:heridos|heridas|lesionados|lesionadas)\s*,\s*\Z")
_OF_THEM = re.compile(r"\bde (?:ellos|ellas)\b")


def _died_of_wounds(sent, found: list[CountMention]) -> list[CountMention]:
    """ "uno de los heridos murió en el hospital", "seis quedaron heridos; dos de ellos murieron
    después": dead who had been counted wounded. They add to the dead ("otros dos": additive) and
    come off the wounded (``_select``); corpus convention: 11 wounded, 3 of them die -> 8."""
    doc = sent.doc
    out = []
    for c in found:
        if c.category == KILLED and c.best and not c.update:
            text = parsed_text(doc)[c.start:c.end].lower()
            wounded_before = any(w.category == WOUNDED and w.best and w.start < c.start for w in found)
            if _OF_WOUNDED.search(text) or (_OF_THEM.search(text) and wounded_before) or _was_wounded(sent, c) \
                    or _the_wounded_died(c) or _apposed_to_the_wounded(doc, c):
                c = replace(c, from_wounded=True, additive=True)
        out.append(c)
    return out


def _apposed_to_the_wounded(doc, c: CountMention) -> bool:
    """ "uno de los heridos, un joven de 22 años, murió": the figure's words follow "one of the
    wounded" and a comma, so the dead person is one of the wounded told again."""
    before = parsed_text(doc)[max(0, c.start - 60):c.start].lower()
    return bool(_OF_WOUNDED_APPOSED.search(before))


_WOUNDED_HEADS = {"herido", "herida", "heridos", "heridas", "lesionado", "lesionada", "lesionados", "lesionadas"}


def _the_wounded_died(c: CountMention) -> bool:
    """ "dos heridos murieron en el hospital", "después de que dos heridos murieran": the dead are
    named as wounded, so they had been counted wounded (train p-062)."""
    words = (c.victim_head or "").lower().split()
    return bool(words) and words[0] in _WOUNDED_HEADS


_REVISION = gated(re.compile(r"\b(?:cifra|saldo|balance|número|recuento)\b[^.;]{0,60}?\b(?:elev|ascend|ascien|aument|subi|sube)"))
_WAS_WOUNDED = re.compile(r"\b(?:herid[oa]s?|lesionad[oa]s?|evacuad[oa]s?|hospitalizad[oa]s?|internad[oa]s?)\b")


def _was_wounded(sent, c: CountMention, risen: bool = False) -> bool:
    """ "la cifra se elevó a tres, luego de que un cabo que había sido evacuado en estado crítico
    falleciera", "se elevó a cinco tras morir una mujer herida": one dead person the words tell was
    wounded (or taken to care) before dying, in a sentence that revises the toll."""
    if c.best != 1:
        return False
    tok = _victim_token(sent, c)
    if tok is None or tok.i >= sent.end:
        return False
    if not risen and not _REVISION.search(parsed_text(sent).lower()):
        # ("a un paciente que se recuperaba de heridas": wounds of another time; only a relative
        # clause that tells this incident's wound or care: "un joven que había resultado herido")
        return _told_wounded_before(tok)
    # (its own modifiers only: "un cabo herido", "un cabo que había sido evacuado"; not a group
    # joined to it, "un comerciante muerto y seis personas heridas")
    words: list[str] = []
    stack = [c for c in tok.children if c.dep_ in ("amod", "acl:relcl") or (c.dep_ == "acl" and (
        c.pos_ != "VERB" or any(g.lower_ in ("que", "quien") and g.i < c.i for g in c.children)))]
    while stack:
        t = stack.pop()
        words.append(t.lower_)
        stack.extend(g for g in t.children if g.dep_ not in ("conj", "cc", "nsubj", "obj"))
    return bool(_WAS_WOUNDED.search(" ".join(words)))


_WOUNDED_BEFORE = re.compile(r"^que (?:había|habia) (?:sido |resultado |quedado )?(?:\w+ )?(?:herid[oa]|lesionad[oa]|"
                             r"evacuad[oa]|hospitalizad[oa]|internad[oa])\b|^que (?:permanecía|permanecia|seguía|"
                             r"seguia|estaba) (?:\w+ )?(?:internad[oa]|hospitalizad[oa]|herid[oa]|grave)\b")


def _told_wounded_before(tok) -> bool:
    """The dead person's own relative clause tells them wounded or in care before dying ("un joven
    que había resultado herido en el ataque", "un policía que permanecía internado"): a death among
    the wounded (train j-024, l-079, b-101, a-408, m-065)."""
    for c in tok.children:
        if c.dep_ in ("acl", "acl:relcl") and c.i > tok.i:
            words = [t.lower_ for t in c.subtree][:6]
            if _WOUNDED_BEFORE.search(" ".join(words)):
                return True
    return False


def _victim_token(sent, c: CountMention):
    """The token of the sentence (or Doc) where the count's victim phrase starts, or None."""
    return next((t for t in span_tokens(sent) if t.idx == c.victim_start), None)


def _body_of_no_person(sent, c: CountMention) -> bool:
    """ "un cuerpo de seguridad", "el cuerpo de élite": "cuerpo" (singular) is a body only of a person
    ("el cuerpo de un joven", "el cuerpo del dirigente X"), told by a person's noun or a name."""
    if c.category != KILLED or c.victim_start < 0:
        return False
    head = _victim_token(sent, c)
    if head is None or head.head.lower_ != "cuerpo" or head.dep_ != "nmod":
        return False
    cues = load_count_cues()
    return not (head.pos_ == "PROPN" or head.lower_ in cues.generic_people or victim_group(head.text) is not None
                or told_as_a_person(head))


_AGE_UNITS = frozenset({"años", "anos", "annos"})


def told_as_a_person(noun) -> bool:
    """A noun the lexicons do not know told as a person by a name in apposition or an age ("de un
    taxista de 38 años", "de la defensora X", "de la joven X, de 22 años": corpus train q-039,
    u-084, u-011)."""
    return any((c.dep_ in ("appos", "flat") and c.pos_ == "PROPN" and c.ent_type_ == "PER")
               or (c.dep_ == "nmod" and c.lower_ in _AGE_UNITS and any(g.dep_ == "nummod" for g in c.children))
               for c in noun.children)




def _a_person_noun(noun) -> bool:
    """ "personas", "campesinos", "soldado": a noun the lexicons know names people (not "restos de
    un artefacto", which ``_count_np`` would read as one)."""
    return victim_group(noun.text) is not None or noun.lower_ in load_count_cues().generic_people


def _disappeared(noun) -> bool:
    """ "de dos jóvenes desaparecidos", "de Joel, desaparecido desde enero": people told as
    disappeared; the gold counts no dead when their remains are found (corpus train g-018, g-019,
    dev g-021)."""
    return any(t.lower_.startswith("desaparecid") for t in noun.subtree)
_BELONG = {"pertenecer", "corresponder"}


def _found_dead(sent, c: CountMention) -> bool:
    """ "los restos de un campesino desaparecido desde agosto", "los restos pertenecen a dos jóvenes
    desaparecidos": the disappeared are found dead; the gold counts no one kidnapped (corpus train
    g-018, g-019, g-020, dev g-021, c-081, c-139)."""
    if c.category != KIDNAPPED or "desaparec" not in parsed_text(sent.doc)[c.start:c.end].lower():
        return False
    head = _victim_token(sent, c)
    if head is None:
        return False
    person = head
    while person.dep_ in ("appos", "flat") and person.head.i != person.i:
        person = person.head  # "a la maestra Ana Pérez, desaparecida": the name's noun
    if person.head.lemma_ in _BELONG and _case(person) in ("a", "al"):
        return any(t.lower_ in load_remains().found for t in sent)  # "la osamenta (...) corresponde a la maestra X"
    t = head
    while t.head.i != t.i and t.dep_ in ("nmod", "appos", "conj", "flat"):
        if t.head.lower_ in load_remains().found and t.dep_ == "nmod":
            return True
        t = t.head
    return False


_INCLUDED = {"incluido", "incluida", "incluidos", "incluidas", "incluyendo"}
_DASHES = "-—–(,"


#: what opens the groups told right after a figure as its breakdown ("Nueve personas, seis
#: policías y tres manifestantes", "siete personas: cuatro policías y tres civiles", "Cinco
#: militares -dos oficiales y tres soldados-"); after a bare comma only a generic noun's figure
#: is broken down ("Cinco soldados, dos policías y tres civiles" lists three groups)
_BREAKDOWN_OPENERS = (":", "-", "—", "–", "(")


def _breakdown_not_added(sent, found: list[CountMention]) -> list[CountMention]:
    """Groups listed right after a figure that add up exactly to it are its breakdown, not more
    people: they are dropped and the figure stands (corpus m-058, m-003: wounded 18 for 9,
    kidnapped 8 for 4). The parser may take the first group into the figure's own phrase
    ("militares -dos oficiales"): its number counts towards the sum."""
    doc = sent.doc
    drop: set[int] = set()
    for main in found:
        if main.additive or main.listed or not main.best or main.best < 2 or main.victim_start < 0:
            continue
        parts = [c for c in found if c.listed and c.joint == main.start and c.category == main.category
                 and c.start > main.victim_start]
        head = _victim_token(sent, main)
        if not parts or head is None:
            continue
        first = min(parts, key=lambda c: c.start)
        gap = parsed_text(doc)[head.idx + len(head.text):first.start]
        opener = gap.strip()[:1]
        generic = head.lower_ in load_count_cues().generic_people or head.lower_ in ("víctimas", "victimas")
        if not (opener in _BREAKDOWN_OPENERS or (opener == "," and generic)):
            continue
        absorbed = 0
        for t in span_tokens(sent):
            if head.idx + len(head.text) <= t.idx < first.start and (t.i + 1 >= len(doc) or _number_at(doc, t.i + 1) is None):
                num = _number_at(doc, t.i)
                bare = t.lower_.strip(_DASHES)  # "-dos": the tokenizer keeps the dash on the number
                if num is not None:
                    absorbed += num[0]
                else:
                    digits = digits_value(bare)
                    absorbed += (digits if digits is not None else words_value([bare])) or 0
        if absorbed + sum(c.best or 0 for c in parts) == main.best:
            drop.update(id(c) for c in parts)
    return [c for c in found if id(c) not in drop]


def _whole_not_part(sent, c: CountMention) -> CountMention:
    """ "dos -incluido un excombatiente- murieron", "tres (incluida una enfermera) fallecieron": the
    parser may take the person set off as included for the subject; the figure is the number
    before "incluido"."""
    if c.victim_start < 0 or c.category not in (KILLED, WOUNDED, KIDNAPPED):
        return c
    doc = sent.doc
    head = _victim_token(sent, c)
    if head is None:
        return c
    k = head.i - 1
    while k > sent.start and (doc[k].pos_ in ("DET", "NUM") and doc[k].i == head.i - 1 or not doc[k].text.strip(_DASHES)):
        k -= 1
    if k <= sent.start or doc[k].lower_.strip(_DASHES) not in _INCLUDED:
        return c
    k -= 1
    while k > sent.start and not doc[k].text.strip(_DASHES):
        k -= 1
    num = _number_at(doc, k)
    if num is None or num[0] <= 1:
        return c
    value, first, _ = num
    best, low, high = _qualified(doc, first, value)
    return replace(c, best=best, low=low, high=high, start=doc[first].idx, victim=None, victim_start=-1,
                   victim_end=-1, victim_head=None)


def _receives_a_wound(tok) -> bool:
    """ "recibió", "fue alcanzado": the verb of a wound a person got ("recibir un disparo",
    "alcanzar por una bala" in counts.yaml)."""
    return tok.lemma_.lower() == "recibir" or _participle_of(tok, "alcanzar")


def _one_more_of_a_listed_noun(tok) -> bool:
    """ "Un agente fallecido y otro herido", "un comerciante asesinado y otro herido": the adjective
    on "otro" conjoined to a counted noun (the parser makes the pronoun the conjunct) is one more
    person of that noun (corpus train b-028; the same ellipsis as "dos policías muertos y otro
    herido", a-030, d-073, l-030)."""
    head = tok.head
    return tok.dep_ == "amod" and head.i < tok.i and head.lower_ in ("otro", "otra") \
        and head.pos_ in ("PRON", "DET") and head.dep_ == "conj" and head.head.pos_ in ("NOUN", "PROPN") \
        and not any(c.dep_ == "det" for c in head.children)


def _known_receiver(sent, c: CountMention) -> bool:
    """ "El suboficial había recibido dos disparos", "la víctima recibió un tiro", "las víctimas
    fueron alcanzadas por disparos" (corpus train d-032): a wound a definite person received is the
    story of someone told before (often one who died), no new wounded; "un campesino recibió un
    disparo" is."""
    if c.category != WOUNDED:
        return False
    verb = next((t for t in span_tokens(sent) if c.start <= t.idx < c.end and _receives_a_wound(t)), None)
    if verb is None:
        return False
    if c.victim_start < 0 or c.victim is None:
        # "Recibió varios disparos." with no subject: the person told before (corpus train a-012,
        # the leader killed in the sentence before)
        return not _has_subject(verb)
    if any(d.dep_.startswith("nsubj") and d.lower_ in ("quien", "quienes", "que", "cual") for d in verb.children):
        return True  # "el subteniente X, quien recibió impactos de bala": the person the sentence is about
    subj = _subject(verb)
    if subj is not None and subj.pos_ == "NOUN" and _definite(subj):
        # "El policía, de 34 años, recibió varios disparos", "El escolta ... bajó del auto y recibió dos
        # impactos" (train j-009, dev b-070): the subject, told apart from the verb, is someone told before
        return True
    head = _victim_token(sent, c)
    if head is None or head.head.i != verb.i:
        return False
    return _definite(head)


def _definite(noun) -> bool:
    """The noun has a definite article or a demonstrative: someone told before."""
    return any(d.dep_ == "det" and (d.lower_ in ("el", "la", "los", "las") or d.lower_ in _DEMONSTRATIVES)
               for d in noun.children)


_DEATH_NOUNS = {"muerte", "fallecimiento", "deceso"}
_WOUNDED_NOUNS = {"heridos", "heridas", "lesionados", "lesionadas"}


def _death_of_one_wounded(sent, found: list[CountMention]) -> list[CountMention]:
    """ "confirmó la muerte de uno de aquellos heridos", "el fallecimiento de una de las tres lesionadas": one
    of the wounded died (the parser reads "uno" as a pronoun, which no figure reading takes)."""
    doc = sent.doc
    out: list[CountMention] = []
    if _DEATH_NOUNS.isdisjoint(span_words(sent)):
        return out  # (no death noun: no token below would pass its first test)
    for tok in span_tokens(sent):
        if tok.lower_ not in _DEATH_NOUNS or tok.i + 5 >= sent.end:
            continue
        words = [t.lower_ for t in doc[tok.i + 1:min(sent.end, tok.i + 7)]]
        if words[:1] != ["de"] or words[1] not in ("uno", "una") or words[2:3] != ["de"] \
                or words[3] not in ("los", "las", "estos", "estas"):
            continue
        k = 4 + (_number_at(doc, tok.i + 5) is not None)  # "de los tres heridos"
        if k >= len(words) or words[k] not in _WOUNDED_NOUNS:
            continue
        one = doc[tok.i + 2]
        if any(c.category == KILLED and c.start <= one.idx < c.end for c in found):
            continue
        end = doc[tok.i + 1 + k]
        out.append(CountMention(KILLED, 1, 1, 1, one.idx, end.idx + len(end.text), victim=one.text,
                                victim_start=one.idx, victim_end=one.idx + len(one.text), victim_head=one.text,
                                additive=True, from_wounded=True))
    return out


#: the words ``_wounds_to`` reads a figure after ("heridas a otras 20")
_WOUNDS_TO_WORDS = frozenset(("heridas", "heridos", "lesiones"))


def _wounds_to(sent, found: list[CountMention]) -> list[CountMention]:
    """ "causó la muerte de seis personas y heridas a otras 20", "dejando heridas a otras 45":
    the figure after "heridas a" that no other reading took."""
    doc = sent.doc
    out: list[CountMention] = []
    if span_words(sent).isdisjoint(_WOUNDS_TO_WORDS):
        return out  # (the loop's first test, for the whole sentence at once)
    for tok in span_tokens(sent):
        if tok.lower_ not in _WOUNDS_TO_WORDS or tok.i + 2 >= sent.end or doc[tok.i + 1].lower_ != "a":
            continue
        k = tok.i + 2
        other = doc[k].lower_ in ("otras", "otros")
        k += other
        num = None
        for j in range(k, min(sent.end, k + 3)):  # "a otras 17", "a más de 40", "a al menos 12"
            num = _number_at(doc, j)
            if num is not None:
                while j + 1 < sent.end and _number_at(doc, j + 1) is not None and _number_at(doc, j + 1)[1] == num[1]:
                    j += 1
                    num = _number_at(doc, j)
                break
            if doc[j].lower_ not in ("más", "de", "al", "menos", "unas", "unos", "por", "lo"):
                break
        if num is None:
            continue
        value, first, last = num
        if last + 1 < sent.end and _NOT_PEOPLE.match(doc[last + 1].lower_):
            continue
        if any(c.category == WOUNDED and c.start <= doc[first].idx < c.end for c in found):
            continue
        best, low, high = _qualified(doc, first, value)
        end = doc[last]
        out.append(CountMention(WOUNDED, best, low, high, tok.idx, end.idx + len(end.text), victim=None,
                                additive=other))
    return out


def _not_wounded_figures(found: list[CountMention], doc) -> list[CountMention]:
    """"después de que dos heridos fallecieran", "tras la muerte de dos heridos": wounded who
    died are why the toll rose, not a figure of wounded."""
    out = []
    for c in found:
        if c.category == WOUNDED and c.victim_start >= 0:
            head = _victim_token(doc, c)
            if head is not None and is_casualty_word(head.text) and (
                    (head.dep_ in ("nsubj", "obj") and head.head.lemma_ in ("morir", "fallecer", "perecer"))
                    or (head.head.lower_ in ("muerte", "fallecimiento", "muertes") and _case(head) == "de")):
                continue
        out.append(c)
    return out


_STILL = re.compile(r"^\s*(?:\w+\s+){0,2}?(?:siguen|sigue|permanecen|permanece|continúan|continúa|seguían|"
                    r"permanecían)\s+(?:internad|hospitalizad|en el hospital|en observación|en estado|grave|"
                    r"bajo atención|recibiendo atención)")


def _still_in_care(sent, found: list[CountMention]) -> list[CountMention]:
    """ "otros siete lesionados siguen internados", "otros dos permanecen hospitalizados": the
    wounded still in care - a state of those counted, told again (and, beside a revised toll,
    the wounded left); no people more than those told before."""
    doc = sent.doc
    out = []
    for c in found:
        if c.category == WOUNDED and c.additive and not c.listed:
            rest = parsed_text(doc)[c.end:sent.end_char]
            at = parsed_text(doc)[c.start:c.end].lower()
            if _STILL.match(rest) or re.search(r"\b(?:siguen|sigue|permanecen|permanece|continúan)\b", at):
                revised = any(o.category == KILLED and (o.update or o.from_wounded) for o in found) or \
                    _BARE_RISE.search(parsed_text(sent).lower()) is not None
                c = replace(c, additive=False, other=True, update=revised)
        out.append(c)
    return out


_VERBS_OF_STATE = {"resultar", "quedar", "salir", "terminar", "acabar"}


def _told_as_more(sent, found: list[CountMention]) -> list[CountMention]:
    """ "en el choque murieron también dos atacantes", "resultaron además heridos tres vecinos":
    "también"/"además" on the casualty verb itself tells of more people than those told before,
    as "otros" does (not on a verb of saying: "confirmó también la muerte de dos soldados")."""
    also = load_count_cues().also_words
    if also.isdisjoint(span_words(sent)):
        return found  # (no such word: ``words`` below would be empty)
    words = [t for t in span_tokens(sent) if t.lower_ in also and t.dep_ == "advmod"]
    if not words:
        return found
    out = []
    for c in found:
        if not c.additive and c.best and c.category in (KILLED, WOUNDED, KIDNAPPED):
            for w in words:
                h = w.head
                inside = c.start <= h.idx < c.end and h.pos_ in ("VERB", "AUX", "ADJ")
                state = h.lemma_ in _VERBS_OF_STATE and any(c.start <= t.idx < c.end for t in h.children)
                if inside or state:
                    c = replace(c, additive=True)
                    break
        out.append(c)
    return out


def _additive_within(found: list[CountMention]) -> list[CountMention]:
    """"murieron dos guardias y otros tres quedaron heridos": "otros" sets the wounded apart from
    the dead of the same sentence; it adds only to an earlier figure of its own category. A figure
    with "otros" and no earlier figure in its sentence ("Otras tres personas resultaron heridas.")
    keeps the mark: it adds to the incident's figures told in earlier sentences (``_select``)."""
    out = []
    for c in sorted(found, key=lambda c: c.start):
        if c.additive and not c.listed:
            c = replace(c, other=True)
            if not any(o.category == c.category and o.start < c.start for o in out) and (
                    any(o.start < c.start for o in out) or c.category == KILLED):
                # (the dead: "Horas más tarde, otros dos hombres fueron asesinados" tells as often
                # of other killings of the day as of more dead of the incident; they do not add)
                c = replace(c, additive=False)
        out.append(c)
    return out


def _gapped_groups(sent, found: list[CountMention]) -> list[CountMention]:
    """ "dos manifestantes resultaron heridos de bala y cinco agentes por golpes", "dos policías
    resultaron heridos por perdigones y un comunero recibió un disparo": the parser hangs the
    second group from the first one's cause ("bala", "perdigones"); it is another group of the same
    toll when no verb follows it (the predicate left out) or the verb that follows tells the same
    casualty (corpus train j-025, a-180). Only people the lexicon knows (a victim group's noun or
    a generic one: "personas"), not a means ("por disparos y dos granadas")."""
    out: list[CountMention] = []
    for c in found:
        out.append(c)
        if c.category not in (KILLED, WOUNDED) or not c.best or c.listed:
            continue
        for tok in span_tokens(sent):
            if not c.start <= tok.idx < c.end or (_single_role(tok.lower_) or ("", ""))[0] != c.category:
                continue
            heads = [tok] + ([tok.head] if tok.head.lemma_ in _COPULAS and tok.head.i < tok.i else [])
            causes = [x for h in heads for x in h.children if x.dep_ in ("obl", "nmod") and x.i > tok.i
                      and _case(x) in ("por", "de", "con") and victim_group(x.text) is None]
            # (a group hung on the participle itself; not on a finite verb: "Cuatro personas murieron,
            # tres mineros y un indígena" breaks the figure down)
            for group in [g for x in ([tok] if tok.pos_ == "ADJ" else []) + causes for g in x.children]:
                more = _another_group(group, c, found + out)
                if more is not None:
                    out.append(more)
    return out


def _another_group(group, c: CountMention, found: list[CountMention]) -> Optional[CountMention]:
    """The figure of ``group``, a people noun joined by "y" to the cause of ``c``'s casualty, as
    another group of ``c``'s toll (``_gapped_groups``), or None."""
    doc = group.doc
    if group.dep_ != "conj" or group.pos_ != "NOUN" or (victim_group(group.text) is None
                                                         and group.lower_ not in load_count_cues().generic_people) \
            or not any(g.dep_ == "cc" and g.lower_ in ("y", "e") for g in group.children) \
            or any(m.start <= group.idx < m.end for m in found):
        return None
    figure = _count_np(group)
    if figure is None or not figure[0]:
        return None
    after = group.right_edge.i + 1
    if after < sent_of(group).end and doc[after].pos_ in ("VERB", "AUX"):
        verb = doc[after]
        roles = list(_roles_of(verb)) if verb.pos_ in _PHRASE_POS or _single_role(verb.lower_) else []
        if not roles or roles[0][0] != c.category:
            return None  # "y un comunero fue detenido": the group's own predicate, no casualty
    best, low, high, first, _ = figure
    return CountMention(c.category, best, low, high, doc[first].idx, group.idx + len(group.text),
                        victim=group.text, victim_start=group.idx, victim_end=group.idx + len(group.text),
                        victim_head=group.text, additive=True, listed=True, joint=c.start)


_OTHER_ONES = {"otro", "otra", "otros", "otras"}


def _elliptical(sent, found: list[CountMention]) -> list[CountMention]:
    """ "tres militares murieron y cinco resultaron heridos": a figure whose victims are
    only a number are the people of the figure before it in the sentence."""
    from dataclasses import replace

    out: list[CountMention] = []
    prev: Optional[CountMention] = None
    for c in sorted(found, key=lambda c: c.start):
        head = (c.victim_head or "").strip()
        bare = not head or all(ch.isdigit() for ch in head.replace(".", "")) or _number_word(head) \
            or head.lower() in _OTHER_ONES  # "un guardia murió y otro resultó herido" (train c-166)
        if bare and prev is not None and prev.victim_head:
            c = replace(c, victim_head=prev.victim_head)
        elif not bare and not is_casualty_word(head.split()[0]):
            prev = c
        out.append(c)
    return out


def _number_word(word: str) -> bool:
    lex = load_numbers()
    return all(w in lex.units or w in lex.tens or w in lex.hundreds or w in ("y",) for w in word.lower().split())


def _words_before(doc, i: int, n: int) -> list[str]:
    return [t.lower_ for t in doc[max(0, i - n):i]]


def _victims_as_dead(sent, found: list[CountMention]) -> list[CountMention]:
    """ "dejó 40 víctimas y más de 100 heridos": next to a wounded figure, the
    victims counted apart are the dead."""
    if not any(c.category == WOUNDED for c in found) or any(c.category == KILLED for c in found):
        return []
    doc = sent.doc
    for tok in span_tokens(sent):
        if tok.lower_ not in ("víctimas", "victimas") or tok.i + 1 < sent.end and doc[tok.i + 1].lower_ in (
                "mortales", "fatales"):
            continue
        got = _count_np(tok)
        if got and got[0]:
            best, lo, hi, first, last = got
            return [CountMention(KILLED, best, lo, hi, doc[first].idx, tok.idx + len(tok.text),
                                 victim=tok.text, victim_start=tok.idx, victim_end=tok.idx + len(tok.text),
                                 victim_head=tok.text)]
    return []


_TALLY_CATEGORY = {"muertos": KILLED, "fallecidos": KILLED, "víctimas": KILLED, "victimas": KILLED,
                   "asesinados": KILLED, "heridos": WOUNDED, "lesionados": WOUNDED,
                   "secuestrados": KIDNAPPED, "detenidos": ARRESTED}


def _tallies(sent, found: list[CountMention]) -> list[CountMention]:
    """ "la cifra de muertos subió a nueve", "ascendió a 9 el número de heridos",
    "el saldo de fallecidos es de 58": a figure stated for a tally noun."""
    cues = load_count_cues()
    doc = sent.doc
    have = {c.category for c in found}
    out: list[CountMention] = []
    if cues.tally_nouns.isdisjoint(span_words(sent)):
        return out  # (no tally noun: no token below would pass its first test)
    for tok in span_tokens(sent):
        if tok.lower_ not in cues.tally_nouns:
            continue
        # "la cifra de muertos", "el número de privados de libertad fallecidos"
        nxt = doc[tok.i + 1:min(sent.end, tok.i + 7)]
        cat_tok = next((t for t in nxt if t.lower_ in _TALLY_CATEGORY), None)
        if cat_tok is None or not any(t.lower_ in ("de", "del") for t in nxt):
            continue
        cat = _TALLY_CATEGORY[cat_tok.lower_]
        if tok.i + 2 < sent.end and cat_tok.lower_ in ("víctimas", "victimas") and \
                (doc[cat_tok.i + 1].lower_ if cat_tok.i + 1 < len(doc) else "") not in ("mortales", "fatales"):
            continue
        # the number: after "a"/"en"/"de" following the verb, before or after the tally noun
        num = None
        for k in list(range(cat_tok.i + 1, min(sent.end, cat_tok.i + 14))) + \
                list(range(max(sent.start, tok.i - 6), tok.i)):
            got = _number_at(doc, k)
            if got and k > 0 and doc[got[1] - 1].lower_ in ("a", "en", "de") \
                    and not (doc[k].dep_ == "det" and doc[k].lower_ in ("un", "una")):  # ("en una gallera")
                num = got
                break
        if num is None:  # "la cifra de fallecidos en el atentado de ... ya llega a siete"
            for k in range(cat_tok.i + 14, min(sent.end, cat_tok.i + 40)):
                got = _number_at(doc, k)
                if got and got[1] >= 2 and doc[got[1] - 1].lower_ == "a" \
                        and doc[got[1] - 2].lower_.startswith(cues.update_stems):
                    num = got
                    break
        if num is None:
            continue
        value, first, last = num
        # (a verb the tagger misreads after a dateline, "- Sube a cuatro el número de muertos", still
        # counts when "a" follows it)
        verbs = [t for t in doc[max(sent.start, min(first, tok.i) - 3):max(last, cat_tok.i) + 1]
                 if t.pos_ in ("VERB", "AUX") or (t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "a")]
        update = any(v.lower_.startswith(cues.update_stems) for v in verbs)
        if cat in have and not update:
            continue
        lo_i, hi_i = min(first, tok.i), max(last, cat_tok.i)
        out.append(CountMention(cat, value, value, value, doc[lo_i].idx, doc[hi_i].idx + len(doc[hi_i].text),
                                victim=None, update=update))
    return out


_BARE_RISE = gated(re.compile(r"\b(?:la cifra|el saldo|el balance|el número|el recuento)\s+(?:se\s+)?"
                              r"(?:elev|ascendi|aument|subi)\w*\s+a\s+(?:al menos\s+)?(\w+)\b"))
_BY_A_DEATH = re.compile(r"^[^.;]{0,12}\b(?:luego de que|después de que|tras|al|por)\b[^.;]{0,90}?"
                         r"\b(?:muri\w*|falleci\w*|muerte|perdi\w* la vida)\b")


def _rise_by_a_death(sent, found: list[CountMention]) -> list[CountMention]:
    """ "la cifra se elevó a cinco, luego de que una mujer herida muriera": a tally that names no
    category rose because someone died: the dead, revised (an update)."""
    if any(c.category == KILLED and c.update for c in found):
        return []
    text = parsed_text(sent).lower()
    m = _BARE_RISE.search(text)
    if m is None or _BY_A_DEATH.search(text[m.end():]) is None:
        return []
    w = m.group(1)
    value = words_value([w])  # (digits too: "12")
    if not value:
        return []
    return [CountMention(KILLED, value, value, value, sent.start_char + m.start(), sent.start_char + m.end(),
                         victim=None, update=True)]


# "con lo que", "con ello", "con esto": a total told right after one more death, wound or body found
_SO_NOW_OPENINGS = (("con", "lo", "que"), ("con", "ello"), ("con", "esto"))
SO_NOW_REACH = 10  # words after the opening that may tell the total and its category
# the people a total counts, by category (plural: a total); "víctimas" counts the dead when the
# sentence tells a death (``_DEATH_TOLD``)
_TOTAL_WORDS = ((re.compile(r"(?:muert|fallecid|asesinad|ultimad)[oa]s|cadáveres|cadaveres|cuerpos"), KILLED),
                (re.compile(r"(?:herid|lesionad|hospitalizad)[oa]s"), WOUNDED),
                (re.compile(r"(?:secuestrad|plagiad|retenid)[oa]s|rehenes"), KIDNAPPED))
_VICTIMS = frozenset({"víctimas", "victimas"})
_DEATH_TOLD = re.compile(r"\b(?:muri\w*|falleci\w*|muert[oa]\b|sin vida|cad[aá]ver\w*|cuerpos?|asesinad\w*)")


def _total_so_now(sent, found: list[CountMention]) -> list[CountMention]:
    """ "... falleció en el hospital, con lo que suman cuatro los elementos muertos", "con lo que la
    masacre suma cinco fallecidos", "con lo que la cifra de víctimas se elevó a tres": the incident's
    toll told as a total after one more death, wound or body found is a revised figure (an update),
    found here when the parse gives the figure no role (train m-001, x-007, c-097, zi-007). A running
    total over a period ("con esto suman 40 los asesinados en lo que va del año") is flagged
    cumulative afterwards (``_flag``)."""
    out = list(found)
    lows = doc_lowers(sent.doc)
    if "con" not in lows[sent.start:sent.end]:
        return out  # (a word test on the Doc's array first: most sentences have no "con")
    toks = span_tokens(sent)
    for i, tok in enumerate(toks):
        if lows[tok.i] != "con":
            continue
        opening = next((o for o in _SO_NOW_OPENINGS if tuple(t.lower_ for t in toks[i:i + len(o)]) == o), None)
        if opening is None:
            continue
        window = []
        for t in toks[i + len(opening):i + len(opening) + SO_NOW_REACH]:
            if t.is_punct:
                break
            window.append(t)
        total = _total_in(sent, window, parsed_text(sent)[:tok.idx - sent.start_char].lower())
        if total is None:
            continue
        cat, value, start, end = total
        told = next((k for k, c in enumerate(out) if c.category == cat and c.start <= start < c.end), None)
        if told is not None:
            if out[told].best == value:
                out[told] = replace(out[told], update=True, additive=False, other=False)
            continue
        if any(c.category == cat and c.update for c in out):
            continue  # the sentence's tally already tells it ("la cifra de muertos subió a tres")
        out.append(CountMention(cat, value, value, value, start, end, victim=None, definite=True, update=True))
    return out


def _total_in(sent, window: list, before: str) -> Optional[tuple[str, int, int, int]]:
    """(category, value, start, end) of the total a "con lo que ..." clause tells in ``window``: the
    first figure, and the category of the first people word after it (else before it: "la cifra de
    víctimas se elevó a tres"); "víctimas" counts the dead when the words ``before`` tell a death."""
    doc = sent.doc
    num = None
    for t in window:
        got = _number_at(doc, t.i)
        if got is not None and got[0] and not (t.dep_ == "det" and t.lower_ in ("un", "una")):
            num = got
            break
    if num is None:
        return None
    value, first, last = num
    after = [t for t in window if t.i > last]
    ahead = [t for t in window if t.i < first]
    for t in after[:5] + ahead:
        w = t.lower_
        cat = next((c for p, c in _TOTAL_WORDS if p.fullmatch(w)), None)
        if cat is None and w in _VICTIMS and _DEATH_TOLD.search(before):
            cat = KILLED
        if cat is not None:
            end = max(t.idx + len(t.text), doc[last].idx + len(doc[last].text))
            return cat, value, doc[first].idx, end
    return None


@lru_cache(maxsize=1)
def _zero_nouns_by_first_word() -> dict[str, list[tuple[list[str], tuple[str, ...]]]]:
    """counts.yaml's zero nouns by their first word, the longest first ("víctimas mortales"
    before "víctimas"), so that each token is compared only with the nouns it can start."""
    out: dict[str, list] = {}
    for noun, cats in sorted(load_count_cues().zero_nouns.items(), key=lambda kv: -len(kv[0].split())):
        words = noun.split()
        out.setdefault(words[0], []).append((words, cats))
    return out


_BARE_ZERO_WORDS = ("herido", "herida", "heridos", "lesionado", "lesionada", "muerto", "muerta")


@lru_cache(maxsize=1)
def _zero_words() -> frozenset[str]:
    """Every word a test of ``_zeros`` starts from: the first words of the zero nouns, the bare
    wound words of "nadie herido", the unharmed words ("ilesos") and the negations ``_unhurt``
    needs ("no", "nunca"): a sentence with none of them tells no zero."""
    return frozenset(_zero_nouns_by_first_word()) | frozenset(_BARE_ZERO_WORDS) \
        | load_count_cues().unharmed | {"no", "nunca"}


def _zeros(sent, found: list[CountMention]) -> list[CountMention]:
    """ "no hubo víctimas", "sin heridos", "ningún muerto": a figure of zero."""
    cues = load_count_cues()
    doc = sent.doc
    have = {c.category for c in found}
    out: list[CountMention] = []
    nouns = _zero_nouns_by_first_word()
    if _zero_words().isdisjoint(span_words(sent)):
        return out  # (no word any test below starts from: a zero noun, a bare wound word, "ileso", a negation)
    lows = doc_lowers(doc)  # (each word's form read from the Doc's array, not from its Token)
    for tok in span_tokens(sent):
        low = lows[tok.i]
        for words, cats in nouns.get(low, ()):
            if [t.lower_ for t in doc[tok.i:tok.i + len(words)]] != words:
                continue
            before = _words_before(doc, tok.i, 4)
            # "En ninguno de los dos hechos hubo personas heridas": the negative is the verb's complement
            nobody = tok.head.pos_ in ("VERB", "AUX") and tok.head.lemma_ in ("haber", "registrar", "reportar") \
                and any(c.lower_ in _NOBODY and c.i < tok.head.i for c in tok.head.children)
            if not nobody and not any(tuple(before[len(before) - len(z) - skip:len(before) - skip or None]) == z
                                      for z in cues.zero_before for skip in (0, 1) if len(before) >= len(z) + skip):
                continue
            end = doc[tok.i + len(words) - 1]
            if _one_side(doc, end.i + 1, sent.end, cues):
                break  # "no se registraron bajas en nuestras tropas": one side's zero, not the incident's
            start = doc[max(sent.start, tok.i - 3)]
            for cat in cats:
                if cat in have:
                    continue
                have.add(cat)
                out.append(CountMention(cat, 0, 0, 0, start.idx, end.idx + len(end.text), victim=None))
            break  # the longest noun only ("víctimas mortales", not "víctimas")
        if low in _BARE_ZERO_WORDS and tok.head.lower_ in _NOBODY and tok.dep_ in ("amod", "acl") and tok.head.dep_ != "nsubj":
            # "…, nadie herido.": a bare zero (a resulting clause has its own subject reading)
            cat = WOUNDED if tok.lower_.startswith(("herid", "lesion")) else KILLED
            if cat not in have:
                have.add(cat)
                out.append(CountMention(cat, 0, 0, 0, tok.head.idx, tok.idx + len(tok.text), victim=None))
        if WOUNDED not in have and _unhurt(tok):
            # "el conductor no resultó herido", "los rehenes no sufrieron lesiones": nobody wounded
            # (a zero counts only when no other figure of wounded is told: ``_select``)
            have.add(WOUNDED)
            start = doc[max(sent.start, tok.i - 3)]
            out.append(CountMention(WOUNDED, 0, 0, 0, start.idx, tok.idx + len(tok.text), victim=None))
        if tok.lower_ in cues.unharmed and tok.pos_ in ("ADJ", "VERB", "NOUN", "PROPN"):  # (tagger: "salió ilesa")
            # "resultaron ilesos", "salió ilesa": nobody killed or wounded
            start = doc[max(sent.start, tok.i - 3)]
            for cat in (KILLED, WOUNDED):
                if cat not in have:
                    have.add(cat)
                    out.append(CountMention(cat, 0, 0, 0, start.idx, tok.idx + len(tok.text), victim=None))
    return out


_HURT_WORDS = {"herido", "herida", "heridos", "heridas", "lesionado", "lesionada", "lesionados", "lesionadas",
               "lesiones", "lesión", "daños"}
_HURT_VERBS = {"resultar", "quedar", "salir", "sufrir", "presentar", "ser", "estar", "registrar", "reportar", "tener"}


def _unhurt(tok) -> bool:
    """ "no resultó herido", "no sufrieron lesiones", "no fue herida": a wound word whose verb is
    denied ("daños" only as "daños físicos"/"daños personales")."""
    if tok.pos_ == "VERB" and tok.lemma_.lower() in ("herir", "lesionar") and \
            any(c.lower_ == "no" for c in tok.children) and any(c.lower_ == "nadie" for c in tok.children):
        return True  # "la bala no hirió a nadie"
    if tok.lower_ not in _HURT_WORDS:
        return False
    doc = tok.doc
    if tok.lower_ == "daños" and (tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ not in ("físicos", "personales")):
        return False
    verb = tok if tok.pos_ in ("ADJ", "VERB") and tok.dep_ == "ROOT" else tok.head
    if verb.i >= tok.i and verb is not tok:
        return False
    lemma = verb.lemma_.lower()
    if verb is not tok and lemma not in _HURT_VERBS:
        return False
    if verb is tok and not any(c.dep_ in ("cop", "aux", "aux:pass") and c.lemma_ in _HURT_VERBS for c in tok.children):
        return False
    return any(c.lower_ in ("no", "nunca") and c.dep_ == "advmod" and c.i < tok.i for c in verb.children)


def _one_side(doc, i: int, end: int, cues: CountCues) -> bool:
    """The words after a zero name one party ("en nuestras tropas", "entre los efectivos",
    "de nuestro lado", "por parte de la policía"): a zero for that side only."""
    after = [t.lower_ for t in doc[i:min(end, i + 5)]]
    if not after or after[0] not in ("en", "entre", "de", "del", "por"):
        return False
    for w in after[1:]:
        if w in cues.side_words or victim_group(w) is not None:
            return True
        if w not in ("los", "las", "el", "la", "sus", "parte", "de", "del", "filas"):
            return False
    return False


def _flag(sent, c: CountMention) -> CountMention:
    """Mark a running total ("eleva a 31 los soldados muertos en lo que va del año", the toll of a
    wave of attacks) as cumulative: not the incident's own figure."""
    cues = load_count_cues()
    text = parsed_text(sent).lower()
    rel = c.start - sent.start_char
    window = text[max(0, rel - 60):c.end - sent.start_char + 80]
    tally_verb = any(w.startswith(cues.tally_stems) for w in text[max(0, rel - 60):c.end - sent.start_char].split())
    cumulative = (tally_verb and _says_any(window, cues.period_cues)) or _says_any(
        text[max(0, rel - 80):c.end - sent.start_char + 40], cues.wave_cues)
    # "los 30 cuerpos hallados se suman a los 200 localizados antes": the figure added to is others'
    just_before = re.sub(r"\s+", " ", text[max(0, rel - 30):rel]).strip()
    just_before = re.sub(r"\s(los|las|otros|otras|unos|unas)$", "", " " + just_before).strip()
    cumulative = cumulative or any(just_before.endswith(a) for a in cues.added_to)
    # "quemaron la comisaría tras la muerte de un comerciante": the death the act followed
    cumulative = cumulative or (c.category == KILLED and any(just_before.endswith(a) for a in cues.cause_before)
                                and not _raised_to(text[max(0, rel - 60):rel], cues))
    cumulative = cumulative or _long_ago(text[rel:c.end - sent.start_char + 25], c, cues)
    # "ya son 14 los policías asesinados este año", "van 9 soldados muertos en lo que va del mes"
    if not cumulative and _SO_FAR.search(just_before) and _says_any(window, cues.period_cues):
        cumulative = True
    # "cientos de personas han muerto en la región desde 2015", "40 líderes han sido asesinados en lo
    # que va del año": a present perfect over a span of years or the running year is a running total
    clause = text[max(0, rel - 40):c.end - sent.start_char + 80]
    if not cumulative and _PERFECT.search(clause) and (_SINCE_YEAR.search(clause) or _SINCE_MONTH.search(clause) or any(
            p in clause for p in ("en lo que va", "este año", "en los últimos", "en las últimas"))):
        cumulative = True
    from dataclasses import replace
    if cumulative and not c.cumulative:
        return replace(c, cumulative=True)
    if c.best and not c.update and c.category in (KILLED, WOUNDED, KIDNAPPED) and (
            _raised_to(text[max(0, rel - 60):rel], cues) or _risen_dead(text[max(0, rel - 30):rel], text[rel:c.end - sent.start_char], cues)
            or _opens_as_tally(text[:rel])):
        c = replace(c, update=True)  # "la cifra se elevó a tres fallecidos": replaces the first report
    if c.best and not c.update and c.category == WOUNDED and _WOUNDED_LEFT.search(text[max(0, rel - 120):rel]):
        c = replace(c, update=True)  # "con la muerte del tercero, quedan tres heridos": the wounded left
    if c.best and any(p in text[max(0, rel - 120):rel] for p in cues.preliminary_cues):
        c = replace(c, preliminary=True)
    if c.best != 0 and _several_incidents(text[max(0, rel - 80):c.end - sent.start_char + 60], cues):
        return replace(c, several=True)
    return c


def _says_any(text: str, phrases: tuple[str, ...]) -> bool:
    """One of ``phrases`` is in ``text`` as whole words ("ola de" is no part of "una pistola de
    fabricación casera", train c-068; "serie de" none of "miserie de")."""
    return any(p in text for p in phrases) and _whole_words(phrases).search(text) is not None


@lru_cache(maxsize=16)
def _whole_words(phrases: tuple[str, ...]) -> "re.Pattern[str]":
    """One pattern for a cue list, compiled once: any phrase as whole words."""
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(p) for p in phrases) + r")(?!\w)")


def _long_ago(told: str, c: CountMention, cues: CountCues) -> bool:
    """The dead or wounded of ``told`` (the figure's words and a few after them) are set long before
    the report ("un comunero muerto hace años", "un joven asesinado la semana pasada"; counts.yaml
    ``long_ago_units``, ``long_ago_phrases``): another incident's toll, recalled."""
    if c.category not in (KILLED, WOUNDED):
        return False
    return bool(_hace_units(cues.long_ago_units).search(told)) or any(p in told for p in cues.long_ago_phrases)


@lru_cache(maxsize=4)
def _hace_units(units) -> "re.Pattern[str]":
    """"hace" and a unit of ``long_ago_units`` ("hace años", "hace dos semanas"), compiled once (``_long_ago``)."""
    alternatives = "|".join(re.escape(u) for u in units)
    return re.compile(rf"\bhace (?:\w+ )?(?:{alternatives})\b")


def _raised_to(before: str, cues: CountCues) -> bool:
    """The words before a figure say a tally rose to it: "la cifra se elevó a", "el saldo subió a
    al menos", "el balance de víctimas aumentó hasta" (a tally noun, then within a few words a
    verb of rising, then "a"/"hasta")."""
    words = re.findall(r"\w+", before)
    while words and words[-1] in ("al", "menos", "más", "de", "unos", "unas"):
        words.pop()  # "a al menos", "a más de"
    if len(words) < 3 or words[-1] not in ("a", "hasta"):
        return False
    if words[-2].startswith(cues.update_stems):
        return any(w in cues.tally_nouns for w in words[-8:-2])
    # "actualizó el saldo a", "elevó la cifra de fallecidos a"
    return any(w in cues.tally_nouns for w in words[-5:-1]) and any(
        w.startswith(cues.update_stems) for w in words[-7:-2])


# "Van un militar muerto y dos heridos por el ataque", "Suman ya tres los fallecidos": a sentence that
# opens on the figure with a verb of counting up (not "son": "Son dos los muertos de ese ataque" and the
# headlines "Ya son seis los fallecidos" restate the figure the body tells: train m-065, t-009, dev x-002)
_TALLY_OPENING = re.compile(r"^\W*(?:ya\s+)?(?:van|suman)(?:\s+ya)?\s*$")


def _opens_as_tally(before: str) -> bool:
    """The sentence opens with a running count of the incident's casualties ("Van un militar muerto y
    dos heridos", the words before the figure being only "van", "suman", "ya van"): the figure as it
    stands now, after the first reports, as a post updates it (an update: train zi-013). A running
    total over a period ("Ya van 14 niños quemados en esta Navidad", train l-053) is flagged
    cumulative before this is asked."""
    return bool(_TALLY_OPENING.match(before))


_THE_PEOPLE_AFTER = re.compile(r"^\S+(?:\s+y\s+\S+)?\s+(?:los|las)\s")


def _risen_dead(before: str, figure: str, cues: CountCues) -> bool:
    """ "Suben a cinco los policías muertos en la emboscada", "se elevan a tres los fallecidos": a
    verb of rising right before "a" and the figure, then the dead themselves with their article
    (no tally noun: the people are the tally); a revised figure (train n-020, dev q-009, r-002, s-020);
    likewise "con lo que son ya cinco los fallecidos" (``_WITH_IT_ARE``)."""
    if not _THE_PEOPLE_AFTER.match(figure):
        return False
    if _WITH_IT_ARE.search(before):
        return True
    words = re.findall(r"\w+", before)
    while words and words[-1] in ("al", "menos", "más", "de", "unos", "unas"):
        words.pop()
    return len(words) >= 2 and words[-1] == "a" and words[-2].startswith(cues.update_stems)


# "murió en el hospital, con lo que son ya cinco los agentes fallecidos", "con ello suman cuatro los
# elementos muertos" (train m-001, dev r-002): the incident's toll after one more death (a running
# total over a period - "en lo que va del año" - is flagged cumulative before this is asked)
_WITH_IT_ARE = re.compile(r"\bcon (?:lo que|ello|esto|él|ella)\s+(?:ya\s+)?(?:son|suman)(?:\s+ya)?\s*$", re.IGNORECASE)


# "Con la muerte del tercero, quedan tres heridos", "Con el fallecimiento del patrullero, ... quedan
# cuatro heridos" (train j-024, dev x-001): the wounded left after one of them died, a revised figure
_WOUNDED_LEFT = re.compile(r"\bcon (?:la muerte|el fallecimiento|el deceso)\b[^.;]*\bquedan\s*$")


_PERFECT = re.compile(r"\b(?:han|ha|habían|había)\s+(?:sido\s+)?\w+(?:ado|ido|to|tos|ados|idos|adas|idas)\b")
_SINCE_MONTH = re.compile(r"\bdesde (?:(?:el )?(?:inicio|comienzo|principio)s? (?:de|del) (?:año|mes)|"
                          + month_alternation() + r")\b")
_SO_FAR = re.compile(r"(?:^|\s)(?:ya )?(?:son|van|suman)(?: ya)?$")
_SINCE_YEAR = re.compile(r"\bdesde\s+(?:el\s+(?:año\s+)?|el\s+)?(?:19|20)\d\d\b")


def _several_incidents(text: str, cues: CountCues) -> bool:
    """A figure told for several incidents: "en tres ataques", "dos atentados distintos dejaron"..."""
    words = re.findall(r"\w+", text)
    for i, w in enumerate(words):
        if i and words[i - 1] in ("doble", "triple") and w + "s" in cues.incident_nouns:
            return True  # "un doble atentado"
        if w in cues.incident_nouns and any(x in cues.several_words or (x.isdigit() and 1 < int(x) < 1000)
                                            for x in words[max(0, i - 2):i]):
            if not any(x in ("de", "del") for x in words[max(0, i - 3):i - 1]):  # "uno de los tres ataques"
                return True
    return False


def merge_counts(mentions: Iterable[CountMention], group_of) -> dict[str, tuple[Optional[int], Optional[int], Optional[int], CountMention]]:
    """Combine a category's mentions across an incident's sentences.

    Different victim groups add up ("cuatro militares ... dos terroristas" → 6);
    the same group keeps its first figure (later restatements and preliminary
    figures do not add); "otras dos personas" always adds.
    """
    result = {}
    for cat, (chosen, update) in _select(mentions, group_of).items():
        if update is not None:
            result[cat] = (update.best, update.low, update.high, update)
            continue
        ms = [m for _, m in chosen]
        bests = [m.best for m in ms]
        if all(b is None for b in bests):
            lows = [m.low for m in ms if m.low]
            result[cat] = (None, max(lows) if lows else None, None, ms[0])
            continue
        best = sum(b for b in bests if b is not None)
        low = sum((m.low if m.low is not None else (m.best or 0)) for m in ms)
        highs = [m.high if m.high is not None else m.best for m in ms]
        high = sum(h for h in highs if h is not None) if all(h is not None for h in highs) else None
        result[cat] = (best, low, high, ms[0])
    return result


def counts_by_group(mentions: Iterable[CountMention], group_of) -> dict[str, dict[str, int]]:
    """Each category's figure split by the victims' group (``group_of``: "state",
    "rebels", "civilians", "other", "unknown"), with the choices of ``merge_counts``.
    An update ("la cifra de muertos subió a nueve") is a total whose split is unknown."""
    out: dict[str, dict[str, int]] = {}
    for cat, (chosen, update) in _select(mentions, group_of).items():
        groups: dict[str, int] = {}
        if update is not None:
            if update.best is not None:
                groups["unknown"] = update.best
                parts = [(g, m) for g, m in chosen if not m.from_wounded and m.best is not None]
                told = sum(m.best for _, m in parts)
                if parts and told <= update.best:
                    # "tres policías murieron" then "la cifra subió a cuatro, tras morir uno de los heridos":
                    # the groups told stay; the rest is of the one group when the rise is the wounded who died
                    groups = {}
                    for g, m in parts:
                        groups[g] = groups.get(g, 0) + m.best
                    rest = update.best - told
                    kinds = set(groups)
                    died = any(m.from_wounded for _, m in chosen)
                    if rest:
                        g = next(iter(kinds)) if died and len(kinds) == 1 else "unknown"
                        groups[g] = groups.get(g, 0) + rest
        else:
            for g, m in chosen:
                if m.best is not None:
                    groups[g] = groups.get(g, 0) + m.best
        if groups:
            out[cat] = groups
    return out


def _select(mentions: Iterable[CountMention], group_of):
    """Per category: the figures that add up [(group, mention)] and the last update, if any.

    Cumulative tallies are left out; a zero counts only when no figure says otherwise.
    """
    by_cat: dict[str, dict[str, list[CountMention]]] = {}
    extra: dict[str, list[CountMention]] = {}
    updates: dict[str, CountMention] = {}
    zeros: dict[str, CountMention] = {}
    left_after_rise: set[str] = set()  # categories whose update is the figure left after a rise of the dead
    mentions = list(mentions)
    own = {m.category for m in mentions if not m.cumulative and not m.several and m.best}
    # one statement: a figure and the groups listed with it ("dos policías y seis atacantes murieron");
    # a later statement restates the groups it shares with earlier ones
    statements: list[list[CountMention]] = []
    told_before: set[str] = set()
    for at, m in enumerate(mentions):
        if m.cumulative or (m.several and m.category in own):
            continue  # a toll over several incidents counts only when the incident has no figure of its own
        if m.restates and m.category in told_before and not m.additive:
            continue  # "Un manifestante murió ..." then "el hombre murió por ...": the same victim
        if _the_rest_of_the_wounded(m, mentions[:at]):
            continue  # "uno de los heridos murió" then "los otros dos heridos siguen estables": those left
        if _wounded_left_after_a_rise(m, mentions[:at]):
            updates[m.category] = m  # "la cifra de muertos subió a tres ... Los otros tres heridos siguen estables"
            left_after_rise.add(m.category)
            continue
        earlier = m.category in told_before
        if m.best and not m.preliminary:  # (a first report's figure is replaced, not added to)
            told_before.add(m.category)
        if m.best == 0:
            zeros.setdefault(m.category, m)
            continue
        if m.update:
            updates[m.category] = m
            continue
        by_cat.setdefault(m.category, {})
        key = m.joint if m.listed else m.start
        last = statements[-1] if statements else None
        if last is not None and last[0].category == m.category and (m.listed or last[0].listed) and key == (
                last[0].joint if last[0].listed else last[0].start):
            last.append(m)
        elif m.additive and not m.listed and m.other and not m.from_wounded and (not earlier or any(
                x.category == m.category and x.best == m.best and x.other
                for x in extra.get(m.category, []) + [x for st in statements for x in st])):
            # "otros cuatro resultaron heridos" told again ("También resultaron heridos otros cuatro
            # soldados") or with nothing before it to add to: a figure like any other (only an
            # earlier "otros" is told again: "un soldado herido" then "otro militar resultó herido" add)
            statements.append([m])
        elif m.additive and not m.listed:
            extra.setdefault(m.category, []).append(m)  # "otras dos personas": more than told before
        else:
            statements.append([m])
    for stmt in statements:
        groups = by_cat[stmt[0].category]
        told: dict[str, list[CountMention]] = {}
        for m in stmt:
            told.setdefault(group_of(m), []).append(m)
        if set(groups) == {"unknown"} and set(told) - {"unknown"} and all(
                m.best is not None for ms in list(told.values()) + [groups["unknown"]] for m in ms):
            # "deja tres muertos" then "dos soldados y un pandillero murieron": the groups break the
            # unattributed figure down; what they leave of it stays unknown
            before = sum(m.best for m in groups["unknown"])
            now = sum(m.best for ms in told.values() for m in ms)
            if before and not any(m.preliminary for ms in told.values() for m in ms):
                first = groups["unknown"][0]
                groups.clear()
                groups.update(told)
                if before > now:
                    rest = before - now
                    groups["unknown"] = told.get("unknown", []) + [replace(first, best=rest, low=rest, high=rest)]
                continue
        new = {}
        for g, ms in told.items():
            if g in groups:
                if all(m.preliminary for m in groups[g]) and not any(m.preliminary for m in ms):
                    new[g] = ms  # the first report's figure gives way to a later one
                elif all(m.best is None for m in groups[g]) and all(m.best is not None for m in ms):
                    new[g] = ms  # "decenas de heridos" then "entre 30 y 51 heridos": the figure
                continue
            if g == "unknown" and groups and not all(m.other for m in ms):
                continue  # an unattributed figure restates a known one (not "murieron también dos ...")
            total = sum(m.best or 0 for m in ms)
            if groups and all(_generic_people(m) for m in ms) and any(
                    total == sum(x.best or 0 for x in xs) for xs in groups.values()):
                continue  # "Tres asaltantes muertos" then "Tres hombres ... murieron": the same people
            if g != "unknown" and "unknown" in groups and sum(m.best or 0 for m in groups["unknown"]) == total:
                continue
            new[g] = ms
        groups.update(new)
    out = {}
    # the dead who had been counted wounded come off the wounded ("seis heridos ... dos de ellos murieron")
    died = sum(m.best for m in extra.get(KILLED, []) if m.from_wounded and m.best)
    explained = bool(died) and _rise_explained(by_cat.get(KILLED, {}), statements, died)
    if explained:
        # the first report's dead and the wounded who died since make up the figure told: they are in it
        extra[KILLED] = [m for m in extra[KILLED] if not m.from_wounded]
    if died and WOUNDED in by_cat and WOUNDED not in updates:
        # (a risen toll told whole keeps the dead; the first report's wounded still lose them:
        # "cinco fallecidos y tres heridos" then "uno de los heridos murió" leaves two wounded)
        def reduced(m: CountMention) -> bool:
            return (m.best or 0) > died and (m.preliminary or not explained)
        groups = by_cat[WOUNDED]
        g, ms = next(((g, ms) for g, ms in groups.items() if any(reduced(m) for m in ms)), (None, None))
        if g is not None:
            k = next(i for i, m in enumerate(ms) if reduced(m))
            m = ms[k]
            groups[g] = ms[:k] + [replace(m, best=m.best - died, low=m.low - died if m.low is not None else None,
                                          high=m.high - died if m.high is not None else None)] + ms[k + 1:]
    for cat in set(by_cat) | set(extra) | set(updates) | set(zeros):
        chosen = [(g, m) for g, ms in by_cat.get(cat, {}).items() for m in ms] + [
            (group_of(m), m) for m in extra.get(cat, [])]
        update = updates.get(cat)
        # (the dead among the wounded are in the update; a first report's figure gives way to a lower
        # one, and so do the wounded once those who died are off: "seis muertos y cinco heridos" then
        # "dos de los heridos murieron ... ocho muertos y tres heridos", train y-009)
        parts = [m for _, m in chosen if not m.from_wounded and not m.preliminary]
        gone = died if cat == WOUNDED else 0
        if update is not None and cat not in left_after_rise and parts and update.best is not None and all(
                m.best is not None for m in parts) and update.best < sum(m.best for m in parts) - gone:
            update = None  # "se elevó a" a figure below the parts: not a total of this incident
        if not chosen and update is None:
            chosen = [("unknown", zeros[cat])]
        out[cat] = (chosen, update)
    return out


def _the_rest_of_the_wounded(m: CountMention, before: list[CountMention]) -> bool:
    """ "los otros dos heridos", "los otros tres lesionados" after "uno de los heridos murió": the
    wounded left once the dead are taken off the figure told first (``_select`` takes them off),
    not more wounded (train y-001, y-012)."""
    if m.category != WOUNDED or not ((m.additive or m.other) and m.definite) or m.listed:
        return False
    return any(x.category == KILLED and x.from_wounded for x in before)


def _wounded_left_after_a_rise(m: CountMention, before: list[CountMention]) -> bool:
    """ "Este lunes la cifra de muertos subió a tres, luego de que el subintendente falleciera ... Los
    otros tres uniformados heridos siguen estables": "los otros N heridos" after a risen toll of the
    dead, when no figure told the dead one wounded (``_the_rest_of_the_wounded`` takes that case), is
    the wounded figure left, which replaces the first report's (the corpus gold gives it: train k-001,
    y-001, y-012, zb-001, zi-001)."""
    if m.category != WOUNDED or not ((m.additive or m.other) and m.definite) or m.listed or not m.best:
        return False
    rise = any(x.category == KILLED and x.update and not x.cumulative for x in before)
    return rise and not any(x.category == KILLED and x.from_wounded for x in before)


def _rise_explained(killed: dict[str, list[CountMention]], statements: list[list[CountMention]], died: int) -> bool:
    """ "Siete presos murieron" told with "El primer reporte hablaba de cinco fallecidos. Dos de los
    heridos murieron": the first report's figure and the wounded who died since add up to the figure
    told, so the deaths are inside it (neither added to the dead nor taken off the wounded)."""
    first = sum(m.best or 0 for st in statements for m in st if m.category == KILLED and m.preliminary)
    told = sum(m.best or 0 for ms in killed.values() for m in ms if not m.preliminary)
    return bool(first) and told == first + died


def _generic_people(m: CountMention) -> bool:
    """The figure counts people by a generic noun ("hombres", "personas", "jóvenes")."""
    head = (m.victim_head or "").split()
    return bool(head) and head[0].lower() in load_count_cues().generic_people


def split_sides(groups: dict[str, int], inter1: Optional[int], inter2: Optional[int]):
    """A toll split by the victims' group → UCDP sides (``model.Sides``).

    Side A is the state whenever a state force takes part (an actor with ACLED inter
    1, or state victims); side B is then every organised non-state party. Without the
    state, side A is the perpetrator's kind of group (actor1). Civilians are victims
    in no armed group or force; unknown, those the text does not place.
    """
    from cronica.model import Sides

    if not groups:
        return None
    state_in = 1 in (inter1, inter2) or "state" in groups
    rebels, other = groups.get("rebels", 0), groups.get("other", 0)
    if state_in:
        a, b = groups.get("state", 0), rebels + other
    elif inter1 in (2, 3):
        a, b = rebels, other
    elif inter1 is not None:
        a, b = other, rebels
    else:
        a, b = rebels, other
    return Sides(a, b, groups.get("civilians", 0), groups.get("unknown", 0))
