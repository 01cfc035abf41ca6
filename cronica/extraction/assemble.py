"""assemble: one incident = one event.

Reads the parsed sentences of one document with their trigger mentions
(``triggers.py``), counts (``counts.py``) and actor phrases (``actors.py``);
merges the phases of an incident inside a sentence and the mentions that refer
back to it across sentences ("el ataque", "Los suboficiales ... murieron"); asks
``time/`` and ``geo/`` for each mention's date and place; writes ``Event``
records with their ACLED/CAMEO/PLOVER codes (``taxonomy.py``) and confidence.

Merging rules (a mention joins an earlier incident of the same family when):
  * it is not marked as a new incident ("un nuevo ataque", "otra emboscada");
  * the incident is near: up to 3 sentences back, 6 for definite mentions
    ("la emboscada", "las tres personas fueron asesinadas");
  * no other date expression moved the story in between (for indefinite ones);
  * its date and counts do not contradict the incident's.
Weak triggers ("los rehenes", "el detenido") and casualty-only sentences only
ever join an incident; an anaphoric sentence ("Este hecho dejó 9 muertos")
whose figures contradict the previous incident starts a new one.

When the trained decision models are present (``decide.py``, ``cronica train``)
they take over what data decides better than these rules: which candidate
mentions are new incidents, retellings or nothing (instead of the filters'
verdict and the precedence table), which earlier incident a mention joins
(instead of the windows above), the incident's type, and whether the document
is a conflict report at all. The rules stay for figures, dates and places.
"""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Callable, Optional, Sequence

from cronica.extraction.actors import (ActorMention, affected_subject, among_casualties, arrested_near, _gazetteer_place,
                                       load_taken_cues, attribution_in, captors_acting, held_only,
                                       load_role_cues, members_before, names_act_or_suspects,
                                       describes_a_thing, names_a_building, rival_side,
                                       names_nobody, normalise_actor, protest_agents, protest_holders, roles,
                                       described_doer, own_force_words, own_forces, sentence_target, unit_hit, bare_part, premises_hit, seized_in, reports_at, reported_after,
                                       people_aimed_at, unit_members, clash_opener, named_unit, presented_after,
                                       members_act, guessed_only, hearsay_only, proper_name_at)
from cronica.extraction.counts import (CountMention, armed_group, armed_people, carries_toll, counts_by_group, find_counts, is_casualty_word,
                                       load_count_cues, members_of,
                                       merge_counts, taken_count,
                                       split_sides, victim_group)
from cronica.extraction.entities import DocumentEntities, bare_people, describes_people, named_people
from cronica.extraction.enumeration import Member, enumerated_members, placed_in
from cronica.extraction.flags import flag_event
from cronica.extraction.incidents import (another_victim_another_time, new_only_in_a_name, other_victims_only,
                                          next_entry_told, placed_by_sentence, places_apart, roundup_entry, roundup_lead, same_toll,
                                          told_later_that_day, told_victim)
from cronica.extraction.placing import names_place, places_incident_before
from cronica.extraction.framing import (DocumentFraming, answered_by_unit, fired_on_only, load_framing, operation_as_setting,
                                       told_as_assault)
from cronica.extraction.decide import (DEMONSTRATIVES, FEATURES_VERSION, PAIR_WINDOW, Decider, DocState,
                                       _incident_nouns, actor_names, aftermath_cues, document_features, fold,
                                       mention_features, pair_features, person_names, sentence_features, type_features)
from cronica.extraction.triggers import (FAMILY, TriggerMention, accidental_blast_document, disappeared_after,
                                         begin_pass, explosive_cue, find_triggers, drop_in_sense, is_blast_word, load_filters,
                                         opening_sense, lead_sense, LEAD_SENTENCES, tally_told,
                                         arrest_as_turning_point, named_phrase)
from cronica.extraction.tolls import counts_told, share_tolls, split_abduction_tolls, tolls_beside_arrests
from cronica.model import Actor, Count, DateValue, Event, Place, Span
from cronica.nlp.inflect import match_key
from cronica.nlp.lexicons import ActorLexicon, TriggerLexicon, load_triggers
from cronica.nlp.load import parsed_text, span_key, span_tokens, span_words
from cronica.nlp.numbers import is_number_word, words_value
from cronica.taxonomy import codes_for
from cronica.time.lexicon import load_lexicon

# How a mention got its date, best first. "report" is a date of the reporting
# verb in the sentence ("informó hoy"), weaker than one of the act itself.
WHEREABOUTS_AFTER = 2  # sentences after a detention that may say the detainee was never seen again
_VIA_RANK = {"clause": 0, "sentence": 1, "report": 2, "story": 3, "publication": 4, "none": 9}
_GENERIC = {"attack"}  # types a more specific mention overrides
#: the variants that tell an incident's means (data/taxonomy.yaml, the violent types); read from a sentence
#: without a trigger of its own when it is the evidence (a bulletin entry's body under its title)
MEANS_VARIANTS = frozenset({"suicide", "chemical", "aerial", "shelling", "mortar", "grenade", "explosive", "vehicle",
                            "landmine", "roadside", "firearm", "blade", "physical", "torture"})
# a killing the story then frames as fighting ("abaten a seis" ... "murieron en un enfrentamiento") is the
# clash (the shared convention: armed_clash when the text frames it as enfrentamiento / combate);
# a killing the body tells as a blast ("Asesinan a ..." ... "un artefacto explosivo estalló") is the
# bombing (explosives the main means)
_REFRAMED = {("killing", "armed_clash"), ("killing", "bombing")}
# How far back (in sentences) a mention may find its incident. News articles tell
# one story and come back to it; encyclopedic texts (no publication date) jump
# between episodes years apart, so they get shorter windows.
MAX_GAP = {"news": 8, "encyclopedic": 5}
MAX_GAP_DEFINITE = {"news": 12, "encyclopedic": 8}
HEADLINE_GAP = 12
CASUALTY_GAP = 5  # a sentence with only a toll joins a violent incident this near
TOLL_AHEAD_GAP = 2  # ... or the first incident told this few sentences after it
# an arrest or seizure told without its agent takes the state force of an incident told this
# few sentences before it ("... sostuvieron un enfrentamiento. ... En el sitio se incautaron ...")
FORCE_BEFORE_GAP = 3
COMMUNIQUE_LEAD = 3  # how many worded sentences open a communiqué (its lead names the unit that acted)
CLASH_OPENER_MENTIONS = 2  # a clash's first mentions whose sentences may say who opened fire
_FIRED_ON_TYPES = frozenset({"armed_clash", "attack", "ambush", "killing"})  # acts a frame of fire tells
CLASH_OPENER_AFTER = 2  # ... and this many sentences after each ("Según el parte, ..." after the lead)
FACTIONS_AFTER = 8  # sentences after a clash between factions of one group that may name the two (b-001)
EDGE_SENTENCES = 2  # sentences of a neighbouring paragraph that may describe an incident's unknown doers
# a blame or a claim told this many sentences after an incident's evidence still names its doers when
# no other incident is told in between (a banner signed by the group, a prosecutor's word, "la agresión
# fue obra de X" told after the incident's course and its toll: train n-024, y-022, zb-008)
BLAME_AFTER = 8
_FOLLOW_UPS = ("arrest", "seizure", "operation")  # incidents that follow an act (its suspects caught) and do not end its story
TOLL_SLACK_DAYS = 7  # a toll dated more than this far from an incident is another incident's
# incidents a sentence with only a toll may join ("Tres policías resultaron heridos" after a blockade
# was cleared; "Ninguno resultó herido" after a kidnapping)
TOLL_FAMILIES = ("violent", "operation", "protest", "abduction")
# casualty-only sentences typed by the incident they name ("murió durante la marcha"), not by default
_TOLL_NAMED_TYPES = ("protest",)
#: incidents of these families told between a toll and the incident it belongs to leave it waiting:
#: court news names its massacre's dead in the headline and the lead ("Condenan a tres exjefes por la
#: masacre de 27 campesinos", "condenó este jueves ... por la masacre de 16 campesinos") and tells the
#: killing after the ruling ("Según la sentencia, el 3 de diciembre de 1981 los acusados ... los
#: mataron"): the ruling does not take the toll (train s-023, dev ze-023)
_TOLL_WAITS_FAMILIES = frozenset({"other", "designation", "agreement"})
# Roles of bodies that order, try or announce an arrest rather than make it.
_NOT_ACTING = ("prosecutor", "judiciary", "government")
# What a generic state word stands for, by its lexicon role (``_named_body``)
# (police and military words are left as written: "los agentes", "la policía francesa", "el
# contingente policial" name the unit the report means, and the body named nearby may be another)
_FORCE_KIND = {"judiciary": "court", "government": "any"}
HISTORIC_YEARS = 8  # dated events this much older than the article are background
APART_BY_CLAUSE_DAYS = 20  # an act its own clause dates this far from its incident's sentence date is another
# families one incident may be told in (the pair model may join across them): an arrest
# or seizure in an operation, a death in an operation, shots and deaths in a protest,
# a rescue of hostages
# families whose incident is the person it befalls (an arrest, a killing, a kidnapping told again by name)
_NAMED_PATIENT_FAMILIES = ("arrest", "violent", "abduction")
_PAIR_FAMILIES = ({"operation", "arrest"}, {"operation", "seizure"}, {"operation", "violent"},
                  {"protest", "violent"}, {"operation", "abduction"})


# the families one incident told with two types' words may be joined across by the pair model
# (``_cross_join``): the operation and the violence it met or dealt ("Abaten a X" ... "durante una
# operación"). Not an arrest, a seizure or a rescue (events of their own beside the operation:
# corpus/README), nor a protest and the violence in it (framing.py types those, and an armed
# group's attack on a barricade is an attack).
_CROSS_JOIN = frozenset({"operation", "violent"})
# (the mention's family, the incident's family) a sentence opening with an attribution may tell the
# incident just reported in (``_attributed_retelling``): people "taken by force" in a source's account
# of an arrest, shots at protesters in the account of a death at a protest, or the other way round
# (and the violence of the abduction in a witness's account of a kidnapping just reported: "Según el
# relato de los peones, cinco hombres ... redujeron a los trabajadores, quemaron una camioneta y se
# llevaron al joven", train t-022; not a death, an event of its own beside the kidnapping)
_RETOLD_AS = frozenset({("abduction", "arrest"), ("protest", "violent"), ("violent", "protest"),
                        ("violent", "abduction")})
RETELL_GAP = 2  # an attributed retelling follows the report it retells within this many sentences


@dataclass(slots=True)
class Sentence:
    """A parsed sentence of the document, with its places in both texts."""

    index: int
    para: int
    span: object  # spaCy Span (inside a paragraph Doc)
    start: int  # original-text offsets
    end: int
    headline: bool = False
    entry_title: bool = False  # a bulletin entry's title (a headline inside the text: "Masacre en X.")
    section_heading: bool = False  # a long text's section heading ("Antecedentes", "Acciones armadas")


@dataclass(slots=True)
class Mention:
    sentence: Sentence
    trigger: Optional[TriggerMention]  # None for casualty-only / anaphor sentences
    type: str
    strength: str
    counts: list[CountMention] = field(default_factory=list)
    actor1: Optional[ActorMention] = None
    actor2: Optional[ActorMention] = None
    definite: bool = False
    new_incident: bool = False
    hedged: bool = False
    date: Optional[DateValue] = None
    date_via: str = "none"
    place: Optional[Place] = None
    sentence_triggers: list = field(default_factory=list)  # every kept trigger of the sentence
    p_new: float = 1.0  # the mention model's belief that this is a new incident
    p_retell: float = 0.0  # ... that it tells again an incident already told
    tally: bool = False  # the incident named as a toll's ("la cifra de muertos por el ataque")
    member: int = 0  # the member (1, 2, ...) of a counted noun its sentence unpacks (enumeration.py)
    member_tokens: tuple[int, int] = (0, 0)  # the member's segment of the sentence (tokens, end exclusive)

    @property
    def retell_share(self) -> float:
        """The mention model's belief that this tells again an incident already told, among
        the two readings of it as an incident (new or retold): what its "none" belief (a
        reaction, another sense) takes from both does not decide between joining and founding."""
        told = self.p_new + self.p_retell
        return self.p_retell / told if told > 0 else 0.0


@dataclass(slots=True)
class Draft:
    type: str
    mentions: list[Mention]

    @property
    def family(self) -> str:
        return FAMILY[self.type]

    @property
    def last_sentence(self) -> int:
        return max(m.sentence.index for m in self.mentions)

    def dating_mentions(self) -> list[Mention]:
        """The mentions that may date the incident and give its evidence: not a kidnapping joined to
        the operation that freed its captives, which dates the captivity ("Rescatan a empresario
        secuestrado hace tres días"; train b-187, dev l-022), unless nothing else tells it."""
        if self.family != "operation":
            return self.mentions
        return [m for m in self.mentions if FAMILY[m.type] != "abduction"] or self.mentions

    def best_date(self) -> tuple[Optional[DateValue], str]:
        """A date the text ties to one of the mentions; else the first report's fallback."""
        best, via = None, "none"
        own = self.dating_mentions()
        # (a headline's clause dates its incident only when the body does not: "Seis muertos en
        # ataque a una fiesta ...; el miércoles estalló un coche bomba ...")
        own = [m for m in own if not (m.sentence.headline and m.member_tokens[1])] or own
        for m in own:
            if m.strength == "weak":
                continue  # "los dos detenidos participaron del secuestro en 2021": not the arrest's date
            if m.date is not None and m.date_via in ("clause", "sentence", "report") \
                    and (_VIA_RANK[m.date_via] < _VIA_RANK[via] or _refines(m.date, best, m.date_via, via)):
                best, via = m.date, m.date_via
        if best is None:
            # (a headline takes the story's first date, often another incident's: "Rescatan a dos
            # secuestrados; hay tres capturados" dated by "secuestrados el jueves"; a body
            # sentence's fallback is nearer the incident)
            told = [m for m in own if m.strength != "weak"]
            first = next((m for m in told if not m.sentence.headline), told[0] if told else None)
            if first is not None and first.date is not None:
                best, via = first.date, first.date_via
        return best, via


@dataclass
class DocumentState:
    """What the assembler keeps of the document it is assembling, made afresh by ``assemble`` (one
    place, instead of attributes set here and there and read with defaults): the helpers
    ``assemble`` and ``_event`` call read it; outside an assembly it is empty."""

    sentences: list = field(default_factory=list)  # the document's sentences
    entities: Optional[DocumentEntities] = None  # its people and groups, linked across sentences
    toll_ahead: Optional["Mention"] = None  # a toll told before any incident it could join
    roundup_told: bool = False  # a lead summing up several incidents ("Tres ataques armados dejaron ...")
    forces_told: list = field(default_factory=list)  # (body sentence indices, state force) of the events made
    worded: Optional[list] = None  # which sentences have words (``_worded_gap``)
    doc_types: set = field(default_factory=set)  # the types of the triggers the rules kept
    drafts: list = field(default_factory=list)  # every incident's mentions (``_label_antecedent``)
    told_elsewhere: frozenset = frozenset()  # sentences of the other incidents (per event, ``_event``)
    acts_elsewhere: frozenset = frozenset()  # those of the other acts, abductions and protests


def _tally_of(tok) -> bool:
    """Is the incident noun the complement of a toll's tally ("la cifra de fallecidos por el
    ataque ... subió a tres este martes", "el balance de víctimas por el motín")? The date its
    clause tells is the tally's (when the figure rose), not the incident's: the incident is dated
    by its own phrase ("el enfrentamiento registrado el lunes"), else as a sentence's."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return False
    tally = load_count_cues().tally_nouns
    for up in tok.ancestors:
        if up.pos_ in ("VERB", "AUX"):
            return False
        if up.lower_ in tally:
            return True
    return False


def _own_phrase_date(m: "Mention", sdoc, sent_span: Span, ctx: "DocumentContext",
                     aside: tuple[Span, ...] = ()) -> tuple[Optional[DateValue], str]:
    """The date a toll's incident noun tells in its own phrase ("el enfrentamiento registrado el
    lunes"), else none: the other dates of its sentence are the tally's ("subió a tres este martes").
    ``aside``: the parts of the phrase that date another act (``_asides``)."""
    tok = sdoc[m.trigger.token_i]
    trig = _span(ctx, sdoc, m.trigger.start, m.trigger.end)
    phrase = _span(ctx, sdoc, tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge.text))
    date, via = ctx.date_for(trig, sent_span, phrase, aside)
    inside = date is not None and date.span is not None and phrase.start <= date.span.start < phrase.end
    return (date, "clause") if inside else (None, "none")


def _noun_phrase_date(m: "Mention", sdoc, sent_span: Span, ctx: "DocumentContext",
                      aside: tuple[Span, ...] = ()) -> Optional[tuple[DateValue, str]]:
    """The date an incident noun tells inside its own phrase when another verb governs it ("condenó
    este viernes a tres pandilleros por el asesinato de una familia en noviembre de 2024", "fueron
    detenidos el lunes por el ataque del 3 de marzo contra ..."): the incident's date, not the
    governing act's (the ruling's, the arrest's), which the clause would give first. None for a
    verb, or a noun whose phrase names only a year: "una marcha en memoria de los estudiantes muertos en
    1999" dates the deaths it recalls, not the march (a purpose's incident; shared news-dev 718). An
    older incident's occurrence inside the phrase ("la detención de tres hombres responsables de la
    masacre cometida el 26 de octubre") is ``aside``: not the arrest's date."""
    if m.trigger is None or not m.trigger.is_noun:
        return None
    date, via = _own_phrase_date(m, sdoc, sent_span, ctx, aside)
    return (date, via) if date is not None and date.precision in _PHRASE_PRECISIONS else None


_PHRASE_PRECISIONS = ("day", "month")  # a noun's own phrase dates it by a day or a month


def _asked_once(date_for: Callable[..., tuple[Optional[DateValue], str]]) -> Callable[..., tuple[Optional[DateValue], str]]:
    """A document's ``date_for`` that answers each question once: the document features date
    the rules' triggers (``_named_day_age``) before their mentions are located by the same call."""
    answers: dict[tuple, tuple[Optional[DateValue], str]] = {}

    def ask(trigger: Span, sentence: Span, clause: Optional[Span] = None,
            aside: tuple[Span, ...] = ()) -> tuple[Optional[DateValue], str]:
        key = (trigger, sentence, clause, aside)
        if key not in answers:
            answers[key] = date_for(trigger, sentence, clause, aside)
        return answers[key]

    return ask


class DocumentContext:
    """What assembly needs from the other stages for one document."""

    def __init__(self, text: str, to_original: Callable[[object, int, int], tuple[int, int, str]],
                 date_for: Callable[[Span, Span, Optional[Span]], tuple[Optional[DateValue], str]],
                 place_for: Callable[[Span, Span, Optional[Span]], Optional[Place]],
                 date_positions: Sequence[int], published: Optional[_dt.date],
                 report_date: Callable[[Span], Optional[DateValue]] = lambda sentence: None,
                 country: Optional[str] = None, country_place: Optional[Place] = None,
                 latest_year: Optional[int] = None) -> None:
        self.text = text
        self.to_original = to_original  # (spacy_doc, start, end) -> (orig_start, orig_end, text)
        self.date_for = _asked_once(date_for)
        self.place_for = place_for
        self.date_positions = sorted(date_positions)  # original offsets of date expressions
        self.published = published
        self.report_date = report_date  # the date a sentence reports at ("anunció el lunes")
        self.country = country  # ISO alpha-2 the text shows the document is about (None: no cue)
        self.country_place = country_place  # that country as a place, for events placed nowhere finer
        self.latest_year = latest_year  # the latest year the text's dates reach (an undated text's "now")


def _recalled_by_year(m: Mention, ctx: DocumentContext) -> bool:
    """An older incident a dated report recalls by a bare year ("En 2019 otros dos de sus
    dirigentes fueron asesinados", "fue escenario en 2021 de la peor masacre", "donde en 1982 una
    patrulla mató a ..."): background, which the conventions do not annotate (corpus/README.md: an
    older incident is its own event only with a date of at least month precision and a place).
    The year is the trigger's: in its clause, or before it in its sentence ("les dio muerte ...;
    sus restos fueron hallados en 2008" dates the finding, not the killing). Texts without a
    publication date (encyclopedia entries) keep their bare-year incidents, and so does a text's
    opening sentence: what it tells is the text's own story ("En 1997 un grupo paramilitar
    asesinó a once pobladores en ...")."""
    d = m.date
    if not (ctx.published is not None and m.sentence.index > 0 and d is not None and d.precision == "year"
            and d.end is not None and d.end.year < ctx.published.year):
        return False
    if m.date_via == "clause" or m.trigger is None:
        return m.date_via in ("clause", "sentence")
    return m.date_via == "sentence" and _dated_before_trigger(m, ctx)


def _named_long_before(m: Mention, ctx: DocumentContext) -> bool:
    """An undated text's (an encyclopedia entry's) incident named by a noun and dated by a bare
    year long before the latest year the text reaches ("cometió su primer asesinato en 1968" in
    an entry that runs to 2018; "se constituyó tras la operación militar contra X en 1964"):
    its history in passing, background as in a dated report (``HISTORIC_YEARS``). An incident
    narrated by its verb ("En 1989, una columna ocupó el pueblo") is the entry's own story."""
    d = m.date
    return (ctx.published is None and ctx.latest_year is not None and m.trigger is not None
            and m.trigger.is_noun and d is not None and d.precision == "year" and d.end is not None
            and m.date_via in ("clause", "sentence", "report", "story")
            and d.end.year < ctx.latest_year - HISTORIC_YEARS)


def _dated_before_trigger(m: Mention, ctx: DocumentContext) -> bool:
    """Is the mention's date told before its trigger in the sentence ("El 28 de junio, en la
    colonia X, hombres armados mataron a ...")?"""
    d = m.date
    return m.trigger is not None and d is not None and d.span is not None and \
        d.span.start < ctx.to_original(m.sentence.span.doc, m.trigger.start, m.trigger.end)[0]


def _fronted_date(m: Mention, ctx: DocumentContext) -> bool:
    """An older incident recalled with its own day or month, told in full by its verb after a
    fronted date ("No es el primer ataque contra la cadena: el 9 de febrero, otro de sus locales
    ... fue baleado"; "En marzo de este año, en la vereda X, hombres armados ... los
    asesinaron"): the date is the narrated act's even when the parser leaves it outside the
    verb's clause, so it tells the act apart from an incident dated otherwise (corpus: an older
    incident with a month-precise date and a place is its own event); so do the goods of a seizure
    told in the arrest's sentence ("2. El viernes 24 de julio, agentes detuvieron a un hombre que
    transportaba 12 kilos de marihuana"). A noun ("tras el ataque")
    under a fronted date is not: the date is often what followed it; a noun that is the subject
    of its own verb is ("En enero de 1989, guerrilleros atacaron el puesto; el combate duró toda
    la noche y dejó cinco muertos": s-005)."""
    return (m.date_via == "sentence" and m.trigger is not None
            and (not m.trigger.is_noun or _subject_noun(m) or _framing_noun(m) or FAMILY[m.type] == "seizure")
            and m.date is not None and m.date.precision in ("day", "month") and _dated_before_trigger(m, ctx)
            and _opens_a_clause(m.date.span, m.sentence, ctx))


def _clause_dated_far_apart(m: Mention, d_date: Optional[DateValue], d_via: str, ctx: DocumentContext) -> bool:
    """Does the mention's own clause date it (to a day or month) weeks apart from the date its
    incident's sentence gives ("Alias X sería el responsable del asesinato de dos soldados en el mes
    de marzo" after a clash told "en una operación adelantada el 8 de julio ..., se enfrentó a las
    tropas")? The incident's date, told outside its trigger's clause, may be another act's of the
    same day (so ``Assembler._conflicts`` does not set a day against it), not one weeks away: an act
    dated in its own clause that far off is an older incident recalled (corpus: train x-022, b-130).
    A revised toll is told later by nature."""
    if m.date is None or d_date is None or m.date_via != "clause" or d_via != "sentence" or _revises_toll(m):
        return False
    if m.trigger is None or (m.trigger.is_noun and not _dated_in_own_phrase(m, ctx)):
        return False  # (a noun's clause may run on to another act's date: "autores del secuestro y que X, detenido el ...")
    if m.date.precision not in ("day", "month") or d_date.precision not in ("day", "month"):
        return False
    if None in (m.date.start, m.date.end, d_date.start, d_date.end):
        return False
    gap = max((d_date.start - m.date.end).days, (m.date.start - d_date.end).days)
    return gap > APART_BY_CLAUSE_DAYS


def _dated_in_own_phrase(m: Mention, ctx: DocumentContext) -> bool:
    """Does an event noun's own phrase hold its date ("del asesinato de dos soldados en el mes de
    marzo", triggers.named_phrase)?"""
    sdoc = m.sentence.span.doc
    lo, hi = named_phrase(sdoc[m.trigger.token_i])
    start, end, _ = ctx.to_original(sdoc, sdoc[lo].idx, sdoc[hi - 1].idx + len(sdoc[hi - 1].text))
    span = m.date.span
    return span is not None and start <= span.start and span.end <= end


def _night_before(m: Mention, d_date: DateValue, ctx: DocumentContext) -> bool:
    """A mention dated the night before the incident's day ("el domingo por la noche, los presos
    se habían amotinado, y la pelea estalló a primera hora del lunes"; "la reyerta empezó hacia
    las 22:40 del martes" in a report of Wednesday's riot): one incident across
    midnight, not another (corpus train a-024; the night told by a part of the day in the date's
    words, time.yaml ``parts_of_day``, or a clock time from 19:00 right before it). Not a sentence
    that names a place of its own: a roundup's incident of the night before elsewhere ("En la noche
    del viernes, un artefacto estalló en Esmeraldas": train d-160)."""
    span = m.date.span
    if placed_by_sentence(m) or span is None or m.date.start is None or d_date.start is None or (d_date.start - m.date.start).days != 1:
        return False
    words = set(re.findall(r"\w+", span.text.lower()))
    told = ctx.text[max(m.sentence.start, span.start - 25):span.end]
    return not words.isdisjoint(_night_words()) or _NIGHT_CLOCK.search(told) is not None


_NIGHT_CLOCK = re.compile(r"\b(?:19|2[0-3])[:.][0-5]\d\b")


def _another_day_told(m: Mention, told: Optional[DateValue], ctx: DocumentContext) -> bool:
    """Does the mention's own sentence date it to a day other than the incident's ("Según la
    Defensoría, el lunes 14 un niño resultó herido al pisar una mina" after clashes that began on
    the 12th)? Both at day precision; not the night before it (``_night_before``)."""
    if m.date is None or told is None or m.date_via != "sentence":
        return False
    return m.date.precision == "day" == told.precision and m.date.value != told.value \
        and not _night_before(m, told, ctx)


@lru_cache(maxsize=1)
def _night_words() -> frozenset[str]:
    """The time lexicon's words for the night (``parts_of_day``: "noche", "medianoche"...)."""
    return frozenset(w for w, part in load_lexicon().parts_of_day.items() if part == "night")


def _subject_noun(m: Mention) -> bool:
    """Is the mention's noun trigger the subject of a verb ("el combate duró ...", "el ataque
    dejó ...")? Its sentence's fronted date dates what that verb tells, unlike a noun under a
    preposition ("tras el ataque"), often a time before the sentence's act."""
    tok = m.sentence.span.doc[m.trigger.token_i]
    return tok.dep_ in ("nsubj", "nsubj:pass") and tok.head.pos_ in ("VERB", "AUX")


def _framing_noun(m: Mention) -> bool:
    """Is the mention's noun trigger the frame of its verb's act ("en el combate murieron once
    subversivos", "durante la emboscada cayeron dos soldados")? Its sentence's fronted date dates
    the act it frames, hence the noun itself, unlike "tras el ataque" (a time after it). Not a
    demonstrative's noun ("en ese operativo"): it points back to an incident told before."""
    tok = m.sentence.span.doc[m.trigger.token_i]
    return tok.dep_ in ("obl", "nmod") and tok.head.pos_ in ("VERB", "AUX") \
        and any(c.dep_ == "case" and c.lower_ in _FRAME_PREPOSITIONS for c in tok.children) \
        and not any(c.dep_ == "det" and c.lower_ in DEMONSTRATIVES for c in tok.children)


_FRAME_PREPOSITIONS = frozenset({"en", "durante"})


def _opens_far_from_story(d: Draft, m: Mention, d_date: Optional[DateValue], d_via: str, ctx: DocumentContext) -> bool:
    """Does the mention's sentence open with its act's own day or month ("En abril de 2025, su
    líder fue asesinado ...") weeks apart from the day the story had reached when the incident was
    told (a date of the text, not the publication's: "El miércoles 2 de septiembre, los agentes
    desalojaron ..." then "Un comunitario murió ...")? An older (or later) incident recalled, not
    this one (corpus: ze-016). Only an incident
    told with its own victims' figures: a figureless mention the story dates may be a vague pointer
    the dated sentence after it tells ("No es la primera vez que es detenido. En marzo de 2023 fue
    arrestado ...": train l-002; "Cientos fueron detenidos" before the dated raid: a-271)."""
    if d_via != "story" or d_date is None or d_date.span is None or m.date is None:
        return False
    if not _tells_victim_figures(d):
        return False
    if d_date.precision not in ("day", "month") or not _opens_with_own_date(m, ctx):
        return False
    if None in (m.date.start, m.date.end, d_date.start, d_date.end):
        return False
    gap = max((d_date.start - m.date.end).days, (m.date.start - d_date.end).days)
    return gap > APART_BY_CLAUSE_DAYS


def _days_opened_apart(d: Draft, m: Mention, ctx: DocumentContext) -> bool:
    """Does the mention's sentence open with its act's own day, and a sentence of the incident open
    with another day, more than a night apart ("El martes, en X, transportistas se enfrentaron ...",
    then "El jueves por la noche, en Y, grupos ... prendieron fuego ...")? Two incidents, each told
    from its own day, even when a lead's span ("esta semana") holds both (train d-161). Adjacent
    days stay joined: one incident across midnight ("la noche del 3 ... la madrugada del 4")."""
    if m.date is None or m.date.precision != "day" or m.date.start is None or not _opens_with_own_date(m, ctx):
        return False
    return any(_opened_by_day(x, ctx) and abs((x.date.start - m.date.start).days) > 1 for x in d.mentions)


def _day_opened_after_story(d: Draft, m: Mention, d_date: Optional[DateValue], d_via: str,
                            ctx: DocumentContext) -> bool:
    """Does the mention's sentence open with its act's own day, more than a night away from the day
    an incident told with no day of its own takes from the story before it ("1. El jueves 6 de
    agosto, una patrulla fue atacada ... 2. En el campamento se encontraron dos fusiles ... 3. El
    sábado 8 de agosto, ... aprehendieron a un hombre que trasladaba 200 municiones")? The story
    moved on to another day: two incidents, as ``_days_opened_apart`` keeps those told each from
    its own day. Not for an incident only a headline tells so far."""
    if m.trigger is None or not _opened_by_day(m, ctx) or not _dated_before_trigger(m, ctx):
        return False  # (a noun's too: the goods of an arrest, "... que trasladaba 200 municiones")
    if d_date is None or d_via != "story" or d_date.precision != "day" or d_date.start is None or _headline_only(d):
        return False
    return abs((d_date.start - m.date.start).days) > 1


def _opened_by_day(m: Mention, ctx: DocumentContext) -> bool:
    """Does the mention's own clause or sentence date it by a day that opens the sentence?"""
    d = m.date
    return (d is not None and d.precision == "day" and d.start is not None and d.span is not None
            and m.date_via in ("clause", "sentence") and not m.sentence.headline
            and m.sentence.start <= d.span.start and _date_opens_sentence(m, ctx))


def _opens_with_own_date(m: Mention, ctx: DocumentContext) -> bool:
    """Does the mention's sentence open with the day or month of the act its verb tells ("El 14
    de agosto, otro dron cayó sobre la base"; "En mayo de 2023, la sede fue baleada")? The story
    moved on to the incident of that date: a date the incident before it has in its own sentence,
    even outside its verb's clause ("resultaron heridos el lunes cuando la base fue atacada"),
    tells it apart (the clause rule of ``Assembler._conflicts`` alone leaves these joined)."""
    d = m.date
    return (m.date_via in ("clause", "sentence") and m.trigger is not None
            and (not m.trigger.is_noun or FAMILY[m.type] == "seizure")  # (the goods of an arrest: ``_fronted_date``)
            and d is not None and d.span is not None and d.precision in ("day", "month")
            and not m.sentence.headline and _dated_before_trigger(m, ctx) and _date_opens_sentence(m, ctx))


# what may precede a date opening its sentence ("En septiembre de 2025, ...", "A fines de mayo, ..."), after
# the number or bullet of a communiqué's or a bulletin's point ("3. El sábado 8 de agosto, ...", "• El viernes
# 27 de febrero, ...", "2) El jueves ...")
_DATE_OPENING = re.compile(r"(?:(?:\d{1,2}\s*[.)-]|[a-z]\)|[•·▪*–—-])\s*)?(?:en|a (?:fines|finales|mediados|principios|comienzos|inicios) de)?")


def _date_opens_sentence(m: Mention, ctx: DocumentContext) -> bool:
    """Is the mention's date the first thing its sentence says (``_DATE_OPENING`` before it at most)?"""
    return _DATE_OPENING.fullmatch(ctx.text[m.sentence.start:m.date.span.start].strip().lower()) is not None


def _opens_a_clause(span: Span, sent: Sentence, ctx: DocumentContext) -> bool:
    """Does a date open its sentence or a stretch after ":", ";" or "," ("No es el primer ataque:
    el 9 de febrero, ...")? A date right after another verb is that verb's ("fue liberado el
    lunes, nueve días después de haber sido secuestrado": the release's day, not the abduction's).
    The date's own lead word counts with it ("En enero de 1989, ...", "; a finales de mayo, ...")."""
    before = ctx.text[sent.start:span.start].rstrip()
    lead = _DATE_LEAD.search(before)
    if lead is not None:
        before = before[:lead.start()].rstrip()
    return not before or before[-1] in ":;," or _ITEM_MARK.fullmatch(before) is not None


_DATE_LEAD = re.compile(r"(?i)(?<!\w)(?:en|a (?:fines|finales|mediados|principios|comienzos|inicios) de)$")
# the number or bullet of a communiqué's or a bulletin's point ("3.", "2)", "•", "-")
_ITEM_MARK = re.compile(r"(?i)\d{1,2}\s*[.)-]|[a-z]\)|[•·▪*–—-]")


def _span(ctx: DocumentContext, doc, start: int, end: int) -> Span:
    s, e, t = ctx.to_original(doc, start, end)
    return Span(s, e, t)


_OTHER_CLAUSES = {"conj", "advcl", "parataxis", "ccomp", "acl:relcl", "csubj"}


def _clause_of(tok):
    """The trigger's clause: its nearest verb's subtree, without coordinated or subordinate clauses
    (character offsets in the Doc; worked out once per token: the mention features and the
    locating of the same trigger both ask)."""
    memo = tok.doc.user_data.setdefault("cronica_clauses", {})
    got = memo.get(tok.i)
    if got is None:
        got = memo[tok.i] = _clause_bounds(tok)
    return got


def _clause_bounds(tok) -> tuple[int, int]:
    cur = tok
    for _ in range(4):
        if cur.pos_ in ("VERB", "AUX"):
            break
        if cur.head.i == cur.i:
            break
        cur = cur.head
    skip: set[int] = set()
    for c in cur.children:
        if c.dep_ in _OTHER_CLAUSES and c.pos_ in ("VERB", "AUX") and not (c.i <= tok.i <= max(t.i for t in c.subtree)
                                                                         and min(t.i for t in c.subtree) <= tok.i):
            skip.update(t.i for t in c.subtree)
    ids = [t.i for t in cur.subtree if t.i not in skip]
    lo, hi = tok.doc[min(ids)], tok.doc[max(ids)]
    return lo.idx, hi.idx + len(hi.text)


#: the words that open a relative clause (within its first tokens: "que", "en la que", "a quien")
_RELATIVE_WORDS = frozenset({"que", "quien", "quienes", "cual", "cuales", "donde", "cuyo", "cuya", "cuyos", "cuyas"})


def _asides(m: "Mention", sdoc, ctx: "DocumentContext") -> tuple[Span, ...]:
    """The parts of the trigger's sentence that tell another act, whose date is not the
    trigger's (the time module's ``aside``): the relative clauses of other nouns after a verb
    trigger (``_relative_asides``) and the occurrence clauses of other incidents' nouns
    (``_retold_asides``)."""
    if m.trigger is None:
        return ()
    tok = sdoc[m.trigger.token_i]
    return _relative_asides(m, tok, ctx) + _retold_asides(m, tok, ctx)


#: prepositions that set an act inside the incident a noun names ("detenidos durante los
#: disturbios ocurridos anoche"): that incident's day is the act's too
_WITHIN_CASES = frozenset({"durante", "en"})


def _retold_asides(m: "Mention", tok, ctx: "DocumentContext") -> tuple[Span, ...]:
    """The reduced relative clause of an older incident's occurrence after another noun than the
    trigger ("detenidos ... sospechosos del homicidio de un joven ocurrido el 8 de marzo", "la
    detención de tres hombres responsables de la masacre cometida el pasado 26 de octubre"; time.yaml
    ``retold_participles``): it dates that incident, not the trigger's act (the arrest). The trigger
    noun's own clause ("el homicidio ... ocurrido el 8 de marzo" for the killing) is its date, and so
    is that of an incident the act happened in ("durante los disturbios ocurridos anoche")."""
    words = _retold_participles()
    if words.isdisjoint(span_words(m.sentence.span)):
        return ()  # (most sentences: no occurrence participle, no token walk)
    out = []
    for t in span_tokens(m.sentence.span):
        if t.lower_ not in words or t.dep_ not in ("acl", "acl:relcl", "amod") or t.head.i == tok.i:
            continue
        sub = list(t.subtree)
        if tok in sub or not _tells_another_incident(t, tok, m.trigger.is_noun):
            continue
        out.append(_span(ctx, t.doc, sub[0].idx, sub[-1].idx + len(sub[-1].text)))
    return tuple(out)


def _tells_another_incident(participle, tok, noun_trigger: bool) -> bool:
    """Does the occurrence participle belong to another incident than the trigger's? Its owner is
    the nearest of its heads that is the trigger or an incident noun ("sospechosos del homicidio de
    un joven de 17 años ocurrido ...": the participle hangs from "años", the homicide owns it).
    Another incident noun owns it: yes, unless it names the trigger's incident again ("La masacre de
    X fue el asesinato de doce campesinos cometido ...", "la masacre, el asesinato de ... ocurrido":
    the predicate or the apposition of a noun trigger; train a-080, s-007, ze-002). The trigger
    itself: only a verb's object phrase ("detuvieron a tres hombres vinculados al crimen ocurrido
    ..."), never a noun trigger's own phrase. An act set inside the incident ("durante los disturbios
    ocurridos anoche") shares its day: no."""
    owner, head = None, participle.head
    while owner is None:
        if head.i == tok.i or fold(head.lower_) in _incident_nouns():
            owner = head
        elif head.head.i == head.i:
            break
        else:
            head = head.head
    for h in {participle.head, owner} - {None}:
        if any(c.dep_ == "case" and c.lower_ in _WITHIN_CASES for c in h.children):
            return False
    if owner is not None and owner.i != tok.i:
        return not (noun_trigger and _names_again(tok, owner))
    return not noun_trigger


def _names_again(tok, owner) -> bool:
    """Is ``owner`` the same incident as the noun ``tok``: its predicate ("la masacre fue el asesinato
    de ...") or its apposition ("la masacre, el asesinato de ...")?"""
    return (tok.head.i == owner.i and tok.dep_.startswith("nsubj")) or \
        (owner.head.i == tok.i and owner.dep_ == "appos")


@lru_cache(maxsize=1)
def _retold_participles() -> frozenset[str]:
    return frozenset(load_lexicon().retold_participles)


def _relative_asides(m: "Mention", tok, ctx: "DocumentContext") -> tuple[Span, ...]:
    """The relative clauses of other nouns after a verb trigger, in its sentence ("asesinó a
    diecinueve comuneros, según la investigación que la Fiscalía abrió en 2005"): they tell
    another act (the investigation's, a victim's own). None for a noun trigger: a clause after
    it often tells its own incident ("la masacre, que ocurrió el 2 de febrero")."""
    if m.trigger.is_noun or tok.pos_ not in ("VERB", "AUX"):
        return ()
    out = []
    for t in span_tokens(m.sentence.span):
        if t.i <= tok.i or t.dep_ not in ("acl", "acl:relcl") or t.head.i == tok.i or t.head.i < tok.i \
                or t.pos_ not in ("VERB", "AUX"):
            continue
        sub = list(t.subtree)
        if tok in sub or not any(x.lower_ in _RELATIVE_WORDS for x in sub[:3]):
            continue
        out.append(_span(ctx, tok.doc, sub[0].idx, sub[-1].idx + len(sub[-1].text)))
    return tuple(out)


def _names_place(sent: "Sentence", place: Place) -> bool:
    """Does the sentence name the place (its name or its district)?"""
    text = fold(parsed_text(sent.span))
    return any(x and len(x) > 2 and re.search(r"\b" + re.escape(fold(x)) + r"\b", text)
               for x in (place.name, place.admin3))


def _group_sentence(triggers: list[TriggerMention], lex: TriggerLexicon,
                    score: Optional[dict[int, float]] = None) -> list[TriggerMention]:
    """One trigger per family in a sentence (the most specific, or the one the mention
    model trusts most when ``score`` is given), after absorption rules."""
    by_family: dict[str, list[TriggerMention]] = {}
    for t in triggers:
        if t.dropped:
            continue
        by_family.setdefault(t.family, []).append(t)
    chosen: dict[str, TriggerMention] = {}
    for fam, ts in by_family.items():
        order = lex.precedence.get(fam, ())
        strong = [t for t in ts if t.strength == "strong"] or ts
        if score is not None:
            strong.sort(key=lambda t: (-score.get(id(t), 0.0), t.start))
        else:
            strong.sort(key=lambda t: (order.index(t.type) if t.type in order else 99, t.start))
        best = strong[0]
        # keep markers of any trigger in the family
        best.new_incident = any(t.new_incident for t in ts)
        best.hedged = any(t.hedged for t in ts)
        chosen[fam] = best
    # a security operation in which someone was killed ("abatido en un operativo") is the operation;
    # not a killing named with its own date ("detenidos en un operativo como responsables de la
    # masacre cometida el pasado 26 de octubre": an older incident), nor one only named as what
    # followed the killing ("la operación se lanzó después de que ...")
    if "operation" in chosen and "violent" in chosen and chosen["violent"].type == "killing" \
            and not chosen["violent"].own_date and chosen["operation"].strength != "weak":
        del chosen["violent"]
    # an arrest or seizure in an operation: the operation is their setting, not another event
    # (a rescue is an outcome of its own: "fueron rescatados ..., donde detuvieron a sus captores")
    if "operation" in chosen and ("arrest" in chosen or "seizure" in chosen) \
            and "rescue" not in chosen["operation"].variants[:1]:
        del chosen["operation"]
    return sorted(chosen.values(), key=lambda t: t.start)


def _trigger_roles(t: TriggerMention, tok) -> tuple:
    """The parse's (actor1, actor2) of a trigger; none for an event noun the tagger read as a verb
    ("Reportan balacera fuerte en la colonia X": its "subject" and "object" are the words around it); the
    roles of the trigger it was told with for one that says so (``roles_of``: goods taken in an arrest)."""
    if t.noun_read_as_verb:
        return None, None
    if t.roles_of is not None:
        return roles(tok.doc[t.roles_of])
    return roles(tok)


def _absorb(mentions: list["Mention"], sdoc) -> list["Mention"]:
    """Fold circumstances into the incident they describe, after figures are assigned.

    * a killing told in a clause of another incident ("el secuestro ..., donde cuatro
      fueron asesinados") is that incident's toll;
    * fighting with no toll in a sentence reporting arrests ("hubo un choque
      armado en el que detuvieron a ...") is the arrests' circumstance.
    """
    out = list(mentions)
    for m in mentions:
        if FAMILY[m.type] != "violent" or m.trigger is None or m.trigger.own_date:
            continue  # (one named with its own date is an older incident: "responsables de la masacre del 26 de octubre")
        tok = sdoc[m.trigger.token_i]
        for other in mentions:
            if other is m or other.trigger is None or FAMILY[other.type] == "violent" or other.strength == "weak":
                continue
            otok = sdoc[other.trigger.token_i]
            inside = otok.is_ancestor(tok) or tok.dep_ == "acl:relcl" or any(
                c.lower_ in ("donde", "cuando") for c in tok.children)
            if (m.type == "killing" and inside) or (FAMILY[other.type] == "arrest" and not m.counts
                                                    and m.type in ("armed_clash", "attack")):
                # a killing told inside an arrest ("detuvo a los sospechosos del comando que asesinó
                # a X") is the crime they are held for: no toll of the arrest
                if FAMILY[other.type] not in ("arrest", "seizure"):
                    other.counts.extend(m.counts)
                other.hedged = other.hedged or m.hedged
                if m in out:
                    out.remove(m)
                break
    return out


def _toll_not_told(toll: Mention, m: Mention) -> Optional[Mention]:
    """The toll told ahead that a new incident's first mention ``m`` takes: all of it when ``m``
    tells no figure of its categories (a headline's risen toll, "Sube a once la cifra de muertos",
    revises the figure the lead tells); from a headline, which sums up the lead, the categories
    ``m`` does not tell ("Un muerto y 12 heridos ..." over "Un campesino murió ..."); else none."""
    told = {c.category for c in m.counts if c.best}
    if not {c.category for c in toll.counts if not c.update} & told:
        return toll
    rest = [c for c in toll.counts if c.update or c.category not in told]
    return replace(toll, counts=rest) if toll.sentence.headline and rest else None


def _toll_goes_on(held: Mention, m: Mention) -> bool:
    """Does the toll ``m`` told in the sentence right after the one held (no incident between) tell
    the rest of it: figures only of categories the held toll has none of, none of them a running
    count, over several incidents, a revision or a first report ("Tres soldados fueron asesinados
    el martes." then "Otros cuatro resultaron heridos.": three dead and four wounded)?"""
    if m.sentence.index - held.sentence.index != 1 or held.sentence.headline:
        return False
    cats = {c.category for c in held.counts}
    return all(c.category not in cats and c.category in ("killed", "wounded") and not c.cumulative
               and not c.several and not c.update and not c.preliminary for c in m.counts)


def _toll_lent_by(mentions: list[Mention], left: list[CountMention]) -> Optional[Mention]:
    """The figures a ruling, a decree or a designation tells of the incident it is about ("condenó
    ... por la masacre de 16 campesinos", "condenó ... por la ejecución de nueve campesinos", "estado
    de sitio tras el asesinato de tres soldados"): it carries none of them itself (counts.yaml
    ``no_toll_types``), so they wait, as a toll told ahead, for the violent incident the document
    tells next ("Según la sentencia, ... los mataron"), which takes them when it tells none of its
    own (``_new_draft``, ``_toll_not_told``). Undated: the sentence's date is the ruling's, not the
    incident's. None when it tells no such figure (running counts and figures over several
    incidents never). ``mentions``: a sentence's incidents, all of kinds that wait (else None);
    ``left``: its figures no mention took."""
    if not mentions or any(FAMILY[m.type] not in _TOLL_WAITS_FAMILIES for m in mentions):
        return None
    told = [c for m in mentions for c in m.counts if not carries_toll(m.type, c.category)] + list(left)
    lent = [c for c in told if c.category in ("killed", "wounded", "kidnapped") and c.best
            and not c.cumulative and not c.several]
    if not lent:
        return None
    return Mention(mentions[0].sentence, None, "killing" if any(c.category == "killed" for c in lent) else "attack",
                   "support", counts=lent)


def _toll_fits(m: "Mention", family: str) -> bool:
    """A casualty-only sentence may tell the toll of an incident of ``family``: deaths and
    wounds of a fight or a protest, captives of an abduction (an operation is joined only when
    no such incident is near: the fallback of ``_place``)."""
    cats = {c.category for c in m.counts if c.best is not None}
    if not cats:
        return False
    fits = {"killed": ("violent", "protest"), "wounded": ("violent", "protest"),
            "kidnapped": ("abduction",)}
    return all(family in fits.get(c, ()) for c in cats)


def _detained_disappeared(c: CountMention, mentions: list[Mention]) -> CountMention:
    """A detention figure in a sentence that tells the forced disappearance and no arrest
    ("detuvieron a cuatro comuneros ... sus familiares no saben dónde se encuentran") counts the
    disappeared: the conventions count them in ``kidnapped`` (corpus/README.md, "Counts")."""
    if c.category != "arrested" or not any(m.type == "disappearance" for m in mentions) \
            or any(FAMILY[m.type] == "arrest" for m in mentions):
        return c
    return replace(c, category="kidnapped")


# the families a zero of killed or wounded is told of (``_assign_counts``)
_ZERO_FAMILIES = ("violent", "operation", "abduction", "protest", "property", "other")
_ZERO_CATEGORIES = ("killed", "wounded")


def _assign_counts(mentions: list[Mention], counts: list[CountMention]) -> list[CountMention]:
    """Give each figure to the mention it belongs to; return the figures left over."""
    left = []
    for c in counts:
        c = _detained_disappeared(c, mentions)
        if c.best == 0 and c.category in _ZERO_CATEGORIES:
            # "no se reportaron muertos", "sin que hubiera lesionados": the zero of every incident its
            # sentence tells (a riot and the guards held in it, an arson), not of an arrest
            told = [m for m in mentions if FAMILY[m.type] in _ZERO_FAMILIES]
            for m in told:
                m.counts.append(c)
            if told:
                continue
        target = None
        # arrests carry no toll of their own (a killing told in an arrest report is the killing's)
        prefer = {"killed": ("violent", "operation", "abduction", "protest"),
                  "wounded": ("violent", "operation", "abduction", "protest"),
                  "kidnapped": ("abduction", "violent"), "arrested": ("arrest",)}[c.category]
        # an incident the sentence reports before a weak mention ("el detenido", "los rehenes")
        for fam in prefer:
            target = next((m for m in mentions if FAMILY[m.type] == fam and m.strength != "weak"), None)
            if target:
                break
        for fam in prefer if target is None else ():
            target = next((m for m in mentions if FAMILY[m.type] == fam), None)
            if target:
                break
        if target is None:
            left.append(c)
        else:
            target.counts.append(c)
    return left


class Assembler:
    def __init__(self, actors: ActorLexicon, decider: Optional[Decider] = None, recorder=None) -> None:
        self.actors = actors
        self.lex = load_triggers()
        #: the office words of CAMEO 186/185 (triggers.yaml variant_cues `prominent`), read in the victim's words
        self.prominent = dict(self.lex.variant_cues).get("prominent")
        #: the cues of the means (data/taxonomy.yaml variants of the violent types), read in a sentence without a trigger
        self.means_cues = tuple((name, pattern) for name, pattern in self.lex.variant_cues if name in MEANS_VARIANTS)
        self.cues = load_filters()
        self.decider = decider  # trained decisions (decide.py); None: the hand-written rules
        self.recorder = recorder  # training only: cronica.learn.align.Recorder
        self._doc = DocumentState()  # the document being assembled (``assemble`` makes it afresh)

    # ------------------------------------------------------------------ helpers
    def _means_told(self, sent) -> list[str]:
        """The means a sentence's cue words tell (triggers.yaml variant_cues: "disparos", "machete", "granada")."""
        key = span_key(sent.span)
        return [name for name, pattern in self.means_cues if pattern.search(key)]

    def _side_group(self, c: CountMention) -> str:
        """The victims' side for the figures by side (UCDP): ``_group``, and for a partitive counted
        by its number ("uno de los asaltantes", "otro de los agresores", "doce de sus agentes") the
        side of the people it is taken from. (Merging keeps ``_group``: whether such a figure
        restates another is not told by its side.)"""
        victims = c.victim_head or c.victim
        whole = _partitive_whole(c.victim) if victims and victims == c.victim_head else None
        if whole is not None:
            return self._group(replace(c, victim_head=whole, victim=whole))
        return self._group(c)

    def _group(self, c: CountMention) -> str:
        """The victims' side, so figures for different sides add up and restatements do not."""
        victims = c.victim_head or c.victim
        if not victims:
            return "unknown"
        members = members_of(c)
        if members is not None:  # "tres integrantes de la banda": the band's
            group = self._group(replace(c, victim_head=members, victim=members))
            if group != "unknown":
                return group
            if armed_group(members):
                return "rebels"  # "seis integrantes del grupo": an unnamed armed group's (counts.yaml)
        if armed_people(victims):
            return "rebels"  # "seis civiles armados" (the lexicon's "civiles"): the gunmen's side
        hit = self.actors.best_in(victims)
        if not hit or hit[2].inter is None:
            if victims.split()[0].lower() in self.cues.civilian_victims:
                return "civilians"
            return victim_group(victims) or "unknown"
        inter = hit[2].inter
        return "state" if inter == 1 else "rebels" if inter in (2, 3) else "civilians" if inter == 7 else "other"

    def _conflicts(self, draft: Draft, m: Mention, ctx: DocumentContext) -> bool:
        if _members_apart(draft, m):
            return True  # "la primera ... en X y otra ... en Y": two members of one counted noun
        if another_victim_another_time(m, self.cues.another_time):
            return True  # "Un día antes, otro joven había sido hallado muerto" (incidents.py)
        if told_later_that_day(m, self.cues.later_openings) and not _headline_only(draft):
            return True  # "Horas después, en otro barrio, dos sicarios asesinaron ..." (incidents.py)
        if next_entry_told(m, draft.mentions, self.cues.entry_stamps):
            return True  # a live blog's entries, each with its own act: two incidents (incidents.py)
        if self._doc.roundup_told and roundup_entry(m):
            return True  # after "Tres ataques armados dejaron ...": "En el barrio X, sicarios ..." is the next one
        d_date, d_via = draft.best_date()
        opens_dated = _opens_with_own_date(m, ctx)
        if m.date is not None and d_date is not None and (
                d_via == "clause" or (d_via == "sentence" and opens_dated)) and (
                m.date_via == "clause" or _fronted_date(m, ctx)) and not (
                _revises_toll(m) and m.date.start and d_date.end
                and 0 <= (m.date.start - d_date.end).days <= REVISION_DAYS):
            if m.date.precision == "day" == d_date.precision and m.date.value != d_date.value \
                    and not _night_before(m, d_date, ctx):
                return True
            if m.date.start and d_date.start and m.date.end and d_date.end and (
                    m.date.end < d_date.start or d_date.end < m.date.start) and not _night_before(m, d_date, ctx):
                return True  # intervals that cannot hold the same incident
        if _days_opened_apart(draft, m, ctx) or _day_opened_after_story(draft, m, d_date, d_via, ctx):
            return True  # "El martes, en X, ..." then "El jueves, en Y, ...": each incident from its own day
        if _opens_far_from_story(draft, m, d_date, d_via, ctx):
            return True  # "En abril de 2025, su líder fue asesinado" after the eviction of September 2026
        if _clause_dated_far_apart(m, d_date, d_via, ctx):
            return True  # "responsable del asesinato de dos soldados en el mes de marzo" after July's clash
        revised_toll = m.trigger is None and _revises_toll(m)
        # two different districts (or towns) cannot hold one incident
        # (each named in its own sentence: a place carried over from the sentence before - where
        # the wounded were taken - is no second place)
        if m.place is not None and m.place.admin3 and not revised_toll \
                and not (m.trigger is not None and told_victim(m)) and placed_by_sentence(m):
            # (a revised toll's place is often the hospital's: "murió en el hospital de X")
            for dm in draft.mentions:
                if dm.place is not None and dm.place.admin3 and dm.place.admin3 != m.place.admin3 \
                        and placed_by_sentence(dm) \
                        and dm.place.geo_precision == 1 and m.place.geo_precision == 1 \
                        and not _names_place(m.sentence, dm.place) and not _names_place(dm.sentence, m.place):
                    # (a sentence that names both places - "salió de la base de X hacia la zona
                    # de Y" - tells where the incident was, not a second incident)
                    return True
        # other towns far apart, each told in its own sentence (incidents.py)
        if not revised_toll and places_apart(draft.mentions, m, draft.family):
            return True
        # a sentence with only a toll that contradicts the incident's ("Este hecho dejó 9 muertos")
        return m.trigger is None and _figures_contradict(draft, m, self._group)

    def _new_draft(self, m: Mention) -> Draft:
        """A new incident; a toll told just before it with no incident to join ("Dos soldados
        murieron el domingo." then "Los militares fueron atacados ...") is its toll."""
        d = Draft(m.type, [m])
        if FAMILY[m.type] in _TOLL_WAITS_FAMILIES:
            return d  # (a ruling takes no toll: the one held waits for the incident told next)
        toll, self._doc.toll_ahead = self._doc.toll_ahead, None
        if toll is not None and m.trigger is None and toll.counts and m.counts and _toll_goes_on(toll, m):
            d.mentions.insert(1, toll)  # "tras el asesinato de cuatro policías." + "En el mismo hecho ... otros tres"
            return d
        # (a toll whose sentence names the kind of incident - "murió durante la marcha" - waits
        # longer for it: the reactions to a death are often told before the protest itself; so does
        # a headline's, which names its story's incident: "Condenan a ... por la masacre de 27
        # campesinos" over the lead's ruling and the body's killing, as far as a headline reaches)
        gap = HEADLINE_GAP if toll is not None and toll.type == m.type and (
            toll.type in _TOLL_NAMED_TYPES or toll.sentence.headline) else TOLL_AHEAD_GAP
        if toll is not None and m.trigger is not None and toll.counts and not _toll_of_another_time(d, toll, TOLL_SLACK_DAYS) \
                and FAMILY[m.type] in ("violent", "operation", "abduction", "protest") \
                and 0 < m.sentence.index - toll.sentence.index <= gap:
            toll = _toll_not_told(toll, m)
            if toll is not None:
                d.mentions.insert(1, toll)
        return d

    def _hold_toll(self, m: Mention, replaces: bool = True) -> None:
        """Keep ``m`` as the toll told before any incident it could join; a mention with no figure
        does not replace one that has figures (nor, unless ``replaces``, does another toll)."""
        held = self._doc.toll_ahead
        if held is not None and held.counts and m.counts and _toll_goes_on(held, m):
            # "... tras el asesinato de tres soldados." then "En el incidente resultaron heridos otros
            # cuatro efectivos.": the next sentence tells the rest of the same toll, not another one
            self._doc.toll_ahead = replace(m, counts=held.counts + m.counts)
        elif held is None or not held.counts or (m.counts and replaces):
            self._doc.toll_ahead = m

    def _date_moved(self, draft: Draft, m: Mention, ctx: DocumentContext) -> bool:
        """A date expression between the incident and this mention (the story moved on)."""
        lo = draft.mentions[-1].sentence.end
        hi = m.sentence.start
        return any(lo <= p < hi for p in ctx.date_positions)

    def _antecedent(self, drafts: list[Draft], m: Mention, ctx: DocumentContext) -> Optional[Draft]:
        kind = "news" if ctx.published else "encyclopedic"
        gap_max = (MAX_GAP_DEFINITE if (m.definite or m.strength == "weak" or m.trigger is None) else MAX_GAP)[kind]
        family = FAMILY[m.type]
        named = self._same_named_patient(drafts, m, ctx)
        if named is not None:
            return named
        for d in reversed(drafts):
            gap = m.sentence.index - d.last_sentence
            headline = _headline_only(d)
            if gap > (HEADLINE_GAP if headline else gap_max):
                if headline:
                    continue
                break
            if d.family != family and not (family == "operation" and m.definite and d.family in ("arrest", "seizure")
                                           and not _another_day_told(m, d.best_date()[0], ctx)) \
                    and not (m.trigger is None and _toll_fits(m, d.family)):
                continue  # (a sentence with only a toll tells of the latest incident that may have one;
                # "el operativo" tells the operation of the arrest just told, not one its own sentence dates
                # to another day: "El sábado 25, los mismos agentes volvieron ... en medio de ese operativo")
            if headline and m.trigger is None and m.date_via != "clause" and any(x.member_tokens[1] for x in d.mentions):
                continue  # (an undated toll-only sentence tells of the body's incident, not of a headline's clause)
            if headline and not self._conflicts(d, m, ctx):
                if any(x.new_incident for x in d.mentions if x.trigger) == m.new_incident:
                    return self._clause_told(drafts, d, m, ctx)  # the body's first report of the headline's incident
                continue
            if d.family == family and same_toll(d.mentions, m) and not self._conflicts(d, m, ctx):
                return d  # its own toll told again under another word (incidents.py)
            if m.trigger is not None and m.strength == "strong" and self._date_moved(d, m, ctx) and (
                    not m.definite or d.type != m.type) and not _named_by_tally(d):
                continue  # the story moved to another day; only "la emboscada" may still point back
                # (not from an incident only a toll's update named: the update's day is not its own)
            if self._conflicts(d, m, ctx):
                continue
            if m.trigger is not None and d.type != m.type and d.type not in _GENERIC and m.type not in _GENERIC \
                    and FAMILY[m.type] == "violent" and not (m.definite and m.trigger.is_noun):
                continue
            return d
        return None

    def _clause_told(self, drafts: list[Draft], d: Draft, m: Mention, ctx: DocumentContext) -> Draft:
        """Of the incidents one headline tells in clauses of their own (``_clauses``), the one a body
        mention reports: the clause whose place the mention's sentence names, then the one of its
        type, then the one that shares most words with it, then the one the body told last, then
        the first told; ``d`` when the headline tells one incident."""
        mine = next((x for x in d.mentions if x.member), None)
        if mine is None:
            return d
        told = [(x, e) for e in drafts if e.family == d.family
                for x in e.mentions if x.member and x.sentence is mine.sentence]
        told = [(x, e) for x, e in told if e is d or not self._conflicts(e, m, ctx)]
        words = _content_words(m.sentence.span)

        def fit(item: tuple[Mention, Draft]) -> tuple:
            x, e = item
            seg = x.sentence.span.doc[_member_tokens(x)]
            return (x.place is not None and _names_place(m.sentence, x.place), x.type == m.type,
                    len(words & _content_words(seg)), e.last_sentence, -x.member)

        return max(told, key=fit)[1] if told else d

    def _same_named_patient(self, drafts: list[Draft], m: Mention, ctx: DocumentContext) -> Optional[Draft]:
        """An arrest, killing or kidnapping of a person the text names, told again anywhere in the
        text ("la captura de alias X" ... "X fue capturado en la operación"), is the same incident
        unless its date, place or figures contradict it or it is marked as another one."""
        if m.trigger is None or m.new_incident or FAMILY[m.type] not in _NAMED_PATIENT_FAMILIES:
            return None
        names = _patient_names(m)
        if not names:
            return None
        return next((d for d in reversed(drafts) if d.family == FAMILY[m.type]
                     and any(names & _patient_names(x) for x in d.mentions)
                     and not self._conflicts(d, m, ctx)), None)

    # ------------------------------------------------------------------ main
    def assemble(self, doc_id: str, sentences: list[Sentence], ctx: DocumentContext) -> list[Event]:
        drafts: list[Draft] = []
        # the document's people and groups, linked across sentences (names, aliases, descriptions)
        self._doc = DocumentState(sentences, DocumentEntities.build((s.span for s in sentences), self.actors))
        framing = DocumentFraming(sentences)  # deaths and clashes inside a protest are the protest
        for sdoc in {id(s.span.doc): s.span.doc for s in sentences}.values():
            begin_pass(sdoc)  # a parsed Doc assembled again reads its sentences afresh
        dec, rec = self.decider, self.recorder
        learned = rec is not None or (dec is not None and dec.has("mention"))
        doc_feats = rec is not None or (dec is not None and dec.has("document"))
        state = DocState(published=ctx.published is not None)
        kept_types: list[str] = []
        dropped_why: list[str] = []
        n_cands = n_agents = n_figures = n_again = 0
        kept_in: list[int] = []  # sentences where the rules kept a trigger
        day_ages: list[Optional[int]] = []  # the days the text names for the rules' triggers, by age
        opening: tuple[list, list] = ([], [])
        sense: Optional[str] = None
        if rec is not None:
            rec.begin(doc_id)
        for sent in sentences:
            sp = sent.span
            sdoc = sp.doc
            triggers = find_triggers(sp)
            if sent.headline:  # a headline's bare noun names its story's incident (before its framing)
                for t in triggers:
                    if t.dropped == "generic (bare noun)":
                        t.dropped = None
            if any(t.type == "arrest" and not t.dropped for t in triggers):
                disappeared_after(triggers, self._told_from(sent))  # (before framing: an operation is its setting)
            framing.frame(sent, triggers)
            if sent.index == 0:
                # "Topógrafo muere atacado por abejas": the whole text; an exercise told in the lead
                # under a letterhead or a headline with no word of it, the headline too
                lead = [parsed_text(s.span) for s in sentences[1:1 + LEAD_SENTENCES]]
                sense = opening_sense(parsed_text(sp)) or lead_sense(lead)
            if sense:
                drop_in_sense(triggers, sense)
            counts = find_counts(sp)
            for t in triggers:
                if t.new_incident and other_victims_only(t, sdoc[t.token_i], counts, self.cues.new_incident):
                    t.new_incident = False  # "Dos murieron y otros tres resultaron heridos": the same incident's victims
            dropped_why += [t.dropped for t in triggers if t.dropped]  # the filters' reasons (a document feature)
            # what the rules keep (never the gold's verdict while training: the same at run time)
            kept_types += [t.type for t in triggers if not t.dropped]
            if doc_feats and any(not t.dropped for t in triggers):  # (document features: another incident, harm)
                n_again += sum(1 for t in triggers if not t.dropped and t.new_incident)
                kept_in.append(sent.index)
            if sent.index == 0:
                opening = ([t.type for t in triggers if not t.dropped], [t.dropped for t in triggers if t.dropped])
            role_memo: dict[int, tuple] = {}
            sent_span = Span(sent.start, sent.end, ctx.text[sent.start:sent.end])
            if doc_feats:
                # doers and days of the triggers the rules choose (never the gold's choice while
                # training, nor a model's: the document feature is the same at run time)
                for t in _group_sentence(triggers, self.lex):
                    role_memo[t.token_i] = _trigger_roles(t, sdoc[t.token_i])
                    n_agents += role_memo[t.token_i][0] is not None
                    day_ages += _named_day_age(t, sdoc, sent_span, ctx)
            score: Optional[dict[int, float]] = None
            p_new: dict[int, float] = {}
            p_retell: dict[int, float] = {}
            ghosts: list[TriggerMention] = []
            if learned and triggers:
                score = {}
                cats = [c.category for c in counts if c.best]
                rule_chosen = {id(t) for t in _group_sentence(triggers, self.lex)}
                for t in triggers:
                    feats = self._mention_features(t, sent, sdoc, state, cats, triggers, sent_span, ctx, counts)
                    feats["rule_chosen" if id(t) in rule_chosen else "rule_not_chosen"] = 1.0
                    if rec is not None:
                        label = rec.mention(sent, t, feats)
                        if label == "none" and not t.dropped:
                            ghosts.append(t)  # kept by the rules, not an incident of the gold
                        t.dropped = None if label != "none" else "gold: not an incident"
                        score[id(t)] = 0.0 if label == "none" else 1.0
                        p_new[id(t)] = 1.0 if label == "new" else 0.0
                    else:
                        # the model overrides the filters' verdict only when it is confident
                        # (thresholds chosen on dev; the defaults keep the rules' verdict)
                        p = dec.mention(feats)
                        if t.dropped and p["none"] < dec.t("mention_undrop", -1.0):
                            t.dropped = None
                        elif not t.dropped and p["none"] >= dec.t("mention_drop", 2.0):
                            t.dropped = "model: not an incident"
                        p_new[id(t)] = p["new"]
                        p_retell[id(t)] = p["retell"]
                state.next_sentence()
                for t in triggers:
                    state.family_seen[t.family] = state.family_seen.get(t.family, 0) + 1
                    if sent.headline:
                        state.headline_families.add(t.family)
            n_cands += len(triggers)
            n_figures += sum(1 for c in counts if c.best and c.category in ("killed", "wounded", "kidnapped"))
            chosen = _group_sentence(triggers, self.lex, score if rec is not None else None)
            if not chosen and (rec is not None or (dec is not None and dec.has("sentence"))):
                t = self._sentence_candidate(sent, sdoc, counts, triggers, sent_span, ctx)
                if t is not None:
                    chosen = [t]
                    p_new[id(t)] = 1.0
            mentions: list[Mention] = []
            for t in chosen:
                tok = sdoc[t.token_i]
                a1, a2 = role_memo[t.token_i] if t.token_i in role_memo else _trigger_roles(t, tok)
                definite = t.definite
                if not t.is_noun:
                    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
                    if subj is not None and any(g.dep_ == "det" and g.lower_ in ("el", "la", "los", "las")
                                                for g in subj.children):
                        definite = True
                # ("combates en Nueva Segovia": a place name is no mark of another incident; incidents.py)
                new = t.new_incident and not new_only_in_a_name(t, tok, self.cues.new_incident)
                mentions.append(Mention(sent, t, t.type, t.strength, actor1=a1, actor2=a2, definite=definite,
                                        new_incident=new, hedged=t.hedged,
                                        sentence_triggers=[x for x in triggers if not x.dropped],
                                        p_new=p_new.get(id(t), 1.0), p_retell=p_retell.get(id(t), 0.0)))
            if ghosts:
                # training: what the pipeline would do with a trigger the rules keep and the
                # gold does not count (a retelling, a reaction): its pairs are recorded too
                fams = {t.family for t in chosen}
                for g in _group_sentence([replace(g, dropped=None) for g in ghosts], self.lex):
                    if g.family in fams:
                        continue
                    gm = Mention(sent, g, g.type, g.strength, definite=g.definite, new_incident=g.new_incident,
                                 hedged=g.hedged, sentence_triggers=[g])
                    _assign_counts([gm], counts)
                    self._locate(gm, sdoc, sent_span, ctx)
                    rec.ghost(self, drafts, gm, ctx)
            left = _assign_counts(mentions, counts)
            mentions = _absorb(mentions, sdoc)
            if not mentions:
                anaphor = not self.cues.incident_anaphors.isdisjoint(span_words(sp)) and any(  # (words first)
                    tok.lower_ in self.cues.incident_anaphors and any(c.dep_ == "det" for c in tok.children)
                    for tok in span_tokens(sp))
                # (not a running total: "Con este doble crimen, la ciudad suma 214 muertes violentas en lo
                # que va del año" recaps the incident told and counts others; train b-021, c-001, d-047,
                # j-027, n-003, q-024, s-041 and the other "con este hecho suman" of the corpus)
                # (captives too, once an abduction is told: "Los captores se llevaron también a un obrero",
                # "Un equipo de siete personas fue retenido ..." under a headline that told the taking)
                taken = any(d.family == "abduction" for d in drafts)
                casualties = [c for c in left if not c.cumulative and (c.category in ("killed", "wounded") or (
                    c.category == "kidnapped" and c.best and taken))]
                if (casualties or anaphor) and not sense and not tally_told(triggers):
                    # (no toll of a shark's or a blast's victims, nor the figures of a count over a period)
                    mtype = framing.casualty_type(sent) or ("bombing" if explosive_cue(parsed_text(sp)) else "attack")
                    mentions.append(Mention(sent, None, mtype, "support", counts=casualties, definite=anaphor))
                else:
                    continue
            else:
                # "hubo ocho muertos y dos detenidos": a toll beside an arrest is the incident's, not the arrest's
                beside = tolls_beside_arrests(sdoc, mentions, left)
                if beside and not sense:
                    mtype = framing.casualty_type(sent) or ("bombing" if explosive_cue(parsed_text(sp)) else "attack")
                    mentions.append(Mention(sent, None, mtype, "support", counts=beside))
                lent = _toll_lent_by(mentions, left)
                if lent is not None and not sense:
                    self._hold_toll(lent, replaces=False)  # "condenó ... por la masacre de 16 campesinos"
            for m in mentions:
                self._locate(m, sdoc, sent_span, ctx)
            mentions = self._unpacked(mentions, sdoc, sent_span, ctx)
            if drafts:
                mentions = [self._more_victims(m, sdoc, sent_span, ctx) for m in mentions]
            for m in mentions:
                if roundup_lead(m):
                    # the lead's figures sum up the roundup: each incident's own figures come first
                    self._doc.roundup_told = True
                    m.counts = [c if c.several or not c.best else replace(c, several=True) for c in m.counts]
                if rec is None and self._setting_protest_joined(drafts, m):
                    continue
                if rec is not None:
                    rec.place(self, drafts, m, ctx)
                elif dec is not None and dec.has("pair"):
                    self._place_learned(drafts, m, ctx)
                else:
                    self._place(drafts, m, ctx, anaphor_only=m.trigger is None)
        events = []
        drafts = self._headlines_told_in_body(drafts, ctx)
        _zeros_of_members(drafts)
        _zeros_of_each(drafts)
        if rec is None:
            drafts = self._without_setting_only_protests(drafts)
            drafts = _without_outcome_settings(drafts, self._doc.sentences)
            drafts = _without_undated_background(drafts)
        self._doc.doc_types = set(kept_types)
        if any(d.type == "bombing" for d in drafts) and accidental_blast_document(ctx.text, len(sentences)):
            drafts = [d for d in drafts if not _blast_only(d)]  # a gas, boiler or mine blast
        self._doc.drafts = drafts  # every incident's mentions, for a label's antecedent (``_label_antecedent``)
        for d in drafts:
            _one_sided_as_attack(d)
            _fire_with_explosives_as_attack(d)
            _answered_as_clash(d, self._doc.sentences)
        for d in drafts:
            ev = self._event(doc_id, d, ctx)
            if ev is not None:
                events.append(flag_event(ev, ctx.text, ctx.published))  # historical/denied/hedged/disputed
                self._remember_force(d, ev)
        share_tolls(events)  # one sentence read as two incidents told one toll
        split_abduction_tolls(events)  # the dead on the violent incident, the captives on the abduction
        if rec is not None or (dec is not None and dec.has("document")):
            ents = self._doc.entities
            version = FEATURES_VERSION if rec is not None else dec.models["document"].meta.get("features_version", 1)
            feats = document_features(sentences, n_cands, kept_types, ctx.published is not None, dropped_why,
                                      sum(ents.groups.values()), sum(ents.state.values()), n_agents, n_figures,
                                      *opening, version=version, again=n_again, harm_sentences=kept_in,
                                      day_ages=day_ages)
            if rec is not None:
                rec.document(feats)
            elif dec.is_report(feats) < dec.t("document", -1.0):
                return []
        return events

    def _unpacked(self, mentions: list[Mention], sdoc, sent_span: Span, ctx: DocumentContext) -> list[Mention]:
        """Each mention whose counted noun the sentence unpacks into members with a date or a place of
        their own ("Dos explosiones ...: la primera ... en X y otra ... en Y") as one mention per member
        (enumeration.py), else as it is."""
        out: list[Mention] = []
        for m in mentions:
            members = self._members(m, sdoc, sent_span, ctx) or self._clauses(m, sdoc, sent_span, ctx)
            out.extend(members or [m])
        return out

    def _clauses(self, m: Mention, sdoc, sent_span: Span, ctx: DocumentContext) -> list[Mention]:
        """A headline that tells two or more incidents of one family in clauses of their own, cut at a
        semicolon or at "y" between two finite verbs that each tell an act ("Seis muertos en ataque a una
        fiesta en X; el miércoles estalló un coche bomba frente a la Penitenciaría", "Extorsionadores
        atacan un bus en SJL y lanzan explosivo contra empresa en Comas"): a headline that sums up a
        roundup or a story with an older incident. Each clause tells its act by a finite verb, or by a
        noun when it has no verb. (In the body, a clause after a semicolon goes on telling its incident.)
        One mention per clause, each with its own trigger, and its date, place, figures and roles read
        in its clause only, kept apart as members (``_members_apart``); none unless two or more
        clauses have a date or a place of their own (corpus/README.md: different days or places
        are separate events), else the sentence tells one incident as it is."""
        if m.trigger is None or m.strength == "weak" or m.member or FAMILY[m.type] != "violent" \
                or not m.sentence.headline:
            return []  # (in the body a clause after ";" goes on telling its incident: "...; su cuerpo fue hallado en un pozo")
        fam = m.trigger.family
        sent = m.sentence.span
        found = [t for t in m.sentence_triggers if t.family == fam and not t.dropped]
        if len(found) < 2:
            return []
        told = {t.token_i for t in found}
        cuts = [t.i for t in sent if t.text == ";" or (
            t.lower_ in ("y", "e") and t.dep_ == "cc" and t.head.dep_ == "conj" and t.head.head.i < t.i < t.head.i
            and t.head.i in told and t.head.head.i in told
            and all("Fin" in v.morph.get("VerbForm") for v in (t.head, t.head.head)))]
        # (two finite verbs that each tell an act: "atacan un bus en X y lanzan explosivo contra Y"; not "fue
        # sacado de su casa ... y hallado sin vida", nor "atribuyó el ataque a X y aseguró que los drones ...")
        if not cuts:
            return []
        bounds = [sent.start] + [c + 1 for c in cuts] + [sent.end]
        segments = []
        for a, b in zip(bounds, bounds[1:]):
            last = b - 2 if b - 1 in cuts else b - 1
            while last > a and sdoc[last].is_punct:
                last -= 1
            mine = [t for t in found if a <= t.token_i <= last]
            finite = [x for x in sdoc[a:last + 1] if "Fin" in x.morph.get("VerbForm")]
            # each clause tells its act by a finite verb, or by a noun in a clause with no verb ("Seis
            # muertos en ataque a una fiesta"); not a recap ("es el noveno asesinado en el país este año")
            mine = [t for t in mine if sdoc[t.token_i] in finite or (not finite and t.is_noun)]
            if mine and last >= a:
                segments.append((a, last, _group_sentence(mine, self.lex)[0]))
        if len(segments) < 2:
            return []
        located = []
        for a, last, t in segments:
            seg = _span(ctx, sdoc, sdoc[a].idx, sdoc[last].idx + len(sdoc[last].text))
            trig = _span(ctx, sdoc, t.start, t.end)
            date, via = ctx.date_for(trig, seg, seg)
            told = date is not None and date.span is not None
            own_date = told and seg.start <= date.span.start < seg.end
            if told and not own_date and sent_span.start <= date.span.start < sent_span.end:
                date, via = None, "none"  # (another clause's day is not this incident's)
            place = ctx.place_for(trig, seg, seg)
            named = place is not None and place.span is not None and seg.start <= place.span.start < seg.end
            member = Member(t.token_i, sdoc[a].idx, sdoc[last].idx + len(sdoc[last].text), a, last)
            located.append((t, member, date, via, place if named else None,
                            own_date, named or placed_in(member, sdoc)))
        # each clause after a cut by "y" names a day or a place of its own ("irrumpió en un bar de X y abrió
        # fuego contra los clientes" is one incident), and the clauses' own days or places differ
        if any(not (own_date or own_place) for _t, mb, _d, _v, _p, own_date, own_place in located[1:]
               if sdoc[mb.first - 1].text != ";"):
            return []
        # (and what makes them apart differs: "el sábado en X ...; el sábado en X ..." is one incident)
        signs = [(d.value if od else None, p.name if p is not None else sdoc[mb.first:mb.last + 1].text if op else None)
                 for _t, mb, d, _v, p, od, op in located if od or op]
        if len(signs) < 2 or len(set(signs)) < 2:
            return []
        out = []
        for k, (t, member, date, via, place, *_own) in enumerate(located, 1):
            a1, a2 = _trigger_roles(t, sdoc[t.token_i])
            out.append(replace(m, trigger=t, type=t.type, strength=t.strength, member=k, date=date, date_via=via,
                               member_tokens=(member.first, member.last + 1),
                               sentence_triggers=[x for x in m.sentence_triggers if member.first <= x.token_i <= member.last],
                               place=place, actor1=a1, actor2=a2, definite=t.definite,
                               counts=[c for c in m.counts if member.start <= c.start < member.end]))
        return out

    def _members(self, m: Mention, sdoc, sent_span: Span, ctx: DocumentContext) -> list[Mention]:
        """The member mentions of ``m`` (``_unpacked``), each located in its own segment and holding
        the figures told there; none unless two or more members have a date or a place of their own."""
        if m.trigger is None or not m.trigger.is_noun or m.strength == "weak":
            return []
        tok = sdoc[m.trigger.token_i]
        found = enumerated_members(tok, self.cues.enumeration_members, m.sentence.span)
        if not found:
            return []
        located = []
        for k, member in enumerate(found, 1):
            word = sdoc[member.token_i]
            trig = _span(ctx, sdoc, word.idx, word.idx + len(word.text))
            segment = _span(ctx, sdoc, member.start, member.end)
            date, via = ctx.date_for(trig, sent_span, segment)
            own_date = via == "clause" and date is not None
            place = ctx.place_for(trig, sent_span, segment)
            named = place is not None and place.span is not None and segment.start <= place.span.start < segment.end
            # (a place below the town the gazetteer does not know, "en Barrio X": the sentence's place)
            located.append((k, member, date if own_date else m.date, via if own_date else m.date_via,
                            place if named else m.place, own_date or named or placed_in(member, sdoc)))
        if sum(1 for *_, own in located if own) < 2:
            return []
        return [replace(m, member=k, date=date, date_via=via, place=place,
                        actor2=_member_target(member, sdoc) or m.actor2,
                        counts=[c for c in m.counts if member.start <= c.start < member.end])
                for k, member, date, via, place, _ in located]

    def _more_victims(self, m: Mention, sdoc, sent_span: Span, ctx: DocumentContext) -> Mention:
        """``_more_wounded``: "otras tres personas resultaron heridas" after an incident is its toll.
        Not when the sentence opens with the act's own day or month ("El 9 de enero, cuatro hombres
        fueron asesinados también en X"; "En marzo, otros dos soldados murieron ..."): an older
        incident the story recalls, dated apart (corpus: an older incident with a month-precise
        date is its own event)."""
        if _opens_with_own_date(m, ctx) or _fronted_date(m, ctx):
            return m
        more = _more_wounded(m, sdoc, self.cues.another_time)
        if more is not m:
            self._locate(more, sdoc, sent_span, ctx)
        return more

    def _tells_duration(self, m: Mention) -> bool:
        """A protest mention told by how long the protest has lasted or since when ("el paro cumple
        once días", "desde el inicio del bloqueo"; ``protest_durations`` in filters.yaml)."""
        cue = self.cues.protest_durations
        return m.trigger is not None and m.type == "protest" and cue is not None \
            and bool(cue.search(span_key(m.sentence.span)))

    def _setting_protest_joined(self, drafts: list[Draft], m: Mention) -> bool:
        """Join a protest told by its duration to the text's latest protest incident, as a weak
        mention (it neither dates the incident nor gives its evidence): the ongoing protest the
        incident happened in. False when there is no protest incident yet."""
        if not self._tells_duration(m):
            return False
        protest = next((d for d in reversed(drafts) if d.family == "protest"), None)
        if protest is None:
            return False
        m.strength = "weak"
        protest.mentions.append(m)
        return True

    def _without_setting_only_protests(self, drafts: list[Draft]) -> list[Draft]:
        """Drop a protest incident only duration mentions found ("El paro de los cocaleros cumplía
        una semana") when the text reports another protest incident: that one happened in it."""
        def setting_only(d: Draft) -> bool:
            told = [m for m in d.mentions if m.trigger is not None]
            return d.family == "protest" and bool(told) and all(self._tells_duration(m) for m in told)

        if not any(d.family == "protest" and not setting_only(d) for d in drafts):
            return drafts
        return [d for d in drafts if not setting_only(d)]

    def _told_from(self, sent: Sentence, after: int = WHEREABOUTS_AFTER) -> str:
        """The folded text of a sentence and of the ``after`` sentences that follow it in its paragraph,
        and of the headline for a sentence of the first paragraph below it (a headline sums up the lead:
        "Detienen a tres opositores; familiares desconocen su paradero")."""
        told = [sent] + [s for s in self._doc.sentences[sent.index + 1: sent.index + 1 + after] if s.para == sent.para]
        head = next((s for s in self._doc.sentences if s.headline), None)
        body = next((s for s in self._doc.sentences if not s.headline), None)
        if head is not None and body is not None and sent.para == body.para and not sent.headline:
            told = [head] + told
        return " ".join(span_key(s.span) for s in told)

    def _headlines_told_in_body(self, drafts: list[Draft], ctx: DocumentContext) -> list[Draft]:
        """Join each incident only a headline tells to the body's report of it (``_body_report_of``)
        when no date, place or figure of the headline contradicts it."""
        body = [d for d in drafts if not _headline_only(d)]
        kept = []
        for d in drafts:
            told = _body_report_of(d, body) if body and _headline_only(d) else None
            if told is None and _headline_only(d):
                told = _first_entry_of(d, body)
            if told is None and _headline_only(d):
                told = _taking_counted_in(d, body)
            if told is not None and not any(self._conflicts(told, m, ctx) for m in d.mentions):
                told.mentions.extend(d.mentions)
            else:
                kept.append(d)
        return kept

    def _mention_features(self, t: TriggerMention, sent: Sentence, sdoc, state: DocState, cats: list[str],
                          triggers: list[TriggerMention], sent_span: Span, ctx: DocumentContext,
                          counts: Sequence[CountMention] = ()) -> dict[str, float]:
        tok = sdoc[t.token_i]
        trig = _span(ctx, sdoc, t.start, t.end)
        cs, ce = _clause_of(tok)
        clause = _span(ctx, sdoc, cs, ce)
        date, via = ctx.date_for(trig, sent_span, clause)
        age = None
        if date is not None and date.end is not None and ctx.published is not None and via in ("clause", "sentence"):
            age = (ctx.published - date.end).days / 365.25
        place = ctx.place_for(trig, sent_span, clause)
        figures = [(c.category, c.best) for c in counts if c.best]
        places = [fold(x) for x in (place.name, place.admin2) if x] if place is not None else []
        day = date.value if date is not None and date.precision == "day" and via in ("clause", "sentence") else None
        return mention_features(t, sent, sdoc, state, cats, triggers, via, age, place is not None, figures, places, day)

    def _sentence_candidate(self, sent: Sentence, sdoc, counts: list[CountMention], triggers: list[TriggerMention],
                            sent_span: Span, ctx: DocumentContext) -> Optional[TriggerMention]:
        """A sentence no trigger word spoke for, read whole by the sentence model; the root
        token stands as its trigger (actors, clause, date and place hang from it)."""
        clause = Span(sent.start, sent.end)
        place = ctx.place_for(Span(sent.start, sent.start), sent_span, clause)  # (remembered by the place index)
        if self.recorder is None and not self.decider.decides("sentence", 2.0):
            return None  # switched off by its threshold: the features and the model need not be read
        date, via = ctx.date_for(Span(sent.start, sent.start), sent_span, clause)  # (a feature only)
        root = sent.span.root
        feats = sentence_features(sent, [c.category for c in counts if c.best], via, place is not None,
                                  [t.dropped for t in triggers if t.dropped])
        if self.recorder is not None:
            self.recorder.sentence(sent, feats)
            return None
        p = self.decider.sentence(feats)
        top = max((k for k in p if k != "none"), key=p.get, default=None)
        if top is None or p[top] < self.decider.t("sentence", 2.0):
            return None
        return TriggerMention(top, root.i, root.idx, root.idx + len(root.text))

    def candidate_drafts(self, drafts: list[Draft], m: Mention, ctx: DocumentContext) -> list[Draft]:
        """Earlier incidents a mention may tell again: near enough, of a compatible family, and
        not contradicted by its date, district or figures (different days or places stay apart)."""
        fam = FAMILY[m.type]
        out = []
        for d in reversed(drafts):
            if m.sentence.index - d.last_sentence > PAIR_WINDOW or self._conflicts(d, m, ctx):
                continue
            if m.trigger is None and _toll_of_another_time(d, m, TOLL_SLACK_DAYS):
                continue  # a toll dated apart from the incident is another incident's
            if _named_apart(d, m) or _told_apart(d, m):
                continue  # named victims with no name in common, or told as another or as what followed: two incidents
            if d.family == fam or (m.trigger is None and d.family in TOLL_FAMILIES) or \
                    {d.family, fam} in _PAIR_FAMILIES:
                out.append(d)
        return out

    def pair_features(self, d: Draft, m: Mention, rank: int, ctx: DocumentContext,
                      rule: Optional[Draft]) -> dict[str, float]:
        f = pair_features(m, d, rank, self._date_moved(d, m, ctx), self._conflicts(d, m, ctx))
        f["rule_joins" if rule is d else ("rule_other" if rule is not None else "rule_new")] = 1.0
        return f

    def rule_antecedent(self, drafts: list[Draft], m: Mention, ctx: DocumentContext) -> Optional[Draft]:
        """The incident the hand-written rules would join ``m`` to (no side effects); a feature."""
        if m.new_incident and m.trigger is not None:
            return _headline_announcing(drafts, m)
        ante = self._antecedent(drafts, m, ctx)
        if m.trigger is None and ante is not None and _toll_of_another_time(ante, m, TOLL_SLACK_DAYS):
            ante = None  # a toll dated apart from the incident is another incident's
        if m.trigger is None and ante is None:
            ante = next((d for d in reversed(drafts) if d.family in TOLL_FAMILIES
                         and m.sentence.index - d.last_sentence <= CASUALTY_GAP
                         and not self._conflicts(d, m, ctx) and not _toll_of_another_time(d, m)), None)
        return ante

    def refine_type(self, d: Draft, m: Mention) -> None:
        """A specific type told later replaces a generic one ("ataque" -> "emboscada")."""
        if m.trigger is not None and m.strength == "strong":
            order = self.lex.precedence.get(d.family, ())
            if (d.type in _GENERIC and m.type not in _GENERIC and m.type in order) or (d.type, m.type) in _REFRAMED:
                d.type = m.type

    def _place_learned(self, drafts: list[Draft], m: Mention, ctx: DocumentContext) -> None:
        """The trained same-incident decision: join the most likely earlier incident, else start one."""
        if self._historic(m, ctx):
            return
        if _opens_entry(m):
            drafts.append(self._new_draft(m))
            return
        dec = self.decider
        rule = self.rule_antecedent(drafts, m, ctx)
        probs = [(dec.same(self.pair_features(d, m, rank, ctx, rule)), d)
                 for rank, d in enumerate(self.candidate_drafts(drafts, m, ctx))]
        # the rules' antecedent holds unless the model doubts it; another incident is
        # joined only when the model is confident (the defaults keep the rules' choice)
        best = None
        if rule is not None and next((p for p, d in probs if d is rule), 1.0) >= dec.t("pair_keep", -1.0):
            best = rule
        else:
            top = max(probs, key=lambda x: x[0], default=(0.0, None))
            if top[1] is not None and (top[0] >= dec.t("pair_join", 2.0) or (
                    self._reads_retelling(m) and top[0] >= dec.t("retell_pair", 0.0))):
                # the pair model is sure, or the mention model reads a retelling and this
                # is the incident it most likely retells (unless the pair model rules it
                # out: another incident of the same kind and place, a toll of another time)
                best = top[1]
        if best is None and rule is None:
            best = self._cross_join(probs, m)
        if best is None:
            best = self._attributed_retelling(drafts, m, ctx)
        if best is None:
            best = self._told_as_result(drafts, m, ctx)
        if best is not None:
            best.mentions.append(m)
            self.refine_type(best, m)
            return
        if m.trigger is None:
            if not (m.definite and m.counts and drafts):
                if not _another_count_of(drafts, m, self._group):
                    self._hold_toll(m)
                return
        elif m.strength == "weak" or m.p_new < dec.t("mention_new", -1.0):
            self._keep_toll(drafts, m, ctx)
            return
        elif drafts and m.p_retell > m.p_new and m.p_retell >= dec.t("retell_drop", 2.0):
            self._keep_toll(drafts, m, ctx)
            return  # told again (a recap, a quote, a communiqué) with no incident it could join: not a new one
        drafts.append(self._new_draft(m))

    def _cross_join(self, probs: list[tuple[float, Draft]], m: Mention) -> Optional[Draft]:
        """The earlier incident of the other family of ``_CROSS_JOIN`` the pair model is sure this
        mention tells (``pair_cross``, chosen on data): the shots or deaths told after the operation
        they happened in ("murieron durante una operación" ... "se enfrentaron a las comisiones").
        An operation told after a violent incident is not joined to it (often the response to it:
        an event of its own), nor one launched ("desplegó tropas"); a headline's incident joins the
        body's by the headline rules (``_headlines_told_in_body``). A killing so joined with the
        operation is the operation, as in one sentence (``_group_sentence``)."""
        if m.trigger is None or m.strength == "weak" or FAMILY[m.type] not in _CROSS_JOIN:
            return None
        fam = FAMILY[m.type]
        cands = [(p, d) for p, d in probs if d.family != fam and d.family in _CROSS_JOIN and not _headline_only(d)]
        top = max(cands, key=lambda x: x[0], default=(0.0, None))
        if top[1] is None or top[0] < self.decider.t("pair_cross", 2.0):
            return None
        if any(_launched(x) for x in top[1].mentions + [m] if x.type == "security_operation"):
            return None  # "el Ejército desplegó tropas en la región": the state's response, an event of its own
        if fam == "operation":
            return None  # an operation told after the violence is often the response to it (its own event)
        if {top[1].type, m.type} == {"killing", "security_operation"}:
            top[1].type = "security_operation"
        return top[1]

    def _attributed_retelling(self, drafts: list[Draft], m: Mention, ctx: DocumentContext) -> Optional[Draft]:
        """The incident just reported, when ``m``'s sentence opens with an attribution ("Según
        testigos, las mujeres fueron subidas a la fuerza a un ómnibus") and tells it again in the
        source's words: the same family, or a family a source's account gives it (``_RETOLD_AS``).
        Only an act told by a verb; not one told in the pluperfect (an earlier one), nor one marked
        as another, dated or placed apart, or befalling other named people (``attribution_openings``
        in filters.yaml)."""
        if m.trigger is None or m.trigger.is_noun or m.strength != "strong" or m.new_incident or not drafts:
            return None  # (an account narrates the act; a noun names an incident: "participaron del secuestro")
        if not _opens_with(m.sentence, self.cues.attribution_openings):
            return None
        if _pluperfect(m.sentence.span.doc[m.trigger.token_i]):
            return None
        d = self._incident_just_told(drafts, m, ctx)
        if d is None or (d.family != FAMILY[m.type] and (FAMILY[m.type], d.family) not in _RETOLD_AS):
            return None
        if d.family == "abduction" and FAMILY[m.type] == "violent" and (
                m.type == "killing" or any(c.category == "killed" and c.best for c in m.counts)):
            return None  # the captive killed: an event of its own (annotation conventions)
        told, _ = d.best_date()
        if m.date_via == "clause" and m.date is not None and told is not None and m.date.value != told.value:
            return None  # a date of its own: "en marzo de 2021" after this week's arrest
        if _another_day_told(m, told, ctx):
            return None  # "Según la Defensoría, el lunes 14 un niño pisó una mina" after Saturday's clashes
        return d

    def _told_as_result(self, drafts: list[Draft], m: Mention, ctx: DocumentContext) -> Optional[Draft]:
        """The violent incident just told, when ``m``'s sentence opens by naming itself its result
        ("Como resultado, dos personas perdieron la vida", "Producto del enfrentamiento, ...";
        ``result_openings`` in filters.yaml): its toll, in the same family. Not one marked as
        another, dated or placed apart, or befalling other named people."""
        if m.trigger is None or FAMILY[m.type] != "violent" or not drafts:
            return None
        if not _opens_with(m.sentence, self.cues.result_openings):
            return None
        d = self._incident_just_told(drafts, m, ctx)
        return d if d is not None and d.family == "violent" else None

    def _incident_just_told(self, drafts: list[Draft], m: Mention, ctx: DocumentContext) -> Optional[Draft]:
        """The incident told last, within RETELL_GAP sentences before ``m``, unless ``m`` is dated or
        placed apart from it, befalls other named people or is told as another incident."""
        d = max(drafts, key=lambda x: x.last_sentence)
        if m.sentence.index - d.last_sentence > RETELL_GAP:
            return None
        if self._conflicts(d, m, ctx) or _named_apart(d, m) or _told_apart(d, m):
            return None
        return d

    def _reads_retelling(self, m: Mention) -> bool:
        """Does the mention model read this trigger as an incident told again? Either its
        retelling belief is high (``retell_join``), or retelling outweighs a new incident
        among the readings of it as an incident (``retell_share``): a recap the model also
        half reads as no incident at all ("none") would otherwise found a second, toll-less
        incident beside the one whose sentence told the toll."""
        if m.trigger is None:
            return False
        dec = self.decider
        return (m.p_retell >= dec.t("retell_join", 2.0) and m.p_retell > m.p_new) or \
            m.retell_share >= dec.t("retell_share", 2.0)

    def _keep_toll(self, drafts: list[Draft], m: Mention, ctx: DocumentContext) -> None:
        """A mention that is no incident of its own but tells figures ("en el choque quedaron
        heridos tres agentes" after the operation): its killed, wounded and
        kidnapped figures are the toll of the incident just before it, as a casualty-only
        sentence's would be (same reach and checks); otherwise they are dropped with it."""
        tolls = [c for c in m.counts if c.category in ("killed", "wounded", "kidnapped") and c.best]
        if not tolls:
            return
        toll = Mention(m.sentence, None, m.type, "support", counts=tolls, date=m.date, date_via=m.date_via,
                       place=m.place)
        ante = next((d for d in reversed(drafts) if d.family in TOLL_FAMILIES
                     and toll.sentence.index - d.last_sentence <= CASUALTY_GAP
                     and not self._conflicts(d, toll, ctx) and not _toll_of_another_time(d, toll)), None)
        if ante is not None:
            ante.mentions.append(toll)
        elif not drafts:
            self._hold_toll(toll, replaces=False)  # no incident told yet: the first one told next may take it

    def _locate(self, m: Mention, sdoc, sent_span: Span, ctx: DocumentContext) -> None:
        if m.trigger is not None:
            tok = sdoc[m.trigger.token_i]
            trig = _span(ctx, sdoc, m.trigger.start, m.trigger.end)
            cs, ce = _clause_of(tok)
            clause = _span(ctx, sdoc, cs, ce)
        else:
            trig, clause = Span(sent_span.start, sent_span.start), None
        m.tally = m.trigger is not None and _tally_of(sdoc[m.trigger.token_i])
        if m.tally:
            m.date, m.date_via = _own_phrase_date(m, sdoc, sent_span, ctx)
        else:
            asides = _asides(m, sdoc, ctx)
            m.date, m.date_via = _noun_phrase_date(m, sdoc, sent_span, ctx, asides) or ctx.date_for(
                trig, sent_span, clause, asides)
            if _reported_after(m, trig, ctx):
                # "Efectivos ... detuvieron a 23 personas y decomisaron ..., informó este lunes el
                # comandante": the day of the report that sums up the arrests and seizures is not
                # theirs; undated, they take the publication month (dev f-043, train o-030)
                from cronica.time.resolve import month_value

                m.date, m.date_via = month_value(ctx.published.year, ctx.published.month), "publication"
        m.place = ctx.place_for(trig, sent_span, clause)

    def _historic(self, m: Mention, ctx: DocumentContext) -> bool:
        """An old act recalled in passing in a news article ("lo designó en 1997", "las
        víctimas de la masacre, ocurrida en agosto de 1985").

        An old incident told with its day ("El 3 de abril de 1983, ...") or an old
        violent act or abduction narrated by its verb ("En 1997 un grupo armado asesinó
        a ...") is an incident of its own, dated by its own words, not background.
        """
        if _recalled_by_year(m, ctx) or self._turning_point(m, ctx) or _named_long_before(m, ctx):
            return True
        if not (m.date is not None and m.date.end and ctx.published and m.date_via == "clause"
                and m.date.end.year < ctx.published.year - HISTORIC_YEARS):
            return False
        if m.date.precision == "day":
            return False
        narrated = m.trigger is not None and not m.trigger.is_noun
        return not (narrated and FAMILY[m.type] in ("violent", "abduction"))

    def _turning_point(self, m: Mention, ctx: DocumentContext) -> bool:
        """An undated text's (an encyclopedia entry's) arrest told as the time of what its
        history tells next, with no place nor day of its own ("Tras la captura de su dirección,
        la organización quedó desarticulada"; triggers.arrest_as_turning_point)."""
        if ctx.published is not None or m.type != "arrest" or m.trigger is None or not m.trigger.is_noun:
            return False
        if m.date is not None and m.date.precision == "day" and m.date_via == "clause":
            return False
        return arrest_as_turning_point(m.sentence.span.doc[m.trigger.token_i], self.cues)

    def _place(self, drafts: list[Draft], m: Mention, ctx: DocumentContext, anaphor_only: bool) -> None:
        if self._historic(m, ctx):
            return
        if _opens_entry(m):
            drafts.append(self._new_draft(m))
            return
        if m.new_incident and m.trigger is not None:
            # a new incident; only a headline announcing it may already hold it
            ante = _headline_announcing(drafts, m)
        else:
            ante = self._antecedent(drafts, m, ctx)
            if anaphor_only and ante is not None and _toll_of_another_time(ante, m, TOLL_SLACK_DAYS):
                ante = None  # a toll dated apart from the incident is another incident's
            if anaphor_only and ante is None:
                # casualty-only sentence: join the latest violent incident nearby, if its figures agree
                ante = next((d for d in reversed(drafts) if d.family in TOLL_FAMILIES
                             and m.sentence.index - d.last_sentence <= CASUALTY_GAP
                             and not self._conflicts(d, m, ctx) and not _toll_of_another_time(d, m)), None)
        if ante is not None:
            ante.mentions.append(m)
            if m.trigger is not None and m.strength == "strong":
                order = self.lex.precedence.get(ante.family, ())
                if (ante.type in _GENERIC and m.type not in _GENERIC and m.type in order) \
                        or (ante.type, m.type) in _REFRAMED:
                    ante.type = m.type
            return
        if m.strength == "weak":
            self._keep_toll(drafts, m, ctx)
            return
        if m.trigger is None:
            # an anaphoric sentence whose figures contradict the incident before it
            if not (m.definite and m.counts and drafts):
                if not _another_count_of(drafts, m, self._group):
                    self._hold_toll(m)
                return
        drafts.append(self._new_draft(m))

    # ------------------------------------------------------------------ output
    def _placed_after(self, d: Draft, ctx: DocumentContext) -> Optional[Place]:
        """The place of the sentence right after the incident when it opens by placing it."""
        k = max(m.sentence.index for m in d.mentions) + 1
        if k >= len(self._doc.sentences):
            return None
        nxt = self._doc.sentences[k]
        if not places_incident_before(ctx.text[nxt.start:nxt.end]):
            return None
        sent = Span(nxt.start, nxt.end, ctx.text[nxt.start:nxt.end])
        p = ctx.place_for(Span(nxt.start, nxt.start), sent, None)
        return p if p is not None and p.admin1 and names_place([sent], p) else None

    def _event(self, doc_id: str, d: Draft, ctx: DocumentContext) -> Optional[Event]:
        strong = [m for m in d.mentions if m.strength in ("strong", "support")]
        if not strong:
            return None
        date, via = d.best_date()
        if via == "story" and date is not None and date.precision == "day" and d.family == "operation" \
                and not _headline_dated_ahead(d, date):
            # a deployment or operation the text does not date itself ("el Gobierno desplegó
            # tropas", "se activó un operativo"): it follows the story's day and lasts; only its
            # month is known
            from cronica.time.resolve import month_value

            date = month_value(date.start.year, date.start.month, date.span)
        if date is None or via in ("publication", "story"):
            # announcements, designations and rulings happen when reported ("anunció el lunes",
            # "emitió este lunes el decreto"), not on the day the story told before
            if FAMILY[d.type] in ("designation", "other"):
                for m in strong:
                    reported = ctx.report_date(Span(m.sentence.start, m.sentence.end))
                    if reported is not None:
                        date, via = reported, "sentence"
                        break
        # the evidence: the mention that dates the incident, else the first one
        dating = {id(m) for m in d.dating_mentions()}
        dated = [m for m in strong if m.date_via in ("clause", "sentence") and id(m) in dating]
        dated = [m for m in dated if not (m.sentence.headline and m.member_tokens[1])] or dated  # (``best_date``)
        ev_m = min(dated, key=lambda m: (_VIA_RANK[m.date_via], m.sentence.index)) if dated else _first_told(strong)
        account = _account_refining(d.dating_mentions(), date, ctx) if via == "clause" and date is not None else None
        if account is not None:
            date, ev_m = account.date, account  # the day the account tells, and the account
        evidence = Span(ev_m.sentence.start, ev_m.sentence.end, ctx.text[ev_m.sentence.start:ev_m.sentence.end])

        # actors: the evidence mention first, then the body, then headlines
        own = {m.sentence.index for m in d.mentions}
        self._doc.told_elsewhere = frozenset(m.sentence.index for o in self._doc.drafts if o is not d
                                         for m in o.mentions if m.strength != "weak") - own
        # (another act, abduction or protest: not the arrests, seizures and rescue that follow this one)
        self._doc.acts_elsewhere = frozenset(m.sentence.index for o in self._doc.drafts if o is not d
                                         and o.family not in _FOLLOW_UPS
                                         for m in o.mentions if m.strength != "weak") - own
        ordered = [ev_m] + [m for m in d.mentions if m is not ev_m and not m.sentence.headline
                            and m.strength != "weak"] + \
            [m for m in d.mentions if m is not ev_m and (m.sentence.headline or m.strength == "weak")]
        # place: the most specific one any mention gives, the evidence's first
        place = None
        for m in ordered:
            if m.place is None:
                continue
            if place is None or _specificity(m.place) > _specificity(place):
                place = m.place
        if place is not None and d.type == "other" and not _made_where_told(d) and not any(
                m.place is not None and m.place.span is not None
                and m.sentence.start <= m.place.span.start < m.sentence.end for m in ordered):
            # a ruling, a decree or a state of emergency told with no place of its own: the
            # story's place is the incident's, not the court's or the government's
            # (a threat is made where its victims are: a bulletin's place line is its place)
            place = None
        after = self._placed_after(d, ctx) if not names_place([m.sentence for m in d.mentions], place) else None
        if after is not None:
            place = after  # "... fue abatido en un operativo. El hecho ocurrió en el pueblo de X": X

        # the incident's country: its place's, else the one the document is about; never a default
        # (an ambiguous "Santa Rosa" in a text with no country cue was put in the default country)
        # a bare country name ("a las 14.00 hora de España") never outweighs the document's country
        cc = _alpha2(place.iso) if place is not None and place.iso and place.admin1 else ctx.country
        actor1 = actor2 = None
        self._ctx, self._cc = ctx, cc
        body_words_tried = False
        for m in ordered:
            if m.sentence.headline and not body_words_tried:
                # before a headline's word ("Sicarios matan a un paciente"), the doer another word of
                # the act in the body's sentences names ("Dos hombres armados irrumpieron ... y le
                # quitaron la vida": the subject of "irrumpieron")
                body_words_tried = True
                actor1 = self._other_words([n for n in ordered if not n.sentence.headline], d)[0]
                if actor1 is not None and FAMILY[d.type] == "protest" and bare_people(actor1.as_written):
                    actor1 = None
                if actor1 is not None:
                    break
            if m.actor1 is not None:
                actor1 = self._actor(m.actor1, m, ctx, cc)
                if actor1 is not None and FAMILY[d.type] == "protest" and m.trigger is not None \
                        and FAMILY.get(m.trigger.type) != "protest" and bare_people(actor1.as_written):
                    actor1 = None  # "cinco personas murieron" in a protest: the toll, not the protesters
                if actor1 is not None:
                    break
        o1, o2 = self._other_words(ordered, d) if actor1 is None else (None, None)
        actor1 = actor1 or o1
        a1_told = actor1 is not None  # the parse tied a perpetrator to a word of the act ("abrió fuego contra")
        if d.type != "seizure":  # the object of "incautar" is the goods, not a party
            for k, m in enumerate(ordered):
                if m.actor2 is not None:
                    actor2 = self._actor(m.actor2, m, ctx, cc)
                    if actor2 is not None and not _same_party(actor2, actor1):
                        if FAMILY[d.type] in ("violent", "abduction", "arrest") and _unnamed_person(actor2):
                            # "el dirigente" here, "el líder Juan Pérez Ruiz" in another report of it
                            actor2 = next((a for n in ordered[k + 1:] if n.actor2 is not None
                                           and (a := self._actor(n.actor2, n, ctx, cc)) is not None
                                           and _names_person(a) and not _same_party(a, actor1)), actor2)
                        elif held_only(actor2.as_written or ""):
                            # "14 aprehendidos" in the headline, "aprehendió a 14 maestros" in the body
                            actor2 = next((a for n in ordered[k + 1:] if n.actor2 is not None
                                           and (a := self._actor(n.actor2, n, ctx, cc)) is not None
                                           and not held_only(a.as_written or "") and not _same_party(a, actor1)),
                                          actor2)
                        break
                    actor2 = None  # the perpetrator again ("la emboscada de una columna")
            if actor2 is None and FAMILY[d.type] in ("arrest", "abduction", "operation"):
                # "se capturó a otros dos", "fue detenido alias X", "detuvo en un pasillo del barrio a
                # un joven": whom the arrest word took, where the parse tied no one to it; the same
                # words taken for the doer ("Aprehendidos dos ciudadanos ...") were the arrested
                actor2 = self._arrested(ordered, None, ctx, cc)
                if actor2 is not None and actor1 is not None and _same_words(actor2, actor1):
                    actor1 = None
                elif actor2 is not None and _same_party(actor2, actor1):
                    actor2 = None
            if actor2 is not None and FAMILY[d.type] == "violent" and bare_people(actor2.as_written):
                # "cuatro personas murieron cuando un comando ... disparó contra los clientes": whom
                # another word of the act in the evidence sentence aims at says who they were
                actor2 = self._aimed_at(ordered, d, actor1) or actor2
            if actor2 is None and FAMILY[d.type] == "violent":
                # the unit, installation or vehicle the sentence says was hit, before the casualties
                for m in ordered:
                    hit = sentence_target(m.sentence.span, bombing=d.type == "bombing")
                    if hit is not None:
                        actor2 = self._actor(hit, m, ctx, cc)
                        if actor2 is not None and not _same_party(actor2, actor1):
                            break
                        actor2 = None
            if actor2 is None:
                # another word of the same act in the sentence may carry the party the chosen
                # one lacks: "resultó herido luego de que la patrulla fuera atacada por X"
                o2 = o2 if o2 is not None or actor1 is not None else self._other_words(ordered, d)[1]
                if o2 is not None and not _same_party(o2, actor1):
                    actor2 = o2
            if actor2 is None and o2 is None and actor1 is not None and FAMILY[d.type] == "violent":
                # "un comando irrumpió en un bar y disparó contra los clientes": the object of another
                # word of the act in the evidence sentence, before a figure's bare noun ("personas")
                actor2 = self._aimed_at(ordered, d, actor1)
            if actor2 is None and FAMILY[d.type] in ("violent", "abduction", "operation"):
                for m in ordered:
                    # the victims named by a figure ("1 policía muerto") when the parse gave no target
                    c = next((c for c in m.counts if c.victim and c.victim_start >= 0
                              and not is_casualty_word(c.victim.split()[0])
                              and not names_nobody(m.sentence.span.doc, c.victim_start, c.victim_end)), None)
                    if c is not None:
                        actor2 = self._actor(ActorMention(c.victim, c.victim_start, c.victim_end), m, ctx, cc)
                        break
            if actor2 is not None and FAMILY[d.type] == "violent" and actor2.inter in (None, 7) \
                    and _place_or_toll(actor2):
                # "un ataque contra un bar" in the headline, "irrumpieron en el bar y dispararon
                # contra los clientes" in the body: the people shot at inside, not the premises,
                # nor the dead told as a figure ("cuatro hombres murieron")
                actor2 = self._people_inside(ordered, actor1) or actor2
            if actor2 is not None and d.type == "killing" and actor2.inter in (None, 7) and _where_killed(actor2):
                # "localizaron una fosa clandestina con los restos de cuatro personas", "quemaron las
                # viviendas ... murieron 34 personas": in a killing, the people killed, not the place
                actor2 = self._counted_dead(ordered, actor1, ctx, cc) or actor2
            if actor2 is not None and FAMILY[d.type] == "violent" and d.type != "armed_clash":
                # "un sargento murió cuando atacaron a su patrulla": the patrol, not the fallen (a
                # clash's other side is a party, not the unit)
                actor2 = self._unit_over_fallen(ordered, actor2, actor1, ctx, cc)
            if actor2 is not None and FAMILY[d.type] == "violent" and bare_part(actor2.as_written or ""):
                # "llegaron a la ferretería de X y rociaron gasolina sobre la puerta": the ferretería
                actor2 = self._whole_over_part(ordered, actor2, actor1, ctx, cc)
        if d.type == "seizure":
            actor2 = self._seized_from(d, ordered, actor1, ctx, cc)
        elif actor2 is not None and actor2.name is None and _bare_unit(actor2.as_written):
            # "una patrulla fue hostigada" in a communiqué of the armed forces: that force's unit
            for m in ordered[:2]:
                force = self._actor_in_sentence(m, d.type, None, ctx, cc, want={1}, besides=actor1,
                                                acting_only=False, teller_owns=True)
                if force is not None:
                    actor2 = replace(actor2, name=force.name, inter=force.inter, country=force.country,
                                     cameo=force.cameo)
                    break
        if actor1 is None and FAMILY[d.type] in ("arrest", "seizure") \
                and self._actor_in_sentence(ev_m, d.type, actor2, ctx, cc) is None:
            # "En el sitio se incautaron dos fusiles" after "unidades de la Zona de Defensa Integral
            # Apure sostuvieron un enfrentamiento": the unit that acted in the incident told before
            actor1 = self._own_forces_told(ev_m, ctx, cc) or self._force_before(ev_m)
        if d.type == "armed_clash" and actor1 is None and actor2 is not None and actor2.inter != 1:
            # "tres efectivos de la FANB murieron en combate con un grupo irregular": the force its
            # fallen belonged to is the other side, before any armed group another sentence names
            actor1 = self._actor_in_sentence(ev_m, d.type, None, ctx, cc, want={1}, besides=actor2,
                                             acting_only=False)
            actor1 = self._clash_unit_members(ev_m, actor1, actor2, ctx)
        if actor1 is None or actor1.name is None:
            # no perpetrator phrase, or one no lexicon knows ("esta camioneta", "Bogotá"):
            # the armed group or force the sentence names, if any
            for m in ordered:
                named = self._actor_in_sentence(m, d.type, actor2, ctx, cc)
                if named is not None and FAMILY[d.type] in ("violent", "abduction") and named.span is not None \
                        and guessed_only(m.sentence.span, parsed_text(m.sentence.span).find(named.as_written or "")):
                    continue  # "los investigadores no descartan que la masacre esté relacionada con X"
                at = parsed_text(m.sentence.span).find(named.as_written or "") if named is not None else -1
                if named is not None and FAMILY[d.type] in ("violent", "abduction") and named.span is not None \
                        and (self._named_party(named, cc) or proper_name_at(m.sentence.span, at)) \
                        and hearsay_only(m.sentence.span, at):
                    continue  # "la comunidad atribuye el hecho a X": the neighbours' word names no group
                    # (their words for the doers, "vecinos señalaron a pandilleros", "su familia
                    # denuncia que hombres armados ...", stay a description: train g-025, w-004)
                if named is not None and actor1 is not None and _doers_told(actor1.as_written) \
                        and not self._told_in(actor1, m, ctx):
                    # "fue interceptado por al menos tres sujetos" here, "terroristas de la MS-13" in a
                    # minister's post: the words of the act stand (an unidentified armed group, below)
                    continue
                if named is not None and actor1 is not None and named.inter == 1 and _members_told(actor1.as_written):
                    # "informa que efectivos de la Fuerza Especial de Lucha Contra el Crimen aprehendieron":
                    # members of a unit no lexicon knows keep their words, with the force's name
                    actor1 = replace(actor1, name=named.name, inter=named.inter, country=named.country,
                                     cameo=named.cameo)
                    break
                if named is not None:
                    actor1 = named
                    break
        if actor1 is not None and FAMILY[d.type] in ("violent", "abduction") and _label_only(actor1.as_written):
            # "Sicarios matan a ..." in the headline, "sujetos armados irrumpieron en el bar" in the
            # body: the doers a sentence describes, before the word that labels them
            described = self._described_doer(ordered, actor2, ctx, cc)
            if described is not None and not _same_party(described, actor1):
                actor1 = described
        if actor1 is not None and FAMILY[d.type] in ("violent", "abduction") and _bare_doers(actor1.as_written):
            # "Desconocidos lanzaron una granada ..." and then "Los investigadores atribuyen el ataque
            # a una banda ...": the party the report blames for doers told by one bare word
            actor1 = self._blamed_later(ev_m, ordered, actor1, actor2, ctx, cc) or actor1
        elif actor1 is not None and FAMILY[d.type] in ("violent", "abduction") and self._described_doers(actor1, cc):
            # "dos hombres en motocicleta asesinaron ..." or "hombres armados ..." and then "El
            # comandante atribuyó el crimen a una subestructura del Clan del Golfo": a group the
            # lexicon names, blamed for this act, is actor1 (corpus/README.md, "The doers named by
            # an attribution"); a generic blamed party ("una banda") leaves the description
            actor1 = self._named_blamed_later(ev_m, ordered, actor1, actor2, ctx, cc) or actor1
        if actor1 is not None and actor1.name is None and FAMILY[d.type] in ("violent", "abduction") \
                and _doers_told(actor1.as_written):
            actor1 = self._unidentified(actor1, cc)  # "al menos tres sujetos", "los hechores"
        if actor1 is None and FAMILY[d.type] in ("arrest", "seizure", "operation"):
            # "Fueron detenidos tres hombres": the force the report named just before,
            # else the authority the sentence names ("a órdenes de la Fiscalía")
            actor1 = self._own_forces_told(ev_m, ctx, cc) or self._actor_before(ev_m, d.type, actor2, ctx, cc) \
                or self._actor_in_sentence(
                ev_m, d.type, actor2, ctx, cc, acting_only=False) or self._issuer(ev_m, d.type, actor2, ctx, cc)
        elif actor1 is None and FAMILY[d.type] in ("violent", "abduction"):
            # "En otro atentado, un coche bomba destrozó ...": the armed group named by name
            # in the sentence before (never a description: that may be anyone)
            actor1 = self._actor_before(ev_m, d.type, actor2, ctx, cc, back=2, want={2, 3}, named_only=True) \
                or self._described_or_blamed(ev_m, ordered, actor2, ctx, cc) \
                or self._attributed_later(ev_m, ordered, actor2, ctx, cc)
        if actor1 is None and d.type == "kidnapping":
            actor1 = self._captors_told(ev_m, ordered, actor2, ctx, cc)  # "Los captores exigían ..."
        if d.type == "armed_clash" and actor1 is None and actor2 is not None and actor2.inter in (2, 3, 4):
            # "un soldado murió ... en un enfrentamiento con una columna del MPCP": the force its
            # fallen belonged to is the other side
            actor1 = self._actor_in_sentence(ev_m, d.type, None, ctx, cc, want={1}, besides=actor2,
                                             acting_only=False)
            actor1 = self._clash_unit_members(ev_m, actor1, actor2, ctx)
        camp = actor2 if actor2 is not None and actor1 is not None and actor1.inter == 1 \
            and FAMILY[d.type] in ("violent", "operation") and _camp(actor2) else None
        if camp is not None:
            actor2 = None  # "destruyeron un campamento del EPP": the group whose camp it was, when named
        if actor2 is None and actor1 is not None and d.type in ("armed_clash", "ambush", "attack", "bombing"):
            # the other side the sentence names: a force against a group, a group against a force
            other = {1: {2, 3}, 2: {1, 2, 3}, 3: {1, 2, 3}}.get(actor1.inter or 0)
            for m in ordered[:1]:
                named = self._actor_in_sentence(m, d.type, None, ctx, cc, want=other, besides=actor1)
                if named is not None:
                    actor2 = named
                    break
        if actor2 is None and FAMILY[d.type] == "operation" and (actor1 is None or actor1.inter == 1):
            # whom a force's operation goes after, named in its sentences ("peinaron la zona en busca
            # de los agresores", "la ofensiva contra las pandillas"): an armed group or gang
            for m in ordered[:2]:
                named = self._actor_in_sentence(m, d.type, None, ctx, cc, want={2, 3, 4}, besides=actor1)
                if named is not None:
                    actor2 = named
                    break
        actor2 = actor2 or camp
        if actor1 is not None and actor1.inter != 1 and FAMILY[d.type] in ("arrest", "seizure", "operation"):
            # "En respuesta a denuncias de comerciantes, nuestros agentes capturaron ...": the force's
            # first person in the act's sentence is who arrested, not a phrase the parse made the subject
            actor1 = self._own_forces_told(ev_m, ctx, cc) or actor1
        if actor1 is not None and actor1.inter == 1 and FAMILY[d.type] in ("arrest", "seizure", "operation") \
                and not (_members_told(actor1.as_written) and len(actor1.as_written.split()) > 1):
            # "El Comando Conjunto informa que, en una operación militar, personal de la Infantería de
            # Marina aprehendió ...": the members of the unit that acted keep their words (the force's
            # name stays), not the issuer's nor the adjective of "operación militar"
            # (a force telling its own members in the act's sentence, "nuestras tropas", keeps those words)
            actor1 = self._own_forces_told(ev_m, ctx, cc) or self._unit_members(ev_m, ordered, actor1, ctx)
        if FAMILY[d.type] == "protest" and (actor1 is None or actor1.inter != 1):
            # "murió cuando la policía despejó el bloqueo que cientos de mototaxistas mantenían": the
            # holders its relative clause names, rather than a casualty or a generic word elsewhere
            holders = self._holders(ordered, ctx, cc)
            if holders is not None and not _same_party(holders, actor2):
                actor1 = holders
        if FAMILY[d.type] == "protest" and (actor1 is None or actor1.inter not in (1, 5, 6)):
            # no protesters yet, or a casualty or bystander stood for them ("un campesino murió
            # cuando la policía despejaba el bloqueo que mantenían unos 500 labriegos")
            protesters = self._protesters(ordered, ctx, cc)
            if protesters is not None and not _same_party(protesters, actor2):
                actor1 = protesters
        if FAMILY[d.type] == "protest" and actor1 is not None and actor1.inter == 1:
            # "la policía dispersó la marcha": the protesters are actor1, the force that
            # intervened actor2 (ACLED's protest with intervention)
            protesters = self._protesters(ordered, ctx, cc)
            if protesters is not None:
                actor1, actor2 = protesters, actor1
            elif actor2 is not None and actor2.inter != 1:
                actor1, actor2 = actor2, actor1  # "la policía desalojó a los manifestantes"
        if FAMILY[d.type] == "protest" and (actor1 is None or actor1.inter != 1) and (
                actor2 is None or actor2.inter in (None, 7)):
            # the force that intervened, named in the incident's sentences ("el Esmad despejó la vía",
            # "choques entre mineros y la policía"), rather than a casualty phrase
            # (not a group among the casualties: "once heridos, siete de ellos policías")
            for m in ordered[:2]:
                force = self._actor_in_sentence(m, d.type, None, ctx, cc, want={1}, besides=actor1,
                                                acting_only=False, casualties=False)
                if force is not None and force.inter == 1 and force.name and not force.name.startswith(
                        ("Gobierno", "Poder Judicial", "Fiscal")):
                    actor2 = force
                    break
        if FAMILY[d.type] in ("violent", "abduction", "arrest") and (
                actor2 is None or describes_people(actor2.as_written) or _premises(actor2)):
            # "tres personas fueron asesinadas ... Las víctimas son A, B y C": the people named (not,
            # for a clash's other side, "un intercambio de disparos con dos hombres armados", the one
            # of them a later sentence names dead: issue 12 item 3)
            named = self._named_people(ev_m, ordered, ctx, cc, FAMILY[d.type] if actor2 is None else None)
            if named is not None and d.type == "armed_clash" and actor2 is not None \
                    and not self._in_first_sentence(d, named):
                named = None
            if named is not None and not _same_party(named, actor1):
                actor2 = named if actor2 is None or actor2.name is None else \
                    replace(actor2, as_written=named.as_written, span=named.span)
        if d.type == "armed_clash" and (actor1 is None or actor1.inter != 1) and (actor2 is None or actor2.inter != 1):
            named1, named2 = self._named_party(actor1, cc), self._named_party(actor2, cc)
            if not named1 and not named2:
                # "un enfrentamiento entre bandas rivales ... Los A y Los B se disputan": the two named
                actor1, actor2 = self._two_groups(ev_m, ordered, ctx, cc, _sides_told(actor1) or _sides_told(actor2)) \
                    or (actor1, actor2)
            elif named1 != named2 and _factions_of_one(actor1 if named1 else actor2):
                # "un enfrentamiento entre dos células del Cártel de Sinaloa ... la disputa entre Los
                # Chapitos y Los Mayos": the two factions a sentence near it names
                actor1, actor2 = self._two_groups(ev_m, ordered, ctx, cc, True, after=FACTIONS_AFTER) \
                    or (actor1, actor2)
            elif named1 != named2 and _sides_told(actor2 if named1 else actor1):
                # "una reyerta entre internos ... la pelea enfrentó a presos vinculados a A y a B"
                # (the side already named keeps its words: "guerrilleros del frente X del ELN")
                known = actor1 if named1 else actor2
                sides = self._two_groups(ev_m, ordered, ctx, cc, True, including=known.name)
                if sides is not None:
                    actor1, actor2 = (known if x.name == known.name else x for x in sides)
        if actor2 is not None and FAMILY[d.type] in ("violent", "abduction", "arrest", "operation") \
                and _label_only_person(actor2):
            # "El hombre había sido interceptado por cuatro sujetos" after "rescataron a un comerciante
            # de 47 años": the words that introduced the person, rather than the label
            actor2 = self._label_antecedent(actor2, ctx, cc) or self._label_presented_after(actor2, ordered, ctx, cc) \
                or actor2
        actor1 = self._named_body(actor1, d.type, ev_m, ordered, ctx, cc)
        actor2 = self._named_body(actor2, d.type, ev_m, ordered, ctx, cc)
        if actor2 is not None and FAMILY[d.type] in ("violent", "abduction") and _one_described(actor2):
            # "Un líder comunal de 52 años fue asesinado ... Se trata de Arnulfo Pérez, quien ...": the
            # person the next words name (the description stays as written)
            person = self._person_named_after(ev_m)
            if person is not None:
                actor2 = replace(actor2, name=person)
        if actor2 is None and FAMILY[d.type] == "abduction":
            # "Rosendo Calle, comerciante de 41 años, sigue sin aparecer desde que unos armados
            # se lo llevaron": the person its sentences name, the one the report is about first
            actor2 = self._person_taken(ordered, actor1, ctx, cc)
        if actor2 is None and d.type == "other":
            # "amenazaron de muerte a la lideresa X", "Comunidades de seis veredas permanecen
            # confinadas por orden del frente X": whom the threat, the confinement or the strike befell
            actor2 = self._other_target(ordered, actor1, ctx, cc)
        entities = self._doc.entities
        if entities is not None:
            actor1, actor2 = entities.link(actor1), entities.link(actor2)
        civilians = self.actors.entry_for_role(None, "civilians")
        if FAMILY[d.type] == "protest" and actor1 is not None and (actor1.inter is None and actor1.name is None or (
                civilians is not None and actor1.name == self.actors.localise(civilians, actor1.country or cc).name)):
            # protesters named by a word no lexicon knows or as mere civilians ("los docentes", "unas
            # 300 familias"): ACLED's "Protesters (<country>)", as written; a named category
            # ("Indígenas (Ecuador)") stays
            generic = self.actors.entry_for_role(None, "protesters")
            if generic is not None:
                entry = self.actors.localise(generic, cc)
                actor1 = replace(actor1, name=entry.name, inter=entry.inter, country=entry.country, cameo=entry.cameo)
        if FAMILY[d.type] == "protest" and (actor1 is None or actor1.inter == 1):
            # protesters the text does not name: ACLED's "Protesters (<country>)"; the force
            # that stood as actor1 ("la policía reprimió la marcha") is the one that intervened
            generic = self.actors.entry_for_role(None, "protesters")
            if generic is not None:
                if actor1 is not None and actor2 is None:
                    actor2 = actor1
                entry = self.actors.localise(generic, cc)
                actor1 = Actor(entry.name, None, entry.inter, None, entry.country, entry.cameo)
        # a clash has two sides: the one the text makes its subject first ("A atacó a B", "entre
        # A y B"); when it names only "combates con tropas", the state force, as the gold
        # conventions (and ACLED's, for a force's operation) put it
        if d.type == "armed_clash" and actor2 is not None and actor2.inter == 1 and (
                actor1 is None or (actor1.inter != 1 and not a1_told)):
            actor1, actor2 = actor2, actor1
        if d.type == "armed_clash" and actor1 is not None and actor2 is not None \
                and self._opened_by(ordered, ctx, cc, actor1, actor2):
            # actor1 is the side the text says started (corpus/README.md, "Clashes: who comes
            # first"): "los agentes fueron recibidos a balazos (por hombres armados)", "repelieron
            # el ataque de la columna"
            actor1, actor2 = actor2, actor1
        if d.type in _FIRED_ON_TYPES:
            # "X abrió fuego contra Y", "Y fue atacado a tiros por X", "fueron recibidos a balazos
            # por X": the shooter and whom they fired on
            actor1, actor2 = self._frame_sides(ordered, ctx, cc, d.type, actor1, actor2)
        if d.type == "armed_clash" and actor1 is not None:
            actor2 = self._second_side(d, actor1, actor2, ctx, cc)
        actor1 = self._own_force_named(actor1, ev_m, ctx, cc)
        actor2 = self._own_force_named(actor2, ev_m, ctx, cc)

        # counts
        all_counts = _without_unharmed_beside_harmed(counts_told(d.mentions), d.mentions)
        count_docs = {id(c): m.sentence.span.doc for m in d.mentions for c in m.counts}
        # (a figure the merge revised - wounded less the dead among them - is found by its words)
        count_docs.update({(c.category, c.start, c.end): m.sentence.span.doc for m in d.mentions for c in m.counts})
        merged = merge_counts(all_counts, self._group)
        counts: dict[str, Count] = {}
        for cat, (best, low, high, first) in merged.items():
            if not carries_toll(d.type, cat):
                continue  # "condenó ... por el asesinato de seis personas": that incident's toll
            s, e, _ = ctx.to_original(count_docs.get(id(first)) or count_docs[(first.category, first.start, first.end)],
                                      first.start, first.end)
            counts[cat] = Count(best, low, high, Span(s, e, ctx.text[s:e]))
        # the same figures by side (UCDP), and the victims apart from the target
        by_group = counts_by_group(all_counts, self._side_group)
        i1, i2 = (actor1.inter if actor1 else None), (actor2.inter if actor2 else None)
        sides = {cat: split_sides(g, i1, i2) for cat, g in by_group.items()
                 if counts.get(cat) is not None and counts[cat].best is not None}
        victims, victim_names = _victims(d, ctx)
        if not victim_names and entities is not None and len(entities.identified) == 1 \
                and FAMILY[d.type] in ("violent", "abduction"):
            victim_names = tuple(entities.identified)  # "la víctima fue identificada como X"

        etype = d.type
        if etype == "killing" and _assault_first(strong):
            etype = "attack"  # a headline's "Masacre" or a later "asesinados" does not retell it
        if etype == "attack" and _one_shot_dead(actor2, counts):
            etype = "killing"  # "Atacan a bala a un mototaxista ... falleció", "le dispararon a X ... Murió"
        civilian = actor2 is not None and (
            actor2.inter == 7 or (actor2.as_written or "x").split()[-1].lower() in self.cues.civilian_victims)
        if self.recorder is not None or (self.decider is not None and self.decider.has("type") and (
                self.decider.decides("type_cross", 2.0) or self.decider.decides("type", 2.0))):
            explosive = any(explosive_cue(parsed_text(m.sentence.span)) for m in d.mentions)
            feats = type_features(d, explosive, actor2.inter if actor2 else None, civilian,
                                  self._doc.doc_types)
            if self.recorder is not None:
                self.recorder.type_example(d, feats)
            else:
                # the model's type of the same family, when it is confident enough; of
                # another family (shots in a protest are the protest) when more confident still
                probs = self.decider.type_of(feats)
                p = {t: v for t, v in probs.items() if FAMILY.get(t) == d.family}
                top = max(p, key=p.get, default=None)
                other = max((t for t in probs if FAMILY.get(t) != d.family), key=probs.get, default=None)
                if other is not None and probs[other] >= self.decider.t("type_cross", 2.0):
                    etype = other
                elif top is not None and p[top] >= self.decider.t("type", 2.0):
                    etype = top
        # the means and framing any report of the incident tells (trigger first, then its sentence's cues)
        variants = [v for m in [ev_m] + strong if m.trigger is not None for v in m.trigger.variants]
        if ev_m.trigger is None and FAMILY.get(etype) == "violent":
            # the evidence is a sentence with no trigger of its own (a bulletin entry's body under its
            # title "HOSTIGAMIENTO EN X."): the means it tells ("abrieron fuego ... contra la estación")
            variants += self._means_told(ev_m.sentence)
        if "prominent" in variants:
            variants = _victim_framed(variants, actor2, [m for m in [ev_m] + strong if m.trigger is not None],
                                      self.prominent)
        codes = codes_for(etype, actor2.inter if actor2 else None, variants)
        if FAMILY.get(etype) in ("arrest", "seizure"):
            # an arrest or a seizure is an event of its own: a death or wound told with it is the
            # toll of the incident it follows (or of a crime the arrested are held for)
            for cat in ("killed", "wounded"):
                counts.pop(cat, None)
                sides.pop(cat, None)
        if etype == "disappearance" and "kidnapped" not in counts and actor2 is not None and _one_person(actor2) \
                and not any(_REMAINS.search(parsed_text(m.sentence.span)) for m in d.mentions):
            # "se desconoce el paradero de Rosa Quispe", "se llevaron a un joven": one person
            # disappeared, counted in kidnapped (corpus/README.md, "Counts"); not the remains of
            # one found (the gold leaves that figure empty: train g-020)
            counts["kidnapped"] = Count(1, 1, 1, actor2.span)
        if etype == "kidnapping" and "kidnapped" not in counts:
            counts.update(_one_taken(d, actor2, ctx))
        if etype == "disappearance" and "kidnapped" not in counts \
                and not any(_REMAINS.search(parsed_text(m.sentence.span)) for m in d.mentions):
            # "agentes de la policía se lo llevaron; se desconoce su paradero": the one person its
            # own trigger tells taken is the disappeared (counted in kidnapped)
            counts.update(_one_taken(d, None, ctx, _TAKING_TYPES))
        hedged = any(m.hedged for m in d.mentions)
        confidence = 0.6 + 0.1 * (date is not None) + 0.1 * (place is not None) + 0.1 * (len(strong) > 1)
        if hedged:
            confidence -= 0.2
        trig = ev_m.trigger or next((m.trigger for m in strong if m.trigger), None)
        trig_span = None
        if trig is not None:
            tm = next(m for m in d.mentions if m.trigger is trig)
            trig_span = _span(ctx, tm.sentence.span.doc, trig.start, trig.end)
        return Event(
            doc_id=doc_id, type=etype, evidence=evidence,
            event_type=codes.event_type, sub_event_type=codes.sub_event_type, cameo=codes.cameo,
            plover=codes.plover, date=date, place=place or ctx.country_place, actor1=actor1, actor2=actor2,
            killed=counts.get("killed"), wounded=counts.get("wounded"), kidnapped=counts.get("kidnapped"),
            arrested=counts.get("arrested"), confidence=max(0.05, min(confidence, 0.95)), trigger=trig_span,
            killed_sides=sides.get("killed"), wounded_sides=sides.get("wounded"),
            victims=victims, victim_names=victim_names,
            attribution=next((m.actor1.attribution for m in ordered if m.actor1 is not None), None),
        )

    def _actor(self, phrase: ActorMention, m: Mention, ctx: DocumentContext, country: Optional[str] = None):
        return normalise_actor(phrase, self.actors, lambda s, e: ctx.to_original(m.sentence.span.doc, s, e),
                               country, parsed_text(m.sentence.span))

    def _arrested(self, ordered: list[Mention], actor1: Optional[Actor], ctx: DocumentContext,
                  country: Optional[str]) -> Optional[Actor]:
        """Whom the incident's arrest words took, read in the words around them where the parse tied
        no one to them (``arrested_near``: "se capturó a otros dos", "fue detenido alias X", "Dos
        pandilleros capturados por X"), in the order of its mentions; None when none tells it."""
        for m in ordered:
            if m.trigger is None or m.trigger.noun_read_as_verb:
                continue
            tok = m.sentence.span.doc[m.trigger.token_i]
            if FAMILY[m.trigger.type] not in ("arrest", "abduction") and not (
                    FAMILY[m.trigger.type] == "operation" and tok.lower_.startswith(load_taken_cues().rescue_words)):
                continue  # (of an operation, only a rescue says whom: "rescataron al comerciante")
            found = arrested_near(m.sentence.span.doc[m.trigger.token_i])
            taken = self._actor(found, m, ctx, country) if found is not None else None
            if taken is not None and not _same_party(taken, actor1):
                return taken
        return None

    def _counted_dead(self, ordered: list[Mention], actor1: Optional[Actor], ctx: DocumentContext,
                      country: Optional[str]) -> Optional[Actor]:
        """The people a figure of the dead counts in the incident's sentences ("los restos de al menos
        once personas", "34 personas murieron"), as written with their number; None when no figure of
        the dead names whom."""
        for m in ordered:
            for c in m.counts:
                if c.category != "killed" or not c.victim or c.victim_start < 0 or c.cumulative or c.several \
                        or names_nobody(m.sentence.span.doc, c.victim_start, c.victim_end):
                    continue
                doc = m.sentence.span.doc
                first = doc.char_span(c.victim_start, c.victim_end, alignment_mode="expand")
                if first is None:
                    continue
                k = first.start  # with its number: "al menos once | personas"
                while k > m.sentence.span.start and (doc[k - 1].like_num or doc[k - 1].lower_ in _FIGURE_WORDS):
                    k -= 1
                start = min(doc[k].idx, c.victim_start)
                text = doc.text[start:c.victim_end]
                dead = self._actor(ActorMention(text, start, c.victim_end), m, ctx, country)
                if dead is not None and not _same_party(dead, actor1):
                    return dead
        return None

    def _other_target(self, ordered: list[Mention], actor1: Optional[Actor], ctx: DocumentContext,
                      country: Optional[str]) -> Optional[Actor]:
        """Whom an event of the `other` type befell when the parse gave no one: the person its verb
        takes with the personal "a" (``arrested_near``: "obligaron a desplazarse a la lideresa X"),
        else the people its sentence makes the subject (``affected_subject``), in its first two
        mentions; never the doer, a force or an armed group."""
        for m in ordered[:2]:
            found = None
            if m.trigger is not None and not m.trigger.noun_read_as_verb:
                found = arrested_near(m.sentence.span.doc[m.trigger.token_i])
            for phrase in (found, affected_subject(m.sentence.span)):
                who = self._actor(phrase, m, ctx, country) if phrase is not None else None
                if who is not None and who.inter not in (1, 2, 3) and not _same_party(who, actor1) \
                        and not (actor1 is not None and _same_words(who, actor1)):
                    return who
        return None

    def _person_named_after(self, ev_m: Mention) -> Optional[str]:
        """The one person's name the evidence sentence or the two after it in its paragraph give for
        a victim told by a description ("Se trata de X", "identificado como X", "Según la ACIN, X, de 34
        años, regresaba ..."), when they give exactly one; else None."""
        sentences = self._doc.sentences
        names = set()
        for s in sentences[ev_m.sentence.index:ev_m.sentence.index + 3]:
            if s.para != ev_m.sentence.para and s.index != ev_m.sentence.index + 1 or s.headline:
                continue
            text = parsed_text(s.span)
            if s.index != ev_m.sentence.index and _OTHER_PEOPLE.search(text):
                continue  # "El detenido fue identificado como X", "Su acompañante, X, de 30 años, resultó herido"
            names.update(m.group("name").strip() for m in _NAMED_AS.finditer(text))
            names.update(m.group("name").strip() for m in _NAME_AGED.finditer(text))
        return names.pop() if len(names) == 1 else None

    def _person_taken(self, ordered: list[Mention], actor1: Optional[Actor], ctx: DocumentContext,
                      country: Optional[str]) -> Optional[Actor]:
        """The person an abduction took when no word of the act tells whom ("se lo llevaron", "su
        paradero se desconoce"): a person's name (two words or more, tagged a person by the parser)
        in the incident's sentences, outside the doer's words and not the one who reports it; the
        person the document is about (``DocumentEntities.main_person``) when it names one; else None."""
        from cronica.nlp.load import span_ents
        entities = self._doc.entities
        main = entities.main_person() if entities is not None else None
        for m in ordered:
            sp = m.sentence.span
            for ent in span_ents(sp):
                if ent.label_ != "PER" or len(ent) < 2 or not all(
                        t.pos_ == "PROPN" and t.is_title or t.lower_ in ("de", "del") for t in ent) \
                        or _gazetteer_place(ent.text, ("town", "admin1", "admin2", "admin3")):
                    continue  # a person's name: not "Según la", not "San Pedro Carchá"
                if main is not None and main not in ent.text and ent.text not in main:
                    continue
                nxt = sp.doc[ent.end:min(ent.end + 2, sp.end)]
                prev = sp.doc[max(sp.start, ent.start - 2):ent.start]
                if len(nxt) == 2 and nxt[0].text in (",", "y", "e") and nxt[1].text[:1].isupper() or \
                        len(prev) == 2 and prev[1].text in (",", "y", "e") and prev[0].text[:1].isupper():
                    continue  # one name of a list ("Brandon, Kevin, José y Luis"): several people
                before = sp.doc[max(sp.start, ent.start - 4):ent.start]
                if reports_at(sp, ent.start_char - sp.start_char) or any(
                        t.lower_ in ("según", "segun") for t in before) and not any(t.text == "," for t in before):
                    continue  # "según su madre Ana Pérez": who tells it
                taken = self._actor(ActorMention(ent.text, ent.start_char, ent.end_char), m, ctx, country)
                if taken is None or actor1 is not None and (_same_words(taken, actor1) or _same_party(taken, actor1)):
                    continue
                return taken
        return None

    def _own_forces_told(self, m: Mention, ctx: DocumentContext, country: Optional[str]):
        """The force's members its communiqué tells in the first person in the sentence of an
        arrest or seizure told without its agent ("En la respuesta de nuestras tropas fueron
        neutralizados dos y capturados otros tres": ``own_forces``), as written with the force's
        name; else None (corpus/README.md, "A force's first person")."""
        own = own_forces(m.sentence.span)
        found = self._actor(own, m, ctx, country) if own is not None else None
        return found if found is not None and found.inter == 1 else None

    def _own_force_named(self, actor, m: Mention, ctx: DocumentContext, country: Optional[str]):
        """A force told in its own first person ("dispararon contra nuestras tropas") when the same
        sentence names its unit's members ("fuerzas del Destacamento Militar Norte ... ubicaron"):
        the unit's words, which say who (corpus/README.md, "A force's first person"); else ``actor``."""
        if actor is None or actor.inter != 1 or not own_force_words(actor.as_written):
            return actor
        members = unit_members(m.sentence.span)
        named = self._actor(members, m, ctx, country) if members is not None else None
        return named if named is not None and named.inter == 1 else actor

    def _opener_sentences(self, ordered: list[Mention]) -> list[Sentence]:
        """The sentences where an incident may say who opened fire: its first two mentions' and
        the two after each, in the text's order."""
        last = len(self._doc.sentences)
        told = {i: self._doc.sentences[i] for m in ordered[:CLASH_OPENER_MENTIONS]
                for i in range(m.sentence.index, min(m.sentence.index + 1 + CLASH_OPENER_AFTER, last))}
        return [sent for _, sent in sorted(told.items())]

    def _fire_frame(self, ordered: list[Mention], ctx: DocumentContext, country: Optional[str]):
        """(shooter, target) of the first of the incident's sentences (``_opener_sentences``, and the
        one just before its first mention when no other incident is told there: "Al llegar, los
        agentes fueron recibidos a tiros por X. En el intercambio de disparos ...") that tells who
        opened fire on whom (``clash_opener``: "X abrió fuego contra Y", "Y fue atacado a tiros por
        X"), as actors; (None, None) when none does."""
        first = ordered[0].sentence.index if ordered else 0
        before = [self._doc.sentences[first - 1]] if 0 < first and not ordered[0].sentence.headline \
            and first - 1 not in self._doc.acts_elsewhere \
            and not self._doc.sentences[first - 1].headline else []
        for sent in before + self._opener_sentences(ordered):
            attacker, answerer = clash_opener(sent.span)
            if attacker is None and answerer is None:
                continue
            return (self._sentence_actor(attacker, sent, ctx, country),
                    self._sentence_actor(answerer, sent, ctx, country))
        return None, None

    def _frame_sides(self, ordered: list[Mention], ctx: DocumentContext, country: Optional[str], etype: str,
                     actor1: Optional[Actor], actor2: Optional[Actor]) -> tuple[Optional[Actor], Optional[Actor]]:
        """(actor1, actor2) read from the frame of fire the incident's sentences tell (``_fire_frame``).
        A clash whose sentence names the shooter and the side fired on has them as its sides, in
        that order; one that names the shooter alone has it first and, second, the one party of the
        two found before that is not a thing or a figure ("sus vehículos", "cuatro hombres"). In
        other acts the shooter stands for a missing perpetrator or for such a thing or figure,
        and the side fired on for a missing target."""
        shooter, target = self._fire_frame(ordered, ctx, country)
        if shooter is None and target is None:
            return actor1, actor2
        if etype == "armed_clash" and shooter is not None:
            if target is not None and not _same_party(shooter, target):
                return shooter, target
            if _same_party(shooter, actor1) or _same_party(shooter, actor2):
                return actor1, actor2
            other = actor1 if _a_party(actor1) else actor2 if _a_party(actor2) else None
            return (shooter, other) if other is not None else (actor1, actor2)
        if shooter is not None and not _a_party(actor1) and not _same_party(shooter, actor2):
            actor1 = shooter
        if target is not None and actor2 is None and not _same_party(target, actor1):
            actor2 = target
        return actor1, actor2

    @staticmethod
    def _first_report(d: Draft) -> Optional[Mention]:
        """The incident's first strong mention the body tells, in the text's order."""
        return min((m for m in d.mentions if m.strength == "strong" and not m.sentence.headline),
                   key=lambda m: m.sentence.index, default=None)

    def _in_first_sentence(self, d: Draft, actor: Actor) -> bool:
        """Whether the actor's words are in the incident's first report sentence."""
        first = self._first_report(d)
        return first is not None and actor.span is not None \
            and first.sentence.start <= actor.span.start < first.sentence.end

    def _second_side(self, d: Draft, actor1: Actor, actor2: Optional[Actor], ctx: DocumentContext,
                     country: Optional[str]) -> Optional[Actor]:
        """A clash's other side is the party its first report sentence names beside actor1 ("efectivos
        del Ejército ... fueron atacados por integrantes de X, lo que originó un enfrentamiento"), not
        the dead or wounded a later sentence counts ("Dos delincuentes perdieron la vida", "resultó
        herido el cabo X"; issue 12 item 3). When actor1 is told in that sentence and actor2 is missing,
        the same party as actor1, or told only after that sentence by words no lexicon names as a
        group or force: the first party of another name that sentence names (a named group or force
        first; not the body that reports it after the act, nor words for both sides, "bandas
        rivales"); ``actor2`` otherwise."""
        first = self._first_report(d)
        if first is None or not self._in_first_sentence(d, actor1):
            return actor2  # (an actor1 found elsewhere may be the side that sentence names)
        if actor2 is not None and (actor2.span is None or first.sentence.start <= actor2.span.start < first.sentence.end):
            return actor2  # that sentence's own words
        if actor2 is not None and not (_same_party(actor2, actor1) or actor2.name == actor1.name) and (
                actor2.span.start < first.sentence.start or self._named_party(actor2, country)):
            return actor2
        other = self._actor_in_sentence(first, "armed_clash", None, ctx, country, want={1, 2, 3, 4},
                                        besides=actor1, acting_only=True)
        if other is None or _same_party(other, actor1) or other.name == actor1.name or _sides_told(other):
            return actor2
        if actor2 is not None and not (_same_party(actor2, actor1) or actor2.name == actor1.name) and (
                other.name == actor2.name or other.inter == actor2.inter == 1):
            return actor2  # the same side in other words ("un militar" there, "soldados que patrullaban" here)
        return other

    def _opened_by(self, ordered: list[Mention], ctx: DocumentContext, country: Optional[str],
                   actor1: Actor, actor2: Actor) -> bool:
        """Whether the clash's sentences (its first two mentions' and the two after them) name
        actor2's side as the one that opened fire on actor1's (``clash_opener``): the first
        sentence that says who did decides."""
        for sent in self._opener_sentences(ordered):
            attacker, answerer = clash_opener(sent.span)
            if attacker is None and answerer is None:
                continue
            first = self._sentence_actor(attacker, sent, ctx, country)
            second = self._sentence_actor(answerer, sent, ctx, country)
            if _on_side(first, actor1, actor2) or _on_side(second, actor2, actor1):
                return False  # the text already puts them in this order
            # the attacker need not be named: "los agentes fueron recibidos a disparos desde una
            # vivienda" says the other side opened fire (corpus/README.md, "Clashes")
            return _on_side(first, actor2, actor1) or _on_side(second, actor1, actor2)
        return False

    def _sentence_actor(self, phrase: Optional[ActorMention], sent: Sentence, ctx: DocumentContext,
                        country: Optional[str]) -> Optional[Actor]:
        """A phrase of any sentence of the document as an actor (``_actor`` for a sentence no
        mention holds)."""
        if phrase is None:
            return None
        return normalise_actor(phrase, self.actors, lambda s, e: ctx.to_original(sent.span.doc, s, e),
                               country, parsed_text(sent.span))

    def _whole_over_part(self, ordered: list[Mention], actor2: Actor, actor1, ctx: DocumentContext,
                         country: Optional[str]) -> Actor:
        """The building or premises the incident's first sentences say was hit or entered
        (``premises_hit``) instead of a part of it told alone ("la fachada", "la puerta
        metálica"); ``actor2`` itself when they name none."""
        for m in ordered[:3]:
            whole = premises_hit(m.sentence.span)
            a = self._actor(whole, m, ctx, country) if whole is not None else None
            if a is not None and not _same_party(a, actor1):
                return a
        return actor2

    def _unit_over_fallen(self, ordered: list[Mention], actor2: Actor, actor1, ctx: DocumentContext,
                          country: Optional[str]) -> Actor:
        """The unit the incident's sentences say was hit or moving when its members fell
        (``unit_hit``: "contra una patrulla", "la patrulla fue atacada") instead of the fallen
        ("un suboficial murió"), as ACLED and the gold code the target; the fallen's force stays
        its name when the unit is a bare noun. ``actor2`` itself when it already is a unit,
        installation or vehicle, or the sentence tells no unit hit."""
        cues = load_role_cues()
        if any(w.strip(",.;:()").lower() in cues.target_nouns for w in (actor2.as_written or "").split()):
            return actor2
        for m in ordered[:3]:
            unit = unit_hit(m.sentence.span)
            a = self._actor(unit, m, ctx, country) if unit is not None else None
            # (a unit inside the perpetrator's phrase after its start is its complement:
            # "narcoterroristas contra una patrulla" names the patrol; one the phrase starts with acted)
            inside = a is not None and actor1 is not None and actor1.span is not None and a.span is not None \
                and actor1.span.start < a.span.start < actor1.span.end
            if a is None or _same_party(a, actor1) and not inside:
                continue
            return a if a.name is not None or actor2.name is None else \
                replace(actor2, as_written=a.as_written, span=a.span)
        return actor2

    def _aimed_at(self, ordered: list[Mention], d: Draft, actor1):
        """Whom another word of the act in the evidence sentence aims at ("disparó contra los
        clientes"), unless a bare "personas" or the doer again; else None."""
        aimed = self._other_words(ordered[:1], d)[1]
        if aimed is None or bare_people(aimed.as_written) or _same_party(aimed, actor1):
            return None
        return aimed

    def _people_inside(self, ordered: list[Mention], actor1):
        """The people inside the premises that the incident's first sentence, or the sentence that
        names its doer, says were shot at ("irrumpieron en el bar y abrieron fuego contra los
        clientes": ``people_aimed_at``), not the doer again; else None. (Another sentence of
        the incident may tell another attack a merge took in.)"""
        for m in ordered:
            if m is not ordered[0] and (actor1 is None or not self._told_in(actor1, m, self._ctx)):
                continue
            whom = people_aimed_at(m.sentence.span)
            aimed = self._actor(whom, m, self._ctx, self._cc) if whom is not None else None
            if aimed is not None and not _same_party(aimed, actor1):
                return aimed
        return None

    def _unit_members(self, ev_m: Mention, ordered: list[Mention], actor1: Actor, ctx: DocumentContext) -> Actor:
        """``actor1`` told by the words of the members of a named unit (``unit_members``) in the
        incident's first sentences or the evidence's sentence or the one before it, the first
        found; ``actor1`` itself when none tells them, when the act's own sentence tells
        ``actor1`` ("En la vivienda los marinos aseguraron ..."), or when the members' sentence names
        it ("La FELCN informa que efectivos de su grupo X interceptaron ...": the force named keeps
        its words; not the adjective of "una operación militar", nor a force told after them)."""
        adjective = _adjective_only(actor1.as_written)  # "operación militar"
        if self._in_sentence(actor1, ev_m.sentence, ctx) and not adjective:
            return actor1
        told_before = [s for s in self._sentences_near(ev_m, ordered, before=2)
                       if s.index <= ev_m.sentence.index]  # (the doers are told before or with the act)
        for s in told_before + self._lead_after_heading(ev_m, actor1, ctx):
            members = unit_members(s.span)
            if members is None:
                continue
            os_, oe, t = ctx.to_original(s.span.doc, members.start, members.end)
            if self._in_sentence(actor1, s, ctx) and actor1.as_written[:1].isupper() and actor1.span.start < os_:
                return actor1  # (not "uniformados de X, con apoyo de la Armada": who helped)
            return replace(actor1, as_written=t, span=Span(os_, oe, t))
        return self._named_unit(ev_m, told_before, actor1, ctx)

    def _clash_unit_members(self, ev_m: Mention, force: Optional[Actor], actor2, ctx: DocumentContext):
        """A clash's state side taken from the force its first sentence names ("El Ejército de
        Nicaragua informa que ... tropas del Batallón X, en cumplimiento del Plan Y, sostuvieron un
        enfrentamiento con ..."): the members of the named unit the same sentence tells
        (``unit_members``), as written with the force's name, when the force was told apart from them
        (the issuer) and they are not counted among the casualties ("tres efectivos de la FANB murieron en combate": the fallen, whose force stays) nor
        the other side; else ``force`` (corpus/README.md, "A force's first person": the unit's words)."""
        if force is None or force.inter != 1:
            return force
        span = ev_m.sentence.span
        members = unit_members(span)
        if members is None or any(c.victim and c.victim_start <= members.start < max(c.victim_end, c.victim_start + 1)
                                  for c in ev_m.counts) or among_casualties(parsed_text(span), members.start - span.start_char):
            return force
        os_, oe, t = ctx.to_original(span.doc, members.start, members.end)
        if actor2 is not None and actor2.span is not None and os_ < actor2.span.end and actor2.span.start < oe:
            return force
        if force.span is not None and os_ < force.span.end and force.span.start < oe:
            return force  # the members' own words already ("soldados" of "soldados de la Brigada 12")
        return replace(force, as_written=t, span=Span(os_, oe, t))

    def _lead_after_heading(self, ev_m: Mention, actor1: Actor, ctx: DocumentContext,
                            lead: int = COMMUNIQUE_LEAD) -> list:
        """The report's first ``lead`` worded sentences after the verbless heading line ``actor1`` was
        taken from ("POLICÍA NACIONAL DEL ECUADOR", then "La Policía Nacional comunica que ... servidores
        policiales de la Unidad X liberaron ..."), before the act's sentence unless a headline tells
        the act; none when ``actor1`` comes from elsewhere."""
        sentences = self._doc.sentences
        if not ev_m.sentence.headline:
            sentences = sentences[:ev_m.sentence.index]  # (a headline's act is told again in the lead)
        heading = next((s for s in sentences[:lead] if self._in_sentence(actor1, s, ctx)), None)
        if heading is None or not _verbless(heading.span):
            return []
        told = [s for s in sentences[heading.index + 1:] if not s.headline and not _verbless(s.span)]
        return told[:lead]  # (the heading's other lines, "Comunicado N° 12", "NOTA DE PRENSA", skipped)

    def _named_unit(self, ev_m: Mention, told_before: list[Sentence], actor1: Actor, ctx: DocumentContext) -> Actor:
        """``actor1`` told by the proper name of a unit (``named_unit``: "el Comando Operacional Norte
        ejecutó una operación. Durante la operación se aprehendió a 14 personas") in the act's
        sentence or the one before it, when ``actor1`` is not named there itself (an issuer's
        heading, the adjective of "operación militar"); else ``actor1``."""
        for s in told_before:
            if ev_m.sentence.index - s.index > 1 or s.headline:
                continue
            unit = named_unit(s.span)
            if unit is None or self._in_sentence(actor1, s, ctx) and not (
                    _adjective_only(actor1.as_written) and not actor1.as_written.endswith("s")):
                continue  # (the force named there stands: "el director de la Felcn", "los militares")
            os_, oe, t = ctx.to_original(s.span.doc, unit.start, unit.end)
            best = self.actors.best_in(t, actor1.country)
            if best is not None and best[2].inter != 1:
                continue  # a group's unit ("Frente 33", "Comando Sur" of a guerrilla)
            return replace(actor1, as_written=t, span=Span(os_, oe, t))
        return actor1

    def _named_party(self, actor, country: Optional[str]) -> bool:
        """The actor is a party the lexicon knows by name (not a generic word, not unknown)."""
        if actor is None or actor.name is None or not actor.as_written:
            return False
        best = self.actors.best_in(actor.as_written, country)
        return best is not None and not best[2].generic

    def _sentences_near(self, ev_m: Mention, ordered: list[Mention], before: int):
        """The incident's first two sentences, then the body sentence after its evidence (and
        ``before`` sentences before it) in the same or the next paragraph, each once."""
        sentences = self._doc.sentences
        i = ev_m.sentence.index
        near = [s for s in sentences[max(0, i - before):i + 2]
                if s.index != i and not s.headline and abs(s.para - ev_m.sentence.para) <= 1]
        return _each_once([m.sentence for m in ordered[:2]] + near)

    def _sentences_around(self, ev_m: Mention, ordered: list[Mention], before: int, after: int):
        """The incident's own sentences, then the body sentences up to ``after`` after its evidence
        and ``before`` before it (any paragraph), each once."""
        sentences = self._doc.sentences
        i = ev_m.sentence.index
        near = [s for s in sentences[i + 1:i + 1 + after] + sentences[max(0, i - before):i][::-1]
                if not s.headline]
        return _each_once([m.sentence for m in ordered] + near)

    def _groups_named(self, s: Sentence, ctx: DocumentContext, country: Optional[str]) -> list:
        """The armed groups and gangs the sentence names by name, each once, in the text's order
        (two names side by side, "disidencias Farc", are one group)."""
        text = parsed_text(s.span)
        sides, last_end = [], -2
        for a, b, entry in sorted(self.actors.find(text, country), key=lambda f: f[0]):
            if entry.generic or entry.inter not in (2, 3, 4):
                continue
            adjacent, last_end = a <= last_end + 1, b
            if adjacent or any(x.name == self.actors.localise(entry, country).name for x in sides):
                continue
            entry = self.actors.localise(entry, country)
            a = members_before(text, a)
            os_, oe, t = ctx.to_original(s.span.doc, s.span.start_char + a, s.span.start_char + b)
            sides.append(Actor(entry.name, t, entry.inter, Span(os_, oe, t), entry.country, entry.cameo))
        return sides

    def _with_rival(self, s: Sentence, sides: list, ctx: DocumentContext, country: Optional[str]) -> list:
        """The one group a sentence names and the rival it tells beside it ("A intentó tomar el
        pabellón de una facción rival", "la disputa entre A y una banda rival"; ``rival_side``):
        the two sides in the text's order, the rival as written (an unidentified armed group);
        otherwise ``sides`` as they are."""
        if len(sides) != 1 or sides[0].span is None:
            return sides
        where = rival_side(parsed_text(s.span))
        if where is None:
            return sides
        os_, oe, t = ctx.to_original(s.span.doc, s.span.start_char + where[0], s.span.start_char + where[1])
        if os_ < sides[0].span.end and sides[0].span.start < oe:
            return sides
        entry = self.actors.entry_for_role(None, "unidentified_armed")
        if entry is None:
            return sides
        entry = self.actors.localise(entry, country)
        rival = Actor(entry.name, t, entry.inter, Span(os_, oe, t), entry.country, entry.cameo)
        return sorted([sides[0], rival], key=lambda a: a.span.start)

    def _two_groups(self, ev_m: Mention, ordered: list[Mention], ctx: DocumentContext, country: Optional[str],
                    sides_told: bool = False, including: Optional[str] = None, after: int = 4):
        """The two armed groups or gangs one sentence of the incident names (its sentences, then
        the one after its evidence): the sides of a clash told with generic words ("bandas
        rivales", "dos grupos armados", "los reclusos"), in the text's order. When the clash's
        actors are words for both sides at once (``sides_told``: "los internos", "bandas rivales",
        "combatientes de los dos grupos"), also the sentence up to four after its evidence or two
        before it that names exactly two ("la pelea estalló entre facciones de A y B", "atribuyen
        el choque a la disputa entre A y B", "combates entre A y B ... los dos grupos se enfrentaron";
        ``after`` sentences after it).
        ``including``: the one side already named; only a sentence naming it and exactly one other
        ("la pelea enfrentó a presos vinculados a A y a B") tells the two. A sentence naming one
        group and its rival ("A atacó el pabellón de una facción rival") tells the two (``_with_rival``)."""
        near = list(self._sentences_near(ev_m, ordered, before=0))
        for s in near if including is None else ():
            sides = self._with_rival(s, self._groups_named(s, ctx, country), ctx, country)
            if len(sides) >= 2:
                return sides[0], sides[1]
        if not sides_told:
            return None
        seen = {s.index for s in near} if including is None else set()
        for s in self._sentences_around(ev_m, ordered, before=2, after=after):
            sides = self._with_rival(s, self._groups_named(s, ctx, country), ctx, country) if s.index not in seen else []
            if len(sides) == 2 and (including is None or including in (sides[0].name, sides[1].name)):
                return sides[0], sides[1]
        return None

    def _named_body(self, actor, etype: str, ev_m: Mention, ordered: list[Mention], ctx: DocumentContext,
                    country: Optional[str]):
        """A court or the authorities told by a generic word ("una corte", "el tribunal", "las
        autoridades") when the incident's sentences, or the sentence before or after its
        evidence, name the body itself ("la Sala Penal Nacional", "la Fuerza Naval"): that body,
        by the words that name it (with its members: "agentes de la Felcn"). A court word takes a
        court; "las autoridades" any force that acts. Else the actor as it was."""
        if actor is None or actor.inter != 1 or not actor.as_written:
            return actor
        written = actor.as_written
        best = self.actors.best_in(written, country)
        if best is None or not best[2].generic:
            return actor
        # the generic word is the phrase's head, and nothing names or describes it further:
        # "los agentes antidrogas", "una corte"; not "un helicóptero militar", "soldados del Ejército"
        head = re.match(r"(?i)(?:(?:el|la|los|las|un|una|unos|unas|\d+|[a-záéíóúñ]+ de)\s+)*", written).end()
        said = written[best[0]:best[1]]
        if best[0] != head or re.search(r"(?i)\b(?:de|del)\b", written[best[1]:]) \
                or any(w[:1].isupper() for w in said.split()[1:]) or said.split()[0].istitle() and best[0] > 0 \
                or said.split()[0].lower() in load_role_cues().unit_nouns:
            return actor  # "el Ejército Nacional" is a name; "la patrulla militar" a unit (a target)
        kind = _FORCE_KIND.get(best[2].role)
        if kind is None or (kind == "any" and etype == "other"):
            return actor  # a decree's or a ruling's "las autoridades" is the government
        for s in self._sentences_near(ev_m, ordered, before=1):
            text = parsed_text(s.span)
            for a, b, entry in self.actors.find(text, country):
                if entry.generic or entry.inter != 1 or (
                        _FORCE_KIND.get(entry.role) != kind if kind != "any" else entry.role in _NOT_ACTING):
                    continue
                entry = self.actors.localise(entry, country)
                a = members_before(text, a)
                os_, oe, t = ctx.to_original(s.span.doc, s.span.start_char + a, s.span.start_char + b)
                return Actor(entry.name, t, entry.inter, Span(os_, oe, t), entry.country, entry.cameo)
        return actor

    def _seized_from(self, d: Draft, ordered: list[Mention], actor1, ctx: DocumentContext, country: Optional[str]):
        """Whom the goods of a seizure were taken from: the people arrested in the same
        sentence ("capturaron a dos hombres y les incautaron ..."), else the armed group or
        gang the sentence names, else the one the document names most (ACLED's actor2 of a
        disrupted weapons use). The goods themselves are never a party."""
        for m in ordered[:2]:
            sdoc = m.sentence.span.doc
            for t in m.sentence_triggers:
                if FAMILY[t.type] == "arrest":
                    _, p2 = roles(sdoc[t.token_i])
                    a2 = self._actor(p2, m, ctx, country) if p2 is not None else None
                    if a2 is not None and not _same_party(a2, actor1):
                        return a2
            named = self._actor_in_sentence(m, "killing", None, ctx, country, want={2, 3, 4}, besides=actor1)
            if named is not None:
                return named
        ents = self._doc.entities
        if ents is not None and ents.groups:
            name = ents.groups.most_common(1)[0][0]
            for s in self._doc.sentences:  # its first mention, as written
                named = self._actor_in_sentence(Mention(s, None, "killing", "support"), "killing", None, ctx,
                                                country, want={ents.inter.get(name)}, named_only=True)
                if named is not None and named.name == name and not _same_party(named, actor1):
                    return named
        for m in ordered:  # no one named: where the goods were found ("en un almacén", "un camión")
            where = seized_in(m.sentence.span)
            if where is not None:
                return self._actor(where, m, ctx, country)
        return None

    def _named_people(self, ev_m: Mention, ordered: list[Mention], ctx: DocumentContext, country: Optional[str],
                      family: Optional[str] = None):
        """The list of names a report gives for the people it described ("fueron identificados
        como A, B y C"), in the sentences of the incident or the three after its evidence (in
        its paragraph or the next). With ``family`` (no one was described), only names told
        as the victims or the arrested of that family ("las víctimas son", "los detenidos
        fueron identificados como"), never a suspect's."""
        sentences = self._doc.sentences
        seen = []
        after = [s for s in sentences[ev_m.sentence.index + 1:ev_m.sentence.index + 4]
                 if s.para - ev_m.sentence.para <= 1]
        for s in [m.sentence for m in ordered] + after:
            if s.index in seen or s.headline:
                continue
            seen.append(s.index)
            where = named_people(parsed_text(s.span))
            if where is not None and family is not None and not _FOR_WHOM[family].search(parsed_text(s.span)[:where[0]]):
                where = None
            if where is not None:
                a, b = where
                sp = s.span
                mention = ActorMention(parsed_text(sp)[a:b], sp.start_char + a, sp.start_char + b)
                return self._actor(mention, Mention(s, None, "killing", "support"), ctx, country)
        return None

    def _described_doer(self, ordered: list[Mention], actor2, ctx: DocumentContext, country: Optional[str]):
        """The unknown doers a body sentence of the incident, or one beside it, tells coming and
        acting ("dos sujetos en moto llegaron al local y uno de ellos disparó"; ``described_doer``),
        not the victims."""
        for m in _body_or_only_line(ordered):
            for sent in (m.sentence.span, *_neighbours(m.sentence.span), *self._next_paragraph_edges(m.sentence)):
                who = described_doer(sent) if sent is not None else None
                who = self._actor(who, m, ctx, country) if who is not None else None
                if who is not None and not _same_party(who, actor2):
                    return self._unidentified(who, country) if who.inter in (None, 7) else who
        return None

    def _described_or_blamed(self, ev_m: Mention, ordered: list[Mention], actor2, ctx: DocumentContext,
                             country: Optional[str]):
        """The doers a sentence of the incident describes (``_described_doer``: "unos seis hombres
        con uniformes camuflados irrumpieron en la vivienda"), or rather the group the lexicon names
        that the report blames for or says claimed the act ("En el lugar quedaron panfletos firmados
        por X"; ``_named_blamed_later``); else None."""
        described = self._described_doer(ordered, actor2, ctx, country)
        if described is None:
            return None
        return self._named_blamed_later(ev_m, ordered, described, actor2, ctx, country) or described

    def _captors_told(self, ev_m: Mention, ordered: list[Mention], actor2, ctx: DocumentContext,
                      country: Optional[str]):
        """The kidnappers a sentence of the incident, or one of the three after its evidence,
        tells acting by a word for them ("Los captores exigían 100.000 dólares a la familia";
        ``captors_acting``), as an unidentified group; else None."""
        after = self._told_on(ev_m.sentence, 3)
        for s in _each_once([m.sentence for m in ordered] + after):
            if s.headline:
                continue
            who = captors_acting(s.span)
            who = self._actor(who, Mention(s, None, "kidnapping", "support"), ctx, country) if who else None
            if who is not None and not _same_party(who, actor2):
                return self._unidentified(who, country) if who.inter in (None, 7) else who
        return None

    def _next_paragraph_edges(self, sentence: Sentence) -> tuple:
        """The body sentences of the paragraphs before and after ``sentence``'s own, up to
        ``EDGE_SENTENCES`` of each, nearest first ("Un joven fue asesinado anoche en X. || Según la
        policía, dos hombres en moto se acercaron y le dispararon."; a thread's posts), up to one
        where another incident is told (a mention of another draft)."""
        sentences = self._doc.sentences
        others = self._doc.told_elsewhere
        i = sentence.index
        edges = []
        for step in (1, -1):
            k = i + step
            while 0 <= k < len(sentences) and sentences[k].para == sentence.para:
                k += step
            taken = 0
            while 0 <= k < len(sentences) and taken < EDGE_SENTENCES \
                    and abs(sentences[k].para - sentence.para) == 1 and not sentences[k].headline \
                    and k not in others:
                edges.append(sentences[k].span)
                taken += 1
                k += step
        return tuple(edges)

    def _label_antecedent(self, label: Actor, ctx: DocumentContext, country: Optional[str]):
        """The people a label ("el hombre", "los cautivos") stands for: the target of a mention of
        the one or two sentences before the label's, told with an indefinite or a number ("un
        comerciante de 47 años", "cuatro personas"), nearest first; else None."""
        if label.span is None:
            return None
        at = next((s.index for s in self._doc.sentences if s.start <= label.span.start < s.end), None)
        if at is None:
            return None
        # (not the people an arrest holds: "El empresario fue interceptado" after "dos hombres acusados")
        earlier = sorted(((m.sentence.index, m) for d in self._doc.drafts if d.family != "arrest"
                          for m in d.mentions if at - 2 <= m.sentence.index < at and not m.sentence.headline
                          and m.actor2 is not None), key=lambda p: -p[0])
        plural = (label.as_written or "").lower().startswith(("los ", "las "))
        for _, m in earlier:
            found = self._actor(m.actor2, m, ctx, country)
            if found is not None and found.inter in (None, 7) and _introduces_people(found.as_written) \
                    and _told_plural(found.as_written) == plural:
                return found
        return None

    def _label_presented_after(self, label: Actor, ordered: list[Mention], ctx: DocumentContext,
                               country: Optional[str]):
        """The people a label ("los cautivos", "las víctimas") stands for, told after it in its own
        sentence by "se trata de" (``presented_after``); else None."""
        if label.span is None:
            return None
        for m in ordered:
            if not m.sentence.start <= label.span.start < m.sentence.end:
                continue
            sdoc_start = m.sentence.span.start_char + (label.span.end - m.sentence.start)
            who = presented_after(m.sentence.span, sdoc_start)
            if who is not None:
                return self._actor(who, m, ctx, country)
        return None

    def _unidentified(self, who, country: Optional[str]):
        """A doer told by a word for anyone ("un hombre se acercó y le disparó"): an unidentified
        armed group by name (not civilians), the words kept."""
        entry = self.actors.entry_for_role(None, "unidentified_armed")
        if entry is None:
            return who
        entry = self.actors.localise(entry, country)
        return replace(who, name=entry.name, inter=entry.inter, country=entry.country, cameo=entry.cameo)

    def _told_in(self, actor, m: Mention, ctx: DocumentContext) -> bool:
        """Are the actor's words in the mention's sentence?"""
        return self._in_sentence(actor, m.sentence, ctx)

    @staticmethod
    def _in_sentence(actor, sentence: Sentence, ctx: DocumentContext) -> bool:
        """Are the actor's words in the sentence?"""
        sent = sentence.span
        s, e, _ = ctx.to_original(sent.doc, sent.start_char, sent.end_char)
        return actor.span is not None and s <= actor.span.start < e

    def _attributed_later(self, ev_m: Mention, ordered: list[Mention], actor2, ctx: DocumentContext,
                          country: Optional[str], kinds: Optional[tuple[str, ...]] = None):
        """Actor1 of a violent act told without its perpetrator, from the blame, claim or
        authorship a report gives in the incident's sentences or the three after its evidence
        ("la brigada atribuyó la siembra de la mina a las disidencias", "los responsables serían
        ..."); a plain "por X" only when X is an armed group or gang. Also further on, up to
        ``BLAME_AFTER`` sentences while no other incident is told (``_told_on``: "Junto a los
        camiones quedaron pancartas firmadas por X" after the attack's course and its toll, "La
        Policía confirmó por la tarde que la agresión fue obra de X" four paragraphs after the
        lead): there, with ``kinds`` (a blame or a claim of doers told by a description) any blame
        or claim of those kinds, else only one ``_blames_from_afar`` (a wave blamed at the close is
        not the act's)."""
        # the three sentences after, in its paragraph or the next two (wire copy and bulletins
        # put every sentence on a line of its own: "Según la División, la mina había sido
        # instalada por X" comes two lines after the lead)
        sentences = self._doc.sentences
        after = []
        for s in sentences[ev_m.sentence.index + 1:ev_m.sentence.index + 4]:
            if s.index in self._doc.acts_elsewhere:
                break  # (a blame told after another act's report is that act's: a roundup's next incident)
            if s.para - ev_m.sentence.para <= 2:
                after.append(s)
        # a claim or blame of a group, further on while the report goes on telling the incident
        # (up to a sentence where another act is told: a blame after it is that act's)
        far = self._told_on(ev_m.sentence, BLAME_AFTER)
        seen = set()
        near = {s.index for s in [m.sentence for m in ordered] + after}
        for s in [m.sentence for m in ordered] + after + far:
            if s.index in seen or s.headline:
                continue
            seen.add(s.index)
            phrase, kind = attribution_in(s.span)
            if phrase is None or (kinds is not None and kind not in kinds) \
                    or (s.index not in near and kinds is None and not _blames_from_afar(kind, s.span)):
                continue
            who = self._actor(phrase, Mention(s, None, "killing", "support"), ctx, country)
            if who is None or _same_party(who, actor2) or (kind == "agent" and who.inter not in (2, 3, 4)):
                continue
            return who
        return None

    def _told_on(self, sentence: Sentence, most: int) -> list:
        """The sentences after ``sentence``, up to ``most`` of them, that go on telling its
        incident: up to the first headline or sentence where another act, abduction, protest or
        threat is told (the arrests, seizures and operations that follow it, ``_FOLLOW_UPS``, are
        part of its story; "Minutos antes, otro grupo había cruzado contenedores ardiendo ..." before
        a blame of a whole wave is not)."""
        sentences = self._doc.sentences
        others = self._doc.acts_elsewhere
        out = []
        for s in sentences[sentence.index + 1:sentence.index + most + 1]:
            if s.headline or s.index in others:
                break
            out.append(s)
        return out

    def _blamed_later(self, ev_m: Mention, ordered: list[Mention], doers, actor2, ctx: DocumentContext,
                      country: Optional[str]):
        """The party a report blames for or says claimed an act its doers are told only as unknown
        men ("Desconocidos", "hombres armados", "los atacantes"), in the incident's sentences or the
        three after its evidence ("La Fiscalía atribuye el crimen a Los Lobos"), else None. A plain
        "por X" is the doers' own words, not a blame."""
        who = self._attributed_later(ev_m, ordered, actor2, ctx, country, kinds=("blamed", "claimed"))
        return None if who is None or _same_party(who, doers) else who

    def _described_doers(self, actor, country: Optional[str]) -> bool:
        """The doers are told by a description of people, not by a name: "dos hombres en
        motocicleta" (``_doers_told``), "hombres armados", "un grupo de encapuchados", "un grupo de
        personas encapuchadas" (a generic entry of the lexicon: an unidentified armed group, or
        civilians); never a state force."""
        if actor.inter == 1 or self._named_party(actor, country):
            return False
        return _doers_told(actor.as_written) or actor.name is not None and self._generic_party(actor, country)

    def _generic_party(self, actor, country: Optional[str]) -> bool:
        """The actor's words are a generic entry of the lexicon ("hombres armados", "encapuchados",
        "un grupo armado"): an unidentified group, not one known by name."""
        best = self.actors.best_in(actor.as_written or "", country)
        return best is not None and best[2].generic

    def _named_blamed_later(self, ev_m: Mention, ordered: list[Mention], doers, actor2, ctx: DocumentContext,
                            country: Optional[str]):
        """The armed group or gang the lexicon names that a report blames for or says claimed an
        act its doers are told only by a description ("dos hombres en motocicleta", "hombres
        armados"), else None (``_blamed_later``): a generic blamed party ("una banda") does not
        replace the description."""
        who = self._blamed_later(ev_m, ordered, doers, actor2, ctx, country)
        return who if who is not None and who.inter in (2, 3, 4) and self._named_party(who, country) else None

    def _other_words(self, ordered: list[Mention], d: Draft):
        """(actor1, actor2) from the other kept trigger words of the incident's sentences that
        belong to its family ("fue atacada por X" beside "resultó herido"), first found."""
        a1 = a2 = None
        for m in ordered:
            if m.trigger is None or m.strength == "weak":
                continue
            sdoc = m.sentence.span.doc
            for t in m.sentence_triggers:
                if t is m.trigger or FAMILY[t.type] != d.family:
                    continue
                p1, p2 = roles(sdoc[t.token_i])
                if a1 is None and p1 is not None:
                    a1 = self._actor(p1, m, ctx=self._ctx, country=self._cc)
                if a2 is None and p2 is not None:
                    a2 = self._actor(p2, m, ctx=self._ctx, country=self._cc)
            if a1 is not None and a2 is not None:
                break
        return a1, a2

    def _holders(self, ordered: list[Mention], ctx: DocumentContext, country: Optional[str]):
        """Who held the protest, by the relative clause of its noun in the incident's first two
        sentences ("el bloqueo que cientos de mototaxistas mantenían"; ``protest_holders``)."""
        for m in ordered[:2]:
            who = protest_holders(m.sentence.span)
            who = self._actor(who, m, ctx, country) if who is not None else None
            if who is not None and who.inter != 1:
                return who
        return None

    def _protesters(self, ordered: list[Mention], ctx: DocumentContext, country: Optional[str]):
        """Who protested: the holders a protest noun's relative clause names, the subject of a
        protest word in the incident's sentences ("miles de maestros marcharon"), else protesters
        or civilians the sentence names."""
        holders = self._holders(ordered, ctx, country)
        if holders is not None:
            return holders
        for m in ordered:
            sdoc = m.sentence.span.doc
            for t in m.sentence_triggers:
                if FAMILY[t.type] != "protest":
                    continue
                a1, _ = roles(sdoc[t.token_i])
                who = self._actor(a1, m, ctx, country) if a1 is not None else None
                if who is not None and who.inter != 1 and not bare_people(who.as_written):
                    return who
        for m in ordered[:2]:
            # the callers of a march, those who held the road ("convocada por", "cortada por")
            who = protest_agents(m.sentence.span)
            who = self._actor(who, m, ctx, country) if who is not None else None
            if who is not None and who.inter != 1:
                return who
        for m in ordered[:2]:
            # the other side of a clash told in the incident's sentence ("choques entre mineros y
            # la policía", "se enfrentaron con los agentes"): the one that is no state force
            sdoc = m.sentence.span.doc
            for t in m.sentence_triggers:
                if FAMILY[t.type] != "violent":
                    continue  # a protest word's "contra X" is the grievance ("marcha contra el alza")
                for p in roles(sdoc[t.token_i]):
                    who = self._actor(p, m, ctx, country) if p is not None else None
                    if who is not None and who.inter not in (1, 8) and not bare_people(who.as_written) \
                            and not describes_people(who.as_written) or (
                            who is not None and who.inter in (5, 6)):
                        return who
        for m in ordered[:1]:
            named = self._actor_in_sentence(m, "protest", None, ctx, country, want={5, 6, 7})
            if named is not None:
                return named
        return None

    def _actor_before(self, m: Mention, etype: str, actor2, ctx: DocumentContext, country: Optional[str] = None,
                      back: int = 3, want: Optional[set] = None, named_only: bool = False):
        """Actor1 of an arrest, seizure or operation told without its agent ("Se incautaron
        dos fusiles"): the state force named in one of the ``back`` sentences before, nearest
        first, within the same paragraph or the one before."""
        sentences = self._doc.sentences
        i = m.sentence.index
        for s in reversed(sentences[max(0, i - back):i]):
            gap = m.sentence.para - s.para
            if s.headline or gap > 1 and m.sentence.index - s.index != gap:
                # the paragraph before, or a run of one-sentence paragraphs (a communiqué's lines)
                continue
            named = self._actor_in_sentence(Mention(s, None, etype, "support"), etype, actor2, ctx, country,
                                            want=want or {1}, named_only=named_only)
            if named is not None:
                return named
        return None

    def _remember_force(self, d: Draft, ev: Event) -> None:
        """Keep the state force an event's text names as a party (its unit as written: "unidades
        de la Zona de Defensa Integral Apure", "una patrulla del Ejército"), for the arrests and
        seizures told after it without their agent (``_force_before``)."""
        force = next((a for a in (ev.actor1, ev.actor2) if a is not None and a.inter == 1
                      and a.span is not None and a.as_written and not self._not_acting(a)), None)
        told = [m.sentence.index for m in d.mentions if not m.sentence.headline]
        if force is not None and told:
            self._doc.forces_told.append((told, force))

    def _not_acting(self, actor: Actor) -> bool:
        """A court, prosecutor or government (``_NOT_ACTING``): it orders or announces, not acts."""
        best = self.actors.best_in(actor.as_written, actor.country)
        return best is not None and best[2].role in _NOT_ACTING

    def _force_before(self, m: Mention, back: int = FORCE_BEFORE_GAP):
        """The state force of the incident told last before ``m``'s sentence (one of its body
        sentences at most ``back`` sentences before it), else None."""
        near = [(max(i for i in told if i < m.sentence.index), f) for told, f in self._doc.forces_told
                if any(i < m.sentence.index and 0 < self._worded_gap(i, m.sentence.index) <= back for i in told)]
        return max(near, key=lambda x: x[0])[1] if near else None

    def _worded_gap(self, i: int, j: int) -> int:
        """Sentences from ``i`` (excluded) to ``j`` (included) that have words: a communiqué's list
        numbers ("1.", "2.") parsed as sentences of their own do not count."""
        worded = self._doc.worded
        if worded is None or len(worded) != len(self._doc.sentences):
            worded = [any(c.isalpha() for c in parsed_text(s.span)) for s in self._doc.sentences]
            self._doc.worded = worded
        return sum(worded[i + 1:j + 1])

    def _issuer(self, m: Mention, etype: str, actor2, ctx: DocumentContext, country: Optional[str] = None,
                lead: int = COMMUNIQUE_LEAD):
        """Actor1 of an arrest, seizure or operation a communiqué tells without its agent far from
        where it names itself ("3. En la zona se halló un fusil", "capturamos a tres pandilleros"):
        the state force named in the report's first ``lead`` sentences (its heading, "La Fuerza de
        Tarea Conjunta informa que ..."), the first that names one."""
        sentences = self._doc.sentences
        for s in sentences[:min(lead, m.sentence.index)]:
            named = self._actor_in_sentence(Mention(s, None, etype, "support"), etype, actor2, ctx, country,
                                            want={1})
            if named is not None:
                return named
        return None

    def _actor_in_sentence(self, m: Mention, etype: str, actor2, ctx: DocumentContext, country: Optional[str] = None,
                           want: Optional[set] = None, besides=None, acting_only: bool = True,
                           named_only: bool = False, casualties: bool = True, teller_owns: bool = False):
        """Fallback actor1: the armed group (violent types) or state force (arrests...) named in
        the sentence; with ``want`` and ``besides``, another party of those inter codes; without
        ``casualties``, not a group told among a figure's casualties ("entre ellas nueve policías");
        with ``teller_owns``, also the body told after a reporting verb (whose unit a patrol is)."""
        if want is None:
            want = {2, 3} if FAMILY[etype] in ("violent", "abduction") else {1, 8}
        text = parsed_text(m.sentence.span)
        found = sorted(self.actors.find(text, country), key=lambda f: f[2].generic)  # named groups first
        if named_only:
            found = [f for f in found if not f[2].generic]
        if FAMILY[etype] in ("arrest", "seizure") and acting_only:
            # the force that acted, not the prosecutor, court or government it reported to
            found = [f for f in found if f[2].role not in _NOT_ACTING]
        if acting_only:
            # "La Secretaría ... informa que personal militar ...": who tells the act comes after a
            # party its "que" clause names (the named issuer otherwise comes first; whose unit a
            # patrol is, ``acting_only=False``, is still the force that reports it)
            # "En seguimiento a investigaciones de la DEIC, agentes de la PNC realizaron ...": a body led
            # by its members who act in the sentence comes before a body named first in an adjunct
            found = sorted(found, key=lambda f: (reports_at(m.sentence.span, f[0]),
                                                 not members_act(m.sentence.span, f[0], f[1])))
        if FAMILY[etype] not in ("arrest", "seizure") and not teller_owns:
            # "Cinco hombres murieron en un ataque a un bar, informó la Policía": who tells it after the
            # verb is no party to it (the force that tells an arrest without its agent made it)
            found = [f for f in found if not reported_after(m.sentence.span, f[0])]
        for s, e, entry in found:
            if bare_people(text[s:e]):
                continue  # "personas", "la comunidad": no party
            if entry.inter == 1 and describes_a_thing(m.sentence.span.doc, m.sentence.span.start_char + s,
                                                      m.sentence.span.start_char + e):
                continue  # "una operación militar", "objetivo militar": a thing's adjective, no party
            if entry.inter == 1 and names_a_building(m.sentence.span.doc, m.sentence.span.start_char + s,
                                                     m.sentence.span.start_char + e):
                continue  # "trasladado al Hospital de Carabineros": a building's name, no party
            if not casualties and among_casualties(text, s):
                continue
            if besides is not None and (self.actors.localise(entry, country).name == besides.name or (
                    besides.span is not None and besides.span.text and text[s:e] in besides.span.text)):
                continue
            if entry.inter in want and (actor2 is None or entry.name != actor2.name):
                entry = self.actors.localise(entry, country)
                s = members_before(text, s)  # "agentes de la PNC": the members named with the body
                os_, oe, t = ctx.to_original(m.sentence.span.doc, m.sentence.span.start_char + s,
                                             m.sentence.span.start_char + e)
                from cronica.model import Actor
                found_actor = Actor(entry.name, t, entry.inter, Span(os_, oe, t), entry.country, entry.cameo)
                if FAMILY[etype] in ("violent", "abduction") and _inside_words_of(found_actor, actor2):
                    # "se enfrentaron con un grupo de hombres armados": the other side's own words (a
                    # force inside an arrest's misread target, "la policía está llevándose presos", stays)
                    continue
                return found_actor
        return None


_PARTITIVE = re.compile(r"(?i)^\s*(\S+)\s+de\s+(?:los|las|estos|estas|esos|esas|sus)\s+(\w+)")


def _partitive_whole(victim: Optional[str]) -> Optional[str]:
    """The plural noun of a partitive victim phrase counted by its number ("uno de los asaltantes",
    "otro de los agresores", "dos de los agentes": "asaltantes"), whose side is the counted
    people's; else None."""
    m = _PARTITIVE.match(victim or "")
    if m is None:
        return None
    first = m.group(1).lower()
    return m.group(2) if first in ("uno", "una", "otro", "otra", "ninguno", "ninguna") or is_number_word(first) else None


# Who a list of names is about, by the words before it, when no one was described before
_FOR_WHOM = {"violent": re.compile(r"(?i)v[ií]ctima|fallecid|muert|occis|cad[aá]ver|cuerpo|herid|asesinad"),
             "abduction": re.compile(r"(?i)v[ií]ctima|secuestrad|plagiad|desaparecid|rehenes"),
             "arrest": re.compile(r"(?i)detenid|capturad|aprehendid|arrestad")}


def _one_sided_as_attack(d: Draft) -> None:
    """A clash told only as a "balacera" whose sentences tell one side firing on the other ("sujetos
    ... dispararon contra un grupo", "el ataque armado") is an attack (framing.yaml ``one_sided_nouns``)."""
    if d.type != "armed_clash":
        return
    told: dict[int, tuple] = {}
    for m in d.mentions:
        doc = m.sentence.span.doc
        for t in ([m.trigger] if m.trigger is not None else []) + list(m.sentence_triggers):
            told.setdefault(id(t), (t, doc))
    if fired_on_only(list(told.values()), load_framing()):
        d.type = "attack"


def _answered_as_clash(d: Draft, sentences: list[Sentence]) -> None:
    """An attack whose first body sentence tells a moving force unit attacked ("la patrulla fue atacada
    por una columna") and which that sentence or the next of its paragraph tells the unit answering
    ("Los efectivos repelieron la agresión", "En la respuesta de nuestras tropas murió un terrorista")
    is the clash (framing.yaml ``unit_attacked``, ``answered_fire``; ``answered_by_unit``)."""
    if d.type != "attack":
        return
    body = [m for m in d.mentions if not m.sentence.headline] or d.mentions
    first = min(body, key=lambda m: m.sentence.index).sentence
    told = [first] + [s for s in sentences[first.index + 1: first.index + 2] if not s.headline]
    if answered_by_unit(span_key(first.span), [span_key(s.span) for s in told], load_framing()):
        d.type = "armed_clash"


def _fire_with_explosives_as_attack(d: Draft) -> None:
    """A bombing told in a sentence that also tells the attackers firing ("dispararon con fusiles y
    lanzaron cargas de dinamita contra el puesto", "hostigaron con disparos y explosivos"): explosives are not
    the main means of an assault with firearms, so it is an attack (corpus/README.md, `bombing` when
    explosives are the main means)."""
    if d.type != "bombing":
        return
    for m in d.mentions:
        told = ([m.trigger] if m.trigger is not None else []) + list(m.sentence_triggers)
        # (both in one sentence: a shooting told elsewhere may be another incident or another sense)
        # (an act of firing, a verb: not an attack noun of a summary sentence that names other
        # incidents beside the blast)
        if any(t.type == "bombing" for t in told) and any(
                t.type == "attack" and not t.is_noun and "firearm" in t.variants for t in told):
            d.type = "attack"
            return


def _patient_names(m: Mention) -> set[str]:
    """The names in the phrase of whom the act befell ("alias X": the word after "alias" too)."""
    a = m.actor2
    if a is None:
        return set()
    text = a.text
    if a.text.split()[-1].lower() == "alias":
        text += " " + " ".join(parsed_text(m.sentence.span.doc)[a.end:a.end + 60].split()[:1])
    return actor_names(ActorMention(text, a.start, a.end))


def _headline_only(d: Draft) -> bool:
    """Is the incident told by headlines only?"""
    return all(m.sentence.headline for m in d.mentions)


def _body_report_of(headline: Draft, body: list[Draft]) -> Optional[Draft]:
    """The body's incident a headline-only incident announces, where the joining rules kept them
    apart only for a mark or a frame:
    - a headline that calls the incident new or another one, against the press's earlier ones
      ("Nuevo atentado contra el oleoducto", "Balean otro comercio"): the body's first report of
      that family, when the body tells none as new;
    - a violent verb heading a protest story ("Pobladores queman la alcaldía", "Estudiante herido en
      desalojo"): the body's protest, when the body tells no violent incident (framing.py types a
      violent act inside a protest as the protest);
    - a killing heading an operation story ("Abaten a ..."): the body's operation with its deaths."""
    same = [d for d in body if d.family == headline.family]
    if same:
        marked = any(m.new_incident for m in headline.mentions if m.trigger is not None)
        unmarked = not any(m.new_incident for d in same for m in d.mentions if m.trigger is not None)
        return same[0] if marked and unmarked else None
    if headline.family == "violent":
        protest = next((d for d in body if d.family == "protest"), None)
        return protest if protest is not None else _operation_with_deaths(headline, body)
    return None


def _taking_counted_in(headline: Draft, body: list[Draft]) -> Optional[Draft]:
    """The violent incident whose taking of people a headline's abduction names, when the same
    headline tells that incident and the body counts the captives in it ("Colonos matan a tres
    comuneros y se llevan a un joven" over "incendiaron las casas y se llevaron a un joven"): the
    people taken during an attack are its captives, not an abduction apart (train p-043; the
    abduction told apart keeps its own figure, ``tolls.split_abduction_tolls``)."""
    if headline.family != "abduction":
        return None
    lines = {m.sentence.index for m in headline.mentions}
    taken = {c.best for m in headline.mentions for c in m.counts if c.category == "kidnapped"}
    for d in body:
        if d.family != "violent" or not any(m.sentence.index in lines for m in d.mentions):
            continue
        counted = {c.best for m in d.mentions if not m.sentence.headline for c in m.counts
                   if c.category == "kidnapped" and c.best}
        if counted and (not taken or taken <= counted):
            return d
    return None


def _named_by_tally(d: Draft) -> bool:
    """Is the incident so far only named by a toll's update ("Sube a tres la cifra de muertos por
    el ataque ...") and its figures?"""
    return any(m.tally for m in d.mentions) and all(m.tally or m.trigger is None for m in d.mentions)


def _titled(d: Draft) -> bool:
    return any(m.sentence.entry_title for m in d.mentions)


def _first_entry_of(headline: Draft, body: list[Draft]) -> Optional[Draft]:
    """A bulletin's headline over entries with titles of their own ("Registro semanal de
    agresiones" over "Masacre en X. ...", "Desaparición de Y. ..."): it names the entries, not an
    incident apart; its incident is the first entry's of its family."""
    if _titled(headline) or not any(_titled(d) for d in body):
        return None
    return next((d for d in body if d.family == headline.family), None)


def _operation_with_deaths(headline: Draft, body: list[Draft]) -> Optional[Draft]:
    """The body's operation a headline's killing announces ("Abaten a cabecilla ..." over "Tropas
    abatieron ... durante una operación"): a killing told in an operation is the operation
    (``_group_sentence``), when the body tells the deaths with the operation and no violent incident."""
    if headline.type != "killing" or any(d.family == "violent" for d in body):
        return None
    return next((d for d in body if d.family == "operation" and any(_tells_deaths(m) for m in d.mentions)), None)


def _tells_deaths(m: Mention) -> bool:
    """Does the operation's mention tell deaths: a killed figure, or a sentence with a death word
    (``operation_setting.death`` in data/es/framing.yaml: "abatido", "murieron", "dado de baja") or
    its trigger's own verb of bringing down a target ("abatieron a alias X")?"""
    if any(c.category == "killed" and c.best for c in m.counts):
        return True
    if load_framing().setting_death.search(span_key(m.sentence.span)):
        return True
    return m.trigger is not None and fold(m.sentence.span.doc[m.trigger.token_i].text).startswith(_BRINGING_DOWN)


# verbs of bringing down a target, by their stem (the parser lemmatises "abatieron" badly):
# triggers.yaml types them as the operation in which a target is "abatido"
_BRINGING_DOWN = ("abat", "neutraliz")


def _named_day_age(t: TriggerMention, sdoc, sent_span: Span, ctx: DocumentContext) -> list[Optional[int]]:
    """[age]: the trigger is dated, as ``Assembler._locate`` dates its mention, to a day the text
    names ("el domingo", "el 3 de marzo"), ``age`` days before the publication (None: the text
    has none); []: no day named (a year, a month, the publication's day by default, a count)."""
    tok = sdoc[t.token_i]
    if _tally_of(tok):
        return []
    cs, ce = _clause_of(tok)
    date, _ = ctx.date_for(_span(ctx, sdoc, t.start, t.end), sent_span, _span(ctx, sdoc, cs, ce))
    if date is None or date.precision != "day" or date.span is None or date.end is None:
        return []
    return [None if ctx.published is None else (ctx.published - date.end).days]


#: How many incidents a text must date by their own words before an incident it cannot date at all
#: reads as its background (``_without_undated_background``).
CHRONICLE_MIN_DATED = 2
_VICTIM_FIGURES = ("killed", "wounded", "kidnapped")


def _without_undated_background(drafts: list[Draft]) -> list[Draft]:
    """Drop an incident the text gives no date at all (no date of its own words, no story date, no
    publication date) and no victim figure, when the text dates two or more incidents by their own
    words and leaves no more undated than it dates: a chronicle of a place or a group ("El 27 de
    julio de 1981, ...", "En agosto de 1984, ...") dates each incident it tells, and its undated
    sentences tell the setting: who lived there, what a force did for years, what a group still
    does, a section heading (train ze-005, ze-006, ze-007, ze-008, ze-035, b-011; dev ze-001, b-233,
    n-015). A text that tells most of its incidents undated (a story told day by day, "El día 12",
    "Dos días más tarde", under one year named once) keeps them. Only an undated text can leave an
    incident with no date: a news report falls back on its publication day."""
    dates = [d.best_date() for d in drafts]
    dated = sum(1 for _, via in dates if via in ("clause", "sentence"))
    undated = sum(1 for date, _ in dates if date is None)
    if dated < CHRONICLE_MIN_DATED or undated == 0 or undated > dated:
        return drafts
    return [d for d, (date, _) in zip(drafts, dates) if date is not None or _tells_victim_figures(d)]


def _tells_victim_figures(d: Draft) -> bool:
    return any(c.best and c.category in _VICTIM_FIGURES for m in d.mentions for c in m.counts)


def _without_outcome_settings(drafts: list[Draft], sentences: list[Sentence]) -> list[Draft]:
    """Drop an operation incident told only as the frame of the arrests or seizures the next
    sentences report under it ("La Policía ejecutó el domingo una operación en X." ... "Durante la
    operación se aprehendió a 14 personas"; ``operation_setting.outcomes`` in data/es/framing.yaml):
    the conventions code the arrests and the seizures, not the operation they were made in. Kept
    when the operation tells deaths or wounds, or is told by another word than an operation noun
    (a rescue, an eviction, a cordon: events of their own)."""
    cues = load_framing()
    if cues.setting_outcomes is None:
        return drafts
    unless = cues.setting_outcomes_unless
    opens = [s.index for s in sentences if _opens_outcomes(s, cues.setting_outcomes)
             and not (unless and unless.search(span_key(s.span)))]
    outcome_at = {m.sentence.index for d in drafts if d.family in ("arrest", "seizure") for m in d.mentions}
    if not opens and not outcome_at:
        return drafts

    def frame_only(d: Draft) -> bool:
        told = [m for m in d.mentions if m.trigger is not None]
        if d.type != "security_operation" or not told or not all(_operation_noun(m, cues) for m in told) \
                or any(_tells_deaths(m) or any(c.category == "wounded" and c.best for c in m.counts)
                       or (unless and unless.search(span_key(m.sentence.span))) for m in d.mentions):
            return False
        last = d.last_sentence
        if all(_told_as_setting(m, cues) for m in told):
            # "en el marco de la operación X, personal de la Dirandro intervino una embarcación" then
            # "En la embarcación se hallaron ..." and "Fueron detenidos ...": the operation only frames them
            return any(last < k <= last + cues.setting_outcomes_window for k in outcome_at)
        return any(last < k <= last + cues.setting_outcomes_window and {k, k + 1, k + 2} & outcome_at
                   for k in opens)

    return [d for d in drafts if not frame_only(d)]


def _told_as_setting(m: Mention, cues) -> bool:
    """Is the operation told only as the setting of its sentence ("en una operación conjunta con la
    Fuerza Naval, se aseguró una aeronave", "en el marco de la operación ..."; ``operation_as_setting``),
    with no outcome of its own there (``operation_setting.own_outcomes``: a camp destroyed, an airstrip
    disabled)?"""
    tok = m.sentence.span.doc[m.trigger.token_i]
    own = cues.setting_own_outcomes
    return operation_as_setting(tok, cues) and not (own is not None and own.search(span_key(m.sentence.span)))


def _opens_outcomes(sent: Sentence, pattern) -> bool:
    """Does the sentence open by telling what an operation yielded ("Durante la operación ...")?"""
    key = span_key(sent.span)
    found = pattern.search(key)
    return found is not None and not re.search(r"\w", key[:found.start()])


def _operation_noun(m: Mention, cues) -> bool:
    """Is the operation told by an operation noun ("una operación", "el operativo", "12 allanamientos")?"""
    tok = m.sentence.span.doc[m.trigger.token_i]
    return m.trigger.is_noun and (match_key(tok.text) in cues.setting_nouns or match_key(tok.lemma_) in cues.setting_nouns)


def _launched(m: Mention) -> bool:
    """Is the operation told by a verb that launches one ("desplegó tropas", "lanzó una ofensiva",
    "inició un operativo"; ``operation_setting.launch`` in data/es/framing.yaml): an act of its own?"""
    if m.trigger is None:
        return False
    tok = m.sentence.span.doc[m.trigger.token_i]
    launch = load_framing().setting_launch
    return tok.lemma_ in launch or (m.trigger.is_noun and tok.head.lemma_ in launch)


def _assault_first(mentions: list[Mention]) -> bool:
    """Do the incident's headlines or its first report sentence tell it as an armed assault on a
    place or on the people present at one ("irrumpieron en un billar y abrieron fuego contra los
    clientes", "murieron tras el ataque armado contra el bar")? Then the people killed are its toll
    and it is an `attack`, whatever word a headline or a later sentence gives the deaths
    (corpus/README.md, "Civilians shot in an armed assault on a place"). A verbless title in the
    body ("MASACRE EN OVEJAS." opening a bulletin entry: train u-037) is a headline: the first
    report sentence is the one after it."""
    titles = {id(m.sentence) for m in mentions if m.sentence.headline or _verbless(m.sentence.span)}
    lead = next((m for m in mentions if id(m.sentence) not in titles), mentions[0])
    # (of a headline that tells several incidents in clauses of their own, this one's clause: ``_clauses``)
    told = {id(m.sentence): m.sentence.span.doc[_member_tokens(m)] if m.member_tokens[1] else m.sentence.span
            for m in mentions if id(m.sentence) in titles or m is lead}
    return any(told_as_assault(span, load_framing()) for span in told.values())


def _one_shot_dead(actor2: Optional[Actor], counts: dict[str, Count]) -> bool:
    """Is the target of an `attack` one civilian who died, no one else hurt ("Atacan a bala a un
    mototaxista" ... "falleció en el hospital", "le dispararon a <name> ... Murió en el hospital")?
    One person shot is a `killing` (corpus/README.md, "Civilians shot in an armed assault on a
    place", session 18; train d-050, j-005). Not a place or a vehicle ("la camioneta", "un bar"),
    a group ("una familia"), a protest or a force; not a target who survived while another died (a wounded
    count: "sobrevivió al atentado en el que murió su chofer", train n-008)."""
    killed, wounded = counts.get("killed"), counts.get("wounded")
    if actor2 is None or killed is None or killed.best != 1 or (wounded is not None and wounded.best):
        return False
    if _premises(actor2) or _place_or_toll(actor2) or bare_people(actor2.as_written):
        return False
    if load_framing().protest_nouns.search(match_key(actor2.as_written or "")):
        return False  # "atacaron a tiros la protesta de los transportistas y mataron a un taxista": the attack
    return _one_person(actor2) or _one_described(actor2)


#: words of a sentence about someone else than the dead: the wounded, the unharmed, a suspect
_OTHER_PEOPLE = re.compile(r"(?i)\b(?:herid|lesionad|ilesos?\b|ilesas?\b|detenid|captur|aprehend|arrestad|sospech|acusad|"
                           r"imputad|señalad|agresor|sicari|presunt|conductor del veh|testig)")


def _one_described(actor: Actor) -> bool:
    """A civilian or unknown party told as one person by a definite article and a noun that is not
    a target, a place nor a group word ("el mototaxista", "la comerciante"; ``target_nouns``,
    ``premises_nouns``, ``bare_people`` of roles.yaml)."""
    words = [w.strip(",.;:«»\"'()“”").lower() for w in (actor.as_written or "").split()]
    if len(words) < 2 or words[0] not in ("el", "la") or actor.inter not in (None, 7) or any(w in ("y", "e") for w in words):
        return False
    cues = load_role_cues()
    return words[1] not in cues.target_nouns and words[1] not in cues.premises_nouns and words[1] not in cues.bare_people


def _verbless(span) -> bool:
    """A sentence with no verb: a title set in the body ("MASACRE EN OVEJAS.", "Masacre en Tumaco")."""
    return not any(t.pos_ in ("VERB", "AUX") for t in span)


def _first_told(mentions: list[Mention]) -> Mention:
    """The first mention the body tells, else the first one: a headline only announces the
    incident the body reports ("Rescatan a X; capturan a dos" ... "fueron capturados dos hombres")."""
    return next((m for m in mentions if not m.sentence.headline), mentions[0])


def _headline_announcing(drafts: list[Draft], m: Mention) -> Optional[Draft]:
    """The only incident a new one (``m.new_incident``) may join: a headline of its family that
    announces a new incident too, or any headline of its family for an outcome of a further
    operation ("En otro operativo, ...")."""
    return next((d for d in drafts if d.family == FAMILY[m.type]
                 and _headline_only(d)
                 and (m.trigger.follow_up or all(x.new_incident for x in d.mentions if x.trigger))), None)


def _opens_entry(m: Mention) -> bool:
    """A bulletin entry's title names the incident its entry tells next, never one of the
    entries before ("Masacre en X." after an entry about a killing in Y): a new incident, which
    the entry's body joins as a headline's."""
    return m.sentence.entry_title and m.trigger is not None and m.strength == "strong"


def _opens_with(sent: Sentence, openings: Sequence[str]) -> bool:
    """Does the sentence open with one of ``openings`` (lower-case words: an attribution, "Según
    testigos, ...", ``attribution_openings``; a result, "Como resultado, ...", ``result_openings``)?
    Never a headline."""
    if sent.headline or not openings:
        return False
    words = [t.lower_ for t in span_tokens(sent.span)[:4]]
    return any(words[:len(o.split())] == o.split() for o in openings)


def _pluperfect(tok) -> bool:
    """Is the trigger's verb (or the verb it hangs from) told in the pluperfect ("lo habían
    sacado", "habían sido retenidos"): an act before the one just reported?"""
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    return any(c.dep_.startswith("aux") and c.lemma_ == "haber" and "Imp" in c.morph.get("Tense")
               for c in verb.children)


def _member_target(member, sdoc) -> Optional[ActorMention]:
    """What a member's own verb did it to ("la primera reventó los vidrios de una agencia bancaria",
    "una en la vía a X que dejó un carro incinerado"): the object of the first verb of its segment."""
    verb = next((t for t in sdoc[member.first:member.last + 1] if t.pos_ == "VERB"), None)
    return None if verb is None else roles(verb)[1]


ZERO_AFTER_MEMBERS = 2  # sentences after an enumeration in which "No hubo heridos" still covers all its members


def _zeros_of_members(drafts: list[Draft]) -> None:
    """A zero told right after a counted noun unpacked into members ("Dos explosiones ...: la primera
    ... y otra .... No reportan heridos") is every member's: the sentence with only that zero, which
    joined one of them, joins the others too. In place."""
    groups: dict[int, list[Draft]] = {}
    for d in drafts:
        for x in d.mentions:
            if x.member and d not in groups.setdefault(id(x.trigger), []):
                groups[id(x.trigger)].append(d)
    for group in groups.values():
        told = min(x.sentence.index for d in group for x in d.mentions if x.member)
        zeros = [x for d in group for x in d.mentions if x.trigger is None and x.counts
                 and all(c.best == 0 for c in x.counts) and 0 < x.sentence.index - told <= ZERO_AFTER_MEMBERS]
        for z in zeros:
            for d in group:
                if z not in d.mentions:
                    d.mentions.append(z)


def _incidents_covered(text: str) -> Optional[int]:
    """How many incidents a zero's sentence says it covers ("No hubo heridos en ninguno de los dos
    hechos", "En ninguno de los tres ataques hubo víctimas", "sin lesionados en ambos casos"): the
    number before an incident noun of counts.yaml after the words of ``each_incident``, else None."""
    cues = load_count_cues()
    words = re.findall(r"\w+", text.lower())
    for k in range(len(words) - 1):
        for lead in cues.each_incident:
            n = len(lead)
            if tuple(words[k:k + n]) != lead:
                continue
            rest = words[k + n:k + n + 2]
            if lead[-1] in ("ambos", "ambas"):
                if rest and rest[0] in cues.incident_nouns:
                    return 2
            elif len(rest) == 2 and rest[1] in cues.incident_nouns:
                value = int(rest[0]) if rest[0].isdigit() else words_value([rest[0]])
                if value is not None and value >= 2:
                    return value
    return None


def _zeros_of_each(drafts: list[Draft]) -> None:
    """A zero told of several incidents at once ("No hubo heridos en ninguno de los dos hechos" after
    two arsons; corpus train t-015, dev a-142) is the zero of each of them, not only of the one its
    sentence joined: the sentence joins the others too, the N incidents of a kind that takes a zero
    nearest to it (``_incidents_covered``), unless one tells a figure of that category. In place."""
    for d in list(drafts):
        for z in list(d.mentions):
            if z.trigger is not None or not z.counts or any(c.best != 0 or c.category not in _ZERO_CATEGORIES
                                                            for c in z.counts):
                continue
            n = _incidents_covered(z.sentence.span.text)
            if n is None:
                continue
            cats = {c.category for c in z.counts}
            near = sorted((o for o in drafts if FAMILY[o.type] in _ZERO_FAMILIES),
                          key=lambda o: min(abs(x.sentence.index - z.sentence.index) for x in o.mentions))[:n]
            if d not in near:
                continue
            for o in near:
                if z in o.mentions or any(c.category in cats and c.best for x in o.mentions for c in x.counts):
                    continue
                o.mentions.append(z)


def _member_tokens(m: Mention) -> slice:
    """The tokens of a member's segment of its sentence (the whole sentence when none is kept)."""
    a, b = m.member_tokens
    return slice(a, b) if b > a else slice(m.sentence.span.start, m.sentence.span.end)


def _content_words(span) -> set[str]:
    """The folded nouns, names and adjectives of a span, of four letters or more."""
    return {match_key(t.text) for t in span if t.pos_ in ("NOUN", "PROPN", "ADJ") and len(t.text) >= 4}


def _members_apart(d: Draft, m: Mention) -> bool:
    """``m`` and a mention of the incident are two members of one sentence: of one counted noun
    ("la primera ... y otra ...": enumeration.py) or two clauses each telling its own incident
    (``Assembler._clauses``): two incidents."""
    return m.member > 0 and any(x.member > 0 and x.member != m.member and x.sentence is m.sentence
                                for x in d.mentions)


def _named_apart(d: Draft, m: Mention) -> bool:
    """The mention and the incident name the people it befell, and no name is in common
    ("asesinaron a Juan Pérez Soto" / "mataron a María Quispe Rojas"): two incidents."""
    mine = person_names(m.actor2)
    if not mine:
        return False
    theirs = set().union(*(person_names(x.actor2) for x in d.mentions))
    return bool(theirs) and not mine & theirs


_ANOTHER = {"otro", "otra", "otros", "otras", "nuevo", "nueva", "nuevos", "nuevas"}


def _told_apart(d: Draft, m: Mention) -> bool:
    """The text itself tells the mention as another incident: its noun is "otro"/"nuevo"
    ("se produjo un nuevo enfrentamiento", "otra emboscada"; not "este nuevo ataque", a
    reaction pointing back), unless the incident is a headline announcing it; or, of another
    family, as what followed the incident ("Tras el ataque, desplegaron tropas", "un operativo
    para localizar a los responsables"): the response is an event of its own."""
    if m.trigger is None:
        return False
    if m.trigger.is_noun and not _headline_only(d):
        tok = m.sentence.span.doc[m.trigger.token_i]
        mods = {c.lower_ for c in tok.children if c.dep_ in ("det", "amod") and c.i < tok.i}
        if mods & _ANOTHER and not mods & DEMONSTRATIVES:
            return True
    if FAMILY[m.type] != d.family and bool(aftermath_cues(m)):
        return True
    if m.trigger is not None and m.trigger.follow_up and not _headline_only(d):
        return True  # an outcome of a further operation of the report ("En otro operativo, ...")
    return _own_event_beside(d, m)


def _own_event_beside(d: Draft, m: Mention) -> bool:
    """What the annotation conventions count as an event of its own next to an operation or
    a kidnapping: an arrest or a seizure made in an operation ("En el operativo fueron
    aprehendidos ...") and the rescue of the hostages. (An operation told as the frame of
    an arrest may still join the arrest: the other direction.)"""
    fam = FAMILY[m.type]
    if fam in ("arrest", "seizure") and d.family == "operation":
        return True
    return fam == "operation" and d.family == "abduction" and m.trigger is not None \
        and "rescue" in m.trigger.variants


def _blast_only(d: Draft) -> bool:
    """A bombing told only by blast words ("la explosión", "estalló"), never by an attack's."""
    return d.type == "bombing" and all(
        is_blast_word(m.sentence.span.doc[m.trigger.token_i].lemma_) for m in d.mentions if m.trigger is not None)


def _dead(counts: dict) -> bool:
    """Someone was killed (a stated zero, "no hubo víctimas", is no killing)."""
    k = counts.get("killed")
    return k is not None and bool(k.best or k.low)


def _toll_of_another_time(d: Draft, m: Mention, slack_days: int = 0) -> bool:
    """A sentence with only a toll, dated by its own words to a time apart from the incident's
    ("En mayo de 2006 ... dinamitó el oleoducto." then "El 21 de enero de 2012, su comandante murió"):
    another incident's toll. ``slack_days``: how far apart the two may be and still be one
    incident (a blockade "desde el jueves" and its clearing "el sábado"; "al día siguiente")."""
    d_date, _ = d.best_date()
    if m.date is None or d_date is None or m.date_via not in ("clause", "sentence"):
        return False
    if not (m.date.start and m.date.end and d_date.start and d_date.end):
        return False
    if _revises_toll(m) and 0 <= (m.date.start - d_date.end).days <= REVISION_DAYS:
        return False  # "el miércoles la cifra se elevó a tres": a later revision of the toll
    return (d_date.start - m.date.end).days > slack_days or (m.date.start - d_date.end).days > slack_days


def _more_wounded(m: Mention, sdoc, another_time=None) -> Mention:
    """"Otras tres personas resultaron heridas de bala" after an incident: the only trigger is the
    wound itself and "otras" adds to the toll told before; a casualty sentence of that incident, not
    a new shooting. (Not when the sentence moves in time: "Un día antes, otro joven había sido
    hallado muerto" is another incident, incidents.py; the caller, ``Assembler._more_victims``,
    keeps apart a sentence opening with a day or month of its own: "El 12 de mayo, otro chofer de
    la misma ruta fue asesinado a balazos en ..." recalls an older incident, train t-013.)"""
    if m.trigger is None or not m.counts or any(c.category not in ("killed", "wounded") for c in m.counts):
        return m
    if another_victim_another_time(m, another_time):
        return m
    at = sdoc[m.trigger.token_i].idx
    if any(c.other and c.best and c.start <= at < c.end for c in m.counts):
        return Mention(m.sentence, None, m.type, "support", counts=m.counts)
    return m


REVISION_DAYS = 31  # how long after an incident a revised toll ("la cifra se elevó a") is still its own


def _another_count_of(drafts: list[Draft], m: Mention, group_of) -> bool:
    """A sentence with only a toll that the incident just told (same time) turned away for its
    figures alone ("murió un comunero y veinte personas resultaron heridas" then "la Policía dijo
    que doce de sus agentes fueron lesionados"): another count of that incident's toll (one side's,
    another source's), never the toll of an incident the text tells after it."""
    return any(d.family in TOLL_FAMILIES and 0 <= m.sentence.index - d.last_sentence <= CASUALTY_GAP
               and not _toll_of_another_time(d, m) and _figures_contradict(d, m, group_of) for d in drafts)


def _unharmed_zero(c: CountMention, docs) -> bool:
    """A zero told by the unharmed words ("el concejal salió ileso", "su mujer y su hija salieron
    ilesas"): of those people, not of everyone at the incident. ``docs`` maps the count to its text."""
    text = docs.get(id(c))
    return c.best == 0 and text is not None and "iles" in fold(text[c.start:c.end])


def _without_unharmed_beside_harmed(counts: list[CountMention], mentions: list[Mention]) -> list[CountMention]:
    """The incident's counts without the zeros of people told unharmed when the incident tells
    others killed or wounded ("salió ileso de un atentado ... Su guardaespaldas fue herido", "el
    suboficial murió en el acto; su mujer y su hija salieron ilesas"): the counts are the others'
    (corpus/README.md, "Unharmed people"; train zj-026, zl-024)."""
    docs = {id(c): m.sentence.span.doc.text for m in mentions for c in m.counts}
    if not any(c.category in ("killed", "wounded") and c.best for c in counts):
        return counts
    return [c for c in counts if not _unharmed_zero(c, docs)]


def _figures_contradict(d: Draft, m: Mention, group_of) -> bool:
    """A killed or wounded figure of ``m`` differs from the incident's figure of that category (not
    a first report, nor more people, an update, the count before the rise, or the other side's dead:
    "murieron tres soldados" then "fueron neutralizados seis integrantes del grupo", each side
    known by ``group_of`` and the incident holding no figure of the second)."""
    docs = {id(dc): dm.sentence.span.doc.text for dm in d.mentions for dc in dm.counts}
    # (people told unharmed do not deny that others were hurt: "salió ileso" then "Su escolta fue herido")
    harmed = any(c.category in ("killed", "wounded") and c.best for c in m.counts)
    known = [dc for dm in d.mentions for dc in dm.counts
             if dc.best is not None and not dc.preliminary  # a first report may be revised
             and not (harmed and _unharmed_zero(dc, docs))]
    # ("elevó la cifra a once, tras hallar dos cuerpos más": the figures beside a rise are its parts)
    risen = {c.category for c in m.counts if c.update}
    body = [dc for dm in d.mentions if not dm.sentence.headline for dc in dm.counts
            if dc.best is not None and not dc.preliminary and not (harmed and _unharmed_zero(dc, docs))]
    return any(c.category in ("killed", "wounded") and c.best is not None and not c.additive and not c.update
               and c.category not in risen and not c.preliminary and not _before_the_rise(d, c)
               # (a body's "no dejó víctimas" against a headline's figure only: the headline may sum up
               # a roundup, "dron, un líder asesinado y combates", and ``counts_told`` drops its figure)
               and any(k.category == c.category and k.best != c.best for k in (body if c.best == 0 else known))
               and not _another_side(c, [k for k in known if k.category == c.category], group_of)
               for c in m.counts)


def _another_side(c: CountMention, known: list[CountMention], group_of) -> bool:
    """``c`` counts a side apart from every side ``known`` counts (both told by their victims:
    "efectivos" and "integrantes del grupo", not "personas")."""
    side = group_of(c)
    sides = {group_of(k) for k in known}
    return side not in ("unknown", "other") and bool(sides) and "unknown" not in sides and side not in sides


def _before_the_rise(d: Draft, c: CountMention) -> bool:
    """A figure below the one the incident's toll was raised to ("la cifra de muertos se elevó a
    ocho" then "seis internos murieron en el lugar") is the count before the rise: the same
    incident's toll, not a contradiction."""
    return c.best is not None and any(dc.update and dc.category == c.category and dc.best is not None
                                      and dc.best > c.best for dm in d.mentions for dc in dm.counts)


def _revises_toll(m: Mention) -> bool:
    """A mention whose figures revise a toll ("la cifra se elevó a tres fallecidos", "uno de los heridos
    murió"): told on a later day than the incident, it is the incident's all the same."""
    return any((c.update or c.from_wounded) and c.category in ("killed", "wounded") for c in m.counts)


def _each_once(sentences: Sequence[Sentence]) -> list[Sentence]:
    """The sentences in their order, each once (by index)."""
    seen: set[int] = set()
    return [s for s in sentences if not (s.index in seen or seen.add(s.index))]


def _adjective_only(written: Optional[str]) -> bool:
    """A force told by one lowercase word, the adjective of "una operación militar" or "policial"."""
    return bool(written) and len(written.split()) == 1 and written.islower()


#: words of a figure before the people it counts ("al menos once personas", "unas 30 personas")
_FIGURE_WORDS = frozenset({"al", "menos", "unas", "unos", "más", "cerca", "casi", "otras", "otros"})


def _where_killed(actor: Actor) -> bool:
    """A place told as where people were killed or found dead ("una fosa clandestina", "las
    viviendas" of a massacre, "el penal de X"): its head, after an article or a figure, is one of
    ``death_places``, or a plural of ``premises_nouns``."""
    cues = load_role_cues()
    head = _head_word(actor.as_written)
    # (a bar, a shop or a house assaulted is the place hit: "Civilians shot in an armed assault on a place")
    return head in load_taken_cues().death_places or head in cues.premises_nouns and head.endswith("s") \
        and head not in ("bus", "autobús")


_PERSON_NAME = r"[A-ZÁÉÍÓÚÑ][a-záéíóúñü]+(?:\s+(?:de\s+|del\s+|de\s+la\s+)?[A-ZÁÉÍÓÚÑ][a-záéíóúñü]+){1,4}"
#: a victim's name told after the words that introduce it ("Se trata de X", "identificado como X")
_NAMED_AS = re.compile(r"(?:identificad[oa] como|[Ss]e trata de|respond[ií]a al nombre de|de nombre|se llamaba|"
                       r"[Ll]a v[ií]ctima (?:fue identificada como|era|es))\s+(?:el |la )?(?:[a-záéíóúñ]+ ){0,3}?"
                       rf"(?P<name>{_PERSON_NAME})(?=\s*[,.;(]|\s+(?:quien|que|de|y)\b)")
#: a name opening a clause with the age beside it ("Según la ACIN, Wilson Yatacué Conda, de 34 años, ...")
_NAME_AGED = re.compile(rf"(?:^|,\s)(?P<name>{_PERSON_NAME}),\s+de\s+\d+\s+a[nñ]+os\b")


def _one_described(actor: Actor) -> bool:
    """A victim told as one person by a description alone ("Un líder comunal de 52 años", "el
    conductor"): a civilian or unknown party, a singular article first, no person's name in it."""
    words = (actor.as_written or "").split()
    cues = load_role_cues()
    things = cues.target_nouns | cues.premises_nouns | cues.vehicle_nouns | cues.place_words | cues.part_nouns \
        | load_taken_cues().death_places | cues.container_nouns | cues.camp_nouns | cues.unit_nouns | cues.area_nouns
    if _head_word(actor.as_written) in things:
        return False  # "la estación", "un bus": a thing, not a person
    return actor.inter in (None, 7) and len(words) >= 2 and words[0].lower() in ("un", "una", "el", "la") \
        and (actor.name is not None or not _names_person(actor)) and not any(w.lower() in ("y", "e") for w in words)
    # (capitals in a phrase the lexicon placed in a category name a body, not the person:
    # "Un integrante de la Guardia Indígena")


def _same_words(a: Actor, b: Actor) -> bool:
    """Do two actors stand on overlapping words of the text?"""
    return a.span is not None and b.span is not None and a.span.start < b.span.end and b.span.start < a.span.end


def _label_only_person(actor: Actor) -> bool:
    """A civilian or unknown person told by a definite article and one noun ("el hombre", "el
    estudiante", "los cautivos"), no place or unit (``premises_nouns``, ``target_nouns``), not the
    people present (``patron_words``: "los presentes")."""
    words = (actor.as_written or "").lower().split()
    cues = load_role_cues()
    return actor.inter in (None, 7) and len(words) == 2 and words[0] in ("el", "la", "los", "las") \
        and words[1].isalpha() and words[1] not in cues.premises_nouns and words[1] not in cues.target_nouns \
        and words[1] not in cues.vehicle_nouns and words[1] not in cues.patron_words


def _told_plural(written: Optional[str]) -> bool:
    """Does the phrase start with a plural ("unos", "unas", a number above one)?"""
    first = ((written or "").lower().split() or [""])[0]
    return first in ("unos", "unas") or (first not in ("un", "una", "uno", "1") and (is_number_word(first) or first.isdigit()))


def _introduces_people(written: Optional[str]) -> bool:
    """People told for the first time: an indefinite or a number before a word for people or a
    person's description ("un comerciante de 47 años", "cuatro personas", "dos contratistas"),
    no place or unit."""
    words = [w.strip(",.;:«»\"'()").lower() for w in (written or "").split()]
    cues = load_role_cues()
    if len(words) < 2 or not (words[0] in ("un", "una", "unos", "unas") or is_number_word(words[0])
                              or words[0].isdigit()):
        return False
    return words[1].isalpha() and words[1] not in cues.premises_nouns and words[1] not in cues.target_nouns \
        and words[1] not in cues.vehicle_nouns and words[1] not in cues.remains_nouns


def _unnamed_person(actor: Actor) -> bool:
    """A civilian or unknown party told by a description alone ("el dirigente", "uno de los
    cabecillas más buscados"): no capitalised word after its first."""
    words = (actor.as_written or "").split()
    return actor.inter in (None, 7) and bool(words) and not any(w[:1].isupper() for w in words[1:])


_TAKING_TYPES = ("kidnapping", "disappearance")


def _one_taken(d, actor2: Optional[Actor], ctx, types: tuple[str, ...] = ("kidnapping",)) -> dict[str, Count]:
    """A kidnapping no figure counts, of one person: its victim named by a person's name ("el
    periodista X, privado de su libertad el jueves": dev f-017), or its own trigger telling of one
    ("el empresario fue interceptado": corpus train m-027, n-031, q-004, dev l-031) or of a counted
    object or passive subject ("a los siete delegados": train ze-024, y-007; ``taken_count``).
    Not "un, una" alone (an actor2 may be "una camioneta": train g-018). The gold of every
    kidnapping of the corpus's train and dev splits holds a figure. With ``types`` also a
    disappearance's own trigger ("agentes policiales se lo llevaron esposado": train zb-004)."""
    if actor2 is not None and _names_person(actor2) and _one_person(actor2):
        return {"kidnapped": Count(1, 1, 1, actor2.span)}
    for m in d.mentions:
        if m.trigger is not None and m.trigger.type in types and m.trigger.reference is None:
            doc = m.sentence.span.doc
            n = taken_count(doc[m.trigger.token_i])
            if n is not None:
                s, e, _ = ctx.to_original(doc, m.trigger.start, m.trigger.end)
                return {"kidnapped": Count(n, n, n, Span(s, e, ctx.text[s:e]))}
    return {}


def _names_person(actor: Actor) -> bool:
    """A civilian or unknown party named by a person's name: two capitalised words in a row
    ("Lizandro Torres", "el líder indígena Santiago Contoricón")."""
    words = [w.strip(",.;:«»\"'()“”") for w in (actor.as_written or "").split()]
    return actor.inter in (None, 7) and any(
        a[:1].isupper() and b[:1].isupper() and a.isalpha() and b.isalpha() for a, b in zip(words, words[1:]))


_REMAINS = re.compile(r"\b(?:restos|osamentas?|cuerpos?|cad[aá]ver(?:es)?)\b", re.IGNORECASE)


#: `other` acts made where their people are, not at a court's or a government's seat: an armed
#: group's order to leave or to stay ("ordenaron a las familias abandonar la vereda": train zd-024; a
#: paro armado's confinement) and a threat (data/es/triggers.yaml variants)
_MADE_THERE_VARIANTS = frozenset({"threat", "displacement", "confinement"})
_CURFEW = re.compile(r"\btoques? de queda\b", re.IGNORECASE)


def _made_where_told(d) -> bool:
    """An `other` incident made where its people are: a threat, an armed group's displacement or
    confinement order, or a curfew (a town's own measure: "el alcalde decretó toque de queda", dev
    m-015, train a-116), so it keeps the story's place; a ruling or a state of emergency told with
    no place of its own does not (a court's seat, a national decree)."""
    return _told_as_threat(d) or any(
        m.trigger is not None and (set(m.trigger.variants[:1]) & _MADE_THERE_VARIANTS
                                   or _CURFEW.search(parsed_text(m.sentence.span)) is not None)
        for m in d.mentions)


def _told_as_threat(d) -> bool:
    """An `other` incident some trigger tells as a threat ("amenazaron de muerte", "lo declaran
    objetivo militar"): made where its victims are, not a decree's or a court's seat."""
    return any(m.trigger is not None and m.trigger.variants[:1] == ("threat",) for m in d.mentions)


def _victim_framed(variants: list[str], victim: Optional[Actor], told: list, office) -> list[str]:
    """``variants`` with ``prominent`` kept only when the victim's own words, or a trigger's ("magnicidio"),
    name a holder or seeker of public office: CAMEO 186 and 185 are the victim's position "explicitly
    reported" (data/taxonomy.yaml readings), not an office named anywhere in the sentence ("el alcalde
    condenó el asesinato de un comerciante" is the means' code)."""
    words = [victim.as_written] if victim is not None and victim.as_written else []
    words += [parsed_text(m.sentence.span.doc)[m.trigger.start:m.trigger.end] for m in told]  # (the Doc's text joined once)
    if office is not None and any(_heads_with_office(w, office) for w in words):
        return variants
    return [v for v in variants if v != "prominent"]


_DETERMINER = re.compile(r"(?:(?:el|la|los|las|un|una|unos|unas|al|del|a)\s+)?")


def _heads_with_office(words: str, office) -> bool:
    """Do the words open with an office ("el concejal X", "un exalcalde"), not name it in a complement
    ("la vivienda de un juez": the house is the target told)?"""
    key = match_key(words)
    plain = getattr(office, "ungated", office)
    return plain.match(key, _DETERMINER.match(key).end()) is not None


def _one_person(actor: Actor) -> bool:
    """A civilian or unknown party that is one person: named ("Rosa Quispe", "el párroco Julio
    Mora") or told with a singular article ("un joven de 20 años", "un sacerdote"), not a list.
    (The caller keeps out the remains found: "una osamenta".)"""
    words = [w.strip(",.;:«»\"'()“”").lower() for w in (actor.as_written or "").split()]
    if not words or any(w in ("y", "e") for w in words) or actor.inter not in (None, 7):
        return False
    return words[0] in ("un", "una") or _names_person(actor)


def _premises(actor: Actor) -> bool:
    """A house, shop or bar told as the target ("un ataque armado contra una cantina"): the
    victims the report names, when it names them, are who was hit (``premises_nouns``)."""
    return _head_word(actor.as_written) in load_role_cues().premises_nouns


def _a_party(actor: Optional[Actor]) -> bool:
    """An actor that stands for a party: not missing, and not a thing or a figure of people no
    lexicon names (``_place_or_toll``: "sus vehículos", "cuatro hombres")."""
    return actor is not None and not (actor.name is None and _place_or_toll(actor))


def _place_or_toll(actor: Actor) -> bool:
    """A target told as a building, vehicle or installation ("un bar", "dos camionetas", "una
    discoteca") or as a figure of people ("cinco personas", "cuatro hombres"), not one person
    ("un hombre de 27 años") nor a name."""
    cues = load_role_cues()
    lead = [w.strip(",.;:«»\"'()").lower() for w in (actor.as_written or "").split()[:3]]
    if any(w in cues.premises_nouns or w in cues.target_nouns for w in lead):
        return True  # (after an article or a figure: "dos camionetas")
    return (bare_people(actor.as_written) or describes_people(actor.as_written)) \
        and not _one_person(actor) and not _names_person(actor)


def _camp(actor: Actor) -> bool:
    """A camp told as what a force hit or destroyed, with no name of whose it was ("un campamento",
    "un campamento cercano a la mina"; not "un campamento del frente Séptimo"): its head, after an
    article or a figure, is one of ``camp_nouns`` and no capitalised word follows."""
    words = (actor.as_written or "").split()
    lead = [w.strip(",.;:«»\"'()").lower() for w in words[:3]]
    return any(w in load_role_cues().camp_nouns for w in lead) and not any(w[:1].isupper() for w in words[1:])


def _bare_unit(written: Optional[str]) -> bool:
    """A unit told by a bare noun ("una patrulla", "el convoy", "su patrulla", "una patrulla del
    estado de excepción"): its head is one of ``unit_nouns`` (the caller knows no force is
    named in it)."""
    return _head_word(written) in load_role_cues().unit_nouns


_ARTICLES = frozenset({"el", "la", "los", "las", "un", "una", "unos", "unas", "su", "sus"})


def _head_word(written: Optional[str], skip: frozenset = _ARTICLES) -> Optional[str]:
    """The first word of a phrase after its articles (or the words ``skip`` names: "una patrulla"
    → "patrulla"), lower case."""
    words = (w.strip(",.;:«»\"'()").lower() for w in (written or "").split())
    return next((w for w in words if w and w not in skip), None)


def _body_or_only_line(ordered: list) -> list:
    """The incident's mentions outside a headline; a post or note told in one line with no final
    period (taken for a headline: e-152's "Mataron a la profe ..., dos tipos en moto 💔 ...") when
    the incident has no other mention."""
    body = [m for m in ordered if not m.sentence.headline]
    return body or [m for m in ordered[:1] if m.sentence.index == 0]


def _neighbours(sent) -> tuple:
    """The sentences before and after ``sent`` in its parsed paragraph (None at its edges)."""
    doc = sent.doc
    return (doc[sent.start - 1].sent if sent.start > 0 else None,
            doc[sent.end].sent if sent.end < len(doc) else None)


def _label_only(written: Optional[str]) -> bool:
    """The words only label the doers ("Los atacantes", "sicarios"; ``doer_labels``)."""
    words = [w.lower() for w in (written or "").split()]
    while words and words[0] in ("el", "la", "los", "las", "unos", "unas", "sus"):
        words = words[1:]
    return len(words) == 1 and words[0] in load_role_cues().doer_labels


def _bare_doers(written: Optional[str]) -> bool:
    """The doers are told by one bare word that says only what they did or were ("Desconocidos",
    "los atacantes", "encapuchados"; ``doer_labels``, or ``doer_nouns`` that are no word for people:
    "hombres" is what remains of "hombres que llegaron en una camioneta", a description)."""
    words = [w.lower() for w in (written or "").split()]
    while words and words[0] in ("el", "la", "los", "las", "unos", "unas"):
        words = words[1:]
    cues = load_role_cues()
    return len(words) == 1 and (words[0] in cues.doer_labels or (
        words[0] in cues.doer_nouns and words[0] not in cues.people_words))


def _doers_told(written: Optional[str]) -> bool:
    """The words describe unknown doers ("al menos tres sujetos", "los hechores", "un grupo de
    hombres"; ``doer_nouns`` after an article, a number or a quantity noun)."""
    cues = load_role_cues()
    words = [w.lower() for w in (written or "").split()]
    while words and (words[0] in ("el", "la", "los", "las", "un", "una", "unos", "unas", "al", "menos", "de")
                     or is_number_word(words[0]) or words[0] in cues.quantity_nouns):
        words = words[1:]
    return bool(words) and words[0] in cues.doer_nouns


def _sides_told(actor: Optional[Actor]) -> bool:
    """The actor's words name both sides of a clash at once: a plural of ``sides_words`` ("los
    internos", "bandas rivales", "combatientes de los dos grupos", "ambas partes")."""
    words = {w.strip(",.;:«»\"'()").lower() for w in ((actor.as_written if actor else None) or "").split()}
    return bool(words & load_role_cues().sides_words)


def _factions_of_one(actor: Optional[Actor]) -> bool:
    """The actor's words are parts of one group ("dos células del Cártel de Sinaloa", "facciones
    de la MS-13"; ``faction_words`` followed by "de"/"del")."""
    words = [w.strip(",.;:«»\"'()").lower() for w in ((actor.as_written if actor else None) or "").split()]
    faction = load_role_cues().faction_words
    return any(w in faction and nxt in ("de", "del") for w, nxt in zip(words, words[1:]))


def _members_told(written: Optional[str]) -> bool:
    """The words are members or a unit of some body ("efectivos de la Fuerza Especial ...",
    "agentes del Grupo X", "efectivos"; ``member_nouns`` after an article or a number)."""
    words = [w.lower() for w in (written or "").split()]
    while words and (words[0] in ("el", "la", "los", "las", "un", "una", "unos", "unas", "otros", "otras")
                     or words[0].isdigit()):
        words = words[1:]
    return bool(words) and words[0] in load_role_cues().member_nouns and (len(words) == 1 or words[1] in ("de", "del"))


def _inside_words_of(a, b) -> bool:
    """``a`` was found inside the words ``b`` was told by (the fallback's generic "hombres
    armados" inside the target "un grupo de hombres armados"): the same party, not another."""
    return a is not None and b is not None and a.span is not None and b.span is not None \
        and b.span.start <= a.span.start and a.span.end <= b.span.end


def _on_side(phrase, side, other) -> bool:
    """Whether a clash's phrase stands for one of its two sides: the same party; a state force
    told by a word of its own ("los agentes", "la tropa") when that side is the state force and
    the other is not; or the side's own head noun again ("los funcionarios" after "funcionarios
    del Cicpc") when it is not the other's."""
    if phrase is None:
        return False
    if _one_party(phrase, side) or phrase.inter == 1 and side.inter == 1 and other.inter != 1:
        return True
    head = _head_word(phrase.as_written, _DETERMINERS)
    if phrase.inter is None and side.inter == 1 and other.inter != 1 and head in load_role_cues().hit_units:
        return True  # "la patrulla fue atacada": a unit of a force told alone is the state side (session 23)
    return head is not None and head == _head_word(side.as_written, _DETERMINERS) \
        and head != _head_word(other.as_written, _DETERMINERS)


# a phrase's determiners before the noun that tells a clash's side ("nuestros soldados", "esos agentes")
_DETERMINERS = _ARTICLES | frozenset({"nuestros", "nuestras", "nuestro", "nuestra", "estos", "estas", "esos", "esas"})


def _one_party(a, b) -> bool:
    """The same party told twice, by overlapping words or by one normalised name ("los agentes"
    and "la Policía" both the national police); False when either is missing or unnamed."""
    return a is not None and b is not None and (_same_party(a, b) or a.name is not None and a.name == b.name)


def _same_party(a, b) -> bool:
    """Two records of one party: overlapping words in the text, or the same words for one
    normalised name (two gangs may share the generic name "Grupo criminal no identificado")."""
    if a is None or b is None:
        return False
    if a.span is not None and b.span is not None and a.span.start < b.span.end and b.span.start < a.span.end:
        return True
    return a.name is not None and a.name == b.name and (a.as_written or "").lower() == (b.as_written or "").lower()


@lru_cache(maxsize=256)
def _alpha2(iso: int) -> Optional[str]:
    """ISO 3166-1 numeric → alpha-2 (a place's ``iso`` → the country code actors use)."""
    import pycountry

    c = pycountry.countries.get(numeric=f"{int(iso):03d}")
    return c.alpha_2 if c else None


def _victims(d: Draft, ctx: DocumentContext) -> tuple[Optional[str], tuple[str, ...]]:
    """The victims as written (the first figure's people, "tres soldados") and the
    people named among the victims of any figure ("el suboficial Juan Pérez")."""
    phrase = None
    names: list[str] = []
    for m in d.mentions:
        sdoc = m.sentence.span.doc
        for c in sorted(m.counts, key=lambda c: c.victim_start):
            if c.victim_start < 0 or c.category == "arrested":
                continue
            if phrase is None and c.victim and not is_casualty_word(c.victim.split()[0]):
                s, e, text = ctx.to_original(sdoc, c.victim_start, c.victim_end)
                phrase = text
            for ent in sdoc.ents:
                if ent.label_ == "PER" and c.victim_start <= ent.start_char < c.victim_end + 40 \
                        and ent.end_char <= m.sentence.span.end_char:
                    # the name in the victims' phrase or right after it ("al suboficial X")
                    between = parsed_text(sdoc)[c.victim_end:ent.start_char]
                    if ent.start_char < c.victim_end or not any(ch in between for ch in ".;") and len(between) < 40:
                        name = ent.text.strip(" ,")
                        if name and name not in names:
                            names.append(name)
    return phrase, tuple(names)


_PRECISION_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}


def _reported_after(m: "Mention", trig: Span, ctx: "DocumentContext") -> bool:
    """An arrest or seizure dated only by a report told after it in its sentence ("detuvieron a 23
    personas ..., informó este lunes el comandante"): the gold of such round-ups gives the month
    (dev f-043, train o-030; shared news-dev3 605 a finding told so). A report told before the act
    ("informó el jueves que capturó ...", "denunció este sábado la detención de ...") dates it."""
    return (m.date_via == "report" and m.date is not None and m.date.span is not None
            and ctx.published is not None and FAMILY[m.type] in ("arrest", "seizure")
            and m.date.span.start >= trig.end)


def _headline_dated_ahead(d: Draft, date: DateValue) -> bool:
    """The operation is a headline's ("Rescatan a escolar secuestrado y capturan a tres ...") dated
    by the lead right below it, which tells that news with its day: the day is the operation's own,
    not the story's day an undated later operation follows (dev a-249: "lograron rescatar en la
    madrugada del domingo 8 de octubre")."""
    return any(m.sentence.headline and m.date is not None and m.date_via == "story"
               and m.date.span is not None and m.date.span.start >= m.sentence.end
               and m.date.value == date.value for m in d.mentions)


def _account_refining(mentions: list["Mention"], told: DateValue, ctx: "DocumentContext") -> Optional["Mention"]:
    """The first mention that narrates the incident by a verb on a day inside the month or year its
    naming clause gave it ("condenó ... por el asesinato de cuatro personas en noviembre de 2024" ...
    "Según la acusación, los condenados entraron a la vivienda la noche del 22 de noviembre de 2024 y
    dispararon ..."): court news, a release story or a feature names an older incident by its month
    and then tells it with its day (dev zb-009). Its day is the incident's, and its sentence the
    evidence (the first full report of the incident, annotation conventions). Only a day told before
    the verb: one told after it is often another act's ("fue capturado y recibe atención por las
    heridas recibidas el jueves"). A week the lead sums up ("dos ataques registrados el fin de semana",
    "el paro dejó esta semana dos episodios de violencia") is refined the same way by the day the body
    tells the incident on ("El primero ocurrió el sábado ...", "El martes, ... se enfrentaron"): gold
    has no week level, and the day is the incident's (train zi-032, d-161)."""
    if told.precision not in ("week", "month", "year"):
        return None
    for m in mentions:
        if m.strength == "strong" and m.trigger is not None and not m.trigger.is_noun and m.date is not None \
                and m.date_via == "sentence" and _refines(m.date, told, "sentence", "sentence") \
                and _dated_before_trigger(m, ctx):
            return m
    return None


def _refines(new: DateValue, old: Optional[DateValue], new_via: str, old_via: str) -> bool:
    """A more precise date inside the incident's date, tied as closely to a mention
    ("en 1994" ... "el 18 de julio de 1994"): the day refines the year."""
    if old is None or new_via != old_via or new.precision is None or old.precision is None:
        return False
    if _PRECISION_RANK[new.precision] >= _PRECISION_RANK[old.precision]:
        return False
    return bool(new.start and new.end and old.start and old.end
                and old.start <= new.start and new.end <= old.end)


def _specificity(p: Place) -> int:
    return 4 * (p.admin3 is not None) + 2 * (p.admin2 is not None) + (p.admin1 is not None) + (p.latitude is not None)


def _blames_from_afar(kind: Optional[str], sent) -> bool:
    """A blame or claim told in a sentence after an incident's near ones (``_told_on``)
    counts for it when it is a claim (a paper signed by the group, "se atribuyó el ataque") or a
    blame that names the act back or its suspects ("la agresión fue obra de X", "los detenidos
    pertenecen a X"; ``names_act_or_suspects``)."""
    return kind == "claimed" or kind == "blamed" and names_act_or_suspects(sent)
