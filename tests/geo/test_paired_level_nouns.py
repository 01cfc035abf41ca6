"""Two level nouns joined before one name ("en el distrito y provincia de Y") name Y as both
levels: it is no second place coordinated with the place before it, so "el anexo X, en el
distrito y provincia de Y, región Z" is one written hierarchy and X is read inside Y, not as a
namesake division elsewhere. Sentences written for these tests."""
from __future__ import annotations


def test_a_hamlet_before_a_district_and_province_lies_in_them(sentence_place):
    text = ("Tres mineros murieron el martes en un ataque en el anexo de Zarumilla, en el distrito y "
            "provincia de Pataz, región La Libertad, informó la Policía.")
    p = sentence_place(text, "murieron")
    assert p is not None and (p.admin1, p.admin2, p.country) == ("La Libertad", "Pataz", "Peru")


def test_two_places_joined_by_y_stay_two_places(geocoder):
    idx = geocoder.places("Hubo bloqueos en la provincia de Pataz y en la provincia de Sánchez Carrión.")
    chains = {m.chain for m in idx.mentions}
    assert len(chains) == 2
