"""Places that point back at the story's area, or away from it (session 18, where3).

- A place coordinated with, or set in apposition to, a place people came from or went to is
  such a place too ("desde X y Y", "trasladados a X, en la vecina provincia de Y"): it is no
  event place and does not place later events.
- "X, en el mismo municipio": X lies in the municipality (canton, district...) named before,
  not in a namesake's division elsewhere.
- A local place named with its cue inside a hierarchy ("el sector X, municipio Y, estado Z")
  is the same place when its name recurs bare later.
- "la ciudad de X" in a story of a country where GeoNames' "Ciudad de X" does not lie reads
  that country's towns called X; "localidad de X" before a town of 20,000+ is that town.
- A district name the capital's province shares with districts elsewhere is the capital's
  when the text shows its country and places nothing in the namesakes' divisions.
- "la ruta X-Y" is a road, placed by its two ends.

Sentences written for these tests.
"""
from __future__ import annotations


def _roles(idx) -> dict[str, str]:
    return {m.span.text: m.role for m in idx.mentions}


def test_a_place_coordinated_with_an_origin_is_an_origin_too(geocoder):
    idx = geocoder.places("Comuneros llegados desde Uncía y Oruro bloquearon el puente en Llallagua, Potosí.")
    roles = _roles(idx)
    assert roles.get("Uncía") == "origin" and roles.get("Oruro") == "origin"
    assert roles.get("Llallagua") == "place"


def test_a_destination_set_in_a_neighbouring_division_is_a_destination(geocoder):
    idx = geocoder.places("Los dos heridos fueron evacuados al hospital de Machala, en la vecina provincia "
                          "de El Oro, según la Policía.")
    assert _roles(idx).get("provincia de El Oro") == "destination"


def test_a_coordinated_place_without_movement_stays_a_place(geocoder):
    idx = geocoder.places("Hubo bloqueos en Oruro y Potosí durante toda la jornada.")
    roles = _roles(idx)
    assert roles.get("Oruro") == "place" and roles.get("Potosí") == "place"


def test_later_events_keep_the_story_division_not_the_hospitals(event_place):
    text = ("Tres mineros murieron el martes en un ataque a un campamento del cantón Camilo Ponce Enríquez, "
            "en el Azuay. Los dos heridos fueron evacuados al hospital de Machala, en la vecina provincia "
            "de El Oro.\nEl miércoles, soldados allanaron seis casas del sector y capturaron a tres hombres.")
    p = event_place(text, "capturaron")
    assert p is not None and (p.admin1, p.country) == ("Azuay", "Ecuador")


def test_a_namesake_in_the_same_municipality_is_that_municipality_s(event_place):
    text = ("Tres soldados murieron el lunes en un combate en el sector Los Cocos, municipio Páez, en el "
            "estado Apure.\nEn enero, un camión del Ejército pisó una mina en las afueras de La Victoria, "
            "en el mismo municipio, y dos militares resultaron heridos.")
    p = event_place(text, "pisó")
    assert p is not None and (p.admin1, p.country) == ("Apure", "Venezuela")


def test_a_place_of_the_same_district_written_with_del_is_that_district_s(event_place):
    # "del mismo distrito" (de + el) points back like "en el mismo distrito"
    text = ("Dos mineros murieron el martes en un ataque en el anexo Los Pinos, distrito de Pataz, en La "
            "Libertad.\nEn agosto, un vigilante fue asesinado en la bocamina Santa Rita, del mismo distrito.")
    p = event_place(text, "asesinado")
    assert p is not None and (p.admin1, p.country) == ("La Libertad", "Peru")


def test_without_the_same_municipality_the_big_namesake_stays(event_place):
    p = event_place("Dos comerciantes fueron asesinados el domingo en La Victoria, estado Aragua.", "asesinados")
    assert p is not None and p.admin1 == "Aragua"


def test_a_local_name_recurring_bare_keeps_its_hierarchy(event_place):
    text = ("Un guardia murió el sábado en un ataque contra un puesto militar en el sector La Victoria, "
            "municipio Páez del estado Apure.\nDos días después, los militares detuvieron a tres "
            "sospechosos en una finca cercana a La Victoria.")
    p = event_place(text, "detuvieron")
    assert p is not None and (p.admin1, p.country) == ("Apure", "Venezuela")


def test_the_city_of_a_name_is_the_namesake_of_the_story_s_country(event_place):
    text = ("Un estudiante murió baleado durante un ataque a una protesta en la ciudad de León, denunció "
            "un organismo nicaragüense de derechos humanos.")
    p = event_place(text, "baleado")
    assert p is not None and (p.admin1, p.country) == ("León", "Nicaragua")


def test_the_city_of_a_name_keeps_the_alias_namesake_when_the_story_is_its_country(event_place):
    p = event_place("Un policía murió baleado en la ciudad de León, Guanajuato.", "baleado")
    assert p is not None and (p.admin1, p.country) == ("Guanajuato", "Mexico")


def test_a_district_name_the_capital_shares_is_the_capital_s(event_place):
    p = event_place("Agentes de la policía peruana capturaron a tres extorsionadores en el distrito de Comas.",
                    "capturaron")
    assert p is not None and (p.admin1, p.admin2, p.country) == ("Lima", "Lima", "Peru")


def test_a_district_named_with_its_department_is_that_department_s(event_place):
    p = event_place("Agentes capturaron a tres presuntos extorsionadores en el distrito de Comas, "
                    "provincia de Concepción, en Junín.", "capturaron")
    assert p is not None and (p.admin1, p.country) == ("Junín", "Peru")


def test_a_district_of_the_region_the_story_names_is_not_the_capital_s(event_place):
    p = event_place("Una patrulla militar fue emboscada en el distrito de Santa Rosa, en el VRAEM.", "emboscada")
    assert p is not None and p.admin1 == "Ayacucho"


def test_a_city_whose_own_name_begins_with_ciudad_keeps_it(event_place):
    p = event_place("Dos hombres fueron asesinados en una colonia del oriente de Ciudad Juárez.", "asesinados")
    assert p is not None and (p.admin1, p.country) == ("Chihuahua", "Mexico")


def test_a_town_after_localidad_is_that_town_in_a_story_of_another_division(event_place):
    text = ("La Policía boliviana decomisó droga en un puesto de control de la ciudad de La Paz.\n"
            "En otro operativo, agentes antidrogas destruyeron un laboratorio en la localidad de Villa Tunari.")
    p = event_place(text, "destruyeron")
    assert p is not None and (p.admin1, p.country) == ("Cochabamba", "Bolivia")


def test_a_bus_route_named_after_two_places_is_a_road_not_a_town(geocoder):
    idx = geocoder.places("Un motorista de la ruta Kennedy-Centro fue baleado en la colonia Las Brisas, "
                          "de Comayagüela.")
    assert not any(m.place is not None and m.place.country == "Colombia" for m in idx.mentions)


def test_a_route_between_two_towns_of_one_division_lies_in_it(event_place):
    p = event_place("Campesinos bolivianos bloquearon la ruta Chimoré-Shinahota durante tres días.", "bloquearon")
    assert p is not None and (p.admin1, p.country) == ("Cochabamba", "Bolivia")
