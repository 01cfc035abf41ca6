"""Blames on hearsay, session 23 (issue 12 item 3). Sentences written for these tests (CC0).

A group blamed only by the word of neighbours, relatives or a community ("la comunidad atribuye el
hecho a X", "los vecinos dicen que ... X") is not the doer, whether the blame is told in the act's own
sentence or in a later one, and the actor fallback does not take it either (nor another incident's group
instead); the blame of an authority, the report or the group itself stays (corpus/README.md, "The
doers named by an attribution").
"""
from __future__ import annotations

import pytest

PUBLISHED = "2025-06-20"


def _one(extract, text, etype):
    found = [e for e in extract(text, published=PUBLISHED) if e.type == etype]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("blamer", ["la comunidad", "los vecinos", "la familia", "los pobladores"])
def test_a_blame_by_hearsay_in_the_act_s_own_sentence_names_nobody(extract, blamer):
    text = ("Fueron encontrados sin vida los cuerpos de dos hombres en un cañal de la aldea El Carmen, en "
            f"Choloma, Honduras; {blamer} atribuye el hecho a la Mara Salvatrucha.")
    killing = _one(extract, text, "killing")
    assert killing.actor1 is None or "Salvatrucha" not in (killing.actor1.name or ""), killing.actor1


@pytest.mark.parametrize("blamer", ["La Policía", "La Fiscalía"])
def test_a_blame_by_an_authority_in_the_act_s_own_sentence_stays(extract, blamer):
    text = ("Fueron encontrados sin vida los cuerpos de dos hombres en un cañal de la aldea El Carmen, en "
            f"Choloma, Honduras; {blamer.lower()} atribuye el hecho a la Mara Salvatrucha.")
    killing = _one(extract, text, "killing")
    assert killing.actor1 is not None and "Salvatrucha" in (killing.actor1.name or ""), killing.actor1


def test_a_family_s_blame_does_not_fall_back_to_another_incident_s_group(extract):
    text = ("El 3 de marzo fue asesinado a tiros un tendero en el barrio Santa Rita de Itagüí. Sus "
            "familiares atribuyen el crimen a la banda La Oficina, que le cobraba una cuota semanal.\n"
            "ANTIOQUIA - ITAGÜÍ - BARRIO SANTA RITA\n"
            "El 5 de marzo circuló en la vereda La Clara de Girardota un panfleto firmado por las "
            "Autodefensas Gaitanistas que declara objetivo militar a tres líderes comunales.\n"
            "ANTIOQUIA - GIRARDOTA - VEREDA LA CLARA")
    killing = _one(extract, text, "killing")
    assert killing.actor1 is None or killing.actor1.inter not in (2, 3), killing.actor1


def test_neighbours_saying_who_did_it_name_nobody(extract):
    text = ("Hombres encapuchados incendiaron el sábado dos casas en la comunidad El Naranjo, municipio de "
            "Aguililla, Michoacán. Los vecinos dicen que los atacantes eran del Cártel Jalisco Nueva Generación.")
    arson = [e for e in extract(text, published=PUBLISHED) if e.type in ("attack", "arson", "property_destruction")]
    assert arson
    for e in arson:
        assert e.actor1 is None or "Jalisco" not in (e.actor1.name or ""), e.actor1


def test_hearsay_only_reads_the_subject_of_the_telling_verb(nlp):
    from cronica.extraction.actors import hearsay_only

    said = nlp("Los vecinos aseguran que el ataque fue obra de la banda Los Rastrojos.")
    assert hearsay_only(said[:], said.text.find("la banda"))
    officer = nlp("El comandante aseguró que el ataque fue obra de la banda Los Rastrojos.")
    assert not hearsay_only(officer[:], officer.text.find("la banda"))
    fled = nlp("Los vecinos huyeron cuando la banda Los Rastrojos llegó al caserío.")
    assert not hearsay_only(fled[:], fled.text.find("la banda"))
    refused = nlp("La familia se había negado a entregar su terreno a la banda Los Rastrojos.")
    assert not hearsay_only(refused[:], refused.text.find("la banda"))


def test_neighbours_words_for_the_doers_stay_a_description(extract):
    text = ("Mataron a golpes a un ganadero de 60 años en el cantón San Isidro de Ahuachapán, El Salvador, el "
            "2 de mayo; vecinos señalaron a pandilleros que le cobraban renta.")
    killing = _one(extract, text, "killing")
    assert killing.actor1 is not None and "pandilleros" in killing.actor1.as_written, killing.actor1
