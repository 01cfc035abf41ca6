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
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Optional


from cronica.errors import DataFileError

from cronica.model import Actor, Span
from cronica.nlp.lexicons import ActorLexicon, fold, load_labels, read_data_yaml
from cronica.nlp.load import doc_pos, doc_text, doc_tokens, parsed_text, sent_of, span_bounds, span_memo, span_text, \
    span_tokens, token_memo, written
from cronica.time.lexicon import is_date_day, month_words, time_heads

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


@dataclass(frozen=True)
class RoleCues:
    not_agents: frozenset
    patient_nouns: tuple[str, ...]
    target_nouns: frozenset
    blame_verbs: frozenset
    authorship_nouns: frozenset
    hedge_words: frozenset
    patient_subject_verbs: frozenset
    suffer_verbs: tuple[str, ...]
    source_markers: tuple[str, ...]
    armed_descriptions: tuple[str, ...]
    state_descriptions: tuple[str, ...]
    alias_markers: tuple[str, ...]
    not_party_heads: frozenset = frozenset()
    place_words: frozenset = frozenset()
    identity_markers: tuple[str, ...] = ()
    vehicle_nouns: frozenset = frozenset()
    ride_verbs: tuple[str, ...] = ()
    victim_list_markers: tuple[str, ...] = ()
    people_words: frozenset = frozenset()
    seek_verbs: tuple[str, ...] = ()
    seek_nouns: frozenset = frozenset()
    person_descriptions: frozenset = frozenset()
    bare_people: frozenset = frozenset()
    not_targets: frozenset = frozenset()
    part_nouns: frozenset = frozenset()
    protest_nouns: frozenset = frozenset()
    protest_agent_verbs: tuple[str, ...] = ()
    device_properties: frozenset = frozenset()
    reaction_verbs: tuple[str, ...] = ()
    held_nouns: frozenset = frozenset()
    demand_verbs: tuple[str, ...] = ()
    area_nouns: frozenset = frozenset()
    building_centres: frozenset = frozenset()
    unit_nouns: frozenset = frozenset()
    member_nouns: frozenset = frozenset()
    membership_verbs: tuple[str, ...] = ()
    report_verbs: tuple[str, ...] = ()
    victim_states: tuple[str, ...] = ()
    doer_states: tuple[str, ...] = ()
    mine_nouns: tuple[str, ...] = ()
    mine_verbs: frozenset = frozenset()
    held_people: frozenset = frozenset()
    quantity_nouns: frozenset = frozenset()
    finding_verbs: frozenset = frozenset()
    hit_units: frozenset = frozenset()
    premises_nouns: frozenset = frozenset()
    target_of_nouns: frozenset = frozenset()
    container_nouns: frozenset = frozenset()
    found_in_verbs: tuple[str, ...] = ()
    doer_nouns: frozenset = frozenset()
    doer_verbs: tuple[str, ...] = ()
    doer_labels: frozenset = frozenset()
    remains_nouns: frozenset = frozenset()
    patron_words: frozenset = frozenset()
    force_members: frozenset = frozenset()
    camp_nouns: frozenset = frozenset()
    sides_words: frozenset = frozenset()
    subgroup_markers: tuple[str, ...] = ()
    rival_nouns: tuple[str, ...] = ()
    rival_words: tuple[str, ...] = ()
    threat_verbs: tuple[str, ...] = ()
    signed_words: tuple[str, ...] = ()
    faction_words: frozenset = frozenset()
    arrival_verbs: tuple[str, ...] = ()
    answer_verbs: tuple[str, ...] = ()
    fire_nouns: frozenset = frozenset()
    first_attack_verbs: tuple[str, ...] = ()
    claim_papers: frozenset = frozenset()
    left_verbs: tuple[str, ...] = ()
    open_question_verbs: tuple[str, ...] = ()
    hearsay_sources: frozenset = frozenset()
    hearsay_qualifiers: frozenset = frozenset()
    motive_nouns: frozenset = frozenset()
    other_act_words: frozenset = frozenset()
    suspect_labels: frozenset = frozenset()
    act_references: frozenset = frozenset()
    owning_verbs: tuple[str, ...] = ()
    claimed_acts: frozenset = frozenset()
    captor_words: frozenset = frozenset()
    series_nouns: frozenset = frozenset()
    terrain_words: frozenset = frozenset()
    deploy_verbs: tuple[str, ...] = ()
    deployed_nouns: frozenset = frozenset()
    pact_verbs: frozenset = frozenset()
    pact_nouns: frozenset = frozenset()
    removal_verbs: frozenset = frozenset()
    gathering_verbs: frozenset = frozenset()
    riding_doer_nouns: frozenset = frozenset()
    flight_verbs: tuple[str, ...] = ()
    manner_nouns: frozenset = frozenset()
    driven_nouns: frozenset = frozenset()
    self_naming_verbs: tuple[str, ...] = ()
    behind_words: frozenset = frozenset()
    order_nouns: frozenset = frozenset()
    clash_nouns: tuple[str, ...] = ()
    hearsay_verbs: tuple[str, ...] = ()


@lru_cache(maxsize=1)
def load_role_cues() -> RoleCues:
    """The cues of ``cronica/data/es/roles.yaml``."""
    raw = read_data_yaml("roles.yaml")
    keys = ("not_agents", "patient_nouns", "target_nouns", "blame_verbs", "authorship_nouns", "hedge_words",
            "source_markers", "armed_descriptions", "state_descriptions", "alias_markers",
            "patient_subject_verbs", "suffer_verbs", "not_party_heads", "place_words", "identity_markers",
            "vehicle_nouns", "ride_verbs", "victim_list_markers", "people_words",
            "seek_verbs", "seek_nouns", "person_descriptions", "bare_people", "not_targets", "part_nouns",
            "protest_nouns", "protest_agent_verbs", "device_properties", "reaction_verbs", "held_nouns",
            "demand_verbs", "area_nouns", "building_centres", "unit_nouns", "member_nouns", "membership_verbs", "report_verbs",
            "victim_states", "doer_states", "mine_nouns", "mine_verbs", "held_people", "quantity_nouns",
            "finding_verbs", "hit_units", "premises_nouns", "target_of_nouns", "container_nouns",
            "found_in_verbs", "doer_nouns", "doer_verbs", "doer_labels", "remains_nouns",
            "patron_words", "force_members", "camp_nouns", "sides_words", "subgroup_markers",
            "rival_nouns", "rival_words", "threat_verbs", "signed_words", "faction_words",
            "arrival_verbs", "answer_verbs", "fire_nouns", "first_attack_verbs", "claim_papers", "left_verbs",
            "open_question_verbs", "hearsay_sources", "hearsay_qualifiers", "motive_nouns", "other_act_words",
            "suspect_labels", "act_references", "owning_verbs", "claimed_acts", "captor_words", "series_nouns",
            "terrain_words", "deploy_verbs", "deployed_nouns", "pact_verbs",
            "pact_nouns", "removal_verbs", "gathering_verbs", "riding_doer_nouns", "flight_verbs",
            "manner_nouns", "driven_nouns", "self_naming_verbs", "behind_words", "order_nouns", "clash_nouns",
            "hearsay_verbs")
    for k in keys:
        v = raw.get(k)
        if not isinstance(v, list) or not v or not all(isinstance(w, str) and w == w.lower().strip() for w in v):
            raise DataFileError(f"roles.yaml: '{k}' must be a non-empty list of lowercase words")
    return RoleCues(frozenset(raw["not_agents"]), tuple(raw["patient_nouns"]), frozenset(raw["target_nouns"]),
                    frozenset(raw["blame_verbs"]), frozenset(raw["authorship_nouns"]),
                    frozenset(raw["hedge_words"]), frozenset(raw["patient_subject_verbs"]),
                    tuple(raw["suffer_verbs"]),
                    tuple(raw["source_markers"]),
                    tuple(raw["armed_descriptions"]), tuple(raw["state_descriptions"]),
                    tuple(raw["alias_markers"]), frozenset(raw["not_party_heads"]), frozenset(raw["place_words"]),
                    tuple(raw["identity_markers"]), frozenset(raw["vehicle_nouns"]), tuple(raw["ride_verbs"]),
                    tuple(raw["victim_list_markers"]), frozenset(raw["people_words"]),
                    tuple(raw["seek_verbs"]), frozenset(raw["seek_nouns"]), frozenset(raw["person_descriptions"]),
                    frozenset(raw["bare_people"]), frozenset(raw["not_targets"]),
                    frozenset(raw["part_nouns"]), frozenset(raw["protest_nouns"]),
                    tuple(raw["protest_agent_verbs"]), frozenset(raw["device_properties"]),
                    tuple(raw["reaction_verbs"]), frozenset(raw["held_nouns"]), tuple(raw["demand_verbs"]),
                    frozenset(raw["area_nouns"]), frozenset(raw["building_centres"]),
                    frozenset(raw["unit_nouns"]), frozenset(raw["member_nouns"]), tuple(raw["membership_verbs"]), tuple(raw["report_verbs"]),
                    tuple(raw["victim_states"]), tuple(raw["doer_states"]), tuple(raw["mine_nouns"]),
                    frozenset(raw["mine_verbs"]), frozenset(raw["held_people"]), frozenset(raw["quantity_nouns"]),
                    frozenset(raw["finding_verbs"]), frozenset(raw["hit_units"]),
                    frozenset(raw["premises_nouns"]), frozenset(raw["target_of_nouns"]),
                    frozenset(raw["container_nouns"]), tuple(raw["found_in_verbs"]),
                    frozenset(raw["doer_nouns"]), tuple(raw["doer_verbs"]), frozenset(raw["doer_labels"]),
                    frozenset(raw["remains_nouns"]), frozenset(raw["patron_words"]),
                    frozenset(raw["force_members"]), frozenset(raw["camp_nouns"]),
                    frozenset(raw["sides_words"]), tuple(raw["subgroup_markers"]),
                    tuple(raw["rival_nouns"]), tuple(raw["rival_words"]),
                    tuple(raw["threat_verbs"]), tuple(raw["signed_words"]), frozenset(raw["faction_words"]),
                    tuple(raw["arrival_verbs"]), tuple(raw["answer_verbs"]), frozenset(raw["fire_nouns"]),
                    tuple(raw["first_attack_verbs"]), frozenset(raw["claim_papers"]), tuple(raw["left_verbs"]),
                    tuple(raw["open_question_verbs"]), frozenset(raw["hearsay_sources"]),
                    frozenset(raw["hearsay_qualifiers"]), frozenset(raw["motive_nouns"]),
                    frozenset(raw["other_act_words"]), suspect_labels=frozenset(raw["suspect_labels"]),
                    act_references=frozenset(raw["act_references"]),
                    owning_verbs=tuple(raw["owning_verbs"]), claimed_acts=frozenset(raw["claimed_acts"]),
                    captor_words=frozenset(raw["captor_words"]), series_nouns=frozenset(raw["series_nouns"]),
                    terrain_words=frozenset(raw["terrain_words"]), deploy_verbs=tuple(raw["deploy_verbs"]),
                    deployed_nouns=frozenset(raw["deployed_nouns"]) | frozenset(raw["force_members"]),
                    pact_verbs=frozenset(raw["pact_verbs"]), pact_nouns=frozenset(raw["pact_nouns"]),
                    removal_verbs=frozenset(raw["removal_verbs"]),
                    gathering_verbs=frozenset(raw["gathering_verbs"]),
                    riding_doer_nouns=frozenset(raw["riding_doer_nouns"]),
                    flight_verbs=tuple(raw["flight_verbs"]),
                    manner_nouns=frozenset(raw["manner_nouns"]),
                    driven_nouns=frozenset(raw["driven_nouns"]),
                    self_naming_verbs=tuple(raw["self_naming_verbs"]),
                    behind_words=frozenset(raw["behind_words"]), order_nouns=frozenset(raw["order_nouns"]),
                    clash_nouns=tuple(raw["clash_nouns"]), hearsay_verbs=tuple(raw["hearsay_verbs"]))


_CLOCK = re.compile(r"^\d{1,2}[:.]\d{2}$|^\d+$")

_NOT_ACTOR_HEADS = re.compile(
    r"(?:provincias?|distritos?|regi(ón|ones)|departamentos?|localidad(es)?|zonas?|sector(es)?|valles?|cabeceras?|parajes?|"
    r"carreteras?|kilos?|kilogramos?|toneladas?|gramos?|armas?|armamentos?|explosivos?|municiones|material(es)?|"
    r"droga|cocaína|fusil(es)?|pistolas?|escopetas?|granadas?|minas?|bombas?|artefactos?|cargos?|cargas?|dinamita|muert[oa]s?|herid[oa]s?|"
    r"cilindros?|proyectil(es)?|cohetes?|morteros?|misil(es)?|petardos?|tatucos?|balas?|disparos?|ráfagas?|"
    r"fallecid[oa]s?|gas|gases|lacrimógen[oa]s|perdigones|balines|perdigón|interior|exterior|centro|alrededores|inmediaciones|afueras|mañanas?|tardes?|noches?|"
    r"madrugadas?|mediodía|años?|meses|días?|horas?|lunes|martes|miércoles|jueves|viernes|sábado|domingo|"
    r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|"
    r"ene|feb|abr|jun|jul|ago|sept?|oct|nov|dic)\Z")  # (a dateline's "15 sep"; "mar", "may", "set" are words too)


def _antecedent_of(tok):
    """A relative pronoun's antecedent: "la brigada ... que fueron emboscados" → brigada."""
    if tok.pos_ == "PRON" and tok.lower_ in ("que", "quien", "quienes", "cual", "cuales"):
        verb = tok.head
        if verb.dep_ in ("acl", "acl:relcl") and verb.head.pos_ in ("NOUN", "PROPN"):
            return verb.head
        return None
    return tok


def _not_party(tok) -> bool:
    """A head that says how, where or with what ("a tiros", "a la salida", "el saldo", "el
    estado Guárico", "el estado de emergencia"), never who: see ``not_party_heads``."""
    cues = load_role_cues()
    low = tok.lower_
    if low in cues.not_party_heads and (tok.text == low or low == "estado"):
        if low == "estado" and tok.text == "Estado" and not any(
                c.lower_ in ("excepción", "emergencia", "sitio", "alarma") for c in tok.children):
            return False  # "el Estado": a party
        return True
    if low in cues.place_words and tok.text == low and any(
            c.dep_ in ("flat", "appos", "nmod", "compound") and c.pos_ == "PROPN" and c.ent_type_ == "LOC"
            or (c.dep_ in ("flat", "appos", "compound") and c.pos_ == "PROPN") for c in tok.children):
        return True  # "el estado Guárico", "el municipio de Tame"
    if low in cues.terrain_words and tok.text == low and any(
            c.dep_ in ("flat", "appos", "nmod", "compound") and c.pos_ == "PROPN" and (
                c.ent_type_ == "LOC" or _gazetteer_place(c.text, ("admin1", "admin2", "town")))
            for c in tok.children):
        return True  # "la emboscada de la sierra de Guerrero": where, not who
    return False


_DASHES = ("-", "–", "—")


def _dateline_words(tok) -> bool:
    """A word of a dateline of several words opening the sentence: the capitals run
    "SAN JOSÉ DE LAS LAJAS, 4 may", or a town and its region before a dash ("Tarija,
    Bolivia –", "Apatzingán, Mich. -")."""
    sent = sent_of(tok)
    words = span_tokens(sent)[:12]
    end = next((k for k, t in enumerate(words) if not (t.is_alpha or t.text.rstrip(".").isalpha())), None)
    if end and tok.i - sent.start < end:
        run = words[:end]
        nxt = words[end].text
        if all(written(t).isupper() or t.lower_ in ("de", "del", "la", "las", "los", "el", "y") for t in run) \
                and any(len(t.text) > 3 for t in run) and nxt in (",", "(", ".") + _DASHES:
            from cronica.nlp.lexicons import load_actors
            return not load_actors().find(" ".join(t.text for t in run), None, sent.text)
    # "Ciudad, Región -": two short proper names (or an abbreviation) and a dash within the first words
    dash = next((k for k, t in enumerate(words) if t.text in _DASHES), None)
    comma = next((k for k, t in enumerate(words) if t.text == ","), None)
    if dash is None or comma is None or not (0 < comma < dash <= 7) or tok.i - sent.start >= dash:
        return False
    names = [t for t in words[:dash] if t.text != ","]
    return all(t.text[:1].isupper() or t.lower_ in ("de", "del", "la", "las", "los", "el") or t.text == "."
               for t in names) and words[0].pos_ == "PROPN"


def _dateline(tok) -> bool:
    """The city of a dateline opening the sentence: "QUITO, 3 mar", "TEGUCIGALPA-"."""
    if _dateline_words(tok):
        return True
    doc = tok.doc
    bare = written(tok).rstrip("-–—.")  # (as written: a dateline in capitals is parsed in sentence case)
    caps_before = tok.i > sent_of(tok).start and written(doc[tok.i - 1]).isupper()  # "LA PAZ", "EL ALTO"
    if not (bare.isupper() and (len(bare) > 3 or caps_before) and bare.isalpha() and tok.i - sent_of(tok).start <= 1 and (
            bare != written(tok) or tok.i + 1 < len(doc) and doc[tok.i + 1].text in (",", "-", "–", "—", "(", "."))):
        return False
    from cronica.nlp.lexicons import load_actors
    return not load_actors().find(bare, None, span_text(sent_of(tok)))  # "FARC, la guerrilla ...": a party


def _place_only(tok) -> bool:
    """A place's name standing alone ("Porvenir", "Santa Rita del Ariari", "QUITO" of a
    dateline): proper nouns only, tagged as a place by the parser or named by the
    gazetteer, that the actor lexicon does not know and that are not a person's name."""
    if tok.pos_ != "PROPN":
        return False
    doc = tok.doc
    if _dateline(tok):
        return True  # the dateline: "QUITO, 3 mar (Agencia) -", "TEGUCIGALPA-"
    skip = {x.i for c in tok.children if c.dep_ in _STOP_DEPS or c.dep_ in ("acl", "conj", "appos", "nummod")
            for x in c.subtree}
    run = [t for t in tok.subtree if t.i not in skip and t.is_alpha and t.dep_ not in ("case", "det")]
    if not run or any(t.pos_ != "PROPN" for t in run):
        return False
    name = " ".join(t.text for t in run)
    from cronica.nlp.lexicons import load_actors
    if load_actors().find(name, None, span_text(sent_of(tok))):
        return False  # "Clan del Golfo", "Los Lobos": parties
    article = next((c for c in tok.children if c.dep_ == "det" and c.i < tok.i and c.text[:1].isupper()), None)
    if article is not None and load_actors().knows(f"{article.text} {name}"):
        return False  # "vinculan el ataque con Los Lobos": a gang's name, though a town is called Lobos
    if tok.ent_type_ == "LOC" and all(t.ent_type_ in ("LOC", "") for t in run):
        return True
    # a person's name may be a town's ("Victoria"), hardly a region's ("Madre de Dios")
    kinds = ("admin1", "admin2") if tok.ent_type_ == "PER" else ("town", "admin1", "admin2", "admin3")
    return _gazetteer_place(doc[min(t.i for t in run):max(t.i for t in run) + 1].text, kinds)


@lru_cache(maxsize=4096)
def _gazetteer_place(name: str, kinds: tuple[str, ...]) -> bool:
    from cronica.errors import CronicaError
    from cronica.geo.gazetteer import open_gazetteer
    try:
        return any(e.kind in kinds for e in open_gazetteer().lookup(name))
    except CronicaError:
        return False


def _occupants(vehicle) -> Optional[ActorMention]:
    """The people a vehicle carried, told in its relative clause ("la lancha donde se
    desplazaban cuatro escoltas", "el bus donde se movilizaba el alcalde"): the ones hit."""
    cues = load_role_cues()
    for c in vehicle.children:
        if c.dep_ in ("acl", "acl:relcl") and c.pos_ == "VERB" and c.lemma_.startswith(cues.ride_verbs) \
                and any(g.lower_ in ("que", "donde", "cual", "cuales") for g in c.subtree if g.i < c.i):
            who = next((g for g in c.children if g.dep_ in ("nsubj", "nsubj:pass") and g.pos_ in ("NOUN", "PROPN")), None)
            if who is not None:
                return _phrase(who)
    return None


_UNIT_WORDS = frozenset({"frente", "bloque", "columna", "compañía", "batallón", "brigada", "estructura"})


def _ridden_vehicle(tok) -> bool:
    """A vehicle told as its rider's, the rider left unsaid: "su camioneta", "su unidad", "el
    vehículo en que se movilizaba" (a ``ride_verbs`` clause without its own subject); a vehicle
    told alone ("el vehículo", "la patrulla") is no one's."""
    cues = load_role_cues()
    if tok.lower_ not in cues.vehicle_nouns and tok.lower_ not in cues.driven_nouns:
        return False
    return any(c.dep_ == "det" and c.lower_ in ("su", "sus") for c in tok.children) or any(
        c.dep_ in ("acl", "acl:relcl") and c.pos_ == "VERB" and c.lemma_.startswith(cues.ride_verbs)
        and _rider_unsaid(c) for c in tok.children)


def _rider_unsaid(clause) -> bool:
    """A ride clause without a subject of its own, or whose subject the parser took from a place
    after it ("en la que se trasladaba por la aldea El Carmen")."""
    subj = _child(clause, "nsubj")
    return subj is None or _names_a_place(subj)


def _rider_of(a2: Optional[ActorMention], a1: Optional[ActorMention], trigger) -> Optional[ActorMention]:
    """The person who rode in the vehicle ``a2`` tells, the subject of a clause above the act on the
    vehicle ("un taxista resultó herido cuando desconocidos dispararon contra su unidad", "el alcalde
    salió ileso de un ataque contra la camioneta en la que se trasladaba"): the one hit; else None.
    (Not the subject of the verb acting on the vehicle, nor the doer ``a1``.)"""
    if a2 is None:
        return None
    span = trigger.doc.char_span(a2.start, a2.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    vehicle = span.root
    if vehicle.dep_ not in ("obl", "obj", "nmod") or not _ridden_vehicle(vehicle):
        return None
    act = vehicle.head  # the verb or act noun the vehicle is the target of
    t = act
    while t.dep_ in ("advcl", "obl", "nmod", "obj", "xcomp", "acl", "amod") and t.head is not t:
        t = t.head
        subj = _child(t, "nsubj", "nsubj:pass")
        rider = _phrase(subj) if subj is not None else None
        if rider is not None and (a1 is None or rider.start != a1.start):
            return None if _force_riders(subj) else rider
    return None


def _force_riders(subj) -> bool:
    """Riders who are a force's members or unit ("dos agentes resultaron heridos cuando embistieron la
    embarcación en la que patrullaban"): the force's vehicle stays the target, as a unit hit; and a
    vehicle is no rider."""
    cues = load_role_cues()
    low = subj.lower_
    return low in cues.vehicle_nouns or low in cues.force_members or low in cues.member_nouns \
        or low in cues.unit_nouns


def _numbered_unit(tok) -> Optional[ActorMention]:
    """A unit named by its number that the parser split ("al frente 18": "al frente" as one
    preposition and "18" as the noun): "frente 18 de las disidencias"."""
    unit = next((f for k in tok.children if k.dep_ == "case" for f in k.children
                 if f.dep_ == "fixed" and f.lower_ in _UNIT_WORDS), None)
    if unit is None:
        return None
    end = max([tok.i] + [t.i for c in tok.children if c.dep_ in ("nmod", "flat", "appos", "amod")
                         for t in c.subtree if c.i > tok.i])
    span = tok.doc[unit.i:end + 1]
    return ActorMention(span.text, span.start_char, span.end_char)


def _after_place_word(tok) -> bool:
    """A proper name told as a place by the noun before it ("en el barrio Las Palmeras", "la
    vereda El Carmen", "el sector Los Álamos"), whatever the parser made of it: a place word
    (``place_words``) in lower case just before the name's first word (its article aside)."""
    if tok.pos_ != "PROPN" and not (tok.text[:1].isupper() and tok.i > tok.sent.start):
        return False  # (a name the parser tagged a common noun: "la colonia Las Fuentes")
    doc = tok.doc
    first = min([tok.i] + [t.i for t in tok.subtree if t.i < tok.i])
    k = first - 1
    while k >= 0 and doc[k].pos_ == "DET" and doc[k].text.islower():
        k -= 1
    return k >= 0 and doc[k].text.islower() and doc[k].lower_ in load_role_cues().place_words


def _nobody(tok) -> bool:
    """The head word names no party: a pronoun, a number, a time, an instrument or a toll
    (``_NOT_ACTOR_HEADS``), how or where ("a tiros", "el estado Guárico"), a place's name or
    a dateline's words."""
    return tok.pos_ in ("PRON", "NUM", "SYM", "PUNCT") or (
        _NOT_ACTOR_HEADS.match(tok.lower_) and not _building_centre(tok)) \
        or _not_party(tok) or _names_a_place(tok) or _manner_locution(tok)


def _manner_locution(tok) -> bool:
    """A lowercase ``manner_nouns`` word told with only "la" and "a" or "por" ("se llevaron a la
    fuerza a un menor", "fue llevado por la fuerza"): how the act was done, not who did it or to
    whom ("la fuerza pública", "la Fuerza Armada" stay parties)."""
    if tok.text not in load_role_cues().manner_nouns:
        return False
    kids = [c for c in tok.children if c.dep_ != "punct"]
    return any(c.dep_ == "case" and c.lower_ in ("a", "por") for c in kids) \
        and all(c.dep_ in ("case", "det") and c.lower_ in ("a", "por", "la") for c in kids)


def _names_a_place(tok) -> bool:
    """A place's name standing alone, a proper name after a place word, or a dateline's words."""
    return _place_only(tok) or _after_place_word(tok) or (tok.is_alpha and _dateline_words(tok)) \
        or _dateline_agency(tok)


_GLUED_AGENCY = re.compile(r"\w+\)\.?[-–—]*")


def _dateline_agency(tok) -> bool:
    """The agency in a wire dateline's brackets, after its date or city and before its dash:
    "ORURO, 3 mar (Agencia) -", "LIMA (EFE).-": who reports, no party."""
    doc = tok.doc
    if tok.i - tok.sent.start > 12:
        return False
    if tok.i > 0 and doc[tok.i - 1].text == "(" and _GLUED_AGENCY.fullmatch(tok.text):
        return True  # the tokenizer's one word for "EFE).-"
    if not _in_brackets(tok):
        return False
    first = min(t.i for t in tok.subtree if not t.is_punct or t.i == tok.i)
    before = doc[first - 2] if first >= 2 else None
    close = next((t for t in doc[tok.i + 1:tok.i + 6] if t.text == ")"), None)
    after = doc[close.i + 1] if close is not None and close.i + 1 < len(doc) else None
    return before is not None and after is not None and after.text[:1] in _DASHES + (".", ",") and (
        before.like_num or before.lower_ in month_words(abbreviations=True) or before.text.isupper())


@lru_cache(maxsize=1)
def _members_pattern() -> re.Pattern:
    nouns = "|".join(sorted(load_role_cues().member_nouns, key=len, reverse=True))
    return re.compile(
        rf"(?i)(?<!\w)(?:(?:los|las|el|la|unos|unas|un|una|sus|\d+|dos|tres|cuatro|cinco|seis|siete|ocho|"
        rf"nueve|diez|varios|varias|decenas de|cientos de)\s+)?(?:{nouns})"
        rf"(?:\s+[a-záéíóúñ]+(?:es|os|as))?\s+(?:del|de\s+la|de\s+las|de\s+los|de)\s+$")


def members_before(text: str, start: int) -> int:
    """Where the members or unit told just before a body's name at ``start`` of ``text``
    begin ("tres agentes de la | PNC", "integrantes del | ELN": see ``member_nouns``), else
    ``start``."""
    lo = max(0, start - 80)
    m = _members_pattern().search(text[lo:start])
    return lo + m.start() if m else start


def members_act(span, start: int, end: int) -> bool:
    """Are the members told just before the body at ``start``-``end`` (characters into ``span``;
    see ``members_before``) the doers of a verb that is not a reporting verb: its subject, or the
    phrase the verb follows at once (the parser often hangs it on a long adjunct before it): "En
    seguimiento a investigaciones de la DEIC y la Fiscalía, agentes de la PNC realizaron ocho
    allanamientos", "tropas del Ejército sostuvieron": the doers, rather than a body the sentence
    names in an adjunct or as the one who tells it."""
    text = parsed_text(span)
    lead = members_before(text, start)
    if lead == start:
        return False
    lo, hi, stop = span.start_char + lead, span.start_char + start, span.start_char + end
    cues = load_role_cues()
    toks = span_tokens(span)
    for t in toks:
        if lo <= t.idx < hi and t.lower_ in cues.member_nouns and t.dep_ == "nsubj" \
                and t.head.pos_ in ("VERB", "AUX") and not t.head.lower_.startswith(cues.report_verbs):
            return True
    after = next((t for t in toks if t.idx >= stop and not t.is_punct), None)
    return after is not None and after.pos_ in ("VERB", "AUX") and "Fin" in after.morph.get("VerbForm") \
        and not after.lower_.startswith(cues.report_verbs) and all(
            not t.is_punct or t.text in "()" for t in toks if stop <= t.idx < after.idx)


@lru_cache(maxsize=1)
def _subgroup_pattern() -> re.Pattern:
    markers = "|".join(re.escape(m) for m in sorted(load_role_cues().subgroup_markers, key=len, reverse=True))
    return re.compile(rf"(?i)(?<!\w)(?:{markers})(?:\s+[\wáéíóúñ]+)?\s+$")


@lru_cache(maxsize=1)
def _rival_pattern() -> re.Pattern:
    cues = load_role_cues()
    nouns = "|".join(sorted(cues.rival_nouns, key=len, reverse=True))
    rivals = "|".join(sorted(cues.rival_words, key=len, reverse=True))
    return re.compile(rf"(?i)(?<!\w)(?:(?:una|un|la|el)\s+(?:{nouns})\s+(?:{rivals})|(?:la|el)\s+otr[ao]\s+(?:{nouns}))(?!\w)")


def rival_side(text: str) -> Optional[tuple[int, int]]:
    """Where ``text`` tells one side of a clash only as the other's rival ("una facción rival",
    "una banda rival", "la otra banda"; ``rival_nouns``, ``rival_words``), the first such
    words, else None. (The plural, "bandas rivales", tells both sides.)"""
    m = _rival_pattern().search(text)
    return (m.start(), m.end()) if m else None


def among_casualties(text: str, start: int) -> bool:
    """The words at ``start`` of ``text`` are a group told among a figure's casualties ("once
    heridos, entre ellos | nueve policías", "siete de ellas | policías"; ``subgroup_markers``)."""
    return _subgroup_pattern().search(text[max(0, start - 40):start]) is not None


def names_nobody(doc, start: int, end: int) -> bool:
    """The words at characters ``start:end`` of ``doc`` are a place, a dateline or a time
    standing where a figure's victims were sought ("MONTERREY, 8 oct -", "el barrio Las
    Palmeras"): no party."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    tok = span.root
    return _names_a_place(tok) or bool(re.match(r"^\d{1,2}[:.]\d{2}$", tok.text)) \
        or _dateline_day(tok)  # a time, a dateline's day; "61 de sus integrantes" stands


def describes_a_thing(doc, start: int, end: int) -> bool:
    """The words at characters ``start:end`` of ``doc`` are a force's adjective qualifying a thing,
    not people nor an act ("declarado objetivo | militar", "el hospital | militar", "de uso |
    militar"): no party. A force's adjective on its people or units stands ("personal militar",
    "una patrulla policial"; ``force_members``, ``member_nouns``, ``unit_nouns``, ``people_words``),
    and on an operation, which the force carried out ("una operación militar"; ``not_targets``)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) != 1:
        return False
    tok = span[0]
    if tok.pos_ != "ADJ" or tok.dep_ != "amod" or tok.head.pos_ != "NOUN":
        return False
    cues = load_role_cues()
    head = tok.head.lower_
    return not (head in cues.force_members or head in cues.member_nouns or head in cues.unit_nouns
                or head in cues.people_words or head in cues.not_targets or head in cues.target_nouns
                or head in cues.person_descriptions)


#: a label glued to its dash by the tokenizer: "SEGUNDO.-", "Gto.-"
_GLUED_LABEL = re.compile(r"\w+\.[-–—]+")

#: how far into a sentence a dateline's or a post's label may stand (tokens)
_LABEL_REACH = 6


def names_a_building(doc, start: int, end: int) -> bool:
    """The words at characters ``start:end`` of ``doc`` close the proper name of a building
    ("el Hospital Central de las Fuerzas Armadas", "el Hospital de Carabineros", "la Clínica de la
    Policía"): a capitalised ``premises_nouns`` word opens the capitalised run the words end, joined
    by "de"; the institution is where someone was taken, no party."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    k = span.start - 1
    while k >= 0 and span.start - k <= _BUILDING_NAME_REACH and (
            doc[k].lower_ in ("de", "del", "la", "las", "los") or doc[k].is_title):
        if doc[k].is_title and doc[k].lower_ in load_role_cues().premises_nouns:
            return True
        k -= 1
    return False


#: how many words a building's name may put between its noun and the institution ("Hospital Central
#: Militar de las Fuerzas")
_BUILDING_NAME_REACH = 5


def _label(tok) -> bool:
    """A word that labels the sentence and names nobody (labels.yaml): a symbol or a post's
    heading opening it ("⚠️", "URGENTE", "Atención"), a state's abbreviation after a comma
    ("Villagrán, Gto.-"), or a paragraph's or dateline's label glued to its dash ("SEGUNDO.-")."""
    start = sent_of(tok).start
    if tok.i - start > _LABEL_REACH:
        return False
    doc, text = tok.doc, tok.text
    if not any(ch.isalnum() for ch in text):
        return not tok.is_punct and all(not any(ch.isalnum() for ch in t.text) for t in doc[start:tok.i])
    labels = load_labels()
    if tok.i > start and doc[tok.i - 1].text == "," and text.rstrip(".-–—") in labels.region_abbreviations \
            and "." in text:
        return True
    if _GLUED_LABEL.fullmatch(text) and tok.i + 1 < len(doc) and not doc[tok.i + 1].is_punct:
        return True
    return fold(text) in labels.post_headings and \
        all(not any(ch.isalnum() for ch in t.text) for t in doc[start:tok.i])


#: marks that set a post's heading off from its text: "#Atención | Tropas de ..."
_HEADING_MARKS = ("|", ":", "-", "–", "—")


def _set_off(tok) -> bool:
    """A label followed by a mark that sets it off ("Atención |", "URGENTE:"): the words after
    the mark are the sentence's own, so a phrase headed by the label is those words."""
    doc = tok.doc
    return tok.i + 1 < len(doc) and doc[tok.i + 1].text in _HEADING_MARKS and _label(tok)


#: marks after which a post's heading gives way to its text ("#ATENCIÓN | Esta mañana, ...",
#: "#Canelones 🚔 Jefatura de Policía de Canelones: hoy ...")
_HEADING_ENDS = ("|", ":")


def _heading_end(sent) -> int:
    """The character where a post's heading ends: the first "|" or ":" among the sentence's
    first words when a hashtag or an emoji opens the sentence and no verb comes before the mark;
    else the sentence's start (no heading)."""
    doc = sent.doc
    first = doc[sent.start]
    glued = sent.start > 0 and doc[sent.start - 1].text == "#" and not doc[sent.start - 1].whitespace_
    if not (first.text.startswith("#") or not first.text.isascii() or glued):
        return sent.start_char  # (a hashtag the parser cut off as a sentence of its own: "#" "Rivera ...")
    for t in doc[sent.start:min(sent.end, sent.start + _LABEL_REACH + 4)]:
        if t.text in _HEADING_ENDS:
            return t.idx
        if t.pos_ == "VERB" and t.is_alpha and t.text.islower():
            break
    return sent.start_char


def _off_heading(phrase: Optional[ActorMention], trigger) -> Optional[ActorMention]:
    """None for a phrase that starts in a post's heading (``_heading_end``): a label, a hashtag or
    the account's name before its "|" or ":" is nobody's part in the act (zg-011's "Jefatura de
    Policía de Canelones:", t-011's "#ATENCIÓN | Esta mañana"); else the phrase."""
    if phrase is None:
        return None
    sent = sent_of(trigger)
    return None if sent.start_char <= phrase.start < _heading_end(sent) else phrase


def _doers_after_heading(trigger) -> Optional[ActorMention]:
    """The members of a unit the sentence names after a post's heading and before the act
    ("#Canelones 🚔 Jefatura de Policía de Canelones: hoy efectivos de la Guardia Republicana
    allanaron ...": ``unit_members``), the doers the parse lost to the heading; else None."""
    sent = sent_of(trigger)
    end = _heading_end(sent)
    members = unit_members(sent) if end > sent.start_char else None
    return members if members is not None and end < members.start < trigger.idx else None


_OWN = ("nuestro", "nuestra", "nuestros", "nuestras")  # a force's own communiqué: "nuestras tropas"


def own_force_words(written: Optional[str]) -> bool:
    """The words are a force's first person ("nuestras tropas", "Nuestros agentes": ``_OWN``
    before one of ``force_members``)."""
    words = (written or "").lower().split()
    return len(words) >= 2 and words[0] in _OWN and words[1] in load_role_cues().force_members


def own_forces(sent) -> Optional[ActorMention]:
    """The force's members a communiqué tells in the first person in the sentence ("En la
    respuesta de nuestras tropas fueron capturados otros tres", "nuestros agentes detuvieron"),
    as written; else None."""
    toks = span_tokens(sent)
    for a, b in zip(toks, toks[1:]):
        if a.lower_ in _OWN and b.lower_ in load_role_cues().force_members:
            text = parsed_text(sent.doc)[a.idx:b.idx + len(b)]
            return ActorMention(text, a.idx, a.idx + len(text))
    return None


def _dateline_day(tok) -> bool:
    """The day and month of a wire dateline opening a sentence (", 15 sep (Agencia) -" after a
    city and its state's abbreviation "CULIACÁN, Sin." the parser cut apart): no party."""
    doc, start = tok.doc, sent_of(tok).start
    if not tok.like_num or tok.i - start > 2 or tok.i + 1 >= len(doc):
        return False
    if doc[tok.i + 1].lower_.rstrip(".") not in month_words(abbreviations=True):
        return False
    return any(t.text == "(" or t.text[:1] in _DASHES for t in doc[tok.i + 2:tok.i + 4])


def _counted_people(t, tok) -> bool:
    """Is ``t`` the people a quantity noun ``tok`` counts ("un grupo de hombres")?"""
    return t.head.i == tok.i and t.i != tok.i and t.dep_ == "nmod" and tok.lower_ in load_role_cues().quantity_nouns


def _phrase(tok) -> Optional[ActorMention]:
    """The noun phrase headed by ``tok``, trimmed of relative clauses and prepositions (``_noun_phrase``,
    once per Doc and token: the role rules ask it of the same subjects and objects several times)."""
    return None if tok is None else token_memo(tok, "cronica_actor_phrases", _noun_phrase)


def _noun_phrase(tok) -> Optional[ActorMention]:
    """``_phrase`` of a token, worked out (reads only the Doc and the lexicons)."""
    if tok.pos_ == "NUM" and (unit := _numbered_unit(tok)) is not None:
        return unit
    tok = _antecedent_of(tok)
    if tok is not None and (tok.pos_ == "NUM" or tok.lower_ in _SOME) \
            and any(c.dep_ == "nmod" and _case(c) in ("de", "del") and c.pos_ in ("NOUN", "PROPN", "ADJ")
                    for c in tok.children):
        pass  # "uno de los atacantes", "dos de los secuestradores": the phrase stands
    elif tok is None or _nobody(tok) or _label(tok) and not _set_off(tok):
        return None
    if tok.lower_ in load_role_cues().vehicle_nouns:
        riders = _occupants(tok)
        if riders is not None:
            return riders  # "la lancha donde se desplazaban cuatro escoltas": the escorts
    if _CLOCK.match(tok.text):
        return None  # a time ("18.00") is nobody; places are caught by _place_only
    keep = []
    told = []  # a relative clause of membership: kept whole, beyond the length cap

    def walk(t, depth=0):
        for c in t.children:
            if c.dep_ == "punct" and c.text == "," and t.dep_ == "appos" and t.pos_ == "PROPN" and c.i < t.i:
                keep.append(c)  # "un comerciante, Juan Pérez": the name in apposition stays
                continue
            if (t is tok or _counted_people(t, tok)) and c.dep_ in ("acl:relcl", "acl") and c.pos_ in ("VERB", "AUX") \
                    and c.lower_.startswith(load_role_cues().membership_verbs) and c.i > tok.i:
                # "dos hombres que pertenecerían a una banda", "un grupo de hombres que se identificaron
                # como miembros de X": the group is said with the people
                told.extend(x for x in c.subtree if x.dep_ != "punct" or x.i < max(y.i for y in c.subtree))
                continue
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
    keep.extend(told)
    del walk  # a recursive closure holds itself (and, through its cells, the Doc): no reference cycle left
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
    while first < last and (doc[first].lower_ in ("a", "al", "por", "de", "del", "contra", "con", ",", "(", "—", "-")
                            or _dateline(doc[first]) or _label(doc[first]) or _set_off(doc[first - 1])):
        first += 1
    while last > first and (doc[last].is_punct and doc[last].text not in (")", "”", "»", "'", "’")
                            or doc[last].is_space):
        last -= 1
    if last - first + 1 > _MAX_WORDS + len(told):
        last = first + _MAX_WORDS + len(told) - 1
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


def _agentive(tok) -> Optional[ActorMention]:
    """A perpetrator's phrase: never an instrument, a vehicle or an abstract noun."""
    if tok is None:
        return None
    head = _antecedent_of(tok)
    if head is not None and (head.lower_ in load_role_cues().not_agents or _place_only(head)
                             or head.text in load_role_cues().device_properties):
        return None
    phrase = _phrase(tok)
    if phrase is not None and _toll(phrase):
        return None  # "seis personas heridas dejó el atentado": the casualties, not who did it
    return phrase


def _a_manos_de(tok):
    """ "murió a manos de sicarios": the "de" complement of "manos"."""
    for c in list(tok.children) + ([] if tok.head.i == tok.i else list(tok.head.children)):
        if c.lower_ == "manos" and _case(c) in ("a", "en"):
            return next((g for g in c.children if g.dep_ in ("nmod", "obl") and _case(g) in ("de", "del")), None)
        # the parser's fixed expression: "a" + fixed "manos" "de" as the case of X
        if any(k.dep_ == "case" and any(f.dep_ == "fixed" and f.lower_ == "manos" for f in k.children)
               for k in c.children):
            return c
    return None


def _threat(trigger) -> bool:
    """Is the trigger a threat verb ("amenazaron", "la declaran objetivo"; ``threat_verbs``)?"""
    return trigger.pos_ == "VERB" and trigger.lower_.startswith(load_role_cues().threat_verbs)


def _declared_as(trigger, obj) -> bool:
    """``obj`` is what a threat declared its targets ("la declaran objetivo militar", "los
    declararon blanco"; ``target_of_nouns``), not whom it threatened."""
    return obj.lower_ in load_role_cues().target_of_nouns and _threat(trigger)


def _signed_paper(trigger):
    """(the signer, the paper) of the signed paper a threat's sentence tells ("un panfleto
    firmado por X en el que la amenazaron": X, panfleto; ``signed_words``), else (None, None)."""
    if not _threat(trigger):
        return None, None
    signed = load_role_cues().signed_words
    for t in span_tokens(sent_of(trigger)):
        if t.lower_.startswith(signed) and t.head.pos_ == "NOUN":
            by = next((c for c in t.children if _case(c) == "por"), None)
            if by is not None:
                return by, t.head
    return None, None


def _paper_recipient(trigger, paper):
    """Whom a threat told by a clitic ("la amenazaron") was made to: the subject of the verb the
    signed paper is the object of ("la lideresa recibió un panfleto ... en el que la amenazaron")."""
    clitic = next((c for c in trigger.children if c.dep_ in ("obj", "iobj") and c.lower_ in _CLITICS), None)
    if clitic is None or paper is None or paper.dep_ != "obj":
        return None
    subj = _child(paper.head, "nsubj")
    return subj if subj is not None and _agrees(clitic, subj) else None


def _blamed(trigger):
    """The one blamed for the act at ``trigger``: "atribuyeron el ataque a X", "se
    responsabilizó a X del atentado", "el ataque fue obra de X", "X es el autor del crimen"."""
    cues = load_role_cues()
    # the verbs and nouns governing the trigger (its head chain, up to its clause)
    chain, cur = [], trigger
    for _ in range(4):
        if cur.head.i == cur.i:
            break
        cur = cur.head
        chain.append(cur)
    for t in chain:
        if t.pos_ in ("VERB", "ADJ") and t.lower_.startswith(tuple(cues.blame_verbs)) and not _hearsay_subject(t):
            # (not "la comunidad atribuye el hecho a X": the neighbours' word names no doer)
            for c in t.children:
                if c.dep_ in ("obl", "iobj", "obj") and _case(c) in ("a", "al") and c.pos_ in ("NOUN", "PROPN", "NUM") \
                        and not (c.i <= trigger.i <= max(x.i for x in c.subtree)):
                    return c, "atribuido"
        if t.lower_ in ("obra", "autoría", "autoria"):  # "fue obra de X"
            g = next((g for g in t.children if g.dep_ == "nmod" and _case(g) in ("de", "del")
                      and g.i != trigger.i), None)
            if g is not None:
                return g, None
        if t.lower_ in cues.authorship_nouns:  # "X fue el autor del ataque"
            g = next((g for g in t.children if g.dep_ in ("nsubj", "nsubj:pass")), None)
            if g is not None:
                return g, None
    # "... y la policía atribuye el crimen a desconocidos": a blame verb elsewhere in the sentence
    for t in span_tokens(sent_of(trigger)):
        # (also a participle the parser made an adjective: "bloqueos y quema de vehículos, atribuidos al cártel X")
        if (t.pos_ == "VERB" or t.pos_ == "ADJ" and "Part" in t.morph.get("VerbForm")) \
                and t.lower_.startswith(tuple(cues.blame_verbs)) and t not in chain \
                and not (t.dep_ in ("acl", "amod") and t.head.lower_ in cues.motive_nouns) and not _of_a_series(t) \
                and not _hearsay_subject(t):
            # (not "extorsiones atribuidas a la pandilla": a blame of the motive, not of the act; nor a
            # blame on hearsay, "la comunidad atribuye el hecho a X")
            # "atribuye a X el crimen", or the parser's "el crimen a X"
            # (or "el crimen a X" with X parsed as a modifier of "crimen")
            objs = [g for o in t.children if o.dep_ == "obj" for g in o.children if g.dep_ in ("nmod", "amod")]
            for c in list(t.children) + objs:
                if c.dep_ in ("obl", "iobj", "obj", "nmod", "amod") and _case(c) in ("a", "al") and c.pos_ in ("NOUN", "PROPN", "NUM") \
                        and not (c.i <= trigger.i <= max(x.i for x in c.subtree)):
                    return c, "atribuido"
    return None, None


def _of_a_series(verb) -> bool:
    """A blame told of a series of acts, not of this one: the blame verb hangs, within three steps,
    from a noun of a series, or one is among the twelve words before it ("una escalada de la kale
    borroka que los partidos atribuyen a X", however parsed; ``series_nouns``)."""
    series = load_role_cues().series_nouns
    sent = verb.sent
    if any(t.lower_ in series for t in verb.doc[max(sent.start, verb.i - 12):verb.i]):
        return True
    cur = verb
    for _ in range(3):
        if cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.lower_ in series:
            return True
    return False


@lru_cache(maxsize=256)
def _source_marker(marker: str) -> "re.Pattern[str]":
    """A source marker ("según") as a word followed by a space, compiled once (``_source``)."""
    return re.compile(rf"(?<!\w){re.escape(marker)}\s+")


def _source(sent) -> Optional[str]:
    """ "según la Dircote", "de acuerdo con el Ejército": who attributes (up to the next comma)."""
    text = parsed_text(sent)
    low = text.lower()
    for marker in load_role_cues().source_markers:
        for m in _source_marker(marker).finditer(low):
            rest = text[m.end():]
            cut = re.search(r"[,;:.()]|\s(?:que|quien|quienes)\s", rest)
            phrase = rest[:cut.start()] if cut else rest
            words = phrase.split()
            if 1 <= len(words) <= 8:
                return f"{text[m.start():m.end()].strip()} {' '.join(words)}"
    return None


def _attributed(a1: Optional[ActorMention], sent, how: Optional[str]) -> Optional[ActorMention]:
    """Carry the attribution of actor1 into its record: hedged ("presuntos"), blamed by
    someone ("atribuido"), and the source ("según X")."""
    if a1 is None:
        return None
    cues = load_role_cues()
    parts = []
    if how:
        parts.append(how)
    words = {w.strip(",.;:«»\"'()").lower() for w in a1.text.split()}
    start = max(0, a1.start - sent.start_char - 25)
    before = {w.strip(",.;:«»\"'()").lower() for w in doc_text(sent.doc)[sent.start_char + start:a1.start].split()[-3:]}
    if words & cues.hedge_words or before & cues.hedge_words:
        parts.append("presunto")
    src = _source(sent)
    if src:
        parts.append(src)
    return replace(a1, attribution="; ".join(parts)) if parts else a1


_CLAIM_VERBS = ("reivindic", "adjudic", "atribu")
#: nouns of "el ataque fue obra de X": the act is their subject, the doer their "de" complement (``_work_of``)
_WORK_NOUNS = frozenset({"obra", "autoría", "autoria"})


def attribution_in(sent) -> tuple[Optional[ActorMention], Optional[str]]:
    """Who a sentence told after an incident blames or credits for it, and how (``_attribution``);
    (None, None) for a blame on hearsay ("la comunidad atribuye el crimen a X", ``_hearsay``).
    Worked out once per sentence: every incident of a report may ask it of the same closing lines."""
    return span_memo(sent, "cronica_attribution", _attribution_once)


def _attribution_once(sent) -> tuple[Optional[ActorMention], Optional[str]]:
    """``attribution_in`` for one sentence."""
    phrase, kind = _attribution(sent)
    if kind in ("blamed", "author") and _hearsay(sent):
        return None, None
    return phrase, kind


def names_act_or_suspects(sent) -> bool:
    """The sentence names an incident back by a definite noun ("la agresión", "el crimen", "este
    ataque"; ``act_references``), its suspects ("los detenidos"; ``suspect_labels``) or its doers
    by a definite label ("los agresores", "los responsables"; ``doer_labels``): what a blame
    told far from the incident's own sentences must do to be about it, not about a whole wave ("una
    escalada ... que los partidos atribuyen a X")."""
    cues = load_role_cues()
    for t in span_tokens(sent):
        if t.lower_ in cues.suspect_labels and t.pos_ in ("NOUN", "ADJ"):
            return True
        if t.lower_ in cues.doer_labels and t.pos_ in ("NOUN", "ADJ") and any(
                c.dep_ == "det" and c.lower_ in _BACK_DETS for c in t.children):
            return True  # "los agresores serían integrantes de X": the doers named back
        if t.lower_ in cues.act_references and t.pos_ == "NOUN" and any(
                c.dep_ == "det" and c.lower_ in _BACK_DETS for c in t.children):
            return True
    return False


_BACK_DETS = frozenset({"el", "la", "los", "las", "este", "esta", "estos", "estas", "ese", "esa", "dicho", "dicha"})


def _hearsay(sent) -> bool:
    """The sentence blames on the word of neighbours, relatives or a community: its blamer (a
    subject, or the source of "según X") is one of ``hearsay_sources``, or "autoridades" of a
    community ("las autoridades tradicionales"; ``hearsay_qualifiers``)."""
    cues = load_role_cues()
    src = _source(sent)
    if src and any(w.strip(",.;:").lower() in cues.hearsay_sources for w in src.split()):
        return True
    for t in span_tokens(sent):
        if t.dep_ != "nsubj" or t.head.pos_ != "VERB":
            continue
        if t.lower_ in cues.hearsay_sources or any(
                c.dep_ == "amod" and c.lower_ in cues.hearsay_qualifiers for c in t.children):
            return True
    return False


def _token_at(sent, offset: int):
    """The token of ``sent`` that covers ``offset`` (characters into ``sent``), or None (also for a
    negative offset)."""
    if offset < 0:
        return None
    at = sent.start_char + offset
    return next((t for t in span_tokens(sent) if t.idx <= at < t.idx + len(t)), None)


def guessed_only(sent, offset: int) -> bool:
    """Is the party at ``offset`` (characters into ``sent``) named only inside a question still open
    ("los investigadores no descartan que la masacre esté relacionada con X", "investiga si ...";
    ``_open_question``)? Such a party is no doer of the incident (corpus/README.md, "The doers named
    by an attribution": an investigation or a hypothesis leaves the description)."""
    tok = _token_at(sent, offset)
    if tok is None:
        return False
    # (the party inside the clause the verb opens, "no descartan que ... X", "investiga si ... X"; not
    # "el detenido es investigado como presunto autor del asesinato perpetrado por X")
    chain = [tok] + list(tok.ancestors)
    verbs = load_role_cues().open_question_verbs
    return any(a.pos_ in ("VERB", "AUX") and a.lower_.startswith(verbs) and k > 0
               and chain[k - 1].dep_ in ("ccomp", "csubj") for k, a in enumerate(chain))


def hearsay_only(sent, offset: int) -> bool:
    """Is the party at ``offset`` (characters into ``sent``) named only by hearsay: inside what a
    verb whose subject is a hearsay source lays on it or says of it ("la comunidad atribuye el hecho a
    X", "la gente dice que son los de X", "los vecinos señalan a X"; ``hearsay_sources``, or
    "autoridades" of a community by ``hearsay_qualifiers``)? Such a party is no doer of the incident
    (corpus/README.md, "The doers named by an attribution": the word of neighbours, relatives or a
    community alone leaves the description). The blame of an authority, the report or the group
    itself is not hearsay ("la Policía atribuye el crimen a X")."""
    tok = _token_at(sent, offset)
    if tok is None:
        return False
    verbs = load_role_cues().hearsay_verbs
    chain = [tok] + list(tok.ancestors)
    for k, a in enumerate(chain):
        if k == 0 or a.pos_ not in ("VERB", "AUX") or chain[k - 1].dep_ not in _TOLD_DEPS \
                or not a.lower_.startswith(verbs):
            continue  # (the party inside what a verb of saying or blaming says or lays, not in a clause
            # of time or cause, "los vecinos huyeron cuando X atacó", nor what they did, "la familia
            # se negó a entregar la casa a X")
        if _hearsay_subject(a):
            return True
    return False


def proper_name_at(sent, offset: int) -> bool:
    """Does the phrase at ``offset`` (characters into ``sent``) carry a proper name ("la banda Los
    Pachelly", though no lexicon knows the band), not only a word for the doers ("pandilleros")?"""
    if offset < 0:
        return False
    at = sent.start_char + offset
    tok = next((t for t in span_tokens(sent) if t.idx <= at < t.idx + len(t)), None)
    return tok is not None and any(t.pos_ == "PROPN" for t in tok.subtree)


def _hearsay_subject(verb) -> bool:
    """The subject of ``verb`` is a hearsay source ("la comunidad atribuye ...", "los vecinos
    señalan ...", "las autoridades tradicionales culpan ..."; ``hearsay_sources``, ``hearsay_qualifiers``)."""
    cues = load_role_cues()
    return any(c.dep_ == "nsubj" and (c.lower_ in cues.hearsay_sources or any(
        q.dep_ == "amod" and q.lower_ in cues.hearsay_qualifiers for q in c.children)) for c in verb.children)


#: how what a verb of saying or blaming tells hangs on it ("dicen que ...", "atribuyen el hecho a X")
_TOLD_DEPS = frozenset({"ccomp", "csubj", "obj", "iobj", "obl", "obl:arg", "xcomp"})


def _other_acts(obj) -> bool:
    """A claim's object is other acts than this one ("otros ataques", "acciones similares")."""
    return obj is not None and any(c.lower_ in load_role_cues().other_act_words for c in obj.children)


def _attribution(sent) -> tuple[Optional[ActorMention], Optional[str]]:
    """Who a sentence told after an incident blames or credits for it, and how:
    "la brigada atribuyó la siembra de la mina a las disidencias" (blamed), "el grupo
    reivindicó el ataque" / "se atribuyó el incendio" (claimed), "los responsables serían
    integrantes de una banda", "X fue el autor" (author), "la mina fue sembrada por X"
    (agent: the caller keeps it only when it names an armed group).
    (None, None) when the sentence says nothing of the kind."""
    cues = load_role_cues()
    blamed, how = _blamed(sent.root)
    a = _name_rejoined(_agentive(blamed), blamed)
    if a is not None:
        return _attributed(a, sent, how), "blamed"
    signer = _signer_left(sent)
    if signer is not None:
        return _attributed(signer, sent, "firmado"), "claimed"
    for t in span_tokens(sent):
        low = t.lower_
        a = _claimant(t)
        if a is not None:
            return _attributed(a, sent, "reivindicado"), "claimed"
        if low in cues.authorship_nouns and t.pos_ == "NOUN" and (g := _named_as_authors(t)) is not None:
            a = _agentive(g)  # "las autoridades señalan como responsables a integrantes de X"
            if a is not None:
                return _attributed(a, sent, None), "blamed"
        if t.dep_ == "nsubj" and _suspect_word(low) and (a := _doers_are(t)) is not None:
            return _attributed(a, sent, None), "blamed"  # "los agresores serían integrantes de X"
        if low in cues.authorship_nouns and t.pos_ == "NOUN" and low not in _WORK_NOUNS:
            if t.dep_ == "nsubj" and t.head.pos_ in ("NOUN", "PROPN", "ADJ") and any(
                    c.dep_ == "cop" for c in t.head.children):
                # "los responsables serían integrantes de X": the predicate alone
                a = _predicate_only(_agentive(t.head), t.head)
            else:
                a = _agentive(_child(t, "nsubj")) if any(c.dep_ == "cop" for c in t.children) else None
            if a is not None:  # "X fue el autor del ataque"
                return _attributed(a, sent, None), "author"
    named = _named_themselves(sent)
    if named is not None:  # "sus captores se identificaron como integrantes de X": the doers' own word
        return _attributed(named, sent, "se identificaron como"), "claimed"
    said = _work_of(sent) or _behind_act(sent) or _belonging_doers(sent) or _linked_group(sent)
    if said is not None:
        return _attributed(said, sent, None), "blamed"
    ordered = _by_order_of(sent)
    if ordered is not None:  # "confinadas por orden de X": who ordered it (not a blame on hearsay)
        return _attributed(ordered, sent, None), "ordered"
    for t in span_tokens(sent):
        if t.pos_ in ("VERB", "ADJ") and "Part" in t.morph.get("VerbForm") and (ag := _agent(t)) is not None:
            a = _agentive(ag)  # "la mina fue sembrada por integrantes de un frente"
            if a is not None:
                return _attributed(a, sent, None), "agent"
    return None, None


def _claimed_act(verb):
    """The act a claim verb takes ("reivindicó el ataque", "se adjudicó la acción", "asumió la
    autoría"): its object, or the subject the parser made of it after "se" ("se adjudicó la acción"
    parsed with "la acción" as subject); None when it takes no noun."""
    return next((c for c in verb.children if c.dep_ in ("obj", "nsubj") and c.pos_ in ("NOUN", "PROPN")
                 and c.lower_ in load_role_cues().claimed_acts), None) or \
        next((c for c in verb.children if c.dep_ == "obj" and c.pos_ in ("NOUN", "PROPN")), None)


def _claimant(verb) -> Optional[ActorMention]:
    """Who a claim verb says claimed an act: "el grupo reivindicó el ataque", "se adjudicó el
    atentado", and, taking the act or its authorship as object (``owning_verbs``, ``claimed_acts``),
    "el frente reconoció el secuestro", "asumió la autoría"; the subject, or the antecedent of the
    relative "que" ("un lienzo de la CAM, que se adjudicó la acción"). None for a passive, for
    other acts ("reivindicó otros ataques") and when nothing claims."""
    cues = load_role_cues()
    low = verb.lower_
    if verb.pos_ != "VERB" or _is_passive(verb):
        return None
    act = _claimed_act(verb)
    if low.startswith(_CLAIM_VERBS):
        if not (low.startswith("reivindic") or any(c.lower_ == "se" for c in verb.children)):
            return None
    elif not (low.startswith(cues.owning_verbs) and act is not None and act.lower_ in cues.claimed_acts):
        return None
    if _other_acts(act):
        return None
    subj = _child(verb, "nsubj")
    if subj is not None and act is not None and subj.i == act.i:
        subj = None
    if subj is None and verb.dep_ in ("acl", "acl:relcl") and verb.head.pos_ in ("NOUN", "PROPN") \
            and any(c.lower_ in ("que", "quien", "quienes") for c in verb.children):
        subj = verb.head
    return _agentive(subj)


def _named_as_authors(noun):
    """X of "señalan como responsables a X", "identificó como autores del ataque a X": the "a" phrase
    of an authorship noun told with "como"; else None."""
    if not any(c.dep_ == "mark" and c.lower_ == "como" for c in noun.children) or _open_question(noun):
        return None
    near = list(noun.children) + [c for c in noun.head.children if c is not noun and c.i > noun.i]
    return next((g for g in near if g.dep_ in ("nmod", "obl", "obj", "iobj", "amod") and _case(g) in ("a", "al")
                 and g.pos_ in ("NOUN", "PROPN")), None)


def _suspect_word(low: str) -> bool:
    """A word for the doers or the suspects of an act ("los atacantes", "los detenidos", "sus
    captores"; ``doer_labels``, ``suspect_labels``)."""
    cues = load_role_cues()
    return low in cues.doer_labels or low in cues.suspect_labels


def _doers_are(subj) -> Optional[ActorMention]:
    """The group of "los agresores serían integrantes de X", "los detenidos son (presuntos)
    miembros de X": the predicate of a copula whose subject labels the doers or suspects
    (``_suspect_word``), from its words to X, when its member noun (``member_nouns``: the predicate
    itself, or next to it in the parse) has a group as its "de" complement; else None (not "los
    detenidos son jóvenes de 19 años", nor while a question is still open)."""
    pred = subj.head
    cop = next((c for c in pred.children if c.dep_ == "cop"), None)
    if subj.dep_ != "nsubj" or not _suspect_word(subj.lower_) or cop is None or _open_question(pred):
        return None
    member = next((t for t in [pred, pred.head] + list(pred.children)
                   if t.lower_ in load_role_cues().member_nouns), None)
    g = None if member is None else next((g for g in member.children if g.dep_ == "nmod"
                                          and _case(g) in ("de", "del")), None)
    a = _agentive(g)
    if a is None:
        return None
    start = cop.idx + len(cop.text) + 1  # the predicate alone, not "los detenidos son"
    return ActorMention(parsed_text(cop.doc)[start:a.end], start, a.end) if start < a.start else a


def _predicate_only(phrase: Optional[ActorMention], pred) -> Optional[ActorMention]:
    """A copula's predicate phrase without its subject and copula ("presuntos integrantes de X", not
    "los agresores serían presuntos integrantes de X")."""
    cop = next((c for c in pred.children if c.dep_ == "cop"), None)
    if phrase is None or cop is None or not phrase.start <= cop.idx < phrase.end:
        return phrase
    start = cop.idx + len(cop.text) + 1
    return ActorMention(parsed_text(pred.doc)[start:phrase.end], start, phrase.end) if start < phrase.end else None


def _name_rejoined(phrase: Optional[ActorMention], head) -> Optional[ActorMention]:
    """A group's phrase whose name the parser split off as a sibling ("atribuyó el hostigamiento al
    frente Jaime Martínez de las disidencias", parsed "frente" and "Jaime Martínez ..." as two
    objects): the head's phrase run on through the proper name right after it; else the phrase."""
    if phrase is None or head is None or head.i + 1 >= len(head.doc):
        return phrase
    name = head.doc[head.i + 1]
    if name.pos_ != "PROPN" or name.head.i != head.head.i or name.dep_ not in ("obj", "appos", "nmod", "obl") \
            or phrase.end > name.idx:
        return phrase
    rest = _phrase(name)
    if rest is None or rest.start != name.idx:
        return phrase
    return ActorMention(parsed_text(head.doc)[phrase.start:rest.end], phrase.start, rest.end)


def _open_question(tok) -> bool:
    """``tok`` is inside a question still open ("investiga si el crimen es obra de X", "no descarta
    que pertenezcan a X"; ``open_question_verbs``), not an answer."""
    if any(c.dep_ == "mark" and c.lower_ == "si" for c in tok.children):
        return True
    return any(a.pos_ in ("VERB", "AUX") and a.lower_.startswith(load_role_cues().open_question_verbs)
               for a in tok.ancestors)


def _work_of(sent) -> Optional[ActorMention]:
    """X of "el ataque sería obra de X" told under a reporting verb ("la Policía indicó que el
    ataque sería obra del Clan del Golfo"), unless a question is still open; else None."""
    for t in span_tokens(sent):
        if t.lower_ in _WORK_NOUNS and t.pos_ == "NOUN" and not _open_question(t) \
                and any(c.dep_ == "cop" for c in t.children):  # "sería obra de", not "la obra de un colegio"
            g = next((g for g in t.children if g.dep_ == "nmod" and _case(g) in ("de", "del")), None)
            a = _agentive(g)
            if a is not None:
                return a
    return None


def _named_themselves(sent) -> Optional[ActorMention]:
    """X of "sus captores se identificaron como integrantes de X", "los secuestradores se presentaron
    como miembros de X": the doers' own word of whom they belong to (``self_naming_verbs`` with "se";
    corpus/README.md, "The doers named by an attribution"), when they are told by a label of doers or
    suspects (``_captors_subject``) and the "como" phrase names a group or its members; else None."""
    cues = load_role_cues()
    for t in span_tokens(sent):
        if t.pos_ != "VERB" or not t.lower_.startswith(cues.self_naming_verbs) \
                or not any(c.lower_ == "se" for c in t.children) or not _captors_subject(t):
            continue
        as_what = next((c for c in t.children if c.dep_ in ("obj", "obl", "xcomp", "nmod", "advcl")
                        and any(m.lower_ == "como" for m in c.children if m.dep_ in ("mark", "case"))), None)
        if as_what is None:
            continue
        if as_what.lower_ in cues.member_nouns:
            g = next((g for g in as_what.children if g.dep_ == "nmod" and _case(g) in ("de", "del")), None)
            a = _agentive(g) if g is not None else None
        else:
            a = _agentive(as_what)
        if a is not None:
            return a
    return None


def _captors_subject(verb) -> bool:
    """The subject of ``verb`` (or the antecedent of its relative "que") labels the doers or suspects
    ("sus captores", "los secuestradores"; ``_suspect_word``), not a description ("los hombres",
    "los sujetos": the gold keeps the description there, train zi-019, g-013, zk-039)."""
    subj = _child(verb, "nsubj")
    if subj is not None and subj.lower_ in ("que", "quien", "quienes") and verb.dep_ in ("acl", "acl:relcl"):
        subj = verb.head
    return subj is not None and _suspect_word(subj.lower_)


def _behind_act(sent) -> Optional[ActorMention]:
    """X of "detrás del crimen está X" / "X estaría detrás del ataque" (``behind_words``): the one a
    source places behind the act, unless a question is still open; else None."""
    cues = load_role_cues()
    for t in span_tokens(sent):
        if t.lower_ not in cues.behind_words or t.head.pos_ not in ("NOUN", "PROPN"):
            continue
        act = t.head
        if any(c.dep_ == "cop" for c in act.children) or any(c.dep_ == "cop" for c in t.children):
            who = _child(act, "nsubj") or _child(t, "nsubj")  # "X está detrás del ataque"
        elif act.dep_ == "obl" and any(c.dep_ == "cop" for c in act.head.children):  # "detrás del ataque está X"
            who = act.head
        elif act.dep_ == "obl" and act.head.pos_ in ("VERB", "AUX") and act.head.lower_.startswith("est"):
            who = _child(act.head, "nsubj")  # the same, parsed with "está" as its verb
        else:
            continue
        if who is None or _open_question(act):
            continue
        a = _after_copula(_agentive(who), who) if who == act.head else _agentive(who)
        if a is not None:
            return a
    return None


def _after_copula(phrase: Optional[ActorMention], pred) -> Optional[ActorMention]:
    """The words of ``phrase`` after the copula of ``pred`` ("el frente X", not "la voladura está el
    frente X")."""
    cop = next((c for c in pred.children if c.dep_ == "cop"), None)
    if phrase is None or cop is None:
        return phrase
    start = cop.idx + len(cop.text) + 1
    return ActorMention(parsed_text(pred.doc)[start:phrase.end], start, phrase.end) if phrase.start < start < phrase.end else phrase


def _by_order_of(sent) -> Optional[ActorMention]:
    """X of "las comunidades permanecen confinadas por orden de X" (``order_nouns`` told with
    "por"): who ordered the act; else None."""
    cues = load_role_cues()
    for t in span_tokens(sent):
        if t.lower_ not in cues.order_nouns or not any(c.lower_ == "por" for c in t.children if c.dep_ == "case"):
            continue
        g = next((g for g in t.children if g.dep_ in ("nmod", "flat") and _case(g) in ("de", "del")), None)
        a = _agentive(g) if g is not None else None
        if a is not None:
            return a
    return None


def _belonging_doers(sent) -> Optional[ActorMention]:
    """X of "los atacantes pertenecen a X" / "pertenecerían a X", "sus captores pertenecen a X",
    "los imputados forman parte de X" (the doers or the suspects told by a label, ``_suspect_word``:
    corpus README, "The doers named by an attribution"), unless a question is still open
    ("investiga si los atacantes pertenecen a X"); else None. (A copula, "los detenidos son
    presuntos integrantes de X", is ``_doers_are``.)"""
    for t in span_tokens(sent):
        a = _belongs_to(t) or _part_of(t)
        if a is not None:
            return a
    return None


def _doer_subject(verb) -> bool:
    """The subject of ``verb`` labels the doers or the suspects ("los atacantes", "los detenidos",
    ``_suspect_word``), and no question about it is still open."""
    subj = _child(verb, "nsubj")
    return subj is not None and _suspect_word(subj.lower_) and not _open_question(verb)


def _belongs_to(t) -> Optional[ActorMention]:
    """X of "los atacantes pertenecen a X" at the verb ``t``."""
    if t.pos_ != "VERB" or not t.lower_.startswith("pertenec") or not _doer_subject(t):
        return None
    g = next((g for g in t.children if g.dep_ in ("obl", "obj", "iobj") and _case(g) in ("a", "al")), None)
    return _agentive(g)


def _part_of(t) -> Optional[ActorMention]:
    """X of "los imputados forman parte de X" at the verb ``t`` (the parse: X the object of
    "forman", or the "de" complement of "parte")."""
    nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    if t.pos_ != "VERB" or not t.lower_.startswith("form") or nxt is None or nxt.lower_ != "parte" \
            or not _doer_subject(t):
        return None
    g = next((g for g in list(t.children) + list(nxt.children) if g is not nxt
              and g.dep_ in ("obj", "obl", "nmod") and _case(g) in ("de", "del")), None)
    return _agentive(g)


def _linked_group(sent) -> Optional[ActorMention]:
    """X of "las autoridades vinculan el ataque con X" or of the doers "que la Policía vincula con
    X", when X is a group by its name or its members ("Los Lobos", "remanentes del EPP"), not a
    motive ("el cobro de extorsiones", "la pugna entre ..."), unless a question is still open;
    else None."""
    cues = load_role_cues()
    members = cues.member_nouns
    for t in span_tokens(sent):
        if t.pos_ != "VERB" or not t.lower_.startswith("vincul") or _open_question(t):
            continue
        obj = next((c for c in t.children if c.dep_ == "obj" and _case(c) != "con"), None)
        linked = _members_linked(t, obj)
        if linked is not None:
            return linked
        if obj is not None and obj.pos_ != "PRON" and obj.lower_ not in cues.not_agents:
            continue  # "a quienes vincula con el ataque", "vinculó a los responsables con ...": no blame of a group
        near = list(t.children) + (list(obj.children) if obj is not None else [])  # the parser's "el ataque con X"
        g = next((g for g in near if g.dep_ in ("obl", "nmod", "obj") and _case(g) == "con"
                  and (g.pos_ == "PROPN" or g.lower_ in members or g.lower_ == "remanentes")), None)
        a = _agentive(g)
        if a is not None:
            return a
    return None


def _members_linked(verb, obj) -> Optional[ActorMention]:
    """The members of a named group the authorities link with the act: "detuvo a cuatro integrantes
    de X, a quienes vincula con el ataque" (the relative's antecedent is members of a group by its
    name, and what they are linked with is an act, ``claimed_acts``); else None."""
    cues = load_role_cues()
    if obj is None or obj.lower_ not in ("quienes", "que", "cuales") or verb.dep_ not in ("acl", "acl:relcl"):
        return None
    people = verb.head
    if people.lower_ not in cues.member_nouns or not any(
            g.dep_ == "nmod" and g.pos_ == "PROPN" and _case(g) in ("de", "del") for g in people.children):
        return None
    act = next((c for c in verb.children if c.dep_ in ("obl", "nmod") and _case(c) == "con"), None)
    if act is None or act.lower_ not in cues.claimed_acts:
        return None
    return _agentive(people)


def _signer_left(sent) -> Optional[ActorMention]:
    """The group that signed a paper the doers left at the scene: X of "dejaron panfletos firmados
    por X", "quedó un lienzo con la firma de X", "quedaron panfletos de X" (``claim_papers``), when
    the sentence tells it left or found (``left_verbs``); else None. A paper "alusivo a" a group
    claims nothing."""
    cues = load_role_cues()
    toks = span_tokens(sent)
    papers = [t for t in toks if t.pos_ == "NOUN" and t.lower_ in cues.claim_papers]
    if not papers or not any(t.pos_ in ("VERB", "AUX", "ADJ") and t.lower_.startswith(cues.left_verbs) for t in toks):
        return None
    for t in toks:
        if t.lower_ == "firma" and t.pos_ == "NOUN":  # "un lienzo con consignas y la firma de X"
            by = next((g for g in t.children if g.dep_ == "nmod" and _case(g) in ("de", "del")), None)
        elif t.lower_.startswith(cues.signed_words) and t.head in papers:  # "panfletos firmados por X"
            by = _agent(t)
        elif t in papers:  # "panfletos de la CAM"
            by = next((g for g in t.children if g.dep_ == "nmod" and _case(g) in ("de", "del")
                       and g.pos_ == "PROPN"), None)
        else:
            continue
        a = _agentive(by)
        if a is not None:
            return a
    return None


# Prepositions that tell where an act came from, with what or by whom it was done: a unit or
# vehicle they introduce is no target ("disparos desde una camioneta", "huyeron en un vehículo
# hacia el cuartel", "el ataque con un camión")
_NOT_TARGET_CASES = frozenset({"desde", "con", "por", "hacia", "tras", "sin"})


def _destination(t) -> bool:
    """``t`` is where the people hit were going ("regresaban a su base", "volvían a su puesto en una
    camioneta cuando fueron atacados"): a noun after "a"/"al" whose head is a verb of moving
    (``ride_verbs``); not what the act hit (corpus/README.md, "Whom an attack on a force hit")."""
    if _case(t) not in ("a", "al") or t.head.pos_ != "VERB":
        return False
    moving = load_role_cues().ride_verbs
    return t.head.lower_.startswith(moving) or t.head.lemma_.startswith(moving)


def _target(trigger) -> Optional[ActorMention]:
    """A unit, installation, convoy or vehicle the act falls on, when the parse tied no
    object to the trigger: one governed by the trigger within two steps, or introduced
    by "contra"/"a" in the trigger's clause."""
    nouns = load_role_cues().target_nouns
    for t in span_tokens(sent_of(trigger)):
        if t.i == trigger.i or t.lower_ not in nouns or t.pos_ not in ("NOUN", "PROPN"):
            continue
        if t.dep_ == "nsubj" and t.head.i == trigger.i and not _is_passive(trigger) and (
                t.i < trigger.i or trigger.lemma_.startswith(_BLEW)):
            continue  # "un vehículo cargado con explosivos estalló": what blew or who acted, not what was hit
        if _case(t) in _NOT_TARGET_CASES or _destination(t):
            continue  # "agredidos a balazos desde dos camionetas": where the fire came from
        near = t.head.i == trigger.i or (t.head.head.i == trigger.i and t.head.pos_ in ("NOUN", "ADP", "VERB"))
        against = _case(t) in ("contra", "a", "al") and (t.head.i == trigger.i or t.head.head.i == trigger.i
                                                         or trigger.head.i == t.head.i)
        if near or against or (_case(t) == "contra" and trigger.is_ancestor(t)):
            return _phrase(t)  # "un atentado perpetrado con una granada contra el cuartel"
    return None


# Acts whose reporter is usually the one who did them or a side of them: "la Policía confirmó la
# captura", "los militares reportaron un enfrentamiento"
_FORCE_ACTS = ("captura", "detenci", "arresto", "aprehensi", "incautaci", "decomiso", "operativo", "operaci",
               "allanamiento", "desarticulaci", "enfrentamiento", "combate", "choque", "tiroteo", "balacera")
_SOME = frozenset({"uno", "una", "alguno", "alguna", "algunos", "algunas", "varios", "varias", "ninguno"})
_TOLL_VERBS = ("dej", "caus", "provoc", "ocasion", "cobr", "arroj", "produc")
_RECIPROCAL = ("enfrent", "choc", "combat", "tirote", "balace")
_FALLEN = ("muert", "herid", "fallec", "lesionad", "abatid")
_BLEW = ("estall", "explot", "deton")  # "la bomba estalló en un cajero": where it blew is what it hit
_BURST = ("estall", "explot")  # intransitive: "estallar un coche bomba" has the bomb as subject


def _toll(phrase: ActorMention) -> bool:
    """A casualty figure ("cuatro agentes heridos"), not a target."""
    return any(w.lower().startswith(_FALLEN) for w in phrase.text.split()[1:])


def _fallen(verb):
    """The subject of a verb that says its subject fell ("tres soldados murieron",
    "resultaron heridos", "terminaron muertos"), else None."""
    if verb is None or verb.pos_ not in ("VERB", "AUX", "ADJ"):
        return None
    cues = load_role_cues()
    fell = verb.lemma_ in cues.patient_subject_verbs or verb.lower_ in cues.patient_subject_verbs or \
        verb.lower_.startswith(_FALLEN) or any(c.dep_ in ("xcomp", "obj", "advcl", "obl") and c.lower_.startswith(_FALLEN)
                                               and c.pos_ in ("ADJ", "VERB", "NOUN") for c in verb.children)
    return _child(verb, "nsubj", "nsubj:pass") if fell else None


@lru_cache(maxsize=1)
def _folded_targets() -> frozenset:
    return frozenset(fold(w) for w in load_role_cues().target_nouns)


def _target_word(t) -> bool:
    """``t`` is one of ``target_nouns`` as a noun, also written without accents or taken by the
    parser for a name in an unaccented post ("contra la estacion de policia")."""
    if t.pos_ == "NOUN" and t.lower_ in load_role_cues().target_nouns:
        return True
    return t.pos_ in ("NOUN", "PROPN") and t.is_lower and fold(t.lower_) in _folded_targets()


def sentence_target(sent, bombing: bool = False) -> Optional[ActorMention]:
    """A unit, installation or vehicle the sentence says was hit ("contra la estación",
    "frente al cuartel", "atacaron el puesto"; for a bombing also "en el aparcamiento"):
    the target when no word of the act named one."""
    cues = load_role_cues()
    nouns = cues.target_nouns
    cases = ("contra", "a", "al", "frente", "junto") + (("en",) if bombing else ())
    for t in span_tokens(sent):
        if not _target_word(t) and not (t.pos_ == "NOUN" and _building_centre(t)):
            continue
        area = t.head
        near = _case(area) in cases or _case(area) in ("de", "del") and area.head.lower_ in _NEAR_WORDS
        if _case(t) in ("de", "del") and area.lower_ in cues.area_nouns and near:
            phrase = _phrase(t)  # "en la zona del aparcamiento": the aparcamiento
            if phrase is not None and not _toll(phrase):
                return phrase
        if _case(t) == "en" and t.lower_ in load_role_cues().vehicle_nouns or _case(t) in _NOT_TARGET_CASES \
                or _destination(t):
            continue  # "colocaron los explosivos en el vehículo": the bomb's carrier; "desde una camioneta"
        if _case(t) in cases or (t.dep_ == "obj" and t.head.pos_ == "VERB"):
            phrase = _phrase(t)
            if phrase is not None and not _toll(phrase):
                return phrase
    return None


def _unit_role(t) -> bool:
    """The unit noun ``t`` is told as what was hit or what its fallen were doing: "contra una
    patrulla", "emboscaron a un convoy", "atacaron la patrulla", "la patrulla fue atacada", "al paso
    de la caravana", "avanzaba con su pelotón", "mientras la patrulla avanzaba" (``ride_verbs``)."""
    case = _case(t)
    if case in ("contra", "a", "al") or t.dep_ == "nsubj:pass":
        return True
    if t.dep_ == "nsubj" and t.head.pos_ in ("VERB", "AUX", "ADJ"):
        return _is_passive(t.head) or t.head.lower_.startswith(load_role_cues().ride_verbs)
    if case in ("de", "del") and t.head.lower_ == "paso":
        return True
    return case == "con" and any(c.lower_ in ("su", "sus") for c in t.children)


def _against_past_means(trigger) -> Optional[ActorMention]:
    """What an act noun was aimed at when the parser hung its "contra X" inside the act's means
    ("un ataque con drones cargados de explosivos contra la comunidad de X": "contra" under
    "explosivos"): the first "contra" nominal in the act's "con" phrase; else None. Not a plural
    act noun: "los ataques con drones contra la fuerza pública" tallies many acts."""
    if "Plur" in trigger.morph.get("Number"):
        return None
    means = next((c for c in trigger.children if c.dep_ == "nmod" and _case(c) == "con"), None)
    if means is None:
        return None
    hit = next((t for t in means.subtree if t is not means and t.pos_ in ("NOUN", "PROPN")
                and _case(t) == "contra"), None)
    return _phrase(hit) if hit is not None else None


def unit_hit(sent) -> Optional[ActorMention]:
    """A force's unit (``hit_units``) the sentence says was hit, or whose members fell while it
    moved: the target ACLED and the gold code rather than the fallen ("un sargento murió cuando
    atacaron a su patrulla": the patrol); else None."""
    cues = load_role_cues()
    for t in span_tokens(sent):
        if t.pos_ == "NOUN" and t.lower_ in cues.hit_units and _unit_role(t):
            phrase = _phrase(t)
            if phrase is not None and not _toll(phrase):
                return phrase
    return None


def bare_part(words: str) -> bool:
    """A part of a building told alone ("la fachada", "la puerta metálica", "el antejardín", "el
    frente"): its first noun is one of ``part_nouns`` (or "frente") and no "de X" says whose."""
    ws = [w.strip(",.;:«»\"'()").lower() for w in words.split()]
    ws = [w for w in ws if w and w not in ("el", "la", "los", "las", "un", "una", "su", "sus")]
    return bool(ws) and (ws[0] in load_role_cues().part_nouns or ws == ["frente"]) \
        and not {"de", "del"} & set(ws)


def _premises_role(t) -> bool:
    """The building ``t`` is told as hit or entered: after contra/a/en/sobre ("frente a la vivienda",
    "irrumpió en la finca"), as an object or a passive subject, or as the subject of a verb of
    suffering ("la vivienda recibió doce disparos"); not the subject of another verb ("varias casas
    vecinas perdieron sus ventanas")."""
    if _destination(t):
        return False  # "volvían a su puesto": where they were going
    if _case(t) in ("contra", "a", "al", "en", "sobre", "frente", "junto") or t.dep_ in ("obj", "nsubj:pass") \
            or t.head.lower_ in _NEAR_WORDS and t.head.i < t.i:  # "frente a la vivienda" (the parser's fixed "a")
        return True
    return t.dep_ == "nsubj" and (_is_passive(t.head) or t.head.lower_.startswith(load_role_cues().suffer_verbs))


def premises_hit(sent, skip_start: int = -1) -> Optional[ActorMention]:
    """The building or premises the sentence says was hit or entered ("frente a la vivienda de un
    juez", "llegaron a la ferretería de X", "irrumpió en la finca", "la vivienda recibió doce
    disparos"): ``target_nouns`` and ``premises_nouns``, not a vehicle, a part or where the act came
    from; the phrase starting at ``skip_start`` (the part itself) aside; else None."""
    cues = load_role_cues()
    for t in span_tokens(sent):
        if t.pos_ != "NOUN" or (t.lower_ not in cues.target_nouns and t.lower_ not in cues.premises_nouns) \
                or t.lower_ in cues.vehicle_nouns or t.lower_ in cues.part_nouns or t.lower_ in cues.unit_nouns \
                or _case(t) in _NOT_TARGET_CASES or not _premises_role(t):
            continue
        phrase = _phrase(t)
        if phrase is not None and phrase.start != skip_start and not _toll(phrase) and not bare_part(phrase.text):
            return phrase
    return None


def people_aimed_at(sent) -> Optional[ActorMention]:
    """The people inside a place the sentence says were shot at ("abrió fuego contra los clientes",
    "dispararon contra un grupo de comensales"): a noun after "contra" that is one of
    ``patron_words``, or a quantity noun ("grupo") of them; else None."""
    cues = load_role_cues()
    for t in span_tokens(sent):
        if t.pos_ != "NOUN" or _case(t) != "contra":
            continue
        whom = t if t.lower_ in cues.patron_words else next(
            (c for c in t.children if c.lower_ in cues.patron_words and _case(c) in ("de", "del")), None) \
            if t.lower_ in cues.quantity_nouns else None
        if whom is not None:
            return _phrase(t)
    return None


_UNIT_NAME_LINK = frozenset({"de", "del", "el", "la", "las", "los", "y", "e", "número", "nro", "n.º", "no.",
                             "contra"})  # ("Fuerza Especial de Lucha contra el Narcotráfico")


def unit_members(sent) -> Optional[ActorMention]:
    """Members of a named unit told in the sentence ("personal de la Infantería de Marina", "tropas
    de la Brigada de Selva número 22", "agentes de la Unidad Antisecuestro y Extorsión (UNASE)"):
    one of ``force_members`` (or a plural noun and a ``force_member_adjectives`` word: "servidores
    policiales de la Unidad X"; or a ``unit_member_words`` word before a ``unit_names`` word:
    "fuerzas del Destacamento X"), "de"/"del", then capitalised words (with "de", "y", numbers and a
    bracketed acronym); the first, else None."""
    toks = span_tokens(sent)
    for k, t in enumerate(toks[:-2]):
        of = _members_of_at(toks, k)
        if of is None:
            continue
        j = of + 1 + (toks[of].lower_ == "de" and toks[of + 1].lower_ in ("la", "las", "los"))
        end = _proper_name_end(toks, j)
        if end == j or t.lower_ in _member_word_list("unit_member_words") and toks[j].lower_ not in _unit_names():
            continue  # ("fuerzas de la Contra": an armed group's, not a force's unit)
        first, last = t, toks[end - 1]
        text = parsed_text(sent.doc)[first.idx:last.idx + len(last)]
        return ActorMention(text, first.idx, first.idx + len(text))
    return None


@lru_cache(maxsize=4)
def _member_word_list(key: str) -> frozenset:
    """A ``roles.yaml`` list of lowercase words (``force_member_adjectives``, ``unit_member_words``)."""
    words = read_data_yaml("roles.yaml").get(key)
    if not isinstance(words, list) or not words or not all(isinstance(w, str) and w == w.lower() for w in words):
        raise DataFileError(f"roles.yaml: {key!r} must be a non-empty list of lowercase words")
    return frozenset(words)


def _members_of_at(toks, k: int) -> Optional[int]:
    """The index of the "de"/"del" after members of a force told at ``toks[k]``: a ``force_members``
    word ("agentes de"), a plural noun and a force's adjective ("servidores policiales de"), or a
    ``unit_member_words`` word ("fuerzas del", checked against the unit's name by the caller)."""
    t = toks[k]
    if t.pos_ == "NOUN" and t.lower_.endswith("s") and k + 1 < len(toks) \
            and toks[k + 1].lower_ in _member_word_list("force_member_adjectives"):
        of = k + 2  # (before "militares" alone: "efectivos militares de la Brigada X")
    elif t.lower_ in load_role_cues().force_members or t.lower_ in _member_word_list("unit_member_words"):
        of = k + 1
    else:
        return None
    return of if of < len(toks) - 1 and toks[of].lower_ in ("de", "del") else None


def _proper_name_end(toks, j: int) -> int:
    """The index after the proper name starting at ``toks[j]``: capitalised words, with "de", "y",
    numbers and a bracketed acronym inside ("Brigada de Selva número 22", "Unidad Antisecuestro y
    Extorsión (UNASE)"); ``j`` when ``toks[j]`` is not capitalised."""
    end = j
    while end < len(toks) and (toks[end].is_title or toks[end].is_upper and toks[end].is_alpha
                               or toks[end].like_num and end > j
                               or toks[end].lower_ in _UNIT_NAME_LINK and end > j):
        end += 1
    while end > j and toks[end - 1].lower_ in _UNIT_NAME_LINK:
        end -= 1
    if end == j or not (toks[j].is_title or toks[j].is_upper):
        return j
    if end + 2 < len(toks) and toks[end].text == "(" and toks[end + 1].is_upper and toks[end + 2].text == ")":
        end += 3  # "(UNASE)"
    return end


_HELPED_BY = frozenset({"apoyo", "coordinación", "junto", "conjunta", "conjunto", "acompañados", "acompañado",
                        "respaldo"})


@lru_cache(maxsize=1)
def _unit_names() -> frozenset:
    """``roles.yaml`` ``unit_names``: the words that open a force's unit's proper name."""
    words = read_data_yaml("roles.yaml").get("unit_names")
    if not isinstance(words, list) or not words or not all(isinstance(w, str) and w == w.lower() for w in words):
        raise DataFileError("roles.yaml: 'unit_names' must be a non-empty list of lowercase words")
    return frozenset(words)


def named_unit(sent) -> Optional[ActorMention]:
    """A force's unit told by its proper name in the sentence ("el Comando Operacional Norte
    ejecutó una operación", "un trabajo de la División de Investigación Criminal", "la Zona de
    Defensa Integral Táchira informa"): a capitalised word of ``unit_names`` (not opening the
    sentence, where any word is capitalised) and at least one more capitalised word of its name;
    the first, else None."""
    toks = span_tokens(sent)
    for k, t in enumerate(toks):
        if k == 0 or not t.is_title or t.lower_ not in _unit_names():
            continue
        if any(x.lower_ in _HELPED_BY for x in toks[max(0, k - 4):k]) or any(x.lower_ == "con" for x in toks[max(0, k - 2):k]):
            continue  # "con apoyo de la Fuerza Naval", "conjunta con la Fuerza Naval": who helped, not who acted
        end = _proper_name_end(toks, k)
        if end - k < 2 or not any(x.is_title or x.is_upper for x in toks[k + 1:end]):
            continue  # "la Dirección" alone, "Comando" before a lowercase word
        last = toks[end - 1]
        text = parsed_text(sent.doc)[t.idx:last.idx + len(last)]
        return ActorMention(text, t.idx, t.idx + len(text))
    return None


def presented_after(sent, start: int) -> Optional[ActorMention]:
    """The people a label before character ``start`` of the sentence's Doc stands for, told after it
    by "se trata de" ("Los cautivos fueron rescatados ...: se trata de dos contratistas de una
    petrolera"): the phrase the verb introduces with "de", when it is told with a number or an
    indefinite (``_told_as_new``); else None."""
    for t in span_tokens(sent):
        if t.idx < start or t.lower_ != "trata" or not any(c.lower_ == "se" for c in t.children):
            continue
        who = next((c for c in t.children if c.dep_ in ("obj", "obl", "nsubj") and c.pos_ in ("NOUN", "PROPN")
                    and _case(c) == "de"), None)
        phrase = _phrase(who)
        if phrase is not None and _told_as_new(who):
            return phrase
    return None


def _told_as_new(tok) -> bool:
    """The noun is people told as new: with a number or "unos"/"unas" ("dos contratistas", "unos
    técnicos"), or a person with "un"/"una" ("un comerciante"; ``person_descriptions``,
    ``people_words``), not an act ("un ataque")."""
    cues = load_role_cues()
    if any(c.dep_ == "nummod" or c.dep_ == "det" and c.lower_ in ("unos", "unas") for c in tok.children):
        return True
    return any(c.dep_ == "det" and c.lower_ in ("un", "una") for c in tok.children) \
        and (tok.lower_ in cues.person_descriptions or tok.lower_ in cues.people_words)


def seized_in(sent) -> Optional[ActorMention]:
    """Where a seizure's goods were found or what was seized with them, told in its sentence: a
    house, shop, vehicle or container after "en" ("85 kilos de marihuana en un almacén del
    distrito", "ocultos en dos maletas") or the object of a verb of intercepting, destroying or
    finding ("interceptaron un camión", "destruyeron una fábrica de pasta base"): ``premises_nouns``,
    ``vehicle_nouns``, ``container_nouns``, ``target_nouns`` (not a force's unit); else None."""
    cues = load_role_cues()
    # the nearest holder first: a container, a vehicle, premises, then an installation ("en la
    # terminal de buses ... en tres maletas": the suitcases)
    for nouns in (cues.container_nouns, cues.vehicle_nouns, cues.premises_nouns, cues.target_nouns - cues.unit_nouns):
        for t in span_tokens(sent):
            if t.pos_ != "NOUN" or t.lower_ not in nouns:
                continue
            if _case(t) in ("en", "dentro") or t.dep_ in ("obj", "nsubj:pass") \
                    and t.head.lower_.startswith(cues.found_in_verbs):
                phrase = _phrase(t)
                if phrase is not None:
                    return phrase
    return None


_FOUGHT = ("combat", "enfrent")  # "A y B combatieron": reciprocal without "se"


def _past_vehicle(doc, i: int) -> int:
    """The index after a vehicle phrase starting at ``i`` ("en moto", "en una camioneta blanca";
    ``vehicle_nouns``), else ``i``."""
    if i >= len(doc) or doc[i].lower_ != "en":
        return i
    j = i + 1
    if j < len(doc) and doc[j].pos_ in ("DET", "NUM"):
        j += 1
    if j >= len(doc) or doc[j].lower_ not in load_role_cues().vehicle_nouns:
        return i
    j += 1
    while j < len(doc) and doc[j].pos_ == "ADJ":
        j += 1
    return j


def _verb_after(tok):
    """The verb the parser left without its subject right after a noun it misread ("cuando sujetos
    armados irrumpieron": "sujetos" as a clause of its own; "dos tipos en moto le dispararon": past
    the vehicle they rode, ``vehicle_nouns``, and the verb's clitic), or None."""
    if tok.pos_ != "NOUN" or tok.dep_ not in ("advcl", "obl", "obj"):
        return None
    doc = tok.doc
    nxt = tok.i + 1
    while nxt < len(doc) and doc[nxt].pos_ == "ADJ" and doc[nxt].head.i == tok.i:
        nxt += 1
    nxt = _past_vehicle(doc, nxt)
    while nxt < len(doc) and doc[nxt].lower_ in _CLITICS:
        nxt += 1
    verb = doc[nxt] if nxt < len(doc) else None
    # (an emoji the parser made the verb's subject is no subject: "... 😡 dos tipos en moto le dispararon")
    if verb is None or verb.pos_ != "VERB" or any(c.dep_ in ("nsubj", "nsubj:pass") and c.is_alpha
                                                  for c in verb.children):
        return None
    return verb


def _arrived(tok) -> bool:
    """``tok`` is the subject the parser hung as the object of a verb of arriving before it
    ("Llegaron unos vatos armados": ``arrival_verbs`` take no object)."""
    head = tok.head
    return tok.dep_ == "obj" and head.i < tok.i and head.pos_ == "VERB" \
        and head.lower_.startswith(load_role_cues().arrival_verbs)


_RUN_FIRST = ("DET", "NUM")  # "dos tipos", "los tipos", "unos colectivos"
_RUN_AUX = frozenset({"están", "estaban", "estan", "andan", "andaban", "se"})  # "están disparando", "se fueron"


def _run_end(doc, i: int) -> tuple[int, bool]:
    """The index after the doers' words from the noun at ``i`` (its adjectives and the vehicle
    they rode: "dos tipos en una pasola", "colectivos en motos"), and whether a vehicle was told."""
    end = i + 1
    while end < len(doc) and doc[end].pos_ == "ADJ" and doc[end].is_alpha:
        end += 1
    past = _past_vehicle(doc, end)
    return past, past > end


def _run_verb(doc, j: int, stop: int):
    """The verb right after the doers' words at ``j`` (past the verb's clitics and a progressive's
    auxiliary: "le dieron", "están disparando"), or None."""
    while j < stop and (doc[j].lower_ in _CLITICS or doc[j].lower_ in _RUN_AUX):
        j += 1
    return doc[j] if j < stop and doc[j].pos_ in ("VERB", "AUX") else None


def _post_end(doc, j: int, stop: int) -> bool:
    """The doers' words end the clause at ``j``: a sentence end, an emoji, a hashtag or a stop
    ("Mataron a la profe ayer en la aldea, dos tipos en moto 💔")."""
    return j >= stop or doc[j].is_punct and doc[j].text in ".;" or not doc[j].is_ascii \
        or doc[j].text.startswith("#")


def doers_run(sent) -> Optional[ActorMention]:
    """The unknown doers a post or short report tells by their words, whatever the parse made of
    them ("😢 dos tipos en una pasola le dieron como 5 tiros", "URGENTE 🚨 colectivos en moto están
    disparando", "los tipos cruzaron la frontera", "Los delincuentes huyeron en un auto"): a word
    for unknown doers (``doer_nouns``, ``doer_labels``; ``riding_doer_nouns`` only told riding or
    armed) after a determiner or a number, with its adjectives and vehicle, right before a verb of
    arriving, assaulting or fleeing (``doer_verbs``, ``flight_verbs``), or, told riding after a
    number, closing the clause ("..., dos tipos en moto 💔"); else None. Linear, for the parses
    that emojis and capitals break."""
    cues = load_role_cues()
    doc, stop = sent.doc, sent.end
    for t in sent:
        low = t.lower_
        riding = low in cues.riding_doer_nouns
        if not (low in cues.doer_nouns or low in cues.doer_labels or riding):
            continue
        before = doc[t.i - 1] if t.i > sent.start else None
        first = t.i - 1 if before is not None and before.pos_ in _RUN_FIRST and (
            before.is_alpha or before.like_num) else t.i  # (not an emoji the parser took for a determiner)
        if first == t.i and not riding:
            continue  # a bare "hombres" may be anyone's: "dos hombres", "los tipos" are told
        end, rode = _run_end(doc, t.i)
        if riding and not rode and not (t.i + 1 < stop and doc[t.i + 1].lower_.startswith("armad")):
            continue  # "los colectivos" (buses in Argentina) are doers only told riding or armed
        verb = _run_verb(doc, end, stop)
        acting = verb is not None and verb.lower_.startswith(cues.doer_verbs + cues.flight_verbs)
        closing = rode and doc[first].pos_ == "NUM" and _post_end(doc, end, stop)
        if acting or closing:
            span = doc[first:end]
            return ActorMention(span.text, span.start_char, span.end_char)
    return None


def _object_name(subj) -> bool:
    """A name the parser made the subject that follows the verb's personal object and names it
    ("Mataron a la profe Marta ayer": Marta is the profe, not who killed her): a proper noun right
    after a common noun governed by "a" and hung on the same verb."""
    doc = subj.doc
    before = doc[subj.i - 1] if subj.i > 0 else None
    return subj.pos_ == "PROPN" and subj.i > subj.head.i and before is not None \
        and before.pos_ == "NOUN" and before.head.i == subj.head.i and before.dep_ in ("obj", "obl") \
        and _case(before) in ("a", "al")


def described_doer(sent) -> Optional[ActorMention]:
    """The unknown doers a sentence tells coming and acting, whatever word of the act the parse
    hangs them on ("dos sujetos en moto llegaron al local y uno de ellos disparó", "un hombre se
    acercó al puesto y le disparó"): the subject of a verb of arrival or assault (``roles.yaml``
    ``doer_verbs``) whose head is a word for unknown doers (``doer_nouns``), or a group of them
    ("un grupo de cinco hombres encapuchados entró")."""
    cues = load_role_cues()
    for t in sent:
        verb = t.head if t.dep_ == "nsubj" or _arrived(t) else _verb_after(t)
        if verb is None or verb.pos_ not in ("VERB", "AUX") or not verb.lower_.startswith(cues.doer_verbs):
            continue
        head = t
        if t.lower_ in cues.quantity_nouns:  # "un grupo de hombres armados": the men
            head = next((c for c in t.children if c.dep_ == "nmod" and _case(c) == "de"), t)
        if head.lower_ in cues.doer_nouns and (phrase := _agentive(t)) is not None:
            return phrase
    return doers_run(sent)


def captors_acting(sent) -> Optional[ActorMention]:
    """The kidnappers a sentence tells acting by a word for them ("Los captores exigían dinero a la
    familia", "sus captores enviaron videos"; ``captor_words``): the subject of an active verb;
    else None."""
    cues = load_role_cues()
    for t in sent:
        if t.dep_ == "nsubj" and t.lower_ in cues.captor_words and t.head.pos_ == "VERB" \
                and not _is_passive(t.head) and not _open_question(t.head):
            return _agentive(t)
    return None


def _past_date(subj):
    """A date parsed as the subject ("El 3 de mayo, tropas del Ejército atacaron ..."):
    the phrase in apposition to it is the subject."""
    if subj.is_alpha and _dateline_words(subj):
        # "TARIJA, 2 may - Desconocidos asesinaron ...": the parser hangs the subject on the dateline
        dash = next((t.i for t in span_tokens(sent_of(subj)) if t.text in _DASHES), None)
        after = next((c for c in subj.children if dash is not None and c.i > dash and c.pos_ in ("NOUN", "PROPN", "NUM")), None)
        if after is not None and after.pos_ == "NUM":
            after = _past_date(after)  # "LEÓN, Gto. – El 3 de mayo, el diputado X fue asesinado"
        return after if after is not None and after.pos_ != "NUM" else subj
    if subj.pos_ == "NUM" or subj.lower_ in month_words(abbreviations=True):
        if any(c.lower_ in month_words(abbreviations=True) for c in subj.subtree if c.i <= subj.i + 3):
            # (not the agency in the dateline's brackets: "12 nov (Agencia) - Cuatro cuerpos ...")
            return next((c for c in subj.children if c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN")
                         and not _in_brackets(c)), subj)
    return subj


def _plural(tok) -> bool:
    """A plural noun (a capitalised one the tagger left without number, by its ending:
    "Pandilleros de dos clicas")."""
    number = tok.morph.get("Number")
    return "Plur" in number or (not number and tok.lower_.endswith("s"))


def _in_brackets(tok) -> bool:
    """The phrase headed by ``tok`` is told in brackets: "(Agencia)", "(EFE)"."""
    doc = tok.doc
    first = min(t.i for t in tok.subtree if not t.is_punct or t.i == tok.i)
    return first > 0 and doc[first - 1].text == "(" and any(t.text == ")" for t in doc[tok.i:tok.i + 6])


_NEAR_WORDS = frozenset({"cerca", "junto", "frente", "dentro", "delante", "detrás", "enfrente"})


def _building_centre(tok) -> bool:
    """"un centro comercial", "el centro penitenciario", "el centro de salud", "el Centro de
    Privación de Libertad" (a name the parser runs flat): a building."""
    return tok.lower_ in ("centro", "centros") and any(
        c.dep_ in ("amod", "nmod", "flat") and c.lower_ in load_role_cues().building_centres for c in tok.children)


def _whole(tok):
    """The building or vehicle a part belongs to ("parte de la comisaría", "la fachada del
    cuartel": ``part_nouns``), else the token itself."""
    if tok.lower_ in load_role_cues().part_nouns:
        whole = next((c for c in tok.children if c.dep_ == "nmod" and _case(c) in ("de", "del")), None)
        return whole if whole is not None else tok
    return tok


def protest_agents(sent) -> Optional[ActorMention]:
    """Who protested, told as the agent of a participle of calling, leading or holding
    (``protest_agent_verbs``): "la marcha, convocada por los sindicatos", "una carretera
    bloqueada por los maestros"."""
    cues = load_role_cues()
    stems = cues.protest_agent_verbs
    for t in span_tokens(sent):
        if t.pos_ == "NOUN" and (t.lower_ in cues.protest_nouns or t.lower_ in cues.held_nouns):
            # "el cierre de la ruta que mantenían unos 500 labriegos": the relative clause's subject
            for c in t.children:
                if c.dep_ in ("acl", "acl:relcl") and c.pos_ in ("VERB", "AUX"):
                    subj = next((g for g in c.children if g.dep_ == "nsubj" and g.pos_ in ("NOUN", "PROPN")), None)
                    if subj is None and any(g.dep_ == "nsubj" and g.lower_ == "que" for g in c.children):
                        # the parser makes "que" (the blockade held) the subject and the holders the object
                        subj = next((g for g in c.children if g.dep_ == "obj" and g.pos_ in ("NOUN", "PROPN")
                                     and g.i > c.i), None)
                    phrase = _agentive(subj) if subj is not None else None
                    if phrase is not None:
                        return phrase
    for t in span_tokens(sent):
        if t.pos_ == "VERB" and t.lower_.startswith(cues.demand_verbs):
            # "donde unas 300 familias reclamaban lotes"
            subj = next((g for g in t.children if g.dep_ == "nsubj" and g.pos_ in ("NOUN", "PROPN")), None)
            phrase = _agentive(subj) if subj is not None else None
            if phrase is not None:
                return phrase
    for t in span_tokens(sent):
        if t.pos_ in ("VERB", "ADJ") and t.lower_.startswith(stems) and (
                "Part" in t.morph.get("VerbForm") or t.lower_.endswith(("ado", "ada", "ados", "adas"))):
            agent = _agent(t)
            phrase = _agentive(agent) if agent is not None else None
            if phrase is not None:
                return phrase
    return None


_HOLDERS_MARKERS = (("que",), ("en", "el", "que"), ("en", "la", "que"), ("donde",))
_HOLDERS_MAX = 9


def protest_holders(sent) -> Optional[ActorMention]:
    """Who held a protest told by its noun and a relative clause whose subject stands before its
    verb: "el bloqueo que cientos de mototaxistas mantenían", "la toma que universitarios
    sostenían", "el motín que presos del pabellón B protagonizaron", "la protesta en la que
    cientos de pobladores quemaron llantas" (``protest_nouns``, ``held_nouns``). The words between
    the marker and the verb (up to a comma), when they are people or a group; else None."""
    cues = load_role_cues()
    toks = span_tokens(sent)
    for k, t in enumerate(toks):
        if t.pos_ != "NOUN" or (t.lower_ not in cues.protest_nouns and t.lower_ not in cues.held_nouns):
            continue
        for marker in _HOLDERS_MARKERS:
            after = toks[k + 1:k + 1 + len(marker)]
            if tuple(x.lower_ for x in after) != marker:
                continue
            run = _holders_run(toks[k + 1 + len(marker):])
            if len(run) > _HOLDERS_MAX:  # "presos del pabellón B de la Penitenciaría Regional de ...": cut
                run = run[:_HOLDERS_MAX]
                while len(run) > 1 and run[-1].pos_ in ("ADP", "DET", "CCONJ"):
                    run.pop()
            if run:
                phrase = ActorMention(sent.doc[run[0].i:run[-1].i + 1].text, run[0].idx,
                                      run[-1].idx + len(run[-1].text))
                if not _toll(phrase):
                    return phrase
    return None


def _holders_run(rest) -> list:
    """The subject words that open ``rest`` before its finite verb (or a comma then a place
    aside: "pobladores de San Juan, en el departamento de X, mantenían"): people, a number of
    them or a named group, never a pronoun, a place or a time."""
    run = []
    for x in rest[:2 * _HOLDERS_MAX]:
        if x.pos_ in ("VERB", "AUX") or x.text in (",", ";", ":", "(", "—"):
            break
        run.append(x)
    if not run or len(run) >= 2 * _HOLDERS_MAX or run[0].pos_ not in ("NOUN", "PROPN", "NUM", "DET") \
            or run[0].lower_ in ("se", "lo", "la", "los", "las", "le", "les"):
        return []
    heads = [x for x in run if x.pos_ in ("NOUN", "PROPN")]
    if not heads or _place_only(heads[0]) or heads[0].lower_ in load_role_cues().not_agents \
            or _NOT_ACTOR_HEADS.match(heads[0].lower_):
        return []
    nxt = rest[len(run)] if len(run) < len(rest) else None
    if nxt is None:
        return []
    if nxt.pos_ in ("VERB", "AUX"):
        return run
    # a comma: the verb must come after one aside that says where ("en el departamento de X,")
    aside = rest[len(run) + 1:len(run) + 1 + _HOLDERS_MAX]
    if aside and aside[0].lower_ in ("en", "del", "de") and any(
            a.text == "," and b.pos_ in ("VERB", "AUX") for a, b in zip(aside, aside[1:])):
        return run
    return []


def _fronted_subject(trigger):
    """The subject the parser hung on a fronted adjunct as its apposition: "El 7 de marzo, un
    convoy de la policía fue emboscado" (the date), "Según el parte, soldados que patrullaban
    fueron agredidos" (the source): the noun after the adjunct's comma, before the verb."""
    doc = trigger.doc
    for c in trigger.children:
        if c.i >= trigger.i or c.dep_ not in ("obl", "obl:tmod", "advmod"):
            continue
        for a in c.children:
            if a.dep_ == "appos" and a.pos_ in ("NOUN", "PROPN") and c.i < a.i < trigger.i:
                first = min(x.i for x in a.subtree if not x.is_punct)
                if first > 0 and doc[first - 1].text == ",":
                    return a
            if a.dep_ in ("amod", "appos", "nmod") and c.i < a.i < trigger.i and not _case(a) \
                    and a.lower_ in load_role_cues().member_nouns \
                    and (c.lower_ in time_heads() or c.lower_ in month_words(abbreviations=True)):
                # "informa que el sábado 1 de mayo, efectivos de la FELCC aprehendieron", "en la fecha
                # efectivos del Teatro de Operaciones destruyeron": members read as the date's modifier
                return a
    return None


_CLITICS = frozenset({"lo", "la", "los", "las", "le", "les"})  # "le dispararon", "les dio muerte": the victim
_DATIVES = frozenset({"le", "les"})  # stand for people, told before with the personal "a"


_STATE_WORD_DEPS = frozenset({"det", "nummod", "case", "appos", "acl:relcl", "conj"})


def _state_complement(tok) -> Optional[str]:
    """The state a bare adjective, participle or state noun told beside a verb says someone
    is in, which the parser took for its object ("mantuvieron cautivos a tres ingenieros",
    "permaneció cautivo", "irrumpió armado en la finca"): "victim" or "doer" (``victim_states``,
    ``doer_states``), else None. Never a party: it has no article, number or name of its own."""
    if tok.dep_ not in ("obj", "iobj", "xcomp") or tok.pos_ not in ("ADJ", "NOUN", "VERB") \
            or any(c.dep_ in _STATE_WORD_DEPS for c in tok.children):
        return None
    cues = load_role_cues()
    if tok.lower_.startswith(cues.victim_states):
        return "victim"
    if tok.lower_.startswith(cues.doer_states):
        return "doer"
    return None


def _chain_verbs(trigger):
    """The verbs a coordinated verb shares its clause with: the one it hangs on and that
    verb's other coordinated or chained verbs before it ("llegaron, reunieron a ... y los
    mataron"), nearest first."""
    if trigger.dep_ not in ("conj", "advcl") or trigger.head.pos_ not in ("VERB", "AUX"):
        return []
    head = trigger.head
    before = [c for c in head.children if c.i < trigger.i and c.dep_ in ("conj", "advcl") and c.pos_ == "VERB"
              and not any(m.dep_ == "mark" for m in c.children)]
    return sorted(before, key=lambda v: -v.i) + [head]


def reports_at(span, offset: int) -> bool:
    """Is the phrase at ``offset`` (characters into ``span``) the subject of a reporting verb
    (``report_verbs``) whose "que" clause tells the act ("La Secretaría de Marina informa que
    personal naval ..."): who tells it, not who acted in it."""
    at = span.start_char + offset
    return any(a <= at < b for a, b in _reporting_subjects(span))


def _reporting_subjects(span) -> tuple[tuple[int, int], ...]:
    """Where the subjects of ``reports_at``'s reporting verbs lie in ``span`` (``_subtree_ranges``,
    once per sentence: ``reports_at`` is asked about every party a sentence names)."""
    return span_memo(span, "cronica_reporting_subjects", _reporting_subject_ranges)


def _reporting_subject_ranges(span) -> tuple[tuple[int, int], ...]:
    return _subtree_ranges(span, _opens_que_clause)


def _opens_que_clause(t) -> bool:
    """The subject of a reporting verb whose "que" clause tells the act."""
    return t.dep_ == "nsubj" and t.head.lower_.startswith(load_role_cues().report_verbs) and any(
        c.dep_ == "ccomp" and any(m.lower_ == "que" and m.dep_ == "mark" for m in c.children)
        for c in t.head.children)


def _subtree_ranges(span, keep) -> tuple[tuple[int, int], ...]:
    """The character ranges of the subtrees of the tokens of ``span`` that ``keep``, in token order."""
    ranges = []
    for t in span_tokens(span):
        if keep(t):
            sub = list(t.subtree)
            ranges.append((sub[0].idx, sub[-1].idx + len(sub[-1].text)))
    return tuple(ranges)


def reported_after(span, offset: int) -> bool:
    """Is the phrase at ``offset`` (characters into ``span``) the subject told after a reporting
    verb (``report_verbs``) whose clause before it tells the act ("Cinco hombres murieron en un
    ataque a un bar, informó la Policía", "..., subió a nueve, confirmó este martes el SNAI"): the
    body that tells the incident, not a party to it."""
    at = span.start_char + offset
    return any(a <= at < b for a, b in _postposed_reporters(span))


def _postposed_reporters(span) -> tuple[tuple[int, int], ...]:
    """Where the subjects of ``reported_after``'s reporting verbs lie in ``span`` (``_subtree_ranges``,
    once per sentence)."""
    return span_memo(span, "cronica_postposed_reporters", _postposed_reporter_ranges)


def _postposed_reporter_ranges(span) -> tuple[tuple[int, int], ...]:
    return _subtree_ranges(span, _told_after_its_clause)


def _told_after_its_clause(t) -> bool:
    """The subject told after a reporting verb whose clause before it tells the act; the parser
    often reads it as the verb's object ("..., confirmó el SNAI")."""
    if t.dep_ not in ("nsubj", "obj"):
        return False  # (asked first: the head is a new Token object on each read)
    v = t.head
    return v.i < t.i and v.lower_.startswith(load_role_cues().report_verbs) and any(
        c.dep_ in ("ccomp", "parataxis") and c.i < v.i for c in v.children)


def _reporting_force(trigger):
    """The force or armed group that reports its own act in a communiqué: the subject of a
    reporting verb (``report_verbs``) whose "que" clause is the act and has no subject of its
    own ("Las Fuerzas Militares informan que bombardearon", "El ELN comunicó que atacó"). A
    government, prosecutor or court reporting an act did not do it."""
    head = trigger.head
    if trigger.dep_ != "ccomp" or head.pos_ != "VERB" or not head.lower_.startswith(load_role_cues().report_verbs) \
            or not any(c.lower_ == "que" and c.dep_ == "mark" for c in trigger.children):
        return None
    subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
    phrase = _phrase(subj) if subj is not None else None
    if phrase is None:
        return None
    from cronica.nlp.lexicons import load_actors
    best = load_actors().best_in(phrase.text, None, span_text(sent_of(trigger)))
    if best is None or best[2].inter not in (1, 2, 3, 4) or best[2].role in ("government", "prosecutor", "judiciary"):
        return None
    return subj


def _shared_subject(trigger):
    """The subject a coordinated verb without its own shares with the verb it is coordinated
    with: "una patrulla llegó al pueblo, detuvo a cuatro jóvenes y los ejecutó" → la patrulla.
    Only for a verb joined by "y"/a comma (not a subordinate clause with its own mark)."""
    if trigger.dep_ == "xcomp" and trigger.head.pos_ == "VERB" and not _is_passive(trigger.head) and not any(
            c.lower_ == "se" for c in trigger.head.children):
        # "los pandilleros intentaron quemar a ...": the subject of the verb that governs it
        subj = next((c for c in trigger.head.children if c.dep_ == "nsubj"), None)
        return _past_date(subj) if subj is not None else None
    if trigger.dep_ != "conj" or any(m.dep_ == "mark" for m in trigger.children):
        return None
    v = trigger
    for _ in range(3):  # up the run: "llegaron, reunieron a ... y los fusilaron"
        if v.dep_ not in ("conj", "advcl", "xcomp") or v.head.pos_ not in ("VERB", "AUX") or (
                v.dep_ != "xcomp" and any(m.dep_ == "mark" for m in v.children)):
            return None
        v = v.head
        if _is_passive(v):
            return None  # "fueron detenidos y mataron ...": let the other rules decide
        subj = next((c for c in v.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            between = trigger.doc[v.i + 1:trigger.i]
            if any((t.dep_ == "mark" or t.pos_ == "SCONJ") and t.head.dep_ != "xcomp"
                   or t.lower_ in ("que", "donde", "quien", "quienes") for t in between):
                return None  # "charlaban cuando llegó un pistolero y les disparó": another clause
            return _past_date(subj)
    return None


_CLITIC_AGREES = {"lo": ("Sing", "Masc"), "la": ("Sing", "Fem"), "los": ("Plur", "Masc"), "las": ("Plur", "Fem"),
                  "le": ("Sing", None), "les": ("Plur", None)}  # the dative says no gender


def _agrees(clitic, noun) -> bool:
    number, gender = _CLITIC_AGREES[clitic.lower_]
    n, g = noun.morph.get("Number"), noun.morph.get("Gender")
    return (not n or number in n) and (not g or gender is None or gender in g)


def _clitic_names_subject(trigger, shared) -> bool:
    """A clitic object of a verb with no subject of its own stands for the subject the verb would
    borrow from the clause before ("dos maestras venían en una camioneta y les abrieron fuego"): a
    3rd-person clitic never stands for its own verb's subject (that is "se"), so when no object
    before it agrees with the clitic (``_clitic_antecedent``) and that subject does, the subject is
    whom the act fell on and the doers are not named there, when that clause sets the scene
    (``_background_then_act``)."""
    clitic = next((c for c in trigger.children if c.dep_ in ("obj", "iobj") and c.lower_ in _CLITICS
                   and c.i < trigger.i), None)
    if clitic is None or _clitic_antecedent(trigger) is not None:
        return False
    head = _antecedent_of(shared)
    return head is not None and head.pos_ in ("NOUN", "PROPN") and _agrees(clitic, head) \
        and _background_then_act(shared.head, trigger)


def _background_then_act(verb, trigger) -> bool:
    """The clause before tells the scene in the imperfect and the act breaks in, in the preterite
    ("venían en una camioneta y les abrieron fuego", "regresaban de la feria y los asesinaron"),
    not a run of one doer's acts ("entraron al caserío y los mataron")."""
    return "Imp" in verb.morph.get("Tense") and "Past" in trigger.morph.get("Tense")


def _clitic_taken(trigger) -> bool:
    """"se lo llevaron", "se la llevaron": "se" with an object clitic is the verb's own, not a
    passive's; the subject took the one the clitic stands for."""
    return any(c.dep_ == "obj" and c.lower_ in _CLITICS and c.lower_ not in _DATIVES and c.i < trigger.i
               for c in trigger.children)


def _clitic_antecedent(trigger):
    """What a clitic object ("los mataron") stands for: the object, agreeing in number and
    gender, of a verb before it in the same coordinated run ("reunieron a los campesinos
    ... y los mataron"), nearest first, up to three verbs up the run."""
    clitic = next((c for c in trigger.children if c.dep_ == "obj" and c.lower_ in _CLITICS), None)
    if clitic is None:
        return None
    v = trigger
    for _ in range(3):
        chain = _chain_verbs(v) if v.dep_ in ("conj", "advcl") else (
            [v.head] if v.dep_ == "xcomp" and v.head.pos_ == "VERB" else [])
        for w in chain:
            o = next((c for c in w.children if (c.dep_ in ("obj", "iobj") or c.dep_ == "obl" and _case(c) == "a")
                      and c.pos_ in ("NOUN", "PROPN") and c.i < trigger.i and _agrees(clitic, c)
                      and (clitic.lower_ not in _DATIVES or _case(c) in ("a", "al"))), None)
            if o is None:
                o = _premises_owner(w, clitic, trigger)
            if o is not None:
                return o
        if not chain:
            return None
        v = chain[-1]
    return None


def _premises_owner(verb, clitic, trigger):
    """The one whose house or farm a verb before the clitic's went to, when the clitic stands for
    that person and not for the place ("llegaron a la finca del productor X y se lo llevaron",
    "entraron a la vivienda del dirigente X y lo sacaron"): the premises' "de" complement that
    agrees with the clitic, else None."""
    premises = load_role_cues().premises_nouns
    for c in verb.children:
        if c.dep_ in ("obj", "obl") and _case(c) in ("a", "al", "en") and c.lower_ in premises and c.i < trigger.i \
                and not _agrees(clitic, c):
            owner = next((g for g in c.children if g.dep_ == "nmod" and _case(g) in ("de", "del")
                          and g.pos_ in ("NOUN", "PROPN", "ADJ") and _agrees(clitic, g)), None)
            if owner is not None:
                return owner
    return None


def _named_before(trigger, agent) -> Optional[ActorMention]:
    """The person a passive verb with no subject of its own is about: the full name (two
    words or more) told last before it in the sentence, outside the agent's phrase ("nadie
    sabe de Ana Ruiz desde que fue secuestrada por ...")."""
    skip = {t.i for t in agent.subtree} if agent is not None else set()
    sent = sent_of(trigger)
    names = [e for e in trigger.doc.ents if e.label_ == "PER" and e.sent == sent and e.end <= trigger.i
             and len(e) >= 2 and all(t.pos_ == "PROPN" for t in e) and not skip & {t.i for t in e}]
    if not names:
        return None
    e = names[-1]
    return ActorMention(e.text, e.start_char, e.end_char)


_NAME_GAP = 8  # words between a person's description and the name it runs into
_NAME_WORDS = 16  # longest description-and-name kept whole; else the name alone


def _name_run(doc, i: int, stop: int) -> Optional[int]:
    """The end (exclusive) of a person's name starting at token ``i``: two title-case proper
    nouns or more, then no further proper noun, and not a place the gazetteer knows; else None."""
    j = i
    while j < stop and doc[j].pos_ == "PROPN" and doc[j].is_title:
        j += 1
    if j - i < 2:
        return None
    if _gazetteer_place(doc[j - 2:j].text, ("town", "admin1", "admin2", "admin3")):
        return None
    return j


def with_name(phrase: Optional[ActorMention], doc) -> Optional[ActorMention]:
    """A person's description that runs into the person's name ("el comunero y exgobernador
    del cabildo Juan Pérez Soto", "El director de Obras del municipio, Ramiro Téllez", "su
    jefe, conocido como alias Gato Negro"): the description with the name, as the gold and
    ACLED name a victim; the phrase itself when no name follows (a singular common noun heads
    it, the name comes within a few words, before any verb, clause or second comma)."""
    if phrase is None:
        return None
    span = doc.char_span(phrase.start, phrase.end, alignment_mode="expand")
    if span is None or not len(span):
        return phrase
    head = span.root
    cues = load_role_cues()
    if head.pos_ != "NOUN" or "Sing" not in head.morph.get("Number") or head.lower_ in cues.target_nouns \
            or head.lower_ in cues.place_words or head.lower_ in cues.part_nouns:
        return phrase
    sent_end = sent_of(head).end
    if doc[span.end - 1].pos_ == "PROPN" and doc[span.end - 1].is_title:
        # a name the phrase cut ("la presidenta, Rosa Elvira | Cancino"): its last words
        end = span.end
        while end < sent_end and doc[end].is_title and doc[end].is_alpha and doc[end].pos_ not in ("VERB", "AUX"):
            end += 1
        if end > span.end:
            text = doc[span.start:end].text
            return ActorMention(text, phrase.start, phrase.start + len(text))
    alias_words = {w for m in cues.alias_markers for w in m.split()}
    runs, commas, k = [], 0, span.end
    while k < min(span.end + _NAME_GAP, sent_end):
        t = doc[k]
        if t.pos_ == "PROPN" and t.is_title:
            end = _name_run(doc, k, sent_end)
            if end is not None and (end == sent_end or not doc[end].is_title) \
                    and doc[k - 1].lower_ != "en" and t.lower_ not in cues.place_words:
                runs.append((k, end))  # (not "en Barrio Obrero": where)
            k = max(end or k + 1, k + 1)
            continue
        if t.text == ",":
            commas += 1
            if commas > 1:
                break
        elif t.lower_ not in alias_words and (t.is_punct or t.pos_ in ("AUX", "PRON", "SCONJ", "NUM")
                                              or t.dep_ == "ROOT" or t.pos_ == "VERB"
                                              and t.morph.get("VerbForm") != ["Fin"]):
            break
        k += 1
    if not runs:
        return phrase
    # the run in apposition after a comma ("del asentamiento Yvy Pyta, Cirilo Benítez"), else the one
    # the parser tags as a person, else the first
    k, end = next(((a, b) for a, b in runs if doc[a - 1].text == ","), None) or next(
        ((a, b) for a, b in runs if doc[a].ent_type_ == "PER"), runs[0])
    if end - span.start > _NAME_WORDS:
        return ActorMention(doc[k:end].text, doc[k].idx, doc[end - 1].idx + len(doc[end - 1]))
    text = doc[span.start:end].text
    return ActorMention(text, phrase.start, phrase.start + len(text))


def _before_target(a1: ActorMention, a2: ActorMention, doc) -> Optional[ActorMention]:
    """The doer's phrase up to the target the parser hung inside it ("las disidencias a la
    estación de policía": "las disidencias"), without the preposition that introduces the target."""
    text = doc_text(doc)[a1.start:a2.start]
    words = text.split()
    while words and words[-1].lower().strip(",") in ("a", "al", "contra", "sobre", "hacia", ""):
        words.pop()
    if not words:
        return None
    cut = text[:text.rfind(words[-1]) + len(words[-1])]
    return replace(a1, text=cut, end=a1.start + len(cut))


def _burst_subject(verb, child) -> bool:
    """The parser's object of "estallar" / "explotar", which take none: the device that burst,
    after the verb ("al estallar un coche bomba al paso de ...", "al estallarle un paquete
    bomba"), never the target (which ``_passing`` or "en"/"frente a" give)."""
    return child.dep_ == "obj" and verb.lemma_.lower().startswith(_BURST)


def _aimed_through(modifier) -> Optional[ActorMention]:
    """The "contra X" the parser hung on the adjective or participle of an act's noun rather than
    on the noun ("un ataque armado contra los asistentes a una fiesta", "el atentado perpetrado
    contra la patrulla"): X, the target; else None."""
    return next((p for g in modifier.children if g.dep_ in ("obl", "nmod") and _case(g) == "contra"
                 and (p := _phrase(g)) is not None), None)


_WHERE_CASES = frozenset({"en", "desde", "hacia", "hasta", "tras", "durante"})


def _where_not_whom(child) -> bool:
    """A phrase the parser made the verb's object though a preposition of place or time heads it
    ("les dio muerte en una quebrada cercana", "lo ultimaron en un potrero"): where or when the
    act was done, never to whom (a direct object takes no preposition but the personal "a"); nor
    whence ("se llevaron de su finca al ganadero", "sacaron de sus casas a los delegados": the home
    the victim was taken from)."""
    return child.dep_ == "obj" and (_case(child) in _WHERE_CASES or _case(child) in ("de", "del") and (
        child.head.lemma_ in load_role_cues().removal_verbs))  # (not "abusaron de una menor": whom)


def _personal_object(verb):
    """The object with the personal "a" the parser hung as an oblique after a phrase of place it
    made the object ("se llevaron de su casa en el barrio X al sargento Y"), or under the place
    that follows ("sacaron de sus casas, en los barrios X e Y, a los delegados"): Y; else None."""
    after = [c for c in verb.children if c.dep_ == "obl" and c.i > verb.i]
    return next((c for c in after if _case(c) in ("a", "al") and _phrase(c) is not None), None) or next(
        (g for c in after for g in c.children if g.dep_ == "nmod" and g.i > c.i and _case(g) in ("a", "al")
         and _phrase(g) is not None), None)


def _means_fell_on(trigger) -> Optional[ActorMention]:
    """What the thing thrown, dropped or fired fell on, when the parse hangs it on that thing or on an
    infinitive: "drones soltaron explosivos sobre casas de la comunidad", "un dron dejó caer una carga
    explosiva sobre la casa", "dejaron caer artefactos sobre la comunidad", "un bombardeo con drones
    sobre la comunidad", "un ataque con drones que sueltan explosivos sobre el pueblo" (a means is
    ``_a_means``; its "sobre" / "contra" complement, or that of a means it was thrown with, is the
    target); so is the one a warrant was served on ("cumplimentaron una orden de aprehensión contra X")."""
    if trigger.pos_ in ("NOUN", "PROPN"):
        nouns = [c for c in trigger.children if c.dep_ == "nmod"]
        # (a party or a building only: "un cerco sobre el municipio" is where an operation was)
        hit = next((p for c in nouns if _case(c) == "sobre" and (p := _phrase(c)) is not None), None)
        means = [c for c in nouns if _a_means(c)]
        return hit or _through_means(means)
    verbs = [trigger] + [c for c in trigger.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
    means = [c for v in verbs for c in v.children if c.dep_ == "obj" and _a_means(c)]
    # "dejaron caer artefactos sobre la comunidad": the verb's own complement, once a means is thrown
    hit = next((p for v in verbs if means or v is not trigger for c in v.children if c.dep_ == "obl"
                and _case(c) in ("sobre", "contra") and (p := _fell_on_phrase(c)) is not None), None)
    return hit or _through_means(means)


#: how many means words ``_through_means`` follows (a chain is "explosivos con drones ..." at most)
_MEANS_REACH = 8


def _through_means(means: list) -> Optional[ActorMention]:
    """The "sobre" / "contra" complement of a means, of a means it was thrown with ("explosivos con
    drones sobre las casas"), or of the verb of a clause on a means ("drones que sueltan explosivos
    sobre el pueblo")."""
    seen = 0
    while means and seen < _MEANS_REACH:
        seen += 1
        tok = means.pop(0)
        for c in tok.children:
            if c.dep_ == "nmod" and _case(c) in ("sobre", "contra") and (hit := _fell_on_phrase(c)) is not None:
                return hit
            if c.dep_ == "nmod" and _a_means(c):
                means.append(c)
            elif c.dep_ == "acl" and c.pos_ == "VERB":
                means += [g for g in c.children if g.dep_ == "obj" and _a_means(g)]
                hit = next((p for g in c.children if g.dep_ == "obl" and _case(g) in ("sobre", "contra")
                            and (p := _fell_on_phrase(g)) is not None), None)
                if hit is not None:
                    return hit
    return None


def _fell_on_phrase(tok) -> Optional[ActorMention]:
    """The phrase of what a means fell on: a party's or a building's (``_phrase``), or a settlement
    named by a place word ("sobre la comunidad de El Aguaje", "sobre el caserío Las Brisas"), which a
    bombing's target is though it names no party: its words up to the first comma."""
    hit = _phrase(tok)
    if hit is not None or tok.pos_ != "NOUN" or tok.lower_ not in load_role_cues().place_words:
        return hit
    inside = {t.i for t in tok.subtree}
    first = min([c.i for c in tok.children if c.dep_ == "det" and c.i < tok.i] + [tok.i])
    last = tok.i
    while last + 1 in inside and not tok.doc[last + 1].is_punct and last - first + 1 < _MAX_WORDS:
        last += 1
    span = tok.doc[first:last + 1]
    return ActorMention(span.text, span.start_char, span.end_char)


def _a_means(tok) -> bool:
    """A word for what is thrown, dropped or fired, never a party (``not_party_heads``, ``mine_nouns``)."""
    cues = load_role_cues()
    return tok.lower_ in cues.not_party_heads or tok.lower_.startswith(cues.mine_nouns)


def _passing(trigger) -> Optional[ActorMention]:
    """Who was passing when it blew: "estalló al paso de una patrulla" (the patrol)."""
    for c in trigger.children:
        if c.dep_ in ("obl", "nmod") and c.lower_ == "paso" and _case(c) in ("a", "al"):
            g = next((g for g in c.children if g.dep_ == "nmod" and _case(g) in ("de", "del")), None)
            if g is not None and (p := _phrase(g)) is not None:
                return p
    return None


def _clause_subject(verb):
    """The subject of the verb an infinitive or gerund without its own hangs on ("perdió una
    pierna al pisar una mina": the one who lost it; the noun the parser hung "al pisar" on when
    it missed the verb: "un nino perdio la vida al pisar una mina"), else None."""
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN") and "Inf" in verb.morph.get("VerbForm") \
            and any(m.lower_ == "al" for m in verb.children if m.dep_ == "mark"):
        return verb.head
    if verb.dep_ != "advcl" or "Fin" in verb.morph.get("VerbForm") or verb.head.pos_ not in ("VERB", "AUX"):
        return None
    return next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubj:pass")), None)


def _child(tok, *deps):
    for c in tok.children:
        if c.dep_ in deps:
            return c
    return None


def _case(tok) -> str:
    c = [g.lower_ for g in tok.children if g.dep_ == "case"]
    if not c and tok.dep_ in ("nmod", "obl") and tok.pos_ == "VERB":
        # an unaccented noun read as a verb, its preposition as a marker: "Homicidio de | lider social"
        c = [g.lower_ for g in tok.children if g.dep_ == "mark" and g.lower_ in ("de", "del", "a", "al", "contra", "por")
             and g.i < tok.i]
    return c[0] if c else ""


def _is_passive(tok) -> bool:
    return any(c.dep_ in ("aux:pass", "nsubj:pass") for c in tok.children) or (
        any(c.dep_ in ("aux", "cop") and c.lemma_ == "ser" for c in tok.children) and "Part" in tok.morph.get("VerbForm"))


def _agent(tok):
    for c in tok.children:
        if c.dep_ in ("obl", "obl:agent", "nmod", "obj") and _case(c) == "por":
            return c
    return None


def _far_agent(trigger):
    """The "por X" of a passive the parser hung elsewhere in its clause: on the verb it is
    coordinated with ("fue neutralizado y detenido por otros efectivos"), or on a noun of an
    adjunct after it ("fue asesinado en su local del barrio X, en el casco urbano de Y, por dos
    hombres que llegaron en moto"): X, when it names people, members or a party; else None."""
    if trigger.dep_ == "conj" and trigger.head.i < trigger.i and trigger.head.pos_ in ("VERB", "ADJ"):
        shared = _agent(trigger.head)
        if shared is not None and shared.i > trigger.i and _names_party(shared):
            return shared
    for c in trigger.subtree:
        if c.i <= trigger.i or _case(c) != "por" or c.pos_ not in ("NOUN", "PROPN", "NUM"):
            continue
        path, up = [], c.head
        while up.i != trigger.i and up.head.i != up.i:
            path.append(up)
            up = up.head
        if up.i == trigger.i and all(x.pos_ in ("NOUN", "PROPN", "NUM", "ADJ", "ADV") for x in path) \
                and _names_party(c):
            return c
    return None


def _names_party(tok) -> bool:
    """The phrase headed by ``tok`` names people, members, a unit or a party the lexicon knows
    ("dos hombres", "otros efectivos", "un sicario", "Carabineros"), not a cause ("por su negativa
    a pagar", "por el control de la veta")."""
    cues = load_role_cues()
    low = tok.lower_
    if low in cues.people_words or low in cues.member_nouns or low in cues.unit_nouns:
        return True
    phrase = _phrase(tok)
    if phrase is None:
        return False
    from cronica.nlp.lexicons import load_actors
    return load_actors().best_in(phrase.text, None) is not None


def _adjective_conj(tok):
    """The second side the parser joined to the first side's adjective ("entre cooperativistas
    mineros y comunarios": "comunarios" hangs on "mineros"), a noun-like word after "y"; else None."""
    for m in tok.children:
        if m.dep_ == "amod" and m.i > tok.i:
            conj = _child(m, "conj")
            if conj is not None and any(c.dep_ == "cc" for c in conj.children) and not conj.lower_.endswith(("mente",)):
                return conj
    return None


def _massacre_place(trigger, comp) -> bool:
    """A massacre's "de" complement that is a proper name no lexicon knows as a party: the place
    it is named after ("la masacre de La Gabarra", "la matanza de El Mozote"), not its victims
    ("la masacre de campesinos") nor a group ("la masacre de los Rastrojos")."""
    if not trigger.lower_.startswith(("masacre", "matanza")) or comp.pos_ != "PROPN" or not comp.is_title:
        return False
    from cronica.nlp.lexicons import load_actors
    name = " ".join(t.text for t in comp.subtree if t.dep_ not in ("case", "punct"))
    return not load_actors().find(name, None, span_text(sent_of(comp)))


def _held_people(trigger) -> Optional[ActorMention]:
    """The people a noun trigger names, with their number ("cuatro detenidos", "una veintena de
    detenidos", "los rehenes"): the trigger's words before it, and the quantity noun it hangs on
    (``held_people``, ``quantity_nouns``), else None."""
    cues = load_role_cues()
    if trigger.lower_ not in cues.held_people or trigger.pos_ != "NOUN" and not any(
            c.dep_ in ("det", "nummod") for c in trigger.children) and trigger.dep_ != "nmod":
        return None  # (a participle: "fueron detenidos", unless told as a noun: "seis detenidos")
    head = trigger
    if trigger.dep_ == "nmod" and _case(trigger) in ("de", "del") and trigger.head.lower_ in cues.quantity_nouns:
        head = trigger.head  # "una veintena de | detenidos"
    before = [t.i for c in head.children if c.i < head.i and c.dep_ in ("det", "nummod", "amod", "advmod")
              for t in c.subtree]
    span = trigger.doc[min(before + [head.i]):trigger.i + 1]
    return ActorMention(span.text, span.start_char, span.end_char)


@dataclass(frozen=True)
class TakenCues:
    """The cues of ``roles.yaml`` for whom an act took or befell where the parse ties no one to
    its word (session 23): ``arrest_not_whom``, ``place_before_a``, ``taking_nouns``,
    ``rescue_words``, ``death_places``, ``affected_people``."""
    arrest_not_whom: frozenset
    place_before_a: frozenset
    taking_nouns: tuple[str, ...]
    rescue_words: tuple[str, ...]
    death_places: frozenset
    affected_people: frozenset


@lru_cache(maxsize=1)
def load_taken_cues() -> TakenCues:
    """The session-23 cues of ``cronica/data/es/roles.yaml`` (``TakenCues``)."""
    raw = read_data_yaml("roles.yaml")
    keys = ("arrest_not_whom", "place_before_a", "taking_nouns", "rescue_words", "death_places", "affected_people")
    for k in keys:
        v = raw.get(k)
        if not isinstance(v, list) or not v or not all(isinstance(w, str) and w == w.lower().strip() for w in v):
            raise DataFileError(f"roles.yaml: '{k}' must be a non-empty list of lowercase words")
    return TakenCues(frozenset(raw["arrest_not_whom"]), frozenset(raw["place_before_a"]),
                     tuple(raw["taking_nouns"]), tuple(raw["rescue_words"]), frozenset(raw["death_places"]),
                     frozenset(raw["affected_people"]))


#: words an arrest word's scan for whom it took reads after it, before giving up
_ARRESTED_REACH = 24
#: auxiliaries of a passive or a state before a participle ("fue detenido", "quedó detenido")
_PASSIVE_AUX = ("ser", "estar", "quedar", "resultar")


_QUOTES = "\"'“”«»‘’"


def _alias_run(head) -> Optional[ActorMention]:
    """ "alias" with the name it introduces ("alias \"el Chucky\"", "alias el Zarco"), else None."""
    doc, end = head.doc, sent_of(head).end
    k, named = head.i + 1, False
    while k < end and (doc[k].text in _QUOTES or doc[k].pos_ == "DET" and doc[k].is_lower
                       or doc[k].text[:1].isupper() and doc[k].is_alpha):
        named = named or doc[k].text[:1].isupper()
        k += 1
    while k > head.i + 1 and doc[k - 1].text in _QUOTES and doc[k - 1].text not in ("\"", "'") \
            and not any(doc[x].text in _QUOTES for x in range(head.i + 1, k - 1)):
        k -= 1  # an unpaired opening quote
    if not named:
        return None
    span = doc[head.i:k]
    return ActorMention(span.text, span.start_char, span.end_char)


def _head_after(doc, j: int, stop: int):
    """The word that heads the phrase opening at token ``j`` ("dos presuntos miembros", "otros tres",
    "alias X", "un joven"): its first noun or proper noun, a people word the tagger read as an
    adjective ("dos sospechosos"), or a number or pronoun standing alone; None at punctuation."""
    cues = load_role_cues()
    people = cues.people_words | cues.suspect_labels | cues.doer_labels | cues.held_people
    for x in doc[j:min(j + 5, stop)]:
        if x.is_punct and x.text not in _QUOTES:
            return None
        if x.pos_ in ("NOUN", "PROPN"):
            return x
        if x.pos_ == "ADJ" and x.lower_ in people and not (
                x.i + 1 < stop and doc[x.i + 1].pos_ in ("NOUN", "PROPN", "ADJ")
                and not _NOT_ACTOR_HEADS.match(doc[x.i + 1].lower_)):
            return x  # "dos sospechosos (horas más tarde)" (not "dos presuntos | miembros")
        if x.pos_ in ("VERB", "AUX", "ADP", "SCONJ", "CCONJ") and x.i > j:
            return None
        if x.pos_ in ("NUM", "PRON"):
            nxt = doc[x.i + 1] if x.i + 1 < stop else None
            if nxt is None or not (nxt.pos_ in ("NOUN", "PROPN", "NUM") or nxt.pos_ == "ADJ" and (
                    nxt.lower_ in people or nxt.lower_ in cues.hedge_words)):
                return x
    return None


def _taken_phrase(head, trigger, opening: int) -> Optional[ActorMention]:
    """The phrase headed by ``head`` as whom an arrest took, opening no earlier than the token
    ``opening``: ``_phrase`` with the name that follows ("el cabecilla Juan Pérez"), "alias" with its
    name, else the words from the opening to the head ("otros tres"); never a place, a time, a
    thing, or the trigger's own words."""
    cues = load_role_cues()
    low = head.lower_
    doc = head.doc
    if low in cues.not_party_heads or low in load_taken_cues().arrest_not_whom or low in cues.area_nouns \
            or low in cues.place_words and head.text == low or _place_only(head) or _CLOCK.match(head.text) \
            or _NOT_ACTOR_HEADS.match(low) or low in cues.vehicle_nouns or low in cues.premises_nouns:
        return None
    if head.pos_ == "PROPN" and _gazetteer_place(" ".join(t.text for t in head.subtree if t.pos_ == "PROPN"), ("country",)):
        return None  # "su entrega a España", "extraditado a Estados Unidos": where to
    if head.pos_ == "PROPN" and head.ent_type_ == "LOC":
        from cronica.nlp.lexicons import load_actors
        if not load_actors().find(head.text, None, span_text(sent_of(head))):
            return None  # "a Oloron-Sainte-Marie": where
    if low in {w for m in cues.alias_markers for w in m.split()}:
        return _alias_run(head)
    phrase = _phrase(head)
    lo = doc[opening].idx
    if phrase is None or phrase.start < lo or phrase.end < head.idx + len(head):
        span = doc[opening:head.i + 1]
        if phrase is not None and phrase.start <= span.start_char and phrase.end > span.end_char:
            span = doc.char_span(span.start_char, phrase.end, alignment_mode="contract") or span
        phrase = ActorMention(span.text, span.start_char, span.end_char)
    t0, t1 = trigger.idx, trigger.idx + len(trigger)
    if phrase.start < t1 and phrase.end > t0:
        if phrase.start >= t0:
            return None
        text = doc.text[phrase.start:t0].rstrip(" ,")  # "Dos pandilleros de la 18 | capturados por ..."
        if not text:
            return None
        phrase = ActorMention(text, phrase.start, phrase.start + len(text))
    return with_name(phrase, doc)


def arrested_near(trigger) -> Optional[ActorMention]:
    """Whom an arrest word took when the parse ties no one to it (corpus/README.md, actor2 the
    target): after a verb, the phrase the personal "a" introduces in its clause ("la policía detuvo
    en un pasillo del barrio a un joven", "se capturó a otros dos", "Capturan a alias X"), past
    places ("en una casa próxima a X") and locutions ("a pedido de"); after a participle with no
    subject, the phrase right after it ("fue detenido alias X", "y capturados otros tres",
    "Aprehendidos dos ciudadanos") or the one right before it or its auxiliary ("un tercer integrante
    de la banda fue aprehendido", "Dos pandilleros capturados por X"); after a noun, its "de"
    ("la captura de dos sospechosos"). None when nothing such is told."""
    doc = trigger.doc
    sent = sent_of(trigger)
    cues = load_role_cues()
    participle = trigger.pos_ == "ADJ" or "Part" in trigger.morph.get("VerbForm")
    if participle and (any(c.lemma_ == "haber" for c in trigger.children if c.dep_ == "aux")
                       or trigger.i > sent.start and doc[trigger.i - 1].lemma_ == "haber"):
        participle = False  # "la policía ha detenido a ...": a perfect, its subject the doer
    noun = trigger.pos_ == "NOUN" and not participle
    if noun and not trigger.lower_.startswith(load_taken_cues().taking_nouns):
        return None  # "en poder de sus captores": not a word of the taking
    stop = min(sent.end, trigger.i + _ARRESTED_REACH)
    for j in range(trigger.i + 1, stop):
        t = doc[j]
        if t.text in (";", ":") or j > trigger.i + 1 and t.pos_ in ("VERB", "AUX") \
                and ("Fin" in t.morph.get("VerbForm") or "Inf" in t.morph.get("VerbForm")):
            break  # another clause ("lo obligaron a subir a un vehículo")
        if noun:
            if t.lower_ in ("de", "del") and j == trigger.i + 1:
                head = _head_after(doc, j + 1, stop)
                return _taken_phrase(head, trigger, j + 1) if head is not None else None
            return None
        if participle and j == trigger.i + 1 and t.pos_ in ("DET", "NUM", "NOUN", "PROPN", "PRON") \
                and t.lower_ not in ("se", "lo", "la", "los", "las", "le", "les"):
            head = _head_after(doc, j, stop)
            found = _taken_phrase(head, trigger, j) if head is not None else None
            if found is not None:
                return found
        if t.lower_ in ("a", "al") and t.pos_ == "ADP" and j + 1 < sent.end and not participle:
            # (a passive takes no personal "a": "fueron secuestrados por un grupo al margen de la ley")
            if doc[j + 1].pos_ in ("VERB", "AUX"):
                break  # "a declarar": another clause
            if doc[j - 1].lower_ in load_taken_cues().place_before_a:
                continue  # "próxima a X"
            head = _head_after(doc, j + 1, stop)
            found = _taken_phrase(head, trigger, j + 1) if head is not None else None
            if found is not None:
                return found
    if not participle:
        return None
    # the passive subject told before: "un tercer integrante de la banda fue aprehendido"
    k = trigger.i - 1
    verb = trigger
    if trigger.dep_ == "conj" and k >= sent.start and doc[k].lower_ in ("y", "e") \
            and ("Part" in trigger.head.morph.get("VerbForm") or trigger.head.pos_ == "ADJ"):
        verb = trigger.head  # "El agresor fue neutralizado y detenido por otros efectivos"
        k = verb.i - 1
    while k >= sent.start and (doc[k].lemma_ in _PASSIVE_AUX and doc[k].pos_ in ("AUX", "VERB")
                               or doc[k].lemma_ == "haber" and doc[k + 1].lower_ == "sido" or doc[k].lower_ == "no"):
        k -= 1  # "fue", "ha sido", "no ha sido", "está"
    if k > sent.start and doc[k].text == ",":
        # an age or a name set off by commas: "Rosendo Calle, de 41 años, sigue sin aparecer"
        opening = next((x for x in range(k - 1, max(sent.start, k - 8) - 1, -1) if doc[x].text == ","), None)
        if opening is not None and doc[opening + 1].lower_ == "de" and any(
                doc[x].like_num for x in range(opening + 1, k)):
            k = opening - 1
    if k < sent.start or doc[k].is_punct or doc[k].pos_ not in ("NOUN", "PROPN", "NUM", "ADJ"):
        return None
    head = doc[k]
    while head.head.i < verb.i and head.head.i != head.i and (head.head.pos_ in ("NOUN", "PROPN", "NUM") or (
            head.head.pos_ == "ADJ" and head.head.dep_.startswith("nsubj"))) \
            and head.dep_ in ("nmod", "flat", "amod", "nummod", "appos", "compound"):
        head = head.head  # (the tagger may read the subject's noun as an adjective: "un integrante")
    if head.pos_ not in ("NOUN", "PROPN", "NUM") and not (head.pos_ == "ADJ" and head.dep_.startswith("nsubj")):
        return None
    opening = min(t.i for t in head.subtree)
    return _taken_phrase(head, trigger, max(opening, sent.start))


def affected_subject(sent) -> Optional[ActorMention]:
    """The people a threat, a confinement, a displacement or an armed strike befell, told as the
    subject of their sentence ("Comunidades de seis veredas permanecen confinadas", "Al menos 30
    familias dejaron sus viviendas", "Comerciantes del mercado denunciaron que reciben llamadas",
    "la periodista X encontró bajo su puerta una nota"): the first subject headed by a word for
    people (``people_words``, ``bare_people``, ``affected_people``); None when the subjects are others."""
    cues = load_role_cues()
    people = cues.people_words | cues.bare_people | load_taken_cues().affected_people
    for t in span_tokens(sent):
        if t.dep_ in ("nsubj", "nsubj:pass") and t.pos_ in ("NOUN", "PROPN") and t.lower_ in people \
                and t.lower_ not in cues.doer_labels and t.lower_ not in cues.doer_nouns:
            return with_name(_phrase(t), t.doc)
    return None


def held_only(words: str) -> bool:
    """The phrase only counts the people held ("14 aprehendidos", "los detenidos"): another
    report of the act may say who they were."""
    ws = words.split()
    return bool(ws) and ws[-1].lower() in load_role_cues().held_people


def _sought(trigger) -> Optional[ActorMention]:
    """Whom an operation goes after: "un operativo para localizar a los autores", "rastrearon
    la zona en busca de los secuestradores", "un operativo de búsqueda de los pandilleros"
    (``seek_verbs``, ``seek_nouns`` of roles.yaml)."""
    cues = load_role_cues()
    around = [trigger] + ([trigger.head] if trigger.head.i != trigger.i and trigger.dep_ in ("obj", "nsubj", "nsubj:pass")
                          else [])
    for t in around:
        for c in t.children:
            if c.lower_ in cues.seek_nouns and _case(c) in ("en", "de", "a", "para"):
                g = next((g for g in c.children if g.dep_ in ("nmod", "obl") and _case(g) in ("de", "del", "a", "al")), None)
                if g is None:  # the parser's flat "operativo de búsqueda | de los evadidos"
                    g = next((g for g in t.children if g.i > c.i and g.dep_ == "nmod" and _case(g) in ("de", "del")), None)
                if g is not None and (p := _phrase(g)) is not None:
                    return p
            if c.pos_ == "VERB" and c.dep_ in ("advcl", "acl", "xcomp") and c.lemma_.startswith(cues.seek_verbs) \
                    and any(m.lower_ in ("para", "a") for m in c.children if m.dep_ == "mark"):
                o = next((o for o in c.children if o.dep_ in ("obj", "obl") and _case(o) in ("", "a", "al")), None)
                if o is not None and (p := _phrase(o)) is not None:
                    return p
    return None


def _pact_verb(trigger):
    """The verb that tells a pact: the trigger itself ("firmaron", "pactaron"), or the verb whose
    object the pact's noun is ("realizaron un canje", "sellaron un acuerdo"); else None."""
    cues = load_role_cues()
    if trigger.pos_ in ("VERB", "AUX") and trigger.lemma_ in cues.pact_verbs:
        return trigger
    if trigger.pos_ == "NOUN" and trigger.lower_ in cues.pact_nouns:
        # (the parser may hang the noun on a place before it: "sellaron en X, Y, un cese de ...")
        up = trigger.head if trigger.dep_ == "obj" else trigger.head.head if trigger.dep_ == "appos" else None
        if up is not None and up.pos_ == "VERB" and (trigger.dep_ == "obj" or up.lemma_ in cues.pact_verbs):
            return up
    return None


def _two_subjects(verb) -> Optional[tuple]:
    """The first two parties a verb's subject coordinates: "A y B firmaron" (the parser may make
    both subjects of the verb), "los jefes de A y de B pactaron", "las bandas A y B sellaron"."""
    subjs = [c for c in verb.children if c.dep_ == "nsubj"]
    for subj in subjs:
        if (conj := _child(subj, "conj")) is not None:
            return subj, conj
        inner = next((g for g in subj.children if g.dep_ in ("nmod", "appos", "flat") and g.i > subj.i
                      and _child(g, "conj") is not None), None)
        if inner is not None:
            # "los jefes de A y de B": the members' phrase holds A; "las bandas A y B", a dateline's
            # "MORELIA, 12 ago - A y B": the name in apposition is the first party
            return (subj if inner.dep_ == "nmod" else inner), _child(inner, "conj")
    return (subjs[0], subjs[1]) if len(subjs) >= 2 else None


def _pact_sides(trigger) -> Optional[tuple]:
    """The two parties of an agreement told with a coordinated subject ("El Gobierno y el ELN
    firmaron un acuerdo", "los cabecillas de A y de B sellaron una tregua"): (actor1, actor2) in the
    text's order; the agreement itself (``pact_nouns``) is no party. None when the verb is no pact
    verb, its object is no pact, or its subject names one party."""
    cues = load_role_cues()
    verb = _pact_verb(trigger)
    if verb is None:
        return None
    told = [c for c in verb.children if c.dep_ not in ("nsubj", "punct")]
    if not any(t.lower_ in cues.pact_nouns for c in told for t in (c, *c.children)):
        return None  # ("sellaron ..., un cese de hostilidades": the parser may hang the pact lower)
    if (obj := _child(verb, "obj")) is not None and obj.lower_ not in cues.pact_nouns:
        return None
    pair = _two_subjects(verb)
    if pair is None:
        return None
    first, second = _agentive(pair[0]), _phrase(pair[1])
    return (first, second) if first is not None and second is not None else None


def _deployed(verb, obj) -> bool:
    """Is ``obj`` the force a verb of deploying sends ("desplegó 800 soldados", "movilizó a más de
    2.000 efectivos", "envió refuerzos policiales"): the doer's own men, never whom they go after
    (``deploy_verbs``, ``deployed_nouns`` and ``force_members`` of roles.yaml)."""
    cues = load_role_cues()
    return verb.lemma_.startswith(cues.deploy_verbs) and obj.lower_ in cues.deployed_nouns


def _blamed_object(trigger) -> bool:
    """Is the act's noun what a verb of blame lays on someone ("atribuyó el atentado a X")?"""
    return trigger.dep_ == "obj" and trigger.head.lower_.startswith(tuple(load_role_cues().blame_verbs))


def _remains_of(tok) -> Optional[ActorMention]:
    """Whose remains a remains noun tells ("los restos de un campesino": the campesino); remains
    told with no one's name stand for the victims when counted ("dos cuerpos calcinados": the
    phrase, its number and adjectives); None when ``tok`` is no remains noun (``remains_nouns``)."""
    if tok is None or tok.lower_ not in load_role_cues().remains_nouns:
        return None
    owner = next((c for c in tok.children if c.dep_ == "nmod" and _case(c) in ("de", "del")), None)
    if owner is not None:
        return _phrase(owner)
    if not any(t.pos_ == "NUM" for c in tok.children if c.i < tok.i for t in c.subtree):
        return None  # "los cuerpos fueron hallados": the remains told before, no one new
    left = [t for c in tok.children if c.i < tok.i and c.dep_ in ("det", "nummod", "amod") for t in c.subtree]
    first = min([t.i for t in left if t.i < tok.i] + [tok.i])
    last = tok.i
    while last + 1 < len(tok.doc) and tok.doc[last + 1].head.i == tok.i and tok.doc[last + 1].dep_ == "amod":
        last += 1  # "dos cuerpos calcinados", not "abandonados junto a una barda"
    if any(t.is_punct for t in tok.doc[first:last + 1]):
        first = tok.i
    span = tok.doc[first:last + 1]
    return ActorMention(span.text, span.start_char, span.end_char)


def _counted_rest(tok) -> Optional[ActorMention]:
    """People told by a number alone after others of the same story ("dos más fueron capturados",
    "la detención de uno más", "fueron capturados otros tres", "doce fueron detenidos", "otro fue
    detenido"): the number phrase; None for a year, a time or a bare "uno"."""
    if tok is None or tok.pos_ not in ("NUM", "PRON") or _CLOCK.match(tok.text) and not tok.text.isdigit() \
            or tok.text.isdigit() and len(tok.text) >= 4:
        return None
    if is_date_day(tok) or any(c.dep_ == "nmod" and _case(c) in ("de", "del") for c in tok.children):
        return None  # "el 3 de abril": a date's day; "61 de sus integrantes": told by the figure (counts.py)
    others = ("otro", "otra", "otros", "otras")
    parts = [c for c in tok.children if c.dep_ == "advmod" and c.lower_ == "más"
             or c.i < tok.i and c.lower_ in others]  # (the parser takes "otros" for a det or an nmod)
    if tok.pos_ == "PRON" and tok.lower_ not in others and not parts:
        return None  # "uno", "quien": no one told
    if tok.pos_ == "PRON" and tok.lower_ not in others + ("uno", "una"):
        return None
    span = tok.doc[min([tok.i] + [c.i for c in parts]):max([tok.i] + [c.i for c in parts]) + 1]
    return ActorMention(span.text, span.start_char, span.end_char)


def _fire_word(tok):
    """The noun of fire among a verb's objects and obliques ("el ataque", "al fuego"), or in the
    adverb it makes ("a balazos", read as "a" with a fixed noun), or None."""
    fire = load_role_cues().fire_nouns
    for c in tok.children:
        if c.dep_ in ("obj", "obl", "iobj") and (c.lower_ in fire or c.lemma_.lower() in fire):
            return c
        if c.dep_ == "advmod" and c.lower_ == "a":
            return next((g for g in c.children if g.dep_ == "fixed" and g.lemma_.lower() in fire), None)
    return None


def _met_with_fire(fire) -> bool:
    """"a balazos", "a tiros", "con disparos": the manner of meeting someone, not a shot received
    ("recibió un disparo")."""
    return _case(fire) in ("a", "con") or fire.dep_ == "fixed" and fire.head.lower_ == "a"


def _subject_of(verb):
    """A verb's own subject, else the one it shares ("llegaron ... y fueron recibidos") or the
    one of the verb an infinitive hangs on ("al ser atacados, los agentes respondieron"), else
    the one of the clause it is joined to or hangs on (``_subject_above``) or the one the parser
    hung on its source (``_subject_after_source``), if it agrees in number."""
    subj = _child(verb, "nsubj", "nsubj:pass")
    if subj is not None:
        return subj
    subj = _shared_subject(verb) or _clause_subject(verb) or _subject_above(verb) or _subject_after_source(verb)
    return subj if subj is not None and _same_number(verb, subj) else None


def _subject_after_source(verb):
    """The subject the parser hung on the source a subjectless verb opens with ("Según el reporte,
    soldados que patrullaban la zona fueron agredidos": "soldados" read as in apposition to
    "el reporte"), else None."""
    source = next((c for c in verb.children if c.dep_ in ("obl", "nmod") and c.i < verb.i
                   and _case(c) in ("según", "segun")), None)
    if source is None:
        return None
    return next((c for c in source.children if c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN")
                 and c.i > source.i), None)


def _same_number(verb, subj) -> bool:
    """A verb and the subject it borrows agree in number, or either does not say it ("el capitán
    llegó con sus hombres cuando fueron recibidos a tiros": not the captain alone)."""
    number, told = verb.morph.get("Number"), subj.morph.get("Number")
    return not number or not told or number == told


def _clause_head(verb):
    """The verb a clause is joined to or hangs on; for a clause of time the parser hung on a
    noun ("... una orden de captura contra el jefe, cuando fueron recibidos a balazos"), the
    verb above that noun; None for any other."""
    if verb.dep_ in ("conj", "advcl"):
        return verb.head if verb.head.pos_ in ("VERB", "AUX") else None
    if verb.dep_ != "acl" or not any(m.dep_ == "mark" and m.lower_ in ("cuando", "mientras") for m in verb.children):
        return None
    head = verb.head
    for _ in range(4):
        if head.pos_ in ("VERB", "AUX"):
            return head
        if head.head is head:
            return None
        head = head.head
    return None


def _subject_above(verb):
    """The subject of the first clause up the run a subjectless verb is joined to or hangs on:
    "los agentes llegaron a una vivienda para cumplir una orden y fueron recibidos a balazos",
    "la comisión llegó a la zona para desalojar un campamento cuando fue recibida a tiros";
    None past three clauses."""
    v = verb
    for _ in range(3):
        v = _clause_head(v)
        if v is None:
            return None
        subj = _child(v, "nsubj", "nsubj:pass")
        if subj is not None:
            return subj
    return None


def _opening_of(tok) -> tuple[Optional[ActorMention], Optional[ActorMention]]:
    """(attacker, answerer) of one verb that tells who opened fire, (None, None) for any other."""
    cues = load_role_cues()
    lemma = tok.lemma_.lower()
    if tok.pos_ not in ("VERB", "AUX") or not lemma.startswith(cues.answer_verbs + cues.first_attack_verbs):
        return None, None
    if any(c.lower_ == "se" for c in tok.children):
        return None, None  # "los grupos se atacaron con piedras": each side attacked the other
    fire = _fire_word(tok)
    if lemma.startswith(cues.answer_verbs):
        if fire is None:
            return None, None
        if lemma.startswith("recib") and not _is_passive(tok):
            return _agentive(_child(tok, "nsubj")), None  # "los recibieron a balazos": the subject fired
        if lemma.startswith("recib") and not _met_with_fire(fire):
            return None, None  # "recibió un disparo": hit, not met with fire
        # "respondieron al fuego de X"; "fueron recibidos a disparos por X" (the agent hung on the noun)
        doer = _agent(tok) or next((c for c in fire.children if c.dep_ == "nmod" and _case(c) in ("de", "del", "por")),
                                   None)
        return _agentive(doer), _phrase(_subject_of(tok))
    if lemma.startswith("abr") and (fire is None or fire.lower_ != "fuego"):
        return None, None  # "abrir" only as "abrir fuego"
    if lemma.startswith("emprend") and fire is None:
        return None, None  # "emprender" only as "la emprendió a tiros contra"
    if _is_passive(tok):
        return _agentive(_agent(tok)), _phrase(_subject_of(tok))  # "al ser atacados por X", "fueron emboscados"
    against = _child(tok, "obj") if not lemma.startswith(("abr", "emprend")) else next(
        (c for c in tok.children if c.dep_ == "obl" and _case(c) == "contra"), None)
    return _agentive(_child(tok, "nsubj")), _phrase(against)  # "X abrió fuego contra Y", "X atacó a Y"


def clash_opener(sent) -> tuple[Optional[ActorMention], Optional[ActorMention]]:
    """The side a sentence says opened fire and the side that answered, either None when it
    does not say: "los agentes fueron recibidos a balazos por hombres armados", "los soldados
    repelieron el ataque de la columna", "X abrió fuego contra una patrulla". The first verb
    that names a side wins."""
    doc, start, end = span_bounds(sent)
    pos, toks = doc_pos(doc), doc_tokens(doc)  # (the Doc's arrays and kept Tokens: no Token made per word)
    for i in range(start, end):
        if pos[i] not in ("VERB", "AUX"):
            continue  # (``_opening_of`` answers (None, None) for any other word)
        attacker, answerer = _opening_of(toks[i])
        if attacker is not None or answerer is not None:
            return attacker, answerer
    return None, None


def _clash_other_side(verb, a1: Optional[ActorMention]) -> Optional[ActorMention]:
    """The other side of a clash told as the object of a light verb (issue 12 item 3): the verb's
    "con" / "contra" complement ("agentes ... sostuvieron un intercambio de disparos con dos hombres
    armados"), else the conjunct of its subject ("tropas ... y presuntos integrantes del ELN
    sostuvieron combates"); not a phrase inside the first side's."""
    def apart(p):
        return p is not None and (a1 is None or not (a1.start <= p.start < a1.end))

    for c in verb.children:
        if c.dep_ == "obl" and _case(c) in ("con", "contra") and apart(p := _phrase(c)):
            return p
    subj = _child(verb, "nsubj") or next(
        (a for c in verb.children if c.dep_ in ("obl", "obl:tmod") and c.i < verb.i
         for a in c.children if a.dep_ == "appos" and a.pos_ in ("NOUN", "PROPN")), None)  # "El lunes, tropas y ..."
    if subj is not None:
        conj = next((c for c in subj.children if c.dep_ == "conj"), None)
        if conj is None and subj.dep_ == "appos":
            conj = next((c for c in subj.head.children if c.dep_ == "conj" and c.i > subj.i), None)
        if conj is not None and apart(p := _phrase(conj)):
            return p
    return None


def roles(trigger) -> tuple[Optional[ActorMention], Optional[ActorMention]]:
    """(actor1, actor2) phrases for the trigger token, from the parse."""
    a1 = a2 = None
    if trigger.pos_ in ("VERB", "AUX", "ADJ"):
        if _is_passive(trigger) or trigger.pos_ == "ADJ" or (
                "Part" in trigger.morph.get("VerbForm") and trigger.dep_ in ("acl", "amod")):
            agent = _agent(trigger)
            if agent is None:
                agent = _far_agent(trigger)  # "fue asesinado en su local del barrio X, ..., por dos hombres"
            a1 = _agentive(agent)
            subjs = [_past_date(c) for c in trigger.children if c.dep_ in ("nsubj:pass", "nsubj")]
            if not any(_phrase(c) is not None for c in subjs) and (fronted := _fronted_subject(trigger)) is not None:
                subjs = [fronted]  # "El 7 de marzo, un convoy ... fue emboscado": the date's apposition
            subj = next((c for c in subjs if _phrase(c) is not None), subjs[0] if subjs else None)
            if subj is not None:
                # "los restos de X fueron hallados": X; "dos más fueron capturados": dos más
                a2 = _phrase(subj) or _remains_of(subj) or _counted_rest(subj)
            elif trigger.dep_ in ("acl", "amod") and trigger.head.pos_ in ("NOUN", "PROPN"):
                a2 = _phrase(trigger.head)  # "la patrulla ... emboscada por X"
            if a2 is None and subj is None and trigger.head.pos_ in ("VERB", "AUX") and (
                    trigger.dep_ == "xcomp" or trigger.dep_ == "obj" and trigger.pos_ == "ADJ") \
                    and trigger.lower_ in load_role_cues().held_people and _held_people(trigger) is None:
                # "los asaltantes se rindieron y quedaron detenidos": the subject of the verb of state
                # (not of "resultó herido": a violent act's target is sought in the sentence first)
                a2 = _phrase(_child(trigger.head, "nsubj")) or _phrase(_shared_subject(trigger.head))
            if a2 is None and subj is None and trigger.pos_ == "VERB":
                a2 = _named_before(trigger, agent)  # "nadie sabe de Ana Ruiz desde que fue secuestrada por X"
        else:
            se = any(c.lower_ == "se" for c in trigger.children)
            subjs = [_past_date(c) for c in trigger.children if c.dep_ == "nsubj" and not _object_name(c)] or [
                a for c in trigger.children if c.dep_ in ("obl", "obl:tmod") and c.i < trigger.i
                and (a := _past_date(c)) is not c]  # "El 9 de julio, tropas ... combatieron": the date's apposition
            if not any(_phrase(c) is not None for c in subjs) and (fronted := _fronted_subject(trigger)) is not None:
                subjs = [fronted]  # "Según el parte, soldados que patrullaban ... repelieron"
            if not subjs and (reporter := _reporting_force(trigger)) is not None:
                subjs = [reporter]  # "Las Fuerzas Militares informan que bombardearon ...": the force
            fired_on = None  # the subject a clitic stands for: those the act fell on
            if not subjs and (shared := _shared_subject(trigger)) is not None:
                if _clitic_names_subject(trigger, shared):
                    fired_on = shared  # "venían en una camioneta y les abrieron fuego": they were fired on
                else:
                    subjs = [shared]  # "soldados entraron al caserío, ... y los mataron": the first verb's subject
            subj = next((c for c in subjs if _phrase(c) is not None), subjs[0] if subjs else None)
            # the object that is a party: "asesinó a tiros a un comerciante" → the comerciante
            objs = [c for c in trigger.children if c.dep_ in ("obj", "iobj") and c.lower_ != "se"
                    and c.lower_ not in load_role_cues().not_targets  # "desplegaron un operativo"
                    and not _declared_as(trigger, c)  # "la declaran objetivo militar": what, not whom
                    and not _burst_subject(trigger, c)  # "al estallar un coche bomba": the device
                    and not _where_not_whom(c)  # "les dio muerte en una quebrada": where
                    and not _deployed(trigger, c)]  # "desplegó 8.000 soldados en busca de X": the force sent
            states = {_state_complement(c) for c in trigger.children} - {None}
            objs = [c for c in objs if _state_complement(c) is None]  # "mantuvieron cautivos a X": X
            obj = next((c for c in objs if _phrase(c) is not None), objs[0] if objs else None)
            if obj is None and any(_where_not_whom(c) for c in trigger.children):
                obj = _personal_object(trigger)  # "se llevaron de su casa al sargento": the sargento
            if obj is not None:
                obj = _whole(obj)  # "destruyó parte de la comisaría": the comisaría
            if any(c.lower_ in _CLITICS for c in objs):
                obj = _clitic_antecedent(trigger) or fired_on or obj  # "reunieron a los hombres y los mataron"
            conj = _child(subj, "conj") if subj is not None else None
            if conj is None and subj is not None and subj.dep_ == "appos":
                # "El 3 de mayo, tropas y una banda ...": the date's conjunct after the subject (not the
                # date's own: "Entre el 2 y el 4 de septiembre, efectivos ... y una columna ...")
                conj = next((c for c in subj.head.children if c.dep_ == "conj" and c.i > subj.i), None)
            if conj is not None and obj is None and trigger.lemma_.startswith(_RECIPROCAL) and (
                    se or trigger.lemma_.startswith(_FOUGHT)):
                a1, a2 = _phrase(subj), _phrase(conj)  # "A y B se enfrentaron": the sides in the text's order
            elif se and subj is not None and trigger.lemma_.startswith(_RECIPROCAL) and (other := (
                    obj if obj is not None and _phrase(obj) is not None else None) or next(
                    (c for c in trigger.children if c.dep_ == "obl" and _case(c) in ("a", "al", "con", "contra")
                     and _phrase(c) is not None), None)) \
                    is not None and _phrase(other) is not None:
                a1, a2 = _agentive(subj), _phrase(other)  # "los presos se enfrentaron a los guardias"
            elif trigger.lemma_ in load_role_cues().mine_verbs and obj is not None \
                    and obj.lower_.startswith(load_role_cues().mine_nouns):
                # "un soldado pisó una mina": the one it maimed, not who laid it; "perdió una pierna
                # al pisar una mina": the subject of the verb the infinitive hangs on
                a2 = _phrase(subj if subj is not None else _clause_subject(trigger))
            elif se and obj is None and subj is not None and trigger.lemma_.startswith(_RECIPROCAL) \
                    and _plural(subj):
                a1 = _agentive(subj)  # "mineros de dos bandos se enfrentaron": both sides, one phrase
            elif se and obj is not None and subj is not None and (subj.i < trigger.i < obj.i or _clitic_taken(trigger)) \
                    and _phrase(obj) is not None and (doer := _agentive(subj)) is not None:
                # "agentes de la PNC se llevaron a un joven": "se" is the verb's own, the subject took
                # the object (not "a los detenidos se les incautaron dos pistolas": a passive's goods)
                a1, a2 = doer, _phrase(obj)
            elif se and obj is None and subj is not None and trigger.lemma_ in load_role_cues().gathering_verbs:
                # "cientos de personas se concentran frente al ministerio": the ones who gathered
                # protested (actor1; bare people leave it to the protest's generic protesters)
                a1 = _agentive(subj)
            elif se:
                a2 = _phrase(obj or subj)
            elif trigger.lemma_ in load_role_cues().patient_subject_verbs \
                    or trigger.lower_ in load_role_cues().patient_subject_verbs:
                a2 = _phrase(subj) or _remains_of(subj)  # "el concejal murió": the one who died is the victim
            elif "victim" in states and (obj is None or _phrase(obj) is None) and not any(
                    c.dep_ == "obl" and _case(c) in ("a", "al") for c in trigger.children):
                a2 = _phrase(subj)  # "un comerciante permaneció cautivo tres semanas": the one held
            else:
                # "los bomberos hallaron los cuerpos": who found the dead did not kill them
                a1 = None if trigger.lemma_ in load_role_cues().finding_verbs else _agentive(subj)
                a2 = _phrase(obj) or _remains_of(obj) or _counted_rest(obj)  # "hallaron los restos de X": X
            if a2 is None:
                for c in trigger.children:  # "dispararon contra la casa", "rociaron gasolina sobre la puerta"
                    if c.dep_ == "obl" and _case(c) in ("a", "al", "contra", "sobre") and c is not _a_manos_de(trigger):
                        a2 = _phrase(c)
                        if a2 is not None:
                            break
            if a2 is None:
                a2 = _means_fell_on(trigger)  # "soltaron explosivos sobre casas de la comunidad"
            if a2 is not None and trigger.lemma_.startswith(_BLEW) and obj is not None \
                    and obj.lower_ in load_role_cues().vehicle_nouns and a2.start == _phrase(obj).start:
                # "detonaron un carro con explosivos frente a la estación": the car carried the bomb
                a2 = next((p for t in trigger.subtree if t.lower_ in load_role_cues().target_nouns
                           and t.lower_ not in load_role_cues().vehicle_nouns
                           and _case(t) in ("frente", "contra", "junto", "a", "al") and (p := _phrase(t)) is not None), a2)
            if a2 is None and trigger.lemma_.startswith(_BLEW):
                # "la bomba estalló en un cajero automático", "un coche estalló frente a las oficinas de
                # la Fiscalía": what it blew in or beside (not a place, not its carrier)
                a2 = _passing(trigger) or next((p for c in trigger.children if c.dep_ == "obl" and _case(c) in ("en", "frente", "junto")
                           and c.lower_ not in load_role_cues().vehicle_nouns and (p := _phrase(c)) is not None), None)
    else:  # noun trigger
        patient = trigger.lower_.startswith(_PATIENT_NOUNS + load_role_cues().patient_nouns)
        for c in trigger.children:
            case = _case(c)
            case = "a" if case == "al" else case
            if c.dep_ in ("nmod", "obl") and case in ("de", "del"):
                if any(b.lower_ in load_role_cues().seek_nouns and b.i < c.i for b in trigger.children):
                    continue  # "operativo de búsqueda de los evadidos": whom it seeks (``_sought``)
                if trigger.lower_ in load_role_cues().held_nouns:
                    continue  # "la toma de terrenos fiscales": what was held
                if patient and _massacre_place(trigger, c):
                    continue  # "la masacre de Santa Rita del Ariari": where, not whom
                if patient:
                    a2 = a2 or _phrase(c) or _counted_rest(c)  # "la detención de uno más"
                else:
                    a1 = a1 or _agentive(c)
            elif c.dep_ in ("nmod", "obl") and case in ("contra", "a"):
                if case == "contra" and trigger.lower_ in load_role_cues().protest_nouns:
                    continue  # "una marcha contra el alza de precios": the grievance, no party
                if case == "a" and _blamed_object(trigger):
                    a1 = a1 or _agentive(c)  # "atribuyó el atentado a ETA" (the parse hangs "a ETA" on the noun)
                    continue
                a2 = a2 or _phrase(c)
            elif c.dep_ in ("nmod", "obl") and case == "por":
                a1 = a1 or _agentive(c)  # "una emboscada por parte de X", "la captura por la policía"
            elif c.dep_ in ("nmod", "obl") and case == "entre":
                conj = _child(c, "conj") or _adjective_conj(c)
                if conj is None:
                    # "entre presos de Los Lobos y de Los Choneros": the parser joins the two
                    # groups under the shared noun; each "de" group is a side
                    inner = next((g for g in c.children if g.dep_ == "nmod" and _case(g) in ("de", "del")
                                  and _child(g, "conj") is not None), None)
                    if inner is not None:
                        conj = _child(inner, "conj")
                        side = _phrase(inner)
                        cut = conj.doc[min(t.i for t in conj.subtree)].idx if side is not None else None
                        if side is not None and side.start < cut < side.end:
                            first = side.text[:cut - side.start].rstrip(" ,y")
                            side = ActorMention(first, side.start, side.start + len(first))
                        a1 = a1 or side
                a1 = a1 or _phrase(c)
                a2 = a2 or _phrase(conj)
            elif c.dep_ in ("nmod", "obl") and case == "con" and trigger.lower_.startswith(("enfrentamiento", "combate", "choque")):
                fallen = _fallen(trigger.head) if trigger.dep_ in ("obl", "nmod") else None
                if fallen is not None and a1 is None and _phrase(fallen) is not None and _agentive(c) is not None:
                    # "tres soldados murieron en combates con una columna": the columna fought them
                    # (not "un enfrentamiento con dinamita entre A y B": the means; the sides are A and B)
                    a1, a2 = _agentive(c), _phrase(fallen)
                else:
                    a2 = a2 or _phrase(c)  # "enfrentamiento con una columna": the other side
            elif c.dep_ in ("acl", "amod") and c.pos_ in ("VERB", "ADJ"):
                ag = _agent(c)
                if ag is not None:
                    a1 = a1 or _agentive(ag)
                if trigger.lower_ not in load_role_cues().protest_nouns:
                    a2 = a2 or _aimed_through(c)  # "un ataque armado contra los asistentes"
        if a2 is None and _case(trigger) in ("de", "del") and trigger.head.lower_ in load_role_cues().target_of_nouns:
            # "la estación fue objeto de un hostigamiento", "el alcalde fue blanco de un atentado"
            a2 = _phrase(_child(trigger.head, "nsubj", "nsubj:pass"))
        if a2 is None and trigger.dep_ == "obj" and trigger.head.lower_.startswith(load_role_cues().suffer_verbs):
            a2 = _phrase(_child(trigger.head, "nsubj"))  # "una patrulla sufrió un ataque de X"
        if a2 is None and trigger.dep_ in ("obl", "obj") and _case(trigger) == "en" and trigger.head.lemma_ == "caer":
            # "la patrulla cayó en una emboscada" (the first subject that is a party: not the dateline)
            a2 = next((p for c in trigger.head.children if c.dep_ == "nsubj" and (p := _phrase(c)) is not None), None)
        if a2 is None:
            a2 = _sought(trigger) or _target(trigger)
        if a2 is None and trigger.lower_ not in load_role_cues().protest_nouns:
            a2 = _against_past_means(trigger)  # "un ataque con drones cargados de explosivos contra X"
        if a2 is None and trigger.lower_ not in load_role_cues().protest_nouns:
            a2 = _means_fell_on(trigger)  # "un bombardeo con drones sobre la comunidad"
        if a2 is None and trigger.dep_ == "nsubj" and trigger.head.pos_ == "VERB" \
                and not trigger.head.lemma_.startswith(_TOLL_VERBS):
            # the act as subject: "un coche bomba destrozó una comisaría", "la explosión
            # ocurrió frente a la estación": what it fell on (not the toll it left)
            head = trigger.head
            a2 = next((p for c in head.children if c.dep_ in ("obj", "iobj", "compound") and c.lower_ != "se"
                       and (c.dep_ != "compound" or c.lower_ in load_role_cues().part_nouns)
                       and (p := _phrase(_whole(c))) is not None and not _toll(p)), None) or next(
                (p for c in head.children if c.dep_ == "obl" and (_case(c) in ("a", "al", "contra", "frente") or (
                    _case(c) == "en" and head.lemma_.startswith(_BLEW) and c.lower_ not in load_role_cues().vehicle_nouns))
                 and c is not _a_manos_de(head) and (p := _phrase(c)) is not None), None)
        if a1 is None and a2 is None and trigger.lower_.startswith(("enfrentamiento", "combate", "choque")) \
                and trigger.dep_ in ("obl", "nmod"):
            fallen = _fallen(trigger.head)
            conj = _child(fallen, "conj") if fallen is not None else None
            if conj is not None:  # "seis policías y once campesinos murieron en un enfrentamiento"
                a1, a2 = _phrase(fallen), _phrase(conj)
        # a light verb around the noun: "X realizó una incursión", "la captura fue hecha por X"
        if a1 is None and trigger.dep_ in ("nsubj", "nsubj:pass", "obj") and trigger.head.pos_ in ("VERB", "ADJ"):
            head = trigger.head
            if trigger.dep_ == "obj" and head.lemma_ in ("atribuir", "adjudicar", "imputar"):
                # "atribuyeron el ataque a la columna de X": the perpetrator is the one blamed
                blamed = next((c for c in head.children if c.dep_ in ("obl", "iobj") and _case(c) == "a"), None)
                if blamed is None and any(c.lower_ == "se" for c in head.children):
                    blamed = _child(head, "nsubj")  # "el grupo se atribuyó el incendio": a claim
                a1 = _agentive(blamed)
            elif trigger.dep_ == "obj" and head.lower_.startswith(load_role_cues().suffer_verbs):
                # "la patrulla sufrió una emboscada por parte de X": the subject is the target
                a2 = a2 or _phrase(_child(head, "nsubj"))
                a1 = _agentive(_agent(head))
            elif trigger.dep_ == "obj" and (not head.lower_.startswith(load_role_cues().reaction_verbs)
                                            or trigger.lower_.startswith(_FORCE_ACTS)):
                # a force that reports its own arrest or clash ("la Policía confirmó la captura") did it
                # "la columna realizó una incursión"; "el personal naval neutralizó a cuatro y logró la
                # detención de uno más": the subject the light verb shares with the verb before it
                a1 = _agentive(_child(head, "nsubj") or _shared_subject(head))
            else:
                a1 = _agentive(_agent(head))
            if a2 is None and trigger.dep_ == "obj" and trigger.lower_.startswith(load_role_cues().clash_nouns):
                a2 = _clash_other_side(head, a1)
    if a2 is None:  # "la protesta dejó cuatro detenidos": the detained
        a2 = _held_people(trigger)
    if a2 is None:  # "un operativo para localizar a los autores"
        a2 = _sought(trigger)
    if a2 is None:  # "la emboscada ... contra una patrulla": the unit, base or convoy hit
        a2 = _target(trigger)
    how = None
    if a1 is None:  # "murió a manos de sicarios"
        a1 = _agentive(_a_manos_de(trigger))
    if a1 is None:  # "recibió un panfleto firmado por X en el que la amenazaron"
        signer, paper = _signed_paper(trigger)
        a1 = _agentive(signer)
        if a1 is not None and a2 is None:
            a2 = _phrase(_paper_recipient(trigger, paper))
    if a1 is None:  # "atribuyeron el ataque a X", "fue obra de X"
        blamed, how = _blamed(trigger)
        a1 = _agentive(blamed)
        if a1 is None:
            how = None
    if (sides := _pact_sides(trigger)) is not None:
        a1, a2 = sides  # "A y B firmaron una tregua": the two parties, not the tregua
    if a1 is not None and _off_heading(a1, trigger) is None:
        a1 = _doers_after_heading(trigger)  # "#Canelones 🚔 Jefatura ...: hoy efectivos de la Guardia X allanaron"
    a2 = _rider_of(a2, a1, trigger) or a2  # "un taxista resultó herido cuando dispararon contra su unidad"
    a2 = _off_heading(a2, trigger)  # "#ATENCIÓN | Esta mañana, agentes de la PNC capturamos a ..."
    a2 = with_name(a2, trigger.doc)  # "el dirigente indígena Juan Pérez Soto": the description with the name
    if a1 is not None and a2 is not None and a1.start < a2.start < a1.end:
        a1 = _before_target(a1, a2, trigger.doc)  # "hostigamiento de las disidencias a la estación"
    if a1 and a2 and a1.start == a2.start:
        a2 = None
    return _attributed(a1, sent_of(trigger), how), a2


def normalise_actor(mention: Optional[ActorMention], lexicon: ActorLexicon,
                    to_original, country: Optional[str] = None, context: str = "") -> Optional[Actor]:
    """An ``Actor`` record: normalised name, inter code, country and CAMEO code.

    ``to_original(start, end)`` maps the Doc's characters to the original text.
    ``country`` is the incident's (ISO alpha-2, or None when unknown): a generic word
    ("la policía", "civiles") takes it, and it admits a guarded alias of that country;
    ``context`` (the sentence) is where a guarded alias's cue is sought.
    Without a lexicon match, the name is the phrase itself and ``inter`` is None.
    """
    if mention is None:
        return None
    best = lexicon.best_in(mention.text, country, context or mention.text)
    s, e, text = to_original(mention.start, mention.end)
    if best:
        entry = lexicon.localise(best[2], country)
        return Actor(entry.name, text, entry.inter, Span(s, e, text), entry.country, entry.cameo)
    return Actor(None, text, None, Span(s, e, text))
