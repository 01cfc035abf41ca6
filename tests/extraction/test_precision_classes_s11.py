"""Spurious events of the corpus train split, session 11 (issue 10, precision on unseen text), by
class: a source's account of the incident just reported ("Según testigos, ...") is that incident
told again. Our own sentences (CC0); the classes and the documents they were seen in are named in
the commits and in the data files' comments."""
import pytest


PUBLISHED = "2024-05-14"


def types(evs):
    return sorted(e.type for e in evs)


# -- a retelling a source introduces: one incident

@pytest.mark.parametrize("text", [
    # people "taken by force" in a witnesses' account of an arrest
    "Agentes de la policía política detuvieron el domingo a nueve activistas que salían de una reunión "
    "vecinal en el barrio San Isidro, denunció su organización. Según testigos, los activistas fueron "
    "subidos a la fuerza a una camioneta sin placas.",
    # the complaint's account: a pronoun for the detainee, "se lo llevaron"
    "Funcionarios de inteligencia detuvieron el martes en Maracay a un concejal opositor, informaron sus "
    "colaboradores. De acuerdo con la denuncia, tres hombres encapuchados lo interceptaron frente a su "
    "oficina y se lo llevaron en un automóvil gris.",
])
def test_an_attributed_account_of_an_arrest_is_the_arrest(extract, text):
    assert types(extract(text, published=PUBLISHED)) == ["arrest"]


def test_an_attributed_act_told_in_the_pluperfect_is_an_earlier_incident(extract):
    # the account tells what the detainees had done before: the kidnapping, not the arrest retold
    evs = extract("Policías de la unidad antisecuestros detuvieron el jueves a dos hombres en una casa "
                  "de la colonia Las Palmas, en Reynosa. Según la Fiscalía, los hombres habían secuestrado "
                  "a un ganadero de la zona y exigían un rescate a su familia.", published=PUBLISHED)
    assert types(evs) == ["arrest", "kidnapping"]


def test_the_crime_an_attributed_account_names_is_not_the_arrest(extract):
    # a noun names the crime behind the arrest, dated apart: the kidnapping stays an event of its own
    evs = extract("Agentes de la policía capturaron el lunes en Huancayo a dos integrantes de una banda. "
                  "Según el parte policial, los capturados participaron en el secuestro de un "
                  "comerciante en marzo de 2021.", published=PUBLISHED)
    assert types(evs) == ["arrest", "kidnapping"]


def test_a_kidnapping_after_a_killing_stays_its_own_event(extract):
    # the conventions count the abduction and the killing apart, also in a source's account
    evs = extract("El cuerpo de un periodista fue hallado sin vida el sábado a orillas de un río en "
                  "Iguala, con disparos en la cabeza. Según sus compañeros, el reportero fue sacado de su "
                  "casa el jueves por hombres armados.", published=PUBLISHED)
    assert "kidnapping" in types(evs)


# -- hostages taken in a prison "en protesta por ...": the kidnapping, the demand its motive

@pytest.mark.parametrize("text", [
    "Presos del módulo B de la cárcel de Chimbote tomaron como rehenes a tres custodios el lunes por la "
    "mañana, en protesta por la suspensión de las visitas familiares.",
    # the day and the victims between "tomaron" and "como rehenes", the riot word with them
    "Internos del penal de San Pedro tomaron el viernes a cuatro guardias como rehenes durante un motín "
    "que comenzó en protesta por el traslado de sus dirigentes.",
])
def test_hostages_taken_in_a_prison_in_protest_are_the_kidnapping(extract, text):
    assert types(extract(text, published=PUBLISHED)) == ["kidnapping"]


def test_a_crowd_holding_agents_in_a_protest_stays_the_protest(extract):
    # no prison: the villagers' holding of the agents is part of their protest
    evs = extract("Pobladores de la comunidad de Santa Rosa retuvieron el martes a cinco policías durante "
                  "varias horas en protesta por la detención de un dirigente.", published=PUBLISHED)
    assert types(evs) == ["protest"]


# -- a trigger word inside the name of a body names its matter, no incident

def test_the_prison_service_s_name_is_no_kidnapping(extract):
    evs = extract("Once reclusos murieron el sábado en enfrentamientos entre bandas en la cárcel de "
                  "Turi, en Cuenca, según el Servicio Nacional de Atención Integral a Personas Privadas "
                  "de la Libertad.", published=PUBLISHED)
    assert "kidnapping" not in types(evs)
    assert len(evs) == 1


def test_a_kidnapping_told_outside_a_name_stays(extract):
    # the same words in lower case, told of people: a kidnapping
    evs = extract("Dos comerciantes fueron privados de la libertad el sábado por hombres armados en "
                  "la colonia Centro de Reynosa, informó la Fiscalía.", published=PUBLISHED)
    assert types(evs) == ["kidnapping"]


def test_marks_a_trigger_inside_a_body_name(nlp):
    from cronica.extraction.triggers import find_triggers

    doc = nlp("El caso pasó a la Unidad Especializada contra el Secuestro de la Fiscalía de Arauca.")
    assert all(m.dropped for s in doc.sents for m in find_triggers(s) if m.type == "kidnapping")


# -- acts told over a span of years or decades: history, not one incident

@pytest.mark.parametrize("sentence", [
    "Los ancianos recuerdan que la guerrilla secuestró a decenas de comuneros durante los años ochenta.",
    "Durante 1987 varios maestros fueron llevados por la fuerza a los campamentos rebeldes.",
    "El frente atacó puestos policiales en la región entre 1989 y 1994.",
    "Durante la década de 1990 los paramilitares secuestraron a cientos de campesinos.",
])
def test_acts_over_a_span_of_years_found_no_incident(extract, sentence):
    # an encyclopedic text (no publication date): its dated incident, then the group's history
    text = ("El 4 de mayo de 1985, una columna del frente asesinó a un dirigente comunal en el caserío Alto "
            "Pajonal, en Satipo. " + sentence)
    assert types(extract(text, published=None)) == ["killing"]


def test_an_incident_dated_in_full_beside_a_span_of_years_stays(extract):
    evs = extract("El 12 de marzo de 1990 una columna guerrillera emboscó a una patrulla militar en "
                  "Tingo María, en una zona que el grupo dominó entre 1985 y 1995.", published=None)
    assert types(evs) == ["ambush"]


# -- a protest told by its duration is the setting of the text's protest incident

def test_a_blockade_s_start_is_no_second_protest(extract):
    evs = extract("LA PAZ, 14 may (Agencia) - Ocho personas, cinco de ellas policías, resultaron heridas el "
                  "lunes en un enfrentamiento entre campesinos que bloquean la carretera y agentes "
                  "antidisturbios que intentaron despejar la vía en Caranavi. Fue el enfrentamiento más "
                  "violento desde el inicio del bloqueo, hace doce días, según la Defensoría del Pueblo.",
                  published=PUBLISHED)
    assert types(evs) == ["protest"]
    assert evs[0].date.value == "2024-05-13"  # the clash's day, not the blockade's start


def test_a_protest_told_only_by_its_duration_stays(extract):
    evs = extract("El bloqueo de los cooperativistas en la carretera a Oruro cumplía cinco días cuando la "
                  "policía intentó despejarlo; un minero murió y cuatro agentes resultaron heridos.",
                  published=PUBLISHED)
    assert types(evs) == ["protest"]
