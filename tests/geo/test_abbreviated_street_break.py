"""A sentence the splitter broke after a shortened street or estate noun ("en la urb.", "en la
av.") still holds the name that follows (session 21, where8; sentences written for the tests).

The parser ends a sentence at "urb." or "av." followed by a capital; the event's place then lay
in the cut-off part (zg-013 "en la urb. Sierra Bayamon"; the same break in train e-081, q-007,
s-013, placed there by the story's city)."""
from __future__ import annotations

from cronica.model import Span


def _place_in_cut_sentence(geocoder, text: str, trigger: str, cut_after: str):
    """The event place when the sentence handed over ends at ``cut_after`` (as the splitter cut it)."""
    i = text.index(trigger)
    end = text.index(cut_after) + len(cut_after)
    idx = geocoder.places(text)
    return idx.place_for(Span(i, i + len(trigger), trigger), Span(0, end, text[:end]))


def test_a_shooting_in_an_estate_named_after_the_break_is_placed_there(geocoder):
    # without the estate's name the story's first place (Caguas, the reporting police) was taken
    text = ("La Policía de Caguas informó que anoche balearon a un joven frente a su casa en la urb. "
            "Santa Juanita, en Bayamón, y los atacantes huyeron.")
    p = _place_in_cut_sentence(geocoder, text, "balearon", "urb.")
    assert p is not None and (p.country, p.admin1) == ("Puerto Rico", "Bayamón")


def test_an_avenue_named_after_the_break_keeps_the_city_named_with_it(geocoder):
    text = "Vecinos de Quevedo contaron que un artefacto explotó en la puerta de un banco de la av. Bolívar, en Machala."
    p = _place_in_cut_sentence(geocoder, text, "explotó", "av.")
    assert p is not None and p.admin1 == "El Oro"


def test_a_sentence_that_ends_in_an_ordinary_word_is_not_extended(geocoder):
    text = "Un hombre fue asesinado en Caguas. Otro hombre fue detenido luego en Ponce."
    p = _place_in_cut_sentence(geocoder, text, "asesinado", "Caguas.")
    assert p is not None and p.admin1 == "Caguas"
