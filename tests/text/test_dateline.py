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
