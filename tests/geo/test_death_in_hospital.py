"""The hospital where a wounded person died later is no event place and does not place the
story ("murió la noche del viernes en el hospital de X"; ``whereabouts_pattern`` in
data/geo/cues_es.yaml), like "internados en el hospital de X".

Sentences written for these tests.
"""
from __future__ import annotations


def test_the_hospital_town_is_no_place_of_the_death(geocoder):
    idx = geocoder.places("El tercer policía murió dos días después en el hospital regional de Huancayo.")
    roles = {m.span.text: m.role for m in idx.mentions}
    assert roles.get("Huancayo") == "destination"


def test_a_later_unknown_hamlet_takes_the_story_area_not_the_hospitals(event_place):
    text = ("Un soldado murió en un ataque en el distrito de Llochegua, provincia de Huanta, en Ayacucho.\n"
            "Un segundo soldado falleció el sábado en el hospital de Pichari, adonde fue llevado en helicóptero.\n"
            "La patrulla fue emboscada cerca del anexo Alto Quimbiri por una columna armada.")
    p = event_place(text, "emboscada")
    assert p is not None and (p.admin1, p.country) == ("Ayacucho", "Peru")


def test_a_death_in_the_place_itself_still_places_it(event_place):
    p = event_place("Un comerciante murió baleado en Huancayo, cerca del mercado.", "baleado")
    assert p is not None and (p.admin1, p.country) == ("Junín", "Peru")
