"""What a thrown or dropped means fell on is the target (session 22, fresh probe zj).
Sentences written for these tests (CC0).

* "drones soltaron explosivos sobre las casas", "un dron dejó caer una carga explosiva sobre la
  escuela", "están tirando explosivos con drones sobre las viviendas": the parse hangs "sobre X" on the
  explosive (or on the drones it was thrown with), not on the verb; X is actor2, before the casualties
  a later sentence counts ("Hay dos heridos").
* A settlement the explosives fell on is the target though it names no party ("dejaron caer
  artefactos sobre la comunidad de X", "un bombardeo con drones sobre la comunidad de X", "ataque con
  drones que sueltan explosivos sobre la comunidad de X"), before the wounded the sentence counts.
* A means with no "sobre" / "contra" complement gives no target of its own, and a party object
  ("atacaron a los comuneros") keeps its place.
"""
import pytest

from cronica.extraction.actors import _means_fell_on

PUBLISHED = "2025-11-04"


def _bombing_actor2(extract, text):
    evs = [e for e in extract(text, published=PUBLISHED) if e.type in ("bombing", "attack")]
    assert evs, text
    return evs[0].actor2.as_written if evs[0].actor2 is not None else None


@pytest.mark.parametrize("text, target", [
    ("Anoche dos drones soltaron explosivos sobre las casas del caserío Las Brisas, en Tibú. "
     "Hay tres campesinos heridos.", "las casas del caserío Las Brisas"),
    ("El sábado un dron dejó caer una carga explosiva sobre la escuela de la vereda El Retiro, en Argelia, "
     "Cauca. Un profesor resultó herido.", "la escuela de la vereda El Retiro"),
    ("URGENTE: desde hace una hora están tirando explosivos con drones sobre las viviendas de la tenencia "
     "de Santa Ana, en Apatzingán. Hay dos señoras heridas.", "las viviendas de la tenencia de Santa Ana"),
])
def test_what_the_dropped_explosive_fell_on_is_actor2(extract, text, target):
    a2 = _bombing_actor2(extract, text)
    assert a2 is not None and a2.startswith(target), a2


@pytest.mark.parametrize("text", [
    "Tres jornaleros resultaron heridos el martes cuando drones cargados con explosivos dejaron caer "
    "artefactos sobre la comunidad de Los Guajes, en el municipio de Tepalcatepec.",
    "Un niño de diez años resultó herido el martes durante un bombardeo con drones sobre la comunidad de "
    "Los Guajes, municipio de Tepalcatepec, informaron las autoridades de Michoacán.",
    "🚨 Reportan ataque con drones que sueltan explosivos sobre la comunidad de Los Guajes, municipio de "
    "Tepalcatepec, hay un señor herido #Michoacán",
])
def test_the_settlement_the_explosives_fell_on_is_actor2(extract, text):
    a2 = _bombing_actor2(extract, text)
    assert a2 is not None and a2.startswith("la comunidad de Los Guajes"), a2


def test_the_complement_of_the_means_is_read_through_the_parse(nlp):
    doc = nlp("Los drones soltaron explosivos sobre la escuela del pueblo.")
    verb = next(t for t in doc if t.lower_ == "soltaron")
    hit = _means_fell_on(verb)
    assert hit is not None and hit.text.startswith("la escuela")


def test_a_means_with_no_complement_names_no_target(nlp):
    doc = nlp("Los atacantes soltaron explosivos en la madrugada.")
    verb = next(t for t in doc if t.lower_ == "soltaron")
    assert _means_fell_on(verb) is None


def test_a_party_object_is_not_read_as_a_means(nlp):
    doc = nlp("Los hombres atacaron a los comuneros sobre el puente.")
    verb = next(t for t in doc if t.lower_ == "atacaron")
    assert _means_fell_on(verb) is None
