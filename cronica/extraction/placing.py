"""placing: where an incident the geo stage could not place from its own sentences happened.

The geo stage gives each mention the place of its clause, else of its sentence, else
the story's (``PlaceIndex.place_for``). A report often places the incident in the
sentence after it ("... fue abatido en un operativo. El hecho ocurrió en el caserío
X"): that sentence's place is the incident's, before the story's.

Works on typed records only (``Place``, ``Span``), like ``time/`` and ``geo/``;
``assemble.py`` calls :func:`places_incident_before` and :func:`names_place`.

(Tried and left out, session 7: an earlier incident recalled with its own date and no
place of its own ("ya había sido baleado en octubre de 2023") keeping only the country.
The shared gold leaves such admin1 null, but the corpus codes the story's division, and
admin1 is scored only where gold has one: it cost two matched admin1 on own dev and
gained none.)
"""
from __future__ import annotations

from typing import Iterable, Optional

from cronica.geo.gazetteer import norm_key
from cronica.geo.recognise import load_lexicon
from cronica.model import Place, Span


def names_place(sentences: Iterable[Span], place: Optional[Place]) -> bool:
    """The place is written inside one of these sentences."""
    if place is None or place.span is None:
        return False
    return any(s.start <= place.span.start < s.end for s in sentences)


def places_incident_before(sentence_text: str) -> bool:
    """The sentence opens by placing the incident told before it ("El hecho ocurrió en el
    caserío X", "Tuvo lugar en ..."; ``placing_openers`` in data/geo/cues_es.yaml)."""
    key = norm_key(sentence_text[:80])
    return any(key.startswith(o + " en ") for o in load_lexicon().placing_openers)
