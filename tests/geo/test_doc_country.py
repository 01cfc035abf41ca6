"""The document's country when its cues disagree (session 14, helper geo3). Sentences written
for the tests, in the class of train p-018 and dev m-060."""
from __future__ import annotations

from cronica.model import Span


def _place(geocoder, text: str, trigger: str, votes=None):
    i = text.index(trigger)
    idx = geocoder.places(text, (), votes or {})
    return idx.place_for(Span(i, i + len(trigger), trigger), Span(0, len(text), text))


ROSARIO = "Atacaron a tiros un kiosco del barrio Tablada, en la zona sur de Rosario, durante la noche."


def test_a_big_city_votes_though_districts_of_its_name_lie_in_two_countries(geocoder):
    # Rosario: Argentina's department and a Peruvian district; the city of nearly a million is meant
    p = _place(geocoder, ROSARIO, "Atacaron")
    assert p is not None and (p.country, p.admin1) == ("Argentina", "Santa Fe")


def test_a_tie_between_a_place_and_an_institution_goes_to_the_place(geocoder):
    # one institution vote for Chile ("la Policía de Investigaciones") against the city's for Argentina
    p = _place(geocoder, ROSARIO, "Atacaron", {"CL": 1})
    assert p is not None and (p.country, p.admin1) == ("Argentina", "Santa Fe")
