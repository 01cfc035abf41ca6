"""Actor1 of an act whose doers are told by one bare word ("Desconocidos", "los atacantes",
"encapuchados") is the party the report blames for it in a later sentence ("La Policía atribuye el
ataque a ..."); doers told by a description ("hombres armados que llegaron en una camioneta") keep
their words unless the group blamed is one the lexicon knows by name (corpus/README.md, "The doers
named by an attribution"). Sentences written for these tests (CC0)."""
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


# A group the actor lexicon knows by name, blamed for THIS act in a later sentence, names the doers
# a description of people told ("dos hombres en motocicleta", "cuatro hombres con fusiles"): corpus
# parts x and y (x-004, y-016) and, since session 18, every part (b-146, c-022, j-008, l-004, ...).
# A generic blamed party ("una banda", above) leaves the description its words.
@pytest.mark.parametrize("doers, group, place, name", [
    ("Dos hombres en motocicleta", "una estructura del Clan del Golfo", "Montelíbano", "Clan del Golfo"),
    ("Tres hombres con pistolas", "la banda de Los Lobos", "Machala", "Los Lobos"),
    ("Hombres armados", "una célula de Los Viagras", "Apatzingán", "Cárteles Unidos"),
])
def test_a_named_group_blamed_later_names_described_doers(extract, doers, group, place, name):
    text = (f"{doers} asesinaron el martes a un ganadero frente a su finca en las afueras de {place}. "
            "El hombre recibió cuatro disparos y murió en el lugar. "
            f"El comandante de la Policía atribuyó el homicidio a {group}, que exige cuotas a los productores.")
    got = [e for e in extract(text, published=PUBLISHED) if e.type == "killing"]
    assert len(got) == 1, got
    assert name in (got[0].actor1.name or ""), got[0].actor1
