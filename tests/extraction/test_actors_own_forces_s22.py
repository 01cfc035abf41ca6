"""Session 22 (issue 10, actors of communiqués): a force's first person ("nuestras tropas",
"nuestros agentes"). Sentences written for these tests (CC0). corpus/README.md, "A force's first
person in its own communiqué".

* ``own_forces`` finds the first-person words of a force's members; ``own_force_words`` tells them.
* An arrest told without its agent in a sentence that names the force in the first person ("En
  la respuesta de nuestras tropas ... fueron capturados otros dos") has those words as actor1, with
  the force's name, rather than a unit told in an earlier sentence.
* A force told in the first person where the same sentence names its unit's members ("fuerzas del
  Batallón X ... dispararon contra nuestras tropas") is told by the unit's words; the arrests and
  seizures told after it without their agent follow that unit.
"""
import pytest

from cronica.extraction.actors import own_force_words, own_forces
from cronica.nlp.load import load_nlp

PUBLISHED = "2025-03-20"


@pytest.mark.parametrize("text, words", [
    ("En la acción, nuestros agentes detuvieron a dos hombres en el mercado.", "nuestros agentes"),
    ("Tras el combate de nuestras tropas con el grupo, se capturó a uno de sus jefes.", "nuestras tropas"),
    ("Nuestros soldados ocuparon dos fusiles y una radio.", "Nuestros soldados"),
])
def test_a_forces_first_person(text, words):
    found = own_forces(next(load_nlp()(text).sents))
    assert found is not None and found.text == words
    assert own_force_words(found.text)


@pytest.mark.parametrize("text", [
    "Nuestros hijos salieron a la calle a protestar.",
    "Los agentes detuvieron a dos hombres en el mercado.",
])
def test_no_first_person_force(text):
    assert own_forces(next(load_nlp()(text).sents)) is None


def test_an_arrest_in_the_first_person_keeps_its_words(extract):
    text = ("COMUNICADO\nEl Ejército informa a la población:\n"
            "El lunes 17 de marzo, efectivos del Batallón de Cazadores 12 fueron atacados con fusiles por "
            "un grupo de narcotraficantes cuando patrullaban la ribera del río Verde, municipio San Lucas.\n"
            "En la respuesta de nuestras tropas fueron capturados otros dos integrantes del grupo.")
    arrests = [e for e in extract(text, published=PUBLISHED) if e.type == "arrest"]
    assert arrests and arrests[0].actor1 is not None
    assert arrests[0].actor1.as_written == "nuestras tropas"
    assert arrests[0].actor1.inter == 1


def test_the_unit_named_with_the_first_person_tells_who(extract):
    text = ("EJÉRCITO NACIONAL\nNota de prensa\n"
            "El Ejército comunica que el martes 18 de marzo, fuerzas del Batallón de Cazadores 12 ubicaron "
            "en la comarca El Roble, municipio San Lucas, a un grupo de cuatreros, los que al recibir la voz "
            "de alto dispararon contra nuestras tropas.\n"
            "Se ocuparon dos escopetas y una pistola.")
    events = extract(text, published=PUBLISHED)
    sides = [a.as_written for e in events if e.type in ("armed_clash", "attack")
             for a in (e.actor1, e.actor2) if a is not None and a.inter == 1]
    assert sides and all(not own_force_words(w) for w in sides)
    seized = [e for e in events if e.type == "seizure"]
    assert seized and seized[0].actor1 is not None and not own_force_words(seized[0].actor1.as_written)


def test_the_first_person_beats_a_phrase_parsed_as_the_subject(extract):
    text = ("POLICÍA NACIONAL\nCOMUNICADO\n"
            "1. En respuesta a denuncias de transportistas de la ruta 5, este martes 18 de marzo nuestros "
            "agentes capturaron en la colonia El Pino, de Choloma, Cortés, a dos miembros de una pandilla "
            "señalados como cobradores de la extorsión.")
    arrests = [e for e in extract(text, published=PUBLISHED) if e.type == "arrest"]
    assert arrests and arrests[0].actor1 is not None
    assert arrests[0].actor1.as_written == "nuestros agentes" and arrests[0].actor1.inter == 1
