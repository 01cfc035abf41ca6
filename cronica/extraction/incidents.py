"""incidents: when mentions of one document are one incident, and when they cannot be.

``assemble.py`` joins a mention to an earlier incident of its family when it is near and
nothing contradicts it (``Assembler._conflicts``). This module holds the finer tests it calls:

* ``places_apart``: a violent mention placed *by its own sentence* at town level (ACLED
  geo-precision 1 or 2, not the story's place carried over, not a headline's, not a
  destination or a hospital) in a town apart from every town the incident's own sentences
  name: other districts when both are known, else farther apart than ``APART_KM``; a hamlet,
  a prison or a neighbourhood only when in another first-level division, or by its
  coordinates when the sentence tells another incident ("también", "además", "otra"). Not
  for a definite noun ("el ataque" points back wherever it is told), a victim told by a
  pronoun ("le dispararon"), nor when one sentence names both towns ("salió de la base de X
  hacia la zona de Y"; a town named only as the point the other is measured from, "a unos 90
  kilómetros de X", does not count). "Los presos del penal de A también se amotinaron" after a riot in B,
  or a second killing in another town the same day, are incidents of their own. (A plain
  "another first-level division" veto also split incidents from a headline's city, a
  victim's destination or hospital, or a finer place of a definite retelling.)
* ``placed_by_sentence``: the district veto of ``_conflicts`` counts only such places.
* ``same_toll``: a violent mention restating the incident's own death toll under another
  word ("la masacre" ... "los enfrentamientos, con un saldo de 15 muertos") is the incident.
* ``new_only_in_a_name``: "Nueva" in "Nueva Segovia" marks no new incident.
* ``other_victims_only``: "Dos soldados murieron y otros tres resultaron heridos" marks no new
  incident: "otros" sets victims apart from the figure its own sentence told first.
* ``another_victim_another_time``: "Un día antes, otro joven había sido hallado muerto" is
  another incident.
* ``told_later_that_day``: "Horas después, dos sicarios asesinaron ..." is the report's next
  incident.
* ``next_entry_told``: a live blog's entry ("4:35 p. m. ...") telling its own violent act is not
  the incident another entry told with a trigger of its own.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterable, Optional

from cronica.extraction.actors import load_role_cues
from cronica.extraction.counts import CountMention, load_count_cues
from cronica.extraction.decide import fold
from cronica.extraction.triggers import FAMILY
from cronica.geo.distance import great_circle_km
from cronica.nlp.load import parsed_text, sent_of
from cronica.model import Place

if TYPE_CHECKING:  # (assemble imports this module)
    from cronica.extraction.assemble import Mention

APART_KM = 15.0  # two towns' centres this far apart are two places (neighbouring districts of one city are not)
_TOWN = (1, 2)  # ACLED geo-precision of a town or a part of one


def placed_by_sentence(m: "Mention") -> bool:
    """Does the mention's own sentence name its place (not the story's, carried over)?"""
    p, s = m.place, m.sentence
    return p is not None and p.span is not None and s.start <= p.span.start and p.span.end <= s.end


def own_place(m: "Mention") -> Optional[Place]:
    """The mention's place when its own sentence names it at town level, else None (a
    headline's place is the story's, often the nearest city: "Rescatan en San Pedro Sula ...")."""
    p = m.place
    if p is None or p.geo_precision not in _TOWN or p.span is None or m.sentence.headline:
        return None
    if not placed_by_sentence(m):
        return None  # the story's place, carried over from another sentence
    text = parsed_text(m.sentence.span)
    at = text.find(p.span.text) if p.span.text else -1
    if at >= 0 and _NOT_THE_SPOT.search(fold(text[max(0, at - 40):at])):
        return None  # "murió camino al hospital de X", "huyeron hacia X": not where it happened
    return p


def listed_with_place(m: "Mention") -> bool:
    """Is the mention an item of a roundup headline that lists incidents each with its own place
    ("Jornada violenta: choque en cárcel, explosión en X y secuestro en Y", "dron en X, emboscada
    en Y")? Then the place right after its trigger ("explosión en X") is the incident's, not the
    story's. Train d-062, d-160; j-003, k-002, m-002, b-227, r-030 are of the same shape."""
    if m.trigger is None or m.place is None or m.place.span is None:
        return False
    text = parsed_text(m.sentence.span)
    if len(_LISTED_PLACE.findall(text)) < 2:
        return False
    trig_end = m.trigger.end - m.sentence.span.start_char
    at = text.find(m.place.span.text, max(0, trig_end)) if m.place.span.text else -1
    return at >= 0 and bool(_RIGHT_AFTER.fullmatch(text[trig_end:at]))


def listed_apart(mine: Place, item: Place) -> bool:
    """Is a body mention's town apart from the place a roundup headline gives one of its items?
    A province or state ("explosión en Esmeraldas") holds the towns of its first-level division;
    a municipality the hamlets of its district; else as two towns told as two incidents."""
    if 3 in (mine.geo_precision, item.geo_precision):
        return bool(mine.admin1 and item.admin1) and fold(mine.admin1) != fold(item.admin1)
    if mine.admin2 and item.admin2:
        return fold(mine.admin2) != fold(item.admin2)
    return towns_apart(mine, item, told_as_another=True)


# "en" before a capitalised name: a place of a roundup headline's item
_LISTED_PLACE = re.compile(r"\ben\s+(?:el\s+|la\s+)?[A-ZÁÉÍÓÚÑ]")
# between an item's trigger and its place: "en", at most a place word ("en el penal de")
_RIGHT_AFTER = re.compile(r"\s+en\s+(?:(?:el|la|los|las)\s+)?(?:\w+\s+(?:de|del)\s+)?")


# words before a place that make it a destination or a place of care, not the incident's spot
_NOT_THE_SPOT = re.compile(r"\b(?:hospital|clinica|posta|centro de salud|morgue|hacia|rumbo a|con destino a)\b[^.;]*$")


def km(a: Place, b: Place) -> Optional[float]:
    """Great-circle distance between two places' coordinates (None when one has none)."""
    if None in (a.latitude, a.longitude, b.latitude, b.longitude):
        return None
    return great_circle_km(a.latitude, a.longitude, b.latitude, b.longitude)


def towns_apart(a: Place, b: Place, told_as_another: bool = False) -> bool:
    """Two places that cannot hold one incident: other districts, or towns far apart. A part of
    a town (a hamlet, a neighbourhood, a prison: precision 2) is only known to lie apart when
    it is in another first-level division (its coordinates are often a namesake's), unless the
    text tells it as another incident ("también", "además"): then its coordinates count."""
    if a.admin3 and b.admin3:
        return fold(a.admin3) != fold(b.admin3)
    if 2 in (a.geo_precision, b.geo_precision) and not told_as_another:
        return bool(a.admin1 and b.admin1) and fold(a.admin1) != fold(b.admin1)
    d = km(a, b)
    return d is not None and d > APART_KM


def names_town(text: str, p: Place) -> bool:
    """Does the text name the place (its name as written, its district or its province)?"""
    folded = fold(text)
    names = {p.name, p.admin3, p.admin2} | ({p.span.text} if p.span is not None and p.span.text else set())
    for x in names:
        if not x or len(x) <= 2:
            continue
        x = fold(x)
        # "municipio de Soledad" is named by "Soledad": the proper name after a place noun
        x = re.sub(r"^.*\b(?:de|del)\s+(?=[a-z])", "", x) if len(x.split()) > 2 else x
        if len(x) > 2 and any(not _MEASURED_FROM.search(folded[max(0, f.start() - 60):f.start()])
                              for f in re.finditer(r"\b" + re.escape(x) + r"\b", folded)):
            return True
    return False


# a place named only as the point another is measured from ("a unos 100 kilometros de X",
# "al norte de X") is not where the incident went from or to
_MEASURED_FROM = re.compile(r"\b(?:a\s+(?:unos\s+|unas\s+|mas\s+de\s+|menos\s+de\s+|poco\s+mas\s+de\s+)?"
                            r"[\w.,]+\s*(?:km|kms|kilometros|millas)(?:\s+al\s+\w+)?"
                            r"|al\s+(?:norte|sur|este|oeste|noreste|noroeste|sureste|suroeste|oriente|poniente))"
                            r"\s+(?:de|del)\s+(?:la\s+|el\s+)?$")


# families whose incident happens at one spot (a march, a blockade or an operation may span
# several towns and still be one)
POINT_FAMILIES = ("violent",)  # (a kidnapping is held and ended elsewhere, and on other days)


_CLITICS = {"lo", "la", "los", "las", "le", "les"}


def told_victim(m: "Mention") -> bool:
    """Is the trigger verb's object a clitic pronoun ("lo mataron", "le dispararon",
    "asesinarlo"): the victim is someone the text has already told of."""
    tok = m.sentence.span.doc[m.trigger.token_i]
    if m.trigger.is_noun:
        return False
    for c in tok.children:
        if c.lower_ in _CLITICS and c.dep_ in ("obj", "iobj", "expl:pv", "obl") and c.pos_ == "PRON":
            return True
    return tok.lower_.endswith(("lo", "la", "los", "las", "le", "les")) and any(
        tok.lower_.endswith(suf + cl) for suf in ("ar", "er", "ir", "ndo") for cl in _CLITICS)


# words that tell a further incident of the report ("también", "además", "otra masacre")
_ANOTHER = re.compile(r"\b(?:tambien|ademas|asimismo|igualmente|a su vez|por otra parte|por otro lado|"
                      r"en tanto|mientras que|otro|otra|otros|otras)\b")


def opens_placed(text: str) -> bool:
    """Does the sentence open by naming where it happens, set off by a comma ("En Fresnillo,
    vecinos reportaron ...", "Por la tarde, en la colonia Villanueva, un taxista fue ...")? An
    entry of a roundup tells another incident so: then a hamlet's or a neighbourhood's
    coordinates count as for "también" (``towns_apart``). A proper name, or a place word before
    one (roles.yaml ``place_words``); not "En el ataque," nor "En otro hecho,"."""
    m = _OPENING_PLACE.match(text)
    if m is None:
        return False
    words = m.group("place").split()
    while words and words[0].lower() in ("el", "la", "los", "las"):
        words = words[1:]
    if words and words[0].lower() in load_role_cues().place_words:
        words = [w for w in words[1:] if w.lower() not in ("de", "del")]
    return bool(words) and words[0][:1].isupper()


# a sentence opening with "En <place>," after at most one short phrase of time ("Por la tarde, ")
_OPENING_PLACE = re.compile(r"(?:[^,.;]{1,40},\s*)?[Ee]n\s+(?P<place>[^,.;:]{2,60}),")


def roundup_lead(m: "Mention") -> bool:
    """Does the mention sum up several incidents by a figure before its plural incident noun
    ("Tres ataques armados ... dejaron cuatro muertos", "Dos hechos violentos se registraron el
    lunes")? Not one told before ("los dos ataques"). Counts.yaml ``several_words`` and
    ``incident_nouns``; corpus train a-206, p-035, c-002, k-002, dev q-019."""
    if m.trigger is None or not m.trigger.is_noun or not m.trigger.plural:
        return False
    tok = m.sentence.span.doc[m.trigger.token_i]
    cues = load_count_cues()
    if tok.lower_ not in cues.incident_nouns or any(
            c.dep_ == "det" and "Def" in c.morph.get("Definite") for c in tok.children):
        return False
    return any(c.dep_ in ("nummod", "det", "amod") and c.i < tok.i and (
        c.lower_ in cues.several_words or (c.lower_.isdigit() and int(c.lower_) > 1)) for c in tok.children)


def roundup_entry(m: "Mention") -> bool:
    """A strong trigger whose sentence opens by naming where it happened ("Cerca de las 22:30, en
    el barrio X, sicarios dispararon ..."; ``opens_placed``): after a roundup's lead, the next
    incident of the roundup, never one told before."""
    return m.trigger is not None and m.strength == "strong" and not m.definite \
        and opens_placed(parsed_text(m.sentence.span))


def places_apart(mentions: Iterable["Mention"], m: "Mention", family: str) -> bool:
    """Is the mention, unless a definite noun ("el ataque", "el crimen": those point back to an
    incident told before, wherever the sentence is), placed by its own sentence in a town apart
    from every town the incident's own sentences place it in (and from none of them named
    beside the other)? Only for incidents of ``POINT_FAMILIES``."""
    if m.trigger is None or family not in POINT_FAMILIES or FAMILY[m.type] not in POINT_FAMILIES:
        return False  # (a toll's place is often the hospital's or the victims' home town)
    if m.definite and m.trigger.is_noun:
        return False  # (a noun only: "los presos también se amotinaron" has a definite doer, not incident)
    if told_victim(m):
        return False  # "lo sacaron de su casa ... y le dispararon": the victim already told
    mine = own_place(m)
    if mine is None:
        return False
    theirs = [(x, p) for x in mentions if (p := own_place(x)) is not None]
    listed = [x.place for x in mentions if x.sentence.headline and listed_with_place(x)]
    if not theirs and not listed:
        return False
    text = parsed_text(m.sentence.span)
    for p in listed:
        if not listed_apart(mine, p) or names_town(text, p):
            return False  # the headline's item is told at this place
    another = bool(_ANOTHER.search(fold(text))) or opens_placed(text)
    for x, p in theirs:
        if not towns_apart(mine, p, another):
            return False  # the incident is already told at this town
        if names_town(parsed_text(m.sentence.span), p) or names_town(parsed_text(x.sentence.span), mine):
            return False  # one sentence names both towns: where it went from and to
    return True


DAYS_APART = 1  # own dates further apart than this are other days ("la madrugada del jueves" / "el viernes" stay one)


def own_interval(m: "Mention"):
    """The (start, end) of the date the trigger's own clause gives, else None (another date of
    its sentence may be the trial's, the report's or the day the bodies were found)."""
    d = m.date
    if d is None or m.date_via != "clause" or d.start is None or d.end is None:
        return None
    return d.start, d.end


SAME_TOLL_MIN = 5  # a toll this high told again is the same incident's ("un saldo total de 15 muertos")


def same_toll(mentions: list["Mention"], m: "Mention") -> bool:
    """Does a violent mention restate the incident's own death toll (the same figure, at least
    ``SAME_TOLL_MIN``), whatever word it uses for the incident ("la masacre dejó 15 muertos" ...
    "los enfrentamientos, con un saldo de 15 muertos"), and no date of its own clause sets it
    apart? Two incidents of one report rarely share such a figure (three bodies found in May
    and three men killed in July may); a different word for the same one often does."""
    if m.trigger is None or FAMILY[m.type] != "violent":
        return False
    mine_iv = own_interval(m)
    if mine_iv is not None and any((iv := x.date) is not None and iv.start and iv.end and (
            (mine_iv[0] - iv.end).days > DAYS_APART or (iv.start - mine_iv[1]).days > DAYS_APART)
            for x in mentions):
        return False
    mine = {c.best for c in m.counts if c.category == "killed" and c.best and c.best >= SAME_TOLL_MIN
            and not c.additive and not c.preliminary}
    if not mine:
        return False
    return any(c.category == "killed" and c.best in mine for x in mentions for c in x.counts)


_OTHER_ONE = {"otro", "otra", "otros", "otras"}
_NOT_ANOTHER_VICTIM = re.compile(r"\b(?:de (?:los|las|ellos|ellas|sus)|herid[oa]s?|lesionad[oa]s?)\b")


def another_victim_another_time(m: "Mention", another_time: Optional[re.Pattern]) -> bool:
    """A violent act befalling "otro"/"otra" victim in a sentence that moves in time ("Un día
    antes, otro joven había sido hallado muerto", "Horas más tarde, otros dos cadáveres
    aparecieron"): another incident of its kind, never the one told before it. (A second victim
    of one attack is told without a time shift - "también mataron a otro vendedor" - and "otro
    de los heridos murió" is the incident's own toll.)"""
    if another_time is None or m.trigger is None or FAMILY[m.type] != "violent":
        return False
    return other_victims(m) and bool(another_time.search(fold(parsed_text(m.sentence.span))))


_OPENING_PUNCT = " \"'«“‘-—–"


def told_later_that_day(m: "Mention", openings) -> bool:
    """A violent act told with a trigger of its own by a sentence that opens by moving on within
    the day ("Horas después, en el distrito de X, dos sicarios asesinaron ...", "Esa misma noche,
    un grupo prendió fuego a una vivienda"; filters.yaml ``later_openings``): the report's next
    incident, never the one told before it. Not a definite noun ("Minutos después se produjo la
    detonación": the blast announced before) nor a victim told by a pronoun ("Horas después lo
    remataron")."""
    if openings is None or m.trigger is None or m.strength != "strong" or FAMILY[m.type] != "violent":
        return False
    if (m.definite and m.trigger.is_noun) or told_victim(m):
        return False
    found = openings.search(fold(parsed_text(m.sentence.span)[:60]).lstrip(_OPENING_PUNCT))
    return found is not None and found.start() == 0


def next_entry_told(m: "Mention", told: Iterable["Mention"], stamps) -> bool:
    """A live blog's entry ("4:35 p. m. Reportan que hombres armados quemaron ..."; filters.yaml
    ``entry_stamps``) telling a violent act with a trigger of its own, after an incident that
    another entry told with a trigger of its own (not by a definite noun or a pronoun victim: an
    update told newest first, "los muertos de ese ataque", refers to the entry it precedes):
    two moments of the day, two incidents (dev za-021)."""
    if not told_later_that_day(m, stamps):
        return False
    return any(d.trigger is not None and d.strength == "strong" and FAMILY[d.type] == "violent"
               and d.sentence.para != m.sentence.para and not (d.definite and d.trigger.is_noun)
               and not told_victim(d) for d in told)


def other_victims(m: "Mention") -> bool:
    """Are the mention's dead told as "otro(s)"/"otra(s)" ("otro joven", "otros dos cadáveres";
    not "otro de los heridos")?"""
    if any(c.other and c.category == "killed" and not _NOT_ANOTHER_VICTIM.search(fold(c.victim or ""))
           for c in m.counts):
        return True
    words = m.actor2.text.split() if m.actor2 is not None else []
    return bool(words) and words[0].lower() in _OTHER_ONE and not _NOT_ANOTHER_VICTIM.search(fold(m.actor2.text))


_VICTIM_FIGURES = ("killed", "wounded", "kidnapped")


def other_victims_only(t, tok, counts: list[CountMention], cue_words) -> bool:
    """Is the trigger marked as a new incident only by the "otros" of a figure that sets victims
    apart from a figure its own sentence told before ("Dos soldados murieron y otros tres sufrieron
    heridas", "Mataron a cinco campesinos e hirieron a otros ocho")? Those are the same incident's
    other victims (train w-001, shared news-dev3 719), not another incident. A figure with "otros"
    and no figure before it in its sentence ("Horas después, otros dos hombres fueron asesinados")
    keeps the mark, as does a further operation (``t.follow_up``)."""
    if t.follow_up:
        return False
    doc, sent = tok.doc, sent_of(tok)
    near = doc[max(sent.start, tok.i - 3): min(sent.end, tok.i + 3)]
    cues = [w for w in near if w.lower_ in cue_words]
    victims = [c for c in counts if c.category in _VICTIM_FIGURES and c.best]

    def sets_victims_apart(w) -> bool:
        nxt = doc[w.i + 1].idx if w.i + 1 < sent.end else -1
        return any(c.other and (c.start <= w.idx < c.end or nxt == c.start)
                   and any(o.start < min(c.start, w.idx) for o in victims) for c in victims)

    return bool(cues) and all(sets_victims_apart(w) for w in cues)


def new_only_in_a_name(t, tok, cue_words) -> bool:
    """Is the trigger marked as a new incident only by a word of a proper name near it
    ("combates en Nueva Segovia", "en Nuevo León", "la Otra Banda")? Such a cue word is
    capitalised and followed by another capitalised word; "Nueva emboscada en ..." at the start
    of a sentence is still a cue. (A further operation, ``t.follow_up``, keeps its mark.)"""
    if t.follow_up:
        return False
    doc, sent = tok.doc, sent_of(tok)
    near = doc[max(sent.start, tok.i - 3): min(sent.end, tok.i + 3)]
    cues = [w for w in near if w.lower_ in cue_words]
    return bool(cues) and all(w.text[:1].isupper() and w.i + 1 < sent.end and doc[w.i + 1].text[:1].isupper()
                              for w in cues)
