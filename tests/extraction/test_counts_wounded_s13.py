"""counts, session 13 (helper wounded): wounded told with other verbs - hit by a shot ("fue
alcanzada por una bala"), got away wounded ("huyó herido"), showed blows ("presentaban golpes"),
left with one wound ("resultó con una lesión"). Sentences written for these tests."""
import pytest

from cronica.extraction.counts import load_count_cues


@pytest.mark.parametrize("sentence,expected", [
    ("Un niño de siete años fue alcanzado por una bala perdida durante la balacera en el mercado.",
     {"wounded": 1}),
    ("Dos vecinas fueron alcanzadas por disparos cuando salían de la iglesia.", {"wounded": 2}),
    ("Un cuarto campesino logró huir herido hacia el cerro.", {"wounded": 1}),
    ("Uno de los asaltantes murió y el otro huyó herido.", {"killed": 1, "wounded": 1}),
    ("Tres agentes presentaban golpes y fueron atendidos en el hospital.", {"wounded": 3}),
    ("Un cabo resultó con una lesión a bala en el hombro y fue trasladado a la clínica.", {"wounded": 1}),
])
def test_wounded_told_with_other_verbs(totals, nlp, sentence, expected):
    assert totals(nlp, sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    # the shot that killed: dead, not wounded
    ("Un policía murió tras ser alcanzado por un disparo en la cabeza.", {"killed": 1}),
    ("Un joven murió al ser alcanzado por una bala durante la protesta.", {"killed": 1}),
    # definite people hit: the victims told before, no new figure
    ("Las víctimas, dos hermanos, fueron alcanzadas por disparos cuando huían.", {}),
    # bodies found with blows are the dead, not wounded
    ("Los cuerpos presentaban golpes y heridas de arma blanca.", {}),
])
def test_no_wounded_from_the_same_verbs(totals, nlp, sentence, expected):
    assert totals(nlp, sentence) == expected


def test_wound_phrases_start_with_a_verb_and_are_lowercase():
    wounded = [words for words, cat, _ in load_count_cues().phrases if cat == "wounded"]
    assert wounded
    assert all(w[0].endswith(("ar", "er", "ir")) for w in wounded)
    assert all(" ".join(w) == " ".join(w).lower() for w in wounded)


@pytest.mark.parametrize("sentence,expected", [
    ("Un soldado fallecido y otro herido, llevado al hospital de la zona.", {"killed": 1, "wounded": 1}),
    ("Un comerciante asesinado y otro herido en el mercado central.", {"killed": 1, "wounded": 1}),
    ("Dos policías muertos y otro herido en una emboscada.", {"killed": 2, "wounded": 1}),
    # no person: nothing counted
    ("Un camión quemado y otro dañado en la carretera.", {}),
])
def test_one_more_of_a_listed_noun(totals, nlp, sentence, expected):
    assert totals(nlp, sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("El conductor y tres pasajeros resultaron heridos.", {"wounded": 4}),
    ("El chofer y dos pasajeras resultaron heridas.", {"wounded": 3}),
    ("Un sargento y dos soldados perdieron la vida en la emboscada.", {"killed": 3}),
    ("El alcalde y tres concejales fueron secuestrados.", {"kidnapped": 4}),
    # told without a verb, the adjective on the counted group
    ("El cobrador y tres pasajeros heridos tras el ataque.", {"wounded": 4}),
    # two figures of two verbs stay apart
    ("El sargento murió y dos soldados resultaron heridos.", {"killed": 1, "wounded": 2}),
])
def test_one_person_beside_a_counted_group(totals, nlp, sentence, expected):
    assert totals(nlp, sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    ("La candidata fue alcanzada en la pierna durante el tiroteo.", {"wounded": 1}),
    ("El periodista fue alcanzado en el brazo y en la espalda y lo llevaron al hospital.", {"wounded": 1}),
    # the dead were hit there too
    ("El sargento murió tras ser alcanzado en el pecho.", {"killed": 1}),
])
def test_one_hit_at_a_part_of_the_body(totals, nlp, sentence, expected):
    assert totals(nlp, sentence) == expected
