"""People taken out of their home or shop ("sacaron de su casa a ...") and detainees nobody sees again
("ninguno volvió a aparecer", "ninguno apareció con vida", "no sabe en qué cárcel está"): by soldiers,
police or agents in plain clothes an arrest, a forced disappearance when the victims' fate stays
unknown; by armed men or captors an abduction, the killing when the sentence tells them killed
(data/es/triggers.yaml; corpus/README.md annotation conventions). Session 20: fresh probe ze-006,
ze-021, ze-022, ze-024, ze-035 and train r-003, g-037 told it so. Sentences written for these tests."""
import pytest

import cronica


def types(text, published="2026-06-10"):
    return [e.type for e in cronica.extract(text, published=published, doc_id="t")]


@pytest.mark.parametrize("text", [
    # taken from home by soldiers, fate unknown in the same sentence
    "El 2 de febrero de 1976, soldados sacaron de su casa a dos campesinos; ninguno apareció con vida.",
    # by military men, whereabouts unknown told in the next sentence
    "El 4 de mayo de 1977, un grupo de militares sacó de su vivienda, en el barrio San Vicente, al maestro "
    "Ramón Ortiz. Su paradero sigue sin conocerse.",
    # agents, and a family that cannot learn where he is held
    "El 28 de marzo, agentes de la Policía Nacional sacaron de su vivienda en Matagalpa a su hermano; desde "
    "entonces la familia no ha logrado saber dónde está detenido.",
    # men in plain clothes who took people out of a workshop, none seen alive again
    "El 2 de febrero de 1976, hombres vestidos de civil sacaron de su taller a dos mecánicos del sindicato; "
    "ninguno apareció con vida.",
])
def test_taken_from_home_by_agents_and_never_seen_again_is_a_disappearance(text):
    assert types(text, published="2026-04-19") == ["disappearance"]


@pytest.mark.parametrize("text", [
    "El 9 de abril, soldados detuvieron en el mercado a tres vendedores; ninguno de ellos volvió a aparecer.",
    "El 5 de marzo, policías detuvieron a su sobrino en una calle de Apopa; desde entonces la familia no ha "
    "podido saber en qué cárcel está.",
])
def test_a_detention_whose_fate_nobody_knows_is_a_disappearance(text):
    assert types(text) == ["disappearance"]


def test_taken_from_home_by_armed_men_is_a_kidnapping():
    assert types("El 3 de junio, hombres armados sacaron de su casa al tesorero de la cooperativa, en la "
                 "vereda La Palma de Argelia.") == ["kidnapping"]


def test_captors_who_had_taken_him_from_his_shop_tell_a_kidnapping():
    assert types("Según la Fiscalía, sus captores lo habían sacado de su tienda el 14 de marzo y pidieron un "
                 "rescate a la familia.", published="2026-04-02") == ["kidnapping"]


def test_taken_from_home_and_killed_is_one_killing():
    assert types("El 8 de agosto de 1999, paramilitares sacaron de sus casas a cuatro pescadores y los "
                 "asesinaron en la playa.") == ["killing"]


def test_people_saved_from_their_home_are_no_event():
    # a rescue from a fire is no abduction
    assert types("Los bomberos sacaron de su casa a una anciana atrapada por el incendio en Guayaquil.") == []


def test_detained_suspects_none_with_a_record_stay_an_arrest():
    assert types("El 12 de mayo, agentes de la policía detuvieron a dos sospechosos del robo en Cali; ninguno "
                 "tenía antecedentes.", published="2026-05-20") == ["arrest"]
