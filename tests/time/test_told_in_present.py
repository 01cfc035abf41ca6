"""An incident told in the present tense, with no date of its own nor of the story, happens as the
text is published: the publication day when the publication date has one (posts written for
these tests)."""
import pytest

import cronica


def dates(text, published):
    return [(e.type, e.date.value) for e in cronica.extract(text, published=published)]


@pytest.mark.parametrize("text", [
    # a present indicative
    "Los transportistas bloquean la avenida Grau a la altura del mercado desde las 6 de la mañana 🚛 exigen "
    "rebaja del diésel #Piura #Bloqueo",
    # a present progressive
    "ATENCIÓN 🚨 encapuchados están disparando contra los vecinos en la plaza de Yanahuara, hay un herido #Arequipa",
    # an event noun after "hay"
    "Hay narcobloqueos en Culiacán 🔥 quemaron dos camiones en la salida sur, eviten la zona #Sinaloa",
])
def test_present_tense_takes_the_publication_day(text):
    got = dates(text, "2024-06-14")
    assert got and all(d == "2024-06-14" for _, d in got)


@pytest.mark.parametrize("text", [
    # told in the past
    "Balearon a un mototaxista en el barrio Buenos Aires de Tumaco, dicen que murió en el hospital #Tumaco",
    # a report in the present is not the incident now
    "Reportan ataque armado contra una patrulla en el barrio El Centro de Gualán, Zacapa. Un agente herido #Zacapa",
])
def test_past_or_reported_keeps_the_publication_month(text):
    got = dates(text, "2024-06-14")
    assert got and all(d == "2024-06" for _, d in got)


def test_a_month_publication_gives_the_month():
    got = dates("Los transportistas bloquean la avenida Grau a la altura del mercado desde las 6 de la mañana "
                "🚛 exigen rebaja del diésel #Piura #Bloqueo", "2024-06")
    assert got and all(d == "2024-06" for _, d in got)


def test_a_story_date_comes_first():
    text = ("El lunes un grupo armado atacó una comisaría en Tame, Arauca. Los vecinos bloquean la vía "
            "en protesta por la falta de seguridad.")
    got = dict(dates(text, "2024-06-14"))
    assert got.get("attack") == "2024-06-10"
