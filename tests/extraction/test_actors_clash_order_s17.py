"""Who comes first in a clash, session 17 (issue 12 item 3; corpus/README.md, "Clashes: who
comes first"). Sentences written for these tests (CC0).

* The side the text says started comes first even when the sentence does not name it: "los
  agentes ... fueron recibidos a tiros desde una vivienda" puts the other side of the clash
  first, whatever the lead's order.
* ``clash_opener`` finds the side that was met with fire when its subject sits in the clause the
  passive is joined to or hangs on ("llegaron ... y fueron recibidos", "llegó ... cuando fue
  recibida") or where the parser hung it on the source ("Según el parte, militares que ...
  fueron atacados"), when the fire is told "con disparos", and not when the verb disagrees in
  number with that subject.
* "la tropa", the singular of army reports, is the army; "los funcionarios" after "funcionarios
  del Cicpc" is that side.
"""
import pytest

from cronica.extraction.actors import clash_opener


def _opener(nlp, sentence):
    doc = nlp(sentence)
    attacker, answerer = clash_opener(next(iter(doc.sents)))
    return (attacker.text if attacker else None, answerer.text if answerer else None)


@pytest.mark.parametrize("sentence, answerer", [
    ("Los policías llegaron a una casa del barrio para cumplir una orden de allanamiento y fueron "
     "recibidos a tiros.", "Los policías"),
    ("La comisión militar llegó a la finca para destruir un laboratorio cuando fue recibida a balazos.",
     "La comisión militar"),
    ("Al intentar la captura, los soldados fueron recibidos con disparos.", "los soldados"),
    ("Según el parte, la tropa fue atacada con fusiles cuando patrullaba cerca del río.", "la tropa"),
    ("Según el parte, militares que recorrían el camino fueron atacados a tiros desde un cerro.", "militares"),
])
def test_the_side_met_with_fire_without_a_named_attacker(nlp, sentence, answerer):
    assert _opener(nlp, sentence) == (None, answerer)


@pytest.mark.parametrize("sentence", [
    "El sargento recibió con alegría la noticia de su ascenso.",
    "Los vecinos llegaron a la plaza y recibieron a los soldados con aplausos.",
])
def test_a_welcome_is_no_fire(nlp, sentence):
    assert _opener(nlp, sentence) == (None, None)


def test_a_subject_that_disagrees_in_number_is_not_the_side_met_with_fire(nlp):
    sentence = "El capitán llegó con sus hombres a la finca cuando fueron recibidos a tiros."
    assert _opener(nlp, sentence) == (None, None)


def _sides(extract, text):
    found = [e for e in extract(text, published="2025-03-18") if e.type == "armed_clash"]
    assert found and found[0].actor1 is not None and found[0].actor2 is not None
    return found[0].actor1.inter, found[0].actor2.inter


def test_a_force_met_with_fire_from_an_unnamed_shooter_comes_second(extract):
    text = ("Un agente y dos presuntos pandilleros murieron el martes en un enfrentamiento entre policías "
            "y pandilleros del Barrio 18 en la colonia Las Brisas, de San Pedro Sula. Según el parte "
            "policial, los agentes llegaron a una vivienda para cumplir una orden de captura y fueron "
            "recibidos a tiros desde el techo.")
    first, second = _sides(extract, text)
    assert first != 1 and second == 1


def test_a_force_that_attacked_first_stays_first(extract):
    text = ("Dos guerrilleros del ELN murieron el domingo en combates con tropas del Ejército en zona "
            "rural de Tame, en Arauca. Según la brigada, las tropas atacaron un campamento del grupo "
            "al amanecer.")
    first, second = _sides(extract, text)
    assert first == 1 and second != 1


def test_la_tropa_is_the_army(extract):
    text = ("Tres integrantes de un grupo armado murieron el sábado en un enfrentamiento con militares en "
            "el municipio Páez, estado Apure. Según el parte, la tropa fue recibida a tiros cuando llegaba "
            "a un campamento.")
    first, second = _sides(extract, text)
    assert first != 1 and second == 1


def test_the_side_named_again_by_its_own_noun(extract):
    text = ("Dos hombres murieron el jueves en un enfrentamiento con funcionarios del Cicpc en el sector "
            "La Vega, en Caracas. Según la versión oficial, los funcionarios acudieron a una vivienda "
            "por una denuncia de robo y fueron recibidos a tiros.")
    first, second = _sides(extract, text)
    assert first != 1 and second == 1
