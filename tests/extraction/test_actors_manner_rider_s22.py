"""A manner locution names nobody; a vehicle told as its rider's stands for the rider (session 22,
fresh probe zj). Sentences written for these tests (CC0).

* "a la fuerza" / "por la fuerza" says how someone was taken, never whom nor who: the person taken
  after it is actor2 ("se llevaron a la fuerza a un jornalero"), and a passive keeps no "la fuerza"
  as its doer; "la fuerza pública" (a modifier) stays a party.
* "dispararon contra su unidad", "un ataque contra la camioneta en la que se trasladaba": the vehicle
  is the rider's, who is the subject of the clause above the act ("un taxista resultó herido cuando
  ...", "la concejala salió ilesa de ..."); a vehicle told alone ("contra el vehículo") stays.
"""
import pytest

from cronica.extraction.actors import roles

PUBLISHED = "2025-11-04"


def _roles_of(nlp, text, word):
    doc = nlp(text)
    trigger = next(t for t in doc if t.lower_ == word)
    return roles(trigger)


@pytest.mark.parametrize("text, word, taken", [
    ("Cuatro hombres armados se llevaron a la fuerza a un jornalero de la vereda Los Olivos.",
     "llevaron", "un jornalero"),
    ("El miércoles un comando se llevó por la fuerza a dos hermanos de una finca cercana.",
     "llevó", "dos hermanos"),
])
def test_the_person_taken_by_force_is_actor2(nlp, text, word, taken):
    a1, a2 = roles(next(t for t in nlp(text) if t.lower_ == word))
    assert a2 is not None and a2.text.startswith(taken), a2
    assert a1 is not None and "fuerza" not in a1.text


def test_by_force_is_no_doer_of_a_passive(nlp):
    a1, a2 = _roles_of(nlp, "El profesor fue llevado por la fuerza el martes por hombres armados.", "llevado")
    assert a1 is None or "fuerza" not in a1.text
    assert a2 is not None and a2.text == "El profesor"


def test_the_public_force_stays_a_party(nlp):
    _, a2 = _roles_of(nlp, "Guerrilleros hostigaron a la fuerza pública en la vereda El Roble.", "hostigaron")
    assert a2 is not None and a2.text == "la fuerza pública"


@pytest.mark.parametrize("text, word, rider", [
    ("Un chofer de autobús resultó herido cuando dos sujetos dispararon contra su unidad en la colonia Centro.",
     "dispararon", "Un chofer de autobús"),
    ("El concejal salió ileso cuando hombres armados dispararon contra la camioneta en la que viajaba.",
     "dispararon", "El concejal"),
    ("La concejala salió ilesa el martes de un ataque armado contra el vehículo en el que se trasladaba "
     "por el barrio Los Pinos.", "ataque", "La concejala"),
])
def test_the_rider_of_a_vehicle_told_as_his_is_actor2(nlp, text, word, rider):
    _, a2 = _roles_of(nlp, text, word)
    assert a2 is not None and a2.text == rider, a2


def test_a_vehicle_told_alone_stays_the_target(nlp):
    _, a2 = _roles_of(nlp, "Un sargento resultó herido cuando desconocidos dispararon contra el vehículo.",
                      "dispararon")
    assert a2 is not None and a2.text == "el vehículo"


def test_the_rider_reaches_the_event(extract):
    text = ("Un taxista resultó herido el lunes en la colonia Centro de San Pedro Sula cuando dos desconocidos "
            "dispararon contra su unidad.")
    evs = [e for e in extract(text, published=PUBLISHED) if e.type == "attack"]
    assert evs and evs[0].actor2 is not None and evs[0].actor2.as_written == "Un taxista", evs
