"""Wire datelines in capitals ("CIUDAD, 4 jun (Agencia) -"): the city is read, and it tells
the document's country, so a city name shared by towns of several countries resolves to
the dateline's one. Texts of our own writing."""
from __future__ import annotations

import pytest

from cronica.model import Span

CASES = [
    ("Matan a un comerciante\nROSARIO, 3 may (Agencia) - Un comerciante fue asesinado a tiros "
     "en la zona sur de Rosario.", "asesinado", "Argentina", "Santa Fe"),
    ("Dos muertos en un bar\nCARTAGENA, 2 abr (Agencia) - Dos jóvenes murieron baleados en "
     "un bar del centro de Cartagena.", "baleados", "Colombia", "Bolívar"),
    ("Estalla un petardo\nLA PAZ, 9 oct (Agencia) - Un petardo estalló frente a la alcaldía "
     "de La Paz sin causar heridos.", "estalló", "Bolivia", "La Paz"),
]


@pytest.mark.parametrize("text,trigger,country,admin1", CASES, ids=[c[0][:30] for c in CASES])
def test_dateline_city_decides_the_homonym(geocoder, text, trigger, country, admin1):
    i = text.index(trigger)
    lo = text.rfind("\n", 0, i) + 1
    p = geocoder.places(text).place_for(Span(i, i + len(trigger), trigger), Span(lo, len(text), text[lo:]))
    assert p is not None and (p.country, p.admin1) == (country, admin1)


def test_capital_dateline_is_a_reference_place(geocoder):
    text = "Ataque a una comisaría\nROSARIO, 3 may (Agencia) - Desconocidos balearon una comisaría."
    refs = [m for m in geocoder.places(text).mentions if m.role == "reference"]
    assert [m.span.text for m in refs] == ["ROSARIO"]
    assert refs[0].place is not None and refs[0].place.country == "Argentina"


def test_capitals_inside_a_line_are_not_a_dateline(geocoder):
    text = "Según la ONU, ROSARIO y otros programas recibieron fondos en 2020."
    assert not [m for m in geocoder.places(text).mentions if m.span.text == "ROSARIO"]
