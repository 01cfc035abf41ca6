"""A date written without its year: the year the story named, never after the report;
typos and weekday-day pairs in stories dated only by their month."""
from __future__ import annotations

from cronica.model import Span
from cronica.time import Timeline


def _date(text: str, published: str, trigger_word: str) -> tuple:
    tl = Timeline(text, published)
    i = text.index(trigger_word)
    trig = Span(i, i + len(trigger_word), trigger_word)
    dot = text.rfind(". ", 0, i)
    lo = max(dot + 2 if dot >= 0 else 0, text.rfind("\n", 0, i) + 1)
    hi = text.find(". ", i)
    hi = len(text) if hi < 0 else hi + 1
    att = tl.date_for(trig, Span(lo, hi, text[lo:hi]))
    return (att.value.value if att.value else None, att.value.precision if att.value else None)


def test_del_mismo_anio_takes_the_year_just_named_even_months_earlier():
    text = ("El 20 de noviembre de 2010 el ingeniero volvió a su casa; lo habían "
            "raptado el 4 de febrero del mismo año en una carretera rural.")
    assert _date(text, "2019-05-02", "raptado") == ("2010-02-04", "day")


def test_de_ese_anio_after_a_bare_year():
    text = ("En 2012 la columna guerrillera se replegó hacia la sierra. "
            "El 5 de agosto de ese año un comando atacó el cuartel de Cerro Alto.")
    assert _date(text, "2019-05-02", "atacó") == ("2012-08-05", "day")


def test_month_of_aquel_anio():
    text = ("En 2003 comenzaron las incursiones en el valle. "
            "En marzo de aquel año un grupo armado quemó la escuela del caserío.")
    assert _date(text, "2019-05-02", "quemó") == ("2003-03", "month")


def test_doubled_preposition_before_the_year_is_read():
    text = "El 9 de junio de de 2004 un grupo armado atacó la alcaldía de San Rafael."
    assert _date(text, "2019-05-02", "atacó") == ("2004-06-09", "day")


def test_incident_day_without_year_after_publication_is_last_year():
    text = "El dirigente vecinal fue asesinado el 21 de octubre cerca de su finca."
    assert _date(text, "2023-10-20", "asesinado") == ("2022-10-21", "day")


def test_incident_day_without_year_before_publication_stays_this_year():
    text = "El dirigente vecinal fue asesinado el 19 de octubre cerca de su finca."
    assert _date(text, "2023-10-20", "asesinado") == ("2023-10-19", "day")


def test_weekday_and_day_in_a_month_dated_story_give_the_day():
    text = "El pasado martes 15, dos patrullas fueron emboscadas cerca del río."
    assert _date(text, "2020-09", "emboscadas") == ("2020-09-15", "day")


def test_weekday_and_day_that_do_not_fit_the_month_stay_at_month():
    # 15 September 2020 is a Tuesday, not a Friday; nor is 15 August
    text = "El pasado viernes 15, dos patrullas fueron emboscadas cerca del río."
    assert _date(text, "2020-09", "emboscadas") == ("2020-09", "month")


def test_a_chronicle_of_the_past_carries_its_date_into_the_next_paragraph():
    text = ("El 12 de abril de 1995 un comando tomó la hacienda de Los Pinos.\n"
            "Al amanecer del 3 de mayo de 1996 los agentes rodearon la casa del cabecilla.\n"
            "Poco antes de las cinco irrumpieron en el patio y detuvieron a tres hombres.")
    assert _date(text, "2018-06-10", "detuvieron") == ("1996-05-03", "day")


def test_news_of_the_day_still_ends_a_flashback():
    text = ("Dos soldados murieron ayer en una emboscada en la vía a Tame.\n"
            "En marzo de 2009 la misma columna había atacado un puesto de policía.\n"
            "Los militares heridos fueron trasladados en helicóptero.")
    assert _date(text, "2019-05-02", "heridos") != ("2009-03", "month")


def test_ordinal_anniversary_recalls_the_year():
    text = ("Familiares marcharon este sábado para recordar el tercer aniversario del secuestro "
            "de los dos ingenieros, raptados el 14 de marzo en la carretera a Tame.")
    assert _date(text, "2019-03-16", "raptados") == ("2016-03-14", "day")


def test_ordinal_year_of_a_term_is_no_anniversary():
    text = "En el segundo año de gestión del alcalde, la policía detuvo el 14 de marzo a tres sicarios."
    assert _date(text, "2019-03-16", "detuvo") == ("2019-03-14", "day")


def test_day_and_month_written_again_take_the_year_given_first():
    text = ("La emboscada del 14 de junio de 1999 dejó doce soldados muertos en la carretera. "
            "Hoy los familiares recordaron a las víctimas en la plaza. "
            "Los sobrevivientes del ataque del 14 de junio siguen esperando justicia.")
    assert _date(text, "2019-06-20", "ataque") == ("1999-06-14", "day")


def test_a_story_told_in_the_past_keeps_its_year_for_later_days():
    text = ("El 8 de febrero de 1991, un comando armado asesinó al alcalde de San Ignacio.\n\n"
            "El crimen conmocionó a la provincia y a todo el país durante semanas.\n\n"
            "La investigación avanzó muy despacio.\n\n"
            "El 3 de octubre, la policía detuvo a dos sospechosos en una casa del centro.")
    assert _date(text, "2021-02-08", "detuvo") == ("1991-10-03", "day")


def test_news_of_the_day_keeps_later_days_in_the_publication_year():
    text = ("El 12 de mayo de 2010 la guerrilla atacó el cuartel del pueblo.\n\n"
            "Este lunes, la fiscalía acusó a tres exguerrilleros por aquel ataque.\n\n"
            "El 3 de marzo, la policía había detenido a otro sospechoso en la capital.")
    assert _date(text, "2023-05-10", "detenido") == ("2023-03-03", "day")


def test_a_dateline_report_keeps_later_days_in_the_publication_year():
    text = ("QUITO, 10 may (Agencia) - El 12 de mayo de 2010 la guerrilla atacó el cuartel.\n\n"
            "La investigación siguió abierta durante años sin ningún detenido.\n\n"
            "El 3 de marzo, la policía detuvo a otro sospechoso en la capital.")
    assert _date(text, "2023-05-10", "detuvo") == ("2023-03-03", "day")
