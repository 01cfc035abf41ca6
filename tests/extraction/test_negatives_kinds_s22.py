"""Session 22 (corpus part zk): hard negatives of kinds the earlier probes did not hold - a dog's
bite, liquor and contraband confiscated by inspectors, an American-football report, a course on
hostage crises, and the death by illness of someone who led no armed group (our own sentences, CC0)."""
import pytest

from cronica.extraction.triggers import find_triggers


PUBLISHED = "2026-04-14"


def found(nlp, text):
    """[(type, trigger text, why dropped)] for every trigger of the text's sentences."""
    doc = nlp(text)
    return [(m.type, doc.text[m.start:m.end], m.dropped) for s in doc.sents for m in find_triggers(s)]


def kept_types(nlp, text):
    return sorted(t for t, _, why in found(nlp, text) if not why)


def types(events):
    return sorted(e.type for e in events)


# -- a dog's attack and its bite

@pytest.mark.parametrize("text", [
    "Un niño de cuatro años resultó herido tras el ataque de un perro en un parque de Maipú.",
    "El pitbull del vecino atacó a una anciana que barría la vereda.",
    "Un rottweiler mordió a dos repartidores en la puerta de una casa de Chiclayo.",
])
def test_a_dogs_attack_is_no_incident(nlp, text):
    assert kept_types(nlp, text) == []


def test_a_story_headed_by_a_dogs_attack_gives_no_events(extract):
    text = ("Joven queda herido tras el ataque de un perro pitbull en San Cristóbal\n"
            "El animal saltó la verja el domingo y atacó al muchacho, que fue operado en el hospital.")
    assert extract(text, published=PUBLISHED) == []


def test_armed_men_attacking_a_house_with_a_dog_stay_an_attack(nlp):
    text = "Hombres armados atacaron a tiros la casa del concejal, donde solo estaba su perro."
    assert "attack" in kept_types(nlp, text)


# -- goods that are no drugs, arms or explosives

@pytest.mark.parametrize("text", [
    "Inspectores sanitarios y policías decomisaron 900 botellas de aguardiente sin registro en una bodega.",
    "La aduana incautó 300 cajas de cigarrillos de contrabando en un camión que venía de la frontera.",
    "Los agentes municipales decomisaron juguetes y ropa sin registro sanitario en el mercado central.",
])
def test_liquor_and_contraband_alone_are_no_seizure(nlp, text):
    assert "seizure" not in kept_types(nlp, text)


@pytest.mark.parametrize("text", [
    "Los policías decomisaron dos fusiles y cajas de cigarrillos en el depósito de la banda.",
    "En el camión incautaron 40 kilos de cocaína escondidos entre botellas de licor.",
])
def test_contraband_beside_arms_or_drugs_stays_a_seizure(nlp, text):
    assert "seizure" in kept_types(nlp, text)


# -- American football

GAME = ("Los Halcones ganan el clásico universitario\n"
        "La defensiva de los Halcones capturó cinco veces al mariscal de campo rival y frenó su ataque "
        "aéreo en un partido que terminó 24-7 en el estadio universitario. El entrenador celebró el "
        "triunfo, que los deja en la semifinal de la conferencia. Los Halcones ganaron 300 yardas por tierra.")


def test_a_sack_in_american_football_is_no_arrest(nlp):
    assert "arrest" not in kept_types(nlp, GAME)
    assert kept_types(nlp, GAME) == []


def test_a_report_of_american_football_gives_no_events(extract):
    assert extract(GAME, published=PUBLISHED) == []


def test_an_arrest_at_a_stadium_with_a_weapon_stays(nlp):
    text = ("La policía capturó a dos hinchas armados con cuchillos a la salida del estadio, tras el partido "
            "de fútbol americano.")
    assert "arrest" in kept_types(nlp, text)


# -- a course on hostage crises

def test_a_course_on_hostage_crises_is_no_kidnapping(nlp):
    text = ("Veinte policías terminaron un curso de negociación en crisis con toma de rehenes en la academia "
            "de Asunción.")
    assert "kidnapping" not in kept_types(nlp, text)


def test_a_hostage_taking_after_a_failed_robbery_stays(nlp):
    text = "Los asaltantes tomaron como rehenes a seis empleados del banco durante cuatro horas."
    assert "kidnapping" in kept_types(nlp, text)


# -- a death by illness: a leader of an armed group, or not

def test_an_armed_groups_leader_dead_of_illness_is_an_event(nlp):
    text = "Un antiguo comandante del frente sur de la guerrilla murió el lunes a los 81 años a causa de un cáncer."
    assert "other" in kept_types(nlp, text)


@pytest.mark.parametrize("text", [
    ("Ramón Ortiz, excombatiente de la guerrilla y fundador del coro de su pueblo, falleció el martes a los "
     "72 años por una insuficiencia renal."),
    "El dirigente del sindicato de maestros murió el jueves a los 64 años en una clínica de la capital.",
    "El fundador de la orquesta municipal falleció el sábado a los 90 años por complicaciones de una neumonía.",
])
def test_someone_who_led_no_armed_group_dead_of_illness_is_no_event(nlp, text):
    assert "other" not in kept_types(nlp, text)


# -- a share of a count ("N de cada M")

@pytest.mark.parametrize("text", [
    "Ocho de cada diez víctimas fueron baleadas, según el boletín mensual del observatorio.",
    "En el semestre, seis de cada diez víctimas fueron asesinadas en la vía pública.",
])
def test_a_share_of_a_count_is_no_incident(nlp, text):
    assert kept_types(nlp, text) == []


def test_a_dated_massacre_beside_a_share_of_the_months_victims_stays(extract):
    text = ("Observatorio contabiliza 280 muertes violentas en abril\n"
            "El observatorio contabilizó 280 muertes violentas en abril, según su boletín divulgado este martes. "
            "Siete de cada diez víctimas fueron baleadas. "
            "El caso más grave ocurrió el 9 de abril en la colonia San José de Tela, donde cuatro hombres "
            "fueron asesinados por sujetos armados.")
    events = extract(text, published="2026-05-05")
    assert types(events) == ["killing"]
    assert "colonia San José de Tela" in events[0].evidence.text


def test_two_of_five_named_victims_stay_an_incident(nlp):
    assert "killing" in kept_types(nlp, "Dos de los cinco jóvenes fueron asesinados a tiros el sábado en Choloma.")
