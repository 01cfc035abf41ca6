"""Puerto Rico's municipalities as its first-level divisions (session 21, where8; sentences
written for the tests).

Puerto Rico has no departments: GeoNames files its towns under its 78 municipalities (FIPS
county codes), and the gold names the municipality as admin1 (part zg: zg-012, zg-013). Before,
the gazetteer had no table for those codes, so every Puerto Rican town had no admin1."""
from __future__ import annotations


def test_puerto_rican_towns_lie_in_their_municipality(gaz):
    assert {e.admin1 for e in gaz.lookup("Bayamón") if e.cc == "PR" and e.population > 100_000} == {"Bayamón"}
    assert {e.admin1 for e in gaz.lookup("Levittown") if e.cc == "PR"} == {"Toa Baja"}


def test_a_municipality_is_a_first_level_division_of_puerto_rico(gaz):
    assert any(e.kind == "admin1" and e.cc == "PR" for e in gaz.lookup("Mayagüez"))
    assert any(e.kind == "admin1" and e.cc == "PR" for e in gaz.lookup("Mayaguez"))


def test_a_shooting_in_a_puerto_rican_town_has_its_municipality(event_place):
    text = "Dos hombres murieron baleados anoche frente a un negocio de Caguas, en Puerto Rico, informó la Policía."
    p = event_place(text, "baleados")
    assert p is not None and (p.country, p.admin1) == ("Puerto Rico", "Caguas")


def test_a_dateline_from_san_juan_places_an_attack_in_another_municipality(event_place):
    text = ("SAN JUAN, Puerto Rico (Agencia) - Un agente resultó herido cuando desconocidos dispararon "
            "contra una patrulla en el barrio Medianía Alta de Loíza.")
    p = event_place(text, "dispararon")
    assert p is not None and (p.country, p.admin1) == ("Puerto Rico", "Loíza")


def test_a_town_of_another_country_keeps_its_own_division(event_place):
    # Puerto Rico's municipalities share names with towns elsewhere ("Las Piedras", "Florida")
    text = "La Policía detuvo a dos hombres en Las Piedras, departamento de Canelones, Uruguay."
    p = event_place(text, "detuvo")
    assert p is not None and (p.country, p.admin1) == ("Uruguay", "Canelones")
