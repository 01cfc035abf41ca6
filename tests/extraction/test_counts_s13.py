"""counts, session 13: remains of people found are their dead; one person wounded told by a wound
at a part of the body (sentences written for these tests)."""
import pytest

import cronica
from cronica.errors import DataFileError
from cronica.extraction import counts as counts_mod
from cronica.extraction.counts import load_count_cues


@pytest.mark.parametrize("sentence,expected", [
    ("Restos de al menos tres personas fueron hallados el martes en una casa abandonada.", {"killed": 3}),
    ("Los peritos recuperaron en la quebrada los restos de cinco campesinos.", {"killed": 5}),
    ("La brigada de búsqueda halló una fosa con restos de al menos seis personas.", {"killed": 6}),
])
def test_remains_of_people_are_their_dead(totals, nlp, sentence, expected):
    assert totals(nlp, sentence) == expected


@pytest.mark.parametrize("sentence", [
    # remains of things, or of no one counted
    "Los técnicos hallaron restos de un artefacto explosivo junto a la tubería.",
    "En la cueva encontraron restos de comida y una carpa.",
    # the disappeared found dead: the gold counts no dead on the disappearance
    "La fiscalía confirmó que los restos pertenecen a dos estudiantes.",
    "Hallaron los restos de un dirigente desaparecido desde marzo.",
    "Identifican los restos de tres jóvenes desaparecidos en la sierra.",
])
def test_remains_that_count_no_dead(totals, nlp, sentence):
    assert "killed" not in totals(nlp, sentence)


@pytest.mark.parametrize("sentence,expected", [
    # the wound word hangs on the hospital or on a description, not on a counted person
    ("Un vigilante fue baleado en la garita; lo llevaron a la clínica herido en el hombro.", {"wounded": 1}),
    ("Los agentes capturaron a un cuarto sospechoso, de nacionalidad peruana, herido en una pierna.",
     {"wounded": 1}),
    # the person named before, the sentence names no one
    ("Un campesino fue atacado a machetazos. Fue trasladado a la posta con heridas en la cabeza.",
     {"wounded": 1}),
    ("Al dirigente lo atacaron al salir de su casa. Quedó herida en el brazo su esposa.", {"wounded": 1}),
])
def test_one_wounded_at_a_part_of_the_body(totals, nlp, sentence, expected):
    assert totals(nlp, sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    # a figure told before stands: the body-site sentence tells the same person again
    ("Un policía resultó herido en el tiroteo. Lo llevaron al hospital herido en el muslo.", {"wounded": 1}),
    ("Tres soldados resultaron heridos. Uno fue evacuado con heridas en el abdomen.", {"wounded": 3}),
    # the dead were hit there too: no wounded
    ("El sargento murió herido en el pecho.", {"killed": 1}),
    # "en el frente" is the front line, not a part of the body
    ("Fue herido en el frente de Huallaga.", {"wounded": 1}),
])
def test_body_site_adds_no_second_figure(totals, nlp, sentence, expected):
    assert totals(nlp, sentence) == expected


def test_wound_sites_are_lowercase_words_without_front_or_column():
    sites = load_count_cues().wound_sites
    assert sites and all(w == w.lower().strip() for w in sites)
    assert not {"frente", "columna"} & sites


def test_broken_wound_sites_are_refused(monkeypatch):
    raw = counts_mod.read_data_yaml("counts.yaml")
    broken = dict(raw, wound_sites=["Pierna"])
    monkeypatch.setattr(counts_mod, "read_data_yaml", lambda name: broken)
    load_count_cues.cache_clear()
    try:
        with pytest.raises(DataFileError, match="wound_sites"):
            load_count_cues()
    finally:
        monkeypatch.undo()
        load_count_cues.cache_clear()


def test_wound_at_a_site_in_a_post():
    events = cronica.extract("Hace un rato balearon a un muchacho en la plaza de San Martín, lo subieron a una "
                             "ambulancia y lo llevaron al hospital herido en la espalda.", published="2024-03-02")
    assert [e.wounded.best for e in events] == [1]
