"""Actor roles, session 14 (actors4, issue 12 item 3): the unit hit rather than its fallen.
Sentences written for these tests (CC0).

* A unit that passed through a mined area or stepped on a mine when its members fell (roles.yaml
  ``ride_verbs``: "pas", "pis") is the target, as one that was attacked or on the move is.
* End to end: the patrol, not the fallen soldier, is the target of the blast.
* An act noun whose "contra X" the parser hung inside its means ("un ataque con drones cargados de
  explosivos contra la comunidad de X") is aimed at X; a plural act noun ("los ataques con drones
  contra la fuerza pública") tallies many acts and names no target.
"""
import pytest

from cronica.extraction.actors import unit_hit


PUBLISHED = "2024-05-10"


@pytest.mark.parametrize("text, unit", [
    ("Un cabo murió el lunes cuando la patrulla en la que hacía controles pasó por un terreno minado.",
     "la patrulla"),
    ("Dos infantes resultaron heridos luego de que su pelotón pisara una mina antipersonal.", "su pelotón"),
])
def test_a_unit_that_crossed_a_minefield_was_hit(nlp, text, unit):
    found = unit_hit(next(nlp(text).sents))
    assert found is not None and found.text.startswith(unit)


def test_a_patrol_that_crossed_a_minefield_is_the_target(extract):
    text = ("Un soldado profesional murió y otros dos quedaron heridos el sábado cuando la patrulla en la que "
            "hacían registros en zona rural de Tibú, Norte de Santander, pasó por un terreno minado por el ELN, "
            "informó el Ejército.")
    evs = [e for e in extract(text, published=PUBLISHED) if e.actor2 is not None]
    assert evs and evs[0].actor2.as_written.startswith("la patrulla")


@pytest.mark.parametrize("text, target", [
    ("Un ataque con drones cargados de explosivos contra la comunidad de San Rafael dejó tres heridos el lunes "
     "en el municipio de Tepalcatepec, Michoacán.", "la comunidad de San Rafael"),
    ("Un ataque con un dron armado con granadas contra el puesto de la Guardia Nacional de El Limón dejó dos "
     "agentes heridos el martes en Apatzingán, Michoacán.", "el puesto de la Guardia Nacional"),
])
def test_the_target_after_the_means_of_an_attack(extract, text, target):
    evs = [e for e in extract(text, published=PUBLISHED) if e.actor2 is not None]
    assert evs and evs[0].actor2.as_written.startswith(target)


@pytest.mark.parametrize("text, target", [
    ("Un ataque con drones cargados de explosivos contra la comunidad de San Rafael dejó tres heridos.",
     "la comunidad de San Rafael"),
    # a plural act noun tallies many acts
    ("Son ya diez los ataques con drones cargados de explosivos contra la fuerza pública este año.", None),
])
def test_contra_inside_the_means_phrase(nlp, text, target):
    from cronica.extraction.actors import _against_past_means

    doc = nlp(text)
    trigger = next(t for t in doc if t.lower_.startswith("ataque"))
    found = _against_past_means(trigger)
    if target is None:
        assert found is None
    else:
        assert found is not None and found.text.startswith(target)
