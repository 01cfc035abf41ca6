"""detect + filter: event trigger mentions in a parsed sentence.

Reads a spaCy sentence and the trigger lexicon (``data/es/triggers.yaml``) and
filter cues (``data/es/filters.yaml``). Writes ``TriggerMention`` records: the
candidate type, the trigger's token and characters, and how it is marked
(definite, new incident, hedged, weak) — or why it was dropped (negated,
announced, hypothetical, purpose clause, background, generic).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Optional

import yaml

from cronica.errors import DataFileError
from cronica.nlp.inflect import match_key, token_key, verb_forms
from cronica.nlp.lexicons import TokenTrigger, load_numbers, load_triggers
from cronica.nlp.load import doc_attr, doc_keys, doc_lowers, doc_text, parsed_text, sent_of, span_bounds, span_key, \
    span_text, span_tokens, written
from cronica.nlp.numbers import digits_value, is_number_word, words_value
from cronica.taxonomy import FAMILY as _FAMILY
from cronica.text.gate import gated
from cronica.time.lexicon import month_alternation

#: fine type → family (types of one family may describe one incident); from data/taxonomy.yaml
FAMILY = _FAMILY
_DEFINITE = {"el", "la", "los", "las", "este", "esta", "estos", "estas", "ese", "esa", "dicho", "dicha",
             "aquel", "aquella", "del", "al", "tal"}
_INDEFINITE = {"un", "una", "unos", "unas"}
_DEMONSTRATIVE = {"este", "esta", "estos", "estas", "ese", "esa", "esos", "esas", "dicho", "dicha", "dichos", "dichas"}
_NEG = {"no", "nunca", "jamás", "tampoco"}
# times of day and days told with a demonstrative ("esta madrugada", "este lunes"): an adjunct the
# tagger often reads as the object, never the victims already told
_TIME_NOUNS = {"madrugada", "mañana", "tarde", "noche", "mediodía", "medianoche", "día", "semana", "mes", "año",
               "fin", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo", "jornada"}
_VERBAL_KINDS = {"finite", "gerund", "infinitive"}
GENERIC = "generic (bare noun)"  # the drop a headline undoes (assemble): its bare noun names its story's incident
_SPECIFIC_DETS = _DEFINITE | _INDEFINITE | {"esos", "esas", "aquellos", "aquellas", "su", "sus", "nuestro", "nuestra",
                                            "otro", "otra", "otros", "otras", "ambos", "ambas", "cada", "primer",
                                            "primera", "segundo", "segunda", "último", "última"}


@dataclass(frozen=True, slots=True)
class FilterCues:
    background_before: tuple[tuple[str, ...], ...]
    announce_verbs: frozenset[str]
    realised_governors: frozenset[str]
    realised_before: tuple[tuple[str, ...], ...]
    new_incident: frozenset[str]
    hedges: tuple[str, ...]
    incident_anaphors: frozenset[str]
    non_human: frozenset[str]
    explosive_cues: tuple[str, ...]
    civilian_victims: frozenset[str]
    other_senses: tuple[tuple[str, re.Pattern], ...] = ()  # (sense, cue pattern over folded text)
    other_sense_families: frozenset[str] = frozenset()
    tally_ordinals: frozenset[str] = frozenset()
    tally_periods: Optional[re.Pattern] = None  # over the folded sentence
    blast_words: frozenset[str] = frozenset()  # folded lemmas of a blast told without its cause
    accident_causes: Optional[re.Pattern] = None  # over the folded document
    attack_cues: Optional[re.Pattern] = None  # over the folded document
    document_senses: frozenset[str] = frozenset()  # other senses a headline sets for the whole text
    sense_families: tuple[tuple[str, frozenset], ...] = ()  # senses that drop other families than the default
    denial_verbs: frozenset[str] = frozenset()  # "descartó que se tratara de un ataque"
    tally_spans: Optional[re.Pattern] = None  # over the folded sentence: "entre enero y junio", "primer semestre"
    tally_nouns: frozenset[str] = frozenset()  # folded plural incident nouns a large numeral counts
    tally_count_min: int = 0  # "2.460 homicidios": from this many, incidents counted, not one incident
    habitual_before: tuple[tuple[str, ...], ...] = ()  # "cada vez que estalla una bomba"
    planned_participles: frozenset[str] = frozenset()  # "el paro previsto para el jueves"
    planned_with_para: frozenset[str] = frozenset()  # "la marcha convocada para mañana"
    unreal_heads: tuple[tuple[str, ...], ...] = ()  # "rumores de un atentado"
    anniversary_before: tuple[tuple[str, ...], ...] = ()  # "a 15 años de la masacre"
    reference_governors: frozenset[str] = frozenset()  # "condenó el ataque", "acusado del secuestro"
    measure_verbs: frozenset[str] = frozenset()  # "decretó luto por el asesinato"
    reference_after_cases: tuple[tuple[str, ...], ...] = ()  # "tras", "a raíz de"
    reference_time_words: frozenset[str] = frozenset()  # "el asesinato ocurrido el sábado": a dated report
    retrospective_cues: Optional[re.Pattern] = None  # over the folded sentence: "uno de los hechos más"
    retrospective_openings: Optional[re.Pattern] = None  # over the folded opening line: "Diez años de X"
    recent_time_words: Optional[re.Pattern] = None  # over the folded sentence: "ayer", "este lunes"
    sports_document_cues: Optional[re.Pattern] = None  # over the folded text: sports words beyond other_senses
    sports_document_min: int = 0  # this many different sports cues in a text make it a sports story
    weapon_cues: Optional[re.Pattern] = None  # over the folded text: a weapon or a casualty keeps violence
    sports_document_families: frozenset[str] = frozenset()  # what a sports story's words never are
    balance_openings: Optional[re.Pattern] = None  # over the folded opening line: "Balance operativo 2024"
    court_openings: Optional[re.Pattern] = None  # over the folded opening line: "Juez aplaza audiencia ..."
    comparison_verbs: frozenset[str] = frozenset()  # "parecía un bombardeo"
    court_accounts: Optional[re.Pattern] = None  # over the folded sentence: "según la acusación"
    class_doers: frozenset[str] = frozenset()  # folded doer nouns: "asesino de policías"
    commentary_openings: Optional[re.Pattern] = None  # over the folded opening line: "Opinión: ..."
    tally_quantities: frozenset[str] = frozenset()  # "decenas de atentados"
    earlier_incident_cues: Optional[re.Pattern] = None  # over the folded sentence: "ya", "similar"
    generic_predicates: frozenset[str] = frozenset()  # "la extorsión es el delito que más crece"
    armed_harm_senses: frozenset[str] = frozenset()  # senses a weapon and a harm in one sentence overrule
    armed_cues: Optional[re.Pattern] = None  # over the folded sentence: "hombres armados", "a balazos"
    harm_cues: Optional[re.Pattern] = None  # over the folded sentence: "murieron", "heridos"
    negated_existentials: frozenset[str] = frozenset()  # "no hubo aprehendidos": lemmas of the verb
    catalogue_nouns: frozenset[str] = frozenset()  # folded: "informe", "boletin" (of a kind of incident)
    another_time: Optional[re.Pattern] = None  # over the folded sentence: "un día antes", "horas más tarde"
    reporting_now: frozenset[str] = frozenset()  # verb forms: "Reportan balacera en ...", a bare noun reported
    body_name_heads: frozenset[str] = frozenset()  # "Comando (Conjunto) de Operaciones": a name, no operation
    cause_before: tuple[tuple[str, ...], ...] = ()  # "en rechazo a la captura": an arrest as the cause
    claim_forms: frozenset[str] = frozenset()  # "la defensa sostiene que hubo un combate": a party's version
    ending_verbs: frozenset[str] = frozenset()  # "levantaron el paro": the end of a protest already told
    negative_subjects: frozenset[str] = frozenset()  # "Ninguno ha sido detenido": a negated clause
    classifying_verbs: frozenset[str] = frozenset()  # "calificó el hecho como un nuevo ataque"
    inquiry_verbs: frozenset[str] = frozenset()  # "pidió que se investigue quién disparó"
    sports_scores: Optional[re.Pattern] = None  # over the folded text: a match score ("venció 2-1")
    attribution_openings: tuple[str, ...] = ()  # lower case: "según", "de acuerdo con" opening a retelling
    period_spans: Optional[re.Pattern] = None  # over the folded sentence: "durante los años ochenta"
    protest_durations: Optional[re.Pattern] = None  # over the folded sentence: "el paro cumple once días"
    lead_senses: frozenset[str] = frozenset()  # other senses the opening sentences set for the whole text
    live_now: Optional[re.Pattern] = None  # over the folded sentence: "ahora mismo", "en este momento"
    result_openings: tuple[str, ...] = ()  # lower case: "como resultado", "producto del" opening a toll
    turning_point_before: tuple[tuple[str, ...], ...] = ()  # "tras la captura de su dirección, el grupo ..."
    time_nouns: frozenset[str] = frozenset()  # folded: "en 1992", "en marzo", "en la década" name no place
    member_shares: tuple[tuple[str, ...], ...] = ()  # "la mayor parte de sus cabecillas han sido capturados"
    later_openings: Optional[re.Pattern] = None  # over the folded sentence's start: "horas despues", "esa misma noche"
    entry_stamps: Optional[re.Pattern] = None  # over the folded sentence's start: a live blog's "16:20 |", "4:35 p. m."
    wish_words: frozenset[str] = frozenset()  # folded: "ojala" before a trigger tells a wish, not a report
    repeated_acts: Optional[re.Pattern] = None  # over an adjunct's folded text: "ha prorrogado decenas de veces"
    captors_acts: tuple[str, ...] = ()  # folded stems: "golpearon", "maniataron" told with the abduction they serve
    blast_told: Optional[re.Pattern] = None  # over the folded sentence: "estallo", "detonaron" (a device went off)
    toll_revisions: Optional[re.Pattern] = None  # over the folded sentence: "el primer balance", "de los fallecidos"
    tally_count_verbs: frozenset[str] = frozenset()  # lemmas: "se contabilizaron cuatro masacres" counts incidents
    tally_durations: frozenset[str] = frozenset()  # lemmas: "veinte años de operativos" spans many incidents
    enumeration_members: frozenset[str] = frozenset()  # folded: "la primera ... y otra ...", members of "dos explosiones"
    long_ago_after: Optional[re.Pattern] = None  # over the folded words after a trigger: "hace varios años"
    false_predicates: frozenset[str] = frozenset()  # lemmas: "Es falso que haya habido un tiroteo"
    false_reports: frozenset[str] = frozenset()  # folded lemmas: "la información ... sobre un enfrentamiento"
    report_verbs: frozenset[str] = frozenset()  # lemmas: "esta agencia informó que ..." (a report retold)
    false_verdicts: Optional[re.Pattern] = None  # over the folded next sentence: "La información no es correcta."
    depiction_nouns: frozenset[str] = frozenset()  # folded lemmas: "la foto de un campamento arrasado por un bombardeo"
    gathered_things: frozenset[str] = frozenset()  # folded lemmas: "se concentra la violencia" (no crowd gathering)
    motive_predicates: frozenset[str] = frozenset()  # lemmas: "la masacre responde a una disputa" (a motive told)
    denial_forms: frozenset[str] = frozenset()  # folded forms of denial_verbs: "Desmentimos que ..."
    occurrence_verbs: frozenset[str] = frozenset()  # lemmas: "niega que se haya producido un ataque"
    controlled_disposal: Optional[re.Pattern] = None  # over folded text: "la destrucción controlada de"
    seized_goods: Optional[re.Pattern] = None  # over the folded sentence: what a seizure takes (arms, drugs)
    seized_other: Optional[re.Pattern] = None  # over the folded sentence: goods alone no seizure (phones)
    seized_other_measured: Optional[re.Pattern] = None  # "40 toneladas de ropa": a measure of those goods
    tally_breakdowns: tuple[tuple[str, ...], ...] = ()  # folded: "412 agresiones, entre ellas ... 9 asesinatos"
    destruction_words: frozenset[str] = frozenset()  # lemmas: "destruyó 4.800 armas ... decomisadas"

    def families_of(self, sense: str) -> frozenset:
        return next((f for s, f in self.sense_families if s == sense), self.other_sense_families)


@lru_cache(maxsize=1)
def load_filters() -> FilterCues:
    raw = yaml.safe_load(resources.files("cronica.data.es").joinpath("filters.yaml").read_text("utf-8"))
    keys = ("background_before", "announce_verbs", "realised_governors", "realised_before", "new_incident",
            "hedges", "incident_anaphors", "non_human", "explosive_cues", "civilian_victims")
    for k in keys:
        if not isinstance((raw or {}).get(k), list) or not raw[k]:
            raise DataFileError(f"filters.yaml: '{k}' must be a non-empty list")
    senses = raw.get("other_senses") or {}
    if not isinstance(senses, dict) or not all(isinstance(v, list) and v for v in senses.values()):
        raise DataFileError("filters.yaml: 'other_senses' must map a sense to a non-empty list of cues")
    try:
        other = tuple((name, gated(re.compile(r"(?<!\w)(?:" + "|".join(match_key(c) for c in cs) + r")(?!\w)")))
                      for name, cs in senses.items())
    except re.error as e:
        raise DataFileError(f"filters.yaml: other_senses: {e}") from None
    return FilterCues(
        tuple(tuple(p.split()) for p in raw["background_before"]), frozenset(raw["announce_verbs"]),
        frozenset(raw["realised_governors"]), tuple(tuple(p.split()) for p in raw["realised_before"]),
        frozenset(raw["new_incident"]), tuple(raw["hedges"]), frozenset(raw["incident_anaphors"]),
        frozenset(raw["non_human"]), tuple(raw["explosive_cues"]), frozenset(raw["civilian_victims"]),
        other, frozenset(raw.get("other_sense_families") or ()), frozenset(raw.get("tally_ordinals") or ()),
        _periods(raw.get("tally_periods") or ()), frozenset(match_key(w) for w in raw.get("blast_words") or ()),
        _words(raw.get("accident_causes") or (), "accident_causes"), _words(raw.get("attack_cues") or (), "attack_cues"),
        frozenset(raw.get("document_senses") or ()),
        tuple((k, frozenset(v)) for k, v in (raw.get("sense_families") or {}).items()),
        frozenset(v.split("/")[0] for v in raw.get("denial_verbs") or ()),
        _periods(raw.get("tally_spans") or ()), frozenset(match_key(w) for w in raw.get("tally_nouns") or ()),
        int(raw.get("tally_count_min") or 0), tuple(tuple(p.split()) for p in raw.get("habitual_before") or ()),
        frozenset(raw.get("planned_participles") or ()), frozenset(raw.get("planned_with_para") or ()),
        tuple(tuple(p.split()) for p in raw.get("unreal_heads") or ()),
        tuple(tuple(p.split()) for p in raw.get("anniversary_before") or ()),
        frozenset(raw.get("reference_governors") or ()), frozenset(raw.get("measure_verbs") or ()),
        tuple(tuple(p.split()) for p in raw.get("reference_after_cases") or ()),
        frozenset(raw.get("reference_time_words") or ()),
        _regexes(raw.get("retrospective_cues") or (), "retrospective_cues"),
        _regexes(raw.get("retrospective_openings") or (), "retrospective_openings"),
        _words(raw.get("recent_time_words") or (), "recent_time_words"),
        _words(raw.get("sports_document_cues") or (), "sports_document_cues"), int(raw.get("sports_document_min") or 0),
        _words(raw.get("weapon_cues") or (), "weapon_cues"), frozenset(raw.get("sports_document_families") or ()),
        _words(raw.get("balance_openings") or (), "balance_openings"),
        _words(raw.get("court_openings") or (), "court_openings"), frozenset(raw.get("comparison_verbs") or ()),
        _words(raw.get("court_accounts") or (), "court_accounts"),
        frozenset(match_key(w) for w in raw.get("class_doers") or ()),
        _regexes(raw.get("commentary_openings") or (), "commentary_openings"),
        frozenset(raw.get("tally_quantities") or ()),
        _words(raw.get("earlier_incident_cues") or (), "earlier_incident_cues"),
        frozenset(raw.get("generic_predicates") or ()),
        frozenset(raw.get("armed_harm_senses") or ()), _words(raw.get("armed_cues") or (), "armed_cues"),
        _words(raw.get("harm_cues") or (), "harm_cues"), frozenset(raw.get("negated_existentials") or ()),
        frozenset(match_key(w) for w in raw.get("catalogue_nouns") or ()),
        _regexes(raw.get("another_time") or (), "another_time"), frozenset(raw.get("reporting_now") or ()),
        frozenset(raw.get("body_name_heads") or ()),
        tuple(tuple(p.split()) for p in raw.get("cause_before") or ()),
        frozenset(raw.get("claim_forms") or ()), frozenset(raw.get("ending_verbs") or ()),
        negative_subjects=frozenset(raw.get("negative_subjects") or ()),
        classifying_verbs=frozenset(raw.get("classifying_verbs") or ()),
        inquiry_verbs=frozenset(raw.get("inquiry_verbs") or ()),
        sports_scores=_regexes(raw.get("sports_scores") or (), "sports_scores"),
        attribution_openings=tuple(raw.get("attribution_openings") or ()),
        period_spans=_regexes(raw.get("period_spans") or (), "period_spans"),
        protest_durations=_regexes(raw.get("protest_durations") or (), "protest_durations"),
        lead_senses=frozenset(raw.get("lead_senses") or ()),
        live_now=_words(raw.get("live_now") or (), "live_now"),
        result_openings=tuple(raw.get("result_openings") or ()),
        turning_point_before=tuple(tuple(p.split()) for p in raw.get("turning_point_before") or ()),
        time_nouns=frozenset(match_key(w) for w in raw.get("time_nouns") or ()),
        member_shares=tuple(tuple(p.split()) for p in raw.get("member_shares") or ()),
        later_openings=_regexes(raw.get("later_openings") or (), "later_openings"),
        entry_stamps=_regexes(raw.get("entry_stamps") or (), "entry_stamps"),
        wish_words=frozenset(match_key(w) for w in raw.get("wish_words") or ()),
        repeated_acts=_words(raw.get("repeated_acts") or (), "repeated_acts"),
        captors_acts=tuple(match_key(w) for w in raw.get("captors_acts") or ()),
        blast_told=_regexes(raw.get("blast_told") or (), "blast_told"),
        toll_revisions=_regexes(raw.get("toll_revisions") or (), "toll_revisions"),
        tally_count_verbs=frozenset(raw.get("tally_count_verbs") or ()),
        tally_durations=frozenset(raw.get("tally_durations") or ()),
        enumeration_members=frozenset(match_key(w) for w in raw.get("enumeration_members") or ()),
        long_ago_after=_regexes(raw.get("long_ago_after") or (), "long_ago_after"),
        false_predicates=frozenset(raw.get("false_predicates") or ()),
        false_reports=frozenset(match_key(w) for w in raw.get("false_reports") or ()),
        report_verbs=frozenset(raw.get("report_verbs") or ()),
        false_verdicts=_regexes(raw.get("false_verdicts") or (), "false_verdicts"),
        depiction_nouns=frozenset(match_key(w) for w in raw.get("depiction_nouns") or ()),
        gathered_things=frozenset(match_key(w) for w in raw.get("gathered_things") or ()),
        motive_predicates=frozenset(raw.get("motive_predicates") or ()),
        denial_forms=_inflected(raw.get("denial_verbs") or ()),
        occurrence_verbs=frozenset(raw.get("occurrence_verbs") or ()),
        controlled_disposal=_words(raw.get("controlled_disposal") or (), "controlled_disposal"),
        seized_goods=_regexes(raw.get("seized_goods") or (), "seized_goods"),
        seized_other=_regexes(raw.get("seized_other") or (), "seized_other"),
        seized_other_measured=_regexes(raw.get("seized_other_measured") or (), "seized_other_measured"),
        tally_breakdowns=tuple(tuple(match_key(p).split()) for p in raw.get("tally_breakdowns") or ()),
        destruction_words=frozenset(raw.get("destruction_words") or ()))


def _inflected(verbs) -> frozenset[str]:
    """Every folded form of the verbs (``lemma`` or ``lemma/stem-change``, as in triggers.yaml)."""
    forms: set[str] = set()
    for v in verbs:
        lemma, _, stem = str(v).partition("/")
        forms.update(verb_forms(lemma, stem or None))
    return frozenset(forms)


def _num_pattern() -> str:
    """A cardinal in figures or words (``data/es/numbers.yaml``, folded), for the folded regular
    expressions of filters.yaml ("NUM")."""
    lex = load_numbers()
    words = sorted({match_key(w) for part in (lex.units, lex.tens, lex.hundreds) for w in part},
                   key=len, reverse=True)
    return r"(?:\d+|" + "|".join(re.escape(w) for w in words) + ")"


def _regexes(cues, name: str) -> Optional[re.Pattern]:
    """Folded regular expressions of the data file as one pattern (``NUM`` a cardinal)."""
    if not cues:
        return None
    try:
        num = _num_pattern()
        return gated(re.compile("|".join("(?:" + c.replace("NUM", num) + ")" for c in cues)))
    except re.error as e:
        raise DataFileError(f"filters.yaml: {name}: {e}") from None


def _sense_in(key: str, senses: frozenset[str]) -> Optional[str]:
    """The first of ``senses`` whose cues the folded text has, if any."""
    return next((sense for sense, p in load_filters().other_senses if sense in senses and p.search(key)), None)


def opening_sense(text: str) -> Optional[str]:
    """The other sense (``document_senses``) a document's opening sentence sets for it, if any.
    Not a sense a weapon and a harm overrule when the sentence names both (``armed_harm_senses``:
    "los mataron a tiros en una hondonada" is no road fall)."""
    key = match_key(text)
    cues = load_filters()
    sense = _sense_in(key, cues.document_senses)
    if sense in cues.armed_harm_senses and _armed_harm(key, cues):
        return None
    return sense


#: how many sentences after the opening one make a text's lead (``lead_senses``)
LEAD_SENTENCES = 2


def lead_sense(texts: list[str]) -> Optional[str]:
    """The other sense (``lead_senses``) the sentences right after a document's opening one set
    for the whole text: a communiqué under a letterhead that says in its first sentence that
    an exercise took place, then what the exercise staged ("simuló la toma de rehenes"). Not
    when a lead sentence reports a death or a wound before any word of an exercise."""
    cues = load_filters()
    for text in texts[:LEAD_SENTENCES]:
        key = match_key(text)
        sense = _sense_in(key, cues.lead_senses)
        if sense is not None:
            return sense
        if cues.harm_cues is not None and cues.harm_cues.search(key):
            return None  # the lead reports a death or a wound first: an exercise told after it is background
    return None


def drop_in_sense(triggers: list[TriggerMention], sense: str) -> None:
    """Drop the violent-family triggers of a sentence of a document framed in another sense."""
    cues = load_filters()
    for m in triggers:
        if not m.dropped and m.family in cues.families_of(sense):
            m.dropped = f"other sense ({sense})"


def disappeared_after(triggers: list[TriggerMention], told: str) -> None:
    """Retype a sentence's detentions as the forced disappearance when ``told`` (the folded text of
    the sentence and the next ones of its paragraph) says the detainee's whereabouts stay unknown or
    the authorities deny holding them (``whereabouts_unknown`` in data/es/triggers.yaml; annotation
    conventions). Not the arrest of suspects of a kidnapping the sentence names ("detenidos por el
    secuestro de ...": the victim's whereabouts)."""
    cue = load_triggers().whereabouts_unknown
    arrests = [m for m in triggers if m.type == "arrest" and not m.dropped]
    if cue is None or not arrests or any(m.type == "kidnapping" for m in triggers):
        return
    if cue.search(told):
        for m in arrests:
            m.type = "disappearance"


def _words(cues, name: str) -> Optional[re.Pattern]:
    if not cues:
        return None
    try:
        return gated(re.compile(r"(?<!\w)(?:" + "|".join(re.escape(match_key(c)) for c in cues) + r")(?!\w)"))
    except re.error as e:  # pragma: no cover - escaped words
        raise DataFileError(f"filters.yaml: {name}: {e}") from None


#: A text this many sentences long that never names an attack tells an accident; a shorter
#: one ("Una explosión destruyó una torre en Ayacucho.") may just be terse.
SILENT_BLAST_SENTENCES = 3


def accidental_blast_document(text: str, sentences: int = SILENT_BLAST_SENTENCES) -> bool:
    """Does the document explain its blast by an accident (gas, a boiler, fireworks, a coal
    mine) or tell it over several sentences with no word of an attack anywhere? Its bombings
    told only by blast words ("la explosión", "estalló") are then not attacks."""
    cues = load_filters()
    if cues.accident_causes is None or cues.attack_cues is None:
        return False
    key = match_key(text)
    if cues.accident_causes.search(key):
        return True
    return sentences >= SILENT_BLAST_SENTENCES and not cues.attack_cues.search(key)


def is_blast_word(lemma: str) -> bool:
    return match_key(lemma) in load_filters().blast_words


_MONTH = month_alternation()


def _periods(cues) -> Optional[re.Pattern]:
    """Period phrases as one pattern over folded text; ``YEAR`` stands for a four-digit year,
    ``MONTH`` for a month's name."""
    if not cues:
        return None
    parts = [_MONTH.join(r"(?:19|20)\d\d".join(re.escape(match_key(q)) for q in p.split("YEAR"))
                         for p in c.split("MONTH")) for c in cues]
    try:
        return gated(re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)"))
    except re.error as e:
        raise DataFileError(f"filters.yaml: tally_periods: {e}") from None


@dataclass(slots=True)
class TriggerMention:
    type: str
    token_i: int  # the head token of the trigger, index in the spaCy Doc
    start: int  # characters in the spaCy Doc's text
    end: int
    strength: str = "strong"
    is_noun: bool = False
    definite: bool = False
    plural: bool = False
    new_incident: bool = False
    hedged: bool = False
    dropped: Optional[str] = None  # reason, when filtered out
    variants: tuple[str, ...] = ()  # means/framing the trigger or its sentence tells (data/taxonomy.yaml)
    follow_up: bool = False  # told in a further operation of the report ("En otro operativo, ...")
    reference: Optional[str] = None  # why it is a reference to an incident, not a report (then weak)
    own_date: bool = False  # a noun named with its own day or month ("la masacre cometida el 26 de octubre")
    noun_read_as_verb: bool = False  # a lexicon noun tagged a verb: the parse's roles around it are no actors
    roles_of: Optional[int] = None  # the token whose doer and patient are this trigger's (goods told with an arrest)

    @property
    def family(self) -> str:
        return FAMILY[self.type]


#: words after a trigger read for the time it is set in ("... en un hostigamiento hace varios años")
LONG_AGO_REACH = 8


def _set_long_ago(tok, cues: FilterCues) -> bool:
    """A violent act set years back by the words right after it, before any punctuation ("fue
    destruida en un hostigamiento hace varios años"; ``long_ago_after``)."""
    if cues.long_ago_after is None:
        return False
    words = []
    doc = tok.doc
    keys, punct = doc_keys(doc), doc_attr(doc, "IS_PUNCT")  # (``match_key(t.text)``, ``t.is_punct``: the Doc's arrays)
    for i in range(tok.i + 1, min(sent_of(tok).end, tok.i + 1 + LONG_AGO_REACH)):
        if punct[i]:
            break
        words.append(keys[i])
    return bool(words) and bool(cues.long_ago_after.search(" ".join(words)))


def _words_before(tok, n: int) -> list[str]:
    doc = tok.doc
    start = max(sent_of(tok).start, tok.i - n)
    return doc_lowers(doc)[start:tok.i]  # (``t.lower_`` of each, read once per Doc)


def _ends_with(words: list[str], phrase: tuple[str, ...]) -> bool:
    if len(words) < len(phrase):
        return False
    tail = words[-len(phrase):]
    if "NUM" not in phrase:
        return tuple(tail) == phrase
    # "NUM" in a cue stands for a cardinal ("a 25 años de la masacre", "a medio siglo del golpe")
    return all(w == p or p == "NUM" and (is_number_word(w) or w in ("medio", "un", "una")) for w, p in zip(tail, phrase))


def _has_any_before(words: list[str], phrases) -> bool:
    """Does one of ``phrases`` end ``words``, or end them but for their last one or two words?"""
    by_last, always = _by_last_word(phrases)
    for k in range(0, 3):
        cut = words[: len(words) - k]
        if cut and any(_ends_with(cut, p) for p in by_last.get(cut[-1], ())) or any(_ends_with(cut, p) for p in always):
            return True
    return False


#: id(phrases) -> (phrases, by last word, the rest): each cue list indexed once (the list itself is
#: kept, so its id is not reused while the entry stands)
_LAST_WORD_INDEX: dict[int, tuple] = {}


def _by_last_word(phrases) -> tuple[dict[str, list], list]:
    """``phrases`` by their last word (a phrase can only end a list of words that ends with it),
    and apart those whose last word stands for any number ("NUM") or that have none."""
    got = _LAST_WORD_INDEX.get(id(phrases))
    if got is None or got[0] is not phrases:
        by_last: dict[str, list] = {}
        always = []
        for p in phrases:
            if p and p[-1] != "NUM":
                by_last.setdefault(p[-1], []).append(p)
            else:
                always.append(p)
        if len(_LAST_WORD_INDEX) >= 256:  # bounded: a list built for one call is indexed for that call only
            _LAST_WORD_INDEX.clear()
        got = _LAST_WORD_INDEX[id(phrases)] = (phrases, by_last, always)
    return got[1], got[2]


def _verb_ancestor(tok, max_up: int = 3):
    cur = tok
    for _ in range(max_up):
        if cur.pos_ in ("VERB", "AUX") and cur.i != tok.i:
            return cur
        if cur.head.i == cur.i:
            return None
        cur = cur.head
    return cur if cur.pos_ in ("VERB", "AUX") and cur.i != tok.i else None


def _is_infinitive(tok) -> bool:
    return "Inf" in tok.morph.get("VerbForm") or tok.lower_.endswith(("ar", "er", "ir", "arse", "erse", "irse")) \
        and tok.pos_ in ("VERB", "AUX") and not tok.morph.get("Tense")


#: how an infinitive ends, with up to two clitics ("matarlo", "llevárselo")
_INFINITIVE_END = re.compile(r"(?:ar|er|ir|ár|ér|ír)(?:se|me|te|nos|os|lo|la|le|los|las|les){0,2}$")


def _trigger_read_as_infinitive(tok) -> bool:
    """The trigger word itself tagged an infinitive only when it ends like one: the tagger also
    reads a plural noun with a clitic-like ending so ("cazuelas" as "cazue" + "las")."""
    return _is_infinitive(tok) and _INFINITIVE_END.search(tok.lower_) is not None


def _unrealised(tok, cues: FilterCues) -> Optional[str]:
    """Why ``tok`` sits in an act that did not (yet) happen, or None."""
    chain = [tok]
    cur = tok
    for _ in range(3):
        if cur.head.i == cur.i:
            break
        cur = cur.head
        chain.append(cur)
    for aux in tok.children:
        if aux.dep_ in ("aux", "aux:pass", "cop") and _is_infinitive(aux) and aux.lemma_ in ("ser", "haber", "estar"):
            if not _has_any_before(_words_before(aux, 3), cues.realised_before) and aux.head.head.lemma_ not in cues.realised_governors:
                return f"infinitive, not realised ({aux.text} {tok.text})"
    finite = tok.pos_ in ("VERB", "AUX", "ADJ") and (tok.morph.get("Tense") or tok.dep_ == "acl:relcl" or any(
        c.dep_ in ("aux", "aux:pass", "cop") and c.morph.get("Tense") for c in tok.children))
    if finite:
        chain = [tok]
    for i, t in enumerate(chain):
        if t.i != tok.i and t.pos_ == "ADJ" and "Part" in t.morph.get("VerbForm"):
            break  # "heridos en otro ataque": a participle reporting a fact governs it
        if t.pos_ not in ("VERB", "AUX"):
            continue
        if t.i != tok.i and (t.lemma_ in cues.announce_verbs or _unlemmatised_form_of(t, cues.announce_verbs)):
            return f"announced/planned ({t.text})"
        if _trigger_read_as_infinitive(t) if t.i == tok.i else _is_infinitive(t):
            first = t  # "tuvo que declarar ... y movilizar": the first infinitive's governor decides
            while first.dep_ == "conj" and first.head.i != first.i and _is_infinitive(first.head):
                first = first.head
            gov = first.head
            if gov.i != first.i and gov.lemma_ in cues.realised_governors:
                continue
            # "tuvo que declarar": it was done (parsed with "tuvo" as the governor or as an auxiliary)
            tener = gov if gov.i != first.i and gov.lemma_ == "tener" else next(
                (c for c in first.children if c.lemma_ == "tener" and c.dep_ in ("aux", "aux:pass")), None)
            if tener is not None and "Past" in tener.morph.get("Tense") and tener.i + 1 < first.i \
                    and first.doc[tener.i + 1].lower_ == "que":
                continue
            if _has_any_before(_words_before(t, 3), cues.realised_before):
                continue
            if any(c.dep_ == "mark" and c.lower_ in ("tras", "al") for c in t.children):
                continue
            return f"infinitive, not realised ({t.text})"
        if "Fut" in t.morph.get("Tense") and _future_form(t) or _written_future(t):
            return f"future ({t.text})"
        if t.i == tok.i or i <= 1:
            for c in t.children:
                if c.dep_ == "aux" and c.lemma_ == "poder" and "Cnd" in c.morph.get("Mood"):
                    return f"hypothetical ({c.text})"
                if c.dep_ == "aux" and "Fut" in c.morph.get("Tense") and c.lemma_ == "ir":
                    return f"future ({c.text})"
                if c.dep_ in ("aux", "aux:pass") and c.lemma_ in ("ser", "estar") and (
                        "Fut" in c.morph.get("Tense") and _future_form(c) or _written_future(c)):
                    return f"future ({c.text} {t.text})"  # "los responsables serán detenidos"
        if t.i != tok.i:
            break  # only the nearest governing verb decides
    return None


#: endings of the simple future (capturaré, incautarás, detendrá, realizaremos, haréis, serán), folded
_FUTURE_ENDINGS = ("re", "ras", "ra", "remos", "reis", "ran")


def _future_form(tok) -> bool:
    """Is the word written in the simple future? The tagger also calls first-person plural
    preterites of communiqués future ("incautamos", "capturamos", "neutralizamos")."""
    return token_key(tok.text).endswith(_FUTURE_ENDINGS)


def _unlemmatised_form_of(tok, verbs: frozenset) -> bool:
    """A finite verb the lemmatiser left as written ("evalúa" for "evaluar", in headlines and
    accented forms), read as a form of one of ``verbs`` by its stem (at least four letters)."""
    if tok.pos_ not in ("VERB", "AUX") or tok.lemma_.lower() != tok.lower_ or _is_infinitive(tok):
        return False
    key = token_key(tok.text)
    return any(len(v) >= 6 and key.startswith(match_key(v[:-2])) for v in verbs)


def _written_future(tok) -> bool:
    """A verb the tagger calls present that is written in the future: "incautaremos",
    "capturarán", "detendrá" (accented endings; "-aremos"/"-eremos"/"-iremos"/"-dremos")."""
    if tok.pos_ not in ("VERB", "AUX") or "Pres" not in tok.morph.get("Tense"):
        return False
    low = tok.text.lower()
    return low.endswith(("rán", "rá", "ré", "rás", "réis")) or token_key(tok.text).endswith(
        ("aremos", "eremos", "iremos", "dremos"))


def _denied(tok, cues: FilterCues) -> Optional[str]:
    """The trigger sits in a subjunctive clause a denial verb or a falsity predicate governs:
    "descartó que se tratara de un ataque", "negó que el incendio fuera un atentado", "descartó que
    fuera derribado", "Es falso que haya habido un tiroteo"; or in a perfect infinitive a denial verb
    governs: "niega haber realizado operativos", "negó haber detenido"."""
    if not cues.denial_verbs:
        return None
    cur = tok
    for _ in range(3):
        if cur.head.i < cur.i and cur.head.lemma_ in cues.false_predicates and cur.dep_ in ("csubj", "ccomp") \
                and any("Sub" in t.morph.get("Mood") for t in tok.doc[cur.head.i + 1:cur.i + 1]):
            return f"denied ({cur.head.text})"  # (the parser may hang "haya" on the "que")
        sub = "Sub" in cur.morph.get("Mood") or any(
            "Sub" in c.morph.get("Mood") for c in cur.children if c.dep_ in ("aux", "aux:pass", "cop"))
        if sub:
            denies = _denial_verb(cur.head, cues) or cur.head.lemma_ in cues.false_predicates
            return f"denied ({cur.head.text})" if cur.head.i != cur.i and denies else None
        if cur.head.i != cur.i and _denial_verb(cur.head, cues) and any(
                c.dep_ in ("aux", "aux:pass") and c.lower_ == "haber" for c in cur.children):
            return f"denied ({cur.head.text})"  # "niega haber realizado operativos", "negó haber detenido"
        if cur.pos_ in ("VERB", "AUX") and cur.i != tok.i or cur.head.i == cur.i:
            return None
        # only what the denied clause says happened: its predicate, object or "de/por" complement
        # ("se tratara de un ataque", "derribado por un ataque"), or the subject of a verb of occurring
        # ("que se haya producido un ataque", "que se hayan registrado enfrentamientos"), never an
        # adjunct ("tras el ataque")
        if cur.dep_ == "obl" and not any(c.dep_ == "case" and c.lower_ in ("de", "por") for c in cur.children):
            return None
        if cur.dep_ in ("nsubj", "nsubj:pass") and cur.head.lemma_ not in cues.occurrence_verbs:
            return None
        if cur.dep_ not in ("obj", "obl", "amod", "acl", "nmod", "appos", "nsubj", "nsubj:pass"):
            return None
        cur = cur.head
    return None


def _denial_verb(tok, cues: FilterCues) -> bool:
    """A denial verb by its lemma or, where the parser's lemma fails (a communiqué's "Desmentimos"),
    by its form."""
    return tok.lemma_ in cues.denial_verbs or (tok.pos_ in ("VERB", "AUX") and token_key(tok.text) in cues.denial_forms)


def _report_called_false(tok, cues: FilterCues) -> Optional[str]:
    """The trigger names what a report said, and the report is called false: the complement of a
    report noun that is the subject of a falsity predicate ("Es falsa la información difundida en
    redes sobre un supuesto enfrentamiento"; ``false_reports``, ``false_predicates``)."""
    cur = tok
    for _ in range(3):
        if cur.dep_ == "nsubj" and match_key(cur.lemma_) in cues.false_reports \
                and cur.head.lemma_ in cues.false_predicates:
            return f"denied (report called {cur.head.text})"
        if cur.dep_ not in ("nmod", "obl", "amod", "acl") or cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def _retold_then_called_false(tok, cues: FilterCues) -> Optional[str]:
    """The trigger sits in the clause of a verb that retells a report ("esta agencia informó que
    dos militares habían resultado heridos en un ataque", "un vídeo asegura que varias personas
    murieron en un tiroteo"; ``report_verbs``) and the next sentence is a verdict on that report
    alone: "Es falso.", "La información no es correcta." (``false_verdicts``: corrections and fact
    checks). Not a verdict on a detail ("Es falso que hubiera civiles entre los heridos")."""
    if cues.false_verdicts is None or not cues.report_verbs:
        return None
    reporter = next((a for a in tok.ancestors if a.lemma_ in cues.report_verbs and a.i < tok.i), None)
    if reporter is None:
        return None
    sent = sent_of(tok)
    if sent.end >= len(tok.doc):
        return None
    verdict = span_key(tok.doc[sent.end].sent)
    return f"report called false after ({reporter.text})" if cues.false_verdicts.search(verdict.strip()) else None


def _called_false(tok, cues: FilterCues) -> Optional[str]:
    """What a report called false says (a fact check, a correction): see the two functions above."""
    return _report_called_false(tok, cues) or _retold_then_called_false(tok, cues)


_FACTUAL_BEFORE_QUE = {"después", "luego", "tras", "pese", "apenas", "ya"}


def _bare_phrase_generic(first) -> bool:
    """A noun phrase trigger with nothing specific before it ("casos de desaparición forzada")."""
    if first.i == sent_of(first).start:
        return False  # a headline or a line that starts with the phrase
    prev = first.doc[first.i - 1].lower_
    return prev in ("de", "por", "contra", "sobre", "y", "o", "e") and not first.text[:1].isupper()


def _not_asserted(tok) -> Optional[str]:
    """A verb in the subjunctive after "que"/"para" tells a wish, request or purpose, not a fact;
    also in a compound or passive subjunctive ("temen que hayan sido secuestrados", "se espera que
    sea extraditado": the auxiliary carries the mood)."""
    if not _subjunctive(tok):
        return None
    clause = tok  # the verb whose "que"/"para" opens the clause
    if tok.dep_ == "conj" and tok.head.i != tok.i and tok.head.pos_ in ("VERB", "AUX"):
        if "Sub" in tok.head.morph.get("Mood"):
            return _not_asserted(tok.head)  # "para que buscaran y arrestaran": the first verb decides
        if any(c.dep_ == "mark" and c.lower_ in ("que", "para") for c in tok.head.children):
            clause = tok.head  # the tagger missed the first verb's subjunctive ("para que revisaran y capturaran")
        else:
            # the parser hangs the second verb on the main one ("ordenó ... para que las patrullas
            # registraran cada vivienda y detuvieran"): the nearest subjunctive before it is the first verb
            first = next((t for t in reversed(tok.doc[sent_of(tok).start:tok.i])
                          if t.pos_ in ("VERB", "AUX") and "Sub" in t.morph.get("Mood")), None)
            if first is not None:
                return _not_asserted(first)
    mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ in ("que", "para")), None)
    if mark is not None:
        before = _words_before(mark, 2) + [mark.lower_]
    else:
        before = _words_before(tok, 4)
    if "que" not in before and "para" not in before:
        return None
    k = before.index("que") if "que" in before else before.index("para")
    if any(w in _FACTUAL_BEFORE_QUE for w in before[max(0, k - 2):k]):
        return None  # "después de que lo asesinaran": a fact
    return f"subjunctive, not asserted ({tok.text})"


def _subjunctive(tok) -> bool:
    """Is the verb in the subjunctive, or the participle its auxiliary carries in the present
    subjunctive ("que hayan sido secuestrados", "que sea extraditado")? A past one after a past
    verb often tells a fact ("lamentó que nueve de sus socios fueran asesinados")."""
    if tok.pos_ in ("VERB", "AUX") and "Sub" in tok.morph.get("Mood"):
        return True
    return tok.pos_ in ("VERB", "AUX", "ADJ") and any(
        c.dep_ in ("aux", "aux:pass", "cop") and "Sub" in c.morph.get("Mood") and "Pres" in c.morph.get("Tense")
        for c in tok.children)


def _negated(tok, cues: FilterCues) -> bool:
    targets = [tok]
    if tok.dep_ == "conj" and any(c.lower_ == "ni" for c in tok.children):
        tok = tok.head  # "no se registraron heridos ni detenidos": the first conjunct's verb
        targets.append(tok)
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("obj", "nsubj", "nsubj:pass"):
        targets.append(tok.head)
    elif tok.pos_ == "ADJ" and tok.dep_ in ("obj", "nsubj", "nsubj:pass") \
            and tok.head.lemma_ in cues.negated_existentials:
        targets.append(tok.head)  # a participle as a noun: "no hubo aprehendidos", "no hay detenidos"
    if tok.head.i != tok.i and tok.head.lemma_ in ("lograr", "conseguir", "poder"):
        targets.append(tok.head)  # "no logró capturar"
    return any(c.lower_ in _NEG and c.dep_ in ("advmod", "neg") for t in targets for c in t.children) \
        or (tok.pos_ in ("VERB", "AUX", "ADJ") and _negative_subject(tok, cues))


def _negative_subject(tok, cues: FilterCues) -> bool:
    """Is the verb's subject a negative quantifier ("Ninguno ha sido detenido", "nadie fue
    capturado", "ningún sospechoso fue detenido"; ``negative_subjects``)? Before the verb it
    negates the clause without "no" (RAE, Nueva gramática 48.1)."""
    for c in tok.children:
        if c.dep_ in ("nsubj", "nsubj:pass") and c.i < tok.i and (
                c.lower_ in cues.negative_subjects
                or any(d.dep_ == "det" and d.lower_ in cues.negative_subjects for d in c.children)):
            return True
    return False


def _determiners(tok) -> tuple[set[str], bool]:
    dets = {c.lower_ for c in tok.children if c.dep_ in ("det", "nummod", "amod") and c.i < tok.i}
    prev = tok.doc[tok.i - 1].lower_ if tok.i > sent_of(tok).start else ""
    has_num = any(c.dep_ == "nummod" or c.pos_ == "NUM" for c in tok.children if c.i < tok.i)
    if prev in _DEFINITE or prev in _INDEFINITE:
        dets.add(prev)
    return dets, has_num


def _sentence_lower(sent) -> str:
    """The sentence's lower-case words joined by one space, once per sentence (kept in the Doc's
    ``user_data``; read for every trigger word of the sentence)."""
    memo = sent.doc.user_data.setdefault("cronica_sentence_lower", {})
    got = memo.get(sent.start)
    if got is None:
        got = memo[sent.start] = " ".join(doc_lowers(sent.doc)[sent.start:sent.end])  # joined once, not once per hedge
    return got


def _mark(m: TriggerMention, tok, cues: FilterCues, verbal: bool = False) -> None:
    sent = sent_of(tok)
    sent_lower = _sentence_lower(sent)
    m.hedged = any(h in sent_lower for h in cues.hedges)
    lows = doc_lowers(tok.doc)  # (``t.lower_`` of each word, read once per Doc: no Token per neighbour)
    near = set(lows[max(sent.start, tok.i - 3): min(sent.end, tok.i + 3)])
    m.new_incident = bool(near & cues.new_incident)
    if m.new_incident and set(lows[max(sent.start, tok.i - 3):tok.i]) & _DEMONSTRATIVE:
        # "condenó este nuevo ataque": the demonstrative points back at the attack just told;
        # "nuevo" only ranks it in a series
        m.new_incident = False
    # the tagger sometimes calls an event noun an adjective ("la emboscada", "ataques y emboscadas")
    # a lexicon verb form is a verb even where the tagger says otherwise (ALL-CAPS text)
    nominal = not verbal and (tok.pos_ in ("NOUN", "PROPN") or (
        tok.pos_ == "ADJ" and tok.dep_ in ("nsubj", "obj", "obl", "conj", "nmod", "ROOT")
        and not any(c.dep_ in ("aux", "aux:pass", "cop") for c in tok.children)
        and (tok.dep_ != "conj" or tok.head.pos_ in ("NOUN", "PROPN"))))
    if nominal:
        m.is_noun = True
        dets, has_num = _determiners(tok)
        m.definite = bool(dets & _DEFINITE) and not has_num
        m.plural = "Plur" in tok.morph.get("Number") or (tok.lower_.endswith("s") and not tok.lower_.endswith(("is", "ás", "és")))
        specific = bool(dets & _SPECIFIC_DETS) or has_num or any(
            c.pos_ == "PROPN" and c.i == tok.i + 1 for c in tok.children)  # "Operación Libertad"
        # a headline or a line opening with the word (after punctuation or an emoji: "🚨 Hostigamiento en ...")
        headline = not any(doc_attr(tok.doc, "IS_ALPHA")[sent.start:tok.i]) and tok.i - sent.start <= 2
        occurring = not specific and (_told_as_occurring(tok, counted=m.type == "arrest")
                                      or _reported_now(tok, m.plural, cues.reporting_now)
                                      or _live_now(tok, cues.live_now))
        if not specific and not headline and not occurring:
            m.dropped = GENERIC
        elif m.plural and not has_num and not occurring and not (specific and _between_sides(tok)):
            m.strength = "weak"  # "las emboscadas" refers back; never a new incident
        if tok.i > sent.start and tok.doc[tok.i - 1].lower_ in ("ex", "ex-"):
            m.dropped = "former state (ex-)"
        if m.family == "operation" and _in_a_body_name(tok, cues.body_name_heads):
            m.dropped = "part of a name (de operaciones)"
    else:
        m.definite = False
        obj = next((c for c in tok.children if c.dep_ in ("obj", "nsubj:pass") and c.lower_ not in _TIME_NOUNS), None)
        if obj is not None and any(g.lower_ in _DEMONSTRATIVE for g in obj.children if g.dep_ == "det"):
            m.strength = "weak"  # "asesinaron a estas personas": the victims already told
    if (not m.dropped or m.dropped == GENERIC) and _inside_a_body_name(tok, cues.body_name_heads):
        m.dropped = "part of the name of a body"  # (before a phrase's own specificity undoes "generic")


_NAME_LINKS = frozenset({"de", "del", "el", "la", "las", "los", "a", "al", "y", "e", "para", "contra", "en"})
NAME_REACH = 8  # words back from a trigger to the head of the body's name it may sit in


def _inside_a_body_name(tok, heads: frozenset[str]) -> bool:
    """A capitalised trigger word inside the name of a body, after its head ("Servicio Nacional de
    Atención Integral a Personas Privadas de la Libertad", "Unidad contra el Secuestro"): every word
    between them capitalised or a linking word of names (``_NAME_LINKS``). The word names what the
    body deals with; nothing happened."""
    doc, start = tok.doc, sent_of(tok).start
    if tok.i - start < 2 or not tok.text[:1].isupper() or tok.text.isupper():
        return False  # (a capitalised opening word, an ALL-CAPS heading: not a name's inner word)
    for t in reversed(doc[max(start, tok.i - NAME_REACH):tok.i]):
        if t.lower_ in heads and t.text[:1].isupper():
            return True
        if not (t.text[:1].isupper() or t.lower_ in _NAME_LINKS):
            return False
    return False


_OCCURRENCE = {"haber", "registrar", "librar", "producir", "presentar", "ocurrir", "reportar", "desatar", "estallar",
               "suscitar", "originar", "realizar", "efectuar", "ejecutar", "desarrollar", "lanzar", "iniciar",
               "sostener", "mantener", "entablar", "protagonizar", "practicar"}


_AGGREGATE = {"varios", "varias", "diversos", "diversas", "numerosos", "numerosas", "múltiples", "muchos", "muchas",
              "algunos", "algunas", "constantes", "frecuentes", "reiterados", "reiteradas", "nuevos", "nuevas"}


def _told_as_occurring(tok, counted: bool = False) -> bool:
    """A bare event noun told as something that happened: between two named sides ("combates entre el
    ELN y disidentes"), or as what a past verb of occurrence reports ("hubo enfrentamiento",
    "se registraron enfrentamientos")."""
    if not counted and any(c.lower_ in _AGGREGATE for c in tok.children if c.i < tok.i):
        return False  # "varios operativos": an aggregate, not one incident ("practicaron varias detenciones":
        # arrests are counted, one event)
    if any(c.dep_ == "nmod" and c.pos_ in ("PROPN", "NOUN") and any(g.dep_ == "case" and g.lower_ == "entre"
                                                                   for g in c.children) for c in tok.children):
        return True
    # fighting with one named or specific side ("combates con integrantes del Clan del Golfo",
    # "murieron en combates con un grupo armado"), not with a whole class ("combates con la guerrilla")
    # (read on the surface: the parser often hangs the side on the verb)
    doc = tok.doc
    if tok.i + 2 < sent_of(tok).end and doc[tok.i + 1].lower_ in ("con", "contra"):
        side = []
        for t in doc[tok.i + 2: min(sent_of(tok).end, tok.i + 8)]:
            if t.is_punct or t.pos_ in ("VERB", "AUX", "SCONJ", "CCONJ"):
                break
            side.append(t)
        if side and (side[0].lower_ in _INDEFINITE or side[0].pos_ == "NUM"
                     or any(t.pos_ == "PROPN" and t.text[:1].isupper() for t in side)):
            return True
    head = tok.head
    return tok.dep_ in ("obj", "nsubj", "nsubj:pass") and head.i != tok.i and head.lemma_ in _OCCURRENCE \
        and head.pos_ in ("VERB", "AUX") and "Past" in head.morph.get("Tense")


def _between_sides(tok) -> bool:
    """A plural event noun told between two named sides, as the subject of a past finite verb ("Los combates
    entre tropas de la Brigada 29 y guerrilleros del ELN duraron cuatro horas"): the incident itself, as a
    bulletin opens, not a reference back to it."""
    head = tok.head
    return tok.dep_ == "nsubj" and head.i != tok.i and head.pos_ in ("VERB", "AUX") \
        and "Past" in head.morph.get("Tense") and "Fin" in head.morph.get("VerbForm") \
        and any(c.dep_ == "nmod" and c.pos_ in ("PROPN", "NOUN")
                and any(g.dep_ == "case" and g.lower_ == "entre" for g in c.children)
                and any(g.dep_ == "conj" for g in c.subtree) for c in tok.children)


def _in_a_body_name(tok, heads: frozenset[str]) -> bool:
    """An operation noun inside the name of a body or of a kind of document, capitalised or in a
    heading in capitals ("Comando Conjunto de Operaciones Especiales", "Centro de Operaciones
    Policiales", "PARTE DE OPERACIONES – VRAEM"): no operation happened."""
    doc, start = tok.doc, sent_of(tok).start
    if tok.i - start < 2 or doc[tok.i - 1].lower_ != "de":
        return False
    for t in reversed(doc[max(start, tok.i - 4):tok.i - 1]):  # "Comando Conjunto de", "Centro de"
        if t.lower_ in heads:
            return t.text[:1].isupper()
        if not t.text[:1].isupper():
            return False
    return False


#: words before a bare event noun that deny it was there ("nadie reporta balacera", "no hay explosiones")
_DENIALS = frozenset({"no", "nadie", "ni", "nunca"})


def _reported_now(tok, plural: bool, verbs: frozenset[str]) -> bool:
    """A bare singular event noun that a present-tense reporting verb reports, the way social
    posts and local outlets open ("Reportan balacera en la colonia Centro", "Vecinos reportan
    enfrentamiento en la zona del cerro", "Reportan ataque armado contra agentes"): the incident
    itself, not a kind of incident. (Not a plural - "se registran asaltos cada semana" is a
    habit - nor an impersonal "se", nor a denial: "nadie reporta secuestro alguno".)"""
    # (read on the surface: the small parser often takes "Reportan" for a name or a subject)
    sent = sent_of(tok)
    if plural or tok.i <= sent.start:
        return False
    doc, verb = tok.doc, tok.doc[tok.i - 1]
    if verb.lower_ not in verbs:
        return False
    before = {t.lower_ for t in doc[max(sent.start, verb.i - 2):verb.i]}
    after = doc[tok.i + 1].lower_ if tok.i + 1 < sent.end else ""
    return not before & ({"se"} | _DENIALS) and after not in ("alguno", "alguna")


def _live_now(tok, cue: Optional[re.Pattern]) -> bool:
    """A bare event noun in a sentence that tells it as happening while the post is written
    ("AHORA MISMO se escuchan disparos y explosiones en la cárcel"; ``live_now``): the incident
    itself. (Not in a question or a denial: "¿hay balacera ahora mismo?", "no hay explosiones".)"""
    if cue is None:
        return False
    sent = sent_of(tok)
    if any(w in _DENIALS for w in doc_lowers(tok.doc)[sent.start:tok.i]) or "?" in parsed_text(sent):
        return False
    return cue.search(span_key(sent)) is not None


#: verbs whose participle complement tells an act by its result ("quedaron incautados dos fusiles",
#: "resultaron decomisados"), and the types so told: goods taken by the forces. Not arrests: "quedaron
#: detenidos en el atasco" is a traffic jam as often as a custody (tests/extraction/test_recall_classes.py)
_RESULT_VERBS = frozenset({"quedar", "resultar"})
_RESULT_TYPES = frozenset({"seizure"})


def _result_participle(tok, etype: str) -> bool:
    """Is the trigger a participle completing "quedar"/"resultar" ("En el lugar quedaron incautados dos
    fusiles", "quedó asegurada" - train c-124, zj-005; the same result passive of arrests in a-130,
    b-018)? The tagger reads it as an adjective object of the verb, which would make it a bare generic
    noun; it tells the seizure as "fueron incautados" does. (Not damage: "quedaron destruidas" after a
    fire or a landslide names no act of a force.)"""
    return etype in _RESULT_TYPES and "Part" in tok.morph.get("VerbForm") and tok.head.i != tok.i \
        and tok.dep_ in ("obj", "xcomp", "advcl", "amod") and tok.head.lemma_ in _RESULT_VERBS


def _periphrastic_passive(tok) -> bool:
    """Is the verb a participle under "ser" ("fue secuestrada", "fueron detenidos")? The parser
    labels its subject ``nsubj`` with an ``aux`` "ser", not ``nsubj:pass``: that subject is the patient."""
    return tok.pos_ == "VERB" and any(c.dep_ in ("aux", "aux:pass") and c.lemma_ == "ser" for c in tok.children)


def _check_complement(m: TriggerMention, tok, cues: FilterCues) -> None:
    """An abduction or capture of things is another sense ("secuestraron 68 kilos de
    cocaína" is a seizure, "detuvieron un camión" a stop, "los objetos secuestrados")."""
    if m.type not in ("disappearance", "arrest", "kidnapping"):
        return
    if m.is_noun:
        for c in tok.children:
            if c.dep_ == "nmod" and c.lemma_.lower() in cues.non_human:
                m.dropped = f"not people ({c.text})"
        return
    # the verb's patient: its object or passive subject, or the noun a participle modifies
    se = any(c.lower_ == "se" for c in tok.children)  # "se secuestraron 68 kilos": the subject is the patient
    passive = _periphrastic_passive(tok)  # "la droga fue secuestrada": so is it (parsed nsubj + aux "ser")
    patients = [c for c in tok.children if c.lower_ != "se" and (
        c.dep_ in ("obj", "nsubj:pass") or ((se or passive) and c.dep_ == "nsubj"))]
    if not patients:
        # a headline's subjectless verb with the goods after it ("Secuestran 38 motos en un control",
        # "Decomisan armas y celulares"): the tagger makes the goods its subject; a thing after the
        # verb, told with no "a", is what was taken (a person there stays the doer: the check below
        # drops only things)
        patients = [c for c in tok.children if c.dep_ == "nsubj" and c.i > tok.i
                    and not any(g.dep_ == "case" for g in c.children)]
    if tok.dep_ in ("amod", "acl") and tok.head.pos_ in ("NOUN", "PROPN"):
        patients.append(tok.head)
    first = min(patients, key=lambda c: c.i, default=None)  # the first thing taken names what was taken
    # (a noun the tagger reads as an adjective, "1.100 fardos de ropa", is the thing taken too)
    if first is not None and first.pos_ in ("NOUN", "ADJ") and first.lemma_.lower() in cues.non_human:
        m.dropped = f"not people ({first.text})"


def _phrase_positions(ph, keys: list[str], k: int) -> Optional[list[int]]:
    """Where the phrase's items match from token ``k`` (``gap`` tokens allowed between items)."""
    got = _STEPS.get(id(ph))
    if got is None or got[0] is not ph:
        got = _STEPS[id(ph)] = (ph, _steps(ph))
    positions = [k]
    pos = k
    n_keys = len(keys)
    for forms, pattern, gap in got[1]:
        found = None
        for j in range(pos + 1, min(pos + 2 + gap, n_keys)):
            if (keys[j] in forms) if forms is not None else (pattern.match(keys[j]) is not None):
                found = j
                break
        if found is None:
            return None
        positions.append(found)
        pos = found
    return positions


def _steps(ph) -> tuple:
    """(forms, pattern, tokens allowed before it) of each of a phrase's items after the first: what
    ``Item.match`` and ``PhraseTrigger.gap_before`` read, listed once per phrase."""
    return tuple((item.forms, item.pattern, ph.gap_before(n)) for n, item in enumerate(ph.tokens[1:], 1))


#: id(phrase) -> (the phrase, its ``_steps``); the phrase is kept with them, so an id is never
#: read for another phrase (lexicons loaded again in tests)
_STEPS: dict[int, tuple] = {}


def _second_item_near(phrases: tuple, keys: list[str], k: int) -> bool:
    """May one of ``phrases`` (those the word at ``k`` opens) match from ``k``? False only when no
    word within reach after ``k`` is what one of their second items may be: ``_phrase_positions``
    would find none of them (its first step fails). Each (phrases, word) answered once."""
    got = _SECOND_ITEMS.get(id(phrases))
    if got is None or got[0] is not phrases:
        if len(_SECOND_ITEMS) >= 50_000:  # bounded (the lexicon's memo keeps a tuple per form)
            _SECOND_ITEMS.clear()
        got = _SECOND_ITEMS[id(phrases)] = (phrases, *_second_items(phrases), {})
    _, steps, reach, seen = got
    if steps is None:
        return True
    for j in range(k + 1, min(k + 1 + reach, len(keys))):
        key = keys[j]
        ok = seen.get(key)
        if ok is None:
            if len(seen) >= 5_000:
                seen.clear()
            ok = seen[key] = any((key in forms) if forms is not None else (pattern.match(key) is not None)
                                 for forms, pattern in steps)
        if ok:
            return True
    return False


def _second_items(phrases: tuple) -> tuple:
    """((forms, pattern) of each of ``phrases``' second items, how many tokens after the first word
    the farthest may stand), or (None, 0) when one of them is a single word (it matches alone)."""
    steps = []
    reach = 0
    for ph in phrases:
        got = _STEPS.get(id(ph))
        if got is None or got[0] is not ph:
            got = _STEPS[id(ph)] = (ph, _steps(ph))
        if not got[1]:
            return None, 0
        forms, pattern, gap = got[1][0]
        steps.append((forms, pattern))
        reach = max(reach, gap + 1)
    return tuple(steps), reach


#: id(the phrases a form opens) -> (those phrases, ``_second_items``), as ``_STEPS``
_SECOND_ITEMS: dict[int, tuple] = {}


def _candidate_positions(sent, lex) -> tuple[list[int], list[int]]:
    """The positions in ``sent`` (indices into its tokens) of the words that open a phrase of the
    lexicon and of those that may be a one-word trigger (``phrase_candidates`` and
    ``token_candidates`` not empty), in order: ``find_triggers`` reads only those words. Found
    once per Doc, each distinct folded form looked up once (``doc_keys``)."""
    doc, start, end = span_bounds(sent)
    got = doc.user_data.get("cronica_trigger_at")
    if got is None or got[0] is not lex:
        keys = doc_keys(doc)
        hits = {key: (bool(lex.phrase_candidates(key)), bool(lex.token_candidates(key))) for key in set(keys)}
        got = doc.user_data["cronica_trigger_at"] = (
            lex, [i for i, key in enumerate(keys) if hits[key][0]], [i for i, key in enumerate(keys) if hits[key][1]])
    phrases, words = got[1], got[2]
    return ([i - start for i in phrases[bisect_left(phrases, start):bisect_left(phrases, end)]],
            [i - start for i in words[bisect_left(words, start):bisect_left(words, end)]])


#: what ``find_triggers`` writes in a Doc's ``user_data`` as an assembly reads its sentences in order
#: (the sentences seen, the families they told, a count in the lead, an opening that reports):
#: one pass's state, not a memo of the parse. A second assembly of the same parsed Doc (the
#: threshold search's cross-validation, ``train`` run again) must start without it (``begin_pass``)
_PASS_STATE = ("cronica_sentences_seen", "cronica_families_by_sentence", "cronica_tally_lead",
               "cronica_opening_reports")


def begin_pass(doc) -> None:
    """Forget what an earlier assembly of ``doc`` left in its ``user_data`` (``_PASS_STATE``); the
    memos of the parse itself (folded keys, trigger positions, the opening's frame) stay."""
    for key in _PASS_STATE:
        doc.user_data.pop(key, None)


def find_triggers(sent) -> list[TriggerMention]:
    """Trigger mentions in a spaCy sentence, with filter decisions (see ``dropped``).

    Words are matched on folded forms (case, accents and "nn" for "ñ" do not
    matter); every offset is the original token's.
    """
    lex = load_triggers()
    cues = load_filters()
    doc = sent.doc
    out: list[TriggerMention] = []
    taken: set[int] = set()
    tokens = span_tokens(sent)
    keys = doc_keys(doc)[sent.start:sent.end] if hasattr(sent, "start") else list(doc_keys(doc))
    sent_key = ""
    found_variants: Optional[list[str]] = None
    told_with: list[tuple[TriggerMention, str]] = []

    def context() -> str:
        nonlocal sent_key
        if not sent_key:
            sent_key = span_key(sent)
        return sent_key

    def variants(own: Optional[str]) -> tuple[str, ...]:
        nonlocal found_variants
        if found_variants is None:
            text = context()
            found_variants = [name for name, pattern in lex.variant_cues if pattern.search(text)]
        return tuple(([own] if own else []) + [v for v in found_variants if v != own])

    phrase_at, token_at = _candidate_positions(sent, lex)
    # multi-word expressions first: their tokens are not read again as single words
    for k in phrase_at:
        tok = tokens[k]
        if tok.i in taken:
            continue
        phrases = lex.phrase_candidates(keys[k])
        if not _second_item_near(phrases, keys, k):
            continue  # (no phrase can go on from here: most phrase-opening words are articles, "se", "en")
        for ph in phrases:
            idx = _phrase_positions(ph, keys, k)
            if idx is None or any(tokens[j].i in taken for j in idx):
                continue
            if ph.requires_near is not None and not ph.requires_near.search(context()):
                continue
            if ph.unless_near is not None and ph.unless_near.search(context()):
                continue
            head, first, last = tokens[idx[ph.head]], tokens[idx[0]], tokens[idx[-1]]
            etype, own_variant = ph.type, ph.variant
            if ph.retype is not None and ph.retype[2].search(context()):
                etype, own_variant = ph.retype[0], ph.retype[1] or own_variant
            m = TriggerMention(etype, head.i, first.idx, last.idx + len(last.text), strength=ph.strength)
            _mark(m, head, cues, verbal=head.pos_ in ("VERB", "AUX"))
            if m.dropped == "generic (bare noun)" and (ph.head > 0 or not _bare_phrase_generic(first)):
                m.dropped = None  # a verbal phrase, or one written as a name, carries its own specificity
            # (a count of incidents over a period as for a single word: "23 atentados con explosivos
            # en lo que va del año", "son siete los ataques con explosivos contra comercios")
            m.dropped = m.dropped or _unrealised(head, cues) or _not_asserted(head) or _habitual(head, cues) \
                or _tally(head, cues) or _called_false(head, cues) or _things_gathered(head, m, cues)
            if not m.dropped and _negated(head, cues):
                m.dropped = "negated"
            m.variants = variants(own_variant)
            out.append(m)
            if ph.told_with:
                told_with.append((m, ph.told_with))
            taken.update(tokens[j].i for j in idx)
            break
    for k in token_at:
        tok = tokens[k]
        if tok.i in taken:
            continue
        candidates = lex.token_candidates(keys[k])
        # the tagger's guesses on ALL-CAPS text are unreliable (even parsed in sentence case, a
        # headline's opening noun is read as a name: "Bloqueo de vía: ...")
        caps = len(tok.text) > 2 and written(tok).isupper()
        trig: Optional[TokenTrigger] = None
        for t in candidates:
            if t.pos and not caps and tok.pos_ not in t.pos:
                continue
            if t.requires_next is not None:
                nxt = keys[k + 1] if k + 1 < len(tokens) else ""
                if not t.requires_next.match(nxt):
                    continue
            if t.unless_next is not None and t.unless_next.match(" ".join(keys[k + 1:k + 4])):
                continue
            if t.unless_prev is not None and t.unless_prev.search(" ".join(keys[max(0, k - 2):k])):
                continue
            if t.requires_near is not None and not t.requires_near.search(context()):
                continue
            if t.unless_near is not None and t.unless_near.search(context()):
                continue
            trig = t
            break
        if trig is None:
            continue
        kind = (trig.kinds or {}).get(keys[k])
        if kind in ("noun", "word") and tok.ent_type_ == "LOC" and tok.ent_iob_ == "I" and tok.text[:1].isupper():
            continue  # inside a place name ("vereda La Masacre"), not one that starts with the word
        if kind in ("noun", "word") and k >= 1 and tok.text[:1].isupper() and not caps and tok.ent_type_ == "LOC" \
                and tokens[k - 1].lower_ in ("en", "de", "desde", "hacia", "a", "por"):
            continue  # a place named like the word: "en Matanzas", "de Las Masacres"
        if kind in ("noun", "word") and k >= 2 and tok.text[:1].isupper() and not caps \
                and tokens[k - 1].text in ("La", "El", "Las", "Los"):
            continue  # a name mid-sentence: "el bar La Toma", "la vereda El Paro"
        etype, own_variant = trig.type, trig.variant
        if trig.retype is not None and trig.retype[2].search(context()):
            etype, own_variant = trig.retype[0], trig.retype[1] or own_variant
        strength = trig.strength
        result = kind == "participle" and _result_participle(tok, etype)
        if strength == "weak" and result:
            strength = "strong"  # "quedó detenido": the act told by its result, as "fue detenido"
        if strength == "weak" and kind == "participle" and any(
                c.dep_ in ("aux", "aux:pass") and c.lemma_ in ("ser", "haber")
                for c in (*tok.children, *(tok.head.children if tok.dep_ == "conj" and tok.head.pos_ in ("VERB", "ADJ")
                                            and not any(c.dep_ in _OWN_CLAUSE for c in tok.children) else ()))):
            # "fueron detenidos", "habían detenido": the act itself, not a reference; also a participle
            # coordinated with the passive before it ("fue reducido y detenido por los agentes")
            strength = "strong"
        m = TriggerMention(etype, tok.i, tok.idx, tok.idx + len(tok.text), strength=strength)
        _mark(m, tok, cues, verbal=result or (kind in _VERBAL_KINDS and (caps or tok.pos_ in ("VERB", "AUX"))))
        # a lexicon noun the tagger read as a verb ("Reportan balacera en la colonia ...": "balacerar")
        m.noun_read_as_verb = kind == "noun" and tok.pos_ in ("VERB", "AUX")
        if trig.agent and m.dropped == "generic (bare noun)" and tok.dep_ == "nsubj" and tok.head.i != tok.i \
                and tok.head.pos_ in ("VERB", "AUX") and tok.head.morph.get("Tense"):
            m.dropped = None  # "Saqueadores vaciaron los comercios": the perpetrators acting, not a class
        if trig.agent and m.strength == "weak" and not m.dropped:
            m.strength = "strong"  # "los secuestradores": the perpetrators, not a reference
        _check_complement(m, tok, cues)
        if not m.dropped and keys[k] in cues.class_doers and _agent_of_a_class(tok):
            m.dropped = "generic (doer of a class: " + tok.text + " de ...)"
        words = _words_before(tok, 5)
        if not m.dropped and _has_any_before(words, cues.background_before):
            m.dropped = "background (" + " ".join(words[-3:]) + ")"
        if not m.dropped and m.family == "violent" and _set_long_ago(tok, cues):
            m.dropped = "background (years before: hace ... años)"
        if not m.dropped and cues.anniversary_before and _has_any_before(_words_before(tok, 6), cues.anniversary_before) \
                and not _dated_in_full(span_text(sent_of(tok))):
            m.dropped = "background (anniversary: " + " ".join(words[-3:]) + ")"  # "a 15 años de la llamada masacre"
        if not m.dropped:
            m.dropped = _possible_only(tok, m, cues)
        if not m.dropped:
            m.dropped = (_unrealised(tok, cues) or _not_asserted(tok) or _denied(tok, cues) or _tally(tok, cues)
                         or _habitual(tok, cues) or _called_false(tok, cues))
        if not m.dropped and _negated(tok, cues):
            m.dropped = "negated"
        if m.dropped == GENERIC:
            # a more telling reason than "bare noun" (a headline undoes only that one): "la cifra de
            # homicidios" is a figure, "preparaban ataques contra autobuses" planned, "parecía un
            # bombardeo" a comparison, "condena por ataque de 1989" an old incident named
            # (kept under "generic": the decision models read the reason's first word)
            why = ("background: " + " ".join(words[-3:]) if _has_any_before(words, cues.background_before)
                   else "named by its year" if _named_by_year(tok) and not _dated_in_full(span_text(sent_of(tok)))
                   else _unrealised(tok, cues) or _comparison(tok, cues) or _catalogue(tok, cues))
            if why:
                m.dropped = f"generic (bare noun; {why})"
        elif not m.dropped:
            m.dropped = (_comparison(tok, cues) or _distributive(tok) or _kind_of_crime(tok, cues)
                         or _depicted(tok, cues))
        m.variants = variants(own_variant)
        out.append(m)
    _stand_with(told_with, out)
    if out:
        _controlled_disposal(out, sent, context(), cues)
        _no_seizure_goods(out, context(), cues)
        _seized_before_destroyed(out, sent, cues)
        _other_senses(out, context(), cues)
        if not _opening_names_violence(doc, cues):
            # a story the opening line frames in another sense; not when that line names a weapon or
            # a casualty ("Cinco muertos en ataque armado contra una cancha", "Emboscada a brigadistas
            # forestales: un trabajador herido"): the sense is then its own sentence's only
            _other_senses(out, _opening_key(doc), cues)
        _references(out, sent, context(), cues)
        _told_of_a_named_past(out, sent)
        _framed_by_opening(out, sent, context(), cues)
        if _sports_document(doc, cues):
            for m in out:
                if (not m.dropped or m.dropped == GENERIC) and m.family in (
                        cues.sports_document_families or cues.families_of("sports")):
                    m.dropped = "other sense (sports story)"
    # announced designations are the event itself ("anunció que congelará activos")
    for m in out:
        if m.type == "designation" and m.dropped and m.dropped.startswith(("future", "announced")):
            m.dropped = None
    # a dispersal or charge told with the protest it broke up ("dispersó con gases una marcha") is that
    # protest's intervention: the protest's own word carries the event (and its sides)
    def _dispersal(m: TriggerMention) -> bool:
        return m.type == "protest" and not m.is_noun and m.variants[:1] == ("intervention",)

    # (only a protest word that founds the incident: "Las marchas del lunes ... fueron reprimidas" tells the
    # protest by a definite noun, and the dispersal carries it)
    if any(not m.dropped and m.type == "protest" and m.strength == "strong" and not _dispersal(m) for m in out):
        for m in out:
            if not m.dropped and _dispersal(m):
                m.dropped = "intervention in the protest told with it"
    # a detention told with the disappearance that followed it ("fue desaparecido tras ser detenido por
    # agentes") is that forced disappearance (annotation conventions), not another arrest
    if any(not m.dropped and m.type == "disappearance" and m.strength == "strong" for m in out):
        for m in out:
            if not m.dropped and m.type == "arrest":
                m.dropped = "part of the forced disappearance told with it"
    # an arrest told as the cause of the incident the sentence reports ("quemaron una patrulla en
    # rechazo a la captura de un vecino"): the reason, not an event of its own
    if any(not m.dropped and m.family in _CAUSED_FAMILIES for m in out):
        for m in out:
            if not m.dropped and m.type == "arrest" and _has_any_before(_words_before(doc[m.token_i], 6), cues.cause_before):
                m.dropped = "cause of the incident told (arrest)"
    # a riot told with the hostage-taking in it ("se amotinaron y tomaron como rehenes a siete guardias"),
    # and the torture of the captives told with their abduction ("los privaron de la libertad y los torturaron
    # durante dos días") are that kidnapping (annotation conventions; gold of u-077), not attacks of their own
    # so are the blows with which the captors take their captive ("golpearon al capataz y se llevaron a
    # su hijo", "lo golpearon con la cacha de un revólver y lo subieron a la fuerza"; ``captors_acts``),
    # told by a verb in the sentence of the abduction's verb
    if any(not m.dropped and m.type == "kidnapping" for m in out):
        taken_by_verb = any(not m.dropped and m.type == "kidnapping" and not m.is_noun for m in out)
        for m in out:
            if m.dropped or m.type != "attack":
                continue
            key = token_key(doc[m.token_i].text)
            if key.startswith(_CAPTIVITY_STEMS) or (taken_by_verb and not m.is_noun and key.startswith(cues.captors_acts)):
                m.dropped = "part of the kidnapping told with it"
    # the victims of a killing described by their abduction ("automovilistas reportaron dos cuerpos ...: se
    # trata de dos de los trabajadores privados de la libertad", "hallaron el cadáver del comerciante
    # secuestrado"): the abduction is named, told elsewhere, not reported again here (train c-017)
    if any(not m.dropped and m.strength != "weak" and m.type == "killing" for m in out):
        for m in out:
            if not m.dropped and m.family == "abduction" and _describes_people(doc[m.token_i]):
                m.strength, m.reference = "weak", "reference (victims described by their abduction)"
    # a further operation of the same report ("En otro operativo, ... se incautaron", "En una segunda
    # intervención, ..."): its arrests and seizures are new incidents, not the first operation's told again
    if lex.follow_up_operation is not None and any(m.family in _OPERATION_FAMILIES for m in out) \
            and lex.follow_up_operation.search(context()):
        for m in out:
            if m.family in _OPERATION_FAMILIES:
                m.new_incident = m.follow_up = True
    # (the sentence's folded text only when a bombing or a killing is kept: no work for the others)
    if any(not m.dropped and m.type == "bombing" for m in out):
        _seized_devices(out, doc, context(), cues)
    if any(not m.dropped and m.type == "killing" and m.strength == "strong" for m in out):
        _bodies_of_a_told_toll(out, doc, context(), cues)
    # a wish ("Ojalá sea el último secuestro", "ojalá no haya víctimas"): what it names is not reported
    if cues.wish_words and any(not m.dropped for m in out):
        for m in out:
            if not m.dropped and _wished(doc[m.token_i], cues):
                m.dropped = "wish"
    # a displacement or a confinement told with another incident in its sentence (an arson, a killing, a paro
    # armado) is that incident's consequence, not an event of its own
    if any(not m.dropped and not _consequence(m) for m in out):
        for m in out:
            if not m.dropped and _consequence(m):
                m.dropped = "consequence of the incident told with it"
    # burning or looting told with an attack or a protest is part of that incident
    if any(not m.dropped and m.family in ("violent", "protest") for m in out):
        for m in out:
            if m.family == "property" and not m.dropped:
                m.dropped = "part of the attack or protest told with it"
    out.sort(key=lambda m: m.start)
    return out


_OPERATION_FAMILIES = frozenset({"arrest", "seizure", "operation"})


def _stand_with(told_with: list[tuple[TriggerMention, str]], out: list[TriggerMention]) -> None:
    """A phrase told inside another family's sentence (``told_with``: the goods of an arrest) is realised
    as that family's trigger is: kept when one is kept, whatever verb governs the goods ("detuvieron a
    tres hombres que intentaban cruzar con dos fusiles"), dropped when none is; its doer is that trigger's."""
    for m, family in told_with:
        holder = next((o for o in out if o is not m and not o.dropped and o.family == family), None)
        if holder is None:
            m.dropped = m.dropped or f"no {family} told with it"
            continue
        if m.dropped and m.dropped.startswith(("infinitive", "generic (bare noun")):
            m.dropped = None
        m.roles_of = holder.token_i  # the arrest's doer took the goods ("que llevaban": not the carriers)


def _seized_devices(out: list[TriggerMention], doc, key: str, cues: FilterCues) -> None:
    """Drop a bombing whose words sit inside an arrest or a seizure told in its sentence, when
    the sentence tells no blast: explosives seized or found ("se incautaron dos fusiles y tres
    artefactos explosivos", "se aseguraron ... minas antipersonal") and a device being laid when
    its carriers were caught ("los capturaron cuando instalaban un artefacto explosivo") are the
    goods or the act the arrest or seizure stopped, not a bombing (train o-003, y-003, d-044,
    b-003; dev w-012, r-004)."""
    holders = [doc[m.token_i] for m in out if not m.dropped and m.family in ("arrest", "seizure")]
    if not holders or (cues.blast_told is not None and cues.blast_told.search(key)):
        return
    for m in out:
        if not m.dropped and m.type == "bombing" and any(h.is_ancestor(doc[m.token_i]) for h in holders):
            m.dropped = "goods of the arrest or seizure told with it (no blast)"


_BODY_WORDS = re.compile(r"(?<!\w)(cuerpos?|cadaver(es)?|restos)(?!\w)")


def _bodies_of_a_told_toll(out: list[TriggerMention], doc, key: str, cues: FilterCues) -> None:
    """Mark as a reference a killing told by bodies found whose sentence revises a toll already
    told ("El primer balance hablaba de seis muertos; en la requisa hallaron otros tres cuerpos",
    "los cuerpos de tres de los fallecidos fueron localizados el lunes"; ``toll_revisions``): the
    bodies of the incident the story tells, found later, not a new killing (train w-011, y-006,
    x-005). It joins that incident; alone it founds none."""
    if cues.toll_revisions is None or not cues.toll_revisions.search(key):
        return
    for m in out:
        if not m.dropped and m.type == "killing" and m.strength == "strong" \
                and _BODY_WORDS.search(match_key(parsed_text(doc)[m.start:m.end])):
            m.strength, m.reference = "weak", "reference (bodies of a toll already told)"


def _wished(tok, cues: FilterCues) -> bool:
    """Does a wish word ("ojalá") come before the trigger in its sentence (filters.yaml
    ``wish_words``), with no relative or subordinate clause opening in between ("Ojalá encuentren
    a quienes secuestraron a mi hermano" reports the kidnapping)?"""
    words = doc_keys(tok.doc)[sent_of(tok).start:tok.i]  # (``token_key(t.text)`` of each, once per Doc)
    at = next((i for i in range(len(words) - 1, -1, -1) if words[i] in cues.wish_words), None)
    return at is not None and not _CLAUSE_OPENERS.intersection(words[at + 1:])


_CLAUSE_OPENERS = frozenset({"que", "quien", "quienes", "cual", "cuales", "cuando", "donde", "porque"})


#: what an armed group's order does to people (data/taxonomy.yaml `other` variants), told as its own incident
_CONSEQUENCE_VARIANTS = frozenset({"displacement", "confinement"})


def _consequence(m: TriggerMention) -> bool:
    """A displacement or a confinement told by its own trigger (``variant`` in triggers.yaml)."""
    return m.type == "other" and bool(m.variants) and m.variants[0] in _CONSEQUENCE_VARIANTS


_CAUSED_FAMILIES = frozenset({"violent", "protest", "abduction", "property", "other"})  # what an arrest may set off
# a participle with a subject or verb of its own is a clause of its own ("... y uno más está desaparecido")
_OWN_CLAUSE = frozenset({"aux", "aux:pass", "cop", "nsubj", "nsubj:pass"})
_RIOT_STEMS = ("motin", "amotin")
_CAPTIVITY_STEMS = _RIOT_STEMS + ("tortur",)  # what happens inside a hostage-taking told with it


def _opening_key(doc) -> str:
    """The folded first sentence of the parsed text (the headline of a short document), once per Doc."""
    key = doc.user_data.get("cronica_opening_key")
    if key is None:
        first = next(iter(doc.sents), None)
        key = span_key(first) if first is not None else ""
        doc.user_data["cronica_opening_key"] = key
    return key


def _title_key(doc) -> str:
    """The folded title of a text whose opening line is a letterhead in capitals ("EJÉRCITO
    NACIONAL DE COLOMBIA" over "Balance operacional 2024": 74 communiqués of the corpus open so):
    the sentence after it; else ""."""
    first = next(iter(doc.sents), None)
    if first is None or not span_text(first).strip().isupper():
        return ""
    nxt = doc[first.end].sent if first.end < len(doc) else None
    return span_key(nxt) if nxt is not None else ""


def _opening_names_violence(doc, cues: FilterCues) -> bool:
    """Does the opening line name a weapon or a casualty (``weapon_cues``)? Read once per Doc."""
    got = doc.user_data.get("cronica_opening_violence")
    if got is None:
        got = cues.weapon_cues is not None and bool(cues.weapon_cues.search(_opening_key(doc)))
        doc.user_data["cronica_opening_violence"] = got
    return got


#: a comparison names another sense without taking the text into it ("Parecía una película": a real
#: shooting; "como en una película de guerra")
_COMPARED = gated(re.compile(r"(?<!\w)(?:parec\w*|semej\w*|como en|como si fuera|digno de) (?:una?|de|la|el)? ?\w+"))


def _other_senses(out: list[TriggerMention], text: str, cues: FilterCues) -> None:
    """Drop violent words used in another sense the sentence shows (sports: "el ataque del equipo")."""
    text = _COMPARED.sub(" ", text)
    armed = None
    for sense, pattern in cues.other_senses:
        if pattern.search(text) or (sense == "sports" and cues.sports_scores is not None
                                    and cues.sports_scores.search(text)):
            if sense in cues.armed_harm_senses and _armed_harm(text, cues):
                continue  # "hombres armados dispararon contra los jugadores: tres murieron"
            for m in out:
                # another sense outranks "generic" (a headline's bare noun is read as its story's
                # incident again: "Éxito en operación para separar a gemelas siamesas" is not one),
                # unless the line names a weapon ("Cinco muertos en ataque armado contra una cancha")
                generic = m.dropped == GENERIC
                if generic and armed is None:
                    armed = cues.weapon_cues is not None and bool(cues.weapon_cues.search(text))
                if (not m.dropped or generic and not armed) and m.family in cues.families_of(sense):
                    m.dropped = f"other sense ({sense})"
            return


def _armed_harm(text: str, cues: FilterCues) -> bool:
    """Does the (folded) text name both a weapon or armed doer and a death or wound?"""
    return (cues.armed_cues is not None and cues.harm_cues is not None
            and bool(cues.armed_cues.search(text)) and bool(cues.harm_cues.search(text)))


@lru_cache(maxsize=1)
def _explosive_pattern() -> re.Pattern:
    words = load_filters().explosive_cues
    return re.compile(r"(?<!\w)(" + "|".join(re.escape(w) for w in words) + r")(?!\w)", re.IGNORECASE)


def explosive_cue(text: str) -> bool:
    """Does the text say explosives did the damage?"""
    return bool(_explosive_pattern().search(text))


def _own_clause(tok) -> bool:
    """Does a participle the parser hangs on a noun head a clause of its own, with its subject or
    its auxiliary ("No es el primer ataque contra la cadena: el 9 de febrero, otro de sus locales
    fue baleado"), rather than modify the noun ("era el segundo concejal asesinado")?"""
    return any(c.dep_ in ("nsubj", "nsubj:pass", "aux", "aux:pass", "cop") for c in tok.children)


def arrest_as_turning_point(tok, cues: FilterCues) -> bool:
    """An arrest noun told as the time of what a history tells next ("Tras la captura de su
    dirección nacional, la organización quedó desarticulada"; "Tras la captura de sus principales
    dirigentes, en 1993 un grupo de mandos se acogió a la ley"): a turning point recalled in
    passing, with no place of its own in its phrase ("tras la captura de su principal mando en una
    zona rural del Alto Huallaga" tells one, and stays). The caller decides the register."""
    if not cues.turning_point_before or not _has_any_before(_words_before(tok, 3), cues.turning_point_before):
        return False
    return not any(_place_word(t, cues.time_nouns) for t in tok.subtree)


def _place_word(tok, time_nouns: frozenset[str]) -> bool:
    """Is ``tok`` a place: a place entity, or a noun told with "en" that is no date ("en una
    finca de X", "en Caranavi"; not "en 1992", "en marzo", "en la década")?"""
    if tok.ent_type_ in ("LOC", "GPE"):
        return True
    return tok.pos_ in ("NOUN", "PROPN") and not tok.like_num and token_key(tok.text) not in time_nouns \
        and any(c.dep_ == "case" and c.lower_ == "en" for c in tok.children)


def _tally(tok, cues: FilterCues) -> Optional[str]:
    """A count of incidents over a period, not an incident: "es el tercer ataque en lo que va
    del año", "era el segundo concejal asesinado", "en lo que va del año han sido asesinados
    23 policías", "son más de 400 los reos asesinados desde 2021"."""
    noun = tok if tok.pos_ in ("NOUN", "PROPN") else \
        tok.head if tok.dep_ in ("acl", "amod") and not _own_clause(tok) else None
    if noun is not None and cues.tally_ordinals:
        kids = list(noun.children)
        if any(c.dep_ == "cop" for c in kids) and any(token_key(c.text) in cues.tally_ordinals for c in kids
                                                       if c.dep_ in ("amod", "det", "nummod") and c.i < noun.i):
            return "tally (ordinal)"
    counted = _counted_incidents(tok, cues)
    if counted:
        return counted
    counted = _member_share(tok, cues)
    if counted:
        return counted
    counted = _breakdown_of_a_tally(tok, cues)
    if counted:
        return counted
    if _over_a_duration(tok, cues):
        return f"tally (duration: {tok.head.text} de {tok.text})"
    counted = _quantified(tok, cues)
    if counted:
        return counted
    if cues.tally_spans is not None and _plural(tok) and cues.tally_spans.search(span_key(sent_of(tok))):
        return "tally (period)"  # "entre enero y junio fueron asesinadas 1.312 personas"
    if cues.tally_periods is None or not cues.tally_periods.search(span_key(sent_of(tok))):
        return None
    perfect = any(c.dep_.startswith("aux") and c.lemma_ == "haber" and "Pres" in c.morph.get("Tense")
                  for c in tok.children)
    plural_report = tok.pos_ != "VERB" or "Part" in tok.morph.get("VerbForm")
    plural_report = plural_report and "Plur" in tok.morph.get("Number") and not any(
        c.dep_.startswith("aux") for c in tok.children)
    if perfect or plural_report:
        return "tally (period)"
    return None


#: how many tokens a breakdown of a tally may run before the counted total ("412 agresiones contra ...")
BREAKDOWN_REACH = 30


def _breakdown_of_a_tally(tok, cues: FilterCues) -> Optional[str]:
    """A plural incident noun in the breakdown of a counted total: after a marker (``tally_breakdowns``:
    "entre ellas", "de los cuales", a colon) that follows a plural counted from ``tally_count_min``, with
    no verb between ("documenta 412 agresiones ..., entre ellas ... y 9 asesinatos", "registró 23
    agresiones ...: 4 homicidios, 13 amenazas"). The members of a statistic are counts too."""
    if not cues.tally_breakdowns or tok.pos_ not in ("NOUN", "PROPN") or "Plur" not in tok.morph.get("Number"):
        return None
    doc = tok.doc
    start = max(sent_of(tok).start, tok.i - BREAKDOWN_REACH)
    keys = [token_key(t.text) for t in doc[start:tok.i]]
    for j in range(len(keys) - 1, -1, -1):
        t = doc[start + j]
        if t.pos_ in ("VERB", "AUX") and t.morph.get("Tense"):
            return None  # a clause of its own between: no breakdown
        opens = next((p for p in cues.tally_breakdowns if tuple(keys[j:j + len(p)]) == p), None)
        if opens is not None and _counted_total_before(doc, start, start + j, cues):
            return f"tally (breakdown: {' '.join(opens)})"
    return None


def _counted_total_before(doc, start: int, end: int, cues: FilterCues) -> bool:
    """A figure from ``tally_count_min`` counting a plural noun right after it ("412 agresiones",
    "48 muertes violentas") among the tokens from ``start`` to ``end``."""
    for i in range(start, end - 1):
        n = digits_value(doc[i].text)
        if n is not None and n >= cues.tally_count_min and doc[i + 1].pos_ == "NOUN" \
                and "Plur" in doc[i + 1].morph.get("Number"):
            return True
    return False


def _controlled_disposal(out: list["TriggerMention"], sent, key: str, cues: FilterCues) -> None:
    """Drop the violent-family words in the clause of a controlled disposal ("las detonaciones
    correspondieron a la destrucción controlada de 1.200 artefactos explosivos", "lo hicieron estallar
    de forma controlada"; ``controlled_disposal``): the forces destroying explosives, not an attack."""
    if cues.controlled_disposal is None or not cues.controlled_disposal.search(key):
        return
    doc = sent.doc
    clauses = {i for t in span_tokens(sent) if token_key(t.text).startswith("controlad") for i in _clause_of(t)}
    for m in out:
        if not m.dropped and m.family == "violent" and _clause_of(doc[m.token_i]) & clauses:
            m.dropped = "controlled disposal (not an attack)"


def _clause_of(tok) -> set[int]:
    """The verb whose clause holds ``tok`` (itself when a verb; else the nearest verb above it that
    is no modifier), with the verb it completes or that completes it ("lo hicieron estallar")."""
    cur = tok
    for _ in range(8):
        if (cur.pos_ in ("VERB", "AUX") and cur.dep_ != "amod") or cur.head.i == cur.i:
            break
        cur = cur.head
    return {cur.i} | ({cur.head.i} if cur.dep_ == "xcomp" else set()) | {c.i for c in cur.children if c.dep_ == "xcomp"}


def _no_seizure_goods(out: list["TriggerMention"], key: str, cues: FilterCues) -> None:
    """Drop a seizure whose sentence names only goods that make none (phones, computers, documents,
    propaganda, cash, vehicles: ``seized_other``) and no arm, drug or explosive (``seized_goods``): the
    search of an arrest ("se intervinieron dos teléfonos móviles y un ordenador")."""
    if cues.seized_other is None or cues.seized_goods is None:
        return
    seizures = [m for m in out if m.type == "seizure" and not m.dropped]
    # a measure of those goods ("40 toneladas de ropa usada") is no drug's measure
    goods_key = cues.seized_other_measured.sub(" ", key) if cues.seized_other_measured is not None else key
    if seizures and cues.seized_other.search(key) and not cues.seized_goods.search(goods_key):
        for m in seizures:
            m.dropped = "not a seizure (no arms, drugs or explosives)"


def _seized_before_destroyed(out: list["TriggerMention"], sent, cues: FilterCues) -> None:
    """Drop a seizure told by a participle describing goods a destruction word before it takes ("destruyó
    4.800 armas de fuego que habían sido decomisadas", "la incineración de 18 toneladas de marihuana
    incautadas"; ``destruction_words``): the goods' past, seized over months, destroyed today."""
    if not cues.destruction_words:
        return
    doc = sent.doc
    for m in out:
        tok = doc[m.token_i]
        if m.dropped or m.type != "seizure" or tok.dep_ not in ("acl", "amod", "acl:relcl") \
                or "Part" not in tok.morph.get("VerbForm") and not token_key(tok.text).endswith(("ado", "ada", "ados", "adas")):
            continue
        if any(t.lemma_.lower() in cues.destruction_words for t in doc[sent_of(tok).start:tok.i]):
            m.dropped = "background (goods seized before, destroyed now)"


def _over_a_duration(tok, cues: FilterCues) -> bool:
    """A plural incident noun that fills a span of time ("veinte años de operativos contra el
    narcotráfico", "tras años de masacres", "varias semanas de ataques"): many incidents over the
    span, none told."""
    head = tok.head
    return (tok.pos_ == "NOUN" and "Plur" in tok.morph.get("Number") and tok.dep_ == "nmod" and head.i != tok.i
            and head.lemma_.lower() in cues.tally_durations and "Plur" in head.morph.get("Number")
            and any(c.dep_ == "case" and c.lower_ == "de" for c in tok.children))


def _member_share(tok, cues: FilterCues) -> Optional[str]:
    """A verb whose subject is a share of a group's members ("la mayor parte de sus cabecillas
    han muerto o han sido capturados", "sus últimos integrantes ... fueron detenidos antes del fin
    de la década") in a sentence with no figure or year, in a clause with no place: the group's
    history, not an incident."""
    if not cues.member_shares or tok.pos_ not in ("VERB", "AUX", "ADJ"):
        return None
    verb, subj = tok, None
    while subj is None:
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
        if subj is None and verb.dep_ == "conj" and verb.head.i != verb.i and verb.head.pos_ in ("VERB", "AUX"):
            verb = verb.head  # "han muerto o han sido capturados": the subject hangs from the first verb
        elif subj is None:
            return None
    words = [t.lower_ for t in tok.doc[subj.left_edge.i:subj.right_edge.i + 1]]
    if not any(tuple(words[:len(p)]) == p for p in cues.member_shares):
        return None
    if any(c.isdigit() for c in sent_of(tok).text):
        return None  # a figure or a year: told as an incident ("en 1992 sus últimos mandos fueron capturados")
    if any(_place_word(t, cues.time_nouns) for t in tok.subtree):
        return None  # a place of its own: "fueron detenidos en una finca de Tarapoto"
    return "tally (a share of the group's members)"


def _quantified(tok, cues: FilterCues) -> Optional[str]:
    """A plural incident noun counted by a quantity noun: "decenas de atentados con artefactos
    explosivos", "cientos de secuestros" (a statistic, as a large numeral makes it)."""
    if not cues.tally_quantities or tok.pos_ not in ("NOUN", "PROPN", "ADJ"):
        return None
    # the noun itself, or the noun a participle describes ("miles de alzados capturados")
    for noun in (tok, tok.head) if tok.dep_ in ("amod", "acl") and tok.head.i != tok.i else (tok,):
        if "Plur" not in noun.morph.get("Number"):
            continue
        before = _words_before(noun, 3)
        if len(before) >= 2 and before[-1] == "de" and before[-2] in cues.tally_quantities:
            return f"tally (counted incidents: {before[-2]})"
        if noun.head.i != noun.i and noun.head.lower_ in cues.tally_quantities:
            return f"tally (counted incidents: {noun.head.lower_})"
    return None


def _plural(tok) -> bool:
    """The trigger or, for a verb, its passive subject or object is plural ("fueron asesinadas
    1.312 personas", "se registraron 31 masacres")."""
    if "Plur" in tok.morph.get("Number"):
        return True
    deps = ("nsubj", "nsubj:pass", "obj") + (("nmod",) if tok.pos_ in ("NOUN", "PROPN") else ())
    return any("Plur" in c.morph.get("Number") for c in tok.children if c.dep_ in deps)  # "la captura de 612 personas"


def _numeral_before(tok) -> Optional[int]:
    """The value of the numeral counting a noun ("2.460 homicidios", "más de 300 ataques",
    "ciento ochenta asesinatos"), or None."""
    doc = tok.doc
    j = tok.i - 1
    if j >= sent_of(tok).start and doc[j].pos_ == "ADJ":
        j -= 1  # "31 nuevas masacres"
    if j >= sent_of(tok).start and digits_value(doc[j].text) is not None:
        return digits_value(doc[j].text)  # "1.200 y 980 asesinatos": the nearest figure
    words: list[str] = []
    while j >= sent_of(tok).start and len(words) < 6:
        w = doc[j].lower_
        if digits_value(w) is None and words_value([w]) is None and not (w == "y" and words):
            break
        words.insert(0, w)
        j -= 1
    while words and words[0] == "y":
        words.pop(0)
    return words_value(words) if words else None


def _counted_incidents(tok, cues: FilterCues) -> Optional[str]:
    """A plural incident noun with a large numeral counts incidents over a period (a yearly
    report, a statistic), it is not one incident: "registró 2.460 homicidios", "31 masacres",
    "con 1.870 y 1.955 robos, respectivamente". Small numbers stay ("dos ataques
    simultáneos" are two incidents)."""
    if not cues.tally_count_min or tok.pos_ not in ("NOUN", "PROPN", "ADJ") or token_key(tok.text) not in cues.tally_nouns:
        return None
    n = _numeral_before(tok)
    if n is not None and n >= cues.tally_count_min:
        return f"tally (counted incidents: {n})"
    if n is not None and n >= 2 and _counted_by_verb(tok, cues):
        return f"tally (counted incidents: {tok.head.lemma_} {n})"
    return None


def _counted_by_verb(tok, cues: FilterCues) -> bool:
    """Is the plural incident noun what a verb of counting counts ("Se contabilizaron cuatro
    masacres", "el observatorio contabiliza cinco masacres en Cortés")? Its object, or its
    subject with "se" or a passive "ser"."""
    head = tok.head
    if head.i == tok.i or head.lemma_.lower() not in cues.tally_count_verbs:
        return False
    if tok.dep_ in ("obj", "nsubj:pass"):
        return True
    return tok.dep_ == "nsubj" and (any(c.lower_ == "se" for c in head.children) or _periphrastic_passive(head))


def _habitual(tok, cues: FilterCues) -> Optional[str]:
    """A trigger in a clause of habit or generality, in the present indicative, tells what
    happens whenever, not an incident: "cada vez que estalla una bomba en la región",
    "cuando aparece una fosa, las autoridades repiten...". (A headline's present tense is
    its report tense: the opening sentence is never read so.)"""
    if not cues.habitual_before or sent_of(tok).start == 0:
        return None
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head if tok.head.i != tok.i and tok.head.pos_ in (
        "VERB", "AUX") and tok.dep_ in ("nsubj", "nsubj:pass", "obj", "obl") else None
    if verb is not None and _repeated_in_perfect(verb, cues):
        return f"generic (repeated: {verb.text})"
    if verb is None or "Pres" not in verb.morph.get("Tense") or "Ind" not in verb.morph.get("Mood"):
        return None
    start = min([verb.i] + [c.i for c in verb.children if c.dep_ in ("mark", "advmod", "nsubj", "nsubj:pass")])
    if _has_any_before(_words_before(verb.doc[start], 3) + [t.lower_ for t in verb.doc[start:verb.i]],
                       cues.habitual_before):
        return f"generic (habitual: {verb.text})"
    return None


#: dependents of a verb that tell how often it happened ("decenas de veces", "de forma continuada")
_ADJUNCT_DEPS = frozenset({"obl", "advmod", "obl:tmod", "obl:arg", "nmod", "advcl", "obj"})  # ("obj": the
# tagger reads "decenas de veces" as one)


def _repeated_in_perfect(verb, cues: FilterCues) -> bool:
    """A verb in the present perfect with an adjunct of repetition ("el Congreso ha prorrogado decenas
    de veces", "ha enviado soldados tantas veces"): acts repeated over time, not one incident. The
    preterite keeps its incident ("le dispararon en varias ocasiones": one shooting's shots)."""
    if cues.repeated_acts is None or not any(
            c.dep_ in ("aux", "aux:pass") and c.lemma_ == "haber" and "Pres" in c.morph.get("Tense")
            for c in verb.children):
        return False
    return any(c.dep_ in _ADJUNCT_DEPS and cues.repeated_acts.search(match_key(
        verb.doc[c.left_edge.i:c.right_edge.i + 1].text)) for c in verb.children)


def _possible_only(tok, m: TriggerMention, cues: FilterCues) -> Optional[str]:
    """An event noun that is only planned ("el paro previsto para el jueves") or only a
    possibility ("generó rumores de un atentado", "el riesgo de un ataque")."""
    if not m.is_noun:
        return None
    doc = tok.doc
    for c in tok.children:
        if c.dep_ not in ("amod", "acl"):
            continue
        if c.lower_ in cues.planned_participles or c.lower_ in cues.planned_with_para and c.i + 1 < len(doc) \
                and doc[c.i + 1].lower_ == "para":
            return "announced/planned (participle)"
    if cues.unreal_heads and _has_any_before(
            [w for w in _words_before(tok, 4)], tuple(p + ("de",) if p[-1] != "de" else p for p in cues.unreal_heads)):
        return "possibility, not a fact (" + " ".join(_words_before(tok, 3)) + ")"
    return None


_FULL_DATE = re.compile(r"\b(?:\d{1,2} de )?" + _MONTH + r"(?: de)? (?:de |del ano )?(?:19|20)\d\d\b")


def _dated_in_full(text: str) -> bool:
    """Does the sentence give a month and a year ("el 11 de septiembre de 2008", "en mayo de 1998")?"""
    return bool(_FULL_DATE.search(match_key(text)))


# a day of a month ("el 15 de enero", "la madrugada del jueves 15 de enero")
_DAY_OF_MONTH = re.compile(r"\b\d{1,2} de " + _MONTH + r"\b")


def _day_told(text: str) -> bool:
    """Does the sentence give the day of a month ("el 28 de marzo", "del jueves 15 de enero")?"""
    return bool(_DAY_OF_MONTH.search(match_key(text)))


# a day and month, or a month told with "en" ("el 14 de febrero", "en el mes de marzo")
_DAY_OR_MONTH = re.compile(r"\b(?:\d{1,2} de |en (?:el mes de )?)" + _MONTH + r"\b")


def _dated_phrase(tok) -> bool:
    """Does a noun's own phrase date the incident it names, by day or month with no year ("los
    responsables del atentado del 14 de febrero", "de la masacre cometida el pasado 26 de
    octubre", "del asesinato de dos soldados en el mes de marzo")? Then the incident is told,
    dated, as a year would tell it (the corpus annotates such recalled incidents: train b-130,
    m-025, x-022); a date elsewhere in the sentence may be the charge's or the hearing's. The
    phrase is ``named_phrase``'s."""
    lo, hi = named_phrase(tok)
    return bool(_DAY_OR_MONTH.search(match_key(tok.doc[lo:hi].text)))


def named_phrase(tok) -> tuple[int, int]:
    """The token range [lo, hi) of an event noun's own phrase, run on through the modifiers its
    governor takes after it ("el responsable del asesinato de dos soldados en el mes de marzo": the
    parser hangs the date on "responsable"); not through a clause coordinated with it ("autores del
    secuestro y que X, detenido el 9 de noviembre, ...")."""
    end = tok.right_edge.i
    if tok.head.i < tok.i:
        end = max([end] + [c.right_edge.i for c in tok.head.children if c.i > tok.i and c.dep_ in _PHRASE_MODIFIERS])
    return tok.left_edge.i, end + 1


_PHRASE_MODIFIERS = frozenset({"nmod", "obl", "amod", "appos", "flat", "compound"})


# -- references: an incident named, not reported (reactions, charges, memory, measures, recaps)

def _references(out: list[TriggerMention], sent, key: str, cues: FilterCues) -> None:
    """Mark as weak (a reference: it may join an incident told in its own words, never found one)
    the triggers of the sentence that name an incident rather than report it: see
    ``reference_governors`` and the cues after it in ``data/es/filters.yaml``."""
    if not cues.reference_governors:
        return
    doc = sent.doc
    live = [m for m in out if not m.dropped and m.strength != "weak"]
    if not live:
        return
    full_date = None

    def dated() -> bool:
        nonlocal full_date
        if full_date is None:
            full_date = _dated_in_full(parsed_text(sent))
        return full_date

    recent = cues.recent_time_words is not None and bool(cues.recent_time_words.search(key))
    retro_doc = sent.start > 0 and not recent and _retrospective_document(doc, cues)
    retro_sent = not recent and cues.retrospective_cues is not None and bool(cues.retrospective_cues.search(key))
    # the nouns first, also those another filter dropped ("acusado de intervenir en el ataque en el
    # que murieron dos policías": the attack is named, and so is what its own clause tells)
    seen = doc.user_data.setdefault("cronica_families_by_sentence", {})
    told = {f for start, fams in seen.items() if start < sent.start for f in fams}
    for m in [x for x in out if x.is_noun and x.strength != "weak"]:
        tok = doc[m.token_i]
        m.own_date = _dated_phrase(tok)
        # a recap classifies an incident already told: only after a violent word reported one (an
        # account told without any trigger word, "llegaron, redujeron al capataz y quemaron ...",
        # leaves the recap to carry it)
        why = _recap(tok) if m.family == "violent" and (told & {"violent", "abduction"} or _anaphoric_subject(tok, cues)) \
            else None
        if why is None:
            why = _classified(tok, cues)
        if why is None and m.family in _MOTIVE_FAMILIES:
            why = _motive_told(tok, cues)
        if why is None:
            why = _referenced_by(tok, cues)
            if why is not None and not why.startswith("reference (measure") and dated():
                why = None  # "acusados del secuestro de la familia, en marzo de 2021": a dated incident told
            elif why is not None and not why.startswith("reference (measure") and m.own_date:
                why = None  # "responsables de la masacre cometida el pasado 26 de octubre"
        if why is None:
            continue
        if not m.dropped:
            m.strength, m.reference = "weak", why
        # what the noun's own relative clause tells ("Fue un ataque en el que murieron cinco
        # policías", "acusados por la masacre en la que murieron cien presos") is the same reference;
        # not a clause about a person ("responsable del homicidio, a quien se le aseguró un arma")
        inside = {t.i for c in tok.children if c.dep_ in ("acl", "acl:relcl") and c.i > tok.i
                  and doc[min(t.i for t in c.subtree)].lower_ in ("en", "donde", "que", "cuando", "durante")
                  for t in c.subtree}
        for other in live:
            if other is not m and other.token_i in inside and other.strength != "weak":
                other.strength, other.reference = "weak", why
    seen[sent.start] = {m.family for m in out if not m.dropped and m.strength != "weak"}
    for m in live:
        if m.strength == "weak":
            continue
        why = None
        if (not m.is_noun or doc[m.token_i].head.lemma_ == "haber") and _claimed(doc[m.token_i], cues):
            # (an act told by its verb, or "hubo un combate"; not a noun the clause names: "el
            # condenado sostiene que planeó solo la emboscada" may be the report of it)
            why = "reference (a party's version)"
        elif m.is_noun and m.family == "protest" and _ended(doc[m.token_i], cues):
            why = "reference (end of a protest)"
        elif not m.is_noun and m.family == "violent" and _asked_about(doc[m.token_i], cues):
            why = "reference (what an inquiry asks)"
        elif m.is_noun and retro_sent and not dated():
            why = "retrospective sentence"
        elif retro_doc and not m.new_incident and not dated() and not _day_told(parsed_text(sent)):
            # (an incident told with its day in an anniversary feature is one the text reports,
            # recent or old: "El aniversario llegó con nuevas explosiones. La madrugada del jueves
            # 15 de enero, un dron ...", "El 28 de marzo, agentes ... sacaron de su vivienda a ...";
            # train ze-014, ze-022, the only triggers of the corpus's retrospective texts so read)
            why = "retrospective text"
        elif m.is_noun and m.family == "operation" and _launched_after(doc[m.token_i], live):
            why = "reference (an operation told as following an incident)"
        if why is not None:
            m.strength, m.reference = "weak", why


#: why a noun names a past incident as background (an anniversary, its year, "la guerra de")
_PAST_NAMED = ("background", "generic (bare noun; background", "generic (bare noun; named by its year")
#: the words that open a relative clause telling what happened in an incident named before it
_RELATIVE_OPENINGS = frozenset({"en", "donde", "que", "cuando", "durante"})


def _told_of_a_named_past(out: list[TriggerMention], sent) -> None:
    """Drop what the relative clause of a past incident named as background tells ("conmemoraron los
    25 años de la masacre en la que fueron asesinados once campesinos", "recordó la emboscada de 1996
    en la que murieron tres de sus hombres"): the clause tells that incident, which the noun's filter
    already read as no report. The clause hangs from the noun, or from the word above it when the
    parse attaches it there, and opens right after the noun."""
    doc = sent.doc
    for m in out:
        if not (m.is_noun and m.dropped and m.dropped.startswith(_PAST_NAMED) and m.family == "violent"):
            continue
        tok = doc[m.token_i]
        end = max(t.i for t in tok.subtree)
        heads = [tok] + ([tok.head] if tok.head.i != tok.i else [])
        clauses = [c for h in heads for c in h.children if c.dep_ in ("acl", "acl:relcl") and c.i > tok.i
                   and min(t.i for t in c.subtree) <= end + 1
                   and doc[min(t.i for t in c.subtree)].lower_ in _RELATIVE_OPENINGS]
        inside = {t.i for c in clauses for t in c.subtree}
        for other in out:
            if other is not m and not other.dropped and other.family == "violent" and other.token_i in inside:
                other.dropped = f"background (told of {tok.text} named before)"


#: "después de que", "luego de que": the adverb a clause of what came before hangs from
_AFTER_ADVERBS = frozenset({"despues", "luego"})


def _launched_after(tok, live: list[TriggerMention]) -> bool:
    """ "la operación se lanzó después de que dos pandilleros asesinaron el jueves a un vendedor",
    "La operación se produce tres semanas después de que una narcolancha embistiera a una patrullera":
    the operation already told, named by a definite noun as what followed a violent act its
    sentence reports (corpus train za-016, x-020). The noun names the operation, it does not report
    it again (nor absorb the killing as its toll, nor take the act's day)."""
    if tok.dep_ not in ("nsubj", "nsubj:pass") or tok.head.i == tok.i \
            or not any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in tok.children):
        return False
    violent = {m.token_i for m in live if m.family == "violent"}
    if not violent:
        return False
    return any(adv.dep_ == "advmod" and match_key(adv.lower_) in _AFTER_ADVERBS and any(
        cl.dep_ == "advcl" and any(t.i in violent for t in cl.subtree) for cl in adv.children)
        for adv in tok.head.children)


_QUOTE_MARKS = frozenset('"\'“”«»‘’')


def _classified(tok, cues: FilterCues) -> Optional[str]:
    """A noun that is the predicative complement of a verb of classifying, after "como" or "de"
    ("calificó el episodio como un nuevo ataque", "lo que la empresa calificó de secuestro";
    ``classifying_verbs``): the name a speaker gives an incident already told, not a report of
    one. Not the verb's object ("calificó de cobarde el ataque con coche bomba contra el cuartel")."""
    if not cues.classifying_verbs:
        return None
    doc, start = tok.doc, sent_of(tok).start
    j = tok.i - 1
    while j >= start and doc[j].pos_ == "ADJ":
        j -= 1  # "un nuevo ataque"
    if j >= start and doc[j].lower_ in _DEFINITE | _INDEFINITE:
        j -= 1
    while j >= start and doc[j].text in _QUOTE_MARKS:
        j -= 1
    if j <= start or doc[j].lower_ not in ("como", "de"):
        return None
    for k in range(j - 1, max(start, j - 8) - 1, -1):
        if doc[k].pos_ in ("VERB", "AUX") and doc[k].lemma_.lower() in cues.classifying_verbs:
            return f"recap (classified: {doc[k].text})"
        if doc[k].is_punct and doc[k].text not in _QUOTE_MARKS:
            return None
    return None


#: the incidents whose motive a statement gives ("el crimen está relacionado con ..."); not an arrest
#: ("no se sabe si la detención está vinculada a ...": the arrest may be the report's own news)
_MOTIVE_FAMILIES = frozenset({"violent", "abduction"})


def _motive_told(tok, cues: FilterCues) -> Optional[str]:
    """A definite incident noun that is the subject of a predicate giving its motive or link ("la
    masacre responde a una disputa territorial", "el crimen está relacionado con la disputa entre
    bandas", "el ataque estaría vinculado con extorsiones"; ``motive_predicates``): the incident the
    text told, named to explain it, not a report of one (dev a-022, a-146, y-020, zb-014; train a-222,
    a-332, k-014, l-028, l-079, w-015: eight writers)."""
    if not cues.motive_predicates or tok.dep_ not in ("nsubj", "nsubj:pass"):
        return None
    head = tok.head
    if head.i == tok.i or head.lemma_.lower() not in cues.motive_predicates:
        return None
    if not any(c.dep_ == "det" and c.lower_ in _DEFINITE | _DEMONSTRATIVE for c in tok.children):
        return None  # "un ataque responde a ...": not an incident already told
    return f"reference (motive: {head.text})"


def _asked_about(tok, cues: FilterCues) -> bool:
    """Is the verb the act an inquiry asks about: an indirect question ("pidió que se investigue
    quién disparó") or a relative clause on the object of an inquiry verb ("exigió que se
    identifique a los policías que dispararon"; ``inquiry_verbs``)? The incident is the one the
    text already told; the sentence reports the demand, not a new act."""
    if not cues.inquiry_verbs:
        return False
    doc, start = tok.doc, sent_of(tok).start
    if any(c.lower_ in ("quién", "quiénes") and c.dep_ in ("nsubj", "obj") for c in tok.children):
        # by the verb's stem: the tagger may miss the subjunctive after a name ("que la Fiscalía
        # investigue quién"), and the noun asks too ("una investigación sobre quién disparó")
        stems = tuple(v[:-3] if v.endswith("cer") else v[:-2] for v in cues.inquiry_verbs)  # "esclarezca"
        return any(t.lower_.startswith(stems) for t in doc[max(start, tok.i - 6):tok.i])
    head = tok.head
    return tok.dep_ in ("acl", "acl:relcl") and head.i != tok.i and head.dep_ in ("obj", "nsubj:pass") \
        and head.head.lemma_.lower() in cues.inquiry_verbs


def _ended(tok, cues: FilterCues) -> bool:
    """Is the protest noun what an ending verb governs ("levantaron el paro", "el bloqueo fue
    retirado", "suspendieron la huelga"; ``ending_verbs``)?"""
    head = tok.head
    return head.i != tok.i and head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in cues.ending_verbs \
        and tok.dep_ in ("obj", "nsubj:pass", "nsubj")


def _claimed(tok, cues: FilterCues, up: int = 3) -> bool:
    """Is the trigger inside the clause a party's standing version governs ("La defensa sostiene que
    hubo un combate", "La empresa sostiene que sus guardias repelieron una agresión"; ``claim_forms``)?"""
    cur = tok
    for _ in range(up):
        if cur.head.i == cur.i:
            return False
        below, cur = cur, cur.head
        if cur.lower_ in cues.claim_forms:
            return below.dep_ in ("ccomp", "csubj", "obj", "xcomp")
    return False


def _anaphoric_subject(tok, cues: FilterCues) -> bool:
    """The predicate's subject points back at something told ("Este fue un ataque", "El hecho fue un
    atentado")."""
    return any(c.dep_ == "nsubj" and (c.lower_ in _DEMONSTRATIVE | {"esto", "eso", "aquello"}
                                      or c.lemma_.lower() in cues.incident_anaphors)
               for c in tok.children)


def _recap(tok) -> Optional[str]:
    """A noun that classifies an incident already told: the predicate of "ser" ("Fue un ataque
    terrorista", "Este fue un atentado planificado") or the complement of "se trata de" ("Se
    trata del primer ataque atribuido a ..."). A headline is never a recap."""
    if tok.i == sent_of(tok).start or sent_of(tok).start == 0:
        return None
    if any(c.dep_ == "cop" and c.lemma_ == "ser" for c in tok.children) and not any(
            c.dep_ == "case" for c in tok.children):  # not "fue en un combate": where, not what
        return "recap (predicate)"
    head = tok.head
    if head.i != tok.i and head.lemma_ == "tratar" and any(c.lower_ == "se" for c in head.children) \
            and tok.dep_ in ("obl", "obj", "nmod") and any(c.dep_ == "case" and c.lower_ in ("de", "del")
                                                          for c in tok.children):
        return "recap (se trata de)"
    return None


def _referenced_by(tok, cues: FilterCues) -> Optional[str]:
    """A noun trigger that a reaction, charge, memory or measure word governs ("condenó el
    ataque", "se le acusa de haber participado en el atentado", "conmemoran la masacre",
    "decretó luto por el asesinato"). Walks up through nouns, participles and infinitives and
    stops at the first finite verb that is not such a word."""
    # the words before the noun's determiners ("después de la emboscada", "a raíz del ataque", "tras
    # el asesinato"), read on the surface: the parser hangs the multi-word case on various heads
    words = _words_before(tok, 6)
    while words and words[-1] in _DEFINITE | _INDEFINITE | _DEMONSTRATIVE and words[-1] not in ("del", "al"):
        words.pop()
    if words and words[-1] in ("del", "al"):
        words[-1] = "de" if words[-1] == "del" else "a"
    after = any(_ends_with(words, p) for p in cues.reference_after_cases)
    # (a bare year is no such date: "acusados por la masacre de 2021" names an incident, as the
    # conventions leave it unannotated)
    timed = any(t.lower_ in cues.reference_time_words for t in tok.subtree if t.i > tok.i)
    if len(words) >= 2 and words[-1] in ("por", "de", "en", "sobre", "contra") and words[-2] in cues.reference_governors:
        # read on the surface too: the parser often hangs "por la masacre" on the verb ("vuelve a
        # diferir audiencia por la masacre", "el juicio por el secuestro")
        return None if timed else f"reference ({words[-2]})"
    governor = _governor_against(tok, cues)
    if governor is not None:
        return None if timed else f"reference ({governor})"
    cur = tok
    for _ in range(4):
        if cur.head.i == cur.i:
            return None
        below, cur = cur, cur.head
        lemma = cur.lemma_.lower()
        if lemma in cues.reference_governors or cur.lower_ in cues.reference_governors:
            if below.dep_ in ("nsubj", "nsubj:pass", "csubj"):
                return None  # "Su asesinato recuerda el de otro reportero": the incident is the subject
            return None if timed else f"reference ({cur.text})"
        if after and cur.pos_ in ("VERB", "AUX") and lemma in cues.measure_verbs:
            return f"reference (measure: {cur.text})"
        if cur.pos_ in ("VERB", "AUX") and cur.morph.get("Tense") and "Part" not in cur.morph.get("VerbForm"):
            return None  # the nearest finite verb reports the incident
    return None


#: words a charge or a sentence may name its person with, between "contra" and "por"
AGAINST_REACH = 6


def _governor_against(tok, cues: FilterCues) -> Optional[str]:
    """The charge or court word of "<governor> contra <person> por <the incident>" read on the surface
    ("confirma condena contra exmando senderista por el asesinato de un alcalde", "el juicio contra
    exparamilitares por la masacre"): the parser hangs "por" on the sentence's verb."""
    doc = tok.doc
    first = sent_of(tok).start
    j = tok.i - 1
    while j >= first and doc[j].lower_ in _DEFINITE | _INDEFINITE | _DEMONSTRATIVE:
        j -= 1
    if j < first or doc[j].lower_ != "por":
        return None
    for k in range(j - 1, max(first, j - 1 - AGAINST_REACH) - 1, -1):
        t = doc[k]
        if t.is_punct or (t.pos_ in ("VERB", "AUX") and t.morph.get("Tense")):
            return None
        if t.lower_ == "contra" and k > first and (doc[k - 1].lower_ in cues.reference_governors
                                                   or doc[k - 1].lemma_.lower() in cues.reference_governors):
            return doc[k - 1].text
    return None


def _retrospective_document(doc, cues: FilterCues) -> bool:
    """Does the opening line frame the text as a retrospective ("Diez años de ...", "A 30 años
    de la masacre", "Hace 25 años ...")? Read once per Doc."""
    if cues.retrospective_openings is None:
        return False
    got = doc.user_data.get("cronica_retrospective")
    if got is None:
        opening = _opening_key(doc)
        got = bool(cues.retrospective_openings.search(opening)) and not (
            cues.recent_time_words is not None and cues.recent_time_words.search(opening))
        doc.user_data["cronica_retrospective"] = got
    return got


def _sports_document(doc, cues: FilterCues) -> bool:
    """Is the parsed text a sports story (``sports_document_cues`` in ``data/es/filters.yaml``)?
    Read once per Doc."""
    if not cues.sports_document_min or cues.sports_document_cues is None or cues.weapon_cues is None:
        return False
    got = doc.user_data.get("cronica_sports")
    if got is None:
        key = match_key(doc_text(doc))
        if cues.weapon_cues.search(key):
            got = False  # (a weapon named: no sports story, whatever its sports words; looked up first)
        else:
            sports = next((p for sense, p in cues.other_senses if sense == "sports"), None)
            found = {m.group(0) for p in (sports, cues.sports_document_cues) if p is not None for m in p.finditer(key)}
            if cues.sports_scores is not None and cues.sports_scores.search(key):
                found.add("(a match score)")
            got = len(found) >= cues.sports_document_min
        doc.user_data["cronica_sports"] = got
    return got


# -- comparisons, distributives, and texts whose opening frames them as a balance or as court news

def _agent_of_a_class(tok) -> bool:
    """A doer noun whose "de" complement is a bare plural class describes a person, it reports no
    incident: "el narcotraficante asesino de policías, soldados y líderes", "secuestrador de
    ganaderos" ("el asesino del concejal", "los secuestradores de la niña" name one)."""
    doc = tok.doc
    j = tok.i + 1
    if j + 1 >= sent_of(tok).end or doc[j].lower_ != "de":
        return False
    nxt = doc[j + 1]
    return nxt.pos_ in ("NOUN", "ADJ") and "Plur" in nxt.morph.get("Number")


def _comparison(tok, cues: FilterCues) -> Optional[str]:
    """An event noun that only says what something looked like ("parecía un bombardeo", "aquello
    semejaba una batalla"): the predicate of a verb of comparison, or after "como si"."""
    if not cues.comparison_verbs or tok.pos_ not in ("NOUN", "PROPN", "ADJ"):
        return None
    head = tok.head
    if head.i != tok.i and head.lemma_.lower() in cues.comparison_verbs:
        return f"comparison ({head.text})"
    words = _words_before(tok, 6)
    if any(words[i:i + 2] == ["como", "si"] for i in range(len(words) - 1)):
        return "comparison (como si)"
    return None


def _kind_of_crime(tok, cues: FilterCues) -> Optional[str]:
    """A bare singular event noun that a predicate classifies as a kind of crime or a trade ("El
    sicariato se volvió un negocio", "La extorsión es el delito que más crece"): a generic
    statement about the crime, not one incident."""
    if not cues.generic_predicates or tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ != "nsubj" or tok.head.i == tok.i:
        return None
    if any(c.dep_ in ("nmod", "acl", "acl:relcl", "amod", "nummod") for c in tok.children):
        return None  # "el secuestro de la niña", "el ataque armado": one incident
    head = tok.head
    if head.lemma_.lower() in ("volver", "convertir") and any(c.lower_ == "se" for c in head.children):
        return f"generic (kind of crime: {head.text})"
    if head.pos_ == "NOUN" and any(c.dep_ == "cop" for c in head.children) \
            and head.lemma_.lower() in cues.generic_predicates:
        return f"generic (kind of crime: {head.text})"
    return None


#: dependencies that keep a word inside the noun phrase of the noun above it ("la foto de un
#: campamento arrasado por un bombardeo": bombardeo -obj-> arrasado -acl-> campamento -nmod-> foto)
_INSIDE_NOUN_PHRASE = frozenset({"nmod", "acl", "obj", "obl", "obl:agent", "amod", "conj", "appos"})
#: how far up a noun phrase a depicting noun is looked for
DEPICTION_REACH = 4


def _depicted(tok, cues: FilterCues) -> Optional[str]:
    """An event noun inside the noun phrase of a picture, a drawing or a painting ("se detuvo ante la
    foto de un campamento arrasado por un bombardeo", "las imágenes del bombardeo de La Moneda", "un
    retablo con una masacre"): what an exhibition or a work shows, not an incident the text reports.
    The walk stays inside the noun phrase: it passes participles and nouns, never a clause's verb."""
    if not cues.depiction_nouns or tok.pos_ not in ("NOUN", "PROPN"):
        return None
    cur = tok
    for _ in range(DEPICTION_REACH):
        head = cur.head
        if head.i == cur.i or cur.dep_ not in _INSIDE_NOUN_PHRASE:
            return None
        if head.pos_ in ("VERB", "AUX") and "Part" not in head.morph.get("VerbForm"):
            return None  # a clause of its own ("las imágenes muestran que ...")
        if head.pos_ in ("NOUN", "PROPN") and match_key(head.lemma_) in cues.depiction_nouns:
            return f"depiction ({head.text})"
        cur = head
    return None


#: nouns of a share whose "de" complement says what is shared ("la mayoría de los casos")
_SHARE_NOUNS = frozenset({"mayoría", "parte", "mitad", "resto"})


def _things_gathered(tok, m: "TriggerMention", cues: FilterCues) -> Optional[str]:
    """"Se concentra(n)" said of violence, cases, crops or work ("donde se concentra la violencia",
    "la mayoría de los casos se concentran en Guayaquil", "su trabajo se concentra en el Chapare"):
    where something is found, not people gathering to protest."""
    if m.type != "protest" or not cues.gathered_things or tok.lemma_.lower() not in ("concentrar", "congregar"):
        return None
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
    if subj is not None and subj.lower_ in ("que", "quien", "quienes") and tok.dep_ in ("acl", "acl:relcl"):
        subj = tok.head  # "los jubilados que se concentraban": the relative's antecedent
    if subj is not None and subj.lemma_.lower() in _SHARE_NOUNS:
        subj = next((c for c in subj.children if c.dep_ == "nmod"), subj)  # "la mayoría de los casos"
    if subj is not None and match_key(subj.lemma_) in cues.gathered_things:
        return f"another sense (gathered: {subj.text})"
    return None


def _catalogue(tok, cues: FilterCues) -> Optional[str]:
    """A bare plural event noun that names what a report or a list collects ("Informe mensual de
    ataques contra defensores", "Boletín de agresiones", "Registro de asesinatos de líderes"): a
    kind of incident, not one (the incidents it lists are told in their own sentences)."""
    if not cues.catalogue_nouns or tok.dep_ != "nmod" or "Plur" not in tok.morph.get("Number") \
            or any(c.dep_ in ("det", "nummod") for c in tok.children) \
            or not any(c.dep_ == "case" and c.lower_ == "de" for c in tok.children):
        return None
    head = tok.head
    if match_key(head.lemma_) in cues.catalogue_nouns or match_key(head.text) in cues.catalogue_nouns:
        return f"catalogue ({head.text})"
    return None


def _distributive(tok) -> Optional[str]:
    """Every one of a kind, not one incident: "cada capo capturado es reemplazado", "cada atentado
    cambia la agenda"."""
    noun = tok if tok.pos_ in ("NOUN", "PROPN") else tok.head if tok.dep_ in ("amod", "acl") else None
    if noun is not None and any(c.dep_ == "det" and c.lower_ == "cada" for c in noun.children):
        return "generic (cada)"
    if _share_of_a_count(tok):
        return "generic (share of a count)"
    return None


def _share_of_a_count(tok) -> bool:
    """A share of a count told as its subject or right before the noun: "Ocho de cada diez víctimas
    fueron baleadas", "tres de cada cuatro víctimas recibieron disparos", "siete de cada diez
    asesinatos" (statistics of corpus zk-044, x-035, a-018, y-028, n-054): how a period's victims
    died, not an incident. Read on the surface ("N de cada M"), since the parser hangs the numerals
    in several ways."""
    doc = tok.doc
    if tok.i >= 3 and [t.lower_ for t in doc[tok.i - 3:tok.i - 1]] == ["de", "cada"]:
        return True  # "de cada diez asesinatos"
    subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubj:pass")]
    for s in subjects:
        words = [t.lower_ for t in doc[s.left_edge.i:s.right_edge.i + 1]]
        if any(words[i:i + 2] == ["de", "cada"] for i in range(1, len(words) - 2)):
            return True
    return False


_YEAR = re.compile(r"^(?:19|20)\d\d$")


def _counted_patient(tok, minimum: int) -> bool:
    """Does the trigger count at least ``minimum`` of what it acts on or who acts ("capturamos a
    2.840", "se incautaron 412 armas", "17 carabineros resultaron heridos", "1.230 integrantes")?
    Years and ages are not counts."""
    if not minimum:
        return False
    nouns = [c for c in tok.children if c.dep_ in ("obj", "nsubj", "nsubj:pass", "obl", "nmod", "nummod")]
    if tok.dep_ in ("amod", "acl") and tok.head.i != tok.i:
        nouns.append(tok.head)
    if tok.pos_ in ("NOUN", "PROPN"):
        nouns.append(tok)
    if tok.dep_ in ("obj", "xcomp") and tok.head.i != tok.i and tok.head.pos_ in ("VERB", "AUX"):
        # "17 carabineros resultaron heridos": the subject of the verb the participle completes
        nouns += [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubj:pass")]
    for n in nouns:
        for t in [n] + [c for c in n.children if c.dep_ in ("nummod", "det")]:
            if t.pos_ != "NUM" or _YEAR.match(t.text) or (t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ in
                                                          ("años", "anos", "annos", "meses", "días", "horas")):
                continue
            v = words_value([t.lower_])  # digits or number words
            if v is not None and v >= minimum:
                return True
    return False


def _opening_frame(doc, cues: FilterCues) -> tuple[bool, bool]:
    """(balance, court): does the opening line frame the text as a balance of a period ("Balance
    operativo 2024", "... en el primer semestre") or as court news ("Juez aplaza audiencia ...")?"""
    got = doc.user_data.get("cronica_opening_frame")
    if got is None:
        opening = _opening_key(doc)
        title = _title_key(doc)  # a communiqué's title under its letterhead
        balance = bool(cues.balance_openings is not None and (cues.balance_openings.search(opening)
                                                              or title and cues.balance_openings.search(title))
                       or cues.tally_spans is not None and cues.tally_spans.search(opening))
        # not when the text dates an old incident in full (the conventions annotate it: a hearing's
        # transcript "del 4 de noviembre de 1998", a ruling about "la masacre de marzo de 2001")
        court = bool(cues.court_openings is not None and cues.court_openings.search(opening)) \
            and not _dated_in_full(doc_text(doc))
        got = (balance, court)
        doc.user_data["cronica_opening_frame"] = got
    return got


#: a day of its own: a weekday ("la noche del sábado"), a day of a month ("el 19 de febrero"), a numeric date
_DAY_DATE = r"\d{1,2} de " + _MONTH + r"|\d{1,2}/\d{1,2}/\d{2,4}"  # "el 19 de febrero", "03/07/84"
_WEEKDAY = re.compile(r"(?<!\w)(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|" + _DAY_DATE + r")(?!\w)")

#: what court news tells of its case's past without a day: the accused's arrest, the evidence seized,
#: and any incident it only names with a noun ("en la fecha del atentado"); a crime it tells with a
#: verb may be an attack on the court itself ("dispararon contra la casa del juez")
_COURT_PAST_FAMILIES = frozenset({"arrest", "seizure"})

#: sentences from the start of a text in which a count over a period makes the text a balance
TALLY_LEAD_SENTENCES = 2


def _framed_by_opening(out: list[TriggerMention], sent, key: str, cues: FilterCues) -> None:
    """Texts the opening frames (issue 10, spurious events on negative documents):

    - commentary (an opening "Opinión:", "Columna |", "Reseña:"): every trigger is a reference;
    - a balance of a period (the opening line says so, or one of the first two sentences counts
      incidents over a period), unless the text lists days of the month (a bulletin's entries):
      the later triggers told without a day of their own whose figures are counted ("incautamos
      480 toneladas", "17 carabineros resultaron heridos por disparos en procedimientos"), whose
      subject points back at the count ("las víctimas fueron asesinadas en ..."), whose sentence
      names no place, or that are coordinated with a count, belong to the balance;
    - court news (an opening about a hearing, a trial, a ruling, that reports no incident itself,
      in a text that dates no old incident in full): the arrests and seizures its later sentences
      tell without a day or a full date ("El acusado fue detenido en 2019"), the incidents they
      only name with a noun, and what the accusation's account tells ("Según la acusación, la
      patrulla los ejecutó") are the case's past: references that may join a report, found none;
    - an incident named by its own year ("por el ataque de 1989", "la masacre de 2002") is a
      reference unless the sentence dates it in full;
    - a sentence that recalls an earlier incident with a bare year and a word of repetition or
      comparison ("ya había sido atacada en 1998", "una emboscada similar en 2017"), and tells
      no day of its own, names the target's past: its triggers are references."""
    doc = sent.doc
    seen = doc.user_data.setdefault("cronica_sentences_seen", set())
    seen.add(sent.start)
    lead = len(seen) <= TALLY_LEAD_SENTENCES
    if lead and any(m.dropped and m.dropped.startswith("tally") for m in out):
        doc.user_data["cronica_tally_lead"] = True
    live = [m for m in out if not m.dropped and m.strength != "weak"]
    if sent.start == 0 and live:
        # an opening that reports an incident ("Balearon la casa de un juez") is no court news
        doc.user_data["cronica_opening_reports"] = True
    if not live:
        return
    if cues.commentary_openings is not None and cues.commentary_openings.search(_opening_key(doc)):
        for m in live:  # an opinion column or a review: what it names, it comments
            m.strength, m.reference = "weak", "reference (commentary)"
        return
    recent = cues.recent_time_words is not None and bool(cues.recent_time_words.search(key)) \
        or bool(_WEEKDAY.search(key))  # "la noche del sábado" too
    dated = _dated_in_full(parsed_text(sent))
    for m in live:
        tok = doc[m.token_i]
        if m.is_noun and not dated and _named_by_year(tok):
            m.strength, m.reference = "weak", "reference (incident named by its year)"
        elif not m.is_noun and (why := _remembered_victims(tok, cues)):
            m.strength, m.reference = "weak", why
    balance, court = _opening_frame(doc, cues)
    balance = (balance or bool(doc.user_data.get("cronica_tally_lead"))) and not _lists_days(doc)
    court = court and not doc.user_data.get("cronica_opening_reports")
    account = court and cues.court_accounts is not None and bool(cues.court_accounts.search(key))
    for m in live:
        tok = doc[m.token_i]
        if balance and tok.dep_ == "conj" and any(x.token_i == tok.head.i and x.dropped and x.dropped.startswith("tally")
                                                  for x in out):
            m.dropped = "tally (coordinated with a count)"  # "se han detenido 4.300 y asegurado 900 armas"
    if recent or dated or sent.start == 0:
        return
    whole = None  # a sentence all of whose triggers are references
    if cues.period_spans is not None and cues.period_spans.search(key):
        whole = "reference (acts over a span of years)"  # "retuvo a familias enteras durante los años ochenta"
    elif cues.earlier_incident_cues is not None and _BARE_YEAR.search(key) and cues.earlier_incident_cues.search(key):
        # "La sede ya había sufrido un atentado similar en 2019": the target's past, told to compare
        whole = "reference (earlier incident recalled)"
    if whole is not None:
        for m in live:
            if not m.dropped and m.strength != "weak":
                m.strength, m.reference = "weak", whole
        return
    placed = None
    for m in live:
        if m.strength == "weak" or m.dropped:
            continue
        tok = doc[m.token_i]
        if balance and placed is None:
            placed = any(e.label_ in ("LOC", "GPE") for e in sent.ents)
        if balance and (_counted_patient(tok, cues.tally_count_min) or _definite_plural_subject(tok) or not placed):
            m.dropped = "tally (balance of a period)"
        elif court and (m.family in _COURT_PAST_FAMILIES or m.is_noun or account):
            m.strength, m.reference = "weak", "reference (court story)"


_BARE_YEAR = re.compile(r"(?<!\w)(?:en|de|desde|durante|hacia|del ano) (?:19|20)\d\d(?!\w)")
_DAY_OF_MONTH = re.compile(r"(?<!\w)(?:" + _DAY_DATE + "|" + _MONTH + r" \d{1,2})(?!\w)")  # also "Mayo 4"


def _lists_days(doc) -> bool:
    """Does the text give days of the month ("Mayo 4.", "el 19 de febrero", "03/07/84")? A bulletin
    of a quarter lists its incidents so, each with its day; a balance counts without them."""
    got = doc.user_data.get("cronica_lists_days")
    if got is None:
        got = bool(_DAY_OF_MONTH.search(match_key(doc_text(doc))))
        doc.user_data["cronica_lists_days"] = got
    return got


_BARE_DESCRIPTION = 4  # words of a participle phrase with nothing of its own: "privados de la libertad"


def _describes_people(tok) -> bool:
    """Is the trigger a bare participle describing a noun ("los trabajadores privados de la libertad",
    "el comerciante secuestrado"), not a verb telling the act? One with a day, a doer or a place of its
    own ("privado de su libertad el sábado por hombres armados") still tells the abduction."""
    return tok.dep_ in ("amod", "acl") and tok.head.i != tok.i and tok.head.pos_ in ("NOUN", "PROPN", "PRON") \
        and "Part" in tok.morph.get("VerbForm") and sum(1 for _ in tok.subtree) <= _BARE_DESCRIPTION


def _remembered_victims(tok, cues: FilterCues) -> Optional[str]:
    """A participle describing the people a memory or reaction word governs ("recordaron a
    familiares asesinados", "rindieron homenaje a los policías asesinados"): their killing is named,
    not told, unless its own phrase gives a day ("asesinados el sábado")."""
    if tok.dep_ not in ("amod", "acl") or tok.head.i == tok.i or tok.head.pos_ not in ("NOUN", "PROPN"):
        return None
    if tok.pos_ != "ADJ" and "Part" not in tok.morph.get("VerbForm"):
        return None  # a finite verb of a relative clause tells its own act ("..., a quien se le aseguró un arma")
    gov = tok.head.head
    if gov.i == tok.head.i or not (gov.lemma_.lower() in cues.reference_governors or gov.lower_ in cues.reference_governors):
        return None
    if any(t.lower_ in cues.reference_time_words for t in tok.subtree if t.i > tok.i):
        return None
    return f"reference ({gov.text})"


#: a decade told after "los (años)": "el atentado de los años noventa", "la masacre de los 80"
_DECADE = re.compile(r"(?:cincuenta|sesenta|setenta|ochenta|noventa|[5-9]0)$")


def _named_by_year(tok) -> bool:
    """An event noun followed by its year or its decade: "el ataque de 1989", "la masacre del año
    2002", "un atentado de los años noventa", "la matanza de la década de 1980"."""
    doc = tok.doc
    j = tok.i + 1
    words = [t.lower_ for t in doc[j:min(sent_of(tok).end, j + 5)]]
    if words[:1] == ["de"] and len(words) > 1 and _YEAR.match(words[1]):
        return True
    if words[:2] == ["de", "los"] and len(words) > 2:  # "de los años noventa", "de los ochenta"
        decade = words[3] if words[2] == "años" and len(words) > 3 else words[2]
        return bool(_DECADE.match(decade))
    if words[:4] == ["de", "la", "década", "de"] and len(words) > 4:
        return bool(_YEAR.match(words[4]))
    return words[:2] == ["del", "año"] and len(words) > 2 and bool(_YEAR.match(words[2]))


def _definite_plural_subject(tok) -> bool:
    """A verb whose subject is a definite plural that points back at a count ("las víctimas fueron
    asesinadas en ..." after "20 personas han sido asesinadas desde principios de año")."""
    if tok.pos_ not in ("VERB", "AUX") and "Part" not in tok.morph.get("VerbForm"):
        return False
    return any(c.dep_ in ("nsubj", "nsubj:pass") and "Plur" in c.morph.get("Number")
               and any(g.dep_ == "det" and g.lower_ in ("los", "las") for g in c.children) for c in tok.children)


def tally_told(triggers: list[TriggerMention]) -> bool:
    """Did a filter read one of the sentence's triggers as a count over a period? Its figures
    ("168 homicidios entre enero y junio") are then the count's, not an incident's toll."""
    return any(m.dropped and m.dropped.startswith("tally") for m in triggers)
