"""Anniversary and retrospective articles: the recalled incident keeps its own past date."""
from __future__ import annotations

from cronica.model import Span
from cronica.time import Timeline


def _date(text: str, published: str, trigger_word: str) -> tuple:
    tl = Timeline(text, published)
    i = text.index(trigger_word)
    trig = Span(i, i + len(trigger_word), trigger_word)
    # the sentence holding the trigger
    lo = max(text.rfind(". ", 0, i) + 2, text.rfind("\n", 0, i) + 1, 0)
    hi = text.find(". ", i)
    hi = len(text) if hi < 0 else hi + 1
    att = tl.date_for(trig, Span(lo, hi, text[lo:hi]))
    return (att.value.value if att.value else None, att.value.precision if att.value else None)


def test_day_month_in_an_anniversary_sentence_takes_the_recalled_year():
    text = "Este jueves 9 de mayo se cumplen 15 años de la emboscada contra una patrulla en el Huila."
    assert _date(text, "2019-05-09", "emboscada") == ("2004-05-09", "day")


def test_commemoration_date_is_not_the_incident_date():
    text = ("A 12 años de la matanza de la vereda La Esperanza, el 20 de marzo de 2007, "
            "los vecinos la recordaron este domingo con una misa.")
    assert _date(text, "2019-03-24", "matanza") == ("2007-03-20", "day")


def test_anniversary_without_a_date_gives_the_recalled_year():
    text = "Se cumplen veinte años del atentado contra el cuartel de la policía de Tumaco."
    assert _date(text, "2019-05-10", "atentado") == ("1999", "year")


def test_same_day_phrase_gives_the_recalled_day():
    text = "Un día como hoy, hace diez años, guerrilleros atacaron la base militar de Santa Rosa."
    assert _date(text, "2019-08-14", "atacaron") == ("2009-08-14", "day")


def test_fronted_hace_with_a_day_month():
    text = "Hace diez años, aquella madrugada del 14 de agosto, guerrilleros atacaron la base de Santa Rosa."
    assert _date(text, "2019-05-10", "atacaron") == ("2009-08-14", "day")


def test_a_prison_term_is_not_an_anniversary():
    text = "El juez lo condenó a 30 años de prisión por el secuestro de un comerciante el 2 de mayo."
    assert _date(text, "2019-05-10", "secuestro") == ("2019-05-02", "day")


def test_an_age_is_not_an_anniversary():
    text = "Un hombre que cumplió 40 años de edad fue asesinado el domingo en Cúcuta."
    assert _date(text, "2019-05-10", "asesinado") == ("2019-05-05", "day")


def test_retrospective_article_dates_undated_incidents_with_the_recalled_day():
    text = ("A 10 años del ataque al puesto de Las Palmas\n"
            "El 3 de febrero de 2009 un comando rebelde asaltó el puesto policial de Las Palmas.\n"
            "Los vecinos todavía recuerdan el ruido de las explosiones.\n"
            "Los heridos fueron llevados a un hospital de la capital.\n"
            "El ataque dejó siete policías muertos.")
    assert _date(text, "2019-02-03", "ataque dejó") == ("2009-02-03", "day")


def test_a_finer_date_in_the_same_sentence_refines_a_bare_year():
    text = "El atentado, cometido en 2003, ocurrió el 12 de octubre junto a un puente rural."
    assert _date(text, "2003-12-01", "atentado") == ("2003-10-12", "day")


def test_a_range_of_days_is_the_month_with_day_bounds():
    tl = Timeline("Entre el 3 y el 9 de abril de 2001 los paramilitares asesinaron a 20 personas.", "2019-05-10")
    [m] = tl.mentions
    assert (m.value.value, m.value.precision) == ("2001-04", "month")
    assert (m.value.start.isoformat(), m.value.end.isoformat()) == ("2001-04-03", "2001-04-09")


def test_dateline_is_not_an_event_date():
    text = "BOGOTÁ, 4 mar (AFP).- Guerrilleros atacaron el martes un puesto militar en el Meta."
    assert _date(text, "2011-03-04", "atacaron") == ("2011-03-01", "day")


def test_aquel_dia_refers_back_to_the_recalled_day_across_paragraphs():
    text = ("Era la noche del 3 de junio de 1991 cuando la columna llegó al pueblo.\n"
            "Los vecinos se escondieron en sus casas.\n"
            "Nadie sabía qué pasaba.\n"
            "Aquel día, el Ejército lanzó un operativo en la zona.")
    assert _date(text, "2021-06", "operativo") == ("1991-06-03", "day")


def test_desde_a_day_dates_the_start_of_a_disappearance_but_not_a_comparison():
    text = "El dirigente no ha sido visto desde el 3 de febrero, denunció su familia."
    assert _date(text, "2019-02-20", "visto") == ("2019-02-03", "day")
    tl = Timeline("Fue el ataque más grave desde el 3 de febrero en la región.", "2019-02-20")
    assert [m.role for m in tl.mentions] == ["bound"]
    tl = Timeline("El grupo opera en la zona desde 1980.", "2019-02-20")
    assert [m.role for m in tl.mentions] == ["bound"]


def test_anniversary_frame_gives_way_to_the_day_the_article_recalls():
    text = ("La familia Ortiz no pierde la esperanza. "
            "Se cumplen veinte años desde que fuera secuestrado el ingeniero Pablo Ortiz. "
            "El 4 de septiembre de 2003, hombres armados lo interceptaron en la carretera del sur.")
    assert _date(text, "2023-09-10", "secuestrado") == ("2003-09-04", "day")


def test_anniversary_frame_keeps_its_year_when_no_day_of_that_year_is_told():
    text = ("La familia Ortiz no pierde la esperanza. "
            "Se cumplen veinte años desde que fuera secuestrado el ingeniero Pablo Ortiz. "
            "Su familia volvió a pedir noticias este domingo.")
    assert _date(text, "2023-09-10", "secuestrado") == ("2003", "year")


def test_dateline_in_an_anniversary_sentence_stays_the_report_day():
    text = "QUITO, 14 may (Agencia).- Se cumplen tres años del secuestro de un periodista en la frontera."
    tl = Timeline(text, "2023-05-14")
    dl = [m for m in tl.mentions if m.role == "dateline"]
    assert [m.value.value for m in dl] == ["2023-05-14"]


def test_a_chronicle_of_the_past_carries_its_date_across_paragraphs():
    text = ("El 3 de abril de 1985, un comando armado asesinó al gobernador de la provincia.\n\n"
            "El gobernador viajaba sin escolta por la carretera de la costa.\n\n"
            "Los testigos describieron a cuatro hombres con el rostro cubierto.\n\n"
            "Los soldados detuvieron a uno de los atacantes.\n\n"
            "El 9 de junio de 1985, un tribunal militar condenó al detenido.")
    tl = Timeline(text, "2020-03-10")
    i = text.index("detuvieron")
    lo, hi = text.rfind("\n", 0, i) + 1, text.index("\n", i)
    att = tl.date_for(Span(i, i + 10, "detuvieron"), Span(lo, hi, text[lo:hi]))
    assert (att.value.value, att.value.precision, att.via) == ("1985-04-03", "day", "story")


def test_one_old_date_in_a_news_text_does_not_date_the_rest():
    text = ("La policía detuvo a un exguerrillero buscado por un ataque de marzo de 2015.\n\n"
            "El detenido vivía en una finca del norte con otro nombre.\n\n"
            "Los agentes estuvieron vigilando la casa durante semanas.\n\n"
            "En la finca los agentes incautaron dos fusiles.")
    assert _date(text, "2020-03", "incautaron") == ("2020-03", "month")


def test_the_anniversary_patterns_are_read_only_where_years_of_are_told():
    """``_find_frames`` runs its three patterns only over texts where ``_YEARS_OF`` is found:
    every frame they find holds it, and a text without it has no pattern frame."""
    from cronica.time.lexicon import load_lexicon
    from cronica.time.resolve import _YEARS_OF, _find_frames, _frame_patterns

    lex = load_lexicon()
    verb_frame, initial_frame, _same_day, ordinal = _frame_patterns(lex)
    framed = ["se cumplen 15 años de la emboscada contra la patrulla",
              "a 12 años de la matanza en la vereda, los vecinos marcharon",
              "al cumplirse el décimo aniversario del secuestro del alcalde",
              "ya se cumplieron   veinte años\ndesde el atentado contra el cuartel"]
    for low in framed:
        hits = [m for pat in (verb_frame, initial_frame, ordinal) if pat is not None for m in pat.finditer(low)]
        assert hits, low
        assert all(_YEARS_OF.search(low[m.start():m.end()]) for m in hits)
        assert _find_frames(low, low, [], lex), low
    quiet = "Se cumplen diez años. El ataque dejó tres muertos en el pueblo hace una semana."
    assert not _YEARS_OF.search(quiet.lower())
    assert _find_frames(quiet, quiet.lower(), [], lex) == []
