"""Cued local names: Cuba's "reparto" (data/geo/cues_es.yaml, cue_nouns).

Sentences written for these tests.
"""
from __future__ import annotations


def test_cuban_repartos_are_neighbourhoods_of_the_city_after_them(event_place):
    # "Altamira" is also a town in Brazil and in Mexico; here a neighbourhood of Holguín
    p = event_place("LA HABANA, 3 mar (Agencia) - Cientos de vecinos de los repartos Altamira y Pueblo Nuevo, "
                    "en la ciudad de Holguín, protestaron con cacerolas tras dos días sin luz.", "protestaron")
    assert p is not None and (p.admin1, p.country) == ("Holguín", "Cuba")


def test_a_reparto_is_no_town_abroad(geocoder):
    idx = geocoder.places("Policías detuvieron a cinco jóvenes en el reparto Altamira de la ciudad de Holguín.")
    assert not any(m.place is not None and m.place.country not in (None, "Cuba") for m in idx.mentions)

