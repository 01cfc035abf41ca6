"""Vague steps from an unknown moment and bulletin lines headed by their date.

Sentences written for these tests: "años después", "días antes" with no story date to
count from date nothing, so the clause's own date (or the story's) holds; a bulletin whose
title ends in "reportados" does not make the first line's heading date a reporting date.
"""
from __future__ import annotations

from cronica.model import Span
from cronica.time import Timeline


def _date(text: str, published, trigger_word: str, sentence: tuple[int, int] | None = None):
    tl = Timeline(text, published)
    i = text.index(trigger_word)
    lo, hi = sentence if sentence else (0, len(text))
    att = tl.date_for(Span(i, i + len(trigger_word), trigger_word), Span(lo, hi, text[lo:hi]))
    return att.value.value if att.value else None


def test_a_vague_step_later_in_the_sentence_does_not_erase_its_date():
    text = ("El 14 de agosto de 1985, un pelotón rodeó el caserío y ejecutó a once campesinos, "
            "según relataron los vecinos años después.")
    assert _date(text, "2021-03-02", "ejecutó") == "1985-08-14"


def test_a_vague_step_with_no_anchor_leaves_the_story_date():
    text = ("12/03/2015. Desconocidos incendiaron una maquinaria en el fundo.\n"
            "14/03/2015. Hallaron el cuerpo de un comunero que había desaparecido días antes.")
    s = text.index("Hallaron")
    assert _date(text, None, "Hallaron", (s, len(text))) == "2015-03-14"


def test_bulletin_heading_date_after_a_title_with_a_reporting_word_is_an_event_date():
    text = ("Zona norte: ataques reportados\n"
            "03/05/2016. Atacaron con disparos el puesto policial durante la noche.")
    tl = Timeline(text, None)
    first = tl.mentions[0]
    assert first.span.text == "03/05/2016" and first.role == "event"
    s = text.index("Atacaron")
    assert _date(text, None, "Atacaron", (s, len(text))) == "2016-05-03"


# -- the next sentence dates this one: "Fue en 1991", "Ocurrió el 3 de mayo"
def test_a_sentence_opening_with_fue_and_a_date_dates_the_sentence_before():
    text = "Los vecinos recordaron el asalto a la comisaría. Fue en 1991 y nadie lo olvida."
    assert _date(text, None, "asalto", (0, text.index(". ") + 1)) == "1991"
    text = ("Recordaron la emboscada contra la patrulla del río. Ocurrió el 3 de mayo de 2004, "
            "al amanecer.")
    assert _date(text, "2019-06-01", "emboscada", (0, text.index(". ") + 1)) == "2004-05-03"


def test_an_opener_without_a_date_right_after_it_dates_nothing():
    text = "Los vecinos recordaron el asalto a la comisaría. Fue terrible, y en 1991 hubo otro."
    assert _date(text, None, "asalto", (0, text.index(". ") + 1)) != "1991"


# -- another incident does not take the story's day
def test_another_incident_is_not_dated_by_the_story_day():
    text = ("Una patrulla fue atacada el lunes en el valle. En otro hecho, un explosivo dañó "
            "una torre de energía.")
    s = text.index("En otro")
    assert _date(text, "2015-03-12", "dañó", (s, len(text))) == "2015-03"
    text = "Una patrulla fue atacada el lunes en el valle. Los soldados resultaron heridos."
    s = text.index("Los soldados")
    assert _date(text, "2015-03-12", "heridos", (s, len(text))) == "2015-03-09"


# -- a live post's label "Ahora en <place>:" is the moment of writing
def test_live_post_label_ahora_en_place_is_the_publication_day():
    text = "Ahora en la plaza central: la policía dispersa la marcha con gases."
    assert _date(text, "2021-09-14", "dispersa") == "2021-09-14"
    text = "Ahora, la fiscalía investiga el caso en la capital: hay dudas."
    assert not Timeline(text, "2021-09-14").mentions


def test_a_vague_step_before_the_trigger_inside_the_sentence_dates_nothing():
    text = ("21/04/2017. Hallaron a un comunero que había desaparecido días antes con heridas de bala.")
    s = text.index("Hallaron")
    assert _date(text, None, "heridas", (s, len(text))) == "2017-04-21"
