"""Session 18 (issues 10 and 11): the goods taken from those arrested, told inside the arrest sentence
("con dos fusiles", "que transportaban 30 kilos de cocaína", "se les aseguraron dos rifles"), are a
seizure beside the arrest (annotation conventions); our own sentences, CC0."""
import pytest

from tests.extraction.event_checks import told

PUBLISHED = "2025-06-12"


def types_of(extract, text):
    evs = extract(text, published=PUBLISHED)
    return sorted(e.type for e in evs), told(evs)


@pytest.mark.parametrize("text", [
    "Agentes de la Policía capturaron el martes en el barrio San Jorge a dos hombres con 25 kilos de marihuana.",
    "Soldados del Ejército detuvieron el lunes a cuatro hombres que intentaban pasar la frontera por un camino "
    "de herradura, cerca de la vereda El Palmar, con tres fusiles y una pistola.",
    "Policías antidrogas detuvieron el sábado en la carretera central a un conductor que transportaba 60 "
    "paquetes de cocaína ocultos en un tanque de combustible.",
    "Agentes de la Policía capturaron el viernes en el mercado a dos jóvenes que llevaban en un costal seis "
    "cartuchos de dinamita.",
    "En el lugar fueron detenidos el domingo dos hombres, a quienes se les aseguraron tres rifles y un radio.",
])
def test_goods_taken_in_the_arrest_sentence_give_a_seizure(extract, text):
    types, evs = types_of(extract, text)
    assert types == ["arrest", "seizure"], evs


@pytest.mark.parametrize("text", [
    # what those arrested carried that is no drug, weapon or explosive
    "Agentes de la Policía detuvieron el martes a tres hombres que trasladaban víveres y medicinas a un campamento.",
    "Agentes de la Policía capturaron el martes a un comerciante con 40 kilos de carne sin registro sanitario.",
    # those arrested described as armed: their arms are no goods taken
    "Dos hombres armados con dos pistolas asaltaron el martes una farmacia; uno fue capturado por la Policía.",
    # the weapon of the crime they were caught for
    "Policías detuvieron el martes en la plaza a un hombre que amenazaba a los comerciantes con una pistola.",
    # explosives carried without a permit by miners: no violent actor's explosives
    "Agentes aprehendieron el martes a dos mineros que trasladaban 80 cartuchos de dinamita sin autorización.",
])
def test_no_seizure_without_drugs_or_weapons_taken(extract, text):
    types, evs = types_of(extract, text)
    assert "seizure" not in types, evs


def test_goods_of_an_announced_arrest_are_no_seizure(extract):
    # the goods stand or fall with the arrest of their sentence
    types, evs = types_of(extract, "El ministro pidió que sean capturados los hombres que transportaban 200 kilos "
                                   "de cocaína en la lancha.")
    assert "seizure" not in types, evs


def test_the_seizure_is_done_by_those_who_made_the_arrest(extract):
    # the goods hang under "llevaban", whose subject is the people arrested: the doer is the arrest's
    evs = extract("Agentes de la Policía capturaron el viernes en el mercado a dos jóvenes que llevaban en un "
                  "costal seis cartuchos de dinamita.", published=PUBLISHED)
    seizure = next(e for e in evs if e.type == "seizure")
    assert "Agentes" in (seizure.actor1.as_written or ""), seizure.actor1
