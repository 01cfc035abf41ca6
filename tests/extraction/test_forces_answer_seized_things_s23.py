"""Two type classes, session 23 (issues 10 and 11). Sentences written for these tests (CC0).

* Forces attacked that answer: a moving unit (a patrol, troops, personnel) told attacked and, in
  that sentence or the next, answering the fire ("repelieron la agresión", "respondieron al fuego",
  "en la respuesta de nuestras tropas") fought a clash, the attackers first (corpus/README.md
  "Clashes: who comes first"). A base or a station harassed whose men fired back stays the attack on
  it, and an attack told with no answer stays an attack.
* "secuestrar" of things in Southern Cone police usage: a headline's subjectless verb with the goods
  after it ("Secuestran 40 motos en ...") is no kidnapping; people taken stay a kidnapping.
"""
import pytest

from cronica.extraction.framing import answered_by_unit, load_framing
from cronica.nlp.inflect import match_key

PUBLISHED = "2026-05-20"


def _key(s):
    return " ".join(match_key(w) for w in s.replace(".", " .").replace(",", " ,").split())


@pytest.mark.parametrize("first, after", [
    ("Una patrulla del batallón fue atacada por hombres armados cerca del río.",
     "Los soldados repelieron la agresión y los atacantes huyeron."),
    ("El martes, efectivos de la brigada que recorrían la zona fueron atacados con fusiles.",
     "En la respuesta de nuestras tropas murió uno de los agresores."),
    ("Los militares fueron agredidos a tiros desde una loma y respondieron al fuego durante media hora.", ""),
    ("Un grupo armado disparó contra una patrulla de la policía en el camino vecinal.",
     "Los agentes repelieron el ataque."),
])
def test_a_unit_attacked_that_answers(first, after):
    keys = [_key(first)] + ([_key(after)] if after else [])
    assert answered_by_unit(keys[0], keys, load_framing())


@pytest.mark.parametrize("first, after", [
    # a post harassed: the attack on it
    ("La base militar del cerro fue hostigada con disparos durante la noche.",
     "La tropa respondió al fuego y los atacantes se retiraron."),
    ("La estación de policía del pueblo fue atacada desde tres puntos.",
     "Los agentes repelieron la agresión."),
    # no answer told
    ("Una patrulla fue atacada con explosivos en la carretera.", "Dos soldados resultaron heridos."),
    # civilians attacked, an escort answering
    ("Hombres armados dispararon contra un bus de pasajeros en la autopista.",
     "Un agente que viajaba en la unidad repelió el ataque."),
])
def test_not_a_unit_answering(first, after):
    keys = [_key(first), _key(after)]
    assert not answered_by_unit(keys[0], keys, load_framing())


def test_patrol_attacked_and_answering_is_a_clash(extract):
    text = ("Un soldado herido en el sur del departamento\n"
            "El jueves, una patrulla del Ejército fue atacada por una columna de disidentes en la vereda "
            "Las Palmas, del municipio de Argelia. Los militares repelieron la agresión y el grupo se "
            "replegó hacia la montaña. Un soldado resultó herido.")
    types = [e.type for e in extract(text, published=PUBLISHED)]
    assert "armed_clash" in types and "attack" not in types, types


def test_base_harassed_whose_troops_answer_stays_an_attack(extract):
    text = ("Hostigan una base militar en el sur del departamento\n"
            "El jueves, la base militar de la vereda Las Palmas fue hostigada con disparos por una columna de "
            "disidentes. La tropa respondió al fuego y los atacantes se retiraron. Un soldado resultó herido.")
    types = [e.type for e in extract(text, published=PUBLISHED)]
    assert "attack" in types and "armed_clash" not in types, types


@pytest.mark.parametrize("text", [
    "Secuestran 25 motos en controles en dos barrios de Salta\n"
    "Los agentes trasladaron los vehículos al depósito municipal.",
    "Secuestran 12 armas y 30 celulares en allanamientos en Rosario\n"
    "Los objetos quedaron a disposición de la fiscalía.",
    "Secuestran tres autos en controles en el sur de Mendoza\n"
    "Los conductores no tenían la documentación de los vehículos.",
])
def test_things_secuestrados_in_a_headline_are_no_kidnapping(extract, text):
    types = [e.type for e in extract(text, published=PUBLISHED)]
    assert "kidnapping" not in types, types


def test_people_secuestrados_stay_a_kidnapping(extract):
    text = ("Secuestran a un comerciante en la salida de su negocio en Asunción\n"
            "Tres hombres armados obligaron al comerciante a subir a una camioneta y huyeron.")
    types = [e.type for e in extract(text, published=PUBLISHED)]
    assert "kidnapping" in types, types
