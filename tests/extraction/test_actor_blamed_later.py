"""Actor1 of an act whose doers are told by one bare word ("Desconocidos", "los atacantes",
"encapuchados") is the party the report blames for it in a later sentence ("La Policía atribuye el
ataque a ..."); doers told by a description ("hombres armados que llegaron en una camioneta") keep
their words, as the corpus gold does. Sentences written for these tests (CC0)."""
import pytest


PUBLISHED = "2025-04-10"


@pytest.mark.parametrize("doers", ["Desconocidos", "Los atacantes", "Encapuchados"])
def test_doers_told_by_one_bare_word_take_the_party_blamed_later(extract, doers):
    text = (f"{doers} lanzaron el martes un artefacto explosivo contra la puerta de una licorería en Cabimas. "
            "El estallido destruyó la fachada, pero no dejó heridos. "
            "La Policía atribuye el ataque a una banda de extorsionadores que cobra vacunas a los comerciantes.")
    got = [e for e in extract(text, published=PUBLISHED) if e.type in ("bombing", "attack")]
    assert len(got) == 1, got
    assert "banda de extorsionadores" in got[0].actor1.as_written


def test_doers_told_by_a_description_keep_their_words(extract):
    text = ("Hombres que llegaron en una camioneta asesinaron el martes a un comerciante frente a su tienda en "
            "Cabimas. La Policía atribuye el crimen a una banda de extorsionadores que cobra vacunas en la zona.")
    got = [e for e in extract(text, published=PUBLISHED) if e.type == "killing"]
    assert len(got) == 1, got
    assert "banda" not in (got[0].actor1.as_written or "")
