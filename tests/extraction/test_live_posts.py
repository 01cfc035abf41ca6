"""Posts that tell an incident as it happens (filters.yaml ``live_now``; triggers.yaml "balacera"
tagged as a name at a post's opening). Session 12: fresh probes k-005, l-012 (two writers) gave no
event for "Balacera AHORITA en ..." and "AHORA MISMO se escuchan disparos y explosiones ...".
Sentences written for these tests."""
import pytest

import cronica


def types(text):
    return [e.type for e in cronica.extract(text, published="2025-06-02", doc_id="t")]


@pytest.mark.parametrize("text", [
    "🚨 Balacera AHORITA frente al mercado municipal de Apatzingán, no salgan",
    "AHORA MISMO se escuchan explosiones y ráfagas en el penal de Tocorón, los familiares están afuera.",
    "En este momento hay enfrentamiento entre dos bandas en la parte alta del cerro, se oyen tiros.",
])
def test_an_incident_told_as_it_happens_is_reported(text):
    assert len(types(text)) == 1


def test_a_denial_now_is_no_incident():
    assert types("Ahora mismo no hay enfrentamientos en la zona, dice la policía.") == []
