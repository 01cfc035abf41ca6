"""A homonym takes the reading inside the first-level division the document names elsewhere
(issue 11 item 2, issue 12 item 4): "La Democracia" in a Huehuetenango story is that
department's municipality, not Escuintla's larger town; "Buenavista" in a Michoacán story is
Michoacán's. The division is counted by country (Guatemala's La Libertad is not Peru's), a
regional dateline counts, and a name does not vote for its own namesake. A country outside
the Spanish-speaking world named as a destination or a sanctioning state does not become the
story's country. Sentences written for these tests (CC0)."""
from __future__ import annotations

import pytest

import cronica

CASES = [
    # a regional dateline names the department; the municipality is the one inside it
    ("HUEHUETENANGO, Guatemala, 3 mar (Agencia) - Hombres armados atacaron un puesto de la "
     "Policía en el municipio de La Democracia; dos agentes resultaron heridos.",
     dict(admin1="Huehuetenango", country="Guatemala")),
    # the state named in one sentence places a town of many namesakes in another
    ("Productores de limón de Michoacán denunciaron nuevas amenazas del cártel. El jueves, "
     "sicarios asesinaron a un jornalero en una huerta de Buenavista.",
     dict(admin1="Michoacán", country="Mexico")),
    # emigrants' destination and a sanctioning state are not the story's country
    ("Su hijo mayor se fue a Estados Unidos hace dos años; Estados Unidos sancionó a la banda "
     "que controla la ruta. El domingo, hombres armados mataron a un comerciante en el "
     "municipio de Nentón, Huehuetenango.",
     dict(admin1="Huehuetenango", country="Guatemala")),
]


@pytest.mark.parametrize("text,want", CASES)
def test_named_division_places_homonym(text, want):
    events = cronica.extract(text, published="2024-03-04")
    assert events, text
    got = events[-1].to_dict()
    assert {k: got[k] for k in want} == want


def test_name_does_not_vote_for_its_own_namesake(geocoder):
    # "La Herradura" (a bar) is named twice in a Cuernavaca story: neither mention may pull the
    # other to a town of that name in another state
    text = ("Cuernavaca, Mor.- Hombres armados dispararon contra los clientes del bar La Herradura. "
            "El ataque al bar La Herradura dejó cuatro muertos en la colonia Centro de Cuernavaca.")
    idx = geocoder.places(text)
    states = {m.place.admin1 for m in idx.mentions if m.place is not None and m.place.admin1}
    assert states <= {"Morelos"}


def test_a_distance_from_the_first_town_does_not_join_two_killings():
    # the second killing is measured from the first town: two incidents, not one told twice
    text = ("Un líder comunal fue asesinado el sábado en el municipio de Caucasia, en Antioquia. "
            "La Defensoría informó además de una masacre en el municipio de Segovia, también en "
            "Antioquia, a unos 90 kilómetros de Caucasia, donde tres personas fueron asesinadas.")
    events = [e.to_dict() for e in cronica.extract(text, published="2024-03-04") if e.type == "killing"]
    assert len(events) == 2


def test_a_department_named_bare_stays_the_department(geocoder):
    # the story's other places lie in Antioquia: that is no reason to read "Antioquia" as the
    # town in it that bears its name
    text = ("MEDELLÍN, 2 abr (Agencia) - Tres soldados murieron en combates en Antioquia. "
            "Los choques ocurrieron en una vereda de Caucasia.")
    idx = geocoder.places(text)
    dept = [m.place for m in idx.mentions if m.span.text == "Antioquia"]
    assert dept and dept[0].admin1 == "Antioquia" and dept[0].geo_precision == 3


def test_the_point_a_place_is_measured_from_tells_its_country(geocoder):
    # nothing else in the text shows the country: the town the hamlet is measured from does
    idx = geocoder.places("Hombres armados mataron a dos pescadores en el recinto La Boca, a unos "
                          "100 kilómetros de Esmeraldas.")
    assert idx.country == "EC"
    # a border's neighbour is no such point
    idx = geocoder.places("Hombres armados mataron a dos pescadores en el recinto La Boca, en la "
                          "frontera con Colombia.")
    assert idx.country != "CO"


def test_a_town_inside_the_division_named_with_its_noun_tells_the_country():
    # Montero is also a district of Piura; a story of Bolivia's "departamento de Santa Cruz"
    # (Argentina's Santa Cruz is a province) means the Bolivian town
    text = ("El bloqueo de carreteras en el departamento de Santa Cruz cumplió su quinto día. "
            "Anoche, manifestantes quemaron la oficina de una federación sindical en Montero.")
    events = [e.to_dict() for e in cronica.extract(text, published="2024-03-04")]
    assert events and events[-1]["country"] == "Bolivia" and events[-1]["admin1"] == "Santa Cruz"
