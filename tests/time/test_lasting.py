"""An act told as lasting several days ("combatieron durante tres días") spans them: the month of its
first day, bounded by the days; a duration of what followed (a consequence) does not widen the act.
Sentences written for these tests (CC0)."""
from __future__ import annotations

import datetime as dt

from cronica.model import Span
from cronica.time import Timeline

# published on a Thursday: "el lunes" is 2023-03-13
PUB = "2023-03-16"


def _att(text: str, word: str):
    tl = Timeline(text, PUB)
    i = text.index(word)
    return tl.date_for(Span(i, i + len(word), word), Span(0, len(text), text)).value


def test_an_act_lasting_days_from_a_day_is_dated_at_its_month():
    v = _att("Soldados y guerrilleros combatieron durante tres días desde el lunes en la sierra.", "combatieron")
    assert (v.value, v.precision) == ("2023-03", "month")
    assert (v.start, v.end) == (dt.date(2023, 3, 13), dt.date(2023, 3, 15))


def test_a_fronted_duration_widens_the_sentence_act():
    text = "La policía inició el operativo el lunes.\nDurante cuatro días de trabajo fueron quemadas diez hectáreas de coca."
    tl = Timeline(text, PUB)
    i = text.index("quemadas")
    s = text.index("Durante")
    v = tl.date_for(Span(i, i + 8, "quemadas"), Span(s, len(text), text[s:])).value
    assert (v.value, v.precision) == ("2023-03", "month")


def test_a_duration_of_a_consequence_keeps_the_day():
    v = _att("Una bomba estalló el lunes en el oleoducto y obligó a cerrar el bombeo durante dos días.", "estalló")
    assert (v.value, v.precision) == ("2023-03-13", "day")


def test_one_day_is_no_stretch():
    v = _att("Los comuneros marcharon durante un día entero el lunes hacia la capital.", "marcharon")
    assert (v.value, v.precision) == ("2023-03-13", "day")


def test_a_captivity_lasting_weeks_keeps_its_first_day():
    # longer than a week: a captivity or state whose start is the event's day
    v = _att("Un comando secuestró el lunes a un ingeniero y lo mantuvo cautivo durante doce días.", "secuestró")
    assert (v.value, v.precision) == ("2023-03-13", "day")
