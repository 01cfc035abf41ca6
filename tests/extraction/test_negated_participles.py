"""A participle used as a noun is negated by a verb that only says whether there were any
("No hubo aprehendidos"): no arrest. Texts written for these tests."""
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
