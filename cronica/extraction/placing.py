"""placing: which of the places a document names is an incident's own.

The geo stage gives each mention the place of its clause, else of its sentence, else
the story's (``PlaceIndex.place_for``). A story's place belongs to the incident told
where it is named. Another incident of the document, dated apart from that one by its
own words ("el asesinato cometido el sábado" in a story about Sunday's massacre,
"fue secuestrado en marzo de 2008") and naming no place of its own, did not
necessarily happen there: it keeps the country and leaves the division unknown.

Works on typed records only (``Place``, ``DateValue``, ``Span``), like ``time/`` and
``geo/``; ``assemble.py`` calls :func:`borrowed_from_another_day`.
"""
from __future__ import annotations

from typing import Iterable, Optional, Sequence

from cronica.geo.gazetteer import norm_key
from cronica.geo.recognise import load_lexicon
from cronica.model import DateValue, Place, Span

#: how a mention's date was found when the mention's own words date it
OWN_DATE = ("clause", "sentence")


def names_place(sentences: Iterable[Span], place: Optional[Place]) -> bool:
    """The place is written inside one of these sentences."""
    if place is None or place.span is None:
        return False
    return any(s.start <= place.span.start < s.end for s in sentences)


#: an incident told from the night before ("a las 23:30 del miércoles comenzó ...") may be
#: dated a day apart from its report ("el motín ocurrido este jueves"): one day is no gap
GAP_DAYS = 2


def apart(a: Optional[DateValue], b: Optional[DateValue]) -> bool:
    """Two dates that cannot hold the same incident: intervals at least GAP_DAYS apart."""
    if a is None or b is None or not (a.start and a.end and b.start and b.end):
        return False
    return (b.start - a.end).days >= GAP_DAYS or (a.start - b.end).days >= GAP_DAYS


def borrowed_from_another_day(place: Optional[Place], date: Optional[DateValue], via: str,
                              own: Sequence[Span],
                              others: Sequence[tuple[Sequence[Span], Optional[DateValue], str]]) -> bool:
    """True when ``place`` is not named in the incident's own sentences ``own`` but in the
    sentences of another incident (``others``: its sentences, date and how it was dated)
    whose own date is apart from this incident's own ``date``."""
    if place is None or place.admin1 is None or via not in OWN_DATE or names_place(own, place):
        return False
    for sentences, other_date, other_via in others:
        if names_place(sentences, place):
            return other_via in OWN_DATE and apart(date, other_date)
    return False


def country_only(place: Place) -> Place:
    """The place cut to its country: where an incident is known to have happened when the
    text names no division for it (UCDP where_prec 6, ACLED geo_precision 3)."""
    return Place(name=place.country, country=place.country, iso=place.iso, geo_precision=3, where_prec=6)


def places_incident_before(sentence_text: str) -> bool:
    """The sentence opens by placing the incident told before it ("El hecho ocurrió en el
    caserío X", "Tuvo lugar en ..."; ``placing_openers`` in data/geo/cues_es.yaml)."""
    key = norm_key(sentence_text[:80])
    return any(key.startswith(o + " en ") for o in load_lexicon().placing_openers)
