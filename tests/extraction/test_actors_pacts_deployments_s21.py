"""Parties of pacts, forces sent on a deployment, and prisons and clinics named "centro de ..."
(session 21). Sentences written for these tests (CC0).

* "A y B firmaron una tregua": A is actor1 and B actor2; the pact (tregua, acuerdo, canje) is no party.
* "X desplegó 2.000 soldados en busca de Y": the soldiers are X's own men, never the target.
* "frente al centro de rehabilitación social", "el Centro de Privación de Libertad": a building hit.
"""
import pytest

from cronica.extraction.actors import roles

PUBLISHED = "2024-05-10"


def _pact(extract, text):
    evs = [e for e in extract(text, published=PUBLISHED) if e.type == "agreement"]
    assert evs, text
    return evs[0]


@pytest.mark.parametrize("text, first, second", [
    ("Las pandillas Barrio 18 y Mara Salvatrucha sellaron ayer un pacto de no agresión en el penal de Izalco.",
     "Barrio 18", "Mara Salvatrucha (MS-13)"),
    ("Los jefes de Los Choneros y de Los Lobos pactaron una tregua de tres meses en la cárcel de Machala.",
     "Los Choneros", "Los Lobos (Ecuador)"),
    ("El Gobierno de Colombia y el Clan del Golfo firmaron el martes un acuerdo humanitario en Montería.", "Gobierno de Colombia", "Clan del Golfo (Ejército Gaitanista de Colombia)"),
])
def test_the_second_party_of_a_pact_is_actor2(extract, text, first, second):
    ev = _pact(extract, text)
    assert ev.actor1 is not None and ev.actor1.name == first
    assert ev.actor2 is not None and ev.actor2.name == second


def test_a_pact_told_by_one_party_keeps_no_second_party(extract):
    ev = _pact(extract, "Dos facciones del Cártel de Sinaloa acordaron una tregua en Culiacán el sábado.")
    assert ev.actor1 is not None and ev.actor1.name == "Cártel de Sinaloa"
    assert ev.actor2 is None or "tregua" not in (ev.actor2.as_written or "")


def test_the_forces_deployed_are_not_the_target(extract):
    evs = extract("La Policía Nacional desplegó 3.000 agentes y 500 soldados en Durán, Guayas, en busca de "
                  "los pandilleros que atacaron la comisaría.", published=PUBLISHED)
    ops = [e for e in evs if e.type == "security_operation"]
    assert ops
    a2 = ops[0].actor2
    assert a2 is not None and "pandilleros" in (a2.as_written or "")


@pytest.mark.parametrize("text", [
    "El ministro envió refuerzos policiales a la frontera con Colombia.",
    "El Gobierno movilizó a 2.000 efectivos para restablecer el orden en las cárceles.",
])
def test_a_deploying_verb_takes_no_target_from_its_own_men(nlp, text):
    doc = nlp(text)
    verb = next(t for t in doc if t.pos_ == "VERB" and t.lemma_ in ("enviar", "movilizar"))
    _, a2 = roles(verb)
    assert a2 is None or not any(w in a2.text for w in ("refuerzos", "efectivos"))


@pytest.mark.parametrize("text, target", [
    ("Un coche bomba estalló la madrugada del lunes frente al centro de rehabilitación social de Machala.",
     "centro de rehabilitación social"),
    ("Un vehículo cargado con explosivos estalló el martes frente al Centro de Privación de Libertad de "
     "Latacunga.", "Centro de Privación de Libertad"),
])
def test_a_prison_or_clinic_named_centro_is_what_the_bomb_hit(extract, text, target):
    evs = [e for e in extract(text, published=PUBLISHED) if e.type == "bombing"]
    assert evs and evs[0].actor2 is not None and target in (evs[0].actor2.as_written or "")


@pytest.mark.parametrize("text, victim", [
    ("Hombres armados se llevaron de su finca al ganadero Pedro Ruiz Soto el 3 de abril en Puerto Gaitán, Meta.",
     "Pedro Ruiz Soto"),
    ("El 5 de mayo de 2020, hombres armados sacaron de su finca en la vereda El Rosal a un ganadero de 60 años.",
     "ganadero"),
    ("Agentes de la Policía Nacional se llevaron de su casa en el barrio San Judas al dirigente campesino "
     "Mario López Castro, de 47 años.", "Mario López Castro"),
    ("En la noche del 3 de abril de 1977, hombres armados sacaron de sus casas, en los barrios San Martín y "
     "Alberdi de Rosario, a cuatro obreros de una fábrica textil.", "obreros"),
])
def test_the_home_a_victim_was_taken_from_is_not_the_victim(extract, text, victim):
    evs = [e for e in extract(text, published=PUBLISHED) if e.type in ("kidnapping", "disappearance", "arrest")]
    assert evs and evs[0].actor2 is not None
    written = evs[0].actor2.as_written or ""
    assert victim in written and "finca" not in written and "casa" not in written
    assert evs[0].actor1 is None or victim not in (evs[0].actor1.as_written or "")


def test_people_gathering_to_protest_are_the_protesters_not_victims(extract):
    evs = [e for e in extract("Unos 500 vecinos se concentraron el lunes frente a la alcaldía de Cusco para "
                              "exigir agua potable.", published=PUBLISHED) if e.type == "protest"]
    assert evs and evs[0].actor1 is not None and "vecinos" in (evs[0].actor1.as_written or "")
    assert evs[0].actor2 is None or "vecinos" not in (evs[0].actor2.as_written or "")
