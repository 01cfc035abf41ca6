"""Cued local names: Cuba's "reparto" (data/geo/cues_es.yaml, cue_nouns).

Sentences written for these tests.
"""
from __future__ import annotations

import pytest


def test_cuban_repartos_are_neighbourhoods_of_the_city_after_them(event_place):
    # "Altamira" is also a town in Brazil and in Mexico; here a neighbourhood of Holguín
    p = event_place("LA HABANA, 3 mar (Agencia) - Cientos de vecinos de los repartos Altamira y Pueblo Nuevo, "
                    "en la ciudad de Holguín, protestaron con cacerolas tras dos días sin luz.", "protestaron")
    assert p is not None and (p.admin1, p.country) == ("Holguín", "Cuba")


def test_a_reparto_is_no_town_abroad(geocoder):
    idx = geocoder.places("Policías detuvieron a cinco jóvenes en el reparto Altamira de la ciudad de Holguín.")
    assert not any(m.place is not None and m.place.country not in (None, "Cuba") for m in idx.mentions)



@pytest.mark.parametrize("text,firm", [
    # a bus company attacked for extortion is named like a town: the name is the firm's
    ("Sicarios dispararon contra un bus de la empresa de transportes Nuevo Amanecer en Trujillo.", "Nuevo Amanecer"),
    ("Extorsionadores incendiaron dos unidades de la empresa Santa Rosa en el distrito de Comas.", "Santa Rosa"),
])
def test_a_firm_name_is_no_place(text, firm):
    from cronica.geo.resolve import Geocoder

    idx = Geocoder().places(text)
    assert firm not in [m.span.text for m in idx.mentions], [m.span.text for m in idx.mentions]


# -- session 14: shortened address nouns and titles ("abbreviations", "street_name_titles" in
# cues_es.yaml; class of train p-050, p-053). Sentences written for these tests.
@pytest.mark.parametrize("text,trigger,country,admin1", [
    ("Balearon a un comerciante frente a su local de la Av. Dr. Francia, en Pedro Juan Caballero, Amambay.",
     "Balearon", "Paraguay", "Amambay"),
    ("Asaltaron una farmacia de la coop. Nigeria, en el sur de Guayaquil, y se llevaron el dinero.",
     "Asaltaron", "Ecuador", "Guayas"),
    ("Dos motorizados dispararon contra un guardia en la av. Colombia, en el norte de Quito.",
     "dispararon", "Ecuador", "Pichincha"),
])
def test_a_street_or_cooperative_written_short_is_not_the_country_of_its_name(geocoder, event_place,
                                                                             text, trigger, country, admin1):
    idx = geocoder.places(text)
    assert not any(m.place is not None and m.place.admin1 is None and m.place.country not in (None, country)
                   for m in idx.mentions)
    p = event_place(text, trigger)
    assert p is not None and (p.country, p.admin1) == (country, admin1)


def test_the_period_of_a_title_outside_an_address_still_ends_nothing_else(geocoder):
    # "Dr." without a street noun before it is a person's title: no street is read
    idx = geocoder.places("El Dr. Francia atendió a los heridos del ataque en Asunción.")
    assert not any(m.span.text.startswith("Dr") for m in idx.mentions)
    assert any(m.place is not None and m.place.country == "Paraguay" for m in idx.mentions)
