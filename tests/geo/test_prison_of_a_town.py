"""A prison named after its town ("la cárcel de X", "el penal de X") is that town's prison even
when the story names other divisions (session 21, where8; sentences written for the tests).

Before, a prison's noun was read like a hamlet's ("la vereda X"): when the dateline or a later
sentence named another division, the town after it was taken for a namesake hamlet and the
event lost its division (zg-027: a riot in Machala's prison, filed from Guayaquil)."""
from __future__ import annotations


def test_a_riot_in_a_prison_named_after_its_city_keeps_that_city_when_another_is_named(event_place):
    text = ("QUITO, 4 jun (Agencia) - Tres reos murieron en una riña en la cárcel de Machala, informó el "
            "organismo penitenciario. El año pasado otros dos internos murieron en Quito.")
    p = event_place(text, "murieron")
    assert p is not None and (p.country, p.admin1) == ("Ecuador", "El Oro")


def test_a_penal_of_a_town_is_that_towns_prison(event_place):
    text = ("Dos internos resultaron heridos en el penal de Esmeraldas durante una requisa. "
            "Los fiscales de Guayaquil abrieron una investigación.")
    p = event_place(text, "heridos")
    assert p is not None and (p.country, p.admin1) == ("Ecuador", "Esmeraldas")


def test_a_hamlet_named_after_a_town_elsewhere_is_still_a_namesake(event_place):
    # the rule is the prison's noun: a hamlet's noun still makes a namesake of the story's area
    text = ("Un soldado murió en un ataque en la vereda Machala, zona rural de Tumaco, Nariño. "
            "El Ejército reforzó la seguridad en Nariño.")
    p = event_place(text, "murió")
    assert p is not None and p.admin1 == "Nariño"
