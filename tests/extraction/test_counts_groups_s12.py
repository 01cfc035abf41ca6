"""counts, session 12: figures told after the verb of a multi-word expression and groups whose
predicate is left out or told by another casualty verb (sentences written for these tests)."""
import pytest


@pytest.mark.parametrize("sentence,expected", [
    # the people after "perder la vida" are the dead, not the phrase's "vida" (one person)
    ("El domingo perdieron la vida tres campesinos en un ataque en Tame.", {"killed": 3}),
    ("Como resultado de la riña perdieron la vida seis reclusos del pabellón norte.", {"killed": 6}),
    # the subject before the verb, and one person told by the singular verb, as before
    ("Ocho mineros perdieron la vida en el socavón.", {"killed": 8}),
    ("El domingo un comerciante perdió la vida en un asalto en Piura.", {"killed": 1}),
])
def test_dead_after_perder_la_vida(totals, nlp, sentence, expected):
    assert totals(nlp, sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    # the second group's predicate left out: it is told with the first group's cause
    ("Dos campesinos resultaron heridos de bala y cuatro soldados por golpes de piedra el domingo.",
     {"wounded": 6}),
    ("El sábado tres manifestantes resultaron heridos por piedras y dos policías por perdigones.",
     {"wounded": 5}),
    # the second group with its own verb of the same casualty
    ("Dos policías resultaron heridos por perdigones y un comunero recibió un disparo en el muslo.",
     {"wounded": 3}),
])
def test_second_group_of_one_toll(totals, nlp, sentence, expected):
    assert totals(nlp, sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    # the second group's own predicate tells no casualty, or another one
    ("Dos policías resultaron heridos por perdigones y un comunero fue detenido.", {"wounded": 2}),
    ("Dos campesinos resultaron heridos de bala y cuatro soldados murieron el domingo.",
     {"wounded": 2, "killed": 4}),
    # a means, not people, joined to the cause
    ("El sábado tres policías resultaron heridos por disparos de fusil y dos granadas.", {"wounded": 3}),
    # the groups that break a figure down are not added to it
    ("Cuatro personas murieron, tres mineros y un indígena, durante un enfrentamiento en la selva.",
     {"killed": 4}),
])
def test_no_second_group(totals, nlp, sentence, expected):
    assert totals(nlp, sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    # the death the act followed is another incident's toll, not this one's
    ("Una turba quemó la alcaldía de Toribío el martes tras la muerte de un comerciante.", {}),
    ("Los vecinos bloquearon la vía luego de la muerte de dos jóvenes en un operativo.", {}),
    # a risen toll: the dead told after it are this incident's (the update stands)
    ("La cifra de muertos del ataque se elevó a siete tras la muerte de dos heridos en el hospital.",
     {"killed": 7}),
    # the news of the death ("tras conocerse") is no cause: the dead are the incident's
    ("Los vecinos marcharon tras conocerse la muerte de tres soldados en la emboscada.", {"killed": 3}),
])
def test_death_the_act_followed(totals, nlp, sentence, expected):
    assert totals(nlp, sentence) == expected


def test_the_rescued_are_the_kidnappings_not_the_rescues(nlp):
    """A rescue (security_operation) carries no kidnapped figure: the hostages it frees are
    counted on the kidnapping (counts.yaml no_toll_types; text written for this test)."""
    import cronica
    from cronica.extraction.counts import carries_toll

    assert not carries_toll("security_operation", "kidnapped")
    assert carries_toll("security_operation", "killed") and carries_toll("kidnapping", "kidnapped")
    text = ("Un ganadero fue secuestrado el sábado por la tarde en una finca de Jutiapa. "
            "El martes, agentes de la unidad antisecuestros allanaron una vivienda en Asunción Mita "
            "y rescataron al ganadero, que estaba amarrado en una habitación.")
    events = {e.type: e for e in cronica.extract(text, published="2024-05-15")}
    assert events["security_operation"].kidnapped is None
    assert events["kidnapping"].kidnapped.best == 1
