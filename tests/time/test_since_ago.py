"""A captivity told from its start counted back from the story's day ("permanecía cautivo desde
hacía tres días"): the kidnapping's day; other states told so (a blockade, an extortion) are a
bound. Sentences written for these tests (CC0)."""
from __future__ import annotations

import datetime as dt

from cronica.model import Span
from cronica.time import Timeline

# published on a Tuesday: "el lunes" is 2023-05-15
PUB = "2023-05-16"


def _att(text: str, word: str):
    tl = Timeline(text, PUB)
    i = text.index(word)
    return tl.date_for(Span(i, i + len(word), word), Span(0, len(text), text)).value


def test_captivity_since_days_ago_dates_the_kidnapping_back_from_the_story_day():
    text = "La policía liberó el lunes a un chofer que seguía secuestrado desde hacía cuatro días en una finca."
    v = _att(text, "secuestrado")
    assert (v.value, v.precision) == ("2023-05-11", "day")
    # the release keeps its own day
    assert _att(text, "liberó").value == "2023-05-15"


def test_captivity_since_weeks_ago_is_a_week():
    v = _att("El lunes apareció con vida una joven que estaba desaparecida desde hacía dos semanas.",
             "desaparecida")
    assert v.precision == "week"
    assert v.start == dt.date(2023, 5, 1)  # the week holding the day 14 days before the 15th


def test_a_blockade_held_since_days_ago_is_a_bound():
    text = "Los vecinos mantenían el corte de ruta desde hacía seis días cuando los gendarmes lo despejaron el lunes."
    tl = Timeline(text, PUB)
    since = [m for m in tl.mentions if m.span.text.startswith("desde")]
    assert [m.role for m in since] == ["bound"]
    assert _att(text, "despejaron").value == "2023-05-15"


def test_since_days_ago_with_no_story_day_is_unknown():
    tl = Timeline("Un ganadero permanecía cautivo desde hacía tres días.", PUB)
    assert [m.value for m in tl.mentions if m.span.text.startswith("desde")] == [None]


def _lead_att(text: str, word: str):
    tl = Timeline(text, PUB)
    i = text.index(word)
    head = text[:text.index("\n")]
    return tl.date_for(Span(i, i + len(word), word), Span(0, len(head), head)).value


def test_a_headline_captive_takes_the_earliest_day_the_lead_tells():
    text = ("Liberan a dos ingenieros secuestrados en la sierra\n"
            "Los ingenieros fueron entregados el lunes a una comisión humanitaria. Un grupo armado los "
            "había interceptado el jueves en un retén ilegal.")
    v = _lead_att(text, "secuestrados")
    assert (v.value, v.precision) == ("2023-05-11", "day")
    # the release the headline tells keeps the news day
    assert _lead_att(text, "Liberan").value == "2023-05-15"


def test_a_headline_captive_with_one_day_told_takes_it():
    text = ("Rescatan a comerciante plagiado en el puerto\n"
            "La policía rescató el lunes a un comerciante en una vivienda del puerto.")
    assert _lead_att(text, "plagiado").value == "2023-05-15"


def test_a_captivity_since_day_in_a_where_clause_does_not_move_the_story():
    text = ("Un ganadero fue rescatado el lunes en una finca donde permanecía en cautiverio desde el "
            "jueves. Por estos hechos fueron capturados dos hombres.")
    tl = Timeline(text, PUB)
    s = text.index("Por estos")
    i = text.index("capturados")
    v = tl.date_for(Span(i, i + 10, "capturados"), Span(s, len(text), text[s:])).value
    assert v.value == "2023-05-15"
