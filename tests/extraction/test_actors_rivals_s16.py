"""Session 16 (issue 12, actors): the other side of a clash told as a rival, and a force's
adjective on a thing. Sentences written for these tests (CC0).

* A clash told with words for both sides ("bandas", "los reos") whose one side a nearby sentence
  names, the other told only as its rival ("una facción rival", "una banda rival", "la otra
  banda"): the named group and the rival, as written, in the text's order (roles.yaml
  ``rival_nouns``, ``rival_words``); the rival is not linked to the named group.
* "declaró objetivo militar a", "el hospital militar": the adjective of a thing is no force.
"""
import pytest

from cronica.extraction.actors import describes_a_thing, rival_side


def clashes(extract, text):
    return [e for e in extract(text, published="2025-06-10") if e.type == "armed_clash"]


@pytest.mark.parametrize("text, rival", [
    ("atacaron el pabellón de una facción rival", "una facción rival"),
    ("la disputa con un grupo rival por la ruta", "un grupo rival"),
    ("los sicarios de la otra banda huyeron", "la otra banda"),
    ("se enfrentaron bandas rivales", None),
    ("un rival político del alcalde", None),
])
def test_rival_side_words(text, rival):
    where = rival_side(text)
    assert (text[where[0]:where[1]] if where else None) == rival


def test_a_named_gang_and_its_rival_are_the_sides(extract):
    text = ("Seis reos murieron el domingo en un enfrentamiento entre bandas en la cárcel de Turi, en "
            "Cuenca, informó el SNAI.\n"
            "Según el parte, la riña comenzó cuando presos de Los Choneros intentaron ocupar un pabellón "
            "controlado por una facción rival.")
    found = clashes(extract, text)
    assert found and found[0].actor1 is not None and found[0].actor2 is not None
    assert found[0].actor1.name.startswith("Los Choneros")
    assert found[0].actor2.as_written == "una facción rival"
    assert not found[0].actor2.name.startswith("Los Choneros")


def test_the_rival_told_first_comes_first(extract):
    text = ("Cuatro hombres murieron el sábado en un enfrentamiento entre narcotraficantes en una aldea "
            "de Huehuetenango, informó la Policía Nacional Civil.\n"
            "Los vecinos dijeron que una banda rival llegó de madrugada al caserío que controlan Los Huistas.")
    found = clashes(extract, text)
    assert found and found[0].actor1 is not None and found[0].actor2 is not None
    assert found[0].actor1.as_written == "una banda rival"
    assert found[0].actor2.name.startswith("Los Huistas")


@pytest.mark.parametrize("sentence, word, thing", [
    ("El panfleto declara objetivo militar a cinco dirigentes.", "militar", True),
    ("El herido fue llevado al hospital militar de la ciudad.", "militar", True),
    ("Personal militar detuvo a dos hombres en la vía.", "militar", False),
    ("Una patrulla policial fue atacada en la vía.", "policial", False),
    ("El Ejército ejecutó una operación militar en la zona.", "militar", False),
    ("Un militar murió en la emboscada.", "militar", False),
])
def test_a_force_adjective_on_a_thing(nlp, sentence, word, thing):
    doc = nlp(sentence)
    start = sentence.index(word)
    assert describes_a_thing(doc, start, start + len(word)) is thing


def test_a_threat_declaring_people_military_targets_names_no_army(extract):
    text = ("El 3 de mayo circuló en el barrio un panfleto que declara objetivo militar a cinco "
            "dirigentes comunales de Tumaco.")
    for e in extract(text, published="2025-05-05"):
        assert e.actor1 is None or e.actor1.inter != 1
