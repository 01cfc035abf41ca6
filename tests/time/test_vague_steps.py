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
