"""One civilian shot and killed, no one else hurt, is a `killing` even when the report tells the
shooting with an attack verb ("Atacan a tiros a un comerciante", "le dispararon a <name>") and the
death in the next sentence; a target who survived while someone else died, a place or a group stay
the attack (corpus/README.md, "Civilians shot in an armed assault on a place", session 18: "One
person shot ... is a `killing`"). Texts written for these tests."""
import pytest

import cronica
from event_checks import VIOLENT


def violent(text, published="2025-03-10"):
    return [(e.type, e.killed and e.killed.best) for e in cronica.extract(text, published=published)
            if e.type in VIOLENT]


@pytest.mark.parametrize("text", [
    "El martes en la noche hombres armados dispararon contra Ramiro Quintero Paz, dirigente comunal de "
    "la vereda La Loma, en Tumaco. Murió en el lugar.",
    "Dos hombres en moto le dispararon el jueves a Marta Lucía Ibarra Gómez cuando llegaba a su casa "
    "en el barrio El Jardín de Jamundí. Murió en el hospital local.",
])
def test_one_person_shot_dead_is_a_killing(text):
    assert violent(text) == [("killing", 1)]


def test_a_target_who_survived_while_another_died_stays_the_attack():
    text = ("Atentan contra un concejal en Yumbo: su escolta murió\n"
            "El concejal de Yumbo Rodrigo Pérez Lasso sobrevivió el sábado a un atentado a balazos en el "
            "que murió su escolta. El concejal resultó herido en un brazo.")
    assert [t for t, _ in violent(text)] == ["attack"]
