"""The acts told after a rescue or a capture take the rescue's day, not the day of the earlier
act its sentence recalls (an abduction, a bombing): corpus train x-006, x-017, y-007, dev x-014.

Texts written for these tests.
"""
from __future__ import annotations

from cronica.model import Span
from cronica.time import Timeline

PUB = "2012-04-19"  # a Thursday: "este miércoles" is the 18th, "el pasado sábado" the 14th


def _date_of(tl: Timeline, trigger: str) -> str | None:
    text = tl.text
    i = text.index(trigger)
    start = max(text.rfind(". ", 0, i) + 2 if text.rfind(". ", 0, i) >= 0 else 0, text.rfind("\n", 0, i) + 1)
    ends = [j for j in (text.find(". ", i), text.find("\n", i)) if j >= 0]
    end = min(ends) + 1 if ends else len(text)
    att = tl.date_for(Span(i, i + len(trigger), trigger), Span(start, end, text[start:end]))
    return att.value.value if att.value is not None else None


def test_a_day_stepped_back_in_a_sentence_does_not_date_the_next_sentences():
    text = ("Rescatan a tres comerciantes en la montaña\n"
            "Soldados rescataron este miércoles a tres comerciantes privados de la libertad el pasado sábado "
            "cuando viajaban hacia el mercado de la cabecera.\n"
            "En la casa donde estaban retenidos fueron detenidos dos vigilantes.")
    tl = Timeline(text, PUB)
    assert _date_of(tl, "rescataron") == "2012-04-18"
    assert _date_of(tl, "detenidos") == "2012-04-18"


def test_a_preterite_relative_clause_with_an_earlier_day_is_an_antecedent():
    text = ("Agentes capturaron este miércoles a un hombre señalado por la granada que estalló "
            "el pasado sábado frente a un bar.\n"
            "En su vivienda le encontraron dos detonadores.")
    tl = Timeline(text, PUB)
    assert _date_of(tl, "estalló") == "2012-04-14"
    assert _date_of(tl, "encontraron") == "2012-04-18"


def test_a_story_told_forward_in_one_sentence_keeps_its_last_day():
    """Told in time order ("secuestrado el sábado y liberado este miércoles"), the later day is
    the story's: nothing steps back."""
    text = ("Un ingeniero fue secuestrado el pasado sábado y liberado este miércoles.\n"
            "Tras la liberación fueron capturados dos hombres.")
    tl = Timeline(text, PUB)
    assert _date_of(tl, "capturados") == "2012-04-18"


def test_a_step_counted_from_a_pluperfect_day_stays_with_that_earlier_act():
    """ "Horas después" counted from the day of a pluperfect kidnapping tells the captivity; the
    paragraph after it returns to the rescue's day."""
    text = ("Policías rescataron este miércoles a un ganadero que había sido secuestrado el pasado "
            "sábado en su finca.\n"
            "Los captores lo llevaron al monte. Horas después pidieron dinero a la familia.\n"
            "En el cerco fue detenido uno de los captores.")
    tl = Timeline(text, PUB)
    assert _date_of(tl, "pidieron") == "2012-04-14"
    assert _date_of(tl, "detenido") == "2012-04-18"


def test_a_nominal_antecedent_is_the_incident_the_story_goes_on_to_tell():
    """ "tras el ataque ... la noche del sábado": no clause opens before the earlier day; the
    next paragraph tells that attack and keeps its day."""
    text = ("La alcaldía decretó este miércoles un toque de queda tras el ataque a una patrulla la "
            "noche del sábado.\n"
            "Los atacantes dispararon desde un cerro contra los agentes.")
    tl = Timeline(text, PUB)
    assert _date_of(tl, "dispararon") == "2012-04-14"
