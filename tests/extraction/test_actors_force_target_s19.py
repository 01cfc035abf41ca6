"""Whom an attack on a force hit (corpus/README.md, "Whom an attack on a force hit", session 19).
Sentences written for these tests (CC0).

* The unit, post, base, convoy or vehicle the act is told as falling on is actor2 ("atacaron la base",
  "embistió la embarcación"); the people are actor2 when the act is told on them and the base or post
  is only where they were going ("regresaban a su base", "volvían a su puesto") or what they rode.
* A unit told as moving when its members fell keeps the unit (shared practice for landmine deaths).
"""
import pytest

from cronica.extraction.actors import _destination, sentence_target

PUBLISHED = "2024-05-10"


def _actor2(extract, text):
    evs = [e for e in extract(text, published=PUBLISHED) if e.type in ("ambush", "attack", "bombing", "killing")]
    assert evs, text
    return evs[0].actor2.as_written if evs[0].actor2 is not None else None


@pytest.mark.parametrize("text, people", [
    ("Tres policías murieron el martes cuando regresaban a su base en una camioneta y fueron atacados "
     "desde un cerro en Aguililla, Michoacán.", "policías"),
    ("Dos guardias nacionales murieron el lunes: los efectivos volvían a su puesto en una camioneta cuando "
     "fueron atacados con fusiles en el municipio Catatumbo, Zulia.", "guardias"),
])
def test_the_post_they_were_going_back_to_is_not_the_target(extract, text, people):
    a2 = _actor2(extract, text)
    assert a2 is not None and people in a2 and not a2.startswith("su ")


@pytest.mark.parametrize("text, target", [
    ("Cuatro soldados murieron el jueves cuando hombres armados atacaron la base militar de El Limón, en Tibú.",
     "la base militar de El Limón"),
    ("Dos agentes resultaron heridos el sábado cuando una narcolancha embistió la embarcación en la que "
     "patrullaban el río Guadiana, cerca de Ayamonte.", "la embarcación"),
    ("El domingo una columna emboscó a una patrulla que regresaba a la base de Santa Rosa, en Ayacucho; "
     "murieron dos soldados.", "una patrulla"),
])
def test_the_unit_or_installation_named_as_hit_stays_the_target(extract, text, target):
    a2 = _actor2(extract, text)
    assert a2 is not None and a2.startswith(target)


def test_a_destination_after_a_verb_of_moving(nlp):
    doc = nlp("Los agentes regresaban a su base cuando fueron atacados.")
    base = next(t for t in doc if t.lower_ == "base")
    assert _destination(base)
    assert sentence_target(next(doc.sents)) is None


def test_an_object_after_a_is_not_a_destination(nlp):
    doc = nlp("Los atacantes dispararon a la comisaría durante una hora.")
    station = next(t for t in doc if t.lower_ == "comisaría")
    assert not _destination(station)
