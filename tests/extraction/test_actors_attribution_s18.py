"""The doers named by an attribution (corpus/README.md, session 18): the group the report, an
authority it cites or the group's own signed paper names for THIS act is actor1, even when the act's
sentence tells the doers by a description; hearsay, open questions, banners only alluding to a group,
claims of other acts and blames of a motive leave the description. Sentences written for these
tests (CC0)."""
import pytest

from cronica.nlp.lexicons import load_actors

PUBLISHED = "2026-02-12"


def _one(extract, text, types):
    got = [e for e in extract(text, published=PUBLISHED) if e.type in types]
    assert len(got) == 1, got
    return got[0].actor1


@pytest.mark.parametrize("paper", [
    "En la tranquera dejaron panfletos firmados por el Ejército del Pueblo Paraguayo",
    "En el galpón quedó un lienzo con consignas y la firma del Ejército del Pueblo Paraguayo",
])
def test_a_paper_signed_by_a_group_and_left_there_names_the_doers(extract, paper):
    text = ("Un grupo de hombres armados incendió el lunes dos tractores de una estancia de Yby Yaú, en el "
            "departamento de Concepción. "
            f"{paper}, con exigencias de víveres para los asentamientos.")
    actor = _one(extract, text, ("attack",))
    assert actor.name == "Ejército del Pueblo Paraguayo", actor


def test_a_banner_alluding_to_a_group_names_nobody(extract):
    text = ("Un grupo de encapuchados quemó el jueves tres camiones de una empresa maderera en Collipulli, en La "
            "Araucanía. En el lugar quedó un lienzo alusivo a la Coordinadora Arauco Malleco, organización que "
            "ha reivindicado otros ataques en la provincia.")
    actor = _one(extract, text, ("attack",))
    assert "Coordinadora" not in (actor.name or ""), actor


def test_the_word_of_a_community_names_nobody(extract):
    text = ("Hombres armados mataron el domingo a un dirigente campesino en una vereda de Tarazá, en el Bajo "
            "Cauca. La comunidad atribuye el crimen al Clan del Golfo, que controla las minas de la zona.")
    actor = _one(extract, text, ("killing",))
    assert "Clan del Golfo" not in (actor.name or ""), actor


def test_an_open_question_names_nobody(extract):
    text = ("Hombres armados mataron el domingo a un dirigente campesino en una vereda de Tarazá, en el Bajo "
            "Cauca. La Fiscalía investiga si el crimen es obra del Clan del Golfo.")
    actor = _one(extract, text, ("killing",))
    assert "Clan del Golfo" not in (actor.name or ""), actor


def test_a_blamed_extortion_is_not_a_blamed_killing(extract):
    text = ("Dos hombres que subieron como pasajeros mataron el lunes al chofer de un microbús en la colonia "
            "Planes de Renderos, en San Salvador. La cooperativa había denunciado extorsiones atribuidas a la "
            "pandilla Barrio 18.")
    actor = _one(extract, text, ("killing", "attack"))
    assert "Barrio 18" not in (actor.name or ""), actor


@pytest.mark.parametrize("blame, name", [
    ("La Policía de Antioquia indicó que la masacre sería obra del Clan del Golfo.", "Clan del Golfo"),
    ("Según la Policía, los atacantes pertenecen al Clan del Golfo.", "Clan del Golfo"),
])
def test_a_work_of_or_a_belonging_told_by_an_authority_names_the_doers(extract, blame, name):
    text = ("Hombres armados mataron el domingo a tres jornaleros en una finca de Cáceres, en el Bajo Cauca. "
            f"{blame}")
    actor = _one(extract, text, ("killing",))
    assert name in (actor.name or ""), actor


def test_doers_an_authority_links_to_a_group_are_that_group(extract):
    text = ("Un comerciante fue secuestrado el sábado en Horqueta, departamento de Concepción, por cuatro hombres "
            "armados que la Fuerza de Tarea Conjunta vincula con el Ejército del Pueblo Paraguayo.")
    actor = _one(extract, text, ("kidnapping",))
    assert actor.name == "Ejército del Pueblo Paraguayo", actor


def test_an_article_alias_gives_way_to_the_longer_name_after_it():
    found = load_actors().find("panfletos firmados por el Ejército del Pueblo Paraguayo", "PY")
    assert [e.name for _, _, e in found] == ["Ejército del Pueblo Paraguayo"]
    found = load_actors().find("el ejército llegó al caserío", "PY")
    assert [e.generic for _, _, e in found] == [True]
