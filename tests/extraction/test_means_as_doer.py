"""The means told as the doer: a charge that destroyed a building is a bombing, shots that hit
a building or a vehicle are an attack (triggers.yaml). Not a quarry's or a miner's charge going
off by accident, a charge defused, nor shots in a football match. Sentences written for these
tests (CC0)."""
import pytest


def types(extract, text):
    return [e.type for e in extract(text, published="2024-05-10")]


@pytest.mark.parametrize("text, expected", [
    ("Una carga explosiva destruyó la madrugada del lunes la fachada de una vivienda en el barrio "
     "La Floresta de Guayaquil.", "bombing"),
    ("Una carga de dinamita derribó anoche una torre de energía en las afueras de Tame.", "bombing"),
    ("Una ráfaga de disparos alcanzó la noche del sábado la fachada de una discoteca en el centro de Celaya.",
     "attack"),
    ("Varios disparos impactaron la noche del sábado contra la fachada de una discoteca en el centro de Celaya.",
     "attack"),
])
def test_the_means_as_doer_is_the_act(extract, text, expected):
    assert types(extract, text) == [expected]


@pytest.mark.parametrize("text", [
    "Los técnicos colocaron cargas explosivas en la cantera de Pisac para ampliar el frente de explotación.",
    "Un socio de la cooperativa murió cuando una carga de dinamita estalló antes de tiempo en el socavón.",
    "Sus disparos desde fuera del área alcanzaron la portería rival en tres ocasiones durante el partido.",
])
def test_no_attack_in_a_quarry_an_accident_or_a_match(extract, text):
    assert [t for t in types(extract, text) if t in ("bombing", "attack")] == []


def test_a_defused_charge_is_no_bombing(extract):
    assert "bombing" not in types(extract, "Los antiexplosivos desactivaron una carga explosiva dejada "
                                            "frente a un banco de Guayaquil.")


def test_the_charge_is_not_the_doer(extract):
    (ev,) = extract("Una carga de dinamita derribó anoche una torre de energía "
                    "en las afueras de Tame.", published="2024-05-10")
    assert ev.actor1 is None or "dinamita" not in (ev.actor1.as_written or "")


@pytest.mark.parametrize("text", [
    "Un dron dejó caer una granada sobre la estación de Policía de Jamundí en la madrugada del martes.",
    "Otra vez drones en Argelia, Cauca: acaban de soltar dos explosivos sobre el puesto de Policía del casco urbano.",
])
def test_explosives_dropped_are_a_bombing(extract, text):
    assert types(extract, text) == ["bombing"]


def test_a_toy_dropped_is_no_bombing(extract):
    assert types(extract, "El niño dejó caer una granada de juguete en la piscina del club.") == []


def test_shots_told_with_a_light_verb_are_an_attack(extract):
    assert types(extract, "Desconocidos efectuaron varios disparos contra la fachada de la alcaldía de "
                           "Tame durante la madrugada del lunes. No hubo heridos.") == ["attack"]


@pytest.mark.parametrize("text", [
    "Los agentes realizaron disparos al aire para dispersar a la multitud en la plaza de Tame.",
    "El delantero hizo tres disparos contra el arco rival durante el partido en Tame.",
])
def test_shots_in_the_air_or_at_goal_are_no_attack(extract, text):
    assert "attack" not in types(extract, text)
