"""Session 16 (corpus part t): other senses on new kinds of negative, repeated and future acts, and
finds told with verbs of finding (our own sentences, CC0)."""
import pytest

from cronica.extraction.triggers import find_triggers


PUBLISHED = "2025-09-16"


def dropped(nlp, text):
    """{trigger text: why dropped} for every trigger of the text's sentences."""
    doc = nlp(text)
    return {doc.text[m.start:m.end]: m.dropped for s in doc.sents for m in find_triggers(s)}


def types(events):
    return sorted(e.type for e in events)


# -- crop pests and disease vectors

@pytest.mark.parametrize("text", [
    "Langostas atacan plantaciones de algodón en el norte del Chaco\nEl enjambre arrasó el lunes unas 500 hectáreas "
    "y los técnicos lanzaron un operativo de control con avionetas.",
    "Salud inicia ofensiva contra el mosquito transmisor del dengue en Asunción\nCuadrillas municipales recorren "
    "los barrios del sur y destruyen recipientes con agua estancada.",
])
def test_pest_and_vector_campaigns_give_no_events(extract, text):
    assert extract(text, published=PUBLISHED) == []


def test_a_pest_word_in_one_sentence_leaves_the_attack_of_another(extract):
    text = ("Hombres armados atacan un puesto policial en Yapacaní\nDesconocidos dispararon el domingo contra el puesto "
            "policial de la localidad y dejaron un agente herido.\nEn la zona, los productores también denuncian "
            "pérdidas por el dengue y la falta de caminos.")
    assert "attack" in types(extract(text, published=PUBLISHED))


# -- people lost in the mountains or at sea, and the search for them

def test_a_mountain_search_is_no_security_operation(extract):
    text = ("Hallan a dos montañistas perdidos en el volcán Lanín\nLos dos jóvenes habían salido el sábado hacia la "
            "cumbre y no regresaron.\nEl operativo de búsqueda reunió a treinta brigadistas y un helicóptero de la "
            "Fuerza Aérea.")
    assert extract(text, published=PUBLISHED) == []


def test_a_search_for_kidnappers_stays_an_operation(nlp):
    why = dropped(nlp, "La Policía lanzó un operativo de búsqueda de los secuestradores en la sierra.")
    assert why["un operativo"] is None


# -- repeated acts told with a present perfect

def test_a_measure_extended_many_times_is_no_event(nlp):
    why = dropped(nlp, "Otra cosa es el estado de emergencia.\nLa región vive bajo un estado de emergencia que "
                       "el Gobierno ha prorrogado varias veces desde entonces.")
    assert why["prorrogado"] and why["prorrogado"].startswith("generic (repeated")


def test_shots_fired_several_times_stay_one_shooting(extract):
    text = ("Matan a un comerciante en Chiquimula\nDos hombres en moto le dispararon en varias ocasiones el sábado "
            "por la tarde frente a su tienda; murió en el lugar.")
    assert {"killing", "attack"} & set(types(extract(text, published=PUBLISHED)))


# -- the future passive

def test_a_promised_arrest_is_no_arrest(nlp):
    why = dropped(nlp, "Un diputado habló del caso.\nEl gobernador aseguró que los culpables serán detenidos "
                       "antes de fin de mes.")
    assert why["detenidos"] and why["detenidos"].startswith("future")


def test_an_arrest_made_stays(nlp):
    why = dropped(nlp, "Un diputado habló del caso.\nLos culpables fueron detenidos el lunes en Tarija.")
    assert why["detenidos"] is None


# -- counts over the first months of a year

def test_crimes_of_the_first_months_are_a_count(nlp):
    why = dropped(nlp, "La banda cayó el martes.\nLos fiscales la relacionan con cuatro homicidios ocurridos en "
                       "los primeros meses del año en la ciudad.")
    assert why["homicidios"] and why["homicidios"].startswith("tally")
