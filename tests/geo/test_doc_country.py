"""The document's country when its cues disagree (session 14, helper geo3). Sentences written
for the tests, in the class of train p-018 and dev m-060."""
from __future__ import annotations

import pytest

from cronica.model import Span


def _place(geocoder, text: str, trigger: str, votes=None):
    i = text.index(trigger)
    idx = geocoder.places(text, (), votes or {})
    return idx.place_for(Span(i, i + len(trigger), trigger), Span(0, len(text), text))


ROSARIO = "Atacaron a tiros un kiosco del barrio Tablada, en la zona sur de Rosario, durante la noche."


def test_a_big_city_votes_though_districts_of_its_name_lie_in_two_countries(geocoder):
    # Rosario: Argentina's department and a Peruvian district; the city of nearly a million is meant
    p = _place(geocoder, ROSARIO, "Atacaron")
    assert p is not None and (p.country, p.admin1) == ("Argentina", "Santa Fe")


def test_santa_fes_investigative_police_is_no_vote_for_chile_in_a_rosario_story(geocoder):
    # "Policía de Investigaciones" (PDI) is Chile's and Santa Fe's (data/es/actors/ar.yaml)
    from cronica.nlp.lexicons import load_actors

    actors = load_actors()
    text = ROSARIO + " Peritos de la Policía de Investigaciones levantaron las vainas."
    assert actors.country_votes(text) == {}
    p = _place(geocoder, text, "Atacaron", actors.country_votes(text))
    assert p is not None and (p.country, p.admin1) == ("Argentina", "Santa Fe")
    assert actors.country_votes("Detectives de la PDI detuvieron a dos hombres en Puente Alto.") == {"CL": 1}


def test_a_tie_goes_to_a_spanish_speaking_country_then_to_the_first_counted():
    from cronica.geo.resolve import _most_voted

    assert _most_voted({"ME": 1, "MX": 1}, "PE") == "MX"
    assert _most_voted({"MX": 2, "CL": 2}, "PE") == "MX"
    assert _most_voted({"MX": 2, "PE": 2}, "PE") == "PE"


# -- a first-level division after another country's level noun (admin1_nouns in cues_es.yaml;
# class of train a-328, d-161)
@pytest.mark.parametrize("text", [
    "Un colono murió en una pelea por tierras en el departamento de Santa Cruz.",
    "Un colono murió en una pelea por tierras en la comunidad Los Ángeles, en el departamento de Santa Cruz.",
])
def test_a_departamento_is_not_argentinas_province_of_that_name(geocoder, text):
    p = _place(geocoder, text, "murió")
    assert p is not None and (p.country, p.admin1) == ("Bolivia", "Santa Cruz")


def test_a_provincia_may_still_be_argentinas_province(geocoder):
    p = _place(geocoder, "Un policía fue herido de bala en Río Gallegos, provincia de Santa Cruz.", "herido")
    assert p is not None and (p.country, p.admin1) == ("Argentina", "Santa Cruz")


# -- session 15: a first-level division named by its level noun tells the country as plainly as
# the country's name, against a town elsewhere named alone (class of train d-152, d-161, c-092)
def test_a_departamento_only_one_country_has_outweighs_a_town_named_alone(geocoder):
    # Colón: Honduras' department, Panama's province, a Venezuelan municipality; Trujillo:
    # Venezuela's state, Peru's city, Honduras' town
    text = ("En el departamento de Colón los conflictos por la tierra no cesan. El sábado, un guardia "
            "privado mató a un campesino en una finca del municipio de Trujillo.")
    p = _place(geocoder, text, "mató")
    assert p is not None and (p.country, p.admin1) == ("Honduras", "Colón")


def test_a_departamento_abroad_outside_the_spanish_speaking_world_is_no_such_vote(geocoder):
    # Oran: Algeria's province; Orán: a department of Salta
    p = _place(geocoder, "Un gendarme fue herido de bala en un control del departamento de Orán, en Salta.", "herido")
    assert p is not None and (p.country, p.admin1) == ("Argentina", "Salta")


def test_panamas_province_is_still_read_after_provincia(geocoder):
    p = _place(geocoder, "Dos hombres murieron baleados en la provincia de Colón, informó la policía panameña.",
               "murieron")
    assert p is not None and (p.country, p.admin1) == ("Panama", "Colón")
