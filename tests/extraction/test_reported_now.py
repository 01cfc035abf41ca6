"""A bare event noun right after a present-tense reporting verb is the incident reported, the
way social posts and local outlets open ("Reportan masacre en ...", "Vecinos reportan
enfrentamiento ..."); filters.yaml reporting_now. Sentences written for these tests (CC0)."""
import pytest


def types(extract, text):
    return [e.type for e in extract(text, published="2024-05-10")]


@pytest.mark.parametrize("text, expected", [
    ("🚨 Reportan masacre en la vereda La Pradera de Tame.", "killing"),
    ("#ÚLTIMAHORA | Reportan ataque armado contra policías en el barrio San José de Chiquimula.", "attack"),
    ("Vecinos reportan enfrentamiento por la zona del cerro en Tame.", "armed_clash"),
])
def test_a_reported_bare_noun_is_the_incident(extract, text, expected):
    assert types(extract, text) == [expected]


@pytest.mark.parametrize("text", [
    "En Celaya se registra asalto tras asalto, según la cámara de comercio.",  # a habit, after "se"
    "Comerciantes reportan asaltos cada semana en el mercado de Celaya.",  # a plural: a kind of incident
    "Nadie reporta secuestro alguno desde hace un año en el distrito.",
])
def test_a_reported_kind_of_incident_is_no_event(extract, text):
    assert types(extract, text) == []
