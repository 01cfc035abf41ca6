"""counts, session 19: remains written without the accent, and a wounded person who dies later told
in apposition to "uno de los heridos" (each person counted once, in the last state given;
sentences written for these tests)."""
import pytest


@pytest.mark.parametrize("sentence,expected", [
    # "cadaver", "cadaveres" typed without the accent are the same remains as "cadáver"
    ("Fue hallado el cadaver de un comerciante a orillas del canal de riego.", {"killed": 1}),
    ("Unos pescadores encontraron los cadaveres de tres jornaleros en una zanja.", {"killed": 3}),
    ("Fue hallado el cadáver de un comerciante a orillas del canal de riego.", {"killed": 1}),
])
def test_remains_written_without_the_accent(totals, nlp, sentence, expected):
    assert totals(nlp, sentence) == expected


@pytest.mark.parametrize("text,expected", [
    # the dead person told in apposition to "uno de los heridos" after a fronted time phrase
    ("El asalto a la gasolinera dejó dos vigilantes heridos. El miércoles por la mañana, uno de los "
     "heridos, un hombre de 40 años, murió en la clínica.", {"killed": 1, "wounded": 1}),
    # as before: "uno de los heridos" as the subject
    ("El asalto a la gasolinera dejó dos vigilantes heridos. Uno de los heridos murió el miércoles "
     "en la clínica.", {"killed": 1, "wounded": 1}),
    # a number and a noun between "de los" and "heridos"
    ("El asalto a la gasolinera dejó tres vigilantes heridos. Uno de los tres vigilantes heridos murió "
     "el miércoles en la clínica.", {"killed": 1, "wounded": 2}),
])
def test_a_wounded_person_who_dies_is_counted_dead_only(totals, nlp, text, expected):
    assert totals(nlp, text) == expected


def test_an_apposition_to_other_people_is_no_wounded_person(totals, nlp):
    # "uno de los vecinos, un hombre de 40 años, murió": not one of the wounded
    text = ("El asalto a la gasolinera dejó dos vigilantes heridos. El miércoles, uno de los vecinos, "
            "un hombre de 40 años, murió en la clínica.")
    assert totals(nlp, text) == {"killed": 1, "wounded": 2}


@pytest.mark.parametrize("sentence,expected", [
    # the wounded after a first clause's death, with a breakdown inserted between commas
    ("Un comunero murió por un impacto de bala y al menos nueve personas, entre ellas dos policías, "
     "resultaron heridas en el desalojo.", {"killed": 1, "wounded": 9}),
    ("Un agricultor murió de un disparo y nueve personas, incluidos dos policías, quedaron heridas.",
     {"killed": 1, "wounded": 9}),
    # as before, with no insertion
    ("Un comunero murió por un impacto de bala y nueve personas resultaron heridas en el desalojo.",
     {"killed": 1, "wounded": 9}),
])
def test_wounded_told_with_an_inserted_breakdown(totals, nlp, sentence, expected):
    assert totals(nlp, sentence) == expected
