"""Second-level divisions the towns file lacks (data/geo/municipalities_extra.tsv).

Sentences written for these tests: small municipalities and districts of Paraguay, Bolivia,
Nicaragua, Honduras and Ecuador, named with a cue or inside a story of their country.
"""
from __future__ import annotations

import pytest

from cronica.geo.gazetteer import DATA_DIR


@pytest.mark.parametrize("text, trigger, admin1, country", [
    ("Un suboficial fue asesinado en el distrito de Azotey, según la Policía paraguaya.", "asesinado",
     "Concepción", "Paraguay"),
    ("Los cocaleros del trópico bloquearon la carretera en Villa Tunari y la policía boliviana los "
     "desalojó con gases.", "bloquearon", "Cochabamba", "Bolivia"),
    ("La policía boliviana informó que encapuchados quemaron un campamento de erradicadores en el "
     "municipio de La Asunta.", "quemaron", "La Paz", "Bolivia"),
    ("Un comerciante murió baleado el sábado en Comayagüela, Honduras.", "baleado",
     "Francisco Morazán", "Honduras"),
    ("Un productor fue asesinado en el municipio de El Cuá, Nicaragua.", "asesinado", "Jinotega", "Nicaragua"),
    ("Militares ecuatorianos se enfrentaron a contrabandistas en el cantón Shushufindi.", "enfrentaron",
     "Sucumbíos", "Ecuador"),
    # Camilo Ponce Enríquez is a canton of Azuay (not of El Oro, which it borders)
    ("Dos guardias de una mina fueron asesinados en un campamento de Ponce Enríquez, informó la Policía "
     "ecuatoriana.", "asesinados", "Azuay", "Ecuador"),
])
def test_small_municipality_resolves_to_its_division(event_place, text, trigger, admin1, country):
    p = event_place(text, trigger)
    assert p is not None and (p.admin1, p.country) == (admin1, country)


def test_every_row_has_a_source_header_and_six_or_seven_columns():
    lines = (DATA_DIR / "municipalities_extra.tsv").read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("#") and any("statistical office" in ln for ln in lines if ln.startswith("#"))
    rows = [ln.split("\t") for ln in lines if ln.strip() and not ln.startswith("#")]
    assert rows and all(len(r) in (6, 7) for r in rows)
    names = [(r[0], r[2]) for r in rows]
    assert len(names) == len(set(names))


def test_a_municipality_without_population_is_not_a_foreign_city_named_alone(event_place):
    # "Rosita" is a Nicaraguan municipality; in a Mexican story named bare it is not read as it
    text = "En Culiacán, Sinaloa, hombres armados balearon a Rosita, una comerciante del mercado."
    p = event_place(text, "balearon")
    assert p is None or p.country != "Nicaragua"
