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


STATE_CASES = [
    ("Balacera en un taller\nSALAMANCA, Gto.- Tres hombres fueron asesinados a balazos en un taller "
     "mecánico.", "asesinados", "Mexico", "Guanajuato"),
    ("Emboscada a policías\nApatzingán, Mich., 12 mar (Agencia) - Dos policías murieron en una emboscada.",
     "emboscada", "Mexico", "Michoacán"),
]


@pytest.mark.parametrize("text,trigger,country,admin1", STATE_CASES, ids=[c[0][:30] for c in STATE_CASES])
def test_dateline_state_abbreviation_gives_the_city_of_that_state(geocoder, text, trigger, country, admin1):
    refs = [m for m in geocoder.places(text).mentions if m.role == "reference"]
    assert refs and refs[0].place is not None
    assert (refs[0].place.country, refs[0].place.admin1) == (country, admin1)


def test_abbreviation_words_outside_a_dateline_are_no_state(geocoder):
    text = "Sin embargo, la policía de Salamanca no informó de detenidos."
    assert all(m.place is None or m.place.admin1 != "Sinaloa" for m in geocoder.places(text).mentions)


def test_abbreviation_file_is_valid():
    from cronica.geo.recognise import load_admin1_abbreviations

    abbrs = load_admin1_abbreviations()
    assert abbrs["gto"] == ("MX", "Guanajuato") and abbrs["qroo"] == ("MX", "Quintana Roo")
    assert len({v for v in abbrs.values()}) == 32  # every Mexican state and the capital


def test_a_santiago_comuna_in_a_chilean_story_is_in_the_metropolitan_region(geocoder):
    from cronica.nlp.lexicons import load_actors

    actors = load_actors()
    text = "Carabineros detuvieron a doce personas durante un desalojo en la comuna de Cerrillos."
    i = text.index("detuvieron")
    idx = geocoder.places(text, country_votes=actors.country_votes(text), not_places=actors.group_spans(text))
    p = idx.place_for(Span(i, i + 10, "detuvieron"), Span(0, len(text), text))
    assert p is not None and (p.country, p.admin1) == ("Chile", "Región Metropolitana de Santiago")
