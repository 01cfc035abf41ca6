"""Threats and protests the annotated types count (issue 10 recall; issue 11 item 4).

A death threat or a pamphlet declaring people a military target is an `other` event (the corpus
conventions: "death threats by pamphlet"; ACLED Strategic developments / Other), coded by its variant
`threat` (CAMEO 1383); the threats a victim had reported before being killed are the killing's
background. Sentences written for these tests (CC0)."""
import pytest


PUBLISHED = "2025-03-20"


# -- threats

@pytest.mark.parametrize("text", [
    "Hombres armados amenazaron de muerte el lunes a la presidenta de la junta comunal de la vereda El Silencio.",
    "El martes circuló un panfleto firmado por una banda que declara objetivo militar a cuatro docentes del colegio.",
    "El miércoles el concejal Ramiro Tique recibió amenazas de muerte por mensajes de texto.",
])
def test_a_threat_is_an_other_event_coded_as_a_threat(extract, text):
    got = extract(text, published=PUBLISHED)
    assert [e.type for e in got] == ["other"], got
    d = got[0].to_dict()
    assert (d["cameo"], d["plover"]) == ("1383", "THREATEN"), d


def test_a_bulletin_threat_keeps_the_place_line(extract):
    text = ("Boletin de alertas\n"
            "Marzo 3. Integrantes de un grupo armado amenazaron de muerte a dos lideres del consejo comunitario.\n"
            "NARINNO - BARBACOAS - VEREDA EL DIVISO\n")
    got = [(e.type, e.to_dict()["admin1"]) for e in extract(text, published=PUBLISHED)]
    assert got == [("other", "Nariño")], got


@pytest.mark.parametrize("sentence", [
    "Había denunciado amenazas de muerte desde hacía dos años.",
    "La dirigente había recibido varias amenazas de muerte antes del crimen.",
    "Según su familia, lo habían amenazado de muerte en enero.",
])
def test_threats_a_victim_had_reported_are_background_of_the_killing(extract, sentence):
    text = "Un dirigente vecinal fue asesinado a tiros el sábado en su casa de Tumaco. " + sentence
    assert [e.type for e in extract(text, published=PUBLISHED)] == ["killing"]


# -- protests told without the usual words

@pytest.mark.parametrize("text", [
    # pots banged in the street: a cacerolazo (the tagger reads "cazuelas" as an infinitive with a clitic)
    "AHORA en Baracoa: cientos de vecinos en la calle con cazuelas gritando que devuelvan la luz.",
    "Decenas de familias salieron el jueves por la noche golpeando cacerolas frente a la sede del gobierno municipal.",
    # a crowd sent to harass a dissident at home
    "El viernes, simpatizantes del partido realizaron un acto de repudio frente a la vivienda de un opositor en Holguín.",
    # "trancar", a street or road blocked
    "El lunes, decenas de vecinos trancaron la avenida principal de Catia con cauchos para exigir agua potable.",
])
def test_protests_told_by_these_words_are_found(extract, text):
    assert [e.type for e in extract(text, published=PUBLISHED)] == ["protest"]


def test_a_street_trancada_with_tyres_is_a_protest_without_a_road_word(extract):
    # the street by its name ("la Intercomunal", "la Cota Mil"), the barricade by what it is made of
    text = "Ahorita en La Vega los vecinos trancaron la Cota Mil con cauchos quemados porque llevan una semana sin agua."
    assert [e.type for e in extract(text, published=PUBLISHED)] == ["protest"]
    # ... not a door locked ("trancaron la puerta"), with nothing burning or piled
    assert extract("Los dueños trancaron la puerta del local con dos candados y se fueron.", published=PUBLISHED) == []


def test_a_death_while_the_police_try_to_free_a_blocked_road_is_the_protest(extract):
    text = ("Un comunero murió y al menos diez personas resultaron heridas el jueves cuando agentes de la Policía "
            "intentaron liberar la vía de acceso a la mina a la altura de la comunidad de Santa Ana, en Cotabambas.")
    got = extract(text, published="2026-05-08")
    assert [e.type for e in got] == ["protest"], got
    assert (got[0].killed.best, got[0].wounded.best) == (1, 10)


@pytest.mark.parametrize("text", [
    "Prepare la cazuela de mariscos con ajo, cebolla y un chorro de vino blanco.",
    "La tienda del barrio vende cacerolas y sartenes a mitad de precio esta semana.",
    "El ministro calificó la propuesta como un acto de repudio a la democracia.",
])
def test_the_same_words_in_other_senses_are_no_event(extract, text):
    assert extract(text, published=PUBLISHED) == []


def test_armed_men_firing_at_people_who_block_a_street_is_an_attack(extract):
    text = ("Este martes unos colectivos dispararon contra los vecinos que trancaron la avenida en Petare; "
            "dos personas resultaron heridas.")
    assert [e.type for e in extract(text, published=PUBLISHED)] == ["attack"]


# -- people of a community or a trade acting for a demand are protesters (framing.yaml protesters)

@pytest.mark.parametrize("text", [
    "El martes, unos 200 comuneros ingresaron al campamento de la empresa minera de Santa Rita en reclamo "
    "por el pago de compensaciones.",
    "Dos campesinos murieron baleados el jueves cuando un grupo de pobladores intentó tomar el campamento minero de "
    "Antabamba en rechazo a la contaminación del río.",
])
def test_a_community_acting_for_a_demand_is_a_protest(extract, text):
    assert [e.type for e in extract(text, published=PUBLISHED)] == ["protest"]


def test_troops_entering_a_camp_stay_an_operation(extract):
    text = "El martes, tropas del Ejército ingresaron al campamento del frente 36 en zona rural de Briceño."
    assert "protest" not in [e.type for e in extract(text, published=PUBLISHED)]


def test_wounds_in_a_strike_told_beside_the_detained_are_the_protest(extract):
    # "heridos ... en el segundo día de huelga" with "el detenido" (a weak word of another family) in the sentence
    text = ("VIGO, 3 mar (Agencia) - Tres agentes y dos estibadores resultaron heridos el lunes en las cargas "
            "policiales contra los trabajadores que ocupaban el muelle en el segundo día de huelga, y el detenido "
            "quedó en libertad por la tarde.")
    assert "protest" in [e.type for e in extract(text, published=PUBLISHED)]
