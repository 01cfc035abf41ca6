"""A level noun only some countries use ("cantón": Ecuador, El Salvador, Guatemala, Bolivia,
Costa Rica; ``cue_used_in`` in data/geo/cues_es.yaml) reads the name after it in those
countries only, and the places written with it too: a cantón is never a Peruvian district,
a Peruvian department or a Colombian town of its name. Sentences of our own."""
from __future__ import annotations


def test_a_canton_is_not_a_peruvian_district_of_its_name(event_place):
    # El Milagro is a district of Amazonas (Peru); Ciudad Arce is a Salvadoran town
    p = event_place("Un comerciante fue asesinado a tiros en el cantón El Milagro, en Ciudad Arce.", "asesinado")
    assert p is not None and (p.country, p.admin1) == ("El Salvador", "La Libertad")


def test_a_canton_alone_with_only_a_peruvian_namesake_is_a_local_place(event_place):
    p = event_place("Dos soldados resultaron heridos en el cantón El Milagro.", "heridos")
    assert p is None or (p.country != "Peru" and p.admin1 is None)


def test_a_canton_is_not_the_colombian_town_of_its_name(event_place):
    # San Lorenzo is also a town of Nariño (Colombia); Ecuador's is a cantón of Esmeraldas
    text = ("La explosión ocurrió cerca de la frontera con Colombia. Un coche bomba estalló frente "
            "a un cuartel en el cantón San Lorenzo, provincia de Esmeraldas.")
    p = event_place(text, "estalló")
    assert p is not None and (p.country, p.admin1) == ("Ecuador", "Esmeraldas")


def test_a_canton_and_the_town_after_it_are_not_a_peruvian_department(event_place):
    # San Martín is a Peruvian department; the cantón places it in a country with cantones
    p = event_place("Capturaron a tres pandilleros en el cantón Los Ángeles, San Martín.", "Capturaron")
    assert p is None or p.country != "Peru"


def test_the_same_name_after_a_peruvian_level_noun_stays_in_peru(event_place):
    p = event_place("Una patrulla fue atacada en el distrito de El Milagro, provincia de Utcubamba.", "atacada")
    assert p is not None and (p.country, p.admin1) == ("Peru", "Amazonas")
