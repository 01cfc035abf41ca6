"""The side that opened fire in a clash is actor1, session 16 (issue 12 item 3). Sentences
written for these tests (CC0).

* ``clash_opener``: a sentence that says who attacked first gives (attacker, answerer): the
  answering verbs with a noun of fire ("fueron recibidos a balazos por X", "repelieron el ataque
  de X", "respondieron al fuego"), the passive of an attacking verb ("al ser atacados por X") and
  the active one ("X abrió fuego contra Y"); a sentence that says none gives (None, None), and
  "recibió un disparo" is a shot received, not fire met.
* In an ``armed_clash`` told "A y B murieron en un enfrentamiento", the side the next sentence
  says opened fire comes first; the order of mention stays when no sentence says who started.
"""
import pytest

from cronica.extraction.actors import clash_opener


def _opener(nlp, sentence):
    doc = nlp(sentence)
    attacker, answerer = clash_opener(next(iter(doc.sents)))
    return (attacker.text if attacker else None, answerer.text if answerer else None)


@pytest.mark.parametrize("sentence, attacker, answerer", [
    ("Los agentes llegaban a la finca cuando fueron recibidos a balazos por un grupo de hombres armados.",
     "un grupo de hombres armados", "Los agentes"),
    ("Los soldados repelieron el ataque de una columna del ELN en la vereda El Hoyo.",
     "una columna del ELN", "Los soldados"),
    ("Al ser atacados por disidentes, los militares respondieron al fuego.", "disidentes", "los militares"),
    ("Un grupo de sicarios abrió fuego contra una patrulla de la Policía en el barrio Centro.",
     "Un grupo de sicarios", "una patrulla de la Policía"),
])
def test_who_opened_fire(nlp, sentence, attacker, answerer):
    assert _opener(nlp, sentence) == (attacker, answerer)


@pytest.mark.parametrize("sentence", [
    "El policía herido recibió un disparo en la pierna y fue llevado al hospital.",
    "Los vecinos abrieron la puerta de la casa a los bomberos.",
    "Tres soldados y dos guerrilleros murieron en un combate en la vereda El Hoyo.",
    "Según testigos, los dos bandos se atacaron con palos y machetes durante la madrugada.",
])
def test_no_opener_told(nlp, sentence):
    assert _opener(nlp, sentence) == (None, None)


def _sides(extract, text):
    found = [e for e in extract(text, published="2025-06-10") if e.type == "armed_clash"]
    assert found and found[0].actor1 is not None and found[0].actor2 is not None
    return found[0].actor1.inter, found[0].actor2.inter


def test_the_side_that_opened_fire_comes_first(extract):
    text = ("Dos policías y tres delincuentes murieron el lunes en un enfrentamiento en el barrio Las "
            "Palmas, de Cali. Los agentes acudían a un llamado de vecinos cuando fueron recibidos a "
            "balazos por un grupo de hombres armados.")
    first, second = _sides(extract, text)
    assert first != 1 and second == 1


def test_the_order_of_mention_stays_without_an_opener(extract):
    text = ("Dos policías y tres delincuentes murieron el lunes en un enfrentamiento en el barrio Las "
            "Palmas, de Cali. Los cuerpos fueron llevados a Medicina Legal.")
    first, second = _sides(extract, text)
    assert first == 1 and second != 1
