"""An attack told with its explosive means ("un ataque con drones", "el atentado con explosivos",
"atacaron la base con drones") is a bombing (triggers.yaml); other means stay an attack. Sentences
written for these tests (CC0)."""
import pytest

import cronica


def types(text, published="2025-05-05"):
    return [e.type for e in cronica.extract(text, published=published, doc_id="t")]


@pytest.mark.parametrize("text", [
    "Un ataque con drones cargados de explosivos contra el batallón de Tibú dejó cuatro soldados heridos el domingo.",
    "Un atentado con explosivos derribó el domingo una torre de energía en las afueras de Maracaibo.",
    "Disidentes atacaron la base militar de Tibú con drones el domingo; dos soldados resultaron heridos.",
    "El cuartel había sufrido en agosto un ataque similar con granadas que dejó un policía muerto.",
])
def test_an_attack_with_explosives_is_a_bombing(text):
    assert types(text) == ["bombing"]


@pytest.mark.parametrize("text", [
    "Sicarios atacaron con armas de fuego y granadas una cantina de Tibú el domingo; tres clientes murieron.",
    "Encapuchados atacaron a pedradas la estación de policía de Tibú el domingo.",
])
def test_other_means_stay_an_attack(text):
    assert "bombing" not in types(text)
