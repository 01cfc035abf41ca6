"""A recent incident with no date expression gets the publication month, whatever its tense: the
present tense of a post is not a date expression (shared README; corpus/README.md, "Undated posts,
live posts and reports"). Words that say "now" and a live post's clock stamp are date expressions:
the publication day. (Posts written for these tests.)"""
import pytest

import cronica


def dates(text, published):
    return [(e.type, e.date.value, e.date.precision) for e in cronica.extract(text, published=published)]


@pytest.mark.parametrize("text", [
    # a present indicative
    "Los mototaxistas bloquean el puente de la avenida Cáceres, exigen que liberen a su compañero 🛺 #Piura #Bloqueo",
    # a present progressive
    "ATENCIÓN 🚨 encapuchados están disparando contra los vecinos en la plaza de Yanahuara, hay un herido #Arequipa",
    # an event noun after "hay"
    "Hay narcobloqueos en Culiacán 🔥 quemaron dos camiones en la salida sur, eviten la zona #Sinaloa",
    # told in the past
    "Balearon a un mototaxista en el barrio Buenos Aires de Tumaco, dicen que murió en el hospital #Tumaco",
    # a time of day that names no day
    "Desde la madrugada los cocaleros bloquean la carretera a Sacta, no pasan ni las ambulancias #Chapare",
])
def test_no_date_expression_gives_the_publication_month(text):
    got = dates(text, "2024-06-14")
    assert got and all(d == "2024-06" and p == "month" for _, d, p in got)


@pytest.mark.parametrize("text", [
    "Ahora mismo encapuchados están disparando contra la comisaría de Yanahuara, hay un policía herido #Arequipa",
    "En este momento los transportistas bloquean la avenida Grau a la altura del mercado 🚛 exigen rebaja del "
    "diésel #Piura #Bloqueo",
])
def test_words_for_now_give_the_publication_day(text):
    got = dates(text, "2024-06-14")
    assert got and all(d == "2024-06-14" and p == "day" for _, d, p in got)


def test_a_month_publication_gives_the_month():
    got = dates("Ahora mismo encapuchados están disparando contra la comisaría de Yanahuara, hay un "
                "policía herido #Arequipa", "2024-06")
    assert got and all(d == "2024-06" for _, d, _ in got)


def test_a_story_date_comes_first():
    text = ("El lunes un grupo armado atacó una comisaría en Tame, Arauca. Los vecinos bloquean la vía "
            "en protesta por la falta de seguridad.")
    got = {t: d for t, d, _ in dates(text, "2024-06-14")}
    assert got.get("attack") == "2024-06-10"
