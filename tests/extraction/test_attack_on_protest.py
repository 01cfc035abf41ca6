"""An attack ON demonstrators, a march or a barricade by gunmen, shock groups or colectivos is an
``attack``, not the protest (corpus/README.md, as b-052; framing.yaml ``attacks_on_protest``).
Session 12: fresh probe l-078 ("colectivos en moto están disparando contra la marcha") came out a
protest. Sentences written for these tests."""
import pytest

import cronica


def types(text):
    return [e.type for e in cronica.extract(text, published="2025-03-10", doc_id="t")]


@pytest.mark.parametrize("text", [
    "URGENTE colectivos en moto están disparando contra la marcha de los jubilados en la avenida Universidad.",
    "Un grupo de encapuchados atacó a balazos a los manifestantes que bloqueaban la carretera; dos resultaron "
    "heridos.",
    "Paramilitares dispararon contra el plantón de los maestros frente a la alcaldía y mataron a un docente.",
])
def test_gunmen_firing_on_a_protest_is_an_attack(text):
    assert types(text) == ["attack"] or types(text) == ["killing"]


def test_protesters_attacking_the_police_stay_a_protest():
    assert types("Los manifestantes atacaron a pedradas a los policías que custodiaban la plaza; tres agentes "
                 "resultaron heridos.") == ["protest"]
