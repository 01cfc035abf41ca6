"""People found dead with the marks of violence, and another victim told after a time shift
(issue 10 recall, one event per incident). Sentences written for these tests (CC0).

* "fue encontrado muerto a machetazos", "apareció muerto con signos de tortura", "los restos
  aparecieron con señales de tortura": a killing (triggers.yaml), the one found is the victim
  (roles.yaml patient_subject_verbs) and is counted ("dos hermanos aparecieron muertos").
  Without such marks (an animal, a drowning, an ancient burial) it is no killing.
* "Un día antes, otro joven había sido hallado muerto": another incident (incidents.py
  another_victim_another_time), while "otro de los heridos murió" and "también mataron a otro
  vendedor" stay the incident told.
"""
import pytest


PUBLISHED = "2024-05-10"


@pytest.mark.parametrize("text, killed", [
    ("Un joven fue encontrado muerto a machetazos en el caserío Nuevo Progreso.", 1),
    ("Un campesino apareció muerto con signos de tortura a orillas del río Guaviare.", 1),
    ("Un campesino aparecio muerto con signos de tortura a orillas del rio Guaviare.", 1),  # unaccented bulletin
    ("Dos hermanos aparecieron muertos con disparos en la cabeza en una finca de Tame.", 2),
    ("Tres mototaxistas fueron hallados asesinados a balazos en una cuneta de la vía a Tocache.", 3),
])
def test_a_person_found_dead_with_marks_of_violence_is_a_killing(extract, text, killed):
    evs = extract(text, published=PUBLISHED)
    assert [e.type for e in evs] == ["killing"]
    assert evs[0].killed is not None and evs[0].killed.best == killed


def test_the_one_who_appeared_dead_is_the_victim_not_the_doer(extract):
    (ev,) = extract("Dos hermanos aparecieron muertos con disparos en la cabeza en una finca de Tame.",
                    published=PUBLISHED)
    assert ev.actor1 is None
    assert ev.actor2 is not None and ev.actor2.as_written == "Dos hermanos"


def test_remains_appearing_with_marks_of_torture_are_a_killing(extract):
    evs = extract("Los restos de un hombre aparecieron con señales de tortura en una quebrada de Tame.",
                  published=PUBLISHED)
    assert [e.type for e in evs] == ["killing"]


@pytest.mark.parametrize("text", [
    "Una ballena jorobada apareció muerta en una playa de Puerto López.",
    "Un pescador fue hallado muerto en la orilla tras el naufragio de su lancha, con golpes en la cabeza.",
    "Los restos de un guerrero prehispánico aparecieron con señales de trepanación en una tumba de Paracas.",
    "Un turista fue encontrado muerto en su habitación de hotel en Cusco; la policía descarta violencia.",
])
def test_found_dead_without_violence_is_no_killing(extract, text):
    assert [e.type for e in extract(text, published=PUBLISHED) if e.type == "killing"] == []


@pytest.mark.parametrize("text", [
    "Un comerciante fue asesinado de varios disparos en el barrio Santa Rosa de Tame. Un día antes, "
    "otro comerciante había sido hallado muerto a machetazos en el mismo barrio.",
    "Un comerciante fue asesinado de varios disparos en el barrio Santa Rosa de Tame. En la misma semana, "
    "otro comerciante apareció muerto con signos de tortura a orillas del río Caranal.",
    "Sicarios mataron a un taxista en el centro de Tame. Tres días después, otro conductor fue "
    "asesinado a balazos en el mismo paradero.",
])
def test_another_victim_after_a_time_shift_is_another_incident(extract, text):
    evs = extract(text, published=PUBLISHED)
    assert [e.type for e in evs] == ["killing", "killing"]
    assert all(e.killed is not None and e.killed.best == 1 for e in evs)


@pytest.mark.parametrize("text", [
    # the incident's own toll, revised
    "Un soldado murió y tres resultaron heridos en una emboscada del ELN en Tame. Horas más tarde, "
    "otro de los heridos falleció en el hospital.",
    # a second victim of the same attack, told without a time shift
    "Sicarios mataron a un vendedor de frutas en el mercado de Tame. Los atacantes también "
    "dispararon contra otro vendedor, que murió en el lugar.",
])
def test_another_victim_without_a_time_shift_stays_the_incident(extract, text):
    assert len(extract(text, published=PUBLISHED)) == 1


@pytest.mark.parametrize("text", [
    "Con ayuda de perros rastreadores, los bomberos hallaron los cuerpos de dos jóvenes maniatados en una "
    "quebrada de Tame.",
    "Campesinos que iban a sus parcelas encontraron el cadáver de un hombre con varios impactos de bala en "
    "la vereda El Porvenir de Tame.",
])
def test_who_found_the_dead_is_not_the_perpetrator(extract, text):
    (ev,) = extract(text, published=PUBLISHED)
    assert ev.type == "killing" and ev.actor1 is None


@pytest.mark.parametrize("text", [
    "El cuerpo de una ballena jorobada de doce metros fue hallado sin vida el domingo en una playa de "
    "Manabí, con heridas de una hélice.",
    "Pescadores encontraron el cadáver de un lobo marino con heridas de arpón en la playa de Pimentel.",
])
def test_a_dead_animal_is_no_killing(extract, text):
    assert extract(text, published=PUBLISHED) == []
