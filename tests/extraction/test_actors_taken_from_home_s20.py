"""Session 20 (issue 12 item 3): the one taken from their home, told by a clitic.

* "llegaron a la finca del productor X y se lo llevaron": the clitic "lo" does not agree with
  "la finca"; it stands for the owner named in its "de" complement (own train zb-004, p-005).
* "se lo llevaron": "se" with an object clitic is the verb's own; the subject took the person
  (not a passive "se").
* "se lo llevaron esposado", "lo trasladaron esposado", "la mantuvieron atada": the bound state
  is no party (``victim_states``; own train zb-004, b-058, z-002, a-326).

Sentences written for these tests (CC0).
"""
import pytest

from cronica.extraction.actors import roles
from cronica.nlp.load import load_nlp


def _roles(sentence, verb):
    doc = load_nlp()(sentence)
    return roles(next(t for t in doc if t.lower_ == verb))


@pytest.mark.parametrize("sentence, doer, taken", [
    ("Varios policías llegaron a la casa del dirigente Juan Pérez y se lo llevaron esposado.",
     "policías", "Juan Pérez"),
    ("Cuatro hombres armados entraron a la vivienda del dirigente campesino Santos Ruiz y se lo llevaron.",
     "hombres armados", "Santos Ruiz"),
    ("Los encapuchados llegaron de madrugada a la finca del ganadero Pedro Solís y se lo llevaron.",
     "encapuchados", "Pedro Solís"),
])
def test_owner_of_the_premises_taken(sentence, doer, taken):
    a1, a2 = _roles(sentence, "llevaron")
    assert a1 is not None and doer in a1.text, a1
    assert a2 is not None and taken in a2.text, a2


def test_bound_state_is_no_party():
    _, a2 = _roles("Los agentes detuvieron al concejal en la plaza y lo trasladaron esposado a la capital.",
                   "trasladaron")
    assert a2 is not None and "esposado" not in a2.text and "concejal" in a2.text, a2


def test_premises_that_agree_stay_the_object():
    _, a2 = _roles("Los hombres llegaron al rancho de la familia Ortiz y lo incendiaron.", "incendiaron")
    assert a2 is None or "Ortiz" not in a2.text or "rancho" in a2.text, a2
