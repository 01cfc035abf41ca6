"""Division data of the gazetteer: Haiti's departments, GeoNames misfilings (session 19, where4;
sentences written for the tests).

Haiti's incidents reach the corpus told from Santo Domingo and the border (part za: za-004,
za-005); GeoNames files Haitian towns under codes our admin1 table now names."""
from __future__ import annotations


def test_haitian_towns_lie_in_their_department(gaz):
    cabaret = [e for e in gaz.lookup("Cabaret") if e.cc == "HT"]
    assert cabaret and cabaret[0].admin1 == "Ouest"
    assert {e.admin1 for e in gaz.lookup("Gonaïves") if e.cc == "HT"} == {"Artibonite"}


def test_a_department_keeps_its_french_name_and_no_common_spanish_word(gaz):
    assert any(e.kind == "admin1" and e.cc == "HT" for e in gaz.lookup("Ouest"))
    assert any(e.kind == "admin1" and e.cc == "HT" for e in gaz.lookup("Artibonito"))
    assert not any(e.cc == "HT" for e in gaz.lookup("Oeste"))


def test_an_incident_in_a_haitian_town_has_its_department(event_place):
    text = "Una banda secuestró a seis pasajeros de un autobús en Cabaret, al norte de Puerto Príncipe, en Haití."
    p = event_place(text, "secuestró")
    assert p is not None and (p.country, p.admin1) == ("Haiti", "Ouest")


# -- a GeoNames town filed under the wrong division (data/geo/geonames_fixes.tsv; train e-093, t-011)
def test_a_misfiled_geonames_town_takes_its_own_division(gaz):
    towns = [e for e in gaz.lookup("San Martín") if e.cc == "SV"]
    assert towns and {e.admin1 for e in towns} == {"San Salvador"}


def test_an_arrest_in_a_salvadoran_canton_of_san_martin_is_in_san_salvador(event_place):
    text = "Capturaron a tres pandilleros en el cantón El Sitio, San Martín, con fusiles y droga #RégimenDeExcepción"
    p = event_place(text, "Capturaron")
    assert p is not None and (p.country, p.admin1) == ("El Salvador", "San Salvador")
