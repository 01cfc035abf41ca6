"""A day told from the story's ("Ese mismo día", "Al día siguiente", "esa misma noche") after a
paragraph about something else still counts from the story's day (texts written for these tests)."""
import pytest

from cronica.time import Timeline

STORY = ("Un comerciante fue asesinado a tiros el jueves por la noche frente a su tienda en el centro de Tumbes.\n"
         "La Fiscalía investiga si el crimen está relacionado con el cobro de cupos a los comerciantes de la zona.\n")


@pytest.mark.parametrize("third,expected", [
    ("Ese mismo día, en otro distrito, la Policía halló un depósito con explosivos.", "2024-05-09"),
    ("Al día siguiente, agentes de la Dirincri capturaron a un sospechoso.", "2024-05-10"),
    ("Esa misma noche fueron detenidas tres personas.", "2024-05-09"),
])
def test_a_day_two_paragraphs_after_the_story_day(third, expected):
    tl = Timeline(STORY + third, "2024-05-11")
    [m] = [m for m in tl.mentions if m.kind == "relative_story"]
    assert m.value is not None and m.value.value == expected


def test_a_story_day_too_far_back_is_not_taken():
    text = STORY + "Los vecinos pidieron más patrullaje.\nLa alcaldía anunció cámaras.\n" \
        "Al día siguiente, agentes capturaron a un sospechoso."
    [m] = [m for m in Timeline(text, "2024-05-11").mentions if m.kind == "relative_story"]
    assert m.value is None
