"""Bulletin entries the second CAMEO probe (corpus part zd, session 19) showed missing: "cegar la vida" (the
common spelling of "segar la vida"), people taken "se llevaron de su casa ... al", an ultimatum to leave given by
a pamphlet, families ordered out by an armed group, "abrir fuego" as a cue of small arms, and a death told in
a clause after a semicolon. Their contrasts: goods taken in a robbery, an authority's deadline or evacuation
order, an attack told without its weapons, a death after a semicolon whose subject is the same as the shooting's.

Sentences written by the Cronica developers for these tests (not taken from any bulletin or news text);
CC0 1.0 public domain dedication."""
from __future__ import annotations

import pytest

import cronica


def _one(text: str):
    events = cronica.extract(text)
    assert len(events) == 1, [(e.type, e.evidence) for e in events]
    return events[0]


def _types(text: str) -> list[str]:
    return sorted(e.type for e in cronica.extract(text))


@pytest.mark.parametrize("text", [
    "Tres sicarios le cegaron la vida a un mototaxista en el barrio La Paz el 4 de junio de 2025. CESAR - AGUACHICA",
    "LES CEGARON LA VIDA A DOS HERMANOS EN LA VEREDA EL TIGRE EL 2 DE MARZO DE 2025. PUTUMAYO - PUERTO ASIS",
])
def test_cegar_la_vida_is_a_killing(text):
    assert _one(text).type == "killing"


def test_cegar_la_vida_counts_the_person_after_a():
    e = _one("Tres sicarios le cegaron la vida a un mototaxista en el barrio La Paz el 4 de junio de 2025.")
    assert e.killed.best == 1


def test_taken_from_home_by_armed_men_is_a_kidnapping():
    e = _one("Hombres armados se llevaron de su parcela en la vereda Alto Bonito al agricultor Rubiel Mena "
             "el 11 de enero de 2025. ANTIOQUIA - YARUMAL")
    assert e.type == "kidnapping" and e.to_dict()["cameo"] == "181"


def test_taken_from_home_by_agents_whose_whereabouts_are_unknown_is_a_disappearance():
    e = _one("Agentes de la policia se llevaron de su vivienda en el barrio Las Flores al dirigente estudiantil "
             "Mario Ocampo el 8 de mayo de 2025; desde entonces se desconoce su paradero.")
    assert e.type == "disappearance"


def test_goods_taken_from_a_shop_are_no_kidnapping():
    text = "Los asaltantes armados se llevaron de la tienda al menos cuatro telefonos el 3 de abril de 2025."
    assert "kidnapping" not in _types(text)


@pytest.mark.parametrize("text", [
    "El 2 de febrero de 2025 aparecio un panfleto firmado por el frente 57 que dio 24 horas a cuatro docentes "
    "para abandonar el corregimiento. CAUCA - TIMBIQUI",
    "Panfletos de un grupo armado que circularon el 9 de junio de 2025 dan plazo hasta el lunes a los vendedores "
    "de la plaza para irse del pueblo.",
])
def test_an_ultimatum_to_leave_by_pamphlet_is_a_threat(text):
    e = _one(text)
    assert e.type == "other" and e.to_dict()["cameo"][:2] == "13"


def test_an_authoritys_deadline_is_no_threat():
    text = ("La alcaldia dio 30 dias a los comerciantes informales para desocupar el anden del parque principal, "
            "segun un decreto publicado el 5 de marzo de 2025.")
    assert "other" not in _types(text)


@pytest.mark.parametrize("text", [
    "El 14 de abril de 2025 integrantes del frente 36 ordenaron a 30 familias de la vereda La Lomita abandonar "
    "sus casas. ANTIOQUIA - BRICENNO",
    "Al dia siguiente los mismos hombres obligaron a los habitantes del caserio a abandonar sus fincas en un plazo de "
    "tres dias.",
])
def test_families_ordered_out_by_an_armed_group_are_a_displacement(text):
    e = _one(text)
    assert e.type == "other" and e.to_dict()["cameo"] == "201"


def test_an_evacuation_ordered_by_the_authorities_is_no_displacement():
    text = ("El 6 de abril de 2025 la defensa civil ordeno a 40 familias abandonar sus casas por el riesgo de "
            "derrumbe en la ladera.")
    assert cronica.extract(text) == []


@pytest.mark.parametrize("text", [
    "El 20 de mayo de 2025 se registro un hostigamiento contra la estacion de policia de Jambalo: hombres armados "
    "abrieron fuego durante una hora.",
    "EL 3 DE JULIO DE 2025 UNA PATRULLA FUE ATACADA EN LA VIA A SUAREZ CUANDO DESCONOCIDOS ABRIERON FUEGO DESDE LA LOMA.",
])
def test_abrir_fuego_tells_small_arms(text):
    e = _one(text)
    assert e.type == "attack" and e.to_dict()["cameo"] == "193"


def test_an_attack_told_without_its_weapons_keeps_the_unspecified_code():
    e = _one("El 3 de julio de 2025 una patrulla fue atacada en la via a Suarez.")
    assert e.to_dict()["cameo"] != "193"


@pytest.mark.parametrize("text", [
    "Dos hombres en moto balearon al tendero Julio Rada frente a su negocio el 7 de mayo de 2025; fallecio en el lugar.",
    "El 9 de junio de 2025 sicarios le propinaron cuatro disparos a un vigilante en la portada de la finca; murio "
    "horas despues en el hospital.",
])
def test_a_death_after_a_semicolon_is_the_victims(text):
    e = _one(text)
    assert e.type == "killing" and e.killed.best == 1


def test_one_subject_across_the_semicolon_is_not_a_second_person():
    e = _one("Un agricultor fue baleado por desconocidos el 7 de mayo de 2025 en la vereda El Cedro; murio en el lugar.")
    assert e.killed.best == 1
