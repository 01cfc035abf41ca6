"""framing: the type a violent incident takes from the frame the text tells it in.

A death, a shooting, a clash or an arson told *inside* a protest, a strike, a road
blockade or a riot ("murió durante el desbloqueo de la carretera", "los manifestantes
se enfrentaron a la policía", "llegaron los antimotines disparando") is the protest:
ACLED codes it as a demonstration (excessive force against protesters, violent
demonstration, protest with intervention), and so do the project's gold conventions.
The trigger word alone ("asesinado", "enfrentamiento") cannot tell that; its sentence
and the story around it can.

``DocumentFraming`` is built once per document from its sentences and retypes the
violent triggers of a sentence (``frame``) and the type of a casualty-only sentence
(``casualty_type``). Its cues are data: ``cronica/data/es/framing.yaml``.

Frames, strongest first:
  1. the sentence itself names the protest, the protesters or the crowd policing;
  2. a clash or a shooting with the police, in a sentence that names no frame, whose
     paragraph (two sentences back), headline or lead names the protest or the protesters.
An armed group, gunmen or a prison riot told without a protest word keep the violent type.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional, Sequence

from cronica.errors import DataFileError
from cronica.nlp.inflect import match_key, token_key
from cronica.nlp.lexicons import read_data_yaml
from cronica.nlp.load import doc_keys, doc_lemmas, span_bounds, span_key, span_tokens
from cronica.nlp.triggerlex import _fold_pattern
from cronica.text.gate import gated

_KEYS = ("protest_nouns", "not_frame", "protesters", "policing", "armed_actors", "prison", "prison_protest",
         "state_forces", "protesters_acting", "lethal", "riot", "attacked_places", "attack_verbs", "forces_as_targets",
         "held_by_crowd", "hostages", "attacks_on_protest", "present_people")
CONTEXT_BACK = 2  # sentences of the same paragraph that may frame a clash told without a frame
# the ACLED protest sub-events (variants of `protest` in data/taxonomy.yaml) framing chooses among
_PROTEST_VARIANTS = ("lethal", "violent", "intervention")
_DEATH_VERBS = frozenset({"morir", "fallecer"})
_WOUNDED = re.compile(r"herid[oa]s?")
_WOUNDED_FORMS = frozenset(("herido", "herida", "heridos", "heridas"))  # what ``_WOUNDED`` matches whole
_WOUNDED_AUX = frozenset({"ser", "resultar", "quedar"})
_MAIN_DEPS = frozenset({"ROOT", "conj", "parataxis", "ccomp"})
# a body found ("hallan sin vida a dos policías") is the killing by its finding, not an attack (own b-157)
# Violent types whose attackers may take captives in the same act (an arson or an assault on a post):
# the kidnapping told with them is their figure (``_captives_of_attack``).
_CAPTURING_ATTACKS = frozenset({"attack", "armed_clash", "bombing", "ambush"})
_FINDING = frozenset({"hallar", "encontrar", "localizar", "ubicar", "aparecer", "descubrir", "rescatar", "recuperar",
                      "sacar"})  # ccomp: "X murió ..., informó Y"


@dataclass(frozen=True, slots=True)
class FramingCues:
    retype: frozenset[str]
    setting_frames: frozenset[str]  # families an operation may be the setting of
    setting_window: int
    setting_same_sentence: frozenset[str]
    setting_case: frozenset[str]
    setting_nouns: frozenset[str]
    setting_launch: frozenset[str]
    setting_death: re.Pattern
    protest_nouns: re.Pattern
    not_frame: re.Pattern
    protesters: re.Pattern
    policing: re.Pattern
    armed_actors: re.Pattern
    prison: re.Pattern
    prison_protest: re.Pattern
    state_forces: re.Pattern
    protesters_acting: re.Pattern
    lethal: re.Pattern
    riot: re.Pattern
    attacked_places: re.Pattern
    attack_verbs: re.Pattern
    forces_as_targets: re.Pattern
    held_by_crowd: re.Pattern
    hostages: re.Pattern
    attacks_on_protest: re.Pattern  # gunmen or colectivos firing "contra la marcha": an attack, not the protest
    present_people: re.Pattern  # "dispararon contra los clientes": those present at a place attacked
    # "el ataque armado contra el bar", "abrió fuego contra los clientes": an assault on a place told
    assault_told: Optional[re.Pattern] = None
    # the opening of a sentence telling what an operation yielded ("Durante la operación se aprehendió ...")
    setting_outcomes: Optional[re.Pattern] = None
    setting_outcomes_window: int = 0
    setting_outcomes_unless: Optional[re.Pattern] = None  # ... unless it tells a rescue, shots or a casualty
    setting_return: frozenset[str] = frozenset()  # "la patrulla regresaba de un operativo": where it came from
    setting_heads: frozenset[str] = frozenset()  # "en el marco de la operación": the frame its "de" phrase names
    setting_own_outcomes: Optional[re.Pattern] = None  # "destruyeron un campamento": an operation's own outcome
    # the opening of a sentence that moves on from the protest's clash ("Horas después, ...", "Tras el
    # enfrentamiento, ..."): a holding it tells is a kidnapping of its own (``_held_in_protest``)
    held_after: Optional[re.Pattern] = None
    # clash words that also name a one-sided shooting ("balacera"), and the word that aims one at a
    # target ("una balacera contra la fachada"): ``fired_on_only``
    one_sided_nouns: frozenset[str] = frozenset()
    one_sided_aim: frozenset[str] = frozenset()
    # a moving force unit told attacked ("la patrulla fue atacada", "atacaron a las tropas"), a post told
    # attacked ("la base fue hostigada"), and the force answering the fire ("repelieron la agresión",
    # "respondieron al fuego", "en la respuesta de nuestras tropas"): ``answered_by_unit``
    unit_attacked: Optional[re.Pattern] = None
    post_attacked: Optional[re.Pattern] = None
    answered_fire: Optional[re.Pattern] = None


def _pattern(key: str, items) -> re.Pattern:
    if not isinstance(items, list) or not items or not all(isinstance(x, str) and x for x in items):
        raise DataFileError(f"framing.yaml: {key!r} must be a non-empty list of patterns")
    try:
        return gated(re.compile(r"(?<!\w)(?:" + "|".join(_fold_pattern(x) for x in items) + ")"))
    except re.error as e:
        raise DataFileError(f"framing.yaml: {key}: bad pattern: {e}") from None


@lru_cache(maxsize=1)
def load_framing() -> FramingCues:
    """The cues of ``data/es/framing.yaml``, compiled; ``DataFileError`` when malformed."""
    raw = read_data_yaml("framing.yaml")
    from cronica.model import EVENT_TYPES

    retype = raw.get("retype")
    if not isinstance(retype, list) or not retype or not set(retype) <= set(EVENT_TYPES):
        raise DataFileError("framing.yaml: 'retype' must list Cronica event types")
    missing = [k for k in _KEYS + ("operation_setting",) if k not in raw]
    if missing:
        raise DataFileError(f"framing.yaml: missing {missing}")
    op = raw["operation_setting"]
    from cronica.taxonomy import FAMILY

    families = set(FAMILY.values())
    try:
        frames, same, case, window = (frozenset(op["frames"]), frozenset(op["same_sentence"]),
                                      frozenset(op["setting_case"]), int(op["window"]))
        nouns, launch = frozenset(match_key(x) for x in op["nouns"]), frozenset(op["launch"])
        death = _pattern("operation_setting.death", [op["death"]])
        outcomes = _pattern("operation_setting.outcomes", op["outcomes"]) if "outcomes" in op else None
        outcomes_window = int(op.get("outcomes_window", 0))
        unless = _pattern("operation_setting.outcomes_unless", op["outcomes_unless"]) if outcomes else None
    except (KeyError, TypeError, ValueError):
        raise DataFileError("framing.yaml: operation_setting needs frames, same_sentence, setting_case, window") \
            from None
    if not frames <= families or not same <= set(EVENT_TYPES) or window < 0:
        raise DataFileError("framing.yaml: operation_setting names unknown families or types")
    return FramingCues(frozenset(retype), frames, window, same, case, nouns, launch, death,
                       **{k: _pattern(k, raw[k]) for k in _KEYS}, assault_told=_assault_told(raw),
                       setting_outcomes=outcomes, setting_outcomes_window=outcomes_window,
                       setting_outcomes_unless=unless,
                       setting_return=frozenset(op.get("return_verbs") or ()),
                       setting_heads=frozenset(op.get("setting_heads") or ()),
                       setting_own_outcomes=_pattern("operation_setting.own_outcomes", op["own_outcomes"])
                       if "own_outcomes" in op else None,
                       held_after=_openings("held_after", raw["held_after"]) if "held_after" in raw else None,
                       one_sided_nouns=_words("one_sided_nouns", raw.get("one_sided_nouns")),
                       one_sided_aim=_words("one_sided_aim", raw.get("one_sided_aim")),
                       **{k: _pattern(k, raw[k]) for k in ("unit_attacked", "post_attacked", "answered_fire")
                          if k in raw})


def _words(key: str, items) -> frozenset[str]:
    """A list of words of ``key``, folded; empty when the file does not give it."""
    if items is None:
        return frozenset()
    if not isinstance(items, list) or not all(isinstance(x, str) and x for x in items):
        raise DataFileError(f"framing.yaml: {key!r} must be a list of words")
    return frozenset(match_key(x) for x in items)


def _openings(key: str, items) -> re.Pattern:
    """Patterns of ``key`` matched at the start of the folded sentence (``.match``)."""
    if not isinstance(items, list) or not items or not all(isinstance(x, str) and x for x in items):
        raise DataFileError(f"framing.yaml: {key!r} must be a non-empty list of patterns")
    try:
        return re.compile(r"(?:" + "|".join(_fold_pattern(x) for x in items) + r")(?!\w)")
    except re.error as e:
        raise DataFileError(f"framing.yaml: {key}: bad pattern: {e}") from None


def assault_on_place(tok, cues: FramingCues) -> bool:
    """Is the attack verb ``tok`` told against a place, a vehicle or a post (``attacked_places``:
    "atacaron a balazos un bar", "dispararon contra un autobús") or the people present at one
    (``present_people``: "dispararon contra los clientes", "abrieron fuego contra los presentes")?
    Its object or oblique after it."""
    for c in tok.children:
        if c.dep_ in ("obj", "obl") and c.pos_ in ("NOUN", "PROPN", "ADJ") and c.i > tok.i:
            words = (match_key(c.text), match_key(c.lemma_))
            if any(cues.attacked_places.fullmatch(w) or cues.present_people.fullmatch(w) for w in words):
                return True
    return False


def _assault_told(raw: dict) -> re.Pattern:
    """The folded pattern of an assault on a place or on those present, composed from
    framing.yaml's lists: ``assault_nouns`` or ``fire_verbs`` + "contra" followed by a target of
    ``attacked_places``, ``present_people`` or ``present_relatives`` (an article between); a
    ``shot_at`` verb followed by such a target; a verb of ``fire_verbs`` then ``fire_at_random``;
    a ``storm_verbs`` verb into a place then a verb of ``fire_verbs`` in the same clause, not at a
    pronoun of ``sought_out``."""
    keys = ("assault_nouns", "fire_verbs", "shot_at", "fire_at_random", "present_relatives", "storm_verbs",
            "sought_out")
    for k in keys:
        if not isinstance(raw.get(k), list) or not raw[k] or not all(isinstance(x, str) and x for x in raw[k]):
            raise DataFileError(f"framing.yaml: {k!r} must be a non-empty list of patterns")
    def alts(k: str) -> str:
        return "(?:" + "|".join(raw[k]) + ")"
    article = "(?:(?:el|la|los|las|un|una|unos|unas) )?"
    place = article + "(?:" + "|".join(raw["attacked_places"]) + r")(?!\w)"
    target = article + "(?:" + "|".join(raw["attacked_places"] + raw["present_people"] + raw["present_relatives"]) \
        + r")(?!\w)"
    fire = alts("fire_verbs")
    nouns = alts("assault_nouns") + "(?: armados?)? (?:contra|a|al|en) " + target
    verbs = fire + " contra " + target
    shot = alts("shot_at") + " (?:(?:a|al|contra) )?" + target
    at_random = fire + " (?:\\w+ ){0,2}?" + alts("fire_at_random")
    not_sought = r"(?!\w)(?! contra " + alts("sought_out") + r"(?: y |[^\w ]| *$))"
    storm = alts("storm_verbs") + " (?:en|a|al) " + place + r"[^.;:]{0,90}? (?:y|,) (?:(?:les?|los|las) )?" + fire \
        + not_sought
    return _pattern("assault_told", [nouns, verbs, shot, at_random, storm])


def answered_by_unit(first_key: str, keys: Sequence[str], cues: FramingCues) -> bool:
    """Is an attack told in the (folded) sentence ``first_key`` one on a moving force unit (a patrol,
    troops, personnel: ``unit_attacked``; not a base, a station or a post: ``post_attacked``) that one
    of the sentences ``keys`` tells answering the fire (``answered_fire``)? Such an exchange is the
    clash (corpus/README.md "Clashes: who comes first")."""
    if cues.unit_attacked is None or cues.post_attacked is None or cues.answered_fire is None:
        return False
    if not cues.unit_attacked.search(first_key) or cues.post_attacked.search(first_key):
        return False
    return any(cues.answered_fire.search(k) for k in keys)


AIM_REACH = 2  # words after a one-sided noun that may aim it at a target ("una balacera similar contra")


def fired_on_only(triggers: Sequence, cues: FramingCues) -> bool:
    """An incident told by ``triggers`` (each a (TriggerMention, Doc) pair: every kept trigger of its
    sentences) is one side firing on others, not a clash: its only clash words are nouns that also
    name a one-sided shooting ("balacera"; framing.yaml ``one_sided_nouns``), and one of its
    sentences tells an attack ("dispararon contra un grupo", "el ataque armado") or the noun is aimed
    at a target ("una balacera contra la fachada")."""
    if not cues.one_sided_nouns:
        return False
    nouns = []
    for t, doc in triggers:
        if t.type != "armed_clash":
            continue
        if token_key(doc[t.token_i].text) not in cues.one_sided_nouns:
            return False  # "enfrentamiento", "combates": the clash is told as such
        nouns.append((t, doc))
    if not nouns:
        return False
    if any(t.type == "attack" for t, _ in triggers):
        return True
    return any(token_key(doc[k].text) in cues.one_sided_aim
               for t, doc in nouns for k in range(t.token_i + 1, min(len(doc), t.token_i + 1 + AIM_REACH)))


def told_as_assault(span, cues: FramingCues) -> bool:
    """Does the sentence ``span`` tell an armed assault on a place or on the people present at one
    ("el ataque armado contra el bar", "Ataque armado en un bar de Celaya", "abrió fuego contra los
    clientes", "dispararon contra los presentes")? (``assault_told``, over the folded sentence)"""
    return cues.assault_told is not None and cues.assault_told.search(span_key(span)) is not None


def operation_as_setting(tok, cues: FramingCues) -> bool:
    """Is the operation noun told as a setting: after a preposition of ``setting_case`` ("durante
    un operativo", "en una operación conjunta"), as the "de" phrase of a frame noun ("en el marco de la
    Operación X"), or as where its subject came back from ("regresaba de un operativo")?"""
    return any(ch.dep_ == "case" and match_key(ch.text) in cues.setting_case for ch in tok.children) \
        or _came_from(tok, cues.setting_return) or _framed_by(tok, cues.setting_heads)


def _framed_by(tok, heads: frozenset[str]) -> bool:
    """Is the operation noun the "de" phrase of a frame noun ("en el marco de la Operación X",
    "en desarrollo de operaciones militares", "como parte del operativo")?"""
    return tok.head.lemma_ in heads and any(ch.dep_ == "case" and ch.lower_ in ("de", "del") for ch in tok.children)


def _came_from(tok, return_verbs: frozenset[str]) -> bool:
    """Is the operation noun where its subject was coming back from ("la camioneta, que regresaba
    de un operativo antidrogas", "la patrulla volvía de una operación cuando fue atacada"; the parser
    often hangs "de un operativo" on the verb as its object)?"""
    return tok.dep_ in ("obl", "obj") and tok.head.lemma_ in return_verbs and any(
        ch.dep_ == "case" and ch.lower_ == "de" for ch in tok.children)


class _Frame:
    """What one sentence says of a protest, each answer searched for on first use (``_frame_of``):
    most sentences are only asked whether they name an armed actor, and the protest patterns are
    the longest of the cues. ``named`` may be set (a protest word found by the triggers)."""

    __slots__ = ("key", "_cues", "_riot_protest", "_told_key", "_named", "_protesters", "_policing", "_armed")

    def __init__(self, key: str, cues: FramingCues, riot_protest: bool) -> None:
        self.key = key  # the folded sentence
        self._cues = cues
        self._riot_protest = riot_protest
        self._told_key: Optional[str] = None
        self._named: Optional[bool] = None
        self._protesters: Optional[bool] = None
        self._policing: Optional[bool] = None
        self._armed: Optional[bool] = None

    @property
    def protesters(self) -> bool:
        """The sentence names the protesters themselves (not in a protest called for or announced)."""
        if self._protesters is None:
            self._protesters = bool(self._cues.protesters.search(self._told()))
        return self._protesters

    @property
    def named(self) -> bool:
        """The sentence names the protest or the protesters (a frame for what follows)."""
        if self._named is None:
            self._named = self.protesters or bool(self._cues.protest_nouns.search(self._told()))
        return self._named

    @named.setter
    def named(self, value: bool) -> None:
        self._named = value

    @property
    def policing(self) -> bool:
        if self._policing is None:
            self._policing = bool(self._cues.policing.search(self.key))
        return self._policing

    @property
    def armed(self) -> bool:
        """An armed actor or an inmates' riot: never a protest's."""
        if self._armed is None:
            cues, key = self._cues, self.key
            prison = bool(cues.prison.search(key)) and not cues.prison_protest.search(key) and not self._riot_protest
            self._armed = bool(cues.armed_actors.search(key)) or prison or bool(cues.attacks_on_protest.search(key))
        return self._armed

    def _told(self) -> str:
        """The sentence without the protests called for or announced, which frame nothing."""
        if self._told_key is None:
            self._told_key = self._cues.not_frame.sub(" ", self.key)
        return self._told_key


def _tells_death_or_wound(span) -> bool:
    """Has the sentence a word ``_death_in_protest`` may read: a verb whose lemma is "morir" or
    "fallecer", or "herido(s)", "herida(s)"? (``_death_or_wound_at``: found once per Doc)"""
    doc, start, end = span_bounds(span)
    at = _death_or_wound_at(doc)
    k = bisect_left(at, start)
    return k < len(at) and at[k] < end


def _death_or_wound_at(doc) -> list[int]:
    """The tokens of ``doc`` whose lemma folds to a verb of ``_DEATH_VERBS`` or whose folded form
    is one of ``_WOUNDED``, in order; each distinct form and lemma tested once, kept in the Doc's
    ``user_data``."""
    got = doc.user_data.get("cronica_death_or_wound")
    if got is None:
        keys, lemmas = doc_keys(doc), doc_lemmas(doc)
        wound = _WOUNDED_FORMS.intersection(keys)
        death = {lemma for lemma in set(lemmas) if token_key(lemma) in _DEATH_VERBS}
        got = doc.user_data["cronica_death_or_wound"] = [
            i for i, (key, lemma) in enumerate(zip(keys, lemmas)) if key in wound or lemma in death]
    return got


def _weak_elsewhere(t) -> bool:
    """A weak word of another family than the protest's violence ("22 detenidos", "el detenido"):
    it tells nothing of the death or the wounds told with it."""
    return t.strength == "weak" and t.family not in ("violent", "protest")


def _frame_of(key: str, cues: FramingCues, riot_protest: bool = False) -> _Frame:
    """``key``: the folded sentence (``match_key``). ``riot_protest``: the story tells its prison
    riot as a protest (an inmates' demand), so the prison words of its other sentences (the
    headline, the toll) frame no fight between inmates."""
    return _Frame(key, cues, riot_protest)


def protest_variant(sentence_key: str, etype: str, cues: Optional[FramingCues] = None) -> str:
    """The ACLED protest sub-event a violent word in a protest tells: protesters acting or a
    clash → violent demonstration; lethal force otherwise → excessive force; else intervention."""
    cues = cues or load_framing()
    if etype == "armed_clash" or cues.protesters_acting.search(sentence_key):
        return "violent"
    if etype in ("killing", "bombing") or cues.lethal.search(sentence_key):
        return "lethal"
    return "intervention" if cues.policing.search(sentence_key) else "violent"


class DocumentFraming:
    """The protest frames of one document's sentences (objects with ``span``, ``para``,
    ``index`` and ``headline``, as ``assemble.Sentence``)."""

    def __init__(self, sentences: Sequence, cues: Optional[FramingCues] = None) -> None:
        self.cues = cues or load_framing()
        self._sentences = list(sentences)
        self._frames: dict[int, _Frame] = {}
        self._at = {id(s): k for k, s in enumerate(self._sentences)}
        self._told: list[tuple[int, str]] = []  # (sentence position, family) of the incidents reported so far
        self._riot_protest: Optional[bool] = None
        self._prison_story: Optional[bool] = None

    def riot_protest(self) -> bool:
        """Does the story tell a prison riot with the inmates' demand ("el motín para exigir ...")?"""
        if self._riot_protest is None:
            c = self.cues
            self._riot_protest = any(
                c.riot.search(key) and c.prison.search(key) and c.prison_protest.search(key)
                for key in (span_key(s.span) for s in self._sentences))
        return self._riot_protest

    def prison_story(self) -> bool:
        """Does any sentence of the story tell of a prison, its inmates or a riot?"""
        if self._prison_story is None:
            self._prison_story = any(self.cues.prison.search(span_key(s.span)) for s in self._sentences)
        return self._prison_story

    def _frame(self, k: int) -> _Frame:
        f = self._frames.get(k)
        if f is None:
            f = self._frames[k] = _frame_of(span_key(self._sentences[k].span), self.cues, self.riot_protest())
        return f

    def framed(self, sent, etype: Optional[str]) -> Optional[str]:
        """The protest variant when ``sent`` tells an incident of ``etype`` inside a protest, else None.
        ``etype`` None: a sentence with only a toll."""
        k = self._at.get(id(sent))
        if k is None:
            return None
        f = self._frame(k)
        if f.armed:
            return None
        if f.named or f.policing:
            return protest_variant(f.key, etype or "killing", self.cues)
        para = getattr(sent, "para", None)
        if etype == "armed_clash" and k > 0 and getattr(self._sentences[k - 1], "para", None) == para:
            prev = self._frame(k - 1)
            if prev.named and not prev.armed:
                return protest_variant(f.key, etype, self.cues)  # "Esto desató un enfrentamiento ..."
        # no frame of its own: a clash or shots with the police, in a paragraph about a protest
        if etype not in ("armed_clash", "attack", "killing", None) or not self.cues.state_forces.search(f.key):
            return None
        for j in range(k - 1, max(-1, k - 1 - CONTEXT_BACK), -1):
            prev = self._sentences[j]
            if getattr(prev, "para", None) != para:
                break
            pf = self._frame(j)
            if pf.armed:
                return None
            if pf.named:
                return protest_variant(f.key, etype or "killing", self.cues)
        # the story's frame: its headline and its lead (the first sentence of the body)
        lead = next((j for j, s in enumerate(self._sentences) if not getattr(s, "headline", False)), None)
        for j in {0, lead} - {None, k}:
            if j < k and (j == lead or getattr(self._sentences[j], "headline", False)):
                hf = self._frame(j)
                if hf.named and not hf.armed:
                    return protest_variant(f.key, etype or "killing", self.cues)
        return None

    def frame(self, sent, triggers: list) -> None:
        """Retype in place the violent triggers ``sent`` tells inside a protest (type ``protest``,
        its ACLED sub-event first among the trigger's variants); a death the sentence tells
        inside a protest with no trigger word ("murió durante el desbloqueo") gets one."""
        self._attack_on_place(sent, triggers)
        self._attack_on_protest(sent, triggers)
        self._protest_told_as_target(sent, triggers)
        self._captives_of_attack(sent, triggers)
        k = self._at.get(id(sent))
        # a protest the sentence itself reports ("murió de un disparo durante la toma de terrenos")
        # frames the violence told with it, unless an armed actor is in the sentence
        own_protest = k is not None and any(t.type == "protest" and not t.dropped for t in triggers) \
            and not self._frame(k).armed
        for t in triggers:
            if t.dropped or t.type not in self.cues.retype:
                if not t.dropped and t.type == "security_operation" and k is not None:
                    f = self._frame(k)
                    if "regained" in t.variants[:1] and self.riot_protest() and self.cues.prison.search(f.key):
                        # "la policía retomó el control del pabellón": the end of the inmates' protest
                        t.type = "protest"
                        t.variants = ("intervention",)
                    elif "regained" in t.variants[:1] and self.prison_story():
                        # "militares y policías retomaron el control del penal" after a fight between
                        # inmates: the end of the prison's incident, never an operation of its own (own
                        # gold: train a-368, b-039, f-042, d-123, dev d-035); it may join it, not found one
                        t.strength, t.reference = "weak", "the end of the prison incident (control regained)"
                    elif own_protest and not t.is_noun and not f.armed \
                            and (f.policing or _WOUNDED.search(f.key) or self.cues.lethal.search(f.key)) \
                            and match_key(sent.span.doc[t.token_i].lemma_).startswith(("desaloj", "dispers")):
                        # "ocuparon una estancia y fueron desalojados por la policía con balines de goma":
                        # force met by the protest is its intervention; a peaceful eviction of a land
                        # occupation stays the operation (own a-430)
                        t.dropped = "the eviction of the protest told with it"
                    elif t.is_noun and not f.armed and f.policing \
                            and (_WOUNDED.search(f.key) or self.cues.lethal.search(f.key)):
                        # "un comunero murió durante el operativo de desbloqueo de la carretera", "...
                        # durante el operativo policial para despejar la ruta": police breaking a
                        # blockade, with casualties, is the protest (annotation conventions, session 5;
                        # own gold of train s-014, w-019)
                        t.type = "protest"
                        t.variants = (protest_variant(f.key, "attack", self.cues),) + tuple(
                            v for v in t.variants if v not in _PROTEST_VARIANTS)
                    elif f.protesters and not f.armed:
                        # "los manifestantes ingresaron al banco", "la policía desalojó a los
                        # manifestantes": the protest, and the force it met
                        t.type = "protest"
                        t.variants = (protest_variant(f.key, "attack", self.cues),) + tuple(
                            v for v in t.variants if v not in _PROTEST_VARIANTS)
                continue
            variant = self.framed(sent, t.type)
            if variant is None and own_protest:
                variant = protest_variant(self._frame(k).key, t.type, self.cues)
            if variant is None:
                continue
            t.type = "protest"
            t.variants = (variant,) + tuple(v for v in t.variants if v not in _PROTEST_VARIANTS)
        if k is None:
            return
        self._demand_of_hostage_taking(sent, k, triggers)
        self._held_in_protest(sent, k, triggers)
        if not any(not t.dropped and not _weak_elsewhere(t) for t in triggers):
            death = self._death_in_protest(sent, k)
            if death is not None:
                triggers.append(death)
        self._operation_settings(sent, k, triggers)
        f = self._frame(k)
        self._told += [(k, t.family) for t in triggers if not t.dropped]
        for t in triggers:
            if t.type != "protest" or t.dropped:
                continue
            f.named = True  # a frame for the clashes told after it
            if not set(t.variants) & set(_PROTEST_VARIANTS) and self.cues.lethal.search(f.key) and not f.armed:
                # "la marcha terminó con tres muertos": the force the protest met
                t.variants = (protest_variant(f.key, "killing", self.cues),) + tuple(t.variants)

    def _demand_of_hostage_taking(self, sent, k: int, triggers: list) -> None:
        """Drop the protest words of a sentence that tells hostages taken in a prison ("los reos
        tomaron como rehenes a doce guardias en protesta por el traslado"): the inmates' demand is
        the kidnapping's motive, not a protest of its own (``hostages`` in framing.yaml)."""
        if not any(not t.dropped and t.type == "kidnapping" and t.strength == "strong" for t in triggers):
            return
        key = self._frame(k).key
        if not (self.cues.hostages.search(key) and self.cues.prison.search(key)):
            return
        for t in triggers:
            if not t.dropped and t.type == "protest":
                t.dropped = "the inmates' demand of the hostage-taking told with it"

    def _held_in_protest(self, sent, k: int, triggers: list) -> None:
        """Retype as the protest a kidnapping told by a verb of holding (``held_by_crowd``) in a
        sentence that tells the protest itself: its words name the protest or the protesters, or
        another of its triggers is the protest ("los manifestantes retuvieron a dos agentes y
        quemaron una patrulla"). A holding told in a sentence of its own ("Los comuneros retienen
        desde el martes a dos policías") stays the kidnapping (own d-031), and so does one the sentence
        tells as coming after the protest's clash (``_held_after``)."""
        if not any(not t.dropped and t.type == "kidnapping" for t in triggers):
            return  # (asked before the frame: most sentences tell no kidnapping)
        f = self._frame(k)
        if f.armed:
            return
        for t in triggers:
            if t.dropped or t.type != "kidnapping" or t.is_noun \
                    or not self.cues.held_by_crowd.fullmatch(match_key(sent.span.doc[t.token_i].text)):
                continue
            if self._held_after(sent):
                return
            if f.named or f.protesters or any(o is not t and not o.dropped and o.type == "protest" for o in triggers):
                # "los manifestantes retuvieron a dos agentes": the protest's own act
                t.type = "protest"
                t.variants = (protest_variant(f.key, "attack", self.cues),) + tuple(
                    v for v in t.variants if v not in _PROTEST_VARIANTS)

    def _held_after(self, sent) -> bool:
        """Does the sentence open by moving on from the protest's clash ("Horas después, un grupo de
        bloqueadores retuvo a cuatro policías en la localidad de X", "Tras el enfrentamiento, los
        bloqueadores retuvieron a cuatro policías ... y exigieron la liberación de los detenidos";
        ``held_after`` in framing.yaml)? Agents held by the crowd after the clash are a kidnapping of
        their own beside the protest (corpus/README.md; own gold of train n-005, s-014, dev j-014),
        while those held while the crowd burns their patrol are the protest's act (c-149, b-260)."""
        pattern = self.cues.held_after
        return pattern is not None and pattern.match(span_key(sent.span).lstrip(" \"'«“-—")) is not None

    def _attack_on_place(self, sent, triggers: list) -> None:
        """A killing told together with the armed attack on a place, a vehicle or a post it came from
        ("atacaron a balazos un bar y mataron a cuatro personas", "dispararon contra un autobús y
        mataron a cinco") is the attack: civilians killed in an incident the text tells as an attack
        keep the attack type (corpus/README.md, settled in session 5). A killing told alone, or an
        attack on a person ("dispararon contra el concejal y lo mataron"), stays a killing."""
        # (not a killing told inside an attack's noun: "fue asesinado en un ataque en que murieron
        # otras diez personas" stays a killing in the shared gold)
        self._forces_killed(sent, triggers)
        attacks = [t for t in triggers if not t.dropped and t.type == "attack" and not t.is_noun]
        if not attacks:
            return
        doc = sent.span.doc
        killings = [t for t in triggers if not t.dropped and t.type == "killing" and not t.is_noun]
        on_place = []
        for a in attacks:
            tok = doc[a.token_i]
            if not self.cues.attack_verbs.match(match_key(tok.text)):
                continue  # "irrumpieron en la casa y les dieron muerte": the killing (own corpus a-078)
            if assault_on_place(tok, self.cues):
                on_place.append(a)
        if not on_place or not killings:
            return
        for t in killings:
            t.type = "attack"  # its verb names the victims (actor2), its sentence the means
        for a in on_place:
            a.dropped = "the attack told with its toll (the killing's verb carries it)"

    def _attack_on_protest(self, sent, triggers: list) -> None:
        """An armed actor shooting at a march or a picket ("paramilitares dispararon contra una marcha de
        madres y mataron a seis") is one attack on the protesters (corpus convention, as own b-052): the
        protest word is the object of the attack verb and names its target, and a killing told with it
        is the attack's toll. Without an armed actor in the sentence the frame rules decide."""
        k = self._at.get(id(sent))
        if k is None:
            return
        doc = sent.span.doc
        attacks = [t for t in triggers if not t.dropped and t.type == "attack" and not t.is_noun
                   and self.cues.attack_verbs.match(match_key(doc[t.token_i].text))]
        if not attacks or not self._frame(k).armed:  # (the triggers first: most sentences have no attack)
            return
        heads = {t.token_i for t in attacks}
        targets = [t for t in triggers if not t.dropped and t.type == "protest" and t.is_noun
                   and doc[t.token_i].dep_ in ("obj", "obl") and doc[t.token_i].head.i in heads]
        if not targets:
            return
        for t in targets:
            t.dropped = "the target of the armed attack told with it"
        for t in triggers:
            if not t.dropped and t.type == "killing" and not t.is_noun:
                t.type = "attack"  # the toll of the attack; its verb names the victims

    def _protest_told_as_target(self, sent, triggers: list) -> None:
        """The protest words of a sentence that tells gunmen, shock groups or colectivos attacking the
        protest (``attacks_on_protest``: "colectivos en moto están disparando contra la marcha",
        "encapuchados atacaron a balazos a los manifestantes que bloqueaban la vía"), whatever word
        of the act the parse hangs them on: the attack's target, one event with it."""
        live = [t for t in triggers if not t.dropped]
        if not any(t.family == "violent" for t in live):
            return  # (asked before the pattern's search of the sentence: most sentences tell no violence)
        k = self._at.get(id(sent))
        if k is None or not self.cues.attacks_on_protest.search(self._frame(k).key):
            return
        for t in live:
            if t.family == "protest":
                t.dropped = "the target of an attack (a protest)"

    def _captives_of_attack(self, sent, triggers: list) -> None:
        """People taken by the attackers in the sentence that tells their armed attack on a place or
        property ("incendió la hacienda y retuvo durante dos días a su administrador", "los atacantes
        incendiaron la escuela y se llevaron a cuatro jóvenes", "atacó el puesto ...; los guardias se
        rindieron y fueron retenidos") are the attack's captives: one attack event with its kidnapped
        figure, not a kidnapping of its own (own gold: train a-035, b-051, d-158, dev d-156). Only an
        attack told by its verb against a thing (arson, or an object among ``attacked_places``):
        people "agredidos y secuestrados" are the kidnapping, its violence their treatment; a noun
        ("choque en la cárcel ... y secuestro en Los Ríos") lists incidents of their own."""
        doc = sent.span.doc
        if not any(not t.dropped and not t.is_noun and t.type in _CAPTURING_ATTACKS and self._on_property(doc, t)
                   for t in triggers):
            return
        for t in triggers:
            if not t.dropped and not t.is_noun and t.type == "kidnapping" and not t.new_incident:
                t.dropped = "the captives of the attack told with it"

    def _on_property(self, doc, t) -> bool:
        """Is the attack verb ``t`` told against a place, a post, a vehicle or property (arson)?"""
        if "arson" in t.variants:
            return True
        places = self.cues.attacked_places
        return any(c.dep_ in ("obj", "obl") and c.pos_ in ("NOUN", "PROPN") and c.i > t.token_i
                   and (places.fullmatch(match_key(c.text)) or places.fullmatch(match_key(c.lemma_)))
                   for c in doc[t.token_i].children)

    def _forces_killed(self, sent, triggers: list) -> None:
        """Security forces on duty killed as a group or a unit ("mató a cinco policías", "acribillaron
        a una patrulla", "dos soldados fueron asesinados") is an attack on them, as the shared and
        own gold code it (60 attack, 14 killing, the killings all one officer, often off duty)."""
        doc = sent.span.doc
        for t in triggers:
            if t.dropped or t.type != "killing" or t.is_noun:
                continue
            tok = doc[t.token_i]
            if match_key(tok.lemma_) in _FINDING:
                continue
            victims = [c for c in tok.children if c.dep_ in ("obj", "nsubj:pass")
                       or (c.dep_ == "obl" and any(g.lower_ == "a" for g in c.children if g.dep_ == "case"))]
            if any(self.cues.forces_as_targets.fullmatch(match_key(c.text)) for c in victims):
                t.type = "attack"

    def _operation_settings(self, sent, k: int, triggers: list) -> None:
        """Drop an operation told as the setting of an incident reported before it or in its
        sentence ("la operación se realizó ...", "atacados durante un operativo")."""
        c = self.cues
        doc = sent.span.doc
        if not any(not t.dropped and t.type == "security_operation" and t.is_noun for t in triggers):
            return  # (asked before the pattern: most sentences tell no operation)
        if c.setting_death.search(self._frame(k).key):
            return  # "abatido en un operativo": the operation is the event, the death its toll
        for t in triggers:
            if t.dropped or t.type != "security_operation" or not t.is_noun or t.new_incident:
                continue
            tok = doc[t.token_i]
            if match_key(tok.text) not in c.setting_nouns and match_key(tok.lemma_) not in c.setting_nouns:
                continue
            if tok.head.lemma_ in c.setting_launch:
                continue  # "lanzó la operación": an operation of its own
            setting = operation_as_setting(tok, c)
            same = setting and any(o is not t and not o.dropped and o.type in c.setting_same_sentence
                                   for o in triggers)
            named = (tok.i + 1 < len(doc) and doc[tok.i + 1].text[:1].isupper()) or (
                tok.text[:1].isupper() and tok.i > sent.span.start)
            if named and not same:
                continue  # "la Operación Libertad" reported: an operation of its own; the frame of the ambush told with it is not
            before = (t.definite or setting) and any(
                fam in c.setting_frames and 0 < k - j <= c.setting_window for j, fam in self._told) \
                and not any(fam == "operation" for j, fam in self._told)
            if same or before:
                t.dropped = "setting of an incident told (operation)"

    def _death_in_protest(self, sent, k: int):
        """A trigger for a death or a wound told with "morir", "fallecer", "fue herido" in a
        sentence that names the protest itself ("falleció cuando participaba en una marcha",
        "resultó herida cuando los agentes despejaron el puente que bloqueaban las enfermeras"), or None."""
        if not _tells_death_or_wound(sent.span):
            return None  # (asked before the frame's patterns: most sentences have neither word)
        f = self._frame(k)
        if f.armed or not (f.named or f.policing):
            return None
        for tok in span_tokens(sent.span):
            if tok.pos_ in ("VERB", "AUX") and match_key(tok.lemma_) in _DEATH_VERBS:
                verb = tok
                if "Fin" not in tok.morph.get("VerbForm"):
                    continue
            elif _WOUNDED.fullmatch(match_key(tok.text)):
                # "fue herido", "resultaron heridos": the auxiliary or the verb it completes
                aux = next((c for c in tok.children if c.dep_ in ("aux", "aux:pass", "cop")
                            and match_key(c.lemma_) in _WOUNDED_AUX), None)
                verb = tok if aux is not None else tok.head if match_key(tok.head.lemma_) in _WOUNDED_AUX else None
                if verb is None:
                    continue
            else:
                continue
            if verb.dep_ not in _MAIN_DEPS:
                continue
            if any(c.dep_ == "advmod" and c.lower_ in ("no", "nunca") for c in verb.children):
                continue
            from cronica.extraction.triggers import TriggerMention

            t = TriggerMention("protest", tok.i, tok.idx, tok.idx + len(tok.text))
            t.variants = (protest_variant(f.key, "killing", self.cues),)
            return t
        return None

    def casualty_type(self, sent) -> Optional[str]:
        """``protest`` for a sentence with only a toll told inside a protest, else None."""
        return "protest" if self.framed(sent, None) is not None else None

