"""A weapon and a harm in one sentence overrule a sports word (texts written for these tests).

Shootings at football pitches and ball games are told with the sports words of the place
("cancha", "jugadores", "torneo"); the sports sense must not drop them. Without both a weapon
and a harm the sports sense still holds."""
from __future__ import annotations

import pytest

from cronica import extract

PUB = "2022-08-15"


@pytest.mark.parametrize("text, etype, killed", [
    ("Cuatro personas murieron cuando hombres armados dispararon contra los asistentes a un torneo "
     "barrial en una cancha de Esmeraldas.", {"attack", "killing"}, 4),
    ("Un sicario en motocicleta asesinó a un futbolista a la salida de la cancha "
     "del barrio El Retiro, en Cúcuta.", {"killing", "attack"}, 1),
    ("Un tiroteo durante un partido de fútbol en Zacatecas dejó tres muertos y cinco heridos.",
     {"attack", "armed_clash", "killing"}, 3),
])
def test_an_armed_attack_at_a_game_is_kept(text, etype, killed):
    evs = extract(text, published=PUB)
    assert len(evs) == 1
    assert evs[0].type in etype
    assert evs[0].killed is not None and evs[0].killed.best == killed


@pytest.mark.parametrize("text", [
    "El disparo del delantero pegó en el palo y el ataque del equipo local murió en la orilla del área.",
    "El arquero quedó herido tras un choque en la cancha y el ataque visitante no se detuvo.",
    "Con un equipo bien armado, el técnico prepara el ataque para la final del torneo.",
])
def test_a_match_report_stays_sports(text):
    assert extract(text, published=PUB) == []
