"""A reporting stem whose verb holds a fight ("sostuvieron un combate") does not report it: the date
after it is the fight's. Sentences written for these tests (CC0)."""
from __future__ import annotations

import datetime as dt

from cronica.model import Span
from cronica.time import Timeline

# published on a Tuesday: "el sábado" is 2026-10-17
PUB = "2026-10-20"


def _roles(text: str) -> list[str]:
    return [m.role for m in Timeline(text, PUB).mentions]


def test_a_fight_held_on_a_day_is_dated_by_it():
    assert _roles("Dos batallones sostuvieron el sábado un intenso combate con una columna rebelde.") == ["event"]
    assert _roles("Cuatro muertos dejaron los enfrentamientos que sostuvieron el domingo dos bandas.") == ["event"]


def test_the_same_verb_saying_something_still_reports():
    assert _roles("El gobernador sostuvo el lunes que los enfrentamientos no cesaron.") == ["report"]


def test_the_undated_sentence_after_a_fight_takes_its_day():
    text = ("Una patrulla sostuvo el sábado un enfrentamiento con disidentes en la vereda.\n"
            "En el área, los soldados capturaron a dos hombres.")
    tl = Timeline(text, PUB)
    i = text.index("capturaron")
    sent = Span(text.index("En el área"), len(text), text[text.index("En el área"):])
    assert tl.date_for(Span(i, i + 10, "capturaron"), sent).value.value == "2026-10-17"


def test_a_headline_before_a_recent_weekend_takes_it():
    text = ("Combates entre dos guerrillas dejan cinco muertos en la frontera\n"
            "Cinco personas murieron en los enfrentamientos que sostuvieron el pasado fin de semana "
            "dos grupos armados en una vereda.\n"
            "Los cuerpos fueron recogidos el lunes por una comisión.")
    tl = Timeline(text, PUB)
    head = text[:text.index("\n")]
    v = tl.date_for(Span(0, 8, "Combates"), Span(0, len(head), head)).value
    assert (v.value, v.precision) == ("2026-10", "week")
    assert v.start == dt.date(2026, 10, 17)
