"""Nouns that tell no incident: a participle negated by a verb that only says whether there were any
("No hubo aprehendidos"), or
the plural a report collects ("Informe de ataques"). Texts written for these tests."""
from __future__ import annotations

import pytest

from cronica import extract

PUB = "2023-03-09"


@pytest.mark.parametrize("text", [
    "Un grupo de comuneros bloqueó la carretera en Chumbivilcas durante seis horas. No hubo aprehendidos.",
    "La Guardia Nacional dispersó una marcha en Mérida con gases. No se reportaron detenidos.",
    "Carabineros desalojó la toma del liceo en Temuco. Según el parte, no hay detenidos.",
    "Los agentes dispersaron la manifestación frente al ministerio en Quito. No se registraron heridos ni detenidos.",
])
def test_no_arrest_when_there_were_none(text):
    assert all(e.type != "arrest" for e in extract(text, published=PUB))


@pytest.mark.parametrize("text", [
    "La policía detuvo a tres jóvenes tras el saqueo de un comercio en Maracaibo.",
    # the negation belongs to another verb: the arrest stands
    "La policía capturó a dos hombres armados en Cúcuta, que no opusieron resistencia.",
    "Hubo cuatro aprehendidos tras el asalto a la agencia bancaria de Santa Cruz.",
])
def test_arrests_stay(text):
    assert any(e.type == "arrest" for e in extract(text, published=PUB))


# ------------------------------------------------- what a report collects is no incident
@pytest.mark.parametrize("title", [
    "Informe mensual de agresiones contra periodistas - marzo",
    "Boletín trimestral de ataques a defensores ambientales",
    "Registro de asesinatos de firmantes de paz",
])
def test_a_catalogue_title_founds_no_event(title):
    body = "El 4 de marzo, en la vereda La Cristalina, un dirigente comunal fue herido de bala en Tame, Arauca."
    evs = extract(f"{title}\n\n{body}", published=PUB)
    assert [e.type for e in evs] == ["attack"]
    assert evs[0].evidence.text.startswith("El 4 de marzo")


def test_a_headline_telling_incidents_stays():
    evs = extract("Dos ataques armados dejan tres muertos en Tame, Arauca", published=PUB)
    assert len(evs) == 1
