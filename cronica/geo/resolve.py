"""Resolve recognised toponyms to places and attach a place to an event.

Resolution, in order of authority:

1. **The hierarchy written in the text**: toponyms linked by commas, brackets and "en
   la provincia de" form a chain ("Santa Rosa, en La Mar, Ayacucho"; "localidad de
   Quebrada Eloy, distrito de Vizcatán del Ene, provincia de Satipo (Junín)"). Chains
   are resolved from the most general member down; each more specific member keeps only
   the readings that lie inside what is already resolved. A local name the gazetteer
   does not know takes its admin levels from the chain.
2. **The cue**: "distrito de Huanta" is the district, "provincia de Huanta" the province.
3. **The document**: other unambiguous places in the same department, and the region the
   document is about (VRAEM context prefers VRAEM districts).
4. **Prior**: administrative units over homonymous towns, the document's country (the
   one it names, else the default), then population.

A name whose best readings still lie in different departments stays ambiguous: its
Place keeps the name and country but ``admin1`` is None.
"""
from __future__ import annotations

import itertools
import math
from bisect import bisect_right
import re
from dataclasses import dataclass, field, replace
from typing import Optional, Sequence

from cronica.geo.country_cues import load_country_cues
from cronica.geo.gazetteer import SPANISH_SPEAKING, Entry, Gazetteer, open_gazetteer, strip_accents
from cronica.geo.recognise import Recogniser, Toponym, norm_key, _ARTICLES, _GAP_WORDS
from cronica.model import Place, Span

#: How specific a kind of place is (lower = more specific).
LEVEL = {"base": 1, "town": 1, "local": 1, "road": 1, "street": 1, "river": 4, "admin3": 2, "admin2": 3,
         "admin1": 4, "valley": 5, "region": 5, "project": 5, "country": 6}
_PRIOR = {"admin1": 60, "admin2": 54, "admin3": 55, "region": 58, "valley": 57, "project": 57,
          "base": 58, "town": 0, "country": 40}
AMBIGUITY_MARGIN = 3.0
#: A town reading inside a first-level division the document names elsewhere: outweighs the
#: population of a namesake up to about a hundred thousand times larger (a municipality our data
#: lists without a population: 0)
NAMED_AREA_TOWN = 16.0
#: A district or province reading inside such a division: beyond the ambiguity margin
NAMED_AREA_UNIT = 4.0
#: Cue levels whose name may be a country's without being the country ("cooperativa Nigeria").
_NAMED_AFTER_COUNTRY = frozenset({"local", "street", "road", "river", "base"})
#: Cues of a place below the town that takes the story's area when the gazetteer does not know it.
_LOCAL_CUES = frozenset({"local", "base", "road", "street", "river", "town", "valley"})
#: A town named without a cue or hierarchy smaller than this is a hamlet that may have
#: namesakes anywhere: when the document places its story elsewhere, it is the story's.
SMALL_TOWN = 5_000
_UNSET = object()  # a memo not yet computed (None is a computed answer)
#: a dateline naming a town of one country only counts for that country from this size on
DATELINE_TOWN = 20_000


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """One toponym in the text and what it resolved to."""

    span: Span
    place: Optional[Place]
    role: str = "place"  # place | reference | destination | origin
    chain: int = -1  # mentions of one written hierarchy share this number
    ambiguous: bool = False
    candidates: tuple[str, ...] = ()  # gazetteer ids still in play


def _names_own_division(e: Entry) -> bool:
    """One of our zones or towns (``towns_extra.tsv``) whose own name ends with "de <its
    first-level division>" ("Trópico de Cochabamba"): the name locates itself, so it needs no
    cue of its country."""
    if not e.gid.startswith("cronica-town:") or not e.admin1:
        return False
    name, div = norm_key(e.name), norm_key(e.admin1)
    return name != div and (name.endswith(" de " + div) or name.endswith(" del " + div))


def _level_of(t: Toponym, e: Optional[Entry]) -> int:
    if e is not None:
        if e.kind in ("valley", "region", "project"):
            return 5 if e.spans else 3  # inside one department: below it, like a province
        return LEVEL.get(e.kind, 1)
    return LEVEL.get(t.cue or "local", 1) if t.cue not in (None, "en") else 1


def compatible(e: Entry, g: Entry) -> Optional[int]:
    """How well the specific place ``e`` fits inside the general place ``g`` (None: not at all)."""
    if e.id == g.id:
        return 10
    if g.kind == "country":
        return 6 if e.cc == g.cc else None
    if e.cc != g.cc:
        return None
    if g.spans or g.members:  # a region
        if e.ubigeo and e.ubigeo in g.members:
            return 10
        if e.spans and set(e.spans) & set(g.spans):
            return 4
        return 6 if (e.admin1 and e.admin1 in g.admin1_set) else None
    if g.kind == "admin1":
        if e.admin1 == g.admin1 or (e.spans and g.admin1 in e.spans):
            return 10
        return None
    if g.kind == "admin2":
        if e.admin1 != g.admin1:
            return None
        if e.admin2 is None:
            return 3
        return 10 if e.admin2 == g.admin2 else None
    if g.kind == "admin3":
        if e.admin1 != g.admin1:
            return None
        if e.admin3 is None:
            return 3 if e.admin2 in (None, g.admin2) else None
        return 10 if (e.admin3 == g.admin3 and e.admin2 == g.admin2) else None
    # town / base as the general member: same department at least
    if g.admin1 and e.admin1 == g.admin1:
        return 4
    return None


class PlaceIndex:
    """The toponyms of one document and the event place lookup over them."""

    def __init__(self, text: str, mentions: list[PlaceMention], chains: list["_Chain"],
                 regions: Optional[dict[str, Entry]] = None, country: Optional[str] = None,
                 country_place: Optional[Place] = None, national: Optional[re.Pattern] = None,
                 regional_dateline: Optional[Place] = None, seat: Optional[Place] = None,
                 ruling_verbs: frozenset[str] = frozenset(), abbreviations: frozenset[str] = frozenset(),
                 road_ends: Optional[dict[int, str]] = None) -> None:
        self.text = text
        #: chains that name a road's ends (id -> "pair": "la carretera entre X y Y", "X-Y";
        #: "lone": "la carretera que une el distrito con X"): no incident's place of their own
        self._road_ends = road_ends or {}
        #: words written shortened before a name ("av.", "urb.", "jr.": data/geo/cues_es.yaml
        #: abbreviations, as ``norm_key`` writes them): their period ends no sentence
        self._abbreviations = abbreviations
        #: the city of the text's dateline, a capital too ("LIMA, 20 oct"; "GUATEMALA, 12 mar" is
        #: its capital): where a court that files its ruling from there sits
        self._seat = seat
        self._ruling_verbs = ruling_verbs  # "condenó" (data/geo/cues_es.yaml ruling_verbs)
        #: the place of a dateline city that is not a national capital ("POPAYÁN, 8 ago"):
        #: a wire filed from a regional city reports that region
        self._regional_dateline = regional_dateline
        self._national = national  # "en todo el país" (data/geo/cues_es.yaml national_words)
        #: ISO alpha-2 of the country the text shows it is about (None: no cue, a default was used)
        self.country = country
        #: that country as a place: where an event the text places nowhere finer happened
        self.country_place = country_place
        self._regions = regions or {}
        self.mentions = mentions
        self._chains = chains
        self._paras = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
        self._para_ends = [b for _, b in self._paras]  # (sorted: the lines are in order, apart)
        self._event_places: list[tuple[int, Place]] = []
        self._lead_division: object = _UNSET  # memoised by _lead_area

    def _para(self, pos: int) -> int:
        """The index of the line holding ``pos``, or of the first line after it; the last line's
        past the end. (The first line ending after ``pos``, by binary search over the ends.)"""
        k = bisect_right(self._para_ends, pos)
        return k if k < len(self._paras) else len(self._paras) - 1

    def place_for(self, trigger: Span, sentence: Span, clause: Optional[Span] = None) -> Optional[Place]:
        """The place of the event whose trigger is ``trigger``.

        The place governed by the trigger's clause, then the nearest in the sentence
        (reference, destination and origin places excluded), then the story's current
        place: the last event place in the same or previous paragraph, else the last
        place named there.
        """
        sentence = self._whole_sentence(sentence)
        usable = [c for c in self._chains if c.role == "place" and c.place is not None
                  and sentence.start <= c.start and c.end <= sentence.end]
        pick = ruling = self._ruling_place(trigger, sentence, usable)
        if pick is None and clause is not None and self._national is not None:
            pick = self._national_place(clause, sentence, usable)
        for scope in ([clause] if clause else []) + [sentence]:
            if pick is not None:
                break
            inside = [c for c in usable if scope.start <= c.start and c.end <= scope.end]
            specific = [c for c in inside if c.level < 6 and not c.members[c.head].extra.get("institution")] or \
                [c for c in inside if c.level < 6]
            # a road's ends are not where the incident on it happened: another place of the
            # clause ("..., en el departamento de Z") is; an end told beside a plain noun ("la
            # carretera que une el distrito con X") never is
            specific = [c for c in specific if id(c) not in self._road_ends] or \
                [c for c in specific if self._road_ends.get(id(c)) != "lone"]
            if specific:
                chosen = min(specific, key=lambda c: (self._distance(c, trigger), c.start))
                pick = self._between(chosen, usable) or self._coordinated(chosen, usable) or chosen.place
                if pick is chosen.place:
                    pick = self._located(chosen, specific) or self._list_namesake(chosen, sentence) or \
                        self._listed_entry_place(chosen, sentence) or pick
                break
        if pick is None:
            # a bulletin's list of places right after the report is its place, before the story's
            listed = self._listed_place(sentence)
            story = listed or self._story_place(sentence) or self._lead_place(sentence) or self._document_place()
            countries = [c for c in usable if c.level >= 6]
            if story is not None and (not countries or any(c.place.iso == story.iso for c in countries)):
                pick = story
            elif countries:
                pick = min(countries, key=lambda c: self._distance(c, trigger)).place
        if pick is None or (pick.admin1 is None and self._region_of(pick) is None):
            pick = self._listed_place(sentence) or pick
        if (pick is not None and pick.admin1 is None and pick.span is not None and (pick.where_prec or 0) < 6
                and self._region_of(pick) is None):
            # a neighbourhood, road or river the gazetteer does not place, or a name it finds in
            # several divisions, in a text whose places all lie in one division ("la colonia X ...
            # #Culiacán"; "la carretera X, sector Y ... estado Z"), or filed from a regional city
            area = self._single_area(sentence) or self._dateline_area(pick) or self._lead_area(pick)
            if area is not None and pick.iso not in (None, area.iso):
                area = None
            if area is not None and pick.iso is None:
                pick = Place(name=pick.name, admin1=area.admin1, country=area.country, iso=area.iso,
                             geo_precision=2, where_prec=max(area.where_prec or 2, 2), span=pick.span)
            elif area is not None:  # placed in its country only: it gains the division, not a finer precision
                pick = replace(pick, admin1=area.admin1)
        region = self._region_of(pick)
        if region is not None:
            pick = self._elaboration(pick, region, trigger, sentence) or pick
        if pick is not None and ruling is None:  # (the court's seat is not where the story goes on)
            self._event_places.append((trigger.start, pick))
        return pick

    def _ruling_place(self, trigger: Span, sentence: Span, usable: list["_Chain"]) -> Optional[Place]:
        """A court's ruling in a text filed from a city ("LIMA, 20 oct (Agencia) - La Sala Penal
        Nacional condenó ... por la matanza de doce campesinos en el caserío X"): where the court
        sits, the place its name carries before the verb ("un tribunal de San Pedro Sula
        condenó"), else the dateline's city; not the crime's place its complement tells. None
        for any other event, in a text with no dateline city, or outside the dateline's
        sentence (a headline's "condena" keeps the places of the headline)."""
        seat = self._seat
        if seat is None or norm_key(trigger.text) not in self._ruling_verbs or seat.span is None \
                or not sentence.start <= seat.span.start < sentence.end:
            return None
        court = [c for c in usable if sentence.start <= c.start and c.end <= trigger.start and c.level < 6]
        return court[-1].place if court else seat

    def _national_place(self, clause: Span, sentence: Span, usable: list["_Chain"]) -> Optional[Place]:
        """"capturó a 600 pandilleros en todo el país", "bloqueos en varios departamentos de
        Guatemala": an act told of the whole country or several divisions has the country as
        its place, when its clause names no other place ("tras el ataque en X": X's)."""
        folded = strip_accents(self.text[clause.start:clause.end]).lower()
        if len(folded) != clause.end - clause.start:
            return None  # (offsets would not match the text)
        hit = self._national.search(folded)
        if hit is None:
            return None
        a, b = clause.start + hit.start(), clause.start + hit.end()
        # the phrase's own place ("varios departamentos de Guatemala") is no other place
        others = [c for c in usable if clause.start <= c.start and c.end <= clause.end and c.level < 6
                  and not (c.start < b + 8 and c.end > a)]
        return None if others else self._nation(sentence)

    def _nation(self, sentence: Span) -> Optional[Place]:
        """The country of the story as a place of its own (no division)."""
        story = self._story_place(sentence) or self._lead_place(sentence) or self._document_place()
        if story is not None and story.iso is not None:
            return Place(name=story.country, country=story.country, iso=story.iso, geo_precision=3, where_prec=6)
        return self.country_place

    _BETWEEN = re.compile(r"\bentre\s+(?:(?:el|la|los|las)\s+)?(?:\w+\s+(?:de|del)\s+)?$", re.IGNORECASE)

    def _between(self, c: "_Chain", usable: list["_Chain"]) -> Optional[Place]:
        """"entre La Guaira y Chuao", "entre Ercilla y Collipulli": a stretch between two places.
        When they lie in different first-level divisions, the stretch spans them: admin1 null."""
        if not self._BETWEEN.search(self.text[max(0, c.members[0].start - 40):c.members[0].start]):
            return None
        after = [o for o in usable if o.start > c.end and re.fullmatch(r"\s+[ye]\s+(?:(?:el|la|los|las)\s+)?(?:\w+\s+(?:de|del)\s+)?",
                                                                        self.text[c.members[-1].end:o.members[0].start])]
        if not after or after[0].place is None or c.place is None:
            return None
        a, b = c.place, after[0].place
        if a.admin1 is None or b.admin1 is None or (a.admin1, a.iso) == (b.admin1, b.iso):
            return None
        return Place(name=self.text[c.members[0].start:after[0].members[-1].end], country=a.country if a.iso == b.iso
                     else None, iso=a.iso if a.iso == b.iso else None, geo_precision=3, where_prec=5,
                     span=Span(c.members[0].start, after[0].members[-1].end,
                               self.text[c.members[0].start:after[0].members[-1].end]))

    _LOCATING_GAP = re.compile(r"[^.;:!?()\n]{0,60}", re.IGNORECASE)
    #: "a la altura de X", "cerca de X", "en el kilómetro 40 de", "(frente a la comisaría de X)":
    #: a point on the road just named
    _AT_POINT = re.compile(r"\s*[,(]?\s*(?:a\s+la\s+altura\s+(?:de|del)|cerca\s+(?:de|del)|en\s+las\s+inmediaciones\s+(?:de|del)"
                           r"|(?:frente|junto)\s+al?\s+(?:(?:la|el)\s+)?\w+\s+(?:de|del)"
                           r"|(?:en\s+)?(?:el\s+)?(?:km|kil[oó]metro)\s+[\d.,]+\s+(?:de|del))\s+(?:(?:el|la|los|las)\s+)?",
                           re.IGNORECASE)

    def _located(self, c: "_Chain", scope: list["_Chain"]) -> Optional[Place]:
        """A road or local place the gazetteer cannot place, followed in its clause by a place
        that it can ("la vía Panamericana a la altura de Pescador, en el Cauca"): the road in
        that place's division."""
        p = c.place
        if p is None or c.members[c.head].cue not in ("road", "street", "local", "river"):
            return None
        # a road the gazetteer does not know, given the story's division or the span between
        # its ends, then a point on it in another division ("la carretera Panamericana a la
        # altura de San Lorenzo, en Valle"): that point's
        inherited = c.members[c.head].cue == "road" and c.chosen[c.head] is None
        if (p.admin1 is not None or p.iso is not None) and not inherited:
            return None
        after = sorted((o for o in scope if o.start >= c.end and o.place is not None and o.place.admin1),
                       key=lambda o: o.start)
        if not after:
            return None
        gap = self.text[c.members[-1].end:after[0].members[0].start]
        if p.admin1 is not None or p.iso is not None:
            # (a spot the gazetteer does not know and the text does not place took the story's
            # area: it places nothing, "la carretera X-Y, a la altura del ejido Z" stays null)
            if not self._AT_POINT.fullmatch(gap) or (after[0].place.iso, after[0].place.admin1) == (p.iso, p.admin1) \
                    or all(e is None for e in after[0].chosen):
                return None
        elif not self._LOCATING_GAP.fullmatch(gap):
            return None
        q = after[0].place
        return Place(name=p.name, admin1=q.admin1, admin2=q.admin2 if after[0].level <= 3 else None, country=q.country,
                     iso=q.iso, geo_precision=2, where_prec=max(q.where_prec or 2, 2), span=p.span)

    _COORD_GAP = re.compile(r"\s*(?:,|,?\s*\b[ye]\b)\s*(?:(?:en|el|la|los|las|de|del)\s+)*", re.IGNORECASE)

    def _coordinated(self, c: "_Chain", usable: list["_Chain"]) -> Optional[Place]:
        """"bloquearon carreteras en Totonicapán y Quetzaltenango", "en barrios de Tegucigalpa y
        San Pedro Sula": one event in places coordinated with the chosen one. When they lie in
        different first-level divisions, the event spans them: admin1 null."""
        ordered = sorted(usable, key=lambda o: o.members[0].start)
        k = next((i for i, o in enumerate(ordered) if o is c), None)
        if k is None:
            return None
        group = [c]
        for step in (-1, 1):
            i = k
            while 0 <= i + step < len(ordered):
                a, b = (ordered[i + step], ordered[i]) if step < 0 else (ordered[i], ordered[i + step])
                if not self._COORD_GAP.fullmatch(self.text[a.members[-1].end:b.members[0].start]):
                    break
                i += step
                group.append(ordered[i])
        if c.place is None:
            return None
        here = (c.place.iso, c.place.admin1)
        # a coordinated place with any reading in the chosen one's division does not leave it
        # ("en San Lorenzo y Eloy Alfaro": both have a reading in Esmeraldas)
        group = [c] + [o for o in group[1:] if not any((e.iso, e.admin1) == here for e in o.members[o.head].entries)]
        places = [o.place for o in group if o.place is not None and o.level < 6]
        g = c.members[c.head].extra.get("group")
        siblings = [e for t, e in zip(c.members, c.chosen) if g is not None and t.extra.get("group") == g
                    and (t is c.members[c.head] or not any((x.iso, x.admin1) == here for x in t.entries))]
        if len(siblings) > 1 and all(e is not None and e.admin1 for e in siblings):
            # "en barrios de Tegucigalpa y San Pedro Sula": one cue, several places
            places += [Place(name=e.name, admin1=e.admin1, country=e.country, iso=e.iso) for e in siblings]
        if len(places) < 2 or any(p.admin1 is None for p in places):
            return None
        if len({(p.iso, p.admin1) for p in places}) == 1:
            return None
        first = min(group, key=lambda o: o.members[0].start)
        last = max(group, key=lambda o: o.members[-1].end)
        a, b = first.members[0].start, last.members[-1].end
        # the rest of the document places its story in the chosen division and never in the
        # others: a homonym of the gazetteer's, not a second division ("en San Lorenzo y Eloy
        # Alfaro" after "San Lorenzo (Esmeraldas)")
        elsewhere = {(m.place.iso, m.place.admin1) for m in self.mentions if m.place is not None and m.role == "place"
                     and m.place.admin1 and not (a <= m.span.start < b)}
        if here in elsewhere and not any((p.iso, p.admin1) in elsewhere for p in places if (p.iso, p.admin1) != here):
            return None
        same = len({p.iso for p in places}) == 1
        return Place(name=self.text[a:b], country=places[0].country if same else None,
                     iso=places[0].iso if same else None, geo_precision=3, where_prec=5,
                     span=Span(a, b, self.text[a:b]))

    def _listed_place(self, sentence: Span) -> Optional[Place]:
        """A bulletin's closing list of places in capitals ("... ANTIOQUIA - CACERES - VEREDA
        X") right after the sentence, on its line or the next, or closing the sentence's own
        line (an entry of several sentences): where that report happened."""
        para = self._para(sentence.start)
        for c in self._chains:
            if c.start < sentence.end or c.place is None or not c.members[0].extra.get("list"):
                continue
            if (self._para(c.start) == para and _closes_line(c, self.text)) or (
                    self._para(c.start) <= para + 1
                    and not re.search(r"[.!?]\s+\S", self.text[sentence.end:c.members[0].start])) or (
                    self._para(c.start) == para + 1 and _whole_line(c, self.text)):
                return c.place
            break
        return None

    def _list_namesake(self, c: "_Chain", sentence: Span) -> Optional[Place]:
        """A bulletin entry's place that its closing list of places in capitals names again
        ("... en la vereda El Retiro. ¶ CAQUETA - CARTAGENA DEL CHAIRA - VEREDA EL RETIRO"):
        the list's reading, when it lies in another first-level division than the
        gazetteer's namesake the entry's own words were read as. The list closes the
        sentence's paragraph or the next one, before any other list."""
        p = c.place
        if p is None or c.members[0].extra.get("list"):
            return None
        para = self._para(sentence.start)
        listed = next((o for o in self._chains if o.start >= sentence.end and o.members[0].extra.get("list")), None)
        if listed is None or listed.place is None or not listed.place.admin1 or self._para(listed.start) > para + 1:
            return None
        if (listed.place.iso, listed.place.admin1) == (p.iso, p.admin1):
            return None
        names = {_bare_key(t.extra.get("key") or "") for t in c.members}
        if not names & {_bare_key(t.extra.get("key") or "") for t in listed.members}:
            return None
        return replace(listed.place, name=p.name, span=p.span)

    def _listed_entry_place(self, c: "_Chain", sentence: Span) -> Optional[Place]:
        """A bulletin entry's local place the gazetteer does not know ("la comunidad nativa X",
        "el río Y"), which took the area of the places named before it (the last entry's list),
        in an entry whose own list of places in capitals follows it ("... ¶ JUNIN - CHANCHAMAYO -
        CN X"): the entry's list places it (corpus/README.md: a bulletin entry's trailing list
        places every incident the entry tells unless the entry names another division)."""
        p = c.place
        if p is None or any(e is not None for e in c.chosen) or c.members[0].extra.get("list") \
                or c.members[c.head].cue not in _LOCAL_CUES:
            return None
        listed = self._listed_place(sentence)
        if listed is None or not listed.admin1 or (listed.iso, listed.admin1) == (p.iso, p.admin1) \
                or (p.iso is not None and listed.iso != p.iso):
            return None
        return replace(listed, name=p.name, span=p.span)

    def _region_of(self, place: Optional[Place]) -> Optional[Entry]:
        """The gazetteer region a place stands for, when it spans departments unresolved."""
        if place is None or place.admin1 is not None or not place.gazetteer_id:
            return None
        r = self._regions.get(place.gazetteer_id)
        return r if r is not None and r.spans else None

    def _elaboration(self, pick: Place, region: Entry, trigger: Span, sentence: Span) -> Optional[Place]:
        """A lead that names only a region ("en el Vraem") and a next sentence that names the
        event again ("El enfrentamiento se produjo en la localidad de X, distrito de Y"):
        the specific place inside the region."""
        stem = norm_key(trigger.text)[:6]
        if len(stem) < 5:
            return None
        para = self._para(sentence.end)
        for c in self._chains:
            if c.start < sentence.end or c.role != "place" or c.place is None or c.level > 3:
                continue
            if self._para(c.start) > para + 1 or c.start - sentence.end > 600:
                break
            if not c.place.admin1 or c.place.admin1 not in region.spans:
                continue
            lo = max(self.text.rfind(".", 0, c.start), self.text.rfind("\n", 0, c.start)) + 1
            words = {norm_key(w)[:6] for w in re.findall(r"\w+", self.text[lo:c.start])}
            if stem in words:
                return c.place
        return None

    @staticmethod
    def _distance(c: "_Chain", trigger: Span) -> int:
        if c.start < trigger.end and trigger.start < c.end:
            return 0
        return c.start - trigger.end if c.start >= trigger.end else (trigger.start - c.end) + 5

    _CONTINUES = re.compile(r"[ \t]*[a-záéíóúñü(«“\"]")

    def _whole_sentence(self, sentence: Span) -> Span:
        """Undo a sentence break after an abbreviation ("a las 5 p.m. del jueves"): a
        "sentence" followed on the same line by a lower-case word continues."""
        end = sentence.end
        for _ in range(5):
            if end >= len(self.text) or not (self._CONTINUES.match(self.text, end) or self._abbreviated_end(end)):
                break
            m = re.compile(r"[.!?](?=\s+[A-ZÁÉÍÓÚÑ¿¡«“\"]|\s*\n|\s*$)|\n").search(self.text, end)
            end = m.end() if m else len(self.text)
        return sentence if end == sentence.end else Span(sentence.start, end, self.text[sentence.start:end])

    _LAST_SHORT_WORD = re.compile(r"(?<!\w)(\w{1,6})\.$")

    def _abbreviated_end(self, end: int) -> bool:
        """The text up to ``end`` stops at a shortened street or estate noun ("la av.", "la
        urb."): the name it introduces comes after the break the sentence splitter made there."""
        m = self._LAST_SHORT_WORD.search(self.text[max(0, end - 20):end].rstrip())
        return m is not None and norm_key(m.group(1)) in self._abbreviations

    def _story_place(self, sentence: Span) -> Optional[Place]:
        para = self._para(sentence.start)
        window = (para - 1, para)
        events = [(pos, p) for pos, p in self._event_places if pos < sentence.start and self._para(pos) in window]
        if events:
            place = max(events, key=lambda x: x[0])[1]
        else:
            named = [c for c in self._chains if c.role == "place" and c.place is not None and c.level < 6
                     and c.end <= sentence.start and self._para(c.start) in window]
            if not named:
                return None
            place = max(named, key=lambda c: c.start).place
        region = self._region_of(place)
        if region is not None:
            # "la zona que comprende el Vraem" after an event in a VRAEM district: that event's place
            inside = [(pos, p) for pos, p in self._event_places if pos < sentence.start
                      and p.admin1 and p.admin1 in region.spans]
            if inside:
                return max(inside, key=lambda x: x[0])[1]
        return place

    def _lead_place(self, sentence: Span) -> Optional[Place]:
        """The place of the lead (headline and first paragraph): the first event place there,
        else the first place it names. A later sentence that names no place of its own
        ("El conductor fue detenido") is told about the lead's incident."""
        lead_end = self._paras[min(1, len(self._paras) - 1)][1] if self._paras else 0
        if sentence.start < lead_end:
            return None
        events = [(pos, p) for pos, p in self._event_places if pos < lead_end]
        if events:
            return min(events, key=lambda x: x[0])[1]
        named = [c for c in self._chains if c.role == "place" and c.place is not None and c.level < 6
                 and c.end <= lead_end]
        return min(named, key=lambda c: c.start).place if named else None

    def _document_place(self) -> Optional[Place]:
        """The document's place when all the places it names lie in one first-level division:
        a report about one incident names it once ("en la comunidad de X") and tells the
        death in other sentences. None when it names two divisions, or none (a dateline is
        where the story was filed, not an event place)."""
        named = [c for c in self._chains if c.role == "place" and c.place is not None and c.level < 6]
        areas = {(m.place.iso, m.place.admin1) for m in self.mentions
                 if m.role == "place" and m.place is not None and m.place.admin1}
        if named and len(areas) == 1:
            first = min(named, key=lambda c: c.start).place
            if (first.iso, first.admin1) in areas:
                return first
        return None

    def _single_area(self, sentence: Span) -> Optional[Place]:
        """The place of a post's hashtag ("#Culiacán") when every place the text resolves lies
        in its first-level division: a post tags where it happened. Not a place named in
        the text ("frente al departamento X" tells a neighbour, "vinieron desde X" an
        origin). None otherwise."""
        placed = [m for m in self.mentions if m.role == "place" and m.place is not None and m.place.admin1]
        if not placed or len({(m.place.iso, m.place.admin1) for m in placed}) != 1:
            return None
        apart = [m for m in placed if self.text[max(0, m.span.start - 1):m.span.start] == "#"]
        return apart[0].place if apart else placed[0].place

    def _lead_area(self, pick: Place) -> Optional[Place]:
        """The one first-level division the lead (headline and first paragraph) places its
        subject in ("Cinquera es un municipio del departamento de Cabañas"; "El distrito de X
        es uno de los distritos de la provincia de H, en el departamento de A") for an event
        place the gazetteer cannot place (a hamlet, a town hall, a barracks) in a long text
        that also names other divisions in passing (where the people fled, a neighbour the
        columns moved to). None when the lead names several divisions or none, or the place
        was read in another country."""
        if self._lead_division is _UNSET:
            self._lead_division = self._one_lead_division()
        area = self._lead_division
        if area is None or (pick.iso is not None and pick.iso != area.iso):
            return None
        return area

    def _one_lead_division(self) -> Optional[Place]:
        lead_end = _lead_end(self.text)
        placed = [m.place for m in self.mentions if m.role == "place" and m.place is not None
                  and m.place.admin1 and m.span.end <= lead_end]
        return placed[0] if _one_division(placed) else None

    def _dateline_area(self, pick: Place) -> Optional[Place]:
        """The first-level division of a regional dateline ("MARACAIBO, 14 ene (Agencia)") for
        an event place the gazetteer cannot place (a road, a street, a river) in the
        dateline's country, when no place of the text lies in another division."""
        dl = self._regional_dateline
        if dl is None or not dl.admin1 or (pick.iso is not None and pick.iso != dl.iso):
            return None
        if any(m.role == "place" and m.place is not None and m.place.admin1
               and (m.place.iso, m.place.admin1) != (dl.iso, dl.admin1) for m in self.mentions):
            return None
        return dl

    def current_place(self, pos: int) -> Optional[Place]:
        """The last place (not a country) named before ``pos``, anywhere earlier."""
        named = [c for c in self._chains if c.role == "place" and c.place is not None and c.level < 6
                 and c.end <= pos]
        return max(named, key=lambda c: c.start).place if named else None


@dataclass
class _Chain:
    members: list[Toponym]
    chosen: list[Optional[Entry]] = field(default_factory=list)
    ambiguous: list[bool] = field(default_factory=list)
    place: Optional[Place] = None
    head: int = 0
    level: int = 1

    @property
    def start(self) -> int:
        return self.members[self.head].start

    @property
    def end(self) -> int:
        return self.members[self.head].end

    @property
    def role(self) -> str:
        return self.members[0].role


class Geocoder:
    """Finds and resolves the places of documents. Build once, reuse for every document."""

    def __init__(self, country: Optional[str] = "PE", gazetteer: Optional[Gazetteer] = None) -> None:
        self.gaz = gazetteer or open_gazetteer()
        self.rec = Recogniser(self.gaz)
        self.cues = load_country_cues()
        self.default_cc = _country_code(country or "PE", self.gaz)
        self._named_cc: set[str] = set()
        self._doc_cc: Optional[str] = None
        self._cc_shown = False  # whether the text showed the document's country (not a default)
        self._regions = {e.gid: e for k in ("region", "valley", "project") for e in self.gaz.iter_kind(k)}
        self._countries: dict[str, Entry] = {}  # iter_kind scans the place table: read once
        for e in self.gaz.iter_kind("country"):
            self._countries.setdefault(e.cc, e)

    # ------------------------------------------------------------------ public
    def lookup(self, name: str) -> tuple[Entry, ...]:
        return self.gaz.lookup(name)

    def places(self, text: str, hints: Sequence[Span] = (),
               country_votes: Optional[dict[str, int]] = None,
               not_places: Sequence[tuple[int, int]] = ()) -> PlaceIndex:
        """Every toponym of ``text``, resolved. ``country_votes`` are other cues to the
        country the document is about (its institutions and armed groups: "Carabineros",
        "el CJNG"), counted with its places, demonyms and dateline; ``not_places`` are
        character ranges that name something else (an armed group called "Los Rastrojos")."""
        tops = [t for t in self.rec.recognise(text, hints)
                if not any(a <= t.start and t.end <= b for a, b in not_places)]
        tops = _drop_short_street_names(text, tops)
        capitals = [t for t in tops if t.extra.get("story_capital")]
        if capitals:  # a bare "la capital" waits for the document's country
            tops = [t for t in tops if not t.extra.get("story_capital")]
        chains = self._chains(text, tops)
        self._read_in_cue_countries(chains)
        # in a written hierarchy ("Cáceres, Antioquia") only its last, most general member tells the country
        # (a bulletin's list in capitals runs the other way: "ANTIOQUIA - CACERES - VEREDA X")
        general = {id(ch.members[0] if ch.members[0].extra.get("list") else ch.members[-1])
                   for ch in chains if len(ch.members) > 1}
        specific = {id(t) for ch in chains if len(ch.members) > 1 for t in ch.members if id(t) not in general}
        fits = {id(g): cc for ch in chains if len(ch.members) > 1
                for g, cc in [self._hierarchy_countries(ch, text)] if g is not None}
        doc_cc, inferred = self._doc_country(tops, text, country_votes or {}, general, specific, fits)
        self._doc_cc = doc_cc
        self._cc_shown = inferred is not None
        self._named_cc = {e.cc for t in tops if t.role == "place" for e in t.entries if e.kind == "country"
                          and len({x.cc for x in t.entries if x.kind == "country"}) == 1}
        if inferred is not None:
            _read_namesakes(tops, doc_cc)
        if capitals and self._story_capitals(capitals, tops, inferred):
            tops = sorted(tops + capitals, key=lambda t: t.start)
            chains = self._chains(text, tops)
            self._read_in_cue_countries(chains)
        for ch in chains:
            for t in ch.members:
                t.entries = self._eligible(t, doc_cc, len(ch.members) > 1, inferred is not None)
            _drop_unanchored_abroad(ch, doc_cc)
            ch.members = [t for t in ch.members if t.entries or t.cue not in (None, "en")]
        chains = [ch for ch in chains if ch.members]
        context = self._context(chains, doc_cc)
        for ch in chains:
            self._resolve_chain(ch, context, doc_cc)
        # one sense per discourse: a name resolved inside a written hierarchy keeps that
        # reading when it recurs alone ("la comisaría de Anco" after "distritos de Churcampa y Anco")
        known = context["known"]
        for ch in chains:
            if len(ch.members) > 1:
                for t, e in zip(ch.members, ch.chosen):
                    if e is not None:
                        known.setdefault(norm_key(t.extra.get("key") or ""), e.id)
        if known:
            for ch in chains:
                if len(ch.members) == 1 and norm_key(ch.members[0].extra.get("key") or "") in known:
                    self._resolve_chain(ch, context, doc_cc)
        self._story_homonyms(chains)
        # unresolved local heads take the story's current area
        lead_end, lead = _lead_end(text), _UNSET
        full_names: dict[str, Place] = {}  # the short forms of the places named in full so far
        for k, ch in enumerate(chains):
            if lead is _UNSET and ch.start >= lead_end:  # every chain of the lead is finished
                lead = _lead_division(chains[:k], lead_end)
            self._finish(ch, chains[:k], text, chains[k + 1] if k + 1 < len(chains) else None,
                         _line_list_entry(chains, k, text), lead=None if lead is _UNSET else lead)
            _short_form(ch, full_names, text)
        self._same_division(chains, text)
        _repeated_local_names(chains, text)
        mentions = []
        for k, ch in enumerate(chains):
            for m, (t, e) in enumerate(zip(ch.members, ch.chosen)):
                place = ch.place if m == ch.head else self._place(t, e, text, ch, own=True)
                mentions.append(PlaceMention(Span(t.start, t.end, text[t.start:t.end]), place, t.role, k,
                                             ch.ambiguous[m], tuple(x.gid for x in t.entries[:8])))
        return PlaceIndex(text, mentions, chains, self._regions, country=inferred,
                          country_place=self._country_place(inferred), national=self.rec.lex.national,
                          regional_dateline=self._regional_dateline(chains), seat=self._dateline_seat(chains, text),
                          ruling_verbs=self.rec.lex.ruling_verbs, abbreviations=frozenset(self.rec.lex.abbreviations),
                          road_ends=_road_end_chains(chains, text, self.rec.lex))

    # -------------------------------------------------------------- internals
    #: "X, en el mismo municipio", "el caserío X, del mismo cantón": a division named before
    _SAME_DIVISION = re.compile(r"\s*,?\s*(?:(?:en|de|dentro\s+de)\s+(?:el|la)|del|dentro\s+del)\s+mism[oa]\s+(\w+)",
                                re.IGNORECASE)

    def _same_division(self, chains: list[_Chain], text: str) -> None:
        """"en las cercanías de La Victoria, en el mismo municipio": a place said to lie in the
        same municipality (canton, district, province...) as the story's is in the last division
        of that kind the text named before it, not a namesake elsewhere (Aragua's city of La
        Victoria in a story of the municipio Páez of Apure)."""
        for k, ch in enumerate(chains):
            m = self._SAME_DIVISION.match(text, ch.members[-1].end)
            if m is None or ch.role != "place":
                continue
            area = self._last_division(chains[:k], norm_key(m.group(1)))
            if area is None or (ch.place is not None and (ch.place.iso, ch.place.admin1) == (area.iso, area.admin1)):
                continue
            t = ch.members[ch.head]
            inside = [e for e in t.entries if e.kind in ("town", "admin3") and e.iso == area.iso
                      and e.admin1 == area.admin1 and (area.admin2 is None or e.admin2 in (None, area.admin2))]
            if inside:
                ch.chosen[ch.head] = max(inside, key=lambda e: e.population)
                ch.ambiguous[ch.head] = False
                t.extra.pop("rivals", None)
                self._finish(ch, chains[:k], text)
                continue
            ch.place = _local_place(area, Span(t.start, t.end, text[t.start:t.end]))

    def _last_division(self, before: list[_Chain], noun: str) -> Optional[Place]:
        """The place of the last chain before that names a division with the cue noun ``noun``
        ("municipio Páez", "el cantón Camilo Ponce Enríquez"), None when there is none."""
        for ch in reversed(before):
            if ch.role != "place" or ch.place is None or not ch.place.admin1:
                continue
            if any(norm_key(t.extra.get("cue_word") or "").split()[-1:] == [noun] for t in ch.members):
                return ch.place
        return None

    def _story_capitals(self, capitals: list[Toponym], tops: list[Toponym], inferred: Optional[str]) -> bool:
        """Whether the bare "la capital"s of the text (``story_capital``) are the capital of the
        country it shows, and if so give them that city: only when the text names no other
        place of that country ("en la colonia Los Pinos, en el oriente de la capital" in a
        Honduran story: Tegucigalpa; a regional story's "la capital" may be its state's)."""
        city = self.gaz.capital(inferred) if inferred else None
        if city is None or any(e.cc == inferred and e.kind != "country" for t in tops
                               if t.role == "place" for e in t.entries):
            return False
        for t in capitals:
            t.entries = (city,)
        return True

    def _regional_dateline(self, chains: list["_Chain"]) -> Optional[Place]:
        """The resolved place of the text's dateline when it is a town (not a division: "Lima"
        reads as its region) and no national capital (capitals file the news of a whole country)."""
        for ch in chains:
            t = ch.members[ch.head]
            if t.extra.get("dateline") and ch.place is not None and ch.place.admin1 and ch.place.geo_precision == 1:
                if _capital_country(t.entries, t.extra.get("key") or "", self.gaz) is None:
                    return ch.place
                return None
        return None

    def _dateline_seat(self, chains: list["_Chain"], text: str) -> Optional[Place]:
        """The city of the text's dateline, a capital too: its place when it has a first-level
        division, else, for a country's name ("GUATEMALA, 12 mar (Agencia)"), that country's
        capital. None when the text has no dateline."""
        for ch in chains:
            t = ch.members[ch.head]
            if not t.extra.get("dateline"):
                continue
            if ch.place is not None and ch.place.admin1:
                return ch.place
            countries = {e.cc for e in t.entries if e.kind == "country"}
            city = self.gaz.capital(countries.pop()) if len(countries) == 1 else None
            if city is None:
                return None
            return self._from_entry(text[t.start:t.end], Span(t.start, t.end, text[t.start:t.end]), city, t,
                                    specific=True, chain=ch)
        return None

    def _country_place(self, cc: Optional[str]) -> Optional[Place]:
        """The country the text shows as a place of its own (no finer place, no point)."""
        e = self._countries.get(cc) if cc else None
        if e is None:
            return None
        return Place(name=e.name, country=e.country, iso=e.iso, geo_precision=3, where_prec=6, gazetteer_id=e.gid)

    def _doc_country(self, tops: list[Toponym], text: str = "", votes: Optional[dict[str, int]] = None,
                     general: frozenset | set = frozenset(),
                     specific: frozenset | set = frozenset(),
                     fits: Optional[dict[int, set[str]]] = None) -> tuple[str, Optional[str]]:
        """The country the document is about, and that country again when the text shows it
        (None when only the default stands): places (a country name counts 2, an
        administrative unit only one country has 1), demonyms ("la policía colombiana") 1,
        the dateline's country 1, and ``votes`` from other cues."""
        counts: dict[str, int] = dict(votes or {})
        lex = self.rec.lex
        named_divisions = self._cued_divisions(tops) | _city_divisions(tops)
        folded = norm_key(text) if text else ""
        if text and getattr(lex, "demonym_re", None) is not None:
            for m in lex.demonym_re.finditer(folded):
                cc = lex.demonyms.get(m.group(1))
                if cc:
                    counts[cc] = counts.get(cc, 0) + 1
        if text:  # "lempiras", "el Hospital Escuela", "el régimen de excepción" (data/geo/country_cues.yaml)
            for cc, n in self.cues.votes(text, folded).items():
                counts[cc] = counts.get(cc, 0) + n
        for t in tops:
            if t.extra.get("dateline"):
                ccs = {e.cc for e in t.entries if e.kind in ("country", "admin1")
                       or (e.kind == "town" and e.population >= 100_000)}
                if t.extra.get("division"):
                    ccs = {t.extra["division"][0]}
                if len(ccs) != 1:
                    ccs = _dateline_country(t.entries, t.extra.get("key") or "")
                if len(ccs) == 1:
                    cc = ccs.pop()
                    counts[cc] = counts.get(cc, 0) + 1
                continue
            if t.extra.get("institution") and t.role == "place" and t.extra.get("institution_head") in lex.government_bodies:
                # "la Gobernación del Cauca", "el Gobierno de Navarra": a body of one country's division
                # (not "la Universidad de San Marcos", named after a saint): as plain as "el departamento
                # del Cauca", it counts like a division named with its level noun
                ccs = {e.cc for e in t.entries if e.kind == "admin1"}
                ccs = ccs & SPANISH_SPEAKING or ccs  # Colombia's Huila before Angola's province
                if len(ccs) == 1:
                    cc = ccs.pop()
                    counts[cc] = counts.get(cc, 0) + 2
                continue
            if t.extra.get("institution"):
                continue
            if t.role != "place" and not _measured_from(text, t):
                continue
            cue_cc = lex.cue_countries.get(t.extra.get("cue_word") or "")
            if cue_cc:  # "la vereda X": Colombia; "la comuna de X": Chile
                counts[cue_cc] = counts.get(cue_cc, 0) + 1
            if t.cue in _NAMED_AFTER_COUNTRY and not _part_of_country(t) and any(e.kind == "country" for e in t.entries):
                continue  # "la cooperativa Nigeria", "el barrio Colombia": a place named after a country
            ccs = {e.cc for e in t.entries if e.kind == "country"}
            if id(t) in specific:  # the general member of a hierarchy tells its country
                continue
            if len(ccs) == 1:
                cc = ccs.pop()
                counts[cc] = counts.get(cc, 0) + 2
            elif t.entries and t.cue in (None, "en") and id(t) not in specific and \
                    (big := _capital_country(t.entries, t.extra.get("key") or "", self.gaz)):
                # "en San Salvador", "la Alameda de Santiago": a country's capital named bare is
                # that city, not a small district or a foreign department of its name
                counts[big] = counts.get(big, 0) + 1
            elif t.entries:
                # an administrative unit only one country has ("Michoacán", "Ayacucho")
                ccs = {e.cc for e in t.entries if (e.kind in ("admin1", "admin2", "admin3")
                       or e.gid.startswith("cronica-zone:")) and self._readable(t, e)}  # "el Magdalena Medio": Colombia
                noun_cc = {e.cc for e in t.entries if e.kind == "admin2" and e.cc in self.rec.lex.admin2_nouns
                           and t.cue not in (None, "en") and self._own_level_noun(t, e)}
                if len(noun_cc) == 1 and not any(e.kind == "admin1" for e in t.entries):
                    ccs = noun_cc  # "el departamento Rosario": only Argentina calls a Rosario so
                inside = {e.cc for e in t.entries if e.kind == "town" and (e.cc, e.admin1) in named_divisions}
                if len(inside) == 1 and not any(e.kind == "admin1" for e in t.entries):
                    ccs = inside  # "Montero" in a story of the "departamento de Santa Cruz": Bolivia's
                    # town there, not Peru's district of that name; "Eldorado" in a post tagged
                    # "#Culiacán": Sinaloa's, not the department of Misiones
                top = {e.cc for e in t.entries if e.kind == "admin1" and self._readable(t, e)}
                if len(top) > 1:  # "San Salvador": El Salvador's department before the Bahamas' island
                    top = top & SPANISH_SPEAKING or top
                if len(top) > 1 and fits and id(t) in fits:
                    # "Comasagua, La Libertad": the department of the country where the places
                    # written with it lie (El Salvador's, not Peru's)
                    top = top & fits[id(t)] or top
                if len(top) == 1 and id(t) in general and not self._province_elsewhere(t, top):
                    ccs = top  # "Cáceres, Antioquia": a Colombian department before a district or a foreign town
                    # (not "av. América Sur, Trujillo": Peru's province and city of that name are as plain)
                named = len(top) == 1 and top <= SPANISH_SPEAKING and id(t) not in specific and (
                    t.cue == "admin1" or (t.cue == "admin2" and {e.cc for e in self._named_first_level(t, t.entries)} == top))
                if named:
                    ccs = top  # "el departamento de Colón": the one country that calls a first-level division so
                    # (Honduras'), not a province or a town of that name elsewhere (nor Algeria's Oran
                    # for Salta's "departamento de Orán")
                # (it counts double below only when no other Spanish-speaking country has a province
                # or a city of that name: "Trujillo" is also Peru's)
                written = len(top) == 1 and id(t) in general and all(
                    e.cc in top for e in t.entries if e.kind in ("admin1", "admin2", "town") and e.cc in SPANISH_SPEAKING
                    and (e.kind != "town" or e.population >= 100_000) and self._readable(t, e))
                if len(ccs) == 1 and (top or not any(e.kind == "town" and e.cc not in ccs and e.population >= 100_000
                                                     for e in t.entries)):
                    cc = ccs.pop()
                    # a department written as the head of a hierarchy ("EL TAMBO - CAUCA") is as
                    # plain as a country name: it outweighs a homonymous district named alone
                    counts[cc] = counts.get(cc, 0) + (2 if written or named else 1)
                elif len(ccs) <= 1 or not top:  # "El Alto": the Bolivian city before a Peruvian district;
                    self._city_vote(t, counts)  # "Rosario": Argentina's city before districts in two countries
        if not counts:
            counts = self._lone_name_votes(tops)
        if not counts:
            return self.default_cc, None
        cc = _most_voted(counts, self.default_cc)
        return cc, cc

    def _province_elsewhere(self, t: Toponym, top: set[str]) -> bool:
        """Whether another Spanish-speaking country than ``top`` has a second-level division of
        exactly ``t``'s name ("Trujillo": Venezuela's state, Peru's province): the general
        member of a hierarchy then does not tell the country by itself."""
        key = t.extra.get("key") or ""
        return any(e.kind == "admin2" and e.cc in SPANISH_SPEAKING and e.cc not in top
                   and norm_key(e.name) == key and self._readable(t, e) for e in t.entries)

    def _cued_divisions(self, tops: list[Toponym]) -> set[tuple[str, str]]:
        """The (country, first-level division) of each division the text names with the level
        noun only one country uses for it ("el departamento de Santa Cruz": Bolivia's, since
        Argentina's Santa Cruz is a province)."""
        found = set()
        for t in tops:
            if t.role != "place" or t.cue != "admin1":
                continue
            here = {(e.cc, e.admin1) for e in t.entries
                    if e.kind == "admin1" and e.admin1 and self._own_admin1_noun(t, e)}
            if len(here) == 1:
                found |= here
        return found

    def _read_in_cue_countries(self, chains: list[_Chain]) -> None:
        """A name after a level noun only some countries use ("el cantón El Milagro") is read in
        those countries only, and so is every other place written with it in one hierarchy
        ("..., en Ciudad Arce") that has a reading there (``cue_used_in`` in
        data/geo/cues_es.yaml): not Peru's district El Milagro, not Peru's San Martín."""
        used_in = self.rec.lex.cue_used_in
        for ch in chains:
            allowed = [used_in[w] for t in ch.members if (w := t.extra.get("cue_word")) in used_in]
            if not allowed:
                continue
            ccs = frozenset.intersection(*allowed)
            for t in ch.members:
                inside = tuple(e for e in t.entries if e.cc in ccs)
                if inside or t.extra.get("cue_word") in used_in:
                    t.entries = inside

    def _hierarchy_countries(self, ch: _Chain, text: str) -> tuple[Optional[Toponym], set[str]]:
        """The general member of a written hierarchy and the countries where every other
        member has a reading that lies inside one of its readings ("cantón El Zapote de
        Comasagua, La Libertad": only El Salvador has a Comasagua in a La Libertad). A member
        the gazetteer does not know counts by the town its name ends with ("... de
        Comasagua"), else constrains nothing."""
        listed = bool(ch.members[0].extra.get("list"))
        g = ch.members[0] if listed else ch.members[-1]
        general = [e for e in g.entries[:60] if e.kind in ("admin1", "admin2", "admin3", "town")]
        if not general:
            return None, set()
        ccs = {e.cc for e in general}
        for t in ch.members:
            if t is g or (t.extra.get("group") is not None and t.extra.get("group") == g.extra.get("group")):
                continue
            readings = [e for e in t.entries[:60] if e.kind != "country"] or \
                self._name_towns(text[t.name_start:t.name_end])
            if not readings:
                continue
            ccs &= {e.cc for e in readings if any(compatible(e, y) is not None for y in general)}
        return g, ccs

    def _name_towns(self, name: str) -> list[Entry]:
        """The towns a local name ends with ("El Zapote de Comasagua", "barrio Obrero de
        Apartadó"): the gazetteer's towns and municipalities of exactly that name."""
        m = self._OF_TOWN.search(" " + name)
        if not m:
            return []
        key = norm_key(m.group(1))
        return [x for x in self.gaz.lookup(m.group(1)) if x.kind in ("town", "admin3", "admin2") and x.admin1
                and not x.cue_only and norm_key(x.name) == key]

    def _names_a_town(self, t: Toponym, readings: list[Entry]) -> bool:
        """"la localidad de Villa Tunari": a cue that names towns as well as hamlets
        (``town_naming_cues``) before a town of 20,000 or more of the story's country names that
        town, even in a story that also names another division."""
        words = norm_key(t.extra.get("cue_word") or "").split()
        return t.cue == "local" and bool(words) and words[0] in self.rec.lex.town_naming_cues and any(
            x.cc == self._doc_cc and x.population >= DATELINE_TOWN for x in readings)

    def _story_homonyms(self, chains: list[_Chain]) -> None:
        """A hamlet named alone with a local cue ("la vereda La Argentina", "el sector El
        Triunfo") or a small town named bare, whose reading lies in a first-level division
        the rest of the document never names while the document places its story in others,
        is a namesake of the story's hamlet: it takes a reading inside the story's divisions
        when it has one, else it is a local place of the story's area (or, bare, no place)."""
        def area(ch: _Chain) -> Optional[set]:
            if ch.role != "place" or not ch.chosen or ch.ambiguous[ch.head]:
                return None
            e = ch.chosen[ch.head]
            if e is None or e.kind == "country" or e.spans:
                return None  # a zone over several divisions ("Tierra Caliente") places no story
            return {(e.cc, e.admin1)} if e.admin1 else None

        areas = [area(ch) for ch in chains]
        for k, ch in enumerate(chains):
            if len(ch.members) != 1 or ch.role != "place" or not ch.chosen:
                continue
            t, e = ch.members[0], ch.chosen[0]
            rivals = t.extra.get("rivals") if e is None and ch.ambiguous[0] and t.cue == "local" else None
            readings = rivals or ([e] if e is not None else [])
            # (after a landform's noun a district is a namesake too: "el abra de Chacabamba";
            # not after a building's: "el penal de Cajamarca" is that town's prison)
            landform = norm_key(t.extra.get("cue_word") or "") in self.rec.lex.landforms
            kinds = ("town", "admin3") if t.cue == "local" and landform else ("town",)
            if not readings or any(x.kind not in kinds or x.gid.startswith(("cronica:", "cronica-zone:"))
                                   for x in readings):
                continue
            if not (t.cue == "local" or (t.cue in (None, "en") and _known_small(readings))):
                continue
            if self._names_a_town(t, readings):
                continue
            key = norm_key(t.extra.get("key") or "")
            story: set = set()
            for j, a in enumerate(areas):
                if j == k or a is None:
                    continue
                if len(chains[j].members) == 1 and norm_key(chains[j].members[0].extra.get("key") or "") == key:
                    continue  # the same name again proves nothing
                story |= a
            if not story or any((x.cc, x.admin1) in story for x in readings):
                continue
            inside = [x for x in t.entries if x.kind in ("town", "admin3") and (x.cc, x.admin1) in story]
            ch.chosen[0] = max(inside, key=lambda x: x.population) if inside else None
            if rivals:
                t.extra.pop("rivals", None)
                ch.ambiguous[0] = False
            areas[k] = None

    @staticmethod
    def _lone_name_votes(tops: list[Toponym]) -> dict[str, int]:
        """For a text with no other cue to its country: the places whose every reading of
        their exact name lies in one Spanish-speaking country, however small ("Ciudad Arce",
        "Isidro Casanova", "Comayagüela"), one vote each. Weaker than any other cue, so
        only counted when there is none (a small name abroad is often a hamlet at home the
        gazetteer does not hold)."""
        counts: dict[str, int] = {}
        for t in tops:
            if t.role != "place" or t.extra.get("institution") or t.extra.get("dateline"):
                continue
            key = t.extra.get("key") or ""
            exact = [e for e in t.entries if norm_key(e.name) == key]
            ccs = {e.cc for e in exact}
            if exact and len(ccs) == 1 and ccs <= SPANISH_SPEAKING:
                cc = next(iter(ccs))
                counts[cc] = counts.get(cc, 0) + 1
        return counts

    @staticmethod
    def _city_vote(t: Toponym, counts: dict[str, int]) -> None:
        """A city only one country has ("Guayaquil", "Soyapango"), or a Spanish-speaking city
        DATELINE_CITY_RATIO times larger than any namesake abroad ("Rosario": Argentina's, not
        the Philippines'), tells the country; towns that only share a word of its name
        ("Villa del Rosario") do not count."""
        key = t.extra.get("key") or ""
        exact = [e for e in t.entries if norm_key(e.name) == key]
        big = {e.cc for e in exact if e.kind == "town" and e.population >= 100_000}
        alone = len(big) == 1 and {e.cc for e in t.entries if e.population >= 20_000} == big
        if not alone:
            big = _dominant_city_country(exact) & SPANISH_SPEAKING
        if len(big) == 1 and not t.extra.get("initial"):
            cc = big.pop()
            counts[cc] = counts.get(cc, 0) + 1

    def _eligible(self, t: Toponym, doc_cc: str, in_chain: bool = False,
                  shown: bool = False) -> tuple[Entry, ...]:
        """The readings of ``t`` worth resolving. ``shown``: the text shows ``doc_cc`` is its
        country (not a default)."""
        strong = t.cue not in (None, "en")
        key = t.extra.get("key", "")
        out = []
        for e in t.entries:
            ours = e.gid.startswith("cronica:")
            if shown and t.cue in ("admin2", "admin3") and e.kind in ("admin2", "admin3") and e.cc != doc_cc \
                    and e.cc not in self._named_cc and not in_chain:
                continue  # "municipios Zamora" in a Venezuelan story: not Spain's province
            if e.kind == "town" and not ours and e.cc != doc_cc and not strong and t.cue != "en" \
                    and norm_key(e.name) != key and e.population < 1_000_000:
                continue  # a foreign town by one of its many alternate names: needs a cue (not "Santiago de Chile")
            if e.kind == "town" and not ours and e.cc != doc_cc:
                floor = 5_000 if strong else (20_000 if t.cue == "en" else 100_000)
                if in_chain or _names_own_division(e):
                    floor = 0  # "Cáceres, Antioquia": the hierarchy written next to it decides;
                    # "Trópico de Cochabamba": one of our zones whose name carries its division
                if e.population < floor:
                    continue
            elif e.kind == "town" and not ours and not strong and e.population < (0 if t.cue == "en" else 1_000) \
                    and not e.gid.startswith("cronica-town:"):  # our zones and neighbourhoods have no population
                continue
            if e.cue_only and not strong:
                continue
            if strong and not self._own_level_noun(t, e):
                continue  # "la comuna de Cerrillos": not Salta's department of that name
            if e.kind == "country" and t.cue in _NAMED_AFTER_COUNTRY and not _part_of_country(t):
                continue  # "cooperativa Nigeria", "barrio Colombia": named after the country, not it
            if e.kind in ("admin1", "admin2") and t.cue == "local" and (t.name_start > t.start or "group" in t.extra):
                continue  # "COMUNIDAD PANAMA", "barrio Guayas": a hamlet named after a division, not it
            if t.extra.get("initial") and e.kind == "town" and not ours and norm_key(e.name) != key \
                    and not e.gid.startswith("cronica-town:"):
                continue  # a sentence-initial word that is only another name of a town ("Hay")
            if t.cue == "local" and e.cc != doc_cc and not ours and not in_chain and (shown or e.kind != "town"):
                continue  # "sector Santa Elena" in a Chilean story: a local place, not Ecuador's province
                # (with no country shown, "el penal de Cojutepeque" is that town's prison)
            if not strong and not in_chain and e.cc != doc_cc and e.kind not in ("town", "country"):
                continue  # a foreign department named alone, without a cue: "César" is a person
            if t.extra.get("initial") and e.kind == "town" and not ours and (e.cc != doc_cc or e.population < 5_000):
                continue  # a capitalised sentence-initial word: "Fue", "Tras"
            out.append(e)
        division = self.rec.lex.division_demonyms.get(t.extra.get("adjective_key") or "")
        if division:
            # "el distrito limeño de San Isidro": the namesake in the division the adjective names
            inside = [e for e in out if e.admin1 == division or (e.kind == "admin1" and e.name == division)]
            out = inside or out
        if (t.cue == "admin1" or _part_of_country(t)) and t.extra.get("adjective") and any(e.kind == "country" for e in out):
            out = [e for e in out if e.kind == "country"]  # "la región norteña de Guatemala": a part of the country
        if t.cue in ("admin1", "admin2", "admin3"):
            same = [e for e in out if e.kind == t.cue]
            if t.cue == "admin1":
                same += [e for e in out if e.kind in ("region", "valley") and e not in same]
                own = [e for e in out if e.kind == "admin2" and e.cc == doc_cc and e.cc in self.rec.lex.admin2_nouns]
                if own and not any(e.cc == doc_cc for e in same):
                    same = own  # "departamento de Orán" in an Argentine story: its second level
            if t.cue == "admin2" and not same:  # "provincia de Ayacucho": the department;
                # "municipio de Nariño" in Colombia: the town (a municipality), not the department;
                # "provincia Santo Domingo": the Dominican province (its country's own noun for its
                # first level, ``admin1_nouns``), not the capital city of that name
                same = self._named_first_level(t, out) or \
                    [e for e in out if e.kind == "town" and e.cc != "PE" and e.cc == doc_cc] or \
                    [e for e in out if e.kind == "admin1"] or [e for e in out if e.kind == "admin3"]
            if t.cue == "admin2" and same and doc_cc and not any(e.cc == doc_cc for e in same):
                # "municipio de Valparaíso" in a Mexican story: the Mexican municipality (a town
                # here), not Chile's province of that name (in a written hierarchy, both stay
                # and the hierarchy decides)
                local = [e for e in out if e.cc == doc_cc and e.kind in ("town", "admin3")]
                same = (same + local) if in_chain else (local or same)
            if same:
                out = same
        elif t.cue in ("valley",):
            same = [e for e in out if e.kind in ("valley", "region")]
            out = same or out
        elif t.cue == "base":
            same = [e for e in out if e.kind == "base"]
            out = same or out
        return tuple(out)

    def _own_level_noun(self, t: Toponym, e: Entry) -> bool:
        """Whether a cued name may be ``e``: a second-level division of a country that names
        its divisions with its own noun (``admin2_nouns``) only after that noun."""
        if e.kind == "admin1":
            return self._own_admin1_noun(t, e)
        nouns = self.rec.lex.admin2_nouns.get(e.cc or "")
        if e.kind != "admin2" or nouns is None:
            return True
        return bool(set((t.extra.get("cue_word") or "").split()) & nouns)

    def _named_first_level(self, t: Toponym, readings: Sequence[Entry]) -> list[Entry]:
        """The first-level divisions among ``readings`` whose country calls them by the level
        noun written before ``t`` (``admin1_nouns``: a Dominican or Argentine "provincia")."""
        written = set((t.extra.get("cue_word") or "").split())
        return [e for e in readings if e.kind == "admin1"
                and written & self.rec.lex.admin1_nouns.get(e.cc or "", frozenset())]

    def _own_admin1_noun(self, t: Toponym, e: Entry) -> bool:
        """Whether a name after a level noun may be the first-level division ``e``: not when
        its country calls those divisions otherwise (``admin1_nouns``: "el departamento de
        Santa Cruz" is not Argentina's province)."""
        nouns = self.rec.lex.admin1_nouns.get(e.cc or "")
        written = (t.extra.get("cue_word") or "").split()  # none in a bulletin's list ("RIO NEGRO - EL BOLSON")
        if nouns is None or not written or t.cue not in ("admin1", "admin2", "admin3"):
            return True
        return bool(set(written) & nouns)

    def _readable(self, t: Toponym, e: Entry) -> bool:
        """Whether ``t`` as written may stand for ``e`` at all: a division marked cue-only
        (``admin2_latam.tsv``) only after its country's level noun."""
        if e.kind == "admin1":
            return self._own_admin1_noun(t, e)
        if e.kind != "admin2" or e.cc not in self.rec.lex.admin2_nouns:
            return True
        if t.cue in (None, "en"):
            return not e.cue_only
        return self._own_level_noun(t, e)

    def _chains(self, text: str, tops: list[Toponym]) -> list[_Chain]:
        chains: list[_Chain] = []
        for t in tops:
            if chains:
                prev = chains[-1].members[-1]
                gap = self._without_paired_level(text[prev.end:t.start], t)
                role = chains[-1].members[0].role
                coordinated = bool(re.search(r"\b[ye]\b", gap)) and (
                    t.extra.get("group") is None or t.extra.get("group") != prev.extra.get("group"))
                if self._linked(gap) and not coordinated and not _opens_after_division(prev, t, gap) and (
                        t.role == role or (t.role == "place" and role in ("destination", "origin"))):
                    t.role = role  # "trasladados a X, en la provincia de Y": Y is part of the destination
                    if t.cue is None and chains[-1].members[0].cue is not None:
                        t.cue = "en"  # "en Saravena, Arauca": the department is located, not a bare word
                    chains[-1].members.append(t)
                    continue
            chains.append(_Chain([t]))
        return chains

    #: "en el distrito y provincia de Pataz": two level nouns joined before one name
    _PAIRED_LEVEL = re.compile(r"\b(\w+)\s+[ye]\s*$")

    def _without_paired_level(self, gap: str, t: Toponym) -> str:
        """The gap before ``t`` without a level noun that ``t``'s own cue noun is paired with
        ("X, en el distrito y provincia de Y": Y is both, no second place coordinated with X)."""
        m = self._PAIRED_LEVEL.search(gap)
        if m is None or t.cue in (None, "en", "local"):
            return gap
        if self.rec.lex.cue_nouns.get((norm_key(m.group(1)),)) in (None, "local"):
            return gap
        return gap[:m.start()]

    @staticmethod
    def _linked(gap: str) -> bool:
        if len(gap) > 45 or re.search(r"[.;:!?\n]", gap):
            return False
        words = re.findall(r"\w+", gap.lower())
        return all(norm_key(w) in _GAP_WORDS for w in words)

    def _context(self, chains: list[_Chain], doc_cc: str) -> dict:
        """First-level divisions named unambiguously (by country: Guatemala's La Libertad is
        not Peru's) and regions named anywhere in the document."""
        admin1_votes: dict[tuple[str, str], int] = {}
        named_by: dict[tuple[str, str], set[str]] = {}  # the names that vote for each division
        regions: list[Entry] = []
        for ch in chains:
            for t in ch.members:
                a = self._named_area(t, doc_cc)
                if a is not None:
                    admin1_votes[a] = admin1_votes.get(a, 0) + 1
                    named_by.setdefault(a, set()).add(_bare_key(norm_key(t.extra.get("key") or "")))
                regs = [e for e in t.entries if e.members]
                if len(t.entries) == 1 and regs and regs[0] not in regions:
                    regions.append(regs[0])
        return {"admin1": admin1_votes, "named_by": named_by, "regions": regions, "known": {}}

    @staticmethod
    def _named_elsewhere(t: Toponym, e: Entry, context: dict) -> bool:
        """Does another name of the document (not this one again, not a country's or the
        division's own name: a town "Paraguay", the town "Antioquia") place the story in the
        first-level division of reading ``e``?"""
        if any(x.kind == "country" or (x.kind == "admin1" and x.cc == e.cc and x.admin1 == e.admin1)
               for x in t.entries):
            return False  # "Antioquia" is the department before the town in it that bears its name
        voters = context["named_by"].get((e.cc, e.admin1 or ""), set())
        return bool(voters - {_bare_key(norm_key(t.extra.get("key") or ""))})

    def _named_area(self, t: Toponym, doc_cc: str) -> Optional[tuple[str, str]]:
        """The (country, first-level division) a toponym names when all its readings in the
        document's country (else all its readings) lie in one: an event place, or a regional
        dateline ("APATZINGÁN, Mich.-"; a national capital's files the news of a whole country)."""
        if t.role != "place" and not (t.extra.get("dateline") and
                                      _capital_country(t.entries, t.extra.get("key") or "", self.gaz) is None):
            return None
        areas = {(e.cc, e.admin1) for e in t.entries if e.admin1 and e.kind != "country"}
        home = {a for a in areas if a[0] == doc_cc}
        areas = home or areas
        return next(iter(areas)) if len(areas) == 1 else None

    def _score(self, t: Toponym, e: Entry, context: dict, doc_cc: str) -> float:
        s = float(_PRIOR.get(e.kind, 0))
        division = t.extra.get("division")
        if division is not None and (e.cc, e.admin1) == division:
            s += 100  # "SALVATIERRA, Gto.-": the town of that state
        if e.kind == "town":
            s += (40 if e.cc == doc_cc else 15) + 3 * math.log10(e.population + 1)
            if e.gid.startswith("cronica:"):
                s += 15  # our curated conflict geography: as strong as a district
            if e.cc == doc_cc and e.population >= 1_000_000 and t.cue in (None, "en") \
                    and norm_key(e.name) == norm_key(t.extra.get("key") or ""):
                s += 5  # "en Buenos Aires": the capital city before the province of its name
        if e.cc == doc_cc:
            s += 5
        elif e.cc in self._named_cc:
            s += 4  # a country the document names ("Perú y Bolivia ... en La Paz")
        elif e.kind not in ("town", "country"):
            s -= 15  # a foreign department or province of that name
        if e.kind == "country" and t.cue in (None, "en"):
            s += 35  # "Colombia" is the country before the town of that name
        if t.cue in (None, "en") and e.kind == "admin2":
            s -= 2  # "en Huanta" is the town (district capital) before the province
        votes = context["admin1"].get((e.cc, e.admin1 or ""), 0)
        s += min(votes, 3) * 1.5
        if votes and e.kind in ("town", "admin2", "admin3") and self._named_elsewhere(t, e, context):
            # "La Democracia" in a Huehuetenango story: that department's municipality before a
            # larger namesake elsewhere; "distrito de El Porvenir" in a story that names a place
            # of La Libertad: that department's district
            s += NAMED_AREA_TOWN if e.kind == "town" else NAMED_AREA_UNIT
        for r in context["regions"]:
            if e.ubigeo and e.ubigeo in r.members:
                s += 5
            elif e.kind == "town" and e.admin1 and e.admin1 in r.admin1_set:
                s += 1
        key = norm_key(t.extra.get("key") or "")
        if context["known"].get(key) == e.id:
            s += 10  # one sense per discourse: the reading the hierarchy gave elsewhere
        return s

    def _resolve_chain(self, ch: _Chain, context: dict, doc_cc: str) -> None:
        n = len(ch.members)
        ch.chosen = [None] * n
        ch.ambiguous = [False] * n
        # most general first
        def level_key(m: int) -> tuple[int, int]:
            t = ch.members[m]
            if t.cue not in (None, "en"):
                lvl = _level_of(t, None)
                kinds = [_level_of(t, e) for e in t.entries]
                if t.cue in ("admin1", "admin2", "admin3") and kinds:
                    lvl = max(kinds)
            else:
                lvl = max((_level_of(t, e) for e in t.entries), default=1)
            return (-lvl, -m)

        order = sorted(range(n), key=level_key)
        resolved: list[tuple[Entry, int]] = []
        for m in order:
            t = ch.members[m]
            cands = list(t.entries)
            if t.cue == "local":
                cands = self._inside_written(ch, m, cands, doc_cc)
            if not cands:
                continue
            scored = []
            for e in cands:
                lvl = _level_of(t, e)
                fit = 0.0
                ok = True
                for g, gm in resolved:
                    later = gm > m and not (t.extra.get("group") is not None
                                            and t.extra.get("group") == ch.members[gm].extra.get("group"))
                    if not later and LEVEL.get(g.kind, 1) + (1 if g.spans else 0) <= lvl:
                        continue  # a sibling or a more specific member written before: no constraint
                    if g.kind == "country" and e.kind == "country":
                        continue
                    c = compatible(e, g)
                    if c is None:
                        ok = False
                        break
                    fit += c
                if ok:
                    support = self._support(ch, m, e)
                    if ch.members[0].extra.get("list") and not self._cc_shown:
                        support *= 2  # a bulletin's list "COLON - TRUJILLO - ...": its own hierarchy, not
                        # a default country the text never shows, decides which Trujillo
                    scored.append((self._score(t, e, context, doc_cc) + fit + support, e))
            if not scored:
                continue  # nothing fits the written hierarchy: a local homonym
            scored.sort(key=lambda x: -x[0])
            best_s, best = scored[0]
            rivals = [e for s, e in scored[1:] if best_s - s < AMBIGUITY_MARGIN]
            metropolitan = self._capital_district([best] + rivals, context) if rivals else None
            if metropolitan is not None:
                best, rivals = metropolitan, []
            if rivals and any(not _same_area(best, r) for r in rivals):
                ch.ambiguous[m] = True
                t.extra["rivals"] = [best] + rivals
                continue
            ch.chosen[m] = best
            resolved.append((best, m))
        # head: the most specific member (first among equals); countries only if alone
        levels = [_level_of(t, e) if (e is not None or t.cue not in (None, "en") or ch.ambiguous[m]) else 99
                  for m, (t, e) in enumerate(zip(ch.members, ch.chosen))]
        named_a1 = {e.admin1 for e in ch.chosen if e is not None and not e.spans and e.admin1}
        for m, e in enumerate(ch.chosen):
            if e is not None and e.spans and named_a1 & set(e.spans):
                levels[m] = 3  # "el valle del Apurímac, departamento de Ayacucho": the valley's part in Ayacucho
        listed = bool(ch.members[0].extra.get("list"))  # general first: the last of equals is the most specific
        ch.head = min(range(n), key=lambda m: (levels[m], -m if listed else m))
        ch.level = levels[ch.head]

    def _capital_district(self, readings: list[Entry], context: dict) -> Optional[Entry]:
        """"el distrito de Comas", "el distrito de Independencia": a district name that the
        capital's province shares with districts elsewhere, in a text that places nothing in the
        divisions or regions of those namesakes, is the capital's district. Metropolitan
        districts hold far more people than their rural namesakes (INEI census 2017: Comas,
        Lima, over 500,000; Comas, Junín, about 6,000; Independencia, Lima, over 200,000;
        Independencia, Huaraz, about 70,000), and the gazetteer has no district populations
        to weigh them. None when the readings are not all districts of one country, or when
        not exactly one lies in the capital's province."""
        if not self._cc_shown or any(e.kind != "admin3" or e.cc != readings[0].cc for e in readings):
            return None  # (a default country is no ground: "San Miguel" in a story that never shows it)
        cap = self.gaz.capital(readings[0].cc)
        if cap is None or not cap.admin2:
            return None
        inside = [e for e in readings if (e.admin1, e.admin2) == (cap.admin1, cap.admin2)]
        if len(inside) != 1:
            return None
        others = [e for e in readings if e is not inside[0]]
        if any(context["admin1"].get((e.cc, e.admin1 or ""), 0) for e in others):
            return None
        if any(e.ubigeo and e.ubigeo in r.members for r in context["regions"] for e in others):
            return None
        return inside[0]

    @staticmethod
    def _inside_written(ch: _Chain, m: int, cands: list[Entry], doc_cc: str) -> list[Entry]:
        """A barrio, vereda, colonia or aldea lies inside the town or division written after
        it ("barrio La Floresta, Cartagena"): only its namesakes that fit some reading of
        that place in the document's country count, even when that place itself stays
        ambiguous; a namesake elsewhere (a town "La Floresta" in another department or
        country) is not it. A written place the gazetteer knows only abroad constrains nothing."""
        t = ch.members[m]
        listed = bool(ch.members[0].extra.get("list"))  # "COLON - TRUJILLO - COMUNIDAD X": general first
        for k, o in enumerate(ch.members):
            if (k >= m if listed else k <= m) or not o.entries or o.cue == "local" or (
                    t.extra.get("group") is not None and t.extra.get("group") == o.extra.get("group")):
                continue
            readings = [y for y in o.entries[:60] if y.cc == doc_cc] if doc_cc else list(o.entries[:60])
            if readings:
                cands = [e for e in cands if any(compatible(e, y) is not None for y in readings)]
        return cands

    @staticmethod
    def _support(ch: _Chain, m: int, e: Entry) -> float:
        """How many other members of the written hierarchy this reading fits with."""
        t = ch.members[m]
        s = 0.0
        for o, other in enumerate(ch.members):
            if o == m or (t.extra.get("group") is not None and t.extra.get("group") == other.extra.get("group")):
                continue
            if o < m:  # written before: more specific, should lie inside e
                if other.cue == "local" and e.kind == "town":
                    continue  # "la colonia Valle Hermoso, en Celaya": a neighbourhood's namesake town
                    # elsewhere does not make Celaya that town's namesake
                n = sum(compatible(x, e) is not None for x in other.entries[:60])
            else:  # written after: more general, e should lie inside it
                n = sum(compatible(e, y) is not None for y in other.entries[:60])
            if n:
                s += 20 + min(n - 1, 2)  # fits more readings: "Miraflores, Lima" is in Lima province; the
                # hierarchy outweighs the default country ("Bariloche, Río Negro" is in Argentina)
        return s

    def _finish(self, ch: _Chain, before: list[_Chain], text: str, after: Optional[_Chain] = None,
                listed: Optional[Entry] = None, lead: Optional[Place] = None) -> None:
        ch.place = self._place(ch.members[ch.head], ch.chosen[ch.head], text, ch, own=False, before=before,
                               after=after, listed=listed, lead=lead)

    _POINTED = re.compile(r"(?:\s+(?:\d{1,3}|[IVX]{1,4})\b)?\s*,?\s*(?:a|al|hacia\s+el)\s+(?:norte|sur|este|oeste|noreste|noroeste|sureste|suroeste"
                          r"|oriente|poniente|occidente)\s+(?:de|del)\s*$", re.IGNORECASE)

    def _pointed_town(self, ch: _Chain, after: Optional[_Chain], text: str) -> Optional[Entry]:
        """"la colonia Revolución, al oriente de Uruapan": a local place pointed to from the
        town written right after it lies in that town's division (also when its name ends in a
        number the name leaves out: "la cooperativa Los Pinos 2, al norte de X")."""
        if after is None or after.role != "reference" or not after.chosen or after.head >= len(after.chosen):
            return None
        e = after.chosen[after.head]
        if e is None or not e.admin1 or e.kind not in ("town", "admin3", "admin2"):
            return None
        if not self._POINTED.fullmatch(text[ch.members[-1].end:after.members[0].start]):
            return None
        return e

    def _place(self, t: Toponym, e: Optional[Entry], text: str, ch: _Chain, own: bool,
               before: Sequence[_Chain] = (), after: Optional[_Chain] = None,
               listed: Optional[Entry] = None, lead: Optional[Place] = None) -> Optional[Place]:
        span = Span(t.start, t.end, text[t.start:t.end])
        name = text[t.start:t.end]
        # the most specific resolved member that contains this one
        general = [g for g in ch.chosen if g is not None and g is not e and (e is None or compatible(e, g) is not None)
                   and (e is None or LEVEL.get(g.kind, 1) >= LEVEL.get(e.kind, 1))]
        general.sort(key=lambda g: LEVEL.get(g.kind, 1))
        if own:
            general = []
        amb = t.extra.get("rivals")
        if not own and t.cue == "local" and not t.near and len(ch.members) == 1:
            town = self._pointed_town(ch, after, text)
            if town is not None and (e is None or (e.cc, e.admin1) != (town.cc, town.admin1)):
                # "la colonia Revolución, al oriente de Uruapan": in Uruapan's state, not a namesake's
                return self._from_entry(name, span, town, t, specific=False, chain=ch)
        if e is None and not own and not amb and t.cue in ("local", "street", "base"):
            crossing = norm_key(t.extra.get("cue_word") or "") in self.rec.lex.crossings
            town = self._town_in_name(name, ch, t.name_start - t.start if crossing else 0) or \
                self._town_of_street_after(t, ch, text)
            if town is not None:  # "barrio Obrero de Apartadó", "la avenida Baralt de Caracas": a part
                # of the town its name ends with
                return self._from_entry(name, span, town, t, specific=False, chain=ch)
        if e is None and not own and not general and t.cue == "road":
            ends = self._road_ends(name)
            if ends is not None:  # "carretera Acostambo-Huancayo": between two known places
                a, b = ends
                if (a.cc, a.admin1) == (b.cc, b.admin1):
                    return self._from_entry(name, span, a, t, specific=False, chain=ch)
                return Place(name=name, country=a.country if a.cc == b.cc else None,
                             iso=a.iso if a.cc == b.cc else None, geo_precision=3, where_prec=5, span=span)
        if e is None:
            base = general[0] if general else None
            if base is None and not amb and t.cue in _LOCAL_CUES and listed is not None:
                # a bulletin entry's hamlet lies in the list closing its own line, not in the last entry's
                return self._from_entry(name, span, listed, t, specific=False, chain=ch)
            if base is None and not amb and t.cue in _LOCAL_CUES and before:
                prev = next((c for j, c in reversed(list(enumerate(before))) if c.role == "place" and c.place is not None
                             and c.level < 5 and c.place.admin1 and not _listed_apart(before, j, text)), None)
                if prev is not None:  # not in the gazetteer: the story's area
                    return _local_place(_passing_or_lead(prev, lead, t, text), span)
            if base is None:
                if amb:
                    a1 = {r.admin1 for r in amb}
                    cc = {r.cc for r in amb}
                    r0 = amb[0]
                    return Place(name=name, admin1=a1.pop() if len(a1) == 1 else None,
                                 country=r0.country if len(cc) == 1 else None,
                                 iso=r0.iso if len(cc) == 1 else None, span=span)
                if t.cue in (None, "en"):
                    return None
                return Place(name=name, span=span)
            return self._from_entry(name, span, base, t, specific=False, chain=ch)
        return self._from_entry(name, span, e, t, specific=True, chain=ch, general=general)

    def _town_of_street_after(self, t: Toponym, ch: _Chain, text: str) -> Optional[Entry]:
        """"el centro comercial X, en la avenida Y de Z", "la sede de la empresa, en la calle
        Y de Z": a building written with the street it stands on lies in the town that street's
        name ends with, like the street itself."""
        for o in ch.members:
            if o is not t and o.start > t.start and o.cue in ("local", "street"):
                town = self._town_in_name(text[o.start:o.end], ch)
                if town is not None:
                    return town
        return None

    _ROAD_ENDS = re.compile(r"([A-ZÁÉÍÓÚÑ][\w.]*(?:\s+(?:de\s+|del\s+|la\s+)?[A-ZÁÉÍÓÚÑ][\w.]*)*)\s*[-–]\s*"
                            r"([A-ZÁÉÍÓÚÑ][\w.]*(?:\s+(?:de\s+|del\s+|la\s+)?[A-ZÁÉÍÓÚÑ][\w.]*)*)$")

    def _road_ends(self, name: str) -> Optional[tuple[Entry, Entry]]:
        """The two towns a road is named by ("carretera Acostambo-Huancayo", "vía Tumaco-Pasto"),
        each read in the document's country as one first-level division; None otherwise."""
        m = self._ROAD_ENDS.search(name)
        if not m or not self._doc_cc:
            return None
        ends = []
        for part in (m.group(1), m.group(2)):
            cands = [x for x in self.gaz.lookup(part) if x.kind in ("town", "admin3", "admin2") and x.admin1
                     and not x.cue_only and x.cc == self._doc_cc and norm_key(x.name) == norm_key(part)]
            if len({x.admin1 for x in cands}) != 1:
                return None
            ends.append(max(cands, key=lambda x: (x.kind != "town", x.population)))
        return ends[0], ends[1]

    _OF_TOWN = re.compile(r"\s(?:de|del)\s+([A-ZÁÉÍÓÚÑ][\w\-]+(?:\s+(?:de\s+|del\s+|la\s+)?[A-ZÁÉÍÓÚÑ][\w\-]+)*)$")

    #: a street's or prison's name ends with a town this large ("la avenida Baralt de Caracas");
    #: smaller ones are more often a person's name ("la calle Corazón de María")
    STREET_TOWN = 20_000

    def _town_in_name(self, name: str, ch: _Chain, name_from: int = 0) -> Optional[Entry]:
        """The town a local place's name ends with ("barrio Obrero de Apartadó", "colonia Centro
        de Culiacán", "la avenida Baralt de Caracas"), when it is a known town of one
        first-level division that fits the written hierarchy. ``name_from``: where the name
        starts when the cue's "de" is no town's ("la esquina de Junín": Junín is a street; "el
        malecón de Guayaquil" is the city's)."""
        m = self._OF_TOWN.search(name)
        cue = ch.members[ch.head].cue
        if not m or m.start() + 1 < name_from:
            return None
        if not (cue == "street" or re.match(r"\S+\s+\S", name[:m.start() + 1])):
            return None  # "caserío de Santa Rosa": the place is the town itself, resolved as such
            # (a street's is not: "el malecón de Guayaquil" is a part of the city)
        cands = [x for x in self.gaz.lookup(m.group(1)) if x.kind in ("town", "admin3", "admin2") and x.admin1
                 and not x.cue_only and norm_key(x.name) == norm_key(m.group(1))
                 and (cue == "local" or (x.kind == "town" and x.population >= self.STREET_TOWN
                                         and (not self._cc_shown or x.cc == self._doc_cc)))]
        general = [g for g in ch.chosen if g is not None]
        cands = [x for x in cands if all(compatible(x, g) is not None for g in general)]
        big = _dominant_town(cands)
        if big is not None and (not self._cc_shown or big.cc == self._doc_cc):
            return big
        if self._doc_cc:
            # abroad only when the text never shows its country, and a real town ("colonia Valle
            # del Sol" is no part of a Spanish village "Sol")
            cands = [x for x in cands if x.cc == self._doc_cc] or (
                [] if self._cc_shown else [x for x in cands if x.kind != "town" or x.population >= self.STREET_TOWN])
        areas = {(x.cc, x.admin1) for x in cands}
        if len(areas) != 1:
            return None
        return max(cands, key=lambda x: (x.kind != "town", x.population))

    def _from_entry(self, name: str, span: Span, e: Entry, t: Toponym, specific: bool, chain: _Chain,
                    general: Sequence[Entry] = ()) -> Place:
        admin1, admin2, admin3 = e.admin1, e.admin2, e.admin3
        if e.kind == "admin1":
            admin2 = admin3 = None
        if e.kind == "admin2":
            admin3 = None
        if e.spans and not admin1:
            # a region over several departments: the department the text names, if any
            named = [g.admin1 for g in chain.chosen if g is not None and g.kind in ("admin1", "admin2", "admin3", "town")
                     and g.admin1 in e.spans]
            admin1 = named[0] if named else None
            sub = [g for g in chain.chosen if g is not None and g.kind in ("admin2", "admin3") and g.admin1 == admin1]
            if admin1 and sub:
                admin2 = sub[0].admin2
        for g in general:
            admin1 = admin1 or g.admin1
            admin2 = admin2 or (g.admin2 if g.admin1 == admin1 else None)
            if e.kind in ("town", "base") and g.kind == "admin3" and g.admin2 == admin2:
                admin3 = admin3 or g.admin3
        kind = e.kind
        if not specific:  # an unknown local place inside a known unit
            geo, where = 2, {"admin3": 2, "admin2": 3, "admin1": 4, "town": 2, "base": 2}.get(kind, 5)
        elif kind in ("town", "base"):
            geo, where = 1, 1
        elif kind == "admin3":
            geo, where = (2, 2) if t.cue == "admin3" else (1, 1)
        elif kind == "admin2":
            geo, where = 3, 3
        elif kind == "admin1":
            geo, where = 3, 4
        elif kind == "country":
            geo, where = 3, 6
        else:  # region, valley, project
            geo, where = 3, (4 if admin1 or not e.spans else 5)
        if t.near and geo == 1:
            geo, where = 2, 2
        return Place(name=name, admin1=admin1, admin2=admin2, admin3=admin3 if specific or kind == "admin3" else None,
                     country=e.country, iso=e.iso, latitude=e.lat, longitude=e.lon, geo_precision=geo,
                     where_prec=where, gazetteer_id=e.gid, span=span)


def _road_end_chains(chains: Sequence[_Chain], text: str, lex) -> dict[int, str]:
    """The chains that name the ends of a road (data/geo/cues_es.yaml road_nouns): "pair" for
    "la carretera entre X y Y", "la vía que une X con Y", "la carretera nueva X-Y" (each end),
    "lone" for the one end told beside a plain noun ("la carretera que une el distrito con X")."""
    nouns = getattr(lex, "road_nouns", None)
    if not nouns:
        return {}
    alt = lambda words: "(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + ")"
    art = r"(?:(?:el|la|los|las)\s+)?"
    road = r"\b" + alt(nouns) + (r"(?:\s+" + alt(lex.road_adjectives) + ")?" if lex.road_adjectives else "")
    verbs = alt(lex.road_linking_verbs) if lex.road_linking_verbs else r"(?!)"
    pair = re.compile(road + r"\s+(?:entre\s+" + art + r"|que\s+" + verbs + r"\s+(?:a\s+)?" + art + ")$")
    bare = re.compile(road + r"\s+$")
    lone = re.compile(road + r"\s+que\s+" + verbs + r"\s+(?:a\s+)?" + art + r"\w+(?:\s+\w+)?\s+con\s+" + art + "$")
    joined = re.compile(r"\s*(?:[-–]|y|e|con|hasta)\s*" + art, re.IGNORECASE)
    out: dict[int, str] = {}
    prev: Optional[_Chain] = None
    for c in chains:
        a = c.members[0].start
        before = strip_accents(text[max(0, a - 90):a]).lower()
        if prev is not None and id(prev) in out and joined.fullmatch(text[prev.members[-1].end:a]):
            out[id(c)] = out[id(prev)]
        elif pair.search(before):
            out[id(c)] = "pair"
        elif lone.search(before):
            out[id(c)] = "lone"
        elif bare.search(before) and any(re.fullmatch(r"\s*[-–]\s*", text[x.end:y.start])
                                         for x, y in zip(c.members, c.members[1:])):
            out[id(c)] = "pair"
        prev = c
    return out


def _town_floor(t: Toponym) -> int:
    """How large a town abroad must be to be read for ``t`` outside a written hierarchy."""
    return 5_000 if t.cue not in (None, "en") else (20_000 if t.cue == "en" else 100_000)


def _drop_unanchored_abroad(ch: "_Chain", doc_cc: str) -> None:
    """A written hierarchy lets a small town abroad, a neighbourhood's namesake abroad or a town
    outside the Spanish-speaking world be read ("Cáceres, Antioquia") only when another member
    anchors it in that country: a division, a country, or a town large enough to be read there
    on its own. Names side by side that are each only such a town abroad ("la iglesia de Santa
    Rita, en el barrio de Miramar" in a Cuban story; "Damas de Blanco"; "el sector Vista al
    Valle" in a Dominican one) are no hierarchy of another country. A neighbourhood (local cue)
    anchors nothing."""
    if len(ch.members) < 2:
        return
    anchored = {id(t): {e.cc for o in ch.members if o is not t and o.cue != "local" for e in o.entries
                        if e.kind in ("country", "admin1", "admin2")
                        or (e.kind == "town" and e.population >= _town_floor(o))}
                for t in ch.members}
    for t in ch.members:
        floor = _town_floor(t)
        t.entries = tuple(e for e in t.entries if not (
            e.kind == "town" and e.cc != doc_cc
            and (e.population < floor or t.cue == "local" or e.cc not in SPANISH_SPEAKING)
            and not e.gid.startswith(("cronica:", "cronica-town:", "cronica-zone:"))
            and e.cc not in anchored[id(t)]))


def _city_divisions(tops: list[Toponym]) -> set[tuple[str, str]]:
    """The (country, first-level division) of each city of 100,000 or more the text names as a
    place whose every reading lies in that one division ("Culiacán": Mexico's Sinaloa)."""
    found = set()
    for t in tops:
        if t.role != "place" or not t.entries or t.extra.get("institution"):
            continue
        areas = {(e.cc, e.admin1) for e in t.entries}
        if len(areas) == 1 and all(e.admin1 for e in t.entries) and \
                any(e.kind == "town" and e.population >= 100_000 for e in t.entries):
            found |= areas
    return found


def _read_namesakes(tops: list[Toponym], doc_cc: str) -> None:
    """"la ciudad de León" in a story the text shows to be Nicaraguan: when no reading of the
    name (GeoNames' "Ciudad de León" is Mexico's) lies in the document's country, its namesakes
    there are read (``Recogniser._bare_namesakes``)."""
    for t in tops:
        namesakes = t.extra.get("namesakes")
        if namesakes and not any(e.cc == doc_cc for e in t.entries):
            t.entries = tuple(t.entries) + tuple(e for e in namesakes if e.cc == doc_cc)


def _repeated_local_names(chains: list[_Chain], text: str) -> None:
    """One sense per discourse for local places: "el sector La Victoria, municipio Páez del
    estado Apure ... en una finca cercana a La Victoria" is that sector again, not Aragua's
    city of that name. A name first written with a local cue inside a hierarchy that places it
    keeps that place when it recurs bare; a local place or a street, bridge or square so
    written keeps it when it recurs with the same noun ("el puente de Sébaco, en el departamento
    de Matagalpa ... atacaron el tranque del puente de Sébaco" after "la carretera que une Managua
    con el norte" is still Matagalpa's bridge)."""
    local: dict[str, Place] = {}
    cued: dict[tuple[str, str], Place] = {}
    for ch in chains:
        t = ch.members[ch.head]
        key = _bare_key(t.extra.get("key") or "")
        if ch.role != "place" or ch.place is None or not key:
            continue
        noun = (norm_key(t.extra.get("cue_word") or ""), key)
        if t.cue in ("local", "street") and ch.chosen[ch.head] is None and len(ch.members) > 1 and ch.place.admin1:
            if t.cue == "local":
                local.setdefault(key, ch.place)
            cued.setdefault(noun, ch.place)
            continue
        first = local.get(key) if t.cue in (None, "en") else cued.get(noun) if t.cue in ("local", "street") else None
        if first is None or len(ch.members) != 1 or (ch.place.iso, ch.place.admin1) == (first.iso, first.admin1):
            continue
        ch.place = _written_at(first, Span(t.start, t.end, text[t.start:t.end]))


def _opens_after_division(prev: Toponym, t: Toponym, gap: str) -> bool:
    """"el corredor que comunica el norte del Cauca con el Huila y el Tolima, Jambaló fue ...": a
    bare town after a comma that follows a first-level division (a name only divisions and
    countries bear) opens the next clause; a written hierarchy runs from the specific to the
    general ("Jambaló, Cauca"), and one that runs the other way names its levels ("región
    Huánuco, provincia de Marañón") or is a bulletin's list."""
    return gap.strip() == "," and t.cue is None and bool(t.entries) and bool(prev.entries) \
        and not prev.extra.get("list") and all(e.kind in ("admin1", "country") for e in prev.entries) \
        and not any(e.kind in ("admin1", "country") for e in t.entries)


def _short_forms(key: str) -> list[str]:
    """The shorter names a place first named in full goes by later in the text: the words before
    each "de" of its name ("wiwili de jinotega": "wiwili"; "linda vista de la sierra": "linda
    vista"), and the name without its leading "ciudad" ("ciudad altamirano": "altamirano")."""
    words = key.split()
    out = [" ".join(words[:i]) for i, w in enumerate(words) if i > 0 and w in ("de", "del")]
    if len(words) > 1 and words[0] == "ciudad":
        out.append(" ".join(words[1:]))
    return out


def _short_form(ch: _Chain, full_names: dict[str, Place], text: str) -> None:
    """One sense per discourse for a place's short name: "Wiwilí de Jinotega ... Wiwilí fue uno de
    los municipios más afectados" is that municipality again, not the gazetteer's Wiwilí of Nueva
    Segovia; "la comunidad de Linda Vista de la Sierra ... sobre Linda Vista" is that hamlet, not
    Veracruz's Linda Vista. A bare name that is the short form of a place the text named in full
    before takes that place (the first so named), unless the name is a division's own (a division
    named alone is that division) or was read in another country. Then the chain's own full name
    joins ``full_names``."""
    t = ch.members[ch.head]
    key = norm_key(t.extra.get("key") or "")
    full = full_names.get(key)
    if full is not None and len(ch.members) == 1 and t.cue in (None, "en") and \
            not any(e.kind in ("admin1", "admin2", "country") for e in t.entries) and \
            (ch.place is None or (ch.place.iso == full.iso and ch.place.admin1 != full.admin1)):
        ch.place = _written_at(full, Span(t.start, t.end, text[t.start:t.end]))
        return
    if ch.place is not None and ch.place.admin1:
        for short in _short_forms(key):
            full_names.setdefault(short, ch.place)


def _written_at(place: Place, span: Span) -> Place:
    """``place`` again, as the text writes it at ``span`` (a name that recurs)."""
    return replace(place, name=span.text, span=span)


def _lead_end(text: str) -> int:
    """Where the lead (headline and first paragraph: the first two lines) ends."""
    ends = [m.end() for m in itertools.islice(re.finditer(r"[^\n]+", text), 2)]
    return ends[-1] if ends else 0


def _lead_division(chains: Sequence[_Chain], lead_end: int) -> Optional[Place]:
    """The one first-level division the lead's places lie in ("Cinquera es un municipio del
    departamento de Cabañas"), the division itself when the lead names it; None when the lead
    names several or none."""
    placed = [c.place for c in chains if c.role == "place" and c.place is not None and c.place.admin1
              and c.level < 6 and c.end <= lead_end]
    if not _one_division(placed):
        return None
    return next((p for p in placed if p.admin2 is None), placed[0])


def _one_division(placed: Sequence[Place]) -> bool:
    """Do the places (at least one) all lie in one first-level division of one country?"""
    return bool(placed) and len({(p.iso, p.admin1) for p in placed}) == 1


def _known_small(readings: Sequence[Entry]) -> bool:
    """Whether every reading is a town known to be smaller than SMALL_TOWN (a hamlet a bare name
    may mean anywhere). A town of our own data files with population 0 ("not given":
    ``towns_extra.tsv``, ``municipalities_extra.tsv``) is not: it is a municipality or a part of
    a city that a text names as its story's place ("Comayagüela", "Sébaco", "Wiwilí de
    Jinotega"), whatever its size; GeoNames' towns of no population stay hamlets."""
    return all(x.population < SMALL_TOWN and not (x.population == 0 and x.gid.startswith("cronica-town:"))
               for x in readings)


def _part_of_country(t: Toponym) -> bool:
    """"la zona central de El Salvador", "la zona norte de Honduras": a local noun, an adjective
    and "de" before a name tell a part of the place so named (a country's region), not a hamlet
    named after it ("la cooperativa Nigeria")."""
    return t.cue == "local" and bool(t.extra.get("adjective"))


def _listed_apart(chains: Sequence[_Chain], j: int, text: str) -> bool:
    """Whether chain ``j`` is coordinated with a neighbour placed in another first-level division
    ("como tantos pueblos de Navarra y del País Vasco", "entre el Cauca y el Huila"): a list of
    places in several divisions is no one area for a street or a hamlet named after it."""
    c = chains[j]
    for k in (j - 1, j + 1):
        if not 0 <= k < len(chains):
            continue
        o = chains[k]
        if o.place is None or not o.place.admin1 or (o.place.iso, o.place.admin1) == (c.place.iso, c.place.admin1):
            continue
        a, b = (o, c) if k < j else (c, o)
        gap = text[a.members[-1].end:b.members[0].start]
        if PlaceIndex._COORD_GAP.fullmatch(gap) and re.search(r"\b[ye]\b", gap):
            return True  # (a comma alone may close a clause: "entre el Cauca y el Tolima, Toribío fue")
    return False


def _passing_or_lead(prev: _Chain, lead: Optional[Place], t: Toponym, text: str) -> Place:
    """The area of a local place the gazetteer lacks: the last place named before it, unless
    that place was named in an earlier paragraph, in another division of the same country
    than the one the lead places the text in: a long entry about one municipality names
    where its people fled ("se desplazaron a San Salvador") or where the columns went ("bajaban
    hacia el Apurímac") in passing, and its next hamlet is the subject's."""
    area = prev.place
    if lead is None or area is None or lead.iso != area.iso or lead.admin1 == area.admin1:
        return area
    return lead if "\n" in text[prev.end:t.start] else area


def _local_place(area: Place, span: Span) -> Place:
    """A place inside the division ``area`` that the gazetteer does not hold itself, written
    at ``span`` ("La Victoria, en el mismo municipio"; a hamlet of the story's area): the
    area's first- and second-level divisions, country and point, at the precision of a part
    of a division (ACLED 2, UCDP 2 or coarser), with no district and no gazetteer entry of
    its own."""
    return _written_at(replace(area, admin3=None, gazetteer_id=None, geo_precision=2,
                               where_prec=max(area.where_prec or 2, 2)), span)


def _bare_key(key: str) -> str:
    """A name's key without its leading article, as a bulletin's list writes it ("el retiro",
    "VEREDA EL RETIRO": "retiro")."""
    words = norm_key(key).split()
    while len(words) > 1 and words[0] in _ARTICLES:
        words = words[1:]
    return " ".join(words)


def _closes_line(c: _Chain, text: str) -> bool:
    """Whether nothing but punctuation follows the chain on its line."""
    return not re.search(r"\w", text[max(t.end for t in c.members):].split("\n", 1)[0])


def _whole_line(c: _Chain, text: str) -> bool:
    """Whether the chain (a bulletin's list of places) fills its line: the line after an entry
    of several sentences ("14/09. Desaparición forzada. Agentes se llevaron ... Se desconoce su
    paradero. ¶ ZULIA - MARACAIBO - BARRIO X") that places every report of that entry."""
    start = min(t.start for t in c.members)
    return not text[text.rfind("\n", 0, start) + 1:start].strip() and _closes_line(c, text)


def _line_list_entry(chains: list[_Chain], k: int, text: str) -> Optional[Entry]:
    """The most general resolved member of a bulletin's list in capitals that closes the line
    of chain ``k`` ("... en la finca X. MATAGALPA - RANCHO GRANDE"), if any."""
    end = max(t.end for t in chains[k].members)
    for c in chains[k + 1:]:
        if "\n" in text[end:c.members[0].start]:
            return None
        if c.members[0].extra.get("list"):
            if not _closes_line(c, text):
                return None
            return next((e for e in c.chosen if e is not None and e.admin1), None)
    return None


def _drop_short_street_names(text: str, tops: list[Toponym]) -> list[Toponym]:
    """A street or square named after a person or a place ("la avenida Francisco de
    Orellana", "la avenida Bolívar") is later called by its last name alone ("el ataque de
    la Orellana"): that bare name is the street again, not the province. A street named
    after a place by that name alone ("la calle Junín", "la calle Tarata") is the street
    again when named bare later ("escaparon por Junín", "el atentado de Tarata"), except
    after "en" ("en Junín": the place)."""
    streets: list[tuple[int, str]] = []
    out = []
    for t in tops:
        if t.cue in ("street", "road"):
            streets.append((t.end, " " + norm_key(text[t.name_start:t.name_end])))
            out.append(t)
            continue
        key = norm_key(t.extra.get("key") or text[t.name_start:t.name_end])
        whole = not _AFTER_EN.search(text, max(0, t.start - 4), t.start)
        if t.cue is None and key and any(end <= t.start and name.endswith(" " + key)
                                         and (name != " " + key or whole) for end, name in streets):
            continue
        out.append(t)
    return out


_AFTER_EN = re.compile(r"(?<!\w)en\s+\Z", re.IGNORECASE)


DATELINE_CITY_RATIO = 3  # how much larger than any foreign namesake a dateline city must be


#: a city this large, DATELINE_CITY_RATIO times larger than its namesakes, is the one a bare name means
DOMINANT_TOWN = 100_000


def _dominant_town(entries, abroad_only: bool = False) -> Optional[Entry]:
    """The most populous town of ``entries`` when it has DOMINANT_TOWN people or more and is
    DATELINE_CITY_RATIO times larger than any other town of them (``abroad_only``: than any
    other country's), else None. "el barrio Ludueña de Rosario": Argentina's Rosario;
    districts and departments of the name do not count against it."""
    towns = sorted((e for e in entries if e.kind == "town"), key=lambda e: -e.population)
    if not towns or towns[0].population < DOMINANT_TOWN:
        return None
    first = towns[0]
    other = next((e.population for e in towns[1:] if not abroad_only or e.cc != first.cc), 0)
    return first if first.population >= DATELINE_CITY_RATIO * other else None


def _dominant_city_country(entries) -> set[str]:
    """A wire dateline names a well-known city: the country of the most populous town of
    that name when it is DATELINE_CITY_RATIO times larger than any other country's
    ("ROSARIO": Argentina's, not the Philippines'; "LA PAZ": Bolivia's). Empty otherwise."""
    first = _dominant_town(entries, abroad_only=True)
    return {first.cc} if first is not None else set()


def _exact_towns(entries, key: str) -> list:
    """The towns called exactly ``key`` (not by one of their alternate names: geonames lists
    "San Miguel" among San Diego's), else every town when none is (an English main name:
    "Guatemala City" for "CIUDAD DE GUATEMALA")."""
    towns = [e for e in entries if e.kind == "town"]
    exact = [e for e in towns if norm_key(e.name) == key]
    return exact or towns


def _dateline_country(entries, key: str) -> set[str]:
    """The country of a dateline city named in several: the dominant city's
    (``_dominant_city_country``), else the one country where the city shares its name with
    its first- or second-level division ("SAN MIGUEL": El Salvador's department capital, not
    Argentina's suburb; "BARCELONA": the Spanish province's city, not Venezuela's)."""
    towns = _exact_towns(entries, key)
    dominant = _dominant_city_country(towns)
    if dominant:
        return dominant
    units = {(e.cc, e.admin1, norm_key(e.name)) for e in entries
             if e.kind in ("admin1", "admin2") and not e.cue_only}  # a partido "San Miguel" needs its noun
    capitals = {e.cc for e in towns if e.population >= 100_000 and (e.cc, e.admin1, norm_key(e.name)) in units}
    if len(capitals) == 1:
        return capitals
    # a dateline town the gazetteer knows in one country only ("BARILOCHE", "TUMACO"): that country
    ccs = {e.cc for e in entries}
    if len(ccs) == 1 and any(e.kind == "town" and e.population >= DATELINE_TOWN for e in entries):
        return ccs
    return set()


def _capital_country(entries, key: str, gaz: Gazetteer) -> Optional[str]:
    """The country whose capital (data/geo/capitals.tsv) is called exactly ``key`` and is
    DATELINE_CITY_RATIO times larger than any other country's town of that name ("San
    Salvador", "Santiago", "Asunción"), None otherwise ("Córdoba" is no capital)."""
    towns = [e for e in entries if e.kind == "town" and norm_key(e.name) == key]
    found = _dominant_city_country(towns)
    if len(found) != 1:
        return None
    cc = next(iter(found))
    capital = gaz.capital(cc) if cc in SPANISH_SPEAKING else None
    return cc if capital is not None and any(e.id == capital.id for e in towns) else None


#: "a unos 90 km de X", "al norte de X": the point a place is measured from, in its country
#: (not a border's neighbour, "fronteriza con X", nor a time zone's city)
_MEASURED = re.compile(r"(?:\ba\s+(?:unos\s+|unas\s+|m[aá]s\s+de\s+|menos\s+de\s+)?[\w.,]+\s*(?:km|kms|"
                       r"kil[oó]metros|millas)(?:\s+al\s+\w+)?|\bal\s+(?:norte|sur|este|oeste|noreste|noroeste|"
                       r"sureste|suroeste|oriente|poniente|occidente))\s+(?:de|del)\s+(?:la\s+|el\s+)?$", re.IGNORECASE)


def _measured_from(text: str, t: Toponym) -> bool:
    """Is the reference ``t`` the point another place is measured from ("San Lorenzo, al norte
    de Esmeraldas")? It then tells the story's country like a place."""
    return t.role == "reference" and bool(text) and not t.extra.get("dateline") \
        and bool(_MEASURED.search(text[max(0, t.start - 60):t.start]))


def _most_voted(counts: dict[str, float], default_cc: str) -> str:
    """The country with most votes; a tie goes to the default country, else to a
    Spanish-speaking one ("Bar" is Montenegro's), else to the first counted (the
    institutions' votes come first: "policías estatales" are Mexico's)."""
    if any(cc in SPANISH_SPEAKING for cc in counts):
        # a country outside the Spanish-speaking world is named in these reports as a
        # destination, a buyer or a sanctioning state ("Estados Unidos sancionó", "la droga va a
        # Europa") far more often than as the place of their incidents: its votes count half
        counts = {cc: (v if cc in SPANISH_SPEAKING else v / 2) for cc, v in counts.items()}
    best = max(counts.values())
    top = [cc for cc, v in counts.items() if v == best]
    if default_cc in top:
        return default_cc
    return max(top, key=lambda cc: cc in SPANISH_SPEAKING)


def _same_area(a: Entry, b: Entry) -> bool:
    """Two readings that would give the same admin1 (and country)."""
    return a.cc == b.cc and a.admin1_set == b.admin1_set and bool(a.admin1_set)


def _country_code(country: str, gaz: Gazetteer) -> str:
    """ISO 3166-1 alpha-2 code of a code or name ("PE", "PER", "Peru", "Perú")."""
    import pycountry

    from cronica.errors import InputError

    c = pycountry.countries.get(alpha_2=country.upper()) or pycountry.countries.get(alpha_3=country.upper())
    if c is None:
        try:
            c = pycountry.countries.lookup(country)
        except LookupError:
            c = None
    if c is None:
        hits = [e for e in gaz.lookup(country) if e.kind == "country"]  # Spanish names ("Perú")
        if hits:
            return hits[0].cc
        raise InputError(f"unknown country {country!r}: use an ISO 3166-1 code such as PE")
    return c.alpha_2
