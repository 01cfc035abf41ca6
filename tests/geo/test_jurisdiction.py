"""Institutions named after the department they serve without "de": "Región Policial La
Libertad", "Frente Policial Puno" (``jurisdiction_nouns`` in data/geo/cues_es.yaml).

Sentences written for these tests.
"""
from __future__ import annotations


def test_a_police_region_alone_places_its_sentence(event_place):
    p = event_place("Según la Región Policial Puno, un grupo de manifestantes atacó a los agentes con piedras.", "atacó")
    assert p is not None and (p.admin1, p.country) == ("Puno", "Peru")


def test_a_police_front_alone_places_its_sentence(event_place):
    p = event_place("Dos agentes fueron heridos a balazos, informó el Frente Policial Cajamarca.", "heridos")
    assert p is not None and (p.admin1, p.country) == ("Cajamarca", "Peru")


def test_a_police_region_decides_a_district_named_in_several_departments(event_place):
    # El Porvenir is a district of La Libertad, of Apurímac and of San Martín: the communiqué's region decides
    p = event_place("La Región Policial La Libertad comunica a la opinión pública:\n"
                    "Agentes capturaron a tres extorsionadores en una vivienda del distrito de El Porvenir.",
                    "capturaron")
    assert p is not None and (p.admin1, p.country) == ("La Libertad", "Peru")


def test_the_words_without_a_department_locate_nothing(geocoder):
    idx = geocoder.places("La Región Policial informó que el detenido fue trasladado.")
    assert not any(m.place is not None and m.place.admin1 for m in idx.mentions)
