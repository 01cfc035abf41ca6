"""Session 22 (events3): one person shot dead is a `killing` even when the sentence that tells it names
another incident's assault on a place ("Tres semanas antes del ataque a la tienda, ... el cuerpo de un
mototaxista apareció con dos disparos": train t-003); the rule of corpus/README.md ("One person shot
... is a `killing`") is read after the assault-framing one, not instead of it. Own sentences."""
from __future__ import annotations

PUBLISHED = "2025-06-20"


def test_a_body_found_beside_another_assault_s_name_is_a_killing(extract):
    text = ("Dos semanas antes del ataque al bar, el 3 de mayo, el cuerpo de un taxista de 30 años apareció "
            "con dos disparos en la cabeza en un terreno baldío de Milagro.")
    events = [e for e in extract(text, published=PUBLISHED) if e.date is not None and e.date.value == "2025-05-03"]
    assert [e.type for e in events] == ["killing"]


def test_an_assault_on_a_bar_with_its_patrons_shot_stays_an_attack(extract):
    text = ("Hombres armados irrumpieron el sábado en un bar de Celaya y dispararon contra los clientes; "
            "cuatro personas murieron.")
    assert "attack" in {e.type for e in extract(text, published=PUBLISHED)}
