"""counts: a figure followed by its breakdown ("Nueve personas, seis policías y tres
manifestantes, resultaron heridas") is one figure, not the sum of both (sentences written for
these tests)."""
import pytest


@pytest.mark.parametrize("sentence,expected", [
    # a generic noun's figure broken down after a comma, a colon, dashes or parentheses
    ("Once personas, ocho policías y tres comuneros, resultaron heridas durante el desalojo de la vía.",
     {"wounded": 11}),
    ("Los captores se llevaron a cinco personas, tres hombres y dos mujeres, de una finca de Arauca.",
     {"kidnapped": 5}),
    ("Murieron seis personas: cuatro policías y dos civiles, en el asalto a la comisaría.", {"killed": 6}),
    ("Cuatro militares -un oficial y tres soldados- murieron en la emboscada del Catatumbo.", {"killed": 4}),
    ("Nueve personas (siete militares y dos civiles) murieron en el ataque a la base.", {"killed": 9}),
])
def test_a_figure_and_its_breakdown_count_once(totals, nlp, sentence, expected):
    assert totals(nlp, sentence) == expected


@pytest.mark.parametrize("sentence,expected", [
    # groups that do not add up to the figure, or a list of groups after a specific noun: all count
    ("Cinco soldados, dos policías y tres civiles murieron en el ataque al puesto.", {"killed": 10}),
    ("Las víctimas, dos hombres y una mujer, fueron asesinadas en su casa de Tuluá.", {"killed": 3}),
])
def test_listed_groups_still_add_up(totals, nlp, sentence, expected):
    assert totals(nlp, sentence) == expected
