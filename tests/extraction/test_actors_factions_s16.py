"""Session 16 (issue 12, actors): a clash between factions of one group, and a wire dateline's
day cut from its city. Sentences written for these tests (CC0).

* "un enfrentamiento entre dos células del Cártel de Sinaloa" and, later, "la disputa entre Los
  Chapitos y La Mayiza": the two factions are the sides (roles.yaml ``faction_words``; the two
  factions are entries of their own in actors/mx.yaml).
* "CULIACÁN, Sin., 3 oct (Agencia) -": the parser cuts the dateline after the state's
  abbreviation; the day and month left opening the lead are no party.
"""
from cronica.nlp.lexicons import load_actors


def clashes(extract, text):
    return [e for e in extract(text, published="2025-10-04") if e.type == "armed_clash"]


def test_the_sinaloa_factions_are_two_entries():
    actors = load_actors()
    chapitos, mayos = actors.lookup("Los Chapitos", "MX"), actors.lookup("Los Mayos", "MX")
    assert chapitos is not None and mayos is not None and chapitos.name != mayos.name


def test_the_factions_a_later_sentence_names_are_the_sides(extract):
    text = ("Cinco hombres armados murieron el viernes en un enfrentamiento entre dos células del Cártel de "
            "Sinaloa en una comunidad de Navolato, informó la Fiscalía estatal.\n"
            "Los disparos duraron cerca de media hora. En el lugar quedaron tres camionetas.\n"
            "Los vecinos se encerraron en sus casas. Las clases se suspendieron el lunes.\n"
            "La Fiscalía atribuyó el choque a la guerra entre Los Chapitos y La Mayiza por el control de la zona.")
    found = clashes(extract, text)
    assert found and found[0].actor1 is not None and found[0].actor2 is not None
    assert {found[0].actor1.as_written, found[0].actor2.as_written} == {"Los Chapitos", "La Mayiza"}


def test_a_dateline_day_is_no_party(extract):
    text = ("CULIACÁN, Sin., 3 oct (Agencia) - Cuatro hombres armados murieron la noche del jueves en un "
            "enfrentamiento en la sindicatura de Eldorado, informó la Fiscalía.")
    found = clashes(extract, text)
    assert found
    for e in found:
        for a in (e.actor1, e.actor2):
            assert a is None or "oct" not in (a.as_written or "")
