"""Session 20 (corpus part zf): hard negatives of encyclopedia entries, features and long analyses -
what a photograph or a painting shows, "se concentra" said of violence or cases - and an armed group's
column that burns a village whose people it killed (our own sentences, CC0)."""
import pytest

from cronica.extraction.triggers import find_triggers


PUBLISHED = "2025-06-14"


def dropped(nlp, text):
    """{trigger text: why dropped} for every trigger of the text's sentences."""
    doc = nlp(text)
    return {doc.text[m.start:m.end]: m.dropped for s in doc.sents for m in find_triggers(s)}


def kept_types(nlp, text):
    doc = nlp(text)
    return sorted(m.type for s in doc.sents for m in find_triggers(s) if not m.dropped)


def types(events):
    return sorted(e.type for e in events)


# -- what a picture shows: exhibitions, murals, retablos

@pytest.mark.parametrize("text, word", [
    ("Una mujer lloró frente a la fotografía de una escuela destruida por un bombardeo.", "bombardeo"),
    ("En la sala principal se exhibe un cuadro de la masacre de los mineros.", "masacre"),
    ("La portada del libro reproduce una foto del atentado contra el cuartel.", "atentado"),
    ("Los estudiantes pintaron un mural con una emboscada contra una columna de campesinos.", "emboscada"),
])
def test_an_incident_a_picture_shows_is_dropped(nlp, text, word):
    assert (dropped(nlp, text)[word] or "").startswith("depiction")


def test_an_exhibition_feature_gives_no_events(extract):
    text = ("Una muestra recuerda a los soldados que combatieron en la selva\nUn museo de Iquitos abre este "
            "viernes una exposición de fotografías de la guerra con Ecuador. Un veterano se quedó largo rato "
            "frente a la foto de un puesto de vigilancia destruido por un bombardeo. La exposición se podrá "
            "visitar hasta agosto.")
    assert extract(text, published=PUBLISHED) == []


def test_an_attack_the_pictures_are_evidence_of_stays_an_event(extract):
    text = ("Hombres armados atacaron una comisaría en Jamundí\nHombres armados atacaron a tiros la comisaría "
            "de Potrerito, en Jamundí, en la madrugada del sábado; dos policías resultaron heridos. Las "
            "cámaras de seguridad registraron el ataque.")
    assert "attack" in types(extract(text, published=PUBLISHED))


def test_a_clause_about_a_photo_is_not_inside_its_noun_phrase(nlp):
    # the photos show that gunmen attacked: a clause of its own, the walk stops at its verb
    text = "Las fotografías muestran que los sicarios atacaron la camioneta en la vía a Tumaco."
    assert "attack" in kept_types(nlp, text)


# -- "se concentra(n)" said of things: where violence or cases are found

@pytest.mark.parametrize("text", [
    "Es uno de los barrios donde se concentra la violencia que golpea a la ciudad, con disputas contra comercios.",
    "La mayoría de los casos se concentran frente a la costa, contra lo que esperaban los analistas.",
    "En esa provincia se concentran los ataques contra transportistas, según el informe anual.",
])
def test_things_that_concentrate_are_no_protest(nlp, text):
    assert "protest" not in kept_types(nlp, text)


@pytest.mark.parametrize("text", [
    "Unas dos mil personas se concentraron frente a la gobernación contra el alza del pasaje.",
    "La mayoría de los manifestantes se concentraron frente al palacio contra la reforma.",
    "Los jubilados que se concentraban frente al Congreso exigieron un aumento.",
])
def test_people_who_gather_to_protest_stay_a_protest(nlp, text):
    assert "protest" in kept_types(nlp, text)


# -- a column that kills villagers and burns their houses: the attack, not a protest

def test_a_column_that_burns_the_houses_of_villagers_it_killed_is_no_protest(extract):
    text = ("Historia del distrito\nEl 9 de mayo de 1990, una columna de Sendero Luminoso entró en el caserío de "
            "Santa Rosa, donde asesinó a seis comuneros y quemó la escuela.")
    assert "protest" not in types(extract(text))


def test_villagers_who_burn_a_police_station_stay_a_protest(nlp):
    text = "Cientos de comuneros quemaron la comisaría y dos patrulleros tras la captura de su dirigente."
    assert "protest" in kept_types(nlp, text)


# -- an anniversary names a past incident; what its relative clause tells is that incident

@pytest.mark.parametrize("text, word", [
    ("Los vecinos conmemoraron los 30 años de la masacre en la que fueron asesinados doce jornaleros.", "asesinados"),
    ("El pueblo recordó los 40 años del atentado en el que fueron asesinados tres concejales.", "asesinados"),
])
def test_the_relative_clause_of_an_anniversary_is_background(nlp, text, word):
    assert (dropped(nlp, text)[word] or "").startswith("background")


def test_an_age_before_the_place_is_no_anniversary(nlp):
    text = "Un hombre de 40 años del sector fue baleado en la puerta de su casa."
    assert "attack" in kept_types(nlp, text) or "killing" in kept_types(nlp, text)


def test_a_commemoration_feature_gives_no_events(extract):
    text = ("Memorial en San Pablo\nLas familias de la vereda conmemoraron este domingo los 25 años de la masacre "
            "en la que fueron asesinados once campesinos, con una misa y la siembra de un árbol por cada víctima.")
    assert extract(text, published=PUBLISHED) == []
