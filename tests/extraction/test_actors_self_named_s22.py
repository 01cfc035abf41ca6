"""Session 22 (attrib): doers named by an attribution in another sentence.

* The doers' own word of whom they belong to ("sus captores se identificaron como integrantes de X",
  "los secuestradores se presentaron como miembros de X") names X as their group (a claim, not hearsay,
  even when a relative tells it); not when the doers are told only by a description ("los hombres").
* "detrás del ataque está X": the one a source places behind the act.
* "confinadas por orden de X": who ordered the act.

Sentences written for these tests (CC0).
"""
import pytest

from cronica.extraction.actors import attribution_in
from cronica.nlp.load import load_nlp


def told(sentence):
    doc = load_nlp()(sentence)
    return next((attribution_in(s) for s in doc.sents), (None, None))


@pytest.mark.parametrize("sentence, group", [
    ("Su hermano relató que los secuestradores se identificaron como integrantes del Cártel del Noreste.",
     "Cártel del Noreste"),
    ("Según el chofer, los plagiarios se presentaron como miembros del Tren de Aragua y pidieron dinero.",
     "Tren de Aragua"),
])
def test_doers_naming_themselves(sentence, group):
    phrase, kind = told(sentence)
    assert kind == "claimed" and phrase is not None and group in phrase.text, (phrase, kind)


def test_identified_victim_names_no_group():
    phrase, _ = told("El comerciante asesinado fue identificado como Julián Torres Pardo.")
    assert phrase is None


def test_group_behind_the_act():
    phrase, kind = told("Para la Fiscalía, detrás del atentado está el Clan del Golfo, que controla la zona.")
    assert kind == "blamed" and phrase is not None and "Clan del Golfo" in phrase.text
    assert "atentado" not in phrase.text


def test_ordered_by_a_group():
    phrase, kind = told("Cuatro veredas siguen confinadas por orden del Frente Carolina Ramírez desde el lunes.")
    assert kind == "ordered" and phrase is not None and "Carolina Ramírez" in phrase.text


def test_described_men_naming_themselves_keep_their_description():
    # the gold keeps "hombres armados" when only a description of the doers names itself
    phrase, kind = told("La familia contó que los hombres se identificaron como integrantes del ELN.")
    assert kind != "claimed"
