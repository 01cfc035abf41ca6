"""Actor roles, session 14 (actors4, issue 12 item 3): the unit hit rather than its fallen.
Sentences written for these tests (CC0).

* A unit that passed through a mined area or stepped on a mine when its members fell (roles.yaml
  ``ride_verbs``: "pas", "pis") is the target, as one that was attacked or on the move is.
* End to end: the patrol, not the fallen soldier, is the target of the blast.
"""
import pytest

from cronica.extraction.actors import unit_hit
from cronica.model import Document


def events(pipeline, text, published="2024-05-10"):
    return pipeline.extract(Document(id="t", text=text, published=published))


@pytest.mark.parametrize("text, unit", [
    ("Un cabo murió el lunes cuando la patrulla en la que hacía controles pasó por un terreno minado.",
     "la patrulla"),
    ("Dos infantes resultaron heridos luego de que su pelotón pisara una mina antipersonal.", "su pelotón"),
])
def test_a_unit_that_crossed_a_minefield_was_hit(nlp, text, unit):
    found = unit_hit(next(nlp(text).sents))
    assert found is not None and found.text.startswith(unit)


def test_a_patrol_that_crossed_a_minefield_is_the_target(pipeline):
    text = ("Un soldado profesional murió y otros dos quedaron heridos el sábado cuando la patrulla en la que "
            "hacían registros en zona rural de Tibú, Norte de Santander, pasó por un terreno minado por el ELN, "
            "informó el Ejército.")
    evs = [e for e in events(pipeline, text) if e.actor2 is not None]
    assert evs and evs[0].actor2.as_written.startswith("la patrulla")
