"""Where an `other` act told with no place of its own happened (session 22, where9; sentences
written for the tests).

A ruling or a state of emergency told with no place in its sentences does not take the story's
place (a court's seat, a national decree). A curfew is a town's own measure ("el alcalde decretó
toque de queda": dev m-015, train a-116) and an armed group's order to leave is made where its
people live (train zd-024): both keep the story's place."""
from __future__ import annotations

import cronica


def _other(events):
    return [e for e in events if e.type == "other"]


def test_a_mayors_curfew_keeps_the_towns_place():
    text = ("Dos jóvenes fueron asesinados a tiros el sábado en el barrio Las Brisas de Tuluá, Valle del Cauca.\n"
            "Al día siguiente el alcalde decretó toque de queda para menores de edad en toda la ciudad.")
    others = _other(cronica.extract(text, published="2024-03-11"))
    assert others and others[0].to_dict()["admin1"] == "Valle del Cauca"


def test_an_order_to_leave_a_hamlet_keeps_the_hamlets_place():
    text = ("Hombres armados asesinaron a un campesino en la vereda La Esperanza, en San Vicente del Caguán, Caquetá.\n"
            "Al día siguiente los mismos hombres ordenaron a treinta familias abandonar la vereda en un plazo de dos días.")
    others = _other(cronica.extract(text, published="2024-05-20"))
    assert others and others[0].to_dict()["admin1"] == "Caquetá"


def test_a_ruling_told_with_no_place_of_its_own_takes_none():
    text = ("Un comerciante fue asesinado en 2019 en el mercado central de Huancayo, en Junín.\n"
            "Este lunes un tribunal condenó a 25 años de prisión a los dos autores del crimen.")
    others = _other(cronica.extract(text, published="2024-06-10"))
    assert all(e.to_dict()["admin1"] is None for e in others)
