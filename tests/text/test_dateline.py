"""find_dateline: agency datelines and byline dates (texts written for these tests)."""
from __future__ import annotations

import pytest

from cronica.text.dateline import find_dateline


@pytest.mark.parametrize("text,published,iso,span_text", [
    ("Titular de la nota\n\nLIMA, 8 Mar. (EUROPA PRESS) -\n\nLa policía informó hoy.",
     "2006-03", "2006-03-08", "LIMA, 8 Mar. (EUROPA PRESS) -"),
    ("Lima, 3 ene (EFE).- El Ejército informó de un ataque.", "2013-01-10", "2013-01-03",
     "Lima, 3 ene (EFE).-"),
    # a late-December dateline on an early-January publication is last year's
    ("Lima, 30 dic (EFE).- El Ejército informó de un ataque.", "2013-01", "2012-12-30",
     "Lima, 30 dic (EFE).-"),
    ("Ayacucho, 12 de abril de 2012 (Andina).- Un ataque dejó dos heridos.", None, "2012-04-12",
     "Ayacucho, 12 de abril de 2012 (Andina).-"),
    ("Titular\nAutor del texto\n13/02/12\n\nEl gobierno confirmó la captura.", None, "2012-02-13",
     "13/02/12"),
    ("Lunes, 12 de abril de 2012\nEl gobierno confirmó la captura.", None, "2012-04-12",
     "Lunes, 12 de abril de 2012"),
    ("HUANTA, 5 Sept. (EUROPA PRESS) -\n\nUna patrulla fue emboscada.", "2014-09-06", "2014-09-05",
     "HUANTA, 5 Sept. (EUROPA PRESS) -"),
])
def test_datelines(text, published, iso, span_text):
    found = find_dateline(text, published)
    assert found is not None
    value, span = found
    assert value == iso
    assert span.text == span_text == text[span.start:span.end]


@pytest.mark.parametrize("text,published", [
    # no year anywhere: the year is not guessed
    ("LIMA, 8 Mar. (EUROPA PRESS) -\n\nLa policía informó hoy.", None),
    # dates inside sentences are not datelines
    ("El 12 de abril de 2012 hubo un ataque en Lima.", None),
    ("En Ayacucho, el 15 de mayo de 2012 se registró un ataque.", None),
    ("Hoy, 12 de abril de 2012, el Ejército atacó un campamento.", None),
    ("La captura se produjo en las últimas horas.\n\nLIMA (AP) — El gobierno confirmó.", "2012-02-13"),
    ("", None),
])
def test_no_dateline(text, published):
    assert find_dateline(text, published) is None


def test_only_the_opening_is_searched():
    text = "Primer párrafo sin fecha alguna. " * 40 + "\nLIMA, 8 Mar. (EUROPA PRESS) -\n"
    assert find_dateline(text, "2006-03") is None


def test_city_with_country_and_published_line():
    assert find_dateline("Ayacucho (Perú), 12 abr (EFE).- Una patrulla fue atacada.", "2012-04")[0] == "2012-04-12"
    value, span = find_dateline("Titular de la nota\nPublicado el 12/04/2012\nEl texto sigue.", None)
    assert value == "2012-04-12" and span.text == "Publicado el 12/04/2012"


# ---------------------------------------------------------------- the address's date
@pytest.mark.parametrize("url, expected", [
    ("https://diario.example/2019/04/", "2019-04"),
    ("https://diario.example/noticias/2019/04/07/titular-de-la-nota", "2019-04-07"),
    ("https://diario.example/2015-10-titular", "2015-10"),
    ("https://diario.example/2015-10-03-titular.html", "2015-10-03"),
    ("https://diario.example/seccion_2012_08_titular", "2012-08"),
    ("https://diario.example/2021/02/30/titular", "2021-02"),  # no such day: the month is still right
])
def test_a_news_address_gives_its_date(url, expected):
    from cronica.text.dateline import published_from_url

    assert published_from_url(url) == expected


@pytest.mark.parametrize("url", [
    None, "", "https://diario.example/titular-sin-fecha",
    "https://diario.example/nota_2017041158ed61c10cf2",  # a timestamp inside an id
    "https://diario.example/2009/031205-titular",  # a month run into other digits
    "https://2020-11.example/titular",  # the host is not a date
    "https://diario.example/1492/10/titular",
])
def test_an_address_without_a_clear_date_gives_none(url):
    from cronica.text.dateline import published_from_url

    assert published_from_url(url) is None


def test_the_address_dates_a_weekday_and_day_without_year():
    """No metadata date: "el sábado 14 de marzo" takes its year from the address (2015, when
    14 March was a Saturday), so the incident gets its day."""
    from cronica.model import Document
    from cronica.pipeline import get_pipeline

    extract = get_pipeline().extract

    text = ("Hombres armados asesinaron a tres comerciantes en un mercado de Tuluá, Valle del Cauca. "
            "El ataque ocurrió el sábado 14 de marzo hacia las siete de la noche.")
    with_url = extract(Document(id="u1", text=text, url="https://diario.example/2015/03/tres-comerciantes"))
    without = extract(Document(id="u2", text=text))
    assert [(e.date.value, e.date.precision) for e in with_url] == [("2015-03-14", "day")]
    assert all(e.date is None or e.date.value != "2015-03-14" for e in without)


def test_metadata_and_dateline_come_before_the_address():
    from cronica.model import Document
    from cronica.pipeline import get_pipeline

    extract = get_pipeline().extract

    text = "Lima, 3 feb (EFE).- Un atentado con explosivos destruyó ayer una torre de alta tensión en Junín."
    evs = extract(Document(id="u3", text=text, url="https://diario.example/2011/01/torre"))
    assert [e.date.value for e in evs] == ["2011-02-02"]
    evs = extract(Document(id="u4", text=text, published="2012-02-03", url="https://diario.example/2011/01/torre"))
    assert [e.date.value for e in evs] == ["2012-02-02"]
