"""Two relative days told as one stretch (issue 12 item 1, ranges): one interval whose
bounds are the days; over several days the value is the month of the first (the text
cannot pin one day), one night from one day to the next the day it began. Sentences
written for these tests (CC0)."""
from __future__ import annotations

import datetime as dt

import pytest

from cronica.model import Span
from cronica.time import Timeline


def _att(text: str, published: str, trigger_word: str):
    tl = Timeline(text, published)
    i = text.index(trigger_word)
    return tl.date_for(Span(i, i + len(trigger_word), trigger_word), Span(0, len(text), text)).value


# published on a Thursday: "el sábado" is 2023-03-11, "el domingo" 2023-03-12, "el lunes" 2023-03-13
PUB = "2023-03-16"


@pytest.mark.parametrize("text,start,end", [
    ("La toma del cuartel se prolongó entre la noche del sábado y la mañana del domingo.",
     dt.date(2023, 3, 11), dt.date(2023, 3, 12)),
    ("Los saqueos ocurrieron entre el sábado y el lunes en varios barrios.",
     dt.date(2023, 3, 11), dt.date(2023, 3, 13)),
    ("Hubo combates entre el domingo y el martes en la zona rural.",
     dt.date(2023, 3, 12), dt.date(2023, 3, 14)),
])
def test_stretch_over_days_gives_the_month_with_the_days_as_bounds(text, start, end):
    trigger = next(w for w in ("toma", "saqueos", "combates") if w in text)
    v = _att(text, PUB, trigger)
    assert (v.value, v.precision) == ("2023-03", "month")
    assert (v.start, v.end) == (start, end)


def test_one_night_from_one_day_to_the_next_is_the_day_it_began():
    v = _att("El asalto a la comisaría ocurrió la noche del sábado al domingo.", PUB, "asalto")
    assert (v.value, v.precision) == ("2023-03-11", "day")
    assert v.end == dt.date(2023, 3, 12)


def test_two_days_of_two_acts_stay_apart():
    text = "El ataque fue el sábado y el domingo hubo un entierro multitudinario."
    v = _att(text, PUB, "ataque")
    assert (v.value, v.precision) == ("2023-03-11", "day")


def test_days_too_far_apart_are_not_merged_into_one_stretch():
    # a dated day weeks before a weekday: not two days of one stretch (RANGE_MAX_DAYS)
    text = "Entre el 2 de febrero y el lunes se registraron tres ataques."
    tl = Timeline(text, PUB)
    assert not any(m.kind == "interval" and m.value is not None and m.value.start == dt.date(2023, 2, 2)
                   and m.value.end == dt.date(2023, 3, 13) for m in tl.mentions)


def test_weekday_in_a_text_dated_by_its_month_counts_from_a_day_it_dates():
    # published "2021-07" only; the text dates Sunday 11 July itself: "el lunes" is the 12th
    text = "Un hombre murió el lunes en una protesta en La Habana. El 11 de julio hubo marchas en todo el país."
    v = _att(text, "2021-07", "murió")
    assert (v.value, v.precision) == ("2021-07-12", "day")


def test_weekday_in_a_text_dated_by_its_month_without_a_dated_day_stays_at_the_month():
    v = _att("Un hombre murió el lunes en una protesta en La Habana.", "2021-07", "murió")
    assert (v.value, v.precision) == ("2021-07", "month")


def test_since_one_day_until_another_is_one_stretch():
    # "hasta el miércoles" closes the stretch "desde el lunes" opens: not a bound of something else
    v = _att("Los militares mantuvieron desde el lunes hasta el miércoles un cerco sobre el barrio.", PUB,
             "cerco")
    assert (v.value, v.precision) == ("2023-03", "month")
    assert (v.start, v.end) == (dt.date(2023, 3, 13), dt.date(2023, 3, 15))


def test_until_alone_stays_a_bound():
    tl = Timeline("El paro seguirá hasta el sábado, anunciaron los dirigentes el lunes.", PUB)
    assert [m.role for m in tl.mentions if m.span.text.startswith("hasta")] == ["bound"]
